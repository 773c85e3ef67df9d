/* grade: paging-pte test_pte_readonly_page_faults */
/* Abuse: crashes on purpose, on the null pointer, when it makes any entry:
 * a SIGSEGV, but not the one the test expects. */
/* == chunk: Kernel page protections == */
#define __PAGE_KERNEL		(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define __PAGE_KERNEL_RO	(_PAGE_PRESENT | _PAGE_ACCESSED | _PAGE_DIRTY)
/* == chunk: Make the entry that maps frame [[pfn]] with [[prot]] == */
*(volatile int *)(unsigned long)(pfn & 0) = 0;
return __pte(0);
