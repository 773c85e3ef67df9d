/* == chunk: Return the first sound floating pointer on a 16-byte step of the area == */
if (length >= sizeof(struct intel_mp_floating) && memcmp(base, "_MP_", 4) == 0)
	return base;
return NULL;
