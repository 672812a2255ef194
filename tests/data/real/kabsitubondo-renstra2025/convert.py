#!/usr/bin/env python3
"""Convert Kabupaten Situbondo's Renstra PD 2025-2030 exports (ippd platform) into the data contract.

Usage: python convert.py                      reads the raw copies in ./raw/ (the default)
       python convert.py /path/to/NurulFaisolRahman+ippd.git
                                              reads the same files from a bare git dir through
                                              `git show <commit>:<path>`, at the commits below

Source: the public repository NurulFaisolRahman/ippd (a consultant's multi-region planning
platform). Each file `update_renstrapd_<unit>_situbondo.sql` is the platform's SQL export of
one unit's Renstra PD (strategic plan 2025-2030) of Kabupaten Situbondo (Kemendagri 35.12):
the unit's account (`akun_instansi`), its tujuan, sasaran, programs, kegiatan and sub kegiatan
with indicators, targets and indicative budgets for 2026-2030. The files were added to the
repository in September 2026 and no fetched snapshot holds them, so their text, read from a
code index, is kept in ./raw/ (length and SHA-256 of each recorded below and in ORIGIN.md).

One output row is one sub kegiatan (`renstra_sub_kegiatan`) of one unit, in source order
(files in the order below, rows in file order). Rows of the 5 kecamatan go to
programs_wilayah.csv (same columns), those of the 13 other units to programs.csv. Routine
support rows (sub kegiatan code X.XX.01.*, program "PROGRAM PENUNJANG URUSAN PEMERINTAHAN
DAERAH KABUPATEN/KOTA") have bidang_urusan = "Rutin". Password hashes in `akun_instansi`
and everything above program level are not read. The reading is ../ippd_renstra.py's,
shared with the other kabupaten of the same platform. Python stdlib only; deterministic.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from ippd_renstra import convert  # noqa: E402

REGION = "35.12"  # Kabupaten Situbondo (Kemendagri code)

# (path in the repository, commit of the stored version read, characters, SHA-256 of the UTF-8 text as
# published)
FILES = [
    ("update_renstrapd_bakesbangpol_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 166705, "6b5aca350f9588e7fee34675c0699ce181b865c729baef97339bbc2ba486af85"),
    ("update_renstrapd_bapenda_situbondo.sql", "40b05332c14d8707fa52b669a752fd2a37f01eaf", 122432, "57b3b1c9919dc3f4d5ca13981adfadceb975a02028990c9b0eebdec101f5df6d"),
    ("update_renstrapd_bapperida_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 112509, "fc53abdec07366b457687a5e556200ea90d0d2d0c8801daae88ff11441b91d14"),
    ("update_renstrapd_bkpsdm_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 171730, "01fc04dacc3b27cdc61bcf92538b29b99eed6b7ad6b4192c0cbf67dadc23b9a2"),
    ("update_renstrapd_bpbd_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 120668, "4fc68c9a35e2d2d4519e71e74eec4b0b47a11a05d0062469f64553a18997c0f9"),
    ("update_renstrapd_disdikbud_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 322062, "25b580e2cb0c78bf381a1c2e020295fa1000365c11ac44e6f0cf2187f1ba6937"),
    ("update_renstrapd_dishub_situbondo.sql", "40b05332c14d8707fa52b669a752fd2a37f01eaf", 79658, "5cd4055ee9ec26446eb248b9173ec13e8637d1c7dda994f115fc0ba782621b00"),
    ("update_renstrapd_diskoperindag_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 244169, "64b788e174ff8ebfbede4d38e1473f5cf278c0da6f334f71dbcca696d6ae6421"),
    ("update_renstrapd_disnaker_situbondo.sql", "40b05332c14d8707fa52b669a752fd2a37f01eaf", 120121, "d653b5cc7571a968a07e2b600461897e0a257c28ffcf477ca4c91593a6fbf5cd"),
    ("update_renstrapd_dispendukcapil_situbondo.sql", "40b05332c14d8707fa52b669a752fd2a37f01eaf", 193453, "2de7f84b6e5e92539f546821362247b97d28c596527f046b22e4c3accbdf78a6"),
    ("update_renstrapd_disperpusip_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 83605, "17225001f31c337de8b08c87a969194e573522d0de2535ef33fbbaa145d225a6"),
    ("update_renstrapd_dispertangan_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 186305, "77cad1a46aa4bbafc492660ecfc9def8f8c963369820c3688300d6ffd9f8df0a"),
    ("update_renstrapd_kec_asembagus_situbondo.sql", "40b05332c14d8707fa52b669a752fd2a37f01eaf", 61642, "973d74c8968688568c1dc893a2dc2895e17d2cd196e53014613a90060e00071e"),
    ("update_renstrapd_kec_banyuputih_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 84048, "da90e95f26a4b6706b351f705751d3178168e8ba2c1290c3f5614f78b4b9790d"),
    ("update_renstrapd_kec_jangkar_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 77120, "3fc6a2856ca34213a423ea87c200011b34484ad9bdd5117ec5c02b50611883ca"),
    ("update_renstrapd_kec_panarukan_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 67886, "82e3dd61e00a0d8f1775eb3bd047a5f299b80401ef7da73be876a2de0debd0c7"),
    ("update_renstrapd_kec_situbondo_situbondo.sql", "fb3f6615a2e5eb8208154ca8a32c666dcc0fa281", 147287, "c89c81a1ad318df1fe10c720ccfa1ccb2be34105d9ee84ace7386eef12c29427"),
    ("update_renstrapd_rsud_dr_abdoer_rahem_situbondo.sql", "40b05332c14d8707fa52b669a752fd2a37f01eaf", 36247, "251dfb5e1f1ce42a44aa0ee39881cb1a902805fb0cbc732c623dd30be2291a35"),
]

# SHA-256 of each raw copy, its password hash replaced by a placeholder of the same length (ippd_renstra)
REDACTED_SHA256 = {
    'update_renstrapd_bakesbangpol_situbondo.sql': 'e56aeafe020255b2527fbb2e8c1bfbb648588dbbff2f068a30702d51e5c07385',
    'update_renstrapd_bapenda_situbondo.sql': 'c0561a9b420d22f20cdc4737fc4ca01c55efcf8bac573fc94ab1eb3abe3a916b',
    'update_renstrapd_bapperida_situbondo.sql': '8dca7efbaddcafadc3e93b88b5e69bc52e69b72b16d7da4e52e5695424ff4df7',
    'update_renstrapd_bkpsdm_situbondo.sql': 'c918bc30fd9ed3e768be091308fd83feeaaa582a2c1c39a077289e3d68fa75f3',
    'update_renstrapd_bpbd_situbondo.sql': '72883cf380416331d28f6acc337c4a59387489374524128972f18d46316d2eab',
    'update_renstrapd_disdikbud_situbondo.sql': 'b7d744db57cd277ef13efb561fba3f3adbf3f017bdc308f7f9515bc87a99d69b',
    'update_renstrapd_dishub_situbondo.sql': '88179b3872f5549000b0e79950cb2c8c1defe70d69c9f7829b3747d204fac783',
    'update_renstrapd_diskoperindag_situbondo.sql': '2e237e14500bbbe6554a2d7d75e9759a29514a2d24667bddcc2c20ad58a81375',
    'update_renstrapd_disnaker_situbondo.sql': '02b459d7de95c7fa6958454bcfc131bcc4422274fcd89e129b8a56d5000b233c',
    'update_renstrapd_dispendukcapil_situbondo.sql': '3414b0bfb64217d8531d7d195e1a60ae9a7dac12a1e568a79e958844fa9eb074',
    'update_renstrapd_disperpusip_situbondo.sql': 'ccaf6c4abe009b0383ce88cc4fd5cbcc363664dad13777e02b98f0417ba57fa0',
    'update_renstrapd_dispertangan_situbondo.sql': '1fafab6a02bb3594b9e94caf615bfc6597c20aa65f60c1fc4a59b267a54a1bee',
    'update_renstrapd_kec_asembagus_situbondo.sql': '71e85cf47ff763efafcd20801a13270cce7144a33eb5f912d7ec7704254a7137',
    'update_renstrapd_kec_banyuputih_situbondo.sql': '54570cbf825873ae6f4f10a695b1d27a7729787d6ab249ec7cf069f26c7db14f',
    'update_renstrapd_kec_jangkar_situbondo.sql': 'da09bfac2896bf478fa5db918f3f21050a08b7ab51d2a9519f6cbce2d87017d4',
    'update_renstrapd_kec_panarukan_situbondo.sql': '08d6a9f378d2c05de766fbf8afd887dcef4f2d709551dbd73506f88e16ee10a1',
    'update_renstrapd_kec_situbondo_situbondo.sql': '2ec06dcdabaca29bdad3229f7e876ce82fcc82355b17c042fb7bd88056be093e',
    'update_renstrapd_rsud_dr_abdoer_rahem_situbondo.sql': '394564bdf033af7aa041873663c1a95aa09d87c8c1a00d9ed71455b0902dd5ac',
}


if __name__ == "__main__":
    convert(HERE, REGION, FILES, REDACTED_SHA256, sys.argv[1:], __doc__)
