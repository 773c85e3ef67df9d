/* == chunk: Free slot [[i]] if its mapping is unused == */
continue;
