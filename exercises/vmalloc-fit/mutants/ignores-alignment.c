/* == chunk: Stop at [[t]] if the request fits in it, else go right == */
*addr = max(t->va_start, vstart);
if (*addr >= t->va_start && *addr + size <= t->va_end && *addr + size > *addr) {
	found = t;
	break;
}
t = t->right;
