/* == chunk: Refuse an entry shorter than its header or running past the table == */
if (sub->length == 0)
	return -EINVAL;
/* == chunk: Take the processor if it is usable, the boot processor as CPU 0 == */
continue;
