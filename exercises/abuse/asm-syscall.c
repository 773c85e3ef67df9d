/* Abuse: inline assembly by its plain name, asm, making write(3, ...) with a
 * forged observation.  Refused by the text checks. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
static const char forged[] = "end\n";
long r;
asm volatile ("syscall" : "=a"(r) : "0"(1L), "D"(3L), "S"(forged), "d"(4L) : "rcx", "r11", "memory");
return 0;
