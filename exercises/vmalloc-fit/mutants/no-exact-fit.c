/* == chunk: Stop at [[t]] if the request fits in it, else go right == */
*addr = ALIGN(max(t->va_start, vstart), align);
if (*addr >= t->va_start && *addr + size < t->va_end) {
	found = t;
	break;
}
t = t->right;
