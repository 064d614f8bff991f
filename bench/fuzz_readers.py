"""Damaged input, counted: mutate real files and feed them to every reader; print how each ended.

    .venv/bin/python bench/fuzz_readers.py [--inputs 10000] [--seed 1]

The seven readers and what reads them, as the CLI and the app do: a plan as JSON (with its
records and the names of its exported files, and without) and as a .planner document (read,
then checked), a spreadsheet of people and of the press (read, then merged), an address book's
cards (.vcf, read as the press list and as people, then merged), an Excel workbook (its
sheet's XML mutated; read as people, then merged), an OpenDocument spreadsheet (the same, its
content.xml), a calendar (.ics, read into windows, then added to the plan). Seeds are our own
files (the example plan, its exported calendars and spreadsheets) and a volunteer list
LibreOffice saved (tests/storage/spreadsheets); each input gets 1–4 random
mutations (byte flips, cuts, repeats, hostile tokens). An input ends "read" (a plan or rows),
"refused" (one clear error, PlannerError) or "traceback" (anything else: a bug). Goal: 0
tracebacks. The Hypothesis properties in tests/ search the same space by structure.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import random
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.checks import check_plan
from planner.domain.edits import add_media_windows
from planner.domain.model import Plan, new_id
from planner.domain.people import merge_people_rows
from planner.domain.press import merge_press_rows
from planner.domain.records import Records
from planner.errors import PlannerError
from planner.ical.importer import read_windows
from planner.publish.feeds import export_feeds
from planner.resources import example_plan_path
from planner.storage import load_any, load_document, load_last_export
from planner.storage.contacts import read_people_list, read_press_list
from planner.storage.csv_table import EVERY_SHEET, read_people_rows, read_press_rows, write_people_csv
from planner.storage.document import save_plan
from planner.storage.json_format import plan_to_json

HOSTILE = [
    b"\x00", b"\xff\xfe", b"9999", b"0001", b"-1", b"1e309", b'"', b"{", b"[" * 50, b"]", b"null", b"\r\n", b"\t",
    b"=HYPERLINK(\"https://evil.example\")", b"@SUM(1)", b"<a href='https://evil.example'>x</a>", "\u202e".encode(),
    b"\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000\r\n", b"\r\nRRULE:FREQ=MINUTELY;INTERVAL=0\r\n", b";TZID=America:",
    b"\r\nDTSTART:00010101T000000Z\r\n", b"\r\nEXDATE:99991231T235959Z\r\n", b"T25", b"2025-02-30", b"2025-03-09T02:30",
    b"\r\nBEGIN:VEVENT\r\n", b"\r\nEND:VCALENDAR\r\n", b",,,,", b'""', b"\n" * 20,
]  # fmt: skip


def mutate(seed: bytes, rng: random.Random) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(len(data) + 1)
        kind = rng.randrange(5)
        if kind == 0 and data:
            data[min(where, len(data) - 1)] = rng.randrange(256)
        elif kind == 1:
            del data[where : where + rng.randint(1, 64)]
        elif kind == 2:
            piece = data[where : where + rng.randint(1, 256)]
            data[where:where] = piece * rng.randint(1, 4)
        elif kind == 3:
            data[where:where] = rng.choice(HOSTILE)
        else:
            del data[where:]
    return bytes(data)


def readers(folder: Path, plan: Plan) -> dict[str, tuple[list[bytes], Callable[[bytes], object]]]:
    """Each reader: its seed files and how one input is read."""
    exported = export_feeds(plan, folder / "feeds", now=datetime(2025, 4, 1, tzinfo=UTC))
    calendars = [p.read_bytes() for p in exported.written if p.suffix == ".ics"][:6]
    # A JSON plan as an export leaves it: its records and its files' names (`exports`) too.
    assert exported.export is not None
    seed_json = plan_to_json(plan, Records(revisions=exported.revisions), [exported.export]).encode()
    save_plan(plan, folder / "seed.planner")
    press = "name,email,outlet,language\n" + "".join(
        f"{j.name},{j.email},{j.outlet},{j.language}\n" for j in plan.journalists
    )
    # The press list as an address book exports it: vCard 3.0 (Apple, Google) and 2.1 (Outlook).
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{j.name.split()[-1]};{j.name.split()[0]};;;\r\nFN:{j.name}\r\n"
        f"ORG:{j.outlet};\r\nEMAIL;type=INTERNET;type=pref:{j.email}\r\nTEL;type=CELL:+1 213 555 0100\r\n"
        f"END:VCARD\r\n"
        for j in plan.journalists
    ) + ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 P=C3=A9rez\r\n"
         "EMAIL;PREF;INTERNET:jose@example.org\r\nEND:VCARD\r\n")  # fmt: skip
    dates = [d.date for d in plan.days]

    def as_json(data: bytes) -> object:
        path = folder / "fuzz.json"
        path.write_bytes(data)
        loaded, _records = load_document(path)  # (the records and exports read and checked too)
        return check_plan(loaded), load_last_export(path, folder / "feeds")

    def as_document(data: bytes) -> object:
        path = folder / "fuzz.planner"
        path.write_bytes(data)
        loaded, _records = load_document(path)
        return check_plan(loaded)

    def as_people(data: bytes) -> object:
        sheet = read_people_rows(data, "people.csv")
        return str(sheet.columns), merge_people_rows(plan.people, sheet.rows, lambda: new_id("person"))

    def as_press(data: bytes) -> object:
        sheet = read_press_rows(data, "press.csv")
        return str(sheet.columns), merge_press_rows(plan.journalists, sheet.rows, lambda: new_id("press"))

    def as_cards(data: bytes) -> object:
        press = merge_press_rows(plan.journalists, read_press_list(data, "press.vcf").rows, lambda: new_id("press"))
        people = merge_people_rows(plan.people, read_people_list(data, "people.vcf").rows, lambda: new_id("person"))
        return press, people

    def as_sheets(data: bytes, source: str) -> object:
        # The sheet picked, and every sheet as one list (each row said by its sheet and line).
        sheet, every = read_people_rows(data, source), read_people_rows(data, source, EVERY_SHEET)
        merged = merge_people_rows(plan.people, every.rows, lambda: new_id("person"))
        return (str(sheet.columns), merge_people_rows(plan.people, sheet.rows, lambda: new_id("person")),
                str(every.columns), [str(every.where(line)) for line, _why in merged.problems])  # fmt: skip

    def as_workbook(data: bytes) -> object:
        # (`data`: a workbook's first sheet, its XML mutated; the rest of the workbook as written)
        return as_sheets(_with_part(book, "xl/worksheets/sheet1.xml", data), "people.xlsx")

    def as_opendocument(data: bytes) -> object:
        return as_sheets(_with_part(ods, "content.xml", data), "people.ods")

    def as_calendar(data: bytes) -> object:
        found = read_windows(data, plan.zone, "fuzz.ics", (min(dates), max(dates)))
        return add_media_windows(plan, found.windows, None)

    ods = (Path(__file__).parents[1] / "tests/storage/spreadsheets/voluntarios-libreoffice.ods").read_bytes()
    book = _workbook(list(csv.reader(io.StringIO(write_people_csv(plan.people).decode("utf-8-sig")))))
    return {
        "plan JSON": ([plan_to_json(plan).encode(), seed_json], as_json),
        ".planner": ([(folder / "seed.planner").read_bytes()], as_document),
        "people CSV": ([write_people_csv(plan.people)], as_people),
        "press CSV": ([press.encode()], as_press),
        "vCard": ([cards.encode()], as_cards),
        "Excel": ([_part(book, "xl/worksheets/sheet1.xml")], as_workbook),
        "OpenDocument": ([_part(ods, "content.xml")], as_opendocument),
        ".ics": (calendars, as_calendar),
    }


def _workbook(rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _part(book: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return archive.read(name)


def _with_part(book: bytes, name: str, body: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(book)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        for item in source.namelist():
            made.writestr(item, body if item == name else source.read(item))
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000, help="in all, shared by the readers")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    plan = load_any(example_plan_path())
    with tempfile.TemporaryDirectory() as tmp:
        table = readers(Path(tmp), plan)
        per_reader = args.inputs // len(table)
        signatures: collections.Counter[str] = collections.Counter()
        print(f"{'reader':<12} {'inputs':>7} {'read':>7} {'refused':>8} {'traceback':>10} {'slowest':>9}")
        total = collections.Counter()
        for name, (seeds, read) in table.items():
            counts: collections.Counter[str] = collections.Counter()
            slowest = 0.0
            for _ in range(per_reader):
                data = mutate(rng.choice(seeds), rng)
                started = time.perf_counter()
                try:
                    read(data)
                    counts["read"] += 1
                except PlannerError:
                    counts["refused"] += 1
                except Exception as exc:  # the bug this counts
                    counts["traceback"] += 1
                    frame = traceback.extract_tb(exc.__traceback__)[-1]
                    signatures[f"{name}: {type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"] += 1
                slowest = max(slowest, time.perf_counter() - started)
            total.update(counts)
            print(f"{name:<12} {per_reader:>7} {counts['read']:>7} {counts['refused']:>8} {counts['traceback']:>10} "
                  f"{slowest:>8.2f}s")  # fmt: skip
        print(f"{'all':<12} {per_reader * len(table):>7} {total['read']:>7} {total['refused']:>8} "
              f"{total['traceback']:>10}")  # fmt: skip
        for signature, count in signatures.most_common():
            print(f"  {count:>5}  {signature}")


if __name__ == "__main__":
    main()
