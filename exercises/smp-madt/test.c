/* Grading tests for exercise smp-madt: the processors of ACPI's MADT, entry by entry. */
#include "exercise.h"
#include <arch/acpi.h>
#include <linux/printk.h>
#include <string.h>

static struct {
	struct acpi_table_madt madt;
	u8 entries[256];
} __attribute__((__packed__)) t;
static struct acpi_cpus cpus;

static void table(void)
{
	console_loglevel = CONSOLE_LOGLEVEL_QUIET;
	memset(&t, 0, sizeof(t));
	memcpy(t.madt.header.signature, ACPI_SIG_MADT, 4);
	t.madt.header.length = sizeof(t.madt);
	t.madt.address = 0xfee00000;
	t.madt.flags = 1;
	memset(&cpus, 0xee, sizeof(cpus));
	cpus.nr = 99;
}

/* An entry of @type and @length at the table's end; returns it. */
static u8 *entry(u8 type, u8 length)
{
	u8 *e = (u8 *)&t + t.madt.header.length;

	e[0] = type;
	e[1] = length;
	t.madt.header.length += length;
	return e;
}

static void lapic(u8 id, u32 flags)
{
	struct acpi_madt_local_apic *p = (void *)entry(ACPI_MADT_TYPE_LOCAL_APIC, sizeof(*p));

	p->processor_id = id + 0x10;
	p->id = id;
	p->lapic_flags = flags;
}

static int parse(unsigned int boot_apicid, unsigned int max_cpus)
{
	return acpi_parse_madt(&t.madt, boot_apicid, max_cpus, &cpus);
}

GRADED_TEST(test_madt_boot_processor_first, 3, visible)
{
	table();
	lapic(0, ACPI_MADT_ENABLED);
	lapic(1, ACPI_MADT_ENABLED);
	ck_assert_int_eq(parse(0, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, 2);
	ck_assert_uint_eq(cpus.apicid[0], 0);
	ck_assert_uint_eq(cpus.apicid[1], 1);
	ck_assert_uint_eq(cpus.lapic_addr, 0xfee00000);
	table();
	lapic(3, ACPI_MADT_ENABLED);
	lapic(8, ACPI_MADT_ENABLED);
	lapic(5, ACPI_MADT_ENABLED);
	lapic(1, ACPI_MADT_ENABLED);
	ck_assert_int_eq(parse(5, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, 4);
	ck_assert_uint_eq(cpus.apicid[0], 5);
	ck_assert_uint_eq(cpus.apicid[1], 3);
	ck_assert_uint_eq(cpus.apicid[2], 8);
	ck_assert_uint_eq(cpus.apicid[3], 1);
	ck_assert_int_eq(parse(4, NR_CPUS), -ENODEV);
}
END_TEST

GRADED_TEST(test_madt_refuses_an_overlong_entry, 2, visible)
{
	table();
	lapic(0, ACPI_MADT_ENABLED);
	lapic(1, ACPI_MADT_ENABLED);
	entry(1, 12);
	ck_assert_int_eq(parse(0, NR_CPUS), 0);
	t.madt.header.length -= 1;
	ck_assert_int_eq(parse(0, NR_CPUS), -EINVAL);
	t.madt.header.length -= 11;
	ck_assert_int_eq(parse(0, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, 2);
	t.madt.header.length -= 1;
	ck_assert_int_eq(parse(0, NR_CPUS), -EINVAL);
	t.madt.header.length -= 6;
	ck_assert_int_eq(parse(0, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, 1);
	table();
	entry(1, 12)[1] = 200;
	lapic(0, ACPI_MADT_ENABLED);
	ck_assert_int_eq(parse(0, NR_CPUS), -EINVAL);
}
END_TEST

GRADED_TEST(test_madt_skips_disabled_and_others, 2, hidden)
{
	table();
	entry(1, 12);
	lapic(2, 0);
	lapic(4, ACPI_MADT_ENABLED);
	entry(2, 10);
	lapic(6, 2);
	lapic(1, ACPI_MADT_ENABLED);
	entry(9, 16);
	lapic(4, ACPI_MADT_ENABLED);
	lapic(2, ACPI_MADT_ENABLED);
	entry(0, 4);
	lapic(7, ACPI_MADT_ENABLED | 2);
	ck_assert_int_eq(parse(4, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, 5);
	ck_assert_uint_eq(cpus.apicid[0], 4);
	ck_assert_uint_eq(cpus.apicid[1], 1);
	ck_assert_uint_eq(cpus.apicid[2], 4);
	ck_assert_uint_eq(cpus.apicid[3], 2);
	ck_assert_uint_eq(cpus.apicid[4], 7);
	ck_assert_int_eq(parse(6, NR_CPUS), -ENODEV);
	ck_assert_int_eq(parse(2, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.apicid[0], 2);
	ck_assert_uint_eq(cpus.apicid[1], 4);
}
END_TEST

GRADED_TEST(test_madt_up_to_max_cpus, 1, hidden)
{
	table();
	for (u8 id = 0; id < 12; id++)
		lapic(id, ACPI_MADT_ENABLED);
	ck_assert_int_eq(parse(10, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, NR_CPUS);
	ck_assert_uint_eq(cpus.apicid[0], 10);
	ck_assert_uint_eq(cpus.apicid[NR_CPUS - 1], NR_CPUS - 2);
	memset(&cpus, 0xee, sizeof(cpus));
	ck_assert_int_eq(parse(10, 2), 0);
	ck_assert_uint_eq(cpus.nr, 2);
	ck_assert_uint_eq(cpus.apicid[1], 0);
	ck_assert_uint_eq(cpus.apicid[2], 0xee);
	ck_assert_int_eq(parse(10, 1), 0);
	ck_assert_uint_eq(cpus.nr, 1);
}
END_TEST

GRADED_TEST(test_madt_refuses_short_entries, 2, hidden)
{
	table();
	lapic(0, ACPI_MADT_ENABLED);
	entry(1, 1);
	t.madt.header.length += 7;
	ck_assert_int_eq(parse(0, NR_CPUS), -EINVAL);
	table();
	lapic(0, ACPI_MADT_ENABLED);
	entry(3, 0);
	t.madt.header.length += 6;
	ck_assert_int_eq(parse(0, NR_CPUS), -EINVAL);
	table();
	lapic(0, ACPI_MADT_ENABLED);
	entry(3, 2);
	lapic(1, ACPI_MADT_ENABLED);
	ck_assert_int_eq(parse(0, NR_CPUS), 0);
	ck_assert_uint_eq(cpus.nr, 2);
}
END_TEST

Suite *exercise_suite(void)
{
	Suite *s = suite_create("smp-madt");

	exercise_tcase(s, "Grading", 3);
	return s;
}
