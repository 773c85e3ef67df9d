# The user's entry points.  The rules live in tangle.mk (chapters -> code/) and
# mk/build.mk (code/ -> build/); this file makes sure the Debian packages are
# there first (mk/deps) and hands each target over.

BUILD_MK = $(MAKE) --no-print-directory -f mk/build.mk

.PHONY: all check pdf html tangle host exercises i386 check-i386 run clean deps
all: deps            ## tangle, build the library and tools, typeset the book
	@$(BUILD_MK) all
check: deps          ## every test
	@$(BUILD_MK) check
pdf html tangle host exercises i386 check-i386 run bench: deps
	@$(BUILD_MK) $@
deps:
	@mk/deps
clean:
	rm -rf code build
