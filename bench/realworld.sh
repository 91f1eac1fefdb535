#!/usr/bin/env bash
# Runs `check` on real migration histories and reports, per folder: files, statements, time,
# findings by rule (blocking and not), blocking and unparsed counts, and the notes; then times
# the whole process side by side with Squawk on the same files, alternating the tools so
# machine noise hits both alike, and prints medians and ratios.
# Usage: bench/realworld.sh [-n RUNS] DIR...   (from the repository root; DIR = a migrations folder)
# The folders are read in place: third-party histories are never copied into the project.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=7
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: bench/realworld.sh [-n RUNS] DIR..." >&2; exit 2; }
[ -f target/onewaydoor.jar ] || mvn -B -q package -DskipTests
if [ ! -x bench/node_modules/.bin/squawk ]; then
  (cd bench && npm ci --no-audit --no-fund) || { echo "npm ci failed: cannot run Squawk" >&2; exit 1; }
fi
jar=$(pwd)/target/onewaydoor.jar
launcher=$(pwd)/bin/onewaydoor
squawk=$(pwd)/bench/node_modules/.bin/squawk
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for dir in "$@"; do
  dir=$(cd "$dir" && pwd)
  name=$(basename "$(dirname "$dir")")/$(basename "$dir")
  out=$(mktemp)
  t0=$(now)
  (cd "$(dirname "$dir")" && java -jar "$jar" check "$(basename "$dir")" --format json > "$out") || true
  t1=$(now)
  echo "== $name"
  echo "files: $(find "$dir" -name '*.sql' | wc -l), first run: $(( (t1 - t0) / 1000000 )) ms"
  python3 - "$out" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"]
print("statements: %d, migrations: %d, findings: %d, blocking: %d, unparsed: %d" % (
    s["statements"], s["migrations"], s["findings"], s["blocking"],
    sum(1 for f in d["findings"] if f["rule"] == "unparsed-statement")))
by = collections.Counter((f["rule"], f["blocking"]) for f in d["findings"])
for (rule, blocking), n in sorted(by.items()):
    print("  %-30s %-9s %5d" % (rule, "blocking" if blocking else "warning", n))
for note in d.get("notes", []):
    print("  note: " + note)
PY
  rm -f "$out"

  mapfile -t files < <(find "$dir" -name '*.sql' | sort)
  : > /tmp/owd.jar.t; : > /tmp/owd.launcher.t; : > /tmp/owd.squawk.t
  for _ in $(seq "$runs"); do
    t0=$(now); (cd "$(dirname "$dir")" && java -jar "$jar" check "$(basename "$dir")" > /dev/null) || true; t1=$(now)
    "$squawk" "${files[@]}" > /dev/null 2>&1 || true; t2=$(now)
    (cd "$(dirname "$dir")" && "$launcher" check "$(basename "$dir")" > /dev/null) || true; t3=$(now)
    echo $(( (t1 - t0) / 1000000 )) >> /tmp/owd.jar.t
    echo $(( (t2 - t1) / 1000000 )) >> /tmp/owd.squawk.t
    echo $(( (t3 - t2) / 1000000 )) >> /tmp/owd.launcher.t
  done
  jar_ms=$(median < /tmp/owd.jar.t); sq_ms=$(median < /tmp/owd.squawk.t); la_ms=$(median < /tmp/owd.launcher.t)
  echo "whole process, median of $runs (${#files[@]} files): squawk ${sq_ms} ms"
  echo "  bin/onewaydoor check: ${la_ms} ms, ratio $(awk "BEGIN {printf \"%.2f\", $la_ms/$sq_ms}") (target <= 1.50)"
  echo "  java -jar ... check:  ${jar_ms} ms, ratio $(awk "BEGIN {printf \"%.2f\", $jar_ms/$sq_ms}") (target <= 2.50)"
done
