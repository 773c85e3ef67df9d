/* grade: paging-pte test_pte_readonly_page_faults */
/* Abuse: the stub of paging-pte, whose kernel pages are not even present: the
 * read-only test's first read faults, and a test that accepted any SIGSEGV
 * passed it.  The verdict compares the fault with the book's: the address and
 * the access (a write to a present read-only page). */
/* == chunk: Kernel page protections == */
#define __PAGE_KERNEL		0
#define __PAGE_KERNEL_RO	0
/* == chunk: Make the entry that maps frame [[pfn]] with [[prot]] == */
return __pte(0);
