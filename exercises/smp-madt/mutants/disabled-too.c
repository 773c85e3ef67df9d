/* == chunk: Refuse an entry shorter than its header or running past the table == */
if (sub->length < sizeof(*sub) || sub->length > end - entry) {
	pr_warn("ACPI: the MADT has a bad entry at offset %u\n",
		(unsigned int)(entry - (const u8 *)madt));
	return -EINVAL;
}
/* == chunk: Take the processor if it is usable, the boot processor as CPU 0 == */
if (p->id == boot_apicid && !boot_seen) {
	cpus->apicid[0] = p->id;
	boot_seen = true;
} else if (nr < max_cpus) {
	cpus->apicid[nr++] = p->id;
}
