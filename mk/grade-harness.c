/*
 * mk/grade-harness.c: the grader's test runner.  Linked with an exercise's tests
 * (test.c, exercises/common/main.c compiled with -Dmain=exercise_main) and the
 * library built from a submission, it runs ONE test per process and reports a
 * verdict the submission cannot write.  Appendix A explains the design.
 *
 *   run --list
 *	prints one line per test: name, expected signal, expected exit value and
 *	the timeout of its test case.  The grader runs this on the program built
 *	from the book's own code, never on a submission's.
 *   run --test NAME --verdict-fd V --token-fd T --timeout S [--wall W]
 *       [--signal N] [--exit N] [--mem MIB] [--output-cap BYTES]
 *	the watcher (this process) forks the test process, which closes V and T
 *	before any code of the submission runs, and runs test NAME under Check in
 *	no-fork mode.  The watcher relays the test's output (up to BYTES), enforces
 *	the time and memory limits, and writes "TOKEN<TAB>passed|failed<TAB>why" to
 *	descriptor V, where TOKEN is read from descriptor T only after the fork.
 *
 * Time is CPU time, which a loaded machine does not stretch: the test may use S
 * seconds of it, counted over all its processes (RLIMIT_CPU in the test process
 * as well, should the watcher itself be starved).  The wall clock is only the
 * backstop for a test that sleeps or blocks: W seconds, 10 S by default, not
 * counting the time the test waited for a processor (the kernel's run_delay),
 * so that a busy machine does not stop a test that computes.  The verdict line
 * ends with the seconds the test took, that waiting left out too.
 * Memory is the resident memory of the test process (RLIMIT_AS cannot be the
 * limit: the hosted machine reserves a 4 GiB window of address space).
 *
 * Link with -Wl,--wrap=_tcase_add_test -Wl,--wrap=tcase_set_timeout.
 */
#define _GNU_SOURCE
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

Suite *exercise_suite(void);

/* ---- Choosing the test: the wrapped Check calls ------------------------- */

static int listing;			/* --list: print the tests, run none */
static const char *wanted;		/* --test NAME: the one test to add */
static int found;

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
	if (listing) {
		printf("%s\t%d\t%d\t%g\n", ttest->name, sig, allowed_exit, timeout_of(tc));
		return;
	}
	if (wanted && strcmp(ttest->name, wanted) == 0) {
		found = 1;
		__real__tcase_add_test(tc, ttest, sig, allowed_exit, start, end);
	}
}

/* ---- The test process ----------------------------------------------------- */

/* Run the chosen test in this process and write P or F<TAB>where: why to fd. */
static void __attribute__((noreturn)) run_test(int fd)
{
	SRunner *sr = srunner_create(exercise_suite());
	char rec[2048];
	int n;

	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_SILENT);
	n = srunner_ntests_run(sr);
	if (!found || n == 0) {
		snprintf(rec, sizeof(rec), "F\tthe tests have no test of that name\n");
	} else {
		TestResult **r = srunner_results(sr);
		int failed = -1;

		for (int i = 0; i < n; i++)
			if (tr_rtype(r[i]) != CK_PASS) {
				failed = i;
				break;
			}
		if (failed < 0)
			snprintf(rec, sizeof(rec), "P\n");
		else
			snprintf(rec, sizeof(rec), "F\t%s:%d: %s\n", tr_lfile(r[failed]),
				 tr_lno(r[failed]), tr_msg(r[failed]) ? tr_msg(r[failed]) : "failed");
	}
	fflush(stdout);
	fflush(stderr);
	if (write(fd, rec, strlen(rec)) < 0)
		_exit(3);
	_exit(0);
}

/* ---- The watcher ---------------------------------------------------------- */

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The CPU seconds used so far by the processes of process group pgrp (the test
 * and whatever it started), from /proc/N/stat: utime and stime, which count every
 * thread of a process, the dead ones too.  Processes that have died are no longer
 * counted; each of them was held to the limit by its own RLIMIT_CPU. */
