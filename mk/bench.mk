# mk/bench.mk: make bench and make check-bench, the benchmarks of appendix
# "Measuring" (chapters/B-measuring.nw).  Included by mk/build.mk, whose CC,
# HOST_CFLAGS, VARIANT_CFLAGS_host, BENCH_HARNESS, CODE, BUILD, say and Q it uses.
#
#   bench        times the page allocator, the slab allocator and kmalloc on the
#                hosted machine (build/host/bench) and malloc+free of glibc,
#                jemalloc and mimalloc at the same sizes (build/bench/bench-<malloc>:
#                tools/bench_malloc.c and the harness linked three ways), counts
#                instructions under callgrind, and writes build/bench/results.csv, table.tex,
#                table-slab.tex and targets.tex (which the appendix shows) and
#                build/figures/bench-pages and bench-kmalloc, .pdf and .svg; prints
#                the tables and the targets (PASS/MISS; a miss does not fail).
#                It removes the typeset book, whose results it has made stale: the
#                next make pdf typesets it again with them.  (A prerequisite would
#                not do: latexmk leaves the PDF alone when the appendix is not in
#                book.tex, and make would then call it on every run.)
#   check-bench  the harness's smoke test: bench --quick and bench-<malloc> --quick,
#                timed and counted, every row there and positive, and the checker
#                rejects a broken output.
# Neither `make` nor `make check` needs a benchmark run: the book shows a note
# where the results would be, until there are results.

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
BENCH_FIGURES := $(foreach f,bench-pages bench-kmalloc,$(BUILD)/figures/$(f).pdf $(BUILD)/figures/$(f).svg)

$(BENCH)/bench-%: $(BUILD)/host/obj/tools/bench_malloc.o $(BUILD)/host/obj/$(BENCH_HARNESS).o
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(HOST_CFLAGS) $(VARIANT_CFLAGS_host) -o $@ $^ $(BENCH_LDLIBS_$*)

# The benchmarks run one after the other, timing first, so that no two compete for
# the cores; the callgrind runs come after.  Every run starts from scratch.
.PHONY: bench
bench: $(BENCH_PROGS) $(BENCH_AWK)
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
	@awk -v dir=$(BENCH) -v machine="$(BENCH_MACHINE)" -v cpus=$$(nproc) \
		-v loadavg=$$(cat $(BENCH)/loadavg) -f $(CODE)/tools/bench-report.awk \
		$(BENCH)/counts.csv $(BENCH)/times.csv
	@$(MAKE) --no-print-directory -f mk/build.mk $(BENCH_FIGURES)
	@rm -f $(BUILD)/book.pdf $(BUILD)/html/index.html
	@echo "bench: wrote $(BENCH)/results.csv, table.tex, table-slab.tex, targets.tex,"
	@echo "bench:   $(BUILD)/figures/bench-pages and bench-kmalloc, .pdf and .svg"
	@echo "bench: the book shows them from the next make pdf (make html leaves them out)"

# The plot, from the last results (make bench makes them; nothing else does).
$(BUILD)/figures/bench-%.pdf: figures/bench-%.gp $(BENCH)/results.csv
	@mkdir -p $(@D)
	$(say) GNUPLOT $@
	$(Q)gnuplot -e "csv='$(BENCH)/results.csv'; out='$@'" $<

# The smoke test: for the kernel's program and each malloc's, a quick run must
# print a good row for every benchmark, and so must a quick count under callgrind;
# the checker must reject an output with a row missing and one with a zero in it.
CHECK_BENCH := $(BUILD)/check-bench
.PHONY: check-bench
check-bench: $(BENCH_PROGS) $(CODE)/tools/bench-check.awk $(CODE)/tools/bench-callgrind.awk
	@rm -rf $(CHECK_BENCH) && mkdir -p $(CHECK_BENCH)
	@for p in kmem $(BENCH_MALLOCS); do \
		case $$p in kmem) prog=$(BUILD)/host/bench;; *) prog="$(BENCH)/bench-$$p --expect $$p";; esac; \
		echo "$$prog --quick; $(CALLGRIND) $$prog --count --quick"; \
		$$prog --list > $(CHECK_BENCH)/$$p.names && \
		$$prog --quick > $(CHECK_BENCH)/$$p.csv && \
		awk -v alloc=$$p -f $(CODE)/tools/bench-check.awk $(CHECK_BENCH)/$$p.names \
			$(CHECK_BENCH)/$$p.csv || exit 1; \
		$(CALLGRIND) --callgrind-out-file=$(CHECK_BENCH)/$$p.cg.out $$prog --count --quick \
			> $(CHECK_BENCH)/$$p.cg.log 2>&1 || { cat $(CHECK_BENCH)/$$p.cg.log; exit 1; }; \
		awk -f $(CODE)/tools/bench-callgrind.awk $(CHECK_BENCH)/$$p.cg.out.* \
			> $(CHECK_BENCH)/$$p.counts.csv && \
		awk -v alloc=$$p -f $(CODE)/tools/bench-check.awk $(CHECK_BENCH)/$$p.names \
			$(CHECK_BENCH)/$$p.counts.csv || exit 1; done
	@sed '$$d' $(CHECK_BENCH)/kmem.csv > $(CHECK_BENCH)/missing.csv
	@sed '1s/^\([^,]*,[^,]*\),[^,]*,[^,]*,/\1,0,0,/' $(CHECK_BENCH)/kmem.csv > $(CHECK_BENCH)/zero.csv
	@for bad in missing zero; do \
		if awk -f $(CODE)/tools/bench-check.awk $(CHECK_BENCH)/kmem.names \
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
#   check-bench-vmalloc  its smoke test, part of check-bench: --quick, every row there
#                        and positive, and the report makes its tables from them.
BENCH_VMALLOC := $(BUILD)/host/bench_vmalloc
# The rows the report needs; the smoke test fails if --list lacks one.
BENCH_VMALLOC_ROWS := $(foreach n,100 1000 10000 100000,vmalloc-live$(n) vmalloc-list-live$(n)) \
	kmap kmap-2048pages kmap_atomic vmalloc4096 kmalloc4096 vmalloc1048576 kmalloc1048576
