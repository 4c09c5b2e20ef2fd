#!/usr/bin/env bash
# Cross-validates the trigger ranker on TimeBank and AQUAINT, or (with --train) writes its weights into
# resources/dateline/syntax/trigger-ranker.tsv (README, "The trigger ranker"). Run from the checkout, after
# `./mvnw -q package -DskipTests`:
#   src/bench/trigger-ranker.sh ../shared WORK_DIR            # the 10-fold cross-validation table
#   src/bench/trigger-ranker.sh ../shared WORK_DIR --train    # the shipped weights (all documents, rule, L2 3)
#   src/bench/trigger-ranker.sh ../shared WORK_DIR --errors   # the held-apart mistakes by class (--l2 3 --folds 10)
# Extra arguments go to trigger_cv.py (e.g. --folds 5 --l2 1,3,10 --conj none,rule,full); JAR=... another jar.
set -euo pipefail
shared=$(cd "$1" && pwd)
work=$2
shift 2
jar=${JAR:-target/dateline.jar}
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$jar" src/bench/java/app/dateline/engine/event/TriggerCandidateBench.java
for corpus in TimeBank AQUAINT; do
    python3 "$shared/eval/timeml2txt.py" "$shared/timebank/$corpus" "$work/$corpus" >/dev/null
    java -jar "$jar" extract --no-cache --format jsonl "$work/$corpus" > "$work/$corpus.jsonl" 2>/dev/null
    java -cp "$jar:$work/classes" app.dateline.engine.event.TriggerCandidateBench \
        "$work/$corpus.jsonl" "$work/$corpus" "$work/$corpus.cands.jsonl"
done
args=("$shared/eval" "$work/out" "$shared/timebank/TimeBank" "$work/TimeBank.jsonl" "$work/TimeBank.cands.jsonl"
      "$shared/timebank/AQUAINT" "$work/AQUAINT.jsonl" "$work/AQUAINT.cands.jsonl")
if [ "${1:-}" = "--errors" ]; then
    shift
    python3 src/bench/python/trigger_errors.py "$shared/eval" "${args[@]:2}" "$@"
elif [ "${1:-}" = "--train" ]; then
    shift
    python3 src/bench/python/trigger_cv.py "${args[@]}" --weights resources/dateline/syntax/trigger-ranker.tsv \
        --final-conj rule --final-l2 3 "$@"
else
    python3 src/bench/python/trigger_cv.py "${args[@]}" --conj rule --l2 1,3,10 "$@"
fi
