/* == chunk: Compute the fixmap address of this CPU's slot for [[type]] == */
unsigned int idx = type * KM_TYPE_NR + smp_processor_id();

return fix_to_virt(FIX_KMAP_BEGIN + idx);
