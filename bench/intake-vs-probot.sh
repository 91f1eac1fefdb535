#!/usr/bin/env bash
# Webhook intake under load, OneWayDoor vs a minimal Probot app, on loopback in one run.
# wrk (Debian package) sends a signed pull_request delivery with a fresh delivery id each
# time. Reports throughput, latency percentiles and OneWayDoor's peak resident memory.
# Fails (non-zero exit) when a server does not start, dies, or answers anything but 2xx.
# Usage: bench/intake-vs-probot.sh [SECONDS]   (from the repository root; JAR=path runs another build)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
jar=${JAR:-target/onewaydoor.jar}
work=bench/work/intake
. bench/intake/jvm.sh
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f "$jar" ] || mvn -B -q package -DskipTests
[ -d bench/node_modules/probot ] || (cd bench && npm ci --no-audit --no-fund)
mkdir -p "$work"
secret="bench-secret"
node bench/intake/make-delivery.js src/test/resources/github/webhooks/pull_request.opened.json "$work" "$secret"
export BODY_FILE="$work/body.json" SIG_FILE="$work/signature"
key="$(cat src/test/resources/keys/test-app-pkcs1.pem)"

wait_up() { for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$1$2" && return 0; sleep 0.2; done; echo "server on $1 did not start" >&2; return 1; }
load() { # port label
  wrk -t2 -c32 -d10s -s bench/intake/webhook.lua "http://127.0.0.1:$1" > /dev/null   # JIT warm-up, both alike
  wrk -t2 -c32 -d"${secs}s" --latency -s bench/intake/webhook.lua "http://127.0.0.1:$1" > "$work/$2.wrk"
}
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$1"; }

# OneWayDoor as deployed on Fly.io (fly.toml's JVM flags and memory, and a DATA_DIR).
# GitHub is unreachable: "closed" needs no call.
rm -rf "$work/data"
APP_ID=1 PRIVATE_KEY="$key" WEBHOOK_SECRET="$secret" PORT=3101 GITHUB_API_URL=http://127.0.0.1:9 LOG_LEVEL=warn \
  DATA_DIR="$work/data" JAVA_TOOL_OPTIONS="$FLY_JAVA_TOOL_OPTIONS" \
  java -XX:MaxRAM=512m -jar "$jar" serve > "$work/owd.log" 2>&1 &
owd=$!
APP_ID=1 PRIVATE_KEY="$key" WEBHOOK_SECRET="$secret" PORT=3102 LOG_LEVEL=warn \
  bench/node_modules/.bin/probot run ./bench/intake/probot-app.js > "$work/probot.log" 2>&1 &
probot=$!
trap 'kill $owd $probot 2>/dev/null || true' EXIT
wait_up 3101 /healthz
wait_up 3102 /

load 3101 onewaydoor
kill -0 $owd || { echo "onewaydoor died under load; its log:" >&2; cat "$work/owd.log" >&2; exit 1; }
peak=$(peak_rss_mb $owd)
load 3102 probot
kill -0 $probot || { echo "probot died under load; its log:" >&2; cat "$work/probot.log" >&2; exit 1; }

o=$(rate "$work/onewaydoor.wrk"); p=$(rate "$work/probot.wrk")
echo "wrk -t2 -c32 -d${secs}s, signed pull_request deliveries, loopback, same machine:"
printf "  onewaydoor: %8.0f req/s  p50 %s  p99 %s  peak RSS %d MB\n" "$o" "$(pct "$work/onewaydoor.wrk" 50%)" \
  "$(pct "$work/onewaydoor.wrk" 99%)" "$peak"
printf "  probot:     %8.0f req/s  p50 %s  p99 %s\n" "$p" "$(pct "$work/probot.wrk" 50%)" "$(pct "$work/probot.wrk" 99%)"
echo "  throughput ratio onewaydoor/probot: $(awk "BEGIN {printf \"%.2f\", $o/$p}") (target >= 3.00)"
if grep -H "Non-2xx" "$work"/*.wrk >&2; then echo "some requests were not answered 2xx: the figures are void" >&2; exit 1; fi
