"""English and Spanish: every string the UI shows goes through tr(), the Spanish translation
is complete, and the app shows it when asked."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from tests.tooling import find_tool

from planner.resources import resources_dir
from planner.ui.i18n import chosen_language, install_translators
from planner.ui.main_window import MainWindow

TS = resources_dir() / "translations" / "planner_es.ts"
ROOT = Path(__file__).parents[2]


def messages(path: Path) -> dict[str, str]:
    return {source: forms[0] for source, forms in translations(path).items()}


def translations(path: Path) -> dict[str, list[str]]:
    """Each source text and its translation: one text, or one per plural form."""
    out = {}
    for m in ET.parse(path).iter("message"):
        translation = m.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if m.get("numerus") == "yes" else []
        out[m.findtext("source", "")] = forms or [translation.text or ""]
    return out


def test_every_string_has_a_spanish_translation_with_the_same_placeholders():
    translated = translations(TS)
    assert len(translated) > 250
    for source, forms in translated.items():
        for spanish in forms:
            assert spanish, f"untranslated: {source!r}"
            placeholders = sorted(re.findall(r"\{\w+[^}]*\}|%n", source))
            assert placeholders == sorted(re.findall(r"\{\w+[^}]*\}|%n", spanish)), source
            assert spanish.count("&") <= max(1, source.count("&")), source  # one keyboard mnemonic


def test_every_count_is_said_with_plural_forms_in_both_languages():
    """A text that counts (%n) has its singular and plural in English and in Spanish, and no
    text of the UI counts with a {count} of its own ("1 shifts"). (The domain's words — the
    warnings, the run sheet — still do: their Text has no plural forms yet.)"""
    english = translations(TS.with_name("planner_en.ts"))
    counted = {source for source in translations(TS) if "%n" in source}
    assert counted and set(english) == counted
    for source in counted:
        for language in (english, translations(TS)):
            one, many = language[source]
            assert "%n" in one and "%n" in many, source
            assert one != many or (language is english and source == ", %n cannot be sent"), source
    ui = [(path, tree) for path, tree in _source_trees() if "ui" in path.relative_to(ROOT / "src" / "planner").parts]
    texts = [t.value for _, tree in ui for node in ast.walk(tree) if isinstance(t := _translated(node), ast.Constant)]
    assert texts and not [text for text in texts if "{count}" in str(text)]


def lupdate() -> str:
    """PySide6's lupdate from the Python running the tests (any venv), else from PATH."""
    return find_tool("pyside6-lupdate", "PySide6-Essentials")


def test_the_translation_file_lists_what_the_sources_say(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        ["bash", str(ROOT / "tools" / "update_translations.sh"), str(fresh)],
        check=True,
        capture_output=True,
        env={**os.environ, "LUPDATE": lupdate()},
    )
    assert set(messages(fresh)) == set(messages(TS)), "run tools/update_translations.sh and translate what is new"


def test_the_build_compiled_it():
    assert TS.with_suffix(".qm").is_file(), "the .qm is made by the build (pip install); see hatch_build.py"


def test_the_app_speaks_spanish_when_asked(qtbot, settings, spanish):
    with spanish() as translators:
        assert translators, "planner_es.qm did not load"
        window = MainWindow(settings)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Archivo", "&Editar", "&Añadir", "&Ver", "&Rotación", "&Prensa", "A&yuda"]
        assert window.warnings_dock.windowTitle() == "Avisos"
        assert window.people_panel.model().headerData(0, Qt.Orientation.Horizontal) == "Nombre"


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [("es", "en_US", "es"), ("en", "es_MX", "en"), ("xx", "es_MX", "es"), ("", "es_ES", "es"), ("xx", "de_DE", "en")],
)
def test_the_language_setting_wins_over_the_system(monkeypatch, setting, system, expected):
    """A setting we have wins; otherwise the system's language if we have it; else English."""
    from planner.ui import i18n

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert chosen_language(setting) == expected


