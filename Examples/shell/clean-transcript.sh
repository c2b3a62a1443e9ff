#!/usr/bin/env bash
# clean-transcript.sh — clean up an interview transcript with the `redact` filter in a pipeline.
#
#   Examples/shell/clean-transcript.sh [TRANSCRIPT] [OUTPUT-FOLDER]
#   REDACT=.build/release/redact Examples/shell/clean-transcript.sh Examples/transcript.txt /tmp/out
#
# TRANSCRIPT defaults to Examples/transcript.txt (synthetic: every name and number is invented),
# OUTPUT-FOLDER to a new temporary folder. The redact binary is $REDACT, else `redact` on PATH
# (build it with `swift build -c release --product redact`).
#
# It writes into OUTPUT-FOLDER:
#   key                 a key made by `redact keygen` (mode 600), so a second run gives the
#                       same stand-ins; keep it private and keep it: it is what makes the
#                       stand-ins reproducible
#   transcript.clean    the transcript with CRs stripped, stand-ins in place, speaker names
#                       shortened and trailing spaces trimmed
#   spans.json          what was replaced, with offsets, pretty-printed by python3 -m json.tool
#   labels.txt          how many spans of each label were found
set -euo pipefail

REDACT=${REDACT:-redact}
here=$(cd "$(dirname "$0")" && pwd)
transcript=${1:-$here/../transcript.txt}
out=${2:-$(mktemp -d)}
mkdir -p "$out"

command -v "$REDACT" >/dev/null 2>&1 || { echo "no redact binary: set REDACT=/path/to/redact" >&2; exit 127; }
[ -r "$transcript" ] || { echo "cannot read $transcript" >&2; exit 66; }

# 1. A key, once. `keygen` refuses to overwrite an existing key (exit 73): losing a key makes
#    the earlier stand-ins impossible to reproduce, so reuse it when it is already there.
[ -e "$out/key" ] || "$REDACT" keygen "$out/key"

# 2. The cleaning pipeline:
#    tr -d '\r'        transcripts exported from Windows tools have CRLF line ends (redact
#                      would keep them; we drop them here for the sed step)
#    redact            replaces phones, e-mails, dates, IDs, … with consistent stand-ins;
#                      --line-buffered writes each line as soon as it is complete, so the
#                      pipeline shows progress on a long file and works on a live feed
#    sed               cosmetic clean-up AFTER redaction: speaker labels to initials, trailing
#                      blanks trimmed. Edits that could touch identifiers belong before redact
#                      only if they cannot break an identifier apart.
#    pipefail (above)  makes the script fail if redact fails (e.g. exit 65 on invalid UTF-8,
#                      where the output stops before the bad line and never carries raw text).
tr -d '\r' < "$transcript" \
  | "$REDACT" --key-file "$out/key" --line-buffered \
  | sed -E -e 's/^(INTERVIEWER|MÜSAHİBƏÇİ|ИНТЕРВЬЮЕР|GÖRÜŞMECİ):/Q:/' \
           -e 's/^(SOURCE|MƏNBƏ|ИСТОЧНИК|KAYNAK):/A:/' \
           -e 's/[[:space:]]+$//' \
  > "$out/transcript.clean"

# 3. What was replaced: `redact detect` reads JSON Lines with --jsonl (one {"text": …} object
#    per line) and writes each back with "spans" (label, rule, offsets in code points, UTF-8
#    bytes and UTF-16 units, original text and replacement) and "output". Here every transcript
#    line becomes one JSON object; python3 turns it into JSON Lines.
#    NOTE: spans.json holds the ORIGINAL values next to their stand-ins: it is a key to the
#    redaction. Keep it as private as the transcript itself.
tr -d '\r' < "$transcript" \
  | python3 -c 'import json, sys
for number, line in enumerate(sys.stdin, 1):
    print(json.dumps({"id": number, "text": line.rstrip("\n")}, ensure_ascii=False))' \
  | "$REDACT" detect --jsonl --key-file "$out/key" \
  | python3 -c 'import json, sys; json.dump([json.loads(l) for l in sys.stdin], sys.stdout, ensure_ascii=False)' \
  | python3 -m json.tool --no-ensure-ascii > "$out/spans.json"

# 4. A summary: spans per label, most frequent first.
python3 -c 'import collections, json, sys
counts = collections.Counter(s["label"] for doc in json.load(open(sys.argv[1])) for s in doc["spans"])
for label, n in counts.most_common(): print(f"{n:4} {label}")' "$out/spans.json" > "$out/labels.txt"

echo "cleaned transcript: $out/transcript.clean" >&2
echo "spans:              $out/spans.json" >&2
echo "per label:" >&2
cat "$out/labels.txt" >&2
