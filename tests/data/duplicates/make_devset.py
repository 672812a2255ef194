"""Writes the labelled development set for duplicate detection (run by hand, output committed).

A fictional city (region 35.99, "Kota Contoh"), SEPARATE from the sample city.
Programs are written the way different agencies really write: the same work
in different words (true duplicates), different work that shares words (hard
negatives), related but different work, and routine support sub-activities
that every agency has. ``labels.csv`` lists pairs as ``kind,a,b,note`` with
kind ``duplicate`` or ``not-duplicate``. The duplicate pairs are complete:
every pair not listed as ``duplicate`` is not one (closed world), so
precision counts every other reported pair as a false positive.

    python tests/data/duplicates/make_devset.py
"""
from __future__ import annotations

import csv
import itertools
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGION = "35.99"

AGENCIES = [
    ("KOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo", "dinas", "2.16;2.20;2.21"),
    ("BAPPEDA", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Bappelitbangda", "badan", "5.01;5.05"),
    ("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil", "dinas", "2.12"),
    ("DINKES", "Dinas Kesehatan", "Dinkes", "dinas", "1.02"),
    ("RSUD", "Rumah Sakit Umum Daerah", "RSUD", "badan", "1.02"),
    ("DINSOS", "Dinas Sosial", "Dinsos", "dinas", "1.06"),
    ("DISNAKER", "Dinas Tenaga Kerja", "Disnaker", "dinas", "2.07"),
    ("DISKOPUM", "Dinas Koperasi dan Usaha Mikro", "Diskopum", "dinas", "2.17"),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", "2.18"),
    ("DISDIK", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", "dinas", "1.01;2.22"),
    ("DISHUB", "Dinas Perhubungan", "Dishub", "dinas", "2.15"),
    ("DLH", "Dinas Lingkungan Hidup", "DLH", "dinas", "2.11"),
    ("PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas", "1.03"),
    ("PERKIM", "Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "dinas", "1.04"),
    ("SATPOL", "Satuan Polisi Pamong Praja", "Satpol PP", "badan", "1.05"),
    ("BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD", "badan", "1.05"),
    ("DISPARPORA", "Dinas Pariwisata, Kepemudaan dan Olahraga", "Disparpora", "dinas", "3.26;2.19"),
    ("DP3AKB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", "DP3AKB", "dinas", "2.08;2.14"),
    ("DISPERPUSIP", "Dinas Perpustakaan dan Kearsipan", "Dispusip", "dinas", "2.23;2.24"),
    ("BPKA", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKA", "badan", "5.02"),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan", "5.03;5.04"),
    ("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "Disperindag", "dinas", "3.30;3.31"),
    ("DKPP", "Dinas Ketahanan Pangan dan Pertanian", "DKPP", "dinas", "2.09;3.27;3.25"),
    ("KEC-UTARA", "Kecamatan Kota Utara", "Kec. Utara", "kecamatan", "7.01"),
]

# One program: (key, agency, name, dimension, element, description, target_group, output, code, budget_millions, start, end)
P = []


def prog(key, agency, name, dim, element="", desc="", target="", output="", code="", budget=None, start=2023, end=2026):
    P.append(dict(key=key, agency=agency, name=name, dimension=dim, element=element, description=desc,
                  target_group=target, output=output, code=code, budget=budget, start=start, end=end))
    return key


DUPLICATES: list[tuple[list[str], str]] = []  # (program keys that are one piece of work, note)
NEGATIVES: list[tuple[str, str, str]] = []  # (a, b, note)


def dup(note, *keys):
    DUPLICATES.append((list(keys), note))


def neg(a, b, note):
    NEGATIVES.append((a, b, note))


# ----------------------------------------------------------------- true duplicates
dup("complaint channels",
    prog("aduan-kominfo", "KOMINFO", "Aplikasi Pengaduan Masyarakat Terpadu", "governance", "public-service",
         "Kanal tunggal bagi warga untuk menyampaikan pengaduan yang diteruskan ke perangkat daerah terkait",
         "masyarakat", "jumlah pengaduan yang ditindaklanjuti", "2.16.02.2.01.0005", 450),
    prog("aduan-dinkes", "DINKES", "Sistem Informasi Keluhan Layanan Kesehatan Online", "governance", "public-service",
         "Warga dapat menyampaikan keluhan tentang layanan puskesmas secara daring", "warga", "jumlah keluhan yang ditangani", "", 180),
    prog("aduan-dishub", "DISHUB", "Kanal Aduan Warga Bidang Perhubungan via SMS dan WhatsApp", "governance", "public-service",
         "Layanan komplain masyarakat tentang angkutan, parkir dan lalu lintas", "masyarakat", "aduan yang diselesaikan", "", 90))
dup("three CCTV networks",
    prog("cctv-kominfo", "KOMINFO", "Pemasangan CCTV Kota untuk Pemantauan Ruang Publik", "society", "security",
         "Kamera pengawas di titik keramaian terhubung ke ruang kendali", "masyarakat", "jumlah titik CCTV terpasang", "2.16.03.2.02.0017", 1200),
    prog("cctv-dishub", "DISHUB", "Pengadaan Kamera Pengawas Lalu Lintas di Persimpangan", "society", "security",
         "Kamera pemantau arus lalu lintas di simpang utama kota", "pengguna jalan", "jumlah kamera terpasang", "2.15.02.2.01.0009", 800),
    prog("cctv-satpol", "SATPOL", "Jaringan Kamera Pemantau Ketertiban Umum", "society", "security",
         "Pemasangan kamera untuk memantau ketertiban dan keamanan ruang publik", "masyarakat", "titik kamera pemantau aktif", "", 350))
dup("poverty data collected twice",
    prog("dtks-dinsos", "DINSOS", "Pemutakhiran Data Terpadu Kesejahteraan Sosial (DTKS)", "economy", "welfare",
         "Verifikasi dan validasi data keluarga miskin penerima bantuan", "keluarga miskin", "jumlah keluarga terverifikasi", "1.06.02.2.01.0001", 300),
    prog("miskin-bappeda", "BAPPEDA", "Survei dan Pendataan Keluarga Prasejahtera", "economy", "welfare",
         "Pendataan rumah tangga kurang mampu untuk perencanaan penanggulangan kemiskinan", "rumah tangga miskin", "basis data keluarga prasejahtera", "", 250))
dup("job training for the same people",
    prog("latih-disnaker", "DISNAKER", "Pelatihan Keterampilan Kerja bagi Pencari Kerja", "economy", "welfare",
         "Pelatihan berbasis kompetensi di balai latihan kerja", "pencari kerja", "jumlah peserta pelatihan bersertifikat", "2.07.03.2.01.0002", 600),
    prog("latih-diskopum", "DISKOPUM", "Pelatihan Vokasi bagi Penganggur dan Calon Wirausaha", "economy", "welfare",
         "Kursus keterampilan untuk warga usia produktif yang belum bekerja", "penganggur", "peserta pelatihan vokasi", "", 400))
dup("small business registries",
    prog("umkm-diskopum", "DISKOPUM", "Pendataan UMKM Kota", "economy", "industry",
         "Pendataan pelaku usaha mikro dan kecil untuk basis data pembinaan", "pelaku UMKM", "jumlah UMKM terdata", "2.17.03.2.01.0001", 200),
    prog("umkm-disperindag", "DISPERINDAG", "Sensus Usaha Mikro, Kecil dan Menengah", "economy", "industry",
         "Survei dan pendataan usaha kecil menengah di seluruh kelurahan", "usaha kecil menengah", "basis data UMKM", "", 220))
dup("stunting households tracked twice",
    prog("stunting-dinkes", "DINKES", "Pemantauan Status Gizi Balita Stunting (e-PPGBM)", "living", "health",
         "Pencatatan pengukuran balita di posyandu untuk deteksi stunting", "balita", "balita stunting terpantau", "1.02.02.2.02.0020", 300),
    prog("stunting-dp3akb", "DP3AKB", "Pendataan Keluarga Berisiko Stunting", "living", "health",
         "Pendataan keluarga dengan balita dan ibu hamil berisiko stunting oleh kader", "keluarga berisiko stunting", "keluarga berisiko stunting terdata", "", 150))
dup("free public wifi twice",
    prog("wifi-kominfo", "KOMINFO", "Penyediaan Wifi Publik Gratis di Taman Kota", "society", "community",
         "Titik akses internet gratis untuk warga di ruang publik", "masyarakat", "jumlah titik wifi publik", "", 500),
    prog("wifi-disparpora", "DISPARPORA", "Hotspot Internet Gratis di Destinasi Wisata", "branding", "tourism",
         "Akses internet publik bagi pengunjung objek wisata", "wisatawan", "titik hotspot aktif", "", 200))
dup("two tourism portals",
    prog("wisata-disparpora", "DISPARPORA", "Aplikasi Informasi Destinasi Wisata Kota", "branding", "tourism",
         "Informasi objek wisata, kuliner dan acara dalam satu aplikasi", "wisatawan", "jumlah unduhan aplikasi", "3.26.02.2.01.0003", 350),
    prog("wisata-kominfo", "KOMINFO", "Pengembangan Website Promosi Pariwisata", "branding", "tourism",
         "Situs web promosi destinasi dan agenda wisata kota", "wisatawan", "jumlah kunjungan website", "", 150))
dup("two job portals",
    prog("loker-disnaker", "DISNAKER", "Aplikasi Bursa Kerja Daring", "economy", "welfare",
         "Mempertemukan pencari kerja dengan lowongan perusahaan secara online", "pencari kerja", "pencari kerja yang ditempatkan", "", 250),
    prog("loker-disdik", "DISDIK", "Sistem Informasi Lowongan Pekerjaan bagi Lulusan SMK", "economy", "welfare",
         "Informasi lowongan kerja untuk alumni sekolah kejuruan", "lulusan SMK", "lulusan yang terserap kerja", "", 120))
dup("two e-office systems",
    prog("office-bkpsdm", "BKPSDM", "Aplikasi Tata Naskah Dinas Elektronik", "governance", "bureaucracy",
         "Surat menyurat dan disposisi pegawai tanpa kertas", "ASN", "surat elektronik terkirim", "", 300),
    prog("office-kominfo", "KOMINFO", "Pengembangan e-Office Pemerintah Kota", "governance", "bureaucracy",
         "Persuratan dan naskah dinas berbasis elektronik untuk seluruh perangkat daerah", "perangkat daerah", "perangkat daerah pengguna e-office", "2.16.03.2.02.0010", 400))
dup("two staff attendance apps",
    prog("presensi-bkpsdm", "BKPSDM", "Presensi Online ASN Berbasis Lokasi", "governance", "bureaucracy",
         "Absensi pegawai dengan ponsel dan titik lokasi kantor", "ASN", "ASN yang presensi daring", "", 150),
    prog("presensi-dinkes", "DINKES", "Aplikasi Absensi Pegawai Puskesmas", "governance", "bureaucracy",
         "Pencatatan kehadiran tenaga kesehatan secara elektronik", "pegawai puskesmas", "kehadiran pegawai tercatat", "", 60))
dup("house renovation for the poor twice",
    prog("rtlh-perkim", "PERKIM", "Bantuan Perbaikan Rumah Tidak Layak Huni", "living", "harmony",
         "Bedah rumah bagi keluarga berpenghasilan rendah", "masyarakat berpenghasilan rendah", "unit RTLH diperbaiki", "1.04.02.2.01.0004", 2500),
    prog("rtlh-dinsos", "DINSOS", "Rehabilitasi Sosial RTLH bagi Keluarga Miskin", "living", "harmony",
         "Perbaikan rumah tak layak huni warga miskin terdaftar DTKS", "keluarga miskin", "rumah direhabilitasi", "", 900))
dup("two emergency lines",
    prog("darurat-bpbd", "BPBD", "Layanan Panggilan Darurat 112", "society", "security",
         "Satu nomor untuk semua kejadian darurat, diteruskan ke petugas", "masyarakat", "panggilan darurat tertangani", "", 400),
    prog("darurat-satpol", "SATPOL", "Call Center Kedaruratan dan Ketertiban", "society", "security",
         "Nomor layanan darurat warga untuk gangguan ketertiban dan kebakaran", "warga", "laporan darurat ditangani", "", 150))
dup("two data portals",
    prog("satudata-kominfo", "KOMINFO", "Portal Satu Data Kota", "governance", "public-policy",
         "Portal data terbuka yang mengumpulkan data seluruh perangkat daerah", "perangkat daerah dan masyarakat", "jumlah dataset terbit", "2.16.03.2.02.0021", 350),
    prog("satudata-bappeda", "BAPPEDA", "Sistem Informasi Data Pembangunan Daerah", "governance", "public-policy",
         "Aplikasi pengumpulan data sektoral perangkat daerah untuk perencanaan", "perangkat daerah", "dataset sektoral terkumpul", "5.01.02.2.01.0007", 200))
dup("three GIS platforms",
    prog("sig-pupr", "PUPR", "Sistem Informasi Geografis Infrastruktur Kota", "living", "harmony",
         "Peta digital jalan, jembatan dan drainase", "perangkat daerah", "layer peta infrastruktur", "", 300),
    prog("sig-bappeda", "BAPPEDA", "Geoportal Tata Ruang dan Pembangunan", "living", "harmony",
         "Peta tematik rencana tata ruang dan lokasi pembangunan dalam satu portal", "perangkat daerah", "peta tematik terbit", "", 250),
    prog("sig-perkim", "PERKIM", "WebGIS Kawasan Permukiman", "living", "harmony",
         "Pemetaan kawasan permukiman dan kumuh berbasis web", "perangkat daerah", "peta kawasan permukiman", "", 150))
dup("two digital libraries",
    prog("pustaka-dispusip", "DISPERPUSIP", "Perpustakaan Digital Kota", "society", "learning",
         "Koleksi buku elektronik yang dapat dipinjam warga lewat aplikasi", "masyarakat", "jumlah peminjaman buku digital", "2.23.02.2.01.0004", 300),
    prog("pustaka-disdik", "DISDIK", "Aplikasi E-Library Sekolah", "society", "learning",
         "Buku elektronik untuk siswa dan guru", "siswa", "siswa pengguna e-library", "", 200))
dup("command centre twice",
    prog("cc-kominfo", "KOMINFO", "Pembangunan Command Center Kota", "governance", "public-policy",
         "Pusat kendali yang memantau CCTV, aduan dan dasbor data kota", "pimpinan daerah", "command center beroperasi", "", 3000),
    prog("cc-bappeda", "BAPPEDA", "Ruang Kendali Smart City dan Dasbor Pimpinan", "governance", "public-policy",
         "Ruang kontrol dengan dashboard indikator pembangunan untuk wali kota", "pimpinan daerah", "dasbor indikator tersedia", "", 800))
dup("online civil registry twice",
    prog("adminduk-dukcapil", "DUKCAPIL", "Layanan Administrasi Kependudukan Online", "governance", "public-service",
         "Pengurusan KK, akta dan KIA secara daring", "penduduk", "dokumen kependudukan terbit daring", "2.12.02.2.01.0002", 400),
    prog("adminduk-kec", "KEC-UTARA", "Pelayanan Adminduk Kecamatan Berbasis Aplikasi", "governance", "public-service",
         "Permohonan dokumen kependudukan warga melalui aplikasi kecamatan", "warga kecamatan", "permohonan dokumen kependudukan", "", 80))
dup("health insurance beneficiaries verified twice",
    prog("pbi-dinkes", "DINKES", "Pendataan Penerima Jaminan Kesehatan PBI", "living", "health",
         "Pendataan warga miskin penerima bantuan iuran JKN", "warga miskin", "peserta PBI terdata", "", 150),
    prog("pbi-dinsos", "DINSOS", "Verifikasi Calon Penerima Bantuan Iuran JKN", "living", "health",
         "Verifikasi data keluarga kurang mampu calon peserta KIS", "keluarga miskin", "calon peserta terverifikasi", "", 120))
dup("waste banks fostered twice",
    prog("banksampah-dlh", "DLH", "Pengembangan Bank Sampah Unit", "environment", "waste",
         "Pembinaan bank sampah di tingkat RW", "kelompok masyarakat", "bank sampah aktif", "2.11.04.2.01.0003", 200),
    prog("banksampah-kec", "KEC-UTARA", "Pembinaan Bank Sampah Kelurahan", "environment", "waste",
         "Pendampingan pengelola bank sampah warga di kelurahan", "kelompok masyarakat", "bank sampah terbina", "", 40))
dup("street lights twice",
    prog("pju-dishub", "DISHUB", "Pemasangan Penerangan Jalan Umum Tenaga Surya", "living", "mobility",
         "PJU hemat energi di jalan kota", "pengguna jalan", "titik PJU terpasang", "2.15.02.2.01.0012", 900),
    prog("pju-perkim", "PERKIM", "Pengadaan Lampu Jalan Kawasan Permukiman", "living", "mobility",
         "Lampu penerangan jalan lingkungan perumahan", "warga permukiman", "titik lampu jalan terpasang", "", 500))
dup("school aid for poor children twice",
    prog("beasiswa-disdik", "DISDIK", "Beasiswa Siswa Kurang Mampu", "society", "learning",
         "Bantuan biaya sekolah untuk siswa dari keluarga miskin", "siswa miskin", "siswa penerima beasiswa", "1.01.02.2.01.0010", 700),
    prog("beasiswa-dinsos", "DINSOS", "Bantuan Biaya Pendidikan Anak Keluarga Miskin", "society", "learning",
         "Bantuan pendidikan bagi anak keluarga prasejahtera", "anak keluarga miskin", "anak penerima bantuan pendidikan", "", 300))
dup("digital literacy twice",
    prog("literasi-kominfo", "KOMINFO", "Pelatihan Literasi Digital Masyarakat", "society", "community",
         "Pelatihan penggunaan internet aman dan cerdas bagi warga", "masyarakat", "warga terlatih literasi digital", "", 150),
    prog("literasi-dispusip", "DISPERPUSIP", "Gerakan Literasi Digital bagi Warga", "society", "community",
         "Kelas literasi digital di perpustakaan dan taman baca", "warga", "peserta kelas literasi digital", "", 80))
dup("online marketing training for small firms twice",
    prog("pasar-diskopum", "DISKOPUM", "Pelatihan Pemasaran Online UMKM", "economy", "industry",
         "Pelatihan berjualan di marketplace bagi pelaku usaha mikro", "pelaku UMKM", "UMKM yang berjualan daring", "", 200),
    prog("pasar-disperindag", "DISPERINDAG", "Bimtek E-Commerce bagi Usaha Kecil dan Menengah", "economy", "industry",
         "Bimbingan teknis pemasaran digital untuk UKM", "pelaku usaha kecil", "UKM peserta bimtek e-commerce", "", 150))
dup("investment information twice",
    prog("investasi-dpmptsp", "DPMPTSP", "Sistem Informasi Peluang Investasi", "branding", "business",
         "Informasi potensi dan peluang penanaman modal bagi calon investor", "investor", "proyek investasi ditawarkan", "2.18.02.2.01.0001", 250),
    prog("investasi-bappeda", "BAPPEDA", "Peta Potensi Penanaman Modal Daerah", "branding", "business",
         "Profil dan peta peluang investasi kota untuk calon investor", "calon investor", "profil peluang investasi", "", 150))
dup("flood early warning twice",
    prog("ews-bpbd", "BPBD", "Sistem Peringatan Dini Banjir", "living", "harmony",
         "Sensor tinggi muka air dan sirine peringatan dini di kawasan rawan banjir", "warga kawasan rawan banjir", "sensor peringatan dini terpasang", "", 600),
    prog("ews-pupr", "PUPR", "Early Warning System Genangan dan Banjir", "living", "harmony",
         "Pemantauan ketinggian air sungai dan saluran dengan sensor otomatis", "warga kawasan rawan banjir", "titik pemantauan muka air", "", 400))
dup("air quality sensors twice",
    prog("udara-dlh", "DLH", "Pemantauan Kualitas Udara Real Time", "environment", "protection",
         "Sensor kualitas udara dengan data terbuka untuk warga", "masyarakat", "stasiun pemantau udara", "2.11.03.2.01.0002", 500),
    prog("udara-dishub", "DISHUB", "Sensor Polusi Udara di Jalan Protokol", "environment", "protection",
         "Pemantauan pencemaran udara akibat kendaraan di jalan utama", "masyarakat", "sensor polusi terpasang", "", 300))
dup("cashless parking twice",
    prog("parkir-dishub", "DISHUB", "Parkir Elektronik (e-Parking)", "economy", "transaction",
         "Pembayaran parkir tepi jalan dengan QRIS dan kartu", "pengguna jasa parkir", "titik parkir nontunai", "", 400),
    prog("parkir-bpka", "BPKA", "Pembayaran Retribusi Parkir Non Tunai", "economy", "transaction",
         "Retribusi parkir dibayar secara cashless untuk mencegah kebocoran", "pengguna jasa parkir", "retribusi parkir nontunai", "5.02.02.2.01.0015", 200))
dup("posyandu apps twice",
    prog("posyandu-dinkes", "DINKES", "Posyandu Digital", "living", "health",
         "Pencatatan penimbangan dan imunisasi balita oleh kader posyandu di aplikasi", "balita dan ibu hamil", "posyandu yang mencatat digital", "", 200),
    prog("posyandu-dp3akb", "DP3AKB", "Aplikasi Kader Posyandu dan Tumbuh Kembang Balita", "living", "health",
         "Kader mencatat tumbuh kembang balita secara online", "balita", "kader pengguna aplikasi", "", 120))
dup("food price information twice",
    prog("harga-disperindag", "DISPERINDAG", "Informasi Harga Bahan Pokok Harian", "economy", "industry",
         "Publikasi harga kebutuhan pokok di pasar tradisional setiap hari", "masyarakat", "komoditas dipantau harganya", "3.30.04.2.01.0002", 100),
    prog("harga-dkpp", "DKPP", "Sistem Informasi Harga Komoditas Pangan", "economy", "industry",
         "Pemantauan harga pangan pokok di pasar secara daring", "masyarakat", "harga komoditas pangan terpantau", "", 120))
dup("online business licensing twice",
    prog("izin-dpmptsp", "DPMPTSP", "Layanan Perizinan Berusaha Online", "governance", "public-service",
         "Permohonan izin usaha secara daring terhubung dengan OSS", "pelaku usaha", "izin terbit daring", "2.18.03.2.01.0001", 300),
    prog("izin-kominfo", "KOMINFO", "Pengembangan Aplikasi Izin Usaha Daring", "governance", "public-service",
         "Aplikasi perizinan usaha bagi pelaku usaha di kota", "pelaku usaha", "aplikasi perizinan beroperasi", "", 250))

# ----------------------------------------------------------------- hard negatives and related work
neg(prog("buku-disdik", "DISDIK", "Pengadaan Buku Sekolah", "society", "learning", "Buku pelajaran untuk sekolah dasar", "siswa SD", "buku terdistribusi", "1.01.02.2.01.0020", 500),
    prog("bus-dishub", "DISHUB", "Pengadaan Bus Sekolah", "living", "mobility", "Armada angkutan gratis bagi pelajar", "pelajar", "bus sekolah beroperasi", "2.15.02.2.01.0003", 1500),
    "hard negative: books vs buses")
neg(prog("rme-dinkes", "DINKES", "Aplikasi Rekam Medis Elektronik Puskesmas", "living", "health", "Rekam medis pasien puskesmas dalam aplikasi", "pasien", "puskesmas memakai RME", "", 400),
    "aduan-kominfo", "hard negative: both apps, different purpose")
neg(prog("sampah-dlh", "DLH", "Pengelolaan Sampah Rumah Tangga", "environment", "waste", "Pengangkutan dan pengolahan sampah rumah tangga", "rumah tangga", "ton sampah terolah", "2.11.04.2.01.0001", 2000),
    prog("arsip-dispusip", "DISPERPUSIP", "Pengelolaan Arsip Dinamis Perangkat Daerah", "governance", "bureaucracy", "Penataan arsip aktif dan inaktif", "perangkat daerah", "arsip tertata", "2.24.02.2.01.0001", 100),
    "hard negative: shared generic verb only")
neg(prog("jalan-pupr", "PUPR", "Pembangunan Jalan Lingkungan", "living", "mobility", "Peningkatan jalan lingkungan dengan paving", "warga", "meter jalan terbangun", "1.03.03.2.01.0005", 1800),
    prog("gor-disparpora", "DISPARPORA", "Pembangunan Gedung Olahraga", "society", "community", "Gedung olahraga serbaguna untuk pemuda", "pemuda", "gedung olahraga selesai", "2.19.03.2.01.0002", 3000),
    "hard negative: shared generic verb only")
neg(prog("kader-dinkes", "DINKES", "Pelatihan Kader Kesehatan", "living", "health", "Pelatihan kader posyandu tentang gizi dan imunisasi", "kader kesehatan", "kader terlatih", "", 100),
    "latih-disnaker", "hard negative: training of health volunteers vs job training")
neg(prog("ktp-dukcapil", "DUKCAPIL", "Pencetakan KTP Elektronik", "governance", "public-service", "Pencetakan blangko KTP-el", "penduduk wajib KTP", "KTP-el tercetak", "2.12.02.2.01.0004", 300),
    prog("sppt-bpka", "BPKA", "Pencetakan SPPT PBB", "economy", "transaction", "Pencetakan surat pemberitahuan pajak bumi dan bangunan", "wajib pajak", "SPPT tercetak", "5.02.02.2.01.0003", 150),
    "hard negative: both printing")
neg(prog("apill-dishub", "DISHUB", "Pemasangan Lampu Lalu Lintas di Simpang", "living", "mobility", "Traffic light baru dan perawatan APILL", "pengguna jalan", "simpang dengan APILL", "2.15.02.2.01.0005", 700),
    "pju-perkim", "hard negative: traffic lights vs street lights")
neg(prog("bumil-dinkes", "DINKES", "Pendataan Ibu Hamil Risiko Tinggi", "living", "health", "Pendataan dan pendampingan ibu hamil berisiko", "ibu hamil", "ibu hamil risti terdampingi", "", 100),
    prog("kekerasan-dp3akb", "DP3AKB", "Pendataan Anak Korban Kekerasan", "society", "security", "Pencatatan kasus kekerasan terhadap anak", "anak", "kasus tertangani", "2.08.03.2.01.0001", 100),
    "hard negative: both data collection, different people")
neg(prog("prestasi-disdik", "DISDIK", "Beasiswa Siswa Berprestasi", "society", "learning", "Beasiswa bagi siswa juara lomba akademik", "siswa berprestasi", "siswa penerima beasiswa prestasi", "", 300),
    prog("atlet-disparpora", "DISPARPORA", "Beasiswa Atlet Berprestasi", "society", "community", "Bantuan pendidikan bagi atlet pelajar berprestasi", "atlet", "atlet penerima beasiswa", "", 150),
    "related: scholarships for different people")
neg("prestasi-disdik", "beasiswa-dinsos", "related: merit scholarship vs aid for the poor")
neg(prog("kla-dp3akb", "DP3AKB", "Kota Layak Anak", "society", "community", "Pemenuhan hak anak di semua sektor", "anak", "indikator KLA terpenuhi", "2.08.02.2.01.0002", 200),
    prog("taman-dlh", "DLH", "Taman Kota Ramah Anak", "environment", "protection", "Penataan taman dengan arena bermain anak", "keluarga", "taman ramah anak", "", 600),
    "related: child-friendly city policy vs a park")
neg(prog("aset-bpka", "BPKA", "Aplikasi Pengelolaan Aset Daerah", "governance", "bureaucracy", "Pencatatan barang milik daerah", "perangkat daerah", "aset tercatat", "5.02.03.2.01.0002", 300),
    prog("banksampah-app-dlh", "DLH", "Aplikasi Pengelolaan Bank Sampah", "environment", "waste", "Pencatatan tabungan sampah nasabah", "nasabah bank sampah", "nasabah tercatat", "", 100),
    "hard negative: both 'aplikasi pengelolaan'")
neg(prog("bansos-pangan-dinsos", "DINSOS", "Bantuan Sosial Pangan", "economy", "welfare", "Paket sembako bagi keluarga miskin", "keluarga miskin", "paket tersalurkan", "1.06.04.2.01.0001", 1000),
    prog("cadangan-dkpp", "DKPP", "Cadangan Pangan Daerah", "economy", "welfare", "Stok beras pemerintah untuk keadaan darurat", "masyarakat", "ton cadangan beras", "2.09.02.2.01.0001", 800),
    "hard negative: food aid vs food reserve")
neg(prog("drainase-pupr", "PUPR", "Pemeliharaan Drainase Kota", "living", "harmony", "Normalisasi saluran drainase", "warga", "meter saluran terpelihara", "1.03.02.2.01.0008", 1200),
    prog("pelihara-taman-dlh", "DLH", "Pemeliharaan Taman Kota", "environment", "protection", "Perawatan taman dan ruang terbuka hijau", "masyarakat", "luas taman terpelihara", "2.11.05.2.01.0001", 700),
    "hard negative: maintenance of different things")
neg(prog("guru-disdik", "DISDIK", "Pelatihan Guru Berbasis Digital", "society", "learning", "Pelatihan guru memakai media pembelajaran digital", "guru", "guru terlatih", "", 200),
    "literasi-kominfo", "related: teacher training vs citizen digital literacy")
neg(prog("sipus-dinkes", "DINKES", "Sistem Informasi Puskesmas", "living", "health", "Pencatatan layanan, obat dan kunjungan puskesmas", "puskesmas", "puskesmas terhubung", "", 300),
    prog("sisek-disdik", "DISDIK", "Sistem Informasi Manajemen Sekolah", "society", "learning", "Data siswa, guru dan nilai sekolah", "sekolah", "sekolah terhubung", "", 250),
    "hard negative: both 'sistem informasi'")
neg(prog("festival-disparpora", "DISPARPORA", "Festival Budaya Kota", "branding", "tourism", "Pergelaran seni dan budaya tahunan", "wisatawan", "pengunjung festival", "", 500),
    prog("festival-umkm-disperindag", "DISPERINDAG", "Festival Produk Unggulan Daerah", "branding", "business", "Pameran dan bazar produk industri kecil", "pelaku usaha", "transaksi pameran", "", 300),
    "related: festivals with different purpose")
neg(prog("patroli-satpol", "SATPOL", "Patroli Ketertiban Umum", "society", "security", "Patroli rutin penegakan perda", "masyarakat", "pelanggaran perda ditindak", "1.05.02.2.01.0001", 300),
    prog("patroli-dishub", "DISHUB", "Patroli dan Pengaturan Lalu Lintas", "living", "mobility", "Pengaturan arus pada jam sibuk", "pengguna jalan", "titik pengaturan lalu lintas", "", 200),
    "hard negative: patrols of different things")
neg(prog("rpjmd-bappeda", "BAPPEDA", "Penyusunan RPJMD", "governance", "public-policy", "Rencana pembangunan jangka menengah daerah", "pemerintah kota", "dokumen RPJMD", "5.01.02.2.01.0001", 400),
    prog("rtrw-pupr", "PUPR", "Penyusunan Rencana Tata Ruang Wilayah", "living", "harmony", "Revisi RTRW kota", "pemerintah kota", "dokumen RTRW", "1.03.05.2.01.0001", 600),
    "hard negative: different plans")
neg(prog("nik-dukcapil", "DUKCAPIL", "Pemutakhiran Data Kependudukan Berbasis NIK", "governance", "public-policy", "Data penduduk sebagai data induk", "penduduk", "data penduduk mutakhir", "2.12.03.2.01.0001", 300),
    "dtks-dinsos", "related: population master data vs welfare data")
neg(prog("simpeg-bkpsdm", "BKPSDM", "Sistem Informasi Kepegawaian", "governance", "bureaucracy", "Data riwayat jabatan dan kepangkatan pegawai", "ASN", "data pegawai mutakhir", "5.03.02.2.01.0001", 200),
    "presensi-dinkes", "related: staff records vs attendance")
neg(prog("kumuh-perkim", "PERKIM", "Penataan Kawasan Kumuh", "living", "harmony", "Perbaikan jalan, drainase dan sanitasi kawasan kumuh", "warga kawasan kumuh", "hektar kawasan kumuh tertangani", "1.04.03.2.01.0001", 2000),
    prog("religi-disparpora", "DISPARPORA", "Penataan Kawasan Wisata Religi Alun-Alun", "branding", "city-appearance", "Penataan pedestrian dan lapak di sekitar masjid agung", "wisatawan", "kawasan wisata tertata", "", 1500),
    "hard negative: tidying different areas")
neg(prog("pencaker-disnaker", "DISNAKER", "Pendataan Pencari Kerja", "economy", "welfare", "Pendaftaran kartu kuning pencari kerja", "pencari kerja", "pencari kerja terdaftar", "2.07.02.2.01.0001", 80),
    prog("putus-disdik", "DISDIK", "Pendataan Anak Putus Sekolah", "society", "learning", "Pendataan anak usia sekolah yang tidak bersekolah", "anak usia sekolah", "anak putus sekolah terdata", "", 60),
    "hard negative: both data collection, different people")
neg(prog("sungai-dlh", "DLH", "Uji Kualitas Air Sungai", "environment", "protection", "Pengambilan sampel air sungai di titik pantau", "masyarakat", "titik sampel diuji", "2.11.03.2.01.0004", 150),
    prog("spam-pupr", "PUPR", "Penyediaan Air Minum Perpipaan", "living", "harmony", "Jaringan pipa air bersih ke rumah warga", "rumah tangga", "sambungan rumah baru", "1.03.03.2.01.0010", 2500),
    "hard negative: river water testing vs piped water")
neg(prog("ikan-dkpp", "DKPP", "Pelatihan Budidaya Ikan Air Tawar", "economy", "industry", "Pelatihan budidaya lele dan nila", "pembudidaya ikan", "pembudidaya terlatih", "3.25.02.2.01.0001", 100),
    prog("olahan-diskopum", "DISKOPUM", "Pelatihan Pengolahan Hasil Perikanan bagi UMKM", "economy", "industry", "Pelatihan produk olahan ikan untuk usaha mikro", "pelaku UMKM", "produk olahan baru", "", 100),
    "related: fish farming vs fish processing")
neg(prog("pasien-rsud", "RSUD", "Pendaftaran Pasien Online", "living", "health", "Antrian dan pendaftaran rawat jalan lewat aplikasi", "pasien", "pasien mendaftar online", "", 200),
    prog("akta-dukcapil", "DUKCAPIL", "Pendaftaran Akta Kelahiran Online", "governance", "public-service", "Permohonan akta kelahiran secara daring", "orang tua bayi", "akta kelahiran terbit", "", 100),
    "hard negative: both online registration")
neg("akta-dukcapil", "adminduk-kec", "related: birth certificates vs a district's civil-registry counter")
neg(prog("fo-kominfo", "KOMINFO", "Pembangunan Jaringan Fiber Optik Antar Perangkat Daerah", "governance", "bureaucracy", "Jaringan intra pemerintah kota", "perangkat daerah", "OPD terhubung fiber optik", "2.16.03.2.02.0002", 1500),
    prog("irigasi-dkpp", "DKPP", "Rehabilitasi Jaringan Irigasi Tersier", "economy", "industry", "Perbaikan saluran irigasi sawah", "petani", "meter irigasi direhabilitasi", "3.27.03.2.01.0002", 700),
    "hard negative: network vs irrigation network")
neg(prog("dbd-dinkes", "DINKES", "Pencegahan Demam Berdarah", "living", "health", "Fogging dan pemberantasan sarang nyamuk", "masyarakat", "angka DBD turun", "1.02.02.2.02.0005", 300),
    prog("banjir-bpbd", "BPBD", "Pencegahan dan Kesiapsiagaan Banjir", "living", "harmony", "Sosialisasi dan simulasi kesiapsiagaan bencana banjir", "warga kawasan rawan banjir", "kelurahan tangguh bencana", "1.05.03.2.01.0001", 200),
    "hard negative: prevention of different things")
neg("banjir-bpbd", "ews-bpbd", "related: same agency's preparedness vs sensors (same agency anyway)")
neg("banjir-bpbd", "ews-pupr", "related: preparedness drills vs water-level sensors")
neg(prog("lapkeu-bpka", "BPKA", "Penyusunan Laporan Keuangan Pemerintah Daerah", "governance", "bureaucracy", "Laporan keuangan konsolidasi kota", "pemerintah kota", "opini BPK", "5.02.02.2.01.0020", 300),
    prog("lapkeu-diskopum", "DISKOPUM", "Pendampingan Laporan Keuangan Koperasi", "economy", "industry", "Pendampingan pembukuan koperasi", "pengurus koperasi", "koperasi sehat", "2.17.02.2.01.0003", 100),
    "hard negative: city accounts vs cooperative bookkeeping")
neg(prog("pasar-disperindag-rev", "DISPERINDAG", "Revitalisasi Pasar Tradisional", "economy", "industry", "Perbaikan los dan kios pasar rakyat", "pedagang pasar", "pasar direvitalisasi", "3.30.03.2.01.0001", 3000),
    prog("alun-disparpora", "DISPARPORA", "Revitalisasi Alun-Alun Kota", "branding", "city-appearance", "Penataan alun-alun sebagai ruang publik", "masyarakat", "alun-alun selesai ditata", "", 2500),
    "hard negative: revitalising different places")
neg(prog("disabilitas-dinsos", "DINSOS", "Pendataan Penyandang Disabilitas", "economy", "welfare", "Pendataan jenis dan kebutuhan penyandang disabilitas", "penyandang disabilitas", "penyandang disabilitas terdata", "1.06.03.2.01.0002", 80),
    prog("disabilitas-disnaker", "DISNAKER", "Pelatihan Kerja Penyandang Disabilitas", "economy", "welfare", "Pelatihan menjahit dan komputer bagi difabel", "penyandang disabilitas", "peserta difabel terlatih", "", 150),
    "related: same people, data vs training")
neg(prog("ppdb-disdik", "DISDIK", "Penerimaan Peserta Didik Baru Online", "society", "learning", "Pendaftaran siswa baru SD dan SMP secara daring", "calon siswa", "siswa baru terdaftar", "1.01.02.2.01.0002", 200),
    prog("casn-bkpsdm", "BKPSDM", "Seleksi Penerimaan ASN Online", "governance", "bureaucracy", "Pendaftaran dan seleksi calon pegawai", "pelamar", "ASN baru diterima", "", 150),
    "hard negative: school admission vs civil service recruitment")
neg(prog("limbah-dlh", "DLH", "Pengawasan Limbah Industri", "environment", "protection", "Pengawasan IPAL pabrik", "pelaku industri", "industri taat", "2.11.03.2.01.0006", 150),
    prog("barang-disperindag", "DISPERINDAG", "Pengawasan Barang Beredar", "economy", "industry", "Pengawasan produk dan label barang di pasar", "konsumen", "barang diawasi", "3.30.05.2.01.0001", 80),
    "hard negative: supervising different things")
neg(prog("imunisasi-dinkes", "DINKES", "Imunisasi Dasar Lengkap Balita", "living", "health", "Layanan imunisasi di posyandu dan puskesmas", "balita", "balita imunisasi lengkap", "1.02.02.2.02.0011", 300),
    prog("pengasuhan-dp3akb", "DP3AKB", "Bina Keluarga Balita", "society", "community", "Kelompok pengasuhan orang tua balita", "orang tua balita", "kelompok BKB aktif", "2.14.02.2.01.0004", 100),
    "related: same age group, different service")
neg(prog("kir-dishub", "DISHUB", "Uji Berkala Kendaraan Bermotor", "living", "mobility", "Pengujian kelaikan kendaraan angkutan", "pemilik kendaraan", "kendaraan lulus uji", "2.15.03.2.01.0001", 200),
    prog("emisi-dlh", "DLH", "Uji Emisi Kendaraan Bermotor Gratis", "environment", "protection", "Uji emisi gas buang kendaraan pribadi", "pemilik kendaraan", "kendaraan diuji emisi", "", 60),
    "related: roadworthiness vs emission tests")
neg("udara-dishub", "emisi-dlh", "related: air sensors vs emission tests")
neg(prog("eplanning-bappeda", "BAPPEDA", "Sistem Informasi Perencanaan Pembangunan Daerah (e-Planning)", "governance", "bureaucracy", "Penyusunan rencana kerja perangkat daerah secara daring", "perangkat daerah", "renja tersusun daring", "5.01.02.2.01.0005", 300),
    prog("ebudgeting-bpka", "BPKA", "Aplikasi Penganggaran Daerah (e-Budgeting)", "governance", "bureaucracy", "Penyusunan RKA dan DPA secara elektronik", "perangkat daerah", "dokumen anggaran daring", "5.02.02.2.01.0001", 300),
    "related: planning vs budgeting systems (integrate, not duplicate)")
neg(prog("psc-dinkes", "DINKES", "Public Safety Center 119 Ambulans Gawat Darurat", "living", "health", "Layanan ambulans dan pertolongan pertama", "pasien gawat darurat", "respon ambulans", "", 500),
    "darurat-satpol", "related: medical ambulance service vs public-order hotline")
neg(prog("kim-kominfo", "KOMINFO", "Pembinaan Kelompok Informasi Masyarakat", "society", "community", "Pembinaan KIM di kelurahan", "kelompok masyarakat", "KIM aktif", "2.16.02.2.01.0008", 60),
    "banksampah-kec", "hard negative: fostering different community groups")
neg(prog("kb-dp3akb", "DP3AKB", "Pelayanan Keluarga Berencana", "living", "health", "Layanan KB bagi pasangan usia subur", "pasangan usia subur", "peserta KB aktif", "2.14.03.2.01.0001", 150),
    "stunting-dp3akb", "same agency: family planning vs stunting risk data")
neg(prog("umkm-fest-diskopum", "DISKOPUM", "Bazar Produk UMKM Ramadhan", "economy", "industry", "Bazar penjualan produk usaha mikro", "pelaku UMKM", "transaksi bazar", "", 100),
    "festival-umkm-disperindag", "related: two fairs for small firms, different events")
neg(prog("pajak-online-bpka", "BPKA", "Pembayaran Pajak Daerah Online", "economy", "transaction", "Pembayaran PBB dan pajak hotel restoran lewat kanal digital", "wajib pajak", "penerimaan pajak nontunai", "5.02.02.2.01.0010", 300),
    "parkir-dishub", "related: tax payment vs parking payment")
neg(prog("ruta-bpbd", "BPBD", "Kajian Risiko Bencana", "living", "harmony", "Penyusunan dokumen kajian risiko bencana kota", "pemerintah kota", "dokumen kajian risiko", "1.05.02.2.01.0001", 150),
    "rtrw-pupr", "hard negative: two studies")

# ----------------------------------------------------------------- routine support, every agency has it
ROUTINE = [
    ("Penyusunan Dokumen Perencanaan Perangkat Daerah", "01.2.01.0001"),
    ("Penyediaan Gaji dan Tunjangan ASN", "01.2.02.0001"),
    ("Penyediaan Jasa Surat Menyurat", "01.2.08.0002"),
    ("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", "01.2.02.0007"),
]
URUSAN = {a[0]: a[4].split(";")[0] for a in AGENCIES}
routine_groups = {}
for r, (name, tail) in enumerate(ROUTINE):
    keys = []
    for n, (agency, *_rest) in enumerate(AGENCIES[: (12, 8, 7, 6)[r]]):
        # half of them carry the code (with the messy 02.01 kegiatan style now and then), half only the name
        if n % 2 == 0:
            head = URUSAN[agency]
            code = f"{head}.{tail}" if n % 4 == 0 else f"{head}.{tail.replace('.2.', '.02.')}"
        else:
            code = ""
        keys.append(prog(f"rutin{r}-{agency.lower()}", agency, name, "governance", "bureaucracy",
                         "Kegiatan penunjang urusan pemerintahan daerah", "perangkat daerah", "dokumen/laporan tersedia", code, 50 + 10 * n))
    routine_groups[name] = keys
    for a, b in itertools.combinations(keys, 2):
        neg(a, b, "routine support (program 01)")


def write():
    ids = {p["key"]: f"DV-{i + 1:03d}" for i, p in enumerate(P)}
    with open(HERE / "agencies.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "short_name", "type", "urusan", "region"])
        for a in AGENCIES:
            w.writerow([*a, REGION])
    with open(HERE / "programs.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        cols = ["id", "name", "agency", "dimension", "element", "description", "target_group", "output", "code", "budget", "start_year", "end_year"]
        w.writerow(cols)
        for p in P:
            w.writerow([ids[p["key"]], p["name"], p["agency"], p["dimension"], p["element"], p["description"],
                        p["target_group"], p["output"], p["code"],
                        "" if p["budget"] is None else p["budget"] * 1_000_000, p["start"], p["end"]])
    with open(HERE / "datasets.csv", "w", newline="", encoding="utf-8") as f:
        f.write("id,name,producer\n")
    labels = []
    for keys, note in DUPLICATES:
        for a, b in itertools.combinations(keys, 2):
            labels.append(("duplicate", ids[a], ids[b], note))
    agency_of = {p["key"]: p["agency"] for p in P}
    for a, b, note in NEGATIVES:
        if agency_of[a] != agency_of[b]:
            labels.append(("not-duplicate", ids[a], ids[b], note))
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["kind", "a", "b", "note"])
        w.writerows(labels)
    return len(P), labels


if __name__ == "__main__":
    n, labels = write()
    kinds = {}
    for kind, *_ in labels:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{n} programs, {len(labels)} labelled pairs: {kinds}")
