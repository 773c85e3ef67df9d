/* Grading tests for exercise ksize: the bytes behind a pointer. */
#include "exercise.h"
#include <linux/slab.h>
#include <linux/gfp.h>
#include <linux/vmalloc.h>

static size_t ksize_of_kmalloc(size_t size, gfp_t flags)
{
	void *p = kmalloc(size, flags);
	size_t got = ksize(p);

	kfree(p);
	return got;
}

GRADED_TEST(test_ksize_slab_objects, 3, visible)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(ksize_of_kmalloc(1, GFP_KERNEL), 8);
	ck_assert_uint_eq(ksize_of_kmalloc(65, GFP_KERNEL), 96);
	ck_assert_uint_eq(ksize_of_kmalloc(100, GFP_KERNEL), 128);
	ck_assert_uint_eq(ksize_of_kmalloc(4096, GFP_KERNEL), 4096);
	ck_assert_uint_eq(ksize_of_kmalloc(8192, GFP_KERNEL), 8192);
	ck_assert_uint_eq(ksize_of_kmalloc(300, GFP_DMA), 512);
}
END_TEST

GRADED_TEST(test_ksize_pages, 3, visible)
{
	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(ksize_of_kmalloc(8193, GFP_KERNEL), 16384);
	ck_assert_uint_eq(ksize_of_kmalloc(20000, GFP_KERNEL), 32768);
	ck_assert_uint_eq(ksize_of_kmalloc(KMALLOC_MAX_SIZE, GFP_KERNEL), 131072);
	ck_assert_uint_eq(ksize_of_kmalloc(70000, GFP_DMA), 131072);
}
END_TEST

/* Nothing is behind NULL, ZERO_SIZE_PTR and memory that is not kmalloc's. */
GRADED_TEST(test_ksize_no_object, 2, hidden)
{
	void *v;

	boot_or_fail("mem=64M quiet");
	ck_assert_uint_eq(ksize(NULL), 0);
	ck_assert_uint_eq(ksize(ZERO_SIZE_PTR), 0);
	v = vmalloc(3 * PAGE_SIZE);
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(ksize(v), 0);
	vfree(v);
}
END_TEST

/* The size the cache was made with, not the buffer the red zones widen. */
GRADED_TEST(test_ksize_object_size_not_buffer, 2, hidden)
{
	struct kmem_cache *c;
	void *p;

	boot_or_fail("mem=64M quiet slab_debug");
	ck_assert_uint_eq(ksize_of_kmalloc(64, GFP_KERNEL), 64);
	ck_assert_uint_eq(ksize_of_kmalloc(150, GFP_KERNEL), 192);
	c = kmem_cache_create("ksize-40", 40, 0, 0, NULL);
	ck_assert_ptr_nonnull(c);
	p = kmem_cache_alloc(c, GFP_KERNEL);
	ck_assert_uint_eq(ksize(p), 40);
	kmem_cache_free(c, p);
	kmem_cache_destroy(c);
	ck_assert_uint_eq(slab_bug_count, 0);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("ksize");

	exercise_tcase(s, "Grading", 10);
	return s;
}
