/* == chunk: Split [[page]] from order [[high]] down to order [[low]] == */
(void)page;
