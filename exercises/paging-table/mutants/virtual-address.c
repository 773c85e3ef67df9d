/* == chunk: Give [[pgd]] a page table if it has none == */
if (!pgd_present(*pgd)) {
	pte_t *table = alloc_low_page();

	if (!table)
		return -ENOMEM;
	*pgd = __pgd((virt_to_linear(table) & PAGE_MASK) | _KERNPG_TABLE);
}
