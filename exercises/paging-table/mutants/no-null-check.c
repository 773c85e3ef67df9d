/* == chunk: Give [[pgd]] a page table if it has none == */
if (!pgd_present(*pgd)) {
	pte_t *table = alloc_low_page();

	*pgd = __pgd(__pa(table) | _KERNPG_TABLE);
}
