/* Grading tests for exercise paging-walk: lookup_address. */
#include "exercise.h"
#include <arch/pgtable.h>
#include <linux/mm.h>

/* The entry the walk finds for pfn's direct-map address maps pfn. */
static void expect_direct(unsigned long pfn, unsigned int want_level)
{
	unsigned long va = (unsigned long)__va(PFN_PHYS(pfn)) + 0x321;
	unsigned int level = 99;
	pte_t *pte = lookup_address(va, &level);

	ck_assert_msg(pte != NULL, "no entry for the direct mapping of pfn %#lx", pfn);
	ck_assert_uint_eq(level, want_level);
	if (want_level == PG_LEVEL_4K)
		ck_assert_uint_eq(pte_pfn(*pte), pfn);
	else
		ck_assert_uint_eq(pte_val(*pte) & PGDIR_MASK, PFN_PHYS(pfn) & PGDIR_MASK);
	ck_assert_uint_eq(slow_virt_to_phys((void *)va), PFN_PHYS(pfn) + 0x321);
}

GRADED_TEST(test_walk_direct_map, 3, visible)
{
	boot_or_fail("mem=64M quiet");
	for (unsigned long pfn = 0; pfn < max_low_pfn; pfn += 97)
		expect_direct(pfn, PG_LEVEL_4K);
	expect_direct(max_low_pfn - 1, PG_LEVEL_4K);
}
END_TEST

GRADED_TEST(test_walk_nothing_mapped, 1, visible)
{
	unsigned int level = 99;

	boot_or_fail("mem=16M quiet");
	ck_assert_ptr_null(lookup_address(hosted_window + 0xf0000000UL, &level));
	ck_assert_uint_eq(level, PG_LEVEL_NONE);
	ck_assert_ptr_null(lookup_address(hosted_window + 0x1000UL, &level));
	ck_assert_uint_eq(level, PG_LEVEL_NONE);
}
END_TEST

GRADED_TEST(test_walk_large_pages, 2, hidden)
{
	unsigned int level = 99;

	boot_or_fail("mem=1G quiet direct_map=4m");
	expect_direct(0, PG_LEVEL_4M);
	expect_direct(0x23456, PG_LEVEL_4M);
	expect_direct(max_low_pfn - 1, PG_LEVEL_4M);
	ck_assert_ptr_eq(lookup_address((unsigned long)__va(0x800000), &level),
			 (pte_t *)pgd_offset_k((unsigned long)__va(0x800000)));
}
END_TEST

GRADED_TEST(test_walk_mapped_page, 2, hidden)
{
	unsigned long a;
	unsigned int level = 99;
	pte_t *pte;

	boot_or_fail("mem=16M quiet");
	a = hosted_window + 0xf0803000UL;
	ck_assert_int_eq(map_kernel_page(a, 0x777, PAGE_KERNEL), 0);
	pte = lookup_address(a + 5, &level);
	ck_assert_ptr_nonnull(pte);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	ck_assert_uint_eq(pte_pfn(*pte), 0x777);
	ck_assert_uint_eq(slow_virt_to_phys((void *)(a + 5)), PFN_PHYS(0x777) + 5);
	pte = lookup_address(a + PAGE_SIZE, &level);
	ck_assert_ptr_nonnull(pte);
	ck_assert(!pte_present(*pte));
}
END_TEST

GRADED_TEST(test_walk_top_of_memory, 2, hidden)
{
	unsigned long a;
	unsigned int level = 99;
	pte_t *pte;

	boot_or_fail("mem=16M quiet");
	a = hosted_window + 0xfffff000UL;
	ck_assert_int_eq(map_kernel_page(a, 0x9ff, PAGE_KERNEL_RO), 0);
	pte = lookup_address(a + 0xfff, &level);
	ck_assert_ptr_nonnull(pte);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	ck_assert_uint_eq(pte_pfn(*pte), 0x9ff);
	ck_assert(!pte_write(*pte));
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("paging-walk");

	exercise_tcase(s, "Grading", 20);
	return s;
}
