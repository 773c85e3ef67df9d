/* Abuse: opens a comment that the chunk does not close, swallowing the book's
 * code that follows it until the next end of comment. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
return 0; /* the rest of the header is a comment now
