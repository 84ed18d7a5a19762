#!/usr/bin/env bash
# Builds the libFuzzer targets (swiftc -sanitize=fuzzer) and runs them.
#   Tests/fuzz/run.sh              10 minutes per target, growing Tests/fuzz/corpus/<target>
#   Tests/fuzz/run.sh --smoke      60 seconds in all (CI)
#   Tests/fuzz/run.sh --seconds N  N seconds per target
#   FUZZ_TARGETS="html markdown" Tests/fuzz/run.sh   only those targets
# Crashes are written to fuzz-out/ (ignored by git); turn each into a file under
# Tests/fuzz/regressions/<target>/ — the unit tests replay them.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=$root/fuzz-out
mkdir -p "$out"
seconds=600
case "${1:-}" in
    --smoke) seconds=60 ;;
    --seconds) seconds=${2:?} ;;
    "") ;;
    *) echo "usage: $0 [--smoke | --seconds N]"; exit 2 ;;
esac
flags=(-sanitize=fuzzer -parse-as-library -O -g)
# The C libraries DossierKit reads HTML and Markdown with (system-library modules).
cflags=(-I Sources/CLibXML2 -I Sources/CCmarkGFM -I Sources/CCurl)
for f in $(pkg-config --cflags libxml-2.0 libcmark-gfm); do cflags+=(-Xcc "$f"); done
clibs=(-lxml2 -lcmark-gfm -lcmark-gfm-extensions)
echo "building the fuzz targets"
swiftc "${flags[@]}" "${cflags[@]}" -module-name DossierKit -emit-module -emit-module-path "$out/DossierKit.swiftmodule" \
    -emit-library -static -o "$out/libDossierKit.a" $(find Sources/DossierKit -name '*.swift')
targets=(article html markdown)
swiftc "${flags[@]}" "${cflags[@]}" -I "$out" -L "$out" -lDossierKit "${clibs[@]}" Tests/fuzz/ArticleFuzz.swift -o "$out/fuzz-article"
swiftc "${flags[@]}" "${cflags[@]}" -I "$out" -L "$out" -lDossierKit "${clibs[@]}" Tests/fuzz/HTMLFuzz.swift Tests/fuzz/FuzzChecks.swift -o "$out/fuzz-html"
swiftc "${flags[@]}" "${cflags[@]}" -I "$out" -L "$out" -lDossierKit "${clibs[@]}" Tests/fuzz/MarkdownFuzz.swift Tests/fuzz/FuzzChecks.swift -o "$out/fuzz-markdown"
if [ -f Tests/fuzz/ThemeFuzz.swift ]; then
    swiftc "${flags[@]}" "${cflags[@]}" -module-name DossierUI -I "$out" -emit-module -emit-module-path "$out/DossierUI.swiftmodule" \
        -emit-library -static -o "$out/libDossierUI.a" $(find Sources/DossierUI -name '*.swift')
    swiftc "${flags[@]}" "${cflags[@]}" -I "$out" -L "$out" -lDossierUI -lDossierKit "${clibs[@]}" Tests/fuzz/ThemeFuzz.swift -o "$out/fuzz-theme"
    targets+=(theme)
fi
[ -n "${FUZZ_TARGETS:-}" ] && read -r -a targets <<<"$FUZZ_TARGETS"
per=$seconds
[ "${1:-}" = "--smoke" ] && per=$((seconds / ${#targets[@]}))
status=0
for t in "${targets[@]}"; do
    corpus=Tests/fuzz/corpus/$t
    mkdir -p "$corpus" "$out/$t-new"
    echo "fuzzing $t for $per s (corpus $corpus)"
    # New inputs go to a scratch folder; a long local run merges them into the kept corpus.
    if ! "$out/fuzz-$t" -max_total_time="$per" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/$t-" -print_final_stats=1 "$out/$t-new" "$corpus" 2>"$out/$t.log"; then
        echo "fuzz target $t FAILED: see $out/$t.log"; grep -E "ERROR|Fatal|crash" "$out/$t.log" | head -5; status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$out/$t.log" | tail -3
    if [ "${1:-}" != "--smoke" ]; then
        # Keep a minimal corpus: the smallest set of inputs with the same coverage.
        rm -rf "$out/$t-min" && mkdir -p "$out/$t-min"
        if "$out/fuzz-$t" -merge=1 "$out/$t-min" "$corpus" "$out/$t-new" >/dev/null 2>&1; then
            rm -rf "$corpus" && mv "$out/$t-min" "$corpus"
        fi
        echo "kept corpus: $(ls "$corpus" | wc -l) inputs"
    fi
done
exit $status
