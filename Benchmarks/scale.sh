#!/usr/bin/env bash
# Every command on a long report, timed as a whole process (release build): the table
# "Commands on a 20 MB report" in BENCHMARKS.md.
#   Benchmarks/scale.sh [MEGABYTES]      (default 20: the bundled report repeated to that size)
# Prints seconds of wall time per command and, where /usr/bin/time exists, peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-20}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
swift build -c release --product workbench >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log"; exit 1; }
workbench=.build/release/workbench
report="$scratch/long-report.txt"
bundled=Sources/WorkbenchCore/Bundled/shanxi-2025.txt
while [ "$(stat -c %s "$report" 2>/dev/null || echo 0)" -lt $((megabytes * 1024 * 1024)) ]; do cat "$bundled" >> "$report"; done
echo "report: $(( $(stat -c %s "$report") / 1024 / 1024 )) MB ($bundled repeated); $(nproc) cores; $(date -u +%Y-%m-%d)"
printf '%-40s %8s %10s\n' command seconds "peak MB"
run() {
    local label=$1; shift
    local start end peak="-"
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        peak=$(/usr/bin/time -f '%M' "$workbench" "$report" "$@" 2>&1 >/dev/null | tail -1)
        peak=$(( peak / 1024 ))
    else
        "$workbench" "$report" "$@" >/dev/null 2>&1
    fi
    end=$(date +%s.%N)
    printf '%-40s %8.2f %10s\n' "$label" "$(awk "BEGIN { print $end - $start }")" "$peak"
}
run "load (reports)" -c reports
for command in "outline --depth 4" metrics targets sectors "sector energy" "sector energy --paragraphs" projects regions ecology \
               "sql SELECT count(*) FROM metrics" ".schema"; do
    run "$command" --format json -c "$command"
done
for format in table csv markdown; do run "metrics --format $format" --format "$format" -c metrics; done
run "search (a word in every copy)" --format json -c "search 高铁"
run "export html" -c "export html $scratch/report.html"
