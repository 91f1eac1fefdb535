# Sourced by the intake benchmarks: the JVM flags OneWayDoor runs with on Fly.io, read from
# fly.toml, and -XX:MaxRAM=512m so that its percentages mean here what they mean on the
# 512 MB machine, as fly.toml asks for (this machine has far more memory).
fly_java_tool_options() {
  sed -n 's/^ *JAVA_TOOL_OPTIONS *= *"\(.*\)"$/\1/p' fly.toml
}
FLY_JAVA_TOOL_OPTIONS="$(fly_java_tool_options)"
[ -n "$FLY_JAVA_TOOL_OPTIONS" ] || { echo "fly.toml sets no JAVA_TOOL_OPTIONS" >&2; exit 1; }
export FLY_JAVA_TOOL_OPTIONS

# peak_rss_mb PID: the highest resident set size the process has had (Linux VmHWM), in MB.
peak_rss_mb() {
  awk '/^VmHWM:/ {printf "%d", $2 / 1024}' "/proc/$1/status"
}
