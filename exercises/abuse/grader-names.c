/* Abuse: calls the grader's own recording function, to write observations in
 * the harness's name.  Refused: the grader's names are not for submissions; in
 * the sandbox without the checks, a forged record is no observation the book's
 * code makes. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
void grade_rec_u(int line, unsigned long v);
grade_rec_u(8, 0);
return 77;
