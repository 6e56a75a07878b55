"""Organisations by their place in a letter or a form: the line after a job title in a sign-off, an association
written with dots (`r.f.`, `r.y.`), the value of a school or workplace field label.

Runs with the late organisation rules (``scrubber._table_group_chat_ages``) in any text language and only adds ORG
candidates (an organisation wins over a person or place reading of its words). Every decision is one row of
:data:`RULES`; the finding's reason names it. Cue words: ``SIGNOFFS``, ``SIGN_TITLE_HEADS`` (how a job title
ends), ``PUBLIC_BODY_HEADS``, ``SIGN_TEAM_WORDS``, ``ORG_FORM_LABELS``, ``ORG_CONNECT``, ``LEGAL_FORMS``.

| id | shape (invented examples) | trap |
|---|---|---|
| title_then_org | in a sign-off (a closing formula such as `Terveisin`, `Hälsningar`, `Best regards` on the line or up to four short lines before, or a name line right before), a job title of one to four words ending in a title word (`uraohjaaja`, `Career Coach`, `arbetshandledare`), then the organisation: the next line up to a comma (`uraohjaaja` / `X:n Työpaja ry, Y`), or the rest after the title on a line that opens with the closing formula and a name (`Terveisin X Y, työvalmentaja, Z`); the organisation opens with a capital, has no digit, `@`, finite verb, kept word or public body's head, and has a word of the name or place lists or a word in no list | `ohjaaja` / `Perjantaipiiri` (a compound of two words), `yksilövalmentaja` / `Kela` (a kept body), `työvalmentaja` / `Matti Virtanen` (a person), `ohjaaja, X:n kaupunki` (a town's public body: ``PUBLIC_BODY_HEADS``), `Ohjaamo X` (a kept word), `Työllisyystiimi X` (a team: ``SIGN_TEAM_WORDS``), `Thanks, coach, X` (no sign-off line), a region alone, a phone line |
| dotted_assoc | one to five capitalised words (with `och`/`ja`/`&` inside) right before an association form written with dots, `r.f.` or `r.y.`: one organisation (`X Arbetsträning r.f.`) | `r.f.` after a lower-case word (`hon sa r.f.`) |
| form_org_value | a school or workplace field label at a line start (`Oppilaitos:`, `Koulu:`, `Skola:`, `School:`, `Työnantaja:`, `Arbetsplats:`, `Employer:`; section ``ORG_FORM_LABELS``) and its value up to a comma, bracket or line end, opening with a capital: the whole value (`Oppilaitos: X:n yrkeshögskola`), when a word is in the name or place lists or in no list, or a later word is an organisation head (`bakery`, `ammattiopisto`) | `Koulu: Peruskoulu`, `Työnantaja: Kaupunki`, `Työnantaja: Kela`, `Employer: Self-employed` |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import ALLOW, FIRST, KEEP, NAME, PLACE, REGION, Lexicon
from coachdesk.privacy.org_rules import EN_TRADE
from coachdesk.privacy.orgs import LEGAL, compound_of_frequent, head_low
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("title_then_org", "the organisation after a job title in a sign-off: uraohjaaja / X:n Työpaja ry"),
        Rule("dotted_assoc", "capitalised words before an association form with dots: X Arbetsträning r.f."),
        Rule("form_org_value", "the whole value of a school or workplace field label: Oppilaitos: X:n yrkeshögskola"),
    )
}

_TITLE_ENDS = tuple(sorted(words("SIGN_TITLE_HEADS")))
_SIGNOFFS = words("SIGNOFFS")
_PUBLIC = tuple(words("PUBLIC_BODY_HEADS"))
_TEAM = tuple(words("SIGN_TEAM_WORDS"))
_CONNECT = frozenset(w.lower() for w in words("ORG_CONNECT")) | {"&", "ja", "och", "and", "of", "for", "för", "i"}
_EN_HEADS = frozenset(w.lower() for w in words("ORG_HEADS_EN")) | EN_TRADE
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")
_SEP = re.compile(r"[ \t]*(?:,|\||[ \t][–—-][ \t])[ \t]*")
_LABELS = "|".join(sorted(words("ORG_FORM_LABELS"), key=len, reverse=True))
_LABEL = re.compile(rf"(?im)^[ \t]*(?:{_LABELS})[ \t]*:[ \t]*")
_VALUE_END = re.compile(r"[,;(\n]|[ \t][–—-][ \t]")
_DOTTED = re.compile(r"[rR](?<![\w.][rR])\.[ ]?[yYfF]\.?(?!\w)")  # (?<![\w.]) after the r: the engine skips to it
_NOT_ORG = re.compile(r"[\d@/:]|www|http")


def _cand(start: int, end: int, rule: str) -> Cand:
    return Cand(start, end, "ORG", "org", f"{RULES[rule].doc.split(':')[0]} ({rule})", PRIO_ORG + 6)


def _ordinary(lex: Lexicon, low: str) -> bool:
    """A word of the lists that names nothing (a frequent or common word, or a compound of such words)."""
    parts = [p for p in low.split("-") if p]
    return bool(parts) and all(p in lex.frequent or lex.lang_words.get(p) or compound_of_frequent(p, lex) for p in parts)


def _proper(lex: Lexicon, w: str) -> bool:
    """A word that may name an organisation: a name or place of the lists (no kept body), or a word in no list."""
    low = w.lower().rstrip(".")
    flags = lex.lookup(w)[0]
    if flags & KEEP:
        return False  # Kela, a region (Pirkanmaa): kept
    if flags & (NAME | PLACE):
        return True
    return not lex.get(low) and not _ordinary(lex, low) and len(low) >= 3


def _org_value(text: str, s: int, e: int, lex: Lexicon, lang: str, labelled: bool) -> tuple[int, int] | None:
    """The trimmed span of an organisation written from ``s`` to ``e``, or None when it reads as something else."""
    seg = text[s:e]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip().rstrip(".,;:!")
    if not seg or not seg[0].isupper() or _NOT_ORG.search(seg) or seg[-1] in "?!":
        return None
    ws = _WORD.findall(seg)
    if not 1 <= len(ws) <= 7 or len(" ".join(ws)) + 6 < len(seg):
        return None  # other characters than words: not a name
    lows = [w.lower().rstrip(".") for w in ws]
    if lang == "fi" and any(is_finite_verb(w, lex) for w in lows[1:]):
        return None  # a sentence, not a name
    first = lex.lookup(ws[0])[0]
    if first & FIRST and not first & PLACE and len(ws) <= 3 and not any(w in LEGAL for w in ws):
        return None  # a person's name
    content = [w for w, low in zip(ws, lows, strict=True) if low not in _CONNECT]
    if not labelled and (any(low.endswith(_PUBLIC) for low in lows) or any(lex.lookup(w)[0] & ALLOW for w in content)):
        return None  # "X:n kaupunki", "City of X", "Ohjaamo X": a public body, its town found alone (a region is a
        # part of a name: "Kustcoach Österbotten")
    if not labelled and any(low.endswith(_TEAM) or low.startswith(_TEAM) for low in lows):
        return None  # "Työllisyystiimi X", "Team X": a team of the coach's own service
    if all(lex.lookup(w)[0] & KEEP and not lex.lookup(w)[0] & (PLACE | REGION) for w in content):
        return None  # Kela, TE-palvelut: a kept body alone
    if len(content) == 1 and not (_proper(lex, content[0]) and not lex.lookup(content[0])[0] & (NAME | PLACE | REGION)):
        return None  # one word: only a word in no list (a place or a person alone is left to their rules)
    proper = (any(_proper(lex, w) for w in content) or any(w in LEGAL for w in ws)
              or (len(content) >= 2 and any(lex.lookup(w)[0] & REGION for w in content)))  # "Kustcoach Österbotten"
    headed = labelled and any(low in _EN_HEADS or head_low(low) for low in lows[1:])
    if not (proper or headed):
        return None
    return s + lead, s + lead + len(seg)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _title(seg: str) -> bool:
    ws = seg.split()
    return 1 <= len(ws) <= 4 and all(w.replace("-", "").isalpha() for w in ws) and ws[-1].lower().endswith(_TITLE_ENDS)


def _signoff_line(line: str, same: bool) -> bool:
    ws = [w.strip(",.:!").lower() for w in line.split()]
    if not ws or (not same and len(ws) > 4):
        return False
    return any(w in _SIGNOFFS for w in ws[: 1 if same else 3])


def _name_line(line: str) -> bool:
    ws = line.split()
    return 2 <= len(ws) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in ws)


def _signed(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` is in a sign-off: a closing formula on it or up to four lines before, or a name line right before."""
    if _signoff_line(text[slice(*lines[i])], True):
        return True
    if i and _name_line(text[slice(*lines[i - 1])]):
        return True
    for k in range(i - 1, max(-1, i - 5), -1):  # the short lines of a signature block, up to its closing formula
        line = text[slice(*lines[k])]
        if len(line.split()) > 6:
            return False
        if _signoff_line(line, False):
            return True
    return False


