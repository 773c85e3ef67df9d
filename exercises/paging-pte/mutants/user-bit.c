/* == chunk: Kernel page protections == */
#define __PAGE_KERNEL		(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_ACCESSED | _PAGE_DIRTY)
#define __PAGE_KERNEL_RO	(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED | _PAGE_DIRTY)
/* == chunk: Make the entry that maps frame [[pfn]] with [[prot]] == */
return __pte(((u32)pfn << PAGE_SHIFT) | pgprot_val(prot));
