"""Lower-case names, firms and places of hurried Swedish and English lines, and colloquial Finnish name forms.

Runs right after ``hurried_names.find`` (``scrubber._scrub``) and only adds candidates. The English and
Swedish rules look only at the lines ``hurried_style.hurried_lines`` calls hurried; the Finnish genitive
rules and the sign-off look at any line. Every decision is one row of :data:`RULES`; the finding's
reason names it (``coachdesk scrub --explain``).

| id | shape (invented examples) | evidence |
|---|---|---|
| en_lives_with | `lives with ramon and two others` | `lives`/`living`/`stays` … `with`, then a lower-case first name of the lists that is no English word (`lives with anxiety` stays) |
| en_told | `told her ramon can drive him` | `told`/`tells`/`texted` and a personal pronoun, then a lower-case first name of the lists that is no English word (`told him yes` stays) |
| en_possessive | `asked if joel's permit is ok` | a lower-case first name of the lists, no English word, with `'s` before another word |
| en_work_org | `on break at polar ridge kennels`, `shift at hotel aurora` | `works`/`shift`/`break`/`job`/`trial` … `at`, then two to four lower-case words without an article that end in a trade head (`kennels`, `farm`, `lodge`) or open with a venue word (`hotel`, `cafe`): the firm (`on break at lunch`, `works at the farm` stay) |
| en_fi_place | `moved back in lapinkylä`, `the ristijärvi health centre` | after `in`/`from`/`near`/`to`, or before a public facility (`health centre`, `hospital`), a lower-case place of the lists (`in ii`), or a word of Finnish place shape (ä or ö, a Finnish vowel pair, a place head `-kylä`, `-järvi`, `-vaara` …) that is no frequent word and in no name list, or after `in`/`near` a surname of the lists (`in ivalo`; never after `from`/`to`: `call from virtanen`) (`in pain`, `the local health centre` stay) |
| sv_subject | `lindroos vill inte flytta` | a lower-case surname or first name of the lists opening a sentence of a Swedish line, no Swedish word, right before a finite verb (`vill`, `ska`, `har`, `jobbar` …) (`vill inte flytta`, `mamma har ont` stay) |
| sv_place | `flytta tillbaka till björkby`, `bror ville i kalajoki kan hjälpa` | after `till`/`i`/`från`/`på`/`vid`, a place of the lists, or a lower-case word in no list and no frequent word (nor a compound of one) with a place shape: a Finnish one or a Swedish village ending (`-by`, `-vik`, `-näs`, `-böle` …) (`i morgon`, `till slut`, `på fredag` stay) |
| nickname | `tapsa på verkstan`, `jaska på sågen sa ok` (Swedish and English lines) | a Finnish nickname by shape: the first two to four letters of a common Finnish given name of the lexicon (Tap- of Tapio) and a shortening ending (-sa, -ke, -kka, -ppa, -tsa, -ska, -sse …), no word of any language (a frequent form only when the lists know it as a first name: `jaska`, not `kassa`), next to a person cue (a verb, `på`/`hos`, a call opener, `with`/`med`) |
| fi_genitive_given | `soita kurvisen annelle`, `Korhosen Pasi on hyvä tyyppi` | the genitive of a surname of the lists (surname-shaped: `-sen` of `-nen`, or no first name, place, kept or common word) right before a first name in any case form: one person, one span (`kaupungin annille`, `Kelan Pasi` stay two things) |
| fi_genitive_kin | `heikkisen akka soitti` | the lower-case genitive of a `-nen` surname of the lists right before a colloquial kin word (`akka`, `muija`, `ukko`, `poika` …): the person (`kaupungin akka` stays) |
| fi_chat_start | `ahti on muuten raimon veli`, `raimo on muuten paikalla` | a lower-case first name of the lists (1,000+ bearers, no common word) opening a line (after a chat speaker's label) before `on muuten`, or before `on` and a kin word (`X:n veli`) or a person's state or trait; a name that is also a word needs the latter (`tää on muuten`, `kukka on muuten kaunis`, `lahja on muuten hieno` stay) |
| signoff_unknown | `kiitos paljon. zuzka`, `terveisin, jorma-pekka` | the last word of the text after a closing formula (`kiitos`, `terveisin`, `mvh`, `/t`, `thanks`, `tack` …) on its line or the one before: lower-case, no word of any language, no greeting or team word (`kiitos paljon. moi`, `terveisin, tiimi`, `kiitos. ok` stay) |
"""

