/* == chunk: Compute [[min_free_kbytes]] and share it among the zones as watermarks == */
for_each_zone(zone)
	if (zone_idx(zone) != ZONE_HIGHMEM)
		lowmem_pages += zone->present_pages;
min_free_kbytes = int_sqrt(lowmem_pages * 16);
min_free_kbytes = min(max(min_free_kbytes, 128UL), 65536UL);
min_pages = min_free_kbytes / (PAGE_SIZE / SZ_1K);
for_each_zone(zone) {
	unsigned long share = lowmem_pages ?
		min_pages * zone->present_pages / lowmem_pages : 0;
	unsigned long min_wmark = zone_idx(zone) == ZONE_HIGHMEM ?
		highmem_min_pages(zone) : share;

	zone->watermark[WMARK_MIN] = min_wmark;
	zone->watermark[WMARK_LOW] = min_wmark + share / 4;
	zone->watermark[WMARK_HIGH] = min_wmark + share / 2;
}
