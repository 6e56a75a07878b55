"""Words of forms, minutes and dictation that are no name where they stand (``field_words.txt``).

Runs on the candidates after every detector and before overlap resolution (``scrubber._scrub``);
only person, place and address candidates of the rules are changed, never a case term, a colleague
name or an answer. Every decision is one row of :data:`RULES`.

| id | what | change |
|---|---|---|
| label_head | a span opening with a field label or role word before the value: `Osoite Koivukuja 5`, `Tulkki Ahmed Hassan` | the span starts after the label |
| dictation_word | a one-word person candidate that is a dictation or form word: `Sanelu`, `Seuraava`, `Hänellä` | dropped |
| header_line | person candidates on a line of column headers only: `Kenttä Arvo`, `| Nimi | Tila |` | dropped |
| sv_bo | Swedish `Bo` before `kvar`, `hemma`, `ensam` …: the verb "live" | dropped |
| thing_verb | a word-name (also an ordinary word) before a verb of the weather or of a thing: `Lumi satoi`, `Valo sammui` | dropped |
| table_header | person candidates in the header row of a Markdown table (`| Viikko | Tunne |` over `|---|---|`) | dropped |
"""

from __future__ import annotations

import bisect
import re
import threading

from coachdesk.privacy.lexicon import AMBIG, COMMON, Lexicon, data_dir
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import Cand

RULES = {
    r.id: r
    for r in (
        Rule("label_head", "a field label opening a name or address span is not part of it"),
        Rule("dictation_word", "a dictation or form word alone is no name"),
        Rule("header_line", "no name on a line of column headers"),
        Rule("sv_bo", "Swedish 'Bo kvar/hemma/ensam': the verb 'live'"),
        Rule("thing_verb", "a word-name before a verb of the weather or a thing is the word"),
        Rule("table_header", "no name in the header row of a Markdown table"),
    )
}

_LOCK = threading.Lock()
_WORDS: dict[str, frozenset[str]] | None = None
_WORD = re.compile(r"[^\W\d_]+")
_SV_BO_AFTER = frozenset("kvar hemma ensam själv tillsammans hos med nära".split())
_CHANGEABLE = ("PERSON", "LOCATION", "ADDRESS")


def words() -> dict[str, frozenset[str]]:
    """The sections of ``field_words.txt`` (loaded once)."""
    global _WORDS
    if _WORDS is None:
        with _LOCK:
            if _WORDS is None:
                out: dict[str, set[str]] = {}
                section = ""
                for line in (data_dir() / "field_words.txt").read_text(encoding="utf-8").splitlines():
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    if line.startswith("[") and line.endswith("]"):
                        section = line[1:-1]
                        continue
                    out.setdefault(section, set()).add(line.lower())
                _WORDS = {k: frozenset(v) for k, v in out.items()}
    return _WORDS


def _rule_made(c: Cand) -> bool:
    return c.kind != "term" and c.extra.get("source", "rule") == "rule" and c.label in _CHANGEABLE


class _Lines:
    """Line bounds by bisection over the line breaks (found once, when first needed): no scan per candidate."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] | None = None

    def bounds(self, pos: int) -> tuple[int, int]:
        if self.breaks is None:
            self.breaks = [m.start() for m in re.finditer("\n", self.text)]
        i = bisect.bisect_left(self.breaks, pos)
        s = self.breaks[i - 1] + 1 if i else 0
        return s, self.breaks[i] if i < len(self.breaks) else len(self.text)


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*(?:\n|$)")


def _table_header(text: str, line_start: int, line_end: int) -> bool:
    """The line is the header row of a Markdown table (a rule line of dashes follows)."""
    return text[line_start : line_start + 1] == "|" and bool(_TABLE_RULE.match(text, line_end + 1))


def apply(text: str, cands: list[Cand], lang: str, lex: Lexicon) -> list[Cand]:
    """``cands`` with label words trimmed off and non-names dropped (the rows of :data:`RULES`)."""
    w = words()
    labels, dictation, headers = w.get("label", frozenset()), w.get("dictation", frozenset()), w.get("header", frozenset())
    out: list[Cand] = []
    header_lines: dict[int, bool] = {}
    table_lines: dict[int, bool] = {}
    lines = _Lines(text)
    for c in cands:
        if not _rule_made(c):
            out.append(c)
            continue
        first = _WORD.match(text, c.start)
        if first is None:
            out.append(c)
            continue
        low = first.group(0).lower()
        rest = text[first.end() : c.end]
        # label_head: "Osoite Koivukuja 5" → "Koivukuja 5"
        if low in labels and first.group(0)[:1].isupper() and rest[:1] in (" ", "\t") and rest.strip():
            c.start = first.end() + len(rest) - len(rest.lstrip())
            out.append(c)
            continue
        if c.label == "PERSON":
            one_word = first.end() == c.end
            if one_word and low in dictation:
                continue  # dictation_word
            s, e = lines.bounds(c.start)
            if low in headers:
                if s not in header_lines:
                    toks = [m.group(0).lower() for m in _WORD.finditer(text, s, e)]
                    header_lines[s] = len(toks) >= 2 and all(t in headers for t in toks)
                if header_lines[s]:
                    continue  # header_line
            if s not in table_lines:
                table_lines[s] = _table_header(text, s, e)
            if table_lines[s]:
                continue  # table_header
            if one_word and lex.get(low) & (AMBIG | COMMON):
                nxt = _WORD.match(text, c.end + 1) if text[c.end : c.end + 1] == " " else None
                if nxt and nxt.group(0).lower() in w.get("thing_verb", frozenset()):
                    continue  # thing_verb
            if lang == "sv" and one_word and low == "bo" and first.group(0) == "Bo":
                nxt = _WORD.search(text, c.end, min(len(text), c.end + 30))
                if nxt and text[c.end : nxt.start()] == " " and nxt.group(0).lower() in _SV_BO_AFTER:
                    continue  # sv_bo
        out.append(c)
    return out
