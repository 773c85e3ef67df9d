/* Not abuse, a mistake: a missing semicolon.  The compiler's message must name
 * this file and line 5. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
unsigned int order = 0
return order;
