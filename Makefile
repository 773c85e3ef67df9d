# The user's entry points.  The rules live in tangle.mk (chapters -> code/) and
# mk/build.mk (code/ -> build/); this file makes sure the Debian packages are
# there first (mk/deps) and hands each target over.

BUILD_MK = $(MAKE) --no-print-directory -f mk/build.mk

.PHONY: all check pdf html tangle host exercises i386 check-i386 run clean deps \
	grade grade-all student autograder test
all: deps            ## tangle, build the library and tools, typeset the book
	@$(BUILD_MK) all
check: deps          ## every test
	@$(BUILD_MK) check
# The course kit's targets (mk/grade.mk) take their arguments as variables:
# make grade EX=get-order SUB=my.c; make's command-line variables reach the sub-make.
pdf html tangle host exercises i386 check-i386 run bench grade grade-all student autograder test: deps
	@$(BUILD_MK) $@
deps:
	@mk/deps
clean:
	rm -rf code build
