# mk/grade.mk: the course kit, included by mk/build.mk (Appendix A).
#
#   make grade EX=get-order SUB=my.c [TESTS=dir]   grade one submission (kit/grade)
#   make grade-all EX=get-order DIR=folder          grade a class (kit/grade-all)
#   make student                                    the student edition, build/student
#   make test EX=get-order [SUB=my.c]               the public tests of an exercise
#   make autograder EX=get-order [GRADE_ALLOW_DEGRADED=1]
#                                                   build/grade/autograder-get-order.zip
#   make check-grader check-student                 the kit's own tests
#   make grade-bench [EX=get-order]                 the grader's benchmark (kit/grade-bench)
#
# The grader compiles a submission against the book's own build: it reuses the
# objects of build/host that the submission does not touch, and it needs the
# compiler flags and the list of library sources, which only this makefile knows.
# grade-reference builds the library and writes them to $(GRADE_DIR)/ref.vars.

GRADE_DIR    := $(BUILD)/grade
GRADE_CFLAGS  = $(subst -I$(CODE)/include,-Icode/include,$(HOST_CFLAGS)) $(VARIANT_CFLAGS_host)
GRADE_ARGS    = $(if $(TESTS),--tests $(TESTS))
grade-need    = $(if $($(1)),,$(error give $(1)=$(2), e.g. make $@ $(1)=$(3)))

.PHONY: grade-bench grade-reference grade grade-all student student-edition test autograder check-grader check-student
grade-reference: $(BUILD)/host/libkmem.a
	@mkdir -p $(GRADE_DIR)
	@{ echo "# written by make grade-reference (mk/grade.mk)"; \
	   echo "REF_CODE='$(CODE)'"; \
	   echo "REF_OBJ='$(BUILD)/host/obj'"; \
	   echo "REF_LIB='$(BUILD)/host/libkmem.a'"; \
	   echo "REF_CFLAGS='$(GRADE_CFLAGS)'"; \
	   echo "REF_LIB_SRCS='$(LIB_SRCS)'"; \
	   echo "REF_ROOTS='$(ROOTS)'"; \
	   echo "REF_CHAPTERS='$(CHAPTERS)'"; \
	   echo "REF_CHECK_CFLAGS='$(CHECK_CFLAGS)'"; \
	   echo "REF_CHECK_LIBS='$(CHECK_LIBS)'"; } > $(GRADE_DIR)/ref.vars.tmp
	@cmp -s $(GRADE_DIR)/ref.vars.tmp $(GRADE_DIR)/ref.vars 2>/dev/null \
		&& rm -f $(GRADE_DIR)/ref.vars.tmp || mv $(GRADE_DIR)/ref.vars.tmp $(GRADE_DIR)/ref.vars

grade: grade-reference
	$(call grade-need,EX,<exercise>,get-order)$(call grade-need,SUB,<file.c>,my.c)
	@GRADE_REF_READY=1 kit/grade $(GRADE_ARGS) $(EX) $(SUB)

grade-all: grade-reference
	$(call grade-need,EX,<exercise>,get-order)$(call grade-need,DIR,<folder>,submissions)
	@GRADE_REF_READY=1 kit/grade-all $(GRADE_ARGS) $(EX) $(DIR)

# The student edition: the tree (kit/student), then its library and its book, made
# by the student tree's own makefiles, as a student would.  The book's examples
# and plots are transcripts of kmemsim and of a QEMU boot, which the stubs cannot
# make (a stubbed allocator may well panic, a stubbed kernel triple-faults): the
# edition gets the book's own, and the tables and plots of its last benchmark run,
# and its mk/edition.mk keeps its make from remaking them.  The student's book is
# handed out as $(BUILD)/student/book.pdf.
STUDENT_EXAMPLES := $(EXAMPLES) $(BUILD)/examples/i386-boot.out
student: student-edition $(STUDENT_EXAMPLES) $(FIGURES) $(BENCH_RUN) $(BENCH_BOOK_FIGURES)
	@mkdir -p $(BUILD)/student/build/bench
	@cp -R $(BUILD)/examples $(BUILD)/figures $(BUILD)/student/build/
	@cp $(BUILD)/bench/*.tex $(BUILD)/student/build/bench/
	@find $(BUILD)/student/build/figures -type f -exec touch {} +
	@$(MAKE) --no-print-directory -C $(BUILD)/student -f mk/build.mk host pdf > $(BUILD)/student.log 2>&1 \
		|| { tail -30 $(BUILD)/student.log >&2; \
		     echo "student: the student edition's make failed in $(BUILD)/student; the whole log: $(BUILD)/student.log" >&2; exit 1; }
	@cp $(BUILD)/student/build/book.pdf $(BUILD)/student/book.pdf
	@echo "student: the student edition is in $(BUILD)/student (its book: $(BUILD)/student/book.pdf)"
student-edition: $(TANGLE_STAMP)
	@CHAPTERS="$(CHAPTERS)" kit/student $(BUILD)/student

# The public tests of an exercise, on the book's code or on a submission: what a
# student runs in the student edition before submitting.  A student runs their
# own code on their own machine: without bubblewrap, the degraded mode will do.
test: grade-reference
	$(call grade-need,EX,<exercise>,get-order)
	@GRADE_REF_READY=1 GRADE_ALLOW_DEGRADED=$${GRADE_ALLOW_DEGRADED:-1} kit/grade --public --out $(GRADE_DIR)/test/$(EX) $(GRADE_ARGS) $(if $(SUB),,--book) \
		$(EX) $(SUB)

autograder: grade-reference
	$(call grade-need,EX,<exercise>,get-order)
	@CHAPTERS="$(CHAPTERS)" kit/grade-autograder $(GRADE_ARGS) $(EX) $(GRADE_DIR)/autograder-$(EX).zip

grade-bench: grade-reference
	@CHAPTERS="$(CHAPTERS)" kit/grade-bench $(EX)

check-grader: grade-reference
	@CHAPTERS="$(CHAPTERS)" GRADE_REF_READY=1 kit/grade-check
# GitHub Classroom: the student edition as an assignment repository for one
# exercise, with its autograding workflow (kit/classroom).
classroom: student
	$(call grade-need,EX,<exercise>,get-order)
	@kit/classroom $(BUILD)/student $(EX)
check-student: student
	@CHAPTERS="$(CHAPTERS)" kit/student-check $(BUILD)/student
