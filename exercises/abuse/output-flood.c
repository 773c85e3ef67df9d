/* Abuse: prints without end, through printk.  The output is cut and the test
 * times out. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
int printk(const char *fmt, ...);

for (;;)
	printk("flood flood flood flood flood flood flood flood flood flood\n");
return 77;
