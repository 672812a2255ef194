"""Regenerate ontology/dimensions.ttl, the SKOS scheme of the 6 dimensions and 18 elements.

Facts come from the shared reference ``dimensions.csv`` (ids, labels, scope) and
from ``synergy.schema`` (dimension labels and accepted spellings); the Indonesian
scope notes and the dimension definitions are written here. The generated file is
committed, so nothing needs the reference folder at run time.

    python scripts/build_dimensions_ttl.py [path/to/dimensions.csv]
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

from synergy.namespace import DIM, SYN, bind_prefixes
from synergy.schema import DIMENSION_ALIASES, DIMENSIONS, ELEMENTS

HERE = Path(__file__).resolve().parent.parent
DEFAULT_CSV = HERE.parent / "shared" / "reference" / "dimensions.csv"
OUT = HERE / "ontology" / "dimensions.ttl"

DIMENSION_DEFINITIONS = {
    "governance": ("Government that is effective, efficient and transparent: public services, bureaucracy and policy built on data.",
                   "Tata kelola pemerintahan yang efektif, efisien dan transparan: pelayanan publik, birokrasi, dan kebijakan berbasis data."),
    "branding": ("The city's image and identity: tourism, business and the look of the city.",
                 "Citra dan identitas kota: pariwisata, bisnis, dan wajah kota."),
    "economy": ("A productive local economy: industry and SMEs, welfare and financial transactions.",
                "Ekonomi daerah yang produktif: industri dan UMKM, kesejahteraan, dan transaksi keuangan."),
    "living": ("A liveable city: spatial planning and housing, health and mobility.",
               "Kota yang layak huni: tata ruang dan permukiman, kesehatan, dan mobilitas."),
    "society": ("An active, learning and safe society: community, learning and security.",
                "Masyarakat yang aktif, belajar, dan aman: komunitas, ekosistem belajar, dan keamanan."),
    "environment": ("A sustainable environment: protection, waste and energy management.",
                    "Lingkungan yang berkelanjutan: proteksi lingkungan, pengelolaan sampah, dan energi."),
}

SCOPE_ID = {
    "public-service": "cara warga mendapat layanan: perizinan daring, pengaduan, administrasi kependudukan",
    "bureaucracy": "e-office, e-planning, e-budgeting, kepegawaian, sistem internal",
    "public-policy": "kebijakan berbasis data, satu data, dasbor, regulasi",
    "tourism": "destinasi, event, aplikasi pariwisata",
    "business": "produk lokal, promosi investasi, citra bisnis kota",
    "city-appearance": "wajah jalan, landmark, kebersihan ruang publik",
    "industry": "UMKM, koperasi, industri lokal, pasar",
    "welfare": "lapangan kerja, pelatihan, pengentasan kemiskinan, bantuan sosial",
    "transaction": "pembayaran nontunai, QRIS, e-retribusi, pajak daerah",
    "harmony": "tata ruang, perumahan, kawasan kumuh, drainase, air bersih, bencana",
    "health": "layanan kesehatan, stunting, posyandu, jaminan kesehatan",
    "mobility": "transportasi, lalu lintas, parkir, jalan, penerangan jalan",
    "community": "partisipasi warga, literasi digital, kelompok informasi masyarakat (KIM)",
    "learning": "sekolah, perpustakaan, pembelajaran digital",
    "security": "ketertiban umum, CCTV, tanggap darurat",
    "protection": "pemantauan pencemaran, ruang terbuka hijau, kualitas air",
    "waste": "bank sampah, TPA, daur ulang",
    "energy": "penerangan jalan hemat energi, energi terbarukan",
}


def build(csv_path: Path) -> Graph:
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        # The scope text holds unquoted commas: everything after the 4th field is scope.
        rows = [dict(zip(header[:4], r[:4]), scope=", ".join(f.strip() for f in r[4:])) for r in reader if r]
    by_element = {r["element"]: r for r in rows}
    if set(by_element) != set(ELEMENTS):
        raise SystemExit(f"{csv_path} and synergy.schema.ELEMENTS disagree")
    g = bind_prefixes(Graph())
    scheme = DIM.scheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("Smart city dimensions and elements", lang="en")))
    g.add((scheme, SKOS.prefLabel, Literal("Dimensi dan elemen smart city", lang="id")))
    g.add((scheme, DCTERMS.source, Literal("Gerakan Menuju 100 Smart City (Kominfo): 6 dimensions, 3 elements each")))
    g.add((scheme, OWL.versionInfo, Literal("0.1.0")))
    for d, (label_id, label_en) in DIMENSIONS.items():
        c = DIM[d]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, SYN.Dimension))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.topConceptOf, scheme))
        g.add((scheme, SKOS.hasTopConcept, c))
        g.add((c, SKOS.notation, Literal(d)))
        g.add((c, SKOS.prefLabel, Literal(label_id, lang="id")))
        g.add((c, SKOS.prefLabel, Literal(label_en, lang="en")))
        en, idn = DIMENSION_DEFINITIONS[d]
        g.add((c, SKOS.definition, Literal(en, lang="en")))
        g.add((c, SKOS.definition, Literal(idn, lang="id")))
        prefs = {label_id.casefold(), label_en.casefold()}
        for alias in DIMENSION_ALIASES[d]:
            if alias.casefold() not in prefs:
                g.add((c, SKOS.altLabel, Literal(alias)))
    for e, (d, label_id, label_en) in ELEMENTS.items():
        row = by_element[e]
        if (row["dimension"], row["label_id"], row["label_en"]) != (d, label_id, label_en):
            raise SystemExit(f"element {e}: {csv_path} and synergy.schema.ELEMENTS disagree")
        c = DIM[e]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, SYN.Element))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.notation, Literal(e)))
        g.add((c, SKOS.broader, DIM[d]))
        g.add((DIM[d], SKOS.narrower, c))
        g.add((c, SKOS.prefLabel, Literal(label_id, lang="id")))
        g.add((c, SKOS.prefLabel, Literal(label_en, lang="en")))
        g.add((c, SKOS.scopeNote, Literal(row["scope"], lang="en")))
        g.add((c, SKOS.scopeNote, Literal(SCOPE_ID[e], lang="id")))
    return g


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    csv_path = Path(argv[0]) if argv else DEFAULT_CSV
    graph = build(csv_path)
    header = ("# SKOS scheme of the 6 smart city dimensions and their 18 elements.\n"
              "# Generated by scripts/build_dimensions_ttl.py from dimensions.csv and synergy.schema;\n"
              "# edit those and regenerate rather than editing this file.\n\n")
    OUT.write_text(header + graph.serialize(format="turtle"), encoding="utf-8")
    print(f"wrote {OUT} ({len(graph)} triples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
