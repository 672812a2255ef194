"""The synergy ontology, dimension scheme, SHACL shapes and lexicon (Turtle files)."""
