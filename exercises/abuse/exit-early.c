/* Abuse: exit(0) from inside the test, which Check's fork mode counts as a pass.
 * Refused (exit is no kernel API); without the checks, the test fails: it gave no
 * result. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern void exit(int status);

exit(0);
return 77;
