"""Person names and places from lexicons, inflection and proper-noun evidence."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from coachdesk.privacy.cues import (
    AGE_AFTER,
    AGE_AFTER_COPULA_NAME,
    AGE_AFTER_NAME,
    APPOSITION,
    ARTICLES,
    ASK_YOU,
    BACK,
    CALENDAR,
    CONTRACTION,
    COPULAS,
    DASH_SIGNOFF_BEFORE,
    DEMONYM,
    EN_OBJECT_VERBS,
    EN_PERSON_PREP,
    EN_PERSON_VERBS,
    EN_SHORT_WORDS,
    EN_SUBJ_VERBS,
    FI_COMMON_SHAPE,
    FI_PERSON_VERBS,
    FOREIGN,
    FOUND_NAME_ENDING,
    FRONT,
    FUNCTION_NEXT,
    GOT_FROM,
    GRADE_PAIRS,
    GREETINGS,
    HELP_VERBS,
    HUMAN_STATES,
    INTERNAL,
    LIST_JOIN,
    LIST_LINE_BEFORE,
    LOCAL_ENDINGS,
    LOCATIVE,
    LOWER_CTX_AFTER,
    LOWER_CTX_BEFORE,
    NEAR_JOIN,
    NEG_PERSON,
    NON_FINNISH,
    NOT_NAME_AFTER_ROLE,
    OBJECT_ENDINGS,
    OR_SOMEONE,
    PERSON_CTX,
    PERSON_NOUN,
    PERSON_NOUNS,
    PERSON_PREDICATES,
    PERSON_TRAITS,
    PERSONAL_PRONOUNS,
    PLACE_CTX,
    PLACE_HEAD,
    PLACE_LABEL,
    PLACE_NOUNS,
    PLACE_PREP,
    POSTCODE_BEFORE,
    PRED_FILLERS,
    PROFESSIONS,
    PRONOUNS,
    REAL_NAME_AFTER,
    RELATION_AFTER,
    ROLE_LINK,
    ROLE_NOUNS,
    ROMAN,
    SAFE_LOWER_ENDINGS,
    SELF_ADVERBS,
    SIGNOFFS,
    SUBJECT_AUX,
    SURNAME_SHAPE,
    THAT_CLAUSE,
    VERB_ENDINGS,
    VOWEL,
    WEAK_AFTER,
    WEEKDAY_ABBREVS,
    WEEKDAY_RANGE,
    YOU,
)
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import ALLOW as ALLOW_FLAG
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, MONTH, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.orgs import LEGAL, PROFESSION_SHAPE
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token, char_before
from coachdesk.privacy.tokens import char_after as _next_char


def _collapsed(stem: str, base: str) -> bool:
    """``base`` is ``stem`` with a doubled consonant made single (joukko -> Jouko): strong to weak grade."""
    if len(base) != len(stem) - 1:
        return False
    for i in range(len(stem) - 1):
        if stem[i] == stem[i + 1] and stem[i] not in "aeiouyäöå" and stem[:i] + stem[i + 1 :] == base:
            return True
    return False


@dataclass(slots=True)
class TokInfo:
    flags: int
    base: str
    stem_len: int


def _info(t: Token, lex: Lexicon, lang: str = "fi") -> TokInfo:
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


def _acronym_compound(word: str) -> bool:
    """B-lausunto, IT-tuki, PHQ-9-pisteet: a letter or an acronym joined to a word."""
    head, sep, _ = word.partition("-")
    return bool(sep) and (len(head) == 1 or head.isupper())


def _foreign(word: str) -> bool:
    return bool(FOREIGN.search(word.lower()))


def _non_latin(word: str) -> bool:
    return len(word) >= 2 and word[0] > "\u02ff" and all(ord(ch) > 0x2FF and not 0x370 <= ord(ch) <= 0x3FF for ch in word if ch.isalpha())


def _looks_finnish(word: str) -> bool:
    w = word.lower()
    return len(w) >= 4 and not NON_FINNISH.search(w) and len(VOWEL.findall(w)) >= 2 and w[-1] in "aeiouyäönst"


def _ending(t: Token, info: TokInfo) -> str:
    end = t.text[info.stem_len :]
    if end.startswith(("'", "’")) or not end.isalpha() or len(end) > 6:
        return ""
    return end


def find_names(
    text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool
) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """Person and place candidates, and (start, end, word) of capitalised words nobody could decide."""
    n = len(toks)
    infos = [_info(t, lex, lang) for t in toks]
    lower_seen = {t.lower for t in toks if not t.cap and not t.upper and not _in_address(text, t)}
    labels: list[str | None] = [None] * n
    uncertain = [False] * n
    undecided: list[tuple[int, int, str]] = []
    text_len_rstrip = len(text.rstrip())

    def adjacent(i: int, j: int) -> bool:
        a, b = toks[min(i, j)], toks[max(i, j)]
        return text[a.end : b.start] in (" ", "-")

    def name_like(k: int) -> bool:
        if not 0 <= k < n:
            return False
        t = toks[k]
        f = infos[k].flags
        if not t.cap or f & KEEP or t.colon_suffix or _has_digit(t.text):
            return False  # (K-558102 is a number, not a name)
        if f & NAME and not (lex.get(t.lower) & COMMON):
            return True
        return not t.sent_start and not f & (COMMON | AMBIG) and lang != "en"

    def prev_word(k: int) -> str:
        if k <= 0 or toks[k].after_bracket:
            return ""
        if toks[k].sent_start and any(ch in ".!?" for ch in text[toks[k - 1].end : toks[k].start]):
            return ""  # "... the client. May be worth": the word before ends another sentence
        return toks[k - 1].lower

    def _function_next(k: int) -> bool:
        # "Will he ...", "Hope is ...": an English or Swedish function word after an ambiguous word
        return lang != "fi" and k + 1 < n and toks[k + 1].lower in FUNCTION_NEXT and not toks[k + 1].cap

    def _name_info(k: int) -> TokInfo:
        """The name a token stands for, for placeholder letters and endings: Kiven (also a word) -> Kivi + n."""
        info = infos[k]
        if info.flags & NAME:
            return info
        hit = next(((b, sl) for b, sl in analyses(toks[k].lower)[1:] if lex.get(b) & NAME), None)
        return TokInfo(lex.get(hit[0]), hit[0], hit[1]) if hit else info

    def _key_base(k: int) -> str:
        return _name_info(k).base

    def _first_person_past(k: int) -> bool:
        """"Neuvoin hakemaan …", "Kestin, mutta …": a sentence-initial verb that looks like a name's genitive.

        A name in the genitive needs a head word after it; a comma or an infinitive cannot be one. And a
        vowel-final name plus -in (neuvo + in) is a plural form, which no person's name takes.
        """
        t, info = toks[k], infos[k]
        if lang != "fi" or not t.sent_start or not t.lower.endswith("in") or len(t.lower) < 5:
            return False
        base = info.base
        if base[-1:] in "aeouyäö" and t.lower == base + "in":
            return True
        if base.endswith("nen") and t.lower.endswith("sin"):
            return True  # "Kaipaisin vinkkejä": a conditional verb; Kaipainen's genitive is Kaipaisen
        if text.startswith(", ", t.end) and k + 1 < n and not toks[k + 1].cap:
            return True
        return k + 1 < n and adjacent(k, k + 1) and toks[k + 1].lower.endswith(("maan", "mään"))

    def _verb_follows(k: int) -> bool:
        if k + 1 >= n or toks[k + 1].cap or toks[k + 1].after_bracket:
            return False
        w = toks[k + 1].lower
        if w in ("oli", "on", "ei", "sanoi", "kysyi") or w in EN_SUBJ_VERBS:
            return True
        if w == "ja" and k + 2 < n and toks[k + 2].cap:
            return True
        if len(w) >= 6 and w.endswith(("ttiin", "ttaan", "ttään")):
            return True  # passive: "Ronaldo valittiin"
        return len(w) >= 4 and (w.endswith(("i", "oo", "ee", "aa", "ää", "uu", "yy", "öö")) and not w.endswith("ssi"))

    def word_plural(k: int) -> bool:
        """A plural of a name that is also a word ("Tuulet"); "Virtaset" (the family) is not one."""
        info = infos[k]
        return lang == "fi" and toks[k].lower[info.stem_len :] == "t" and bool(lex.get(info.base) & (AMBIG | COMMON))

    def after_article(k: int) -> bool:
        """"sov en björn", "a rose": a noun right after an article."""
        return k > 0 and toks[k - 1].lower in ARTICLES and text[toks[k - 1].end : toks[k].start] == " "

    def _own_evidence(k: int, ambiguous: bool) -> bool:
        """A sentence-initial copy of a name found elsewhere: an ambiguous word needs its own evidence."""
        if THAT_CLAUSE.match(text, toks[k].end) or toks[k].lower in PRONOUNS.get(lang, frozenset()):
            return False  # "Toivon, että …", "Uskon, att …": a verb of hoping or believing, not Toivo; "Han har"
        if word_plural(k):
            return False  # "Tuuli Salonen … Tuulet ovat kääntyneet": the word's plural (but "Virtaset ovat")
        if not ambiguous:
            return True  # "Nguyen Thi Lan came … Lan is from …"
        if k + 1 < n and adjacent(k, k + 1) and toks[k + 1].lower in SUBJECT_AUX and not (
            k + 2 < n and toks[k + 2].lower in PRONOUNS.get(lang, frozenset())
        ):
            return True  # "Will Kangas … Will has ten years", "Sten Öhman … Sten har kronisk smärta"
        if _is_a_person_noun(k):
            return True  # "Hope Mwangi … Hope is a qualified accountant"
        if _function_next(k) and not _predicate_after(k + 1, PERSON_PREDICATES):
            return False  # "Will he …", "Hope is a strange thing"
        if k + 1 >= n or toks[k + 1].cap or not adjacent(k, k + 1):
            return False
        w = toks[k + 1].lower
        if w in ("on", "oli", "ei", "ja") or w in FUNCTION_NEXT:
            # "Onni on työtön", "Satu oli ahdistunut": a person's state; not "Toivo on, että", "Lumi oli sulanut"
            return w in COPULAS and _predicate_after(k + 1, PERSON_PREDICATES)
        if lang == "fi" and toks[k].lower.endswith("n") and w in PERSON_NOUNS:
            return True  # "Onnin äiti", "Helmin sähköposti"
        return w in FI_PERSON_VERBS or w in EN_PERSON_VERBS or w in LOWER_CTX_AFTER or (lang == "fi" and _verb_follows(k))

    def _addressed(k: int) -> bool:
        """A name spoken to: a comma, then "you" or a question to you ("Will, could you …", "Sara, har du …")."""
        if not text.startswith(", ", toks[k].end) or k + 1 >= n:
            return False
        w = toks[k + 1].lower
        if w in YOU:
            return not (k + 2 < n and toks[k + 2].lower in ("know", "see", "vet"))  # "Hope, you know, is …"
        return w in ASK_YOU and k + 2 < n and toks[k + 2].lower in YOU

    def _introduced(k: int) -> bool:
        """A name introduced as a person: "Summer, my client who …", "Jack (Jaakko really …)", "Sunny (real
        name …)", or followed by has/was and then a personal pronoun ("Rose has done her work trial")."""
        end = toks[k].end
        if APPOSITION.match(text, end) or REAL_NAME_AFTER.match(text, end):
            return True
        if k + 2 < n and toks[k + 1].lower in SUBJECT_AUX and adjacent(k, k + 1):
            return any(toks[x].lower in PERSONAL_PRONOUNS for x in range(k + 2, min(n, k + 6)))
        return False

    def _is_a_person_noun(k: int) -> bool:
        """"X is a qualified accountant", "X är en erfaren snickare": a copula, an article, a person noun."""
        if k + 3 >= n or toks[k + 1].lower not in ("is", "was", "är", "var") or toks[k + 2].lower not in ARTICLES:
            return False
        return any(PERSON_NOUN.search(toks[x].lower) for x in range(k + 3, min(n, k + 6)) if not toks[x].cap)

    def _person_verb_next(k: int) -> bool:
        """A verb that only a person does follows (kertoi, haluaa, valittiin, said), not on/oli or a numeral."""
        if k + 1 >= n or toks[k + 1].cap or not adjacent(k, k + 1):
            return False
        w = toks[k + 1].lower
        if w in SELF_ADVERBS and k + 2 < n and adjacent(k + 1, k + 2) and not toks[k + 2].cap:
            w = toks[k + 2].lower  # "Sorsa itse kertoi", "Grace also said"
        if w in FI_PERSON_VERBS or w in EN_PERSON_VERBS or (w in LOWER_CTX_AFTER and w not in WEAK_AFTER):
            return True
        if lang != "fi":
            return False
        if toks[k].lower.endswith("n") and w in PERSON_NOUNS:
            # "Timon mielestä", "Onnin äiti"; not "Perheen isä" (a frequent word, a rare surname)
            return not (toks[k].lower in lex.frequent and lex.counts.get(infos[k].base, 0) < 500)
        return (len(w) >= 6 and w.endswith(("ttiin", "ttaan", "ttään"))) or (
            len(w) >= 5 and w.endswith(("aa", "ää", "oo", "öö", "ee")) and w not in lex.frequent
        )

    def _explicit_person_verb(k: int) -> bool:
        return k + 1 < n and adjacent(k, k + 1) and toks[k + 1].lower in (FI_PERSON_VERBS | EN_PERSON_VERBS)

    def _predicate_after(v: int, words: frozenset[str]) -> bool:
        """The verb "on/oli/is/är" at ``v`` is followed by one of ``words``, possibly after ollut/nyt/still."""
        x = v + 1
        while x < n and adjacent(x - 1, x) and toks[x].lower in PRED_FILLERS and x - v <= 2:
            x += 1
        return x < n and adjacent(x - 1, x) and toks[x].lower in words

    def _human_state_next(k: int) -> bool:
        return (
            k + 1 < n
            and adjacent(k, k + 1)
            and toks[k + 1].lower in COPULAS
            and _predicate_after(k + 1, HUMAN_STATES)
        )

    def signature_at(k: int, ordinary: bool) -> bool:
        """The word closes the text or a line as a signature: after a closing formula ("cheers, tom",
        "kiitos jo etukäteen, satu"), after a dash at the end ("kiitos! -pekka"), or alone on the last
        line ("Kiitos paljon!\nmarko") unless it is an ordinary word."""
        t = toks[k]
        at_end = not any(ch.isalnum() for ch in text[t.end : t.end + 40]) and t.end + 40 >= text_len_rstrip
        line_end = _next_char(text, t.end, " \t.!") in ("\n", "")
        if not (at_end or line_end) or k == 0:
            return False
        if toks[k - 1].lower in SIGNOFFS and not t.after_bracket:  # not across a placeholder
            return True
        line_start = text.rfind("\n", 0, t.start)
        if text[toks[k - 1].end : t.start].strip() in (",", "-", "–", "—") and any(
            toks[x].lower in SIGNOFFS and toks[x].start > line_start for x in range(max(0, k - 5), k - 1)
        ):
            return True
        if not at_end:
            return False
        if any(ch in text[max(0, t.start - 3) : t.start] for ch in "–—-/"):
            return True
        if t.sent_start and char_before(text, t.start, " \t\n") in (".", "!", "?") and t.end >= text_len_rstrip:
            return True  # "… contact her directly. Mark": a one-word last sentence, no full stop
        return line_start > 0 and not ordinary and not text[line_start : t.start].strip(" \t\n-–—/")

    def role_before(k: int) -> bool:
        """esihenkilö jukka, her husband tom, chefen lasse, client is amira."""
        if k <= 0 or text[toks[k - 1].end : toks[k].start] != " ":
            return False
        p = toks[k - 1].lower
        if p in ROLE_NOUNS:
            return True
        return p in ROLE_LINK and k >= 2 and text[toks[k - 2].end : toks[k - 1].start] == " " and toks[k - 2].lower in ROLE_NOUNS

    def _agent_verb_next(k: int) -> bool:
        return _person_verb_next(k) or (
            lang == "fi" and k + 1 < n and adjacent(k, k + 1) and toks[k + 1].lower in ("tuli", "lähti", "pääsi", "ehti")
        )

    def _inflected_cap_mid(word: str) -> bool:
        """Hypatia at a start and Hypatiaan mid-sentence: the same unknown proper noun, inflected."""
        if len(word) < 4:
            return False
        return any(
            w != word and w.startswith(word[:-1]) and any(b == word for b, _ in analyses(w))
            for w in cap_mid_by_head.get(word[:3], ())[:50]
        )

    def place_ctx(k: int) -> bool:
        if prev_word(k) in PLACE_CTX or prev_word(k) in PLACE_PREP:
            return True
        if POSTCODE_BEFORE.search(text, max(0, toks[k].start - 7), toks[k].start):
            return True
        nxt = toks[k + 1] if k + 1 < n and adjacent(k, k + 1) else None
        return bool(nxt and not nxt.cap and toks[k].lower.endswith("n") and PLACE_HEAD.match(nxt.lower))

    def lower_evidence(k: int) -> int:
        """Context that marks a lower-case word as a person: 3 = a person's verb after it ("kari sanoi",
        "aleksin kanssa"), 2 = a verb of asking/meeting before it ("kysyin fatimalta"), 1 = weaker (a greeting "hei olga,",
        a person word before, "X on/ei"), 0 = none."""
        p = prev_word(k)
        nxt = toks[k + 1] if k + 1 < n and not toks[k + 1].cap else None
        gap = text[toks[k].end : nxt.start] if nxt else ""
        if nxt and gap == " " and nxt.lower in LOWER_CTX_AFTER and nxt.lower not in WEAK_AFTER:
            return 3
        if strong_lower_cue(k) or opener_vocative(k) or name_genitive(k):
            return 3  # "micke (41) har adhd", "lumi ja tuuli, ehtisittekö katsoa", "helmin", "emils plan"
        if nxt and gap == " " and nxt.lower in ("kanssa", "mielestä", "luona", "luota") and toks[k].lower.endswith("n"):
            return 3
        if nxt and gap == " " and nxt.lower == "ei" and k + 2 < n and toks[k + 2].lower in NEG_PERSON:
            return 3  # "kivi ei pääse tapaamiseen": a person cannot make it
        if nxt and gap == " " and nxt.lower in COPULAS and (
            _predicate_after(k + 1, PERSON_PREDICATES | PERSON_TRAITS) or AGE_AFTER_COPULA_NAME.match(text, toks[k].end)
        ):
            return 3  # "vilja on tosi ujo", "aino on jo 44": a person's trait or age
        if p in LOWER_CTX_BEFORE and p not in GREETINGS:
            return 2
        vocative = p in GREETINGS and text[toks[k - 1].end : toks[k].start] == " " and (
            not nxt or gap[:1] in (",", "!", ".", "?", "\n")
        )
        if vocative or p in PERSON_CTX or (nxt and gap == " " and nxt.lower in LOWER_CTX_AFTER):
            return 1
        return 0

    def name_genitive(k: int) -> bool:
        """A genitive only a name has, before a lower-case word: "helmin kuntoutus" (the noun helmi makes
        helmen), "onnin kaltaisille", Swedish "emils plan"."""
        w = toks[k].lower
        if not (k + 1 < n and text[toks[k].end : toks[k + 1].start] == " " and not toks[k + 1].cap):
            return False
        if lang == "sv":
            return len(w) >= 4 and w.endswith("s") and bool(lex.get(w[:-1]) & FIRST) and not lex.get(w) & COMMON
        return lang == "fi" and w.endswith("in") and bool(lex.get(w[:-1]) & FIRST and lex.get(w[:-1]) & AMBIG)

    def strong_lower_cue(k: int) -> bool:
        """A lower-case word marked as a person even outside chat style: an age after it ("micke (41)"),
        "jonnalta sain …", "tietääkö sirpa tai joku muu?"."""
        end = toks[k].end
        if AGE_AFTER_NAME.match(text, end) or OR_SOMEONE.match(text, end):
            return True
        return (
            toks[k].lower.endswith(("lta", "ltä"))
            and k + 1 < n
            and text[end : toks[k + 1].start] == " "
            and toks[k + 1].lower in GOT_FROM
        )

    def opener_vocative(k: int) -> bool:
        """The text opens by addressing people: "lumi ja tuuli, ehtisittekö…", "hej pia och jonas, …"."""
        first = 1 if n > 1 and toks[0].lower in GREETINGS else 0
        if k > first + 5:
            return False  # at most five words stand before the comma
        comma = text.find(",", toks[k].end, toks[k].end + 400)
        if k < first or comma < 0 or text[: toks[0].start].strip() or text[toks[k].end : comma].count(" ") > 8:
            return False
        words = list(itertools.takewhile(lambda x: toks[x].end <= comma, range(first, min(n, first + 7))))
        return len(words) <= 5 and all(
            (toks[x].lower in LIST_JOIN or lex.get(toks[x].lower) & FIRST)
            and text[toks[x].end : toks[x + 1].start if x + 1 < n else comma].strip() in ("", ",")
            for x in words
        ) and not text[toks[words[-1]].end : comma].strip()

    def inflected_first(k: int) -> bool:
        """An inflected first name (Katjalle): no first name stands before it, only a verb or noun."""
        f = infos[k].flags
        return bool(f & FIRST and not f & SUR and _ending(toks[k], infos[k]))

    def person_ctx_word(k: int) -> bool:
        return prev_word(k) in PERSON_CTX

    known: set[str] = set()
    # lower-case first names without evidence of their own (second pass); True = also an ordinary word form
    pending: list[tuple[int, bool]] = []
    unknown_found: set[str] = set()  # lower-case words in no list that a person's verb marked as names
    cap_mid = {t.lower for t in toks if t.cap and not t.sent_start and not t.colon_suffix}
    cap_mid_by_head: dict[str, list[str]] = {}
    for w in cap_mid:
        cap_mid_by_head.setdefault(w[:3], []).append(w)
    cap_count: dict[str, int] = {}
    for t in toks:
        if t.cap:
            cap_count[t.lower] = cap_count.get(t.lower, 0) + 1
    for k, t in enumerate(toks):
        if (
            t.cap
            and infos[k].flags & NAME
            and not infos[k].flags & KEEP
            and (not t.sent_start or (k + 1 < n and adjacent(k, k + 1) and name_like(k + 1)))
        ):
            known.update(_name_bases(t.lower, infos[k].base, lex))

    for k, t in enumerate(toks):
        if t.colon_suffix or len(t.text) < 2 or _acronym_compound(t.text) or t.text in LEGAL:
            continue
        if _has_digit(t.text):
            continue  # B214, K-558102: a room or a number, never a name or place
        if CONTRACTION.match(t.text):
            continue  # "next week I'll apply": an English contraction, never a name
        if lang == "en" and t.lower in EN_SHORT_WORDS:
            continue  # "As agreed, …": a two-letter English word, never a name
        if t.lower in WEEKDAY_ABBREVS and WEEKDAY_RANGE.search(text, max(0, t.start - 5), t.end + 5):
            continue  # "Mon–Thu 8.00–14.00", "ma–to": a range of weekdays
        if t.lower in PRONOUNS.get(lang, ()):
            continue  # "Han är 56 år": the Swedish pronoun, not the name Han
        info = infos[k]
        if t.upper:
            # MATTI VIRTANEN: an all-caps Finnish name (acronyms are short or not in the name lists)
            f = info.flags
            base_ok = len(t.text) >= 3 and f & NAME and not f & (INTL | KEEP)
            strong = lex.counts.get(info.base, 0) >= 500 and not f & (COMMON | AMBIG) and not lex.get(t.lower) & COMMON
            pair = any(
                0 <= x < n and toks[x].upper and adjacent(min(k, x), max(k, x)) and infos[x].flags & NAME
                for x in (k - 1, k + 1)
            )
            if base_ok and (strong or pair):
                labels[k] = "PERSON"
            continue
        f = info.flags
        if f & KEEP:
            if t.cap and not t.sent_start and f & FIRST and k > 0 and adjacent(k - 1, k) and (
                toks[k - 1].lower in ROLE_NOUNS or toks[k - 1].lower in PROFESSIONS
            ):
                labels[k] = "PERSON"  # "ohjaaja Wilma": a name that is also a product, after a person's role
            elif t.cap and not t.sent_start and f & FIRST and "-" not in t.text and t.lower.endswith(("ille", "ilta", "iltä")):
                labels[k] = "PERSON"  # "ollut Aslakille yhtä hyvä": to a person; the course is "Aslak-kurssille"
            continue
        if not t.cap and _non_latin(t.text):
            labels[k] = "PERSON"
            uncertain[k] = True
            continue
        if t.cap:
            literal_common = bool(lex.get(t.lower) & COMMON) or bool(lex.get(_strip_poss(t.lower)) & COMMON)
            if f & FIRST and not _heading(text, t) and signature_at(k, literal_common and not f & AMBIG):
                labels[k] = "PERSON"  # "Kiitos avusta! -Toivo", "Kiitos!\nSatu": a signature
                continue
            # a weak name reading: in no Finnish list with >= 500 bearers (rare or international-only name)
            weak_lex = not (f & NAME and not f & INTL and lex.counts.get(info.base, 0) >= 500)
            if _heading(text, t) and (weak_lex or f & (AMBIG | COMMON) or literal_common or _ending(t, info)):
                continue  # "Sali: B12", "Keinot: tauotus", "Snabb fråga:": a heading or list label
            # a frequent word form (Aiheena, Home, Ping) or a common-noun compound at a sentence start
            freq_common = (
                t.sent_start
                and (
                    (
                        weak_lex
                        and not f & (PLACE | INTL)
                        and (
                            _strip_poss(t.lower) in lex.frequent
                            or (lang == "fi" and not f & NAME and _fi_common_word(t.lower, lex))
                        )
                    )
                    or (not f & PLACE and _language_word(t.lower, lang, info.base, lex))  # Emme, Andra
                )
                and not (f & NAME and _person_verb_next(k))  # "Ronaldo valittiin", not "Sali kaksi kertaa"
            )
            if f & INTL and not f & ~INTL & NAME and len(info.base) < 3 and not person_ctx_word(k):
                continue
            ambig = bool(f & AMBIG) or bool(lex.get(info.base) & AMBIG)
            person_ctx = prev_word(k) in PERSON_CTX
            lit_flags = lex.get(t.lower)
            # a first name or surname that is not just a frequent word (Onni, Satu, Kurki; not Mies, Asiakas)
            name_word = bool(
                f & NAME
                and (lit_flags & AMBIG or not lit_flags & COMMON)
                and t.lower not in PERSON_CTX
                and t.lower not in ROLE_NOUNS
            )
            neighbour = (k + 1 < n and adjacent(k, k + 1) and name_like(k + 1) and not inflected_first(k + 1)) or (
                k > 0
                and adjacent(k - 1, k)
                and name_like(k - 1)
                and not toks[k - 1].sent_start
                and not _ending(toks[k - 1], infos[k - 1])
            )
            if f & (NAME | PLACE):
                cnt = lex.counts.get(info.base, 0)
                # a rare Finnish surname alone at a sentence start is often an ordinary word
                weak = (bool(f & SUR) and not f & (FIRST | PLACE | INTL) and cnt < 30) or (
                    # "Passissa nimi on …": an inner-locative case (in, from inside) is for places and things;
                    # "Aamut ovat raskaita": a plural
                    lang == "fi" and not f & PLACE and t.lower[info.stem_len :] in INTERNAL
                ) or (
                    lang == "fi" and t.lower[info.stem_len :] == "t"  # "Kotkat ja lokit": no person, no town
                ) or (
                    # "Liitteenä lääkärin B-lausunto": an essive or translative opening a sentence
                    lang == "fi" and t.sent_start and t.lower[info.stem_len :] in ("na", "nä", "ksi") and not f & PLACE
                ) or (
                    bool(f & INTL)
                    and not f & PLACE
                    and t.lower[info.stem_len :] in LOCAL_ENDINGS
                    and not _foreign(t.text)
                ) or (
                    bool(f & INTL)
                    and not f & PLACE
                    and lang != "en"
                    and not _foreign(t.text)
                    and not (cap_count.get(t.lower, 0) >= 2 and t.lower not in lower_seen)
                    and not (_verb_follows(k) and not t.lower.endswith("i") and not literal_common)
                ) or (bool(f & INTL) and not f & PLACE and lang == "en" and not _verb_follows(k)) or (
                    not f & PLACE and _first_person_past(k)
                )
                if (
                    t.sent_start
                    and (literal_common or ambig or weak or freq_common or t.lower in lower_seen)
                    and not (
                        neighbour
                        or person_ctx
                        or (ambig and not literal_common and f & FIRST and _agent_verb_next(k))  # "Vesa tuli mukaan"
                        or (name_word and _explicit_person_verb(k))  # "Onni kertoi", "Satu soitti"
                        or (f & FIRST and _addressed(k))  # "Will, you had something similar?"
                        or (f & FIRST and _introduced(k))  # "Summer, my client who …", "Jack (Jaakko really)"
                        or (name_word and _human_state_next(k))  # "Onni on työtön", not "Lumi on poissa"
                        or (info.base in known and _own_evidence(k, literal_common or (ambig and lang != "fi")))
                        # "Will's job coach left": a possessive first name before a noun
                        or (f & FIRST and t.lower.endswith(("'s", "’s")) and k + 1 < n and not toks[k + 1].cap)
                    )
                    and not (f & NAME and _age_follows(text, t.end))
                ):
                    if (ambig or weak) and f & NAME and not literal_common:
                        undecided.append((t.start, t.end, t.text))
                    continue
                if lang == "en" and f & MONTH and not (
                    neighbour
                    or person_ctx
                    or _age_follows(text, t.end)
                    or (info.base in known and _own_evidence(k, True))
                    or prev_word(k) == "with"  # "my session with June"
                    or prev_word(k) in EN_OBJECT_VERBS  # "I'll ask May first"; months follow prepositions
                    or _addressed(k)  # "May, could you check?"
                ):
                    continue
                if lang == "en" and t.sent_start and f & INTL and not f & (FIRST | SUR) & ~INTL and literal_common:
                    continue
                if f & PLACE and not (f & NAME):
                    labels[k] = "LOCATION"
                elif f & PLACE:
                    end = t.text[info.stem_len :].lower()
                    loc = end.endswith(LOCATIVE) or prev_word(k) in PLACE_PREP
                    # Kaarinassa, Kaarinaan, "asuu Kaarinalla", "Turun seudulta": the place reading wins
                    place_first = (bool(end) and t.lower.endswith(INTERNAL)) or place_ctx(k)
                    labels[k] = (
                        "LOCATION"
                        if not neighbour and (place_first or (loc and not (f & FIRST and not f & SUR)))
                        else "PERSON"
                    )
                elif not neighbour and place_ctx(k) and not person_ctx and (hit := lex.find(t.text, PLACE)):
                    labels[k] = "LOCATION"  # Turun seudulta: Turku, not the surname Turu
                    infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
                else:
                    labels[k] = "PERSON"
                if f & NAME and literal_common and not t.sent_start and lang == "en" and not (neighbour or person_ctx):
                    uncertain[k] = True
                continue
            # unknown capitalised word
            if PLACE_LABEL.search(text, max(0, t.start - 24), t.start):
                labels[k] = "LOCATION"  # "Paikka: Rukalla", "Ort: Oravais"
                uncertain[k] = True
                continue
            if (
                t.sent_start
                and DASH_SIGNOFF_BEFORE.search(text, max(0, t.start - 6), t.start)
                and _next_char(text, t.end, " \t.!") == ""
                and not LIST_LINE_BEFORE.search(text, 0, t.start)  # the end of a list is no signature
            ):
                labels[k] = "PERSON"  # "…has time.\n– Pat": a dash and a capitalised word end the text
                continue
            if t.sent_start:
                if literal_common or freq_common:
                    continue
                nxt_name = (
                    k + 1 < n
                    and adjacent(k, k + 1)
                    and not _ending(t, info)
                    and not PROFESSION_SHAPE.search(t.lower)  # "Puheterapeutti Niina Leinonen"
                    # "Vastaukset Katjalle": before an inflected first name there is no first name
                    and not (infos[k + 1].flags & FIRST and not infos[k + 1].flags & SUR and _ending(toks[k + 1], infos[k + 1]))
                )
                if (
                    person_ctx
                    or REAL_NAME_AFTER.match(text, t.end)  # "Kake (virallisesti Kari-Pekka …)"
                    or (  # "Segun is 57, a bus driver"; not "Kuntoutuja on 33-vuotias", "Asiakkaallani (61 v)"
                        len(t.text) >= 3
                        and _age_follows(text, t.end)
                        and t.lower not in lex.frequent
                        and not (lang == "fi" and t.lower.endswith(("ja", "jä", "ni", "mme", "nsa", "nsä")))
                    )
                    or (
                        nxt_name
                        and toks[k + 1].cap
                        and len(toks[k + 1].text) >= 2
                        and infos[k + 1].flags & SUR
                        and not infos[k + 1].flags & KEEP  # "Reflektio Gibbsin mallilla": a model, no surname
                        and not t.lower.endswith(VERB_ENDINGS)
                    )
                    or (nxt_name and name_like(k + 1) and not _looks_finnish(t.text))
                    or (lang != "en" and (t.lower in cap_mid or _inflected_cap_mid(t.lower)))
                ):
                    labels[k] = "PERSON"
                elif (
                    lang != "fi"
                    and k + 1 < n
                    and adjacent(k, k + 1)
                    and toks[k + 1].lower in EN_PERSON_VERBS
                    and len(t.text) >= 3
                ) or (
                    lang == "fi"
                    and k + 1 < n
                    and adjacent(k, k + 1)
                    and toks[k + 1].lower in FI_PERSON_VERBS
                    and len(t.text) >= 3
                    and t.lower not in PERSON_CTX
                    and not _ending(t, info)
                ):
                    labels[k] = "PERSON"  # "Tendai said ...": a verb of a person after an unknown word
                    uncertain[k] = True
                elif (
                    lang == "fi"
                    and _foreign(t.text)
                    and len(t.text) >= 4
                    and (
                        cap_count.get(t.lower, 0) >= 2
                        or (not t.lower.endswith("i") and _verb_follows(k))
                        or text.startswith(" (", t.end)
                    )
                ):
                    labels[k] = "PERSON"
                    uncertain[k] = True
                continue
            if literal_common and (lang == "en" or (k + 1 < n and adjacent(k, k + 1) and inflected_first(k + 1))):
                continue  # "Työkokeilu Kysyn Stinalta": an ordinary word before an inflected first name
            after_place = k > 0 and labels[k - 1] == "LOCATION" and adjacent(k - 1, k)
            if (
                lang == "en" and (prev_word(k) in ("in", "from", "near", "around") or after_place) and len(t.text) >= 2
            ) or (prev_word(k) in PLACE_NOUNS and not toks[k - 1].cap):  # "from a tiny village, Bergö,"
                labels[k] = "LOCATION"
                uncertain[k] = True
                continue
            after_person = k > 0 and labels[k - 1] == "PERSON" and adjacent(k - 1, k)
            if lang == "en" and (prev_word(k) in EN_PERSON_PREP or after_person):
                labels[k] = "PERSON"
                uncertain[k] = not after_person
                continue
            if lang == "en" and not (person_ctx or neighbour or _looks_finnish(t.text)):
                undecided.append((t.start, t.end, t.text))
                continue
            end = t.lower
            if person_ctx or neighbour:
                labels[k] = "PERSON"
            elif end.endswith(LOCATIVE) or prev_word(k) in PLACE_PREP:
                labels[k] = "LOCATION"
            else:
                labels[k] = "PERSON"
            uncertain[k] = not (person_ctx or neighbour)
        else:
            demonym = DEMONYM.match(t.lower)
            if demonym and len(demonym.group(1)) >= 2:
                stem = demonym.group(1)
                hit = lex.find(stem, PLACE) or lex.find(stem + "i", PLACE) or lex.find(stem[:-1] + "i", PLACE)
                if hit and not lex.get(hit[0]) & KEEP:
                    labels[k] = "LOCATION"
                    infos[k] = TokInfo(PLACE, hit[0], len(t.text))
                    continue
            # lower case: chat-style names and places, signatures
            if len(t.text) < 3 or CALENDAR.match(t.lower) or _in_address(text, t):
                continue
            if after_article(k):
                continue  # "sov en björn i trädgården": a noun after an article
            common = bool(f & (COMMON | AMBIG) or lex.get(t.lower) & COMMON)
            signature = signature_at(k, bool(lex.get(t.lower) & COMMON) and not f & AMBIG)
            role = role_before(k)
            helper = k > 0 and toks[k - 1].lower in HELP_VERBS and text[toks[k - 1].end : t.start] == " "
            rel_after = (
                t.lower.endswith("n") and k + 1 < n and adjacent(k, k + 1) and toks[k + 1].lower in RELATION_AFTER
            )
            if not (
                chat or signature or prev_word(k) in PERSON_CTX or role or helper or rel_after or strong_lower_cue(k)
            ):
                continue
            parts = t.lower.split("-")
            if len(parts) == 2 and all(len(x) >= 3 and lex.get(x) & FIRST and not lex.get(x) & COMMON for x in parts):
                labels[k] = "PERSON"  # "does ulla-britt still have…": a double first name in lower case
                continue
            first_hit = _best_first(t.lower, lex)
            if lang != "fi" and first_hit:
                # English and Swedish: the name as written or with a possessive s, no Finnish endings
                lw = _strip_poss(t.lower)
                if lang == "sv" and not lex.get(lw) & FIRST and lw.endswith("s") and lex.get(lw[:-1]) & FIRST:
                    lw = lw[:-1]  # Swedish genitive: annas -> anna
                first_hit = (lw, len(lw)) if lex.get(lw) & FIRST else None
            if first_hit and (role or helper or rel_after) and t.lower not in NOT_NAME_AFTER_ROLE:
                base, sl = first_hit
                bf = lex.get(base)
                fi_count = lex.counts.get(base, 0) if not bf & INTL else 0
                if _language_word(t.lower, lang, base, lex):
                    continue  # "asiakas otti asian puheeksi": a verb of this language, not Otti
                # an inflected form: no ordinary word (hiljaa, päivällä), or a plain ending on a well-attested name
                plain = (
                    not common
                    and not bf & (AMBIG | COMMON)
                    and (
                        t.lower not in lex.frequent
                        or (t.lower.startswith(base) and fi_count >= 3000 and not _plural_of_common(t.lower, base, lex))
                    )
                )
                verbish = t.lower in LOWER_CTX_AFTER or t.lower in EN_SUBJ_VERBS or t.lower in FI_PERSON_VERBS
                lit = lex.get(t.lower)
                # the name as written: not a frequent word, or a name that is also a word (tytär lumi)
                as_written = not t.lower[sl:] and (not lit & COMMON or bool(lit & AMBIG))
                if (
                    (role and not verbish and (plain or as_written))
                    or (helper and plain and t.lower[sl:] in OBJECT_ENDINGS)
                    or (rel_after and plain and t.lower[sl:] == "n")
                ):
                    labels[k] = "PERSON"
                    infos[k] = TokInfo(bf, base, sl)
                    continue
            place_hit = lex.find(t.text, PLACE) if chat and not common else None
            if place_hit and (
                t.lower[place_hit[1] :] not in SAFE_LOWER_ENDINGS or _collapsed(t.lower[: place_hit[1]], place_hit[0])
            ) and not (t.lower[place_hit[1] :] == "n" and place_ctx(k)):  # "leppävaaran toimistolle"
                place_hit = None
            ev_level = lower_evidence(k)
            if first_hit and _language_word(t.lower, lang, first_hit[0], lex):
                first_hit = None  # "muistutus ei enää toimi": a word of this language, not Toimi
            if first_hit:
                base, sl = first_hit
                bf = lex.get(base)
                fi_count = lex.counts.get(base, 0) if not bf & INTL else 0
                # a plain lexicon hit: a well-attested Finnish first name that is no ordinary word form
                strong = (
                    fi_count >= 300
                    and not bf & AMBIG
                    and not common
                    and len(t.text) >= 4
                    and not t.lower.endswith(("kaan", "kään"))
                    and not _plural_of_common(t.lower, base, lex)
                )
                # context evidence: any first name, also international or a name that is a word (kari);
                # a frequent word form needs a well-attested name and a verb ("kari sanoi", not "client said")
                external = t.lower[sl:] in ("lta", "ltä", "lle", "lla", "llä")  # kysyin karilta, soitin karille
                frequent_form = common or t.lower in lex.frequent
                if common:  # an ordinary word: a well-attested name and a verb ("kari sanoi", not "client said")
                    ev = fi_count >= 300 and (ev_level == 3 or (ev_level == 2 and external))
                elif frequent_form:  # a frequent form (dmitri, alex): a person's verb after, kysyin X:ltä,
                    # or a verb of meeting/asking before a well-attested name ("met with alex")
                    ev = ev_level == 3 or (ev_level == 2 and (external or fi_count >= 300))
                else:
                    ev = ev_level >= 1
                if strong or ev or signature:
                    labels[k] = "PERSON"
                    infos[k] = TokInfo(bf, base, sl)
                    continue
                if not frequent_form:
                    pending.append((k, False))
                elif fi_count >= 300:
                    pending.append((k, True))  # "kari ja minna": only a neighbouring name can decide
            elif (
                chat
                and ev_level == 3
                and not common
                and not f & (NAME | PLACE | KEEP)
                and len(t.text) >= 4
                and t.lower not in lex.frequent
                and t.lower not in PERSON_CTX
                and t.lower not in LOWER_CTX_AFTER  # "sorsa lupas selvittää": a verb before a verb
                and not lex.lookup_all(t.text) & (COMMON | KEEP)
                and not _fi_common_word(t.lower, lex)
            ):
                labels[k] = "PERSON"  # "chidi said": a word in no list before a person's verb (asked about)
                uncertain[k] = True
                unknown_found.add(t.lower)
                continue
            if place_hit and len(place_hit[0]) >= 4 and not lex.get(place_hit[0]) & AMBIG:
                labels[k] = "LOCATION"
                infos[k] = TokInfo(lex.get(place_hit[0]), place_hit[0], place_hit[1])

    # second pass over lower-case first names: the same name found elsewhere, or next to a found name
    found = {infos[x].base for x in range(n) if labels[x] == "PERSON"}
    for k, ordinary in pending:
        hit = _best_first(toks[k].lower, lex)
        if not hit:
            continue
        near = any(
            0 <= x < n and labels[x] == "PERSON" and not toks[x].cap and text[toks[min(x, k)].end : toks[max(x, k)].start].strip() in NEAR_JOIN
            for x in (k - 2, k - 1, k + 1, k + 2)
        )
        if near or (hit[0] in found and not ordinary):  # an ordinary word is never named by propagation
            labels[k] = "PERSON"
            infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
    found = set()
    for x in range(n):
        # not a word of a company name ("Kvarnbackens Snickeri Ab": snickeri is no name elsewhere)
        if labels[x] == "PERSON" and not any(toks[y].text in LEGAL for y in range(x + 1, min(n, x + 4))):
            found.update(_name_bases(toks[x].lower, infos[x].base, lex))
    if found:
        heads = {b[:3] for b in found if len(b) >= 3}
        for k, t in enumerate(toks):
            if labels[k] is not None or t.upper or t.colon_suffix or len(t.text) < 3 or t.lower[:3] not in heads:
                continue
            if t.cap:
                # "Onnin tapaamisessa ... Onni on työtön": a sentence-initial copy with evidence of its own
                if (
                    t.sent_start
                    and infos[k].base in found
                    and infos[k].flags & NAME
                    and not infos[k].flags & KEEP
                    and not word_plural(k)
                ):
                    ambiguous = bool(lex.get(t.lower) & COMMON or infos[k].flags & (AMBIG | COMMON))
                    if _own_evidence(k, ambiguous) or _age_follows(text, t.end):
                        labels[k] = "PERSON"
                elif t.sent_start and not infos[k].flags & NAME and (
                    hit := next(((b, sl) for b, sl in analyses(t.lower)[1:] if b in found and lex.get(b) & NAME), None)
                ):
                    # "Raimo Kiven kanssa … Kiven vaimo": a found name whose form is also a frequent word
                    if _own_evidence(k, True):
                        labels[k] = "PERSON"
                        infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
                elif t.sent_start and not infos[k].flags and any(
                    len(b) >= 4 and t.lower.startswith(b) and FOUND_NAME_ENDING.fullmatch(t.lower[len(b) :])
                    for b in found
                ):
                    labels[k] = "PERSON"  # "… Al-Khatib, 31 … Al-Khatibin taustalla": a found name, inflected
                continue
            if CALENDAR.match(t.lower) or _in_address(text, t) or t.lower in NOT_NAME_AFTER_ROLE:
                continue
            if lang != "fi" and t.lower not in found and not (t.lower.endswith("s") and t.lower[:-1] in found):
                continue  # "Stig … längs stigen": no Finnish endings on a name in Swedish or English
            if after_article(k):
                continue  # "Björn … En björn i ide": a noun after an article
            hit = _best_first(t.lower, lex)
            if not hit or hit[0] not in found:
                # a surname found elsewhere (Koskinen ... koskiselle)
                hit = next(
                    ((b, sl) for b, sl in analyses(t.lower) if b in found and lex.get(b) & SUR and len(b) >= 4), None
                )
                if not hit:
                    continue
            # a frequent word form of a name that is also a word (Niemi ... niemen puoleisessa) is the word;
            # onnin (not onnen) is only the name's form
            ordinary = bool(lex.get(t.lower) & (COMMON | AMBIG)) or (
                t.lower in lex.frequent
                and (not lex.counts.get(hit[0], 0) >= 300 or bool(lex.get(hit[0]) & AMBIG))
            ) or (
                # "keskellä saloa" after "Salo", "kalassa koskella" after "Koskelta": a form that is also
                # a form of an ordinary word
                (bool(lex.get(hit[0]) & AMBIG) or bool(lex.lookup_all(t.lower) & (COMMON | AMBIG)))
                and t.lower != hit[0]
                and not name_genitive(k)
            )
            # "Jarmo Koskinen ... jarmolle sopii": the same name in lower case; a form that is also an
            # ordinary word only with a person's verb or a verb of asking before it ("kari sanoi")
            if not ordinary or lower_evidence(k) >= 2:
                labels[k] = "PERSON"
                infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
    if unknown_found:
        for k, t in enumerate(toks):
            if labels[k] is None and not t.cap and t.lower in unknown_found:
                labels[k] = "PERSON"
                uncertain[k] = True

    # "tapaaminen jussi pelkosen kanssa", "call w/ frank laaksonen": a lower-case surname after a
    # lower-case first name already found is the rest of the name (a surname that is no ordinary word)
    for k in range(n - 1):
        nx = toks[k + 1]
        if (
            labels[k] is None
            and labels[k + 1] is None
            and not toks[k].cap
            and not nx.cap
            and adjacent(k, k + 1)
            and len(toks[k].text) >= 3
            and infos[k].flags & FIRST
            and not _ending(toks[k], infos[k])
            and infos[k + 1].flags & SUR
            and not infos[k + 1].flags & (COMMON | AMBIG | PLACE | KEEP)
            and nx.lower.endswith(("nen", "sen"))
            and not lex.get(nx.lower) & COMMON
            and nx.lower not in lex.lang_words
        ):
            labels[k] = labels[k + 1] = "PERSON"  # "call w/ frank laaksonen": a first name and a -nen surname
            continue
        if (
            labels[k] == "PERSON"
            and not toks[k].cap
            and labels[k + 1] is None
            and not nx.cap
            and adjacent(k, k + 1)
            and not _ending(toks[k], infos[k])
            and len(nx.text) >= 4
        ):
            f = infos[k + 1].flags
            if f & SUR and not f & (COMMON | AMBIG | PLACE | KEEP) and nx.lower not in lex.frequent:
                labels[k + 1] = "PERSON"
            elif f & SUR and not f & (COMMON | AMBIG | KEEP) and SURNAME_SHAPE.search(nx.lower):
                labels[k + 1] = "PERSON"  # laaksonen, pelkosen: a -nen surname, whatever the word lists say

    # merge neighbouring tokens of one person (first name + surname, initials)
    cands: list[Cand] = []
    k = 0
    while k < n:
        lab = labels[k]
        if lab is None:
            k += 1
            continue
        j = k
        if lab == "PERSON" or (lab == "LOCATION" and infos[k].flags & NAME):
            while j + 1 < n and adjacent(j, j + 1) and not toks[j + 1].colon_suffix and not _ending(toks[j], infos[j]):
                nx = labels[j + 1]
                if inflected_first(j + 1) and not infos[j].flags & NAME:
                    break  # "Vastaukset Katjalle": the name span starts at the name
                if nx == "PERSON" or (nx == "LOCATION" and infos[j + 1].flags & NAME):
                    j += 1
                    lab = "PERSON"
                else:
                    break
        start, end = toks[k].start, toks[j].end
        # initial after the name: "Iida K."
        if lab == "PERSON" and infos[j].flags & FIRST and not _ending(toks[j], infos[j]):
            # all-caps surname after a first name: Franz FISCHLER, Yves DE SILGUY
            x = j
            while x + 1 < n and x - j < 2 and toks[x + 1].upper and adjacent(x, x + 1) and len(toks[x + 1].text) >= 2:
                x += 1
            if x > j and len(toks[x].text) >= 3:
                j = x
                end = toks[j].end
        mr = ROMAN.match(text, end)
        if lab == "PERSON" and mr:
            end = mr.end()
        if lab == "PERSON" and re.match(r" [A-ZÅÄÖ]\.", text[end : end + 3]):
            end += 3  # initial after the name: "Iida K."
        if lab == "PERSON" and infos[k].flags & SUR and re.search(r"(?<![\w])[A-ZÅÄÖ]\. $", text[max(0, start - 4) : start]):
            start -= 3  # initial before a surname: "K. Virtanen" (not "T. Mervi": terveisin)
        if k == j:
            f0 = infos[k].flags
            first, sur = ("", _key_base(k)) if f0 & SUR and not f0 & FIRST else (_key_base(k), "")
        else:
            first, sur = _key_base(k), _key_base(j)
        c = Cand(
            start,
            end,
            lab,
            "person" if lab == "PERSON" else "place",
            _reason(lab, uncertain[k] and k == j),
            PRIO_WEAK if (uncertain[k] and k == j) else PRIO_NAME,
            ending=_ending(toks[j], _name_info(j) if lab == "PERSON" else infos[j]) if end == toks[j].end else "",
            key=(first, sur),
            uncertain=uncertain[k] and k == j,
        )
        cands.append(c)
        k = j + 1
    # "Juha ja Vesa Meskanen": two first names sharing one surname form one span
    merged: list[Cand] = []
    for c in cands:
        if merged:
            a = merged[-1]
            if (
                a.label == c.label == "PERSON"
                and a.key[0]
                and not a.key[1]
                and c.key[0]
                and c.key[1]
                and text[a.end : c.start] in (" ja ", " and ", " och ", " & ")
            ):
                merged[-1] = Cand(a.start, c.end, "PERSON", "person", c.reason, c.prio, c.ending, c.key)
                continue
        merged.append(c)
    return merged, undecided


