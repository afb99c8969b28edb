"""Shared fixtures: locations of the demo corpus and of ../shared (skip cleanly if absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "consilience" / "demo"


def shared_dir() -> Path | None:
    env = os.environ.get("CONSILIENCE_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if cand.is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip("../shared is not present")
    return found


@pytest.fixture(scope="session")
def demo_files() -> list[str]:
    from consilience.cli import demo_files

    return demo_files()
