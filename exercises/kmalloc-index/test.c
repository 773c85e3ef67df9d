/* Grading tests for exercise kmalloc-index: the size class of a request, seen through ksize. */
#include "exercise.h"
#include <linux/slab.h>

static size_t class_of(size_t size)
{
	void *p = kmalloc(size, GFP_KERNEL);
	size_t got = ksize(p);

	kfree(p);
	return got;
}

GRADED_TEST(test_index_exact_classes, 3, visible)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(class_of(8), 8);
	ck_assert_uint_eq(class_of(64), 64);
	ck_assert_uint_eq(class_of(256), 256);
	ck_assert_uint_eq(class_of(8192), 8192);
}
END_TEST

GRADED_TEST(test_index_between_classes, 3, visible)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(class_of(1), 8);
	ck_assert_uint_eq(class_of(9), 16);
	ck_assert_uint_eq(class_of(257), 512);
	ck_assert_uint_eq(class_of(4097), 8192);
}
END_TEST

GRADED_TEST(test_index_odd_classes, 2, hidden)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(class_of(65), 96);
	ck_assert_uint_eq(class_of(96), 96);
	ck_assert_uint_eq(class_of(97), 128);
	ck_assert_uint_eq(class_of(129), 192);
	ck_assert_uint_eq(class_of(193), 256);
}
END_TEST

GRADED_TEST(test_index_too_big, 2, hidden)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_ptr_null(kmalloc_slab(8193, 0));
	ck_assert_ptr_nonnull(kmalloc_slab(8192, 0));
	ck_assert_uint_eq(class_of(8193), 4 * 4096);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("kmalloc-index");

	exercise_tcase(s, "Grading", 10);
	return s;
}
