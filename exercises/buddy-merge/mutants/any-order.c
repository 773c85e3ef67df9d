/* == chunk: Merge the block at [[pfn]] with its free buddies, order by order == */
while (order < MAX_ORDER - 1) {
	unsigned long buddy_pfn = pfn ^ (1UL << order);
	struct page *buddy;

	if (!zone_spans_pfn(zone, buddy_pfn) || !PageBuddy(pfn_to_page(buddy_pfn)))
		break;
	buddy = pfn_to_page(buddy_pfn);
	list_del(&buddy->lru);
	zone->free_area[page_order(buddy)].nr_free--;
	rmv_page_order(buddy);
	pfn &= buddy_pfn;
	page = pfn_to_page(pfn);
	order++;
}
