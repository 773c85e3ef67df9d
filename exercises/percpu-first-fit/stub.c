/* == chunk: Find the first free area of [[chunk]] that holds [[size]] bytes at [[align]] == */
i = chunk->map_used;
off = 0;
