/* == chunk: Advance [[last_pkmap_nr]] to the next slot, or stop when it is free == */
last_pkmap_nr = (last_pkmap_nr + 1) % (LAST_PKMAP - 1);
if (!last_pkmap_nr) {
	flush_all_zero_pkmaps();
	count = LAST_PKMAP;
}
if (!pkmap_count[last_pkmap_nr])
	break;
if (--count)
	continue;
