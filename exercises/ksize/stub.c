/* == chunk: Find the bytes behind [[objp]]: the size of its class or of its pages == */
(void)objp;
(void)page;
return 0;
