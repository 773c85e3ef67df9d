/* Abuse: the same directive spelled with the digraph %: and behind a line
 * splice, which a check of lines starting with # would miss. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
  %:undef ck_assert
# \
define ck_assert(C) ((void)0)
return 0;
