/* == chunk: Compute the fixmap address of this CPU's slot for [[type]] == */
return fix_to_virt(FIX_KMAP_BEGIN);
