/* == chunk: Find the first free area of [[chunk]] that holds [[size]] bytes at [[align]] == */
for (i = 0, off = 0; i < chunk->map_used; off += pcpu_area_size(chunk->map[i]), i++) {
	if (chunk->map[i] < 0)
		continue;
	head = 0;
	if (chunk->map[i] >= head + size)
		break;
}
