# mk/i386.mk: the i386 machine: the kernel image, its bootable CD image, and the
# kernel's runs in QEMU.  Included by mk/build.mk, whose CODE, BUILD and ROOTS it
# uses.  Chapter 1, section "Building and booting the image", explains the flags.
#
#   i386        build/i386/kernel.elf and kmem.iso, and one boot that shows the
#               self-tests' summary
#   check-i386  boot the kernel at several memory sizes and CPU counts, and where it
#               must fail; mk/qemu/qemu-ktap judges each run (logs in build/i386/log)
#   run         boot it with the serial shell on this terminal, or on input piped
#               in, which ends the session where it ends
#               (RUN_APPEND="shell", RUN_MEM=128M)
# mk/qemu/qemu-shell runs a file of shell command lines and judges whether the kernel
# survived them.

I386        := $(BUILD)/i386
I386_SRCS   := $(filter-out %.lds.S,$(filter arch/i386/%.c arch/i386/%.S init/%.c kernel/%.c drivers/%.c lib/%.c mm/%.c,$(ROOTS)))
I386_OBJS   := $(addprefix $(I386)/obj/,$(addsuffix .o,$(basename $(I386_SRCS))))
I386_CFLAGS := -std=gnu11 -m32 -ffreestanding -fno-pie -fno-pic -fno-stack-protector \
	-mno-sse -mno-mmx -mno-80387 -fno-asynchronous-unwind-tables -fno-omit-frame-pointer \
	-O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wno-unused-parameter -fno-strict-aliasing -DCONFIG_ARCH_I386 -I$(CODE)/include
I386_LDFLAGS := -m32 -nostdlib -no-pie -static -Wl,--build-id=none -Wl,-z,noexecstack \
	-Wl,-z,max-page-size=4096
I386_LIBGCC := $(shell $(CC) -m32 -print-libgcc-file-name)
QEMU_KTAP   := mk/qemu/qemu-ktap
KTAP_LOG    := $(I386)/log

$(I386)/obj/%.o: $(CODE)/%.c
	@mkdir -p $(@D)
	$(say) CC $@
	$(Q)$(CC) $(I386_CFLAGS) -MMD -MP -c $< -o $@
$(I386)/obj/%.o: $(CODE)/%.S
	@mkdir -p $(@D)
	$(say) AS $@
	$(Q)$(CC) $(I386_CFLAGS) -MMD -MP -c $< -o $@

# GCC turns a byte loop into a call of memset or memcpy; inside memset that is a
# call of itself.
$(I386)/obj/arch/i386/lib.o: I386_CFLAGS += -fno-tree-loop-distribute-patterns

# GCC predefines i386 as 1, and the linker script names the architecture i386.
$(I386)/kernel.lds: $(CODE)/arch/i386/kernel.lds.S
	@mkdir -p $(@D)
	$(say) CPP $@
	$(Q)$(CC) -E -P -Ui386 -x assembler-with-cpp -I$(CODE)/include -MMD -MP -MT $@ -MF $@.d $< -o $@

# The kernel carries its own symbol table (chapter 1, "Symbols in the image"),
# made from a first link with an empty table and linked in by a second; the table
# made again from the final image must be the one linked in.
KALLSYMS := $(CODE)/scripts/kallsyms.awk
i386-link = $(CC) $(I386_LDFLAGS) -T $(I386)/kernel.lds -o $(1) $(I386_OBJS) $(2) $(I386_LIBGCC)

$(I386)/kallsyms0.s: $(KALLSYMS)
	@mkdir -p $(@D)
	$(Q)awk -f $(KALLSYMS) /dev/null > $@
$(I386)/kernel.tmp1.elf: $(I386_OBJS) $(I386)/kallsyms0.o $(I386)/kernel.lds
	$(say) LD $@
	$(Q)$(call i386-link,$@,$(I386)/kallsyms0.o)
$(I386)/kallsyms1.s: $(I386)/kernel.tmp1.elf $(KALLSYMS)
	$(say) KSYM $@
	$(Q)nm -n $< | awk -f $(KALLSYMS) > $@.tmp && mv $@.tmp $@
