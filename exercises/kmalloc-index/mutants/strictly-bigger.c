/* == chunk: Find the index of the smallest class that holds [[size]] bytes == */
unsigned int i = 0;

while (i < NR_KMALLOC_CACHES && kmalloc_sizes[i] <= size)
	i++;
return i;
