# The kernel's gigabyte on the i386, as the layout banner of a boot with 1 GiB
# (chapter 7) reports it.  Data: the kmemsim transcript build/examples/vmalloc-layout.out,
# whose banner lines read "    NAME : 0xSTART - 0xEND   (SIZE)".
# Called as: gnuplot -e "data='...'; out='...'" figures/vmalloc-layout.gp
set terminal pdfcairo size 12cm,9cm font "Latin Modern Roman,9"
set output out
rows = sprintf("< awk '$2 == \":\" && $3 ~ /^0x/ && $1 !~ /^[.]/ { print $1, $3, $5 }' %s", data)
mib(s) = (s + 0) / 1048576.0
set style fill solid 0.35 border lc rgb "black"
set xrange [0:3]
set noxtics
set key off
set multiplot layout 1,2 title "The kernel's gigabyte (mem=1G)"
set title "0xC0000000 to 4 GiB"
set ylabel "MiB of the linear address space"
set yrange [3072:4096]
set ytics 3072, 128, 4096
plot rows using (1):((mib(strcol(2)) + mib(strcol(3))) / 2):(0.6):((mib(strcol(3)) - mib(strcol(2))) / 2) \
	with boxxyerror lc rgb "#4477aa", \
     rows using (1.7):((mib(strcol(2)) + mib(strcol(3))) / 2):1 with labels left
set title "the top 16 MiB"
unset ylabel
set yrange [4080:4096]
set ytics 4080, 2, 4096
replot
unset multiplot
