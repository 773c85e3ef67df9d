# figures/bench-pages.gp: the page allocator's time per allocation-free pair by
# order, from the results of make bench (appendix "Measuring").
# Usage: gnuplot -e "csv='build/bench/results.csv'; out='build/figures/bench-pages.pdf'" figures/bench-pages.gp
# Columns of the CSV: benchmark, allocator, ns median, ns min, ns max, instructions.

set datafile separator ","
set terminal pdfcairo size 14cm,8.5cm font "Sans,9" linewidth 1.2
set output out

# The order of a row named orderK (the buddy lists) or order0-buddy (order 0 with
# the CPU's lists off); NaN for any other row, which gnuplot then leaves out.
is_buddy(b) = b eq "order0-buddy" ? 1 : \
	(strlen(b) >= 6 && strlen(b) <= 7 && b[1:5] eq "order" && strstrt(b, "-") == 0 && b ne "order0")
order(b) = b eq "order0-buddy" ? 0 : real(b[6:])
buddy_x(b, a) = (a eq "kmem" && is_buddy(b)) ? order(b) : NaN
row_x(b, a, name, x) = (a eq "kmem" && b eq name) ? x : NaN
plotted(b, a) = a eq "kmem" ? (is_buddy(b) || b eq "order0" || b eq "order0-2cpu" || b eq "order3-2cpu") : \
	b eq "malloc4096"

# The malloc(4096)+free medians, as horizontal lines (NaN if a malloc is missing).
stats csv skip 1 using (strcol(1) eq "malloc4096" && strcol(2) eq "glibc" ? $3 : NaN) nooutput
glibc = STATS_records > 0 ? STATS_min : NaN
stats csv skip 1 using (strcol(1) eq "malloc4096" && strcol(2) eq "jemalloc" ? $3 : NaN) nooutput
jemalloc = STATS_records > 0 ? STATS_min : NaN
stats csv skip 1 using (strcol(1) eq "malloc4096" && strcol(2) eq "mimalloc" ? $3 : NaN) nooutput
mimalloc = STATS_records > 0 ? STATS_min : NaN
# The y range: what is plotted, from the fastest round to the slowest, with a margin.
stats csv skip 1 using (plotted(strcol(1), strcol(2)) ? $4 : NaN) nooutput
ylow = STATS_min / 1.6
stats csv skip 1 using (plotted(strcol(1), strcol(2)) ? $5 : NaN) nooutput
yhigh = STATS_max * 1.6

set logscale y
set yrange [ylow:yhigh]
set xrange [-0.5:10.5]
set xtics 0, 1, 10
set mytics 10
set ytics ("2" 2, "5" 5, "10" 10, "20" 20, "50" 50, "100" 100, "200" 200, "500" 500, "1000" 1000, "2000" 2000, "5000" 5000)
set xlabel "order of the block (2^k pages)"
set ylabel "ns per allocation-free pair"
set grid ytics mytics lc rgb "#e4e4e4"
set key outside bottom center horizontal maxcols 2 Left reverse samplen 2.5 spacing 1.1

plot csv skip 1 using (buddy_x(strcol(1), strcol(2))):3:4:5 \
	     with yerrorlines pt 7 ps 0.6 lc rgb "#1f5fa8" title "kmem, from the buddy lists", \
     csv skip 1 using (row_x(strcol(1), strcol(2), "order0", -0.15)):3:4:5 \
	     with yerrorbars pt 9 ps 1.0 lc rgb "#c0392b" title "kmem, order 0 from the CPU's list", \
     csv skip 1 using (row_x(strcol(1), strcol(2), "order0-2cpu", 0.15)):3:4:5 \
	     with yerrorbars pt 5 ps 0.7 lc rgb "#7d3c98" notitle, \
     csv skip 1 using (row_x(strcol(1), strcol(2), "order3-2cpu", 3.15)):3:4:5 \
	     with yerrorbars pt 5 ps 0.7 lc rgb "#7d3c98" title "kmem, two CPUs at once (per CPU)", \
     mimalloc with lines dt 4 lc rgb "#d68910" title "mimalloc malloc(4096)+free", \
     jemalloc with lines dt 3 lc rgb "#2e8b57" title "jemalloc malloc(4096)+free", \
     glibc with lines dt 2 lw 1.3 lc rgb "#333333" title "glibc malloc(4096)+free"
