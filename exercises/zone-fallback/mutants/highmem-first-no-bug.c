/* == chunk: Choose the highest zone that [[flags]] allow == */
if (flags & __GFP_HIGHMEM)
	return ZONE_HIGHMEM;
if (flags & __GFP_DMA)
	return ZONE_DMA;
return ZONE_NORMAL;
