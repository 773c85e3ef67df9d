/* Abuse: a system call hidden inside the bytes of data: a function made of
 * machine code, exit_group(0) through the syscall instruction that no
 * disassembly of the object shows.  The object checks see the call to mprotect;
 * without them, the system-call filter lets exit_group through, and the test
 * ends without its observations. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern int mprotect(void *addr, unsigned long len, int prot);
static unsigned char code[8192] __attribute__((aligned(4096))) = {
	0xb8, 0xe7, 0x00, 0x00, 0x00,	/* mov $231, %eax */
	0x31, 0xff,			/* xor %edi, %edi */
	0x0f, 0x05,			/* syscall */
};

if (mprotect(code, 4096, 7) == 0)
	((void (*)(void))(void *)code)();
return 77;
