# Physical memory of the 1 GiB machine of chapter 3 and its three zones, with
# their watermarks, as /proc/zoneinfo reports them.  Data: the kmemsim
# transcript build/examples/zoneinfo.out (the chunk examples/zoneinfo.ksh).
# Called as: gnuplot -e "data='...'; out='...'" figures/zoneinfo.gp
set terminal pdfcairo size 15cm,5.2cm font "Latin Modern Roman,12"
set output out
# One row per zone: name, first MiB, last MiB, frames present, min, low, high.
rows = sprintf("< awk '/^Node 0, zone/ { z = $4 } $1 == \"present\" { pr = $2 } " . \
	"$1 == \"spanned\" { sp = $2 } $1 == \"min\" { mn = $2 } $1 == \"low\" { lo = $2 } " . \
	"$1 == \"high\" && NF == 2 { hi = $2 } $1 == \"start_pfn:\" && sp > 0 " . \
	"{ print z, $2 / 256, ($2 + sp) / 256, pr, mn, lo, hi }' %s", data)
set style fill solid 0.45 border lc rgb "black"
set key off
set border 1
set xtics nomirror out
set noytics
set xlabel "physical address (MiB)"
stats rows using 3 nooutput
set yrange [-0.6:3.4]
set xrange [0:STATS_max]
# Each zone is a box on the axis of physical memory; its label, on a row of its own,
# has a dashed line down to where the zone starts (the labels begin a little to
# the right, so that the lines to the first zones pass by them).
zonecolour(i) = i == 0 ? 0xcc6677 : i == 1 ? 0x4477aa : 0x999933
plot rows using (($2 + $3) / 2):(0):(($3 - $2) / 2):(0.35):(zonecolour($0)) \
	with boxxyerror lc rgb variable, \
     rows using (STATS_max * 0.04):(0.8 + 0.85 * $0): \
	(sprintf("%s: %g-%g MiB, %d frames; min %d, low %d, high %d pages", \
		 strcol(1), $2, $3, $4, $5, $6, $7)) \
	with labels offset 0,0 font ",12" left, \
     rows using ($2):(0.6 + 0.85 * $0):(0):(-0.25 - 0.85 * $0) \
	with vectors nohead dt 2 lc rgb "gray40"
