"""The shared attribution-cue lexicon (consilience.cues) and the import graph around it."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "consilience"


def test_cue_api():
    from consilience import cues

    assert {"say", "tell", "warn"} <= cues.REPORTING_VERBS
    assert cues.SOURCE_VERBS <= cues.REPORTING_VERBS
    assert "according to" in cues.ACCORDING_TO_FORMS
    assert cues.is_outlet_name("The Harbour Gazette") and not cues.is_outlet_name("Ana Ruiz")
    assert cues.looks_like_org("Nordline Ferries")


def test_cue_functions_on_a_parse(nlp):
    from consilience.cues import according_to, is_attribution_verb, is_reporting_verb

    doc = nlp("According to the port authority, the ferry will sail. Mira Holt warned of delays.")
    assert [(a.text, b.text) for a, b in according_to(doc[:])] == [("According", "authority")]
    assert [t.text for t in doc if is_reporting_verb(t)] == ["warned"]
    doc = nlp("Engineers believe the dam will hold, Omar Tal said.")
    assert [t.text for t in doc if is_reporting_verb(t)] == ["said"]
    assert [t.text for t in doc if is_attribution_verb(t)] == ["believe", "said"]


def _imports(module: str) -> set[str]:
    tree = ast.parse((SRC / f"{module}.py").read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            names.add(node.module)
    return names


def test_no_import_cycle_between_quotes_and_provenance():
    assert "provenance" not in _imports("quotes")
    assert _imports("cues") == set()
    assert "cues" in _imports("quotes") and "cues" in _imports("provenance")
