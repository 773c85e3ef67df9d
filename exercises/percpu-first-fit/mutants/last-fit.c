/* == chunk: Find the first free area of [[chunk]] that holds [[size]] bytes at [[align]] == */
int best = -1, best_off = 0, best_head = 0;

for (i = 0, off = 0; i < chunk->map_used; off += pcpu_area_size(chunk->map[i]), i++) {
	if (chunk->map[i] < 0)
		continue;
	head = ALIGN(off, align) - off;
	if (chunk->map[i] >= head + size) {
		best = i;
		best_off = off;
		best_head = head;
	}
}
if (best >= 0) {
	i = best;
	off = best_off;
	head = best_head;
}
