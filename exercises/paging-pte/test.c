/* Grading tests for exercise paging-pte: the kernel's PTE and its bits. */
#include "exercise.h"
#include <arch/pgtable.h>
#include <linux/mm.h>
#include <signal.h>

#define ALIAS	(hosted_window + 0xf0000000UL)

GRADED_TEST(test_pte_kernel_rw_bits, 2, visible)
{
	ck_assert_uint_eq(pte_val(pfn_pte(0x12345, PAGE_KERNEL)), 0x12345063);
	ck_assert_uint_eq(pte_val(pfn_pte(0, PAGE_KERNEL)), 0x063);
}
END_TEST

GRADED_TEST(test_pte_kernel_ro_bits, 2, visible)
{
	ck_assert_uint_eq(pte_val(pfn_pte(0x12345, PAGE_KERNEL_RO)), 0x12345061);
}
END_TEST

GRADED_TEST(test_pte_never_user, 1, visible)
{
	ck_assert(!(__PAGE_KERNEL & _PAGE_USER));
	ck_assert(!(__PAGE_KERNEL_RO & _PAGE_USER));
	ck_assert(__PAGE_KERNEL & _PAGE_PRESENT);
	ck_assert(__PAGE_KERNEL_RO & _PAGE_PRESENT);
}
END_TEST

GRADED_TEST(test_pte_frame_round_trip, 1, hidden)
{
	static const unsigned long pfns[] = { 0, 1, 0x400, 0x12345, 0xfffff };

	for (unsigned i = 0; i < sizeof(pfns) / sizeof(pfns[0]); i++) {
		pte_t pte = pfn_pte(pfns[i], PAGE_KERNEL);

		ck_assert_uint_eq(pte_pfn(pte), pfns[i]);
		ck_assert(pte_present(pte));
		ck_assert(pte_write(pte));
		ck_assert(!pte_write(pfn_pte(pfns[i], PAGE_KERNEL_RO)));
	}
}
END_TEST

/* A page mapped with PAGE_KERNEL takes stores, and they land in its frame. */
GRADED_TEST(test_pte_mapped_page_is_writable, 2, hidden)
{
	boot_or_fail("mem=16M quiet");
	ck_assert_int_eq(map_kernel_page(ALIAS, 0x500, PAGE_KERNEL), 0);
	*(volatile int *)ALIAS = 4321;
	ck_assert_int_eq(*(int *)__va(PFN_PHYS(0x500)), 4321);
}
END_TEST

/* A page mapped with PAGE_KERNEL_RO can be read, and a store faults. */
GRADED_TEST_SIGNAL(test_pte_readonly_page_faults, 2, hidden, SIGSEGV)
{
	boot_or_fail("mem=16M quiet");
	*(int *)__va(PFN_PHYS(0x500)) = 17;
	ck_assert_int_eq(map_kernel_page(ALIAS, 0x500, PAGE_KERNEL_RO), 0);
	ck_assert_int_eq(*(volatile int *)ALIAS, 17);
	*(volatile int *)ALIAS = 18;
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("paging-pte");

	exercise_tcase(s, "Grading", 10);
	return s;
}
