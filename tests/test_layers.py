"""The shape of the code, checked: public seams between modules.

Parsed with :mod:`ast`, so nothing is imported: every ``import`` statement counts,
at the top of a module or inside a function.
"""
from __future__ import annotations

import ast
import functools
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


@functools.lru_cache(maxsize=None)
def _nodes(path: pathlib.Path) -> tuple:
    """Every node of the file's syntax tree (parsed once per test session)."""
    return tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def imports(module: str) -> list:
    """``(line, imported module, imported name or None)`` for each project import in ``module``."""
    return list(_imports(module, MODULES[module]))


def _imports(module: str, path: pathlib.Path):
    for node in _nodes(path):
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
    nodes = _nodes(MODULES[module])
    for line, target, name in imports(module):
        if name is not None and name.startswith("_") and target != module:
            found.append(f"{module}:{line}: from {target} import {name}")
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            target = _absolute(module, node)
            for alias in node.names:
                if f"{target}.{alias.name}" in MODULES:
                    aliases[alias.asname or alias.name] = f"{target}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES and alias.asname:
                    aliases[alias.asname] = alias.name
    for node in nodes:
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


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (local imports count)."""
    return {module: {target for _, target, _ in imports(module) if target != module} for module in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


#: The layers, lowest first; a module may import its own layer and the layers below.
#: The data flows ingest -> model -> graph -> analyses -> presentation; in imports, the
#: model is the contract that ingest fills, so it sits below ingest, with the
#: foundation every layer uses (errors, the data contract, cells, IRIs, file output).
LAYERS = {
    "foundation": ("errors schema normalize namespace output optional progress i18n help_id topk rdf_text csvtext coded "
                   "regions grouping pool collector"),
    "model": "model",
    "ingest": "readers columns ingest decisions merge workbook template ckan",
    "graph": "rdf graph store endpoint export dcat stats",
    "analyses": ("text routine overlaps hosting titles units functions matching features features_cache clusters names mandates explain duplicates duplicate_frames "
                 "shared_data dependencies roadmap metrics classify generate learning review diff status find calibration"),
    "presentation": "report display",  # and cli.py, synergy.visualizations.*
}
#: Imports that reach up, known and accepted (module, imported module).
KNOWN_UPWARD = {
    # A SOURCE may be an RDF file written by `synergy export`: reading it back is
    # ingest's job, but the one mapping of columns to predicates lives in rdf.py.
    ("synergy.readers", "synergy.rdf"),
}


def layer_of(module: str) -> str:
    if module == "cli" or module.startswith("synergy.visualizations"):
        return "presentation"
    if module == "synergy":
        return "foundation"
    for layer, names in LAYERS.items():
        if module.removeprefix("synergy.") in names.split():
            return layer
    raise AssertionError(f"{module}: add it to one layer in tests/test_layers.py")


def test_every_module_has_one_layer():
    for module in MODULES:
        layer_of(module)
    named = [name for names in LAYERS.values() for name in names.split()]
    assert len(named) == len(set(named))
    assert {f"synergy.{name}" for name in named} <= set(MODULES), "a layer names a module that is gone"


def test_nothing_reaches_up_a_layer():
    order = list(LAYERS)
    upward = sorted(
        f"{module}:{line} ({layer_of(module)}) imports {target} ({layer_of(target)})"
        for module in MODULES for line, target, _ in imports(module)
        if order.index(layer_of(target)) > order.index(layer_of(module)) and (module, target) not in KNOWN_UPWARD)
    assert upward == [], "\n".join(upward)
    for module, target in KNOWN_UPWARD:  # an exception that is no longer needed goes
        assert any(t == target for _, t, _ in imports(module)), (module, target)


#: Import name -> distribution name, where they differ.
_DISTRIBUTION = {"sastrawi": "pysastrawi", "sklearn": "scikit-learn", "yaml": "pyyaml"}


def _requirements() -> tuple[set[str], set[str]]:
    """(install_requires, every extra's requirements except the test tools) as lower-case names."""
    import configparser
    import re
    import sys

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")

    def names(text: str) -> set[str]:
        return {re.split(r"[<>=!\[; ]", line.strip(), maxsplit=1)[0].lower()
                for line in text.splitlines() if line.strip() and not line.strip().startswith("#")}

    extras = {name: names(text) for name, text in cfg["options.extras_require"].items()}
    optional = set().union(*(v for k, v in extras.items() if k != "test"))
    assert sys.version_info >= (3, 10)
    return names(cfg["options"]["install_requires"]), optional


def _third_party_imports() -> set[str]:
    import sys

    found = set()
    for module in MODULES:
        for node in _nodes(MODULES[module]):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
    found = {name for name in found if name not in sys.stdlib_module_names and name not in ("synergy", "cli")}
    return {_DISTRIBUTION.get(name.lower(), name.lower()).replace("_", "-") for name in found}


def test_dependencies_are_honest():
    required, optional = _requirements()
    imported = _third_party_imports()
    assert imported - required - {n.replace("_", "-") for n in optional} == set(), "imported but not declared"
    assert required - imported == set(), "required but never imported: drop it or make it an extra"
