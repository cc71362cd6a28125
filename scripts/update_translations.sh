#!/usr/bin/env bash
# Regenerate the translation template resources/translations/flora_desktop.ts from every
# tr()/translate()/QT_TRANSLATE_NOOP string under flora_desktop/ui, and the QT_TRANSLATE_NOOP
# marks in flora_desktop/services and batch_cli.py (Qt-free text the UI translates as it shows it;
# pyside6-lupdate ships with PySide6). Translators copy it to flora_desktop_<lang>.ts, translate it in Qt
# Linguist, and `pyside6-lrelease` turns that into the .qm the app loads at start-up.
#   scripts/update_translations.sh [output.ts]
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-resources/translations/flora_desktop.ts}
lupdate=${LUPDATE:-.venv/bin/pyside6-lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v pyside6-lupdate)
mkdir -p "$(dirname "$out")"
mapfile -t sources < <(find flora_desktop/ui flora_desktop/services flora_desktop/app.py flora_desktop/batch_cli.py -name '*.py' | LC_ALL=C sort)
# -no-obsolete: strings removed from the code leave the template too.
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$out"
echo "wrote $out ($(grep -c '<message' "$out") strings)"