def _name_bases(word: str, base: str, lex: Lexicon) -> set[str]:
    """Every name reading of a found word (Valon -> Valon, Valo), so that other inflected forms match."""
    out = {base}
    if len(word) <= 24:
        out.update(b for b, _ in analyses(word) if len(b) >= 3 and lex.get(b) & NAME)
    return out


def _heading(text: str, t: Token) -> bool:
    """A word at a sentence, list-item or heading start right before a colon (not "Oy:n")."""
    return t.sent_start and text.startswith(":", t.end) and not text[t.end + 1 : t.end + 2].isalnum()


def _fi_common_word(w: str, lex: Lexicon) -> bool:
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


def _language_word(word: str, lang: str, base: str, lex: Lexicon) -> bool:
    """A word form common in the text's language only (language_words.tsv: otti, toi, emme, said)
    whose name reading is weak: an inflected reading of a name (emme -> Emmi) or a name with fewer
    than 1,000 Finnish bearers (Toimi, Otti). Never a name that is also a word (aamu, lumi), which
    the ambiguity rules handle, nor a well-attested name as written (matti, jari)."""
    if lex.lang_words.get(word) != lang or lex.get(word) & AMBIG:
        return False
    flags = lex.get(base)
    fi_count = lex.counts.get(base, 0) if not flags & INTL else 0
    return word != base or fi_count < 1000


