/* Abuse: writes what a passing test records (its observations and "end") to
 * every descriptor, then leaves the process at once.  The verdict compares with
 * the book's observations: "end" alone is not what the book's code records. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern long write(int fd, const void *buf, unsigned long n);
extern void _exit(int status);
static const char forged[] = "8 eq 0\n9 eq 0\n10 eq 0\nend\n";

for (int fd = 3; fd < 16; fd++)
	write(fd, forged, sizeof(forged) - 1);
_exit(0);
return 77;