from __future__ import annotations

import bisect
import re

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import (
    ARTICLES,
    FUNCTION_NEXT,
    HUMAN_STATES,
    PERSON_PREDICATES,
    PERSON_TRAITS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    SIGNOFFS,
)
from coachdesk.privacy.hurried_style import hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.org_rules import EN_TRADE
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_ORG, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("en_lives_with", "a lower-case first name after 'lives with': lives with ramon"),
        Rule("en_told", "a lower-case first name after 'told him/her': told her ramon can drive"),
        Rule("en_possessive", "a lower-case first name with 's before a word: joel's permit"),
        Rule("en_work_org", "lower-case words after 'works at'/'on break at' ending in a trade head: polar ridge kennels"),
        Rule("en_fi_place", "a Finnish-shaped lower-case place after in/from or before a facility: in lapinkylä"),
        Rule("sv_subject", "a lower-case name opening a Swedish sentence before a finite verb: lindroos vill"),
        Rule("sv_place", "an unlisted place-shaped word after till/i/från/på: till björkby"),
        Rule("nickname", "a Finnish nickname shape from the given-name lexicon next to a person cue: tapsa på"),
        Rule("fi_genitive_given", "a surname genitive and a first name are one person: kurvisen annelle, Korhosen Pasi"),
        Rule("fi_genitive_kin", "a -nen surname genitive before a colloquial kin word: heikkisen akka"),
        Rule("fi_chat_start", "a first name opening a chat line before 'on muuten' or 'on X:n veli': ahti on muuten"),
        Rule("signoff_unknown", "an unknown lower-case last word after a closing formula: kiitos paljon. zuzka"),
    )
}

_WELL_KNOWN = 300  # bearers from which a surname or first name of the lists counts for the genitive rules
_NICK_FROM = 2000  # bearers of the given names whose beginnings make nicknames (Tapio -> tap-sa)
_CHAT_FROM = 1000  # bearers of a first name opening a chat line

# English cue words
_EN_LIVE = frozenset("lives living lived live stays staying stayed moved".split())
_EN_WITH = frozenset(("with", "w"))
_EN_TOLD = frozenset("told tells tell texted asked".split())
_OBJ_PRONOUNS = frozenset("him her them me us".split())
_EN_WORK = frozenset("works working worked work job jobs shift shifts break trial placement employed started starts "
                     "starting internship".split())
_EN_VENUES = frozenset("hotel cafe café restaurant camp hostel lodge pizzeria bar pub kebab grill".split())
_EN_HEADS = EN_TRADE | _EN_VENUES | frozenset(
    """
    kennels kennel ranch stables lodge resort resorts safaris safari tours sawmill mill timber forestry logging
    huskies husky reindeer adventures experiences outdoors cabins cottages chalets igloos ski travel nursery
    greenhouse greenhouses fisheries fishery inn motel spa gym laundry warehouse depot hardware market supermarket
    store shop services transport
    """.split()
)
# plural heads that name one firm ("polar ridge kennels"); other plurals are generic ("berry farms")
_EN_PLURAL_OK = frozenset("kennels huskies safaris services motors adventures experiences tours stables builders "
                          "cleaners cabins cottages chalets igloos greenhouses fisheries electrics removals autos "
                          "bakers barbers florists plumbers outdoors".split())
