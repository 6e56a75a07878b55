"""Is a word a Swedish or an English word? The system's Hunspell dictionaries, when installed.

An optional second opinion for the scrubber's Swedish and English texts, as ``morphology.py`` (Voikko) is
for Finnish ones: Hunspell knows compounds (``hörselnedsättning``, ``arbetsförmågekoordinator``) and
inflected forms that no frequent-word list holds, so a lower-case word it does not know is far more
likely a name than a word in no list is. The library (libhunspell) is loaded with ctypes — no compiled
binding — and the dictionaries are the distribution's (Debian/Ubuntu: ``hunspell-sv``, ``hunspell-en-us``).

Without them (or with ``COACHDESK_SPELLING=0``) :func:`known` returns None and the rules that use it add
nothing. Hunspell handles are not thread-safe; one lock guards them. Answers are cached per word form and
emptied with the other word caches.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path

from coachdesk.privacy.forget import word_cache
from coachdesk.privacy.optional import switched_off

ENV = "COACHDESK_SPELLING"  # "0" / "off": do not use Hunspell
DICT_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"), Path("/usr/local/share/hunspell"))
DICTIONARIES = {"sv": ("sv_FI", "sv_SE"), "en": ("en_GB", "en_US")}  # every one found is asked (licence, license)
_LIBRARIES = ("hunspell-1.7", "hunspell")

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_lib: ctypes.CDLL | None = None
_handles: dict[str, list[tuple[ctypes.c_void_p, str]]] = {}  # lang -> (handle, its encoding) per dictionary
_tried = False


def _library() -> ctypes.CDLL | None:
    """libhunspell, loaded once; None when it is off or missing."""
    global _lib, _tried
    if _tried:
        return _lib
    _tried = True
    if switched_off(ENV):
        return None
    for name in _LIBRARIES:
        path = ctypes.util.find_library(name)
        if not path:
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        lib.Hunspell_create.restype = ctypes.c_void_p
        lib.Hunspell_create.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
        lib.Hunspell_spell.restype = ctypes.c_int
        lib.Hunspell_spell.argtypes = (ctypes.c_void_p, ctypes.c_char_p)
        lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
        lib.Hunspell_get_dic_encoding.argtypes = (ctypes.c_void_p,)
        _lib = lib
        return lib
    _log.info("Hunspell not available: Swedish and English texts are scrubbed without a spelling dictionary")
    return None


def _handle(lang: str) -> tuple[ctypes.CDLL, list[tuple[ctypes.c_void_p, str]]] | None:
    """libhunspell and the handles of ``lang``'s dictionaries (sv, en) with their encodings; None when there is none."""
    lib = _library()
    if lib is None or lang not in DICTIONARIES:
        return None
    if lang not in _handles:
        found: list[tuple[ctypes.c_void_p, str]] = []
        for name in DICTIONARIES[lang]:
            folder = next((d for d in DICT_DIRS if (d / f"{name}.aff").is_file() and (d / f"{name}.dic").is_file()), None)
            if folder is not None:
                handle = ctypes.c_void_p(lib.Hunspell_create(os.fsencode(folder / f"{name}.aff"),
                                                             os.fsencode(folder / f"{name}.dic")))
                if handle.value:
                    encoding = (lib.Hunspell_get_dic_encoding(handle) or b"UTF-8").decode("ascii", "replace")
                    found.append((handle, encoding))
        _handles[lang] = found
    return (lib, _handles[lang]) if _handles[lang] else None


def available(lang: str) -> bool:
    """A dictionary of ``lang`` is installed and on."""
    with _lock:
        return _handle(lang) is not None


def reset() -> None:
    """Forget the library and handles so the next call looks again (tests switch ``COACHDESK_SPELLING``)."""
    global _lib, _tried
    with _lock:
        _lib, _tried = None, False
        _handles.clear()
        known.cache_clear()
        word_like.cache_clear()


@word_cache
@lru_cache(maxsize=32768)
def known(word: str, lang: str) -> bool | None:
    """``word`` (as written) is a word of the ``lang`` dictionary; None when there is no dictionary."""
    with _lock:
        got = _handle(lang)
        if got is None:
            return None
        lib, handles = got
        for handle, encoding in handles:
            try:
                raw = word.encode(encoding)
            except UnicodeEncodeError:
                continue  # a letter this dictionary does not write
            if lib.Hunspell_spell(handle, raw):
                return True
        return False


_CONTRACTIONS = ("t", "s", "ll", "re", "ve", "d", "m")  # didnt, thats, youll, theyre, ive, id, im


@word_cache
@lru_cache(maxsize=32768)
def word_like(low: str) -> bool:
    """``low`` is a Swedish or English word as a note writes it: known to either dictionary, a contraction without
    its apostrophe (`didnt`), a letter stretched (`yesss`), or a spoken Swedish form without its e (`hundn`).
    (Not capitalised: the dictionaries hold given names, `Jerome`.)"""
    return any(known(form, "sv") or known(form, "en") for form in _forms(low))


def _forms(low: str) -> list[str]:
    forms = [low]
    forms.extend(low[: -len(c)] + "'" + low[-len(c) :] for c in _CONTRACTIONS if low.endswith(c) and len(low) > len(c) + 1)
    for keep in (2, 1):  # yesss: yess, yes
        squeezed = "".join(ch for i, ch in enumerate(low) if i < keep or any(low[i - j] != ch for j in range(1, keep + 1)))
        if squeezed != low:
            forms.append(squeezed)
    if low.endswith("n") and len(low) > 3 and low[-2] not in "aeiouyåäö":
        forms.append(low[:-1] + "en")
    return forms
