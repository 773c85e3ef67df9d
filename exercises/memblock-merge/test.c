/* Grading tests for exercise memblock-merge. */
#include "exercise.h"
#include <linux/memblock.h>
#include <linux/mm.h>

/* An empty table to add ranges to: the machine is not booted. */
static struct memblock_type *empty_table(void)
{
	memblock.memory.cnt = 0;
	return &memblock.memory;
}

#define expect_region(t, i, b, s) do {				\
	ck_assert_uint_eq((t)->regions[i].base, (b));		\
	ck_assert_uint_eq((t)->regions[i].size, (s));		\
} while (0)

GRADED_TEST(test_memblock_keeps_apart_ranges_sorted, 1, visible)
{
	struct memblock_type *t = empty_table();

	memblock_add(0x5000, 0x1000);
	memblock_add(0x1000, 0x1000);
	memblock_add(0x9000, 0x2000);
	ck_assert_uint_eq(t->cnt, 3);
	expect_region(t, 0, 0x1000, 0x1000);
	expect_region(t, 1, 0x5000, 0x1000);
	expect_region(t, 2, 0x9000, 0x2000);
}
END_TEST

GRADED_TEST(test_memblock_merges_overlapping_ranges, 2, visible)
{
	struct memblock_type *t = empty_table();

	memblock_add(0x1000, 0x2000);
	memblock_add(0x2000, 0x3000);		/* overlaps from above */
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x1000, 0x4000);
	memblock_add(0x0, 0x1800);		/* overlaps from below */
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x0, 0x5000);
	memblock_add(0x2000, 0x1000);		/* inside */
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x0, 0x5000);
}
END_TEST

GRADED_TEST(test_memblock_merges_adjacent_ranges, 2, visible)
{
	struct memblock_type *t = empty_table();

	memblock_add(0x4000, 0x1000);
	memblock_add(0x5000, 0x1000);		/* meets it above */
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x4000, 0x2000);
	memblock_add(0x3000, 0x1000);		/* meets it below */
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x3000, 0x3000);
	memblock_add(0x8000, 0x1000);		/* apart */
	ck_assert_uint_eq(t->cnt, 2);
	expect_region(t, 0, 0x3000, 0x3000);
	expect_region(t, 1, 0x8000, 0x1000);
}
END_TEST

/* The boot's reservations touch one another and end up as three regions. */
GRADED_TEST(test_memblock_boot_records_are_merged, 1, visible)
{
	boot_or_fail("mem=1G quiet");
	ck_assert_uint_eq(memblock.memory.cnt, 2);
	expect_region(&memblock.memory, 0, 0x0, 0x9f000);
	expect_region(&memblock.memory, 1, 0x100000, 0x3fee0000);
	ck_assert_uint_eq(memblock.reserved.cnt, 3);
	expect_region(&memblock.reserved, 0, 0x0, 0x1000);
	expect_region(&memblock.reserved, 1, 0x100000, 0x1f1000);
	expect_region(&memblock.reserved, 2, 0x37600000, 0xa00000);
}
END_TEST

/* A range that reaches several regions merges them all, and the gaps. */
GRADED_TEST(test_memblock_range_bridges_regions, 2, hidden)
{
	struct memblock_type *t = empty_table();

	memblock_add(0x1000, 0x1000);
	memblock_add(0x3000, 0x1000);
	memblock_add(0x5000, 0x1000);
	memblock_add(0x9000, 0x1000);
	memblock_add(0x1800, 0x4000);		/* into the first three */
	ck_assert_uint_eq(t->cnt, 2);
	expect_region(t, 0, 0x1000, 0x5000);
	expect_region(t, 1, 0x9000, 0x1000);
	memblock_add(0x6000, 0x3000);		/* meets both, fills the gap */
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x1000, 0x9000);
}
END_TEST

/* A range that covers regions whole keeps its own ends. */
GRADED_TEST(test_memblock_range_covers_regions, 2, hidden)
{
	struct memblock_type *t = empty_table();

	memblock_add(0x10000, 0x1000);
	memblock_add(0x12000, 0x1000);
	memblock_add(0x20000, 0x1000);
	memblock_add(0xf000, 0x8000);
	ck_assert_uint_eq(t->cnt, 2);
	expect_region(t, 0, 0xf000, 0x8000);
	expect_region(t, 1, 0x20000, 0x1000);
	memblock_add(0x0, 0x100000);
	ck_assert_uint_eq(t->cnt, 1);
	expect_region(t, 0, 0x0, 0x100000);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("memblock-merge");

	exercise_tcase(s, "Grading", 10);
	return s;
}
