"""Names instead of ids: what a person reads where the data has a name.

Ids stay in downloads and tooltips' details; every sentence shown on a map or in
the report names programs, datasets, applications and agencies. The analyses'
reasons are written with agency ids (``usulan pemimpin: DINKES``): :meth:`Names.unid`
puts the names in their place.
"""
from __future__ import annotations

import re

__all__ = ["Names"]

_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.\-]*[0-9A-Za-z]|[0-9A-Za-z]")
# an id in brackets with what is before it ("Posyandu Digital (P-01)"), or any other id-like token
_ID_OR_TOKEN = re.compile(r"(\s?)\((" + _TOKEN.pattern + r")\)|" + _TOKEN.pattern)
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


class Names:
    """Readable names of a model's ids.

    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "DINKES", "name": "Dinas Kesehatan", "short_name": "Dinkes"}],
    ...     programs=[{"id": "P-01", "name": "Posyandu Digital", "agency": "DINKES"}])
    >>> n = Names(m)
    >>> n("P-01"), n.agency("DINKES"), n.unid("usulan pemimpin: DINKES; P-01, P-011")
    ('Posyandu Digital (Dinkes)', 'Dinkes', 'usulan pemimpin: Dinkes; Posyandu Digital (Dinkes), P-011')
    """

    def __init__(self, model):
        self.agencies = model.agency_labels()
        self.program = dict(zip(model.programs["id"], zip(model.programs["name"], model.programs["agency"])))
        self.dataset = dict(zip(model.datasets["id"], zip(model.datasets["name"], model.datasets["producer"])))
        apps = getattr(model, "applications", None)
        self.application = {}
        if apps is not None and len(apps) and {"id", "name", "agency"} <= set(apps.columns):
            self.application = dict(zip(apps["id"], zip(apps["name"], apps["agency"])))

    def agency(self, agency_id) -> str:
        agency_id = "" if agency_id is None else str(agency_id)
        return self.agencies.get(agency_id, agency_id)

    def _record(self, node_id: str):
        """``(name, owner)`` of a program, dataset or application (in that order of lookup), else None."""
        for table in (self.program, self.dataset, self.application):
            if node_id in table:
                return table[node_id]
        return None

    def plain(self, node_id) -> str:
        """The bare name of any id (no agency), the id itself when unknown."""
        node_id = "" if node_id is None else str(node_id)
        record = self._record(node_id)
        return (record[0] or node_id) if record is not None else self.agency(node_id)

    def __call__(self, node_id) -> str:
        """``Name (Agency)`` for programs, datasets and applications; the label of an agency."""
        node_id = "" if node_id is None else str(node_id)
        record = self._record(node_id)
        if record is None:
            return self.agency(node_id)
        name, owner = record
        return f"{name or node_id} ({self.agency(owner)})" if owner else (name or node_id)

    def knows(self, node_id) -> bool:
        return any(node_id in t for t in (self.program, self.dataset, self.application, self.agencies))

    def _displays(self) -> dict:
        """Every known id with its readable name (made once: reasons are many)."""
        if not hasattr(self, "_all"):
            table = {a: self.agency(a) for a in self.agencies}
            for source in (self.application, self.dataset, self.program):
                table.update((i, self(i)) for i in source)
            # an id that is a plain number (inventories number their rows) cannot be told from a count
            # or a score in a sentence ("3 aplikasi dari 2 perangkat daerah"): it stays as written
            self._all = {i: name for i, name in table.items() if not _NUMBER.fullmatch(str(i))}
        return self._all

    def unid(self, text) -> str:
        """``text`` with every whole id of the model replaced by its name (ids that are plain
        numbers excepted: in a sentence they cannot be told from a count).

        >>> from synergy.model import CityModel
        >>> m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}],
        ...                            applications=[{"id": "2", "name": "SIMPEG", "agency": "A"}])
        >>> Names(m).unid("2 aplikasi dari 2 perangkat daerah (A)")
        '2 aplikasi dari 2 perangkat daerah (Dinas A)'

        A record's id in brackets right after its own name (how the analyses write a
        record) becomes its agency, so the name is not written twice:

        >>> Names(m).unid("SIMPEG (2) dipakai A")
        'SIMPEG (Dinas A) dipakai Dinas A'

        and where the sentence names the owner right after ("SIMPEG (2) milik A"), the
        brackets go:

        >>> Names(m).unid("SIMPEG (2) milik A"), Names(m).unid("SIMPEG (2) of A")
        ('SIMPEG milik Dinas A', 'SIMPEG of Dinas A')
        """
        text = "" if text is None else str(text)
        if not text:
            return text
        table = self._displays()

        def named(m):
            node_id = m.group(2)
            if node_id is None:  # a token outside brackets
                return table.get(m.group(0), m.group(0))
            name, owner = self._record(node_id) or ("", "")
            if name and m.string.endswith(name, 0, m.start()):
                label = self.agency(owner)
                said = tuple(f" {word} {who}" for word in ("milik", "of") for who in {owner, label} if who)
                return f"{m.group(1)}({label})" if owner and not m.string.startswith(said, m.end()) else ""
            return f"{m.group(1)}({table.get(node_id, node_id)})"

        return _ID_OR_TOKEN.sub(named, text)
