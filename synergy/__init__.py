"""synergy: a city's Smart City Masterplan as a knowledge graph.

Import the pieces you need; nothing heavy happens at import time::

    from synergy.ingest import load_model
    model, warnings = load_model(None)      # the embedded sample city (None only: [] is an error)
"""
__version__ = "0.1.0"
__all__ = ["__version__"]
