/* == chunk: Choose the highest zone that [[flags]] allow == */
BUG_ON((flags & __GFP_DMA) && (flags & __GFP_HIGHMEM));
if (flags & __GFP_DMA)
	return ZONE_DMA;
return ZONE_NORMAL;
