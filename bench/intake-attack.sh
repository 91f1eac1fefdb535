#!/usr/bin/env bash
# Memory under a webhook body attack. OneWayDoor runs as deployed on Fly.io (fly.toml's JVM
# flags, -XX:MaxRAM=512m, a DATA_DIR) and receives N concurrent 25 MB bodies without a
# signature, N with a forged one and N signed, then one small signed delivery. Reports each
# group's answers, whether the server survived, and its peak resident memory (VmHWM).
# Fails (non-zero exit) when the server dies or answers anything unexpected.
# Usage: bench/intake-attack.sh [N]   (from the repository root; JAR=path runs another build)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-8}
jar=${JAR:-target/onewaydoor.jar}
work=bench/work/attack
port=3111
. bench/intake/jvm.sh
[ -f "$jar" ] || mvn -B -q package -DskipTests
rm -rf "$work" && mkdir -p "$work"
secret="bench-secret"
{ printf '{"action":"created","padding":"'; head -c 24999966 /dev/zero | tr '\0' x; printf '"}'; } > "$work/big.json"
sig="sha256=$(openssl dgst -sha256 -hmac "$secret" -r "$work/big.json" | cut -d' ' -f1)"
forged="sha256=$(openssl rand -hex 32)"
printf '{"action":"created"}' > "$work/small.json"
small_sig="sha256=$(openssl dgst -sha256 -hmac "$secret" -r "$work/small.json" | cut -d' ' -f1)"
key="$(cat src/test/resources/keys/test-app-pkcs1.pem)"

APP_ID=1 PRIVATE_KEY="$key" WEBHOOK_SECRET="$secret" PORT=$port GITHUB_API_URL=http://127.0.0.1:9 LOG_LEVEL=warn \
  DATA_DIR="$work/data" JAVA_TOOL_OPTIONS="$FLY_JAVA_TOOL_OPTIONS" \
  java -XX:MaxRAM=512m -jar "$jar" serve > "$work/owd.log" 2>&1 &
owd=$!
trap 'kill $owd 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
idle=$(peak_rss_mb $owd)

post() { # delivery-id body-file [curl options...]: prints the status (000: no answer)
  curl -s -o /dev/null -w "%{http_code}\n" -H "X-GitHub-Event: star" -H "X-GitHub-Delivery: $1" \
    --data-binary @"$2" "${@:3}" "http://127.0.0.1:$port/api/github/webhooks" || true
}
pids=()
for i in $(seq "$n"); do
  post "u$i" "$work/big.json" >> "$work/unsigned" & pids+=($!)
  post "f$i" "$work/big.json" -H "X-Hub-Signature-256: $forged" >> "$work/forged" & pids+=($!)
  post "s$i" "$work/big.json" -H "X-Hub-Signature-256: $sig" >> "$work/signed" & pids+=($!)
done
wait "${pids[@]}"
alive=yes; kill -0 $owd 2>/dev/null || alive=no
valid=$(post valid "$work/small.json" -H "X-Hub-Signature-256: $small_sig")
peak=$( [ $alive = yes ] && peak_rss_mb $owd || echo "?")

answers() { sort "$work/$1" | uniq -c | awk '{printf "%s x%s  ", $2, $1}'; }
echo "$n x 3 concurrent 25 MB bodies, fly.toml JVM flags with -XX:MaxRAM=512m, jar $jar:"
echo "  unsigned: $(answers unsigned)"
echo "  forged:   $(answers forged)"
echo "  signed:   $(answers signed)"
echo "  then a small signed delivery: $valid"
echo "  server alive: $alive   RSS after start-up: $idle MB   peak RSS: $peak MB"
if [ $alive = no ]; then echo "the server died; the end of its log:" >&2; tail -5 "$work/owd.log" >&2; exit 1; fi
bad=$(cat "$work/unsigned" | grep -v '^401$' || true; grep -v -E '^(401|503)$' "$work/forged" || true;
      grep -v -E '^(202|503)$' "$work/signed" || true)
[ -z "$bad" ] && [ "$valid" = 202 ] || { echo "unexpected answers: $bad / $valid" >&2; exit 1; }
