/* == chunk: Compute [[min_free_kbytes]] and share it among the zones as watermarks == */
(void)lowmem_pages;
(void)min_pages;
(void)int_sqrt;			/* the two helpers you will need */
(void)highmem_min_pages;
min_free_kbytes = 128;
for_each_zone(zone)
	zone->watermark[WMARK_MIN] = zone->watermark[WMARK_LOW] = zone->watermark[WMARK_HIGH] = 0;
