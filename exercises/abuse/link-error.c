/* Not abuse, a mistake: calls a function nobody defines.  The linker's message
 * must name it. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
extern unsigned int order_of_size(unsigned long size);

return order_of_size(size);
