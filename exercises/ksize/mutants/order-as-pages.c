/* == chunk: Find the bytes behind [[objp]]: the size of its class or of its pages == */
if (ZERO_OR_NULL_PTR(objp) || !virt_is_direct_mapped(objp))
	return 0;
page = virt_to_page(objp);
if (PageSlab(page))
	return kasan_ksize(objp, page_get_cache(page)->obj_size);
return kasan_ksize(objp, PAGE_SIZE * page->private);
