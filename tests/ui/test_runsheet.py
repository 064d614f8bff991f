"""The run sheet as a PDF: vector text (checked with pdftotext), one page per day."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata

import pytest

from planner.cli import EXIT_ERROR, EXIT_OK, main
from planner.printing.runsheet import write_run_sheet_pdf


@pytest.fixture(autouse=True)
def _needs_pdftotext(pdftotext):
    """Every test here reads the PDF back; without the tool they fail (conftest), never skip."""


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [unicodedata.normalize("NFKC", page) for page in text.split("\f") if page.strip()]  # ﬁ ligatures


def test_the_cli_writes_a_page_per_day_with_who_is_on_when(qapp, example_path, tmp_path, capsys):
    # (qapp: the command would start a bare Qt GUI application, and the other tests need widgets.)
    out = tmp_path / "run.pdf"
    assert main(["runsheet", str(example_path), "--out", str(out)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"{out}: run sheet, 5 pages"
    pages = pdf_pages(out)
    assert len(pages) == 5
    monday = pages[0]
    for expected in ("Monday 7 April 2025", "4867 W. Sunset Boulevard", "Media availability 08:00–18:00",
                     "09:00–10:00", "Ana Morales, LCSW", "Volunteer shifts", "Safety marshal",
                     "Jamal Carter (+1 323 555 0124), Emily Nguyen (+1 323 555 0125) (2/2)",
                     "Press contact: Jordan Lee", "Page 1 of 5"):  # fmt: skip
        assert expected in " ".join(monday.split()), expected
    assert "Friday 11 April 2025" in pages[4] and "Sofia Rossi" in pages[4]


@pytest.mark.parametrize(
    ("dates", "said"),
    [
        (["--from", "2025-04-12"], "none of its days is from 2025-04-12 to …; it runs from 2025-04-07 to 2025-04-11"),
        (["--to", "2025-04-06"], "none of its days is from … to 2025-04-06; it runs from 2025-04-07 to 2025-04-11"),
        (["--from", "2025-04-10", "--to", "2025-04-08"], "--to 2025-04-08 is before --from 2025-04-10"),
    ],
)
def test_dates_that_leave_out_every_day_of_the_plan_are_one_clear_line_and_no_sheet(example_path, tmp_path, capfd,
                                                                                    dates, said):  # fmt: skip
    """Not a sheet saying "No days planned yet" of a plan of five days."""
    out = tmp_path / "run.pdf"
    assert main(["runsheet", str(example_path), "--out", str(out), *dates]) == EXIT_ERROR
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err.splitlines() == [f"planner: {said}" if said.startswith("--") else
                                                                f"planner: {example_path}: {said}"]  # fmt: skip
    assert not out.exists()


def test_a_long_day_continues_on_the_next_page(make_plan, qapp, tmp_path):
    turns = [{"id": f"t{m}", "window": "w", "start": f"2025-04-07T{6 + m // 4:02d}:{m % 4 * 15:02d}",
              "end": f"2025-04-07T{6 + (m + 1) // 4:02d}:{(m + 1) % 4 * 15:02d}", "people": ["ana"]}
             for m in range(60)]  # fmt: skip
    plan = make_plan(
        days=[{"date": "2025-04-07", "windows": [
            {"id": "w", "start": "2025-04-07T06:00", "end": "2025-04-07T21:00", "location": "loc"}]}],
        turns=turns,
    )  # fmt: skip
    assert write_run_sheet_pdf(plan, tmp_path / "long.pdf") == 2
    pages = pdf_pages(tmp_path / "long.pdf")
    assert "Monday 7 April 2025 (continued)" in pages[1] and "20:45–21:00" in pages[1]


def test_a_missing_folder_is_a_clear_error(example_path, tmp_path, capsys):
    assert main(["runsheet", str(example_path), "--out", str(tmp_path / "nope" / "run.pdf")]) == EXIT_ERROR
    assert "does not exist" in capsys.readouterr().err


def test_a_folder_as_the_sheet_is_one_clear_line_and_a_sheet_there_is_never_half_written(
    qapp, example_path, tmp_path, capfd, monkeypatch
):
    """Qt's PDF writer, given a folder, said "QPainter::setFont: Painter not active" and more
    before our line; the sheet is now made whole, then put in place of the old one at once."""
    assert main(["runsheet", str(example_path), "--out", str(tmp_path)]) == EXIT_ERROR
    out, err = capfd.readouterr()
    assert out == "" and err.splitlines() == [f"planner: {tmp_path}: cannot write (it is a folder, not a file)"]
    with monkeypatch.context() as here:  # ("." and an empty name: "Device or resource busy", before)
        here.chdir(tmp_path)
        for given in (".", ""):
            assert main(["runsheet", str(example_path), "--out", given]) == EXIT_ERROR
            assert capfd.readouterr().err.splitlines() == ["planner: .: cannot write (it is a folder, not a file)"]
    sheet = tmp_path / "run.pdf"
    sheet.write_bytes(b"%PDF- the sheet printed yesterday")
    written = []
    real_replace = os.replace

    def replace(source, target):  # the new sheet comes into place only whole, in one step
        written.append(sheet.read_bytes())
        real_replace(source, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", replace)
        assert main(["runsheet", str(example_path), "--out", str(sheet)]) == EXIT_OK
    assert written == [b"%PDF- the sheet printed yesterday"] and len(pdf_pages(sheet)) == 5


def test_a_sheet_to_a_stream_says_what_it_wrote_on_stderr(qapp, example_path, capfd):
    """`planner runsheet PLAN --out /dev/stdout | lp`: the PDF alone on the stream."""
    assert main(["runsheet", str(example_path), "--out", "/dev/null"]) == EXIT_OK
    out, err = capfd.readouterr()
    assert out == "" and err.strip() == "/dev/null: run sheet, 5 pages"


def test_the_app_exports_the_run_sheet(window, tmp_path):
    assert window.export_runsheet(tmp_path / "sheet.pdf")
    assert "Tuesday 8 April 2025" in pdf_pages(tmp_path / "sheet.pdf")[1]


def test_link_cards_give_each_person_their_link_and_qr_code_to_hand_out(qapp, example_plan, tmp_path, capsys):
    from datetime import UTC, datetime

    from planner.domain.records import FeedToken, PublishedEvent, Records
    from planner.storage import save_any

    home, at = "https://cal.example.org/dav/organizer/", datetime(2025, 4, 1, tzinfo=UTC)
    people = sorted(example_plan.people, key=lambda p: p.name.casefold())
    tokens = {p.id: FeedToken(f"{n:032x}", at) for n, p in enumerate(people)}
    published = {(f"person-{t.token}", "x"): PublishedEvent(f"{home}person-{t.token}/x.ics", '"1"', "f", at)
                 for t in tokens.values()}  # fmt: skip
    plan_file, out = tmp_path / "strike.planner", tmp_path / "cards.pdf"
    save_any(example_plan, plan_file)
    assert main(["runsheet", str(plan_file), "--out", str(out), "--links", "Grace Kim"]) == EXIT_ERROR
    assert "no published links to print" in capsys.readouterr().err
    save_any(example_plan, plan_file, Records(published=published, tokens=tokens))
    assert main(["runsheet", str(plan_file), "--out", str(out), "--links", "Grace Kim", "Tom Becker"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"{out}: run sheet, 6 pages, 2 link cards"
    cards = " ".join(pdf_pages(out)[5].split())
    assert "Subscribe to your schedule" in cards and "Grace Kim" in cards and "Tom Becker" in cards
    grace = next(p for p in people if p.name == "Grace Kim")
    flowing = subprocess.run(["pdftotext", "-f", "6", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert f"{home}person-{tokens[grace.id].token}/" in "".join(flowing.split())  # wrapped where it is long
    # Every word inside its card (margins 40 pt, two cards a row 266 pt apart, 260 wide): a
    # long address with no spaces is broken, not run past the edge.
    boxes = subprocess.run(["pdftotext", "-f", "6", "-l", "6", "-bbox", str(out), "-"], check=True,
                           capture_output=True, text=True).stdout  # fmt: skip
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)', boxes)
    cards = [(float(x0), float(x1), word) for x0, y0, x1, word in words if 80 < float(y0) < 700]  # not heading, footer
    assert any("person-" in word for _x0, _x1, word in cards)
    for x_min, x_max, word in cards:
        column = 0 if x_min < 40 + 266 else 1
        assert x_max <= 40 + 266 * column + 260, word
    images = subprocess.run(["pdfimages", "-list", str(out)], check=True, capture_output=True, text=True).stdout
    assert len([line for line in images.splitlines()[2:] if line.split()[0] == "6"]) == 2  # a QR code each
    assert main(["runsheet", str(plan_file), "--out", str(out), "--links"]) == EXIT_OK
    assert f"{len(people)} link cards" in capsys.readouterr().out
    assert main(["runsheet", str(plan_file), "--out", str(out), "--links", "Nobody Atall"]) == EXIT_ERROR


def test_the_cli_writes_the_days_asked_for(qapp, example_path, tmp_path, capsys):
    out = tmp_path / "run.pdf"
    assert main(["runsheet", str(example_path), "--out", str(out), "--from", "2025-04-08", "--to", "2025-04-09"]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: run sheet, 2 pages"
    pages = pdf_pages(out)
    assert "Tuesday 8 April 2025" in pages[0] and "Wednesday 9 April 2025" in pages[1]


def test_the_app_asks_which_days_and_place_what_the_grid_shows_by_default(window, make_plan, tmp_path, monkeypatch):
    """A campaign's whole run sheet is a thousand pages: the app asks for the days and the
    place, the grid's by default, each end of the days kept within the plan and never past
    the other."""
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog, QFileDialog

    from planner.ui.run_sheet_dialog import RunSheetScope

    def day(on: str, *sites: str) -> dict:
        windows = [{"id": f"w{on}{site}", "start": f"{on}T10:00", "end": f"{on}T12:00", "location": site}
                   for site in sites]  # fmt: skip
        return {"date": on, "windows": windows}

    locations = [{"id": "loc", "name": "Site", "address": "1 Main St"}, {"id": "far", "name": "Far site"}]
    plan = make_plan(locations=locations, days=[day("2025-04-07", "loc"), day("2025-04-09", "loc", "far"),
                                                day("2025-04-21", "loc")])  # fmt: skip
    window.document.new(plan)
    asked = []

    def run_dialog(dialog):
        asked.append(dialog.scope())
        if len(asked) == 1:
            return QDialog.DialogCode.Rejected  # cancelled: nothing asked or written after
        dialog.first.setDate(QDate(2025, 4, 9))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", run_dialog)
    saved = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: saved.append(1) or (str(tmp_path / "s.pdf"), ""))
    )
    assert not window.runsheet_dialog() and not saved
    assert asked == [RunSheetScope(date(2025, 4, 7), date(2025, 4, 11), None)]  # the week shown, every place
    window.grid.step_week(2)
    assert window.runsheet_dialog()
    assert asked[1] == RunSheetScope(date(2025, 4, 21), date(2025, 4, 21), None)  # the week shown, within the plan
    pages = pdf_pages(tmp_path / "s.pdf")
    assert len(pages) == 2 and "Wednesday 9 April 2025" in pages[0] and "Monday 21 April 2025" in pages[1]
    assert "Far site" in pages[0]
    assert window.statusBar().currentMessage().startswith("Wrote the run sheet (2 pages)")

    window.grid.set_location_filter("far")  # a site lead looking at their site
    assert window.runsheet_dialog()
    assert asked[2].place == "far"
    pages = pdf_pages(tmp_path / "s.pdf")
    assert len(pages) == 1 and "Far site" in pages[0] and "1 Main St" not in pages[0]


def test_the_ends_of_the_run_sheets_days_never_cross(qapp):
    from datetime import date

    from PySide6.QtCore import QDate

    from planner.ui.run_sheet_dialog import RunSheetDialog

    plan_days, shown = (date(2025, 4, 7), date(2025, 10, 3)), (date(2025, 3, 31), date(2025, 4, 4))  # a week before
    dialog = RunSheetDialog(None, plan_days, shown, (), None)
    assert (dialog.scope().first, dialog.scope().last) == (date(2025, 4, 7), date(2025, 4, 7))  # its first day
    dialog.last.setDate(QDate(2025, 4, 18))
    dialog.first.setDate(QDate(2025, 5, 1))  # past the last: held at it
    assert (dialog.scope().first, dialog.scope().last) == (date(2025, 4, 18), date(2025, 4, 18))
    dialog.last.setDate(QDate(2026, 1, 1))  # past the plan: held at its end
    assert (dialog.scope().first, dialog.scope().last) == (date(2025, 4, 18), date(2025, 10, 3))


def test_the_cli_writes_one_locations_sheet_and_names_the_locations_it_has(qapp, example_path, tmp_path, capsys):
    out = tmp_path / "run.pdf"
    place = "kaiser permanente los angeles medical center"  # its name, in any case
    assert main(["runsheet", str(example_path), "--out", str(out), "--location", place]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"{out}: run sheet, 5 pages"
    assert main(["runsheet", str(example_path), "--out", str(out), "--location", "Nowhere"]) == EXIT_ERROR
    assert "no location is named 'Nowhere' (the plan's: 'Kaiser Permanente" in capsys.readouterr().err
    # An empty name (a script's unset variable) is no location: it printed every location's sheet.
    assert main(["runsheet", str(example_path), "--out", str(out), "--location", ""]) == EXIT_ERROR
    assert "no location is named '' (the plan's: 'Kaiser Permanente" in capsys.readouterr().err


WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>')


def _words_by_page(path) -> list[list[tuple[float, str]]]:
    """Each page's words with where they start down the page (points), from pdftotext -bbox."""
    html_text = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                               text=True).stdout  # fmt: skip
    return [[(float(y), word) for y, word in WORD.findall(page)] for page in html_text.split("<page ")[1:]]


