"""Colloquial Finnish numbers in dictated notes: tens said by a digit's name, hundreds said apart, a postal town
in lower case.

Small hooks: :func:`ages` runs on the token windows of ``spoken._Reader`` (in ``spoken.find_spoken``),
rule digit_name_tens is ``spoken_numbers.fi_digit_name_tens``, read by ``fi_cardinal`` (so every spoken form sees the
number), :func:`postal_parts` and :func:`lower_town` by ``spoken._Reader._postal_town``, and :func:`tag`
names the rule of a spoken finding in its reason (``spoken.find_spoken``). Every look-around is a bounded
number of tokens. Every decision is one row of :data:`RULES`; the rule id ends the reason, so ``coachdesk
scrub --explain`` shows it.

| id | shape (invented examples) | evidence |
|---|---|---|
| digit_name_tens | `kasikuus` 86, `ysikaks` 92, `seiskaviis` 75, `kasitoista` 18, `ysitoista` 19 (`puhelin nolla neljä viis, kaks nolla yks, kuuskytkolme ysitoista`) | one word: the name of the digit 7, 8 or 9 (`seiska`, `kasi`, `ysi`) as the ten, fused with a unit word (`yks` … `yheksän`, `kasi`, `ysi`, or a digit's noun `ykkönen` … `kutonen`: `ysikutonen` 96) or `toista`; a digit's noun alone is a digit in a number read out (`nolla nelonen viis`); read wherever a number word is (a phone, a postal code, an age); a count after it still ends a run (`kasitoista kertaa`) |
| postal_hundreds_apart | `Kivirannankatu seittemän see neljä, kasikuus kaks sata Sotkamo` (86200), `…, ysikaks yks sata Raahe`, `…, nolla nolla viis sata …` (00500), `…, kolkytkolme kakssata …` | after a spoken street address: a unit and `sata`/`sataa` said apart (or `kakssata` in one word) are the hundreds of the postal code; a ten or unit after the hundreds joins them (`kaks sata kakskyt` 220); the five digits and the town make the postal code and the address span runs to the town |
| age_noun_filler | `ikää nyt kolkytkolme vuotta`, `ikä niinku nelkytviis`, `iältään jo viiskytkaks`, `Ikää: kolkytkolme.`, `ikää hänellä kolkyt kaks` | an age noun (`ikää`, `ikä`, `iältään` …), a colon or dash maybe, one or two fillers (`nyt`, `niinku`, `jo`, `kertynyt` …; section ``AGE_NOUN_FILLERS``) or a possessor in the adessive (`hänellä`, `asiakkaalla`), a number 14–99 read out (a ten and its unit apart too); no counted noun after it but `vuotta`, and no duration word after that (`vuotta sitten`, `vuotta työuraa`) |
| age_person_years | `mies, kolkytkaks vuotta, ei työkokemusta`, `asiakas kolkytkaks vuotta.`, `Liisa (kolkytkaks vuotta)` | a person noun (section ``AGE_PERSON_NOUNS``) or a given name of the lists, a comma or a bracket maybe, a number 14–99 read out, `vuotta`, then the clause ends (a stop, a comma, a bracket, `ja`) |
| age_turned_later | `hän täytti viime kuussa kolkytkaks vuotta`, `täyttää ensi viikolla nelkytviis` | a "turned" verb (section ``AGE_TURNED``), one to three lower-case words (no negation, no number), a number 14–99 read out and `vuotta`, or the clause's end when the words between are time words (section ``AGE_TURNED_WHEN``: `ensi viikolla`); never a duration (`vuotta sitten`) |
| postal_commas | `Kivikatu seittemän see neljä pilkku kasikuus kaks sata Sotkamo`, `…, kasikuus kaks sata, Sotkamo` | after a spoken street address: a comma said (`pilkku`) before the postal code, or a comma written between the postal code and a capitalised town |
| postal_word | `Kivikatu seittemän see neljä, postinumero kasikuus kaks sata Sotkamo` | after a spoken street address: a postal-code word (`postinumero`, `postinro`) said before the code read out; the address span runs from the street over the word to the town |
| ten_unit_apart | `Kivikatu seittemän see kakskyt kolme, kasikuus kaks sata Sotkamo`, `Rantatie kolkyt yks bee kaks`, `hän on nelkyt viis vuotta vanha` | a house or flat number said as a ten and its unit apart (one space) is one number; a counted noun after it still ends the address; a ten said alone and its unit before a counted noun are one number (the age 45, not 40 and 5) |
| street_head_more | `asuu Kalliopuisto kolme aa kaks, kasikuus kaks sata Sotkamo`, `Koivumäki viis bee yks` | a capitalised compound ending in a street head of ``STREET_HEADS_MORE`` (-puisto, -mäki, -rinne, -harju …; the head alone is no street), a house number read out, then a stair letter said by its name or a postal code and town (a house number alone is not enough: `Koivumäki kolme` may be a count of hills) |
| street_inflected | `asuu Kivirannankadulla seittemän see neljä`, `asuu koivutiellä kolkytkaks, kasikuus kaks sata Sotkamo`, `asuu Myllykujalla viis.` | a street compound in the adessive (section ``STREET_ADESSIVE``: -kadulla, -tiellä, -kujalla, -polulla …; the ending alone is no street), a house number read out, then a stair letter said by its name, a postal code and town, or a residence verb (`asuu`, section ``HURRIED_LIVE``) before the street and the clause's end after the number; never a count (`Kivikadulla kolme kertaa`) |
| postal_town_lower | `asuu kivirannankatu seittemän, kasikuus kaks sata sotkamo` | after a spoken street address and five digits of a postal code: a lower-case word that the place list knows, or a word of no list (a surname at most: villages bear them, `perttula`) and no frequent word closing the clause (punctuation or a spoken one: `pilkku`, `punkt`, `full stop`), is the town; in Swedish and English dictation too |
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from coachdesk.privacy import cue_words, patterns
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ADDRESS, PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_extra import said_number
from coachdesk.privacy.spoken_numbers import COUNTED
from coachdesk.privacy.spoken_numbers import fi_digit_name_tens as below_100
from coachdesk.privacy.spoken_readings import Num

if TYPE_CHECKING:
    from coachdesk.privacy.spoken import _Reader

RULES = {
    r.id: r
    for r in (
        Rule("digit_name_tens", "a ten said by the digit's name fused with a unit or toista: kasikuus 86, ysitoista 19"),
        Rule("postal_hundreds_apart", "a unit and sata said apart are the hundreds of a postal code: kasikuus kaks sata"),
        Rule("age_noun_filler", "an age noun, a filler and an age read out: ikää nyt kolkytkolme vuotta"),
        Rule("age_person_years", "a person noun or given name, an age read out and vuotta closing the clause: mies, kolkytkaks vuotta,"),
        Rule("age_turned_later", "a turned verb, a few words, an age read out: täytti viime kuussa kolkytkaks vuotta"),
        Rule("postal_commas", "a comma said before a spoken postal code or written before its town: neljä pilkku kasikuus …"),
        Rule("postal_word", "a postal-code word between a spoken street address and its code: neljä, postinumero kasikuus …"),
        Rule("ten_unit_apart", "a house or flat number said as a ten and a unit apart: see kakskyt kolme"),
        Rule("street_head_more", "a street compound of STREET_HEADS_MORE, a house number and a stair letter or postal town: Kalliopuisto kolme aa kaks"),
        Rule("street_inflected", "a street in the adessive, a house number and a stair letter, postal town or asuu: asuu Kivikadulla seittemän see"),
        Rule("postal_town_lower", "a lower-case town of the place list after a spoken postal code: … kaks sata sotkamo"),
    )
}

_COMMA_WORDS = cue_words.words("SPOKEN_COMMA")
_CLAUSE_WORDS = _COMMA_WORDS | cue_words.words("SPOKEN_DOT") | {"full"}  # spoken punctuation ("full stop")
_SPOKEN_MARK = re.compile(r" ([^\W\d_]+)")
_ADESSIVE = tuple(sorted(cue_words.words("STREET_ADESSIVE"), key=len, reverse=True))
_LIVE = frozenset(w for w in cue_words.words("HURRIED_LIVE") if w.startswith("asu"))  # asuu, asui, asunut …
_MORE_HEADS = tuple(sorted(cue_words.words("STREET_HEADS_MORE"), key=len, reverse=True))
_AGE_NOUNS = cue_words.words("AGE_NOUNS")
_NOUN_FILLERS = cue_words.words("AGE_NOUN_FILLERS") | cue_words.words("AGE_FILLERS")
_PERSON_NOUNS = cue_words.words("AGE_PERSON_NOUNS")
_TURNED = cue_words.words("AGE_TURNED")
_TURNED_WHEN = cue_words.words("AGE_TURNED_WHEN")
_NEGATIONS = frozenset("ei en et emme ette eivät eikä".split())
_YEARS = frozenset({"vuotta", "v", "vee"})
# "kolkytkaks vuotta sitten / työuraa": a duration, not an age
_DURATION_AFTER = frozenset(
    "sitten ajan aikaa töissä työssä kokemusta työkokemusta työuraa uraa alalla takaperin nuorempi vanhempi sama "
    "myöhemmin aiemmin aikaisemmin".split()
)
_CLOSERS = frozenset({",", ".", ")", ";", "!", "?"})
_HUNDREDS = frozenset({"sata", "sataa"})
_WORD = re.compile(r"[^\W\d_]+")


def postal_parts(r: _Reader, nums: Sequence[Num]) -> tuple[list[Num], bool]:
    """Rule postal_hundreds_apart: the numbers of a postal code read out with a unit and ``sata`` said apart
    ("kaks sata" 200) joined into the hundreds, and a ten or unit after them joined too ("kaks sata kakskyt"
    220); whether any were joined."""
    out: list[Num] = []
    joined = False
    for n in nums:
        prev = out[-1] if out else None
        low = r.toks[n.first].low
        joined = joined or (n.spoken and n.first == n.last and low.endswith("sata") and len(low) > 4)  # "kakssata"
        if (
            prev is not None
            and n.spoken
            and prev.spoken
            and r.toks[n.first].low in _HUNDREDS
            and n.first == n.last
            and 1 <= prev.value <= 9
            and prev.last + 1 == n.first
            and r.gap(prev.last) == " "
        ):
            v = prev.value * 100
            out[-1] = Num(prev.first, n.last, v, str(v), True)
            joined = True
        elif (
            prev is not None
            and joined
            and n.spoken
            and prev.value in range(100, 1000, 100)
            and 1 <= n.value <= 99
            and prev.last + 1 == n.first
            and r.gap(prev.last) == " "
        ):
            v = prev.value + n.value
            out[-1] = Num(prev.first, n.last, v, str(v), True)
        else:
            out.append(n)
    return out, joined


def postal_rules(r: _Reader, nums: Sequence[Num], j: int, said: str) -> list[str] | None:
    """The postal code read out (``nums``) and the town at token j after a spoken street address: the rules of
    this table that read them (postal_hundreds_apart, postal_town_lower, postal_commas, postal_word), or None when they make
    no five digits and a town. The plain shape (digits and groups, a space, a capitalised town) gives []."""
    parts, apart = postal_parts(r, nums)
    digits = r._postal_digits(parts)
    if len(digits) != 5 or digits == "00000":
        return None
    gap = r.gap(j - 1)
    upper = r.toks[j].raw[:1].isupper()
    if gap == " " and upper:
        rules = []
    elif gap == " " and lower_town(r, j):
        rules = ["postal_town_lower"]
    elif gap == ", " and upper:
        rules = ["postal_commas"]  # "…, kasikuus kaks sata, Sotkamo"
    else:
        return None
    if said:  # "pilkku" or "postinumero" said before the code
        rules = [*rules, "postal_commas" if said in _COMMA_WORDS else "postal_word"]
    return ["postal_hundreds_apart"] * apart + rules


def ten_unit(r: _Reader, n: Num | None) -> Num | None:
    """Rule ten_unit_apart: a house or flat number said as a ten and its unit apart ("kakskyt kolme" 23) is one
    number; ``n`` as it is otherwise."""
    if n is None or r.lang != "fi" or not n.spoken or n.first != n.last or n.value not in range(20, 100, 10):
        return n
    k = n.last + 1
    if k >= len(r.toks) or r.gap(n.last) != " " or r.toks[k].raw.isdigit():
        return n
    u = r.val[k]
    if u is None or not 1 <= u <= 9:
        return n
    if r._postal_town(n.last) is not None and r._postal_town(k) is None:
        return n  # "Kivikatu kakskyt kolme kolme yks nolla nolla Tampere": the unit starts the postal code
    return Num(n.first, k, n.value + u, str(n.value + u), True)


def unit_of_lone_ten(r: _Reader, items: Sequence[tuple[str, object]], n: Num) -> bool:
    """Rule ten_unit_apart in a run: a spoken ten alone, then its unit before a counted noun ("nelkyt viis vuotta
    vanha"): the count is the whole number's (45), so the unit joins the run before it ends."""
    if r.lang != "fi" or len(items) != 1 or not isinstance(ten := items[0][1], Num):
        return False
    if not (
        ten.spoken and n.spoken and ten.value in range(20, 100, 10) and 1 <= n.value <= 9
        and ten.last + 1 == n.first and r.gap(ten.last) == " "
    ):
        return False
    r.rule_tokens[n.first] = "ten_unit_apart"
    return True


def tagged(r: _Reader, cands: Iterator[Cand]) -> Iterator[Cand]:
    """The candidates of a run, each naming the rule of this table that read a token inside it (the runs come
    in text order: a token is looked at once, so the work is linear)."""
    for c in cands:
        for k in [k for k in r.rule_tokens if r.toks[k].start < c.end]:
            if c.start <= r.toks[k].start:
                tag(c, r.rule_tokens[k])
            del r.rule_tokens[k]
        yield c


def apart(r: _Reader, n: Num) -> bool:
    """``n`` was read by rule ten_unit_apart."""
    v = r.val[n.first]
    return n.spoken and n.last == n.first + 1 and v is not None and v in range(20, 100, 10) and n.value % 10 != 0


def weak_street(r: _Reader, i: int) -> str:
    """Token i is a street the reader's nominative street words do not name: a capitalised compound ending in a
    street head of ``STREET_HEADS_MORE`` (-puisto, -mäki …; rule street_head_more) or a street compound in the
    adessive (``STREET_ADESSIVE``: -kadulla, -tiellä …; rule street_inflected); the rule id, or ""."""
    t = r.toks[i]
    if r.lang != "fi" or not t.raw.isalpha() or not t.raw[1:].islower():
        return ""
    if t.low.endswith(_ADESSIVE) and any(t.low.endswith(h) and len(t.low) >= len(h) + 3 for h in _ADESSIVE):
        return "street_inflected"
    if t.raw[:1].isupper() and any(t.low.endswith(h) and len(t.low) >= len(h) + 3 for h in _MORE_HEADS):
        return "street_head_more"
    return ""


def lives_at(r: _Reader, i: int, k: int, rule: str) -> bool:
    """Rule street_inflected without a stair letter or postal code: a verb of living (``HURRIED_LIVE``: asuu …) right before
    the street and the clause ends after the house number ("asuu Kivikadulla seittemän.")."""
    if rule != "street_inflected" or i == 0 or r.toks[i - 1].low not in _LIVE:
        return False
    return _closes(r, k)


def weak_street_cand(r: _Reader, i: int, end: int, tags: list[str]) -> Cand:
    """The ADDRESS candidate of rules street_head_more and street_inflected, tokens i..end (the spoken reader
    checked the house number, the stair letter and the postal code)."""
    r.mark(i, end)
    reason = "street address (spoken)" + "".join(f" ({t})" for t in tags)
    return Cand(*r.span(i, end), "ADDRESS", "address", reason, PRIO_ADDRESS)


def lower_town(r: _Reader, j: int) -> bool:
    """Rule postal_town_lower: token j, a lower-case word after a spoken postal code, is the town: a place of the
    lists, or a word of no list (a surname at most) and no frequent word that closes the clause, with punctuation or a
    spoken punctuation word."""
    from coachdesk.privacy.lexicon import COMMON, PLACE, SUR, get_lexicon

    t = r.toks[j]
    if not t.raw.isalpha() or not t.raw.islower() or len(t.raw) < 3 or r.val[j] is not None or t.low in COUNTED:
        return False
    lex = get_lexicon().for_language("fi")
    flags, exact = lex.lookup(t.low)[0], lex.get(t.low)
    if flags & PLACE:
        return True
    listed_other = exact & ~SUR or (flags and not exact)  # a given name or word, or a case form of one
    if listed_other or t.low in lex.frequent or lex.lookup_all(t.low) & COMMON:
        return False  # a village may bear a surname (perttula); no given name, word or frequent form
    after = r.text[t.end : t.end + 1]
    if after in ("", ".", ",", ";", "\n", "!", "?", ")"):
        return True
    nxt = _SPOKEN_MARK.match(r.text, t.end)  # dictated: "… perttula pilkku puhelin", "… jokela full stop"
    return nxt is not None and nxt.group(1).lower() in _CLAUSE_WORDS


def tag(c: Cand, rule: str) -> Cand:
    """The rule id at the end of the reason (shown by ``--explain``), once."""
    if f"({rule})" not in c.reason:
        c.reason = f"{c.reason} ({rule})"
    return c


def tag_tens(text: str, c: Cand) -> Cand:
    """Name rule digit_name_tens in the reason of a spoken finding that read such a word (work: the span's length)."""
    seg = text[c.start : c.end].lower()
    if any(head in seg for head in ("seiska", "kasi", "ysi")) and any(below_100(w) is not None for w in _WORD.findall(seg)):
        return tag(c, "digit_name_tens")
    return c


# --- ages --------------------------------------------------------------------------------------


def ages(r: _Reader) -> Iterator[Cand]:
    """Rules age_noun_filler, age_person_years and age_turned_later (Finnish; run last in the reader)."""
    if r.lang != "fi":
        return
    toks = r.toks
    for i in r.num_at:
        if i == 0 or r.used[i] or toks[i].raw.isdigit():
            continue
        said = said_number(r, i)
        if said is None or not 14 <= said[0] <= 99 or r.used[said[1]]:
            continue
        value, last, _ = said
        rule = _age_rule(r, i, last)
        if rule is None:
            continue
        r.mark(i, last)
        c = Cand(*r.span(i, last), "AGE", "age", f"age read out (spoken) ({rule})", PRIO_AGE_DATE)
        c.replacement = patterns.age_range(value)
        yield c


def _years_after(r: _Reader, last: int) -> int | None:
    """The token after the number (ending at ``last``) when it is `vuotta`, `v`, `vee`; else None."""
    k = last + 1
    if k < len(r.toks) and r.toks[k].low in _YEARS and r.gap(last) == " ":
        return k
    return None


def _not_duration(r: _Reader, last: int) -> bool:
    """No counted noun after the number, or `vuotta` not followed by a duration word (`sitten`, `työuraa`)."""
    years = _years_after(r, last)
    if years is None:
        return not r.counted_after(last)
    nxt = r.toks[years + 1].low if years + 1 < len(r.toks) else ""
    return nxt not in _DURATION_AFTER


def _closes(r: _Reader, k: int) -> bool:
    """The clause ends right after token k: a stop, comma, bracket, `ja`, a line end or the text's end."""
    if k + 1 >= len(r.toks):
        rest = r.text[r.toks[k].end : r.toks[k].end + 2].strip()
        return not rest or rest[0] in _CLOSERS
    gap = r.gap(k)
    if "\n" in gap:
        return True
    gap = gap.strip()
    return (bool(gap) and gap[0] in _CLOSERS) or (not gap and r.toks[k + 1].low == "ja")


def _age_rule(r: _Reader, i: int, last: int) -> str | None:
    """The rule that makes the number read out at tokens i..last an age, or None."""
    toks = r.toks
    if not _not_duration(r, last):
        return None
    # age_noun_filler: "ikää nyt kolkytkolme", "Ikää: kolkytkolme.", "ikää hänellä kolkyt kaks"
    v = r.val[i]
    k, between, apart = i - 1, 0, last > i and v is not None and v % 10 == 0
    while k > 0 and between < 2 and r.gap(k) == " " and (toks[k].low in _NOUN_FILLERS or _possessor(r, k)):
        k, between = k - 1, between + 1
    mark = r.gap(k).strip()
    # (a plain "ikää kolkytkolme" is spoken.copula_ages')
    if toks[k].low in _AGE_NOUNS and mark in ("", ":", "-", "–") and not r.placeholder(k) and (between or mark or apart):
        return "age_noun_filler"
    years = _years_after(r, last)
    # age_person_years: "mies, kolkytkaks vuotta, …"
    gap = r.gap(i - 1).strip()
    if years is not None and gap in ("", ",", "(") and _closes(r, years) and _person_at(r, i - 1):
        return "age_person_years"
    # age_turned_later: "täytti viime kuussa kolkytkaks vuotta"
    for k in range(i - 2, max(-1, i - 5), -1):
        w = toks[k + 1]
        if w.low in _NEGATIONS or r.val[k + 1] is not None or not w.raw.isalpha() or not w.raw.islower():
            return None
        if r.gap(k).strip():
            return None
        if toks[k].low in _TURNED:
            when = all(t.low in _TURNED_WHEN for t in toks[k + 1 : i])  # "täyttää ensi viikolla nelkytviis."
            return "age_turned_later" if years is not None or (when and _closes(r, last)) else None
    return None


def _possessor(r: _Reader, k: int) -> bool:
    """Token k is a lower-case word in the adessive ("hänellä", "asiakkaalla"): whose age it is."""
    t = r.toks[k]
    return len(t.low) >= 4 and t.low.endswith(("lla", "llä")) and t.raw.isalpha() and t.raw.islower() and r.val[k] is None


def _person_at(r: _Reader, k: int) -> bool:
    """Token k is a person noun (``AGE_PERSON_NOUNS``) or a capitalised given name of the lists."""
    from coachdesk.privacy.lexicon import FIRST, get_lexicon

    t = r.toks[k]
    if r.placeholder(k):
        return False
    if t.low in _PERSON_NOUNS:
        return True
    return t.raw[:1].isupper() and t.raw[1:].islower() and bool(get_lexicon().for_language("fi").get(t.low) & FIRST)
