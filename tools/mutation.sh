#!/usr/bin/env bash
# On demand: mutation testing of domain/, ical/ and publish/ with mutmut (configured in
# pyproject.toml), then the score. Slow: each mutant runs the tests that reach its function.
#
#   tools/mutation.sh [MUTMUT RUN ARGS]     (e.g. a mutant name glob: "planner.domain.press*")
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen
export HYPOTHESIS_PROFILE=mutation  # the fuzz tests run for every mutant they reach: a few examples each
# The tests must import the mutated copy, not an installed (editable) Planner. The folder
# must exist before Python starts: a path entry missing at start-up is never looked in again.
mkdir -p mutants/src
export PYTHONPATH="$PWD/mutants/src${PYTHONPATH:+:$PYTHONPATH}"
"$PY" -m mutmut run --max-children "${JOBS:-2}" "$@"
"$PY" -m mutmut export-cicd-stats >/dev/null
"$PY" - <<'PY'
import json
stats = json.load(open("mutants/mutmut-cicd-stats.json"))
checked = stats["killed"] + stats["survived"] + stats.get("timeout", 0) + stats.get("suspicious", 0)
print(f"mutants: {stats['total']}, killed {stats['killed']}, survived {stats['survived']}, "
      f"no tests {stats['no_tests']}, timeout {stats.get('timeout', 0)}")
if checked:
    print(f"score: {100 * (checked - stats['survived']) / checked:.1f}% of the mutants the tests reach are killed")
PY
