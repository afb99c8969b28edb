"""One headless Chromium (Debian's, driven by playwright) for every browser test of the
session: playwright's sync API allows one running instance per thread, so the test modules
share this one instead of each starting their own."""

from __future__ import annotations

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="session")
def browser():
    """A launched Chromium browser (``playwright.sync_api.Browser``) for the session."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
