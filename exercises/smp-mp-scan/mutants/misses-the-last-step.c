/* == chunk: Return the first sound floating pointer on a 16-byte step of the area == */
for (size_t off = 0; off + sizeof(struct intel_mp_floating) < length; off += 16) {
	const struct intel_mp_floating *mpf = (const void *)((const u8 *)base + off);

	if (memcmp(mpf->mpf_signature, "_MP_", 4) == 0 && mpf->mpf_length == 1 &&
	    mpf_checksum_ok(mpf, 16))
		return mpf;
}
return NULL;
