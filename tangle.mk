# tangle.mk: the rules that turn the chapters into the sources under code/.
#
# An includer defines
#   CHAPTERS  the chapter files, in reading order.  Every notangle command line lists
#             all of them: a chunk sees only the chunks of the files it is given.
#   CODE      the folder tangled files go to (code)
#   BUILD     the folder for the stamp (build)
# and gets
#   ROOTS     the root chunks of the chapters, each a path such as mm/buddy.c
#   TANGLED   $(CODE)/ + each root: the tangled files
#   TANGLE_STAMP  a file made after every root has been tangled.  Tangled files have
#             no recipe of their own: they depend on the stamp, and since mk/book/tangle
#             replaces a file only when its text changed (cpif), an unchanged file
#             keeps its mtime and nothing built from it is built again.
#
# Tangling is checked: a root chunk that is not a file path (mk/book/roots) and a chunk
# used but never defined (notangle exits non-zero and names it) both fail the build.
# Each file carries #line directives pointing into the chapters, so compiler errors
# and gdb name the .nw file and line.  Tangled files are read-only: edit the chapter.

ROOTS := $(shell mk/book/roots $(CHAPTERS))
ifneq ($(.SHELLSTATUS),0)
$(error the chapters have root chunks that no rule tangles (see above))
endif
TANGLED := $(addprefix $(CODE)/,$(ROOTS))
TANGLE_STAMP := $(BUILD)/.tangled

# Tangle every root; then remove files under $(CODE) that no root makes any more,
# so a renamed chunk cannot leave a stale source behind to be compiled.
$(TANGLE_STAMP): $(CHAPTERS) tangle.mk mk/book/tangle mk/book/roots mk/book/nwlint
	@mkdir -p $(CODE) $(@D)
	@mk/book/nwlint $(CHAPTERS)
	@mk/book/tangle --into $(CODE) $(CHAPTERS) -- $(ROOTS)
	@find $(CODE) -type f | sort > $@.have
	@printf '%s\n' $(TANGLED) | sort > $@.want
	@comm -23 $@.have $@.want | while read -r f; do echo "tangle: removing stale $$f"; rm -f "$$f"; done
	@rm -f $@.have $@.want
	@touch $@

$(TANGLED): $(TANGLE_STAMP) ;

.PHONY: tangle
tangle: $(TANGLE_STAMP)
