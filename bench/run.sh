#!/usr/bin/env bash
# Dockscope analyze benchmark -- see bench/README.md.
#
#   bench/run.sh [--quick] [--reps N] [--cli PATH] [--cache DIR] [CLI_PATH]
#
# Generates the benchmark images if they are missing (bench/make_image.py),
# then measures, in one invocation and interleaved, N repetitions (median) of
#   A  openssl dgst -sha256 <image>.tar               (unavoidable work, plain)
#      dockscope-cli analyze --json /dev/null <image>.tar
#      dockscope-cli analyze --no-content-rules ... <image>.tar  (rules' cost)
#   B  igzip -dc L | openssl dgst -sha256, each gzip layer L in turn
#      dockscope-cli analyze --json /dev/null <image>-gz.tar
# and prints analyze/baseline ratios, the rules-on/rules-off ratio and peak RSS
# per file entry.
# Builds nothing.  Exit code 0 even when a target is missed.

set -uo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cli="$root/build/bin/dockscope-cli"
cache="$here/.cache"
reps=3
quick=0

usage() { sed -n '2,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --reps) reps="${2:?--reps needs a value}"; shift ;;
        --reps=*) reps="${1#*=}" ;;
        --cli) cli="${2:?--cli needs a value}"; shift ;;
        --cli=*) cli="${1#*=}" ;;
        --cache) cache="${2:?--cache needs a value}"; shift ;;
        --cache=*) cache="${1#*=}" ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) cli="$1" ;;
    esac
    shift
done
case "$reps" in ''|*[!0-9]*|0) echo "run.sh: --reps must be a positive integer" >&2; exit 2 ;; esac

# ---------------------------------------------------------------- tools
missing=0
for t in python3 openssl tar; do
    command -v "$t" >/dev/null || { echo "run.sh: '$t' is required" >&2; missing=1; }
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is required (apt-get install time)" >&2; missing=1; }
have_igzip=1
command -v igzip >/dev/null || {
    have_igzip=0
    echo "run.sh: igzip not found (apt-get install isal): baseline B and its ratio are skipped" >&2
}
[ "$missing" = 0 ] || exit 2

have_cli=1
if [ ! -x "$cli" ] && [ -x "$root/$cli" ]; then
    cli="$root/$cli"                 # relative to the repository root
fi
if [ ! -x "$cli" ]; then
    have_cli=0
    echo "== NOTE: dockscope-cli not found at $cli: only the baselines will be measured"
fi

# ---------------------------------------------------------------- images
if [ "$quick" = 1 ]; then
    name=quick
    gen_args=(--layers 3 --files 5000 --bytes 50000000)
else
    name=large
    gen_args=(--layers 12 --files 150000 --bytes 1100000000)
fi
plain="$cache/$name.tar"
gz="$cache/$name-gz.tar"
mkdir -p "$cache" || exit 2

echo "== images (bench/make_image.py ${gen_args[*]})"
python3 "$here/make_image.py" "${gen_args[@]}" --out "$cache" --name "$name" || { echo "run.sh: generation failed" >&2; exit 2; }
python3 "$here/make_image.py" "${gen_args[@]}" --gzip --out "$cache" --name "$name-gz" || { echo "run.sh: generation failed" >&2; exit 2; }

# gzip layers extracted once, so that baseline B measures only inflate + hash
gzdir="$cache/gz-layers/$name-gz"
if [ ! -f "$gzdir/.done" ] || [ "$gz" -nt "$gzdir/.done" ]; then
    echo "== extracting gzip layers to ${gzdir#$root/}"
    rm -rf "$gzdir" && mkdir -p "$gzdir" || exit 2
    tar xf "$gz" -C "$gzdir" || { echo "run.sh: tar xf $gz failed" >&2; exit 2; }
    touch "$gzdir/.done"
