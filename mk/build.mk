# mk/build.mk: from the chapters to everything under build/.
# The top-level Makefile calls this file once the Debian packages are in place;
# tangle.mk (chapters -> code/) is included first.

# Chapter files in tangling order: NN-topic.nw, then NNx-topic.nw for a chapter
# written in more than one file (01-machines.nw, 01a-kernel-library.nw, ...), then
# appendices.  book.tex may typeset some of them elsewhere (chapter 1's machines
# are appendices D and E): noweb needs the order of the text, a reader another.
CHAPTERS := $(sort $(wildcard chapters/[0-9][0-9]-*.nw) $(wildcard chapters/[0-9][0-9][a-z]-*.nw)) \
	$(sort $(wildcard chapters/[A-Z]-*.nw))
CODE     := code
BUILD    := build
include tangle.mk
# The student edition (kit/student) adds mk/edition.mk, which freezes the book's
# examples there: see "The book" below.
-include mk/edition.mk

# --------------------------------------------------------------------------
# The hosted machine: libkmem.a, the tools and the Check suites, built three times:
# once optimised (build/host) and once under AddressSanitizer and UBSan
# (build/host-asan), and a third time under ThreadSanitizer for make check-tsan
# (build/host-tsan).  Compiler warnings are errors.

CC        ?= gcc
# Quiet by default: one line per file.  make V=1 shows the full commands.
ifeq ($(V),1)
Q :=
say = @true
else
Q := @
say = @printf '  %-8s %s\n'
endif
CHECK_LIBS := $(shell pkg-config --libs check)
CHECK_CFLAGS := $(shell pkg-config --cflags check)
HOST_CFLAGS := -std=gnu11 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter -fno-strict-aliasing -pthread \
	-I$(CODE)/include
VARIANT_CFLAGS_host      := -O2
VARIANT_CFLAGS_host-asan := -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=all
VARIANT_CFLAGS_host-tsan := -O1 -fno-omit-frame-pointer -fsanitize=thread

LIB_SRCS  := $(filter init/%.c mm/%.c kernel/%.c drivers/%.c lib/%.c arch/hosted/%.c,$(ROOTS))
TEST_SRCS := $(filter tests/%.c,$(ROOTS))
# Every tools/NAME.c is a program, build/host/NAME, but one: tools/bench-harness.c
# is the harness the benchmark programs share (appendix "Measuring"), compiled
# once and linked into each of BENCH_TOOLS.
BENCH_HARNESS := tools/bench-harness
BENCH_TOOLS := bench bench_malloc bench_vmalloc
TOOLS     := $(filter-out $(notdir $(BENCH_HARNESS)),$(patsubst tools/%.c,%,$(filter tools/%.c,$(ROOTS))))

# $(call host-variant,NAME): the rules for build/NAME/{libkmem.a,check_kmem,tools}.
define host-variant
$(BUILD)/$(1)/obj/%.o: $(CODE)/%.c
	@mkdir -p $$(@D)
	$$(say) CC $$@
	$$(Q)$$(CC) $$(HOST_CFLAGS) $$(VARIANT_CFLAGS_$(1)) $$(if $$(filter tests/%,$$*),$$(CHECK_CFLAGS)) -MMD -MP -c $$< -o $$@
$(BUILD)/$(1)/libkmem.a: $(patsubst %.c,$(BUILD)/$(1)/obj/%.o,$(LIB_SRCS))
	@rm -f $$@
	$$(say) AR $$@
	$$(Q)ar rcs $$@ $$^
$(BUILD)/$(1)/check_kmem: $(patsubst %.c,$(BUILD)/$(1)/obj/%.o,$(TEST_SRCS)) $(BUILD)/$(1)/libkmem.a
	$$(say) LD $$@
	$$(Q)$$(CC) $$(HOST_CFLAGS) $$(VARIANT_CFLAGS_$(1)) -o $$@ $$^ $$(CHECK_LIBS)
