/* Grading tests for exercise zone-fallback. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/mm.h>
#include <signal.h>

GRADED_TEST(test_zone_of_kernel_flags, 2, visible)
{
	ck_assert_int_eq(gfp_zone(GFP_KERNEL), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(GFP_ATOMIC), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(GFP_USER), ZONE_NORMAL);
	ck_assert_int_eq(gfp_zone(0), ZONE_NORMAL);
}
END_TEST

GRADED_TEST(test_zone_of_dma, 2, visible)
{
	ck_assert_int_eq(gfp_zone(GFP_DMA), ZONE_DMA);
	ck_assert_int_eq(gfp_zone(GFP_KERNEL | __GFP_DMA), ZONE_DMA);
}
END_TEST

GRADED_TEST(test_zone_of_highmem, 2, visible)
{
	ck_assert_int_eq(gfp_zone(GFP_HIGHUSER), ZONE_HIGHMEM);
	ck_assert_int_eq(gfp_zone(__GFP_HIGHMEM), ZONE_HIGHMEM);
}
END_TEST

/* Every page a GFP_DMA request gets is below 16 MiB; GFP_HIGHUSER gets high memory first. */
GRADED_TEST(test_dma_memory_is_below_16m, 2, hidden)
{
	boot_or_fail("mem=1G quiet");
	for (int i = 0; i < 50; i++) {
		struct page *page = alloc_pages(GFP_DMA, 1);

		ck_assert_ptr_nonnull(page);
		ck_assert_uint_lt(page_to_phys(page) + 2 * PAGE_SIZE - 1, 16 << 20);
	}
	ck_assert(PageHighMem(alloc_page(GFP_HIGHUSER)));
	ck_assert(!PageHighMem(alloc_page(GFP_KERNEL)));
}
END_TEST

GRADED_TEST_SIGNAL(test_dma_and_highmem_is_a_bug, 2, hidden, SIGABRT)
{
	gfp_zone(__GFP_DMA | __GFP_HIGHMEM);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("zone-fallback");

	exercise_tcase(s, "Grading", 10);
	return s;
}
