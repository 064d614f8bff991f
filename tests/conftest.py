"""Shared fixtures. Qt must run offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.domain.model import Plan
from planner.resources import example_plan_path
from planner.storage.json_format import plan_from_dict

EXAMPLE = example_plan_path()


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example_data() -> dict[str, Any]:
    """The bundled example as a JSON tree, a fresh copy for each test to change."""
    return copy.deepcopy(_example_tree())


@pytest.fixture
def example_plan(example_data: dict[str, Any]) -> Plan:
    return plan_from_dict(example_data)


@pytest.fixture
def make_plan() -> Callable[..., Plan]:
    """A small plan from JSON fragments: tests state only what matters to them."""

    def build(**parts: Any) -> Plan:
        data: dict[str, Any] = {
            "format": "planner-plan",
            "version": 1,
            "plan": {"id": "p1", "title": "Test plan", "timezone": parts.pop("timezone", "America/Los_Angeles")},
            "locations": [{"id": "loc", "name": "Site", "address": "1 Main St"}],
            "roles": [{"id": "marshal", "name": "Safety marshal"}],
            "people": [
                {"id": "ana", "name": "Ana", "kind": "spokesperson"},
                {"id": "ben", "name": "Ben", "kind": "spokesperson"},
                {"id": "vic", "name": "Vic", "kind": "volunteer"},
            ],
        }
        data.update(parts)
        return plan_from_dict(data)

    return build


_TREE: dict[str, Any] = {}


def _example_tree() -> dict[str, Any]:
    if not _TREE:
        _TREE.update(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    return _TREE


# Real servers the publishing tests talk to, shared with tests/ui.
from tests.publish.test_smtp import smtp_server, tls  # noqa: E402, F401
