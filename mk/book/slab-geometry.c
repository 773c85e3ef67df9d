/*
 * mk/book/slab-geometry.c: the numbers of the figure slab-layout (chapter 5), from a
 * run of the slab allocator on the hosted machine.  It makes a cache of 400-byte
 * objects aligned to the cache line, fills slabs with them, and reads the layout
 * back from the addresses alone: where a slab's first object lies in its page
 * (colour plus descriptor and bufctl array), the stride between objects, how many
 * a slab holds, and how the first object moves from one slab to the next as the
 * colours turn.  Writes TeX macros for figures/slab-layout.tex.
 */
#include <hosted.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <stdio.h>
#include <stdlib.h>

#define OBJ_SIZE	400
#define NR_OBJS		200
#define NR_SLABS	3

static int by_address(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

int main(void)
{
	static unsigned long addr[NR_OBJS], order[NR_OBJS];
	unsigned long page[NR_OBJS], first[NR_OBJS], count[NR_OBJS], stride = 0;
	unsigned long num = 0, base = ~0UL;
	struct kmem_cache *cache;
	int pages = 0, shown = 0, nr_order = 0;

	if (hosted_boot("mem=64M quiet") != 0)
		return 1;
	cache = kmem_cache_create("figure", OBJ_SIZE, 0, SLAB_HWCACHE_ALIGN, NULL);
	if (!cache)
		return 1;
	for (int i = 0; i < NR_OBJS; i++)
		if (!(addr[i] = (unsigned long)kmem_cache_alloc(cache, GFP_KERNEL)))
			return 1;
	/* The slabs in the order the cache made them: by first appearance. */
	for (int i = 0; i < NR_OBJS; i++) {
		int seen = 0;

		for (int j = 0; j < nr_order && !seen; j++)
			seen = order[j] == (addr[i] & PAGE_MASK);
		if (!seen)
			order[nr_order++] = addr[i] & PAGE_MASK;
	}
	qsort(addr, NR_OBJS, sizeof(addr[0]), by_address);
	for (int i = 0; i < NR_OBJS; i++) {
		unsigned long p = addr[i] & PAGE_MASK;

		if (pages == 0 || page[pages - 1] != p) {
			page[pages] = p;
			first[pages] = addr[i] - p;
			count[pages++] = 0;
		} else if (!stride) {
			stride = addr[i] - addr[i - 1];
		}
		count[pages - 1]++;
	}
	for (int i = 0; i < pages; i++)
		if (count[i] > num)
			num = count[i];
	printf("\\def\\ObjSize{%d}\n\\def\\BufferSize{%lu}\n\\def\\ObjsPerSlab{%lu}\n",
	       OBJ_SIZE, stride, num);
	for (int i = 0; i < pages; i++)
		if (count[i] == num && first[i] < base)
			base = first[i];
	printf("\\def\\SlabMgmt{%lu}\n\\def\\PageBytes{%lu}\n", base, PAGE_SIZE);
	for (int k = 0; k < nr_order && shown < NR_SLABS; k++)
		for (int i = 0; i < pages; i++)
			if (page[i] == order[k] && count[i] == num)
				printf("\\expandafter\\def\\csname SlabFirst%c\\endcsname{%lu}\n",
				       'A' + shown++, first[i]);
	return shown == NR_SLABS ? 0 : 1;
}
