"""NameContext.clean: a text none of its owner's names is in is cleaned as if it had no owner
(once for every owner), and the result is what cleaning it word by word for that owner gives."""
from pathlib import Path

import pandas as pd
import pytest

from synergy.names import _MAYBE_URL, NameContext
from synergy.text import fold

REAL = Path(__file__).parent / "data" / "real"


def word_by_word(context: NameContext, text: str, agency: str) -> str:
    """``clean`` without its shortcuts (the owner's words and phrases looked for first, the
    shared cleaning): the owner's phrases looked for in every text; where none is taken out,
    the text cleaned as if it had no owner."""
    if not text:
        return ""
    if agency:
        cleaned, named = context._clean_words_named(text, agency)
        if named:
            return cleaned
    if not _MAYBE_URL.search(text) and not (set(fold(text).split()) & context.region_words):
        return " ".join(text.split())
    return context._clean_words(text, "")


@pytest.mark.parametrize("source", ["banjarbaru-apps", "magetan-apps"])
def test_every_text_for_every_owner_as_word_by_word(source):
    agencies = pd.read_csv(REAL / source / "agencies.csv", dtype=str, keep_default_na=False)
    apps = pd.read_csv(REAL / source / "applications.csv", dtype=str, keep_default_na=False)
    rows = list(zip(agencies["id"], agencies["name"], agencies.get("short_name", [""] * len(agencies))))
    texts = sorted(set(apps["name"]) | set(apps["description"]) | set(apps["url"]))
    owners = ["", *agencies["id"]]
    shared, fresh = NameContext.from_agencies(rows), NameContext.from_agencies(rows)
    differing = [(t, a) for t in texts for a in owners if shared.clean(t, a) != word_by_word(fresh, t, a)]
    assert differing == []
    # the texts holding an address or the region's name were cleaned once, not once per owner
    assert shared.__dict__.get("_ownerless")


def test_a_text_not_naming_its_owner_is_cleaned_as_if_it_had_none():
    # "kesehatan" is a word of the owner's name but the name is not in the text: the text is
    # cleaned the same whoever owns it (until stop 63 its punctuation was redone for this owner only)
    context = NameContext.from_agencies([("DINKES", "Dinas Kesehatan", ""), ("DLH", "Dinas Lingkungan Hidup", "")])
    text = "Sistem Informasi Kesehatan ,Gizi -"
    assert context.clean(text, "DINKES") == context.clean(text, "DLH") == context.clean(text) == "Sistem Informasi Kesehatan ,Gizi -"
    assert not context._may_name(text, "DINKES")
    # every word of the name, but not as the name: nothing of the owner is taken out either
    text = "Kesehatan Dinas ,Gizi"
    assert context._may_name(text, "DINKES")  # a superset: it may name it ...
    assert context.clean(text, "DINKES") == context.clean(text) == text  # ... and does not
    # the name itself is taken out, with the punctuation left dangling
    assert context.clean("Gizi - Dinas Kesehatan", "DINKES") == "Gizi"


def test_a_text_cleaned_for_one_owner_keeps_another_owners_name_out():
    context = NameContext.from_agencies([("DINKES", "Dinas Kesehatan", ""), ("PKM", "Puskesmas Kesehatan Ibu", "")])
    text = "Layanan Kesehatan Dinas Kesehatan (www.contoh.go.id)"
    # first cleaned for an owner whose name is not in it (shared, once per text) ...
    assert context.clean(text, "PKM") == "Layanan Kesehatan Dinas Kesehatan"
    # ... then for the owner it names: its name still goes
    assert context.clean(text, "DINKES") == "Layanan Kesehatan"
    assert context.clean(text, "PKM") == "Layanan Kesehatan Dinas Kesehatan"


def test_a_name_written_glued_is_still_found():
    context = NameContext.from_agencies([("DINKES", "Dinas Kesehatan", ""), ("PKM", "Puskesmas Kesehatan Ibu", "")])
    assert context.clean("Portal dinaskesehatan Kesehatan", "PKM") == "Portal dinaskesehatan Kesehatan"
    assert context.clean("Portal dinaskesehatan Kesehatan", "DINKES") == "Portal Kesehatan"


def test_a_short_name_of_three_letters_is_still_found():
    # a short form of three letters is matched as a word only (never glued): "Aplikasi DLH" of the DLH
    context = NameContext.from_agencies([("DLH", "Dinas Lingkungan Hidup", "DLH"), ("DKP", "Dinas Ketahanan Pangan", "DKP")])
    assert context.clean("Aplikasi Lingkungan DLH", "DKP") == "Aplikasi Lingkungan DLH"
    assert context.clean("Aplikasi Lingkungan DLH", "DLH") == "Aplikasi Lingkungan"


def test_a_text_is_read_once_for_the_owners_it_does_not_name():
    """A roll-up whose agencies' names share a word with many texts ("Wilayah") reads each text
    once, not once per owner, and records with the same texts share one text code."""
    import numpy as np

    from synergy.duplicate_frames import positional
    from synergy.features import record_features
    from synergy.functions import default_catalog
    from synergy.model import CityModel
    from synergy.text import Normalizer

    agencies = [{"id": f"OPD{i}", "name": f"Perangkat Daerah {i} Wilayah Utara"} for i in range(6)]
    texts = [("Pemetaan Jalan Wilayah Selatan", "peta jalan di wilayah selatan"),
             ("Pendataan Sekolah Wilayah Barat", "data sekolah di wilayah barat")]
    programs = [{"id": f"P{i}-{j}", "agency": f"OPD{i}", "name": name, "description": desc}
                for i in range(6) for j, (name, desc) in enumerate(texts)]
    # one name that does name its owner: read for that owner
    programs.append({"id": "P9", "agency": "OPD1", "name": "Portal Perangkat Daerah 1 Wilayah Utara",
                     "description": "peta jalan di wilayah selatan"})
    model = CityModel.from_records(agencies=agencies, programs=programs)
    seen = {}

    def progress(items, *, label="", total=None):
        seen[label.split(" / ")[-1]] = total
        return items

    frame = positional(model.programs)
    f = record_features(frame, model.agencies, normalizer=Normalizer(), catalog=default_catalog(), progress=progress)
    assert seen["reading names"] == 3 and seen["reading descriptions"] == 2
    assert f.clean_name[-1] == "Portal"
    codes = {name: {f.text_code[r] for r in np.flatnonzero(frame["name"].to_numpy() == name)} for name, _ in texts}
    assert all(len(c) == 1 for c in codes.values())