$(I386)/kallsyms%.o: $(I386)/kallsyms%.s
	$(Q)$(CC) -m32 -c $< -o $@

$(I386)/kernel.elf: $(I386_OBJS) $(I386)/kallsyms1.o $(I386)/kernel.lds
	$(say) LD $@
	$(Q)$(call i386-link,$@.tmp,$(I386)/kallsyms1.o)
	@nm -n $@.tmp | awk -f $(KALLSYMS) | cmp -s - $(I386)/kallsyms1.s || { echo "$@: the symbol table \
		moved between the links; compare nm -n $@.tmp with $(I386)/kallsyms1.s" >&2; rm -f $@.tmp; exit 1; }
	@grub-file --is-x86-multiboot $@.tmp || { echo "$@: not a multiboot kernel" >&2; rm -f $@.tmp; exit 1; }
	@mv $@.tmp $@

$(I386)/kmem.iso: $(I386)/kernel.elf $(CODE)/arch/i386/grub.cfg
	@rm -rf $(I386)/iso && mkdir -p $(I386)/iso/boot/grub
	@cp $(I386)/kernel.elf $(I386)/iso/boot/kernel.elf
	@cp $(CODE)/arch/i386/grub.cfg $(I386)/iso/boot/grub/grub.cfg
	$(say) GRUB $@
	$(Q)grub-mkrescue -o $@.tmp $(I386)/iso > $(I386)/grub-mkrescue.out 2>&1 \
		|| { cat $(I386)/grub-mkrescue.out >&2; rm -f $@.tmp; exit 1; }
	@rm -rf $(I386)/iso
	@mv $@.tmp $@

-include $(I386_OBJS:.o=.d) $(I386)/kernel.lds.d

# The book shows what the kernel prints on a boot, made when the book is made
# (in the student edition, EXAMPLES_FROZEN, it is the book's: see mk/build.mk).
# On a failure the verdict names the log, which stays.
ifeq ($(EXAMPLES_FROZEN),)
$(BUILD)/examples/i386-boot.out: $(I386)/kernel.elf $(QEMU_KTAP)
	@mkdir -p $(@D)
	$(say) QEMU $@
	$(Q)$(QEMU_KTAP) -m 1G -append "mem=960M" -log $@.log $(I386)/kernel.elf > $@.verdict \
		|| { cat $@.verdict >&2; rm -f $@.verdict; exit 1; }
	$(Q)tr -d '\r' < $@.log > $@ && rm -f $@.log $@.verdict
endif
$(BUILD)/book.pdf $(BUILD)/html/index.html: $(BUILD)/examples/i386-boot.out

.PHONY: i386 check-i386 check-i386-boots check-i386-failures check-i386-shell check-i386-judge run
i386: $(I386)/kernel.elf $(I386)/kmem.iso
	@$(QEMU_KTAP) $(I386)/kernel.elf

check-i386: check-i386-boots check-i386-failures check-i386-shell check-i386-judge
	@echo "check-i386: the kernel passes its self-tests in QEMU and fails where it must"

# $(call expect-cpus,LOG,N): the boot in LOG brought up N CPUs (chapter 9b), and
# each of them ran its share of the self-test that counts on every CPU at once.
define expect-cpus
	@grep -q '^Brought up $(2) CPUs' $(KTAP_LOG)/$(1).log \
		&& test "$$(grep -c '# smp_count_on_every_cpu: CPU[0-9]* ran its share' $(KTAP_LOG)/$(1).log)" = $(2) \
		|| { echo "check-i386: $(1): not $(2) CPUs up, each with its share; see $(KTAP_LOG)/$(1).log" >&2; exit 1; }
endef

