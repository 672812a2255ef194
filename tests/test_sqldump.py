"""tests/data/real/sqldump.py: the MySQL-dump INSERT reader shared by the real-data converters."""
import sys
from pathlib import Path

import pytest

# imported the way the converters import it: tests/data/real on sys.path
sys.path.insert(0, str(Path(__file__).parent / "data" / "real"))
import sqldump  # noqa: E402

DUMP = r"""-- phpMyAdmin SQL Dump
CREATE TABLE `opd` (
  `id` int(11) NOT NULL,
  `nama` varchar(255) DEFAULT NULL,
  `kode` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `kode` (`kode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

INSERT INTO `opd` VALUES (1,'Dinas Kesehatan','1.02'),(2,'Badan (Keuangan), Aset',NULL);
INSERT INTO `other` (`id`, `nama`) VALUES (9, 'not an opd');
INSERT INTO `opd` VALUES
(3, 'Kecamatan \'Kota\'', null),
(4, 'It''s', 'NuLl');
"""


def test_escapes_as_mysql_reads_them():
    text = (r"INSERT INTO `t` (`v`) VALUES ('a\0b'),('\'\"'),('x\by'),('l1\nl2\r'),('c\td'),"
            r"('z\Z'),('back\\slash'),('50\%'),('a\_b'),('\q');")
    values = [r["v"] for r in sqldump.table_rows(text, "t")]
    assert values == ["a\0b", "'\"", "x\by", "l1\nl2\r", "c\td", "z\x1a", "back\\slash",
                      "50\\%", "a\\_b", "q"]


def test_doubled_quotes():
    text = """INSERT INTO `t` (`a`, `b`) VALUES ('it''s', "say ""hi"" 'x'");"""
    assert sqldump.table_rows(text, "t") == [{"a": "it's", "b": "say \"hi\" 'x'"}]


def test_null_in_any_case_numbers_as_text():
    text = "INSERT INTO `t` (`a`, `b`, `c`, `d`, `e`) VALUES (NULL, null, NuLl, 'NULL', -12.50);"
    assert sqldump.table_rows(text, "t") == [{"a": None, "b": None, "c": None, "d": "NULL", "e": "-12.50"}]


def test_commas_parentheses_and_newlines_inside_strings():
    text = "INSERT INTO `t` (`a`, `b`) VALUES ('x, (y)', 'one\nline two),(');"
    assert sqldump.table_rows(text, "t") == [{"a": "x, (y)", "b": "one\nline two),("}]


def test_several_tuples_multiline_columns_from_create_table_other_table_ignored():
    rows = sqldump.table_rows(DUMP, "opd")
    assert rows == [
        {"id": "1", "nama": "Dinas Kesehatan", "kode": "1.02"},
        {"id": "2", "nama": "Badan (Keuangan), Aset", "kode": None},
        {"id": "3", "nama": "Kecamatan 'Kota'", "kode": None},
        {"id": "4", "nama": "It's", "kode": "NuLl"},
    ]
    assert sqldump.table_rows(DUMP, "other") == [{"id": "9", "nama": "not an opd"}]
    assert sqldump.table_rows(DUMP, "missing") == []


def test_all_rows_replace_and_on_duplicate_key():
    text = ("REPLACE INTO `a` (`id`, `n`) VALUES\n(1, 'x'),\n(2, 'y')\n"
            "ON DUPLICATE KEY UPDATE `n` = VALUES(`n`);\n"
            "insert into b (id) values (7);\n"
            "INSERT INTO `a` (`id`, `n`) VALUES (3, 'z');\n")
    assert sqldump.all_rows(text) == {
        "a": [{"id": "1", "n": "x"}, {"id": "2", "n": "y"}, {"id": "3", "n": "z"}],
        "b": [{"id": "7"}],
    }


def test_statement_text_inside_a_string_is_not_a_statement():
    text = "INSERT INTO `t` (`a`) VALUES ('see INSERT INTO `t` (`a`) VALUES (99);');\n"
    assert sqldump.table_rows(text, "t") == [{"a": "see INSERT INTO `t` (`a`) VALUES (99);"}]


@pytest.mark.parametrize("text", [
    "INSERT INTO `t` (`a`, `b`) VALUES (1);",            # too few values
    "INSERT INTO `t` (`a`) VALUES ('open);",              # unterminated string
    "INSERT INTO `t` (`a`) VALUES ('x'y);",               # no separator after a string
    "INSERT INTO `t` (`a`) VALUES (1),;",                 # no tuple after a comma
])
def test_malformed_input_raises(text):
    with pytest.raises(ValueError):
        sqldump.table_rows(text, "t")
