"""Given names the other rules leave as words: word-names with a person's cue, nicknames and foreign names
in a person's case, a title's initial.

Runs late in ``scrubber._scrub`` (after ``wrapped_names``) and only adds person candidates; a word another
finding covers is never taken, nor a kept word (lexicon KEEP) except where the row says so. Every decision is
one row of :data:`RULES`; the cue words are sections of the cue files (``WORD_NAME_*``, ``TITLES``).

| id | shape (invented examples) | evidence |
|---|---|---|
| title_initial | `Dr. L. writes the statement`, `lääkäri K. kirjoittaa B-lausunnon` | a title or profession, then ONE capital letter with a dot, then a lower-case word, a comma or the line's end (`vitamiini D.` has no title) |
| start_neg_person | `Lumi ei vastannut puhelimeen`, `Tuuli ei jaksanut` | a listed first name opening a sentence, then `ei`/`eikä` and a verb only a person negates (present or past participle); not `Lumi ei sulanut`, `Toivo ei ole` |
| start_person_act | `Onni aloittaa koulun`, `Toivolla on kaksi lasta`, `Hope has two kids`, `Q: Grace starts work` | a listed first name opening a sentence (or right after a short opener and a colon) before an act only a person does: fi a verb of starting school or work, or the name's adessive + on/oli + a count + a family noun; en has/had + a count or article + a family or life-event noun, starts/started + work, school, a job; not `Hope has a way`, `Summer starts on 21 June` |
| kept_name_talks | `Wilma said she would come` | a first name the vocabulary also keeps as a product (Wilma) right before a talking verb; not `Wilma ilmoitti`, `Wilmassa` |
| kin_px_name | `tyttärensä rauhan kautta`, `poikansa toivon kanssa` | a kin or role word with a possessive suffix, then a listed first name in the genitive (the words agree) before a postposition a person goes with (`kautta`, `kanssa`, `luona`); not `äitinsä toivon mukaan`, `äitinsä toivo` |
| nickname_case | `kysyin jykeltä`, `kävin maken kanssa`, `tepalta tuli viesti` | a lower-case word in a person's case whose nominative (strong grade restored) has a nickname's shape and is no Finnish word, after a verb of asking/calling (`lle`, `lta`, `lla`), an ablative before a verb of receiving (`tuli`, `sain`), or a genitive before `kanssa`/`luona` |
| unlisted_case | `soitin hawrelle`, `rodelin kanssa`, `tigistittä` | a word in no list whose every base form is no frequent word nor a compound of one, at most 12 letters, of a foreign name's shape (letters Finnish lacks, a genitive -in right after a consonant), in a person's case after the same cues; an abessive `-ittä` of a stem no Finnish word ends in (`tigist`), or `-tta` of a foreign-shaped vowel stem (`tesfayetta`), needs no other cue; not `fysioterapeutin kanssa`, `kengittä` |
| name_case | `soittelin abdiqanille`, `juttelin ramlan kanssa` | a first name of the lists whose form is no frequent or ordinary word, in a person's case after the same cues (verbs the name rules do not list: `soittelin`, `juttelin`) |
| nickname_talks | `jykke lupas hoitaa`, `pertsa soitti`, `poika late (16v)`, `late ja make molemmat` | a lower-case word of a nickname's shape (no Finnish word, in no list but as a first name) at a line or clause start right before a talking verb, right after a kin or role word, or joined by `ja` to another nickname shape before a both word or a person's verb; not `sossu soitti`, `firma soitti`, `poika meni` |
| name_initial_verb | `Yonas T. aloittaa maanantaina`, `Yesterday Yonas T. called` | a capitalised word in no list and no frequent word, then one capital initial with a dot, then a verb only a person does (the span takes the initial); not `Liite A. sisältää`, `plan B. was agreed` |
| pair_found | `lahja ja sisu tulee molemmat` (sisu found) | a lower-case listed first name (also one that is a word) joined by `ja` to a person found in the text, then a both word or a person's verb; not `lumi ja jää sulaa` |
| met_object | `tapasin ilon eilen` | a listed first name (also one that is a word) in the genitive right after a verb of meeting (`tapasin`, `haastattelin`); not `näin lumen`, `tapasin asiakkaan` |
| verb_first | `tekstas aamu, ei pääse`, `soitti make klo 10` | a talking verb opening a line, then a listed first name (also one that is a word) or a nickname shape, uninflected, then a comma, `että`/`et`, a time or the line's end; not `soitti kela, …`, `soitti lääkäri, …`, `tuli lumi, …` |
| talked_with | `puhuin toivon kanssa`, `juttelin sisun kanssa` | a listed first name (also one that is a word) in the genitive between a verb of talking or meeting and `kanssa`; not `elän toivon kanssa`, `pärjään lumen kanssa` |
| present_pair | `ilo oli paikalla ja tuuli myös` | a listed first name before `oli`/`on` + `paikalla`/`läsnä` (a person is present), and a listed first name joined to that clause by `ja` before `myös`/`kans`/`samoin`; not `sade oli kova ja tuuli myös` |
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_words import words
from coachdesk.privacy.cues import PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import ALLOW, AMBIG, COMMON, FIRST, KEEP, PLACE, REGION, Lexicon
from coachdesk.privacy.name_words import foreign, plain_ending
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, Cand
from coachdesk.privacy.titled_names import initial_key
from coachdesk.privacy.tokens import Token

RULES = {
    r.id: r
    for r in (
        Rule("title_initial", "a title or profession, then one capital initial with a dot (Dr. L. writes)"),
        Rule("start_neg_person", "a listed first name opening a sentence, then ei and a verb only a person negates"),
        Rule("start_person_act", "a listed first name opening a sentence before an act only a person does"),
        Rule("kept_name_talks", "a first name also kept as a product (Wilma) before a talking verb"),
        Rule("kin_px_name", "a kin word with a possessive suffix, then a first name in the genitive"),
        Rule("nickname_case", "a nickname shape in a person's case after an ask/call verb or before kanssa"),
        Rule("unlisted_case", "a word in no list and no Finnish word, in a person's case after the same cues"),
        Rule("name_case", "a first name of the lists (no word form) in a person's case after the same cues"),
        Rule("nickname_talks", "a lower-case nickname shape, no Finnish word, before a talking verb"),
        Rule("present_pair", "a first name before oli/on paikalla, and one joined to it by ja … myös"),
        Rule("name_initial_verb", "a capitalised word in no list, one capital initial with a dot, then a person's verb"),
        Rule("pair_found", "a listed first name joined by ja to a found person, then a both word or a person's verb"),
        Rule("met_object", "a listed first name's genitive (also a word's) right after a verb of meeting (tapasin ilon)"),
        Rule("verb_first", "a talking verb opening a line, then a first name or nickname, then a comma, että or a time"),
        Rule("talked_with", "a listed first name's genitive (also a word's) between a verb of talking or meeting and kanssa"),
    )
}

_TITLES = words("TITLES") | PROFESSIONS
_COLON_ENDING = re.compile(r":(n|lle|lta|ltä|lla|llä|sta|stä|ssa|ssä|ta|tä|a|ä)(?![\w])")
_NEG = frozenset(("ei", "eikä", "en", "et"))
_NEG_PERSON = words("NEG_PERSON") | words("WORD_NAME_NEG_PAST")
_FI_ACTS = words("WORD_NAME_ACTS_FI")
_FI_ACT_OBJECTS = words("WORD_NAME_ACT_OBJECTS_FI")
_FI_COUNT = words("WORD_NAME_FI_COUNT")
_FI_LIFE = words("WORD_NAME_FI_LIFE")
_NOT_NICK = words("WORD_NAME_NOT_NICK")
# consonant pairs a Finnish stem ends in before a plural abessive (kengittä, lapsitta, vanhemmitta)
_FI_CLUSTERS = ("ng", "nk", "mm", "nn", "ll", "rr", "tt", "kk", "pp", "ps", "ks", "ts", "ht", "hk", "lk", "rk")
_EN_HAS = frozenset(("has", "had"))
_EN_COUNT = words("WORD_NAME_EN_COUNT")
_EN_LIFE = words("WORD_NAME_EN_LIFE")
_EN_STARTS = frozenset(("starts", "started", "begins", "began"))
_EN_START_OBJ = words("WORD_NAME_EN_START_OBJ")
_TALK = words("WORD_NAME_TALK")
_ASK = words("HURRIED_ASK_CALL_VERBS") | words("WORD_NAME_MEET")
_WITH = frozenset(("kanssa", "kaa", "kans", "luona", "luota", "luokse", "kanssaan"))  # kaa, kans: colloquial kanssa
_PX = ("nsa", "nsä", "ni", "si", "mme", "nne")
_EXTERNAL = ("lle", "lta", "ltä", "lla", "llä")
_ABESSIVE = ("itta", "ittä")
_NICK = re.compile(r"^[^aeiouyäöå]?[aeiouyäö][bcdfghjklmnprstvz]{1,2}[aeu]$")  # make, pena, tepa, jykke, rane
_NICK_SUFFIX = re.compile(r"[aeiouyäö][lrnm]?(?:ke|kke|kka|tsa|tsi|ppa|ppe|ska|sse|tte|ssu|kku|ksu|mppa)$")
_GRADE = (("", ""), ("k", "kk"), ("p", "pp"), ("t", "tt"))
_FINNISH_FINAL = frozenset("aeiouyäönlrst")
_VOWELS = frozenset("aeiouyäö")
_LOAN_LETTERS = re.compile(r"[bcfqwxzšž]")
_LONGEST = 12  # a longer unknown word in a person's case is a compound or a loanword (fysioterapeutin), not a name
_KIN_PX_AFTER = _WITH | frozenset(("kautta", "kans", "mukana", "luo"))
_OPENER_CHARS = 20  # an opener before a colon is short: "Quick q", "Kysymys", "Nopea kysymys"
_PERSON_VERBS = (words("FI_PERSON_VERBS") | words("EN_PERSON_VERBS") | words("WORD_NAME_ACTS_FI")
                 | words("HURRIED_TALK_AFTER") | frozenset(("starts", "started"))) - {"ei", "tulee", "tuli"}
_PAIR_AFTER = words("HURRIED_PAIR_AFTER") | words("HURRIED_TALK_AFTER") - {"ei"}
_TALK_WITH = words("WORD_NAME_TALK_WITH")
_MET = words("WORD_NAME_MET")
_VERB_FIRST = words("WORD_NAME_VERB_FIRST")
_THAT = frozenset(("että", "et", "ettei", "klo", "kello"))
_FROM_AFTER = words("WORD_NAME_FROM_AFTER")
_TO_AFTER = words("WORD_NAME_TO_AFTER")
_COPULA_PAST = frozenset(("oli", "on", "olikin", "onkin"))
_PRESENT = words("WORD_NAME_PRESENT")
_ALSO = frozenset(("myös", "kans", "kanssa", "samoin", "myöskin"))
_NICK_TALK = words("HURRIED_TALK_AFTER") - {"ei", "tulee", "tuli", "tullu"}
_KIN_ROLE = words("HURRIED_KIN_ROLE")
# the cue gates of find(): a word is looked at only with one of these right next to it
_CAP_NEXT = _TALK | _NEG | _FI_ACTS | _EN_HAS | _EN_STARTS | _COPULA_PAST
_PX_ROLES = frozenset(w for w in ROLE_NOUNS if w.endswith(_PX))
_LOWER_NEXT = _COPULA_PAST | _ALSO | _NICK_TALK | {"ja"}
_LOWER_PREV = ROLE_NOUNS | _KIN_ROLE | _MET | _VERB_FIRST | {"ja"}
_CASE_NEXT = _WITH | _FROM_AFTER | _TO_AFTER
_FUNCTION = words("FUNCTION_NEXT") | words("PERSONAL_PRONOUNS") | words("PRONOUNS")


def _cand(start: int, end: int, rule: str, key: str, ending: str = "") -> Cand:
    return Cand(start, end, "PERSON", "person", f"given name ({rule})", PRIO_NAME, key=(key, ""), ending=ending)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, cands: list[Cand]) -> list[Cand]:
    """New person candidates by the rules of :data:`RULES` (``cands``: every finding so far)."""
    if not toks:
        return []
    covered = bytearray(len(text))
    asked: dict[int, Cand] = {}  # an uncertain person finding by its start: a rule here from there settles it
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.uncertain and c.label == "PERSON" and c.kind != "term":
            asked[c.start] = c
    # persons found so far (pair_found's partner): a sure finding, or an asked one that is a first name of the lists
    keys = {c.key[0] for c in cands if c.label == "PERSON" and c.key[0]}  # found persons' first names
    found = {c.start for c in cands if c.label == "PERSON" and c.kind != "term" and (
        not c.uncertain or lex.lookup(text[c.start : c.end])[0] & FIRST)}
    persons = [c for c in cands if c.label == "PERSON"]
    out: list[Cand] = []
    present: list[int] = []  # tokens found by present_pair: "X oli paikalla ja Y myös" reads them
    n = len(toks)
    for k, t in enumerate(toks):
        if t.colon_suffix or (covered[t.start] and t.start not in asked):
            continue
        nxt = toks[k + 1] if k + 1 < n else None
        prev_low = toks[k - 1].lower if k else ""
        next_low = nxt.lower if nxt is not None else ""
        # each rule is tried only where its cue word stands right before or after the word
        if len(t.text) == 1 and t.text.isupper():
            ini = _title_initial(text, toks, k) if prev_low in _TITLES else None
            if ini is not None and (ini.start in asked or not any(covered[ini.start : ini.end])):
                ini.key = initial_key(text, persons, t.text)  # "Dr. Lahti … Dr. L.": one person, one letter
                out.append(ini)
            continue
        if t.cap and not t.upper:
            if nxt is not None and len(nxt.text) == 1 and nxt.text.isupper():
                named = _name_initial_verb(text, toks, k, lex)
                if named is not None and (named.start in asked or not any(covered[named.start : named.end])):
                    out.append(named)
                continue
            if next_low in _CAP_NEXT or prev_low in _PX_ROLES:
                joined = nxt is not None and text[t.end : nxt.start] == " "
                rid = _capital(text, toks, k, lex, lang, joined)
                if rid is not None:
                    _flags, base, sl = lex.lookup(t.text)
                    out.append(_cand(t.start, t.end, rid, base or t.lower, plain_ending(t.text[sl:])))
                    continue
            if lang == "fi" and t.text.isalpha():  # a capitalised nickname: `Jykke lupasi`, `Kysyin Jykeltä`
                nick = _nickname_rules(text, toks, k, lex, prev_low, next_low, keys)
                if nick is not None:
                    out.append(nick)
            continue
        if lang != "fi" or not t.text.islower() or not t.text.isalpha():
            continue
        if prev_low in _PX_ROLES and _kin_px(text, toks, k, lex):
            out.append(_cand(t.start, t.end, "kin_px_name", lex.lookup(t.text)[1], "n"))
            continue
        if (next_low == "ja" or prev_low == "ja") and _pair_found(text, toks, k, lex, found):
            out.append(_cand(t.start, t.end, "pair_found", lex.lookup(t.text)[1]))
            continue
        if (next_low in _LOWER_NEXT or prev_low in _LOWER_PREV) and (
                rid := _lower_word(text, toks, k, lex, present)) is not None:
            out.append(_cand(t.start, t.end, rid, lex.lookup(t.text)[1] or t.lower, "n" if rid in ("talked_with", "met_object") else ""))
            if rid == "present_pair":
                present.append(k)
            continue
        if len(t.text) >= 4 and (next_low in _CASE_NEXT or prev_low in _ASK or t.lower.endswith(("tta", "ttä"))):
            hit = _lower_case(text, toks, k, lex, keys)
            if hit is not None:
                rid, key, ending = hit
                out.append(_cand(t.start, t.end, rid, key, ending))
    return _settle(out, asked)


def _nickname_rules(text: str, toks: list[Token], k: int, lex: Lexicon, prev_low: str, next_low: str,
                    keys: set[str]) -> Cand | None:
    """nickname_talks and nickname_case on a capitalised word (`Jykke lupasi`, `Kysyin Jykeltä`)."""
    t = toks[k]
    if (next_low in _NICK_TALK or prev_low in _LOWER_PREV) and _lower_word(
            text, toks, k, lex, [], cap=True) == "nickname_talks":
        return _cand(t.start, t.end, "nickname_talks", t.lower)
    if len(t.text) >= 4 and (next_low in _CASE_NEXT or prev_low in _ASK):
        hit = _lower_case(text, toks, k, lex, keys, cap=True)
        if hit is not None and hit[0] == "nickname_case":
            return _cand(t.start, t.end, hit[0], hit[1], hit[2])
    return None


def _settle(out: list[Cand], asked: dict[int, Cand]) -> list[Cand]:
    """A finding of a rule here over the same word as an uncertain one before: that one becomes certain
    (the coach is not asked about what a rule settles); the rest are new."""
    new: list[Cand] = []
    for c in out:
        old = asked.get(c.start)
        if old is None:
            new.append(c)
        else:
            old.uncertain = False
            old.reason = f"{old.reason}; {c.reason}"
            if not old.ending and c.ending and old.start == c.start and old.end == c.end:
                old.ending = c.ending  # "tepan kanssa": the placeholder keeps the genitive
            if c.end > old.end:
                new.append(c)  # "Yonas" asked, "Yonas T." found: the initial too
    return new


def _title_initial(text: str, toks: list[Token], k: int) -> Cand | None:
    """`Dr. L. writes`, `lääkäri K. kirjoittaa`: the initial (with its dot) after a title or profession."""
    t = toks[k]
    if k == 0:
        return None
    prev = toks[k - 1]
    if prev.lower not in _TITLES or text[prev.end : t.start] not in (" ", ". "):
        return None
    ending = _COLON_ENDING.match(text, t.end)
    if ending:  # "lääkäri K:n mukaan", "tohtori L:ltä": the initial and its case ending
        return _cand(t.start, ending.end(), "title_initial", t.text, ending.group(1))
    if text[t.end : t.end + 1] != ".":
        return None
    after = t.end + 1
    rest = text[after : after + 2]
    if rest[:1] in (",", ";", ")", "\n", "") or rest.startswith(":"):
        return _cand(t.start, after, "title_initial", t.text)
    if rest[:1] != " " or k + 1 >= len(toks):
        return None
    nxt = toks[k + 1]
    if nxt.start != after + 1 or not nxt.text[0].islower():
        return None
    return _cand(t.start, after, "title_initial", t.text)


def _first_word_name(lex: Lexicon, t: Token) -> tuple[int, str] | None:
    """The lexicon reading of a listed first name that is no kept word, uninflected, or None."""
    flags, base, sl = lex.lookup(t.text)
    if not flags & FIRST or flags & KEEP or sl != len(t.text):
        return None
    return flags, base


def _capital(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str, joined: bool) -> str | None:
    """The rule id that makes capitalised token k a person (sentence-start word-names, a kept name that
    talks, a kin word's genitive name), or None."""
    t = toks[k]
    n = len(toks)
    nxt = toks[k + 1] if k + 1 < n else None
    if nxt is None or not joined:
        return _kin_px(text, toks, k, lex)
    flags, _base, sl = lex.lookup(t.text)
    if flags & FIRST and flags & ALLOW and not flags & REGION and sl == len(t.text) and nxt.lower in _TALK:
        return "kept_name_talks"  # "Wilma said": the school system does not say things
    if not t.sent_start and not _after_opener(text, t.start):
        return _kin_px(text, toks, k, lex)
    if lang == "fi" and nxt.lower in _COPULA_PAST and t.lower.endswith(("lla", "llä")) and _fi_has_kids(text, toks, k, lex):
        return "start_person_act"  # "Toivolla on kaksi lasta"
    reading = _first_word_name(lex, t)
    if reading is None:
        return None
    w = nxt.lower
    nxt2 = toks[k + 2] if k + 2 < n else None
    joined2 = nxt2 is not None and text[nxt.end : nxt2.start] == " "
    if lang == "fi" and w in _NEG and joined2 and nxt2 is not None and nxt2.lower in _NEG_PERSON:
        return "start_neg_person"
    if lang == "fi" and w in _FI_ACTS and joined2 and nxt2 is not None and nxt2.lower in _FI_ACT_OBJECTS:
        return "start_person_act"
    if lang == "en" and joined2 and nxt2 is not None:
        if w in _EN_HAS and nxt2.lower in _EN_COUNT and k + 3 < n and toks[k + 3].lower in _EN_LIFE:
            return "start_person_act"
        if w in _EN_STARTS and nxt2.lower in _EN_START_OBJ:
            return "start_person_act"
    return None


def _fi_has_kids(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """`Toivolla on kaksi lasta`, `Lumilla oli poika`: a first name's adessive, on/oli, a count or none, a family
    noun."""
    flags, _base, sl = lex.lookup(toks[k].text)
    if not flags & FIRST or flags & KEEP or toks[k].lower[sl:] not in ("lla", "llä"):
        return False
    j = k + 2
    if j < len(toks) and toks[j].lower in _FI_COUNT:
        j += 1
    return j < len(toks) and toks[j].lower in _FI_LIFE and _spaced(text, toks, k, j)


def _after_opener(text: str, start: int) -> bool:
    """The word right after a short opener and a colon at a line start (`Quick q: Hope`, `Kysymys: Onni`)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == start or i == 0 or text[i - 1] != ":":
        return False
    line = text.rfind("\n", 0, i) + 1
    label = text[line : i - 1]
    return 0 < len(label) <= _OPENER_CHARS and not any(ch.isdigit() for ch in label)


def _name_initial_verb(text: str, toks: list[Token], k: int, lex: Lexicon) -> Cand | None:
    """`Yonas T. aloittaa`, `Yonas T. called`: a capitalised word in no list, one capital initial with a dot, a
    person's verb; the span runs to the dot."""
    t, ini = toks[k], toks[k + 1]
    if (len(t.text) < 3 or lex.lookup(t.text)[0] or t.lower in lex.frequent or text[t.end : ini.start] != " "
            or text[ini.end : ini.end + 2] != ". " or k + 2 >= len(toks)):
        return None
    verb = toks[k + 2]
    if verb.start != ini.end + 2 or verb.lower not in _PERSON_VERBS:
        return None
    return _cand(t.start, ini.end + 1, "name_initial_verb", t.lower)


def _pair_found(text: str, toks: list[Token], k: int, lex: Lexicon, found: set[int]) -> bool:
    """`lahja ja sisu tulee molemmat` with sisu found: token k, a listed first name, is the other of the pair."""
    n = len(toks)
    if k + 3 < n and toks[k + 1].lower == "ja" and toks[k + 2].start in found:
        after = k + 3
    elif k >= 2 and k + 1 < n and toks[k - 1].lower == "ja" and toks[k - 2].start in found:
        after = k + 1
    else:
        return False
    first = min(k, after - 2)
    if toks[after].lower not in _PAIR_AFTER or not _spaced(text, toks, first, after):
        return False
    flags, base, _sl = lex.lookup(toks[k].text)
    return bool(flags & FIRST) and not flags & (KEEP | PLACE) and toks[k].lower == base


def _kin_px(text: str, toks: list[Token], k: int, lex: Lexicon) -> str | None:
    """`tyttärensä rauhan`, `poikansa Onnin`: a first name in the genitive after a kin word with a possessive
    suffix (the two agree: both genitive)."""
    t = toks[k]
    if k == 0 or not t.lower.endswith("n") or text[toks[k - 1].end : t.start] != " ":
        return None
    prev = toks[k - 1].lower
    if prev not in ROLE_NOUNS or not prev.endswith(_PX):
        return None
    flags, base, _sl = lex.lookup(t.text)
    if not flags & FIRST or flags & KEEP or t.lower != base + "n":
        return None
    if k + 1 >= len(toks) or toks[k + 1].lower not in _KIN_PX_AFTER:
        return None  # "äitinsä toivon mukaan": the mother's hope, an idiom; a person goes with kautta, kanssa
    return "kin_px_name"


def _person_cue(text: str, toks: list[Token], k: int, low: str) -> bool:
    """A person's case with its cue: an external case after a verb of asking, calling or meeting (`kysyin
    X:ltä`, `soitin X:lle`), an ablative before a verb of receiving (`X:ltä tuli viesti`), or a genitive
    before `kanssa`/`luona` (`X:n kanssa`)."""
    if k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " " and (
            (low.endswith(("lta", "ltä")) and toks[k + 1].lower in _FROM_AFTER)
            or (low.endswith("lle") and toks[k + 1].lower in _TO_AFTER)):
        return True  # "tepalta tuli viesti", "masalle soitettu"
    if low.endswith(_EXTERNAL):
        return k > 0 and toks[k - 1].lower in _ASK and text[toks[k - 1].end : toks[k].start] == " "
    if low.endswith("n") and k + 1 < len(toks):
        return toks[k + 1].lower in _WITH and text[toks[k].end : toks[k + 1].start] == " "
    return False


def _ending(low: str) -> str:
    for e in (*_EXTERNAL, *_ABESSIVE, "tta", "ttä", "n"):
        if low.endswith(e):
            return e
    return ""


def _finnish_word(lex: Lexicon, w: str) -> bool:
    """``w`` is an ordinary word of Finnish (or a word of no single other language) by the frequency lists."""
    if lex.get(w) & (COMMON | AMBIG) and lex.lang_words.get(w) not in ("en", "sv"):
        return True
    return w in lex.frequent and lex.lang_words.get(w) not in ("en", "sv")


def no_word(lex: Lexicon, low: str, stem: str) -> bool:
    """No base form of ``low`` (nor its ``stem``) is a frequent word, a word of the lists or a compound of two
    frequent words (`kuntosalille`)."""
    if len(low) > _LONGEST or low in lex.frequent or low in _FUNCTION or low in _TITLES or low in ROLE_NOUNS:
        return False
    if lex.lookup(low)[0]:
        return False
    for b in {stem, *(b for b, _ in analyses(low) if b != low)}:
        if b in lex.frequent or lex.get(b) or b in _TITLES or b in ROLE_NOUNS:
            return False
        if _LOAN_LETTERS.search(b):
            continue  # letters native Finnish words lack: no compound of them (tes|faye is a name)
        for i in range(3, len(b) - 3):  # a compound of two frequent words: kunto|sali
            head = b[i:]
            if head in lex.frequent and b[:i] in lex.frequent and (len(head) > 4 or head[-1] in "aeiouyäö"):
                return False
    return True


def _lower_word(text: str, toks: list[Token], k: int, lex: Lexicon, present: list[int], cap: bool = False) -> str | None:
    """present_pair and nickname_talks on an uninflected word k (lower-case, or capitalised for present_pair)."""
    t = toks[k]
    n = len(toks)
    if (k + 2 < n and toks[k + 1].lower in _COPULA_PAST and toks[k + 2].lower in _PRESENT
            and _spaced(text, toks, k, k + 2) and _first_word_name(lex, t) is not None):
        return "present_pair"  # "ilo oli paikalla"
    if (k >= 2 and k + 1 < n and toks[k - 1].lower == "ja" and toks[k + 1].lower in _ALSO and _spaced(text, toks, k - 1, k + 1)
            and present and present[-1] < k - 1 and k - present[-1] <= 6 and _first_word_name(lex, t) is not None
            and not any(ch in text[toks[present[-1]].end : t.start] for ch in ".!?\n")):
        return "present_pair"  # "… ja tuuli myös": the second of the pair
    if not t.text.islower() and not cap:
        return None
    low = t.lower
    kin = k > 0 and (toks[k - 1].lower in ROLE_NOUNS or toks[k - 1].lower in _KIN_ROLE) and text[toks[k - 1].end : t.start] == " "
    talk = k + 1 < n and toks[k + 1].lower in _NICK_TALK and text[t.end : toks[k + 1].start] == " "
    if low.endswith("n") and k + 2 < n and toks[k + 1].lower == "kanssa" and k and toks[k - 1].lower in _TALK_WITH:
        flags, base, _sl = lex.lookup(t.text)
        if flags & FIRST and not flags & KEEP and low == base + "n" and _spaced(text, toks, k - 1, k + 1):
            return "talked_with"  # "puhuin toivon kanssa"
    if k and toks[k - 1].lower in _MET and low.endswith("n") and text[toks[k - 1].end : t.start] == " ":
        flags, base, _sl = lex.lookup(t.text)
        if flags & FIRST and not flags & (KEEP | PLACE) and low == base + "n":
            return "met_object"  # "tapasin ilon eilen"
    if k and toks[k - 1].lower in _VERB_FIRST and _verb_first(text, toks, k, lex):
        return "verb_first"  # "tekstas aamu, ei pääse"
    pair = _nick_pair(text, toks, k, lex)
    if not (kin or talk or pair):
        return None
    if not nickname_form(lex, low):
        return None
    flags = lex.get(low)
    if flags & (KEEP | PLACE) or (flags and not flags & FIRST) or (low in lex.frequent and not flags & FIRST and lex.lang_words.get(low) not in ("en", "sv")):
        return None
    before = text[toks[k - 1].end : t.start] if k else ""
    if k and not kin and not pair and not ("\n" in before or before.strip() in (",", "-", "–", ".")):
        return None
    return "nickname_talks"


def nickname_form(lex: Lexicon, low: str) -> bool:
    """A nickname's shape (make, pena, jykke, pertsa) that is no Finnish word nor a slang noun."""
    return bool(_NICK.match(low) or _NICK_SUFFIX.search(low)) and low not in _NOT_NICK and not _finnish_word(
        lex, low) and low not in _FUNCTION


def _nick_pair(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """`late ja make molemmat`: two nickname shapes joined by ja, then a both word or a person's verb."""
    n = len(toks)
    if k + 3 < n and toks[k + 1].lower == "ja" and toks[k + 3].lower in _PAIR_AFTER:
        other, last = k + 2, k + 3
    elif k >= 2 and k + 1 < n and toks[k - 1].lower == "ja" and toks[k + 1].lower in _PAIR_AFTER:
        other, last = k - 2, k + 1
    else:
        return False
    o = toks[other]
    return o.text.islower() and nickname_form(lex, o.lower) and _spaced(text, toks, min(k, other), last)


def _verb_first(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """`tekstas aamu, ei pääse`, `soitti make klo 10`: a talking verb opening the line, then the speaker (a
    listed first name or a nickname shape, uninflected), then a comma, `että`, a time or the line's end."""
    t, verb = toks[k], toks[k - 1]
    line = text.rfind("\n", 0, verb.start) + 1
    if text[line : verb.start].strip(" \t-–•*") or text[verb.end : t.start] != " ":
        return False
    after = text[t.end : t.end + 1]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if not (after in (",", "\n", "") or (after == " " and nxt is not None and (
            nxt.lower in _THAT or nxt.text[0].isdigit()))):
        return False
    return _first_word_name(lex, t) is not None or (nickname_form(lex, t.lower) and not lex.get(t.lower) & (KEEP | PLACE))


def _spaced(text: str, toks: list[Token], a: int, b: int) -> bool:
    return all(text[toks[i].end : toks[i + 1].start] == " " for i in range(a, b))


def _lower_case(text: str, toks: list[Token], k: int, lex: Lexicon, keys: set[str],
                cap: bool = False) -> tuple[str, str, str] | None:
    """(rule id, key, case ending) that makes the lower-case token k a nickname or foreign name in a person's case."""
    t = toks[k]
    low = t.lower
    if (not t.text.islower() and not cap) or low in _FUNCTION:
        return None
    end = _ending(low)
    if not end:
        return None
    stem = low[: -len(end)]
    if len(stem) < 3:
        return None
    cue = _person_cue(text, toks, k, low)
    # "tigistittä": an abessive of a stem no Finnish word ends in (-st) is its own cue
    abessive = (end in _ABESSIVE and len(stem) >= 4 and not stem.endswith(_FI_CLUSTERS) and (
        stem[-1] not in _FINNISH_FINAL or (stem[-1] not in _VOWELS and stem[-2] not in _VOWELS))) or (
        end in ("tta", "ttä") and len(stem) >= 4 and stem[-1] in _VOWELS and foreign(stem))  # "tesfayetta"
    flags, base, sl = lex.lookup(t.text)
    if not (cue or abessive) or flags & (KEEP | PLACE):
        return None
    frequent = low in lex.frequent
    if cue and flags & FIRST and not frequent and not lex.get(low) & (COMMON | AMBIG) and sl < len(low):
        return "name_case", base, low[sl:]  # "soittelin abdiqanille"
    if stem[-1] in _VOWELS:
        # a nickname: the nominative, strong grade restored (jyke|ltä: jykke), shaped like one and no Finnish
        # word; a frequent form only when the nickname is a word of another language alone (maken: make)
        noms = []
        for weak, strong in _GRADE:
            if weak and not stem[:-1].endswith(weak):
                continue
            nom = stem[: len(stem) - 1 - len(weak)] + strong + stem[-1] if weak else stem
            if (not (_NICK.match(nom) or _NICK_SUFFIX.search(nom)) or _finnish_word(lex, nom) or lex.get(nom) & KEEP
                    or nom in _NOT_NICK):
                continue
            if not frequent or (lex.get(nom) & FIRST and lex.lang_words.get(nom) in ("en", "sv")):
                noms.append(nom)
        if noms:  # the nominative of a person found in the text, else the form as written (jykke … jykeltä)
            return "nickname_case", next((m for m in noms if m in keys), noms[0]), end
    if frequent or not no_word(lex, low, stem) or not _name_shaped(low, stem, end):
        return None
    return "unlisted_case", stem, end


_CONSONANT_IN = re.compile(r"[bcdfghjklmnpqrstvwxzšž]in$")


def _name_shaped(low: str, stem: str, end: str) -> bool:
    """A foreign name's shape in its case form: letters Finnish words lack (`hawre`), a genitive -in right after a
    consonant (`rodel|in`: Finnish nouns make -en, `askelen`; not `kaupungin`, nor a plural `-ien`), or the
    abessive of a stem no Finnish word ends in (`tigist|ittä`)."""
    if foreign(stem):
        return True
    if end == "n":
        return bool(_CONSONANT_IN.search(low)) and not low.endswith(("ngin", "nkin"))
    return end in _ABESSIVE
