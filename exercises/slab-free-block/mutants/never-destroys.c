/* == chunk: Return [[objp]] to its slab and move the slab to the list it now belongs on == */
list_del(&slabp->list);
slab_put_obj(cachep, slabp, objp);
cachep->free_objects++;
if (slabp->inuse == 0)
	list_add(&slabp->list, &cachep->slabs_free);
else
	list_add_tail(&slabp->list, &cachep->slabs_partial);
