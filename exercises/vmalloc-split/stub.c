/* == chunk: Split [[va]] around the request, the spare node taking the upper part == */
va->va_end = addr;
va_refresh(free_vmap_area_root, va->va_start);