# The kernel passes its self-tests at every memory size (16M: low memory only;
# 1G and 3G: high memory; 4G: RAM above 4 GiB too), with one, two and four CPUs
# found in ACPI's MADT, with four of which nr_cpus=2 allows two, with four found in
# the MP table when QEMU gives no ACPI tables (the MP table lists one CPU per
# socket, hence sockets=), with the
# vmalloc area made smaller and larger (vmalloc=), in the shell, and from GRUB
# on the CD.
check-i386-boots: $(I386)/kernel.elf $(I386)/kmem.iso
	@mkdir -p $(KTAP_LOG)
	@$(QEMU_KTAP) -m 16M -log $(KTAP_LOG)/m16M.log $(I386)/kernel.elf
	@$(QEMU_KTAP) -m 128M -log $(KTAP_LOG)/m128M.log $(I386)/kernel.elf
	@$(QEMU_KTAP) -m 1G -log $(KTAP_LOG)/m1G.log $(I386)/kernel.elf
	@$(QEMU_KTAP) -m 3G -log $(KTAP_LOG)/m3G.log $(I386)/kernel.elf
	@$(QEMU_KTAP) -m 4G -log $(KTAP_LOG)/m4G.log $(I386)/kernel.elf
	@grep -q '^Warning only 4GB will be used' $(KTAP_LOG)/m4G.log \
		|| { echo "check-i386: no warning about RAM above 4 GiB; see $(KTAP_LOG)/m4G.log" >&2; exit 1; }
	$(call expect-cpus,m128M,1)
	@$(QEMU_KTAP) -m 1G -smp 2 -log $(KTAP_LOG)/smp2.log $(I386)/kernel.elf
	$(call expect-cpus,smp2,2)
	@$(QEMU_KTAP) -m 128M -smp 4 -log $(KTAP_LOG)/smp4.log $(I386)/kernel.elf
	$(call expect-cpus,smp4,4)
	@grep -q '^Using ACPI (MADT) for SMP configuration information' $(KTAP_LOG)/smp4.log \
		|| { echo "check-i386: smp4: the CPUs were not found in ACPI's MADT; see $(KTAP_LOG)/smp4.log" >&2; exit 1; }
	@$(QEMU_KTAP) -m 128M -smp 4 -append "nr_cpus=2" -log $(KTAP_LOG)/smp4-nr2.log $(I386)/kernel.elf
	$(call expect-cpus,smp4-nr2,2)
	@$(QEMU_KTAP) -m 128M -smp 4,sockets=4 -machine acpi=off -log $(KTAP_LOG)/smp4-mptable.log $(I386)/kernel.elf
	$(call expect-cpus,smp4-mptable,4)
	@grep -q '^ACPI: no RSDP; using the MP table' $(KTAP_LOG)/smp4-mptable.log \
		&& grep -q '^Intel MultiProcessor Specification' $(KTAP_LOG)/smp4-mptable.log \
		|| { echo "check-i386: smp4-mptable: no fall back to the MP table; see $(KTAP_LOG)/smp4-mptable.log" >&2; exit 1; }
	@for v in 8M 256M 512M; do $(QEMU_KTAP) -m 1G -append "vmalloc=$$v" -log $(KTAP_LOG)/vmalloc-$$v.log \
		$(I386)/kernel.elf || exit 1; done
	@grep -q 'vmalloc : 0xe0000000 - 0xff7fe000   ( 503 MB)' $(KTAP_LOG)/vmalloc-512M.log \
		|| { echo "check-i386: vmalloc=512M did not give a 503 MB vmalloc area; see $(KTAP_LOG)/vmalloc-512M.log" >&2; exit 1; }
	@printf 'echo hello from the shell\ncat /proc/cmdline\npoweroff\n' | \
		$(QEMU_KTAP) -append "mem=64M shell" -input - -log $(KTAP_LOG)/shell.log $(I386)/kernel.elf
	@grep -q '^hello from the shell' $(KTAP_LOG)/shell.log && grep -q '^mem=64M shell' $(KTAP_LOG)/shell.log \
		|| { echo "check-i386: the shell did not answer; see $(KTAP_LOG)/shell.log" >&2; exit 1; }
	@echo poweroff | $(QEMU_KTAP) -m 64M -input - -log $(KTAP_LOG)/iso.log $(I386)/kmem.iso
	@grep -q '^Kernel command line: shell' $(KTAP_LOG)/iso.log \
		|| { echo "check-i386: GRUB's command line did not arrive whole; see $(KTAP_LOG)/iso.log" >&2; exit 1; }

