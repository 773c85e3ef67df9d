/* == chunk: Free slot [[i]] if its mapping is unused == */
unsigned int level;
pte_t *pte;

if (pkmap_count[i] != 1)
	continue;
pkmap_count[i] = 0;
pte = lookup_address(PKMAP_ADDR(i), &level);
set_page_address(pfn_to_page(pte_pfn(*pte)), NULL);
