"""bench/ctx_cache.readers: the modules a cached context does not depend on, from imports."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import ctx_cache  # noqa: E402


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, body in files.items():
        (tmp_path / f"{name}.py").write_text(body)
    return tmp_path


def test_a_module_only_the_consensus_stage_imports_is_a_reader(tmp_path):
    src = _tree(
        tmp_path,
        {
            "consensus": "from .tide_tables import x\n",
            "tide_tables": "def f():\n    from . import moon_phase\n",
            "moon_phase": "",
            "claims": "",
        },
    )
    assert {"tide_tables.py", "moon_phase.py", "consensus.py"} <= ctx_cache.readers(src)


def test_a_module_the_builder_imports_is_not_a_reader(tmp_path):
    src = _tree(
        tmp_path,
        {
            "consensus": "from .ledger_rows import x\nfrom consilience.align import y\n",
            "align": "",
            "ledger_rows": "",
            "claims": "from .ledger_rows import x\n",
        },
    )
    got = ctx_cache.readers(src)
    assert "ledger_rows.py" not in got and "claims.py" not in got
    assert "align.py" in got


def test_the_project_readers_hold_this_sessions_consensus_modules():
    got = ctx_cache.READERS
    assert {"persisting_states.py", "quantifier_scopes.py", "integrity_states.py"} <= got
    for builder_dep in ("claims.py", "quantities.py", "dates.py", "figure_records.py"):
        assert builder_dep not in got
