/* grade: paging-pte test_pte_readonly_page_faults */
/* Abuse: right bits, but every entry maps nothing: a fault at the right
 * address, on the read before the store, and of the wrong kind. */
/* == chunk: Kernel page protections == */
#define __PAGE_KERNEL		(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define __PAGE_KERNEL_RO	(_PAGE_PRESENT | _PAGE_ACCESSED | _PAGE_DIRTY)
/* == chunk: Make the entry that maps frame [[pfn]] with [[prot]] == */
return __pte((pfn << PAGE_SHIFT) | (pgprot_val(prot) & ~_PAGE_PRESENT));
