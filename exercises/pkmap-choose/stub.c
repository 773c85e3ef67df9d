/* == chunk: Advance [[last_pkmap_nr]] to the next slot, or stop when it is free == */
last_pkmap_nr = (last_pkmap_nr + 1) % LAST_PKMAP;
if (count < 0)
	(void)flush_all_zero_pkmaps;
break;
