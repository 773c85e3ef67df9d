# figures/bench-kmalloc.gp: time per allocation-free pair by size, kmalloc and the
# three mallocs, from the results of make bench (appendix "Measuring").
# Usage: gnuplot -e "csv='build/bench/results.csv'; out='build/figures/bench-kmalloc.pdf'" figures/bench-kmalloc.gp
# Columns of the CSV: benchmark, allocator, ns median, ns min, ns max, instructions.

set datafile separator ","
set terminal pdfcairo size 14cm,8.5cm font "Sans,9" linewidth 1.2 noenhanced
set output out

# The size of a row named kmallocN (allocator kmem) or mallocN (allocator a), with no
# suffix; NaN for any other row, which gnuplot then leaves out.  The pair of the
# 64-byte cache is drawn at 64.
sized(b, prefix) = strlen(b) > strlen(prefix) && b[1:strlen(prefix)] eq prefix && \
	strstrt(b, "-") == 0
size_x(b, a, want) = a ne want ? NaN : \
	want eq "kmem" ? (sized(b, "kmalloc") ? real(b[8:]) : NaN) : \
	(sized(b, "malloc") ? real(b[7:]) : NaN)
cache_x(b, a) = (a eq "kmem" && b eq "cache64") ? 64 : NaN
plotted(b, a) = (a eq "kmem" && (sized(b, "kmalloc") || b eq "cache64")) || \
	(a ne "kmem" && sized(b, "malloc"))

# The y range: what is plotted, from the fastest round to the slowest, with a margin.
stats csv skip 1 using (plotted(strcol(1), strcol(2)) ? $4 : NaN) nooutput
ylow = STATS_min / 1.6
stats csv skip 1 using (plotted(strcol(1), strcol(2)) ? $5 : NaN) nooutput
yhigh = STATS_max * 1.6

set logscale x 2
set logscale y
set xrange [6:11000]
set yrange [ylow:yhigh]
set xtics ("8" 8, "16" 16, "32" 32, "64" 64, "128" 128, "256" 256, "512" 512, \
	"1K" 1024, "2K" 2048, "4K" 4096, "8K" 8192)
set mytics 10
set ytics ("1" 1, "2" 2, "5" 5, "10" 10, "20" 20, "50" 50, "100" 100, "200" 200, "500" 500, "1000" 1000)
set xlabel "bytes asked for"
set ylabel "ns per allocation-free pair"
set grid ytics mytics lc rgb "#e4e4e4"
set key outside bottom center horizontal maxcols 3 Left reverse samplen 2.5 spacing 1.1

plot csv skip 1 using (size_x(strcol(1), strcol(2), "kmem")):3:4:5 \
	     with yerrorlines pt 7 ps 0.6 lc rgb "#1f5fa8" title "kmalloc+kfree", \
     csv skip 1 using (cache_x(strcol(1), strcol(2))):3:4:5 \
	     with yerrorbars pt 9 ps 1.1 lc rgb "#c0392b" title "kmem_cache_alloc+free, 64 bytes", \
     csv skip 1 using (size_x(strcol(1), strcol(2), "glibc") * 1.04):3:4:5 \
	     with yerrorlines pt 4 ps 0.5 dt 2 lc rgb "#333333" title "glibc malloc+free", \
     csv skip 1 using (size_x(strcol(1), strcol(2), "jemalloc") * 0.96):3:4:5 \
	     with yerrorlines pt 6 ps 0.5 dt 3 lc rgb "#2e8b57" title "jemalloc malloc+free", \
     csv skip 1 using (size_x(strcol(1), strcol(2), "mimalloc")):3:4:5 \
	     with yerrorlines pt 8 ps 0.5 dt 4 lc rgb "#d68910" title "mimalloc malloc+free"
