/* Abuse: sleeps for ever, using no CPU time.  The watcher must stop each test at
 * its wall-clock backstop, "timed out after ... of wall-clock time", and the
 * tests after the submission's budget of time must not run.  The object checks
 * refuse it first (usleep is no kernel API). */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int usleep(unsigned int usec);

for (;;)
	usleep(100000);
return 77;
