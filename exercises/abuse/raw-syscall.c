/* Abuse: a system call with no library function to show for it: exit_group(0)
 * straight from the chunk.  Refused: the object holds a syscall instruction. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
__asm__ volatile ("mov $231, %%eax\n\txor %%edi, %%edi\n\tsyscall" ::: "rax", "rdi", "rcx", "r11", "memory");
return 77;
