"""Writing the feed folder."""

from __future__ import annotations

from datetime import UTC, datetime

from planner.publish.feeds import export_feeds


def test_export_writes_the_documented_layout(example_plan, tmp_path):
    written = export_feeds(example_plan, tmp_path / "out", datetime(2025, 4, 1, tzinfo=UTC))
    names = sorted(str(p.relative_to(tmp_path / "out")) for p in written)
    assert names[:2] == ["media.ics", "people/ana-morales-lcsw.ics"]
    assert "volunteers.ics" in names
    assert len(names) == 2 + len(example_plan.people)
    assert all(p.read_bytes().endswith(b"END:VCALENDAR\r\n") for p in written)


def test_reexport_replaces_files_in_place(example_plan, tmp_path):
    export_feeds(example_plan, tmp_path, datetime(2025, 4, 1, tzinfo=UTC))
    export_feeds(example_plan, tmp_path, datetime(2025, 4, 2, tzinfo=UTC))
    assert b"DTSTAMP:20250402T000000Z" in (tmp_path / "media.ics").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["media.ics", "people", "volunteers.ics"]
