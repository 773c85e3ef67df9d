/* == chunk: Widen [[base]] to [[end]] over every region that touches it, removing the regions == */
while (i < type->cnt) {
	struct memblock_region *r = &type->regions[i];

	if (r->base > end || r->base + r->size < base) {
		i++;
		continue;
	}
	end = max(end, r->base + r->size);
	for (j = i; j + 1 < type->cnt; j++)
		type->regions[j] = type->regions[j + 1];
	type->cnt--;
}
