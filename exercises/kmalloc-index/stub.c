/* == chunk: Find the index of the smallest class that holds [[size]] bytes == */
return NR_KMALLOC_CACHES;
