"""The language of what ``synergy`` says, and the one place words, numbers and money are written.

Standard library only (``synergy --help`` must stay instant). The command line
chooses the language once per run (:func:`choose`): ``--lang en`` (before the
command, or the command's own ``--lang``), else the environment variable
``SYNERGY_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: an
English locale gives English), else Bahasa Indonesia.

:func:`gettext` and :func:`ngettext` translate click's own messages (usage,
missing argument, no such option, ...) from :data:`CLICK_ID`; :func:`install`
puts them in click's modules, which ask :mod:`gettext` for every message they
print. The Indonesian help of every command and option is in
:mod:`synergy.help_id`.

The library takes ``lang`` as an argument (it never reads the chosen language) and
writes what people read through this module only, so that a language is checked
and a number is written one way everywhere:

- :func:`check_lang`: the one check of a ``lang`` argument; every public function
  that takes one calls it, so a wrong language is the same error
  (:class:`synergy.errors.UnknownLanguage`, a ``ValueError``) wherever it is given;
- :func:`pick` and :class:`Catalogue`: words kept as (Bahasa Indonesia, English)
  pairs, near the code that uses them, and read in one language;
- :func:`format_number`, :func:`format_rupiah`, :func:`format_date`: 1.234 or 1,234,
  ``Rp 1,25 miliar`` or ``IDR 1.25 billion``, 5 Maret 2025 or 5 March 2025.

Examples
--------
>>> choose(environ={"LANG": "C.UTF-8"})
'id'
>>> choose(environ={"LANG": "en_GB.UTF-8"}), choose("id", environ={"LANG": "en_GB.UTF-8"})
('en', 'id')
>>> _ = choose("id"); gettext("Missing argument")
'Kurang argumen'
>>> _ = choose("en"); gettext("Missing argument")
'Missing argument'
>>> _ = choose("id")
>>> pick(("anggaran", "budget"), "en"), format_number(1234567, "id"), format_rupiah(1_250_000_000, "en")
('budget', '1.234.567', 'IDR 1.25 billion')
"""
from __future__ import annotations

import datetime as _dt
import os

from .errors import UnknownLanguage

__all__ = ["LANGS", "language", "choose", "set_language", "gettext", "ngettext", "install", "CLICK_ID",
           "check_lang", "pick", "Catalogue", "format_number", "format_rupiah", "format_date"]

#: The languages, in the order of every (Bahasa Indonesia, English) pair.
LANGS = ("id", "en")
_state = {"lang": "id"}

#: click's messages in Bahasa Indonesia, keyed by click's English text (placeholders kept).
CLICK_ID = {
    "Usage:": "Cara pakai:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Positional arguments": "Argumen",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "%(prog)s, version %(version)s": "%(prog)s, versi %(version)s",
    "Error: {message}": "Kesalahan: {message}",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk bantuan.",
    # "kurang": not given yet ("tidak ada" would read as "does not exist", as for No such option)
    "Missing argument": "Kurang argumen",
    "Missing option": "Kurang opsi",
    "Missing parameter": "Kurang parameter",
    "Missing parameter: {param_name}": "Kurang parameter: {param_name}",
    "Missing {param_type}": "Kurang {param_type}",
    "Missing command.": "Perintah belum diberikan.",
    "No such command {name!r}.": "Tidak ada perintah {name!r}.",
    "No such option {name!r}.": "Tidak ada opsi {name!r}.",
    "Did you mean {possibility}?": "Mungkin maksudnya {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Mungkin maksudnya salah satu dari: {possibilities}?)",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "Option {name!r} requires an argument.": "Opsi {name!r} memerlukan satu nilai.",
    "Option {name!r} requires {nargs} arguments.": "Opsi {name!r} memerlukan {nargs} nilai.",
    "Got unexpected extra argument ({args})": "Ada argumen lebih yang tidak dikenal ({args})",
    "Got unexpected extra arguments ({args})": "Ada argumen lebih yang tidak dikenal ({args})",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "{value!r} is not {choice}.": "{value!r} bukan {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} bukan salah satu dari {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} bukan nilai ya/tidak yang sah. Nilai yang dikenal: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulis.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} tidak dapat dijalankan.",
    "Could not open file {filename!r}: {message}": "Tidak dapat membuka berkas {filename!r}: {message}",
    "file": "berkas",
    "directory": "folder",
    "path": "jalur",
    "integer": "bilangan bulat",
    "float": "bilangan",
    "default: {default}": "bawaan: {default}",
    "env var: {var}": "variabel lingkungan: {var}",
    "required": "wajib",
    "Aborted!": "Dibatalkan!",
    "unknown error": "kesalahan tak dikenal",
    "Argument {name!r} takes {nargs} values.": "Argumen {name!r} menerima {nargs} nilai.",
    "Takes {nargs} values but 1 was given.": "Menerima {nargs} nilai tetapi diberi 1.",
    "Takes {nargs} values but {len} were given.": "Menerima {nargs} nilai tetapi diberi {len}.",
    "Value must be an iterable.": "Nilai harus berupa daftar.",
    "deprecated": "usang",
    "(dynamic)": "(dinamis)",
}


