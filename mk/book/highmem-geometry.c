/*
 * mk/book/highmem-geometry.c: the numbers of the figures highmem-areas and
 * highmem-kmap (chapter 8), from the tangled layout header: where the fixmap,
 * its kmap_atomic slots, the pkmap area and the end of the vmalloc area lie.
 * Built and run by mk/build.mk; writes TeX macros for the figures.
 */
#include <stdio.h>
#include <arch/layout.h>

static void addr(const char *name, unsigned long virt)
{
	printf("\\def\\%s{%08X}\n", name, virt_to_linear((void *)virt));
}

int main(void)
{
	addr("FixaddrTop", FIXADDR_TOP);
	addr("FixaddrStart", FIXADDR_START);
	addr("PkmapBase", PKMAP_BASE);
	addr("PkmapEnd", PKMAP_ADDR(LAST_PKMAP));
	addr("PkmapLast", PKMAP_ADDR(LAST_PKMAP - 1));
	addr("PkmapOne", PKMAP_ADDR(1));
	addr("VmallocEnd", VMALLOC_END);
	addr("KmUserZeroCpuZero", fix_to_virt(FIX_KMAP_BEGIN + KM_USER0));
	addr("KmUserOneCpuZero", fix_to_virt(FIX_KMAP_BEGIN + KM_USER1));
	addr("KmUserZeroCpuOne", fix_to_virt(FIX_KMAP_BEGIN + KM_USER0 + KM_TYPE_NR));
	addr("FixKmapBegin", fix_to_virt(FIX_KMAP_BEGIN));
	addr("FixKmapEnd", fix_to_virt(FIX_KMAP_END));
	printf("\\def\\LastPkmap{%d}\n\\def\\KmTypeNr{%d}\n\\def\\NrCpus{%d}\n",
	       LAST_PKMAP, KM_TYPE_NR, NR_CPUS);
	printf("\\def\\KmUserZero{%d}\n\\def\\KmUserOne{%d}\n", KM_USER0, KM_USER1);
	printf("\\def\\FixSlots{%d}\n", (int)__end_of_fixed_addresses);
	printf("\\def\\PkmapPgd{%lu}\n", (unsigned long)(virt_to_linear((void *)PKMAP_BASE) >> PGDIR_SHIFT));
	return 0;
}
