/* == chunk: Give every zone its reserve against each higher class of request == */
(void)pgdat;			/* every zone keeps no reserve yet */
