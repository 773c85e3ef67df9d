/* Abuse: closes the function and adds a constructor, code that would run before
 * main, in the trusted watcher.  Refused: the object has an .init_array. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
return 77;
}

__attribute__((constructor)) static void abuse_before_main(void)
{
	volatile int x = 1;

	(void)x;
}

static inline unsigned int abuse_rest_of_get_order(unsigned long size)
{
	return (unsigned int)size;
