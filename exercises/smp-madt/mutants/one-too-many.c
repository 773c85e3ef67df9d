/* == chunk: Refuse an entry shorter than its header or running past the table == */
if (sub->length < sizeof(*sub) || sub->length > end - entry) {
	pr_warn("ACPI: the MADT has a bad entry at offset %u\n",
		(unsigned int)(entry - (const u8 *)madt));
	return -EINVAL;
}
/* == chunk: Take the processor if it is usable, the boot processor as CPU 0 == */
if (!(p->lapic_flags & ACPI_MADT_ENABLED))
	continue;
if (p->id == boot_apicid) {
	cpus->apicid[0] = p->id;
	boot_seen = true;
} else if (nr <= max_cpus) {
	cpus->apicid[nr++] = p->id;
}
