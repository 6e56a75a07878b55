"""Form, field and dictation words are words, not names: `Tulkki`, `Osoite`, `Yhteyshenkilö`, `Sanelu`,
`Seuraava`, `Kenttä | Arvo` (a pasted form or table, a dictated note), and a few words that are names
elsewhere (`Lumi satoi`, sv `Bo kvar`).

Runs after every detector, before overlaps are resolved, on the rule findings only (a case term, a
colleague, an answer, an ID, contact or address is never touched). The word lists are the sections
of ``form_words.txt`` (form words, dictation words, column headers, verbs of things). Each
rule is one row of :data:`RULES`:

| id | what it does | example |
|---|---|---|
| label_before_name | a person span that starts with a form word starts after it | `Tulkki [Ali Hassan]`, `Yhteyshenkilö [X Y]` |
| form_word_alone | a one-word person/place finding that is a form word, where a form puts labels: a sentence or line start, after a dictated full stop (`piste Seuraava`), in a table row, before `:`/`;`/`|`/a number/the line end; anywhere when the finding is only a weak capitalised-word reading (`että Hänellä on`) | `Sanelu`, `Lopetus`, `Kenttä` |
| dictation_word | a one-word person finding that is a dictation word of `form_words.txt`, anywhere | `Soittakaa`, `Seuraava` |
| form_name_word | the same for a form word that is also a well-attested first name (`Arvo`), only next to another form word | `Kenttä;Arvo`, `Kenttä Arvo` |
| header_line | person findings on a line made only of column-header words (`[header]` of `form_words.txt`) | `| Nimi | Tila |` |
| generic_service | an organisation/place/person finding made only of generic service compounds (a common word + clinic, centre, station, neuvola …) and connectors; in English `the` + service words (pain, memory, youth …) + Clinic/Centre; a weak frequent word before a lower-case clinic word | `Kipuklinikalla`, `Työterveysasemalla`, `the Memory Clinic`, `Psykiatrian poliklinikalla` |
| title_of | an organisation span that starts with a title and a name before `of` is the person and the organisation apart (the title and `of` stay) | `Mr [Okafor] of [Harbour Logistics]` |
| table_header | a header row of a pipe table (a `|---|` row follows): a one-word finding that is weak (uncertain) or a frequent word is dropped; a listed name stays | `| Havainto | Kommentti |` |
| thing_verb | a word-name that is also an ordinary word, before a verb of the weather or of a thing (`[thing_verb]`) | `Lumi satoi`, `Valo sammui` |
| sv_bo | Swedish `Bo` before `kvar`, `hemma`, `ensam` …: the verb "live" | `Bo kvar i lägenheten` |
"""

from __future__ import annotations

import bisect
import re
import threading

from coachdesk.privacy import token_index
from coachdesk.privacy.lexicon import ALLOW, AMBIG, COMMON, FIRST, NAME, PLACE, Lexicon, data_dir
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import WELL_ATTESTED

RULES = {
    r.id: r
    for r in (
        Rule("label_before_name", "a person span starting with a form word starts after it"),
        Rule("form_word_alone", "a one-word finding that is a form word in a label position"),
        Rule("dictation_word", "a one-word person finding that is a dictation word, anywhere"),
        Rule("form_name_word", "a form word that is also a first name, only next to another form word"),
        Rule("header_line", "no name on a line of column-header words only"),
        Rule("generic_service", "a finding made only of generic service compounds (Kipuklinikka, the Pain Clinic)"),
        Rule("title_of", "Mr X of Y Ltd: the person and the organisation apart, title and 'of' kept"),
        Rule("table_header", "weak or frequent one-word findings in the header row of a pipe table"),
        Rule("thing_verb", "a word-name before a verb of the weather or a thing is the word"),
        Rule("sv_bo", "Swedish 'Bo kvar/hemma/ensam': the verb 'live'"),
    )
}

# dictated punctuation and layout words after which a capitalised word starts a sentence
_DICTATED_STOP = re.compile(r"(?i)(?:\bpiste|\bkaksoispiste|\buusi rivi|\buusi kappale|\bpunkt|\bny rad|\bperiod|"
                            r"\bfull stop|\bnew line|\bnew paragraph)[ \t]*$")
_LABEL_AFTER = re.compile(r"[ \t]*(?:[:;|\t]|\d|\n|$)")
_TABLE_SEP = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}")


