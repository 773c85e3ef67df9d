/* == chunk: Scale [[*res]] by the suffix at [[end]] == */
switch (*end) {
case 'G': case 'g': shift = 30; end++; break;
case 'M': case 'm': shift = 20; end++; break;
case 'K': case 'k': shift = 10; end++; break;
}
if (shift && *res > (~0ULL >> shift))
	return -ERANGE;
*res <<= shift;
return 0;
