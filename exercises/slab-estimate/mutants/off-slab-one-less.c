/* == chunk: Count the objects of [[buffer_size]] that fit in a slab of [[gfporder]] == */
size_t slab_size = PAGE_SIZE << gfporder;
size_t nr_objs, mgmt_size;

if (flags & CFLGS_OFF_SLAB) {
	nr_objs = slab_size / buffer_size;
	nr_objs = nr_objs ? nr_objs - 1 : 0;
	mgmt_size = 0;
} else {
	nr_objs = (slab_size - sizeof(struct slab)) / (buffer_size + sizeof(kmem_bufctl_t));
	if (nr_objs && slab_mgmt_size(nr_objs, align) + nr_objs * buffer_size > slab_size)
		nr_objs--;
	mgmt_size = nr_objs ? slab_mgmt_size(nr_objs, align) : 0;
}
*num = (unsigned int)nr_objs;
*left_over = slab_size - nr_objs * buffer_size - mgmt_size;
