/* Grading tests for exercise buddy-merge: __free_one_page's merging. */
#include "exercise.h"
#include "buddy_helpers.h"

GRADED_TEST(test_merge_restores_free_lists, 3, visible)
{
	char before[1024];
	struct page *pages[MAX_ORDER];

	boot_or_fail("mem=64M quiet");
	strcpy(before, buddyinfo());
	for (unsigned int o = 1; o < MAX_ORDER; o++)
		pages[o] = alloc_pages(GFP_KERNEL, o);
	for (unsigned int o = 1; o < MAX_ORDER; o++)
		__free_pages(pages[o], o);
	ck_assert_str_eq(buddyinfo(), before);
}
END_TEST

/* Freeing the upper of two buddies finds the lower one. */
GRADED_TEST(test_merge_upper_buddy, 3, visible)
{
	struct zone *z;
	unsigned long top;
	struct page *a, *b;

	boot_or_fail("mem=128M quiet");
	z = normal_zone_with_only_top_blocks();
	top = z->free_area[MAX_ORDER - 1].nr_free;
	a = alloc_pages(GFP_KERNEL, 1);
	b = alloc_pages(GFP_KERNEL, 1);
	ck_assert_uint_eq(page_to_pfn(b), page_to_pfn(a) + 2);
	__free_pages(a, 1);
	__free_pages(b, 1);
	ck_assert_uint_eq(z->free_area[MAX_ORDER - 1].nr_free, top);
	for (unsigned int o = 1; o < MAX_ORDER - 1; o++)
		ck_assert_uint_eq(z->free_area[o].nr_free, 0);
}
END_TEST

GRADED_TEST(test_merge_keeps_invariants, 2, hidden)
{
	struct page *p[64];

	boot_or_fail("mem=64M quiet");
	for (int round = 0; round < 20; round++) {
		for (int i = 0; i < 64; i++)
			p[i] = alloc_pages(GFP_KERNEL, (unsigned int)(i % 4) + 1);
		for (int i = 63; i >= 0; i -= 2)
			__free_pages(p[i], (unsigned int)(i % 4) + 1);
		for (int i = 62; i >= 0; i -= 2)
			__free_pages(p[i], (unsigned int)(i % 4) + 1);
		ck_assert_int_eq(check_free_areas(), 0);
	}
}
END_TEST

/* A free buddy of a smaller order must not be merged with. */
GRADED_TEST(test_merge_stops_at_a_smaller_buddy, 2, hidden)
{
	struct zone *z;
	struct page *a, *b, *c;

	boot_or_fail("mem=128M quiet");
	z = normal_zone_with_only_top_blocks();
	a = alloc_pages(GFP_KERNEL, 2);		/* pages 0-3 of a top block */
	b = alloc_pages(GFP_KERNEL, 1);		/* pages 4-5 */
	c = alloc_pages(GFP_KERNEL, 1);		/* pages 6-7 */
	ck_assert_uint_eq(page_to_pfn(b), page_to_pfn(a) + 4);
	__free_pages(b, 1);			/* an order-1 block at 4 */
	__free_pages(a, 2);			/* its buddy at 4 is order 1: no merge */
	ck_assert_uint_eq(z->free_area[2].nr_free, 1);
	ck_assert_uint_eq(z->free_area[1].nr_free, 1);
	ck_assert_int_eq(check_free_areas(), 0);
	__free_pages(c, 1);
	ck_assert_uint_eq(z->free_area[1].nr_free, 0);
	ck_assert_uint_eq(z->free_area[2].nr_free, 0);
	ck_assert_int_eq(check_free_areas(), 0);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("buddy-merge");

	exercise_tcase(s, "Grading", 20);
	return s;
}
