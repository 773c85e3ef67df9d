/*
 * kit/grade-watch.c: the grader's watcher.  It holds none of the submission's code
 * and none of the tests': it runs ONE test program (a program of one test, built
 * by kit/grade) and reports only what it observed, never a verdict.
 *
 *   grade-watch --timeout S [--wall W] [--mem MIB] [--output-cap BYTES]
 *               --report-fd R --obs-fd O -- PROGRAM [ARG...]
 *
 * The test process gets its observations' pipe as descriptor 3 and its output
 * pipe as 1 and 2; nothing else of the watcher's.  The watcher copies the
 * observations to O (at most 1 MiB), the output to its standard output (at most
 * BYTES), enforces the limits, and writes to R one line:
 *	HOW<TAB>CPU-SECONDS<TAB>SECONDS
 * where HOW is "exit N", "signal N", "cpu" (over S seconds of CPU time),
 * "wall" (over W seconds of wall-clock time not spent waiting for a processor)
 * or "mem" (over MIB of resident memory).
 *
 * Time is CPU time, which a loaded machine does not stretch: the test may use S
 * seconds of it, counted over all its threads (RLIMIT_CPU in the test process
 * as well, should the watcher itself be starved).  The wall clock is only the
 * backstop for a test that sleeps or blocks: W seconds, 10 S by default, not
 * counting the time the test waited for a processor (the kernel's run_delay).
 * Memory is the resident memory of the test process (RLIMIT_AS cannot be the
 * limit: the hosted machine reserves a 4 GiB window of address space).
 */
#define _GNU_SOURCE
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

#define OBS_FD		3
#define OBS_CAP		(1L << 20)

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

static int usage(void)
{
	fprintf(stderr, "usage: grade-watch --timeout S [--wall W] [--mem MIB] [--output-cap BYTES] "
		"--report-fd R --obs-fd O -- PROGRAM [ARG...]\n");
	return 2;
}

int main(int argc, char **argv)
{
	int rfd = -1, ofd = -1, i;
	double timeout = 0, wall = 0, used = 0, queued = 0;
	long mem = 0, cap = 64 * 1024, shown = 0, dropped = 0, obs = 0;
	int ob[2], out[2], status = 0, exited = 0, over_cpu = 0, over_wall = 0, over_mem = 0;
	char how[64], report[256];
	double start, next_cpu = 0;
	struct rusage ru;
	rlim_t cpu_secs;
	pid_t pid;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--")) { i++; break; }
		if (!v)
			return usage();
		if (!strcmp(a, "--timeout")) timeout = atof(v);
		else if (!strcmp(a, "--wall")) wall = atof(v);
		else if (!strcmp(a, "--mem")) mem = atol(v);
		else if (!strcmp(a, "--output-cap")) cap = atol(v);
		else if (!strcmp(a, "--report-fd")) rfd = atoi(v);
		else if (!strcmp(a, "--obs-fd")) ofd = atoi(v);
		else return usage();
		i++;
	}
	if (i >= argc || rfd < 3 || ofd < 3 || rfd == OBS_FD || ofd == OBS_FD || timeout <= 0)
		return usage();
	if (wall <= 0)
		wall = 10 * timeout;
	cpu_secs = (rlim_t)timeout;		/* whole seconds, rounded up */
	if ((double)cpu_secs < timeout)
		cpu_secs++;
	/* the test process gets none of these */
	fcntl(rfd, F_SETFD, FD_CLOEXEC);
	fcntl(ofd, F_SETFD, FD_CLOEXEC);

	/* Nobody of our uid may open our /proc files (our descriptors) or trace us. */
	prctl(PR_SET_DUMPABLE, 0);
	if (pipe2(ob, O_CLOEXEC) || pipe2(out, O_CLOEXEC))
		return perror("pipe"), 1;
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return perror("fork"), 1;
	if (pid == 0) {
		/* SIGXCPU at the limit, SIGKILL a second later if it is caught;
		 * never above the limit the sandbox set */
		struct rlimit cpu;
		int devnull = open("/dev/null", O_RDONLY);

		setpgid(0, 0);
		if (getrlimit(RLIMIT_CPU, &cpu) == 0) {
			if (cpu.rlim_max == RLIM_INFINITY || cpu.rlim_max > cpu_secs + 1)
				cpu.rlim_max = cpu_secs + 1;
			cpu.rlim_cur = cpu_secs < cpu.rlim_max ? cpu_secs : cpu.rlim_max;
			setrlimit(RLIMIT_CPU, &cpu);
		}
		if (devnull >= 0 && devnull != 0) {
			dup2(devnull, 0);
			close(devnull);
		}
		dup2(out[1], 1);
		dup2(out[1], 2);
		dup2(ob[1], OBS_FD);		/* dup2 clears close-on-exec */
		/* every other descriptor goes */
		for (int fd = OBS_FD + 1; fd < 1024; fd++)
			close(fd);
		execv(argv[i], argv + i);
		_exit(127);
	}
	setpgid(pid, pid);
	close(ob[1]);
	close(out[1]);
	fcntl(ob[0], F_SETFL, O_NONBLOCK);
	fcntl(out[0], F_SETFL, O_NONBLOCK);

	start = now();
	for (;;) {
		struct pollfd p[2] = { { out[0], POLLIN, 0 }, { ob[0], POLLIN, 0 } };
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
		reads = 0;
		while (reads++ < 64 && (n = read(ob[0], buf, sizeof(buf))) > 0) {
			long keep = n < OBS_CAP - obs ? n : OBS_CAP - obs;

			if (keep > 0 && write(ofd, buf, keep) == keep)
				obs += keep;
		}
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
	if (exited) {				/* the test process's own CPU time */
		double self = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
			      ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;

		if (self > used)
			used = self;
		/* SIGXCPU, or SIGKILL at the hard limit: RLIMIT_CPU stopped it */
		if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGXCPU ||
		     (WTERMSIG(status) == SIGKILL && self >= (double)cpu_secs)))
			over_cpu = 1;
	}
	if (over_mem)
		snprintf(how, sizeof(how), "mem");
	else if (over_cpu)
		snprintf(how, sizeof(how), "cpu");
	else if (over_wall)
		snprintf(how, sizeof(how), "wall");
	else if (WIFSIGNALED(status))
		snprintf(how, sizeof(how), "signal %d", WTERMSIG(status));
	else
		snprintf(how, sizeof(how), "exit %d", WEXITSTATUS(status));
	if (dropped > 0)
		printf("\n[output truncated after %ld bytes]\n", cap);
	fflush(stdout);
	snprintf(report, sizeof(report), "%s\t%.3f\t%.3f\n", how, used, now() - start - queued);
	return write(rfd, report, strlen(report)) > 0 ? 0 : 1;
}