$(addprefix $(BUILD)/$(1)/,$(TOOLS)): $(BUILD)/$(1)/%: $(BUILD)/$(1)/obj/tools/%.o $(BUILD)/$(1)/libkmem.a
	$$(say) LD $$@
	$$(Q)$$(CC) $$(HOST_CFLAGS) $$(VARIANT_CFLAGS_$(1)) -o $$@ $$^
$(addprefix $(BUILD)/$(1)/,$(BENCH_TOOLS)): $(BUILD)/$(1)/obj/$(BENCH_HARNESS).o
-include $(patsubst %.c,$(BUILD)/$(1)/obj/%.d,$(LIB_SRCS) $(TEST_SRCS) $(addprefix tools/,$(addsuffix .c,$(TOOLS))) $(BENCH_HARNESS).c)
endef
$(eval $(call host-variant,host))
$(eval $(call host-variant,host-asan))
$(eval $(call host-variant,host-tsan))

# The fuzzer (appendix "Hardening the allocator"): the library again, built by
# Clang with libFuzzer's coverage, ASan and UBSan, and the harness linked with
# libFuzzer's main.
FUZZ_CC     := clang
FUZZ_CFLAGS := $(filter-out -pthread,$(HOST_CFLAGS)) -pthread -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
$(BUILD)/fuzz/obj/%.o: $(CODE)/%.c
	@mkdir -p $(@D)
	$(say) CLANG $@
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/fuzz/libkmem.a: $(patsubst %.c,$(BUILD)/fuzz/obj/%.o,$(LIB_SRCS))
	@rm -f $@
	$(say) AR $@
	$(Q)ar rcs $@ $^
$(BUILD)/fuzz/kmem_fuzz: $(BUILD)/fuzz/obj/fuzz/kmem_fuzz.o $(BUILD)/fuzz/libkmem.a
	$(say) LD $@
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^
-include $(patsubst %.c,$(BUILD)/fuzz/obj/%.d,$(LIB_SRCS) fuzz/kmem_fuzz.c)

HOST_PRODUCTS := $(BUILD)/host/libkmem.a $(BUILD)/host/check_kmem $(addprefix $(BUILD)/host/,$(TOOLS))
.PHONY: host host-asan
host: $(HOST_PRODUCTS)
host-asan: $(BUILD)/host-asan/libkmem.a $(BUILD)/host-asan/check_kmem

# The i386 machine: the kernel image, its ISO and the QEMU runs (mk/i386.mk).
-include mk/i386.mk
-include mk/bench.mk

# --------------------------------------------------------------------------
# The book.  All chapters are woven in one noweave run, so chunk references and
# the indices cross chapter boundaries, and mk/book/splitweave cuts the result into one
# file per chapter for book.tex to \input.  Examples are kmemsim transcripts made at
# build time (the text cannot disagree with the code); figures are standalone TikZ
# files, typeset to PDF for the book and to SVG for the HTML edition.

