/* Grading tests for exercise vmalloc-split: an aligned area cut out of a free extent. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/vmalloc.h>

static unsigned long aligned_area(void)
{
	struct vm_struct *area;
	void *q = __vmalloc_node_range(PAGE_SIZE, 16 * SZ_1M, VMALLOC_START, VMALLOC_END,
				       GFP_KERNEL, PAGE_KERNEL, NULL);

	ck_assert_ptr_nonnull(q);
	area = find_vm_area(q);
	ck_assert_ptr_nonnull(area);
	ck_assert_uint_gt((unsigned long)q, VMALLOC_START);
	return (unsigned long)q;
}

GRADED_TEST(test_split_keeps_both_sides, 3, visible)
{
	unsigned long q, below;
	struct vm_struct *above;

	boot_or_fail("mem=1G quiet");
	q = aligned_area();
	below = (unsigned long)vmalloc(PAGE_SIZE);
	ck_assert_uint_eq(below, VMALLOC_START);
	above = get_vm_area(VMALLOC_END - (q + 2 * PAGE_SIZE) - PAGE_SIZE, VM_ALLOC);
	ck_assert_ptr_nonnull(above);
	ck_assert_uint_eq((unsigned long)above->addr, q + 2 * PAGE_SIZE);
}
END_TEST

GRADED_TEST(test_split_reports_the_largest_chunk, 3, visible)
{
	struct vmalloc_info vmi;
	unsigned long q;

	boot_or_fail("mem=1G quiet");
	q = aligned_area();
	get_vmalloc_info(&vmi);
	ck_assert_uint_eq(vmi.largest_chunk, VMALLOC_END - (q + 2 * PAGE_SIZE));
	ck_assert_uint_eq(vmi.used, 2 * PAGE_SIZE);
}
END_TEST

GRADED_TEST(test_split_merges_back, 2, hidden)
{
	struct vmalloc_info vmi;
	unsigned long q;

	boot_or_fail("mem=1G quiet");
	q = aligned_area();
	vfree((void *)q);
	get_vmalloc_info(&vmi);
	ck_assert_uint_eq(vmi.largest_chunk, VMALLOC_TOTAL);
	ck_assert_ptr_nonnull(get_vm_area(VMALLOC_TOTAL - PAGE_SIZE, VM_ALLOC));
}
END_TEST

GRADED_TEST(test_split_never_overlaps, 2, hidden)
{
	unsigned long q;

	boot_or_fail("mem=1G quiet");
	q = aligned_area();
	for (int i = 0; i < 600; i++) {
		struct vm_struct *a = get_vm_area(7 * PAGE_SIZE, VM_ALLOC);

		ck_assert_ptr_nonnull(a);
		ck_assert_msg((unsigned long)a->addr + a->size <= q || (unsigned long)a->addr >= q + 2 * PAGE_SIZE,
			      "area %p overlaps the aligned one", a->addr);
	}
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("vmalloc-split");

	exercise_tcase(s, "Grading", 30);
	return s;
}
