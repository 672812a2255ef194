"""Who runs a web address: the central government, or a region (domains under ``go.id``).

An inventory lists the systems its units use, and many of them are the central
government's: a ministry's or a national agency's application (``myasn.bkn.go.id``,
``simona.kemendagri.go.id``, ``lhkpn.kpk.go.id``). A region cannot merge two of those: they
are not its own, and each is mandated by its publisher. Regional governments' domains say
whose they are: ``madiunkab.go.id``, ``denpasarkota.go.id``, ``jabarprov.go.id``,
``magetan.go.id`` (the region's name, or its short form followed by ``kab``, ``kota`` or
``prov``). Any other domain under ``go.id`` is read as the central government's. Addresses
outside ``go.id`` (a vendor's host, an IP address, ``desa.id``) say nothing either way.
"""
from __future__ import annotations

import functools
import re

from .regions import official_names

__all__ = ["central_domain", "central_domains"]

#: How a regional government's domain label begins or ends around the region's name.
_REGIONAL_PREFIX = re.compile(r"^(pemprov|pemkab|pemkot|pemko|kab|kota|prov)")
_REGIONAL_SUFFIX = re.compile(r"(prov|kab|kota)$")
#: The words of an official name that say what kind of region it is, not which.
_KIND_WORDS = re.compile(r"^(provinsi|kabupaten|kota|administrasi|adm\.?|daerah|istimewa|dki|di)\s+")


@functools.lru_cache(maxsize=1)
def _region_labels() -> frozenset:
    """Every region's name as a domain label would write it ("Kabupaten Madiun" -> "madiun",
    "Provinsi DKI Jakarta" -> "jakarta", "Kota Adm. Jakarta Pusat" -> "jakartapusat")."""
    out = set()
    for name in official_names().values():
        words = name.lower()
        while True:
            shorter = _KIND_WORDS.sub("", words)
            if shorter == words:
                break
            words = shorter
        label = re.sub(r"[^a-z]", "", words)
        if label:
            out.add(label)
    return frozenset(out)


def _regional(label: str) -> bool:
    """A ``go.id`` domain label of a regional government."""
    letters = re.sub(r"[^a-z]", "", label)
    if _REGIONAL_SUFFIX.search(letters) or _REGIONAL_PREFIX.match(letters):
        return True
    return letters in _region_labels()


def central_domain(key: str) -> str:
    """The central government's domain a system key (host, or host/first path segment, as
    :func:`synergy.names.system_keys` gives) lies under; "" when it is a region's or not under
    ``go.id``.

    >>> central_domain("myasn.bkn.go.id"), central_domain("anjababk-simona.kemendagri.go.id/login")
    ('bkn.go.id', 'kemendagri.go.id')
    >>> central_domain("sikd.madiunkab.go.id"), central_domain("dinkes.magetan.go.id"), central_domain("jakarta.go.id")
    ('', '', '')
    >>> central_domain("kab.kertaskerja.cc"), central_domain("192.168.3.100"), central_domain("go.id")
    ('', '', '')
    """
    host = str(key).split("/", 1)[0].lower().rstrip(".")
    parts = host.split(".")
    if len(parts) < 3 or parts[-2:] != ["go", "id"] or _regional(parts[-3]):
        return ""
    return ".".join(parts[-3:])


def central_domains(keys) -> frozenset:
    """The central government's domains of a record's addresses when every address is one (a
    system run by the central government); empty when any is not, or there is none.

    >>> sorted(central_domains(["siasn.bkn.go.id", "myasn.bkn.go.id/login"]))
    ['bkn.go.id']
    >>> central_domains(["lpse.lkpp.go.id", "lpse.banjarbarukota.go.id"]), central_domains([])
    (frozenset(), frozenset())
    """
    found = [central_domain(k) for k in keys]
    return frozenset(found) if found and all(found) else frozenset()
