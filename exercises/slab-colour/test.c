/* Grading tests for exercise slab-colour: the first object of successive slabs. */
#include "exercise.h"
#include <linux/mm.h>
#include <linux/slab.h>
#include <string.h>

/* The offsets, within their pages, of the first object of each of n fresh one-page slabs. */
static int first_offsets(struct kmem_cache *c, unsigned long *first, int max_pages)
{
	static void *objs[4000];
	static unsigned long page_of[4000];
	int pages = 0;

	for (int i = 0; i < 4000; i++) {
		unsigned long page, off;
		int j;

		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		ck_assert_ptr_nonnull(objs[i]);
		page = (unsigned long)objs[i] & PAGE_MASK;
		off = (unsigned long)objs[i] & ~PAGE_MASK;
		for (j = 0; j < pages && page_of[j] != page; j++)
			;
		if (j == pages && pages < max_pages) {
			page_of[pages] = page;
			first[pages++] = off;
		} else if (j < pages && off < first[j]) {
			first[j] = off;
		}
	}
	return pages;
}

/* A 200-byte cache on the host has 176 bytes left per slab: 2 colours of 64 bytes. */
GRADED_TEST(test_colour_offsets_cycle, 4, visible)
{
	unsigned long first[64], lo = ~0UL, hi = 0;
	int n, distinct = 0;

	boot_or_fail("mem=64M quiet");
	n = first_offsets(kmem_cache_create("col200", 200, 8, 0, NULL), first, 64);
	ck_assert_int_gt(n, 10);
	for (int i = 0; i < n; i++) {
		lo = first[i] < lo ? first[i] : lo;
		hi = first[i] > hi ? first[i] : hi;
	}
	for (int i = 0; i < n; i++) {
		int k;

		for (k = 0; k < i && first[k] != first[i]; k++)
			;
		distinct += k == i;
	}
	ck_assert_int_eq(distinct, 2);
	ck_assert_uint_eq(hi - lo, 64);
	for (int i = 0; i + 1 < n; i++)
		ck_assert_msg(first[i] != first[i + 1], "slabs %d and %d have the same colour", i, i + 1);
}
END_TEST

/* Every object of a coloured slab stays inside the slab. */
GRADED_TEST(test_colour_objects_fit, 2, visible)
{
	struct kmem_cache *c;
	static char *objs[3000];

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("col-fit", 360, 8, 0, NULL);
	for (int i = 0; i < 3000; i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		memset(objs[i], i & 0xff, 360);
	}
	for (int i = 0; i < 3000; i++)
		for (int b = 0; b < 360; b++)
			ck_assert_uint_eq((unsigned char)objs[i][b], i & 0xff);
	ck_assert_int_eq(check_free_areas(), 0);
}
END_TEST

/* A colour step is never smaller than the alignment: objects stay aligned. */
GRADED_TEST(test_colour_keeps_alignment, 2, hidden)
{
	struct kmem_cache *c;

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("col-align", 136, 128, 0, NULL);
	for (int i = 0; i < 2000; i++) {
		void *p = kmem_cache_alloc(c, GFP_KERNEL);

		ck_assert_msg(((unsigned long)p & 127) == 0, "object %p is not 128-aligned", p);
	}
}
END_TEST

/* A slab with fewer leftover bytes than a cache line has one colour only. */
GRADED_TEST(test_colour_none_for_tight_slabs, 2, hidden)
{
	unsigned long first[64];
	int n;

	boot_or_fail("mem=64M quiet");
	n = first_offsets(kmem_cache_create("col4096", 4096, 0, 0, NULL), first, 64);
	ck_assert_int_gt(n, 10);
	for (int i = 1; i < n; i++)
		ck_assert_uint_eq(first[i], first[0]);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("slab-colour");

	exercise_tcase(s, "Grading", 20);
	return s;
}
