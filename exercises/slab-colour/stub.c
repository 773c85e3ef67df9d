/* == chunk: Divide the slab's leftover bytes into colours == */
cachep->colour_off = L1_CACHE_BYTES;
cachep->colour = 0;
/* == chunk: Take the next colour of [[cachep]] as the slab's [[offset]] == */
offset = 0;
