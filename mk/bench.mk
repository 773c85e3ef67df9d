# mk/bench.mk: make bench and make check-bench, the benchmarks of appendix
# "Measuring" (chapters/B-measuring.nw).  Included by mk/build.mk, whose CC,
# HOST_CFLAGS, VARIANT_CFLAGS_host, CODE, BUILD, say and Q it uses.
#
#   bench        times the page allocator, the slab allocator and kmalloc on the
#                hosted machine (build/host/bench) and malloc+free of glibc,
#                jemalloc and mimalloc at the same sizes (build/bench/bench-<malloc>:
#                tools/bench_malloc.c linked three ways), counts instructions under
#                callgrind, and writes build/bench/results.csv, table.tex,
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

$(BENCH)/bench-%: $(BUILD)/host/obj/tools/bench_malloc.o
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(HOST_CFLAGS) $(VARIANT_CFLAGS_host) -o $@ $< $(BENCH_LDLIBS_$*)

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
