/* Abuse: opens a socket and tries to reach a public DNS server, to send the
 * hidden tests away.  The sandbox has no network. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int socket(int domain, int type, int protocol);
extern int connect(int fd, const void *addr, unsigned int len);
extern long write(int fd, const void *buf, unsigned long n);
static const unsigned char dns[16] = { 2, 0, 0, 53, 8, 8, 8, 8 };	/* AF_INET 8.8.8.8:53 */
int fd = socket(2, 1, 0);						/* AF_INET, SOCK_STREAM */

if (fd >= 0 && connect(fd, dns, sizeof(dns)) == 0)
	write(1, "network: CONNECTED\n", 19);
else
	write(1, "network: unreachable\n", 21);
return 77;
