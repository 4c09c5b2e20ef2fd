#!/usr/bin/env bash
# Scores key-dates' days offline on Timeline17 (README, "Importance and key dates", eleventh round): dumps what
# DayEvidence reads for every task of a tls_run.py output folder, checks that the offline copy gives the jar's days,
# then runs the named experiments of src/bench/python/key_dates_offline.py. Run from the checkout, after
# `mvn -B -ntp -q package -DskipTests` and
# `python3 ../shared/eval/tls/tls_run.py --jar target/dateline.jar --data ../shared/eval/tls/data --out TLS_OUT`:
#   src/bench/key-dates-offline.sh ../shared TLS_OUT WORK_DIR [kinds] [oracle] [pairs] [edges] [spread]
# JAR=... another jar (the one tls_run.py ran, for the check).
set -euo pipefail
shared=$(cd "$1" && pwd)
tls=$(cd "$2" && pwd)
work=$3
shift 3
jar=${JAR:-target/dateline.jar}
mkdir -p "$work/classes" "$work/dumps"
javac -d "$work/classes" -cp "$jar" src/bench/java/app/dateline/engine/rank/DayEvidenceBench.java
for task in "$tls"/input/*/; do
    name=$(basename "$task")
    java -cp "$jar:$work/classes" app.dateline.engine.rank.DayEvidenceBench "$task" "$work/dumps/$name.jsonl"
done
python3 src/bench/python/key_dates_offline.py check "$shared/eval/tls" "$work/dumps" --runs "$tls/runs"
for command in "$@"; do
    python3 src/bench/python/key_dates_offline.py "$command" "$shared/eval/tls" "$work/dumps"
done
