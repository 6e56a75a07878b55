"""The context of one text under name detection, and the tests of a word's neighbourhood."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from coachdesk.privacy import token_index
from coachdesk.privacy.cues import (
    AGE_AFTER_COPULA_NAME,
    AGE_AFTER_NAME,
    APPOSITION,
    ARTICLES,
    ASK_YOU,
    COPULAS,
    EN_PERSON_VERBS,
    EN_SUBJ_VERBS,
    FI_PERSON_VERBS,
    FUNCTION_NEXT,
    GOT_FROM,
    GREETINGS,
    HELP_VERBS,
    HUMAN_STATES,
    LIST_JOIN,
    LOWER_CTX_AFTER,
    LOWER_CTX_BEFORE,
    NEG_PERSON,
    OR_SOMEONE,
    PERSON_CTX,
    PERSON_NOUN,
    PERSON_NOUNS,
    PERSON_PREDICATES,
    PERSON_TRAITS,
    PERSONAL_PRONOUNS,
    PLACE_CTX,
    PLACE_HEAD,
    PLACE_PREP,
    POSTCODE_BEFORE,
    PRED_FILLERS,
    PRONOUNS,
    REAL_NAME_AFTER,
    RELATION_AFTER,
    ROLE_LINK,
    ROLE_NOUNS,
    SELF_ADVERBS,
    SIGNOFFS,
    SUBJECT_AUX,
    THAT_CLAUSE,
    WEAK_AFTER,
    YOU,
)
from coachdesk.privacy.forget import register
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.name_words import (
    TokInfo,
    best_first,
    ending_of,
    has_digit,
    in_address,
    name_bases,
    word_info,
)
from coachdesk.privacy.tokens import Token, char_before

# only spaces, tabs, "." or "!" up to the end of the line or text (a word that closes its line)
_LINE_END = re.compile(r"[ \t.!]*(?:\n|\Z)")


@dataclass(slots=True)
class CapFacts:
    """What the rules for a capitalised word share."""

    literal_common: bool  # the word as written is a common word
    weak_lex: bool  # in no Finnish name list with >= 500 bearers (rare or international-only name)
    freq_common: bool  # a frequent word form or a common-noun compound at a sentence start
    ambig: bool  # the name is also a word (Satu, Lumi)
    person_ctx: bool  # a person word before it (asiakas, client)
    name_word: bool  # a first name or surname that is not just a frequent word (Onni, Kurki; not Mies)
    neighbour: bool  # a name-like word right before or after it


def _word_infos(toks: list[Token], lex: Lexicon, lang: str) -> list[TokInfo]:
    """The lexicon reading of every token, each distinct word form read once.

    ``word_info`` depends on the token's text alone (and the language view), so the readings are
    remembered across calls per lexicon view (bounded; emptied by ``forget.forget_words``); the rules
    replace a token's ``TokInfo`` rather than change it, so tokens of the same form may share one.
    """
    seen = _info_memo(lex, lang)
    out = []
    for t in toks:
        info = seen.get(t.text)
        if info is None:
            info = seen[t.text] = word_info(t, lex, lang)
        out.append(info)
    return out


_INFO_MEMO_MAX = 50_000  # remembered readings per lexicon view and language
_INFO_MEMOS: dict[tuple[int, str], tuple[Lexicon, dict[str, TokInfo]]] = {}  # (id(view), lang) -> view, readings


def _info_memo(lex: Lexicon, lang: str) -> dict[str, TokInfo]:
    """The remembered readings of ``lex`` in ``lang`` (the view is held, so its id names no other object)."""
    hit = _INFO_MEMOS.get((id(lex), lang))
    if hit is None or hit[0] is not lex:
        if len(_INFO_MEMOS) >= 16:  # lexicons reloaded (tests): start again
            _INFO_MEMOS.clear()
        hit = _INFO_MEMOS[(id(lex), lang)] = (lex, {})
    if len(hit[1]) >= _INFO_MEMO_MAX:
        hit[1].clear()
    return hit[1]


def _forget_infos() -> int:
    """Empty the remembered readings (word forms of scrubbed notes); the number dropped."""
    memos = list(_INFO_MEMOS.values())
    _INFO_MEMOS.clear()
    return sum(len(m) for _, m in memos)


register(f"{__name__}._INFO_MEMOS", _forget_infos)

# The words before a lower-case word that let a rule of name_rules_lower take it (an article, a possessive 's
# ends the word before; a person word, a role or a role link, a helping verb), and the words after it (a
# relation noun, "sain" after -lta, "tai joku" / "or someone" / "eller någon").
_LOWER_PREV = ARTICLES | PERSON_CTX | ROLE_NOUNS | ROLE_LINK | HELP_VERBS
_LOWER_NEXT = RELATION_AFTER | GOT_FROM | frozenset(("tai", "or", "eller"))


def _lower_cue_tokens(text: str, toks: list[Token]) -> set[int]:
    """The tokens ``name_rules_lower.lower_word`` can give a rule in careful (not chat-style) text: a demonym
    (-lai-/-läi-), a word after or before one of its cue words, before "(" (an age), at a line's end or near the
    text's end (a signature). For every other lower-case word it returns None, so it need not be asked (a
    superset: lower_word itself decides these)."""
    lows = token_index.lowers(text, toks)
    out = {k for k, w in enumerate(lows) if "lai" in w or "läi" in w}
    out.update(k + 1 for k, w in enumerate(lows) if w in _LOWER_PREV or w.endswith(("'s", "’s")))
    out.update(k - 1 for k, w in enumerate(lows) if w in _LOWER_NEXT)
    ends = token_index.ends(text, toks)
    by_end = token_index.by_end(text, toks)
    p = text.find("(")
    while p >= 0:  # AGE_AFTER_NAME: " (41)" or "(41)" right after the word
        out.update(k for k in (by_end.get(p), by_end.get(p - 1)) if k is not None)
        p = text.find("(", p + 1)
    p = text.find("\n")
    while p >= 0:  # _LINE_END: only [ \t.!] between the word and the line break
        out.add(bisect.bisect_right(ends, p) - 1)
        p = text.find("\n", p + 1)
    out.update(range(bisect.bisect_left(ends, len(text.rstrip()) - 40), len(toks)))  # near the end
    out.add(len(toks) - 1)  # the last word (_LINE_END at the text's end)
    return out


class NameCtx:
    """One text under name detection: its tokens, their lexicon readings, the labels given so far, and
    the context tests (what stands before and after a word) that the rules ask."""

    __slots__ = (
        "_first_readings",
        "_name_readings",
        "_place_readings",
        "cap_count",
        "cap_mid",
        "cap_mid_by_head",
        "chat",
        "fired",
        "infos",
        "joined",
        "known",
        "labels",
        "lang",
        "lex",
        "lower_maybe",
        "lower_seen",
        "n",
        "pending",
        "pronouns",
        "text",
        "text_len_rstrip",
        "toks",
        "uncertain",
        "undecided",
        "unknown_found",
    )

    def __init__(self, text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool) -> None:
        self.text, self.toks, self.lex, self.lang, self.chat = text, toks, lex, lang, chat
        self.n = len(toks)
        self.pronouns: frozenset[str] | tuple[()] = PRONOUNS.get(lang, ())
        self.infos = _word_infos(toks, lex, lang)
        # joined[k]: token k and k + 1 are one space or hyphen apart (joined[-1], after the last: False)
        self.joined = [text[a.end : b.start] in (" ", "-") for a, b in itertools.pairwise(toks)] + [False]
        self.lower_seen = {t.lower for t in toks if not t.cap and not t.upper and not in_address(text, t)}
        self.labels: list[str | None] = [None] * self.n
        self.uncertain = [False] * self.n
        self.text_len_rstrip = len(text.rstrip())
        self.cap_mid = {t.lower for t in toks if t.cap and not t.sent_start and not t.colon_suffix}
        self.cap_mid_by_head: dict[str, list[str]] = {}
        for w in self.cap_mid:
            self.cap_mid_by_head.setdefault(w[:3], []).append(w)
        self.cap_count: dict[str, int] = Counter(t.lower for t in toks if t.cap)
        self.undecided: list[tuple[int, int, str]] = []  # (start, end, word): questions only
        self.fired: list[tuple[int, str]] = []  # (token, rule id) of every decision, in order
        # lower-case first names without evidence of their own (second pass); True = also an ordinary word form
        self.pending: list[tuple[int, bool]] = []
        self.unknown_found: set[str] = set()  # lower-case words in no list that a person's verb marked as names
        self.known: set[str] = set()  # name readings of capitalised names that are no sentence-initial word
        # per-text caches of pure word readings (best_first, lex.find PLACE, name_bases); dropped with the context
        self._first_readings: dict[str, tuple[str, int] | None] = {}
        self._place_readings: dict[str, tuple[str, int] | None] = {}
        self._name_readings: dict[tuple[str, str], set[str]] = {}
        # the lower-case words a rule of name_rules_lower can take in careful text (None in chat style: every one)
        self.lower_maybe = None if chat else _lower_cue_tokens(text, toks)
        for k, t in enumerate(toks):
            if not t.cap:
                continue
            f = self.infos[k].flags
            if f & NAME and not f & KEEP and (
                not t.sent_start or (k + 1 < self.n and self.joined[k] and self.name_like(k + 1))
            ):
                self.known.update(self.name_readings(t.lower, self.infos[k].base))

    def first_reading(self, word: str) -> tuple[str, int] | None:
        """``best_first(word)`` (the best first-name analysis of a lower-case word), once per word form and text."""
        if word in self._first_readings:
            return self._first_readings[word]
        hit = self._first_readings[word] = best_first(word, self.lex)
        return hit

    def name_readings(self, word: str, base: str) -> set[str]:
        """``name_bases(word, base)`` (every name reading of a found word), once per word form and text.
        The set is shared: callers only read it."""
        hit = self._name_readings.get((word, base))
        if hit is None:
            hit = self._name_readings[(word, base)] = name_bases(word, base, self.lex)
        return hit

    def place_reading(self, word: str) -> tuple[str, int] | None:
        """``lex.find(word, PLACE)`` (the first place analysis), once per word form and text."""
        if word in self._place_readings:
            return self._place_readings[word]
        hit = self._place_readings[word] = self.lex.find(word, PLACE)
        return hit

    def adjacent(self, i: int, j: int) -> bool:
        """Neighbouring tokens ``i`` and ``j`` (either order) are one space or hyphen apart."""
        return self.joined[min(i, j)]

    def name_like(self, k: int) -> bool:
        """A capitalised word at k that could be part of a name (no kept word, number or frequent common noun)."""
        if not 0 <= k < self.n:
            return False
        t = self.toks[k]
        f = self.infos[k].flags
        if not t.cap or f & KEEP or t.colon_suffix or has_digit(t.text):
            return False  # (K-558102 is a number, not a name)
        if f & NAME and not (self.lex.get(t.lower) & COMMON):
            return True
        return not t.sent_start and not f & (COMMON | AMBIG) and self.lang != "en"

    def neighbour(self, k: int) -> bool:
        """A name-like word right after (not an inflected first name) or right before (mid-sentence, no ending)."""
        toks, infos = self.toks, self.infos
        return bool(
            (k + 1 < self.n and self.joined[k] and self.name_like(k + 1) and not self.inflected_first(k + 1))
            or (
                k > 0
                and self.joined[k - 1]
                and self.name_like(k - 1)
                and not toks[k - 1].sent_start
                and not ending_of(toks[k - 1], infos[k - 1])
            )
        )

    def prev_word(self, k: int) -> str:
        """The lower-cased word before k in the same sentence, "" at a bracket or sentence break."""
        if k <= 0 or self.toks[k].after_bracket:
            return ""
        if self.toks[k].sent_start and any(ch in ".!?" for ch in self.text[self.toks[k - 1].end : self.toks[k].start]):
            return ""  # "... the client. May be worth": the word before ends another sentence
        return self.toks[k - 1].lower

    def function_next(self, k: int) -> bool:
        """An English or Swedish function word follows k ("Will he …", "Hope is …")."""
        # "Will he ...", "Hope is ...": an English or Swedish function word after an ambiguous word
        return self.lang != "fi" and k + 1 < self.n and self.toks[k + 1].lower in FUNCTION_NEXT and not self.toks[k + 1].cap

    def name_info(self, k: int) -> TokInfo:
        """The name a token stands for, for placeholder letters and endings: Kiven (also a word) -> Kivi + n."""
        info = self.infos[k]
        if info.flags & NAME:
            return info
        hit = next(((b, sl) for b, sl in analyses(self.toks[k].lower)[1:] if self.lex.get(b) & NAME), None)
        return TokInfo(self.lex.get(hit[0]), hit[0], hit[1]) if hit else info

    def key_base(self, k: int) -> str:
        """The base form that keys the person at k (one placeholder letter per person)."""
        return self.name_info(k).base

    def first_person_past(self, k: int) -> bool:
        """"Neuvoin hakemaan …", "Kestin, mutta …": a sentence-initial verb that looks like a name's genitive.

        A name in the genitive needs a head word after it; a comma or an infinitive cannot be one. And a
        vowel-final name plus -in (neuvo + in) is a plural form, which no person's name takes.
        """
        t, info = self.toks[k], self.infos[k]
        if self.lang != "fi" or not t.sent_start or not t.lower.endswith("in") or len(t.lower) < 5:
            return False
        base = info.base
        if base[-1:] in "aeouyäö" and t.lower == base + "in":
            return True
        if base.endswith("nen") and t.lower.endswith("sin"):
            return True  # "Kaipaisin vinkkejä": a conditional verb; Kaipainen's genitive is Kaipaisen
        if self.text.startswith(", ", t.end) and k + 1 < self.n and not self.toks[k + 1].cap:
            return True
        return k + 1 < self.n and self.joined[k] and self.toks[k + 1].lower.endswith(("maan", "mään"))

    def verb_follows(self, k: int) -> bool:
        """A finite verb follows k directly ("Maija oli", "Tom said")."""
        if k + 1 >= self.n or self.toks[k + 1].cap or self.toks[k + 1].after_bracket:
            return False
        w = self.toks[k + 1].lower
        if w in ("oli", "on", "ei", "sanoi", "kysyi") or w in EN_SUBJ_VERBS:
            return True
        if w == "ja" and k + 2 < self.n and self.toks[k + 2].cap:
            return True
        if len(w) >= 6 and w.endswith(("ttiin", "ttaan", "ttään")):
            return True  # passive: "Ronaldo valittiin"
        return len(w) >= 4 and (w.endswith(("i", "oo", "ee", "aa", "ää", "uu", "yy", "öö")) and not w.endswith("ssi"))

    def word_plural(self, k: int) -> bool:
        """A plural of a name that is also a word ("Tuulet"); "Virtaset" (the family) is not one."""
        info = self.infos[k]
        return self.lang == "fi" and self.toks[k].lower[info.stem_len :] == "t" and bool(self.lex.get(info.base) & (AMBIG | COMMON))

    def after_article(self, k: int) -> bool:
        """"sov en björn", "a rose": a noun right after an article."""
        return k > 0 and self.toks[k - 1].lower in ARTICLES and self.text[self.toks[k - 1].end : self.toks[k].start] == " "

    def own_evidence(self, k: int, ambiguous: bool) -> bool:
        """A sentence-initial copy of a name found elsewhere: an ambiguous word needs its own evidence."""
        if THAT_CLAUSE.match(self.text, self.toks[k].end) or self.toks[k].lower in PRONOUNS.get(self.lang, frozenset()):
            return False  # "Toivon, että …", "Uskon, att …": a verb of hoping or believing, not Toivo; "Han har"
        if self.word_plural(k):
            return False  # "Tuuli Salonen … Tuulet ovat kääntyneet": the word's plural (but "Virtaset ovat")
        if not ambiguous:
            return True  # "Nguyen Thi Lan came … Lan is from …"
        if k + 1 < self.n and self.joined[k] and self.toks[k + 1].lower in SUBJECT_AUX and not (
            k + 2 < self.n and self.toks[k + 2].lower in PRONOUNS.get(self.lang, frozenset())
        ):
            return True  # "Will Kangas … Will has ten years", "Sten Öhman … Sten har kronisk smärta"
        if self.is_a_person_noun(k):
            return True  # "Hope Mwangi … Hope is a qualified accountant"
        if self.function_next(k) and not self.predicate_after(k + 1, PERSON_PREDICATES):
            return False  # "Will he …", "Hope is a strange thing"
        if k + 1 >= self.n or self.toks[k + 1].cap or not self.joined[k]:
            return False
        w = self.toks[k + 1].lower
        if w in ("on", "oli", "ei", "ja") or w in FUNCTION_NEXT:
            # "Onni on työtön", "Satu oli ahdistunut": a person's state; not "Toivo on, että", "Lumi oli sulanut"
            return w in COPULAS and self.predicate_after(k + 1, PERSON_PREDICATES)
        if self.lang == "fi" and self.toks[k].lower.endswith("n") and w in PERSON_NOUNS:
            return True  # "Onnin äiti", "Helmin sähköposti"
        return w in FI_PERSON_VERBS or w in EN_PERSON_VERBS or w in LOWER_CTX_AFTER or (self.lang == "fi" and self.verb_follows(k))

    def addressed(self, k: int) -> bool:
        """A name spoken to: a comma, then "you" or a question to you ("Will, could you …", "Sara, har du …")."""
        if not self.text.startswith(", ", self.toks[k].end) or k + 1 >= self.n:
            return False
        w = self.toks[k + 1].lower
        if w in YOU:
            return not (k + 2 < self.n and self.toks[k + 2].lower in ("know", "see", "vet"))  # "Hope, you know, is …"
        return w in ASK_YOU and k + 2 < self.n and self.toks[k + 2].lower in YOU

    def introduced(self, k: int) -> bool:
        """A name introduced as a person: "Summer, my client who …", "Jack (Jaakko really …)", "Sunny (real
        name …)", or followed by has/was and then a personal pronoun ("Rose has done her work trial")."""
        end = self.toks[k].end
        if APPOSITION.match(self.text, end) or REAL_NAME_AFTER.match(self.text, end):
            return True
        if k + 2 < self.n and self.toks[k + 1].lower in SUBJECT_AUX and self.joined[k]:
            return any(self.toks[x].lower in PERSONAL_PRONOUNS for x in range(k + 2, min(self.n, k + 6)))
        return False

    def is_a_person_noun(self, k: int) -> bool:
        """"X is a qualified accountant", "X är en erfaren snickare": a copula, an article, a person noun."""
        if k + 3 >= self.n or self.toks[k + 1].lower not in ("is", "was", "är", "var") or self.toks[k + 2].lower not in ARTICLES:
            return False
        return any(PERSON_NOUN.search(self.toks[x].lower) for x in range(k + 3, min(self.n, k + 6)) if not self.toks[x].cap)

    def person_verb_next(self, k: int) -> bool:
        """A verb that only a person does follows (kertoi, haluaa, valittiin, said), not on/oli or a numeral."""
        if k + 1 >= self.n or self.toks[k + 1].cap or not self.joined[k]:
            return False
        w = self.toks[k + 1].lower
        if w in SELF_ADVERBS and k + 2 < self.n and self.joined[k + 1] and not self.toks[k + 2].cap:
            w = self.toks[k + 2].lower  # "Sorsa itse kertoi", "Grace also said"
        if w in FI_PERSON_VERBS or w in EN_PERSON_VERBS or (w in LOWER_CTX_AFTER and w not in WEAK_AFTER):
            return True
        if self.lang != "fi":
            return False
        if self.toks[k].lower.endswith("n") and w in PERSON_NOUNS:
            # "Timon mielestä", "Onnin äiti"; not "Perheen isä" (a frequent word, a rare surname)
            return not (self.toks[k].lower in self.lex.frequent and self.lex.counts.get(self.infos[k].base, 0) < 500)
        return (len(w) >= 6 and w.endswith(("ttiin", "ttaan", "ttään"))) or (
            len(w) >= 5 and w.endswith(("aa", "ää", "oo", "öö", "ee")) and w not in self.lex.frequent
        )

    def explicit_person_verb(self, k: int) -> bool:
        """A verb only people do follows k ("Onni kertoi", "Satu soitti")."""
        return k + 1 < self.n and self.joined[k] and self.toks[k + 1].lower in (FI_PERSON_VERBS | EN_PERSON_VERBS)

    def predicate_after(self, v: int, words: frozenset[str]) -> bool:
        """The verb "on/oli/is/är" at ``v`` is followed by one of ``words``, possibly after ollut/nyt/still."""
        x = v + 1
        while x < self.n and self.joined[x - 1] and self.toks[x].lower in PRED_FILLERS and x - v <= 2:
            x += 1
        return x < self.n and self.joined[x - 1] and self.toks[x].lower in words

    def human_state_next(self, k: int) -> bool:
        """k is followed by a copula and a human state ("Aino on väsynyt")."""
        return (
            k + 1 < self.n
            and self.joined[k]
            and self.toks[k + 1].lower in COPULAS
            and self.predicate_after(k + 1, HUMAN_STATES)
        )

    def signature_at(self, k: int, ordinary: bool) -> bool:
        """The word closes the text or a line as a signature: after a closing formula ("cheers, tom",
        "kiitos jo etukäteen, satu"), after a dash at the end ("kiitos! -pekka"), or alone on the last
        line ("Kiitos paljon!\nmarko") unless it is an ordinary word."""
        if k == 0:
            return False
        t = self.toks[k]
        # (the cheap position test first: most words are more than 40 characters from the end)
        at_end = t.end + 40 >= self.text_len_rstrip and not any(ch.isalnum() for ch in self.text[t.end : t.end + 40])
        if not at_end and not _LINE_END.match(self.text, t.end):
            return False
        if self.toks[k - 1].lower in SIGNOFFS and not t.after_bracket:  # not across a placeholder
            return True
        line_start = self.text.rfind("\n", 0, t.start)
        if self.text[self.toks[k - 1].end : t.start].strip() in (",", "-", "–", "—") and any(
            self.toks[x].lower in SIGNOFFS and self.toks[x].start > line_start for x in range(max(0, k - 5), k - 1)
        ):
            return True
        if not at_end:
            return False
        if any(ch in self.text[max(0, t.start - 3) : t.start] for ch in "–—-/"):
            return True
        if t.sent_start and char_before(self.text, t.start, " \t\n") in (".", "!", "?") and t.end >= self.text_len_rstrip:
            return True  # "… contact her directly. Mark": a one-word last sentence, no full stop
        return line_start > 0 and not ordinary and not self.text[line_start : t.start].strip(" \t\n-–—/")

    def role_before(self, k: int) -> bool:
        """esihenkilö jukka, her husband tom, chefen lasse, client is amira."""
        if k <= 0 or self.text[self.toks[k - 1].end : self.toks[k].start] != " ":
            return False
        p = self.toks[k - 1].lower
        if p in ROLE_NOUNS:
            return True
        return p in ROLE_LINK and k >= 2 and self.text[self.toks[k - 2].end : self.toks[k - 1].start] == " " and self.toks[k - 2].lower in ROLE_NOUNS

    def agent_verb_next(self, k: int) -> bool:
        """A person's verb or a Finnish verb of coming and going follows k ("Vesa tuli mukaan")."""
        return self.person_verb_next(k) or (
            self.lang == "fi" and k + 1 < self.n and self.joined[k] and self.toks[k + 1].lower in ("tuli", "lähti", "pääsi", "ehti")
        )

    def inflected_cap_mid(self, word: str) -> bool:
        """Hypatia at a start and Hypatiaan mid-sentence: the same unknown proper noun, inflected."""
        if len(word) < 4:
            return False
        return any(
            w != word and w.startswith(word[:-1]) and any(b == word for b, _ in analyses(w))
            for w in self.cap_mid_by_head.get(word[:3], ())[:50]
        )

    def place_ctx(self, k: int) -> bool:
        """The context around k marks a place: a place word or preposition before, a postcode, or a place head word after."""
        if self.prev_word(k) in PLACE_CTX or self.prev_word(k) in PLACE_PREP:
            return True
        if POSTCODE_BEFORE.search(self.text, max(0, self.toks[k].start - 7), self.toks[k].start):
            return True
        nxt = self.toks[k + 1] if k + 1 < self.n and self.joined[k] else None
        return bool(nxt and not nxt.cap and self.toks[k].lower.endswith("n") and PLACE_HEAD.match(nxt.lower))

    def lower_evidence(self, k: int) -> int:
        """Context that marks a lower-case word as a person: 3 = a person's verb after it ("kari sanoi",
        "aleksin kanssa"), 2 = a verb of asking/meeting before it ("kysyin fatimalta"), 1 = weaker (a greeting "hei olga,",
        a person word before, "X on/ei"), 0 = none."""
        p = self.prev_word(k)
        nxt = self.toks[k + 1] if k + 1 < self.n and not self.toks[k + 1].cap else None
        gap = self.text[self.toks[k].end : nxt.start] if nxt else ""
        if nxt and gap == " " and nxt.lower in LOWER_CTX_AFTER and nxt.lower not in WEAK_AFTER:
            return 3
        if self.strong_lower_cue(k) or self.opener_vocative(k) or self.name_genitive(k):
            return 3  # "micke (41) har adhd", "lumi ja tuuli, ehtisittekö katsoa", "helmin", "emils plan"
        if nxt and gap == " " and nxt.lower in ("kanssa", "mielestä", "luona", "luota") and self.toks[k].lower.endswith("n"):
            return 3
        if nxt and gap == " " and nxt.lower == "ei" and k + 2 < self.n and self.toks[k + 2].lower in NEG_PERSON:
            return 3  # "kivi ei pääse tapaamiseen": a person cannot make it
        if nxt and gap == " " and nxt.lower in COPULAS and (
            self.predicate_after(k + 1, PERSON_PREDICATES | PERSON_TRAITS) or AGE_AFTER_COPULA_NAME.match(self.text, self.toks[k].end)
        ):
            return 3  # "vilja on tosi ujo", "aino on jo 44": a person's trait or age
        if p in LOWER_CTX_BEFORE and p not in GREETINGS:
            return 2
        vocative = p in GREETINGS and self.text[self.toks[k - 1].end : self.toks[k].start] == " " and (
            not nxt or gap[:1] in (",", "!", ".", "?", "\n")
        )
        if vocative or p in PERSON_CTX or (nxt and gap == " " and nxt.lower in LOWER_CTX_AFTER):
            return 1
        return 0

    def name_genitive(self, k: int) -> bool:
        """A genitive only a name has, before a lower-case word: "helmin kuntoutus" (the noun helmi makes
        helmen), "onnin kaltaisille", Swedish "emils plan"."""
        w = self.toks[k].lower
        if not (k + 1 < self.n and self.text[self.toks[k].end : self.toks[k + 1].start] == " " and not self.toks[k + 1].cap):
            return False
        if self.lang == "sv":
            return len(w) >= 4 and w.endswith("s") and bool(self.lex.get(w[:-1]) & FIRST) and not self.lex.get(w) & COMMON
        return self.lang == "fi" and w.endswith("in") and bool(self.lex.get(w[:-1]) & FIRST and self.lex.get(w[:-1]) & AMBIG)

    def strong_lower_cue(self, k: int) -> bool:
        """A lower-case word marked as a person even outside chat style: an age after it ("micke (41)"),
        "jonnalta sain …", "tietääkö sirpa tai joku muu?"."""
        end = self.toks[k].end
        if AGE_AFTER_NAME.match(self.text, end) or OR_SOMEONE.match(self.text, end):
            return True
        return (
            self.toks[k].lower.endswith(("lta", "ltä"))
            and k + 1 < self.n
            and self.text[end : self.toks[k + 1].start] == " "
            and self.toks[k + 1].lower in GOT_FROM
        )

    def opener_vocative(self, k: int) -> bool:
        """The text opens by addressing people: "lumi ja tuuli, ehtisittekö…", "hej pia och jonas, …"."""
        first = 1 if self.n > 1 and self.toks[0].lower in GREETINGS else 0
        if k > first + 5:
            return False  # at most five words stand before the comma
        comma = self.text.find(",", self.toks[k].end, self.toks[k].end + 400)
        if k < first or comma < 0 or self.text[: self.toks[0].start].strip() or self.text[self.toks[k].end : comma].count(" ") > 8:
            return False
        words = list(itertools.takewhile(lambda x: self.toks[x].end <= comma, range(first, min(self.n, first + 7))))
        return len(words) <= 5 and all(
            (self.toks[x].lower in LIST_JOIN or self.lex.get(self.toks[x].lower) & FIRST)
            and self.text[self.toks[x].end : self.toks[x + 1].start if x + 1 < self.n else comma].strip() in ("", ",")
            for x in words
        ) and not self.text[self.toks[words[-1]].end : comma].strip()

    def inflected_first(self, k: int) -> bool:
        """An inflected first name (Katjalle): no first name stands before it, only a verb or noun."""
        f = self.infos[k].flags
        return bool(f & FIRST and not f & SUR and ending_of(self.toks[k], self.infos[k]))

    def person_ctx_word(self, k: int) -> bool:
        """The word before k is a person cue (a role, a relation, a title)."""
        return self.prev_word(k) in PERSON_CTX
