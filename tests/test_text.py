"""The Indonesian text normaliser, lexicon and sparse similarity helpers (synergy.text)."""
from __future__ import annotations

import numpy as np
import pytest

from synergy import text
from synergy.errors import InvalidData
from synergy.text import (
    GENERIC_VERBS,
    STOPWORDS,
    Lexicon,
    Normalizer,
    fold,
    rowwise_dot,
    stem_word,
    tfidf_matrix,
    top_k_similar,
)


def test_fold_handles_case_punctuation_accents_and_e_prefix():
    assert fold("  E-KTP; Café/Resto!! ") == "e ktp cafe resto"
    assert fold("") == ""


def test_stemmer_runs_once_per_distinct_word():
    stem_word.cache_clear()
    norm = Normalizer()
    norm.tokens("pelatihan pelatihan pelatihan pemasaran")
    norm.tokens("pemasaran hasil pelatihan")
    info = stem_word.cache_info()
    # every distinct word stemmed once; the rest are cache hits
    assert info.currsize >= 3
    words = {"pelatihan", "pemasaran", "hasil"}
    assert all(stem_word(w) for w in words)
    before = stem_word.cache_info().misses
    norm2 = Normalizer()
    norm2.tokens("pemasaran hasil pelatihan")
    assert stem_word.cache_info().misses == before


def test_normaliser_caches_texts():
    norm = Normalizer()
    first = norm.tokens("Sistem Informasi Keluhan Warga")
    first.append("x")  # the caller's list is its own
    assert norm.tokens("Sistem Informasi Keluhan Warga") == ["aplikasi", "aduan", "warga"]


@pytest.mark.parametrize(
    "word, stem",
    [("berbasis", "basis"), ("pengaduan", "aduan"), ("kependudukan", "kependudukan"), ("pengangguran", "pengangguran")],
)
def test_known_over_stemming_is_protected(word, stem):
    assert stem_word(word) == stem
    # and differs from what the stemmer alone would say, so the protection matters
    assert text._stemmer().stem(word) != stem


def test_stopwords_are_dropped_but_meaningful_words_kept():
    norm = Normalizer()
    tokens = norm.tokens("Pelatihan untuk Usaha Baru dan Kecil di Kelurahan")
    assert "untuk" not in tokens and "dan" not in tokens and "di" not in tokens
    assert "baru" in tokens and "kecil" in tokens and "usaha" in tokens
    assert "baru" not in STOPWORDS and "usaha" not in STOPWORDS


@pytest.mark.parametrize(
    "left, right",
    [
        ("pengaduan", "komplain"),
        ("masyarakat", "penduduk"),
        ("daring", "online"),
        ("aplikasi", "sistem informasi"),
        ("DTKS", "data terpadu kesejahteraan sosial"),
        ("UMKM", "Usaha Mikro, Kecil dan Menengah"),
        ("RTLH", "rumah tidak layak huni"),
        ("CCTV", "kamera pengawas"),
        ("NIK", "Nomor Induk Kependudukan"),
        ("e-Lapor", "online lapor"),
        # renamed national programmes, drugs, ICT, and spellings outside the standard (stop 58)
        ("Monitoring Raskin", "Monitoring Bantuan Pangan Non Tunai"),
        ("Pengendalian Napza", "Pengendalian Obat-obatan Terlarang"),
        ("Literasi Berbasis IT", "Literasi Teknologi Informasi dan Komunikasi"),
        ("Laporan Bantuan Propinsi", "Laporan Bantuan Provinsi"),
        ("Pasien Gakin", "Pasien Maskin"),
        ("Kepesertaan Jamkesda", "Kepesertaan Jaminan Kesehatan Daerah"),
        ("Analisa Resiko", "Analisis Risiko"),
    ],
)
def test_lexicon_maps_synonyms_and_acronyms_to_one_term(left, right):
    norm = Normalizer()
    assert norm.tokens(left) == norm.tokens(right)
    assert norm.tokens(left)  # not empty


def test_multiword_synonym_is_one_term_and_longest_match_wins():
    norm = Normalizer()
    # the longer phrase wins; SIG then adds its broader concept (skos:broader aplikasi)
    assert norm.tokens("sistem informasi geografis") == ["sig", "aplikasi"]
    assert norm.tokens("sistem informasi") == ["aplikasi"]


def test_broader_concepts_are_added_after_the_term(tmp_path):
    norm = Normalizer()
    assert norm.tokens("DTKS") == ["dtks", "miskin", "pendataan"]
    path = tmp_path / "lex.csv"
    path.write_text("term,synonyms,broader\nsambang,kunjungan warga,pelayanan\npelayanan,,\n", encoding="utf-8")
    assert Normalizer(lexicon=path).tokens("Kunjungan Warga") == ["sambang", "pelayanan"]


