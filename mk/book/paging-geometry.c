/*
 * mk/book/paging-geometry.c: the numbers of the figure paging-walk (chapter 2), from
 * the tangled headers: how a linear address splits into directory index, table
 * index and offset, and where one example address, in the direct map, leads.
 * Built and run by mk/build.mk; writes TeX macros for figures/paging-walk.tex.
 */
#include <stdio.h>
#include <arch/pgtable.h>

int main(void)
{
	unsigned long addr = PAGE_OFFSET + 0x123456UL;

	printf("\\def\\PgdirShift{%u}\n\\def\\PageShift{%u}\n", PGDIR_SHIFT, PAGE_SHIFT);
	printf("\\def\\PtrsPerPgd{%u}\n\\def\\PtrsPerPte{%u}\n", PTRS_PER_PGD, PTRS_PER_PTE);
	printf("\\def\\ExampleAddr{%08lX}\n", addr);
	printf("\\def\\ExamplePgd{%u}\n\\def\\ExamplePte{%u}\n", pgd_index(addr), pte_index(addr));
	printf("\\def\\ExampleOffset{%03lX}\n", addr & (PAGE_SIZE - 1));
	printf("\\def\\ExamplePhys{%08lX}\n", addr - PAGE_OFFSET);
	return 0;
}
