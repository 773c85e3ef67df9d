/* Runs one exercise's tests, one line per test (Check's verbose output);
 * run --points lists them: name, points, visibility. */
#include "exercise.h"
#include <stdlib.h>
#include <string.h>

/* The section's bounds, from the linker; weak: a program may hold no test. */
extern const struct exercise_test __start_exercise_tests[] __attribute__((weak));
extern const struct exercise_test __stop_exercise_tests[] __attribute__((weak));

const struct exercise_test **exercise_tests(int *n)
{
	static const struct exercise_test *order[256];
	static int count = -1;

	if (count < 0) {
		count = 0;
		for (const struct exercise_test *e = __start_exercise_tests;
		     e && e < __stop_exercise_tests && count < 256; e++) {
			int i;

			if (!e->test)
				continue;
			i = count++;
			/* in test.c's order: the compiler may lay them out otherwise */
			while (i > 0 && order[i - 1]->test->line > e->test->line) {
				order[i] = order[i - 1];
				i--;
			}
			order[i] = e;
		}
	}
	*n = count;
	return order;
}

int exercise_test_points(const TTest *test, int *points, const char **visibility)
{
	const struct exercise_test **t;
	int n;

	t = exercise_tests(&n);
	for (int i = 0; i < n; i++)
		if (t[i]->test == test) {
			*points = t[i]->points;
			*visibility = t[i]->visibility;
			return 1;
		}
	return 0;
}

TCase *exercise_tcase(Suite *s, const char *name, double timeout)
{
	TCase *tc = tcase_for(s, name, timeout);	/* the book's: a machine per test */
	const struct exercise_test **t;
	int n;

	t = exercise_tests(&n);
	for (int i = 0; i < n; i++)
		tcase_add_test_raise_signal(tc, t[i]->test, t[i]->signal);
	return tc;
}

int main(int argc, char **argv)
{
	SRunner *sr;
	int failed;

	if (argc == 2 && strcmp(argv[1], "--points") == 0) {
		const struct exercise_test **t;
		int n;

		exercise_suite();
		t = exercise_tests(&n);
		for (int i = 0; i < n; i++)
			printf("%s %d %s\n", t[i]->test->name, t[i]->points, t[i]->visibility);
		return 0;
	}
	sr = srunner_create(exercise_suite());
	srunner_set_fork_status(sr, CK_FORK);
	srunner_run_all(sr, CK_VERBOSE);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
