/* == chunk: Split [[address]] and walk the tables to its entry == */
u32 linear = virt_to_linear((void *)address);
pgd_t *pgd = &swapper_pg_dir[linear >> PGDIR_SHIFT];
pte_t *table;

*level = PG_LEVEL_NONE;
if (!pgd_present(*pgd))
	return NULL;
table = __va(pgd_val(*pgd) & PAGE_MASK);
*level = PG_LEVEL_4K;
return &table[(linear >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];
