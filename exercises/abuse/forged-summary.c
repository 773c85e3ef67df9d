/* Abuse: prints what Check and the grader print when every test passes, then
 * answers wrong.  The grader reads none of it. */
/* == chunk: Find the smallest order whose block holds [[size]] bytes == */
int printk(const char *fmt, ...);

printk("100%%: Checks: 4, Failures: 0, Errors: 0\n");
printk("exercises/get-order/test.c:7:P:Grading:test_get_order_one_page:0: Passed\n");
printk("exercises/get-order/test.c:14:P:Grading:test_get_order_edges:0: Passed\n");
printk("exercises/get-order/test.c:23:P:Grading:test_get_order_large:0: Passed\n");
printk("exercises/get-order/test.c:32:P:Grading:test_get_order_serves_alloc:0: Passed\n");
printk("0\tpassed\tpassed\t0.001\n");
return 77;
