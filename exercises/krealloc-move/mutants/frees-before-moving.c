/* == chunk: Keep [[p]] if it holds [[new_size]] bytes, or move it to a new block == */
if (new_size == 0) {
	kfree(p);
	return ZERO_SIZE_PTR;
}
old = ksize(p);
if (old >= new_size)
	return kasan_kmalloc((void *)p, new_size, old);
if (!ZERO_OR_NULL_PTR(p))
	kfree(p);
ret = kmalloc(new_size, flags);
if (ret && !ZERO_OR_NULL_PTR(p))
	memcpy(ret, p, old);
return ret;
