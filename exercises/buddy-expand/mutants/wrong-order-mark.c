/* == chunk: Split [[page]] from order [[high]] down to order [[low]] == */
unsigned long size = 1UL << high;

while (high > low) {
	size >>= 1;
	list_add(&page[size].lru, &zone->free_area[high - 1].free_list);
	zone->free_area[high - 1].nr_free++;
	set_page_order(&page[size], high);
	high--;
}
