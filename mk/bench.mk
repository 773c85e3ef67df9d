# mk/bench.mk: the benchmarks of appendix "Measuring" (chapters/B-measuring.nw):
# the short run that make typesets, make bench, make check-bench.  Included by
# mk/build.mk, whose CC, HOST_CFLAGS, VARIANT_CFLAGS_host, BENCH_HARNESS, CODE,
# BUILD, say and Q it uses.
#
#   build/bench/run.tex  the short run, which make pdf (and so make) needs: every
#                program with --quick (three short rounds of each benchmark, no
#                callgrind), its rows checked, the reports written into
#                build/bench as make bench writes them, labelled "short run";
#                5 to 15 s on a busy 2-CPU machine, most of it bench_vmalloc's 10^5 areas.
#                It is made again only when a program or a report changes.
#   bench        times the page allocator, the slab allocator and kmalloc on the
#                hosted machine (build/host/bench) and malloc+free of glibc,
#                jemalloc and mimalloc at the same sizes (build/bench/bench-<malloc>:
#                tools/bench_malloc.c and the harness linked three ways), counts
#                instructions under callgrind, and writes build/bench/results.csv, table.tex,
#                table-slab.tex, targets.tex and ratios.tex (which the appendix shows,
#                labelled "full run") and build/figures/bench-pages and bench-kmalloc,
#                .pdf and .svg; prints the tables and the targets (PASS/MISS; a miss
#                does not fail).  It replaces the short run's files (after making
#                them, if they are not there, so that a later make keeps the full
#                run) and removes the typeset book, whose results it has made stale.
#   check-bench  the harness's smoke test: the short run's rows (every row there and
#                positive), a quick count of each program under callgrind, and the
#                checker rejects a broken output.  It reuses the short run.
BENCH         := $(BUILD)/bench
BENCH_MALLOCS := glibc jemalloc mimalloc
# jemalloc's and mimalloc's shared libraries define malloc and free: linked before
# the C library (--no-as-needed keeps them even though no symbol of theirs is
# named), they replace glibc's for the whole program.  bench_malloc checks it.
BENCH_LDLIBS_glibc    :=
BENCH_LDLIBS_jemalloc := -Wl,--no-as-needed -ljemalloc
BENCH_LDLIBS_mimalloc := -Wl,--no-as-needed -lmimalloc
BENCH_PROGS   := $(BUILD)/host/bench $(addprefix $(BENCH)/bench-,$(BENCH_MALLOCS))
BENCH_AWK     := $(addprefix $(CODE)/tools/,bench-callgrind.awk bench-report.awk bench-check.awk)
CALLGRIND     := valgrind --tool=callgrind --collect-atstart=no
BENCH_MACHINE  = $$(sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo | head -1 | tr -d '\\&%$$\#_{}~^'), \
	$$(nproc) CPUs, $$(date -u +%Y-%m-%d)
BENCH_FULL     = Full run (make bench) on $(BENCH_MACHINE)
BENCH_SHORT_LABEL = Short run (make) on $(BENCH_MACHINE): three rounds per benchmark \
	and no instruction counts; make bench replaces it with the full run
BENCH_SHORT   := $(BENCH)/short
BENCH_RUN     := $(BENCH)/run.tex
BENCH_VMALLOC := $(BUILD)/host/bench_vmalloc
# The rows the vmalloc report needs; the short run fails if --list lacks one.
BENCH_VMALLOC_ROWS := $(foreach n,100 1000 10000 100000,vmalloc-live$(n) vmalloc-list-live$(n)) \
	kmap kmap-2048pages kmap_atomic vmalloc4096 kmalloc4096 vmalloc1048576 kmalloc1048576
BENCH_FIGURES := $(foreach f,bench-pages bench-kmalloc,$(BUILD)/figures/$(f).pdf $(BUILD)/figures/$(f).svg)
# What the book typesets of a run (mk/build.mk).
BENCH_BOOK_FIGURES := $(foreach f,bench-pages bench-kmalloc bench-vmalloc,$(BUILD)/figures/$(f).pdf)

$(BENCH)/bench-%: $(BUILD)/host/obj/tools/bench_malloc.o $(BUILD)/host/obj/$(BENCH_HARNESS).o
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(HOST_CFLAGS) $(VARIANT_CFLAGS_host) -o $@ $^ $(BENCH_LDLIBS_$*)