def test_the_plans_own_messages_and_the_run_sheet_speak_spanish_too(window, tmp_path, pdftotext, qtbot, spanish):
    from dataclasses import replace

    from planner.domain.model import LocationId
    from planner.printing.runsheet import write_run_sheet_pdf
    from planner.ui.agenda import agenda_html

    with spanish():
        plan = window.document.plan
        friday = "turn-2025-04-11-1500"
        window.document.replace_plan(replace(plan, turns=tuple(replace(t, person_ids=()) if t.id == friday else t
                                                               for t in plan.turns)), "Unstaff")  # fmt: skip
        line = window.warnings_panel.item(0).text()
        assert line == "⚠ vie 11 abr: la franja de prensa 08:00–18:00 no tiene portavoz 15:00–16:00", line
        second = replace(plan.locations[0], id=LocationId("loc-second"), name="Puerta B")  # a plan of two sites
        window.document.replace_plan(replace(window.document.plan, locations=(*plan.locations, second)), "Site")
        qtbot.waitUntil(lambda: "en Kaiser" in window.warnings_panel.item(0).text())
        line = window.warnings_panel.item(0).text()
        assert line == ("⚠ vie 11 abr: la franja de prensa 08:00–18:00 en Kaiser Permanente Los Angeles Medical "
                        "Center no tiene portavoz 15:00–16:00"), line  # fmt: skip
        write_run_sheet_pdf(window.document.plan, tmp_path / "hoja.pdf")
        text = subprocess.run([pdftotext, str(tmp_path / "hoja.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        assert "lunes, 7 de abril de 2025" in text, text[:300]  # (Spanish says "de" where English does not)
        assert "<h3>lunes, 7 de abril de 2025</h3>" in agenda_html(plan, plan.days[0].date, plan.days[0].date)
        assert "Turnos de voluntariado" in text and "— nadie todavía —" in text


def _source_trees() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(), str(p))) for p in sorted((ROOT / "src" / "planner").rglob("*.py"))]


def _translated(call: ast.AST) -> ast.expr | None:
    """The text a tr() or QT_TRANSLATE_NOOP() call hands to lupdate, or None for other calls."""
    if not isinstance(call, ast.Call):
        return None
    name = (
        call.func.id
        if isinstance(call.func, ast.Name)
        else call.func.attr
        if isinstance(call.func, ast.Attribute)
        else ""
    )
    if name == "tr" and call.args:
        return call.args[0]
    if name == "QT_TRANSLATE_NOOP" and len(call.args) > 1:
        return call.args[1]
    return None


def _built(text: ast.expr) -> bool:
    """A text put together where it is translated: an f-string, a join, a format."""
    if isinstance(text, ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute) and text.func.attr in ("format", "join")


