/* == chunk: Stop at [[t]] if the request fits in it, else go right == */
t = t->right;
