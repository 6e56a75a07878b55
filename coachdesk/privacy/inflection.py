"""Finnish (and a little Swedish/English) inflection: from a word form to candidate base forms.

The scrubber never needs a full morphology: it needs to ask "is this word form an inflected
form of a name/place in the lexicon?". So we strip a case ending (and clitic, possessive),
then undo the regular stem changes (consonant gradation, e→i, -se→-nen, -de→-si, ...) and
let the lexicon decide which candidate is real.
"""

from __future__ import annotations

from functools import lru_cache

from coachdesk.privacy.forget import word_cache

# Case endings, plural case endings and a few derivational-free combinations; longest first.
_CASE_ENDINGS = sorted(
    {
        # singular
        "n", "a", "ä", "ta", "tä", "tta", "ttä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä",
        "lla", "llä", "lta", "ltä", "lle", "ine", "in", "an", "en", "on", "un", "yn", "än", "ön",
        "hin", "han", "hen", "hon", "hun", "hyn", "hän", "hön", "seen", "siin", "sen", "tse",
        # plural
        "t", "ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iin",
        "ien", "iden", "itten", "ihin", "ina", "inä", "ia", "iä", "ita", "itä", "ineen", "ten",
        # Swedish / English genitive
        "s", "'s", "’s", "'n", "’n",
    },
    key=len,
)
_CLITICS = ("kin", "kaan", "kään", "han", "hän", "ko", "kö", "pa", "pä", "pas", "päs")
_POSSESSIVES = ("nsa", "nsä", "mme", "nne", "ni", "si", "an", "en", "än", "in", "on", "un", "yn", "ön")

# weak grade -> strong grade (undo gradation); applied to the last consonant cluster of a stem.
_WEAK_TO_STRONG = (
    ("kk", "kk"),
    ("nn", "nt"),
    ("mm", "mp"),
    ("ll", "lt"),
    ("rr", "rt"),
    ("ng", "nk"),
    ("lj", "lk"),
    ("rj", "rk"),
    ("hd", "ht"),
    ("d", "t"),
    ("v", "p"),
    ("k", "kk"),
    ("p", "pp"),
    ("t", "tt"),
)
# strong -> weak (for names whose base form has the weak grade, e.g. Aarre -> Aarteen)
_STRONG_TO_WEAK = (("rt", "rr"), ("nt", "nn"), ("lt", "ll"), ("tt", "t"), ("kk", "k"), ("pp", "p"))
_VOWELS = "aeiouyäöå"


def _last_cluster(stem: str) -> tuple[int, int]:
    """Span (i, j) of the consonant cluster just before the final vowel(s) of ``stem``."""
    j = len(stem)
    while j > 0 and stem[j - 1] in _VOWELS:
        j -= 1
    i = j
    while i > 0 and stem[i - 1] not in _VOWELS:
        i -= 1
    return i, j


def _gradations(stem: str) -> list[str]:
    out: list[str] = []
    i, j = _last_cluster(stem)
    if j == len(stem) or (i == 0 and j == 0):
        j = len(stem)
    cluster = stem[i:j]
    for weak, strong in _WEAK_TO_STRONG:
        if cluster.endswith(weak):
            out.append(stem[: j - len(weak)] + strong + stem[j:])
    for strong, weak in _STRONG_TO_WEAK:
        if cluster.endswith(strong):
            out.append(stem[: j - len(strong)] + weak + stem[j:])
    if len(stem) >= 3 and stem[-1] in _VOWELS and stem[-2] in _VOWELS and stem[-1] != stem[-2]:
        out.append(stem[:-1] + "k" + stem[-1])  # a lost k: Mäe- -> Mäke- -> Mäki, Seinäjoe- -> Seinäjoki
    # r/l/h + vowel where a k was lost after the consonant (Turu -> Turku, Jalan? no)
    if j - i == 1 and stem[i] in "rlh" and j < len(stem):
        out.append(stem[:j] + "k" + stem[j:])
    return out


def _stem_variants(stem: str) -> list[str]:
    """Base-form guesses for an inflection stem (lowercase)."""
    out = [stem]
    if len(stem) < 2:
        return out
    if stem.endswith("se"):  # Virtase- -> Virtanen, Rautiaise- -> Rautiainen
        out.append(stem[:-2] + "nen")
    if stem.endswith("s") and len(stem) > 3:  # Virtas(ta) -> Virtanen
        out.append(stem[:-1] + "nen")
    if stem.endswith("kse"):  # Tuomakse- -> Tuomas
        out.append(stem[:-3] + "s")
    if stem.endswith("de"):  # Varkaude- -> Varkaus, Orivede- -> Orivesi
        out.append(stem[:-2] + "s")
        out.append(stem[:-2] + "si")
    if stem.endswith("vete"):  # Kiuruvetenä -> Kiuruvesi; not "liite" -> Liisi, "laste-" -> Lassi
        out.append(stem[:-2] + "si")
    if stem.endswith("ee"):  # Tamperee- -> Tampere, Laine-en
        out.append(stem[:-1])
    if stem.endswith("e"):
        out.append(stem[:-1] + "i")  # Koske- -> Koski, Niemi
    if stem.endswith("i") and len(stem) > 3:
        out.append(stem[:-1])  # Lindroosi- -> Lindroos, Wordi- -> Word
    more: list[str] = []
    for s in out:
        for g in _gradations(s):
            more.append(g)
            if g.endswith("e"):
                more.append(g[:-1] + "i")
    out.extend(more)
    return out


def split_clitic(word: str) -> list[str]:
    """``word`` and the word without a clitic (Mattikin -> Matti)."""
    res = [word]
    for c in _CLITICS:
        if word.endswith(c) and len(word) - len(c) >= 3:
            res.append(word[: -len(c)])
    return res


@word_cache
@lru_cache(maxsize=65536)
def analyses(word: str) -> tuple[tuple[str, int], ...]:
    """Candidate (base_form, surface_stem_length) pairs for a lowercase ``word``, most literal first.

    ``surface_stem_length`` is where the case ending starts in the surface word (the ending is
    ``word[surface_stem_length:]``), used to keep the ending on a placeholder: Mattille -> ":lle".
    """
    seen: dict[str, int] = {word: len(word)}
    for w in split_clitic(word):
        bases = [w]
        for p in _POSSESSIVES[:5]:
            if w.endswith(p) and len(w) - len(p) >= 3:
                bases.append(w[: -len(p)])
        for b in bases:
            if b not in seen:
                seen[b] = len(b)
            if b != word:  # a stem before a clitic or possessive (Oravalahte|kin); a bare "time" is no Timi
                for v in _stem_variants(b)[1:]:
                    seen.setdefault(v, len(b))
            for end in _CASE_ENDINGS:
                if b.endswith(end) and len(b) - len(end) >= 2:
                    stem = b[: -len(end)]
                    for v in _stem_variants(stem):
                        seen.setdefault(v, len(stem))
    return tuple(seen.items())


def ending_of(word: str, stem_len: int) -> str:
    """The case ending to keep after a placeholder (without clitics that only add noise)."""
    end = word[stem_len:]
    if end.startswith(("'", "’")):
        return ""
    return end
