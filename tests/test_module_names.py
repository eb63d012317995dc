"""Each module binds a top-level name once. A second binding silently replaces the first for every later use
(an extraction rule defined twice kept only its second pattern), so it is a bug even when both look right."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for folder in ("kg", "server", "bench") for p in (ROOT / folder).rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> list[tuple[str, int]]:
    names = []
    for node in tree.body:   # only unconditional statements: a name bound in each branch of an if/try is fine
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.extend((t.id, node.lineno) for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for name, line in _bound_at_top(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen and name != "__all__":
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen.setdefault(name, line)
    assert not twice, f"{path.relative_to(ROOT)} binds again: {', '.join(twice)}"
