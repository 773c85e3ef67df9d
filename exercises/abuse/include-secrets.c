/* Abuse at compile time: includes files that the compiler would then quote in
 * its error messages.  In the sandbox they are not there. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
#include "/etc/passwd"
return 77;
