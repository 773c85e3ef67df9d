/* Grading tests for exercise paging-table: a page table on demand. */
#include "exercise.h"
#include <arch/pgtable.h>
#include <arch/layout.h>
#include <kmem/kernel.h>
#include <linux/mm.h>
#include <string.h>

/* The first 4 MiB of the vmalloc area whose directory entry has no table. */
static unsigned long empty_directory_entry(void)
{
	for (unsigned long a = VMALLOC_START; a + PGDIR_SIZE <= VMALLOC_END; a += PGDIR_SIZE) {
		a &= PGDIR_MASK;
		if (a < VMALLOC_START)
			continue;
		if (!pgd_present(*pgd_offset_k(a)))
			return a;
	}
	ck_abort_msg("no directory entry without a table in the vmalloc area");
	return 0;
}

/* address maps pfn: the walk finds a 4 KiB entry for it, and memory agrees. */
static void expect_mapped(unsigned long address, unsigned long pfn)
{
	unsigned int level = 99;
	pte_t *pte = lookup_address(address, &level);

	ck_assert_msg(pte != NULL, "no entry for %#lx after map_kernel_page", address);
	ck_assert_uint_eq(level, PG_LEVEL_4K);
	ck_assert_uint_eq(pte_pfn(*pte), pfn);
	memset(__va(PFN_PHYS(pfn)), 0x5a, 16);
	ck_assert_uint_eq(*(volatile unsigned char *)(address + 7), 0x5a);
}

GRADED_TEST(test_map_where_no_table_was, 3, visible)
{
	unsigned long a;

	boot_or_fail("mem=64M quiet");
	a = empty_directory_entry();
	ck_assert_int_eq(map_kernel_page(a, 0x400, PAGE_KERNEL), 0);
	ck_assert(pgd_present(*pgd_offset_k(a)));
	expect_mapped(a, 0x400);
	unmap_kernel_page(a);
}
END_TEST

/* Two pages in the same 4 MiB share one table: one page of the buffer. */
GRADED_TEST(test_one_table_per_4m, 3, visible)
{
	unsigned long a, before;
	pgd_t entry;

	boot_or_fail("mem=64M quiet");
	a = empty_directory_entry();
	before = pgt_buf_end;
	ck_assert_int_eq(map_kernel_page(a + 5 * PAGE_SIZE, 0x401, PAGE_KERNEL), 0);
	entry = *pgd_offset_k(a);
	ck_assert_int_eq(map_kernel_page(a + 9 * PAGE_SIZE, 0x402, PAGE_KERNEL), 0);
	ck_assert_uint_eq(pgd_val(*pgd_offset_k(a)), pgd_val(entry));
	ck_assert_uint_eq(pgt_buf_end, before + 1);
	expect_mapped(a + 5 * PAGE_SIZE, 0x401);
	expect_mapped(a + 9 * PAGE_SIZE, 0x402);
}
END_TEST

/* The entry holds the table's frame and exactly a kernel table's flags. */
GRADED_TEST(test_table_entry_is_a_kernel_table, 2, hidden)
{
	unsigned long a, frame, before;

	boot_or_fail("mem=64M quiet");
	a = empty_directory_entry();
	before = pgt_buf_end;
	ck_assert_int_eq(map_kernel_page(a, 0x403, PAGE_KERNEL), 0);
	ck_assert_uint_eq(pgd_val(*pgd_offset_k(a)) & ~PAGE_MASK, _KERNPG_TABLE);
	frame = pgd_val(*pgd_offset_k(a)) >> PAGE_SHIFT;
	ck_assert_uint_eq(frame, before);
}
END_TEST

/* With the buffer used up, the map fails with -ENOMEM and changes nothing. */
GRADED_TEST(test_no_table_left_is_enomem, 2, hidden)
{
	unsigned long a, saved;

	boot_or_fail("mem=64M quiet");
	a = empty_directory_entry();
	saved = pgt_buf_end;
	pgt_buf_end = pgt_buf_top;
	ck_assert_int_eq(map_kernel_page(a, 0x404, PAGE_KERNEL), -ENOMEM);
	ck_assert(!pgd_present(*pgd_offset_k(a)));
	pgt_buf_end = saved;
	ck_assert_int_eq(map_kernel_page(a, 0x404, PAGE_KERNEL), 0);
	expect_mapped(a, 0x404);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("paging-table");

	exercise_tcase(s, "paging-table", 10);
	return s;
}
