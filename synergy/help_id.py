"""The ``synergy`` command's help in Bahasa Indonesia (the default language, see :mod:`synergy.i18n`).

``COMMANDS`` holds each command's description (``synergy`` for the command
itself); its examples come from the English docstring in ``cli.py``, so that both
languages show the same, tested examples. ``OPTIONS`` translates each option's
help, keyed by its English text. A test checks that every command and option
has its Indonesian text here. Standard library only: ``--help`` stays instant.
"""
from __future__ import annotations

__all__ = ["COMMANDS", "OPTIONS"]

COMMANDS = {
    "synergy": """
        synergy: Masterplan Smart City sebagai graf pengetahuan.

        Menemukan program yang tumpang tindih, data yang dapat dipakai bersama dan
        rantai ketergantungan antar perangkat daerah. Setiap perintah yang membaca
        data kota menerima nol atau lebih SOURCE (folder, buku kerja, berkas RDF);
        tanpa SOURCE dipakai kota contoh (Kota Pasuruan, data ilustratif). Di mana
        perintah meminta ID, nama juga diterima: synergy find menunjukkan kodenya.
        Bahasa Inggris: synergy --lang en PERINTAH, atau SYNERGY_LANG=en.
    """,
    "find": """
        Cari perangkat daerah, program, data dan aplikasi menurut kata, nama atau singkatan.

        TEXT ditulis paling akhir, sesudah SOURCE. Nama, uraian dan nama singkat
        perangkat daerah dibaca secara bahasa Indonesia: per kata, per kata dasar
        (pelatihan ~ latih), per sinonim (keluhan ~ pengaduan) dan per singkatan
        (NIK ~ nomor induk kependudukan). Yang paling cocok lebih dulu; kolom id,
        kind, name, agency, lalu score (0-1), kata yang cocok dan why (di kolom
        mana). Setiap perintah yang meminta ID menerima nama yang hanya dimiliki
        satu simpul.
    """,
    "validate": """
        Periksa SOURCE terhadap kontrak data dan tampilkan setiap masalah.

        Satu baris per masalah (berkas[lembar]:baris: kolom: pesan), lalu
        ringkasan. Kode keluar 1 bila ada kesalahan, 0 bila hanya peringatan (atau
        tidak ada). Tanpa SOURCE, kota contoh yang diperiksa.
    """,
    "stats": """
        Hitung perangkat daerah, program, data dan keterkaitannya, per dimensi, elemen dan perangkat daerah.

        Sebagai tabel tercetak empat bagian; CSV dan JSON memberi satu tabel
        panjang dengan kolom group, key, label, count, agencies, datasets, budget.
    """,
    "duplicates": """
        Program (atau aplikasi) perangkat daerah berbeda yang tampak mengerjakan hal yang sama, beserta alasannya.

        Satu baris per pasangan (kolom program_a, program_b, score, cluster,
        agencies, reasons, ...; application_a, application_b, ... dengan --of
        applications), yang terkuat lebih dulu; score adalah peluang kecocokan
        (0-1) dan alasannya menyebut sumbangan setiap bukti. --clusters memberi
        satu baris per kelompok dengan kepaduan, anggaran gabungan, usulan
        pemimpin dan tindakan; --national sistem lokal yang membangun ulang
        aplikasi umum nasional. Dalam katalog aplikasi, satu sistem yang dicatat
        beberapa perangkat daerah (nama sama, alamat sama, aplikasi nasional)
        adalah pemakaian bersama, bukan duplikasi. Alasan dalam bahasa Indonesia
        (Inggris dengan --lang en). Program penunjang rutin tidak dibandingkan
        kecuali --include-routine. Batasan analisis dicatat di stderr. Dengan tabel
        keputusan (keputusan.csv, lihat synergy review) pasangan yang ditolak tidak
        ditampilkan (--show-rejected tetap menampilkannya) dan yang lain membawa
        kolom decision; --learn menyesuaikan model dengan keputusan itu lebih dulu.
    """,
    "review": """
        Putuskan temuan duplikasi satu per satu, yang paling tidak pasti lebih dulu.

        Menampilkan setiap pasangan (nama, perangkat daerah, peluang, alasan) lalu
        menunggu satu tombol: y benar (confirmed), n bukan (rejected), p proses (in
        progress), d selesai (done), s lewati, u batalkan, q keluar. Setiap jawaban
        langsung ditulis (berkas diganti sekaligus) ke tabel keputusan keputusan.csv
        di folder SOURCE (atau --decisions BERKAS), dengan siapa dan kapan; temuan
        yang sudah diputuskan tidak ditanyakan lagi kecuali nama atau uraian
        programnya berubah sejak itu. Berhenti kapan saja lalu jalankan lagi untuk
        melanjutkan. Pasangan yang paling tidak pasti bagi model didahulukan
        (peluang paling dekat 0,5), juga pasangan tepat di bawah batas laporan:
        jawaban atas pasangan itu paling banyak mengajari model (--learn).
    """,
    "shared-data": """
        Data untuk dipakai bersama alih-alih dikumpulkan dua kali: reuse, duplicate-dataset, gap, hub, orphan.

        Satu baris per peluang, dengan perangkat daerah yang terlibat, peringkat
        dalam jenisnya dan alasan (bahasa Indonesia; Inggris dengan --lang en).
        Data terbatas dan dikecualikan memerlukan perjanjian berbagi data: alasan
        menyebutkannya. Bila banyak dataset hanya berjudul (tanpa deskripsi atau
        kata kunci), sebuah catatan mengingatkan bahwa data ganda yang dicari dari
        judul saja sering keliru.
    """,
    "deps": """
        Semua yang bergantung pada ID (atau yang dibutuhkan ID), dengan kedalamannya.

        ID adalah program, data, aplikasi atau perangkat daerah: kodenya, atau
        nama yang hanya dimiliki satu simpul (synergy find menampilkan calonnya).
        ID ditulis PALING AKHIR, sesudah SOURCE: argumen terakhir selalu dibaca
        sebagai ID. Kedalaman menghitung langkah melalui data: pemakai sebuah data
        berkedalaman 1, yang mereka hasilkan 2, ...
    """,
    "impact": """
        Apa yang berhenti bila ID (data, program atau perangkat daerah) berhenti: program, perangkat daerah, anggaran.

        Mencetak simpul yang terdampak (ID sendiri pada kedalaman 0); jumlahnya ke
        stderr. ID (kode, atau nama yang hanya dimiliki satu simpul) ditulis paling
        akhir, sesudah SOURCE. Simpul yang paling merugikan bila berhenti: synergy
        metrics --what critical.
    """,
    "chain": """
        Rantai ketergantungan antara FROM dan TO, setiap langkah dengan alasannya.

        FROM dan TO (kode, atau nama yang hanya dimiliki satu simpul) ditulis
        paling akhir, sesudah SOURCE. Rantai dicari ke dua arah dan dicetak
        menurut arus (setiap baris: FROM dibutuhkan oleh TO).
    """,
    "cycles": """
        Setiap ketergantungan melingkar antar program, yang terpendek lebih dulu.

        Sebuah siklus ditulis menurut arus dari kode terkecilnya kembali ke kode itu:
        'A -> B -> A' berarti B membutuhkan A dan A membutuhkan B.
    """,
    "roadmap": """
        Program dalam tahapan menurut urutan ketergantungan, lingkaran disisihkan, peringatan jangka waktu.

        Tahap 1 tidak membutuhkan apa pun; tahap 2 hanya membutuhkan tahap 1; ...
        Peringatan menandai program yang direncanakan lebih cepat daripada program
        jangka menengah atau panjang yang dibutuhkannya.
    """,
    "metrics": """
        Ukuran sinergi: keterkaitan perangkat daerah, cakupan rencana, kelompok kerja, simpul kritis.
    """,
    "classify": """
        Usulkan dimensi dan elemen smart city bila data belum memilikinya.

        Satu baris per program dan aplikasi yang dimensinya kosong (semuanya
        dengan --all): id, dimension, element, confidence (0-1), kind, name,
        reason, second_dimension. Buktinya dari skema dimensi, leksikon, fungsi
        e-government, kode nomenklatur dan urusan perangkat daerah; alasan
        menyebutnya dalam kata-kata, yang terkuat lebih dulu (bahasa Indonesia;
        Inggris dengan --lang en). Usulan tidak pernah ditulis ke data: periksa,
        lalu ketik dimensinya sendiri di sumber data.
    """,
    "template": """
        Tulis buku kerja isian (formulir) yang dilengkapi perangkat daerah lalu dikirim kembali.

        Lembar: Petunjuk (bahasa Indonesia lalu Inggris), agencies, programs,
        datasets, applications (baris judul = kolom kontrak data, dengan catatan,
        daftar pilihan dan petunjuk isian). Dengan SOURCE, daftar pilihan memuat
        perangkat daerah, data dan program kota sebagai "nama (kode)" (yang dibaca
        adalah kodenya), dan satu lembar tersembunyi memuat kode-kode kota,
        sehingga formulir yang sudah terisi lolos pemeriksaan sendirian. Tanpa
        SOURCE formulirnya kosong, dan --agency atau --all memakai kota contoh.
        Salinan yang sudah diisi adalah SOURCE bagi setiap perintah; synergy
        status menunjukkan formulir mana yang sudah kembali.
    """,
    "status": """
        Perangkat daerah mana yang sudah mengembalikan formulir, apa yang berubah terhadap data kota, formulir mana yang belum sah.

        SOURCE adalah kota asal formulir (synergy template SOURCE --all). Satu
        baris per perangkat daerah: keadaan returned (kembali), invalid (formulir
        belum lolos pemeriksaan sendirian: jumlah kesalahan dan masalah pertama)
        atau missing (belum kembali), serta berapa baris miliknya (barisnya
        sendiri, program, data, aplikasi) yang baru, berubah atau hilang terhadap
        data kota. Formulir milik perangkat daerah yang barisnya ada di dalamnya
        (bila tidak, nama berkas formulir-KODE.xlsx yang menentukan).
    """,
    "merge": """
        Gabungkan buku kerja perangkat daerah menjadi satu kota (folder CSV atau satu buku kerja).

        Baris yang sama persis di beberapa sumber dipakai sekali; kode yang
        didefinisikan dua kali dengan isi berbeda adalah kesalahan yang menyebut
        kedua tempat, dan tidak ada yang ditulis. Hasil ditulis sekaligus dan tidak
        pernah menimpa hasil yang ada kecuali --force. Folder berisi buku kerja
        menggabungkan semua buku kerja di dalamnya. Daftar kode kota yang
        tersembunyi di formulir tidak pernah ikut digabung: bila tabel gabungan
        menyebut kode yang tidak didefinisikan sumber mana pun, ada peringatan
        (gabungkan semua formulir, atau formulir bersama data kota).
    """,
    "diff": """
        Tampilkan apa yang berubah antara dua versi rencana, kolom demi kolom.

        Satu baris per perubahan: change (added, removed, changed, link-added,
        link-removed, duplicate-new, duplicate-resolved), table, id, field, old, new.
    """,
    "import-ckan": """
        Impor katalog portal Satu Data (CKAN): organisasi dan dataset.

        PATH adalah berkas JSON atau folder berisi berkas JSON yang disimpan dari
        API portal (halaman package_search, package_show, organization_list).
        Organisasi menjadi perangkat daerah (dicocokkan dengan kode --agencies
        menurut nama, judul atau nama singkat, lalu kemiripan), paket menjadi
        data, tag menjadi kata kunci; lisensi dan sumber daya disimpan sebagai
        kolom tambahan. Setiap organisasi yang tidak cocok dengan perangkat daerah
        mana pun disebutkan. Simpan halamannya misalnya dengan curl -o ckan/p0.json
        'https://PORTAL/api/3/action/package_search?rows=1000&start=0'.
    """,
    "report": """
        Tulis laporan pimpinan: satu berkas HTML yang dapat dibuka tanpa internet.

        Nama pemerintah daerah dan keputusan yang perlu diambil (program mana,
        perangkat daerah mana, berapa anggarannya, siapa yang dapat memimpin),
        lalu peta sinergi perangkat daerah, program duplikat, aplikasi, berbagi
        data, data kritis, peta jalan dan peta panas, dalam bahasa Indonesia (atau
        Inggris dengan --lang en). Setiap tabel dapat dibuka penuh dan diunduh
        sebagai CSV; dapat dibuka tanpa internet dan dicetak dengan baik (juga ke
        PDF). Bilah kemajuan menunjukkan sejauh mana kota besar diproses.
    """,
    "map": """
        Gambar peta kota: halaman HTML interaktif atau gambar.

        Halaman HTML bekerja tanpa internet: cari nama, saring menurut perangkat
        daerah dan dimensi, klik simpul untuk rinciannya.
    """,
    "export": """
        Tulis kota sebagai graf pengetahuan: RDF (Turtle, JSON-LD, N-Triples) atau GraphML/GEXF.

        RDF memakai ontologi synergy (ontology/synergy.ttl) dan dapat dibaca
        kembali sebagai SOURCE setiap perintah. GraphML dan GEXF dapat dibuka di
        Gephi, yEd atau Cytoscape.
    """,
    "sparql": """
        Jalankan QUERY SPARQL pada graf RDF kota, dengan prefiks proyek sudah terpasang.

        QUERY adalah teks kueri, atau @BERKAS untuk membacanya dari berkas.
        Prefiks syn:, dim:, dct:, dcat:, org:, skos:, prov:, rdfs:, xsd: dan
        ag:/pr:/ds: (perangkat daerah, program, data) sudah terpasang; label skema
        dimensi ikut dimuat. Dengan --endpoint atau --store kueri dijalankan di
        server atau penyimpanan itu sendiri.
    """,
    "push": """
        Tulis kota (atau setiap wilayah) sebagai graf bernama di server SPARQL 1.1.

        Graf lama setiap wilayah diganti dalam satu langkah: tripel baru diunggah
        ke graf sementara, dihitung, lalu dipindahkan dengan satu MOVE; bila ada
        yang gagal sebelumnya, server tetap menyimpan versi lama. Kredensial
        diambil dari variabel lingkungan SYNERGY_ENDPOINT_USER dan
        SYNERGY_ENDPOINT_PASSWORD, tidak pernah dari baris perintah (atur dulu,
        misalnya export SYNERGY_ENDPOINT_USER=dba).
    """,
    "regions": """
        Daftar wilayah yang disimpan server SPARQL: region, graph, triples, expected.

        expected adalah jumlah yang dicatat manifes server untuk wilayah itu
        (kosong untuk wilayah yang dikirim synergy versi lama); wilayah yang jumlah
        tripelnya berbeda tidak terkirim sampai selesai, dan perintah lain
        menolaknya.
    """,
    "counts": """
        Hitung program per wilayah dan dimensi, di tempat data berada.

        Dengan --endpoint server yang menghitung (tidak ada yang diunduh); dengan
        --store penyimpanan Oxigraph; selain itu sumber dimuat dan dihitung di
        memori. Kolom: region, dimension, programs.
    """,
    "generate": """
        Tulis kota sintetis (satu atau banyak) dalam format kontrak data, dengan duplikasi yang ditanam.

        Nama program diambil dari nomenklatur perencanaan yang sebenarnya; setiap
        duplikasi yang ditanam tercatat di answer_key (kind,a,b,note). Kode unik
        lintas wilayah. Untuk pengujian dan tolok ukur: datanya realistis, bukan
        data sebenarnya.
    """,
}

