# The user's entry points.  The rules live in tangle.mk (chapters -> code/) and
# mk/build.mk (code/ -> build/); this file makes sure the Debian packages are
# there first (mk/deps) and hands each target over.  Every target here carries a
# "## what it does" comment, which make help prints.

BUILD_MK = $(MAKE) --no-print-directory -f mk/build.mk

# All the goals of one command go to one sub-make, together: make -j2 host pdf
# must build each object once, and two sub-makes side by side would both build
# it, racing.  The first goal's recipe hands them all over; the others do nothing.
HANDOFF := $(filter-out deps clean help,$(MAKECMDGOALS))
handoff = +@$(if $(filter $@,$(firstword $(or $(HANDOFF),$@))),$(BUILD_MK) $(or $(HANDOFF),$@),:)

.PHONY: all check pdf html epub tangle host exercises i386 run fuzz soak bench bench-vmalloc clean deps help \
	grade grade-all student autograder classroom test grade-bench
all: deps            ## (the default) packages, tangle, build the library, tools and kernel, a short benchmark run, typeset the book
	$(handoff)
check: deps          ## every test (what CI runs)
	$(handoff)
check-%: deps        ## one part of make check; PART is one of: $(CHECK_PARTS)
	$(handoff)
tangle: deps         ## only tangle the chapters into code/
host: deps           ## only the hosted library, its Check suites and tools (build/host)
pdf: deps            ## only the book, build/book.pdf
html: deps           ## only the HTML edition, build/html/index.html
epub: deps           ## the EPUB edition, build/book.epub (from the HTML edition)
i386: deps           ## the i386 kernel and its CD image, and one boot in QEMU
run: deps            ## boot the i386 kernel in QEMU, its serial shell on this terminal
fuzz: deps           ## fuzz every allocator with libFuzzer for FUZZ_SECONDS (60) seconds
soak: deps           ## SOAK_OPS (10^7) random operations on every allocator, four CPUs, under ASan
bench: deps          ## the benchmarks' full run, beside glibc, jemalloc and mimalloc: CSV, tables, plots
bench-vmalloc: deps  ## only the vmalloc and kmap benchmarks (part of bench): tables and plot
exercises: deps      ## list the exercises and their points
student: deps        ## the student edition: the tree build/student and its book build/student/book.pdf
test: deps           ## an exercise's public tests: EX=get-order [SUB=my.c]
grade: deps          ## grade a submission: EX=get-order SUB=my.c [TESTS=dir]
grade-all: deps      ## grade a class: EX=get-order DIR=submissions/
autograder: deps     ## the Gradescope and PrairieLearn package: EX=get-order
classroom: deps      ## the student edition as a GitHub Classroom assignment: EX=get-order
grade-bench: deps    ## the grader's benchmark: median s per submission, grade-all time [EX=get-order]
# The course kit's targets (mk/grade.mk) take their arguments as variables:
# make grade EX=get-order SUB=my.c; make's command-line variables reach the sub-make.
tangle host pdf html epub i386 run fuzz soak bench bench-vmalloc exercises student test grade grade-all autograder classroom grade-bench:
	$(handoff)
deps:                ## only install the Debian packages of mk/packages (as root; else print the apt line)
	@mk/deps
clean:               ## remove code/ and build/
	rm -rf code build
help:                ## this list
	@echo "make TARGET, with TARGET one of:"
	@sed -n 's/^\([a-z0-9%-]*\):[^#]*## \(.*\)/\1\t\2/p' Makefile | \
		awk -F '\t' -v parts="$(CHECK_PARTS)" '{ t = $$1; sub(/%/, "PART", t); d = $$2; \
			sub(/\$$\(CHECK_PARTS\)/, parts, d); printf "  %-12s %s\n", t, d }'

# The parts of make check: the check-* prerequisites of mk/build.mk's check.
CHECK_PARTS = $(patsubst check-%,%,$(filter check-%,$(shell sed -n 's/^check: *//p' mk/build.mk)))
