/* == chunk: Refuse a size or an alignment no area can have == */
if (size == 0 || size > VMALLOC_TOTAL || align < PAGE_SIZE || align > VMALLOC_TOTAL ||
    (align & (align - 1)))
	return NULL;
size = PAGE_ALIGN(size);
