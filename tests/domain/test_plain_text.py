"""What text the plan holds (domain/plain_text): line breaks from other programs made \n,
every other control character but tab left out; a field of one line on one line."""

from __future__ import annotations

import pytest

from planner.domain.people import PersonRow
from planner.domain.plain_text import one_line, plain, plain_record


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        ("Ana\x0bGarcía", "Ana\nGarcía"),  # Word's soft line break, through a spreadsheet
        ("page\x0cbreak", "page\nbreak"),
        ("NEL\x85 and\u2028line\u2029paragraph", "NEL\n and\nline\nparagraph"),
        ("bell\x07 escape\x1b[31m red\x9b delete\x7f", "bell escape[31m red delete"),
        ("nul\x00", "nul"),
        ("two\nlines\r\nand a tab\t.", "two\nlines\r\nand a tab\t."),  # what iCalendar has: kept
        ("ñandú 🎉 עברית \u200b", "ñandú 🎉 עברית \u200b"),  # letters, emoji, a zero-width space: text
    ],
)
def test_plain_makes_other_programs_line_breaks_ours_and_leaves_out_other_controls(pasted, kept):
    assert plain(pasted) == kept
    assert plain(kept) == kept


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        ("Keisha Williams\nLMFT", "Keisha Williams LMFT"),  # two lines of a signature
        ("Keisha Williams \r\n\r\n LMFT", "Keisha Williams LMFT"),
        ("Keisha\x0bWilliams\x07", "Keisha Williams"),
        ("555\t0100", "555 0100"),
        ("  spaces  inside  kept  ", "  spaces  inside  kept  "),  # (the editors strip the ends)
    ],
)
def test_one_line_puts_pasted_lines_on_one_as_a_browser_does(pasted, kept):
    assert one_line(pasted) == kept


def test_a_record_read_from_a_file_has_each_text_field_plain_and_is_itself_when_already_plain():
    row = PersonRow(3, "Ana\x07 García", email="ana@example.org\x1b", title="Therapist\x0bLCSW")
    assert plain_record(row) == PersonRow(3, "Ana García", email="ana@example.org", title="Therapist\nLCSW")
    clean = PersonRow(4, "Ben")
    assert plain_record(clean) is clean