static double group_cpu(pid_t pgrp)
{
	static long hz;
	unsigned long long ticks = 0;
	DIR *d = opendir("/proc");
	struct dirent *e;

	if (!hz)
		hz = sysconf(_SC_CLK_TCK) > 0 ? sysconf(_SC_CLK_TCK) : 100;
	if (!d)
		return 0;
	while ((e = readdir(d))) {
		char path[16 + sizeof(e->d_name)], buf[1024], *p;
		unsigned long long ut, st;
		int grp;
		ssize_t n;
		int fd;

		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/stat", e->d_name);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			continue;
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (n <= 0)
			continue;
		buf[n] = '\0';
		/* pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt
		 * majflt cmajflt utime stime: comm may hold spaces and parentheses */
		p = strrchr(buf, ')');
		if (p && sscanf(p + 1, " %*c %*d %d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu",
				&grp, &ut, &st) == 3 && grp == pgrp)
			ticks += ut + st;
	}
	closedir(d);
	return (double)ticks / hz;
}

/* The longest time a thread of process pid has waited on a run queue, in
 * seconds: run_delay, the second number of /proc/pid/task/TID/schedstat. */
static double waited(pid_t pid)
{
	char path[64];
	double most = 0;
	DIR *d;
	struct dirent *e;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	d = opendir(path);
	if (!d)
		return 0;
	while ((e = readdir(d))) {
		char file[32 + sizeof(e->d_name)];
		unsigned long long run, delay;
		FILE *f;

		if (e->d_name[0] == '.')
			continue;
		snprintf(file, sizeof(file), "/proc/%d/task/%s/schedstat", (int)pid, e->d_name);
		f = fopen(file, "r");
		if (!f)
			continue;
		if (fscanf(f, "%llu %llu", &run, &delay) == 2 && delay / 1e9 > most)
			most = delay / 1e9;
		fclose(f);
	}
	closedir(d);
	return most;
}

/* Resident memory of process pid in MiB (shared pages included), or -1. */
static long rss_mib(pid_t pid)
{
	char path[64];
	long size, resident;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/statm", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	if (fscanf(f, "%ld %ld", &size, &resident) != 2)
		resident = -1;
	fclose(f);
	return resident < 0 ? -1 : resident * (sysconf(_SC_PAGESIZE) / 1024) / 1024;
}

/* Keep only printable ASCII in a one-line message. */
static void sanitize(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\r')
			*s = ' ';
		else if ((unsigned char)*s < 32 || (unsigned char)*s > 126)
			*s = '?';
}

static const char *signame(int sig)
{
	switch (sig) {
	case SIGSEGV: return "SIGSEGV, a bad memory access";
	case SIGABRT: return "SIGABRT, an abort: BUG() or a failed check";
	case SIGBUS: return "SIGBUS, a bad memory access";
	case SIGFPE: return "SIGFPE, an arithmetic error such as a division by zero";
	case SIGILL: return "SIGILL, an illegal instruction";
	case SIGKILL: return "SIGKILL";
	case SIGXCPU: return "SIGXCPU: CPU time limit";
	case SIGXFSZ: return "SIGXFSZ: file size limit";
	case SIGPIPE: return "SIGPIPE";
	case SIGTERM: return "SIGTERM";
	default: return strsignal(sig);
	}
}

static int usage(void)
{
	fprintf(stderr, "usage: run --list | run --test NAME --verdict-fd V --token-fd T "
		"--timeout S [--wall W] [--signal N] [--exit N] [--mem MIB] [--output-cap BYTES]\n");
	return 2;
}

