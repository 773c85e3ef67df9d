# figures/bench-vmalloc.gp: vmalloc+vfree of one page by the number of live areas, the
# tree and Linux 2.6's list walk, from the results of make bench (appendix "Measuring").
# Usage: gnuplot -e "csv='build/bench/vmalloc.csv'; out='build/figures/bench-vmalloc.pdf'" figures/bench-vmalloc.gp
# Columns of the CSV: live areas, then median, min and max of the tree and of the list.

set datafile separator ","
set terminal pdfcairo size 14cm,8cm font "Sans,9" linewidth 1.2
set output out

stats csv skip 1 using 3 nooutput
ylow = STATS_min / 2
stats csv skip 1 using 7 nooutput
yhigh = STATS_max * 2

set logscale xy
set xrange [50:200000]
set yrange [ylow:yhigh]
set xtics ("10^2" 100, "10^3" 1000, "10^4" 10000, "10^5" 100000)
set format y "%.0s%c"
set xlabel "live one-page areas"
set ylabel "ns per vmalloc+vfree pair"
set grid xtics ytics lc rgb "#e4e4e4"
set key top left Left reverse samplen 2.5 spacing 1.1

plot csv skip 1 using 1:5:6:7 with yerrorlines pt 5 ps 0.7 lc rgb "#c0392b" \
	     title "first-fit walk of the list (Linux 2.6)", \
     csv skip 1 using 1:2:3:4 with yerrorlines pt 7 ps 0.7 lc rgb "#1f5fa8" \
	     title "augmented tree of free extents (Linux 5.2)"
