/* == chunk: Merge the block at [[pfn]] with its free buddies, order by order == */
(void)0;
