/*
 * kit/grade-observe.h: how the grader compiles an exercise's tests (test.c), with
 * gcc -include, -DGRADE_TEST_NAME='"test_x"' and -fno-inline.  Appendix A explains
 * the design.
 *
 * A test compiled so makes OBSERVATIONS, never a verdict: each ck_assert* writes a
 * record of what the code under test produced to descriptor 3, and the grader,
 * in a process without any of the submission's code, compares the records with
 * those the book's own code produces.  Where one side of an equality is a
 * compile-time constant (the expected value, as a rule), only the other side is
 * recorded, and the constant is not compiled into the program at all: the
 * process that runs the submission never holds the expected value.  Comparisons
 * of two computed values, and orders (<, >=, ...), record their outcome only.
 * The expected signal or exit value of a test is not passed either.
 *
 * GRADE_TEST_NAME picks the one test this program holds: the registration of
 * every other test is dead code, so their functions, names and constants are
 * not in the program (a hidden test never shares a program with a visible one).
 */
#ifndef GRADE_OBSERVE_H
#define GRADE_OBSERVE_H

#include <check.h>
#include <stdint.h>
#include <string.h>

#ifndef GRADE_TEST_NAME
#error "compile with -DGRADE_TEST_NAME='\"test_name\"'"
#endif

void grade_register(const TTest *t);
void grade_rec_i(int line, intmax_t v);
void grade_rec_u(int line, uintmax_t v);
void grade_rec_s(int line, const char *s);
void grade_rec_ok(int line, int ok);
void grade_rec_fail(int line, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
void grade_rec_differ(int line);

#define GRADE_K(x)	__builtin_constant_p(x)

/* An equality: record the side that is not a constant (X when both are, and
 * they agree); two computed sides are compared here, and only the outcome kept. */
#define _grade_eq(T, X, Y) do {						\
	if (GRADE_K(X) && GRADE_K(Y)) {					\
		if ((_grade_T_##T)(X) == (_grade_T_##T)(Y)) grade_rec_##T(__LINE__, (X));	\
		else grade_rec_differ(__LINE__);			\
	} else if (GRADE_K(Y)) {					\
		grade_rec_##T(__LINE__, (X));				\
	} else if (GRADE_K(X)) {					\
		grade_rec_##T(__LINE__, (Y));				\
	} else {							\
		_grade_T_##T _grade_x = (X), _grade_y = (Y);		\
		grade_rec_ok(__LINE__, _grade_x == _grade_y);		\
	}								\
} while (0)
#define _grade_T_i	intmax_t
#define _grade_T_u	uintmax_t
#define _grade_rel(T, X, OP, Y) do {					\
	_grade_T_##T _grade_x = (X), _grade_y = (Y);			\
	grade_rec_ok(__LINE__, _grade_x OP _grade_y);			\
} while (0)

#undef ck_assert
#undef ck_assert_msg
#undef ck_abort
#undef ck_abort_msg
#undef ck_assert_int_eq
#undef ck_assert_int_ne
#undef ck_assert_int_lt
#undef ck_assert_int_le
#undef ck_assert_int_gt
#undef ck_assert_int_ge
#undef ck_assert_uint_eq
#undef ck_assert_uint_ne
#undef ck_assert_uint_lt
#undef ck_assert_uint_le
#undef ck_assert_uint_gt
#undef ck_assert_uint_ge
#undef ck_assert_ptr_eq
#undef ck_assert_ptr_ne
#undef ck_assert_ptr_null
#undef ck_assert_ptr_nonnull
#undef ck_assert_str_eq
#undef ck_assert_str_ne
#undef ck_assert_mem_eq
#undef ck_assert_mem_ne

#define ck_assert(C)			grade_rec_ok(__LINE__, !!(C))
#define ck_assert_msg(C, ...)		do { if (!(C)) grade_rec_fail(__LINE__, __VA_ARGS__); \
					     grade_rec_ok(__LINE__, 1); } while (0)