EXAMPLES := $(patsubst examples/%.ksh,$(BUILD)/examples/%.out,$(filter examples/%.ksh,$(ROOTS)))
# The table of measured detection rates (appendix "Hardening the allocator").
EXAMPLES += $(BUILD)/examples/detect-rates.out
FIGURES  := $(patsubst figures/%.tex,$(BUILD)/figures/%.pdf,$(wildcard figures/*.tex)) \
	$(patsubst figures/%.gp,$(BUILD)/figures/%.pdf,$(filter-out figures/bench-%,$(wildcard figures/*.gp)))
FIGURES  += $(BUILD)/figures/layers.pdf
WOVEN    := $(patsubst chapters/%.nw,$(BUILD)/tex/%.tex,$(CHAPTERS))

$(BUILD)/tex/.woven: $(CHAPTERS) mk/book/splitweave mk/book/nwescape
	@mkdir -p $(@D)
	@! grep -n -E '^(@ )?\\(sub)*(section|chapter)\*?\{.*\[\[' $(CHAPTERS) \
		|| { echo "weave: [[...]] in a heading breaks LaTeX; use \\texttt{} there (above)"; exit 1; }
	noweave -n -delay -filter mk/book/nwescape -index $(CHAPTERS) | mk/book/splitweave $(@D)
	@touch $@
$(WOVEN): $(BUILD)/tex/.woven ;

# In the student edition (EXAMPLES_FROZEN), the examples are the book's own,
# copied in by make student: its stubbed allocator and kernel could not make them,
# so no rule remakes them there.
ifeq ($(EXAMPLES_FROZEN),)
# detectrate exits 1 when a kind of bug is caught less often than the book
# promises: the table is still the book's, and check-detect fails on it.
$(BUILD)/examples/detect-rates.out: $(BUILD)/host/detectrate
	@mkdir -p $(@D)
	$(say) DETECT $@
	$(Q)$(BUILD)/host/detectrate $(DETECT_RUNS) > $@.tmp; s=$$?; echo $$s > $(BUILD)/detect-rates.status; \
		[ $$s -le 1 ] && mv $@.tmp $@
$(BUILD)/examples/%.out: $(CODE)/examples/%.ksh $(BUILD)/host/kmemsim
	@mkdir -p $(@D)
	$(BUILD)/host/kmemsim -x $< > $@.tmp && mv $@.tmp $@
else
$(BUILD)/examples/%.out:
	@echo "$@ is missing: the student edition's examples come from the book's tree (make student there)" >&2; exit 1
endif

# The book prints a transcript folded to its text block (mk/book/wrapout: 85 columns of
# \small typewriter); figures and the HTML edition read the transcript itself.
$(BUILD)/examples/%.txt: $(BUILD)/examples/%.out mk/book/wrapout
	mk/book/wrapout 85 < $< > $@.tmp && mv $@.tmp $@

# A TikZ figure may \input numbers written at build time into $(BUILD)/figures.
$(BUILD)/figures/%.pdf: figures/%.tex
	@mkdir -p $(@D)
	cd figures && TEXINPUTS=../$(@D): pdflatex -interaction=batchmode -halt-on-error -output-directory ../$(@D) $*.tex >/dev/null \
		|| { tail -30 ../$(@D)/$*.log; exit 1; }
# The paging figure's numbers come from the tangled headers (mk/book/paging-geometry.c),
# as do the high-memory figures' (mk/book/highmem-geometry.c); the slab figure's come
# from a run of the slab allocator (mk/book/slab-geometry.c).  The
# student edition's stubbed allocator could not make them: there, as the
# examples, they are the book's own.
ifeq ($(EXAMPLES_FROZEN),)
$(BUILD)/figures/paging-geometry.tex: mk/book/paging-geometry.c $(BUILD)/host/libkmem.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(HOST_CFLAGS) -O2 -o $(@D)/gen-paging-geometry $< $(BUILD)/host/libkmem.a
	$(Q)$(@D)/gen-paging-geometry > $@.tmp && mv $@.tmp $@
$(BUILD)/figures/slab-geometry.tex: mk/book/slab-geometry.c $(BUILD)/host/libkmem.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(HOST_CFLAGS) -O2 -o $(@D)/gen-slab-geometry $< $(BUILD)/host/libkmem.a
	$(Q)$(@D)/gen-slab-geometry > $@.tmp && mv $@.tmp $@
$(BUILD)/figures/highmem-geometry.tex: mk/book/highmem-geometry.c $(BUILD)/host/libkmem.a
	@mkdir -p $(@D)
	$(Q)$(CC) $(HOST_CFLAGS) -O2 -o $(@D)/gen-highmem-geometry $< $(BUILD)/host/libkmem.a
	$(Q)$(@D)/gen-highmem-geometry > $@.tmp && mv $@.tmp $@
# The figure of the layers is the graph of the calls between the parts of the
# code, from the object files of both machines (mk/checks/check-layers --dot), laid out
# by Graphviz.
$(BUILD)/figures/layers.dot: mk/checks/check-layers $(BUILD)/host/libkmem.a $(BUILD)/i386/kernel.elf
	@mkdir -p $(@D)
	$(Q)CODE=$(CODE) mk/checks/check-layers --dot $@.tmp $(BUILD)/host/obj $(BUILD)/i386/obj > /dev/null
	$(Q)mv $@.tmp $@
$(BUILD)/figures/layers.pdf: $(BUILD)/figures/layers.dot
	$(say) DOT $@
	$(Q)dot -Tpdf -o $@ $<
endif
# The scull figure's numbers are the driver's constants (mk/book/scull-geometry.c), which
# need no run of the allocator: both editions make them.
$(BUILD)/figures/scull-geometry.tex: mk/book/scull-geometry.c $(CODE)/include/linux/scull.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(HOST_CFLAGS) -O2 -o $(@D)/gen-scull-geometry $<
	$(Q)$(@D)/gen-scull-geometry > $@.tmp && mv $@.tmp $@
$(BUILD)/figures/scull-layout.pdf: $(BUILD)/figures/scull-geometry.tex
$(BUILD)/figures/paging-walk.pdf: $(BUILD)/figures/paging-geometry.tex
$(BUILD)/figures/slab-layout.pdf $(BUILD)/figures/slab-cache.pdf: $(BUILD)/figures/slab-geometry.tex
$(BUILD)/figures/highmem-areas.pdf $(BUILD)/figures/highmem-kmap.pdf: $(BUILD)/figures/highmem-geometry.tex
# A plot reads the kmemsim transcript of the same name.
$(BUILD)/figures/%.pdf: figures/%.gp $(BUILD)/examples/%.out
	@mkdir -p $(@D)
	$(say) PLOT $@
	$(Q)gnuplot -e "data='$(BUILD)/examples/$*.out'; out='$@'" $<
$(BUILD)/figures/%.svg: $(BUILD)/figures/%.pdf
	pdftocairo -svg $< $@

$(BUILD)/book.pdf: book.tex book.bib $(WOVEN) $(EXAMPLES:.out=.txt) $(FIGURES) mk/book/booklint mk/book/marginlint \
		$(BUILD)/examples/i386-boot.txt
	@mkdir -p $(@D)
	latexmk -pdf $(if $(filter $(BENCH_RUN) $(BENCH_BOOK_FIGURES),$?),-g) -outdir=$(BUILD) \
		-interaction=nonstopmode -halt-on-error -file-line-error \
		-silent book.tex > $(BUILD)/latexmk.out 2>&1 \
		|| { grep -A5 -E '^[^ ]*:[0-9]+:|^!' $(BUILD)/book.log | head -40; exit 1; }
	mk/book/booklint $(BUILD)/book.log $@
	mk/book/marginlint $(BUILD)/book.log || { rm -f $@; exit 1; }
# Appendix "Measuring" typesets the benchmarks' results: the short run's
# (mk/bench.mk) until make bench replaces them.  A new run forces latexmk (-g
# above), which would not notice files that the last run of LaTeX did not read.
# The student edition keeps the book's (make student copies them).
ifeq ($(EXAMPLES_FROZEN),)
$(BUILD)/book.pdf: $(BENCH_RUN) $(BENCH_BOOK_FIGURES)
endif

.PHONY: pdf
pdf: $(BUILD)/book.pdf

# The course kit (Appendix A): its student edition needs EXAMPLES and FIGURES.
-include mk/grade.mk

# --------------------------------------------------------------------------
# Tests.  `check` is every test there is; each part is a target of its own.

.PHONY: check-detect check-fuzz fuzz
.PHONY: check-kasan-outside check-tsan
.PHONY: check check-host check-asan check-shell-fuzz check-layers check-vmalloc-scale check-percpu-outside check-headers check-lines check-rebuild check-exercises
check: check-host check-asan check-tsan check-soak check-detect check-fuzz check-shell-fuzz check-layers check-vmalloc-scale check-percpu-outside check-kasan-outside check-headers check-lines check-i386 check-exercises check-bench pdf check-html check-rebuild check-grader check-student
	@echo "check: all tests passed"

check-host: $(BUILD)/host/check_kmem
	$(BUILD)/host/check_kmem
# How the sanitizer build's programs run: leaks reported, the first error fatal.
ASAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
check-asan: $(BUILD)/host-asan/check_kmem
	$(ASAN_ENV) $(BUILD)/host-asan/check_kmem
# The Check suites under ThreadSanitizer (appendix "Hardening the allocator"):
# every suite but the tests that need signals delivered at once, which TSan
# delays; its slowness is allowed for in the time limits.
check-tsan: $(BUILD)/host-tsan/check_kmem
	CK_EXCLUDE_TAGS=async-signals CK_TIMEOUT_MULTIPLIER=10 TSAN_OPTIONS=second_deadlock_stack=1 \
		$(BUILD)/host-tsan/check_kmem
# The fuzzer: make fuzz fuzzes for FUZZ_SECONDS from the committed corpus
# (fuzz/corpus), keeping what it finds in build/fuzz/corpus; check-fuzz replays
# the committed corpus, then runs FUZZ_RUNS mutations from a fixed seed.
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?= 500
FUZZ_ENV     := ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
fuzz: $(BUILD)/fuzz/kmem_fuzz
	@mkdir -p $(BUILD)/fuzz/corpus
	$(FUZZ_ENV) $< -max_len=512 -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
		$(BUILD)/fuzz/corpus fuzz/corpus
check-fuzz: $(BUILD)/fuzz/kmem_fuzz
	@$(FUZZ_ENV) $< fuzz/corpus/* > $(BUILD)/fuzz/replay.out 2>&1 \
		|| { cat $(BUILD)/fuzz/replay.out; echo "check-fuzz: an input of fuzz/corpus fails"; exit 1; }
	@rm -rf $(BUILD)/fuzz/check-corpus && mkdir -p $(BUILD)/fuzz/check-corpus
	@$(FUZZ_ENV) $< -max_len=512 -runs=$(FUZZ_RUNS) -seed=1 $(BUILD)/fuzz/check-corpus fuzz/corpus \
		> $(BUILD)/fuzz/check.out 2>&1 \
		|| { tail -60 $(BUILD)/fuzz/check.out; echo "check-fuzz: the fuzzer found a bug"; exit 1; }
	@echo "check-fuzz: $$(ls fuzz/corpus | wc -l) corpus inputs replayed, $(FUZZ_RUNS) fuzzed inputs passed"

# make soak: SOAK_OPS random operations on every allocator on four CPUs, under
# ASan and UBSan (appendix "Hardening the allocator"); check-soak runs a short one.
SOAK_OPS ?= 10000000
.PHONY: soak check-soak
soak: $(BUILD)/host-asan/soak
	$(ASAN_ENV) $< $(SOAK_OPS)
check-soak: $(BUILD)/host-asan/soak
	@$(ASAN_ENV) $< 20000

# The debugging features catch every kind of bug they claim to, each time
# (the table of the appendix "Hardening the allocator", made by detectrate).
DETECT_RUNS ?= 10
check-detect: $(BUILD)/examples/detect-rates.out
	@cat $<
	@[ "$$(cat $(BUILD)/detect-rates.status)" = 0 ] \
		|| { echo "check-detect: a kind of bug is caught less often than the book promises"; exit 1; }
	@echo "check-detect: every kind of bug is caught as often as the book promises"
# kmemsim as a user meets it (mk/checks/check-kmemsim), and the shell against thousands
# of generated hostile lines, plain and under the sanitizers (mk/checks/check-shell-fuzz).
check-shell-fuzz: $(BUILD)/host/shellfuzz $(BUILD)/host/kmemsim $(BUILD)/host-asan/kmemsim \
		$(BUILD)/i386/kernel.elf
	@mk/checks/check-kmemsim $(BUILD)/host/kmemsim $(BUILD)/i386/kernel.elf
	@mk/checks/check-shell-fuzz $(BUILD)/host/shellfuzz $(BUILD)/host/kmemsim 1 2 3 4
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 mk/checks/check-shell-fuzz \
		$(BUILD)/host/shellfuzz $(BUILD)/host-asan/kmemsim 5 6
	@# The i386 shell: 500 lines, without Ctrl-D, which ends a serial session.
	@$(BUILD)/host/shellfuzz 9 500 | tr -d '\004' > $(BUILD)/shellfuzz-i386.in
	@mk/qemu/qemu-shell -q -timeout 600 -kernel $(BUILD)/i386/kernel.elf $(BUILD)/shellfuzz-i386.in
	@echo "check-shell-fuzz: the i386 shell answered 500 fuzzed lines"
# Calls go down the layers of the code and the boot sequence is written once
# (mk/checks/check-layers reads the symbols of every object file of both machines).
check-layers: $(HOST_PRODUCTS) $(BUILD)/i386/kernel.elf
	@CODE=$(CODE) mk/checks/check-layers $(BUILD)/host/obj $(BUILD)/i386/obj
# A program outside the library, built with a plain command line, holds 100 000
# live vmalloc areas (chapter "vmalloc"), at the host's default vm.max_map_count.
check-vmalloc-scale: $(BUILD)/host/libkmem.a
	@mkdir -p $(BUILD)/outside
	$(Q)$(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -I$(CODE)/include $(CODE)/outside/vmalloc-100k.c \
		$(BUILD)/host/libkmem.a -pthread -o $(BUILD)/outside/vmalloc-100k
	@$(BUILD)/outside/vmalloc-100k
# A program outside the library defines its own DEFINE_PER_CPU variable and sees
# one copy of it per CPU (chapter "Per-CPU variables"); built plainly and with
# --gc-sections, which must not drop the per-CPU section.
check-percpu-outside: $(BUILD)/host/libkmem.a
	@mkdir -p $(BUILD)/outside
	$(Q)$(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -I$(CODE)/include $(CODE)/outside/percpu-outside.c \
		$(BUILD)/host/libkmem.a -pthread -o $(BUILD)/outside/percpu-outside
	$(Q)$(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -ffunction-sections -fdata-sections -Wl,--gc-sections \
		-I$(CODE)/include $(CODE)/outside/percpu-outside.c $(BUILD)/host/libkmem.a -pthread \
		-o $(BUILD)/outside/percpu-outside-gc
	@$(BUILD)/outside/percpu-outside
	@$(BUILD)/outside/percpu-outside-gc
# A program outside the library, built with ASan against the sanitizer build of
# libkmem.a, uses a kmalloc object after freeing it: ASan's report must name the
# bad access and give the stacks of the allocation and of the free (appendix
# "Hardening the allocator").
check-kasan-outside: $(BUILD)/host-asan/libkmem.a
	@mkdir -p $(BUILD)/outside
	$(Q)$(CC) -std=gnu11 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -Wall -Wextra -Werror \
		-I$(CODE)/include $(CODE)/outside/kasan-outside.c $(BUILD)/host-asan/libkmem.a -pthread \
		-o $(BUILD)/outside/kasan-outside
	@! ASAN_OPTIONS=detect_leaks=0 $(BUILD)/outside/kasan-outside > $(BUILD)/outside/kasan-outside.out 2>&1 \
		|| { cat $(BUILD)/outside/kasan-outside.out; echo "check-kasan-outside: the program was not stopped"; exit 1; }
	@awk '/use-after-poison/ { bad = 1 } /^Allocated by:/ { s = "a" } /^Freed by:/ { s = "f" } \
		s == "a" && /make_record/ { a = 1 } s == "f" && /drop_record/ { f = 1 } \
		END { exit !(bad && a && f) }' $(BUILD)/outside/kasan-outside.out \
		|| { cat $(BUILD)/outside/kasan-outside.out; \
		     echo "check-kasan-outside: no report with the allocation and free stacks"; exit 1; }
	@echo "check-kasan-outside: ASan reported the use after free with the allocation and free stacks"
check-headers: $(TANGLE_STAMP)
	mk/checks/check-headers $(CODE)/include
check-lines: $(TANGLE_STAMP)
	mk/checks/check-lines $(CHAPTERS)
# Every exercise's tests tell right from wrong: reference full marks, stub less,
# every mutant less (kit/exercise-proof).
EXERCISES := $(patsubst exercises/%/stub.c,%,$(wildcard exercises/*/stub.c))
check-exercises: $(TANGLE_STAMP)
	CHAPTERS="$(CHAPTERS)" kit/exercise-proof $(EXERCISES)