.PHONY: bench-vmalloc check-bench-vmalloc
bench: bench-vmalloc
bench-vmalloc: $(BENCH_VMALLOC) $(BENCH_PROGS) $(CODE)/tools/bench-vmalloc-report.awk
	@mkdir -p $(BENCH)
	@echo "bench: timing vmalloc and kmap; medians of 15 rounds; load average $$(cut -d' ' -f1 /proc/loadavg)"
	$(BENCH_VMALLOC) > $(BENCH)/times-vmalloc.csv
	$(BENCH)/bench-glibc --expect glibc --only malloc4096 >> $(BENCH)/times-vmalloc.csv
	$(BENCH)/bench-glibc --expect glibc --only malloc1048576 >> $(BENCH)/times-vmalloc.csv
	@awk -v dir=$(BENCH) -v machine="$(BENCH_MACHINE)" -f $(CODE)/tools/bench-vmalloc-report.awk \
		$(BENCH)/times-vmalloc.csv
	@$(MAKE) --no-print-directory -f mk/build.mk $(BUILD)/figures/bench-vmalloc.pdf \
		$(BUILD)/figures/bench-vmalloc.svg
	@rm -f $(BUILD)/book.pdf $(BUILD)/html/index.html
	@echo "bench: wrote $(BENCH)/times-vmalloc.csv, vmalloc.csv, table-vmalloc.tex, table-vmalloc-kmap.tex"

$(BUILD)/figures/bench-vmalloc.pdf: figures/bench-vmalloc.gp $(BENCH)/vmalloc.csv
	@mkdir -p $(@D)
	$(say) GNUPLOT $@
	$(Q)gnuplot -e "csv='$(BENCH)/vmalloc.csv'; out='$@'" $<

CHECK_BENCH_VMALLOC := $(BUILD)/check-bench-vmalloc
check-bench: check-bench-vmalloc
check-bench-vmalloc: $(BENCH_VMALLOC) $(BENCH)/bench-glibc $(CODE)/tools/bench-check.awk \
		$(CODE)/tools/bench-vmalloc-report.awk
	@rm -rf $(CHECK_BENCH_VMALLOC) && mkdir -p $(CHECK_BENCH_VMALLOC)
	@echo "$(BENCH_VMALLOC) --quick"
	@$(BENCH_VMALLOC) --list > $(CHECK_BENCH_VMALLOC)/kmem.names
	@$(BENCH_VMALLOC) --quick > $(CHECK_BENCH_VMALLOC)/kmem.csv
	@awk -v alloc=kmem -v rows="$(BENCH_VMALLOC_ROWS)" -f $(CODE)/tools/bench-check.awk \
		$(CHECK_BENCH_VMALLOC)/kmem.names $(CHECK_BENCH_VMALLOC)/kmem.csv
	@$(BENCH)/bench-glibc --expect glibc --quick --only malloc1048576 > $(CHECK_BENCH_VMALLOC)/glibc.csv
	@awk -v dir=$(CHECK_BENCH_VMALLOC) -f $(CODE)/tools/bench-vmalloc-report.awk \
		$(CHECK_BENCH_VMALLOC)/kmem.csv $(CHECK_BENCH_VMALLOC)/glibc.csv > $(CHECK_BENCH_VMALLOC)/report.txt
	@grep -q 'target: cost at 10^4 <= 2x cost at 10^2: tree [0-9.]*, \(PASS\|MISS\)' \
		$(CHECK_BENCH_VMALLOC)/report.txt && \
		grep -q '^100000,' $(CHECK_BENCH_VMALLOC)/vmalloc.csv && \
		grep -q '1 MiB & [0-9.]* & [0-9.]* & [0-9.]* & [0-9.]*' \
			$(CHECK_BENCH_VMALLOC)/table-vmalloc-kmap.tex \
		|| { cat $(CHECK_BENCH_VMALLOC)/report.txt; \
		     echo "check-bench: the vmalloc report lacks a verdict, the curve or a row"; exit 1; }
	@echo "check-bench: bench_vmalloc: every row present and positive; the report has its verdict"
