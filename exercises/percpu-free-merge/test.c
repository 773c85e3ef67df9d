/* Grading tests for exercise percpu-free-merge: coalescing in the area map. */
#include "exercise.h"
#include <linux/percpu.h>
#include <stdlib.h>

static struct pcpu_stats stats(void)
{
	struct pcpu_stats st;

	pcpu_get_stats(&st);
	return st;
}

GRADED_TEST(test_merge_freed_neighbours_hold_more, 3, visible)
{
	char *a, *b, *c;

	boot_or_fail("mem=64M nr_cpus=2 quiet");
	a = __alloc_percpu(64, 64);
	b = __alloc_percpu(64, 64);
	c = __alloc_percpu(64, 64);
	ck_assert_ptr_eq(b, a + 64);
	free_percpu(b);
	free_percpu(a);
	ck_assert_ptr_eq(__alloc_percpu(128, 64), a);
	(void)c;
}
END_TEST

GRADED_TEST(test_merge_everything_freed_is_one_area, 3, visible)
{
	struct pcpu_stats before;
	void *p[8];

	boot_or_fail("mem=64M nr_cpus=2 quiet");
	before = stats();
	for (int i = 0; i < 8; i++)
		p[i] = __alloc_percpu(40, 8);
	for (int i = 0; i < 8; i++)
		free_percpu(p[i]);
	ck_assert_int_eq(stats().nr_areas, before.nr_areas);
	ck_assert_int_eq(stats().free_size, before.free_size);
}
END_TEST

GRADED_TEST(test_merge_both_sides_at_once, 2, hidden)
{
	struct pcpu_stats before;
	char *a, *b, *c, *d;

	boot_or_fail("mem=64M nr_cpus=3 quiet");
	before = stats();
	a = __alloc_percpu(16, 16);
	b = __alloc_percpu(16, 16);
	c = __alloc_percpu(16, 16);
	d = __alloc_percpu(16, 16);
	free_percpu(a);
	free_percpu(c);
	free_percpu(b);
	ck_assert_int_eq(stats().nr_areas, before.nr_areas + 2);
	ck_assert_ptr_eq(__alloc_percpu(48, 16), a);
	free_percpu(a);
	free_percpu(d);
	ck_assert_int_eq(stats().nr_areas, before.nr_areas);
}
END_TEST

GRADED_TEST(test_merge_random_frees_leave_no_holes, 2, hidden)
{
	struct pcpu_stats before;
	void *p[100];
	unsigned int seed = 7;

	boot_or_fail("mem=64M nr_cpus=2 quiet");
	before = stats();
	for (int i = 0; i < 100; i++)
		p[i] = __alloc_percpu(1 + rand_r(&seed) % 200, 2U << (rand_r(&seed) % 6));
	for (int i = 99; i > 0; i--) {
		int k = rand_r(&seed) % (i + 1);
		void *t = p[k];

		p[k] = p[i];
		p[i] = t;
	}
	for (int i = 0; i < 100; i++)
		free_percpu(p[i]);
	ck_assert_int_eq(stats().nr_areas, before.nr_areas);
	ck_assert_int_eq(stats().free_size, before.free_size);
	ck_assert_ptr_nonnull(__alloc_percpu(before.free_size, 1));
	ck_assert_int_eq(stats().nr_chunks, 1);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("percpu-free-merge");

	exercise_tcase(s, "Grading", 30);
	return s;
}
