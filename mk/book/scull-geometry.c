/*
 * mk/book/scull-geometry.c: the numbers of the figure scull-layout (chapter "Case
 * study: scull"), from the tangled header linux/scull.h: the quantum, the
 * quanta per set, the bytes a set covers, and how 4 MiB of data falls into
 * sets and quanta.  Built and run by mk/build.mk; writes TeX macros for
 * figures/scull-layout.tex.
 */
#include <stdio.h>
#include <linux/scull.h>

int main(void)
{
	unsigned long size = SCULL_DEFAULT_SIZE, set = (unsigned long)SCULL_QUANTUM * SCULL_QSET;
	unsigned long quanta = (size + SCULL_QUANTUM - 1) / SCULL_QUANTUM;
	unsigned long sets = (quanta + SCULL_QSET - 1) / SCULL_QSET;

	printf("\\def\\Quantum{%d}\n\\def\\Qset{%d}\n", SCULL_QUANTUM, SCULL_QSET);
	printf("\\def\\LastQ{%d}\n\\def\\SetBytes{%lu}\n", SCULL_QSET - 1, set);
	printf("\\def\\DataBytes{%lu}\n\\def\\NrQuanta{%lu}\n\\def\\NrSets{%lu}\n", size, quanta, sets);
	printf("\\def\\TailQuanta{%lu}\n\\def\\TailBytes{%lu}\n", quanta - (sets - 1) * SCULL_QSET,
	       size - (quanta - 1) * SCULL_QUANTUM);
	return 0;
}
