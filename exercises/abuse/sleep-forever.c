/* Abuse: waits for a signal that never comes, using no CPU time, so that only
 * the wall clock can stop it: each test must end with "timed out after N s of
 * wall-clock time", and the tests after the submission's budget of time must not
 * run.  The object checks refuse it first (pause is no kernel API). */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int pause(void);

for (;;)
	pause();
return 77;