.PHONY: exercises
exercises:
	@CHAPTERS="$(CHAPTERS)" kit/exercise-list $(EXERCISES)

# After everything is built, a second make must compile nothing and touch no
# file under code/ or build/.  (make -q cannot tell: a tangled file that cpif
# left alone is older than the tangle stamp, so make -q calls it out of date.)
check-rebuild: host host-asan pdf
	@touch $(BUILD)/.rebuild-mark
	@$(MAKE) --no-print-directory -f mk/build.mk host host-asan pdf > $(BUILD)/rebuild.out 2>&1
	@changed=$$(find $(CODE) $(BUILD) -type f -newer $(BUILD)/.rebuild-mark ! -name rebuild.out); \
	if [ -n "$$changed" ]; then \
		echo "check-rebuild: a second make changed these files:"; echo "$$changed"; \
		cat $(BUILD)/rebuild.out; exit 1; fi
	@echo "check-rebuild: a second make compiled nothing and changed no file"

# --------------------------------------------------------------------------

.PHONY: all
all: host i386 pdf
	@echo
	@echo "Products:"
	@echo "  build/host/libkmem.a      the allocator on the hosted machine (link it; headers in code/include)"
	@echo "  build/host/check_kmem     the Check suites (make check runs them)"
	@for t in $(TOOLS); do printf '  %-26s a tool (see the book)\n' build/host/$$t; done
	@echo "  build/i386/kernel.elf     the i386 kernel (qemu-system-i386 -kernel ...; make run)"
	@echo "  build/i386/kmem.iso       the same kernel on a bootable CD image"
	@echo "  build/book.pdf            the book (make html: build/html/index.html)"

