"""How messages quote what someone typed or a file held (words.quoted)."""

from __future__ import annotations

import pytest

from planner.domain.press import email_problem
from planner.words import quoted


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("eve@example.org", "'eve@example.org'"),
        ("a\nb", "'a\\nb'"),  # on one line: the break shown, as repr shows it
        ("w" * 61, "'" + "w" * 59 + "…'"),
        (1e999, "inf"),
        (["es"], "['es']"),
    ],
)
def test_a_value_is_quoted_on_one_line_and_cut_short(value, said):
    assert quoted(value) == said


def test_a_whole_text_pasted_as_an_address_is_not_said_back_whole():
    pasted = "eve@" + "w" * 5000
    assert str(email_problem(pasted)) == f"'eve@{'w' * 55}…' is not an e-mail address"
