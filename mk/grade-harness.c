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
 *   run --test NAME --verdict-fd V --token-fd T --timeout S [--signal N]
 *       [--exit N] [--mem MIB] [--output-cap BYTES]
 *	the watcher (this process) forks the test process, which closes V and T
 *	before any code of the submission runs, and runs test NAME under Check in
 *	no-fork mode.  The watcher relays the test's output (up to BYTES), enforces
 *	the time and memory limits, and writes "TOKEN<TAB>passed|failed<TAB>why" to
 *	descriptor V, where TOKEN is read from descriptor T only after the fork.
 *
 * Link with -Wl,--wrap=_tcase_add_test -Wl,--wrap=tcase_set_timeout.
 */
#define _GNU_SOURCE
#include <check.h>
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
		"--timeout S [--signal N] [--exit N] [--mem MIB] [--output-cap BYTES]\n");
	return 2;
}

int main(int argc, char **argv)
{
	int vfd = -1, tfd = -1, sig = 0, exitval = 0;
	double timeout = 0;
	long mem = 0, cap = 64 * 1024, shown = 0, dropped = 0;
	int res[2], out[2], status = 0, exited = 0, timed_out = 0, over_mem = 0;
	char token[128] = "", rec[4096] = "", verdict[4096], why[3000];
	size_t reclen = 0;
	double start, deadline;
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

	/* Nobody of our uid may open our /proc files (our descriptors) or trace us. */
	prctl(PR_SET_DUMPABLE, 0);
	if (pipe(res) || pipe(out))
		return perror("pipe"), 1;
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return perror("fork"), 1;
	if (pid == 0) {
		setpgid(0, 0);
		prctl(PR_SET_DUMPABLE, 1);
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
	deadline = start + timeout;
	for (;;) {
		struct pollfd p[2] = { { out[0], POLLIN, 0 }, { res[0], POLLIN, 0 } };
		char buf[8192];
		ssize_t n;

		poll(p, 2, 20);
		while ((n = read(out[0], buf, sizeof(buf))) > 0) {
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
		if (waitpid(pid, &status, WNOHANG) == pid) {
			exited = 1;		/* one more round drains the pipes */
			continue;
		}
		if (now() > deadline) {
			timed_out = 1;
			break;
		}
		if (mem > 0 && rss_mib(pid) > mem) {
			over_mem = 1;
			break;
		}
	}
	kill(-pid, SIGKILL);			/* the test and anything it started */
	if (!exited)
		waitpid(pid, &status, 0);
	rec[reclen] = '\0';
	rec[strcspn(rec, "\n")] = '\0';

	if (timed_out)
		snprintf(why, sizeof(why), "failed\ttimed out after %g s", timeout);
	else if (over_mem)
		snprintf(why, sizeof(why), "failed\tkilled: memory limit (%ld MiB)", mem);
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
	snprintf(verdict, sizeof(verdict), "%s\t%s\t%.3f\n", token, why, now() - start);
	return write(vfd, verdict, strlen(verdict)) > 0 ? 0 : 1;
}
