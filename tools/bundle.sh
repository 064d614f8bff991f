#!/usr/bin/env bash
# Build Planner as a self-contained Linux bundle, for people without Python:
#
#   tools/bundle.sh            -> dist/planner-VERSION-linux-ARCH.tar.gz
#
# The archive holds planner/ (the app: run planner/planner) and install.sh, which puts it
# under ~/.local/opt, links ~/.local/bin/planner and adds the menu entry, the icon and the
# .planner file type (`planner --install-desktop`). Built with PyInstaller from a clean venv
# of this checkout; takes about a minute and ~340 MB. Needs the same system libraries as
# the app (tools/dev.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
OUT=${OUT:-dist}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
NAME="planner-$VERSION-linux-$(uname -m)"

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q . "pyinstaller>=6.10"
printf 'import sys\nfrom planner.__main__ import main\nsys.exit(main())\n' > "$WORK/entry.py"
# Every planner module (some load only when asked: the CLI, the rotation, the outbox), the
# package's data (translations, the example, icons, desktop files), and OR-Tools' native parts.
"$WORK/venv/bin/pyinstaller" --noconfirm --log-level WARN --name planner \
    --distpath "$WORK/dist" --workpath "$WORK/build" --specpath "$WORK" \
    --collect-submodules planner --collect-data planner --collect-all ortools "$WORK/entry.py"

cat > "$WORK/dist/install.sh" <<'INSTALL'
#!/bin/sh
# Install Planner for this user (no root): ~/.local/opt/planner, ~/.local/bin/planner, the menu entry.
set -e
here=$(cd "$(dirname "$0")" && pwd)
target="${XDG_DATA_HOME:-$HOME/.local/share}/../opt/planner"
mkdir -p "$target" "$HOME/.local/bin"
target=$(cd "$target" && pwd)
cp -a "$here/planner/." "$target/"
ln -sf "$target/planner" "$HOME/.local/bin/planner"
"$target/planner" --install-desktop
echo "Planner is installed: find it in the applications menu, or run $HOME/.local/bin/planner"
INSTALL
chmod +x "$WORK/dist/install.sh"
# Smoke check with nothing from this machine's Python: an empty environment, the bundle alone.
app="$WORK/dist/planner/planner"
env -i HOME="$WORK/home" "$app" --version
env -i HOME="$WORK/home" "$app" export "$WORK/dist/planner/_internal/planner/resources/examples/hunger-strike-2025.json" \
    --out "$WORK/feeds" --no-record >/dev/null
env -i HOME="$WORK/home" QT_QPA_PLATFORM=offscreen "$app" --example --screenshot "$WORK/shot.png" 2>/dev/null
[ -s "$WORK/feeds/media.ics" ] && [ -s "$WORK/shot.png" ] || { echo "the bundle does not run" >&2; exit 1; }
mkdir -p "$OUT"
tar -C "$WORK/dist" -czf "$OUT/$NAME.tar.gz" --transform "s,^,$NAME/," planner install.sh
du -h "$OUT/$NAME.tar.gz"
echo "$OUT/$NAME.tar.gz"
