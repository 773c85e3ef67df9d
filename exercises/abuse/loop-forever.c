/* Abuse: never returns.  Each test must end with "timed out". */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
volatile unsigned long spins = 0;

for (;;)
	spins++;
return 77;
