/* Grading tests for exercise pkmap-recycle: the sweep of unused pkmap slots. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/highmem.h>

static struct page *a[LAST_PKMAP];

/* Map LAST_PKMAP pages, keep the first held, release the others, and map one
 * more page: the search wraps and sweeps. */
static struct page *fill_release_and_map_one(void)
{
	struct page *extra;

	for (int i = 0; i < LAST_PKMAP; i++) {
		a[i] = alloc_page(GFP_HIGHUSER);
		*(int *)kmap(a[i]) = i;
	}
	for (int i = 1; i < LAST_PKMAP; i++)
		kunmap(a[i]);
	extra = alloc_page(GFP_HIGHUSER);
	*(int *)kmap(extra) = -1;
	return extra;
}

GRADED_TEST(test_recycle_makes_room, 3, visible)
{
	struct page *extra;

	boot_or_fail("mem=1G quiet");
	extra = fill_release_and_map_one();
	ck_assert_ptr_nonnull(page_address(extra));
	ck_assert_int_eq(*(int *)page_address(extra), -1);
}
END_TEST

GRADED_TEST(test_recycle_clears_the_entries, 3, visible)
{
	unsigned int level;
	int free_slots = 0;

	boot_or_fail("mem=1G quiet");
	fill_release_and_map_one();
	for (int i = 0; i < LAST_PKMAP; i++) {
		pte_t *pte = lookup_address(PKMAP_ADDR(i), &level);

		if (pkmap_count[i] == 0) {
			free_slots++;
			ck_assert_msg(!pte || !pte_present(*pte), "slot %d is free but still mapped", i);
		}
	}
	ck_assert_int_eq(free_slots, LAST_PKMAP - 2);
}
END_TEST

GRADED_TEST(test_recycle_forgets_the_pages, 2, hidden)
{
	boot_or_fail("mem=1G quiet");
	fill_release_and_map_one();
	for (int i = 2; i < LAST_PKMAP; i++)
		ck_assert_ptr_null(page_address(a[i]));
	ck_assert_int_eq(*(int *)kmap(a[7]), 7);
}
END_TEST

GRADED_TEST(test_recycle_keeps_held_mappings, 2, hidden)
{
	boot_or_fail("mem=1G quiet");
	fill_release_and_map_one();
	ck_assert_ptr_nonnull(page_address(a[0]));
	ck_assert_int_eq(*(int *)page_address(a[0]), 0);
	ck_assert_int_eq(pkmap_count[PKMAP_NR((unsigned long)page_address(a[0]))], 2);
	kunmap(a[0]);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("pkmap-recycle");

	exercise_tcase(s, "Grading", 30);
	return s;
}
