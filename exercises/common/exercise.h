/* Shared by every exercise's tests: boot helpers and the test case maker. */
#ifndef _EXERCISE_H
#define _EXERCISE_H

#include <check.h>
#include <hosted.h>
#include <arch/arch.h>
#include <stdio.h>

#define boot_or_fail(cmdline) do {					\
	int _err = hosted_boot(cmdline);				\
	ck_assert_msg(_err == 0, "hosted_boot(\"%s\") returned %d", (cmdline), _err); \
} while (0)

Suite *exercise_suite(void);
TCase *exercise_tcase(Suite *s, const char *name, double timeout);

#endif /* _EXERCISE_H */
