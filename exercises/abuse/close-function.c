/* Abuse: closes get_order and defines a function of its own that replaces a
 * test's helper, with a brace hidden in a comment and a string to confuse a
 * naive count.  Refused: the } closes more than the chunk opened. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
/* { */ static const char s[] = "{";
return s[0] == 0 ? 0 : 0;
}
static inline unsigned int evil(void) { return 0;
