/* Grading tests for exercise smp-mp-cpus: the CPUs that an MP table lists, numbered. */
#include "exercise.h"
#include <arch/mptable.h>
#include <string.h>

static struct {
	struct mp_config_table mpc;
	u8 entries[12 * MP_PROCESSOR_SIZE];
} __attribute__((__packed__)) mp;
static u8 ids[NR_CPUS];

static void table(void)
{
	memset(&mp, 0, sizeof(mp));
	memcpy(mp.mpc.mpc_signature, "PCMP", 4);
	mp.mpc.mpc_length = sizeof(mp.mpc);
	mp.mpc.mpc_lapic = 0xfee00000;
	memset(ids, 0xee, sizeof(ids));
}

/* An entry of @type at the table's end; a processor's gets @apicid and @flags. */
static void entry(u8 type, u8 apicid, u8 flags)
{
	u8 *e = (u8 *)&mp + mp.mpc.mpc_length;

	e[0] = type;
	if (type == MP_PROCESSOR) {
		struct mpc_config_processor *m = (void *)e;

		m->mpc_apicid = apicid;
		m->mpc_apicver = 0x14;
		m->mpc_cpuflag = flags;
		m->mpc_featureflag = 0x0781abfd;
		mp.mpc.mpc_length += MP_PROCESSOR_SIZE;
	} else {
		e[1] = apicid;
		e[2] = 0x11;
		e[3] = CPU_ENABLED;
		mp.mpc.mpc_length += MP_OTHER_SIZE;
	}
	mp.mpc.mpc_oemcount++;
}

GRADED_TEST(test_cpus_boot_processor_first, 3, visible)
{
	table();
	entry(MP_PROCESSOR, 0, CPU_ENABLED | CPU_BOOTPROCESSOR);
	entry(MP_PROCESSOR, 1, CPU_ENABLED);
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 2);
	ck_assert_uint_eq(ids[0], 0);
	ck_assert_uint_eq(ids[1], 1);
	ck_assert_uint_eq(ids[2], 0xee);
	table();
	entry(MP_PROCESSOR, 4, CPU_ENABLED);
	entry(MP_PROCESSOR, 9, CPU_ENABLED);
	entry(MP_PROCESSOR, 7, CPU_ENABLED | CPU_BOOTPROCESSOR);
	entry(MP_PROCESSOR, 2, CPU_ENABLED);
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 4);
	ck_assert_uint_eq(ids[0], 7);
	ck_assert_uint_eq(ids[1], 4);
	ck_assert_uint_eq(ids[2], 9);
	ck_assert_uint_eq(ids[3], 2);
	ck_assert_uint_eq(ids[4], 0xee);
}
END_TEST

GRADED_TEST(test_cpus_skip_disabled_and_others, 2, visible)
{
	table();
	entry(1, 0, 0);
	entry(MP_PROCESSOR, 3, 0);
	entry(1, 1, 0);
	entry(MP_PROCESSOR, 1, CPU_ENABLED | CPU_BOOTPROCESSOR);
	entry(2, 8, 0);
	entry(MP_PROCESSOR, 5, CPU_ENABLED);
	entry(3, 0, 0);
	entry(4, 0, 0);
	entry(MP_PROCESSOR, 6, CPU_BOOTPROCESSOR);
	entry(MP_PROCESSOR, 2, CPU_ENABLED);
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 3);
	ck_assert_uint_eq(ids[0], 1);
	ck_assert_uint_eq(ids[1], 5);
	ck_assert_uint_eq(ids[2], 2);
	ck_assert_uint_eq(ids[3], 0xee);
}
END_TEST

GRADED_TEST(test_cpus_up_to_max_cpus, 2, hidden)
{
	table();
	for (u8 id = 1; id <= 10; id++)
		entry(MP_PROCESSOR, id, CPU_ENABLED | (id == 6 ? CPU_BOOTPROCESSOR : 0));
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), NR_CPUS);
	ck_assert_uint_eq(ids[0], 6);
	ck_assert_uint_eq(ids[NR_CPUS - 1], NR_CPUS);
	memset(ids, 0xee, sizeof(ids));
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, 3, ids), 3);
	ck_assert_uint_eq(ids[0], 6);
	ck_assert_uint_eq(ids[1], 1);
	ck_assert_uint_eq(ids[2], 2);
	ck_assert_uint_eq(ids[3], 0xee);
	memset(ids, 0xee, sizeof(ids));
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, 1, ids), 1);
	ck_assert_uint_eq(ids[0], 6);
	ck_assert_uint_eq(ids[1], 0xee);
}
END_TEST

GRADED_TEST(test_cpus_count_and_length_end_the_walk, 3, hidden)
{
	table();
	entry(1, 0, 0);
	entry(MP_PROCESSOR, 2, CPU_ENABLED);
	entry(2, 0, 0);
	entry(MP_PROCESSOR, 3, CPU_ENABLED);
	entry(MP_PROCESSOR, 0, CPU_ENABLED | CPU_BOOTPROCESSOR);
	mp.mpc.mpc_oemcount = 4;
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 3);
	ck_assert_uint_eq(ids[0], 0xee);
	ck_assert_uint_eq(ids[1], 2);
	ck_assert_uint_eq(ids[2], 3);
	mp.mpc.mpc_oemcount = 5;
	mp.mpc.mpc_length -= MP_PROCESSOR_SIZE;
	memset(ids, 0xee, sizeof(ids));
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 3);
	ck_assert_uint_eq(ids[0], 0xee);
	mp.mpc.mpc_length = sizeof(mp.mpc) + MP_OTHER_SIZE;
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 1);
	mp.mpc.mpc_oemcount = 0;
	mp.mpc.mpc_length = sizeof(mp.mpc) + 2 * MP_OTHER_SIZE + 3 * MP_PROCESSOR_SIZE;
	ck_assert_uint_eq(mp_read_processors(&mp.mpc, NR_CPUS, ids), 1);
	ck_assert_uint_eq(ids[0], 0xee);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("smp-mp-cpus");

	exercise_tcase(s, "Grading", 10);
	return s;
}
