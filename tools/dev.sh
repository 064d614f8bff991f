#!/usr/bin/env bash
# Set up (once) and run Planner from a checkout on Debian or Ubuntu.
#
#   tools/dev.sh app [FILE]   run the desktop app (the bundled example when no FILE)
#   tools/dev.sh test         run every check: architecture, lint, types, then the tests
#
# Creates .venv with the project installed in editable mode. Qt needs a few system
# libraries; they are installed with apt-get when we may (root, or sudo without a
# password), otherwise the exact apt-get line is printed and nothing else is done.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv

# What Qt's "offscreen" platform (tests, screenshots) loads, plus a font to draw text with.
QT_OFFSCREEN_PACKAGES="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
# What the tests use besides: pdftotext (poppler-utils) reads the run sheet PDF back;
# desktop-file-validate, update-mime-database and xdg-mime check the desktop integration
# (xdg-mime, outside GNOME or KDE, asks `mimetype` of libfile-mimeinfo-perl, which reads the
# shared MIME database; without it, it asks `file`, which knows no .planner).
TEST_PACKAGES="poppler-utils desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl"
# What a real X11 window needs on top (the "xcb" platform), and Xvfb for machines without a screen.
QT_X11_PACKAGES="xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libx11-xcb1"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'tools/dev.sh: %s\n' "$*" >&2; exit 1; }

ensure_packages() {
    command -v dpkg-query >/dev/null || return 0  # not Debian-like: trust the system
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local line="apt-get install -y --no-install-recommends ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
            die "Qt needs system packages that are missing. Run, as root:
    apt-get update && $line
then run this command again."
        fi
    fi
    say "Installing system packages: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive $line -qq >/dev/null
}

ensure_venv() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
        die "Planner needs Python 3.11 or newer; $("$PYTHON" --version 2>&1) found (set PYTHON=...)"
    if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        ensure_packages python3-venv
    fi
    [ -x "$VENV/bin/python" ] || { say "Creating $VENV"; "$PYTHON" -m venv "$VENV"; }
    # Reinstall only when the dependencies or the translations changed (the build compiles
    # resources/translations/*.ts into the .qm files the app loads).
    local stamp="$VENV/.planner-installed" changed=""
    for source in pyproject.toml hatch_build.py resources/translations/*.ts; do
        [ "$source" -nt "$stamp" ] && changed=1
    done
    if [ ! -f "$stamp" ] || [ -n "$changed" ]; then
        say "Installing Planner and its dependencies into $VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[dev]"
        touch "$stamp"
    fi
}

run_tests() {
    ensure_packages $QT_OFFSCREEN_PACKAGES $TEST_PACKAGES
    ensure_venv
    export QT_QPA_PLATFORM=offscreen
    say "Architecture (import-linter)"; "$VENV/bin/lint-imports" --no-cache >/dev/null || "$VENV/bin/lint-imports" --no-cache
    say "Lint (ruff)"; "$VENV/bin/ruff" check src tests tools bench; "$VENV/bin/ruff" format --check -q src tests tools bench
    say "Types (mypy)"; "$VENV/bin/mypy"
    say "Tests (pytest)"; "$VENV/bin/pytest" "$@"
}

run_app() {
    ensure_packages $QT_OFFSCREEN_PACKAGES $QT_X11_PACKAGES
    ensure_venv
    [ $# -gt 0 ] || set -- --example  # no FILE: the bundled example, straight away
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$VENV/bin/planner" "$@"
    fi
    # No screen (a server, a container, CI): run the real app on a virtual X screen and
    # save what it shows, so the plan can still be seen.
    mkdir -p out
    say "No display found: running Planner on a virtual screen (Xvfb) and saving out/planner.png"
    xvfb-run -a -s "-screen 0 1280x800x24" "$VENV/bin/planner" "$@" --screenshot out/planner.png
    say "Open out/planner.png to see the plan; on a desktop, this command opens the window itself."
}

case "${1:-}" in
    app) shift; run_app "$@" ;;
    test) shift; run_tests "$@" ;;
    *) die "usage: tools/dev.sh app [FILE] | tools/dev.sh test [PYTEST ARGS]" ;;
esac