def _best_first(word: str, lex: Lexicon) -> tuple[str, int] | None:
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
        if end not in SAFE_LOWER_ENDINGS or _collapsed(word[:sl], base) or _strong_over_weak(word[:sl], base):
            continue
        if (BACK.search(base) and FRONT.search(end)) or (not BACK.search(base) and BACK.search(end)):
            continue  # vowel harmony: lisää is not Lisa's partitive (Lisaa)
        cnt = lex.counts.get(base, 0) if not bf & INTL else 0
        if base == word:
            cnt = cnt * 10 + 1  # the name as written wins unless another reading is far more common (aleksia)
        if best is None or cnt > best[0]:
            best = (cnt, base, sl)
    return (best[1], best[2]) if best else None


def _strong_over_weak(stem: str, base: str) -> bool:
    """unta -> Unna: a strong grade in the word form where the name has the weak one (never a name form)."""
    return any(
        strong in stem and stem.replace(strong, weak, 1) == base[: len(stem)] for strong, weak in GRADE_PAIRS
    )


def _plural_of_common(word: str, base: str, lex: Lexicon) -> bool:
    """päiviin, päivin: an i-final name whose form is also a plural of a common noun (päivä)."""
    if not base.endswith("i") or not word.startswith(base) or word == base:
        return False
    stem = base[:-1]
    return any(stem + v in lex.frequent for v in ("a", "ä", "e", "o", "ö", "u", "y"))


def _has_digit(word: str) -> bool:
    return not word.isalpha() and any(ch.isdigit() for ch in word)


def _in_address(text: str, t: Token) -> bool:
    before = text[t.start - 1 : t.start] if t.start else ""
    after = text[t.end : t.end + 2]
    if before == "/" and (t.start < 2 or text[t.start - 2].isspace()):
        before = ""  # " /pia": a sign-off, not a path
    return before in ("@", ".", "/") or (len(after) == 2 and after[0] in "@./" and after[1].isalnum())


def _strip_poss(w: str) -> str:
    return w[:-2] if w.endswith(("'s", "’s")) else w


def _reason(label: str, uncertain: bool) -> str:
    if uncertain:
        return "capitalised word mid-sentence (proper noun?)"
    return "name in the name lists" if label == "PERSON" else "place name"


def _age_follows(text: str, end: int) -> bool:
    return bool(AGE_AFTER.match(text, end, end + 24))
