/* == chunk: Keep [[p]] if it holds [[new_size]] bytes, or move it to a new block == */
old = ksize(p);
if (old >= new_size)
	return kasan_kmalloc((void *)p, new_size, old);
ret = kmalloc(new_size, flags);
if (ret && !ZERO_OR_NULL_PTR(p)) {
	memcpy(ret, p, old);
	kfree(p);
}
return ret;
