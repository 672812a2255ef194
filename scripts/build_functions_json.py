"""Write synergy/resources/functions.json: the shipped catalogue of e-government functions
(ontology/functions.ttl) read once, as plain JSON with the SHA-256 of the Turtle it came from.

    python scripts/build_functions_json.py

Run it after editing ontology/functions.ttl (tests/test_function_catalog.py checks that the file
matches): until then synergy reads the Turtle itself, which is correct but about 0.2 s slower.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synergy.functions import FUNCTIONS_JSON, parts_json, read_parts  # noqa: E402


def main() -> None:
    ttl = ROOT / "ontology" / "functions.ttl"
    out = ROOT / "synergy" / "resources" / FUNCTIONS_JSON
    out.write_text(parts_json(ttl.read_bytes(), read_parts(ttl)), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes) from {ttl.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
