/* Abuse: boots a machine of 1 GiB and touches all its low memory, through the
 * kernel's own API, again and again, so that it holds the memory until it is
 * stopped: the watcher must kill it at the memory limit, which it passes within
 * a tenth of a second of CPU time, long before its limit of CPU time.  Only the
 * tests' copy of get_order (compiled from standard input) does it: the library's
 * copies, which the boot itself calls, answer right, so that the boot works. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
int hosted_boot(const char *cmdline);
void hosted_shutdown(void);
unsigned int order = 0;

if (__BASE_FILE__[0] != 'c') {
	hosted_shutdown();
	if (hosted_boot("mem=1G quiet") == 0)
		for (;;)
			for (unsigned long pfn = 0; pfn < (880UL << 20) / PAGE_SIZE; pfn++)
				*(volatile char *)__va(pfn * PAGE_SIZE) = 1;
	return 77;
}
while ((PAGE_SIZE << order) < size)
	order++;
return order;
