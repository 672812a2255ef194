"""Interactive maps (pyvis, rendered through the project's own template)."""
