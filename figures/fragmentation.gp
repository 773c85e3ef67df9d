# The unusable free space index of the Normal zone, by order, as a random
# workload runs longer.  Data: the kmemsim transcript build/examples/fragmentation.out
# (chapter 4), whose `cat /proc/extfrag/unusable_index` lines are read in order.
# Called as: gnuplot -e "data='...'; out='...'" figures/fragmentation.gp
set terminal pdfcairo size 12cm,7.5cm font "Latin Modern Roman,9"
set output out
set xlabel "order of the request"
set ylabel "unusable free space index"
set xrange [-0.3:10.3]
set yrange [0:*]
set xtics 1
set key top left
set grid ytics lc rgb "#dddddd"
row(k) = sprintf("< awk '/zone   Normal/ { if (++n == %d) for (i = 5; i <= 15; i++) print i - 5, $i }' %s", k, data)
plot row(1) using 1:2 with linespoints pt 7 ps 0.5 title "after boot", \
     row(2) using 1:2 with linespoints pt 5 ps 0.5 title "after 1000 operations", \
     row(3) using 1:2 with linespoints pt 9 ps 0.5 title "after 10,000", \
     row(4) using 1:2 with linespoints pt 13 ps 0.5 title "after 100,000"
