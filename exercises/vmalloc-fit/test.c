/* Grading tests for exercise vmalloc-fit: where vmalloc puts an area. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/vmalloc.h>

GRADED_TEST(test_fit_areas_follow_each_other, 3, visible)
{
	void *a, *b, *c;

	boot_or_fail("mem=64M quiet");
	a = vmalloc(PAGE_SIZE);
	b = vmalloc(3 * PAGE_SIZE);
	c = vmalloc(1);
	ck_assert_uint_eq((unsigned long)a, VMALLOC_START);
	ck_assert_uint_eq((unsigned long)b, VMALLOC_START + 2 * PAGE_SIZE);
	ck_assert_uint_eq((unsigned long)c, VMALLOC_START + 6 * PAGE_SIZE);
}
END_TEST

GRADED_TEST(test_fit_fills_the_lowest_holes, 3, visible)
{
	static void *p[2048];
	unsigned long n = 0;

	boot_or_fail("mem=1G quiet vmalloc=16M");
	while (n < 2048 && (p[n] = vmalloc(PAGE_SIZE)))
		n++;
	ck_assert_uint_eq(n, VMALLOC_TOTAL / (2 * PAGE_SIZE));
	for (unsigned long i = 0; i < n; i += 3)
		vfree(p[i]);
	for (unsigned long i = 0; i < n; i += 3)
		ck_assert_ptr_eq(vmalloc(PAGE_SIZE), p[i]);
	ck_assert_ptr_null(vmalloc(PAGE_SIZE));
}
END_TEST

GRADED_TEST(test_fit_aligned_requests, 2, hidden)
{
	boot_or_fail("mem=1G quiet");
	vmalloc(PAGE_SIZE);
	for (unsigned long align = 2 * PAGE_SIZE; align <= 4 * SZ_1M; align *= 2) {
		void *q = __vmalloc_node_range(PAGE_SIZE, align, VMALLOC_START, VMALLOC_END,
					       GFP_KERNEL, PAGE_KERNEL, NULL);

		ck_assert_ptr_nonnull(q);
		ck_assert_uint_eq((unsigned long)q, ALIGN(VMALLOC_START + 2 * PAGE_SIZE, align));
		vfree(q);
	}
}
END_TEST

GRADED_TEST(test_fit_honours_the_lower_bound, 2, hidden)
{
	unsigned long start;
	void *q;

	boot_or_fail("mem=1G quiet");
	start = VMALLOC_START + 10 * PAGE_SIZE;
	q = __vmalloc_node_range(2 * PAGE_SIZE, PAGE_SIZE, start, VMALLOC_END, GFP_KERNEL,
				 PAGE_KERNEL, NULL);
	ck_assert_uint_eq((unsigned long)q, start);
	ck_assert_uint_eq((unsigned long)vmalloc(PAGE_SIZE), VMALLOC_START);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("vmalloc-fit");

	exercise_tcase(s, "Grading", 30);
	return s;
}
