/* == chunk: Return [[objp]] to its slab and move the slab to the list it now belongs on == */
(void)slabp;
(void)slab_put_obj;
