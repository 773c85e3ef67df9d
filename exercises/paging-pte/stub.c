/* == chunk: Kernel page protections == */
#define __PAGE_KERNEL		0
#define __PAGE_KERNEL_RO	0
/* == chunk: Make the entry that maps frame [[pfn]] with [[prot]] == */
return __pte(0);
