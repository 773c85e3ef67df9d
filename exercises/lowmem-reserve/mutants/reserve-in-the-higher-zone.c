/* == chunk: Give every zone its reserve against each higher class of request == */
for (int j = 0; j < MAX_NR_ZONES; j++) {
	unsigned long above = pgdat->node_zones[j].present_pages;

	for (int idx = j - 1; idx >= 0; idx--) {
		struct zone *lower = &pgdat->node_zones[idx];

		pgdat->node_zones[j].lowmem_reserve[idx] = above / sysctl_lowmem_reserve_ratio[idx];
		above += lower->present_pages;
	}
}
