/* Abuse: forks in a loop.  Refused (fork is no kernel API); without the checks,
 * the process limit stops it and the test times out. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int fork(void);

for (;;)
	fork();
return 77;
