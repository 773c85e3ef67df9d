/* Shared by every exercise's tests: the book's test library, the graded test, the test case maker. */
#ifndef _EXERCISE_H
#define _EXERCISE_H

/*
 * The book's test library (tests/kmem_test.h, tangled from the chapters):
 * boot_or_fail, the kernel log's helpers, tcase_for, the buddy helpers.  The
 * exercises' tests use the same helpers as the book's suites, linked from the
 * same kmem_test.c.
 */
#include "kmem_test.h"
#include <stdio.h>

/*
 * A graded test states its name, its points and who sees it once, where it
 * starts:
 *
 *	GRADED_TEST(test_get_order_edges, 4, visible)
 *	{
 *		...
 *	}
 *	END_TEST
 *
 * GRADED_TEST_SIGNAL(name, points, visibility, SIGSEGV) is a test that passes
 * when it dies of that signal.  Visibility is Gradescope's: visible, hidden,
 * after_due_date or after_published.  Each test leaves an entry in the section
 * exercise_tests; exercise_tcase() adds them all, in the order of test.c, and
 * the grader lists them (name, points, visibility) from the book's own build.
 */
struct exercise_test {
	const TTest *test;	/* NULL: not in this program (the grader's one-test programs) */
	int points;
	const char *visibility;
	int signal;		/* the signal that ends it, or 0 */
};

/* A test's entry.  kit/grade-observe.h defines it first, for the grader's
 * programs of one test each: the others' entries point at no test (so their
 * code is not in the program), and no entry holds an expectation. */
#ifndef EXERCISE_ENTRY
#define EXERCISE_ENTRY(name, pts, vis, sig)	{ &name##_ttest, (pts), #vis, (sig) }
#endif

#define GRADED_TEST_SIGNAL(name, pts, vis, sig)				\
	static void name##_fn(int _i CK_ATTRIBUTE_UNUSED);		\
	static const TTest name##_ttest = { #name, name##_fn, __FILE__, __LINE__ }; \
	static const struct exercise_test name##_entry			\
		__attribute__((used, section("exercise_tests"),		\
			       aligned(__alignof__(struct exercise_test)))) = \
		EXERCISE_ENTRY(name, pts, vis, sig);			\
	static void name##_fn(int _i CK_ATTRIBUTE_UNUSED)
#define GRADED_TEST(name, pts, vis)	GRADED_TEST_SIGNAL(name, pts, vis, 0)

/* The graded tests of the program, in the order of test.c; the count in *n. */
const struct exercise_test **exercise_tests(int *n);
/* The points and visibility of TEST: 1, or 0 if it is no graded test. */
int exercise_test_points(const TTest *test, int *points, const char **visibility);

Suite *exercise_suite(void);
/* A test case of suite S with every graded test of the program in it. */
TCase *exercise_tcase(Suite *s, const char *name, double timeout);

#endif /* _EXERCISE_H */
