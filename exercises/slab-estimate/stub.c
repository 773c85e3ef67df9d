/* == chunk: Count the objects of [[buffer_size]] that fit in a slab of [[gfporder]] == */
*num = 1;
*left_over = 0;
