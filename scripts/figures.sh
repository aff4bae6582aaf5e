#!/usr/bin/env bash
# The evaluation figures of one citebot jar, each run on a fresh throw-away H2 database:
#   seed QA; PolNeAR dev who-said, say-what and attributions; SQuAD dev scoped (SKIP_SQUAD=1 leaves it out).
#
#   scripts/figures.sh [JAR] [EVAL_DIR]      defaults: target/citebot.jar, ../shared/eval (from the repository root)
#
# The data is read where it lies; nothing is copied. Prints the summary lines of each run; the full output of
# every run stays in the temporary folder only while the script runs (FIGURES_KEEP=DIR copies it there instead).
set -euo pipefail

cd "$(dirname "$0")/.."
jar=$(realpath "${1:-target/citebot.jar}")
data=$(realpath "${2:-../shared/eval}")
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests -DskipITs first" >&2; exit 1; }
[ -d "$data" ] || { echo "no evaluation folder $data" >&2; exit 1; }

tmp=$(mktemp -d /tmp/citebot-figures.XXXXXX)
trap 'if [ -n "${FIGURES_KEEP:-}" ]; then mkdir -p "$FIGURES_KEEP"; cp "$tmp"/*.out "$FIGURES_KEEP"/; fi; rm -rf "$tmp"' EXIT

# citebot DB NAME ARGS...: runs the jar on database $tmp/DB, its output in $tmp/NAME.out
citebot() {
    local db=$1 name=$2
    shift 2
    CITEBOT_DB="$tmp/$db/citebot" java -jar "$jar" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" \
        || { echo "$name failed:" >&2; tail -5 "$tmp/$name.err" >&2; exit 1; }
}

# summary FILE NAME: the total line of an eval of FILE
summary() {
    grep -F "$1: " "$tmp/$2.out" | tail -1
}

echo "jar: $jar"
echo "load before: $(uptime)"

citebot seed seed eval "$data/seed/qa.jsonl"
echo "seed:     $(summary "$data/seed/qa.jsonl" seed)"

citebot polnear polnear-ingest ingest "$data/polnear-dev/text"
citebot polnear whosaid eval "$data/polnear-dev-whosaid.jsonl"
echo "whosaid:  $(summary "$data/polnear-dev-whosaid.jsonl" whosaid)"
citebot polnear saywhat eval "$data/polnear-dev-saywhat.jsonl"
echo "saywhat:  $(summary "$data/polnear-dev-saywhat.jsonl" saywhat)"
citebot polnear attributions eval "$data/polnear-dev"
echo "attributions (PolNeAR dev):"
sed -n "2,6p" "$tmp/attributions.out" | sed "s/^/    /"

if [ "${SKIP_SQUAD:-0}" != 1 ]; then
    citebot squad squad-ingest ingest "$data/squad-dev/text"
    citebot squad squad eval "$data/squad-dev/qa.jsonl"
    echo "squad:    $(summary "$data/squad-dev/qa.jsonl" squad)"
fi
echo "load after: $(uptime)"
