/* Grading tests for exercise memparse-suffix. */
#include "exercise.h"
#include <linux/init.h>
#include <kmem/kernel.h>

static unsigned long long size_of(const char *text, int want_err)
{
	unsigned long long n = 12345;

	ck_assert_int_eq(memparse(text, &n), want_err);
	return n;
}

GRADED_TEST(test_memparse_plain_numbers, 1, visible)
{
	ck_assert_uint_eq(size_of("4096", 0), 4096);
	ck_assert_uint_eq(size_of("0x1000", 0), 4096);
	ck_assert_uint_eq(size_of("010", 0), 8);
}
END_TEST

GRADED_TEST(test_memparse_suffixes, 3, visible)
{
	ck_assert_uint_eq(size_of("64M", 0), 64ULL << 20);
	ck_assert_uint_eq(size_of("64m", 0), 64ULL << 20);
	ck_assert_uint_eq(size_of("1K", 0), 1024);
	ck_assert_uint_eq(size_of("3k", 0), 3072);
	ck_assert_uint_eq(size_of("2G", 0), 2ULL << 30);
	ck_assert_uint_eq(size_of("0x10M", 0), 16ULL << 20);
	ck_assert_uint_eq(size_of("0g", 0), 0);
}
END_TEST

GRADED_TEST(test_memparse_rejects_junk, 2, visible)
{
	size_of("64MB", -EINVAL);
	size_of("64 M", -EINVAL);
	size_of("12Q", -EINVAL);
	size_of("1KK", -EINVAL);
	size_of("1T", -EINVAL);
}
END_TEST

/* 2^34 G and 2^54 K are 2^64: one too many. */
GRADED_TEST(test_memparse_overflow, 2, hidden)
{
	size_of("17179869184G", -ERANGE);
	size_of("18014398509481984K", -ERANGE);
	size_of("0x100000000000M", -ERANGE);
}
END_TEST

/* The largest that fit: all 64 bits used, nothing lost. */
GRADED_TEST(test_memparse_largest_sizes, 1, hidden)
{
	ck_assert_uint_eq(size_of("17179869183G", 0), 17179869183ULL << 30);
	ck_assert_uint_eq(size_of("0xfffffffffffM", 0), 0xfffffffffffULL << 20);
}
END_TEST

/* mem= reads its value with memparse: the machine gets what it says. */
GRADED_TEST(test_memparse_boots_the_size, 1, hidden)
{
	boot_or_fail("mem=48m quiet");
	ck_assert_uint_eq(hosted_phys_pages(), (48ULL << 20) >> PAGE_SHIFT);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("memparse-suffix");

	exercise_tcase(s, "memparse", 10);
	return s;
}
