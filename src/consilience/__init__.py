"""consilience: read many news articles about the same events and say what is established,
what is disputed, who said it and who first reported it — every line cited.

The Python API is :class:`consilience.Workbench` (see docs/python-api.md); it is imported
on first use, so ``import consilience`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Workbench", "__version__", "demo_files"]

if TYPE_CHECKING:
    from .api import Workbench, demo_files


def __getattr__(name: str) -> Any:
    if name in ("Workbench", "demo_files"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'consilience' has no attribute {name!r}")
