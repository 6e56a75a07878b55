"""Word facts for name detection: the lexicon reading of a token and small tests of a word's shape."""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.privacy.cues import (
    AGE_AFTER,
    BACK,
    FI_COMMON_SHAPE,
    FOREIGN,
    FRONT,
    GRADE_PAIRS,
    LOCATIVE,
    NON_FINNISH,
    SAFE_LOWER_ENDINGS,
    VOWEL,
)
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import ALLOW as ALLOW_FLAG
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.tokens import Token


def collapsed(stem: str, base: str) -> bool:
    """``base`` is ``stem`` with a doubled consonant made single (joukko -> Jouko): strong to weak grade."""
    if len(base) != len(stem) - 1:
        return False
    for i in range(len(stem) - 1):
        if stem[i] == stem[i + 1] and stem[i] not in "aeiouyäöå" and stem[:i] + stem[i + 1 :] == base:
            return True
    return False


@dataclass(slots=True)
class TokInfo:
    """A token's lexicon reading: its flags, base form and stem length."""
    flags: int
    base: str
    stem_len: int


def word_info(t: Token, lex: Lexicon, lang: str = "fi") -> TokInfo:
    """The lexicon reading of token t in ``lang`` (Finnish case endings stripped for fi)."""
    if lang != "fi":
        # English and Swedish: no Finnish case endings (Severe is not Severi); only possessive s
        low = t.lower
        cands = [low, low[:-2] if low.endswith(("'s", "’s")) else "", low[:-1] if low.endswith("s") else ""]
        if (
            lang == "sv"
            and len(low) >= 4
            and low.endswith("s")
            and lex.get(low[:-1]) & FIRST
            and not (
                lex.get(low) & NAME
                and not lex.get(low) & INTL
                and lex.counts.get(low, 0) * 10 >= lex.counts.get(low[:-1], 0)
            )
        ):
            cands = [low[:-1], low]  # Swedish genitive: Henriks -> Henrik, Johans -> Johan (not rare "Johans")
        for cand in cands:
            if cand and lex.get(cand):
                return TokInfo(lex.get(cand), cand, len(cand) if cand != low else len(low))
        if "-" not in low:
            return TokInfo(0, low, len(low))
    f, base, sl = lex.lookup(t.text)
    if f and not f & (PLACE | KEEP) and sl < len(t.text):
        place = lex.find(t.text, PLACE)
        if place and t.lower[place[1] :].endswith(LOCATIVE):
            return TokInfo(lex.get(place[0]), place[0], place[1])
    if not f and "-" in t.text:
        # hyphenated: Jari-Pekka (both names), Kitee-Rääkkylän (places), Kela-asian (kept first part)
        parts = t.text.split("-")
        first = lex.lookup(parts[0])
        last = lex.lookup(parts[-1])
        if first[0] & KEEP:
            return TokInfo(first[0] & KEEP, first[1], len(t.text))
        if parts[-1][:1].isupper() and last[0] & (NAME | PLACE):
            return TokInfo(last[0], last[1], len(t.text) - len(parts[-1]) + last[2])
        if parts[-1][:1].islower():
            # Aslak-kurssi, Omaolo-palvelu: a programme or product qualifying a common noun
            return TokInfo(KEEP & ALLOW_FLAG, t.lower, len(t.text))
    return TokInfo(f, base, sl)


def acronym_compound(word: str) -> bool:
    """B-lausunto, IT-tuki, PHQ-9-pisteet: a letter or an acronym joined to a word."""
    head, sep, _ = word.partition("-")
    return bool(sep) and (len(head) == 1 or head.isupper())


def foreign(word: str) -> bool:
    """The word has letter sequences Finnish words do not have."""
    return bool(FOREIGN.search(word.lower()))


# letters rare in Finnish, Swedish and English words but common in Central/Eastern European names
_CEE_LETTERS = frozenset("łśżźńćóąęřčšěůďťňľőűğşıșțăėųūģķļņ" + "ŁŚŻŹŃĆÓĄĘŘČŠĚŮĎŤŇĽŐŰĞŞİȘȚĂĖŲŪĢĶĻŅ")


def cee_letters(word: str) -> bool:
    """Evidence (not a decision) that a capitalised word is a name: a letter of Central/Eastern European
    names that Finnish, Swedish and English words do not have (Wiśniewski, Dvořák; Łódź too: a place)."""
    return any(ch in _CEE_LETTERS for ch in word)


def non_latin(word: str) -> bool:
    """The word is written in a non-Latin script (Cyrillic, Arabic, …; Greek excepted)."""
    return len(word) >= 2 and word[0] > "\u02ff" and all(ord(ch) > 0x2FF and not 0x370 <= ord(ch) <= 0x3FF for ch in word if ch.isalpha())


def looks_finnish(word: str) -> bool:
    """The word is shaped like a Finnish word (length, vowels, allowed final letter)."""
    w = word.lower()
    return len(w) >= 4 and not NON_FINNISH.search(w) and len(VOWEL.findall(w)) >= 2 and w[-1] in "aeiouyäönst"


def plain_ending(end: str) -> str:
    """``end`` when it is a plain case ending a placeholder can carry (letters only, at most six), else ""."""
    return end if end.isalpha() and len(end) <= 6 else ""


def ending_of(t: Token, info: TokInfo) -> str:
    """The case ending after the stem of t, "" when there is none or it is not a plain ending."""
    return plain_ending(t.text[info.stem_len :])