# $(call expect-failure,NAME,RUNNER OPTIONS,TEXT[,INPUT COMMAND]): the run must
# fail, with status 35, and TEXT must be in its log.
define expect-failure
	@mkdir -p $(KTAP_LOG)
	@out=$$($(4) $(QEMU_KTAP) $(2) -log $(KTAP_LOG)/$(1).log $(I386)/kernel.elf 2>&1) \
		&& { echo "check-i386: $(1): the run passed, but must fail: $$out" >&2; exit 1; }; \
	echo "$$out" | head -n 1; \
	echo "$$out" | grep -q '(status 35)$$' \
		|| { echo "check-i386: $(1): the status is not 35" >&2; exit 1; }; \
	grep -q -F '$(3)' $(KTAP_LOG)/$(1).log \
		|| { echo "check-i386: $(1): the log lacks \"$(3)\"" >&2; exit 1; }
endef

check-i386-failures: $(I386)/kernel.elf
	$(call expect-failure,bad-cmdline,-append "mem=12Q",Malformed kernel parameter mem=12Q: expected a size)
	$(call expect-failure,3M,-m 3M,the kernel needs RAM up to 3072 KiB)
	$(call expect-failure,oops,-append shell -input -,BUG: unable to handle kernel NULL pointer dereference at 00000000,echo crash |)
	@tr -d '\r' < $(KTAP_LOG)/oops.log | awk '/^IP: \[<c[0-9a-f]+>\] sysrq_handle_crash\+0x/ { ip = 1 } \
		/^EIP is at sysrq_handle_crash\+0x[0-9a-f]+\/0x[0-9a-f]+$$/ { eip = 1 } \
		trace && /^ \[<c[0-9a-f]+>\] [a-z_0-9.]+\+0x/ { called = 1 } /^Call Trace:$$/ { trace = 1 } \
		END { exit !(ip && eip && called) }' \
		|| { echo "check-i386: oops: the oops does not name sysrq_handle_crash and its callers; see $(KTAP_LOG)/oops.log" >&2; exit 1; }
	$(call expect-failure,vmalloc-guard,-append shell -input -,BUG: unable to handle kernel paging request at,echo crash vmalloc |)
	@tr -d '\r' < $(KTAP_LOG)/vmalloc-guard.log | awk '/^crash vmalloc: writing to / { want = $$5; sub(/,$$/, "", want) } \
		/^BUG: unable to handle kernel paging request at / { got = $$NF } \
		END { exit !(want != "" && got == want) }' \
		|| { echo "check-i386: vmalloc-guard: the oops is not at the guard page's address; see $(KTAP_LOG)/vmalloc-guard.log" >&2; exit 1; }

