/* == chunk: Free slot [[i]] if its mapping is unused == */
if (pkmap_count[i] != 1)
	continue;
pkmap_count[i] = 0;
unmap_kernel_page(PKMAP_ADDR(i));
