/* Abuse: writes the record of a test that finished ("end") to the observations'
 * descriptor, then leaves the process at once, skipping every check.  The
 * verdict compares with the book's observations: "end" alone is not what the
 * book's code records. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern long write(int fd, const void *buf, unsigned long n);
extern void _exit(int status);
static const char forged[] = "end\n";

write(3, forged, sizeof(forged) - 1);
_exit(0);
return 77;
