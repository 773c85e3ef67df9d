/*
 * kit/grade-harness.c: the part of the grader linked into a test program, with an
 * exercise's tests and the library built from a submission (or the book's).
 * Appendix A explains the design.
 *
 *   run --list
 *	(the program built from the book's code and test.c as it is) prints one
 *	line per test: name, expected signal, expected exit value, the timeout
 *	of its test case, its points and its visibility (GRADED_TEST in test.c).
 *	Never run on a submission's code.
 *   run
 *	(a program built from test.c compiled with kit/grade-observe.h, which holds
 *	ONE test) installs the sandbox's system-call filter, runs the test, and
 *	writes "end" to descriptor 3 when the test returns.  The test's checks
 *	write their observations to descriptor 3 as they go; the program decides
 *	nothing.  kit/grade-watch.c runs it and reports how it ended.
 *
 * Link with -Wl,--wrap=_tcase_add_test -Wl,--wrap=tcase_set_timeout.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

Suite *exercise_suite(void);
int exercise_test_points(const TTest *test, int *points, const char **visibility);	/* exercises/common */

#define OBS_FD	3

/* ---- Listing the tests: the wrapped Check calls (the book's program only) -- */

static int listing;
static const TTest *chosen;		/* the test of a program of one test */
static struct { TCase *tc; double timeout; } timeouts[64];
static int nr_timeouts;

void __real_tcase_set_timeout(TCase *tc, double timeout);
void __wrap_tcase_set_timeout(TCase *tc, double timeout);
void __real__tcase_add_test(TCase *tc, const TTest *ttest, int sig, int allowed_exit,
			    int start, int end);
void __wrap__tcase_add_test(TCase *tc, const TTest *ttest, int sig, int allowed_exit,
			    int start, int end);

void __wrap_tcase_set_timeout(TCase *tc, double timeout)
{
	if (nr_timeouts < 64) {
		timeouts[nr_timeouts].tc = tc;
		timeouts[nr_timeouts++].timeout = timeout;
	}
	__real_tcase_set_timeout(tc, timeout);
}

static double timeout_of(TCase *tc)
{
	for (int i = nr_timeouts - 1; i >= 0; i--)
		if (timeouts[i].tc == tc)
			return timeouts[i].timeout;
	return 4.0;				/* Check's default */
}

void __wrap__tcase_add_test(TCase *tc, const TTest *ttest, int sig, int allowed_exit,
			    int start, int end)
{
	int points = -1;
	const char *visibility = "-";

	(void)start;
	(void)end;
	if (!listing) {		/* a program of one test: exercise_tcase() adds it */
		if (ttest)
			chosen = ttest;
		return;
	}
	exercise_test_points(ttest, &points, &visibility);
	printf("%s\t%d\t%d\t%g\t%d\t%s\n", ttest->name, sig, allowed_exit, timeout_of(tc), points, visibility);
}

/* ---- Observations (kit/grade-observe.h) ------------------------------------ */

void grade_register(const TTest *t)
{
	if (t)
		chosen = t;
}

/* A record repeated is written once, then counted: "REC *N" gives the number
 * of repeats when the run ends (a check in a loop of a million turns makes one
 * line, not a million writes). */
static char last[600];
static int lastn;
static unsigned long repeats;

static void put(const char *rec, int n)
{
	if (write(OBS_FD, rec, n) != n)
		_exit(125);
}

static void flush_repeats(void)
{
	char rec[640];
	int n;

	if (repeats == 0)
		return;
	n = snprintf(rec, sizeof(rec), "%.*s *%lu\n", lastn - 1, last, repeats);
	repeats = 0;
	put(rec, n);
}

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...)
{
	char rec[600];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(rec, sizeof(rec) - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (n > (int)sizeof(rec) - 2)
		n = sizeof(rec) - 2;
	rec[n++] = '\n';
	if (n == lastn && memcmp(rec, last, n) == 0) {
		if (++repeats == 1000000)
			flush_repeats();
		return;
	}
	flush_repeats();
	memcpy(last, rec, n);
	lastn = n;
	put(rec, n);
}

void grade_rec_i(int line, intmax_t v) { emit("%d eq %jd", line, v); }
void grade_rec_u(int line, uintmax_t v) { emit("%d eq %ju", line, v); }
void grade_rec_differ(int line) { emit("%d differ", line); }

void grade_rec_s(int line, const char *s)
{
	char buf[256];
	size_t n = 0;

	for (; s && *s && n < sizeof(buf) - 1; s++)
		buf[n++] = (*s >= 32 && *s < 127) ? *s : '?';
	buf[n] = '\0';
	emit("%d str %s", line, s ? buf : "(null)");
}

void grade_stop(void) __attribute__((noreturn));
void grade_stop(void)
{
	flush_repeats();
	fflush(stdout);
	fflush(stderr);
	syscall(SYS_exit_group, 0);
	for (;;)
		;
}

/* A check that fails here is recorded with its message, and the test stops, as
 * Check stops it: what follows may depend on what was just found wrong. */
void grade_rec_fail(int line, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	for (char *p = msg; *p; p++)
		if (*p < 32 || *p > 126)
			*p = '?';
	emit("%d FAIL %s", line, msg);
	grade_stop();
}

void grade_rec_ok(int line, int ok)
{
	if (!ok)
		grade_rec_fail(line, "check failed");
	emit("%d ok", line);
}

/* ---- The system-call filter ----------------------------------------------- */

/* What the hosted machine needs, and nothing that reaches outside the process:
 * memory mappings (memfd_create, ftruncate on descriptors of its own),
 * its signals, threads (clone with CLONE_THREAD only), futexes, the clocks,
 * writing to standard output, standard error and the observations, and exit.
 * Opening files and a few harmless queries fail with an error; any other
 * system call kills the process (SIGSYS). */
#if defined(__x86_64__)
#define GRADE_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define GRADE_ARCH AUDIT_ARCH_AARCH64
#endif

#define LD_NR		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr))
#define LD_ARG0		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]))
#define RET(v)		BPF_STMT(BPF_RET | BPF_K, (v))
#define ALLOW_NR(n)	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (n), 0, 1), RET(SECCOMP_RET_ALLOW)
#define ERRNO_NR(n, e)	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (n), 0, 1), RET(SECCOMP_RET_ERRNO | (e))

static int install_filter(void)
{
#ifdef GRADE_ARCH
	unsigned int pid = (unsigned int)getpid();
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, GRADE_ARCH, 1, 0),
		RET(SECCOMP_RET_KILL_PROCESS),
		LD_NR,
#ifdef __x86_64__
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1),	/* x32 */
		RET(SECCOMP_RET_KILL_PROCESS),