def lexicon_ending(word: str, lex: Lexicon) -> str:
    """The plain case ending after the stem of the lexicon's reading of ``word`` (``Virtaselle`` -> ``lle``;
    "" for a word in no list)."""
    return plain_ending(word[lex.lookup(word)[2] :])


def name_bases(word: str, base: str, lex: Lexicon) -> set[str]:
    """Every name reading of a found word (Valon -> Valon, Valo), so that other inflected forms match."""
    out = {base}
    if len(word) <= 24:
        out.update(b for b, _ in analyses(word) if len(b) >= 3 and lex.get(b) & NAME)
    return out


def heading(text: str, t: Token) -> bool:
    """A word at a sentence, list-item or heading start right before a colon (not "Oy:n")."""
    return t.sent_start and text.startswith(":", t.end) and not text[t.end + 1 : t.end + 2].isalnum()


def fi_common_word(w: str, lex: Lexicon) -> bool:
    """An ordinary Finnish word by its shape: -minen/-inen/-us forms, or a compound of frequent words
    (Lääkärinlausunto, Etävastaanotto, Asiakasnumero, Yhteyshenkilö)."""
    if FI_COMMON_SHAPE.search(w):
        return True
    if len(w) < 8 or "-" in w:
        return False
    for i in range(3, len(w) - 3):
        tail = w[i:]
        if (tail in lex.frequent or lex.get(tail) & COMMON) and (w[:i] in lex.frequent or lex.get(w[:i]) & COMMON):
            return True
    return False


def language_word(word: str, lang: str, base: str, lex: Lexicon) -> bool:
    """A word form common in the text's language only (language_words.tsv: otti, toi, emme, said)
    whose name reading is weak: an inflected reading of a name (emme -> Emmi) or a name with fewer
    than 1,000 Finnish bearers (Toimi, Otti). Never a name that is also a word (aamu, lumi), which
    the ambiguity rules handle, nor a well-attested name as written (matti, jari)."""
    if lex.lang_words.get(word) != lang or lex.get(word) & AMBIG:
        return False
    flags = lex.get(base)
    fi_count = lex.counts.get(base, 0) if not flags & INTL else 0
    return word != base or fi_count < 1000


def best_first(word: str, lex: Lexicon) -> tuple[str, int] | None:
    """The best first-name analysis of a lower-case word with a plain ending: (base, stem_len).

    Every analysis is tried (aleksia -> aleksi, not the rare literal Aleksia); the most common Finnish
    name wins. Only plain endings and weak->strong gradation (pekalta -> Pekka), never joukkoon -> Jouko.
    """
    best: tuple[int, str, int] | None = None
    for base, sl in analyses(word):
        bf = lex.get(base)
        if not bf & FIRST or len(base) < 3:
            continue
        end = word[sl:]
        if end not in SAFE_LOWER_ENDINGS or collapsed(word[:sl], base) or strong_over_weak(word[:sl], base):
            continue
        if (BACK.search(base) and FRONT.search(end)) or (not BACK.search(base) and BACK.search(end)):
            continue  # vowel harmony: lisää is not Lisa's partitive (Lisaa)
        cnt = lex.counts.get(base, 0) if not bf & INTL else 0
        if base == word:
            cnt = cnt * 10 + 1  # the name as written wins unless another reading is far more common (aleksia)
        if best is None or cnt > best[0]:
            best = (cnt, base, sl)
    return (best[1], best[2]) if best else None


def strong_over_weak(stem: str, base: str) -> bool:
    """unta -> Unna: a strong grade in the word form where the name has the weak one (never a name form)."""
    return any(
        strong in stem and stem.replace(strong, weak, 1) == base[: len(stem)] for strong, weak in GRADE_PAIRS
    )


def plural_of_common(word: str, base: str, lex: Lexicon) -> bool:
    """päiviin, päivin: an i-final name whose form is also a plural of a common noun (päivä)."""
    if not base.endswith("i") or not word.startswith(base) or word == base:
        return False
    stem = base[:-1]
    return any(stem + v in lex.frequent for v in ("a", "ä", "e", "o", "ö", "u", "y"))


def has_digit(word: str) -> bool:
    """The word holds a digit."""
    return not word.isalpha() and any(ch.isdigit() for ch in word)


def in_address(text: str, t: Token) -> bool:
    """The token is part of an e-mail address, URL or path (reads single characters, no slices)."""
    s, e = t.start, t.end
    if s > 0:
        before = text[s - 1]
        if before == "@" or before == ".":
            return True
        if before == "/" and not (s < 2 or text[s - 2].isspace()):
            return True  # (" /pia" is a sign-off, not a path)
    return e + 1 < len(text) and text[e] in "@./" and text[e + 1].isalnum()


def strip_poss(w: str) -> str:
    """The word without an English possessive 's."""
    return w[:-2] if w.endswith(("'s", "’s")) else w


def reason_text(label: str, uncertain: bool) -> str:
    """The reason a name-layer finding shows in the review."""
    if uncertain:
        return "capitalised word mid-sentence (proper noun?)"
    return "name in the name lists" if label == "PERSON" else "place name"


def age_follows(text: str, end: int) -> bool:
    """An age follows the position ``end`` ("Maija, 34 v.")."""
    return bool(AGE_AFTER.match(text, end, end + 24))