# a run after "at" stops at these (time, company, place words): "works at polar ridge kennels since june"
_EN_RUN_STOP = frozenset("since until till for from in on and or but with w by as at to today tomorrow now again "
                         "yesterday tonight this next last every".split())
_EN_NOT_NAME_WORD = frozenset("local nearby same new old another other big small main night nights weekends home "
                              "lunch dinner breakfast work school".split())
_EN_PLACE_PREP = frozenset("in from near to around outside".split())
_EN_WHERE = frozenset("in near around outside".split())
_FI_LETTER = re.compile(r"[äö]")
_FACILITY = re.compile(r"[ \t](?:health[ \t]+cent(?:re|er)|hospital|library|church|school|station|clinic|"
                       r"job[ \t]+cent(?:re|er)|village|municipality|area)\b")

# Swedish cue words
_SV_FINITE = frozenset(
    """
    vill ska skall kan har hade är var måste borde får fick behöver jobbar jobbade bor bodde säger sa sade tycker
    tyckte tror trodde vet visste kommer kom mår orkar hoppas verkar börjar började slutar slutade söker sökte väntar
    väntade går gick flyttar flyttade blir blev klarar klarade ringer ringde skrev messade svarade undrar undrade
    """.split()
)
_SV_PLACE_PREP = frozenset("till i från på vid mot utanför".split())
_SV_PLACE_END = re.compile(r"(?:by|byn|vik|viken|näs|näset|holm|holmen|sund|sundet|fors|forsen|dal|dalen|böle|backa|"
                           r"strand|hamn|hamnen|fjärd|fjärden|mark|skog|torp|boda|stad|å|ån|ö|ön|ö|träsk|kulla|berg)$")

# Finnish shape of a place or word: vowel pairs Swedish and English rarely have, Finnish place heads
_FI_HEADS = ("järvi", "joki", "kylä", "vaara", "lahti", "niemi", "salmi", "koski", "mäki", "saari", "lampi", "vesi",
             "vuori", "ranta", "harju", "selkä", "lehto", "kangas", "kumpu", "virta", "kallio", "linna", "kunta")
_FI_SHAPE = re.compile(r"(?:aa|ii|uu|yy|ää|öö|uo|yö|ie|äi|öy|äy|ei(?=[^n]|$))|(?:"
                       + "|".join(_FI_HEADS) + r"|pää|suo|aho|oja|nen|la|lä)$")

# Finnish nicknames: a given name's beginning, then a shortening ending (Tap|sa, Ma|ke, Tim|ppa)
_NICK_END = ("mppa", "ppa", "ppe", "kka", "kku", "kke", "tsa", "tsi", "ssa", "sse", "ssu", "ska", "sa", "se", "ke",
             "de", "ksu", "psa")
_NICK_CUE_AFTER = frozenset("på hos ringde ringer sa sade vill kan har är och jobbar kommer soitti soittaa sano sanoi "
                            "on tuli ja said called rang texted is was and at says wants".split())
_NICK_CUE_BEFORE = frozenset("ring ringde sms med från hos puh soita soitto soitin kanssa call from with w text "
                             "ask boss".split())

# Finnish colloquial kin words after a surname's genitive ("heikkisen akka")
_FI_KIN = frozenset("akka ukko muija äijä eukko poika tyttö likka jätkä mutsi faija vaimo mies isä äiti veli sisko "
                    "tytär poju tyttären pojan akan ukon muijan".split())
_FI_KIN_PRED = _FI_KIN | frozenset("serkku kaveri pomo naapuri esimies esihenkilö kollega työkaveri eno setä täti "
                                   "mummo vaari pappa isäpuoli äitipuoli avomies avovaimo".split())

_FI_PERSON_PRED = _FI_KIN_PRED | PERSON_PREDICATES | HUMAN_STATES | PERSON_TRAITS

