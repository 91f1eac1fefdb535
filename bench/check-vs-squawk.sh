#!/usr/bin/env bash
# Compares `onewaydoor check` with Squawk on the same generated corpus, side by side in one
# run, alternating the tools so machine noise hits both alike. Prints medians and ratios.
# Fails (non-zero exit) when a tool crashes or reports a usage error: exit status 1 means
# "findings" for both tools and is expected on this corpus.
# Usage: bench/check-vs-squawk.sh [RUNS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
work=bench/work
[ -f target/onewaydoor.jar ] || mvn -B -q package -DskipTests
[ -x bench/node_modules/.bin/squawk ] || (cd bench && npm ci --no-audit --no-fund)
rm -rf "$work" && mkdir -p "$work"
java bench/GenerateCorpus.java "$work/corpus" 700
files=("$work"/corpus/db/migration/*.sql)

now() { date +%s%N; }
# findings CMD...: runs a checker; exit 0 (clean) and 1 (findings) are results, anything else a failure.
findings() {
  local rc=0
  "$@" > /dev/null 2> "$work/last.err" || rc=$?
  if [ "$rc" -gt 1 ]; then echo "$* failed with exit status $rc:" >&2; tail -20 "$work/last.err" >&2; exit 1; fi
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: > "$work/owd.times"; : > "$work/launcher.times"; : > "$work/squawk.times"
for i in $(seq "$runs"); do
  t0=$(now); findings java -jar target/onewaydoor.jar check "$work/corpus"; t1=$(now)
  findings bench/node_modules/.bin/squawk "${files[@]}"; t2=$(now)
  findings bin/onewaydoor check "$work/corpus"; t3=$(now)
  echo $(( (t1 - t0) / 1000000 )) >> "$work/owd.times"
  echo $(( (t2 - t1) / 1000000 )) >> "$work/squawk.times"
  echo $(( (t3 - t2) / 1000000 )) >> "$work/launcher.times"
done
owd=$(median < "$work/owd.times"); sq=$(median < "$work/squawk.times"); la=$(median < "$work/launcher.times")
echo "whole process, median of $runs: squawk ${sq} ms"
echo "  java -jar target/onewaydoor.jar check: ${owd} ms, ratio $(awk "BEGIN {printf \"%.2f\", $owd/$sq}") (target <= 2.00)"
echo "  bin/onewaydoor check:                  ${la} ms, ratio $(awk "BEGIN {printf \"%.2f\", $la/$sq}") (target <= 2.00)"

warm=$(java -cp target/onewaydoor.jar bench/WarmThroughput.java "$work/corpus" 30)
echo "warm in-process: $warm"
stmts=$(echo "$warm" | sed -E 's/.* ([0-9]+) statements:.*/\1/')
per_s=$(echo "$warm" | sed -E 's/.* ([0-9]+) statements\/s/\1/')
sq_per_s=$(awk "BEGIN {printf \"%.0f\", $stmts/($sq/1000)}")
echo "squawk whole-process throughput: ${sq_per_s} statements/s; warm ratio onewaydoor/squawk $(awk "BEGIN {printf \"%.2f\", $per_s/$sq_per_s}") (target >= 1.00)"
