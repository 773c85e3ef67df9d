/* == chunk: Widen [[base]] to [[end]] over every region that touches it, removing the regions == */
/* Nothing is merged yet: the range goes into the table as it is. */
(void)j;
