/* Runs one exercise's tests, one line per test (Check's verbose output). */
#include "exercise.h"
#include <stdlib.h>

static void shutdown_machine(void)
{
	hosted_shutdown();
}

TCase *exercise_tcase(Suite *s, const char *name, double timeout)
{
	TCase *tc = tcase_create(name);

	tcase_add_checked_fixture(tc, NULL, shutdown_machine);
	tcase_set_timeout(tc, timeout);
	suite_add_tcase(s, tc);
	return tc;
}

int main(void)
{
	SRunner *sr = srunner_create(exercise_suite());
	int failed;

	srunner_set_fork_status(sr, CK_FORK);
	srunner_run_all(sr, CK_VERBOSE);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