fi
mapfile -t gz_layers < <(python3 -c '
import json, os, sys
d = sys.argv[1]
for l in json.load(open(os.path.join(d, "manifest.json")))[0]["Layers"]:
    print(os.path.join(d, l))' "$gzdir") || exit 2
for l in "${gz_layers[@]}"; do [ -f "$l" ] || { echo "run.sh: missing layer $l" >&2; exit 2; }; done

read -r entries < "$plain.entries"
read -r entries_gz < "$gz.entries"
read -r files plain_bytes layers_bytes gz_bytes gz_layers_bytes < <(python3 -c '
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
print(a["totals"]["files"], a["archive_bytes"], a["layers_uncompressed_bytes"],
      b["archive_bytes"], b["layers_stored_bytes"])' "$plain.summary.json" "$gz.summary.json") || exit 2

# ---------------------------------------------------------------- warm-up
echo "== warm-up reads (untimed)"
cat "$plain" "$gz" "${gz_layers[@]}" > /dev/null
[ "$have_cli" = 1 ] && cat "$cli" > /dev/null

# ---------------------------------------------------------------- helpers
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

now_us() { local t="$EPOCHREALTIME"; echo "${t/./}"; }

baseline_a() { openssl dgst -sha256 "$plain" > /dev/null; }
baseline_b() {
    local l
    for l in "${gz_layers[@]}"; do
        igzip -dc "$l" | openssl dgst -sha256 > /dev/null || return 1
    done
}

# time_cmd VAR cmd...  -> appends elapsed microseconds to array VAR; returns cmd's status
time_cmd() {
    local -n _acc="$1"; shift
    local s e rc
    s=$(now_us); "$@"; rc=$?; e=$(now_us)
    _acc+=($((e - s)))
    return $rc
}

# analyze VAR_T VAR_RSS VAR_FAIL archive [analyze options...]
analyze() {
    local -n _t="$1" _r="$2" _f="$3"
    local archive="$4" s e rc
    shift 4
    s=$(now_us)
    /usr/bin/time -f '%M' -o "$tmp/rss" "$cli" analyze "$@" --json /dev/null "$archive" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    e=$(now_us)
    if [ $rc -ne 0 ]; then
        if [ -z "$_f" ]; then
            _f="exit $rc"
            echo "   ! dockscope-cli analyze $(basename "$archive") failed (exit $rc):" >&2
            head -n 5 "$tmp/err" | sed 's/^/     /' >&2
        fi
        return 1
    fi
    _t+=($((e - s)))
    _r+=("$(tail -n 1 "$tmp/rss")")
}

median() {   # prints the median of the arguments (integers), or empty
    [ $# -gt 0 ] || return 0
    printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {
        if (NR % 2) print v[(NR+1)/2]; else printf "%.0f\n", (v[NR/2]+v[NR/2+1])/2 }'
}

# ---------------------------------------------------------------- measure
ta=(); tb=(); tc=(); tcg=(); tn=(); tng=(); rc_rss=(); rcg_rss=(); rn_rss=(); rng_rss=(); fail_c=""; fail_cg=""; fail_n=""; fail_ng=""; fail_a=""; fail_b=""
echo "== measuring, $reps repetition(s), interleaved"
for ((i = 1; i <= reps; i++)); do
    time_cmd ta baseline_a || fail_a="openssl failed"
    [ "$have_cli" = 1 ] && analyze tc rc_rss fail_c "$plain"
    [ "$have_cli" = 1 ] && analyze tn rn_rss fail_n "$plain" --no-content-rules
    if [ "$have_igzip" = 1 ]; then
        time_cmd tb baseline_b || fail_b="igzip|openssl failed"
    fi
    [ "$have_cli" = 1 ] && analyze tcg rcg_rss fail_cg "$gz"
    [ "$have_cli" = 1 ] && analyze tng rng_rss fail_ng "$gz" --no-content-rules
    printf '   rep %d/%d done\n' "$i" "$reps"
done

m_a=$(median "${ta[@]}")
m_b=$(median "${tb[@]}")
m_c=$(median "${tc[@]}")
m_cg=$(median "${tcg[@]}")
m_n=$(median "${tn[@]}")
m_ng=$(median "${tng[@]}")
r_c=$(median "${rc_rss[@]}")
r_cg=$(median "${rcg_rss[@]}")

# ---------------------------------------------------------------- report
sec()  { [ -n "$1" ] && awk -v u="$1" 'BEGIN { printf "%.3f", u / 1e6 }' || printf -- '-'; }
runs() { local x out=""; for x in "$@"; do out+="$(sec "$x") "; done; printf '%s' "${out% }"; }
mbps() { [ -n "$2" ] && awk -v b="$1" -v u="$2" 'BEGIN { printf "%.0f", b / u }' || printf -- '-'; }
ratio_line() {   # label analyze_us baseline_us target why_missing
    local label="$1" a="$2" b="$3" target="$4" why="$5"
    if [ -n "$a" ] && [ -n "$b" ]; then
        awk -v a="$a" -v b="$b" -v t="$target" -v l="$label" 'BEGIN {
            r = a / b; printf "  %-34s %6.2f   target <= %.1f   %s\n", l, r, t, (r <= t ? "ok" : "MISSED") }'
    else
        printf '  %-34s %6s   target <= %.1f   (%s)\n' "$label" "-" "$target" "$why"
    fi
}
rss_line() {     # label rss_kb entries why_missing
    local label="$1" kb="$2" n="$3" why="$4"
    if [ -n "$kb" ]; then
        awk -v kb="$kb" -v n="$n" -v l="$label" 'BEGIN {
            b = kb * 1024 / n
            printf "  %-34s %6.0f   target <= 1024   %s   (peak RSS %.1f MiB, %d entries)\n",
                   l, b, (b <= 1024 ? "ok" : "MISSED"), kb / 1024, n }'
    else
        printf '  %-34s %6s   target <= 1024   (%s)\n' "$label" "-" "$why"
    fi
}

nl=${#gz_layers[@]}
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
why_cli="dockscope-cli not found"
[ "$have_cli" = 1 ] && why_cli="analyze failed"
why_c="$why_cli"; [ -n "$fail_c" ] && why_c="analyze failed: $fail_c"
why_cg="$why_cli"; [ -n "$fail_cg" ] && why_cg="analyze failed: $fail_cg"
why_b="igzip not installed"; [ -n "$fail_b" ] && why_b="$fail_b"
# a failure in any repetition invalidates that row
[ -n "$fail_a" ] && m_a=""
[ -n "$fail_b" ] && m_b=""
[ -n "$fail_c" ] && { m_c=""; r_c=""; }
[ -n "$fail_cg" ] && { m_cg=""; r_cg=""; }
[ -n "$fail_n" ] && m_n=""
[ -n "$fail_ng" ] && m_ng=""
why_n="$why_cli"; [ -n "$fail_n" ] && why_n="analyze failed: $fail_n"
why_ng="$why_cli"; [ -n "$fail_ng" ] && why_ng="analyze failed: $fail_ng"

echo
echo "Dockscope analyze benchmark -- median of $reps, warm page cache"
echo "  host     : $(nproc) cores${cpu:+, $cpu}; $(openssl version | awk '{print $1, $2}')"
echo "  cli      : $cli$([ "$have_cli" = 1 ] || echo '  (NOT FOUND)')"
printf '  image    : %s  %.1f MB, %d entries (%d regular files)\n' "$(basename "$plain")" "$(awk -v b="$plain_bytes" 'BEGIN{print b/1e6}')" "$entries" "$files"
printf '  gz image : %s  %.1f MB, %d gzip layers (%.1f MB gz -> %.1f MB tar)\n' "$(basename "$gz")" \
    "$(awk -v b="$gz_bytes" 'BEGIN{print b/1e6}')" "$nl" "$(awk -v b="$gz_layers_bytes" 'BEGIN{print b/1e6}')" \
    "$(awk -v b="$layers_bytes" 'BEGIN{print b/1e6}')"
echo
printf '  %-44s %8s %7s   %s\n' "" "wall s" "MB/s" "runs (s)"
printf '  %-44s %8s %7s   %s\n' "A  openssl dgst -sha256 $(basename "$plain")" "$(sec "$m_a")" "$(mbps "$plain_bytes" "$m_a")" "$(runs "${ta[@]}")"
printf '  %-44s %8s %7s   %s\n' "   dockscope-cli analyze $(basename "$plain")" "$(sec "$m_c")" "$(mbps "$plain_bytes" "$m_c")" "$(runs "${tc[@]}")"
printf '  %-44s %8s %7s   %s\n' "   ... --no-content-rules $(basename "$plain")" "$(sec "$m_n")" "$(mbps "$plain_bytes" "$m_n")" "$(runs "${tn[@]}")"
printf '  %-44s %8s %7s   %s\n' "B  igzip -dc | openssl dgst ($nl layers)" "$(sec "$m_b")" "$(mbps "$layers_bytes" "$m_b")" "$(runs "${tb[@]}")"
printf '  %-44s %8s %7s   %s\n' "   dockscope-cli analyze $(basename "$gz")" "$(sec "$m_cg")" "$(mbps "$layers_bytes" "$m_cg")" "$(runs "${tcg[@]}")"
printf '  %-44s %8s %7s   %s\n' "   ... --no-content-rules $(basename "$gz")" "$(sec "$m_ng")" "$(mbps "$layers_bytes" "$m_ng")" "$(runs "${tng[@]}")"
echo "  (MB/s: plain archive bytes for A; uncompressed layer bytes for B)"
echo
printf '  %-34s %6s\n' "" "value"
echo "  the image engine (--no-content-rules):"
ratio_line "engine / A (uncompressed)" "$m_n" "$m_a" 1.5 "$why_n"
ratio_line "engine / B (gzip layers)" "$m_ng" "$m_b" 1.0 "$([ -z "$m_b" ] && echo "$why_b" || echo "$why_ng")"
echo "  with every rule (the default):"
ratio_line "analyze / A (uncompressed)" "$m_c" "$m_a" 1.5 "$why_c"
ratio_line "analyze / B (gzip layers)" "$m_cg" "$m_b" 1.0 "$([ -z "$m_b" ] && echo "$why_b" || echo "$why_cg")"
ratio_line "rules on / rules off (uncompressed)" "$m_c" "$m_n" 1.3 "$([ -z "$m_c" ] && echo "$why_c" || echo "$why_n")"
rss_line "peak RSS B/entry (uncompressed)" "$r_c" "$entries" "$why_c"
rss_line "peak RSS B/entry (gzip)" "$r_cg" "$entries_gz" "$why_cg"
if [ "$have_cli" = 0 ]; then
    echo
    echo "  NOTE: $cli does not exist -- only the baselines were measured."
    echo "        Build dockscope-cli first, or pass its path: bench/run.sh --cli PATH"
fi
exit 0
