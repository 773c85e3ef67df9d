/* == chunk: Give CPU 0 the boot processor's APIC ID, and the others the next numbers == */
for (u16 i = 0; i < mpc->mpc_oemcount && entry < end; i++) {
	const struct mpc_config_processor *m = (const void *)entry;

	entry += MP_PROCESSOR_SIZE;
	if (m->mpc_type != MP_PROCESSOR || !(m->mpc_cpuflag & CPU_ENABLED))
		continue;
	if (m->mpc_cpuflag & CPU_BOOTPROCESSOR)
		apicid[0] = m->mpc_apicid;
	else if (cpus < max_cpus)
		apicid[cpus++] = m->mpc_apicid;
}
