/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
return 0;
