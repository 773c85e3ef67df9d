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


def nproc():
    """The processors this process may run on (what nproc(1) prints)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 2


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

import subprocess  # noqa: E402  (the grader's section keeps its imports here)

SANDBOX_PATH = '/usr/local/bin:/usr/bin:/bin'


def size_bytes(size):
    """A size as prlimit and bwrap want it, in bytes: 4G is 4294967296;
    "unlimited" stays so.  A size that is not a number raises KitError."""
    size = str(size)
    if size == 'unlimited':
        return size
    m = re.fullmatch(r'([0-9]+)([kKmMgG]?)', size)
    if not m:
        raise KitError(f'not a size: {size!r}')
    scale = {'': 1, 'k': 1 << 10, 'm': 1 << 20, 'g': 1 << 30}[m.group(2).lower()]
    return str(int(m.group(1)) * scale)


def user_tasks(uid):
    """How many processes and threads the real uid UID runs now (what
    RLIMIT_NPROC counts), from /proc; None when /proc cannot tell."""
    n = 0
    try:
        pids = [p for p in os.listdir('/proc') if p.isdigit()]
    except OSError:
        return None
    for pid in pids:
        try:
            with open(f'/proc/{pid}/status') as f:
                real = next(line.split()[1] for line in f if line.startswith('Uid:'))
            if int(real) == uid:
                n += len(os.listdir(f'/proc/{pid}/task'))
        except (OSError, StopIteration, ValueError, IndexError):
            continue            # the process ended meanwhile
    return n or None


def bwrap_has_size():
    """Whether this bubblewrap bounds a tmpfs (--size, bwrap 0.7 and later)."""
    try:
        r = subprocess.run(['bwrap', '--help'], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except OSError:
        return False
    return b'--size' in r.stdout


def sandbox_command(command, ro=(), rw=(), cwd='/', proc=False, tmpfs_size='16M',
                    env=(), time=60, cpu=60, address_space='unlimited',
                    fsize='unlimited', nofile=256, nproc=16,
                    mode=None, uid=None, bwrap_size=None):
    """How to run COMMAND (a list) on untrusted code: (argv, cwd, environment,
    runas), for subprocess, where runas is the prefix that runs a program as
    the submission's uid (empty unless root).  MODE is "bwrap" or "none"
    (default GRADE_SANDBOX, else bwrap); UID the submission's uid when run as
    root (default GRADE_UID); BWRAP_SIZE whether bwrap has --size (default
    GRADE_BWRAP_SIZE, else ask bwrap).  The other arguments are
    kit/grade-sandbox's options.  argv starts with timeout -k 5 TIME: the whole
    command's wall-clock limit, status 124 when it runs out."""
    mode = mode or os.environ.get('GRADE_SANDBOX') or 'bwrap'
    me = os.getuid()
    # RLIMIT_NPROC counts every process of the real uid.  Root runs the command
    # as a uid of its own; anyone else can only allow what the user already
    # runs, plus NPROC.
    if me == 0:
        uid = uid if uid is not None else os.environ.get('GRADE_UID', '')
        if str(uid) == '':
            raise KitError('GRADE_UID: as root, the submission needs a uid of its own')
        runas = ['setpriv', f'--reuid={uid}', f'--regid={uid}', '--clear-groups',
                 '--no-new-privs', '--']
        tasks = 0
    else:
        runas = []
        tasks = user_tasks(me)
        if tasks is None:       # cannot count, do not limit
            nproc = 'unlimited'
    if nproc != 'unlimited':
        nproc = int(nproc) + tasks
    limits = ['prlimit', f'--cpu={cpu}', f'--as={size_bytes(address_space)}',
              f'--fsize={size_bytes(fsize)}', f'--nofile={nofile}', f'--nproc={nproc}',
              '--core=0', '--']
    tmp = '/tmp'
    if mode != 'bwrap':         # no private /tmp: the host's is never the place
        if cwd == '/tmp':
            cwd = '/'
        tmp = cwd
    # The command as it runs in the sandbox: as its own uid, under the limits,
    # with a clean environment (which the wrappers in front of it pass on).
    environment = {'PATH': SANDBOX_PATH, 'HOME': tmp, 'TMPDIR': tmp, 'LC_ALL': 'C'}
    for assignment in env:
        name, _, value = assignment.partition('=')
        environment[name] = value
    inner = runas + limits + list(command)
    timeout = ['timeout', '-k', '5', str(time)]
    if mode == 'none':
        return timeout + inner, cwd, environment, runas

    # bubblewrap: a new root that holds the system's programs and libraries
    # read-only, the given paths, a private /tmp and /dev; no network, no other
    # processes, no way back to the grader's files.
    args = ['bwrap', '--unshare-ipc', '--unshare-pid', '--unshare-net', '--unshare-uts',
            '--unshare-cgroup-try', '--die-with-parent', '--new-session',
            '--hostname', 'sandbox']
    if me == 0:                 # bwrap runs privileged; setpriv drops to the uid inside
        args += ['--cap-add', 'CAP_SETUID', '--cap-add', 'CAP_SETGID']
    else:                       # an unprivileged user needs a user namespace
        args += ['--unshare-user']
    args += ['--ro-bind', '/usr', '/usr', '--dev', '/dev']
    # A tmpfs is memory: the private /tmp is bounded (bwrap 0.7 and later); an
    # older bwrap has no --size, and kit/grade does not grade with it (it
    # probes once and says so in GRADE_BWRAP_SIZE).
    if bwrap_size is None:
        given = os.environ.get('GRADE_BWRAP_SIZE', '')
        bwrap_size = given == 'yes' if given in ('yes', 'no') else bwrap_has_size()
    if bwrap_size:
        args += ['--size', size_bytes(tmpfs_size)]
    args += ['--perms', '1777', '--tmpfs', '/tmp']
    for d in ('/libx32', '/lib64', '/lib32', '/lib', '/sbin', '/bin'):
        if os.path.islink(d) and os.path.exists('/usr' + d) and os.path.samefile(d, '/usr' + d):
            args += ['--symlink', 'usr' + d, d]        # merged /usr
        elif os.path.islink(d):
            args += ['--symlink', os.readlink(d), d]
        elif os.path.isdir(d):
            args += ['--ro-bind', d, d]
    if os.path.exists('/etc/ld.so.cache'):
        args += ['--ro-bind', '/etc/ld.so.cache', '/etc/ld.so.cache']
    if proc:
        args += ['--proc', '/proc']
    # bwrap makes the folders above a bound path mode 700; the uid inside must
    # pass: each of them, from the root down, is made 755 first.
    for path in list(ro) + list(rw):
        parents = []
        p = os.path.dirname(path)
        while p not in ('', '/'):
            parents.append(p)
            p = os.path.dirname(p)
        for p in reversed(parents):
            args += ['--perms', '0755', '--dir', p]
    for path in ro:
        args += ['--ro-bind', path, path]
    for path in rw:
        args += ['--bind', path, path]
    args += ['--chdir', cwd, '--']
    return timeout + args + inner, None, environment, runas


