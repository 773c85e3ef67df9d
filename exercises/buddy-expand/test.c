/* Grading tests for exercise buddy-expand. */
#include "exercise.h"
#include "buddy_helpers.h"

GRADED_TEST(test_expand_one_block_per_order, 3, visible)
{
	struct zone *z;
	unsigned long top;
	struct page *page;

	boot_or_fail("mem=128M quiet");
	z = normal_zone_with_only_top_blocks();
	top = z->free_area[MAX_ORDER - 1].nr_free;
	page = alloc_pages(GFP_KERNEL, 2);
	ck_assert_ptr_nonnull(page);
	ck_assert_uint_eq(z->free_area[1].nr_free, 0);
	for (unsigned int o = 2; o < MAX_ORDER - 1; o++)
		ck_assert_uint_eq(z->free_area[o].nr_free, 1);
	ck_assert_uint_eq(z->free_area[MAX_ORDER - 1].nr_free, top - 1);
}
END_TEST

/* The caller keeps the first pages; the free halves follow it, each at its own order. */
GRADED_TEST(test_expand_keeps_the_lower_pages, 2, visible)
{
	struct zone *z;
	struct page *page, *free;

	boot_or_fail("mem=128M quiet");
	z = normal_zone_with_only_top_blocks();
	page = alloc_pages(GFP_KERNEL, 1);
	ck_assert(IS_ALIGNED(page_to_pfn(page), 1UL << (MAX_ORDER - 1)));
	for (unsigned int o = 1; o < MAX_ORDER - 1; o++) {
		free = list_first_entry(&z->free_area[o].free_list, struct page, lru);
		ck_assert_uint_eq(page_to_pfn(free), page_to_pfn(page) + (1UL << o));
		ck_assert(PageBuddy(free));
		ck_assert_uint_eq(free->private, o);
	}
}
END_TEST

GRADED_TEST(test_expand_keeps_invariants, 3, hidden)
{
	struct page *p[100];

	boot_or_fail("mem=64M quiet");
	for (int i = 0; i < 100; i++) {
		p[i] = alloc_pages(GFP_KERNEL, (unsigned int)(i % 6) + 1);
		ck_assert_ptr_nonnull(p[i]);
		((char *)page_address(p[i]))[0] = (char)i;
		ck_assert_int_eq(check_free_areas(), 0);
	}
	for (int i = 0; i < 100; i++)
		ck_assert_int_eq(((char *)page_address(p[i]))[0], (char)i);
}
END_TEST

GRADED_TEST(test_expand_round_trip, 2, hidden)
{
	char before[1024];
	unsigned long free_before;

	boot_or_fail("mem=64M quiet");
	strcpy(before, buddyinfo());
	free_before = nr_free_pages();
	for (unsigned int o = 1; o < MAX_ORDER; o++) {
		struct page *page = alloc_pages(GFP_KERNEL, o);

		ck_assert_uint_eq(nr_free_pages(), free_before - (1UL << o));
		__free_pages(page, o);
		ck_assert_uint_eq(nr_free_pages(), free_before);
	}
	ck_assert_str_eq(buddyinfo(), before);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("buddy-expand");

	exercise_tcase(s, "Grading", 20);
	return s;
}
