/* Grading tests for exercise percpu-offset: where each CPU's copy is. */
#include "exercise.h"
#include <linux/percpu.h>

static DEFINE_PER_CPU(int, graded_counter) = 17;
static DEFINE_PER_CPU(char [40], graded_name) = "a per-CPU string";

GRADED_TEST(test_offset_copies_are_a_unit_apart, 3, visible)
{
	struct pcpu_stats st;

	boot_or_fail("mem=64M nr_cpus=4 quiet");
	pcpu_get_stats(&st);
	for (int cpu = 0; cpu < 4; cpu++) {
		ck_assert_int_eq(per_cpu(graded_counter, cpu), 17);
		ck_assert_str_eq(per_cpu(graded_name, cpu), "a per-CPU string");
		if (cpu)
			ck_assert_int_eq((long)((unsigned long)&per_cpu(graded_counter, cpu) -
						(unsigned long)&per_cpu(graded_counter, cpu - 1)),
					 st.unit_size);
	}
}
END_TEST

GRADED_TEST(test_offset_copies_are_independent, 3, visible)
{
	boot_or_fail("mem=64M nr_cpus=3 quiet");
	for (int cpu = 0; cpu < 3; cpu++) {
		ck_assert_ptr_ne(&per_cpu(graded_counter, cpu), &graded_counter);
		per_cpu(graded_counter, cpu) = 1000 + cpu;
		per_cpu(graded_name, cpu)[0] = 'A' + cpu;
	}
	for (int cpu = 0; cpu < 3; cpu++) {
		ck_assert_int_eq(per_cpu(graded_counter, cpu), 1000 + cpu);
		ck_assert_int_eq(per_cpu(graded_name, cpu)[0], 'A' + cpu);
	}
	ck_assert_int_eq(graded_counter, 17);
	ck_assert_int_eq(this_cpu_read(graded_counter), 1000);
}
END_TEST

GRADED_TEST(test_offset_each_cpu_knows_its_offset, 2, hidden)
{
	int *p;

	boot_or_fail("mem=64M nr_cpus=4 quiet");
	for (int cpu = 0; cpu < 4; cpu++) {
		ck_assert_uint_ne(per_cpu_offset(cpu), 0);
		ck_assert_uint_eq(per_cpu(this_cpu_off, cpu), per_cpu_offset(cpu));
	}
	p = alloc_percpu(int);
	ck_assert_ptr_nonnull(p);
	for (int cpu = 0; cpu < 4; cpu++) {
		ck_assert_int_eq(*per_cpu_ptr(p, cpu), 0);
		*per_cpu_ptr(p, cpu) = cpu + 1;
	}
	for (int cpu = 0; cpu < 4; cpu++)
		ck_assert_int_eq(*per_cpu_ptr(p, cpu), cpu + 1);
	free_percpu(p);
}
END_TEST

GRADED_TEST(test_offset_nothing_left_from_a_reboot, 2, hidden)
{
	boot_or_fail("mem=64M nr_cpus=6 quiet");
	hosted_shutdown();
	boot_or_fail("mem=64M nr_cpus=2 quiet");
	ck_assert_uint_ne(per_cpu_offset(1), 0);
	for (int cpu = 2; cpu < NR_CPUS; cpu++)
		ck_assert_uint_eq(per_cpu_offset(cpu), 0);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("percpu-offset");

	exercise_tcase(s, "Grading", 30);
	return s;
}
