/* == chunk: Divide the slab's leftover bytes into colours == */
cachep->colour_off = L1_CACHE_BYTES;
cachep->colour = (unsigned int)(left_over / cachep->colour_off);
/* == chunk: Take the next colour of [[cachep]] as the slab's [[offset]] == */
spin_lock(&cachep->list_lock);
offset = (size_t)cachep->colour_next * cachep->colour_off;
if (++cachep->colour_next >= cachep->colour)
	cachep->colour_next = 0;
spin_unlock(&cachep->list_lock);
