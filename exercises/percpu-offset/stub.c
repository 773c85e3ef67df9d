/* == chunk: Set the offset of every possible CPU == */
for (cpu = 0; cpu < NR_CPUS; cpu++)
	__per_cpu_offset[cpu] = 0;