def test_every_translated_text_is_one_lupdate_can_see():
    """lupdate reads tr("literal"): a tr() of an f-string or of a text formatted or joined in
    place, or a tr() inside an f-string's braces, is silently missing from the translation
    file — and so English in the Spanish app, with every other test passing. (A tr() of a
    name is of a text marked where it is defined, with QT_TRANSLATE_NOOP.)"""
    problems = []
    for path, tree in _source_trees():
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            text = _translated(node)
            if text is not None and _built(text):
                problems.append(f"{where}:{node.lineno}: tr() of {ast.unparse(text)[:60]}")
            if isinstance(node, ast.JoinedStr):
                problems += [f"{where}:{inner.lineno}: tr() inside an f-string" for inner in ast.walk(node)
                             if _translated(inner) is not None]  # fmt: skip
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_main_window_fits_a_laptop_screen_in_both_languages(qtbot, settings, language):
    """1280x800: the window's smallest size fits, however long the words and the role list."""
    from dataclasses import replace

    from planner.domain.model import Role, RoleId

    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.open_example()
        plan = window.document.plan
        roles = tuple(Role(RoleId(f"role-{i}"), f"Volunteer role number {i}") for i in range(12))
        window.document.show_plan(replace(plan, roles=plan.roles + roles))
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        assert len(window.legend.entries()) > 12
        assert window.width() <= 1280 and window.height() <= 800, (window.width(), window.height())
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_what_goes_wrong_is_said_in_spanish_too(window, qtbot, tmp_path, monkeypatch, spanish):
    """Errors of every layer — a file that is not a plan, one that is not there, a people list
    with bad rows, a plan's value of the wrong kind, a server not there — in the app's language:
    each is raised with a Text (words.py), rendered where it is shown, its parts nested too."""
    import json
    import socket

    from tests.storage.test_workbooks import workbook

    from planner.domain.people import merge_people_rows
    from planner.errors import PlannerError
    from planner.storage.contacts import read_people_list
    from planner.storage.csv_table import EVERY_SHEET, read_people_rows
    from planner.storage.errors import PlanFormatError
    from planner.storage.json_format import FORMAT_NAME, FORMAT_VERSION, plan_from_json
    from planner.ui.i18n import say, say_error
    from planner.ui.publish_dialog import PublishDialog

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "planner.ui.main_window.window.show_message", lambda _w, _icon, title, text: shown.append((title, text))
    )
    with spanish():
        junk, missing = tmp_path / "notas.planner", tmp_path / "nada.planner"
        junk.write_text("no es un plan")
        assert not window.open_path(junk) and not window.open_path(missing)
        assert shown == [("No se pudo abrir el plan", f"{junk}: no es un plan de Planner (no es un archivo SQLite)"),
                         ("No se pudo abrir el plan", f"{missing}: el archivo no existe")]  # fmt: skip

        rows = read_people_rows(b"name,email\nAna,ana@example.org\n,x@example.org\n", "gente.csv").rows
        merged = merge_people_rows((), rows, lambda: "p1")
        assert [say(why) for _line, why in merged.problems] == ["sin nombre"]
        with pytest.raises(PlannerError) as empty:
            read_people_rows(b"  \n", "gente.csv")
        assert say_error(empty.value) == "gente.csv: el archivo está vacío"
        with pytest.raises(PlannerError) as unclosed:
            read_people_rows(b'name\nAna\n"Luis\nSam\n', "gente.csv")
        assert say_error(unclosed.value) == (
            'gente.csv: línea 3: unas comillas (") abren en esta línea una celda que nunca se cierra'
        )
        every = read_people_list(workbook(("Sunset", [["Name"], ["Ana"]]), ("Riverside", [["Nombre"], ["Ana"]])),
                                 "sitios.xlsx", EVERY_SHEET)  # fmt: skip
        repeated = merge_people_rows((), every.rows, lambda: "p1").repeats
        assert [say(every.where(line)) for pair in repeated.items() for line in pair] == [
            "hoja 'Riverside', línea 2", "hoja 'Sunset', línea 2"]  # fmt: skip
        assert say(every.columns).startswith("Se leen como una sola lista las hojas 'Sunset', 'Riverside'.")
        with pytest.raises(PlanFormatError) as wrong:
            plan_from_json(json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "plan": []}), "plan.json")
        assert say_error(wrong.value) == "plan.json: plan: se esperaba un objeto y hay una lista"
        assert str(wrong.value) == "plan.json: plan: expected an object, found a list"  # the CLI's, as before

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]  # (closed again: nobody listens there)
        dialog = PublishDialog(window, window.document, window.settings)
        qtbot.addWidget(dialog)
        dialog.server.setText(f"http://127.0.0.1:{port}/")
        dialog.user.setText("ana")
        dialog.password.setText("secreto")
        dialog.publish_button.click()
        qtbot.waitUntil(lambda: "No se pudo publicar" in dialog.report.toPlainText(), timeout=30000)
        assert dialog.report.toPlainText() == (
            f"No se pudo publicar: http://127.0.0.1:{port}/: no responde como servidor CalDAV (conexión rechazada)"
        )


def test_the_file_dialogs_name_their_kinds_of_file_in_the_apps_language(window, monkeypatch, spanish):
    """Qt's own file dialog (no desktop's) shows the kinds of file as we name them."""
    from PySide6.QtWidgets import QFileDialog

    from planner.ui.press import PressPanel

    offered: list[str] = []

    def dialog(_parent, _title, _folder, kinds, *args, **kwargs):
        offered.append(kinds)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    with spanish():
        window.open_dialog()
        window.save_as()
        window.import_dialog()
        window.import_people_dialog()
        window.export_people_dialog()
        window.findChild(PressPanel).import_dialog()
    assert offered == [
        "Planes (*.planner *.json);;Documentos de Planner (*.planner);;Planes en JSON (*.json)",
        "Documentos de Planner (*.planner);;Planes en JSON (*.json)",
        "Calendarios (*.ics)",
        "Hojas de cálculo y tarjetas de contacto (*.csv *.txt *.xlsx *.ods *.vcf *.vcard)",  # (people imported)
        "Hojas de cálculo (*.csv)",  # (people exported)
        "Hojas de cálculo y tarjetas de contacto (*.csv *.txt *.xlsx *.ods *.vcf *.vcard)",  # (the press list imported)
    ]