# closing formulas before a sign-off name, and last words that are no names
_SIGNOFF = SIGNOFFS | frozenset("kiitti kiitoksia tack tackar thanks thank thx ty terkuin terkut hälsn mvh bw".split())
_NOT_SIGNOFF = frozenset("moi moikka hei heippa hej hejdå hi bye ok okei okay kk jep joo juu jees kiitos tack thanks "
                         "tiimi team teamet tiimille kaikille kaikki alla all everyone".split())

_NOT_NAME = ARTICLES | FUNCTION_NEXT | PERSONAL_PRONOUNS | words("PRONOUNS") | ROLE_NOUNS
_VOWEL = re.compile(r"[aeiouyäöå]")


def _plain_first(lex: Lexicon, word: str, lang: str) -> tuple[int, str, int] | None:
    """A lower-case first name of the lists that is no ordinary word of ``lang``: (flags, base, stem length)."""
    low = word.lower()
    if low in _NOT_NAME or len(low) < 3:
        return None
    flags, base, stem = lex.lookup(word)
    if not flags & FIRST or flags & (AMBIG | COMMON | KEEP) or lex.lang_words.get(low) == lang:
        return None
    return flags, base, stem


def _no_word(lex: Lexicon, low: str) -> bool:
    """``low`` is no word of any language the lists know (not frequent, no language word, no kept or common word)."""
    return (low not in lex.frequent and low not in lex.lang_words and not lex.get(low) & (KEEP | COMMON | AMBIG)
            and not lex.lookup_all(low) & (KEEP | COMMON))


def _compound_of_frequent(lex: Lexicon, low: str) -> bool:
    """``low`` ends in a frequent word of five letters or more (grupp|hemmet, arbets|träningen)."""
    if low.endswith(_FI_HEADS):
        return False  # hirvi|saari, kuusi|järvi: a Finnish place head makes a place
    return any(low[i:] in lex.frequent for i in range(3, len(low) - 4))