OPTIONS = {
    # the command itself (click's own options are created before the language is known)
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Language of help, messages and tables: id (Bahasa Indonesia, the default) or en; "
    "also SYNERGY_LANG=en or an English locale.":
        "Bahasa bantuan, pesan dan tabel: id (bahasa Indonesia, bawaan) atau en; juga SYNERGY_LANG=en atau "
        "locale bahasa Inggris.",
    "Print only results and errors (no progress, no notes).":
        "Cetak hasil dan kesalahan saja (tanpa kemajuan, tanpa catatan).",
    "Print more notes on standard error.": "Cetak lebih banyak catatan di stderr.",
    # shared
    "Column mapping (table,column,header) for files with headers of their own; "
    "a folder's own columns.csv / kolom.csv is read without it.":
        "Pemetaan kolom (table,column,header) untuk berkas dengan judul kolom sendiri; columns.csv / kolom.csv "
        "di folder sumber dibaca tanpa opsi ini.",
    "With --endpoint: seconds one request to the server may take, answer included.":
        "Dengan --endpoint: detik yang boleh dipakai satu permintaan ke server, termasuk jawabannya.",
    "Keep the loaded sources in folder DIR (Oxigraph + tables); later runs skip parsing.":
        "Simpan sumber yang dimuat di folder DIR (Oxigraph + tabel); jalankan berikutnya tidak membaca ulang.",
    "Read the data from this SPARQL 1.1 server instead of files (URL#CODE: one region only); "
    "credentials from SYNERGY_ENDPOINT_USER/_PASSWORD.":
        "Baca data dari server SPARQL 1.1 ini, bukan dari berkas (URL#KODE: satu wilayah saja); kredensial dari "
        "SYNERGY_ENDPOINT_USER/_PASSWORD.",
    "Language of reasons, labels and headers: id (Bahasa Indonesia, the default) or en.":
        "Bahasa alasan, label dan judul kolom: id (bahasa Indonesia, bawaan) atau en.",
    "Write to FILE instead of standard output.": "Tulis ke BERKAS, bukan ke layar.",
    "Output format (default: table on a terminal, csv otherwise); jsonl: one JSON object per line.":
        "Format keluaran (bawaan: tabel di terminal, csv selain itu); jsonl: satu objek JSON per baris.",
    "Table: every column, cells not wrapped (wider than the terminal).":
        "Tabel: semua kolom, isi sel tidak dilipat (lebih lebar dari terminal).",
    # find
    "Only this kind (repeatable; default: all).": "Hanya jenis ini (boleh berulang; bawaan: semua).",
    "At most this many rows (default: all).": "Paling banyak sejumlah baris ini (bawaan: semua).",
    # validate
    "lines: one problem per line; csv/json: columns where, row, column, severity, message.":
        "lines: satu masalah per baris; csv/json: kolom where, row, column, severity, message.",
    "Write the problems to FILE instead of standard output.": "Tulis masalahnya ke BERKAS, bukan ke layar.",
    # duplicates
    "What to compare: programs, or the application inventory (applications table).":
        "Yang dibandingkan: program, atau katalog aplikasi (tabel applications).",
    "Lowest match probability reported, 0-1 (default 0.5; higher: fewer, surer findings).":
        "Peluang kecocokan terendah yang dilaporkan, 0-1 (bawaan 0,5; lebih tinggi: temuan lebih sedikit dan "
        "lebih pasti).",
    "Also compare routine support programs (program 01: salaries, planning documents...).":
        "Bandingkan juga program penunjang rutin (program 01: gaji, dokumen perencanaan...).",
    "Also pair programs of different regions (province or national roll-up).":
        "Pasangkan juga program dari wilayah berbeda (rekap provinsi atau nasional).",
    "Extra synonyms (SKOS .ttl or CSV term,synonyms[,broader]); repeatable.":
        "Sinonim tambahan (SKOS .ttl atau CSV term,synonyms[,broader]); boleh berulang.",
    "One row per cluster (group of programs doing the same work) instead of per pair.":
        "Satu baris per klaster (kelompok program yang mengerjakan hal sama), bukan per pasangan.",
    "One row per local system that does the job of a national general application "
    "(aplikasi umum SPBE: SRIKANDI, SP4N-LAPOR!, SIPD, SPSE) instead of the pairs.":
        "Satu baris per sistem lokal yang mengerjakan tugas aplikasi umum nasional (aplikasi umum SPBE: "
        "SRIKANDI, SP4N-LAPOR!, SIPD, SPSE), bukan pasangan.",
    "Also write the findings as RDF (Turtle, syn:possibleDuplicateOf with syn:duplicateScore).":
        "Tulis juga temuannya sebagai RDF (Turtle, syn:possibleDuplicateOf dengan syn:duplicateScore).",
    "Also list the findings the analyst rejected (decisions table), with their decision.":
        "Tampilkan juga temuan yang ditolak analis (tabel keputusan), dengan keputusannya.",
    "Refit the matching model with the city's own decisions (confirmed and rejected pairs) first.":
        "Sesuaikan model pencocokan dengan keputusan kota sendiri (pasangan yang dibenarkan dan ditolak) lebih "
        "dulu.",
    # review
    "What to review: duplicate programs, or duplicate applications.":
        "Yang ditinjau: program duplikat, atau aplikasi duplikat.",
    "The decisions file to write (keputusan.csv or decisions.csv); default: the one in the SOURCE folder.":
        "Berkas keputusan yang ditulis (keputusan.csv atau decisions.csv); bawaan: yang ada di folder SOURCE.",
    "Who decides (default: the login name).": "Siapa yang memutuskan (bawaan: nama login).",
    "Lowest match probability asked about (below the reporting line of 0.5: those answers teach most).":
        "Peluang kecocokan terendah yang ditanyakan (di bawah batas laporan 0,5: jawaban itu paling banyak "
        "mengajari model).",
    "Order the pairs with the model refitted on the decisions taken so far.":
        "Urutkan pasangan dengan model yang disesuaikan pada keputusan sejauh ini.",
    # shared-data
    "Only this kind of finding (repeatable; default: all).":
        "Hanya jenis temuan ini (boleh berulang; bawaan: semua).",
    # deps, cycles, metrics
    "downstream: what needs ID; upstream: what ID needs.":
        "downstream: yang membutuhkan ID; upstream: yang dibutuhkan ID.",
    "Longest cycle searched, in programs.": "Siklus terpanjang yang dicari, dalam jumlah program.",
    "matrix: agency pairs (shared datasets, dependencies, duplicates); coverage: dimensions and elements; "
    "communities: working groups; critical: nodes whose stop hurts most; chains: longest dependency chains.":
        "matrix: pasangan perangkat daerah (data bersama, ketergantungan, duplikasi); coverage: dimensi dan "
        "elemen; communities: kelompok kerja; critical: simpul yang paling merugikan bila berhenti; chains: "
        "rantai ketergantungan terpanjang.",
    "Seed for communities and sampling.": "Benih acak untuk communities dan pengambilan sampel.",
    "Leave duplicated programs out of matrix and communities.":
        "Jangan ikutkan program duplikat dalam matrix dan communities.",
    # classify
    "Suggest for every program and application, also those that have a dimension.":
        "Usulkan untuk setiap program dan aplikasi, juga yang sudah berdimensi.",
    # template, status, merge
    "Workbook to write (.xlsx); with --all, the folder to write one form per agency into.":
        "Buku kerja yang ditulis (.xlsx); dengan --all, folder tempat satu formulir per perangkat daerah ditulis.",
    "Agency the form is for (its id or name): its row, programs, datasets and applications pre-filled "
    "from SOURCE (else the sample city).":
        "Perangkat daerah pemilik formulir (kode atau nama): baris, program, data dan aplikasinya sudah terisi "
        "dari SOURCE (bila tidak ada, kota contoh).",
    "One pre-filled form per agency of the city, in folder OUTPUT (formulir-ID.xlsx).":
        "Satu formulir terisi per perangkat daerah kota, di folder OUTPUT (formulir-KODE.xlsx).",
    "Replace OUTPUT if it exists.": "Timpa OUTPUT bila sudah ada.",
    "Returned forms: a folder of workbooks (each one a form) or a workbook; repeatable.":
        "Formulir yang sudah kembali: folder berisi buku kerja (masing-masing satu formulir) atau satu buku "
        "kerja; boleh berulang.",
    "One row per changed field (agency, form, change, table, id, field, old, new) instead.":
        "Satu baris per kolom yang berubah (agency, form, change, table, id, field, old, new).",
    "A folder (agencies.csv, programs.csv, datasets.csv) or an .xlsx workbook.":
        "Folder (agencies.csv, programs.csv, datasets.csv) atau buku kerja .xlsx.",
    # diff, import-ckan
    "Do not compare duplicated program pairs (faster).": "Jangan bandingkan pasangan program duplikat (lebih cepat).",
    "The city's SOURCE whose agency ids the portal's organisations are mapped to.":
        "SOURCE kota yang kode perangkat daerahnya dipasangkan dengan organisasi portal.",
    "A folder (CSV) or an .xlsx workbook to write the imported city to.":
        "Folder (CSV) atau buku kerja .xlsx tempat hasil impor ditulis.",
    "Also write the organisation matching as CSV.": "Tulis juga pencocokan organisasi sebagai CSV.",
    "Least similarity for a fuzzy organisation match.": "Kemiripan terendah untuk pencocokan organisasi yang mirip.",
    # report, map
    "HTML file to write.": "Berkas HTML yang ditulis.",
    "Leave the interactive maps out (a smaller file).": "Tanpa peta interaktif (berkas lebih kecil).",
    "What to show: the agencies and what ties them (default), every program of the city, "
    "duplicates, data sharing, the dependency chain around --focus, one agency (--focus AGENCY) "
    "or one dimension (--focus living).":
        "Yang ditampilkan: perangkat daerah dan keterkaitannya (bawaan), semua program kota, duplikasi, berbagi "
        "data, rantai ketergantungan di sekitar --focus, satu perangkat daerah (--focus OPD) atau satu dimensi "
        "(--focus living).",
    "What the chain, agency or dimension view centres on: an id or a name (chain, agency), "
    "a dimension (dimension).":
        "Pusat tampilan chain, agency atau dimension: kode atau nama (chain, agency), dimensi (dimension).",
    "html (interactive, offline), png or svg (default: from -o's suffix, else html).":
        "html (interaktif, tanpa internet), png atau svg (bawaan: dari akhiran -o, selain itu html).",
    "File to write (default: peta-VIEW.FORMAT).": "Berkas yang ditulis (bawaan: peta-VIEW.FORMAT).",
    "Fold programs into their agency (default: only above 3,000 nodes).":
        "Lipat program ke perangkat daerahnya (bawaan: hanya di atas 3.000 simpul).",
    "Size of an agency on the agencies map (default: budget when the data has budgets).":
        "Ukuran perangkat daerah di peta perangkat daerah (bawaan: anggaran bila data memilikinya).",
    # export, sparql
    "turtle, jsonld, nt (RDF), graphml, gexf (Gephi) or dcat (dataset catalogue, DCAT-AP style: "
    ".ttl, .rdf, .jsonld); default: from the -o suffix.":
        "turtle, jsonld, nt (RDF), graphml, gexf (Gephi) atau dcat (katalog data gaya DCAT-AP: .ttl, .rdf, "
        ".jsonld); bawaan: dari akhiran -o.",
    "File to write (.ttl, .jsonld, .nt, .graphml, .gexf).": "Berkas yang ditulis (.ttl, .jsonld, .nt, .graphml, .gexf).",
    "IRI under which agencies, programs and datasets are minted (default: https://w3id.org/synergy/id/).":
        "IRI dasar untuk perangkat daerah, program dan data (bawaan: https://w3id.org/synergy/id/).",
    # servers, generators
    "SPARQL 1.1 endpoint that accepts updates, e.g. http://127.0.0.1:8890/sparql-auth.":
        "Endpoint SPARQL 1.1 yang menerima pembaruan, mis. http://127.0.0.1:8890/sparql-auth.",
    "Push only this region (Kemendagri code, e.g. 35.75); agencies without a region belong to it. "
    "Default: every region in the data.":
        "Kirim wilayah ini saja (kode Kemendagri, mis. 35.75); perangkat daerah tanpa wilayah termasuk di "
        "dalamnya. Bawaan: semua wilayah dalam data.",
    "Where SPARQL Update goes, when not the --endpoint URL (GraphDB: .../statements).":
        "Tujuan SPARQL Update, bila bukan URL --endpoint (GraphDB: .../statements).",
    "Graph Store Protocol service for a fast upload (Virtuoso: .../sparql-graph-crud-auth).":
        "Layanan Graph Store Protocol untuk unggah cepat (Virtuoso: .../sparql-graph-crud-auth).",
    "SPARQL 1.1 endpoint.": "Endpoint SPARQL 1.1.",
    "Number of regions (cities) to generate.": "Jumlah wilayah (kota) yang dibuat.",
    "Programs per region.": "Program per wilayah.",
    "Random seed: same seed, same files.": "Benih acak: benih sama, berkas sama.",
    "Share of programs that get a planted duplicate in another agency.":
        "Bagian program yang diberi duplikat tertanam di perangkat daerah lain.",
    "Folder to write agencies, programs, datasets and answer_key to.":
        "Folder tempat agencies, programs, datasets dan answer_key ditulis.",
    "Write Parquet files instead of CSV.": "Tulis berkas Parquet, bukan CSV.",
}