def _title_orgs(text: str, lex: Lexicon, lang: str) -> Iterator[Cand]:
    """Rule title_then_org."""
    lines = _lines(text)
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        titled = line.lower().rstrip(" ,.").endswith(_TITLE_ENDS) or "," in line or "|" in line
        if not line.strip() or len(line) > 160 or not titled:
            continue
        cuts = [ls, *(x for m in _SEP.finditer(line) for x in (ls + m.start(), ls + m.end())), le]
        segs = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
        for k, (a, b) in enumerate(segs[:3]):  # "Title, Org", "Name, Title, Org", "Terveisin Name, Title, Org"
            if not _title(text[a:b]) or not _signed(text, lines, i):
                continue
            if k + 1 < len(segs) and k and _signoff_line(line, True):  # "Terveisin X Y, title, Org"
                span = _org_value(text, *segs[k + 1], lex, lang, False)
            elif k + 1 < len(segs):
                span = None
            elif i + 1 < len(lines):  # the next line, up to a comma ("X ry, Town office": the town is no part of it)
                ns, ne = lines[i + 1]
                cut = _SEP.search(text, ns, ne)
                span = _org_value(text, ns, cut.start() if cut else ne, lex, lang, False)
            else:
                span = None
            if span is not None:
                yield _cand(*span, "title_then_org")
                break


