"""Session 21: the cache keys of stored extractions and unit texts read each extractor's
``VERSION`` from its source, so a brief served from the store imports no extractor
(``brief --db --story`` run again spent over a second importing them only to read five
constants). The keys are the ones importing gives, and a changed ``VERSION`` still gives
a new key."""

from __future__ import annotations

import subprocess
import sys

from consilience import brief


def test_the_keys_are_those_the_imported_modules_give():
    entries = [e for e, _ in brief.EXTRACTORS.values()] + list(brief.UNIT_TEXTS.values())
    assert [brief._version(e) for e in entries] == [brief._resolve(e)[1] for e in entries]


def test_computing_the_keys_imports_no_extractor():
    code = (
        "import sys\n"
        "from consilience import brief\n"
        "brief.extraction_version(); brief.unit_text_version()\n"
        "mods = [e.split(':')[0] for e, _ in brief.EXTRACTORS.values()]\n"
        "mods += [e.split(':')[0] for e in brief.UNIT_TEXTS.values()]\n"
        "print(sorted(m for m in mods if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _extractor(tmp_path, monkeypatch, name: str, source: str) -> str:
    """Register a module ``name`` of ``source`` as an extractor; its registry entry."""
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    entry = f"{name}:extract"
    monkeypatch.setitem(brief.EXTRACTORS, name, (entry, object))
    brief._version.cache_clear()
    return entry


def test_a_changed_version_gives_a_new_key(tmp_path, monkeypatch):
    source = 'VERSION = "7"  # first\n\ndef extract(analysis):\n    return []\n'
    _extractor(tmp_path, monkeypatch, "fixr_probe_extractor", source)
    first = brief.extraction_version()
    assert "fixr_probe_extractor=7" in first and "fixr_probe_extractor" not in sys.modules
    _extractor(tmp_path, monkeypatch, "fixr_probe_extractor", source.replace('"7"', '"8"'))
    assert "fixr_probe_extractor=8" in brief.extraction_version()
    brief._version.cache_clear()


def test_a_version_not_written_as_a_literal_is_read_by_importing(tmp_path, monkeypatch):
    source = "VERSION = str(3 + 4)\n\ndef extract(analysis):\n    return []\n"
    entry = _extractor(tmp_path, monkeypatch, "fixr_probe_computed", source)
    assert brief._version(entry) == "7"
    brief._version.cache_clear()