# The benchmarks run one after the other, timing first, so that no two compete for
# the cores; the callgrind runs come after.  Every run starts from scratch.
.PHONY: bench
bench: $(BENCH_PROGS) $(BENCH_AWK) $(BENCH_RUN)
	@rm -rf $(BENCH)/callgrind && mkdir -p $(BENCH)/callgrind
	@cut -d' ' -f1 /proc/loadavg > $(BENCH)/loadavg
	@echo "bench: timing; each figure is the median of 15 rounds of 20-40 ms; load average $$(cat $(BENCH)/loadavg)"
	$(BUILD)/host/bench > $(BENCH)/times.csv
	@for m in $(BENCH_MALLOCS); do \
		echo "$(BENCH)/bench-$$m --expect $$m >> $(BENCH)/times.csv"; \
		$(BENCH)/bench-$$m --expect $$m >> $(BENCH)/times.csv || exit 1; done
	@echo "bench: counting instructions under callgrind"
	@for p in kmem $(BENCH_MALLOCS); do \
		case $$p in kmem) prog=$(BUILD)/host/bench;; *) prog="$(BENCH)/bench-$$p --expect $$p";; esac; \
		echo "$(CALLGRIND) $$prog --count"; \
		$(CALLGRIND) --callgrind-out-file=$(BENCH)/callgrind/$$p.out $$prog --count \
			> $(BENCH)/callgrind/$$p.log 2>&1 || { cat $(BENCH)/callgrind/$$p.log; exit 1; }; done
	awk -f $(CODE)/tools/bench-callgrind.awk $(BENCH)/callgrind/*.out.* > $(BENCH)/counts.csv
	@awk -v dir=$(BENCH) -v machine="$(BENCH_FULL)" -v cpus=$$(nproc) \
		-v loadavg=$$(cat $(BENCH)/loadavg) -f $(CODE)/tools/bench-report.awk \
		$(BENCH)/counts.csv $(BENCH)/times.csv
	@$(MAKE) --no-print-directory -f mk/build.mk $(BENCH_FIGURES)
	@rm -f $(BUILD)/book.pdf $(BUILD)/html/index.html
	@echo "bench: wrote $(BENCH)/results.csv, table.tex, table-slab.tex, targets.tex, ratios.tex,"
	@echo "bench:   $(BUILD)/figures/bench-pages and bench-kmalloc, .pdf and .svg"
	@echo "bench: the book shows them from the next make pdf (make html leaves them out)"

# The short run.  run.tex comes last, so that a run that fails leaves no run.tex
# and the next make tries again; the files it reads (results.csv, vmalloc.csv and
# the tables) come with it.
$(BENCH_RUN): $(BENCH_PROGS) $(BENCH_VMALLOC) $(BENCH_AWK) $(CODE)/tools/bench-vmalloc-report.awk
	$(say) BENCH "$(BENCH) (a short run; make bench makes the full one)"
	$(Q)rm -rf $(BENCH_SHORT) && mkdir -p $(BENCH_SHORT)
	$(Q)for p in kmem $(BENCH_MALLOCS); do \
		case $$p in kmem) prog=$(BUILD)/host/bench;; *) prog="$(BENCH)/bench-$$p --expect $$p";; esac; \
		$$prog --list > $(BENCH_SHORT)/$$p.names && \
		$$prog --quick > $(BENCH_SHORT)/$$p.csv 2> $(BENCH_SHORT)/$$p.log && \
		awk -v alloc=$$p -f $(CODE)/tools/bench-check.awk $(BENCH_SHORT)/$$p.names \
			$(BENCH_SHORT)/$$p.csv > $(BENCH_SHORT)/$$p.check \
		|| { cat $(BENCH_SHORT)/$$p.log; echo "bench: $$prog --quick failed"; exit 1; }; done
	$(Q)$(BENCH_VMALLOC) --list > $(BENCH_SHORT)/vmalloc.names && \
	$(BENCH_VMALLOC) --quick > $(BENCH_SHORT)/vmalloc.csv 2> $(BENCH_SHORT)/vmalloc.log && \
	awk -v alloc=kmem -v rows="$(BENCH_VMALLOC_ROWS)" -f $(CODE)/tools/bench-check.awk \
		$(BENCH_SHORT)/vmalloc.names $(BENCH_SHORT)/vmalloc.csv > $(BENCH_SHORT)/vmalloc.check && \
	for s in 4096 1048576; do \
		$(BENCH)/bench-glibc --expect glibc --quick --only malloc$$s || exit 1; done \
		> $(BENCH_SHORT)/vmalloc-glibc.csv 2>> $(BENCH_SHORT)/vmalloc.log \
	|| { cat $(BENCH_SHORT)/vmalloc.log; echo "bench: $(BENCH_VMALLOC) --quick failed"; exit 1; }
	$(Q): > $(BENCH_SHORT)/counts.csv; cat $(foreach p,kmem $(BENCH_MALLOCS),$(BENCH_SHORT)/$(p).csv) \
		> $(BENCH_SHORT)/times.csv
	$(Q)awk -v dir=$(BENCH) -v machine="$(BENCH_SHORT_LABEL)" -v cpus=$$(nproc) \
		-v loadavg=$$(cut -d' ' -f1 /proc/loadavg) -f $(CODE)/tools/bench-report.awk \
		$(BENCH_SHORT)/counts.csv $(BENCH_SHORT)/times.csv > $(BENCH_SHORT)/report.txt
	$(Q)awk -v dir=$(BENCH) -v machine="$(BENCH_SHORT_LABEL)" -f $(CODE)/tools/bench-vmalloc-report.awk \
		$(BENCH_SHORT)/vmalloc.csv $(BENCH_SHORT)/vmalloc-glibc.csv > $(BENCH_SHORT)/report-vmalloc.txt
	$(Q)echo "% The short run of make (mk/bench.mk): a stamp; make bench leaves it." > $@
# Made by the short run's recipe, or by make bench after it.
$(BENCH)/results.csv $(BENCH)/vmalloc.csv: $(BENCH_RUN) ;

# The plot, from the last results (the short run's or make bench's).
$(BUILD)/figures/bench-%.pdf: figures/bench-%.gp $(BENCH)/results.csv
	@mkdir -p $(@D)
	$(say) GNUPLOT $@
	$(Q)gnuplot -e "csv='$(BENCH)/results.csv'; out='$@'" $<

# The smoke test: for the kernel's program and each malloc's, the short run's
# rows (the short run itself fails on a bad row) must be good, and so must a quick
# count under callgrind; the checker must reject an output with a row missing and
# one with a zero in it.
CHECK_BENCH := $(BUILD)/check-bench
.PHONY: check-bench
check-bench: $(BENCH_RUN) $(BENCH_PROGS) $(CODE)/tools/bench-check.awk $(CODE)/tools/bench-callgrind.awk
	@rm -rf $(CHECK_BENCH) && mkdir -p $(CHECK_BENCH)
	@for p in kmem $(BENCH_MALLOCS); do \
		case $$p in kmem) prog=$(BUILD)/host/bench;; *) prog="$(BENCH)/bench-$$p --expect $$p";; esac; \
		echo "$$prog --quick (the short run's); $(CALLGRIND) $$prog --count --quick"; \
		awk -v alloc=$$p -f $(CODE)/tools/bench-check.awk $(BENCH_SHORT)/$$p.names \
			$(BENCH_SHORT)/$$p.csv || exit 1; \
		$(CALLGRIND) --callgrind-out-file=$(CHECK_BENCH)/$$p.cg.out $$prog --count --quick \
			> $(CHECK_BENCH)/$$p.cg.log 2>&1 || { cat $(CHECK_BENCH)/$$p.cg.log; exit 1; }; \
		awk -f $(CODE)/tools/bench-callgrind.awk $(CHECK_BENCH)/$$p.cg.out.* \
			> $(CHECK_BENCH)/$$p.counts.csv && \
		awk -v alloc=$$p -f $(CODE)/tools/bench-check.awk $(BENCH_SHORT)/$$p.names \
			$(CHECK_BENCH)/$$p.counts.csv || exit 1; done
	@sed '$$d' $(BENCH_SHORT)/kmem.csv > $(CHECK_BENCH)/missing.csv
	@sed '1s/^\([^,]*,[^,]*\),[^,]*,[^,]*,/\1,0,0,/' $(BENCH_SHORT)/kmem.csv > $(CHECK_BENCH)/zero.csv
	@for bad in missing zero; do \
		if awk -f $(CODE)/tools/bench-check.awk $(BENCH_SHORT)/kmem.names \
			$(CHECK_BENCH)/$$bad.csv 2>/dev/null; then \
			echo "check-bench: the checker accepted a broken output ($$bad.csv)"; exit 1; fi; done
	@echo "check-bench: the checker rejects a missing row and a zero time"

# The vmalloc and kmap benchmarks (appendix "Measuring", section "The vmalloc and
# kmap benchmarks").  Their own program, files and tables, beside the others':
#   bench-vmalloc        times build/host/bench_vmalloc (mem=1G vmalloc=900M: up to
#                        10^5 live areas, by the tree and by 2.6's list walk; kmap;
#                        vmalloc beside kmalloc) and glibc's malloc at 4 KiB and 1 MiB,
#                        into build/bench/times-vmalloc.csv; writes vmalloc.csv,
#                        table-vmalloc.tex, table-vmalloc-kmap.tex and the plot
#                        build/figures/bench-vmalloc; prints the target's verdict.
#                        make bench runs it first, once the programs are built.
#   check-bench-vmalloc  its smoke test, part of check-bench: the short run's --quick
#                        rows, every row there and positive, and the report makes
#                        its tables from them.
.PHONY: bench-vmalloc check-bench-vmalloc
bench: bench-vmalloc
bench-vmalloc: $(BENCH_VMALLOC) $(BENCH_PROGS) $(CODE)/tools/bench-vmalloc-report.awk $(BENCH_RUN)
	@mkdir -p $(BENCH)
	@echo "bench: timing vmalloc and kmap; medians of 15 rounds; load average $$(cut -d' ' -f1 /proc/loadavg)"
	$(BENCH_VMALLOC) > $(BENCH)/times-vmalloc.csv 2> $(BENCH)/times-vmalloc.log \
		|| { cat $(BENCH)/times-vmalloc.log; exit 1; }
	$(BENCH)/bench-glibc --expect glibc --only malloc4096 >> $(BENCH)/times-vmalloc.csv
	$(BENCH)/bench-glibc --expect glibc --only malloc1048576 >> $(BENCH)/times-vmalloc.csv
	@awk -v dir=$(BENCH) -v machine="$(BENCH_FULL)" -f $(CODE)/tools/bench-vmalloc-report.awk \
		$(BENCH)/times-vmalloc.csv
	@$(MAKE) --no-print-directory -f mk/build.mk $(BUILD)/figures/bench-vmalloc.pdf \
		$(BUILD)/figures/bench-vmalloc.svg
	@rm -f $(BUILD)/book.pdf $(BUILD)/html/index.html
	@echo "bench: wrote $(BENCH)/times-vmalloc.csv, vmalloc.csv, table-vmalloc.tex, table-vmalloc-kmap.tex,"; echo "bench:   ratios-vmalloc.tex"

$(BUILD)/figures/bench-vmalloc.pdf: figures/bench-vmalloc.gp $(BENCH)/vmalloc.csv
	@mkdir -p $(@D)
	$(say) GNUPLOT $@
	$(Q)gnuplot -e "csv='$(BENCH)/vmalloc.csv'; out='$@'" $<

CHECK_BENCH_VMALLOC := $(BUILD)/check-bench-vmalloc
check-bench: check-bench-vmalloc
check-bench-vmalloc: $(BENCH_RUN) $(CODE)/tools/bench-check.awk $(CODE)/tools/bench-vmalloc-report.awk
	@rm -rf $(CHECK_BENCH_VMALLOC) && mkdir -p $(CHECK_BENCH_VMALLOC)
	@echo "$(BENCH_VMALLOC) --quick (the short run's)"
	@awk -v alloc=kmem -v rows="$(BENCH_VMALLOC_ROWS)" -f $(CODE)/tools/bench-check.awk \
		$(BENCH_SHORT)/vmalloc.names $(BENCH_SHORT)/vmalloc.csv
	@awk -v dir=$(CHECK_BENCH_VMALLOC) -f $(CODE)/tools/bench-vmalloc-report.awk \
		$(BENCH_SHORT)/vmalloc.csv $(BENCH_SHORT)/vmalloc-glibc.csv > $(CHECK_BENCH_VMALLOC)/report.txt
	@grep -q 'target: cost at 10^4 <= 2x cost at 10^2: tree [0-9.]*, \(PASS\|MISS\)' \
		$(CHECK_BENCH_VMALLOC)/report.txt && \
		grep -q '^100000,' $(CHECK_BENCH_VMALLOC)/vmalloc.csv && \
		grep -q '1 MiB & [0-9.]* & [0-9.]* & [0-9.]* & [0-9.]*' \
			$(CHECK_BENCH_VMALLOC)/table-vmalloc-kmap.tex \
		|| { cat $(CHECK_BENCH_VMALLOC)/report.txt; \
		     echo "check-bench: the vmalloc report lacks a verdict, the curve or a row"; exit 1; }
	@echo "check-bench: bench_vmalloc: every row present and positive; the report has its verdict"
