"""The shape of the code, checked: public seams between modules.

Parsed with :mod:`ast`, so nothing is imported: every ``import`` statement counts,
at the top of a module or inside a function.
"""
from __future__ import annotations

import ast
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _modules() -> dict[str, pathlib.Path]:
    """Installed module name -> source file, for ``synergy/``, ``visualizations/`` and ``cli.py``."""
    found = {"cli": ROOT / "cli.py"}
    for folder, package in (("synergy", "synergy"), ("visualizations", "synergy.visualizations")):
        for path in (ROOT / folder).glob("*.py"):
            found[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return found


MODULES = _modules()


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    if MODULES[module].name != "__init__.py":
        parts = parts[:-1]
    parts = parts[: len(parts) - node.level + 1]
    return ".".join(parts + ([node.module] if node.module else []))


def imports(module: str):
    """``(line, imported module, imported name or None)`` for each project import in ``module``."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    yield node.lineno, alias.name, None
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(module, node)
            for alias in node.names:
                if f"{target}.{alias.name}" in MODULES:  # from . import text
                    yield node.lineno, f"{target}.{alias.name}", None
                elif target in MODULES:
                    yield node.lineno, target, alias.name


def private_uses(module: str) -> list[str]:
    """Another project module's private names that ``module`` imports or reads as ``mod._name``."""
    found = []
    aliases = {}
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for line, target, name in imports(module):
        if name is not None and name.startswith("_") and target != module:
            found.append(f"{module}:{line}: from {target} import {name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _absolute(module, node)
            for alias in node.names:
                if f"{target}.{alias.name}" in MODULES:
                    aliases[alias.asname or alias.name] = f"{target}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES and alias.asname:
                    aliases[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name) and aliases.get(node.value.id, module) != module):
            found.append(f"{module}:{node.lineno}: {aliases[node.value.id]}.{node.attr}")
    return found


def test_the_module_list_is_the_code():
    assert {"cli", "synergy", "synergy.text", "synergy.visualizations.maps"} <= set(MODULES)


def test_no_module_imports_another_modules_private_name():
    found = [use for module in sorted(MODULES) for use in private_uses(module)]
    assert found == [], "make the shared piece public (or move it to a small module of its own):\n" + "\n".join(found)


def test_the_private_name_check_sees_both_forms(tmp_path, monkeypatch):
    fake = tmp_path / "fake.py"
    fake.write_text("from .text import _x\nfrom . import store\nstore._lit('a')\n", encoding="utf-8")
    monkeypatch.setitem(MODULES, "synergy.fake", fake)
    assert private_uses("synergy.fake") == [
        "synergy.fake:1: from synergy.text import _x", "synergy.fake:3: synergy.store._lit"]
