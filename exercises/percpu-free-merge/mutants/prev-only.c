/* == chunk: Merge free area [[i]] with its free neighbours == */
if (i > 0 && chunk->map[i - 1] > 0) {
	chunk->map[i - 1] += chunk->map[i];
	pcpu_remove_areas(chunk, i, 1);
}
