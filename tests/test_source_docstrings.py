"""Attribute docstrings stay with their attribute: a string statement right after another one
is a docstring whose constant was moved away from it (a new constant inserted between a
constant and its docstring leaves two strings in a row)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parents[1] / "src" / "cryptonews_parse").rglob("*.py"))


def _is_string(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_two_docstrings_in_a_row(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    orphans = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for before, after in itertools.pairwise(body):
            if _is_string(before) and _is_string(after):
                orphans.append(after.lineno)
    assert orphans == [], f"{path.name}: string statements after another at lines {orphans}"
