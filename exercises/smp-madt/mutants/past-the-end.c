/* == chunk: Refuse an entry shorter than its header or running past the table == */
if (sub->length < sizeof(*sub) || entry + sub->length > end + 2)
	return -EINVAL;
/* == chunk: Take the processor if it is usable, the boot processor as CPU 0 == */
if (!(p->lapic_flags & ACPI_MADT_ENABLED))
	continue;
if (p->id == boot_apicid && !boot_seen) {
	cpus->apicid[0] = p->id;
	boot_seen = true;
} else if (nr < max_cpus) {
	cpus->apicid[nr++] = p->id;
}
