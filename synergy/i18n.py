"""The language of what the ``synergy`` command says: Bahasa Indonesia unless asked otherwise.

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
"""
from __future__ import annotations

import os

__all__ = ["LANGS", "language", "choose", "set_language", "gettext", "ngettext", "install", "CLICK_ID"]

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
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    _state["lang"] = lang
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
