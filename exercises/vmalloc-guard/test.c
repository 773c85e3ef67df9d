/* Grading tests for exercise vmalloc-guard: sizes, alignments and the guard page. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/vmalloc.h>
#include <signal.h>

GRADED_TEST_SIGNAL(test_guard_page_faults, 3, visible, SIGSEGV)
{
	char *p;

	boot_or_fail("mem=64M quiet");
	p = vmalloc(2 * PAGE_SIZE);
	vmalloc(PAGE_SIZE);
	p[2 * PAGE_SIZE - 1] = 1;
	p[2 * PAGE_SIZE] = 1;
}
END_TEST

GRADED_TEST(test_guard_sizes_count_the_guard, 3, visible)
{
	void *a, *b;

	boot_or_fail("mem=64M quiet");
	a = vmalloc(100);
	b = vmalloc(PAGE_SIZE + 1);
	ck_assert_uint_eq(find_vm_area(a)->size, 2 * PAGE_SIZE);
	ck_assert_uint_eq(find_vm_area(b)->size, 3 * PAGE_SIZE);
	ck_assert_uint_eq(find_vm_area(b)->nr_pages, 2);
	ck_assert_uint_eq((unsigned long)b, (unsigned long)a + 2 * PAGE_SIZE);
}
END_TEST

GRADED_TEST(test_guard_absurd_requests, 2, hidden)
{
	struct vmalloc_info vmi;

	boot_or_fail("mem=64M quiet");
	ck_assert_ptr_null(vmalloc(0));
	ck_assert_ptr_null(vmalloc(VMALLOC_TOTAL));
	ck_assert_ptr_null(vmalloc(~0UL));
	ck_assert_ptr_null(vmalloc(~0UL - PAGE_SIZE + 2));
	get_vmalloc_info(&vmi);
	ck_assert_uint_eq(vmi.used, 0);
	ck_assert_ptr_nonnull(get_vm_area(VMALLOC_TOTAL - PAGE_SIZE, VM_ALLOC));
}
END_TEST

GRADED_TEST(test_guard_bad_alignments, 2, hidden)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_ptr_null(__vmalloc_node_range(PAGE_SIZE, 3 * PAGE_SIZE, VMALLOC_START, VMALLOC_END,
						GFP_KERNEL, PAGE_KERNEL, NULL));
	ck_assert_ptr_null(__vmalloc_node_range(PAGE_SIZE, 5000, VMALLOC_START, VMALLOC_END,
						GFP_KERNEL, PAGE_KERNEL, NULL));
	ck_assert_ptr_null(__vmalloc_node_range(PAGE_SIZE, 16, VMALLOC_START, VMALLOC_END,
						GFP_KERNEL, PAGE_KERNEL, NULL));
	ck_assert_ptr_nonnull(__vmalloc_node_range(PAGE_SIZE, 4 * PAGE_SIZE, VMALLOC_START,
						   VMALLOC_END, GFP_KERNEL, PAGE_KERNEL, NULL));
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("vmalloc-guard");

	exercise_tcase(s, "Grading", 30);
	return s;
}
