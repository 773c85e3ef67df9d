/* == chunk: Split [[page]] from order [[high]] down to order [[low]] == */
unsigned long size = 1UL << high;

while (high > low + 1) {
	high--;
	size >>= 1;
	list_add(&page[size].lru, &zone->free_area[high].free_list);
	zone->free_area[high].nr_free++;
	set_page_order(&page[size], high);
}
