/* Grading tests for exercise get-order. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/mm.h>

START_TEST(test_get_order_one_page)
{
	ck_assert_uint_eq(get_order(1), 0);
	ck_assert_uint_eq(get_order(100), 0);
	ck_assert_uint_eq(get_order(PAGE_SIZE), 0);
}
END_TEST

START_TEST(test_get_order_edges)
{
	for (unsigned int k = 1; k < 11; k++) {
		ck_assert_uint_eq(get_order((PAGE_SIZE << (k - 1)) + 1), k);
		ck_assert_uint_eq(get_order(PAGE_SIZE << k), k);
	}
}
END_TEST

START_TEST(test_get_order_large)
{
	ck_assert_uint_eq(get_order(3 * PAGE_SIZE), 2);
	ck_assert_uint_eq(get_order(1000 * PAGE_SIZE), 10);
	ck_assert_uint_eq(get_order((PAGE_SIZE << 20) - 1), 20);
}
END_TEST

/* A block of get_order(size) pages, asked of the allocator, holds size bytes. */
START_TEST(test_get_order_serves_alloc)
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
	TCase *tc = exercise_tcase(s, "Grading", 10);

	tcase_add_test(tc, test_get_order_one_page);
	tcase_add_test(tc, test_get_order_edges);
	tcase_add_test(tc, test_get_order_large);
	tcase_add_test(tc, test_get_order_serves_alloc);
	return s;
}
