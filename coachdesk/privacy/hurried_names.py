"""Names and places in hurried LINES, decided by a SUM of evidence (not the first rule that fires).

Runs after ``hurried.py`` and the name model, and only on the lines ``hurried_style.hurried_lines``
calls hurried (phone notes: `puh raimo klo 9.40`, `äiti raili soittaa huomenna`); careful prose is
never looked at, so `lahti`, `koski`, `onni` there stay words. A lower-case word of such a line that
nothing else holds gets the weights of every row of :data:`EVIDENCE` that applies, added up; the sum
meets :data:`THRESHOLDS`:

| sum ≥ | decision | what the scrubber does |
|---|---|---|
| 1.0 (``name``) | name | replaced, certain |
| 0.8 (``ask``) | ask | replaced, and the coach is asked |
| 0.45 (``question``) | question | not replaced; the coach is asked (at most one question per 500 characters) |
| 0.4 (``question_fi``) | question | the same, in a Finnish text: a lower-case word whose only evidence is a surname of the lists (`kelolla`, `tahkolta`) is often a village or a farm; Swedish and English verbs (`bytte`, `hoppe`) are never asked so |

| id | weight | evidence (invented examples) |
|---|---|---|
| lex.first | +0.5 | a first name of the lists, 50+ bearers or an international list (any inflected form) |
| lex.first_rare | +0.3 | a first name of the Finnish list with fewer than 50 bearers |
| lex.surname | +0.4 | a surname of the lists (`sjöberg`, `virtasen`) |
| lex.none | -0.3 | in no name list |
| shape.nickname | +0.4 | a word (no ordinary word) with a Finnish nickname shape, uninflected: -ke, -kke, -kka, -tsa, -tsi, -ppa, -ppe, -ska, -sse, -de, -tte, -ssu, -kku (`tuke`, `bosse`) |
| shape.foreign | +0.3 | a word in no list with a non-Finnish shape (`cues.FOREIGN`: `sh`, `th`, `b`, `c` …) in a Finnish text: `hashimi` |
| model | +0.5 × p | the CRF's P(person) when p ≥ 0.35 (``ner_model``; Finnish lines only); it lifts the sum of a word in no list in a local or directional case (`-sta`, `-lle`, `-lta` …) to 0.99 at most: a later rule reads its shape (`kajjaanista`, `hawrelle`) |
| cue.call_opener | +0.6 | right after a call/phone opener at the line start: `puh X`, `soitto: X`, `tekstari X:lta`, `tel X`, `ring X`, `call w X`, `sms från X` |
| shape.reduplicated | +0.8 | after a call opener, a lower-case nickname of one syllable group said twice: `call w/ bong-bong`, `ringde jun-jun`; not an ordinary reduplication (`bye-bye`, `so-so`; section `HURRIED_REDUP_WORDS`), a half that is a common or kept word, or `follow-up`, `back-office` |
| cue.kin_role | +0.6 | after a kin or role word: `äiti X`, `veli X`, `hustrun X`, `förmannen X`, `boss X`, `esihenk X` |
| cue.talk_after | +0.5 | before a verb of talking or calling: `X soitti`, `X sano`, `X ringde`, `X texted` |
| cue.person_case | +0.4 | `kysy X:ltä`, `soita X:lle`: a verb of asking/calling, then an allative or ablative |
| cue.initial_after | +0.6 | an initial after it: `sirpa k.` |
| cue.real_name | +0.8 | a bracketed real name after it: `make (markus h.)` |
| cue.origin_age | +0.8 | an origin and an age in brackets after it: `(somali, 52)`, `(vietnamilainen, 50v)` |
| cue.role_bracket | +0.6 | a role or kin word opens the brackets after it: `(työnantaja, …)`, `(asiakkaan äiti)`, `(esihlö, …)` |
| cue.age_after | +0.4 | an age right after it: `X 63v`, `X, 52,` |
| cue.number_after | +0.3 | a phone number right after it: `ring X 050 …` |
| cue.nickname_intro | +1.2 | introduced as a nickname: `goes by X`, `aka X`, `kallas X`, `kutsutaan X` |
| cue.cued_elsewhere | +0.4 | another mention of the same word (same form) has a cue of its own |
| cue.relation_after | +0.4 | a genitive before a relation noun: `tuken vaimo`, `rikun äiti` |
| cue.slash_name | +0.7 | a found person right before it across a slash: `ahmed k. / hashimi` |
| cue.first_before | +0.6 | a surname of the lists right after a lower-case first name found before it: `klient kim sandvik` |
| cue.surname_after | +0.5 | a capitalised surname (lists) or a found person right after it: `pasi Lehtonen` |
| cue.trade_after | +0.4 | a trade word after it, the owner's firm: `X:n pizzeriaan`, `X fiskrökeri`, `X cleaning` |
| cue.found_elsewhere | +0.6 | the same word (any inflected form) found as a person elsewhere in the text |
| cue.time_after | +0.5 | a clock time right after the word that follows a call opener: `cb X 11.20`, `ring X 10.15` |
| cue.back_after | +0.5 | a call back: the word after a call opener, then `back`/`tillbaka`/`takaisin`: `call X back`, `ring X tillbaka` |
| cue.pair | +0.5 | one of two lower-case words joined by `ja`/`och`/`and` before a "both" word or a person's verb: `X ja Y molemmat`, `X och Y börjar` |
| cue.contact_after | +0.4 | a genitive before a contact word: `X:n puh`, `Xs telnr`, `X's number` |
| cue.possessive_kin | +0.5 | a possessive before the kin word before it: `her bro X`, `hans bror X` |
| cue.owner_genitive | +0.3 | a genitive (`-s`, `'s`, `-n`) surname of the lists or surname shape before a trade word: `Xs trädgård`, `X's farm` |
| shape.surname | +0.4 | in no list, with a surname shape (`-nen`, `-la`, `-berg`, `-ström` …), before a trade word as its owner or the bare form of a found owner |
| cue.nickname_form | +1.0 | a case or genitive form of a nickname-shaped word found as a person in the text: `bosse … bosses` |
| cue.owner_found | +0.7 | the bare form of a lower-case owner genitive found or weighed before a trade or workplace word in the text: `X:sen sahalle … X:nen soitti`, `Xs åkeri … X ok` |
| cue.opener_place | +0.5 | a Swedish call opener, the word, then `i` and one more word (the place): `ringde X i Y`, `ring X i Y` |
| shape.sv_nickname | +0.8 | a Swedish nickname derived from a given name of the lists by its shape (the name to its first vowel, one of the next two consonants doubled, k as ck, then -e: Joakim → jocke, Mikael → micke), or its genitive -s, as a subject before a verb or a genitive before a kin word (`jocke har börjat`, `micke ringde`, `jockes pappa`); never after an article (`en kille`); only a word of the language counts against it (a nickname is frequent in text as a name), and ``lex.none`` does not (the derivation is the name reading) |
| cue.sv_kin_after | +0.5 | a Swedish genitive -s of such a nickname before a kin or role word: `jockes pappa` |
| cue.ask_at_org | +0.7 | a surname (lists or shape; -roos too) after a call/ask verb, then `på`/`hos`/`i`/`at` + an organisation (a kept public body or a word ending in an organisation word): `ring X på te-byrån`, `prata med X på fpa`, `kysy X:ltä kelasta` |
| against.word | -0.6 | the form is also an ordinary word: the lists mark it (Onni, Lahti) or it is a frequent word of only this language |
| against.place_case | -0.5 | a place of the lists in a local case (`kontulassa`) |
| against.verb | -0.6 | a finite Finnish verb form |
| against.sv_verb | veto | in Swedish, a word right before `inte`, `att`, `nog` (`sambo ville inte flytta`): a verb |
| against.function | veto | a function word, pronoun, cue word, profession, shorthand, kept word (lexicon KEEP) |
| against.owned | veto | the word right after a possessive ('s): what the person owns (marco's visa) |

Places (one row each, same sum and thresholds, label LOCATION):

| id | weight | evidence |
|---|---|---|
| place.listed | +0.6 | a place of the lists (municipality, district, village) |
| place.cue | +0.5 | after a place cue or motion verb: `käy X:ssa`, `muutti X:ään`, `från X`, `in X` |
| place.case | +0.2 | in a local case (`-ssa`, `-sta`, `-lla`, `-an`, …) |
| place.office_after | +0.5 | a genitive before an office or branch word: `kontulan toimistolle`, `pasilan toimipisteessä` |
| place.proper_shape | +0.5 | in NO list and no frequent word (nor a compound of one, `rivitalossa`, nor a common compound of a place head, ``hurried_local.common_compound``: `kotikylässä`), after `asuu`/`bor i`/`lives in`: `asuu X:ssa`, `bor i X` (with place.cue, and place.case in Finnish) |
| place.talk_from | +0.8 | a place of the lists (any gradation: `lahdesta`, `hangossa`, `kotkasta`) in a local case right after a talking verb or a person (found, or a first name after a kin word): `soitti kotkasta`, `tytär anni kuhmoisissa` (Finnish) |
| place.after_place | +0.5 | a word in no list (or a surname of the lists in the inessive/elative), of a place's shape (-la/-lä, a place-word head), in a local case right after a place in a local case: `soitti kotkasta X:lta` (with place.case and place.proper_shape; ordinary -la words such as `mummola`, `neuvola` are PLACE_SHAPE_NOT) |
| place.district_after | +0.3 | a place (found, or the district of place.after_place) in a local case right after it, it in a local case too: `kotkasta karhulasta`, `lahdessa X:ssa` (the town, then its part) |
| against.name_too | -0.2 | also a name of the lists |
| against.ordinary_local | veto | a place of the lists in a local case with no cue at all (no place cue, office word, talking verb or place before it) whose form is mostly an ordinary word's (``hurried_more.ordinary_local``: `pellolla` of pelto, `pohjalla`) |

(``against.word`` and ``against.function`` apply to places too.) A lower-case employer (`hashimin
pizzeriaan`, `bosse bageri`) follows from a name found here: ``org_rules.find_with_names`` runs
after this layer and takes the owner's name with the trade word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from coachdesk.privacy import hurried_local, hurried_more, hurried_orgs, token_index
from coachdesk.privacy.cue_words import by_language, words
from coachdesk.privacy.cues import (
    ARTICLES,
    EN_SHORT_WORDS,
    FOREIGN,
    FUNCTION_NEXT,
    LOCATIVE,
    NOT_NAME_AFTER_ROLE,
    PERSONAL_PRONOUNS,
    PLACE_CTX,
    PLACE_PREP,
    PROFESSIONS,
    RELATION_AFTER,
    ROLE_NOUNS,
)
from coachdesk.privacy.hurried_style import SHORTHAND, hurried_lines
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.name_trace import Trace, TraceEntry
from coachdesk.privacy.name_trace import current as current_trace
from coachdesk.privacy.org_rules import EN_TRADE, FI_TRADE_ANY
from coachdesk.privacy.spans import PRIO_ORG, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import SV_AFTER_VERB, is_finite_verb


@dataclass(frozen=True, slots=True)
class Evidence:
    """One row of evidence: its id, weight (added to the word's sum) and a one-line doc."""

    id: str
    weight: float
    doc: str


VETO = -9.0
THRESHOLDS: dict[str, float] = {"name": 1.0, "ask": 0.8, "question": 0.45, "question_fi": 0.4}
WELL_ATTESTED = 1000  # bearers from which a frequent word form is still read as the name
QUESTION_CHARS = 500  # at most one question of this layer per so many characters of the text
MODEL_CEILING = 0.99  # the highest sum the model's vote may bring a word in no list in a case to (below "name": _with_model)
MODEL_FROM = 0.35  # the model's vote counts from this probability (below it, noise: trained on the rounds, it gives a word of a pair, `kivi ja sora`, about 0.3)

EVIDENCE: dict[str, Evidence] = {
    e.id: e
    for e in (
        Evidence("lex.first", 0.5, "a first name of the lists (50+ bearers or international), any inflected form"),
        Evidence("lex.first_rare", 0.3, "a Finnish first name with fewer than 50 bearers"),
        Evidence("lex.surname", 0.4, "a surname of the lists"),
        Evidence("lex.none", -0.3, "in no name list"),
        Evidence("shape.nickname", 0.4, "no ordinary word, uninflected, with a Finnish nickname shape (-ke, -kka, -tsa, -ppa, -ska, -sse, -de …)"),
        Evidence("shape.foreign", 0.3, "a word in no list with a non-Finnish shape in a Finnish text (hashimi)"),
        Evidence("model", 0.5, "the name model's P(person), times this weight (Finnish lines)"),
        Evidence("cue.call_opener", 0.6, "after a call/phone opener at the line start (puh, soitto:, tel, ring, call w)"),
        Evidence("shape.reduplicated", 0.8, "after a call opener, a lower-case reduplicated nickname (bong-bong, jun-jun), "
                 "no ordinary reduplication (HURRIED_REDUP_WORDS: bye-bye, so-so) and no common word"),
        Evidence("cue.kin_role", 0.6, "after a kin or role word (äiti, veli, hustrun, förmannen, boss, esihenk)"),
        Evidence("cue.talk_after", 0.5, "before a verb of talking or calling (soitti, sano, ringde, texted)"),
        Evidence("cue.person_case", 0.4, "an allative/ablative after a verb of asking or calling (kysy X:ltä)"),
        Evidence("cue.initial_after", 0.6, "an initial after it (sirpa k.)"),
        Evidence("cue.real_name", 0.8, "a bracketed real name after it (make (markus h.))"),
        Evidence("cue.origin_age", 0.8, "an origin and an age in brackets after it ((somali, 52))"),
        Evidence("cue.role_bracket", 0.6, "a role or kin word opening the brackets after it ((työnantaja, …), (asiakkaan äiti))"),
        Evidence("cue.age_after", 0.4, "an age right after it (X 63v, X, 52,)"),
        Evidence("cue.number_after", 0.3, "a phone number right after it (ring X 050 …)"),
        Evidence("cue.nickname_intro", 1.2, "introduced as a nickname (goes by X, aka X, kallas X, kutsutaan X)"),
        Evidence("cue.cued_elsewhere", 0.4, "another mention of the same word has a cue of its own"),
        Evidence("cue.relation_after", 0.4, "a genitive before a relation noun (tuken vaimo, X:n äiti)"),
        Evidence("cue.slash_name", 0.7, "a found person right before it across a slash (ahmed k. / hashimi)"),
        Evidence("cue.first_before", 0.6, "a surname right after a lower-case first name found before it (kim sandvik)"),
        Evidence("cue.surname_after", 0.5, "a capitalised surname or a found person right after it (pasi Lehtonen)"),
        Evidence("cue.trade_after", 0.4, "a trade word after it: an owner's firm (hashimin pizzeriaan, bosse bageri)"),
        Evidence("cue.found_elsewhere", 0.6, "the same word found as a person elsewhere in the text"),
        Evidence("cue.time_after", 0.5, "a clock time right after the word after a call opener (cb X 11.20)"),
        Evidence("cue.back_after", 0.5, "a call back: call opener, the word, then back/tillbaka/takaisin (call X back)"),
        Evidence("cue.pair", 0.5, "two lower-case words joined by ja/och/and before a both word or person verb"),
        Evidence("cue.contact_after", 0.4, "a genitive before a contact word (X:n puh, Xs telnr, X's number)"),
        Evidence("cue.possessive_kin", 0.5, "a possessive before the kin word before it (her bro X)"),
        Evidence("cue.owner_genitive", 0.3, "a genitive surname (lists or shape) before a trade word (Xs trädgård)"),
        Evidence("shape.surname", 0.4, "in no list, a surname shape (-nen, -la, -berg …) as a firm's owner"),
        Evidence("cue.nickname_form", 1.0, "a case or genitive form of a nickname found as a person (bosse … bosses)"),
        Evidence("cue.owner_found", 0.7, "the bare form of a lower-case owner genitive before a trade/workplace word"),
        Evidence("cue.opener_place", 0.5, "a Swedish call opener, the word, then i and a place (ringde X i Y)"),
        Evidence("shape.sv_nickname", 0.8, "a Swedish nickname derived from a given name of the lists (Joakim: jocke, "
                 "Mikael: micke), or its genitive -s"),
        Evidence("cue.sv_kin_after", 0.5, "a Swedish genitive -s before a kin or role word (jockes pappa)"),
        Evidence("cue.ask_at_org", 0.7, "a surname (lists or shape) after a call/ask verb, then på/i/hos/at + an "
                 "organisation (ring X på fpa, kysy X:ltä kelasta)"),
        Evidence("against.word", -0.6, "also an ordinary word (lists) or a frequent word of only this language"),
        Evidence("against.place_case", -0.5, "a place of the lists in a local case"),
        Evidence("against.verb", -0.6, "a finite Finnish verb form"),
        Evidence("against.sv_verb", VETO, "in Swedish, a word right before inte, att, nog: a verb"),
        Evidence("against.function", VETO, "a function word, pronoun, cue word, profession, shorthand or kept word"),
        Evidence("against.owned", VETO, "the word after a possessive ('s): what the person owns (marco's visa)"),
        Evidence("place.listed", 0.6, "a place of the lists (municipality, district, village)"),
        Evidence("place.cue", 0.5, "after a place cue or motion verb (käy, muutti, från, in)"),
        Evidence("place.case", 0.2, "in a local case"),
        Evidence("place.office_after", 0.5, "a genitive before an office or branch word (kontulan toimistolle)"),
        Evidence("place.proper_shape", 0.5, "in no list and no frequent word (nor its compound), after asuu/bor i/lives in"),
        Evidence("place.talk_from", 0.8, "a place of the lists in a local case right after a talking verb or a "
                 "person (soitti kotkasta, tytär anni kuhmoisissa)"),
        Evidence("place.after_place", 0.5, "a word in no list, of a place's shape, in a local case right after a "
                 "place in a local case (soitti kotkasta X:lta)"),
        Evidence("place.district_after", 0.3, "a place in a local case found right after it, also in a local case "
                 "(kotkasta karhulasta: the town, then its part)"),
        Evidence("against.name_too", -0.2, "a place that is also a name of the lists"),
        Evidence("against.ordinary_local", VETO, "a listed place's local case with no cue that is mostly an ordinary "
                 "word's (pellolla of pelto, pohjalla)"),
    )
}

# Cue words of phone notes (fi / sv / en): the HURRIED_* sections of the cue files, read only by this layer and
# only inside hurried lines.
CALL_OPENERS = words("HURRIED_CALL_OPENERS")
_OPENER_FILLERS = words("HURRIED_OPENER_FILLERS")
KIN_ROLE = ROLE_NOUNS | words("HURRIED_KIN_ROLE")
TALK_AFTER = words("HURRIED_TALK_AFTER")
ASK_CALL_VERBS = words("HURRIED_ASK_CALL_VERBS")
_ADVERBS = words("HURRIED_ADVERBS")  # "call back 040 …", "ring tillbaka": where a name could stand
_MOTION = words("HURRIED_MOTION")
_VETO_WORDS = (
    SHORTHAND | _ADVERBS | CALL_OPENERS | KIN_ROLE | TALK_AFTER | ASK_CALL_VERBS | _MOTION | ARTICLES | EN_SHORT_WORDS
    | FUNCTION_NEXT | PERSONAL_PRONOUNS | PROFESSIONS | NOT_NAME_AFTER_ROLE | _OPENER_FILLERS
)
_NICKNAME = re.compile(r"(?:[aeiouyäö](?:ke|kke|kka|tsa|tsi|ppa|ppe|ska|sse|de|tte|ssu|kku|ksu|pe|ps|mppa))$")
_SECOND_HAND = frozenset(("cue.found_elsewhere", "cue.cued_elsewhere"))  # evidence from other mentions
_VOWEL = re.compile(r"[aeiouyäöå]")
_PERSON_CASE = ("lle", "lta", "ltä", "lla", "llä")
_ORIGIN_AGE = re.compile(r"[ \t]?\([ \t]?[^\W\d_][\w-]{2,20},[ \t]?\d{2}[ \t]?(?:v\.?|år|y|yrs|yo)?[ \t]?\)")
_OFFICE = re.compile(r"(?:toimisto|toimipiste|toimipaikka|konttori|yksikkö|yksikö|kontor|office|branch)")
_AGE_AFTER = re.compile(r"(?:,[ \t]?|[ \t])\d{2}[ \t]?(?:v\b|v\.|-?v(?:uotias|\.)|år\b|y\b|yo\b|,)")
_NUMBER_AFTER = re.compile(r"[ \t](?:\+\d{3}|0)\d{1,3}[ -]?\d{3}[ -]?\d{2,4}")
_BRACKET_WORD = re.compile(r"[ \t]?\([ \t]?([^\W\d_][\w.-]*)")
_ROLE_IN_BRACKET = words("HURRIED_ROLE_IN_BRACKET") | KIN_ROLE
_NICKNAME_INTRO = words("HURRIED_NICKNAME_INTRO")
_INITIAL_AFTER = re.compile(r" [a-zåäö]\.(?![\w])")
_TIME_AFTER = re.compile(r"[ \t](?:klo[ \t])?\d{1,2}[.:]\d{2}(?!\d)")
_BACK = words("HURRIED_BACK")
_PAIR_JOIN = words("HURRIED_PAIR_JOIN")
_PAIR_AFTER = TALK_AFTER - {"ei"} | words("HURRIED_PAIR_AFTER")
_CONTACT = words("HURRIED_CONTACT")
_POSSESSIVE = words("HURRIED_POSSESSIVE")
_SURNAME_SHAPE = re.compile(r"(?:nen|sen|[aeiouyäö](?:la|lä|lan|län)|nen|berg|bergs|ström|ströms|qvist|qvists|lund|"
                            r"lunds|holm|holms|gren|grens|man|mans|roos|kari|karin|mäki|mäen|niemi|niemen)$")
# residence cues of an unlisted place: fi one word before (a local case after it); sv, en two words ("bor i")
_LIVE = by_language("HURRIED_LIVE")
_FI_LIVE = _LIVE["fi"]
_FI_AT = ("ssa", "ssä", "lla", "llä")  # where one lives or goes: the inessive and adessive only (not "yksikseen")
_SV_LIVE = _LIVE["sv"]
_EN_LIVE = _LIVE["en"]
_LIVE_PREV = _FI_LIVE | frozenset(("i", "till", "in", "to"))  # the word right before an unlisted place
# dwellings a note names after "asuu" that the frequency lists may miss (yksiössä, kimppakämpässä)
_DWELLINGS = tuple(sorted(words("HURRIED_DWELLINGS")))
# heads of compounds that are places by themselves (runos|mäki, naara|järvi): a compound of these stays a place
_PLACE_HEADS = words("HURRIED_PLACE_HEADS")
_BRACKET = re.compile(r"[ \t]?\(")
_WORD_CHARS = re.compile(r"[a-zåäöüéè'-]+")


_SV_TRADE = re.compile(r"(?:^(?:el|rör|bygg|trä|städ)|bageri|rökeri|snickeri|måleri|verkstad|varv|frisör|kiosk|café|"
                       r"pizzeria|restaurang|konditori|transport|service|gård|åkeri)(?:et|en|n)?$")
# trade words a hurried note writes after an owner's name, besides org_rules' lists (any case form)
_FI_TRADE_MORE = re.compile(r"^(?:sähkö|lvi|putki|kone|metalli|kebab|siivous|kukka|auto|kiinteistö|rakennus)"
                            r"(?:n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|ään|aan|iin|on|hun)?$")
_EN_TRADE_MORE = words("HURRIED_TRADE_MORE")
# generic workplaces, no trade: the owner's firm only after a genitive (`X:n varasto`, `Xs lager`, `X's shop`)
_FI_WORKPLACE = re.compile(r"^(?:varasto|remppa|rempa|siivous|siivoukse|pesula|kauppa|kaupa|paja|halli|firma)"
                           r"(?:n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|ään|aan|iin|on|hun|en)?$")
_OTHER_WORKPLACE = words("HURRIED_WORKPLACES")


_WHERE = ("ssa", "ssä", "lla", "llä", "sta", "stä", "lta", "ltä", "lle")


def _workplace(low: str) -> bool:
    """A generic workplace noun (varasto, remppa, pesula, lager, shop): a firm after an owner's genitive."""
    return low in _OTHER_WORKPLACE or bool(_FI_WORKPLACE.match(low))


def _trade_word(low: str) -> bool:
    """A trade word of the three languages (org_rules' lists and the few above; Finnish in any case form)."""
    return (bool(FI_TRADE_ANY.match(low)) or low in EN_TRADE or low in _EN_TRADE_MORE
            or bool(_SV_TRADE.search(low)) or bool(_FI_TRADE_MORE.match(low)))


def _first_words(text: str, toks: list[Token], lo: int, hi: int) -> set[int]:
    """Indexes of the tokens that follow a call opener at the start of the line [lo, hi)."""
    out: set[int] = set()
    k = lo
    while k < hi and toks[k].colon_suffix:
        k += 1
    if k >= hi or toks[k].lower not in CALL_OPENERS:
        return out
    k += 1
    while k < hi and (toks[k].lower in _OPENER_FILLERS or toks[k].lower in CALL_OPENERS):
        k += 1
    if k < hi:
        out.add(k)
    return out


def _add(ev: list[tuple[str, float]], rid: str, factor: float = 1.0) -> None:
    ev.append((rid, EVIDENCE[rid].weight * factor))


def _owned(text: str, toks: list[Token], k: int, trace: Trace | None) -> bool:
    """Evidence against.owned: the word right after a possessive ('s) is what the person owns."""
    if not (k and toks[k - 1].lower.endswith(("'s", "’s")) and text[toks[k - 1].end : toks[k].start] == " "):
        return False
    if trace is not None:
        _traced(trace, toks[k], "", "none", VETO, [("against.owned", VETO)])
    return True


def find(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    lang: str,
    cands: list[Cand],
    undecided: list[tuple[int, int, str]],
) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """New person and place candidates of the hurried lines, and the undecided words with this layer's
    questions added. ``cands`` is everything found so far (read only)."""
    if not toks:
        return [], undecided
    lines = hurried_lines(text, toks)
    if not lines:
        return [], undecided
    covered, persons, found = _found_so_far(text, cands)
    orgs = hurried_orgs.find(text, toks, lex, lang, lines, covered)  # `vanhan myllyn hoivakodissa`, `pesula-pojat`
    for c in orgs:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    asked = {s for s, _, _ in undecided}
    person_ends = {c.end: c for c in persons.values()}
    owners = _owners(text, cands)
    # lower-case first names found before (a surname may follow them: "klient kim sandvik")
    # (uninflected: only the last part of a Finnish name inflects, so "kallen uus" is no name pair)
    first_ends = {c.end: c for c in persons.values() if c.key[0] and not c.key[1] and not c.uncertain
                  and text[c.start : c.end] == c.key[0]}
    starts = token_index.starts(text, toks)
    found_keys = {c.key[0]: c.key for c in persons.values() if c.key[0] and not c.key[1]}  # first names found
    trace = current_trace()
    judged: Judged = []
    place_ends = {c.end for c in cands if c.label == "LOCATION" and text[c.start : c.end].islower()}
    place_starts = {c.start for c in cands if c.label == "LOCATION" and text[c.start : c.end].islower()}
    for lo_c, hi_c in lines:
        lo = bisect.bisect_left(starts, lo_c)
        hi = bisect.bisect_left(starts, hi_c)
        openers = _first_words(text, toks, lo, hi)
        for k in range(lo, hi):
            t = toks[k]
            if not t.text[0].islower() or len(t.text) < 3 or t.colon_suffix or covered[t.start]:
                continue
            low = t.lower
            if low in _VETO_WORDS:
                if trace is not None and lex.lookup(t.text)[0] & NAME:  # "boss will call": Will is no name here
                    _traced(trace, t, "", "none", VETO, [("against.function", VETO)])
                continue
            if _owned(text, toks, k, trace):  # "marco's visa expires": the thing owned, no name
                continue
            flags, base, stem_len = lex.lookup(t.text)
            if not flags & (FIRST | PLACE) and k and toks[k - 1].end in place_ends and lang == "fi":
                district = _district(text, toks, k, lex)
                if district is not None:  # "soitti kotkasta X:lta": the part of the town
                    town = judged[-1] if judged and judged[-1][1] == k - 1 and judged[-1][2] == "LOCATION" else None
                    if town is not None and all(rid != "place.district_after" for rid, _ in town[3]):
                        _add(town[3], "place.district_after")  # the town, then its part: both places
                    judged.append((t, k, "LOCATION", district[0], 0, t.lower, district[1]))
                    place_ends.add(t.end)
                    continue
            if not flags and k and toks[k - 1].lower in _LIVE_PREV:
                unlisted = _unlisted_place(text, toks, k, lex, lang, k - 2 in openers)
                if unlisted is not None:
                    judged.append((t, k, "LOCATION", unlisted[0], 0, t.lower, unlisted[1]))
                    continue
            # the cheap gate: a word in no list needs a nickname shape or a cue right next to it
            if (not flags & (NAME | PLACE) and k not in openers and not _NICKNAME.search(low)
                    and not _near_cue(text, toks, k) and _slash_name(text, t.start, person_ends) is None
                    and not (lang in ("sv", "fi") and sv_nickname_word(lex, low)) and not _ask_at_org(text, toks, k, lex, lang)
                    and low[:-1] not in found and not (owners and _owner_of(low, owners))):
                continue
            if flags & KEEP or lex.lookup_all(t.text) & KEEP:
                if trace is not None and flags & NAME:  # "puh kela": a kept word, professional vocabulary
                    _traced(trace, t, "", "none", VETO, [("against.function", VETO)])
                continue
            label = "LOCATION"
            ev = _place(text, toks, k, lex, lang, flags, base, stem_len, _person_before(toks, k, lex, person_ends),
                        place_ends, place_starts)
            if ev is not None and not flags & PLACE:
                base, stem_len = lex.find(t.text, PLACE) or (base, stem_len)  # "kotkasta": kotka, not kotkas
            if ev is None:
                label = "PERSON"
                ev = _person(text, toks, k, lex, lang, flags, base, k in openers, persons, found, first_ends,
                             person_ends, owners)
            if ev is not None:
                judged.append((t, k, label, ev, flags, base, stem_len))
                if label == "LOCATION" and _sum(ev) >= THRESHOLDS["ask"] and t.lower.endswith(LOCATIVE):
                    place_ends.add(t.end)
    if not judged:  # the owners' firms of what was found before (`raimon kauppa`) all the same
        firms = _owner_firms(text, toks, starts, lines, cands)
        return orgs + firms + _sv_owner_firms(text, toks, lex, lang, lines, covered, firms), undecided
    # the model only where its vote (at most +0.5) can change the decision
    band = THRESHOLDS["question"] - EVIDENCE["model"].weight
    wanted = {j[0].start for j in judged if j[2] == "PERSON" and band <= _sum(j[3]) < THRESHOLDS["name"]}
    probs = _model(text, lang, lines, wanted)

    judged = [(t, k, label, _with_model(probs.get(t.start), t, ev, f), f, b, sl)
              for t, k, label, ev, f, b, sl in judged]
    stem_of = _other_mentions(judged, found)
    weighed = frozenset(t.lower for t, _, label, ev, _, _, _ in judged if label == "PERSON"
                        and any(rid == "cue.trade_after" for rid, _ in ev) and _decision(_sum(ev)) != "none") - owners
    if weighed:  # "ahosen rempan … ahonen soitti": the owner this layer weighed, bare
        row = ("cue.owner_found", EVIDENCE["cue.owner_found"].weight)
        judged = [(t, k, label, [*ev, row] if label == "PERSON" and row not in ev and _owner_of(t.lower, weighed)
                   else ev, f, b, sl) for t, k, label, ev, f, b, sl in judged]
    out: list[Cand] = list(orgs)
    key_of: dict[str, tuple[str, str]] = {}  # word -> the person key its finding got
    questions: list[tuple[float, int, int, str]] = []
    for t, k, label, ev, flags, base, stem_len in judged:
        score = _sum(ev)
        what = _decision(score, lang)
        if trace is not None:
            _traced(trace, t, label, what, score, ev)
        if what in ("name", "ask") and label == "PERSON" and any(rid == "cue.trade_after" for rid, _ in ev):
            nxt = toks[k + 1]  # the owner's firm: "hashimin pizzeriaan", "bosse bageri"
            out.append(Cand(t.start, nxt.end, "ORG", "org", f"hurried line: owner and trade (sum {score:+.2f})",
                            PRIO_WEAK, uncertain=what == "ask"))
            asked.discard(t.start)
        elif what in ("name", "ask"):
            key = (base, "") if flags & FIRST else ("", base) if flags & SUR else (t.lower, "")
            real = _BRACKET.match(text, t.end)
            if real and real.end() in persons and any(rid == "cue.real_name" for rid, _ in ev):
                key = persons[real.end()].key  # "make (markus h.)": one person, one letter
            ending = t.text[stem_len:] if (flags & (NAME | PLACE) or label == "LOCATION") and stem_len < len(t.text) else ""
            if any(rid == "cue.nickname_form" for rid, _ in ev) and t.lower[:-1] in found_keys:
                key, ending = found_keys[t.lower[:-1]], ""  # "kickes": the nickname's person
            if t.lower in stem_of:  # the same person as the sure name it is a form of: one letter
                stem = stem_of[t.lower]
                key, ending = key_of.get(stem, (stem, "")), t.text[len(stem) :]
            key_of.setdefault(t.lower, key)
            start = t.start
            first = first_ends.get(toks[k - 1].end) if k and label == "PERSON" else None
            if first is not None and any(rid == "cue.first_before" for rid, _ in ev):
                start, key = first.start, (first.key[0], base)  # "kim sandvik": one person, one span
            c = Cand(start, t.end, label, "person" if label == "PERSON" else "place",
                     f"hurried line (sum {score:+.2f})", PRIO_WEAK, ending=ending if ending.isalpha() else "",
                     key=key if label == "PERSON" else (base, ""), uncertain=what == "ask")
            out.append(c)
            asked.discard(t.start)  # an earlier question about the word is answered by the sum
        elif what == "question" and t.start not in asked:
            questions.append((score, t.start, t.end, t.text))
    budget = max(1, len(text) // QUESTION_CHARS)
    kept_q = sorted(questions, reverse=True)[:budget]
    out.extend(_owner_firms(text, toks, starts, lines, [*cands, *out]))
    out.extend(_sv_owner_firms(text, toks, lex, lang, lines, covered, out))
    remaining = [u for u in undecided if u[0] in asked]
    return out, sorted(remaining + [(s, e, w) for _, s, e, w in kept_q])


def _sv_owner_firms(text: str, toks: list[Token], lex: Lexicon, lang: str, lines: list[tuple[int, int]],
                   covered: bytearray, found: list[Cand]) -> list[Cand]:
    """``hurried_orgs``' Swedish owner firms (`hos åkerbloms plåt`) on what neither the detectors nor this
    layer hold."""
    if lang != "sv":
        return []
    for c in found:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    return hurried_orgs.find(text, toks, lex, lang, lines, covered, owners=True)


def _found_so_far(text: str, cands: list[Cand]) -> tuple[bytearray, dict[int, Cand], set[str]]:
    """What the detectors found before this layer: the covered characters, the persons by start (none
    inside an organisation: "Kvarnbackens Snickeri Ab") and their name parts."""
    covered = bytearray(len(text))
    persons: dict[int, Cand] = {}
    found: set[str] = set()
    orgs = bytearray(len(text))
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        if c.label == "ORG":
            orgs[c.start : c.end] = b"\x01" * (c.end - c.start)
    for c in cands:
        if c.label == "PERSON" and not orgs[c.start]:  # "Kvarnbackens Snickeri Ab": no person inside a firm
            persons[c.start] = c
            for part in c.key:
                if part:
                    found.add(part)
    return covered, persons, found


Judged = list[tuple[Token, int, str, list[tuple[str, float]], int, str, int]]


def _other_mentions(judged: Judged, found: set[str]) -> dict[str, str]:
    """Evidence from a word's other mentions, added to ``judged`` in place: a cue of its own in another
    mention (cue.cued_elsewhere), a sure name this layer found in another mention or another case form
    (cue.found_elsewhere). Returns the case forms of sure names: form -> the sure name."""
    # two mentions with a cue each: "sambon kicki följer med … ring kicki 050 …"
    cued: dict[str, set[int]] = {}
    for t, _, label, ev, _, _, _ in judged:
        if label == "PERSON" and any(rid.startswith("cue.") and rid not in _SECOND_HAND for rid, _ in ev):
            cued.setdefault(t.lower, set()).add(t.start)
    for i, (t, k, label, ev, f, b, sl) in enumerate(judged):
        if label == "PERSON" and cued.get(t.lower, set()) - {t.start}:
            judged[i] = (t, k, label, [*ev, ("cue.cued_elsewhere", EVIDENCE["cue.cued_elsewhere"].weight)], f, b, sl)
    # a case or genitive form of a nickname found as a person: "bosse ringde … bosses fru"
    nick_of: dict[str, str] = {}  # form -> the nickname it is a form of (one person, one letter)
    nicks = frozenset(t.lower for t, _, label, ev, _, _, _ in judged if label == "PERSON"
                      and any(rid == "shape.nickname" for rid, _ in ev) and _decision(_sum(ev)) in ("name", "ask"))
    if nicks:
        forms = {n + e: n for n in nicks for e in (*_CASE_ENDINGS, "s")}
        for i, (t, k, label, ev, f, b, sl) in enumerate(judged):
            nick = forms.get(t.lower)
            if label == "PERSON" and nick is not None and t.lower not in nicks:
                judged[i] = (t, k, label, [*ev, ("cue.nickname_form", EVIDENCE["cue.nickname_form"].weight)], f, b, sl)
                nick_of[t.lower] = nick
    # a name this layer is sure of is evidence for its other mentions: "tuke (tuomas k.) … joo tuke tulee"
    sure: dict[str, set[int]] = {}
    for t, _, label, ev, _, _, _ in judged:
        if label == "PERSON" and _decision(_sum(ev)) == "name" and t.lower not in found:
            sure.setdefault(t.lower, set()).add(t.start)
    stem_of: dict[str, str] = {}
    stems = frozenset(w for w in sure if len(w) >= 3)
    for t, _, label, _, _, _, _ in judged:  # one pass: each word's few possible stems are looked up
        if label == "PERSON" and t.lower not in stems and stems:
            stem = _stem_in(t.lower, stems)
            if stem is not None:
                stem_of[t.lower] = stem
    for low, nick in nick_of.items():
        stem_of.setdefault(low, nick)
    for low in stem_of:
        sure.setdefault(low, set()).add(-1)  # "tuke … tuken vaimo": another form of a sure name
    for i, (t, k, label, ev, f, b, sl) in enumerate(judged):
        if (label == "PERSON" and sure.get(t.lower, set()) - {t.start}
                and all(rid != "cue.found_elsewhere" for rid, _ in ev)):
            judged[i] = (t, k, label, [*ev, ("cue.found_elsewhere", EVIDENCE["cue.found_elsewhere"].weight)], f, b, sl)
    return stem_of


def _owner_firms(text: str, toks: list[Token], starts: list[int], lines: list[tuple[int, int]],
                 cands: list[Cand]) -> list[Cand]:
    """A lower-case owner's name (or village) found in a hurried line, then a lower-case trade word: the
    firm (`virtasen sähkö`, `ekmans båtvarv`, `pargas bageri`). The name is nominative or genitive."""
    line_starts = [lo for lo, _ in lines]
    taken = {c.start for c in cands if c.label not in ("PERSON", "LOCATION")}
    out: list[Cand] = []
    for c in cands:
        if c.label not in ("PERSON", "LOCATION") or c.kind == "term":
            continue
        i = bisect.bisect_right(line_starts, c.start) - 1
        if i < 0 or c.end > lines[i][1]:
            continue
        k = bisect.bisect_left(starts, c.start)
        if k + 1 >= len(toks) or toks[k].start != c.start or toks[k].end != c.end or not toks[k].text.islower():
            continue
        t, nxt = toks[k], toks[k + 1]
        base = c.key[0] or c.key[1]
        if t.lower != base and not t.lower.endswith(("n", "s")):
            continue  # "jarmolta auto": a case form of the name, no firm
        if t.lower == base and nxt.lower.endswith(_WHERE):
            continue  # "raimo kaupassa": where he is, no firm (the firm takes a genitive: "raimon kaupassa")
        if (text[t.end : nxt.start] == " " and nxt.text.islower() and nxt.end <= lines[i][1]
                and nxt.start not in taken and (_trade_word(nxt.lower) or (
                    t.lower != base and t.lower.endswith(("n", "s")) and _workplace(nxt.lower)))):
            end = nxt.end
            more = _SECOND_TRADE.match(text, end)  # "kempele kebab & pizza", "X:n kone ja rauta"
            if more is not None and more.end() <= lines[i][1] and _trade_word(more.group(1)):
                end = more.end()
            out.append(Cand(c.start, end, "ORG", "org", "hurried line: owner and trade", PRIO_ORG,
                            uncertain=c.uncertain))
    return out


_SECOND_TRADE = re.compile(r"[ \t]+(?:&|ja|och|and)[ \t]+([a-zåäö][a-zåäö-]+)(?![\w-])")  # the firm's second trade word


def _with_model(p: float | None, t: Token, ev: list[tuple[str, float]], flags: int) -> list[tuple[str, float]]:
    """``ev`` with the model's vote (P(person) ``p``) added, when it counts."""
    if p is None or p < MODEL_FROM:
        return ev
    vote = EVIDENCE["model"].weight * p
    if not flags & (NAME | PLACE) and t.lower.endswith(LOCATIVE):
        # a word in no list, in a case: the model's vote lifts it at most to "ask", so the later rule that knows
        # its shape (a dialect place `kajjaanista`, an unlisted name's case `hawrelle`) still reads it
        vote = min(vote, round(MODEL_CEILING - _sum(ev), 6))
    return [*ev, ("model", vote)] if vote > 0 else ev


def _sum(ev: list[tuple[str, float]]) -> float:
    return round(sum(w for _, w in ev), 6)  # 0.6 + 0.3 - 0.3 + 0.4 is 1.0, not 0.9999999


def _decision(score: float, lang: str = "") -> str:
    for what in ("name", "ask", "question"):
        if score >= THRESHOLDS[what]:
            return what
    return "question" if lang == "fi" and score >= THRESHOLDS["question_fi"] else "none"


def _model(text: str, lang: str, lines: list[tuple[int, int]], wanted: set[int]) -> dict[int, float]:
    """P(person) of the wanted word starts, the model run on their lines only (Finnish texts)."""
    if lang != "fi" or not wanted:
        return {}
    from coachdesk.privacy.ner_model import get_model, person_probabilities

    model = get_model()
    if model is None:
        return {}
    out: dict[int, float] = {}
    line_starts = [lo for lo, _ in lines]
    by_line: dict[int, set[int]] = {}
    for s in wanted:
        by_line.setdefault(bisect.bisect_right(line_starts, s) - 1, set()).add(s)
    for i, group in by_line.items():
        lo, hi = lines[i]
        for s, (_, p) in person_probabilities(model, text[lo:hi], {s - lo for s in group}).items():
            if s + lo in group:
                out[s + lo] = p
    return out


_CASE_ENDINGS = ("n", "lle", "lta", "ltä", "lla", "llä", "a", "ä", "sta", "stä", "ssa", "ssä", "ksi", "ta", "tä")


def _stem_in(low: str, words: frozenset[str] | set[str]) -> str | None:
    """The word of ``words`` that ``low`` is with a Finnish case ending (tuken, tukelle of tuke), or None."""
    for e in _CASE_ENDINGS:
        if low.endswith(e) and low[: -len(e)] in words:
            return low[: -len(e)]
    return None


def _inflected_of(low: str, words: set[str]) -> bool:
    """``low`` is a word of ``words`` with a Finnish case ending (tuken, tukelle of tuke)."""
    return _stem_in(low, words) is not None


_SLASH_BEFORE = re.compile(r"[ \t]?/[ \t]?$")


def _slash_name(text: str, start: int, person_ends: dict[int, Cand]) -> Cand | None:
    """The found person right before ``start`` across a slash: `ahmed k. / hashimi`."""
    m = _SLASH_BEFORE.search(text, max(0, start - 3), start)
    return person_ends.get(m.start()) if m else None


def _near_cue(text: str, toks: list[Token], k: int) -> bool:
    """A cue right next to token k: a kin or role word before, a talking verb, a bracket, an initial or a
    trade word after (the gate for words in no list)."""
    if k and toks[k - 1].lower in KIN_ROLE:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (nxt.lower in TALK_AFTER or _trade_word(nxt.lower) or (
            toks[k].lower.endswith(("n", "s")) and _workplace(nxt.lower))):
        return True
    if k and (toks[k - 1].lower in _NICKNAME_INTRO or toks[k - 1].lower == "by"):
        return True
    end = toks[k].end
    if _AGE_AFTER.match(text, end) or _NUMBER_AFTER.match(text, end):
        return True
    if (nxt is not None and (nxt.lower in _CONTACT or nxt.lower in _PAIR_JOIN)) or (k and toks[k - 1].lower in _PAIR_JOIN):
        return True
    return text[end : end + 2] in (" (", " ?") or text[end : end + 1] == "(" or bool(_INITIAL_AFTER.match(text, end))


def _plain_surname(lex: Lexicon, t: Token) -> bool:
    """A capitalised surname of the lists that is no ordinary word and no firm's trade word."""
    flags, base, _ = lex.lookup(t.text)
    return bool(flags & SUR) and not flags & (AMBIG | COMMON | KEEP | PLACE) and not _trade_word(t.lower) and (
        lex.counts.get(base, 0) >= 200)


def _word_against(t: Token, lex: Lexicon, lang: str, flags: int, base: str) -> bool:
    """The form is also an ordinary word: marked so in the lists; or, unless it is a well-attested name
    (Pekka, Raimo: frequent in Finnish text as names), a frequent word of only this language, or a frequent
    word form or word reading of a rare name (sairas is no form of the surname Saira)."""
    if (flags | lex.get(t.lower)) & (AMBIG | COMMON):
        return True
    if flags & NAME and lex.counts.get(base, 0) >= WELL_ATTESTED:
        return False
    if lex.lang_words.get(t.lower) == lang:
        return True
    if not flags & (NAME | PLACE) and t.lower in lex.frequent and t.lower.endswith(LOCATIVE):
        return True  # "soitto: iltapäivällä": a frequent word in a local case
    return bool(flags & NAME) and (t.lower in lex.frequent or bool(lex.lookup_all(t.text) & (AMBIG | COMMON)))


def _person(
    text: str, toks: list[Token], k: int, lex: Lexicon, lang: str, flags: int, base: str, opener: bool,
    persons: dict[int, Cand], found: set[str], first_ends: dict[int, Cand] | None = None,
    person_ends: dict[int, Cand] | None = None, owners: frozenset[str] = frozenset(),
) -> list[tuple[str, float]] | None:
    """The person evidence of token k, or None when nothing at all speaks for a name."""
    t = toks[k]
    low = t.lower
    ev: list[tuple[str, float]] = []
    sv_nick = sv_nickname_word(lex, low) if lang in ("sv", "fi") else ""
    if sv_nick and not _nickname_subject(text, toks, k, sv_nick != low):
        sv_nick = ""  # "hon har matte idag", "en kille ringde": a word, no subject's name
    if sv_nick and sv_nick != low and lex.get(sv_nick) & FIRST:
        flags, base = lex.get(sv_nick), sv_nick  # "jockes": the genitive of a nickname of the lists
    if flags & FIRST:
        rare = not flags & INTL and lex.counts.get(base, 0) < 50
        _add(ev, "lex.first_rare" if rare else "lex.first")
    elif flags & SUR:
        _add(ev, "lex.surname")
    if not _VOWEL.search(low):
        return None  # "tth", "krt": an abbreviation, never a name
    if sv_nick:  # a nickname is frequent in text as a name (jocke): only a word of the language counts against
        against = bool((flags | lex.get(sv_nick)) & (AMBIG | COMMON)) or lang in (
            lex.lang_words.get(low), lex.lang_words.get(sv_nick))
        _add(ev, "shape.sv_nickname")
    else:
        against = _word_against(t, lex, lang, flags, base)
    nickname = not against and bool(_NICKNAME.search(low)) and (not flags & NAME or low == base)
    if nickname:
        _add(ev, "shape.nickname")
    prev = toks[k - 1] if k else None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    gap_before = text[prev.end : t.start] if prev is not None else ""
    if opener:
        _add(ev, "cue.call_opener")
        if _reduplicated(low, lex):
            _add(ev, "shape.reduplicated")  # "call w/ bong-bong", "ringde jun-jun"
    if prev is not None and prev.lower in KIN_ROLE and gap_before in (" ", ": "):
        _add(ev, "cue.kin_role")
    if nxt is not None and nxt.lower in TALK_AFTER and text[t.end : nxt.start] in (" ", ", ") and nxt.lower != "ei":
        _add(ev, "cue.talk_after")
    if (prev is not None and prev.lower in ASK_CALL_VERBS and gap_before == " "
            and (low.endswith(_PERSON_CASE) or ":" in t.text) and flags & NAME):
        _add(ev, "cue.person_case")
    if _INITIAL_AFTER.match(text, t.end):
        _add(ev, "cue.initial_after")
    bracket = _BRACKET.match(text, t.end)
    if bracket:
        inner = bracket.end()
        if inner < len(text) and inner in persons:
            _add(ev, "cue.real_name")
        elif _ORIGIN_AGE.match(text, t.end):
            _add(ev, "cue.origin_age")
    word_in = _BRACKET_WORD.match(text, t.end)
    if word_in and word_in.group(1).lower() in _ROLE_IN_BRACKET:
        _add(ev, "cue.role_bracket")
    if _AGE_AFTER.match(text, t.end):
        _add(ev, "cue.age_after")
    if _NUMBER_AFTER.match(text, t.end):
        _add(ev, "cue.number_after")
    if prev is not None and gap_before == " " and (prev.lower in _NICKNAME_INTRO or (
            prev.lower == "by" and k >= 2 and toks[k - 2].lower in ("goes", "go", "called"))):
        _add(ev, "cue.nickname_intro")
    if (nxt is not None and low.endswith("n") and text[t.end : nxt.start] == " "
            and nxt.lower in RELATION_AFTER and nxt.lower not in ("kanssa", "luona", "mielestä", "tilanne")):
        _add(ev, "cue.relation_after")
    if person_ends and _slash_name(text, t.start, person_ends) is not None:
        _add(ev, "cue.slash_name")
    if flags & SUR and prev is not None and gap_before == " " and first_ends and prev.end in first_ends:
        _add(ev, "cue.first_before")
    if nxt is not None and text[t.end : nxt.start] == " " and nxt.cap and flags & FIRST and (
            nxt.start in persons or _plain_surname(lex, nxt)):
        _add(ev, "cue.surname_after")
    genitive = low.endswith(("n", "s"))
    trade_after = nxt is not None and text[t.end : nxt.start] == " " and (
        _trade_word(nxt.lower) or (genitive and _workplace(nxt.lower))) and not (
        lang == "fi" and low == base and nxt.lower.endswith(_WHERE))  # "raimo kaupassa": where, no firm
    if trade_after:
        _add(ev, "cue.trade_after")
    if (flags & NAME and base in found) or low in found or _inflected_of(low, found):
        _add(ev, "cue.found_elsewhere")
    if low.endswith("s") and low[:-1] in found and _NICKNAME.search(low[:-1]):
        _add(ev, "cue.nickname_form")  # "kicke ringde … kickes fru": the genitive of a nickname found before
    if opener and _TIME_AFTER.match(text, t.end):
        _add(ev, "cue.time_after")
    if opener and nxt is not None and nxt.lower in _BACK and text[t.end : nxt.start] == " ":
        _add(ev, "cue.back_after")
    if ((nxt is not None and nxt.lower in _PAIR_JOIN) or (prev is not None and prev.lower in _PAIR_JOIN)) and _pair(
            text, toks, k):
        _add(ev, "cue.pair")
    if nxt is not None and genitive and text[t.end : nxt.start] == " " and nxt.lower in _CONTACT:
        _add(ev, "cue.contact_after")
    if prev is not None and k >= 2 and prev.lower in KIN_ROLE and toks[k - 2].lower in _POSSESSIVE:
        _add(ev, "cue.possessive_kin")
    owner_shape = False
    if trade_after and genitive:
        owner_shape = not flags & NAME and not against and bool(_SURNAME_SHAPE.search(low.removesuffix("'s")))
        if flags & SUR or owner_shape:
            _add(ev, "cue.owner_genitive")
    if (sv_nick and sv_nick != low and nxt is not None and text[t.end : nxt.start] == " "
            and nxt.lower in words("SV_KIN_AFTER_GENITIVE")):
        _add(ev, "cue.sv_kin_after")  # "jockes pappa"
    ask_org = _ask_at_org(text, toks, k, lex, lang)
    if ask_org and (flags & SUR or (not flags & NAME and _surname_shaped(low, lang))):
        _add(ev, "cue.ask_at_org")  # "ring X på te-byrån", "kysy X:ltä kelasta"
        owner_shape = owner_shape or (not flags & NAME and not against)
    if owners and _owner_of(low, owners):
        _add(ev, "cue.owner_found")  # "heikkisen sahalle … heikkinen soitti": the owner, bare
        owner_shape = not flags & NAME and not against and bool(_SURNAME_SHAPE.search(low))
    if (opener and lang == "sv" and k >= 1 and toks[k - 1].lower in _SV_CALL and nxt is not None
            and nxt.lower == "i" and k + 2 < len(toks) and toks[k + 2].text.isalpha()
            and text[t.end : toks[k + 2].start] == " i "):
        _add(ev, "cue.opener_place")  # "ringde nisse i geta": a name, then where
    cues = [e for e in ev if e[0].startswith("cue.")]
    if not flags & NAME and not nickname and not cues and not sv_nick:
        return None  # nothing speaks for a name: not even worth a trace line
    if not flags & NAME and not nickname and not sv_nick:
        _add(ev, "lex.none")
        if lang == "fi" and FOREIGN.search(low) and not against:
            _add(ev, "shape.foreign")
        if owner_shape:
            _add(ev, "shape.surname")
    if _sum(ev) < THRESHOLDS["question"] - EVIDENCE["model"].weight:
        return ev  # no vote can lift it to a question: the evidence against is not even looked at
    if against:
        _add(ev, "against.word")
    if flags & PLACE and low.endswith(LOCATIVE):
        _add(ev, "against.place_case")
    if lang == "fi" and is_finite_verb(t.text, lex):
        _add(ev, "against.verb")
    if lang == "sv" and nxt is not None and nxt.lower in SV_AFTER_VERB:
        _add(ev, "against.sv_verb")  # "sambo ville inte flytta"
    return ev


_SV_CALL = words("HURRIED_SV_CALL")
_REDUP_WORDS = words("HURRIED_REDUP_WORDS")
_REDUP = re.compile(r"([^\W\d_]{2,6})-\1")


def _reduplicated(low: str, lex: Lexicon) -> bool:
    """A nickname of one syllable group said twice (bong-bong, jun-jun), not bye-bye, so-so or a common word."""
    m = _REDUP.fullmatch(low)
    if m is None or not _VOWEL.search(m.group(1)):
        return False
    half = m.group(1)
    return half not in _REDUP_WORDS and low not in _REDUP_WORDS and not lex.get(half) & (COMMON | KEEP)


def _owner_of(low: str, owners: frozenset[str]) -> bool:
    """``low`` is the bare form of an owner genitive of ``owners`` (heikkinen of heikkisen, lindberg of
    lindbergs)."""
    if low in owners or len(low) < 3:
        return False
    return (low + "s" in owners or low + "n" in owners or low + "'s" in owners
            or (low.endswith("nen") and low[:-3] + "sen" in owners))


def _owners(text: str, cands: list[Cand]) -> frozenset[str]:
    """Lower-case owner genitives that open a firm found before this layer (`heikkisen sahalle`)."""
    out: set[str] = set()
    for c in cands:
        if c.label == "ORG":
            first = text[c.start : c.end].split(" ", 1)[0]
            if first.islower() and first.isalpha() and first.endswith(("n", "s")) and " " in text[c.start : c.end]:
                out.add(first)
    return frozenset(out)


def _pair(text: str, toks: list[Token], k: int) -> bool:
    """Token k is one of two lower-case words joined by ja/och/and before a "both" word or a person's verb
    (`X ja Y molemmat`, `X och Y börjar`)."""
    def partner(j: int) -> bool:
        w = toks[j]
        return w.text.isalpha() and w.text.islower() and len(w.text) >= 3 and w.lower not in _VETO_WORDS

    def spaced(a: int, b: int) -> bool:
        return all(text[toks[i].end : toks[i + 1].start] == " " for i in range(a, b))

    n = len(toks)
    if (k + 3 < n and toks[k + 1].lower in _PAIR_JOIN and toks[k + 3].lower in _PAIR_AFTER and partner(k + 2)
            and spaced(k, k + 3)):
        return True
    return (k >= 2 and k + 1 < n and toks[k - 1].lower in _PAIR_JOIN and toks[k + 1].lower in _PAIR_AFTER
            and partner(k - 2) and spaced(k - 2, k + 1))


def _unlisted_place(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str, after_called: bool = False,
                    ) -> tuple[list[tuple[str, float]], int] | None:
    """A word of no list after a residence cue (`asuu X:ssa`, `bor i X`, `lives in X`) with a proper noun's
    shape: no frequent word, no compound of one (`rivitalossa`), unless its head is a place word
    (`runos|mäessä`). The evidence and the stem length (the Finnish local ending kept), or None."""
    t = toks[k]
    low = t.lower
    if k == 0 or len(low) < 4 or not low.isalpha() or not _VOWEL.search(low) or low in _VETO_WORDS:
        return None
    prev = toks[k - 1]
    if text[prev.end : t.start] != " ":
        return None
    ending = ""
    if lang == "fi":
        ending = next((e for e in _FI_AT if low.endswith(e)), "")
        if prev.lower not in _FI_LIVE or not ending or len(low) - len(ending) < 3:
            return None
    else:
        live = _SV_LIVE if lang == "sv" else _EN_LIVE
        preps = ("i", "till") if lang == "sv" else ("in", "to")
        called = after_called and lang == "sv" and prev.lower == "i" and toks[k - 3].lower in _SV_CALL
        if prev.lower not in preps or k < 2 or (toks[k - 2].lower not in live and not called):
            return None
    if not _proper_shape(t, lex, lang, bool(ending)):
        return None
    ev: list[tuple[str, float]] = []
    _add(ev, "place.cue")
    if ending:
        _add(ev, "place.case")
    _add(ev, "place.proper_shape")
    return ev, len(t.text) - len(ending)


def _proper_shape(t: Token, lex: Lexicon, lang: str, inflected: bool, village: bool = False) -> bool:
    """A word of no list with a proper noun's shape: no frequent word, no compound of one (`rivitalossa`),
    unless its head is a place word (`runos|mäessä`). ``village``: a surname of the lists may be one too, and
    a common noun + -la/-lä is a village's name (karhu|la), not an institution (mummo|la: PLACE_SHAPE_NOT), and
    a frequent base of a place's shape is a known district (leppävaara), only a word of one language no place."""
    low = t.lower
    if (low in lex.frequent and not village) or lex.lang_words.get(low) or lex.get(low) & ~SUR:
        return False
    if lang == "fi" and hurried_local.common_compound(low):
        return False  # koti|kylässä, pikku|järvellä: a common noun of a place head
    if (lex.lookup_all(t.text) & ~SUR if village else lex.lookup_all(t.text)) or (lex.get(low) and not village):
        return False
    bases = [b for b, _ in analyses(low)] if lang == "fi" else [low]
    for b in bases:
        if (b in lex.frequent and not village) or b in _VETO_WORDS or b.endswith(_DWELLINGS):
            return False
        if village and (b in words("PLACE_SHAPE_NOT") or lex.lang_words.get(b)):
            return False
        if b.endswith(("la", "lä")) and b[:-2] in lex.frequent and not village:
            return False  # asunto|la, mummo|la
        if (inflected and b == low) or village:
            continue  # the inflected surface form: its base forms are checked (kylä, not kylässä); karhu|la
        for i in range(3, len(b) - 3):  # a compound of a frequent word: rivi|talo, turva|koti
            head = b[i:]
            if head in lex.frequent and head not in _PLACE_HEADS and (len(head) > 4 or _VOWEL.match(head[-1])):
                return False  # (a short head ending in a consonant is a stem's noise: kiimin|g, not a word)
    return True


proper_shape = _proper_shape  # hurried_local's unlisted places (it cannot import this module: this one imports it)


def _person_before(toks: list[Token], k: int, lex: Lexicon, person_ends: dict[int, Cand]) -> bool:
    """Token k follows a person: one found before this layer (`anni kuhmoisissa`), or a first name of the
    lists after a kin or role word (`veli juha ruovedellä`)."""
    if k == 0:
        return False
    prev = toks[k - 1]
    if prev.end in person_ends:
        return True
    return (k >= 2 and toks[k - 2].lower in KIN_ROLE and prev.text.islower() and prev.lower not in _VETO_WORDS
            and bool(lex.lookup(prev.text)[0] & FIRST))



_SV_VOWELS = frozenset("aeiouyåäö")
_SV_DOUBLE = "bdfgklmnprstv"
_NICKS: dict[int, frozenset[str]] = {}


def _sv_nicknames(lex: Lexicon) -> frozenset[str]:
    """Swedish nicknames derived from the given names of the lists by their shape: the name up to its first
    vowel, one of the next two consonants doubled (k as ck), then -e (Joakim: jocke, Mikael: micke, Karl:
    kalle, Nils: nisse). Names of 100+ bearers or the international lists; built once per lexicon."""
    key = id(lex.flags)
    nicks = _NICKS.get(key)
    if nicks is None:
        out: set[str] = set()
        for w, f in lex.flags.items():
            if not f & FIRST or len(w) < 3 or not w.isalpha() or not (f & INTL or lex.counts.get(w, 0) >= 100):
                continue
            i = next((j for j, ch in enumerate(w) if ch in _SV_VOWELS), 9)
            if i > 2:
                continue
            seen: list[str] = []
            for ch in w[i + 1 :]:
                if ch in _SV_DOUBLE and ch not in seen:
                    seen.append(ch)
                    if len(seen) == 2:
                        break
            out.update(w[: i + 1] + ("ck" if c == "k" else c + c) + "e" for c in seen)
        nicks = _NICKS[key] = frozenset(out)
    return nicks


def prepare(lex: Lexicon) -> None:
    """Build what this layer derives from the lexicon (the Swedish nicknames) ahead of the first hurried line."""
    _sv_nicknames(lex)


def _nickname_subject(text: str, toks: list[Token], k: int, genitive: bool) -> bool:
    """A nickname as a name: the subject before a verb (`jocke har`, `micke ringde`), or a genitive before
    a kin or role word (`jockes pappa`); never after an article or determiner (`en kille ringde`)."""
    if k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start] not in (" ", ", "):
        return False
    if k and toks[k - 1].lower in _DETERMINERS:
        return False
    nxt = toks[k + 1].lower
    if genitive:
        return nxt in words("SV_KIN_AFTER_GENITIVE")
    return nxt in words("SV_SUBJECT_VERBS") or (nxt in TALK_AFTER and nxt != "ei")


_DETERMINERS = ARTICLES | words("HURRIED_DETERMINERS")


def sv_nickname_word(lex: Lexicon, low: str) -> str:
    """The derived Swedish nickname ``low`` is (itself or its genitive -s: jockes), or ''."""
    nicks = _sv_nicknames(lex)
    if low in nicks:
        return low
    return low[:-1] if low.endswith("s") and low[:-1] in nicks else ""



def _org_at(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Token j is an organisation: a kept public body (fpa, kela, te-toimisto) or a word ending in an
    organisation word of ORG_AT_WORDS (te-byrån, banken, työvoimatoimistosta)."""
    if j >= len(toks):
        return False
    t = toks[j]
    if lex.lookup_all(t.text) & KEEP:
        return True
    tail = t.lower.rsplit("-", 1)[-1]
    return any(tail.endswith(w) for w in words("ORG_AT_WORDS"))


def _surname_shaped(low: str, lang: str) -> bool:
    """A surname's shape (-nen, -la, -berg, -ström, -roos …); in Finnish also of a base form, or a compound of a
    nature word (kuusi|lampi in `kuusilammelta`, hirvas|niemi)."""
    if _SURNAME_SHAPE.search(low):
        return True
    if lang != "fi":
        return False
    return any(_SURNAME_SHAPE.search(b) or any(b.endswith(h) and len(b) >= len(h) + 3 for h in _PLACE_HEADS)
               for b, _ in analyses(low)[1:])


def _ask_at_org(text: str, toks: list[Token], k: int, lex: Lexicon, lang: str) -> bool:
    """Token k is the one asked or called at an organisation: `ring X på fpa`, `prata med X hos kommunen`,
    `call X at kela`, `kysy X:ltä kelasta`."""
    if k == 0 or k + 1 >= len(toks) or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    prev = toks[k - 1].lower
    if lang == "fi":
        return (prev in ASK_CALL_VERBS and toks[k].lower.endswith(_PERSON_CASE)
                and text[toks[k].end : toks[k + 1].start] == " " and toks[k + 1].lower.endswith(_WHERE)
                and _org_at(toks, k + 1, lex))
    verbs = words("ASK_AT_VERBS")
    if not (prev in verbs or (prev in ("med", "with", "to") and k >= 2 and toks[k - 2].lower in verbs)):
        return False
    return (toks[k + 1].lower in ("på", "hos", "i", "vid", "at", "from") and k + 2 < len(toks)
            and text[toks[k].end : toks[k + 2].start] == f" {toks[k + 1].text} " and _org_at(toks, k + 2, lex))


_FI_FROM_AT = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä")


def _district(text: str, toks: list[Token], k: int, lex: Lexicon) -> tuple[list[tuple[str, float]], int] | None:
    """A word of no list right after a place in a local case, itself in a local case and of a place's shape
    (`soitti kotkasta X:lta`: a part of that town). The evidence and the stem length, or None."""
    t, prev = toks[k], toks[k - 1]
    low = t.lower
    ending = next((e for e in _FI_FROM_AT if low.endswith(e)), "")
    if (not ending or not prev.lower.endswith(_FI_FROM_AT) or text[prev.end : t.start] != " " or len(low) < 7
            or not t.text.isalpha() or low in _VETO_WORDS):
        return None
    stem = low[: -len(ending)]
    bases = (stem, *(b for b, _ in analyses(low)))
    if not (stem.endswith(("la", "lä")) or any(b.endswith(h) and len(b) >= len(h) + 3 for b in bases
                                                for h in _PLACE_HEADS)):
        return None  # a place's shape: -la/-lä (kuokkala), a compound of a place word (-mäki, -koski, -vaara …)
    if not _proper_shape(t, lex, "fi", True, village=True):
        return None
    if lex.lookup(t.text)[0] & SUR and not ending.startswith("s"):
        return None  # "lahdesta hakalalta": a surname of the lists only in the inessive or elative
    ev: list[tuple[str, float]] = []
    _add(ev, "place.after_place")
    _add(ev, "place.case")
    _add(ev, "place.proper_shape")
    return ev, len(t.text) - len(ending)


def _place(
    text: str, toks: list[Token], k: int, lex: Lexicon, lang: str, flags: int, base: str, stem_len: int,
    person_before: bool = False, place_ends: set[int] | None = None, place_starts: set[int] | None = None,
) -> list[tuple[str, float]] | None:
    """The place evidence of token k when it has a place reading, else None."""
    t = toks[k]
    hit = (base, stem_len) if flags & PLACE else lex.find(t.text, PLACE)
    if hit is None:
        return None
    pflags = lex.get(hit[0])
    if pflags & KEEP:
        return None
    prev = toks[k - 1] if k else None
    cue = prev is not None and text[prev.end : t.start] == " " and (
        prev.lower in PLACE_CTX or prev.lower in _MOTION or (lang != "fi" and prev.lower in PLACE_PREP))
    local = t.lower.endswith(LOCATIVE) and len(t.lower) > len(hit[0]) - 1
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    office = (nxt is not None and t.lower.endswith("n") and text[t.end : nxt.start] == " "
              and bool(_OFFICE.match(nxt.lower)))
    talk = local and prev is not None and text[prev.end : t.start] == " " and lang == "fi" and (
        person_before or (prev.lower in TALK_AFTER and prev.lower != "ei"))
    after = (local and lang == "fi" and prev is not None and place_ends is not None and prev.end in place_ends
             and text[prev.end : t.start] == " " and prev.lower.endswith(_FI_FROM_AT))
    if not cue and not office and not talk and not after and not (local and not pflags & NAME):
        return None
    if not cue and not office and not talk and not after and hurried_more.ordinary_local(lex, t.lower, hit[0]):
        # "pellolla", "pohjalla": an ordinary word's local case, the place reading has no cue
        return [("place.listed", EVIDENCE["place.listed"].weight), ("place.case", EVIDENCE["place.case"].weight),
                ("against.ordinary_local", VETO)]
    ev: list[tuple[str, float]] = []
    _add(ev, "place.listed")
    if cue:
        _add(ev, "place.cue")
    if local:
        _add(ev, "place.case")
    if office:
        _add(ev, "place.office_after")
    if talk and not cue:
        _add(ev, "place.talk_from")  # "soitti kotkasta", "tytär anni kuhmoisissa": where the person is
    if after:
        _add(ev, "place.after_place")  # "helsingistä kalliosta": the part of the town before it
    if (local and place_starts and nxt is not None and nxt.start in place_starts and text[t.end : nxt.start] == " "
            and nxt.lower.endswith(_FI_FROM_AT)):
        _add(ev, "place.district_after")
    if pflags & NAME:
        _add(ev, "against.name_too")
    if _word_against(t, lex, lang, pflags & ~NAME, hit[0]):  # the place reading: no rare-name clause
        _add(ev, "against.word")
    return ev


def _traced(trace: Trace, t: Token, label: str, what: str, score: float, ev: list[tuple[str, float]]) -> None:
    """One decision of this layer in the ``--explain`` trace (rules ``hurried.<id>``, the score is the sum)."""
    rules = (*((f"hurried.{rid}", w, t.text) for rid, w in ev), ("hurried.sum", score, t.text))
    trace.add(TraceEntry(t.start, t.end, t.text, label if what in ("name", "ask") else "", what, score, rules,
                         what in ("name", "ask")))
