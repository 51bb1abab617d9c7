"""Import one of ``scripts/*.py`` in a test: the scripts are no package, and their tests
check the functions the command lines use."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str) -> Any:
    """The module ``scripts/<name>.py``, registered in ``sys.modules`` under ``name``
    (dataclasses look their module up there while the class body runs)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
