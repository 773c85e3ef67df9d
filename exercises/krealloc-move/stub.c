/* == chunk: Keep [[p]] if it holds [[new_size]] bytes, or move it to a new block == */
(void)p;
(void)new_size;
(void)flags;
(void)ret;
(void)old;
return NULL;
