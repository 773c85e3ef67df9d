/* == chunk: Split [[page]] from order [[high]] down to order [[low]] == */
unsigned long size = 1UL << high;

while (high > low) {
	high--;
	size >>= 1;
	list_add(&page[0].lru, &zone->free_area[high].free_list);
	zone->free_area[high].nr_free++;
	set_page_order(&page[0], high);
	page += size;
}
