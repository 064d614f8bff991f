"""What text the plan holds (domain/plain_text): line breaks from other programs made \n,
every other control character but tab left out; a field of one line on one line."""

from __future__ import annotations

import pytest

from planner.domain.people import PersonRow
from planner.domain.plain_text import blank, one_line, plain, plain_record, trimmed


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
        ("\ufeffAna\ufeff García", "Ana García"),  # a byte-order mark, carried along from a file's start
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


@pytest.mark.parametrize(
    ("pasted", "kept"),
    [
        (" \u200bAna García\u200b\u2060 ", "Ana García"),  # copied from a web page
        ("\u200c\u200d", ""),  # nothing that shows: no name
        ("Ana \u200b García", "Ana \u200b García"),  # inside: kept
        ("Dr. 👩\u200d⚕️", "Dr. 👩\u200d⚕️"),  # a joiner that belongs to an emoji: kept
        ("من\u200cمی", "من\u200cمی"),  # Persian's non-joiner: kept
    ],
)
def test_trimmed_takes_the_spaces_not_seen_off_the_ends_as_those_seen(pasted, kept):
    """str.strip() kept a zero-width space: a person named by nothing else was listed, a row
    that named no one but a zero-width space was added, and "\u200bAna" was not "Ana"."""
    assert trimmed(pasted) == kept
    assert blank(pasted) == (not kept)


def test_a_row_s_name_is_trimmed_and_a_name_of_nothing_seen_is_no_name():
    from planner.domain.people import merge_people_rows

    merged = merge_people_rows((), [PersonRow(2, "\u200bAna García\u200b", email="\ufeffana@example.org"),
                                    PersonRow(3, "\u200b\u2060", email="ben@example.org")], lambda: "p1")  # fmt: skip
    assert [(p.name, p.email) for p in merged.records] == [("Ana García", "ana@example.org")]
    assert [(line, str(why)) for line, why in merged.problems] == [(3, "no name")]
