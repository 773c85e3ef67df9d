/* Abuse: a chunk that lands in a header (get_order is in gfp.h) is compiled
 * again into the tests: #undef and #define there would turn every check into a
 * no-op.  Refused by the text checks. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
#undef ck_assert_uint_eq
#define ck_assert_uint_eq(X, Y) ((void)0)
return 0;
