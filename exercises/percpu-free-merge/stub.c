/* == chunk: Merge free area [[i]] with its free neighbours == */
(void)i;
(void)pcpu_remove_areas;
