/* == chunk: Set the offset of every possible CPU == */
for (cpu = 0; cpu < NR_CPUS; cpu++)
	__per_cpu_offset[cpu] = 0;
for (cpu = 0; cpu < pcpu_nr_units; cpu++) {
	__per_cpu_offset[cpu] = (unsigned long)pcpu_base_addr + cpu * PAGE_SIZE -
				(unsigned long)__per_cpu_start;
	per_cpu(this_cpu_off, cpu) = __per_cpu_offset[cpu];
}
