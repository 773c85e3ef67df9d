/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
return (unsigned int)((size + PAGE_SIZE - 1) / PAGE_SIZE);
