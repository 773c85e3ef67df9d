/* Abuse: reads files it has no business reading (the chapters hold the answer,
 * the tests' source the hidden tests) and prints them. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int open(const char *path, int flags, ...);
extern long read(int fd, void *buf, unsigned long n);
extern long write(int fd, const void *buf, unsigned long n);
static const char *paths[] = { "/etc/passwd", "/work/main/chapters/04-buddy.nw",
	"../../../../../../chapters/04-buddy.nw", "../../../../../../../chapters/04-buddy.nw",
	"../../../../../../exercises/get-order/test.c", "/autograder/source/chapters/04-buddy.nw" };
static char buf[256];

for (unsigned int i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
	int fd = open(paths[i], 0);
	long n = fd >= 0 ? read(fd, buf, sizeof(buf)) : -1;

	write(1, paths[i], __builtin_strlen(paths[i]));
	if (n > 0) {
		write(1, ": LEAKED\n", 9);
		write(1, buf, n);
	} else {
		write(1, ": cannot read\n", 14);
	}
}
return 77;
