"""The shipped catalogue of e-government functions is read from its JSON copy only while that copy
is what ``ontology/functions.ttl`` says (synergy.functions.FUNCTIONS_JSON)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import synergy.functions as functions
from synergy.functions import FunctionCatalog, parts_json, read_parts, shipped_ttl

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_json_is_the_turtle_read():
    ttl = ROOT / "ontology" / "functions.ttl"
    kept = json.loads((ROOT / "synergy" / "resources" / functions.FUNCTIONS_JSON).read_text(encoding="utf-8"))
    assert kept["source_sha256"] == hashlib.sha256(ttl.read_bytes()).hexdigest(), \
        "ontology/functions.ttl changed: run python scripts/build_functions_json.py"
    assert (ROOT / "synergy" / "resources" / functions.FUNCTIONS_JSON).read_text(encoding="utf-8") == \
        parts_json(ttl.read_bytes(), read_parts(ttl))
    from_json = FunctionCatalog.from_labels(*functions._shipped_parts(ttl.read_bytes()))
    from_turtle = FunctionCatalog.load(ttl)
    assert vars(from_json) == vars(from_turtle)
    assert len(from_turtle.functions) > 20 and len(from_turtle.national) > 5
    assert shipped_ttl().read_bytes() == ttl.read_bytes()


def test_a_json_copy_of_another_turtle_is_not_used():
    ttl = shipped_ttl().read_bytes()
    assert functions._shipped_parts(ttl) is not None
    edited = ttl + b"\n# edited by a user\n"
    assert functions._shipped_parts(edited) is None  # read from the Turtle itself then
