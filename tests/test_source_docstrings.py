"""Module constants stay one each and keep their docstrings: a string statement right after
another one is a docstring whose constant was moved away from it (a new constant inserted
between a constant and its docstring leaves two strings in a row), and a name bound twice at
module level shadows the first binding for every later reader."""

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


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    assert twice == [], f"{path.name}: bound twice: {twice}"
