"""Finnish morphology from the system's Voikko (libvoikko and the voikko-fi dictionary), when installed.

An optional second opinion for the scrubber: which readings Voikko gives a lower-case word form — a
common word (``kuntoutussuunnitelmaa``, ``tasaantunut``), only a proper noun (``paltamosta``: Paltamo,
``wahlroosin``: Wahlroos), or none at all (``jaswinder``, ``sumon``: no Finnish word). Voikko knows
inflection and compounds, which the frequent-word lists cannot (a compound or a rare case form is in no
list). Spoken forms are read back to written ones before giving up (``soittanu`` → ``soittanut``,
``kipee`` → ``kipeä``, ``ottais`` → ``ottaisi``).

Without Voikko (not installed, or ``COACHDESK_VOIKKO=0``) :func:`readings` returns None and the rules
that use it add nothing: the scrubber works as before. Voikko handles are not thread-safe; one lock
guards the one handle. Results are cached per word form and emptied with the other word caches.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

from coachdesk.privacy.forget import word_cache
from coachdesk.privacy.optional import switched_off

ENV = "COACHDESK_VOIKKO"  # "0" / "off": do not use Voikko (measurements, and the tests of the path without it)
PROPER = frozenset(("etunimi", "sukunimi", "paikannimi", "nimi"))  # Voikko's classes of proper nouns
PLACE_CLASSES = frozenset(("paikannimi",))

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_handle: object | None = None
_tried = False

# Spoken Finnish back to the written form: (ending, replacements), tried in order when a form has no reading.
_SPOKEN = (
    ("nu", ("nut",)), ("ny", ("nyt",)),  # soittanu, ehtiny
    ("ee", ("ea", "eä")),  # kipee, nopee
    ("isko", ("isiko",)), ("iskö", ("isikö",)),  # osaisko
    ("is", ("isi",)), ("äs", ("äsi",)), ("as", ("asi",)), ("es", ("esi",)), ("os", ("osi",)),  # ottais, tykkäs
    ("ks", ("ksi", "kse")),  # seuraavaks, puheeks
    ("kaa", ("kaan",)), ("kää", ("kään",)), ("ki", ("kin",)),  # ollenkaa, ennenki
    ("anen", ("ainen",)), ("änen", ("äinen",)),  # pikanen
    ("eet", ("eat", "eät")),  # kipeet
    ("u", ("ui", "ut")), ("y", ("yi", "yt")), ("o", ("oi",)), ("ö", ("öi",)),  # siirty, muuttu, soitellu, makso
    ("l", ("lla", "llä")),  # illal
)
_VOWELS = "aeiouyäö"
_MAX_GLIDES = 4  # `osote` → osoite, `alotus` → aloitus: an i dropped after a vowel, tried at the first few places


def _voikko() -> object | None:
    """The one Voikko handle, opened on first use; None when Voikko is off or not installed."""
    global _handle, _tried
    if _tried:
        return _handle
    _tried = True
    if switched_off(ENV):
        return None
    try:
        import libvoikko  # type: ignore[import-untyped]  # the library and its Finnish dictionary come from the system

        _handle = libvoikko.Voikko("fi")
    except Exception as exc:  # no library, no dictionary, a broken install: work without it
        _log.info("Voikko not available (%s): the scrubber works without Finnish morphology", type(exc).__name__)
        _handle = None
    return _handle


def available() -> bool:
    """Voikko is installed and on."""
    return _voikko() is not None


def reset() -> None:
    """Forget the handle so the next call looks again (tests switch ``COACHDESK_VOIKKO``)."""
    global _handle, _tried
    with _lock:
        _handle, _tried = None, False
        readings.cache_clear()


def _analyse(handle: object, word: str) -> tuple[tuple[str, str], ...]:
    with _lock:
        found = handle.analyze(word)  # type: ignore[attr-defined]
    return tuple(sorted({(a.get("CLASS", ""), a.get("BASEFORM", "")) for a in found}))


@word_cache
@lru_cache(maxsize=32768)
def readings(low: str) -> tuple[tuple[str, str], ...] | None:
    """Voikko's (class, base form) readings of a lower-case word form, spoken forms read back; () when it is no
    Finnish word; None when Voikko is not available."""
    handle = _voikko()
    if handle is None:
        return None
    found = _analyse(handle, low)
    if found:
        return found
    for form in _written_forms(low):
        found = _analyse(handle, form)
        if found:
            return found
    return ()


def _written_forms(low: str) -> list[str]:
    """Written forms a spoken form may stand for: a spoken ending (`soittanu`), an i dropped from a diphthong
    (`osote`, `alotus`), or e spoken as i or a (`kauhiasti`, `onnaa`)."""
    forms = [low[: -len(ending)] + w for ending, written in _SPOKEN
             if low.endswith(ending) and len(low) > len(ending) + 2 for w in written]
    glides = [p for p in range(1, len(low) - 1) if low[p] in _VOWELS and low[p] != "i" and low[p + 1] not in _VOWELS]
    forms.extend(low[: p + 1] + "i" + low[p + 1 :] for p in glides[:_MAX_GLIDES])
    forms.extend(low.replace(a, b, 1) for a, b in (("ia", "ea"), ("iä", "eä"), ("aa", "ea"), ("ää", "eä")) if a in low)
    return forms


def proper_only(found: tuple[tuple[str, str], ...]) -> bool:
    """Every reading is a proper noun: a name class, or a compound whose base form is capitalised
    (``lönnrotinkadun``: Lönnrotinkatu)."""
    return bool(found) and all(cls in PROPER or base[:1].isupper() for cls, base in found)


def common_word(low: str) -> bool:
    """Voikko reads ``low`` as an ordinary Finnish word (some reading is no proper noun); False without Voikko."""
    found = readings(low)
    return found is not None and bool(found) and not proper_only(found)


def place_reading(found: tuple[tuple[str, str], ...]) -> bool:
    """A reading is a place: the place-name class or a capitalised compound that is no person's name."""
    return any(cls in PLACE_CLASSES or (cls not in PROPER and base[:1].isupper()) for cls, base in found)


def no_name_reading(low: str) -> bool:
    """Voikko reads ``low`` and no reading is a proper noun (`soitan`, `liitteenä`, `usva`; not `tyyne`, `nurmi`)."""
    found = readings(low)
    return bool(found) and not any(cls in PROPER for cls, _ in found or ())
