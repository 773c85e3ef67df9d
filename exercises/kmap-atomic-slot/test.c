/* Grading tests for exercise kmap-atomic-slot: where kmap_atomic maps a page. */
#include "exercise.h"
#include <linux/gfp.h>
#include <linux/highmem.h>

GRADED_TEST(test_slot_of_each_type_on_cpu0, 3, visible)
{
	struct page *page;

	boot_or_fail("mem=1G quiet");
	page = alloc_page(GFP_HIGHUSER);
	for (int t = 0; t < KM_TYPE_NR; t++) {
		void *v = kmap_atomic(page, (enum km_type)t);

		ck_assert_uint_eq((unsigned long)v, fix_to_virt(FIX_KMAP_BEGIN + t));
		kunmap_atomic(v, (enum km_type)t);
	}
}
END_TEST

GRADED_TEST(test_slots_nest_without_clobbering, 3, visible)
{
	struct page *pages[6];
	char *v[6];

	boot_or_fail("mem=1G quiet");
	for (int i = 0; i < 6; i++)
		pages[i] = alloc_page(GFP_HIGHUSER);
	for (int i = 0; i < 6; i++) {
		v[i] = kmap_atomic(pages[i], (enum km_type)i);
		v[i][0] = 'a' + i;
	}
	for (int i = 5; i >= 0; i--) {
		ck_assert_int_eq(v[i][0], 'a' + i);
		kunmap_atomic(v[i], (enum km_type)i);
	}
	for (int i = 0; i < 6; i++) {
		char *k = kmap(pages[i]);

		ck_assert_int_eq(k[0], 'a' + i);
		kunmap(pages[i]);
	}
}
END_TEST

GRADED_TEST(test_slot_on_another_cpu, 2, hidden)
{
	struct page *page;
	void *v;

	boot_or_fail("mem=1G nr_cpus=3 quiet");
	page = alloc_page(GFP_HIGHUSER);
	ck_assert_int_eq(hosted_bind_cpu(2), 0);
	v = kmap_atomic(page, KM_USER1);
	ck_assert_uint_eq((unsigned long)v, fix_to_virt(FIX_KMAP_BEGIN + KM_USER1 + 2 * KM_TYPE_NR));
	kunmap_atomic(v, KM_USER1);
	ck_assert_int_eq(hosted_bind_cpu(0), 0);
}
END_TEST

GRADED_TEST(test_slot_never_leaves_the_kmap_range, 2, hidden)
{
	struct page *page;

	boot_or_fail("mem=1G nr_cpus=8 quiet");
	page = alloc_page(GFP_HIGHUSER);
	for (int cpu = 0; cpu < 8; cpu++) {
		ck_assert_int_eq(hosted_bind_cpu(cpu), 0);
		for (int t = 0; t < KM_TYPE_NR; t++) {
			unsigned long v = (unsigned long)kmap_atomic(page, (enum km_type)t);

			ck_assert_uint_le(v, fix_to_virt(FIX_KMAP_BEGIN));
			ck_assert_uint_ge(v, fix_to_virt(FIX_KMAP_END));
			ck_assert_uint_eq(v, fix_to_virt(FIX_KMAP_BEGIN + t + cpu * KM_TYPE_NR));
			kunmap_atomic((void *)v, (enum km_type)t);
		}
	}
	ck_assert_int_eq(hosted_bind_cpu(0), 0);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("kmap-atomic-slot");

	exercise_tcase(s, "Grading", 20);
	return s;
}
