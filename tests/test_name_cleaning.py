"""NameContext.clean: a text none of its owner's names can be in is cleaned once for every owner,
and the result is what cleaning it word by word for that owner gives."""
from pathlib import Path

import pandas as pd
import pytest

from synergy.names import _MAYBE_URL, NameContext
from synergy.text import fold

REAL = Path(__file__).parent / "data" / "real"


def word_by_word(context: NameContext, text: str, agency: str) -> str:
    """``clean`` without the shared cleaning: the owner's phrases looked for in every text that
    holds a word of them (what ``clean`` did until stop 52)."""
    if not text:
        return ""
    if not _MAYBE_URL.search(text):
        words = set(fold(text).split())
        if not (words & context.region_words) and not (agency and words & context.own_words(agency)):
            return " ".join(text.split())
    return context._clean_words(text, agency)


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
    # the texts holding an owner's word without its name were cleaned once, not once per owner
    assert shared.__dict__.get("_ownerless")


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
