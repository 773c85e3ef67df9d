/* == chunk: Scale [[*res]] by the suffix at [[end]] == */
switch (*end) {
case 'G': shift += 10;	/* fall through */
case 'M': shift += 10;	/* fall through */
case 'K': shift += 10;
	end++;
}
if (*end != '\0')
	return -EINVAL;
if (shift && *res > (~0ULL >> shift))
	return -ERANGE;
*res <<= shift;
return 0;