def test_qts_own_file_dialog_is_all_in_spanish(qtbot, tmp_path, spanish):
    """Qt's Spanish lacks its file dialog's labels with their mnemonics and the kinds in its
    list ("Folder", "csv File"): ours has them."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    (tmp_path / "carpeta").mkdir()
    (tmp_path / "gente.csv").write_text("name\n")
    with spanish():
        dialog = QFileDialog(None, "Importar personas", str(tmp_path), "Hojas de cálculo (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.findChild(QTreeView)
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
        root = view.rootIndex()
        kinds = sorted(model.index(row, 2, root).data() for row in range(model.rowCount(root)))
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels == ["&Ver en:", "&Nombre de fichero:", "Ficheros de &tipo:"]
    # (A file's kind is the system's MIME database's, in its language, where it has one.)
    assert kinds[0] == "Carpeta" and kinds[1] in ("Fichero csv", "documento CSV")


# Where an error's message is only English by design: the headless commands' own checks of
# their arguments (argparse's words around them are English too).
ENGLISH_ONLY = {"cli.py"}


def test_every_error_below_the_ui_is_raised_with_words_the_app_can_translate():
    """A PlannerError made of an f-string or a plain literal below the UI would be English in
    the Spanish app, with every other test passing: each is given a tr() Text, or a value
    made of one (a problem handed on, another error's text) — and so is each problem a reader
    hands on to be located (InvalidValueError, Context.fail)."""
    import planner.errors

    for module in ("storage", "publish.caldav", "publish.smtp", "publish.mail", "sync.engine", "ical.importer",
                   "printing.runsheet", "domain.edits", "ui.document"):  # fmt: skip
        __import__(f"planner.{module}")
    errors = {"InvalidValueError"}
    waiting = [planner.errors.PlannerError]
    while waiting:
        cls = waiting.pop()
        errors.add(cls.__name__)
        waiting += cls.__subclasses__()
    problems = []
    for path, tree in _source_trees():
        where = path.relative_to(ROOT / "src" / "planner")
        if where.parts[0] == "ui" or where.as_posix() in ENGLISH_ONLY:
            continue  # (the UI's errors are Qt's tr() of a literal, formatted: translated where made)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id in errors:
                words = node.args[:1]
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "fail":  # ctx.fail(path, problem)
                words = node.args[1:2]
            else:
                continue
            if words and isinstance(words[0], ast.JoinedStr | ast.Constant | ast.BinOp):
                problems.append(f"{where}:{node.lineno}: {ast.unparse(node)[:70]}")
    assert not problems, "\n".join(problems)


def test_an_import_says_a_sheets_columns_in_spanish(window):
    """The columns read and not read, and a refused sheet's, in the organizer's language,
    with the header to write in it (one the reader takes: 'Nombre')."""
    from PySide6.QtWidgets import QLabel

    from planner.domain.people import merge_people_rows
    from planner.errors import PlannerError
    from planner.storage.csv_table import read_people_rows
    from planner.ui.i18n import say_error
    from planner.ui.import_preview import ImportPreviewDialog

    app = QApplication.instance()
    translators = install_translators(app, "es")
    try:
        sheet = "Marca temporal;Nombre y apellidos;Número de teléfono;Turnos\n01/03/2025;Rosa Díaz;555 0111;Mañanas\n"
        imported = read_people_rows(sheet.encode(), "respuestas.csv")
        merge = merge_people_rows((), imported.rows, lambda: "p1")
        dialog = ImportPreviewDialog(window, "respuestas.csv", merge, imported)
        assert dialog.findChild(QLabel, "importColumns").text() == (
            "Columnas leídas: Nombre ('Nombre y apellidos'); Teléfono ('Número de teléfono'). Sin leer: "
            "'Marca temporal', 'Turnos'.")  # fmt: skip
        with pytest.raises(PlannerError) as two:
            read_people_rows(b"Tu nombre,Nombre de contacto de emergencia\nAna,Luis\n", "respuestas.csv")
        assert say_error(two.value) == (
            "respuestas.csv: línea 1: no hay columna para Nombre: podría ser cualquiera de 'Tu nombre', 'Nombre de "
            "contacto de emergencia'; llame 'Nombre' a la que se debe leer")  # fmt: skip
        [row] = read_people_rows(b"Nombre,Nombre de contacto de emergencia\nAna,Luis\n", "respuestas.csv").rows
        assert row.name == "Ana"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "1 row to add, 0 rows to update, 1 row with problems."),
        ("es", "1 fila para añadir, 0 filas para actualizar, 1 fila con problemas."),
    ],
)
def test_an_import_preview_counts_its_rows_in_the_language_s_own_plural(window, language, said):
    """Not "1 rows with problems" ("1 filas con problemas")."""
    from PySide6.QtWidgets import QLabel

    from planner.domain.people import PersonRow, merge_people_rows
    from planner.ui.import_preview import ImportPreviewDialog

    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        merge = merge_people_rows((), [PersonRow(2, "Ana"), PersonRow(3, "")], lambda: "p1")
        dialog = ImportPreviewDialog(window, "people.csv", merge)
        assert dialog.findChild(QLabel, "importSummary").text() == said
    finally:
        for translator in translators:
            app.removeTranslator(translator)