int main(int argc, char **argv)
{
	int vfd = -1, tfd = -1, sig = 0, exitval = 0;
	double timeout = 0, wall = 0, used = 0, queued = 0;
	long mem = 0, cap = 64 * 1024, shown = 0, dropped = 0;
	int res[2], out[2], status = 0, exited = 0, over_cpu = 0, over_wall = 0, over_mem = 0;
	char token[128] = "", rec[4096] = "", verdict[4096], why[3000];
	size_t reclen = 0;
	double start, next_cpu = 0;
	struct rusage ru;
	rlim_t cpu_secs;
	pid_t pid;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--list")) { listing = 1; continue; }
		if (!v)
			return usage();
		if (!strcmp(a, "--test")) wanted = v;
		else if (!strcmp(a, "--verdict-fd")) vfd = atoi(v);
		else if (!strcmp(a, "--token-fd")) tfd = atoi(v);
		else if (!strcmp(a, "--timeout")) timeout = atof(v);
		else if (!strcmp(a, "--wall")) wall = atof(v);
		else if (!strcmp(a, "--signal")) sig = atoi(v);
		else if (!strcmp(a, "--exit")) exitval = atoi(v);
		else if (!strcmp(a, "--mem")) mem = atol(v);
		else if (!strcmp(a, "--output-cap")) cap = atol(v);
		else return usage();
		i++;
	}
	if (listing) {
		Suite *s = exercise_suite();

		(void)s;
		return fflush(stdout) == 0 ? 0 : 1;
	}
	if (!wanted || vfd < 3 || tfd < 3 || timeout <= 0)
		return usage();
	if (wall <= 0)
		wall = 10 * timeout;
	cpu_secs = (rlim_t)timeout;		/* whole seconds, rounded up */
	if ((double)cpu_secs < timeout)
		cpu_secs++;

	/* Nobody of our uid may open our /proc files (our descriptors) or trace us. */
	prctl(PR_SET_DUMPABLE, 0);
	if (pipe(res) || pipe(out))
		return perror("pipe"), 1;
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return perror("fork"), 1;
	if (pid == 0) {
		/* SIGXCPU at the limit, SIGKILL a second later if it is caught;
		 * never above the limit the sandbox set */
		struct rlimit cpu;

		setpgid(0, 0);
		prctl(PR_SET_DUMPABLE, 1);
		if (getrlimit(RLIMIT_CPU, &cpu) == 0) {
			if (cpu.rlim_max == RLIM_INFINITY || cpu.rlim_max > cpu_secs + 1)
				cpu.rlim_max = cpu_secs + 1;
			cpu.rlim_cur = cpu_secs < cpu.rlim_max ? cpu_secs : cpu.rlim_max;
			setrlimit(RLIMIT_CPU, &cpu);
		}
		close(vfd);
		close(tfd);
		close(res[0]);
		close(out[0]);
		dup2(out[1], 1);
		dup2(out[1], 2);
		close(out[1]);
		fcntl(res[1], F_SETFD, FD_CLOEXEC);
		run_test(res[1]);
	}
	setpgid(pid, pid);
	close(res[1]);
	close(out[1]);
	{	/* the token exists in this process only from now on */
		ssize_t n = read(tfd, token, sizeof(token) - 1);

		token[n > 0 ? n : 0] = '\0';
		token[strcspn(token, "\n")] = '\0';
		close(tfd);
	}
	fcntl(res[0], F_SETFL, O_NONBLOCK);
	fcntl(out[0], F_SETFL, O_NONBLOCK);

	start = now();
	for (;;) {
		struct pollfd p[2] = { { out[0], POLLIN, 0 }, { res[0], POLLIN, 0 } };
		char buf[8192];
		ssize_t n;
		int reads = 0;

		poll(p, 2, 20);
		/* a bounded drain: a test that prints without end must not keep the
		 * watcher from its other duties */
		while (reads++ < 64 && (n = read(out[0], buf, sizeof(buf))) > 0) {
			long keep = n < cap - shown ? n : cap - shown;

			if (keep > 0 && write(1, buf, keep) == keep)
				shown += keep;
			dropped += n - (keep > 0 ? keep : 0);
		}
		while (reclen < sizeof(rec) - 1 &&
		       (n = read(res[0], rec + reclen, sizeof(rec) - 1 - reclen)) > 0)
			reclen += n;
		if (exited)
			break;
		if (wait4(pid, &status, WNOHANG, &ru) == pid) {
			exited = 1;		/* one more round drains the pipes */
			continue;
		}
		if (mem > 0 && rss_mib(pid) > mem) {
			over_mem = 1;
			break;
		}
		if (now() >= next_cpu) {	/* CPU time and waiting, ten times a second */
			double w = waited(pid);

			next_cpu = now() + 0.1;
			if (w > queued)
				queued = w;
			if ((used = group_cpu(pid)) > timeout) {
				over_cpu = 1;
				break;
			}
			if (now() - start - queued > wall) {
				over_wall = 1;
				break;
			}
		}
	}
	kill(-pid, SIGKILL);			/* the test and anything it started */
	if (!exited)
		wait4(pid, &status, 0, &ru);
	rec[reclen] = '\0';
	rec[strcspn(rec, "\n")] = '\0';
	if (exited) {				/* the test process's own CPU time */
		double self = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
			      ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;

		if (self > used)
			used = self;
		/* SIGXCPU, or SIGKILL at the hard limit: RLIMIT_CPU stopped it */
		if (WIFSIGNALED(status) && sig != WTERMSIG(status) &&
		    (WTERMSIG(status) == SIGXCPU ||
		     (WTERMSIG(status) == SIGKILL && self >= (double)cpu_secs)))
			over_cpu = 1;
	}

	if (over_mem)
		snprintf(why, sizeof(why), "failed\tkilled: memory limit (%ld MiB)", mem);
	else if (over_cpu)
		snprintf(why, sizeof(why), "failed\ttimed out after %g s of CPU time", timeout);
	else if (over_wall)
		snprintf(why, sizeof(why), "failed\ttimed out after %g s of wall-clock time, "
			 "having used %.1f s of CPU time: it sleeps or waits", wall, used);
	else if (WIFSIGNALED(status) && sig && WTERMSIG(status) == sig)
		snprintf(why, sizeof(why), "passed\tpassed (killed by signal %d, as the test expects)", sig);
	else if (WIFSIGNALED(status))
		snprintf(why, sizeof(why), "failed\tcrashed: killed by signal %d (%s)%s",
			 WTERMSIG(status), signame(WTERMSIG(status)),
			 sig ? "; the test expects another signal" : "");
	else if (rec[0] == 'F')
		snprintf(why, sizeof(why), "failed\t%.2900s", rec[1] ? rec + 2 : "failed");
	else if (rec[0] != 'P' && exitval && WEXITSTATUS(status) == exitval)
		snprintf(why, sizeof(why), "passed\tpassed (exited with status %d, as the test expects)", exitval);
	else if (rec[0] != 'P')
		snprintf(why, sizeof(why), "failed\tthe test exited (status %d) before it finished",
			 WEXITSTATUS(status));
	else if (sig)
		snprintf(why, sizeof(why), "failed\tthe test finished, but it should have been "
			 "killed by signal %d (%s)", sig, signame(sig));
	else if (WEXITSTATUS(status) != exitval)
		snprintf(why, sizeof(why), "failed\tthe test exited with status %d",
			 WEXITSTATUS(status));
	else
		snprintf(why, sizeof(why), "passed\tpassed");
	sanitize(why + 7);
	if (dropped > 0)
		snprintf(why + strlen(why), sizeof(why) - strlen(why),
			 "; output truncated after %ld bytes", cap);
	snprintf(verdict, sizeof(verdict), "%s\t%s\t%.3f\n", token, why, now() - start - queued);
	return write(vfd, verdict, strlen(verdict)) > 0 ? 0 : 1;
}