def test_a_row_too_tall_for_what_is_left_of_a_page_starts_the_next_one_above_the_footer(make_plan, qapp, tmp_path):
    """A shift of a dozen volunteers, with their phones, is many lines: a row that does not fit
    goes onto the next page whole, and nothing is written over the footer."""
    people = [{"id": f"v{n}", "name": f"Volunteer Number{n} Longname", "kind": "volunteer",
               "phone": f"+1 323 555 {n:04d}"} for n in range(12)]  # fmt: skip
    starts = [f"{6 + h // 2:02d}:{h % 2 * 30:02d}" for h in range(30)]
    shifts = [{"id": f"s{n}", "role": "marshal", "location": "loc", "start": f"2025-04-07T{start}",
               "end": f"2025-04-07T{int(start[:2]) + 1:02d}{start[2:]}", "needed": 12,
               "people": [p["id"] for p in people]} for n, start in enumerate(starts)]  # fmt: skip
    plan = make_plan(days=[{"date": "2025-04-07", "windows": []}], people=people, shifts=shifts)
    pages = write_run_sheet_pdf(plan, tmp_path / "tall.pdf")
    assert pages > 2
    for number, words in enumerate(_words_by_page(tmp_path / "tall.pdf"), start=1):
        footer = max(y for y, word in words if word == "Page")
        on_footer = " ".join(word for y, word in words if y >= footer - 1)
        assert on_footer.startswith("Times in America/Los_Angeles."), (number, on_footer)
        assert on_footer.endswith(f"Page {number} of {pages}"), (number, on_footer)
    text = " ".join(" ".join(page.split()) for page in pdf_pages(tmp_path / "tall.pdf"))
    assert all(f"{start}–" in text for start in starts)  # every row is there


def test_the_cli_counts_one_in_the_singular(qapp, tmp_path, capsys):
    """A one-day vigil's run sheet is one page; its people file one person (the counts read right at one)."""
    from dataclasses import replace
    from datetime import date

    from planner.domain.model import Person, PersonId, PersonKind
    from planner.domain.templates import one_day_vigil
    from planner.storage import save_any

    plan = one_day_vigil(date(2026, 12, 9), "America/Los_Angeles")
    plan = replace(plan, people=(Person(PersonId("p1"), "Ana", PersonKind.VOLUNTEER),))
    path = tmp_path / "vigil.planner"
    save_any(plan, path)
    assert main(["runsheet", str(path), "--out", str(tmp_path / "run.pdf")]) == EXIT_OK
    assert main(["export-people", str(path), str(tmp_path / "people.csv")]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [f"{tmp_path / 'run.pdf'}: run sheet, 1 page",
                                                     f"{tmp_path / 'people.csv'}: 1 person"]  # fmt: skip
