# The kernel's gigabyte on the i386, as the layout banner of a boot with 1 GiB
# (chapter 7) reports it.  Data: the kmemsim transcript build/examples/vmalloc-layout.out,
# whose banner lines read "    NAME : 0xSTART - 0xEND   (SIZE)".
# Called as: gnuplot -e "data='...'; out='...'" figures/vmalloc-layout.gp
set terminal pdfcairo size 12cm,9cm font "Latin Modern Roman,9"
set output out
rows = sprintf("< awk '$2 == \":\" && $3 ~ /^0x/ && $1 !~ /^[.]/ { print $1, $3, $5 }' %s", data)
mib(s) = (s + 0) / 1048576.0
# A region's label sits at its middle, pulled inside the panel's range [ylo, yhi]; a
# region outside the range, or smaller than minlabel MiB, gets none (the left panel leaves the top areas,
# a few MiB each, to the zoom, where their labels do not overlap).
middle(s, e) = (mib(s) + mib(e)) / 2
label_y(s, e) = mib(e) - mib(s) < minlabel || mib(e) <= ylo || mib(s) >= yhi ? NaN : \
	middle(s, e) < ylo + 0.02 * (yhi - ylo) ? ylo + 0.02 * (yhi - ylo) : \
	middle(s, e) > yhi - 0.02 * (yhi - ylo) ? yhi - 0.02 * (yhi - ylo) : middle(s, e)
set style fill solid 0.35 border lc rgb "black"
set xrange [0:3]
set noxtics
set key off
set multiplot layout 1,2 title "The kernel's gigabyte (mem=1G)"
set title "0xC0000000 to 4 GiB"
set ylabel "MiB of the linear address space"
ylo = 3072; yhi = 4096; minlabel = 16
set yrange [ylo:yhi]
set ytics 3072, 128, 4096
set label 1 "pkmap, fixmap" at 1.7, yhi - 0.02 * (yhi - ylo) left
plot rows using (1):(middle(strcol(2), strcol(3))):(0.6):((mib(strcol(3)) - mib(strcol(2))) / 2) \
	with boxxyerror lc rgb "#4477aa", \
     rows using (1.7):(label_y(strcol(2), strcol(3))):1 with labels left
set title "the top 16 MiB"
unset ylabel
unset label 1
ylo = 4080; yhi = 4096; minlabel = 0
set yrange [ylo:yhi]
set ytics 4080, 2, 4096
replot
unset multiplot