# The shell loses nothing typed ahead and ends where its input does: a session
# piped into `make run` comes back whole ("help" is not "elp") and ends by itself.
# mk/qemu/qemu-shell, the runner for files of command lines, gives each verdict its
# status: survived 0, died 1, hung 3, ended early 4.
SHELL_LOG := $(KTAP_LOG)/shell
check-i386-shell: $(I386)/kernel.elf
	@mkdir -p $(SHELL_LOG)
	@printf 'help\necho ok\n' | timeout 120 $(MAKE) --no-print-directory -s -f mk/build.mk run \
		> $(SHELL_LOG)/run.log 2>&1 \
		|| { echo "check-i386: a piped make run did not end with status 33; see $(SHELL_LOG)/run.log" >&2; exit 1; }
	@tr -d '\r' < $(SHELL_LOG)/run.log > $(SHELL_LOG)/run.txt; \
	grep -q '^kmem# help$$' $(SHELL_LOG)/run.txt && grep -q '^  help [[]COMMAND[]]  *list the commands' $(SHELL_LOG)/run.txt \
		&& grep -q '^ok$$' $(SHELL_LOG)/run.txt \
		|| { echo "check-i386: a piped make run lost input; see $(SHELL_LOG)/run.log" >&2; exit 1; }
	@qemu_shell() { want=$$1 name=$$2 verdict=$$4; printf "$$3" > $(SHELL_LOG)/$$name.in; shift 4; \
		out=$$(mk/qemu/qemu-shell -kernel $(I386)/kernel.elf -log $(SHELL_LOG)/$$name.log "$$@" $(SHELL_LOG)/$$name.in); \
		[ $$? -eq $$want ] && case $$out in *"$$verdict"*) ;; *) false ;; esac || { \
		echo "check-i386: mk/qemu/qemu-shell $$name: not status $$want and \"$$verdict\": $$out" >&2; exit 1; }; }; \
	qemu_shell 0 survives 'help\necho ok\nalloc 3\ncheck' 'survived'; \
	qemu_shell 1 dies 'echo BUG: x\ncrash\necho not reached\n' 'died: BUG: unable to handle'; \
	qemu_shell 3 hangs "$$(for i in $$(seq 40); do printf 'workload %s 1000000\\n' $$i; done)" 'hung' -timeout 3; \
	qemu_shell 4 ends-early 'echo a\npoweroff\necho b\n' 'ended early'; \
	tr -d '\r' < $(SHELL_LOG)/survives.log | grep -q '^ok$$' || { echo "check-i386: mk/qemu/qemu-shell: no answer to echo ok" >&2; exit 1; }
	@echo "check-i386: the shell reads piped input whole, ends at its end; mk/qemu/qemu-shell judges"

# The judge itself, on made-up logs: a good one passes, and each kind of failure is
# called by its name.
check-i386-judge:
	@mkdir -p $(KTAP_LOG); log=$(KTAP_LOG)/judge.log; good='KTAP version 1\n1..2\nok 1 a\nok 2 b\n'; \
	judge() { printf "$$2" > $$log; out=$$($(QEMU_KTAP) -replay $$1 -log $$log kernel.elf); \
		[ $$? -eq $$3 ] && case $$out in *"$$4"*) ;; *) false ;; esac || { \
		echo "check-i386: mk/qemu/qemu-ktap -replay $$1 said \"$$out\", not \"$$4\"" >&2; exit 1; }; }; \
	judge 33 "$$good" 0 ': 2/2 ok'; \
	judge 35 "$$good" 1 'exit status 35, not 33'; \
	judge 0 "$$good" 1 'triple fault'; \
	judge 124 "$$good" 1 'timed out'; \
	judge 1 "$$good" 1 'QEMU failed'; \
	judge 127 "$$good" 1 'cannot run QEMU'; \
	judge 33 'KTAP version 1\n1..3\nok 1 a\nok 2 b\n' 1 'only 2 of 3 results'; \
	judge 35 'KTAP version 1\n1..2\nok 1 a\nnot ok 2 b\n' 1 'not ok: b'; \
	judge 35 'Kernel panic - not syncing: x\n' 1 'the kernel stopped: Kernel panic'; \
	judge 33 'booting\n' 1 'no KTAP plan; the last line was: booting'; \
	judge 35 "$${good}BUG: unable to handle kernel paging request at f0000000\n" 1 'stopped: BUG: unable'; \
	judge 35 "$${good}general protection fault: 0000 [#1]\n" 1 'stopped: general protection fault'; \
	echo "check-i386: mk/qemu/qemu-ktap passes a good log and names each kind of failure"

# A terminal is handed to QEMU as it is.  Input from a pipe or a file is followed
# by Ctrl-D, which the shell takes for the end of input, as on a terminal: the
# session ends where the input does.
RUN_QEMU = qemu-system-i386 -kernel $(I386)/kernel.elf -append "$(RUN_APPEND)" -serial stdio \
	-display none -device isa-debug-exit,iobase=0xf4,iosize=0x04 -no-reboot -m $(RUN_MEM)
run: $(I386)/kernel.elf
	@if [ -t 0 ]; then $(RUN_QEMU); else { cat; printf '\004'; } | $(RUN_QEMU); fi; \
	status=$$?; [ $$status -eq 33 ] || { echo "run: QEMU exited with status $$status, not 33" >&2; exit 1; }
RUN_APPEND ?= shell
RUN_MEM    ?= 128M
