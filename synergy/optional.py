"""Optional dependencies: import one, or tell the person which ``pip install`` adds it.

Features that few runs use keep their heavy packages out of ``pip install .``:

- ``store`` (pyarrow): ``--store DIR`` and ``synergy generate --parquet``;
- ``pictures`` (matplotlib): ``synergy map --format png|svg``.

``pip install "synergy[all]"`` adds all of them (the test set-up does too).
"""
from __future__ import annotations

import importlib
import importlib.util

from .errors import SynergyError
from .normalize import bilingual

__all__ = ["EXTRAS", "require", "available"]

#: extra -> (package to install, what it serves in Bahasa Indonesia, in English)
EXTRAS = {
    "store": ("pyarrow", "--store DIR dan --parquet", "--store DIR and --parquet"),
    "pictures": ("matplotlib", "gambar PNG/SVG (--format png|svg)", "PNG/SVG pictures (--format png|svg)"),
}


def available(module: str) -> bool:
    """Whether ``module`` can be imported (for a faster path that an extra's package allows).

    >>> available("json"), available("synergy_no_such_module")
    (True, False)
    """
    return importlib.util.find_spec(module) is not None


def require(module: str, extra: str):
    """The module ``module``, imported; a :class:`~synergy.errors.SynergyError` naming the install command if missing.

    >>> require("json", "store").__name__
    'json'
    >>> require("synergy_no_such_module", "pictures")
    Traceback (most recent call last):
    ...
    synergy.errors.SynergyError: gambar PNG/SVG (--format png|svg) memerlukan paket matplotlib yang belum terpasang: pip install "synergy[pictures]" / PNG/SVG pictures (--format png|svg) need the package matplotlib, which is not installed: pip install "synergy[pictures]"
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        package, what_id, what_en = EXTRAS[extra]
        command = f'pip install "synergy[{extra}]"'
        raise SynergyError(bilingual(f"{what_id} memerlukan paket {package} yang belum terpasang: {command}",
                                     f"{what_en} need the package {package}, which is not installed: {command}")) from None
