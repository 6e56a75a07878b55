"""Spoken forms of direct identifiers in dictated notes (speech to text on a phone).

``nolla neljä nolla kaks…`` (phone), ``kakskytkolme viis yheksänkytyks viiva nolla seittemän kaks än``
(henkilötunnus), ``neljäs kesäkuuta`` / ``tredje juni`` / ``third of June`` (date), ``kolkytkuus
vuotias`` / ``fyrtiotvå år`` / ``forty-two years old`` (age), ``matti piste virtanen ät posti piste fi``
(e-mail), ``koivukuja seittemän bee`` (address).

A spoken sequence is rendered in its digit form (``0402…``, ``230591-072N``, ``36 vuotias``,
``koivukuja 7 B``) and judged by the SAME validators as written digits (phone plausibility, the
identity-code check character, the age and address patterns of ``patterns.py``); what they accept is
replaced whole, with the category the digit form gets. A number word becomes a digit only where it has
the shape or context of an identifier (a long digit run, a dash between date and serial, a month, an
age word, a street word, an e-mail shape); counts ("kolme kertaa", "two hours") stay words, and a
count after a code ends it. Where words can be grouped two ways ("kakskyt kaheksan" 28 or 20 8) every
reading is tried and the check character of an identity code decides.

One pass over the word tokens; every look-around is a bounded number of tokens, so the work is linear
in the text length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice, pairwise

from coachdesk.privacy import (
    cue_words,
    patterns,
    per_text,
    spoken_colloquial,
    spoken_dictated,
    spoken_extra,
    spoken_ids,
    spoken_letters,
    spoken_months,
    spoken_shapes,
    spoken_spelling,
)
from coachdesk.privacy.forget import word_cache
from coachdesk.privacy.placeholders import placeholder_words
from coachdesk.privacy.run_scan import digit_finditer
from coachdesk.privacy.spans import PRIO_ADDRESS, PRIO_AGE_DATE, Cand
from coachdesk.privacy.spoken_numbers import (
    CARDINAL,
    COUNTED,
    DAY_ORDINALS,
    FI_DAY_NOMINATIVE,
    FI_MONTH_ORDINALS,
    LETTER_NAMES,
    MONTHS,
    en_cardinal,
    fi_glued_year,
)
from coachdesk.privacy.spoken_readings import Num as _Num
from coachdesk.privacy.spoken_readings import readings as _readings

_TOKEN = re.compile(r"[^\W_]+|\+|@")
_RUN_GAP = re.compile(r"[ \t]*[,\-–]?[ \t]*")  # what may stand between the parts of one spoken number
_DASH_WORDS = cue_words.words("SPOKEN_DASH")
_COMMA_WORDS = cue_words.words("SPOKEN_COMMA")
_STAIR_WORDS = cue_words.words("STAIR_WORDS")
_DOT_WORDS = cue_words.words("SPOKEN_DOT")
_AT_WORDS = cue_words.words("SPOKEN_AT")
_UNDERSCORE_WORDS = cue_words.words("SPOKEN_UNDERSCORE")
_MULT = spoken_ids.MULT
_TLDS = cue_words.words("SPOKEN_TLDS")
_PHONE_CUES = cue_words.words("PHONE_CUES")
_ID_CUES = cue_words.words("ID_CUES")
# the keywords before a case, customer or order number (as in patterns._KEYWORD_ID), as word starts
_CASE_CUES = cue_words.words("CASE_CUES")
_AGE_CUES = cue_words.words("AGE_CUES")
# words that can open a spoken date: day ordinals, months, "twenty-first"
_DATE_WORDS = {
    lang: frozenset(DAY_ORDINALS[lang]) | frozenset(MONTHS[lang]) | ({"twenty", "thirty"} if lang == "en" else set())
    for lang in ("fi", "sv", "en")
}
# words that may start a spoken form (numbers are found by the number parsers)
_TRIGGERS = {
    lang: _DATE_WORDS[lang] | (_AT_WORDS - {"@"}) | _DOT_WORDS | _DASH_WORDS | {"snabel", "snabela", "kanelbulle", "plus"}
    | frozenset(_MULT)  # "D as in Delta, E as in Echo, double oh seven": the window reaches the letters
    | (frozenset(FI_MONTH_ORDINALS) if lang == "fi" else frozenset())
    for lang in ("fi", "sv", "en")
}
_EN_DATE_PREP = cue_words.words("EN_DATE_PREP")
_AFTER_LOWER_MONTH_DATE = frozenset({"at", "in", "on", "full", "comma", "period", "and", "or", "to", "until"})
_DATE_PLACEHOLDER = placeholder_words("date")  # "[päivämäärä]": a date an earlier scrub took
_BIRTH_CUES = cue_words.words("BIRTH_CUES")
_STREET_NOMINATIVE = tuple(sorted(cue_words.words("STREET_NOMINATIVE")))
_FI_LETTER_NAMES = {"är": "R", "see": "C"}  # Finnish names of R and C, words in Swedish and English
_EN_STREET_TYPES = cue_words.words("EN_STREET_TYPES")
_FLAT_WORDS = cue_words.words("FLAT_WORDS")
_POSTAL_CUES = frozenset({"postinumero", "postinro", "postnummer", "postnr", "postcode", "postal", "zip"})
# "hän on N vuotta", "ikää N", "is N years": the word before an age read out without an age word
_AGE_NOUNS = frozenset({"ikää", "iältään", "ikä", "ålder", "age", "aged"})
_COPULA_AGE_BEFORE = {"fi": _AGE_NOUNS | {"on", "oli"}, "sv": _AGE_NOUNS | {"är", "var"}, "en": _AGE_NOUNS | {"is", "was"}}
_YEARS_WORDS = frozenset({"vuotta", "år", "years"})
_AGE_SUBJECTS = frozenset(
    "hän hä se asiakas mies nainen poika tyttö hon han klienten kunden he she client customer who joka som".split()
)
# "on kaksikymmentä vuotta sitten / töissä": a duration, not an age
DURATION_AFTER = {
    "fi": frozenset("sitten ajan aikaa töissä työssä kokemusta työkokemusta työuraa uraa alalla takaperin nuorempi vanhempi sama".split()),
    "sv": frozenset("sedan i på till yngre äldre".split()),
    "en": frozenset("ago of in at long since younger older".split()),
}


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    low: str
    raw: str


def find_spoken(text: str, lang: str) -> Iterator[Cand]:
    """Candidates for spoken phone numbers, identity codes, dates, ages, e-mail and street addresses."""
    if lang not in CARDINAL:
        lang = "fi"
    for c in _find_spoken(text, lang):
        # "kasikuus": rule digit_name_tens; "kahdeskymmenesaheksas": rule fi_ordinal_variant
        yield spoken_dictated.tag_variant(text, spoken_colloquial.tag_tens(text, c)) if lang == "fi" else c


def _find_spoken(text: str, lang: str) -> Iterator[Cand]:
    for toks in _windows(text, lang):
        reader = _Reader(text, toks, lang)
        yield from reader.emails()
        yield from spoken_shapes.spelled_ids(reader)  # "D as in Delta seven oh oh three"
        yield from reader.dates()
        yield from spoken_extra.dates(reader)  # "kakskytyks joulukuuta", "tjugoförste december"
        yield from spoken_months.dates(reader)  # "kakskytkaks yhestoista kakstuhatta viis", "of the eleventh"
        yield from reader.addresses()
        yield from spoken_spelling.spelled_codes(reader)  # "kilo lima tango five one eight"
        yield from spoken_spelling.label_codes(reader)  # "asianumero äks yy viiva kakstuhatta kakskytkuus …"
        yield from spoken_ids.ibans(reader)  # before the runs: "fi kolme nolla …" is one account
        yield from spoken_ids.plates(reader)
        yield from spoken_extra.digit_ages(reader)  # "kaksseittemän vuotta vanha", "kolme neljä vuotias"
        yield from spoken_colloquial.tagged(reader, reader.runs())  # "nelkyt viis vuotta vanha": ten_unit_apart
        yield from reader.glued_ages()
        yield from spoken_shapes.noun_ages(reader)  # "ikää hällä on viiskytkaks"
        yield from spoken_colloquial.ages(reader)  # "ikää nyt kolkytkolme vuotta", "mies, kolkytkaks vuotta,"
        yield from reader.copula_ages()
        yield from spoken_extra.ages(reader)  # "hän on niinku neljäkytseittemän ja", "she's thirty-four full stop"
        yield from spoken_months.ages(reader)  # "he's twenty two um lives at …"


_SPACED_DIGITS = re.compile(r"\d(?<![\w.,]\d)(?:[ ,\-–]{1,2}\d){6}(?![\w.,]\d)")
_ONE_PASS = 20_000  # characters: up to this long a text's words are tokenised once (match objects kept)
_MARGIN = 8  # tokens kept on each side of a word that may start a spoken form (every look-around is shorter)


def _windows(text: str, lang: str) -> Iterator[list[_Tok]]:
    """The stretches of tokens around number words, ordinals, months and "ät": the only places a spoken
    form can be. Most words of a note are in none, and no token object is made for them."""
    low = per_text.once(str.lower, text)
    if len(low) != len(text):  # a letter whose lower case is longer (İ): lower each word instead
        low = text
    # a note is tokenised once: lower-casing that keeps the length keeps every character's class, so the tokens of
    # the lower-cased text stand where those of the text do (checked over every code point in test_spoken); a long
    # text keeps two scans in C rather than a match object per word
    found = list(_TOKEN.finditer(low)) if len(text) <= _ONE_PASS else None
    words = list(map(re.Match.group, found)) if found is not None else _TOKEN.findall(low)
    # each distinct word judged once (per call: no word of a note outlives the scrub)
    triggers = {w for w in set(words) if _is_trigger(w.lower(), lang)}
    if next(digit_finditer(_SPACED_DIGITS, text), None):  # "0 4 0 2 3 4 5 …": single digits are worth a look
        triggers.update("0123456789")
    hits = [i for i, w in enumerate(words) if w in triggers]
    if not hits:
        return
    ranges: list[list[int]] = []
    for i in hits:
        lo, hi = max(0, i - _MARGIN), i + _MARGIN
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1][1] = hi
        else:
            ranges.append([lo, hi])
    if found is None:
        it = _TOKEN.finditer(text)
        pos = 0  # index of the next token the iterator gives
    for lo, hi in ranges:
        cur = []
        if found is not None:
            for m in found[lo : hi + 1]:
                s, e = m.span()
                raw = text[s:e]
                cur.append(_Tok(s, e, raw.lower(), raw))
        else:
            next(islice(it, lo - pos, lo - pos), None)  # skip the words between windows (in C)
            for m in islice(it, hi - lo + 1):
                raw = m.group(0)
                cur.append(_Tok(m.start(), m.end(), raw.lower(), raw))
            pos = hi + 1
        if cur:
            yield cur


@word_cache
@lru_cache(maxsize=16384)
def _is_trigger(w: str, lang: str) -> bool:
    """The word may start a spoken form in ``lang`` (a pure function of the word: remembered, ``forget``-registered)."""
    return (
        w in _TRIGGERS[lang]
        or CARDINAL[lang](w) is not None
        or "vuotia" in w[2:]
        or spoken_extra.fused_digits(w, lang) is not None  # "kaksseittemän vuotta vanha"
    )


def _joins(gap: str) -> bool:
    """The text between two tokens lets them be parts of one spoken number or code."""
    return len(gap) <= 4 and bool(_RUN_GAP.fullmatch(gap))


class _Reader:
    def __init__(self, text: str, toks: list[_Tok], lang: str) -> None:
        self.text, self.toks, self.lang = text, toks, lang
        self.card = CARDINAL[lang]
        self.days = DAY_ORDINALS[lang]
        self.months = MONTHS[lang]
        self.used = bytearray(len(toks))  # tokens already part of a spoken finding
        self.dots_unsaid = 0  # dots left unsaid in the last domain read (spoken_shapes.dot_unsaid)
        self.inside = bytearray(len(toks))  # tokens of a spoken finding after its first one
        self.postal_rules: list[str] = []  # the spoken_colloquial rules of the last postal code read
        self.rule_tokens: dict[int, str] = {}  # token -> the spoken_colloquial rule that read it inside a run
        # the value of every number word or written number (one look-up per token)
        card = self.card
        self.val = [
            (int(t.raw) if len(t.raw) <= 15 else None) if t.raw.isdigit() else card(t.low) for t in toks
        ]
        self.num_at = [i for i, v in enumerate(self.val) if v is not None]
        # joins[i]: tokens i and i+1 may be parts of one spoken number (each gap read once)
        self.joins = [_joins(text[a.end : b.start]) for a, b in pairwise(toks)]

    # --- tokens ---------------------------------------------------------------------------------

    def gap(self, i: int) -> str:
        """The text between token i and token i+1."""
        return self.text[self.toks[i].end : self.toks[i + 1].start]

    def joined(self, i: int) -> bool:
        """Tokens i and i+1 can be parts of one spoken number or code."""
        if 0 <= i < len(self.joins):
            return self.joins[i]
        return i + 1 < len(self.toks) and _joins(self.gap(i))  # (no pair of the window: as the gap says)

    def number(self, i: int) -> _Num | None:
        """The number starting at token i (English "forty two"/"forty-two" is one number)."""
        v = self.val[i]
        if v is None:
            return None
        t = self.toks[i]
        if t.raw.isdigit():
            return _Num(i, i, v, t.raw, False)
        if self.lang == "en":
            return self._en_number(i)
        if v in range(100, 1000, 100) and self.joined(i) and not self.gap(i).strip() and i + 1 < len(self.toks):
            u = self.val[i + 1]  # "kuussataa kolkytyks", "sexhundra tjugo": one number written apart (631)
            if u is not None and 1 <= u <= 99 and not self.toks[i + 1].raw.isdigit():
                return _Num(i, i + 1, v + u, str(v + u), True)
        return _Num(i, i, v, str(v), True)

    def _en_below_100(self, i: int) -> tuple[int, int] | None:
        """"forty two", "forty-two", "seven" at token i: (value, last token)."""
        v = self.val[i]
        if v is None or v >= 100 or self.toks[i].raw.isdigit():
            return None
        if v in range(20, 100, 10) and i + 1 < len(self.toks) and self.gap(i) in (" ", "-"):
            u = self.val[i + 1]
            if u is not None and 1 <= u <= 9 and self.toks[i + 1].low != "oh" and not self.toks[i + 1].raw.isdigit():
                return v + u, i + 1
        return v, i

    def _en_number(self, i: int) -> _Num:
        """An English number from token i: "forty-two", "three hundred and fifty-eight", "two thousand and ten"."""
        head = self._en_below_100(i)
        if head is None:  # "hundred", "thousand" alone
            v = self.val[i] or 0
            return _Num(i, i, v, str(v), True)
        total, last = head
        for word, scale in (("thousand", 1000), ("hundred", 100)):
            k = last + 1
            if 1 <= total % 1000 <= 99 and k < len(self.toks) and self.toks[k].low == word and self.gap(last) == " ":
                total, last = (total // 1000 * 1000) + (total % 1000) * scale, k
                k = last + 1
                if k + 1 < len(self.toks) and self.toks[k].low == "and" and self.gap(last) == self.gap(k) == " ":
                    k += 1
                rest = self._en_below_100(k) if k < len(self.toks) and self.gap(k - 1) == " " else None
                if rest is not None and (word == "hundred" or rest[0] < 100):
                    if word == "thousand" and rest[1] + 1 < len(self.toks) and self.toks[rest[1] + 1].low == "hundred":
                        continue  # "two thousand three hundred …": the hundreds come next
                    total, last = total + rest[0], rest[1]
        return _Num(i, last, total, str(total), True)

    def before(self, i: int, words: Iterable[str], n: int = 5) -> bool:
        """One of ``words`` among the n tokens before token i (a cue of 4+ letters also as a word start)."""
        cues = tuple(words)
        # n words as a second scrub counts them: a spoken finding of several tokens made already ("neljä viis
        # kuus") is one placeholder then, so it counts as one
        units, k = 0, i - 1
        while k >= 0 and units < n:
            t = self.toks[k]
            if not (t.start and self.text[t.start - 1] == "["):  # a placeholder ("[numero]") is no cue
                w = t.low
                if any(w == c or (len(c) >= 4 and w.startswith(c)) for c in cues):
                    return True
            units += not self.inside[k]
            k -= 1
        return False

    def placeholder(self, k: int) -> bool:
        """Token k is the word of a placeholder ("[numero]"): what an earlier scrub replaced, never a cue."""
        t = self.toks[k] if 0 <= k < len(self.toks) else None
        return t is not None and t.start > 0 and self.text[t.start - 1] == "[" and self.text[t.end : t.end + 1] == "]"

    def date_placeholder(self, k: int) -> bool:
        """Token k is a date placeholder: it reads as the date (and the day ordinal next to it) it replaced."""
        return 0 <= k < len(self.toks) and self.toks[k].low in _DATE_PLACEHOLDER and self.placeholder(k)

    def letter(self, low: str, own: bool = False) -> str:
        """The letter(s) a spoken letter name stands for ("bee" B, "vee" V or W), or ""; with ``own``
        also the text language's own letter names (Swedish "ve", "eks", English "why", "aitch")."""
        if self.lang == "fi" and low in _FI_LETTER_NAMES:
            return _FI_LETTER_NAMES[low]
        if own and self.lang != "fi":
            named = (spoken_ids.SV_LETTER_NAMES if self.lang == "sv" else spoken_ids.EN_LETTER_NAMES).get(low)
            if named:
                return named
        return LETTER_NAMES.get(low, "") or spoken_letters.MORE_LETTER_NAMES.get(low, "")  # "ypsilon"

    def counted_after(self, j: int) -> bool:
        return j + 1 < len(self.toks) and self.toks[j + 1].low in COUNTED

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].start, self.toks[b].end

    def mark(self, a: int, b: int) -> None:
        self.used[a : b + 1] = b"\x01" * (b + 1 - a)
        self.inside[a + 1 : b + 1] = b"\x01" * (b - a)

    # --- shadow: the digit form judged by the patterns ---------------------------------------------

    def shadow(
        self,
        regions: list[tuple[int, int, str]],
        lo: int,
        hi: int,
        detect: Callable[[str], Iterable[Cand]],
    ) -> Iterator[Cand]:
        """Run ``detect`` on text[lo:hi] with each (start, end, digits) region rewritten; yield what
        touches a rewritten region, with offsets in the original text (a region is taken whole)."""
        pieces: list[tuple[int, int, int, int, bool]] = []  # shadow start/end, original start/end, rewritten
        out: list[str] = []
        pos, spos = lo, 0
        for s, e, rep in sorted(regions):
            if s > pos:
                pieces.append((spos, spos + s - pos, pos, s, False))
                out.append(self.text[pos:s])
                spos += s - pos
            pieces.append((spos, spos + len(rep), s, e, True))
            out.append(rep)
            spos += len(rep)
            pos = e
        pieces.append((spos, spos + hi - pos, pos, hi, False))
        out.append(self.text[pos:hi])
        sh = "".join(out)

        def to_orig(p: int, end: bool) -> tuple[int, bool]:
            q = p - 1 if end else p
            for ss, se, os_, oe, rew in pieces:
                if ss <= q < se:
                    if rew:
                        return (oe if end else os_), True
                    return os_ + (p - ss), False
            return (hi if end else lo), False

        for c in detect(sh):
            s, s_rew = to_orig(c.start, False)
            e, e_rew = to_orig(c.end, True)
            touches = s_rew or e_rew or any(rew and c.start < se and ss < c.end for ss, se, _, _, rew in pieces)
            if touches and s < e:
                yield replace(c, start=s, end=e, reason=c.reason + " (spoken)")

    # --- e-mail ----------------------------------------------------------------------------------

    def _dotted(self, i: int, step: int) -> tuple[list[str], int, bool]:
        """Words joined by spoken or written dots from token i, walking forward (+1) or back (-1);
        the flag tells whether a separator was spoken."""
        parts, k, spoken, unsaid = [self.toks[i].low], i, False, 0
        tld = (1, i, False)  # the walk up to the last top-level domain (forward: "punkt com punkt Sedan")
        while True:
            n1, n2 = k + step, k + 2 * step
            if not 0 <= n1 < len(self.toks):
                break
            g = self.gap(min(k, n1))
            if g in (".", "-", "_") and self.toks[n1].low not in _AT_WORDS:
                parts.append(g)
                parts.append(self.toks[n1].low)
                k = n1
                if parts[-1] in _TLDS:
                    tld = (len(parts), k, spoken)
                continue
            if step > 0 and unsaid < 2 and spoken_shapes.dot_unsaid(self, k, _DOT_WORDS):
                parts += [".", self.toks[n1].low]  # "at netti palvelu piste fi": the dot between labels unsaid
                k, unsaid = n1, unsaid + 1
                continue
            if not 0 <= n2 < len(self.toks) or g.strip() or self.gap(min(n1, n2)).strip():
                break
            sep = self.toks[n1].low
            if sep in _DOT_WORDS:
                mark = "."
            elif sep in _UNDERSCORE_WORDS:
                mark = "_"
            elif sep in _DASH_WORDS:
                mark = "-"
            else:
                break
            if self.toks[n2].low in _AT_WORDS or self.toks[n2].low in _DOT_WORDS:
                break
            parts += [mark, self.toks[n2].low]
            k, spoken = n2, True
            if parts[-1] in _TLDS:
                tld = (len(parts), k, spoken)
        self.dots_unsaid = unsaid  # (read by emails: the rule in the reason)
        if step > 0 and parts[-1] not in _TLDS and tld[0] > 1:
            return parts[: tld[0]], tld[1], tld[2]  # a spoken full stop after the address
        return (parts if step > 0 else parts[::-1]), k, spoken

    def emails(self) -> Iterator[Cand]:
        toks = self.toks
        for i in [k for k, t in enumerate(toks) if t.low in _AT_WORDS or t.low in ("snabel", "snabela", "kanelbulle")]:
            if not 0 < i < len(toks) - 1:
                continue
            t = toks[i]
            at_end = i
            if t.low == "snabel" and self.gap(i) in ("-", "–", " ") and i + 2 < len(toks) and toks[i + 1].low == "a":
                at_end = i + 1  # "snabel-a", "snabel a"
            elif t.low in ("snabela", "kanelbulle"):
                if self.gap(i - 1).strip() or self.gap(i).strip():
                    continue
            elif t.low in _AT_WORDS and i + 2 < len(toks) and toks[i + 1].low == "merkki" and self.gap(i) in ("-", " "):
                at_end = i + 1  # "ät-merkki"
                if self.gap(i - 1).strip():
                    continue
            elif t.low not in _AT_WORDS or self.gap(i - 1).strip() or self.gap(i).strip():
                continue
            if at_end + 1 >= len(toks) or self.gap(at_end).strip():
                continue
            domain, last, spoken_d = self._dotted(at_end + 1, 1)
            unsaid = self.dots_unsaid and "".join(domain).count(".") >= 2
            if len(domain) < 3 or domain[-1] not in _TLDS or "." not in domain:
                continue
            k = i - 1  # "virtanen kasikytkaks ät", "smith seventy one at": digits read out ending the local part
            while k > 0 and i - k <= 3 and self.val[k] is not None and self.toks[k].raw.isalpha() and self.gap(k - 1) in (" ", "-"):
                k -= 1
            tail = ""
            if k < i - 1 and self.val[k] is None and not self.gap(k).strip():
                j = k + 1
                while j < i and (n := self.number(j)) is not None and n.last < i and n.value < 100:
                    tail, j = tail + n.digits, n.last + 1
                tail = tail if j == i else ""
            local, first, spoken_l = self._dotted(k if tail else i - 1, -1)
            local = [*local, tail] if tail else local
            spoken_l = spoken_l or bool(tail)
            if t.low == "@" and not (spoken_d or spoken_l):
                continue  # written out: the e-mail pattern has it
            addr = "".join(local) + "@" + "".join(domain)
            if not patterns._EMAIL.fullmatch(addr):
                continue
            s, e = self.span(first, last)
            self.mark(first, last)
            yield Cand(s, e, "CONTACT", "email", "e-mail address (spoken)" + (" (email_dot_unsaid)" if unsaid else ""), 93)

    # --- dates -----------------------------------------------------------------------------------

    def _day(self, i: int) -> tuple[int, int] | None:
        if self.toks[i].raw.isdigit():  # "4. kuudetta": a written day before a spoken ordinal month
            v = self.val[i] or 0
            g = self.gap(i) if i + 1 < len(self.toks) else ""
            ok = self.lang == "fi" and 1 <= v <= 31 and g.strip() == "." and self.toks[i + 1].low in FI_MONTH_ORDINALS
            return (v, i) if ok else None
        return self._day_word(i)

    def _day_word(self, i: int) -> tuple[int, int] | None:
        """A day ordinal at token i: (day, last token); split compounds ("kahdeskymmenes ensimmäinen",
        "viides toista", "twenty-first") are one day."""
        t = self.toks[i]
        d = self.days.get(t.low)
        if d is None and self.lang == "en" and t.low in ("twenty", "thirty") and self.joined(i):
            unit = self.days.get(self.toks[i + 1].low) if i + 1 < len(self.toks) else None
            if unit and unit <= 9 and (t.low == "twenty" or unit == 1):
                return (20 if t.low == "twenty" else 30) + unit, i + 1
            return None
        if d is None and self.lang == "sv":
            v = self.card(t.low)  # "tre juni" like "3 juni"
            return (v, i) if v and v <= 31 and t.low not in ("en", "ett") else None
        if d is None or i + 1 >= len(self.toks) or not self.joined(i):
            return (d, i) if d else None
        nxt = self.toks[i + 1].low
        if d in (20, 30) and self.days.get(nxt, 0) in range(1, 10) and d + self.days[nxt] <= 31:
            return d + self.days[nxt], i + 1
        if self.lang == "fi" and d <= 9 and nxt == "toista" and i + 2 < len(self.toks) and self._month(i + 2):
            return 10 + d, i + 1
        return d, i

    def _month(self, i: int) -> tuple[int, int] | None:
        """A month at token i: (month, last token): a month name, "kuudetta", "i sjätte", "of June"."""
        if i >= len(self.toks):
            return None
        t = self.toks[i]
        m = self.months.get(t.low)
        if m:
            if self.lang == "en" and t.low in ("may", "march") and not t.raw[0].isupper():
                return None
            return m, i
        if self.lang == "fi":
            m = FI_MONTH_ORDINALS.get(t.low)
            if m is None and self.gap(i - 1).isspace() and 3 <= FI_DAY_NOMINATIVE.get(t.low, 0) <= 12:
                # "neljäs kuudes" (4.6.), not a list of ordinals ("kolmas neljäs viides", "viides kuudes ja")
                nxt = self.toks[i + 1].low if i + 1 < len(self.toks) else ""
                if nxt in ("ja", "tai", "sekä") and not self.gap(i).isspace():  # "kuudes yhdeksäs, ja hän …" is a
                    then = self.toks[i + 2].low if i + 2 < len(self.toks) else ""  # date; "…, ja seitsemäs" a list
                    nxt = nxt if then in self.days else ""
                prev = self.toks[i - 2].low if i >= 2 else ""
                listed = nxt in self.days or prev in self.days or nxt in ("ja", "tai", "sekä") or prev in ("ja", "tai")
                # a date placeholder next to them stands for a date ending or starting with an ordinal: still a
                # list ("kesäkuun neljäs neljäs neljäs" scrubbed once must not give "neljäs neljäs" a second time)
                listed = listed or self.date_placeholder(i - 2) or self.date_placeholder(i + 1)
                m = None if listed else FI_DAY_NOMINATIVE[t.low]
            return (m, i) if m else None
        if t.low in ("of", "i") and i + 1 < len(self.toks):
            after = self.toks[i + 1]
            m = self.months.get(after.low) if t.low == "of" else DAY_ORDINALS["sv"].get(after.low)
            return (m, i + 1) if m and m <= 12 else None
        return None

    def _year(self, i: int) -> int | None:
        """The last token of a year right after a date: 1900–2099 in one or two number words, or two
        digits in a Finnish or Swedish date of birth ("kaheksankytkaks"); None when there is none."""
        if i >= len(self.toks) or not self.joined(i - 1):
            return None
        a = self.number(i)
        if a is None:
            glued = fi_glued_year(self.toks[i].low) if self.lang == "fi" else None
            return i if glued is not None else None  # "yheksäntoistakasikytyheksän"
        if 1900 <= a.value <= 2099 and (a.spoken or len(a.digits) == 4):
            whole = self._composed(i)  # "kakstuhatta kakskytviis", "tuhat yhdeksänsataa kahdeksankymmentä kaksi"
            return whole[1] if whole and 1900 <= whole[0] <= 2099 else a.last
        whole = self._composed(i)
        if whole and 1900 <= whole[0] <= 2099:
            return whole[1]
        if a.value in (19, 20) and a.spoken and a.last + 1 < len(self.toks) and self.joined(a.last):
            b = self.number(a.last + 1)
            if b and b.spoken and b.value == 0 and self.joined(b.last) and b.last + 1 < len(self.toks):
                c = self.number(b.last + 1)  # "twenty oh nine"
                if c and c.spoken and 1 <= c.value <= 9 and not self.counted_after(c.last):
                    return c.last
            if b and b.spoken and 0 <= b.value <= 99 and not self.counted_after(b.last):
                return b.last
        if self.lang != "en" and a.spoken and 10 <= a.value <= 99 and not self.counted_after(a.last):
            return a.last
        return None

    def _composed(self, i: int) -> tuple[int, int] | None:
        """A number written apart from token i ("tuhat yhdeksänsataa kahdeksankymmentä kaksi"): each part
        smaller than the place of the one before; (value, last token) when there are two parts or more."""
        total, last, k = 0, -1, i
        place = 10**9
        while k < len(self.toks) and self.toks[k].raw.isalpha():
            v = self.val[k]
            if v is None or v >= place or v == 0:
                break
            total += v
            last = k
            place = 1 if v % 10 else 10 if v % 100 else 100 if v % 1000 else 1000  # what may still follow
            if not self.joined(k) or place == 1:
                break
            k += 1
        return (total, last) if last > i else None

    def dates(self) -> Iterator[Cand]:
        toks, starts = self.toks, _DATE_WORDS[self.lang]
        cands = [
            k
            for k, t in enumerate(toks)
            if t.low in starts
            or (self.lang == "sv" and self.val[k] is not None)
            or (t.raw.isdigit() and k + 1 < len(toks) and toks[k + 1].low in FI_MONTH_ORDINALS)
        ]
        i = 0
        for k in cands:
            if k < i:
                continue
            i = k
            found = self._date_at(i)
            if found is None:
                continue
            a, b = found
            y = self._year(b + 1)
            if y is None and b + 2 < len(toks) and toks[b + 1].low in ("in", "vuonna", "år") and self.joined(b):
                y = self._year(b + 2)  # "the third of July in nineteen seventy-nine"
            b = y if y is not None else b
            s, e = self.span(a, b)
            self.mark(a, b)
            c = patterns._with_weekday(self.text, Cand(s, e, "DATE", "date", "exact date (spoken)", PRIO_AGE_DATE))
            yield c
            i = b + 1

    def _year_after_day(self, k: int) -> bool:
        """A day ordinal at token k and a spoken year after it ("October fifth, two thousand and one")."""
        day = self._day_word(k) if k < len(self.toks) else None
        return day is not None and self._year(day[1] + 1) is not None

    def _lower_month_date(self, i: int, k: int) -> bool:
        """A month in lower case, `the` and a day read out (`march the twelfth`, dictated): a date when the clause
        ends after the day or a time or place follows (`at`, `in`, `full stop`); not `march the first group`."""
        day = self._day(k) if k < len(self.toks) else None
        if day is None:
            return False
        nxt = day[1] + 1
        return nxt >= len(self.toks) or not self.joined(day[1]) or self.toks[nxt].low in _AFTER_LOWER_MONTH_DATE

    def _late_day(self, i: int, k: int) -> bool:
        """After the month at token i, a day ordinal from the third on at token k (`june third`, `march seventeenth`):
        no adverb (`May first`, `second`); after a lower-case `may` or `march` (verbs too) from the fourth on
        (`I may third that motion`)."""
        day = self._day_word(k) if k < len(self.toks) else None
        verb = self.toks[i].raw in ("may", "march")
        return day is not None and (4 if verb else 3) <= day[0] <= 31

    def _prep_before(self, i: int) -> bool:
        """A date preposition right before the month (`on december the fourth end note`)."""
        return i > 0 and self.toks[i - 1].low in _EN_DATE_PREP and self.joined(i - 1) and not self.placeholder(i - 1)

    def _week_after(self, j: int) -> bool:
        """"kesäkuun toinen viikko": an ordinal of weeks or times, not a day."""
        return j + 1 < len(self.toks) and self.toks[j + 1].low.startswith(("viiko", "viikk", "kerta", "kerra", "week"))

    def _date_at(self, i: int) -> tuple[int, int] | None:
        toks = self.toks
        low = toks[i].low
        # month first: "kesäkuun neljäs(…) päivänä", "June third", "June the third"
        if low in self.months and self.joined(i) and i + 1 < len(toks):
            k = i + 1 + (self.lang == "en" and toks[i + 1].low == "the")
            if self.lang == "en" and i > 1 and toks[i - 1].low == "of" and toks[i - 2].raw[:1].isdigit():
                y = self._year(i + 1)  # "3rd of July nineteen seventy-nine": the written day is the patterns'
                return (i, y) if y is not None and self.toks[i + 1].raw.isalpha() else None
            if self.lang == "en" and not (
                (k > i + 1 and (toks[i].raw[0].isupper() or self._lower_month_date(i, k) or self._prep_before(i)))
                or (k == i + 1 and (self._prep_before(i) or self._year_after_day(k) or self._late_day(i, k)))
            ):
                return None  # "ask May first": a name and an adverb; "on June third", "October fifth, two thousand",
                # "march seventeenth at nine" (dictated) are dates
            if self.lang == "fi" and not low.endswith("kuun"):
                return None
            day = self._day(k) if k < len(toks) and self.lang != "sv" else None
            if day and day[0] <= 31 and not self._week_after(day[1]):
                end = day[1]
                if self.lang == "fi" and end + 1 < len(toks) and toks[end + 1].low.startswith("päivä"):
                    end += 1
                return i, end
            return None
        written = toks[i].raw.isdigit()
        if low in ("den", "the") or (
            low not in self.days and self.val[i] is None and low not in ("twenty", "thirty")
        ):
            return None
        day = self._day(i)
        if not day or not 1 <= day[0] <= 31 or not (written or self.joined(day[1])):
            return None
        k = day[1] + 1
        if self.lang == "fi" and k < len(toks) and toks[k].low.startswith("päivä") and self.joined(k):
            k += 1
        month = self._month(k)
        if not month:
            return None
        if self.lang == "fi" and toks[i].low.startswith("toi") and toks[month[1]].low == "toista":
            return None  # "toinen toista": one another
        if self.lang == "fi" and toks[month[1]].low in MONTHS["fi"] and not toks[month[1]].low.endswith("kuuta"):
            return None  # "neljäs kesäkuuta" is a date, "joka toinen kesäkuu", "neljäs kesäkuussa" are not
        return i, month[1]

    # --- runs of numbers: phones, identity codes, long numbers, ages --------------------------------

    def runs(self) -> Iterator[Cand]:
        toks, i = self.toks, 0
        starts = sorted({
            *self.num_at,
            *(k - 1 for k in self.num_at if k > 0 and toks[k - 1].low in ("plus", "+", *_MULT)),  # "double five …"
        })
        for k in starts:
            if k < i or self.used[k]:
                continue
            items, j = self._collect(k)
            if not items:
                i = k + 1
                continue
            yield from self._judge_run(items)
            i = j + 1

    def _collect(self, i: int) -> tuple[list[tuple[str, object]], int]:
        """The spoken run from token i: [("num", _Num) | ("sep", "-"/"+") | ("letter", "rawletter" or
        "pairletter", "B")] (a doubled digit is two "num" items) and the last token looked at."""
        toks, k, last = self.toks, i, i
        items: list[tuple[str, object]] = []
        any_spoken, nums_so_far, all_single = False, 0, True  # of the numbers in items (kept as they grow)
        while k < len(toks) and not self.used[k]:
            low = toks[k].low
            num = self.number(k)
            if num is not None and not num.spoken and any_spoken:
                break  # written digits after spoken ones are the patterns' (the same run on a second scrub)
            if num is not None and items and self.counted_after(num.last) and len(toks[num.last + 1].raw) > 1:
                if spoken_colloquial.unit_of_lone_ten(self, items, num):  # "nelkyt viis vuotta vanha": one number
                    items.append(("num", num))
                    last = num.last
                break  # "…, kaksi kertaa yritin": a count after the code is no part of it ("six H" may end one)
            if num is not None:
                # the numbers so far are all written here (see the break above)
                one_by_one = len(num.digits) == 1 and all_single
                if not num.spoken and not one_by_one and nums_so_far:
                    items, nums_so_far, all_single = [], 0, True
                    # at most one written group leads a run ("040 kaks kolme …"): the written ones before
                    # it are the patterns', so a second scrub meets the same run
                items.append(("num", num))
                any_spoken, nums_so_far = any_spoken or num.spoken, nums_so_far + 1
                all_single = all_single and len(num.digits) == 1
                last = num.last
            elif low in _MULT and self.joined(k) and toks[k + 1].low in ("u", "you", "ve") and items and items[-1][0] == "num":
                items.append(("pairletter", "W"))  # "double-u", "dubbel-ve": one letter in two tokens
                last = k + 1
            elif low in _MULT and self.joined(k) and self.card(toks[k + 1].low) in range(10):
                d = self.number(k + 1)  # "double five", "tupla nolla": the digit as many times, one token each
                assert d is not None
                items += [("num", _Num(k if n == 0 else d.first, d.last, d.value, d.digits, True)) for n in range(_MULT[low])]
                any_spoken, nums_so_far = True, nums_so_far + _MULT[low]
                all_single = all_single and len(d.digits) == 1
                last = d.last
            elif low in _COMMA_WORDS and items and items[-1][0] == "num" and self.joined(k) and (
                self.val[k + 1] is not None or toks[k + 1].low in _MULT
            ):
                last = k  # "nolla neljä nolla pilkku kaks kolme": a comma read out between groups
            elif low in ("plus", "+") and (not items or items[-1][0] == "num"):
                items.append(("sep", "+"))
                last = k
            elif low in _DASH_WORDS and items and items[-1][0] == "num":
                items.append(("sep", "-"))
                last = k
            elif items and items[-1][0] == "num" and not self.gap(k - 1).strip() and (
                self.letter(low, own=True) or (len(toks[k].raw) == 1 and toks[k].raw.isalpha())
            ):  # a letter right after a number ("… kaks än"; not ", I will")
                named = self.letter(low, own=True)  # "bee"; a written single letter ("B") is no spoken form
                items.append(("letter" if named else "rawletter", named or toks[k].raw.upper()))
                last = k
            elif items and items[-1][0] == "num" and not self.gap(k - 1).strip() and (
                phrase := spoken_letters.phrase_letter(self, k)
            ):  # "… fyra fem sex stort K", "stor bokstav A": a letter said with lead words
                items.append((spoken_letters.PHRASE_KINDS[phrase[1] - k + 1], phrase[0]))
                last = phrase[1]
            else:
                break
            if not self.joined(last):
                break
            if (
                items[-1][0] == "num"
                and "-" in self.gap(last).replace("–", "-")
                and last + 1 < len(toks)
                and self.val[last + 1] is not None
                and (self.val[last] or 0) not in range(20, 100, 10)
            ):
                items.append(("sep", "-"))  # "kuustoista kaks seiskytkolme - kolme neljä viis"
            k = last + 1
        while items and items[-1][0] == "sep":
            items.pop()  # no trailing separators
        if not any(kind == "num" for kind, _ in items):
            return [], i
        return items, last

    def _tok_range(self, items: list[tuple[str, object]]) -> tuple[int, int]:
        nums = [x for _, x in items if isinstance(x, _Num)]
        a = nums[0].first
        b = nums[-1].last
        if items[-1][0].endswith("letter"):
            b += {"pairletter": 2, "phrase2letter": 2, "phrase3letter": 3}.get(items[-1][0], 1)
        if items[0][0] == "sep" and items[0][1] == "+":
            a -= 1
        return a, b

    def _judge_run(self, items: list[tuple[str, object]]) -> Iterator[Cand]:
        nums = [x for _, x in items if isinstance(x, _Num)]
        spoken = any(n.spoken for n in nums) or any(kind == "letter" for kind, _ in items)
        # "0 4 0 2 3 4 5 6 7 8": digits one by one, as dictation writes them, no pattern reads them
        spoken = spoken or (len(nums) >= 7 and all(len(n.digits) == 1 for n in nums))
        # a written letter after written digits ("1979 t.") is no spoken form either
        if not spoken:
            return  # written digits: the patterns have them already
        first = nums[0].first
        phone_first = self.before(first, _PHONE_CUES) and not self.before(first, _ID_CUES)
        # "puhelin nolla neljä nolla kaks kolme neljä - viis kuus…": a phone word decides a code-shaped phone
        for judge in (self._phone, self._hetu) if phone_first else (self._hetu, self._phone):
            found = judge(items)
            if found:
                yield spoken_letters.tag(self, found, *self._tok_range(items), items)
                return
        postal = self._postal(nums)
        if postal:
            yield postal
            return
        if isinstance(head := items[0][1], _Num) and not head.spoken:
            # "123456 nolla nolla …": the patterns take the written digits, so the spoken rest is judged
            # alone, as it will be when the scrubbed text is scrubbed again
            k = next((k for k, (kind, v) in enumerate(items) if isinstance(v, _Num) and v.spoken), None)
            if k is not None:
                yield from self._judge_run(items[k:])
            return
        if self.before(nums[0].first, _BIRTH_CUES, 2):
            yield from self._birth_year(nums)
        elif len(nums) <= 4 and all(kind == "num" for kind, _ in items[:-1]) and items[-1][0] != "sep":
            for n in self._tens_units(nums):
                yield from self._age(n)  # "aged four, six and nine": each number on its own

    def _hetu(self, items: list[tuple[str, object]]) -> Cand | None:
        """DD MM YY, a dash (or a century sign), three digits and the check character."""
        dashless = self._hetu_dashless(items)
        if dashless is not None:
            return dashless
        sep_at = next(
            (
                k
                for k, (kind, v) in enumerate(items)
                if (kind == "sep" and k > 0) or (kind.endswith("letter") and any(ch in "ABCDEFUVWXY" for ch in str(v)) and k > 0)
            ),
            None,
        )
        if sep_at is None or not all(kind == "num" for kind, _ in items[:sep_at]):
            return None
        left = [v for _, v in items[:sep_at] if isinstance(v, _Num)]  # all of them (checked above)
        centuries = str(items[sep_at][1])
        rest = items[sep_at + 1 :]
        check = ""
        if rest and rest[-1][0].endswith("letter"):
            check, rest = str(rest[-1][1]), rest[:-1]
        right = [v for _, v in rest if isinstance(v, _Num)]
        if len(right) != len(rest) or any(n.value >= 1000 for n in right) or len(left) > 7 or len(right) > 4:
            return None  # a code has at most six groups before the dash (a Y-tunnus seven) and four after it
        a, b = self._tok_range(items)
        left, right = self._unmerged(left), self._unmerged(right)
        lefts, rights = _readings(left), _readings(right) if right else [[]]
        if centuries == "-" and not check:  # "yks kaks kolme neljä viis kuus seittemän viiva kaheksan": a Y-tunnus
            for body in {"".join(x) for x in lefts} if len(right) == 1 else ():
                for c in patterns.find_ids(f"{body}-{right[0].digits}") if len(body) == 7 else ():
                    if c.kind == "ytunnus":
                        self.mark(a, b)
                        return Cand(*self.span(a, b), c.label, c.kind, c.reason + " (spoken)", c.prio)
        serials: set[tuple[str, str]] = set()  # (three digits, check characters)
        for r in rights:
            digits = "".join(r)
            if len(digits) == 3:
                serials.add((digits, check))
            elif len(digits) == 4 and not check:
                serials.add((digits[:3], digits[3]))
        if not serials and not (not right and self.before(left[0].first, _ID_CUES, 4)):
            return None
        heads = set()
        for x in lefts:  # six digits, or day, month and year as three numbers
            if len("".join(x)) == 6:
                heads.add("".join(x))
            if len(x) == 3 and all(len(d) <= 2 for d in x):
                heads.add("".join(d.zfill(2) for d in x))
        heads = {h for h in heads if 1 <= int(h[:2]) <= 31 and 1 <= int(h[2:4]) <= 12}
        if not heads:
            return None
        s, e = self.span(a, b)
        self.mark(a, b)
        for head in sorted(heads):  # a reading whose check character holds is the code (certain)
            for cent in centuries:
                for serial, chk in sorted(serials):
                    for ch in chk if cent in "-+ABCDEFUVWXY" else "":
                        for c in patterns.find_ids(f"{head}{cent}{serial}{ch}"):
                            if c.kind == "hetu" and c.start == 0 and c.reason == "henkilötunnus":
                                return Cand(s, e, c.label, c.kind, c.reason + " (spoken)", c.prio)
        # the date half and the serial, no reading with a valid check character: a date of birth shaped
        # like a code (a mishearing, a wrong check character or none heard) is replaced all the same
        return Cand(s, e, "ID", "hetu", "spoken henkilötunnus-shaped (check character missing or unclear)", 94)

    def _hetu_dashless(self, items: list[tuple[str, object]]) -> Cand | None:
        """An identity code read out with the dash left unsaid ("nolla ysi nolla neljä yks viis nolla
        yheksän yks uu"): only when a reading's check character holds (it does not depend on the century
        sign), and after an identity word unless a check letter ends it (a phone is no code)."""
        check = str(items[-1][1]) if items[-1][0].endswith("letter") else ""
        body = items[:-1] if check else items
        nums = [v for _, v in body if isinstance(v, _Num)]
        if len(nums) != len(body) or not 4 <= len(nums) <= 11 or not (check or self.before(nums[0].first, _ID_CUES, 4)):
            return None
        if not check and self.before(nums[0].first, _PHONE_CUES):
            digits = "".join(n.digits for n in nums)  # "hetu … ja puhelin nolla neljä …": a phone stays a phone
            if any(c.start == 0 and c.end == len(digits) for c in patterns._phones(digits)):
                return None
        found = set()
        for groups in _readings(self._unmerged(nums)):
            joined = "".join(groups)
            if len(groups) >= 4 and all(len(g) <= 2 for g in groups[:3]):  # day, month, year as numbers
                found.add(("".join(g.zfill(2) for g in groups[:3]), "".join(groups[3:])))
            found.add((joined[:6], joined[6:]))
        for head, tail in sorted(found):
            serial, chks = (tail, check) if check else (tail[:3], tail[3:])
            if len(head) != 6 or len(serial) != 3 or len(chks) != (len(check) or 1):
                continue
            for ch in chks:
                if any(c.kind == "hetu" and c.reason == "henkilötunnus" for c in patterns.find_ids(f"{head}-{serial}{ch}")):
                    a, b = self._tok_range(items)
                    self.mark(a, b)
                    return Cand(*self.span(a, b), "ID", "hetu", "henkilötunnus (spoken, dash unsaid)", 95)
        return None

    def _unmerged(self, nums: list[_Num]) -> list[_Num]:
        """English "twenty eight" as its two words again (20 and 8), for :func:`_readings` to try both."""
        out = []
        for n in nums:
            v = self.val[n.first]
            if n.last == n.first + 1 and v is not None and v in range(20, 100, 10) and n.value < 100:
                u = n.value - v
                out += [_Num(n.first, n.first, v, str(v), True), _Num(n.last, n.last, u, str(u), True)]
            else:
                out.append(n)
        return out

    def _phone(self, items: list[tuple[str, object]]) -> Cand | None:
        plus = items[0] == ("sep", "+")
        first = next(v for _, v in items if isinstance(v, _Num))
        read_out = plus or first.digits.startswith("0") or self.before(first.first, _PHONE_CUES)
        digits = ""
        words = 0
        for k, (kind, v) in enumerate(items):
            if isinstance(v, _Num):
                if v.value >= 100 and v.spoken and not (read_out and v.value < 1000):
                    return None  # "kaksituhatta kolmesataa": an amount, not digits read out
                digits += v.digits
                words += 1
            elif kind == "sep" and v == "+" and k == 0:
                continue
            elif kind.endswith("letter") and k == len(items) - 1:
                break
            elif kind == "sep":
                continue
            else:
                return None
        a, b = self._tok_range(items)
        if items[-1][0].endswith("letter"):
            b -= 2 if items[-1][0] == "pairletter" else 1
        s, e = self.span(a, b)
        pre = spoken_ids.case_letters_before(self, a, _CASE_CUES) if 4 <= len(digits) <= 15 else a
        if 4 <= len(digits) <= 15 and (pre < a or self.before(a, _CASE_CUES, 4)):
            why = "number after an identifier keyword (spoken)" + (" (case_letters)" if pre < a else "")
            a, s = pre, self.toks[pre].start  # "päätösnumero kaa uu kaksi nolla …": letter names said first
            # "asiakasnumero kaks kolme neljä viis": like "asiakasnumero 2345"; "AS kaks nolla …": a letter prefix
            for _ in range(3):  # "AS kaks …", "A S kaks …"
                if a > 0 and self.joined(a - 1) and self.toks[a - 1].raw.isupper() and len(self.toks[a - 1].raw) <= 3:
                    a, s = a - 1, self.toks[a - 1].start
            self.mark(a, b)
            return Cand(s, e, "ID", "case", why, 84)
        if words < 3 or not 6 <= len(digits) <= 15:
            return None
        rendered = ("+" if plus else "") + digits
        for c in patterns._phones(rendered):
            if c.start == 0 and c.end == len(rendered):
                self.mark(a, b)
                return Cand(s, e, c.label, c.kind, c.reason + " (spoken)", c.prio)
        if len(digits) >= 7 and self.before(a, _PHONE_CUES):
            self.mark(a, b)
            return Cand(s, e, "CONTACT", "phone", "phone-like number after a phone word (spoken)", 87)
        if self.before(a, _ID_CUES, 4):
            self.mark(a, b)
            return Cand(s, e, "ID", "case", "number after an identifier keyword (spoken)", 84)
        singles = [int(v.digits) for _, v in items if isinstance(v, _Num)]
        steps = {y - x for x, y in pairwise(singles)}
        if len(singles) == len(digits) >= 6 and not (steps <= {1} or steps <= {-1}):
            # six or more digits read out one by one, not counting ("yks kaks kolme neljä viis kuus"):
            # like a long written number, an identifier of some kind
            self.mark(a, b)
            return Cand(s, e, "ID", "number", "long number read out digit by digit (spoken)", 80)
        return None

    def _postal(self, nums: list[_Num]) -> Cand | None:
        """"kolme kolme yks nolla nolla Tampere": a postal code and town, judged by the address pattern."""
        digits = "".join(n.digits for n in nums if n.value < 100)
        last = nums[-1].last
        if len(digits) != 5 and any(n.value >= 1000 for n in nums) and self._after_address(nums[0].first):
            digits = self._postal_digits(nums)  # "postinumero kolmekymmentäkaksituhatta kaksisataa Huittinen"
        elif len(nums) < 2:
            return None
        if len(digits) != 5 or last + 1 >= len(self.toks) or not self.toks[last + 1].raw[:1].isupper():
            return None
        s, e = self.span(nums[0].first, last)
        for c in self.shadow([(s, e, digits)], s, self.toks[last + 1].end, patterns.find_addresses):
            if c.kind == "postal":
                self.mark(nums[0].first, last + 1)
                return c
        return None

    def _tens_units(self, nums: list[_Num]) -> list[_Num]:
        """"kolkyt kuus", "fyrtio två" written apart: one number (36, 42)."""
        out: list[_Num] = []
        for n in nums:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.spoken
                and n.spoken
                and prev.value in range(20, 100, 10)
                and 1 <= n.value <= 9
                and prev.last + 1 == n.first
                and self.gap(prev.last).isspace()
            ):
                out[-1] = _Num(prev.first, n.last, prev.value + n.value, str(prev.value + n.value), True)
            else:
                out.append(n)
        return out

    def _age(self, n: _Num) -> Iterator[Cand]:
        """A spoken number near an age word, judged by the digit-age patterns."""
        if not 1 <= n.value <= 110 or not n.spoken:
            return
        if self.counted_after(n.last) and self.toks[n.last + 1].low not in ("vuotta", "vuoden", "år", "years", "year"):
            return  # "kolme kertaa", "two hours"; years are judged by the age patterns
        lo_tok, hi_tok = max(0, n.first - 6), min(len(self.toks) - 1, n.last + 4)
        near = {t.low for t in self.toks[lo_tok : hi_tok + 1]}
        if not near & _AGE_CUES and not any(w.startswith(("vuotia", "åring", "årig")) for w in near):
            return
        s, e = self.span(n.first, n.last)
        lo, hi = self.toks[lo_tok].start, self.toks[hi_tok].end
        for c in self.shadow([(s, e, n.digits)], lo, hi, lambda sh: patterns.find_ages(sh, self.lang)):
            self.mark(n.first, n.last)
            yield c

    def _birth_year(self, nums: list[_Num]) -> Iterator[Cand]:
        """"syntynyt yheksäntoista kaheksankytkaks", "född nittonhundraåttiofyra": the year of birth."""
        whole = self._composed(nums[0].first)
        if whole and 1900 <= whole[0] <= 2099:
            year = whole[0]
            nums = [n for n in nums if n.last <= whole[1]]
        elif len(nums) == 1 and 1900 <= nums[0].value <= 2099:
            year = nums[0].value
        elif len(nums) == 2 and nums[0].value in (19, 20) and nums[1].value <= 99:
            year = nums[0].value * 100 + nums[1].value
        else:
            return
        s, e = self.span(nums[0].first, nums[-1].last)
        lo = self.toks[max(0, nums[0].first - 3)].start
        yield from self.shadow([(s, e, str(year))], lo, e, lambda sh: patterns.find_dates(sh, self.lang))

    def glued_ages(self) -> Iterator[Cand]:
        """"kolkytkuusvuotias": a colloquial number glued to the age word."""
        if self.lang != "fi":
            return
        for i in [k for k, t in enumerate(self.toks) if "vuotia" in t.low]:
            t = self.toks[i]
            k = t.low.find("vuotia")
            if k <= 1 or self.used[i]:
                continue
            v = self.card(t.low[:k])
            if v is None or not 1 <= v <= 110:
                continue
            lo = self.toks[max(0, i - 2)].start
            yield from self.shadow(
                [(t.start, t.start + k, str(v))], lo, t.end, lambda sh: patterns.find_ages(sh, self.lang)
            )

    def copula_ages(self) -> Iterator[Cand]:
        """An age read out without an age word: ``hän on kolmekymmentäneljä vuotta`` (not ``on ollut
        viisi vuotta``, not ``vuotta sitten``), ``ikää kolkytviis``, ``the client is sixty eight years``."""
        toks = self.toks
        for i in self.num_at:
            if i == 0 or self.used[i] or toks[i].raw.isdigit():
                continue
            prev = toks[i - 1].low
            # "the client, forty-one, works", "asiakas, kolmekymmentäneljä, työskentelee"
            apposition = prev in _AGE_SUBJECTS and self.gap(i - 1).strip() == ","
            # "he's forty-one and …"
            contracted = prev == "s" and i >= 2 and toks[i - 2].low in ("he", "she") and self.gap(i - 2) in ("'", "’")
            if not (apposition or contracted) and (prev not in _COPULA_AGE_BEFORE[self.lang] or not self.joined(i - 1)):
                continue
            n = self.number(i)
            if n is None or not 14 <= n.value <= 99 or self.used[n.last]:
                continue
            nxt = toks[n.last + 1].low if n.last + 1 < len(toks) else ""
            after = toks[n.last + 2].low if n.last + 2 < len(toks) else ""
            end = self.gap(n.last).strip() if n.last + 1 < len(toks) else "."
            if apposition or contracted:
                years = nxt == "years" and after not in DURATION_AFTER["en"]  # not "twenty years older"
                ok = end == "," if apposition else (end in (",", ".") or nxt == "and" or years or not nxt)
                if ok and not self.counted_after(n.last):
                    self.mark(n.first, n.last)
                    c = Cand(*self.span(n.first, n.last), "AGE", "age", "age read out (spoken)", PRIO_AGE_DATE)
                    c.replacement = patterns.age_range(n.value)
                    yield c
                continue
            subject = i >= 2 and (toks[i - 2].low in _AGE_SUBJECTS or toks[i - 2].raw[:1].isupper())
            if prev in _AGE_NOUNS or (subject and nxt in _YEARS_WORDS and after not in DURATION_AFTER[self.lang]):
                self.mark(n.first, n.last)
                c = Cand(*self.span(n.first, n.last), "AGE", "age", "age read out (spoken)", PRIO_AGE_DATE)
                c.replacement = patterns.age_range(n.value)
                yield c

    # --- street addresses --------------------------------------------------------------------------

    def _sv_stair_letter(self, k: int) -> str:
        """A Swedish letter name after a house number ("strandvägen fyra be"), unless a lower-case word
        goes on the sentence ("fyra de har" is "they have")."""
        letter = spoken_ids.SV_LETTER_NAMES.get(self.toks[k].low, "")
        if not letter or k + 1 >= len(self.toks) or self.gap(k).strip():
            return letter
        nxt = self.toks[k + 1]
        ok = nxt.raw[:1].isupper() or nxt.low in ("i", "på", "lgh", "lägenhet", "trappa") or self.val[k + 1] is not None
        return letter if ok else ""

    def addresses(self) -> Iterator[Cand]:
        toks = self.toks
        doubled = [k for k, t in enumerate(toks) if t.low in _MULT]  # "Kirkkotie tupla kaks dee" (house_digits)
        for i in sorted({k - 1 for k in (*self.num_at, *doubled) if k > 0}):
            low = toks[i].low
            strong = low.endswith(_STREET_NOMINATIVE)  # else "Kalliopuisto", "Koivumäki", "Kivikadulla" (spoken_colloquial)
            weak = "" if strong else spoken_colloquial.weak_street(self, i)
            if not (strong or weak) or not self.joined(i) or self.gap(i).strip():
                continue
            if (len(low) < 6 and low not in _EN_STREET_TYPES) or patterns._TORI_NOT_SQUARE.search(low):
                continue  # "tie kaksi": no street name; "monitori kaksi": no square
            num = spoken_colloquial.ten_unit(self, self.number(i + 1))  # "Kivikatu kakskyt kolme see …"
            tags = []  # the rules of spoken_shapes that shaped this address
            if (house := spoken_shapes.house_digits(self, i + 1)) is not None:  # "Rantatie yks kaks ee"
                num, tags = _Num(i + 1, house[1], house[0], str(house[0]), True), ["house_digits"]
            if num is None or not 1 <= num.value <= 9999 or self.counted_after(num.last):
                continue
            apart, named = spoken_colloquial.apart(self, num), False
            regions = [(*self.span(num.first, num.last), num.digits)] if num.spoken else []
            k = num.last
            stair = k + 2 < len(toks) and toks[k + 1].low in _STAIR_WORDS and not self.gap(k + 1).strip()
            if stair:  # "seittemän rappu bee": the stair word is left out of the digit form
                regions.append((toks[k + 1].start, toks[k + 2].start, ""))
                k += 1
            if k + 1 < len(toks) and self.joined(k) and not self.gap(k).strip():
                nxt = toks[k + 1]
                letter = self.letter(nxt.low, own=self.lang == "en") if self.lang != "sv" else self._sv_stair_letter(k + 1)
                if not letter and (short := spoken_dictated.fi_stair_letter(self, k + 1)):
                    letter, tags = short, [*tags, "fi_short_stair_letter"]  # "Koivukatu kuus be kaks"
                if letter or (len(nxt.raw) == 1 and nxt.raw.isalpha()):
                    if letter:
                        regions.append((nxt.start, nxt.end, letter[0]))
                        named = True
                    k += 1
                    if not stair and k + 1 < len(toks) and toks[k + 1].low in _STAIR_WORDS and not self.gap(k).strip():
                        regions.append((toks[k].end, toks[k + 1].end, ""))  # "bee rappu"
                        k += 1
                    flat = self.number(k + 1) if k + 1 < len(toks) and self.joined(k) and not self.gap(k).strip() else None
                    flat = spoken_colloquial.ten_unit(self, flat)  # "… see kakskyt kolme, …"
                    if flat is not None and self._postal_town(k) is not None:
                        flat, tags = None, [*tags, "stair_postal"]  # "cee kuusi viisi kolme kaksi nolla Kotka"
                    if flat is not None and flat.value < 1000 and not self.counted_after(flat.last):
                        apart = apart or spoken_colloquial.apart(self, flat)
                        if flat.spoken:
                            regions.append((*self.span(flat.first, flat.last), flat.digits))
                        k = flat.last
            if k + 2 < len(toks) and toks[k + 1].low in _FLAT_WORDS and self.joined(k + 1):
                flat = spoken_colloquial.ten_unit(self, self.number(k + 2))  # "koivukuja seittemän bee asunto kaks"
                if flat is not None and flat.value < 1000:
                    apart = apart or spoken_colloquial.apart(self, flat)
                    if flat.spoken:
                        regions.append((*self.span(flat.first, flat.last), flat.digits))
                    k = flat.last
            if not regions:
                continue  # written digits: the patterns have it
            if low in _EN_STREET_TYPES:
                # "Station Road twenty two": the written "Station Road 22" has no pattern of its own either
                if i > 0 and toks[i - 1].raw[:1].isupper() and not self.gap(i - 1).strip(" "):
                    s, e = self.span(i - 1, k)
                    self.mark(i - 1, k)
                    yield Cand(s, e, "ADDRESS", "address", "street address (spoken)", PRIO_ADDRESS)
                continue
            town = self._postal_town(k)  # ", kolmekymmentäkaksituhatta kaksisataa Huittinen"
            tags += ["ten_unit_apart"] * apart  # "Kivikatu seittemän see kakskyt kolme"
            if not strong:  # "Kalliopuisto kolme aa kaks, …": a stair letter said or a postal code and town
                if named or town is not None or spoken_colloquial.lives_at(self, i, k, weak):
                    rules = [*tags, *self.postal_rules] if town is not None else tags
                    yield spoken_colloquial.weak_street_cand(self, i, town if town is not None else k, [*rules, weak])
                continue
            hi = toks[min(len(toks) - 1, k + 3)].end
            for c in self.shadow(regions, toks[i].start, hi, patterns.find_addresses):
                self.mark(i, k)
                if c.start == toks[i].start and c.end < toks[k].end:
                    c = replace(c, end=toks[k].end)  # "… fyra be lägenhet tolv": the flat read out is the address's
                if town is not None and c.start == toks[i].start:
                    self.mark(k, town)
                    c = replace(c, end=max(c.end, toks[town].end), replacement=None)
                    tags = [*tags, *self.postal_rules]  # "kasikuus kaks sata Sotkamo"
                if tags and c.start == toks[i].start:
                    c = replace(c, reason=c.reason + "".join(f" ({t})" for t in tags))
                yield c

    def _postal_town(self, k: int) -> int | None:
        """A postal code read out after a street address that ends at token k, and the town after it:
        the town's token, or None. One number (``kolmekymmentäkaksituhatta kaksisataa``, ``tiotusen
        sexhundra``, ``tjugoett tusen sexhundra``) or digits and groups read out (``twenty-one two five
        zero``, ``nolla nolla yhdeksän neljä nolla``) that make five digits, then a capitalised word."""
        toks = self.toks
        if k + 2 >= len(toks) or not self.joined(k):
            return None
        # "neljä pilkku kasikuus …", "neljä, postinumero kasikuus …" (spoken_colloquial postal_commas, postal_word)
        said = toks[k + 1].low if self.lang == "fi" and toks[k + 1].low in (_COMMA_WORDS | _POSTAL_CUES) else ""
        first = k + 1 + bool(said)
        j, nums = first, list[_Num]()
        while j < len(toks) and len(nums) < 6 and toks[j].raw.isalpha():
            times = _MULT.get(toks[j].low, 1) if self.joined(j) else 1  # "tupla kaks", "double two"
            n = self.number(j + (times > 1))
            if n is None or not (j == first or self.joined(j - 1)) or (times > 1 and n.value > 9):
                break
            nums += [n] * times
            j = n.last + 1
        hundreds = self._en_hundreds_postal(k + 1)
        if hundreds is not None:
            return hundreds
        if not nums or j >= len(toks):
            return None
        rules = spoken_colloquial.postal_rules(self, nums, j, said) if self.lang == "fi" else None
        if rules is not None:  # "…, kasikuus kaks sata Sotkamo", "… kaks sata sotkamo", "… kaks sata, Sotkamo"
            self.postal_rules = rules
            return j
        lower = self.gap(j - 1) == " " and spoken_colloquial.lower_town(self, j)  # "… femhundra kellokoski punkt"
        if self.gap(j - 1) != " " or not (toks[j].raw[:1].isupper() or lower):
            return None
        digits = self._postal_digits(nums)
        if len(digits) != 5 or digits == "00000":
            return None
        self.postal_rules = ["postal_town_lower"] if lower else []
        return j

    def _en_hundreds_postal(self, i: int) -> int | None:
        """An English postal code read as its first two digits and the hundreds from token i, then a town:
        ``ninety one hundred Oulu`` (90100: a ten, the hundreds, ``hundred``); the town's token, or None."""
        toks = self.toks
        if i + 3 >= len(toks) or toks[i + 2].low != "hundred" or not toks[i + 3].raw[:1].isupper():
            return None
        ten, unit = en_cardinal(toks[i].low), en_cardinal(toks[i + 1].low)
        if ten is None or unit is None or ten not in range(10, 100, 10) or unit not in range(1, 10):
            return None
        if not (self.joined(i) and self.joined(i + 1) and self.gap(i + 2) == " "):
            return None
        return i + 3

    def _postal_digits(self, nums: list[_Num]) -> str:
        """The digits of a postal code read out: one number when a thousand is said ("kolmekymmentäkaksituhatta
        kaksisataa" 32200, "femton tusentvåhundrafemtio" 15250), else the parts as read ("twenty-one two five zero")."""
        if not any(n.value >= 1000 for n in nums):
            return "".join(n.digits for n in nums)
        total = current = 0  # one number: thousands, hundreds, the rest
        for n in nums:
            if n.value == 1000:
                total, current = total + max(current, 1) * 1000, 0
            elif current and n.value < 2000 and self.toks[n.first].low.startswith(("tusen", "tuhat")):
                total, current = total + current * 1000 + n.value - 1000, 0  # "femton tusentvåhundra"
            elif n.value >= 1000:
                total, current = total + current + n.value, 0
            else:
                current += n.value
        return str(total + current)

    def _after_address(self, i: int) -> bool:
        """A postal-code word right before token i, or a street word before it with only its house number,
        stair letter and flat between ("Koivutie 9 C 4, …")."""
        if i > 0 and self.toks[i - 1].low in _POSTAL_CUES:
            return True
        for k in range(i - 1, max(-1, i - 7), -1):
            t = self.toks[k]
            if len(t.low) >= 6 and t.low.endswith(_STREET_NOMINATIVE):
                return True
            if self.val[k] is None and len(t.raw) > 1 and not self.letter(t.low, own=True):
                return False
        return False
