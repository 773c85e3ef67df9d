/* == chunk: Split [[va]] around the request, the spare node taking the upper part == */
struct vmap_area *upper = *spare;

*spare = NULL;
upper->va_start = end + PAGE_SIZE;
upper->va_end = va->va_end;
va->va_end = addr;
va_refresh(free_vmap_area_root, va->va_start);
va_insert(&free_vmap_area_root, upper);
