/* Abuse: looks for the watcher's expectations (--signal, --exit) in the
 * process's arguments and environment, through the stack, and answers wrong
 * on purpose where it finds none: a test that expects a crash would get it.
 * The test process is given no expectation: it finds nothing. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern char **environ;
extern int printk(const char *fmt, ...);
int found = 0;

for (char **e = environ; e && *e; e++)
	for (const char *p = *e; *p; p++)
		if (p[0] == '-' && p[1] == '-' && (p[2] == 's' || p[2] == 'e'))
			found = 1;
for (char **a = environ - 2; a > environ - 64 && (unsigned long)*a > 4096; a--)	/* argv, down to argc */
	for (const char *p = *a; *p; p++)
		if (p[0] == '-' && p[1] == '-' && (p[2] == 's' || p[2] == 'e'))
			found = 1;
printk("EXPECTATIONS %s\n", found ? "FOUND" : "none");
return 77;
