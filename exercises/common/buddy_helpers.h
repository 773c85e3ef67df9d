/* Helpers for the buddy exercises' tests: free-list snapshots and zone preparation. */
#include <linux/gfp.h>
#include <linux/mmdebug.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <string.h>

static char *buddyinfo_now(void)
{
	static char buf[2][1024];
	static int which;

	which ^= 1;
	ck_assert_int_gt(proc_read("/proc/buddyinfo", buf[which], sizeof(buf[which])), 0);
	return buf[which];
}

/*
 * Take every free block of orders 1 to MAX_ORDER - 2 out of the Normal zone
 * (and keep them), so that the next request of order 1 or more must split a
 * block of the top order.  Order 0 is left alone: single pages go through the
 * CPUs' lists, whose refills would split blocks again.
 */
static struct page *kept[1 << 16];
static unsigned int kept_order[1 << 16];
static int nr_kept;

static struct zone *normal_zone_with_only_top_blocks(void)
{
	struct zone *z = &NODE_DATA(0)->node_zones[ZONE_NORMAL];

	drain_all_pages();
	for (unsigned int o = 1; o < MAX_ORDER - 1; o++)
		while (z->free_area[o].nr_free > 0 && nr_kept < (1 << 16)) {
			kept[nr_kept] = alloc_pages(GFP_KERNEL | __GFP_NOWARN, o);
			ck_assert_ptr_nonnull(kept[nr_kept]);
			kept_order[nr_kept++] = o;
		}
	return z;
}
