#!/bin/sh
# Instructions per sentence of `vigil code`, end to end, on the 16 real AFP sentences of PETRARCH's GigaWord sample
# (ids AFP...; the other 60 records are synthetic) (TABARI's bar on this machine kind: about 430k instructions per sentence). Each sentence becomes one JSONL record;
# the records are coded in runs of 2 and 12 copies under callgrind, and the difference divided by 10 x 16 sentences
# removes start-up (loading the model, dictionaries and gazetteer).
#   bench/callgrind_per_sentence.sh [build/vigil] [../shared/conformance/petrarch2/GigaWord.sample.PETR.xml]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
vigil=${1:-$here/build/vigil}
sample=${2:-$here/../shared/conformance/petrarch2/GigaWord.sample.PETR.xml}
command -v valgrind > /dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -f "$sample" ] || { echo "$sample: not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The <Text> of each <Sentence>, joined onto one line, as a JSONL record with the sentence's date.
python3 - "$sample" > "$tmp/one.jsonl" << 'EOF'
import json, re, sys
xml = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r'<Sentence date = "(\d{8})" id ="([^"]+)"[^>]*>\s*<Text>(.*?)</Text>', xml, re.S):
    date, sid, text = m.groups()
    if not sid.startswith("AFP"):  # the synthetic records: only the real wire sentences count
        continue
    text = " ".join(text.split())
    print(json.dumps({"id": sid, "published": f"{date[:4]}-{date[4:6]}-{date[6:]}", "text": text}))
EOF
sentences=$(wc -l < "$tmp/one.jsonl")
count() {  # instructions of one run over $1 copies
  : > "$tmp/in.jsonl"
  i=0
  while [ "$i" -lt "$1" ]; do
    sed "s/\"id\": \"\([^\"]*\)\"/\"id\": \"\1-$i\"/" "$tmp/one.jsonl" >> "$tmp/in.jsonl"
    i=$((i + 1))
  done
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1" "$vigil" code "$tmp/in.jsonl" --format jsonl \
    > "$tmp/out.$1" 2> "$tmp/err.$1"
  sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p' "$tmp/err.$1"
}
low=$(count 2)
high=$(count 12)
events=$(wc -l < "$tmp/out.2")
echo "sentences per copy: $sentences (events per 2 copies: $events)"
echo "instructions, 2 copies:  $low"
echo "instructions, 12 copies: $high"
echo "$low $high $sentences" | awk '{ printf "instructions per sentence (start-up removed): %.0f\n", ($2 - $1) / (10 * $3) }'
