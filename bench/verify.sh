#!/usr/bin/env bash
# Verification on a real database: the booking example end to end (whole process, as a user
# runs it), and a real history (Lemmy's migrations, a Diesel folder given as an argument, never
# copied into the repository): cold, on a cached base, and the memory it takes.
# Usage: bench/verify.sh MIGRATIONS_DIR [RUNS]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/verify.sh MIGRATIONS_DIR [RUNS]}
runs=${2:-5}
[ -f target/onewaydoor.jar ] || mvn -B -q package -DskipTests
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
whole() { # command... → seconds
  local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {printf "%.2f\n", e - s}'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cache="${TMPDIR:-/tmp}/onewaydoor-pg-$(id -un)"
rm -rf "$cache"
echo "booking example, check --verify, whole process:"
echo "  first run on this machine (initdb, then the cluster cache is built): $(whole java -jar target/onewaydoor.jar check examples/booking --verify) s"
for launcher in "java -jar target/onewaydoor.jar" "bin/onewaydoor"; do
  t=$(for _ in $(seq "$runs"); do whole $launcher check examples/booking --verify; done | median)
  echo "  $launcher: median of $runs: $t s (target <= 4 s)"
done
echo "  without --verify: $(for _ in $(seq "$runs"); do whole java -jar target/onewaydoor.jar check examples/booking; done | median) s"

# The App's JVM sizing (fly.toml), so the memory figures are the App's.
app_jvm=(-Xmx128m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=40m -XX:MaxMetaspaceSize=96m
  -Dorg.slf4j.simpleLogger.log.io.zonky=warn)
echo
echo "$dir on the embedded PostgreSQL (migrations run as an unprivileged role):"
java "${app_jvm[@]}" -cp target/onewaydoor.jar bench/VerifyBench.java "$dir" 1 | sed -n '1,6p'
echo
echo "$dir with DATABASE_URL to a PostgreSQL of the same version where migrations run as its superuser:"
java "${app_jvm[@]}" -cp target/onewaydoor.jar bench/VerifyBench.java "$dir" "$runs" --superuser