def test_hard_negative_words_stay_apart():
    norm = Normalizer()
    assert set(norm.tokens("Pengadaan Bus Sekolah")) != set(norm.tokens("Pengadaan Buku Sekolah"))


def test_user_lexicon_csv_extends_the_default(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("term,synonyms\ndesa wisata,desa tematik;kampung wisata\n", encoding="utf-8")
    norm = Normalizer(lexicon=path)
    assert norm.tokens("Desa Tematik") == norm.tokens("kampung wisata") == ["desa_wisata"]
    assert norm.tokens("keluhan") == ["aduan"]  # the shipped lexicon still applies
    assert Normalizer().tokens("Desa Tematik") != ["desa_wisata"]


def test_user_lexicon_skos_file(tmp_path):
    path = tmp_path / "lex.ttl"
    path.write_text(
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '<urn:x:sambang> skos:prefLabel "sambang"@id ; skos:altLabel "kunjungan warga"@id .\n',
        encoding="utf-8",
    )
    assert Normalizer(lexicon=[path]).tokens("Kunjungan Warga") == ["sambang"]


def test_bad_lexicon_csv_names_row(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text("term,synonyms\n,foo\n", encoding="utf-8")
    with pytest.raises(InvalidData) as err:
        Lexicon.load(path)
    assert str(err.value) == "lex.csv:2: term: empty term; give the canonical word"
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("kata,arti\na,b\n", encoding="utf-8")
    with pytest.raises(InvalidData, match="term,synonyms"):
        Lexicon.load(wrong)


def test_generic_verbs_are_weighted_down():
    norm = Normalizer()
    assert "kembang" in norm.generic_terms and "pengembangan" in GENERIC_VERBS
    tm = tfidf_matrix(["Pengembangan Aplikasi Parkir", "Pengembangan Aplikasi Pasar", "Pengembangan Wisata Kuliner"], norm)
    row = tm.matrix[0].toarray().ravel()
    assert row[tm.column("kembang")] < row[tm.column("parkir")]
    plain = tfidf_matrix(["Pengembangan Aplikasi Parkir", "Pengembangan Aplikasi Pasar", "Pengembangan Wisata Kuliner"], norm, generic_weight=1.0)
    assert plain.matrix[0].toarray().ravel()[plain.column("kembang")] > row[tm.column("kembang")]


def test_tfidf_rows_are_unit_length_and_fields_weighted():
    tm = tfidf_matrix([("Aplikasi Parkir", "untuk juru parkir"), ("", "")], Normalizer(), field_weights=[1.0, 0.5])
    lengths = np.asarray(tm.matrix.multiply(tm.matrix).sum(axis=1)).ravel()
    assert lengths[0] == pytest.approx(1.0, abs=1e-5) and lengths[1] == 0


def test_top_k_self_pairs_once_without_diagonal():
    tm = tfidf_matrix(["kamera pengawas jalan", "cctv jalan raya", "pasar ikan", "cctv jalan"], Normalizer())
    hits = top_k_similar(tm.matrix, k=3, threshold=0.1)
    pairs = set(map(tuple, hits[["a", "b"]].values.tolist()))
    assert all(a < b for a, b in pairs)
    assert (0, 3) in pairs and (1, 3) in pairs
    assert not any(2 in p for p in pairs)


def test_top_k_two_matrices_respects_k_and_threshold():
    tm = tfidf_matrix(["data penduduk", "data pasar", "data penduduk miskin", "data pasar ikan", "jalan"], Normalizer())
    hits = top_k_similar(tm.matrix[:2], tm.matrix[2:], k=1, threshold=0.2)
    assert hits[["a", "b"]].values.tolist() == [[0, 0], [1, 1]]
    assert (hits["score"] > 0.2).all()


def test_scipy_fallback_matches_accelerated(monkeypatch):
    texts = [f"aplikasi {w} {v}" for w in ("parkir", "pasar", "pajak", "sampah") for v in ("online", "kota", "warga")]
    tm = tfidf_matrix(texts, Normalizer())
    fast = top_k_similar(tm.matrix, k=20, threshold=0.2)
    monkeypatch.setitem(__import__("sys").modules, "sparse_dot_topn", None)  # import now fails
    slow = top_k_similar(tm.matrix, k=20, threshold=0.2)
    assert len(fast) > 0
    assert fast[["a", "b"]].values.tolist() == slow[["a", "b"]].values.tolist()
    assert np.allclose(fast["score"], slow["score"], atol=1e-5)


def test_rowwise_dot_is_cosine():
    tm = tfidf_matrix(["cctv jalan", "kamera pengawas jalan", "pasar"], Normalizer())
    values = rowwise_dot(tm.matrix, [0, 0], None, [1, 2])
    assert values[0] == pytest.approx(1.0, abs=1e-5) and values[1] == 0


def test_shipped_stems_are_pysastrawis_own_answers():
    """stems.tsv is a cache of PySastrawi: every line must be what PySastrawi says today
    (else run scripts/build_stems.py again), and no line may decide a protected word."""
    from synergy.text import PROTECTED_STEMS, _stemmer, shipped_stems

    table = shipped_stems()
    assert len(table) > 2000
    stemmer = _stemmer()
    wrong = {w: (s, stemmer.stem(w) or w) for w, s in table.items() if (stemmer.stem(w) or w) != s}
    assert not wrong, f"stems.tsv disagrees with PySastrawi (run scripts/build_stems.py): {list(wrong.items())[:5]}"
    assert not set(table) & set(PROTECTED_STEMS)
    assert table["pelayanan"] == "layan" and table["kesehatan"] == "sehat"


def test_tfidf_prepare_rewrites_each_text_before_it_is_read():
    from synergy.text import tfidf_matrix

    def drop_data(text):
        return " ".join(w for w in text.split() if w.lower() != "data")

    texts = [("Data Penduduk", "", "jumlah penduduk"), ("Penduduk", "", "data jumlah penduduk"),
             ("Data Sekolah Dasar", "sekolah", ""), ("Data Data", "", "")]
    prepared = tfidf_matrix(texts, field_weights=(1.0, 1.0, 0.5), prepare=drop_data)
    by_hand = tfidf_matrix([tuple(drop_data(x) for x in t) for t in texts], field_weights=(1.0, 1.0, 0.5))
    assert prepared.terms == by_hand.terms and "data" not in prepared.terms
    assert (prepared.matrix != by_hand.matrix).nnz == 0
    assert prepared.matrix[0].toarray().tolist() == prepared.matrix[1].toarray().tolist()  # the same once prepared


@pytest.mark.parametrize("word, stem", [("peternakan", "ternak"), ("penegakan", "tegak"), ("kerusakan", "rusak"),
                                        ("perpajakan", "pajak"), ("gerakan", "gerak")])
def test_a_noun_whose_root_ends_in_k_keeps_the_k(word, stem):
    # PySastrawi reads "-kan" ("peternakan" -> "terna"), so the noun never met its own root
    assert text._stemmer().stem(word) != stem
    assert stem_word(word) == stem == stem_word(word[:-2])


@pytest.mark.parametrize("word, stem", [("memberikan", "beri"), ("diajukan", "aju"), ("menggunakan", "guna")])
def test_a_verb_keeps_its_suffix_kan(word, stem):
    assert stem_word(word) == stem


def test_a_noun_whose_stem_is_a_function_word_stays():
    norm = Normalizer()
    # PySastrawi: peserta -> serta (and), pengguna -> guna (for), both stop words
    assert text._stemmer().stem("peserta") in text.STOPWORDS and text._stemmer().stem("pengguna") in text.STOPWORDS
    assert norm.tokens("Peserta Didik")[0] == "peserta"
    assert norm.tokens("Kepesertaan BPJS") == ["peserta", "bpjs"]
    assert "pengguna" in norm.tokens("Pengguna Jasa")


def test_rowwise_dot_gives_the_floats_scipy_gives():
    # rows of up to 40 entries (numpy adds more than 8 in pairs), unsorted and duplicate indices,
    # one matrix or two, rows asked for many times
    import numpy as np
    import scipy.sparse as sp

    from synergy.text import rowwise_dot

    rng = np.random.default_rng(0)
    for t in range(200):
        n, m, width = (int(x) for x in rng.integers(1, 50, 3))
        a = sp.random(n, width, density=rng.random(), format="csr", random_state=t)
        b = None if t % 3 == 0 else sp.random(m, width, density=rng.random(), format="csr", random_state=t + 500)
        if t % 5 == 0:  # the same entries in another order, some twice
            coo = a.tocoo()
            order = rng.permutation(coo.nnz)
            a = sp.csr_matrix((np.r_[coo.data[order], coo.data[:2]], (np.r_[coo.row[order], coo.row[:2]],
                                                                     np.r_[coo.col[order], coo.col[:2]])), shape=a.shape)
        rows_a = rng.integers(0, n, int(rng.integers(0, 150)))
        rows_b = rng.integers(0, n if b is None else m, len(rows_a))
        other = a if b is None else b
        want = np.asarray(sp.csr_matrix(a)[rows_a].multiply(sp.csr_matrix(other)[rows_b]).sum(axis=1)).ravel()
        assert rowwise_dot(a, rows_a, b, rows_b).tobytes() == want.tobytes()
