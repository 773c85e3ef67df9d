/* Grading tests for exercise slab-estimate: objects per slab, seen through /proc/slabinfo. */
#include "exercise.h"
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <string.h>

static unsigned long objperslab(const char *name, unsigned long *pages)
{
	static char buf[16384];
	char pattern[64], *line;
	unsigned long active, total, size, per;

	ck_assert_int_gt(proc_read("/proc/slabinfo", buf, sizeof(buf)), 0);
	snprintf(pattern, sizeof(pattern), "\n%s ", name);
	line = strstr(buf, pattern);
	ck_assert_ptr_nonnull(line);
	ck_assert_int_eq(sscanf(line + strlen(pattern), "%lu %lu %lu %lu %lu", &active, &total, &size,
				&per, pages), 5);
	return per;
}

/* The on-slab layout, computed independently: header, bufctls, alignment. */
static unsigned long expect_on_slab(unsigned long slab, unsigned long size, unsigned long align)
{
	const unsigned long header = 2 * sizeof(void *) + sizeof(long) + sizeof(void *) + 2 * sizeof(int);
	unsigned long n = 0;

	while (ALIGN(header + (n + 1) * sizeof(unsigned int), align) + (n + 1) * size <= slab)
		n++;
	return n;
}

GRADED_TEST(test_estimate_on_slab, 3, visible)
{
	unsigned long pages;

	boot_or_fail("mem=64M quiet");
	ck_assert_ptr_nonnull(kmem_cache_create("est200", 200, 8, 0, NULL));
	ck_assert_uint_eq(objperslab("est200", &pages), expect_on_slab(4096, 200, 8));
	ck_assert_ptr_nonnull(kmem_cache_create("est40", 40, 8, 0, NULL));
	ck_assert_uint_eq(objperslab("est40", &pages), expect_on_slab(4096, 40, 8));
}
END_TEST

GRADED_TEST(test_estimate_off_slab, 3, visible)
{
	unsigned long pages;

	boot_or_fail("mem=64M quiet");
	ck_assert_ptr_nonnull(kmem_cache_create("est1000", 1000, 8, 0, NULL));
	ck_assert_uint_eq(objperslab("est1000", &pages), 4096 * pages / 1000);
	ck_assert_uint_eq(objperslab("size-2048", &pages), 2 * pages);
}
END_TEST

/* Every object of a full slab lies inside the slab's pages. */
GRADED_TEST(test_estimate_objects_in_slab, 2, hidden)
{
	struct kmem_cache *c;
	unsigned long per, pages;
	char *objs[64];

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("inside", 300, 8, 0, NULL);
	per = objperslab("inside", &pages);
	ck_assert_uint_le(per, 64);
	for (unsigned long i = 0; i < per; i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		memset(objs[i], 0x5a, 300);
	}
	for (unsigned long i = 0; i < per; i++)
		for (int b = 0; b < 300; b++)
			ck_assert_uint_eq((unsigned char)objs[i][b], 0x5a);
	ck_assert_int_eq(check_free_areas(), 0);
}
END_TEST

GRADED_TEST(test_estimate_kmalloc_geometry, 2, hidden)
{
	unsigned long pages;

	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(objperslab("size-4096", &pages), pages);
	ck_assert_uint_eq(objperslab("size-8192", &pages), pages / 2);
	ck_assert_uint_eq(objperslab("size-64", &pages), expect_on_slab(4096, 64, 64));
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("slab-estimate");

	exercise_tcase(s, "Grading", 10);
	return s;
}
