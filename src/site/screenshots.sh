#!/usr/bin/env bash
# Regenerates the screenshots in src/site/resources/images from the real window under Xvfb,
# on illustrative data (DemoData in the test sources). Needs: xvfb, xdotool, imagemagick,
# poppler-utils, GTK 3.
#   src/site/screenshots.sh            (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=src/site/resources/images
WORK=$(mktemp -d)
trap 'kill $APP $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT

CP="target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
"$JAVA_HOME/bin/java" -Dorg.jooq.no-logo=true -cp "$CP" scot.cswo.assurance.testing.DemoData "$WORK/assurance.mv.db" 2 >/dev/null 2>&1

mkdir -p "$WORK/data"
printf 'x=0\ny=0\nwidth=1280\nheight=820\nmaximised=false\n' > "$WORK/data/window.properties"
Xvfb :77 -screen 0 1280x820x24 >/dev/null 2>&1 & XVFB=$!
export DISPLAY=:77
sleep 1
CSWO_JAVA_OPTS="-Dcswo.data.dir=$WORK/data -Dprism.order=sw" target/cswo-assurance/bin/cswo-assurance --db "$WORK/assurance.mv.db" & APP=$!
for _ in $(seq 1 60); do xdotool search --name "CSWO Assurance" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 3

shot() { sleep 2.5; import -window root -crop 1280x820+0+0 "$OUT/$1.png"; }
key() { xdotool key --delay 80 "$@"; }

key ctrl+f Down Down Down           # select F1.3, Membership of IJB
shot matrix
key F2                              # Edit the selected mechanism
shot edit-mechanism
key Escape
key ctrl+h                          # The change history
shot history
key Escape
key ctrl+2                          # My tasks
sleep 2
key Tab Down                        # into the list: the most urgent task
shot my-tasks
key Return                          # Record evidence for it
shot record-evidence
key Escape
key ctrl+3
shot dashboard
key ctrl+4
shot meetings
key ctrl+5                          # Report: the introduction with its live preview
shot report 3
key ctrl+6                          # Dataset: the average caseload, rated against its target
sleep 2
key Tab Tab Tab Tab Tab Tab Tab Tab Down End Up Up
shot dataset
key alt+e                           # Enter the quarter's values
shot dataset-enter
key Escape
key alt+a                           # Add a measure of the council's own
shot dataset-measure
key Escape
key ctrl+7                          # Actions: the tracker, the first open action's notes
sleep 2
key Tab Tab Tab Tab Tab Tab Tab
shot actions
kill $APP; wait $APP 2>/dev/null || true

# Pages of last year's annual report, as printed.
LAST=$(( $(date +%m) >= 4 ? $(date +%Y) - 1 : $(date +%Y) - 2 ))
YEAR="$LAST-$(printf %02d $(( (LAST + 1) % 100 )))"
CSWO_JAVA_OPTS="-Dcswo.data.dir=$WORK/data" target/cswo-assurance/bin/cswo-assurance --db "$WORK/assurance.mv.db" \
    report --year "$YEAR" --out "$WORK/report.pdf" >/dev/null
for page in 1 2 4 6; do
    pdftoppm -png -r 60 -f $page -l $page -singlefile "$WORK/report.pdf" "$OUT/report-page-$page"
done
echo "Screenshots written to $OUT"
