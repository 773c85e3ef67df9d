/* == chunk: Divide the slab's leftover bytes into colours == */
cachep->colour_off = max((unsigned int)L1_CACHE_BYTES, (unsigned int)align);
cachep->colour = (unsigned int)(left_over / cachep->colour_off);
/* == chunk: Take the next colour of [[cachep]] as the slab's [[offset]] == */
spin_lock(&cachep->list_lock);
offset = (size_t)cachep->colour_next * cachep->colour_off;
if (cachep->colour_next + 1 < cachep->colour)
	cachep->colour_next++;
spin_unlock(&cachep->list_lock);
