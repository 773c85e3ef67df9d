/* == chunk: Give CPU 0 the boot processor's APIC ID, and the others the next numbers == */
if (entry < end)
	apicid[0] = ((const struct mpc_config_processor *)(const void *)entry)->mpc_apicid;
