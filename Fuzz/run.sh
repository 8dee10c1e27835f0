#!/usr/bin/env bash
# Builds a fuzz target with libFuzzer and the address sanitizer, and runs it.
#   Fuzz/run.sh report|documents [SECONDS] [libFuzzer options ...]
# Inputs found to add coverage go to Fuzz/.work/TARGET (kept out of git); the seeds and the
# regression corpus are in Fuzz/Corpus/TARGET. A crash is written as Fuzz/.work/crash-*; add it
# to Fuzz/Corpus/TARGET once fixed, so the corpus test keeps it fixed. To fold new coverage into
# the committed corpus: Fuzz/run.sh TARGET 0 -merge=1 (see README "Fuzzing").
# Leak detection is on: an input whose run leaves memory behind is a finding like a crash.
# To turn it off (e.g. where LeakSanitizer cannot run under ptrace), both are needed:
#   ASAN_OPTIONS=detect_leaks=0 Fuzz/run.sh report 600 -detect_leaks=0
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: Fuzz/run.sh report|documents [SECONDS] [libFuzzer options]}
seconds=${2:-300}
shift $(( $# >= 2 ? 2 : 1 ))
case "$target" in
    report) product=FuzzReport ;;
    documents) product=FuzzDocuments ;;
    *) echo "Fuzz/run.sh: unknown target '$target' (report or documents)" >&2; exit 2 ;;
esac
# lld: gold fails on the sanitizer runtime's symbols.
swift build -c release --product "$product" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
mkdir -p ".work/$target" "Corpus/$target"
if [[ " $* " == *" -merge=1 "* ]]; then
    # Keep in Corpus/ only the inputs that add coverage, from both folders.
    mkdir -p ".work/merged-$target"
    ".build/release/$product" -merge=1 ".work/merged-$target" "Corpus/$target" ".work/$target"
    rm -rf "Corpus/$target" && mv ".work/merged-$target" "Corpus/$target"
    exit 0
fi
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} exec ".build/release/$product" ".work/$target" "Corpus/$target" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=4096 -detect_leaks=1 -artifact_prefix=.work/ "$@"
