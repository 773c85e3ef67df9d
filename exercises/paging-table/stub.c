/* == chunk: Give [[pgd]] a page table if it has none == */
if (!pgd_present(*pgd))
	return -ENOMEM;		/* a new page table is still to be found */