class _Ctx:
    """One text: tokens, the hurried lines and their tokens, the spans found so far."""

    def __init__(self, text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> None:
        self.text, self.toks, self.lex, self.lang = text, toks, lex, lang
        self.starts = token_index.starts(text, toks)
        self.covered = bytearray(len(text))
        self.person_at: dict[int, Cand] = {}
        for c in cands:
            self.covered[c.start : c.end] = b"\x01" * (c.end - c.start)
            if c.label == "PERSON":
                self.person_at[c.start] = c
        self.lines = hurried_lines(text, toks) if lang != "fi" else []  # Finnish hurried lines: hurried_names

    def joined(self, k: int) -> bool:
        """Token k and k+1 are separated by one space."""
        return k + 1 < len(self.toks) and self.text[self.toks[k].end : self.toks[k + 1].start] == " "

    def free(self, t: Token) -> bool:
        return not any(self.covered[t.start : t.end])

    def hurried_ranges(self) -> list[tuple[int, int, int, int]]:
        """(first token, end token, line start, line end) of each hurried line."""
        out = []
        for lo_c, hi_c in self.lines:
            out.append((bisect.bisect_left(self.starts, lo_c), bisect.bisect_left(self.starts, hi_c), lo_c, hi_c))
        return out


def _cand(t: Token, label: str, rule: str, *, start: int | None = None, end: int | None = None, key: tuple[str, str] =
          ("", ""), ending: str = "", prio: int = PRIO_WEAK) -> Cand:
    kind = {"PERSON": "person", "LOCATION": "place", "ORG": "org"}[label]
    return Cand(t.start if start is None else start, t.end if end is None else end, label, kind,
                f"lower-case {label.lower()} ({rule})", prio, ending=ending, key=key)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New candidates for the rules of :data:`RULES`; ``cands`` is everything found so far (read only)."""
    if not toks:
        return []
    ctx = _Ctx(text, toks, lex, lang, cands)
    out: list[Cand] = []
    if lang == "fi":
        out.extend(_fi_genitives(ctx))
    for lo, hi, _, _ in ctx.hurried_ranges():
        if lang == "en":
            out.extend(_en_line(ctx, lo, hi))
        elif lang == "sv":
            out.extend(_sv_line(ctx, lo, hi))
        if lang != "fi":  # a Finnish nickname in a Swedish or English line (Finnish lines: hurried_names)
            out.extend(_nicknames(ctx, lo, hi))
    if lang == "fi":  # the first word of a line (after a chat speaker's label) before "on": few words to look at
        for k in range(len(toks) - 2):
            if toks[k + 1].lower == "on" and toks[k].text[0].islower():
                lo_c = text.rfind("\n", 0, toks[k].start) + 1
                hi_c = text.find("\n", toks[k].start)
                hi_c = len(text) if hi_c < 0 else hi_c
                lo = bisect.bisect_left(ctx.starts, lo_c, 0, k + 1)
                if k - lo <= 4:
                    out.extend(_fi_line(ctx, lo, bisect.bisect_left(ctx.starts, hi_c, k), lo_c))
    out.extend(_signoff(ctx))
    return out


def _en_line(ctx: _Ctx, lo: int, hi: int) -> list[Cand]:
    toks, text, lex = ctx.toks, ctx.text, ctx.lex
    out: list[Cand] = []
    for k in range(lo, hi):
        t = toks[k]
        low = t.lower
        if not t.text[0].islower() or not ctx.free(t):
            continue
        if k >= 2 and toks[k - 1].lower in _EN_WITH and toks[k - 2].lower in _EN_LIVE and ctx.joined(k - 1):
            hit = _plain_first(lex, t.text, "en")
            if hit:
                out.append(_cand(t, "PERSON", "en_lives_with", key=(hit[1], "")))
                continue
        if (k >= lo + 2 and toks[k - 2].lower in _EN_TOLD and toks[k - 1].lower in _OBJ_PRONOUNS and ctx.joined(k - 2)
                and ctx.joined(k - 1)):
            hit = _plain_first(lex, t.text, "en")
            if hit:
                out.append(_cand(t, "PERSON", "en_told", key=(hit[1], "")))
                continue
        if low.endswith(("'s", "’s")) and k + 1 < hi and ctx.joined(k):
            hit = _plain_first(lex, t.text[:-2], "en")
            if hit:
                out.append(_cand(t, "PERSON", "en_possessive", key=(hit[1], "")))
                continue
        if low == "at" and k >= lo + 1 and toks[k - 1].lower in _EN_WORK:
            org = _en_work_org(ctx, k + 1, hi)
            if org:
                out.append(org)
            continue
        after_prep = k > lo and toks[k - 1].lower in _EN_PLACE_PREP and text[toks[k - 1].end : t.start] == " "
        where = after_prep and toks[k - 1].lower in _EN_WHERE  # "in ivalo": a surname of the lists is a place
        if (after_prep or _FACILITY.match(text, t.end)) and _fi_place_word(lex, low, where):
            out.append(_cand(t, "LOCATION", "en_fi_place", key=(low, "")))
    return out


def _en_work_org(ctx: _Ctx, a: int, hi: int) -> Cand | None:
    """The firm after `works at`: two to four lower-case words without an article, a trade head last or a venue
    word first."""
    toks = ctx.toks
    j = a
    while j < hi and j - a < 4 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].lower not in _EN_RUN_STOP:
        if toks[j].lower in _NOT_NAME:
            return None
        if j > a and not ctx.joined(j - 1):
            break
        j += 1
    words = [toks[i].lower for i in range(a, j)]
    if len(words) < 2 or any(w in _EN_NOT_NAME_WORD for w in words):
        return None
    if a > 0 and ctx.text[toks[a - 1].end : toks[a].start] != " ":
        return None
    if words[-1] in _EN_HEADS and (not words[-1].endswith("s") or words[-1] in _EN_PLURAL_OK
                                   or words[-1][:-1] not in _EN_HEADS):
        if all(w in _EN_HEADS for w in words):
            return None  # "cafe kitchen": trade words only
        return _cand(toks[a], "ORG", "en_work_org", end=toks[j - 1].end, prio=PRIO_ORG)
    if words[0] in _EN_VENUES:  # "hotel aurora starts at 7": the venue word and the name after it
        n = 1
        while (n < len(words) and n < 3 and ctx.lex.lang_words.get(words[n]) != "en" and words[n] not in _EN_HEADS
               and (n == 1 or words[n] not in ctx.lex.frequent)):
            n += 1
        if n > 1:
            return _cand(toks[a], "ORG", "en_work_org", end=toks[a + n - 1].end, prio=PRIO_ORG)
    return None


def _fi_place_word(lex: Lexicon, low: str, where: bool = False) -> bool:
    """A lower-case word of Finnish place shape (ä or ö too: an English line) that is no word and no name; a place of
    the lists counts (two letters too: `ii`), and after `in` a surname of the lists (`in ivalo`, not `from virtanen`)."""
    if len(low) < 2 or not low.isalpha() or low in _NOT_NAME or lex.lang_words.get(low):
        return False
    flags = lex.get(low) | lex.lookup_all(low)
    if flags & KEEP:
        return False
    if flags & PLACE and not flags & (COMMON | AMBIG):
        return True
    if len(low) < 4 or flags & (FIRST | COMMON | AMBIG) or (flags & SUR and not where):
        return False
    return _no_word(lex, low) and bool(_FI_SHAPE.search(low) or _FI_LETTER.search(low) or flags & SUR) and (
        not _compound_of_frequent(lex, low))


def _sv_line(ctx: _Ctx, lo: int, hi: int) -> list[Cand]:
    toks, text, lex = ctx.toks, ctx.text, ctx.lex
    out: list[Cand] = []
    for k in range(lo, hi):
        t = toks[k]
        low = t.lower
        if not t.text[0].islower() or not ctx.free(t) or len(low) < 3:
            continue
        if (t.sent_start or k == lo) and k + 1 < hi and toks[k + 1].lower in _SV_FINITE and ctx.joined(k):
            flags, base, _ = lex.lookup(t.text)
            if (flags & NAME and not flags & (AMBIG | COMMON | KEEP) and low not in _NOT_NAME
                    and not lex.lang_words.get(low) and not lex.lookup_all(t.text) & KEEP):
                key = (base, "") if flags & FIRST else ("", base)
                out.append(_cand(t, "PERSON", "sv_subject", key=key))
                continue
        after_prep = k > lo and toks[k - 1].lower in _SV_PLACE_PREP and text[toks[k - 1].end : t.start] == " "
        if after_prep and _sv_place_word(lex, low):
            out.append(_cand(t, "LOCATION", "sv_place", key=(low, "")))
    return out


def _sv_place_word(lex: Lexicon, low: str) -> bool:
    """An unlisted lower-case word of a place's shape (Finnish, or a Swedish village ending)."""
    if len(low) < 4 or not low.isalpha() or low in _NOT_NAME:
        return False
    flags = lex.get(low) | lex.lookup_all(low)
    if flags & (FIRST | KEEP | COMMON | AMBIG):
        return False
    if flags & PLACE and not lex.lang_words.get(low):
        return True  # a place of the lists ("på kimito", "vid lappfjärd")
    if not _no_word(lex, low) or _compound_of_frequent(lex, low):
        return False  # (a surname of the lists may be a village: hirvisaari)
    return bool(_SV_PLACE_END.search(low)) or bool(_FI_SHAPE.search(low))


_NICK_HEADS: frozenset[str] | None = None


def _nick_heads(lex: Lexicon) -> frozenset[str]:
    """The beginnings (two to four letters) of common Finnish given names: the heads of their nicknames."""
    global _NICK_HEADS
    if _NICK_HEADS is None:
        heads: set[str] = set()
        for w, n in lex.counts.items():
            if n >= _NICK_FROM and lex.flags.get(w, 0) & FIRST and not lex.flags.get(w, 0) & INTL:
                for i in range(2, min(5, len(w))):
                    heads.add(w[:i])
        _NICK_HEADS = frozenset(heads)
    return _NICK_HEADS


def _nickname_shape(lex: Lexicon, low: str) -> bool:
    """A Finnish nickname by shape: a common given name's beginning and a shortening ending, no word."""
    if not 4 <= len(low) <= 8 or not low.isalpha():
        return False
    for end in _NICK_END:
        if low.endswith(end):
            head = low[: -len(end)]
            if 2 <= len(head) <= 4 and head in _nick_heads(lex):
                break
    else:
        return False
    flags = lex.get(low)
    if flags & (KEEP | COMMON | AMBIG | PLACE) or (flags & FIRST and lex.counts.get(low, 0) >= _WELL_KNOWN):
        return False  # a name of the lists in its own right is judged by the other layers
    if low in lex.lang_words or low in _NOT_NAME:
        return False
    return low not in lex.frequent or bool(flags & FIRST)  # "kassa" is a word; "jaska" a listed nickname


def _nicknames(ctx: _Ctx, lo: int, hi: int) -> list[Cand]:
    toks, lex = ctx.toks, ctx.lex
    out: list[Cand] = []
    for k in range(lo, hi):
        t = toks[k]
        if not t.text[0].islower() or not ctx.free(t) or not t.lower.endswith(_NICK_END):
            continue
        cue = (k + 1 < hi and ctx.joined(k) and toks[k + 1].lower in _NICK_CUE_AFTER) or (
            k > lo and ctx.joined(k - 1) and toks[k - 1].lower in _NICK_CUE_BEFORE)
        if cue and _nickname_shape(lex, t.lower):
            out.append(_cand(t, "PERSON", "nickname", key=(t.lower, "")))
    return out


def _surname_genitive(lex: Lexicon, t: Token) -> str | None:
    """The base of a surname genitive (`kurvisen` -> kurvinen), or None: a surname of the lists, well attested,
    no kept or common word; a place or first name only when it is a -nen name."""
    low = t.lower
    if not low.endswith("n") or len(low) < 4 or low in _NOT_NAME:
        return None
    for base, _ in analyses(low):
        if base == low:
            continue
        f = lex.get(base)
        if not f & SUR or f & (KEEP | COMMON | AMBIG) or lex.counts.get(base, 0) < _WELL_KNOWN:
            continue
        if f & (PLACE | FIRST) and not base.endswith("nen"):
            continue
        if lex.lookup_all(low) & KEEP:
            return None
        return base
    return None


def _fi_genitives(ctx: _Ctx) -> list[Cand]:
    toks, text, lex = ctx.toks, ctx.text, ctx.lex
    out: list[Cand] = []
    for k in range(len(toks) - 1):
        t = toks[k]
        if t.text[-1:] != "n" or t.upper or not ctx.joined(k):
            continue
        nxt = toks[k + 1]
        given = nxt.lower in _FI_KIN
        if not given and (nxt.cap != t.cap or t.colon_suffix or nxt.colon_suffix):
            continue  # "Korhosen Pasi", "kurvisen annelle": the same letter case
        if not given and nxt.start not in ctx.person_at and not lex.lookup(nxt.text)[0] & FIRST:
            continue  # (the cheap test first: the next word's remembered lookup)
        base = _surname_genitive(lex, t)
        if base is None:
            continue
        if given:
            if t.text.islower() and base.endswith("nen") and ctx.free(t) and text[nxt.end : nxt.end + 1] != "-":
                out.append(_cand(t, "PERSON", "fi_genitive_kin", key=("", base), ending="n"))
            continue
        flags, gbase, stem = lex.lookup(nxt.text)
        found = ctx.person_at.get(nxt.start)
        if found is None and (not flags & FIRST or flags & (KEEP | COMMON) or lex.counts.get(gbase, 0) < _WELL_KNOWN
                              or (nxt.text.islower() and flags & AMBIG)):
            continue
        if found is not None and found.key[1] and found.key[1] != base:
            continue  # "Korhosen Pasi Virtanen": the given name has its own surname
        first = found.key[0] if found is not None and found.key[0] else gbase
        ending = nxt.text[stem:] if stem < len(nxt.text) and nxt.text[stem:].isalpha() else ""
        if found is not None and found.end == nxt.end:
            ending = found.ending
        out.append(_cand(t, "PERSON", "fi_genitive_given", end=nxt.end, key=(first, base), ending=ending,
                         prio=PRIO_NAME))
    return out


def _fi_line(ctx: _Ctx, lo: int, hi: int, lo_c: int) -> list[Cand]:
    """`ahti on muuten raimon veli`: the first word of a hurried or chat line (after a speaker's label)."""
    toks, lex, text = ctx.toks, ctx.lex, ctx.text
    colon = text.find(":", lo_c, min(lo_c + 40, toks[hi - 1].end if hi > lo else lo_c))
    if colon >= 0:  # "Mari: ahti on muuten …", "[9.12] Mari: …": the label's words are skipped
        lo = bisect.bisect_left(ctx.starts, colon, lo, hi)
        lo_c = colon + 1
    if hi - lo < 3:
        return []
    t = toks[lo]
    if not t.text[0].islower() or not ctx.free(t) or toks[lo + 1].lower != "on" or not ctx.joined(lo):
        return []
    if text[lo_c : t.start].strip(" \t-–•*>"):
        return []
    muuten = toks[lo + 2].lower == "muuten"
    after = [toks[j].lower for j in range(lo + 2 + muuten, min(hi, lo + 5 + muuten))]
    person = any(w in _FI_PERSON_PRED for w in after)  # "on muuten raimon veli", "on tosi reipas"
    if not (muuten or person) or not ctx.joined(lo + 1):
        return []
    flags, base, _ = lex.lookup(t.text)
    if (not flags & FIRST or flags & (COMMON | KEEP) or lex.counts.get(base, 0) < _CHAT_FROM
            or t.lower in _NOT_NAME or lex.lang_words.get(t.lower) or (flags & AMBIG and not person)):
        return []  # a name that is also a word (lahja, aino) needs a person's predicate: "lahja on muuten hieno"
    return [_cand(t, "PERSON", "fi_chat_start", key=(base, ""))]


def _signoff(ctx: _Ctx) -> list[Cand]:
    """The text's last word after a closing formula: the writer's name, known or not."""
    text, toks, lex = ctx.text, ctx.toks, ctx.lex
    if len(toks) < 2:
        return []
    t = toks[-1]
    if not t.text.islower() or not ctx.free(t) or text[t.end :].strip(" \t\n.!") or len(t.lower) < 3:
        return []
    low = t.lower
    if low in _NOT_SIGNOFF or low in _NOT_NAME or low in _SIGNOFF or not _VOWEL.search(low):
        return []
    gap = text[toks[-2].end : t.start]
    line_start = text.rfind("\n", 0, t.start)
    prev_line_start = text.rfind("\n", 0, max(line_start, 0))
    closing = any(toks[x].lower in _SIGNOFF and toks[x].start > prev_line_start
                  for x in range(max(0, len(toks) - 5), len(toks) - 1))
    if not closing or gap.strip() not in ("", ",", ".", "!", "-", "–", "/"):
        return []
    parts = low.split("-")
    if len(parts) > 1:
        if all(lex.get(p) & FIRST for p in parts if p):
            return [_cand(t, "PERSON", "signoff_unknown", key=(low, ""))]
        return []
    if lex.lookup(t.text)[0] & (NAME | PLACE) or not _no_word(lex, low) or len(low) > 15:
        return []
    return [_cand(t, "PERSON", "signoff_unknown", key=(low, ""))]
