/* Grading tests for exercise krealloc-move: krealloc keeps a big enough block or moves it. */
#include "exercise.h"
#include <linux/slab.h>
#include <linux/gfp.h>
#include <string.h>

GRADED_TEST(test_krealloc_keeps_a_big_enough_block, 2, visible)
{
	char *p;

	boot_or_fail("mem=64M quiet");
	p = kmalloc(10, GFP_KERNEL);
	strcpy(p, "123456789");
	ck_assert_ptr_eq(krealloc(p, 12, GFP_KERNEL), p);
	ck_assert_ptr_eq(krealloc(p, 16, GFP_KERNEL), p);
	ck_assert_ptr_eq(krealloc(p, 3, GFP_KERNEL), p);
	ck_assert_str_eq(p, "123456789");
	ck_assert_uint_eq(ksize(p), 16);
	kfree(p);
}
END_TEST

GRADED_TEST(test_krealloc_grow_copies, 3, visible)
{
	char *p, *q;

	boot_or_fail("mem=64M quiet");
	p = kmalloc(10, GFP_KERNEL);
	strcpy(p, "123456789");
	q = krealloc(p, 17, GFP_KERNEL);
	ck_assert_ptr_ne(q, p);
	ck_assert_str_eq(q, "123456789");
	ck_assert_uint_eq(ksize(q), 32);
	p = krealloc(q, 3000, GFP_KERNEL);
	ck_assert_ptr_ne(p, q);
	ck_assert_str_eq(p, "123456789");
	ck_assert_uint_eq(ksize(p), 4096);
	q = krealloc(p, 10000, GFP_KERNEL);
	ck_assert_str_eq(q, "123456789");
	ck_assert_uint_eq(ksize(q), 16384);
	kfree(q);
}
END_TEST

/* The old block is freed once copied: the next object of its class is it again. */
GRADED_TEST(test_krealloc_frees_the_old_block, 2, hidden)
{
	char *p, *q;

	boot_or_fail("mem=64M quiet");
	p = kmalloc(100, GFP_KERNEL);
	q = krealloc(p, 1000, GFP_KERNEL);
	ck_assert_ptr_ne(q, p);
	ck_assert_ptr_eq(kmalloc(100, GFP_KERNEL), p);
	p = kmalloc(64, GFP_KERNEL);
	ck_assert_ptr_eq(krealloc(p, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	ck_assert_ptr_eq(kmalloc(64, GFP_KERNEL), p);
	ck_assert_ptr_eq(krealloc(NULL, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	ck_assert_ptr_eq(krealloc(ZERO_SIZE_PTR, 0, GFP_KERNEL), ZERO_SIZE_PTR);
	ck_assert_uint_eq(slab_bug_count, 0);
}
END_TEST

/* NULL and ZERO_SIZE_PTR are no block: krealloc of them is kmalloc. */
GRADED_TEST(test_krealloc_of_nothing_allocates, 1, hidden)
{
	char *p;

	boot_or_fail("mem=64M quiet slab_debug");
	p = krealloc(NULL, 100, GFP_KERNEL);
	ck_assert_ptr_nonnull(p);
	ck_assert(!ZERO_OR_NULL_PTR(p));
	ck_assert_uint_eq(ksize(p), 128);
	kfree(p);
	p = krealloc(ZERO_SIZE_PTR, 20, GFP_KERNEL);
	ck_assert(!ZERO_OR_NULL_PTR(p));
	ck_assert_uint_eq(ksize(p), 32);
	kfree(p);
	ck_assert_uint_eq(slab_bug_count, 0);
}
END_TEST

/* A failed move leaves the old block allocated and as it was (slab_debug
 * would poison it if it were freed, and report a second free). */
GRADED_TEST(test_krealloc_failure_keeps_the_old_block, 2, hidden)
{
	char *p;

	boot_or_fail("mem=64M quiet slab_debug");
	p = kmalloc(200, GFP_KERNEL);
	strcpy(p, "still here");
	fail_page_alloc = 0;
	ck_assert_ptr_null(krealloc(p, 100000, GFP_KERNEL | __GFP_NOWARN));
	fail_page_alloc = -1;
	ck_assert_str_eq(p, "still here");
	ck_assert_uint_eq(ksize(p), 256);
	kfree(p);
	ck_assert_uint_eq(slab_bug_count, 0);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("krealloc-move");

	exercise_tcase(s, "Grading", 10);
	return s;
}
