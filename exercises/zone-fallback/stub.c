/* == chunk: Choose the highest zone that [[flags]] allow == */
return ZONE_NORMAL;