#define ck_abort()			grade_rec_fail(__LINE__, "ck_abort")
#define ck_abort_msg(...)		grade_rec_fail(__LINE__, __VA_ARGS__)
#define ck_assert_int_eq(X, Y)		_grade_eq(i, X, Y)
#define ck_assert_int_ne(X, Y)		_grade_rel(i, X, !=, Y)
#define ck_assert_int_lt(X, Y)		_grade_rel(i, X, <, Y)
#define ck_assert_int_le(X, Y)		_grade_rel(i, X, <=, Y)
#define ck_assert_int_gt(X, Y)		_grade_rel(i, X, >, Y)
#define ck_assert_int_ge(X, Y)		_grade_rel(i, X, >=, Y)
#define ck_assert_uint_eq(X, Y)		_grade_eq(u, X, Y)
#define ck_assert_uint_ne(X, Y)		_grade_rel(u, X, !=, Y)
#define ck_assert_uint_lt(X, Y)		_grade_rel(u, X, <, Y)
#define ck_assert_uint_le(X, Y)		_grade_rel(u, X, <=, Y)
#define ck_assert_uint_gt(X, Y)		_grade_rel(u, X, >, Y)
#define ck_assert_uint_ge(X, Y)		_grade_rel(u, X, >=, Y)
#define ck_assert_ptr_eq(X, Y)		grade_rec_ok(__LINE__, (const void *)(X) == (const void *)(Y))
#define ck_assert_ptr_ne(X, Y)		grade_rec_ok(__LINE__, (const void *)(X) != (const void *)(Y))
#define ck_assert_ptr_null(X)		grade_rec_ok(__LINE__, (const void *)(X) == NULL)
#define ck_assert_ptr_nonnull(X)	grade_rec_ok(__LINE__, (const void *)(X) != NULL)
#define ck_assert_str_eq(X, Y) do {					\
	if (GRADE_K(Y)) grade_rec_s(__LINE__, (X));			\
	else if (GRADE_K(X)) grade_rec_s(__LINE__, (Y));		\
	else grade_rec_ok(__LINE__, strcmp((X), (Y)) == 0);		\
} while (0)
#define ck_assert_str_ne(X, Y)		grade_rec_ok(__LINE__, strcmp((X), (Y)) != 0)
#define ck_assert_mem_eq(X, Y, L)	grade_rec_ok(__LINE__, memcmp((X), (Y), (L)) == 0)
#define ck_assert_mem_ne(X, Y, L)	grade_rec_ok(__LINE__, memcmp((X), (Y), (L)) != 0)

/* The registration: only the test named GRADE_TEST_NAME is referenced.  The
 * expected signal and exit value are dropped (the book's run gives them), and
 * so are the points and the visibility of GRADED_TEST (exercise.h). */
#define GRADE_PICK(tf)	(__builtin_strcmp(#tf, GRADE_TEST_NAME) == 0 ? (tf) : (const TTest *)0)
#define EXERCISE_ENTRY(name, pts, vis, sig) \
	{ __builtin_strcmp(#name, GRADE_TEST_NAME) == 0 ? &name##_ttest : (const TTest *)0, 0, "", 0 }
#undef tcase_add_test
#undef tcase_add_test_raise_signal
#undef tcase_add_exit_test
#undef tcase_add_loop_test
#undef tcase_add_loop_test_raise_signal
#undef tcase_add_loop_exit_test
#define tcase_add_test(tc, tf)				((void)(tc), grade_register(GRADE_PICK(tf)))
#define tcase_add_test_raise_signal(tc, tf, s)		((void)(tc), grade_register(GRADE_PICK(tf)))
#define tcase_add_exit_test(tc, tf, e)			((void)(tc), grade_register(GRADE_PICK(tf)))
#define tcase_add_loop_test(tc, tf, s, e)		((void)(tc), grade_register(GRADE_PICK(tf)))
#define tcase_add_loop_test_raise_signal(tc, tf, g, s, e) ((void)(tc), grade_register(GRADE_PICK(tf)))
#define tcase_add_loop_exit_test(tc, tf, x, s, e)	((void)(tc), grade_register(GRADE_PICK(tf)))

#endif