# ---- HTML edition (begin) ----
# The HTML edition: one page, build/html/index.html, with the figures (as SVG) and
# the stylesheet embedded.  mk/book/nw2html weaves all chapters with a backend of its own
# and runs pandoc (its filter mk/book/html-filter); mk/checks/html-check checks every link and chunk anchor.
HTML := $(BUILD)/html/index.html
SVGS := $(FIGURES:.pdf=.svg)

$(HTML): $(CHAPTERS) book.tex book.bib mk/book/nw2html mk/book/html-filter mk/book/html.csl mk/book/book.css $(EXAMPLES) $(SVGS)
	@mkdir -p $(@D)
	mk/book/nw2html $(BUILD) $@ $(CHAPTERS)

# The EPUB edition, for e-readers: pandoc reads the HTML edition back, cuts it
# into one file per chapter and keeps the figures as SVG.  Its reader drops the id
# of a paragraph, so a chunk heading's id moves to an empty span at its start,
# which pandoc keeps, and to which it points the chunks' cross-links across files.
EPUB := $(BUILD)/book.epub
$(EPUB): $(HTML) mk/book/book.css
	$(say) PANDOC $@
	$(Q)sed 's/<p class="chunkhead" id="\([^"]*\)">/<p class="chunkhead"><span id="\1"><\/span>/' \
		$(HTML) > $(BUILD)/epub.html
	$(Q)pandoc -f html -t epub3 --epub-chapter-level=1 --css=mk/book/book.css --metadata=lang:en -o $@.tmp $(BUILD)/epub.html 2> $(BUILD)/epub.log \
		|| { cat $(BUILD)/epub.log; rm -f $@.tmp; exit 1; }
	@mv $@.tmp $@

.PHONY: html epub check-html
html: $(HTML)
epub: $(EPUB)
# The HTML edition's links and anchors; the EPUB's structure: the container's
# files, a file per chapter and appendix, and every figure; and both in Chromium,
# headless (mk/checks/html-browser): the HTML edition and three of the EPUB's chapter
# files rendered, not blank, with no console message and every link resolved.
check-html: $(HTML) $(EPUB) mk/checks/html-check mk/checks/epub-check mk/checks/html-browser
	@mk/checks/html-check $(HTML) $(CHAPTERS)
	@mk/checks/epub-check $(EPUB) $(HTML)
	@mk/checks/html-browser $(HTML) $(EPUB)
# ---- HTML edition (end) ----
