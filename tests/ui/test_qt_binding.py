"""Guards against a Qt binding that corrupts the interpreter (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_drop_references_to_none(qtbot):
    # PySide6 6.12.0 releases a reference to None on every void-returning call; on
    # Python 3.11 the app then aborts ("deallocating None") after enough calls.
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
