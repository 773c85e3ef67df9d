/* == chunk: Stop at [[t]] if the request fits in it, else go right == */
*addr = ALIGN(t->va_start, align);
if (*addr + size <= t->va_end && *addr + size > *addr) {
	found = t;
	break;
}
t = t->right;
