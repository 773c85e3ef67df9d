/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
unsigned int order = 0;

while (size >= (PAGE_SIZE << order))
	order++;
return order;
