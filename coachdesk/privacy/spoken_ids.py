"""Spoken car registration plates and account numbers (IBAN) in dictated notes.

``äm koo äs viiva yks kaks kolme`` is the plate ``MKS-123``; ``fi kolme nolla yks kaks …`` (or ``äf ii
kolme nolla …``) is the account ``FI30 12…``. Like every spoken form (``spoken.py``) the sequence is
rendered in its written form and judged by the SAME pattern as written text (``patterns._PLATE``,
``patterns.iban_valid``); what they accept is replaced whole. Run on the token windows of
``spoken._Reader``; every look-around is a bounded number of tokens.

| id | shape | judged by |
|---|---|---|
| plate_dash | 2–3 spoken or written letters, a dash (``viiva``, ``streck``, ``-``), 1–3 digits | the plate pattern |
| plate_cue | the same without the dash, after a plate word (rekisteri…, rekkari, kilpi, registreringsnummer, plate) | the plate pattern |
| plate_spelled | three capitals written one by one and 1–3 digits read out, no dash or plate word needed: `K X T neljä yks seittemän`, `K X T four one seven` | the plate pattern |
| plate_written_letters | the letters written (`ABC`, `abc`) and the digits spoken, after a plate word: `rekkari ABC satakaksikymmentäkolme` | the plate pattern |
| plate_colloquial | the letters said as in speech (`ässä koo oo`, `kaa ällä oo`, sv `ka`, en `oh`), with a dash or after a plate word | the plate pattern |
| case_letters | 1–4 letter names said right after a case or decision number word, before the digits read out: `päätösnumero kaa uu kaksi nolla …`, `ärendenummer ka u två noll …`, `decision number kay you two oh …` | the case number rule (``spoken._Reader._phone``) |
| iban | a country code (``fi``, ``se``, ``ax`` or its letter names) and 14–30 digits read out (doubled, dashes or commas between groups) | mod 97 of some reading, or the FI/SE/AX length |
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_words, patterns
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import Cand
from coachdesk.privacy.spoken_readings import Num, readings

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("plate_dash", "spoken or written plate letters, a dash word, up to three digits"),
        Rule("plate_cue", "plate letters and digits without a dash after a plate word"),
        Rule("plate_spelled", "three capitals spelled one by one and digits read out: K X T neljä yks seittemän"),
        Rule("plate_written_letters", "written plate letters and spoken digits after a plate word: rekkari ABC sataviis"),
        Rule("plate_colloquial", "plate letters said as in speech: ässä koo oo, kaa ällä oo, ka, oh"),
        Rule("case_letters", "letter names said between a case number word and its digits: päätösnumero kaa uu kaksi nolla"),
        Rule("iban", "a country code and 14-30 digits read out"),
    )
}

_DASH_WORDS = frozenset("viiva väliviiva tavuviiva dash hyphen streck bindestreck".split())
_PLATE_CUES = (
    "rekisteri", "rekkari", "kilpi", "kilvet", "registrering", "regnummer", "regnr", "reg", "plate", "registration",
)
# short words of running text that are no written plate letters ("Rekkari on ok, kolme autoa")
_FUNCTION_SHORT = frozenset("ok on ei ja se oli nyt vai tai kun jo är en ett och har var nu the is was and it its".split())
_COUNTRY = {"fi": "FI", "se": "SE", "ax": "AX"}
MULT = {"double": 2, "triple": 3, "tupla": 2, "dubbel": 2}
_GROUP_WORDS = _DASH_WORDS | cue_words.words("SPOKEN_COMMA")
_IBAN_DIGITS = {"FI": 16, "AX": 16, "SE": 22}  # digits after the country code (check digits included)
# Swedish letter names (only read where a letter is expected: a plate, a stair letter after a house number)
SV_LETTER_NAMES = {
    "a": "A", "be": "B", "ce": "C", "de": "D", "e": "E", "eff": "F", "ge": "G", "hå": "H", "ji": "J", "kå": "K",
    "ell": "L", "emm": "M", "enn": "N", "pe": "P", "ku": "Q", "ärr": "R", "ess": "S", "te": "T", "ve": "V",
    "ex": "X", "eks": "X", "säta": "Z", "zäta": "Z", "ka": "K",
}

# Finnish letter names as said in speech ("ässä koo oo", "kaa ällä oo"): only read where a plate's letters are expected
FI_COLLOQUIAL_LETTER_NAMES = {
    "kaa": "K", "ällä": "L", "ämmä": "M", "ännä": "N", "ärrä": "R", "ässä": "S", "äffä": "F", "äksä": "X",
    "hoo": "H", "jii": "J", "kuu": "Q", "vee": "V",
}

EN_LETTER_NAMES = {
    "ay": "A", "bee": "B", "cee": "C", "dee": "D", "ef": "F", "eff": "F", "gee": "G", "aitch": "H", "jay": "J",
    "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q", "ar": "R", "ess": "S", "tee": "T",
    "vee": "V", "ex": "X", "zed": "Z", "zee": "Z", "eye": "I", "why": "Y", "you": "U", "oh": "O",
}
# the country code of an account read out letter by letter ("äf ii", "eff i", "ef eye")
_COUNTRY_LETTERS = {"eff": "F", "äf": "F", "ef": "F", "ii": "I", "i": "I", "eye": "I", "äs": "S", "ess": "S",
                    "ee": "E", "e": "E", "aa": "A", "a": "A", "ay": "A", "äks": "X", "ex": "X", "eks": "X"}


LETTERS_BY_LANG = {"sv": SV_LETTER_NAMES, "en": EN_LETTER_NAMES, "fi": FI_COLLOQUIAL_LETTER_NAMES}


def letter_at(r: _Reader, k: int) -> str:
    """The one letter token k stands for: a spoken letter name or a written single letter."""
    t = r.toks[k]
    if r.used[k]:
        return ""
    if len(t.raw) == 1 and t.raw.isalpha():
        return t.raw.upper()
    named = LETTERS_BY_LANG.get(r.lang, {}).get(t.low) or r.letter(t.low)
    return named[:1]


def case_letters_before(r: _Reader, a: int, cues: frozenset[str]) -> int:
    """Rule case_letters: the first token of 1-4 letters said or written right before token a (the first
    digit of a case number read out) when a case word (``cues``) stands just before them; else ``a``."""
    k = a
    while k > 0 and a - k < 4 and r.joined(k - 1) and letter_at(r, k - 1):
        k -= 1
    if k == a or not r.before(k, cues, 3):  # "case number is kay you …"
        return a
    return k


def _digits_after(r: _Reader, j: int, most: int) -> tuple[str, int]:
    """Digits read out from token j (each number below 1000), at most ``most``; (digits, last token)."""
    digits, last, _ = nums_after(r, j, most)
    return digits, last


def nums_after(r: _Reader, j: int, most: int, thousands: bool = False) -> tuple[str, int, list[Num]]:
    """:func:`_digits_after` with the numbers read (a doubled digit twice); with ``thousands`` a group said as
    thousands too (`kahdeksantuhatta yksi` in an account number)."""
    nums: list[Num] = []
    digits, last = "", -1
    while j < len(r.toks) and not r.used[j]:
        if nums and r.toks[j].low in _GROUP_WORDS and r.joined(j) and (r.val[j + 1] is not None or r.toks[j + 1].low in MULT):
            j += 1  # "… kaks viiva neljä …", "… two comma four …": a dash or comma read out between groups
        times = MULT.get(r.toks[j].low, 1) if r.joined(j) else 1  # "double zero", "tupla kaks"
        n = r.number(j + (times > 1))
        if n is None or n.value >= (10_000 if thousands else 1000) or len(digits) + times * len(n.digits) > most or (
            times > 1 and n.value > 9
        ):
            break
        if digits and r.counted_after(n.last) and len(r.toks[n.last + 1].raw) > 1:
            break  # "…, two times I tried": a count after the number is no part of it
        digits, last = digits + n.digits * times, n.last
        nums += [n] + [Num(n.first, n.last, n.value, n.digits, n.spoken)] * (times - 1)
        if not r.joined(last):
            break
        j = last + 1
    return digits, last, nums


def plates(r: _Reader) -> Iterator[Cand]:
    """Rules plate_dash and plate_cue."""
    toks = r.toks
    k = 0
    while k < len(toks):
        letters, a = "", k
        raw = toks[k].raw
        written = (  # plate_written_letters: "rekkari ABC satakaksikymmentäkolme"
            2 <= len(raw) <= 3
            and k + 1 < len(toks)
            and (r.val[k + 1] is not None or toks[k + 1].low in _DASH_WORDS)  # a number (or a dash) follows
            and raw.isalpha()
            and not r.used[k]
            and (raw.isupper() or raw.lower() not in _FUNCTION_SHORT)
            and not letter_at(r, k)
            and r.gap(k).strip() in ("", "-")
            and r.before(k, _PLATE_CUES, 5)
        )
        if written:
            letters, k = raw.upper(), k + 1
        while not written and k < len(toks) and len(letters) < 4:
            letter = letter_at(r, k)
            if not letter:
                break
            letters += letter
            if not r.joined(k):
                k += 1
                break
            k += 1
        if not 2 <= len(letters) <= 3 or (a > 0 and letter_at(r, a - 1) and r.joined(a - 1)):
            k = max(k, a + 1)
            continue
        last_letter = k - 1
        j = k
        dashed = "-" in r.gap(last_letter) if last_letter + 1 < len(toks) else False
        if j < len(toks) and toks[j].low in _DASH_WORDS and r.joined(j):
            dashed, j = True, j + 1
        spelled = last_letter == a + 2 and all(len(toks[i].raw) == 1 and toks[i].raw.isupper() for i in range(a, k))
        if not dashed and not spelled and not r.before(a, _PLATE_CUES, 5):
            continue  # (three capitals spelled one by one, "K X T neljä yks seittemän", need no plate word)
        digits, last = _digits_after(r, j, 3)
        more = r.number(last + 1) if last + 1 < len(toks) and r.joined(last) else None
        if not digits or (more is not None and not r.counted_after(more.last)):
            continue  # more digits follow: no plate
        spoken = any(len(toks[i].raw) > 1 for i in range(a, last_letter + 1)) or not toks[j].raw.isdigit()
        plate = f"{letters}-{digits}"
        if not spoken or letters in patterns._SCALE_ACRONYMS or not patterns._PLATE.fullmatch(plate):
            continue
        r.mark(a, last)
        yield Cand(*r.span(a, last), "ID", "plate", "car registration plate (spoken)", 85)
        k = last + 1


def ibans(r: _Reader) -> Iterator[Cand]:
    """Rule iban."""
    toks = r.toks
    for k, t in enumerate(toks):
        country, j = _COUNTRY.get(t.low, ""), k + 1
        if not country and k + 1 < len(toks) and r.joined(k):
            pair = _COUNTRY_LETTERS.get(t.low, "") + _COUNTRY_LETTERS.get(toks[k + 1].low, "")
            country, j = (pair if pair in _IBAN_DIGITS else ""), k + 2
        if not country or r.used[k] or not r.joined(j - 1):
            continue
        digits, last, nums = nums_after(r, j, 30, thousands=True)
        if len(digits) < 14 or not any(n.spoken for n in nums):
            continue
        # a ten and its unit said apart ("kakskyt yks") may be one number or two: the reading whose
        # check digits hold is the account; else the FI/SE/AX length decides
        reads = {"".join(x) for x in readings(nums, 64)} if len(digits) != _IBAN_DIGITS.get(country) else {digits}
        if not any(patterns.iban_valid(country + d) or len(d) == _IBAN_DIGITS.get(country) for d in reads):
            continue
        r.mark(k, last)
        yield Cand(*r.span(k, last), "ID", "iban", "IBAN (spoken)", 92)
