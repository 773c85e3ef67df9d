/* Grading tests for exercise slab-free-block. */
#include "exercise.h"
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <string.h>

static unsigned long num_slabs(const char *name)
{
	static char buf[16384];
	char pattern[64], *line;
	unsigned long v[5], active_slabs, slabs;

	ck_assert_int_gt(proc_read("/proc/slabinfo", buf, sizeof(buf)), 0);
	snprintf(pattern, sizeof(pattern), "\n%s ", name);
	line = strstr(buf, pattern);
	ck_assert_ptr_nonnull(line);
	ck_assert_int_eq(sscanf(line + strlen(pattern), "%lu %lu %lu %lu %lu : tunables %*u %*u %*u : slabdata %lu %lu",
				&v[0], &v[1], &v[2], &v[3], &v[4], &active_slabs, &slabs), 7);
	return slabs;
}

GRADED_TEST(test_free_all_objects_come_back, 3, visible)
{
	static void *o[5000];
	struct kmem_cache *c;

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("comeback", 96, 0, 0, NULL);
	for (int i = 0; i < 5000; i++)
		o[i] = kmem_cache_alloc(c, GFP_KERNEL);
	for (int i = 0; i < 5000; i++)
		kmem_cache_free(c, o[i]);
	ck_assert_int_eq(kmem_cache_shrink(c), 0);
	ck_assert_uint_eq(num_slabs("comeback"), 0);
}
END_TEST

GRADED_TEST(test_free_contents_survive, 3, visible)
{
	static unsigned int *o[3000];
	struct kmem_cache *c;
	unsigned int seed = 99;

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("contents", 64, 0, 0, NULL);
	for (int round = 0; round < 20; round++) {
		for (int i = 0; i < 3000; i++) {
			if (o[i] && (seed = seed * 1103515245 + 12345) % 2) {
				ck_assert_uint_eq(*o[i], (unsigned int)i);
				kmem_cache_free(c, o[i]);
				o[i] = NULL;
			} else if (!o[i]) {
				o[i] = kmem_cache_alloc(c, GFP_KERNEL);
				*o[i] = (unsigned int)i;
			}
		}
	}
	for (int i = 0; i < 3000; i++)
		if (o[i])
			ck_assert_uint_eq(*o[i], (unsigned int)i);
}
END_TEST

/* Freeing everything gives most slabs back at once, without a shrink. */
GRADED_TEST(test_free_limit_releases_slabs, 2, hidden)
{
	static void *o[5000];
	struct kmem_cache *c;
	unsigned long peak;

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("limit", 128, 0, 0, NULL);
	for (int i = 0; i < 5000; i++)
		o[i] = kmem_cache_alloc(c, GFP_KERNEL);
	peak = num_slabs("limit");
	for (int i = 0; i < 5000; i++)
		kmem_cache_free(c, o[i]);
	ck_assert_uint_lt(num_slabs("limit"), peak / 2);
}
END_TEST

/* After freeing every other object, new objects reuse the partial slabs. */
GRADED_TEST(test_free_partial_slabs_are_used, 2, hidden)
{
	static void *o[4000];
	struct kmem_cache *c;
	unsigned long slabs;

	boot_or_fail("mem=64M quiet");
	c = kmem_cache_create("partial", 256, 0, 0, NULL);
	for (int i = 0; i < 4000; i++)
		o[i] = kmem_cache_alloc(c, GFP_KERNEL);
	for (int i = 0; i < 4000; i += 2)
		kmem_cache_free(c, o[i]);
	slabs = num_slabs("partial");
	for (int i = 0; i < 4000; i += 2)
		o[i] = kmem_cache_alloc(c, GFP_KERNEL);
	ck_assert_uint_le(num_slabs("partial"), slabs);
	for (int i = 0; i < 4000; i++)
		kmem_cache_free(c, o[i]);
	ck_assert_int_eq(kmem_cache_shrink(c), 0);
	ck_assert_uint_eq(num_slabs("partial"), 0);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("slab-free-block");

	exercise_tcase(s, "Grading", 20);
	return s;
}