def exit_status(returncode):
    """A subprocess's return code as the shell says it: 128+N for signal N."""
    return 128 - returncode if returncode < 0 else returncode


def sandbox_run(command, stdin=None, stdout=None, stderr=None, input=None,
                pass_fds=(), **options):
    """Run COMMAND in the sandbox (sandbox_command's OPTIONS) and return its
    exit status: COMMAND's, or 124 when the time ran out.  Descriptors
    PASS_FDS stay open for it (the watcher's report and observations)."""
    argv, cwd, environment, runas = sandbox_command(command, **options)
    return sandbox_start(argv, cwd, environment, runas, stdin=stdin, stdout=stdout,
                         stderr=stderr, input=input, pass_fds=pass_fds)


def sandbox_start(argv, cwd, environment, runas, **popen):
    """Run what sandbox_command made (POPEN: subprocess.run's arguments) and
    return the exit status as the shell gives it."""
    r = subprocess.run(argv, cwd=cwd, env=environment, **popen)
    if cwd is not None and runas:
        # Degraded mode: whatever the command left behind dies with it (only
        # possible with a uid of its own).
        subprocess.run(runas + ['kill', '-KILL', '-1'], env=environment,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return exit_status(r.returncode)


# The text checks of a submission (kit/grade-textcheck, Appendix A).
IDENTIFIER = re.compile(r'[A-Za-z_][A-Za-z0-9_]*')
STUB_DEFINE = re.compile(r'^[ \t]*#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)')
DEFINE = re.compile(r'[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)')
TRIGRAPH = re.compile(r"[?][?][=/'()!<>-]")
FORBIDDEN_NAME = re.compile(r'(_?_?grade_|GRADE_|_?_?ck_|srunner_|tcase_|suite_|__wrap_|__real_)')
ASSEMBLY = ('_Pragma', 'asm', '__asm', '__asm__')


def stub_macros(stub):
    """The macros a stub's own text defines: {(chunk, name)}."""
    allowed, chunk = set(), ''
    for line in read_lines(stub):
        m = MARKER.match(line)
        if m:
            chunk = m.group(1)
            continue
        m = STUB_DEFINE.match(line)
        if m:
            allowed.add((chunk, m.group(1)))
    return allowed


def textcheck(stub, submissions):
    """The text checks of SUBMISSIONS (paths) against STUB: one "Refused:
    FILE:LINE: WHY" line per problem, FILE the submission's base name.

    A submission is the text of chunk bodies: C statements and declarations
    that land inside the book's functions and headers.  Refused, with the
    file and line: a preprocessor line (#, %: or a trigraph), except
    "#define NAME" for a macro NAME that the stub's own text of that chunk
    defines, whose replacement may hold no ; { } #; _Pragma, asm, __asm,
    __asm__, and the names of the grader's and Check's own functions; a ) or }
    that closes more than the chunk opened (it would close the function around
    it), a ( or { the chunk leaves open, and a comment, string or character
    constant left open at the end of the chunk.  Comments, strings and
    character constants are understood (a brace inside one counts for
    nothing), as are the digraphs <% %> and line splices."""
    allowed = stub_macros(stub)
    given = set()               # (chunk, name) of the #defines already given
    refusals = []
    # The scanner's state, kept across lines (a comment or a string may go on).
    s = {'file': '', 'lno': 0, 'chunk': '', 'state': 'code', '(': 0, '{': 0}

    def refuse(message):
        refusals.append(f"Refused: {s['file']}:{s['lno']}: {message}")

    def end_chunk():
        if s['chunk'] == '':
            return
        if s['state'] == 'block':
            refuse('a comment opened in this chunk is not closed in it')
        elif s['state'] in ('str', 'chr'):
            refuse('a string or character constant is not closed')
        if s['('] > 0:
            refuse('a ( is not closed in the chunk')
        if s['{'] > 0:
            refuse('a { is not closed in the chunk')
        s['chunk'] = ''

    for path in submissions:
        end_chunk()
        s['file'] = os.path.basename(path)
        pending, start = '', 0
        for number, line in enumerate(read_lines(path), 1):
            m = MARKER.match(line)
            if m and pending == '':
                end_chunk()
                s.update(chunk=m.group(1), state='code')
                s['('] = s['{'] = 0
                continue
            if s['chunk'] == '':
                continue
            # a line splice joins this line to the next (the compiler does so first)
            if line.endswith('\\'):
                if pending == '':
                    start = number
                pending += line[:-1]
                continue
            if pending != '':
                line, pending, s['lno'] = pending + line, '', start
            else:
                s['lno'] = number
            scan_line(line, s, allowed, given, refuse)
    end_chunk()
    return refusals


def scan_line(line, s, allowed, given, refuse):
    """textcheck's scanner on one (spliced) line of a chunk: the state S,
    the stub's macros ALLOWED, the macros GIVEN so far; REFUSE(why)."""
    if '??' in line and TRIGRAPH.search(line):
        refuse('a trigraph (??x): not allowed')
    start_of_line = s['state'] == 'code'
    in_define = False
    i, n = 0, len(line)
    while i < n:
        ch, two = line[i], line[i:i + 2]
        state = s['state']
        if state == 'block':
            if two == '*/':
                s['state'] = 'code'
                i += 1
            i += 1
            continue
        if state in ('str', 'chr'):
            if ch == '\\':
                i += 1
            elif ch == ('"' if state == 'str' else "'"):
                s['state'] = 'code'
            i += 1
            continue
        if two == '/*':
            s['state'] = 'block'
            i += 2
            continue
        if two == '//':
            break
        if ch in '"\'':
            s['state'] = 'str' if ch == '"' else 'chr'
            start_of_line = False
            i += 1
            continue
        if ch in ' \t\f\v':
            i += 1
            continue
        if ch == '#' or two == '%:':
            skip = 1 if ch == '#' else 2
            rest = line[i + skip:]
            m = DEFINE.match(rest)
            if start_of_line and not in_define and m:
                name, after = m.group(1), rest[m.end():m.end() + 1]
                if (s['chunk'], name) not in allowed:
                    refuse(f'#define {name}: a submission may define only the macros its stub defines in this chunk')
                elif after == '(':
                    refuse(f'#define {name}(...): not a function-like macro')
                elif (s['chunk'], name) in given:
                    refuse(f'#define {name} is given twice')
                given.add((s['chunk'], name))
                in_define, start_of_line = True, False
                i += skip + m.end()
                continue
            directive = re.match(r'[A-Za-z_]*', rest.lstrip(' \t')).group(0)
            if start_of_line:
                refuse(f'a preprocessor directive (#{directive}): a submission is the text of chunk bodies, C without preprocessor lines')
            else:
                refuse('the preprocessor operator # or ## (or %:): not allowed')
            break
        start_of_line = False
        if ch == '_' or ('A' <= ch <= 'Z') or ('a' <= ch <= 'z'):
            name = IDENTIFIER.match(line, i).group(0)
            i += len(name)
            if name in ASSEMBLY:
                refuse(f'{name}: inline assembly and pragmas are not allowed')
            elif FORBIDDEN_NAME.match(name):
                refuse(f'{name}: the names of the grader and of Check are not for submissions')
            continue
        if '0' <= ch <= '9':
            i += len(re.match(r'[0-9A-Za-z_.]+', line[i:]).group(0))
            continue
        if two == '<%':
            ch, i = '{', i + 1
        elif two == '%>':
            ch, i = '}', i + 1
        i += 1
        if in_define and ch in ';{}':
            refuse('a macro of the stub may stand only for an expression (no ; { })')
            continue
        if ch in '({':
            s[ch] += 1
        elif ch in ')}':
            opening = '(' if ch == ')' else '{'
            s[opening] -= 1
            if s[opening] < 0:
                refuse(f'this {ch} closes more than the chunk opened: it would close the function around the chunk')
                s[opening] = 0
    if in_define and s['('] != 0:
        refuse("the macro's ( and ) do not balance on its line")
        s['('] = 0


# ---------------------------------------------------------------------------
# The course tools: what kit/grade-all, kit/grade-check, kit/student and the
# packages share.

def kit_env(**changes):
    """The environment with CHANGES: a value of None removes the variable."""
    env = dict(os.environ)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


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
