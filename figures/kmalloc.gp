# The kmalloc size classes of chapter 6: for each general cache, how much of a
# slab its objects fill and how many objects a slab holds, as /proc/slabinfo
# reports them after the kmalloc_waste run of that chapter.  Data: the kmemsim
# transcript build/examples/kmalloc.out (the chunk examples/kmalloc.ksh).
# Called as: gnuplot -e "data='...'; out='...'" figures/kmalloc.gp
set terminal pdfcairo size 15cm,6.5cm font "Latin Modern Roman,12"
set output out
# One row per general cache (not the DMA twins): objsize, objperslab, pagesperslab.
rows = sprintf("< awk '$1 ~ /^size-[0-9]+$/ { print $4, $5, $6 }' %s", data)
set style data histograms
set style histogram rowstacked
set style fill solid 0.5 border lc rgb "black"
set boxwidth 0.7
set key outside top center horizontal
set xlabel "size class (bytes); above each bar, the objects a slab holds"
set ylabel "bytes of a slab (%)"
set yrange [0:115]
set ytics 0, 25, 100
set grid ytics
used(size, num, pages) = 100.0 * size * num / (pages * 4096)
plot rows using (used($1, $2, $3)):xtic(1) title "objects" lc rgb "#4477aa", \
     '' using (100 - used($1, $2, $3)) title "descriptor, colour and slack" lc rgb "#ddcc77", \
     '' using ($0):(104):(sprintf("%d", $2)) with labels notitle
