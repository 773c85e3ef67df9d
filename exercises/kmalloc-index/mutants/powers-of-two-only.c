/* == chunk: Find the index of the smallest class that holds [[size]] bytes == */
unsigned int i = 0;

while (i < NR_KMALLOC_CACHES && (kmalloc_sizes[i] < size || (kmalloc_sizes[i] & (kmalloc_sizes[i] - 1))))
	i++;
return i;