#endif
		/* write(fd): standard output, standard error, observations */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_write, 0, 6),
		LD_ARG0,
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 1, 3, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 2, 2, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, OBS_FD, 1, 0),
		RET(SECCOMP_RET_KILL_PROCESS),
		RET(SECCOMP_RET_ALLOW),
		/* ftruncate: not on 0-3 (the observations are a pipe anyway) */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_ftruncate, 0, 4),
		LD_ARG0,
		BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, OBS_FD, 1, 0),
		RET(SECCOMP_RET_ERRNO | EBADF),
		RET(SECCOMP_RET_ALLOW),
		/* clone: threads only */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 4),
		LD_ARG0,
		BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 1, 0),
		RET(SECCOMP_RET_KILL_PROCESS),
		RET(SECCOMP_RET_ALLOW),
		/* tgkill: signals to this process only (raise, abort) */
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_tgkill, 0, 4),
		LD_ARG0,
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, pid, 1, 0),
		RET(SECCOMP_RET_KILL_PROCESS),
		RET(SECCOMP_RET_ALLOW),
		LD_NR,
		ALLOW_NR(SYS_mmap), ALLOW_NR(SYS_munmap), ALLOW_NR(SYS_mprotect),
		ALLOW_NR(SYS_mremap), ALLOW_NR(SYS_madvise), ALLOW_NR(SYS_brk),
		ALLOW_NR(SYS_memfd_create), ALLOW_NR(SYS_close),
		ALLOW_NR(SYS_rt_sigaction), ALLOW_NR(SYS_rt_sigprocmask),
		ALLOW_NR(SYS_rt_sigreturn), ALLOW_NR(SYS_sigaltstack),
		ALLOW_NR(SYS_futex), ALLOW_NR(SYS_set_robust_list),
#ifdef SYS_rseq
		ALLOW_NR(SYS_rseq),
#endif
		ALLOW_NR(SYS_gettid), ALLOW_NR(SYS_getpid), ALLOW_NR(SYS_sched_yield),
		ALLOW_NR(SYS_sched_getaffinity), ALLOW_NR(SYS_clock_gettime),
		ALLOW_NR(SYS_clock_getres), ALLOW_NR(SYS_gettimeofday),
		ALLOW_NR(SYS_nanosleep), ALLOW_NR(SYS_clock_nanosleep),
		ALLOW_NR(SYS_getrusage), ALLOW_NR(SYS_fstat),
		ALLOW_NR(SYS_exit), ALLOW_NR(SYS_exit_group),
#ifdef SYS_clone3
		ERRNO_NR(SYS_clone3, ENOSYS),		/* glibc falls back to clone */
#endif
#ifdef SYS_open
		ERRNO_NR(SYS_open, EACCES),
#endif
		ERRNO_NR(SYS_openat, EACCES), ERRNO_NR(SYS_newfstatat, EACCES),
		ERRNO_NR(SYS_ioctl, ENOTTY), ERRNO_NR(SYS_lseek, ESPIPE),
		ERRNO_NR(SYS_readlink, EACCES), ERRNO_NR(SYS_readlinkat, EACCES),
		ERRNO_NR(SYS_getrandom, ENOSYS), ERRNO_NR(SYS_prlimit64, EPERM),
		ERRNO_NR(SYS_sched_setaffinity, EPERM), ERRNO_NR(SYS_prctl, EPERM),
		RET(SECCOMP_RET_KILL_PROCESS),
	};
	struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
#else
	errno = ENOSYS;
	return -1;
#endif
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--list") == 0) {
		listing = 1;
		exercise_suite();
		return fflush(stdout) == 0 ? 0 : 1;
	}
	if (argc != 1) {
		fprintf(stderr, "usage: run --list | run (under kit/grade-watch.c)\n");
		return 2;
	}
	exercise_suite();
	if (!chosen) {
		emit("0 FAIL the program holds no test");
		return 0;
	}
	/* stdio settles its buffers before the filter forbids its queries */
	setvbuf(stdout, NULL, _IOLBF, 0);
	setvbuf(stderr, NULL, _IONBF, 0);
	if (install_filter()) {
		perror("grade-harness: cannot install the system-call filter");
		return 126;
	}
	chosen->fn(0);
	emit("end");
	grade_stop();
}
