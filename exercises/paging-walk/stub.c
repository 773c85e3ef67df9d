/* == chunk: Split [[address]] and walk the tables to its entry == */
*level = PG_LEVEL_NONE;
return NULL;
