#!/usr/bin/env bash
# Refresh the translation files from the sources: new strings appear untranslated (translate
# them with .venv/bin/pyside6-linguist or by hand), strings no longer used are dropped.
#
#   tools/update_translations.sh [OUT.ts ...]   (default: every resources/translations/*.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
# Every file that says something to people through tr(): the UI, the headless commands, the domain's words
# (warnings, refusals, the run sheet, the rotation report, import notes), and every layer's
# errors (words.py: a PlannerError's Text).
mapfile -t SOURCES < <(find src/planner/ui src/planner/domain src/planner/rotation src/planner/printing \
                            src/planner/storage src/planner/ical src/planner/publish src/planner/sync \
                        -name '*.py' | sort; echo src/planner/__main__.py src/planner/app_options.py src/planner/cli.py src/planner/fileio.py src/planner/words.py | tr ' ' '\n')
# lupdate: $LUPDATE, else the checkout's .venv, else the one on PATH (any environment with PySide6).
LUPDATE=${LUPDATE:-}
[ -n "$LUPDATE" ] || { [ -x .venv/bin/pyside6-lupdate ] && LUPDATE=.venv/bin/pyside6-lupdate; } || true
[ -n "$LUPDATE" ] || LUPDATE=$(command -v pyside6-lupdate) || { echo "pyside6-lupdate not found" >&2; exit 1; }
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(resources/translations/*.ts)
for ts in "${targets[@]}"; do
    # English is the sources' own language: its file holds only the plural forms ("1 shift",
    # "2 shifts") of the texts that count, `tr("%n shift(s)", "", n)`.
    only=()
    [[ "$(basename "$ts")" == planner_en*.ts ]] && only=(-pluralonly)
    "$LUPDATE" "${SOURCES[@]}" -ts "$ts" -no-obsolete -silent "${only[@]}"
done