def _dotted(text: str, toks: list[Token]) -> Iterator[Cand]:
    """Rule dotted_assoc."""
    starts = {t.start: k for k, t in enumerate(toks)}
    for m in _DOTTED.finditer(text):
        k = starts.get(m.start())
        if k is None:
            continue
        i = k
        while i > 0 and k - i < 7:
            p = toks[i - 1]
            gap = text[p.end : toks[i].start]
            if gap.strip(" &") or len(gap) > 3 or p.colon_suffix:
                break
            if p.cap or p.upper:
                i -= 1
                if p.sent_start:
                    break
            elif p.lower in _CONNECT and i - 1 > 0 and i < k and toks[i - 2].cap:
                i -= 1
            else:
                break
        if i < k:
            yield _cand(toks[i].start, m.end(), "dotted_assoc")


def _labelled(text: str, lex: Lexicon, lang: str) -> Iterator[Cand]:
    """Rule form_org_value."""
    for m in _LABEL.finditer(text):
        end = _VALUE_END.search(text, m.end())
        span = _org_value(text, m.end(), end.start() if end else len(text), lex, lang, True)
        if span is not None:
            yield _cand(*span, "form_org_value")


def find(text: str, toks: list[Token], lex: Lexicon, lang: str) -> list[Cand]:
    """ORG candidates of :data:`RULES` (any text language)."""
    out = list(_title_orgs(text, lex, lang)) if "\n" in text or "," in text else []
    if "r." in text or "R." in text:
        out += _dotted(text, toks)
    if ":" in text:
        out += _labelled(text, lex, lang)
    return out
