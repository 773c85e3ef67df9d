/* Grading tests for exercise lowmem-reserve. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mmzone.h>

#define expect_reserve(z, r0, r1, r2) do {				\
	const struct zone *_z = &NODE_DATA(0)->node_zones[z];		\
	ck_assert_uint_eq(_z->lowmem_reserve[ZONE_DMA], (r0));		\
	ck_assert_uint_eq(_z->lowmem_reserve[ZONE_NORMAL], (r1));	\
	ck_assert_uint_eq(_z->lowmem_reserve[ZONE_HIGHMEM], (r2));	\
} while (0)

/* 128 MiB: DMA keeps a 256th of Normal's 28640 pages from both higher classes. */
GRADED_TEST(test_reserve_of_dma_against_normal, 2, visible)
{
	boot_or_fail("mem=128M quiet");
	expect_reserve(ZONE_DMA, 0, 111, 111);
	expect_reserve(ZONE_NORMAL, 0, 0, 0);
	expect_reserve(ZONE_HIGHMEM, 0, 0, 0);
}
END_TEST

/* 1 GiB: Normal has 225280 pages, HighMem 32736. */
GRADED_TEST(test_reserve_of_three_zones, 3, visible)
{
	boot_or_fail("mem=1G quiet");
	expect_reserve(ZONE_DMA, 0, 225280 / 256, (225280 + 32736) / 256);
	expect_reserve(ZONE_NORMAL, 0, 0, 32736 / 32);
	expect_reserve(ZONE_HIGHMEM, 0, 0, 0);
}
END_TEST

/* One zone keeps nothing; empty zones add nothing. */
GRADED_TEST(test_reserve_small_machines, 1, hidden)
{
	boot_or_fail("mem=16M quiet");
	expect_reserve(ZONE_DMA, 0, 0, 0);
	expect_reserve(ZONE_NORMAL, 0, 0, 0);
	hosted_shutdown();
	boot_or_fail("mem=64M quiet");
	expect_reserve(ZONE_DMA, 0, 47, 47);
	expect_reserve(ZONE_NORMAL, 0, 0, 0);
}
END_TEST

/* 3 GiB: HighMem has 557024 pages; 900 MiB: just 992. */
GRADED_TEST(test_reserve_large_highmem, 2, hidden)
{
	boot_or_fail("mem=3G quiet");
	expect_reserve(ZONE_DMA, 0, 880, (225280 + 557024) / 256);
	expect_reserve(ZONE_NORMAL, 0, 0, 557024 / 32);
	hosted_shutdown();
	boot_or_fail("mem=900M quiet");
	expect_reserve(ZONE_DMA, 0, 880, (225280 + 992) / 256);
	expect_reserve(ZONE_NORMAL, 0, 0, 992 / 32);
}
END_TEST

/*
 * The reserve at work: kernel requests that exhaust Normal fall back to
 * DMA but leave its min mark plus its reserve (less at most one batch of
 * a CPU's list), and a DMA request still gets a page.
 */
GRADED_TEST(test_reserve_keeps_dma_from_kernel_requests, 2, hidden)
{
	struct zone *dma = &NODE_DATA(0)->node_zones[ZONE_DMA];
	unsigned long keep = 44 + 111;		/* min mark and reserve, 128 MiB */
	struct page *page;
	int n;

	boot_or_fail("mem=128M quiet");
	n = take_all(GFP_KERNEL, 0);		/* the book's helper: until NULL */
	ck_assert_int_lt(n, MAX_HELD);
	ck_assert_uint_le(dma->vm_stat[NR_FREE_PAGES], keep);
	ck_assert_uint_gt(dma->vm_stat[NR_FREE_PAGES] + (unsigned long)dma->pageset[0].batch, keep);
	page = alloc_page(GFP_DMA | __GFP_NOWARN);
	ck_assert_ptr_nonnull(page);
	ck_assert(page_zone(page) == dma);
	__free_page(page);
	give_back_all();
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("lowmem-reserve");

	exercise_tcase(s, "Grading", 20);
	return s;
}
