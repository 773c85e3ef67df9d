/*
 * Helpers for the buddy exercises' tests.  The snapshot of /proc/buddyinfo
 * (buddyinfo) and the list of held blocks (held, held_order, nr_held) are the
 * book's own, from its test library (kmem_test.h, included by exercise.h).
 */
#include <linux/mm.h>
#include <string.h>

/*
 * Take every free block of orders 1 to MAX_ORDER - 2 out of the Normal zone
 * (and hold them), so that the next request of order 1 or more must split a
 * block of the top order.  Order 0 is left alone: single pages go through the
 * CPUs' lists, whose refills would split blocks again.
 */
static struct zone *normal_zone_with_only_top_blocks(void)
{
	struct zone *z = &NODE_DATA(0)->node_zones[ZONE_NORMAL];

	drain_all_pages();
	for (unsigned int o = 1; o < MAX_ORDER - 1; o++)
		while (z->free_area[o].nr_free > 0 && nr_held < MAX_HELD) {
			held[nr_held] = alloc_pages(GFP_KERNEL | __GFP_NOWARN, o);
			ck_assert_ptr_nonnull(held[nr_held]);
			held_order[nr_held++] = o;
		}
	return z;
}
