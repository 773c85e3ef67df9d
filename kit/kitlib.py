"""kit/kitlib.py: what the course kit's programs share.

The course kit (kit/) is the grader, its sandbox, the student edition, the
packages for Gradescope, PrairieLearn and GitHub Classroom, and the exercises'
proofs.  Its programs are Python 3 (the standard library only, Debian's
python3), and C where a program must run beside a submission (grade-watch.c,
grade-harness.c, grade-observe.h).  This module holds what several of them
need: where the repository is, the chapters, and the three formats an exercise
is made of (Appendix A):

  - a submission, or a stub: C text divided by marker lines
        /* == chunk: NAME == */
    each followed by the body of the chunk <<NAME>>= of the chapters;
  - test.c, whose tests state their points where they start:
        GRADED_TEST(name, points, visibility)
        GRADED_TEST_SIGNAL(name, points, visibility, SIGNAL)
  - the chapters, noweb files, where a chunk's definition starts with a line
    <<NAME>>= and ends at a line "@" (or "@ " and text) or the next definition.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MARKER = re.compile(r'^/\* == chunk: (.*) == \*/$')
DEFINITION = re.compile(r'^<<(.*)>>=$')
DOC_START = re.compile(r'^@( |$)')
GRADED = re.compile(r'^GRADED_TEST(_SIGNAL)?\(')
VISIBILITIES = ('visible', 'hidden', 'after_due_date', 'after_published')


class KitError(Exception):
    """A failure to report in one line and stop: the program's name, then this."""


def fail(me, message, status=1):
    """Print "ME: MESSAGE" on stderr and exit with STATUS."""
    print(f'{me}: {message}', file=sys.stderr)
    sys.exit(status)


def main(me, function):
    """Run FUNCTION(); a KitError ends the program with its message, status 1."""
    try:
        function()
    except KitError as e:
        fail(me, str(e))
    except OSError as e:
        fail(me, f'{e.filename}: {e.strerror}' if e.filename else str(e))
    except BrokenPipeError:
        sys.exit(1)


def read_text(path):
    """A file's text; bytes that are not UTF-8 pass through unchanged."""
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        return f.read()


def read_lines(path):
    """A file's lines without their line ends."""
    text = read_text(path)
    if text == '':
        return []
    lines = text.split('\n')
    return lines[:-1] if text.endswith('\n') else lines


def write_text(path, text):
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write(text)


def chapters():
    """The chapter files: CHAPTERS (as make has them) or chapters/*.nw."""
    given = os.environ.get('CHAPTERS', '').split()
    return given if given else sorted(glob.glob('chapters/*.nw'))


def exercises():
    """The exercises' names: the folders of exercises/ that hold a stub.c."""
    return sorted(os.path.basename(os.path.dirname(p))
                  for p in glob.glob(os.path.join('exercises', '*', 'stub.c')))


def chunk_names(path):
    """The names of the chunks that a submission or a stub gives, in order."""
    return [m.group(1) for m in map(MARKER.match, read_lines(path)) if m]


def graded_tests(test_c):
    """The graded tests of an exercise read from the text of its test.c: a
    list of (name, points, visibility).  A GRADED_TEST line that does not say
    all three on one line raises KitError, naming the file and line."""
    tests, errors = [], []
    for number, line in enumerate(read_lines(test_c), 1):
        if not GRADED.match(line):
            continue
        args = re.sub(r'[ \t]', '', line[line.index('(') + 1:].split(')')[0])
        fields = args.split(',')
        if len(fields) < 3 or not re.fullmatch(r'[0-9]+', fields[1]):
            errors.append(f'{test_c}:{number}: GRADED_TEST(name, points, visibility) on one line')
            continue
        tests.append((fields[0], int(fields[1]), fields[2]))
    if errors:
        raise KitError('\n'.join(errors))
    return tests


def chunk_bodies(chapter_files, names):
    """The text the chapters give each chunk of NAMES (every definition of
    it, in order, unescaped as notangle would): {name: text}.  A chunk
    nobody defines is missing from the result."""
    want = {f'<<{n}>>=': n for n in names}
    bodies = {}
    for path in chapter_files:
        inside = None
        for line in read_lines(path):
            if inside is not None and (DOC_START.match(line) or DEFINITION.match(line)):
                inside = None
            if inside is not None:
                if line.startswith('@@'):
                    line = line[1:]
                bodies[inside] += line.replace('@<<', '<<') + '\n'
            if line in want:
                inside = want[line]
                bodies.setdefault(inside, '')
    return bodies


def solution(exercise, chapter_files):
    """The book's own chunks of EXERCISE as a submission's text: each chunk of
    the stub's marker lines, after its marker, with the chapters' text."""
    names = chunk_names(os.path.join('exercises', exercise, 'stub.c'))
    bodies = chunk_bodies(chapter_files, names)
    text = ''
    for name in names:
        if name not in bodies:
            raise KitError(f'no chunk <<{name}>> in the chapters')
        text += f'/* == chunk: {name} == */\n' + bodies[name]
    return text


