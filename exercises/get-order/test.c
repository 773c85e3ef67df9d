/* Grading tests for exercise get-order. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/mm.h>

GRADED_TEST(test_get_order_one_page, 2, visible)
{
	ck_assert_uint_eq(get_order(1), 0);
	ck_assert_uint_eq(get_order(100), 0);
	ck_assert_uint_eq(get_order(PAGE_SIZE), 0);
}
END_TEST

GRADED_TEST(test_get_order_edges, 4, visible)
{
	for (unsigned int k = 1; k < 11; k++) {
		ck_assert_uint_eq(get_order((PAGE_SIZE << (k - 1)) + 1), k);
		ck_assert_uint_eq(get_order(PAGE_SIZE << k), k);
	}
}
END_TEST

GRADED_TEST(test_get_order_large, 2, hidden)
{
	ck_assert_uint_eq(get_order(3 * PAGE_SIZE), 2);
	ck_assert_uint_eq(get_order(1000 * PAGE_SIZE), 10);
	ck_assert_uint_eq(get_order((PAGE_SIZE << 20) - 1), 20);
}
END_TEST

/* A block of get_order(size) pages, asked of the allocator, holds size bytes. */
GRADED_TEST(test_get_order_serves_alloc, 2, hidden)
{
	static const unsigned long sizes[] = { 5000, 12288, 12289, 100000, 1 << 20 };

	boot_or_fail("mem=64M quiet");
	for (unsigned int i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		unsigned int order = get_order(sizes[i]);
		unsigned long addr = __get_free_pages(GFP_KERNEL, order);

		ck_assert_uint_ne(addr, 0);
		ck_assert_uint_ge(PAGE_SIZE << order, sizes[i]);
		ck_assert(order == 0 || (PAGE_SIZE << (order - 1)) < sizes[i]);
		((char *)addr)[sizes[i] - 1] = 1;
		free_pages(addr, order);
	}
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("get-order");

	exercise_tcase(s, "Grading", 10);
	return s;
}
