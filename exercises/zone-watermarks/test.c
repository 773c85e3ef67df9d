/* Grading tests for exercise zone-watermarks. */
#include "exercise.h"
#include <linux/mm.h>
#include <linux/mmzone.h>

#define expect_wmarks(z, mn, lo, hi) do {				\
	const struct zone *_z = &NODE_DATA(0)->node_zones[z];		\
	ck_assert_uint_eq(min_wmark_pages(_z), (mn));			\
	ck_assert_uint_eq(low_wmark_pages(_z), (lo));			\
	ck_assert_uint_eq(high_wmark_pages(_z), (hi));			\
} while (0)

/* The square root of sixteen times low memory in kilobytes. */
GRADED_TEST(test_wmark_min_free_kbytes, 2, visible)
{
	boot_or_fail("mem=16M quiet");
	ck_assert_uint_eq(min_free_kbytes, 503);	/* 3967 pages present */
	hosted_shutdown();
	boot_or_fail("mem=128M quiet");
	ck_assert_uint_eq(min_free_kbytes, 1445);	/* 32639 pages present */
}
END_TEST

/* One zone has the whole of min_pages; the empty ones have nothing. */
GRADED_TEST(test_wmark_one_zone, 2, visible)
{
	boot_or_fail("mem=16M quiet");
	expect_wmarks(ZONE_DMA, 125, 156, 187);
	expect_wmarks(ZONE_NORMAL, 0, 0, 0);
	expect_wmarks(ZONE_HIGHMEM, 0, 0, 0);
}
END_TEST

/* Two zones share min_pages by the pages present in each. */
GRADED_TEST(test_wmark_shared_by_size, 2, visible)
{
	boot_or_fail("mem=128M quiet");
	expect_wmarks(ZONE_DMA, 44, 55, 66);
	expect_wmarks(ZONE_NORMAL, 316, 395, 474);
	expect_wmarks(ZONE_HIGHMEM, 0, 0, 0);
}
END_TEST

/* High memory's minimum is at least 32 pages; its share is counted apart. */
GRADED_TEST(test_wmark_small_highmem, 2, hidden)
{
	boot_or_fail("mem=1G quiet");
	ck_assert_uint_eq(min_free_kbytes, 3830);
	expect_wmarks(ZONE_DMA, 16, 20, 24);
	expect_wmarks(ZONE_NORMAL, 940, 1175, 1410);
	expect_wmarks(ZONE_HIGHMEM, 32, 66, 100);
	hosted_shutdown();
	boot_or_fail("mem=900M quiet");
	expect_wmarks(ZONE_HIGHMEM, 32, 33, 34);
}
END_TEST

/* ... and at most 128: more high memory changes nothing below it. */
GRADED_TEST(test_wmark_large_highmem, 2, hidden)
{
	boot_or_fail("mem=3G quiet");
	ck_assert_uint_eq(min_free_kbytes, 3830);
	expect_wmarks(ZONE_DMA, 16, 20, 24);
	expect_wmarks(ZONE_NORMAL, 940, 1175, 1410);
	expect_wmarks(ZONE_HIGHMEM, 128, 709, 1290);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("zone-watermarks");

	exercise_tcase(s, "Grading", 20);
	return s;
}
