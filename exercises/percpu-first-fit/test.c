/* Grading tests for exercise percpu-first-fit: where alloc_percpu puts an area. */
#include "exercise.h"
#include <linux/percpu.h>

static unsigned long unit_offset(void *p)
{
	return (unsigned long)p - (unsigned long)__per_cpu_start;
}

/* Fill the first chunk, so that the test's requests go to a fresh one. */
static void use_a_fresh_chunk(void)
{
	struct pcpu_stats st;

	pcpu_get_stats(&st);
	ck_assert_ptr_nonnull(__alloc_percpu(st.unit_size - st.static_size, 1));
	pcpu_get_stats(&st);
	ck_assert_int_eq(st.nr_chunks, 1);
	ck_assert_int_eq(st.free_size, 0);
}

GRADED_TEST(test_fit_requests_follow_each_other, 3, visible)
{
	struct pcpu_stats st;
	char *a, *b, *c;

	boot_or_fail("mem=64M nr_cpus=2 quiet");
	use_a_fresh_chunk();
	a = __alloc_percpu(8, 8);
	b = __alloc_percpu(4, 4);
	c = __alloc_percpu(16, 16);
	ck_assert_ptr_nonnull(a);
	ck_assert_uint_eq(unit_offset(a) % PAGE_SIZE, 0);
	ck_assert_ptr_eq(b, a + 8);
	ck_assert_ptr_eq(c, a + 16);
	pcpu_get_stats(&st);
	ck_assert_int_eq(st.nr_chunks, 2);
}
END_TEST

GRADED_TEST(test_fit_reuses_the_first_hole, 3, visible)
{
	char *p[10];

	boot_or_fail("mem=64M nr_cpus=2 quiet");
	use_a_fresh_chunk();
	for (int i = 0; i < 10; i++)
		p[i] = __alloc_percpu(64, 64);
	free_percpu(p[3]);
	free_percpu(p[6]);
	ck_assert_ptr_eq(__alloc_percpu(64, 64), p[3]);
	ck_assert_ptr_eq(__alloc_percpu(32, 32), p[6]);
	ck_assert_ptr_eq(__alloc_percpu(32, 32), p[6] + 32);
	ck_assert_ptr_eq(__alloc_percpu(64, 64), p[9] + 64);
}
END_TEST

GRADED_TEST(test_fit_aligns_and_fills_the_head, 2, hidden)
{
	char *a, *b, *c, *d;

	boot_or_fail("mem=64M nr_cpus=3 quiet");
	use_a_fresh_chunk();
	a = __alloc_percpu(2, 2);
	b = __alloc_percpu(100, 1024);
	ck_assert_uint_eq(unit_offset(b) % 1024, 0);
	for (int cpu = 0; cpu < 3; cpu++)
		ck_assert_uint_eq((unsigned long)per_cpu_ptr(b, cpu) % 1024, 0);
	c = __alloc_percpu(2, 2);
	ck_assert_ptr_eq(c, a + 2);
	d = __alloc_percpu(8, 4096);
	ck_assert_uint_eq(unit_offset(d) % 4096, 0);
	ck_assert_ptr_eq(__alloc_percpu(4, 4), a + 4);
}
END_TEST

GRADED_TEST(test_fit_takes_an_exact_fit, 2, hidden)
{
	struct pcpu_stats st;
	char *x, *y, *z, *rest;

	boot_or_fail("mem=64M nr_cpus=2 quiet");
	use_a_fresh_chunk();
	x = __alloc_percpu(32, 32);
	y = __alloc_percpu(32, 32);
	z = __alloc_percpu(32, 32);
	free_percpu(y);
	ck_assert_ptr_eq(__alloc_percpu(32, 32), y);
	pcpu_get_stats(&st);
	rest = __alloc_percpu(st.free_size, 2);
	ck_assert_ptr_eq(rest, z + 32);
	pcpu_get_stats(&st);
	ck_assert_int_eq(st.nr_chunks, 2);
	ck_assert_int_eq(st.free_size, 0);
	ck_assert_ptr_eq(y, x + 32);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("percpu-first-fit");

	exercise_tcase(s, "Grading", 30);
	return s;
}
