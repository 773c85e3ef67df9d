/* == chunk: Count the objects of [[buffer_size]] that fit in a slab of [[gfporder]] == */
size_t slab_size = PAGE_SIZE << gfporder;
size_t nr_objs, mgmt_size;

if (flags & CFLGS_OFF_SLAB) {
	nr_objs = slab_size / buffer_size;
	mgmt_size = 0;
} else {
	nr_objs = (slab_size - sizeof(struct slab)) / buffer_size;
	mgmt_size = nr_objs ? ALIGN(sizeof(struct slab), align) : 0;
}
*num = (unsigned int)nr_objs;
*left_over = slab_size - nr_objs * buffer_size - mgmt_size;
