/* == chunk: Scale [[*res]] by the suffix at [[end]] == */
(void)shift;
if (*end != '\0')
	return -EINVAL;		/* the suffixes K, M and G are still to be read */
return 0;
