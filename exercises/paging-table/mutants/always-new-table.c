/* == chunk: Give [[pgd]] a page table if it has none == */
pte_t *table = alloc_low_page();

if (!table)
	return -ENOMEM;
*pgd = __pgd(__pa(table) | _KERNPG_TABLE);
