"""The embedded sample city (Kota Pasuruan, illustrative data)."""
