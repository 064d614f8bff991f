"""The headless commands in the organizer's language: asked for (--language), or the
terminal's (LANG); English otherwise, with no Qt loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __main__ as entry
from planner.cli import EXIT_ERROR, EXIT_OK, EXIT_WARNINGS, _terminal_language, main
from planner.rotation.solver import RotationResult


@pytest.fixture
def plan_with_warnings(example_data, tmp_path) -> Path:
    example_data["turns"][0]["people"] = []
    example_data["shifts"][0]["people"] = example_data["shifts"][0]["people"][:1]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(example_data))
    return path


def test_check_says_its_warnings_in_spanish_when_asked_before_or_after_the_command(plan_with_warnings, capsys):
    spanish = [
        "2025-04-07  win-2025-04-07  la franja de prensa 08:00–18:00 no tiene portavoz 08:00–09:00",
        "2025-04-07  shift-2025-04-07-setup-0700  turno de Setup and teardown 07:00–08:00 tiene 1 de 2 personas",
    ]
    assert main(["--language", "es", "check", str(plan_with_warnings)]) == EXIT_WARNINGS
    assert capsys.readouterr().out.splitlines() == spanish
    assert main(["check", "--language", "es", str(plan_with_warnings)]) == EXIT_WARNINGS
    assert capsys.readouterr().out.splitlines() == spanish
    # `planner --language es check …`: the entry point takes it for a command, not the app.
    assert entry.main(["--language=es", "check", str(plan_with_warnings)]) == EXIT_WARNINGS
    assert capsys.readouterr().out.splitlines() == spanish
    assert main(["check", str(plan_with_warnings)]) == EXIT_WARNINGS  # and English again after
    assert capsys.readouterr().out.startswith("2025-04-07  win-2025-04-07  media window 08:00–18:00 has no")


def test_counts_errors_and_dates_are_spanish_too(example_path, tmp_path, capsys):
    plan = tmp_path / "huelga.planner"
    assert main(["--language", "es", "import-json", str(example_path), str(plan)]) == EXIT_OK
    capsys.readouterr()
    assert main(["--language", "es", "import-json", str(example_path), str(plan)]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {plan} ya existe; pase --force para reemplazarlo\n"
    assert main(["--language", "es", "export-people", str(plan), str(tmp_path / "p.csv")]) == EXIT_OK
    assert capsys.readouterr().out == f"{tmp_path / 'p.csv'}: 16 personas\n"
    # Errors from below the CLI (storage's), and the domain's dates, in Spanish.
    assert main(["--language", "es", "check", str(tmp_path / "nada.planner")]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {tmp_path / 'nada.planner'}: el archivo no existe\n"
    assert main(["--language", "es", "rotate", str(plan), "--repair", "Nadie", "--from", "2025-04-10"]) == EXIT_ERROR
    assert capsys.readouterr().err == f"planner: {plan}: ningún portavoz tiene el id o el nombre 'Nadie'\n"
    assert main(["--language", "es", "rotate", str(plan), "--repair", "tom", "--from", "2025-04-10",
                 "--dry-run"]) == EXIT_OK  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Óptima en ") and out[0].endswith(" turnos cambiados, la más justa posible.")
    assert out[1].startswith("  jue 10 abr ") and "Tom Becker →" in out[1]


def test_a_count_of_one_is_singular_in_either_language():
    one = RotationResult(status="optimal", changed=1, seconds=0.5)
    assert str(one.summary()) == "Optimal in 0.5 s: 1 turn changed, the fairest possible."
    many = RotationResult(status="feasible", changed=3, seconds=0.5, objective=10, bound=9)
    assert str(many.summary()).startswith("Feasible in 0.5 s: 3 turns changed, unfairness score 10;")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "es"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "C"}, "en"),  # LC_ALL rules over LANG
        ({"LANGUAGE": "fr:es", "LANG": "fr_FR.UTF-8"}, "es"),  # a list: the first Planner speaks
        ({"LANGUAGE": "fr", "LANG": "es_ES.UTF-8"}, "es"),  # none of the list: on to LANG
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_terminals_language_is_read_as_gettext_reads_it(environ, language):
    assert _terminal_language(environ) == language


def _planner(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": lang, "HOME": str(Path.home())}
    command = [sys.executable, "-m", "planner", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_a_spanish_terminal_gets_spanish_and_an_english_one_loads_no_qt(plan_with_warnings):
    run = _planner("check", str(plan_with_warnings), lang="es_US.UTF-8")
    assert run.returncode == EXIT_WARNINGS, run.stderr
    assert "la franja de prensa 08:00–18:00 no tiene portavoz 08:00–09:00" in run.stdout
    code = (
        "import sys; from planner import cli; rc = cli.main(sys.argv[1:]);"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; sys.exit(rc)"
    )
    english = subprocess.run([sys.executable, "-c", code, "check", str(plan_with_warnings)], capture_output=True,
                             text=True, env={"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8"})  # fmt: skip
    assert english.returncode == EXIT_WARNINGS, english.stderr
    assert "media window 08:00–18:00 has no spokesperson" in english.stdout


def test_the_run_sheet_is_spanish_and_leaves_the_apps_language_as_it_was(qapp, example_path, tmp_path, capsys):
    from PySide6.QtCore import QCoreApplication, QLocale

    from tests.ui.test_runsheet import pdf_pages

    locale = QLocale().name()
    out = tmp_path / "hoja.pdf"
    assert main(["--language", "es", "runsheet", str(example_path), "--out", str(out)]) == EXIT_OK
    assert capsys.readouterr().out == f"{out}: hoja de servicio, 5 páginas\n"
    monday = " ".join(pdf_pages(out)[0].split())
    assert "lunes, 7 de abril de 2025" in monday and "Disponibilidad para prensa 08:00–18:00" in monday
    # The command's language was the sheet's alone: the app's (the tests') is English still.
    assert QCoreApplication.translate("", "Run sheet") == "Run sheet" and QLocale().name() == locale


def test_on_a_server_without_qt_a_spanish_terminal_gets_the_job_done_in_english(plan_with_warnings, tmp_path):
    """PySide6 cannot load there (its libraries missing): one line says so, the command runs."""
    blocker = tmp_path / "noqt"
    (blocker / "PySide6").mkdir(parents=True)
    (blocker / "PySide6" / "__init__.py").write_text(
        "raise ImportError('libQt6Core.so.6: cannot open shared object file')"
    )
    env = {"PATH": "/usr/bin:/bin", "LANG": "es_ES.UTF-8", "PYTHONPATH": str(blocker)}
    run = subprocess.run([sys.executable, "-m", "planner", "check", str(plan_with_warnings)], capture_output=True,
                         text=True, env=env, timeout=120)  # fmt: skip
    assert run.returncode == EXIT_WARNINGS
    assert (
        run.stderr
        == "planner: Español needs Qt (libQt6Core.so.6: cannot open shared object file); writing in English\n"
    )
    assert "media window 08:00–18:00 has no spokesperson" in run.stdout


def test_without_its_translation_compiled_a_command_says_so_and_runs_in_english(
    plan_with_warnings, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr("planner.cli.translations_dir", lambda: tmp_path)  # a checkout never built
    assert main(["--language", "es", "check", str(plan_with_warnings)]) == EXIT_WARNINGS
    out, err = capsys.readouterr()
    assert err == f"planner: no Español translation in {tmp_path}; writing in English\n"
    assert "media window 08:00–18:00 has no spokesperson" in out


def test_help_and_argparses_own_messages_are_spanish_too(capsys):
    """`planner --help`, a command's help, and what argparse says of a command line it cannot
    take (a missing option, a bad value), all in the terminal's language, and English again after."""
    with pytest.raises(SystemExit):
        main(["--language", "es", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert help_text.startswith("uso: planner [-h] [--version] [--language {en,es}] ORDEN ...")
    assert "argumentos posicionales:" in help_text and "opciones: -h, --help mostrar esta ayuda y salir" in help_text
    assert "check mostrar los avisos del plan, uno por línea" in help_text
    with pytest.raises(SystemExit):
        main(["runsheet", "--help", "--language", "es"])
    assert "--from DATE solo los días desde DATE" in " ".join(capsys.readouterr().out.split())
    for argv, said in (
        (["export", "x.planner"], "planner export: error: faltan estos argumentos: --out"),
        (["runsheet", "x.planner", "--out", "x.pdf", "--from", "2025-13-01"],
         "planner runsheet: error: argumento --from: '2025-13-01' no es una fecha (AAAA-MM-DD)"),
        (["releases", "x.planner", "--diff", "1"],
         "planner releases: error: argumento --diff: se esperaban 2 argumentos"),
        (["rotate", "x.planner", "--time-limit", "diez"],
         "planner rotate: error: argumento --time-limit: 'diez' no es un número de segundos mayor que 0"),
    ):  # fmt: skip
        with pytest.raises(SystemExit) as refused:
            main(["--language", "es", *argv])
        assert refused.value.code == EXIT_ERROR and capsys.readouterr().err.splitlines()[-1] == said
    with pytest.raises(SystemExit):
        main(["export", "x.planner"])
    err = capsys.readouterr().err
    assert err.startswith("usage: planner export") and err.endswith(
        "error: the following arguments are required: --out\n"
    )
