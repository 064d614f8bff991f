#!/usr/bin/env bash
# Refresh the translation files from the sources: new strings appear untranslated (translate
# them with .venv/bin/pyside6-linguist or by hand), strings no longer used are dropped.
#
#   tools/update_translations.sh [OUT.ts ...]   (default: every resources/translations/*.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
# Every file that says something to people through tr(): the UI, and the domain's words
# (warnings, refusals, the run sheet, the rotation report, import notes).
SOURCES=(src/planner/ui/*.py src/planner/domain/*.py src/planner/rotation/*.py src/planner/ical/importer.py
         src/planner/printing/*.py)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(resources/translations/*.ts)
for ts in "${targets[@]}"; do
    .venv/bin/pyside6-lupdate "${SOURCES[@]}" -ts "$ts" -no-obsolete -silent
done