def language() -> str:
    """The language chosen for this run: ``id`` or ``en``."""
    return _state["lang"]


def set_language(lang: str) -> str:
    """Use ``lang`` from now on (the command line calls it once per run)."""
    _state["lang"] = check_lang(lang)
    return lang


def _from_environment(environ) -> str | None:
    given = (environ.get("SYNERGY_LANG") or "").strip().lower()
    if given:
        return "en" if given.startswith("en") else "id"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (environ.get(name) or "").strip()
        if value:  # the first one set decides, as the C library reads them
            return "en" if value.lower().startswith("en") else None
    return None


def choose(given: str | None = None, *, environ=None) -> str:
    """Set and return the language: ``given``, else the environment's, else ``id``."""
    lang = given or _from_environment(os.environ if environ is None else environ) or "id"
    return set_language(lang)


def gettext(message: str) -> str:
    """``message`` in the chosen language (click's messages are written in English)."""
    if _state["lang"] == "id":
        return CLICK_ID.get(message, message)
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Make click's modules ask :func:`gettext` for their messages (idempotent)."""
    import importlib

    for name in ("core", "decorators", "exceptions", "formatting", "parser", "types", "utils", "termui"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


# --------------------------------------------------------------------------- words
def check_lang(lang) -> str:
    """``lang`` itself when it is ``id`` or ``en``; else :class:`~synergy.errors.UnknownLanguage`.

    The one check: every public function with a ``lang`` argument calls it first, so a
    wrong language fails the same way everywhere, before any work is done.

    >>> check_lang("en")
    'en'
    >>> check_lang("fr")
    Traceback (most recent call last):
    ...
    synergy.errors.UnknownLanguage: bahasa 'fr' tidak dikenal: pakai salah satu dari id, en / unknown language 'fr': use one of id, en
    """
    if lang not in LANGS:
        raise UnknownLanguage(lang, LANGS)
    return lang


def pick(pair, lang: str):
    """The ``lang`` half of a ``(Bahasa Indonesia, English)`` pair (any two values).

    >>> pick(("Anggaran", "Budget"), "id"), pick(("Anggaran", "Budget"), "en")
    ('Anggaran', 'Budget')
    """
    if lang == "id":
        return pair[0]
    if lang == "en":
        return pair[1]
    raise UnknownLanguage(lang, LANGS)


class Catalogue:
    """Messages keyed once, each a ``(Bahasa Indonesia, English)`` pair.

    :meth:`text` gives one message (filled in when ``fields`` are given);
    :meth:`words` every message of one language, for a loop or a page template.

    >>> c = Catalogue({"budget": ("anggaran gabungan {}", "combined budget {}"), "n": ("{n} program", "{n} programs")})
    >>> c.text("n", "en", n=3), c.text("budget", "id"), c.words("en")["budget"].format("IDR 5")
    ('3 programs', 'anggaran gabungan {}', 'combined budget IDR 5')
    """

    def __init__(self, pairs: dict):
        self.pairs = dict(pairs)

    def __contains__(self, key) -> bool:
        return key in self.pairs

    def text(self, key: str, lang: str, **fields) -> str:
        text = pick(self.pairs[key], lang)
        return text.format(**fields) if fields else text

    def words(self, lang: str) -> dict:
        check_lang(lang)
        return {key: pick(pair, lang) for key, pair in self.pairs.items()}


# ------------------------------------------------------------------ numbers, money, dates
def format_number(number, lang: str = "id", *, digits: int = 0, sign: bool = False) -> str:
    """``number`` with the language's separators: ``1.234.567,5`` or ``1,234,567.5``.

    ``digits`` decimals (an integer with none is written whole, never through a
    float); ``sign`` writes ``+`` before a positive number.

    >>> format_number(1234567), format_number(1234567, "en"), format_number(-3.14, "id", digits=1, sign=True)
    ('1.234.567', '1,234,567', '-3,1')
    >>> format_number(2.345, "en", digits=2, sign=True)
    '+2.35'
    """
    spec = ("+" if sign else "") + ","
    spec += "d" if digits == 0 and isinstance(number, int) else f".{digits}f"
    text = format(number, spec)
    if check_lang(lang) == "id":
        text = text.translate(_INDONESIAN_SEPARATORS)
    return text


_INDONESIAN_SEPARATORS = str.maketrans(",.", ".,")
#: Rupiah in words: the currency, then the sizes named, largest first (Bahasa Indonesia, English).
_CURRENCY = ("Rp", "IDR")
_MONEY_WORDS = ((1e12, ("triliun", "trillion")), (1e9, ("miliar", "billion")), (1e6, ("juta", "million")))


def format_rupiah(amount, lang: str = "id", missing: str = "") -> str:
    """A budget as people say it: ``Rp 1,25 miliar``, ``IDR 850 million``, ``Rp 250.000``.

    The one rupiah style of tables, reasons, maps and the report. ``missing`` is
    written for an amount that is not known (None, NaN, ``pd.NA``, not a number).

    >>> format_rupiah(1_250_000_000), format_rupiah(850_000_000, "en"), format_rupiah(None)
    ('Rp 1,25 miliar', 'IDR 850 million', '')
    >>> format_rupiah(250_000), format_rupiah(2_500_000_000_000, "en"), format_rupiah(float("nan"), missing="-")
    ('Rp 250.000', 'IDR 2.5 trillion', '-')
    """
    check_lang(lang)
    try:
        value = float(amount)
    except (TypeError, ValueError):  # None, pd.NA, text
        return missing
    if value != value:  # NaN
        return missing
    currency = pick(_CURRENCY, lang)
    for size, words in _MONEY_WORDS:
        if value >= size:
            number = f"{value / size:.2f}".rstrip("0").rstrip(".")  # 1.25, 850, 2.5: no trailing zeros
            if lang == "id":
                number = number.replace(".", ",")
            return f"{currency} {number} {pick(words, lang)}"
    return f"{currency} {format_number(int(value), lang)}"


_MONTHS = (("Januari", "January"), ("Februari", "February"), ("Maret", "March"), ("April", "April"),
           ("Mei", "May"), ("Juni", "June"), ("Juli", "July"), ("Agustus", "August"),
           ("September", "September"), ("Oktober", "October"), ("November", "November"),
           ("Desember", "December"))


def format_date(day: _dt.date, lang: str = "id") -> str:
    """A date as people write it, whatever the machine's locale: ``5 Maret 2025``, ``5 March 2025``.

    >>> format_date(_dt.date(2025, 3, 5)), format_date(_dt.date(2025, 12, 25), "en")
    ('5 Maret 2025', '25 December 2025')
    """
    return f"{day.day} {pick(_MONTHS[day.month - 1], lang)} {day.year}"