def submission_bodies(path, line_directives=True):
    """The chunks of a submission: {name: the body to put in the chapters}.
    Each body starts with a #line directive naming the submission's file and
    line (unless LINE_DIRECTIVES is false), and its characters that mean
    something to noweb are escaped: a leading @ becomes @@, and << becomes @<<,
    so that a submission cannot reach other chunks."""
    bodies, current = {}, None
    for number, line in enumerate(read_lines(path), 1):
        m = MARKER.match(line)
        if m:
            current = m.group(1)
            bodies[current] = f'#line {number + 1} "{path}"\n' if line_directives else ''
            continue
        if current is None:
            continue
        if line.startswith('@'):
            line = '@' + line
        bodies[current] += line.replace('<<', '@<<') + '\n'
    return bodies


def apply_submission(path, chapter_files, line_directives=True):
    """Put a submission's chunks into (copies of) the chapters, in place: the
    body of each marked chunk replaces that of its definition.  Each chunk must
    be defined exactly once in the chapters (else KitError)."""
    bodies = submission_bodies(path, line_directives)
    if not bodies:
        raise KitError(f"{path} has no '/* == chunk: NAME == */' line")
    texts = {f: read_lines(f) for f in chapter_files}
    for name in bodies:
        n = sum(lines.count(f'<<{name}>>=') for lines in texts.values())
        if n != 1:
            raise KitError(f'chunk <<{name}>> is defined {n} times in the chapters')
    for f, lines in texts.items():
        if not any(f'<<{name}>>=' in lines for name in bodies):
            continue            # only the chapters that define a chunk change
        out, skipping = [], False
        for line in lines:
            if skipping and (DOC_START.match(line) or DEFINITION.match(line)):
                skipping = False
            if skipping:
                continue
            out.append(line + '\n')
            m = DEFINITION.match(line)
            if m and m.group(1) in bodies:
                out.append(bodies[m.group(1)])
                skipping = True
        write_text(f + '.new', ''.join(out))
        os.replace(f + '.new', f)


# ---------------------------------------------------------------------------
# The grader: what kit/grade, kit/grade-sandbox and kit/grade-textcheck share
# with the other programs of the kit.
#
# (section kept by the port of the grader)


# ---------------------------------------------------------------------------
# The course tools: what kit/grade-all, kit/grade-check, kit/student and the
# packages share.

def nproc():
    """The processors this process may run on (what nproc(1) prints)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 2


def kit_env(**changes):
    """The environment with CHANGES: a value of None removes the variable."""
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def safe_name(name):
    """NAME made safe as one component of a path: every byte other than a
    letter, a digit, '.', '_' or '-' becomes '_', so that a name from a
    student's file (spaces, quotes, a leading '-' kept harmless by absolute
    paths, bytes that are not UTF-8) names one file in one known folder.  The
    names '', '.' and '..', which would name the folder itself or its parent,
    become underscores."""
    raw = os.fsencode(name)
    safe = bytes(c if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c in b'._-') else 95
                 for c in raw).decode('ascii')
    return '_' * max(len(safe), 1) if safe in ('', '.', '..') else safe


def graded_test_name(line):
    """The name of the test that a GRADED_TEST or GRADED_TEST_SIGNAL line opens."""
    return re.split(r'[ \t]*,', re.sub(r'^GRADED_TEST(_SIGNAL)?\([ \t]*', '', line), maxsplit=1)[0]


def read_verdicts(path):
    """A grader's verdicts.tsv: a list of (test, earned, points, status,
    visibility), the points as numbers."""
    rows = []
    for line in read_lines(path):
        f = line.split('\t')
        if len(f) >= 3:
            f += [''] * (5 - len(f))
            rows.append((f[0], int(f[1] or 0), int(f[2] or 0), f[3], f[4]))
    return rows


def copy_tree(src, dst):
    """Copy the folder SRC to DST as cp -R does (symbolic links as links,
    files with their modes but new times), without Python's byte-code caches."""
    shutil.copytree(src, dst, symlinks=True, copy_function=shutil.copy,
                    ignore=shutil.ignore_patterns('__pycache__'))


def run_parallel(tasks, jobs, done):
    """Run the commands of TASKS, JOBS at a time, each a process of its own.
    A task is (key, argv, env, log): the command's output and errors go to the
    file LOG.  DONE(key, status, seconds) is called here, in this one process,
    as each command ends, in the order they end: the bookkeeping never races,
    and only the commands run side by side."""
    pending = list(tasks)
    running = {}            # pid: (key, Popen, start time)
    while pending or running:
        while pending and len(running) < max(jobs, 1):
            key, argv, env, log = pending.pop(0)
            with open(log, 'wb') as out:
                p = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                     stdout=out, stderr=subprocess.STDOUT)
            running[p.pid] = (key, p, time.monotonic())
        # Wait for any child to end without reaping it, so that Popen reaps
        # its own and knows its status.
        pid = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT).si_pid
        if pid not in running:
            os.waitpid(pid, 0)      # not one of ours: reap it and go on
            continue
        key, p, t0 = running.pop(pid)
        status = p.wait()
        done(key, status, time.monotonic() - t0)
