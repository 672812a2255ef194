#!/usr/bin/env python3
"""Convert Kabupaten Banyuwangi's Renstra PD 2025-2030 exports (ippd platform) into the data contract.

Usage: python convert.py                      reads the raw copies in ./raw/ (the default)
       python convert.py /path/to/NurulFaisolRahman+ippd.git
                                              reads the same files from a bare git dir through
                                              `git show <commit>:<path>`, at the commits below

Source: the public repository NurulFaisolRahman/ippd (a consultant's multi-region planning
platform). Each file `update_renstrapd_<unit>_banyuwangi.sql` is the platform's SQL export of
one unit's Renstra PD (strategic plan 2025-2030) of Kabupaten Banyuwangi (Kemendagri 35.10):
the unit's account (`akun_instansi`), its tujuan, sasaran, programs, kegiatan and sub kegiatan
with indicators, targets and indicative budgets for 2026-2030. The files were added to the
repository in September 2026 and no fetched snapshot holds them, so their text, read from a
code index, is kept in ./raw/ (length and SHA-256 of each recorded below and in ORIGIN.md).

One output row is one sub kegiatan (`renstra_sub_kegiatan`) of one unit, in source order
(files in the order below, rows in file order). Rows of the 10 kecamatan go to
programs_wilayah.csv (same columns), those of the 9 other units to programs.csv. Routine
support rows (sub kegiatan code X.XX.01.*, program "PROGRAM PENUNJANG URUSAN PEMERINTAHAN
DAERAH KABUPATEN/KOTA") have bidang_urusan = "Rutin". Password hashes in `akun_instansi`
and everything above program level are not read. The reading is ../ippd_renstra.py's,
shared with Situbondo's exports of the same platform. Python stdlib only; deterministic.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from ippd_renstra import convert  # noqa: E402

REGION = "35.10"  # Kabupaten Banyuwangi (Kemendagri code)

# (path in the repository, commit of the stored version read, characters, SHA-256 of the UTF-8 text as
# published); the 9 perangkat daerah, then the 10 kecamatan, each group in alphabetical order
FILES = [
    ("update_renstrapd_bakesbangpol_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 52713, "9884877ea9244900f0ac688a691f19831d4be5485fb57f1dd224c5f14c487395"),
    ("update_renstrapd_bapenda_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 39917, "25e3dbc38bdaf199ac6fb96b378ad330b061a84bfca7add8689a48cc0a68a02c"),
    ("update_renstrapd_bappeda_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 80062, "ef4d98fba6583633964be5ef18086ec4078d351a084ad3448fe90efb7340fc29"),
    ("update_renstrapd_dinkes_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 313121, "d9125671de05f07c01463e680b802d23bfca7785097d2d1bf2b88b3a34ffde89"),
    ("update_renstrapd_dishub_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 73258, "cdcb2859542e081c872fdeb9bf1ed3650500638d07ac0193375316896094ded7"),
    ("update_renstrapd_diskoperindag_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 81713, "a13ab0a9ea436cd20b798dbeddb8bfe4b72f89a3e418a014fe55e5f2f2a51efe"),
    ("update_renstrapd_disnakertransin_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 81565, "8a4021f7d54343bef774b41fee5340a167d4f38ec1e2b0dc5aa14bd3d629d9f9"),
    ("update_renstrapd_dpmptsp_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 73173, "865a589e304659763ede7b311ec78172754f75d2a0e7ad3f1d3518e90025f8ef"),
    ("update_renstrapd_dpu_ckpp_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 156647, "1d9b3ec0392c18b18993a3d62a6504ef816d887119a68feee0b2de94236cb063"),
    ("update_renstrapd_bangorejo_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 51710, "7a6ae251a755cdb5c6957ce714f9bd14922de63b134106246e91f3fe9728a21c"),
    ("update_renstrapd_gambiran_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 51830, "9019e7123d9d4b667a73c3e0c3d6d14e498d5c6919e9e26a804f292493c8cf8e"),
    ("update_renstrapd_genteng_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 46919, "a941690c414e645435d9a877938738ba2fbd04ddb6e58371e1bc288efcc5ce94"),
    ("update_renstrapd_giri_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 38279, "06544199c4590bc4972ce21b3880fec6794366e0eb9f37a885338b3966e621ed"),
    ("update_renstrapd_glenmore_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 46505, "8ca104076d87936cb6c50fe7f3b9db5e1bb98287b0b712aae76900b9fa5eb967"),
    ("update_renstrapd_kabat_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 51091, "8cf45f3598233d22e7b1c8c709c385f4c8c6f5feae0384410f014271adf6f819"),
    ("update_renstrapd_kalipuro_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 116464, "d5da0908a9e8d8df7ec9da39d5825200e6961e162e120667c214d0068f55099a"),
    ("update_renstrapd_licin_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 35317, "b7b7f01a64fc0bf79a107b6f600df20b4b1a795068d7ef6fddc745a7f79a3fa8"),
    ("update_renstrapd_rogojampi_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 50069, "608c4ac0adecf31b32160399921421d8dd2f33c25d0ea49582f2188a0c345bc5"),
    ("update_renstrapd_sempu_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 46084, "f6958b294b24b84d5c83c5e637a9cc4e60454c333ddf08bb1e84feef899cdd4d"),
]

# SHA-256 of each raw copy, its password hash replaced by a placeholder of the same length (ippd_renstra)
REDACTED_SHA256 = {
    'update_renstrapd_bakesbangpol_banyuwangi.sql': '735a9fd139229246c8bbdf3653adc81be8a92105d39417eab3fdf092bf5c9f02',
    'update_renstrapd_bapenda_banyuwangi.sql': '891b2d980fd7d84ada341999df6119deb9064be4a867f9d39fed3597a4064f79',
    'update_renstrapd_bappeda_banyuwangi.sql': '2e7ad2218cfa96d15ee4250156af5649901af8834879bdfdad9e5a17742f66fe',
    'update_renstrapd_dinkes_banyuwangi.sql': '56a6fa2af1d756f97e36fedf1231128f7b382f7b69326ff911c032cb8ef3bf71',
    'update_renstrapd_dishub_banyuwangi.sql': '2a74365e6c14ead117f464b83dcfd8e9dc9b4ca65f290704942a1f14c0bbddf5',
    'update_renstrapd_diskoperindag_banyuwangi.sql': '01202b9f54ec11118602005d450cd0ac6f5f02fe028f1818f7416409c9d7b01b',
    'update_renstrapd_disnakertransin_banyuwangi.sql': 'ba54b8bf7f33c31fb3bf82eba2bc1b1c0a213045f9f768e994929ecfee5ec41a',
    'update_renstrapd_dpmptsp_banyuwangi.sql': 'b1d414d7b9f818579f41bc0dfbaad3f2f5e8c25ff3bc98399ee391f490e0b56c',
    'update_renstrapd_dpu_ckpp_banyuwangi.sql': '186c61da90eb710e6f0878b3ac3d02b3eddd6c5a21b2dd70d525e3ef7aec74b4',
    'update_renstrapd_bangorejo_banyuwangi.sql': 'f3702f78c87965f658e714ef2de09fb4472871e9e3c0fa770eed6c4afec70c55',
    'update_renstrapd_gambiran_banyuwangi.sql': '05ab2cc55a67928dbb7a451d68c4be4f449957d59184fdcc139e350c61beac43',
    'update_renstrapd_genteng_banyuwangi.sql': 'd4205d39009e4d4cfb909a17e2e2be3598f3d1178dacdf729d70f94b6b3056a0',
    'update_renstrapd_giri_banyuwangi.sql': '9ecc4dcb67452618210f92530836a493f48a8df529357d0ae715f26b03354c74',
    'update_renstrapd_glenmore_banyuwangi.sql': '124499d407ca243dfd33694c3e0c033afd46f9dfe5f2b5795c0c94bbe8398162',
    'update_renstrapd_kabat_banyuwangi.sql': '1affd808358fc7199b3948b552a687fe907e7a19848069720806e7ff8ebe80a3',
    'update_renstrapd_kalipuro_banyuwangi.sql': 'fcf5c414b0d862fd6a7f065bfa918c8a1598f37c4cb6dfe7db92c061e9a3fa92',
    'update_renstrapd_licin_banyuwangi.sql': 'c95b0c0b9669c176fc3d1f2d10b8c1f29c1d381d932a6b38a1b73a46d528dd9f',
    'update_renstrapd_rogojampi_banyuwangi.sql': '51ff7d6ef5fa9a7710dcbf489cd2676b6c2fb4ae92c7202bbe89a42e2de4388c',
    'update_renstrapd_sempu_banyuwangi.sql': 'ed1248c6ce03353b28a406a508a7523a85b13c721f3b0c323f3ba94491c1456a',
}


if __name__ == "__main__":
    convert(HERE, REGION, FILES, REDACTED_SHA256, sys.argv[1:], __doc__)
