/* Grading tests for exercise smp-mp-scan: finding the MP floating pointer in memory. */
#include "exercise.h"
#include <arch/mptable.h>
#include <string.h>

static u8 area[0x800] __attribute__((__aligned__(16)));

/* A floating pointer structure of @units units at @off, with a good checksum. */
static void put_mpf(size_t off, u8 units)
{
	struct intel_mp_floating *mpf = (void *)(area + off);
	u8 sum = 0;

	memset(mpf, 0, sizeof(*mpf));
	memcpy(mpf->mpf_signature, "_MP_", 4);
	mpf->mpf_physptr = 0x000f0000 + off;
	mpf->mpf_length = units;
	mpf->mpf_specification = 4;
	for (size_t i = 0; i < sizeof(*mpf); i++)
		sum += area[off + i];
	mpf->mpf_checksum = -sum;
}

/* The offset of what smp_scan_config() found in the first @length bytes, or -1. */
static long found(size_t length)
{
	const struct intel_mp_floating *mpf = smp_scan_config(area, length);

	return mpf ? (long)((const u8 *)mpf - area) : -1;
}

GRADED_TEST(test_scan_finds_a_sound_pointer, 2, visible)
{
	memset(area, 0, sizeof(area));
	ck_assert_int_eq(found(sizeof(area)), -1);
	put_mpf(0x120, 1);
	ck_assert_int_eq(found(sizeof(area)), 0x120);
	put_mpf(0x60, 1);
	ck_assert_int_eq(found(sizeof(area)), 0x60);
	ck_assert_int_eq(found(0x60), -1);
	ck_assert_int_eq(found(0x400), 0x60);
}
END_TEST

GRADED_TEST(test_scan_finds_the_last_step, 2, visible)
{
	memset(area, 0, sizeof(area));
	put_mpf(0x3f0, 1);
	ck_assert_int_eq(found(0x400), 0x3f0);
	ck_assert_int_eq(found(0x3ff), -1);
	ck_assert_int_eq(found(0x401), 0x3f0);
	memset(area, 0, sizeof(area));
	put_mpf(0, 1);
	ck_assert_int_eq(found(16), 0);
	ck_assert_int_eq(found(15), -1);
	ck_assert_int_eq(found(0), -1);
}
END_TEST

GRADED_TEST(test_scan_checks_the_sum, 2, hidden)
{
	memset(area, 0, sizeof(area));
	put_mpf(0x40, 1);
	area[0x40 + 13]++;
	ck_assert_int_eq(found(sizeof(area)), -1);
	put_mpf(0x300, 1);
	area[0x300 + 12]++;
	area[0x300 + 13]--;
	ck_assert_int_eq(found(sizeof(area)), 0x300);
	put_mpf(0x200, 1);
	area[0x200 + 4] ^= 0x80;
	ck_assert_int_eq(found(sizeof(area)), 0x300);
}
END_TEST

GRADED_TEST(test_scan_steps_sixteen_bytes, 2, hidden)
{
	memset(area, 0, sizeof(area));
	put_mpf(0x108, 1);
	put_mpf(0x204, 1);
	ck_assert_int_eq(found(sizeof(area)), -1);
	put_mpf(0x7f0, 1);
	ck_assert_int_eq(found(sizeof(area)), 0x7f0);
}
END_TEST

GRADED_TEST(test_scan_wants_one_unit, 2, hidden)
{
	memset(area, 0, sizeof(area));
	put_mpf(0x80, 2);
	put_mpf(0x100, 0);
	ck_assert_int_eq(found(sizeof(area)), -1);
	put_mpf(0x180, 1);
	ck_assert_int_eq(found(sizeof(area)), 0x180);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("smp-mp-scan");

	exercise_tcase(s, "Grading", 10);
	return s;
}