class _Lines:
    """Line facts computed once (linear): is a line a table row, is it a pipe-table header row."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.table: list[bool] = []
        pos = 0
        for line in text.split("\n"):
            self.starts.append(pos)
            self.table.append(line.count("|") >= 2 or ";" in line or "\t" in line)
            pos += len(line) + 1
        self.header = [
            self.table[i] and "|" in text[self.starts[i] : self.starts[i + 1]] and i + 1 < len(self.starts)
            and bool(_TABLE_SEP.match(text, self.starts[i + 1]))
            for i in range(len(self.starts) - 1)
        ] + [False]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


# generic service heads (any case form) after a common-word prefix: kipu|klinikalla, työterveys|asemalla
_SERVICE_HEAD = re.compile(
    r"(?:poli)?klini(?:kka|kan|kalla|kalle|kalta|kassa|kaan|kasta|kat|koilla|koille)|keskus|keskukse\w{0,5}|"
    r"asema\w{0,5}|neuvola\w{0,5}|vastaanot\w{1,6}|yksikkö\w{0,4}|yksikö\w{1,5}|osasto\w{0,5}|palvelu\w{0,5}|"
    r"poliklinikka"
)
_GENITIVE_PREFIXES = frozenset("lasten nuorten naisten mielen aikuisten vanhusten miesten".split())
_NOT_GENERIC_PREFIX = frozenset("itä länsi pohjois etelä keski ylä ala uusi vanha kes".split())
_EN_SERVICE_HEADS = frozenset("Clinic Centre Center Unit Service Services Ward Team".split())
# English words that make a service generic (the Pain Clinic); a named one keeps its name (the Harbour Centre)
_EN_GENERIC = frozenset(
    """pain memory sleep mental health community job jobs employment youth family rehabilitation addiction
    outpatient outpatients psychiatric day walk-in wellbeing careers career crisis eating disorder disorders
    occupational substance abuse housing benefits""".split()
)
_CONNECTORS = frozenset("ja sekä tai och eller and or &".split())


def _generic_compound(word: str, lex: Lexicon) -> bool:
    """Kipuklinikalla, Mielenterveyskeskuksessa, Työterveysasemalla: a common word + a service head."""
    w = word.lower()
    for i in range(3, len(w) - 4):
        if not _SERVICE_HEAD.fullmatch(w, i):
            continue
        prefix = w[:i].rstrip("-")
        flags = lex.get(prefix)
        if prefix in _NOT_GENERIC_PREFIX or (flags & (NAME | PLACE) and not flags & COMMON):
            return False
        if prefix.endswith("n") and prefix not in _GENITIVE_PREFIXES:
            return False  # "Kalevankeskus": a name's genitive names the centre
        if prefix in lex.frequent or lex.get(prefix) & (COMMON | ALLOW):
            return True
        return any(prefix[:j] in lex.frequent and prefix[j:] in lex.frequent for j in range(3, len(prefix) - 2))
    return False


def _generic_service(text: str, toks: list[Token], k: int, c: Cand, lex: Lexicon) -> bool:
    """Every word of the finding is a generic service compound or a connector (Finnish), or English
    `the` + common words + a service head (the Pain Clinic, the Memory Clinic)."""
    words = []
    j = k
    while j < len(toks) and toks[j].end <= c.end:
        words.append(toks[j])
        j += 1
    if not words or words[-1].end != c.end:
        return False
    if words[-1].text in _EN_SERVICE_HEADS and len(words) >= 2:
        before = text[max(0, c.start - 4) : c.start].lower()
        return before.endswith("the ") and all(t.lower in _EN_GENERIC for t in words[:-1])
    if (
        len(words) == 1
        and c.uncertain
        and words[0].lower in lex.frequent
        and not lex.get(words[0].lower) & NAME
        and j < len(toks)
        and not toks[j].cap
        and _SERVICE_HEAD.fullmatch(toks[j].lower)
        and text[c.end : toks[j].start] == " "
    ):
        return True  # "Psykiatrian poliklinikalla": a specialty before its clinic
    return all(t.lower in _CONNECTORS or (t.cap and _generic_compound(t.text, lex)) for t in words) and words[0].cap


_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Sir Madam Herr Fru".split())


def _title_of(text: str, toks: list[Token], k: int, c: Cand) -> Cand | None:
    """"Mr Okafor of Harbour Logistics" as one ORG span: trim the ORG to what follows "of" (in place)
    and return the person between the title and "of" (or None when the span has no such shape)."""
    first = k
    if toks[k].text in _TITLES:
        first = k + 1
    elif not (k > 0 and toks[k - 1].text in _TITLES and text[toks[k - 1].end : toks[k].start].strip(". ") == ""):
        return None
    m = first
    while m < len(toks) and toks[m].end <= c.end and toks[m].text != "of":
        m += 1
    if m >= len(toks) or toks[m].end > c.end or m == first or m + 1 >= len(toks) or toks[m + 1].end > c.end:
        return None
    if not all(toks[x].cap for x in range(first, m)):
        return None
    person = Cand(toks[first].start, toks[m - 1].end, "PERSON", "person", "name before 'of' (title_of)", PRIO_NAME,
                  key=(toks[first].lower if m - first > 1 else "", toks[m - 1].lower))
    c.start = toks[m + 1].start
    return person


def _first_name(word: str, lex: Lexicon) -> bool:
    return bool(lex.get(word) & FIRST) and lex.counts.get(word, 0) >= WELL_ATTESTED


_LOCK = threading.Lock()
_WORDS: dict[str, frozenset[str]] | None = None
_WORD = re.compile(r"[^\W\d_]+")
_SV_BO_AFTER = frozenset("kvar hemma ensam själv tillsammans hos med nära".split())


def words() -> dict[str, frozenset[str]]:
    """The sections of ``form_words.txt`` (loaded once)."""
    global _WORDS
    if _WORDS is None:
        with _LOCK:
            if _WORDS is None:
                out: dict[str, set[str]] = {}
                section = ""
                for line in (data_dir() / "form_words.txt").read_text(encoding="utf-8").splitlines():
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    if line.startswith("[") and line.endswith("]"):
                        section = line[1:-1]
                        continue
                    out.setdefault(section, set()).add(line.lower())
                _WORDS = {k: frozenset(v) for k, v in out.items()}
    return _WORDS


def _listed_word_rules(text: str, cands: list[Cand], lang: str, lex: Lexicon) -> list[Cand]:
    """Rules dictation_word, header_line, thing_verb and sv_bo (the lists of ``form_words.txt``)."""
    w = words()
    dictation, headers = w.get("dictation", frozenset()), w.get("header", frozenset())
    out: list[Cand] = []
    header_lines: dict[int, bool] = {}
    lines: _Lines | None = None
    for c in cands:
        first = _WORD.match(text, c.start)
        if c.label != "PERSON" or c.kind == "term" or c.extra.get("source", "rule") != "rule" or first is None:
            out.append(c)
            continue
        low = first.group(0).lower()
        one_word = first.end() == c.end
        if one_word and low in dictation:
            continue  # dictation_word
        if low in headers:
            if lines is None:
                lines = _Lines(text)
            row = lines.index(c.start)
            s = lines.starts[row]
            e = lines.starts[row + 1] - 1 if row + 1 < len(lines.starts) else len(text)
            if s not in header_lines:
                toks = [m.group(0).lower() for m in _WORD.finditer(text, s, e)]
                header_lines[s] = len(toks) >= 2 and all(t in headers for t in toks)
            if header_lines[s]:
                continue  # header_line
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


def apply(text: str, toks: list[Token], cands: list[Cand], lang: str, lex: Lexicon) -> list[Cand]:
    """``cands`` without form words in label positions (rules of :data:`RULES`); spans are trimmed in place."""
    if not toks:
        return cands
    cands = _listed_word_rules(text, cands, lang, lex)
    form_words = words().get("form", frozenset())
    by_start = token_index.by_start(text, toks)
    lines: _Lines | None = None
    pipes = "|" in text  # once: a test per finding would scan the whole text each time
    out: list[Cand] = []
    for c in cands:
        k = by_start.get(c.start)
        if c.kind == "term" or c.extra.get("source", "rule") != "rule" or k is None:
            out.append(c)
            continue
        if c.label == "ORG":
            person = _title_of(text, toks, k, c)  # title_of: c now starts after "of"
            if person is not None:
                out.append(person)
                k = by_start.get(c.start, k)
        if c.label in ("ORG", "LOCATION", "PERSON") and _generic_service(text, toks, k, c, lex):
            continue  # generic_service
        if c.label not in ("PERSON", "LOCATION"):
            out.append(c)
            continue
        # label_before_name: "Tulkki Ali Hassan" -> "Ali Hassan"
        while (
            c.label == "PERSON"
            and k + 1 < len(toks)
            and toks[k].lower in form_words
            and toks[k + 1].end <= c.end
            and toks[k + 1].cap
            and not _first_name(toks[k].lower, lex)
        ):
            k += 1
            c.start = toks[k].start
        t = toks[k]
        weak = c.uncertain or (t.lower in lex.frequent and not lex.get(t.lower) & NAME)
        if t.end != c.end or not t.cap or not (t.lower in form_words or (pipes and weak)):
            out.append(c)
            continue
        if lines is None:
            lines = _Lines(text)
        row = lines.index(t.start)
        if lines.header[row] and weak:
            continue  # table_header: "| Havainto | Kommentti |" above "|---|---|" (a listed name stays)
        if t.lower not in form_words:
            out.append(c)
            continue
        table = lines.table[row]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prev = toks[k - 1] if k > 0 else None
        beside_form_word = (nxt is not None and nxt.lower in form_words and text[t.end : nxt.start].strip(" |;\t") == "") or (
            prev is not None and prev.lower in form_words and text[prev.end : t.start].strip(" |;\t") == ""
        )
        if _first_name(t.lower, lex):
            if beside_form_word:
                continue  # form_name_word: "Kenttä;Arvo", "Kenttä Arvo" (a name column keeps Arvo)
            out.append(c)
            continue
        dictated = _DICTATED_STOP.search(text, max(0, t.start - 20), t.start) is not None
        after = _LABEL_AFTER.match(text, t.end) is not None
        if t.sent_start or dictated or table or after or beside_form_word or c.uncertain:
            continue  # form_word_alone (a weak capitalised-word reading anywhere: dictation capitalises at random)
        out.append(c)
    return out
