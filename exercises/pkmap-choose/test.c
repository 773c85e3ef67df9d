/* Grading tests for exercise pkmap-choose: the search for a free pkmap slot. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <signal.h>

static struct page *a[LAST_PKMAP], *b[LAST_PKMAP];

static void map_all(struct page **pages, int tag)
{
	for (int i = 0; i < LAST_PKMAP; i++) {
		pages[i] = alloc_page(GFP_HIGHUSER);
		*(int *)kmap(pages[i]) = tag + i;
	}
}

GRADED_TEST(test_choose_slots_in_order, 3, visible)
{
	boot_or_fail("mem=1G quiet");
	map_all(a, 0);
	for (int i = 0; i < LAST_PKMAP; i++)
		ck_assert_uint_eq((unsigned long)page_address(a[i]), PKMAP_ADDR((i + 1) % LAST_PKMAP));
	for (int i = 0; i < LAST_PKMAP; i++)
		ck_assert_int_eq(pkmap_count[i], 2);
}
END_TEST

GRADED_TEST(test_choose_recycles_after_a_round, 3, visible)
{
	boot_or_fail("mem=1G quiet");
	map_all(a, 0);
	for (int i = 0; i < LAST_PKMAP; i++)
		kunmap(a[i]);
	map_all(b, 5000);
	for (int i = 0; i < LAST_PKMAP; i++)
		ck_assert_int_eq(*(int *)page_address(b[i]), 5000 + i);
}
END_TEST

GRADED_TEST(test_choose_forgets_recycled_pages, 2, hidden)
{
	boot_or_fail("mem=1G quiet");
	map_all(a, 0);
	for (int i = 0; i < LAST_PKMAP; i++)
		kunmap(a[i]);
	map_all(b, 5000);
	for (int i = 0; i < LAST_PKMAP; i++) {
		ck_assert_ptr_null(page_address(a[i]));
		kunmap(b[i]);
	}
	for (int i = 0; i < 10; i++) {
		ck_assert_int_eq(*(int *)kmap(a[i]), i);
		kunmap(a[i]);
	}
}
END_TEST

GRADED_TEST_SIGNAL(test_choose_full_pool_is_a_bug, 1, hidden, SIGABRT)
{
	boot_or_fail("mem=1G quiet");
	map_all(a, 0);
	kmap(alloc_page(GFP_HIGHUSER));
}
END_TEST

GRADED_TEST(test_choose_gets_a_full_round_after_the_sweep, 1, hidden)
{
	struct page *extra;

	boot_or_fail("mem=1G quiet");
	map_all(a, 0);
	for (int i = 699; i < LAST_PKMAP - 1; i++)
		kunmap(a[i]);
	extra = alloc_page(GFP_HIGHUSER);
	ck_assert_uint_eq((unsigned long)kmap(extra), PKMAP_ADDR(700));
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("pkmap-choose");

	exercise_tcase(s, "Grading", 30);
	return s;
}
