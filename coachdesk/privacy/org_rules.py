"""Organisations and towns written in a hurry: lower-case firms, chains in a case form, a workplace with
its town, a town before its public service.

``orgs.py`` finds capitalised organisations; these rules add the ones a hurried note writes in lower
case and a few shapes it does not know. Two passes, one table: :func:`find` runs with the other
detectors (``scrubber._scrub``); :func:`find_with_names` runs after the name rules and the model and
takes the same shapes with a found person as evidence (`konditori lindberg` when `lindberg` was found)
and never a span another label holds. Every rule yields candidates only and never takes a kept word
(lexicon KEEP: public bodies, regions) or a kept phrase (the never-scrub list is applied later). Each
rule is one row of :data:`RULES` (invented examples).

| id | shape | example | pass |
|---|---|---|---|
| legal_lower | up to three lower-case words before a legal form (oy, Oy, OY …), up to a function word, verb, activity or context word; or capitalised words before a legal form in lower case | `putki kokko oy:lle`, `trial at heikkinen oy`, `Satama-Aho oy:ssä` | both |
| head_then_name | lower-case trade head word, then a word of the name lists or a found person (not a place in a local case) | `konditori berg`, `kukkakauppa heinosen` | both |
| name_then_head | lower-case surname (genitive in Finnish) or `X & Y`, then a trade head word | `lehto removals`, `kallio & poikien huolto` | both |
| amp_pair | two lower-case words joined by `&`, a listed name among them (a trade word or legal form after it joins) | `niemi & co`, `mäki & poika huolto` | names |
| chain_lower | a chain of the employer list in lower case and any case form, when its lower-case form is no ordinary word; in any letter case when its stem is in the weak grade | `s-marketista`, `lidlissä`, `K-Raudasta`, `Gigantin` | both |
| sv_workplace_town | Swedish definite workplace noun, `i`, a town: the workplace of that town | `lagret i kaskö` | detectors |
| sv_institution | capitalised genitive or town, then a lower-case Swedish institution word | `Skärgårdens folkhögskola` | both |
| town_before_service | lower-case genitive of a municipality right before a public-service word (the service stays) | `porin työllisyyspalveluihin`, `lahden kelassa` | detectors |
| en_firm_head | one to three lower-case words (no function word, pronoun, kept word or role; one a place, a name of the lists that is well attested or no frequent word, or a word in no list) before an English firm head (`labs`, `hub`, `society`, `kitchen`, `studio`; ``EN_FIRM_HEADS``; a compound ending in `hub`/`labs`); `works` only after `at`/`for`/`with` (``EN_FIRM_HEADS_AFTER_AT``); never `at the gym collective`, `home studio`, `mikko works nights` | `X labs`, `X chess society`, `X Y kitchen`, `X datahub` | detectors |
| work_allative | a going-to-work word then the allative, an at-work word then the adessive (``WORK_AT_CUES``: `töihin X:lle`, `duunissa X:llä`) of a surname or place of the lists (no common or kept word) or a word in no list (no compound of two frequent words, no trade word, no adjective before its noun); never `töihin kotiin`, `töihin aamulla`, `töihin kelalle` | `lähti töihin X:lle` | detectors |
| sv_work_unknown | a Swedish work verb (``SV_WORK_AT``) or job noun (``SV_JOB_NOUNS``), `på` / `hos`, one lower-case word in no list and no frequent word (after a verb no compound of two frequent words either); never `jobbet på måndag`, `jobbar på kvällarna`, `jobbar på timbasis` | `jobbar på X`, `jobbet på X` | names (on words no finding holds) |
| name_trade_local | a going or work word (``FIRM_MOTION_CUES``), a lower-case surname of the lists (no place, common or kept word; a frequent word only when a well-attested surname), a trade word in a case form that is no nominative (never a workshop, `työpajaan`: a service): the firm named with its owner in the nominative; never `menee siivoukseen` | `menee X siivoukseen` | detectors |

``head_then_name`` also takes the heads of ``TRADE_FRONT_MORE`` (`kierrätyskeskus`, `kirppis`; never a kept word such as
`terveyskeskus`) and, after any head, a lower-case word in no list and no frequent word of a name's length and no verb's
shape (`kierrätyskeskus X ois ottamassa`; never `kierrätyskeskus kiinni`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy import per_text, token_index
from coachdesk.privacy.cue_scan import first_char_groups
from coachdesk.privacy.cue_words import words as cue_section
from coachdesk.privacy.cues import LOCATIVE, PROFESSIONS, ROLE_NOUNS
from coachdesk.privacy.inflection import analyses as _analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.orgs import LEGAL
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.verbs import is_finite_verb

RULES = {
    r.id: r
    for r in (
        Rule("legal_lower", "lower-case words before a legal form (oy, ky, ab, tmi, ltd …)"),
        Rule("head_then_name", "lower-case trade head word followed by a name-list word or a found person"),
        Rule("name_then_head", "lower-case surname (or X & Y) followed by a trade head word"),
        Rule("amp_pair", "two lower-case words joined by & with a name among them"),
        Rule("chain_lower", "a chain of the employer list in lower case, any case form; weak grade in any case"),
        Rule("sv_workplace_town", "Swedish definite workplace noun + i + town"),
        Rule("sv_institution", "capitalised genitive or town + lower-case Swedish institution word"),
        Rule("town_before_service", "lower-case genitive of a municipality before a public-service word"),
        Rule("en_firm_head", "lower-case words (a name, place or unlisted word among them) + labs / hub / society / kitchen"),
        Rule("work_allative", "töihin / duunissa + a surname or unlisted word in the allative or adessive: töihin X:lle"),
        Rule("sv_work_unknown", "jobbar / jobbet på + a lower-case word in no list: jobbar på X"),
        Rule("name_trade_local", "a going word + a name-list word + a trade word in a case form: menee X siivoukseen"),
    )
}

REASON = "organisation ({rule})"

LEGAL_LOWER = frozenset("oy oyj ky ab abp tmi ltd ay kb ry".split())
# words that end a run before a legal form: function words, pronouns, prepositions, context words
_STOP = frozenset(
    """
    ja tai sekä eli on oli ovat olivat ei että kun jos kuin mutta vaan kanssa myös vielä nyt sitten
    hän he se ne me te minä sinä asiakas asiakkaan asiakkaalle työnantaja työnantajana työpaikka
    työpaikkana firma firmassa yritys yrityksessä töissä työssä kesätöissä osa-aikaisena paikka
    at for with in to from by of the a an and or is was works worked working job trial placement
    called named now still new old his her their our my
    och eller på hos vid i är var jobbar arbetar företaget firman
    alkaa alkoi aloittaa aloitti aloittanut jatkaa jatkuu jatkoi loppuu loppui soitti soittaa kävi käy
    meni menee tuli tulee lähti lähtee pääsi pääsee sai saa otti ottaa teki tekee siirtyi siirtyy palasi
    palaa haki hakee hakenut työskentelee työskenteli työskennellyt kertoi sanoi laittoi lähetti
    """.split()
)
# Finnish verb shapes that end a run (työskentelee, aloittanut, haettiin): never part of a firm's name
_FI_VERB_SHAPE = re.compile(r"(?:[nlrs][uy]t|[lnrst]ee|ttiin|taan|tään)$")
_LOCAL_CASE = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|ineen)$")
# trade head words in the nominative (the firm's own name follows or precedes them)
_FI_TRADE = tuple(
    """
    konditori konditoria kauppa kahvila ravintola leipomo parturi kampaamo korjaamo pesula apteekki kioski
    verstas paja huolto asennus rakennus maalaus siivous kuljetus muutto remontti taksi tilitoimisto hoitola
    puoti putiikki pizzeria grilli baari liike tukku saha puutarha taimisto kirjapaino valimo vuokraamo
    """.split()
)  # a word ending so (kukkakauppa, autokorjaamo) is a trade head word in the nominative
# the same head words in any case form (kukkakaupassa, huollon, verstaalla); never kaupunki, muutos; a compound's first
# part has three letters at least (never `m|asennus`: masennus, depression), or is a chain's `k-` / `s-`
FI_TRADE_ANY = re.compile(  # public: the hurried-line layer weighs the same trade words
    r"^(?:[a-zåäö-]{3,}|[ks]-)?(?:konditoria?|kahvila|ravintola|leipomo|parturi|kampaamo|korjaamo|pesula|kioski|paja|"
    r"huol[lt]o|taksi|tilitoimisto|hoitola|pizzeria|grilli|baari|saha|puutarha|taimisto|kirjapaino|valimo|"
    r"vuokraamo|kaup?pa|apteek?ki|verstaa?s?|puo[dt]i|putiik?ki|liik?kee?|tuk?ku|asennu(?:s|kse)|"
    r"rakennu(?:s|kse)|maalau(?:s|kse)|siivou(?:s|kse)|kuljetu(?:s|kse)|mu?utto|muuto|remont?ti|"
    r"pizza|liha|kuitu|kuidu|puutyö|urakointi|urakoinni|kasvihuonee?|broileri|"
    r"(?:marja|kala|turkis|sika|maito|lammas|vihannes)?tila|(?:puhtaus|siivous|kiinteistö|kuljetus|hoiva)palvelu|"
    r"lastau(?:s|kse)|huolin(?:ta|na)|tiili|tiile|laatt?a|eristy(?:s|kse))"
    r"(?:n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|än|aan|ään|een|seen|na|nä|ksi|kin|ssakin|ssäkin)?$"
)
EN_TRADE = frozenset(
    """
    removals removal plumbing plumbers cleaning cleaners construction builders building transport haulage
    logistics bakery bakers cafe café kitchen salon barbers garage motors electrics electrical electric
    roofing joinery carpentry painting decorating landscaping gardening catering services solutions
    consulting pharmacy florist florists workshop farm dairy engineering welding autos
    pizza pizzeria kebab grill cargo freight shipping stevedoring automation
    """.split()
)
_SV_WORKPLACE = frozenset(
    """
    lagret butiken verkstaden fabriken varvet sågen bageriet kontoret hotellet restaurangen caféet kaféet
    affären apoteket tryckeriet mejeriet tvätteriet snickeriet slakteriet gjuteriet
    """.split()
)
_SV_INSTITUTION = re.compile(
    r"^[a-zåäö]*(?:folkhögskola|högskola|skola|gymnasium|gymnasiet|institut|institutet|akademi|sjukhus|"
    r"hälsocentral|vårdcentral|församling|förening|stiftelse|verkstad|bibliotek|daghem|medborgarinstitut|"
    r"arbetarinstitut)(?:n|en|et)?$"
)


# an activity at a firm ends the run before its legal form ("työkokeilu putki hakala oy")
_ACTIVITY_STOP = re.compile(r"(?:kokeilu|harjoittelu|jakso|sopimus|haastattelu|tutustuminen)$")


def _gap(text: str, a: Token, b: Token, allowed: str = "") -> bool:
    g = text[a.end : b.start]
    return len(g) <= 3 and g.strip(" " + allowed) == "" and "\n" not in g


def _trade_head(low: str) -> bool:
    """A trade head word in the nominative, alone or closing a compound whose first part has three letters at least
    (`kukkakauppa`, `putkiasennus`; not `masennus`)."""
    n = len(low)
    return any(low[n - k :] in _FI_TRADE_SET for k in _FI_TRADE_LENGTHS if n == k or n - k >= 3)


_FI_TRADE_SET = frozenset(_FI_TRADE)
_FI_TRADE_LENGTHS = tuple(sorted({len(h) for h in _FI_TRADE}))  # each head's length: one slice and set lookup per length


def _kept(t: Token, lex: Lexicon) -> bool:
    return bool(lex.get(t.lower) & KEEP or lex.lookup_all(t.text) & KEEP)


def _run_word(t: Token, lex: Lexicon, lang: str) -> bool:
    """A lower-case word that may be part of a firm's name before its legal form."""
    w = t.lower
    if t.cap or t.upper or t.colon_suffix or not w.replace("-", "").isalpha() or w in _STOP or _kept(t, lex):
        return False
    if _ACTIVITY_STOP.search(w):
        return False  # "työkokeilu putki hakala oy": the activity at the firm, not its name
    if lang == "fi" and (is_finite_verb(w, lex) or (w in lex.frequent and _FI_VERB_SHAPE.search(w))):
        return False
    flags = lex.lookup(t.text)[0]
    # "töissä", "harjoittelussa": a context word in a local case, not the firm
    return not (_LOCAL_CASE.search(w) and not flags & NAME)


def _legal_lower(text: str, toks: list[Token], lex: Lexicon, lang: str) -> Iterator[Cand]:
    for idx, t in enumerate(toks):
        if t.lower not in LEGAL_LOWER or t.colon_suffix or idx == 0:
            continue
        if toks[idx - 1].cap or toks[idx - 1].upper:
            if t.text.islower() and t.text not in LEGAL and _gap(text, toks[idx - 1], t, ""):
                i = idx - 1  # "Satama-Aho oy:ssä": a capitalised name, the form in lower case (orgs.py reads "Oy")
                while i > 0 and idx - i < 4 and toks[i - 1].cap and _gap(text, toks[i - 1], toks[i], "&"):
                    i -= 1
                if _named_run(toks, i, idx, lex):
                    yield Cand(toks[i].start, t.end, "ORG", "org", REASON.format(rule="legal_lower"), PRIO_ORG + 5)
            continue  # a capitalised name before the form: orgs.py's legal-form rule
        i = idx
        while i > 0 and idx - i < 3 and _gap(text, toks[i - 1], toks[i], "&") and _run_word(toks[i - 1], lex, lang):
            i -= 1
            if toks[i].sent_start:
                break
        if i == idx:
            continue
        if _named_run(toks, i, idx, lex):
            yield Cand(toks[i].start, t.end, "ORG", "org", REASON.format(rule="legal_lower"), PRIO_ORG + 5)


def _named_run(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A run of ordinary words alone (`hyvä oy`) is no firm: one word of toks[i:j] must be a name or a trade word."""
    return any(lex.lookup(toks[k].text)[0] & (NAME | PLACE) or FI_TRADE_ANY.match(toks[k].lower)
               or toks[k].lower in EN_TRADE or toks[k].lower not in lex.frequent for k in range(i, j))


def _name_word(t: Token, lex: Lexicon, chat: bool) -> int:
    """Name-list flags of a lower-case word, 0 when it may not stand for a firm's name here."""
    if t.cap or t.upper or t.colon_suffix or not t.lower.isalpha() or t.lower in _STOP or _kept(t, lex):
        return 0
    flags = lex.lookup(t.text)[0]
    if not flags & NAME or lex.lang_words.get(t.lower):
        return 0  # no name, or a form common in one language (kunnan, valtion, kirkon): a word
    if not chat and (flags & (AMBIG | COMMON) or t.lower in lex.frequent):
        return 0  # careful text: a lower-case word that is also a word is a word
    return flags


def _head_name(text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool) -> Iterator[Cand]:
    n = len(toks)
    trade_any: dict[str, bool] = {}  # per call only: no word of a note outlives the scrub
    amp = "&" in text

    def is_trade_any(w: str) -> bool:
        hit = trade_any.get(w)
        if hit is None:
            hit = trade_any[w] = FI_TRADE_ANY.match(w) is not None
        return hit

    fi, en = lang == "fi", lang == "en"
    if not (fi or en):
        return
    for idx in range(n - 1):
        t, nx = toks[idx], toks[idx + 1]
        if t.cap or t.upper or nx.cap or nx.upper:
            continue
        front = fi and t.lower.replace("-", "").isalpha() and (
            _trade_head(t.lower) or (t.lower.endswith(_FRONT_MORE) and not _kept(t, lex)))
        # a firm's name before its head word: a genitive (fi), any word (en), or "X & Y"
        back_possible = en or amp or t.lower[-1:] == "n"
        if not front and not (back_possible and (nx.lower in EN_TRADE if en else is_trade_any(nx.lower))):
            continue  # neither word is a trade word: the common case, decided without slicing the text
        if not _gap(text, t, nx):
            continue
        # fi: "konditori berg", "kukkakauppa heinosen(kautta)"
        if front and not nx.sent_start:
            flags = _name_word(nx, lex, chat) or (_unlisted(nx, lex) if t.lower.endswith(_FRONT_MORE) else 0)
            place_local = lex.find(nx.text, PLACE) is not None and _LOCAL_CASE.search(nx.lower)
            if flags and not place_local and not (nx.lower.endswith(LOCATIVE) and nx.lower in lex.frequent) and not is_finite_verb(nx.lower, lex):
                yield Cand(t.start, nx.end, "ORG", "org", REASON.format(rule="head_then_name"), PRIO_ORG + 5)
                continue
        # en: "lehto removals"; fi: "heinosen kukkakauppa", "kallio & poikien huolto"
        if not (nx.lower in EN_TRADE if en else is_trade_any(nx.lower)):
            continue
        start = _name_start(text, toks, idx, lex, lang, chat)
        if start is not None:
            yield Cand(toks[start].start, nx.end, "ORG", "org", REASON.format(rule="name_then_head"), PRIO_ORG + 5)


_FRONT_MORE = tuple(cue_section("TRADE_FRONT_MORE"))
_COLLOQUIAL_END = ("nu", "ny", "is", "ee", "oo")  # "ois", "tullu", "menee": a verb, not a firm's name


def _unlisted(t: Token, lex: Lexicon) -> int:
    """NAME for a lower-case word in no list and no frequent word, of a name's length and no verb's shape
    (`kierrätyskeskus X`); 0 otherwise."""
    w = t.lower
    if t.cap or t.upper or t.colon_suffix or len(w) < 5 or not w.isalpha() or w in _STOP:
        return 0
    if lex.get(w) or lex.lookup(t.text)[0] or w in lex.frequent or lex.lang_words.get(w):
        return 0
    if _FI_VERB_SHAPE.search(w) or w.endswith(_COLLOQUIAL_END) or _LOCAL_CASE.search(w):
        return 0
    return NAME


def _name_start(text: str, toks: list[Token], idx: int, lex: Lexicon, lang: str, chat: bool) -> int | None:
    """First token of the firm's name ending at ``idx`` (right before its head word), or None."""
    t = toks[idx]
    # "kallio & poikien huolto": a surname, an ampersand, one word
    if (
        idx >= 2
        and text[toks[idx - 1].end : t.start].strip() == ""
        and text[toks[idx - 2].end : toks[idx - 1].start].strip() == "&"
        and _name_word(toks[idx - 2], lex, True) & SUR
        and not toks[idx - 1].cap
        and t.lower.isalpha()
    ):
        return idx - 2
    if idx >= 1 and text[toks[idx - 1].end : t.start].strip() == "&" and _name_word(toks[idx - 1], lex, True) & SUR:
        return idx - 1  # "kallio & huolto"
    flags = _name_word(t, lex, chat)
    if not flags & SUR or flags & PLACE or (flags & FIRST and not flags & SUR):
        return None
    if lang == "fi" and not t.lower.endswith("n"):
        return None  # Finnish: the firm's owner in the genitive (heinosen kukkakauppa)
    return idx


# case endings a chain takes in a note (lidlissä, s-marketista, prismaan); never a verb ending (alkoi)
_CHAIN_ENDS = frozenset(
    (
        "n a ä ta tä na nä ssa ssä sta stä lla llä lta ltä lle ksi an en in on un han hen hon aan ään iin issa issä "
        "ista istä illa illä ilta iltä ille ssakin ssäkin stakin stäkin"
    ).split()
)
# a chain whose lower-case form is also an ordinary word (alko: began) is left to capitalised text
_CHAIN_WORDS_TOO = frozenset({"alko", "posti", "prisma", "sale"})
_CHAINS: dict[int, tuple[frozenset[str], dict[str, list[tuple[str, ...]]], frozenset[str]]] = {}
# consonant gradation of a chain's last syllable before a case ending: K-Rauta -> K-Raudasta, Gigantti -> Gigantin
_WEAK_GRADE = (("tti", "ti"), ("tta", "ta"), ("kki", "ki"), ("kka", "ka"), ("ppi", "pi"), ("ppa", "pa"),
               ("nta", "nna"), ("lta", "lla"), ("rta", "rra"), ("uta", "uda"), ("ata", "ada"), ("ota", "oda"))


def _weak_grade(word: str) -> str | None:
    for strong, weak in _WEAK_GRADE:
        if word.endswith(strong):
            return word[: -len(strong)] + weak
    return None


_WEAK: dict[int, frozenset[str]] = {}


def _chains(lex: Lexicon) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """One-word chains (lower case) and multi-word ones by their first word, built once per lexicon."""
    key = id(lex)
    if key not in _CHAINS:
        single: set[str] = set()
        multi: dict[str, list[tuple[str, ...]]] = {}
        for e in lex.employers:
            low = e.lower()
            if len(low) < 4 or low in _CHAIN_WORDS_TOO:
                continue
            words = tuple(low.split())
            if len(words) > 1:
                multi.setdefault(words[0], []).append(words)
            elif "-" in low or not lex.get(low) & (COMMON | AMBIG | NAME | PLACE):
                single.add(low)
        weak = {w for w in map(_weak_grade, single) if w}
        heads = frozenset(w[:4] for w in single | weak) | frozenset(multi)  # a quick first test per word
        _CHAINS[key] = (frozenset(single), multi, heads)
        _WEAK[key] = frozenset(weak)
    return _CHAINS[key]


def _chain_form(word: str, names: frozenset[str], weak: frozenset[str] = frozenset()) -> bool:
    """``word`` is a chain name or a chain name with a case ending (s-marketista, lidlissä; k-raudasta
    in the weak grade)."""
    if word in names:
        return True
    for cut in range(max(4, len(word) - 7), len(word)):
        end = word[cut:].lstrip("-")
        if (word[:cut] in names or word[:cut] in weak) and end in _CHAIN_ENDS:
            return True
    return False


def _chain_lower(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    single, multi, heads = _chains(lex)
    weak = _WEAK[id(lex)]
    n = len(toks)
    for k, t in enumerate(toks):
        w = t.lower
        if (w[:4] not in heads and w not in heads) or t.upper or t.colon_suffix:
            continue  # no chain starts so
        end = None
        for words in multi.get(w, ()):
            if k + len(words) <= n and all(
                toks[k + x].lower == words[x] or (x == len(words) - 1 and _chain_form(toks[k + x].lower, frozenset({words[x]})))
                for x in range(1, len(words))
            ):
                end = toks[k + len(words) - 1].end
                break
        if end is not None and t.cap and _chain_form(w, single):
            continue  # a capitalised chain in its strong grade: orgs.py's employer pattern
        if end is None and _chain_form(w, single, weak):
            end = t.end
        if end is not None:
            yield Cand(t.start, end, "ORG", "org", REASON.format(rule="chain_lower"), PRIO_ORG)


def _swedish(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    n = len(toks)
    for idx in range(n - 1):
        t = toks[idx]
        if t.lower in _SV_WORKPLACE and idx + 2 < n and toks[idx + 1].text == "i":
            town = toks[idx + 2]
            if (
                _gap(text, t, toks[idx + 1])
                and _gap(text, toks[idx + 1], town)
                and not _kept(town, lex)
                and (lex.get(town.lower) & PLACE or lex.find(town.text, PLACE))
            ):
                yield Cand(t.start, town.end, "ORG", "org", REASON.format(rule="sv_workplace_town"), PRIO_ORG + 5)
                continue
        nx = toks[idx + 1]
        if t.cap and not nx.cap and not nx.upper and _SV_INSTITUTION.match(nx.lower) and _gap(text, t, nx) and not _kept(t, lex):
            place = bool(lex.get(t.lower) & PLACE or lex.find(t.text, PLACE))
            genitive = t.lower.endswith("s") and len(t.lower) >= 4
            if (genitive or place) and not (t.sent_start and t.lower in lex.frequent and not place):
                yield Cand(t.start, nx.end, "ORG", "org", REASON.format(rule="sv_institution"), PRIO_ORG + 5)


def find(text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool) -> Iterator[Cand]:
    """ORG and LOCATION candidates of the detector pass of :data:`RULES`."""
    yield from _legal_lower(text, toks, lex, lang)
    yield from _head_name(text, toks, lex, lang, chat)
    yield from _chain_lower(text, toks, lex)
    yield from _en_firm_heads(text, toks, lex)
    if lang == "sv":
        yield from _swedish(text, toks, lex)
    if lang == "fi":
        yield from _town_before_service(text, toks, lex)
        yield from _work_allative(text, toks, lex)
        yield from _name_trade_local(text, toks, lex)


# ----- lower-case employers of hurried notes: "X labs", "töihin X:lle", "jobbar på X", "menee X siivoukseen"

_EN_FIRM_HEADS = tuple(sorted(cue_section("EN_FIRM_HEADS")))
_EN_FIRM_AT = cue_section("EN_FIRM_HEADS_AFTER_AT")
_EN_PREPS = frozenset(("at", "for", "with", "from", "via"))
_EN_RUN_STOP = cue_section("FUNCTION_NEXT") | cue_section("PRONOUNS") | cue_section("PERSONAL_PRONOUNS") | cue_section("ARTICLES") | frozenset(
    ("at", "for", "with", "from", "via", "in", "on", "to", "of", "and", "or", "but", "my", "his", "her", "their", "our"))


def _en_firm_head_word(w: str) -> bool:
    """An English firm head, alone or as the end of a compound (`datahub`)."""
    return w in _EN_FIRM_HEADS or w in _EN_FIRM_AT or (len(w) >= 6 and w.endswith(("hub", "labs")) and w.isalpha())


def _en_name_part(t: Token, lex: Lexicon) -> bool:
    """A lower-case word that can name a firm: a place, a well-attested or no frequent name, a word in no list."""
    flags, base, _ = lex.lookup(t.text)
    if flags & PLACE or (flags & NAME and (lex.counts.get(base, 0) >= 500 or t.lower not in lex.frequent)):
        return True
    return not flags and t.lower not in lex.frequent and not lex.get(t.lower) and not lex.lang_words.get(t.lower)


_EN_HEAD_WORDS = frozenset(_EN_FIRM_HEADS) | _EN_FIRM_AT
# every firm head holds one of these (the lower-cased text without one has no head: the token loop is skipped)
_EN_FIRM_CUE = re.compile("|".join(re.escape(w) for w in sorted({*_EN_FIRM_HEADS, *_EN_FIRM_AT, "hub", "labs"},
                                                                 key=len, reverse=True)))


def _en_firm_heads(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule en_firm_head: one to three lower-case words, one of them a name or place of the lists or a word in no
    list, before an English firm head (`X labs`, `X chess society`, `X Y kitchen`)."""
    if not _EN_FIRM_CUE.search(per_text.once(str.lower, text)):
        return
    for k, t in enumerate(toks):
        low = t.lower
        if k == 0 or not (low in _EN_HEAD_WORDS or low.endswith(("hub", "labs"))):
            continue  # the cheap test first: no firm head, as _en_firm_head_word would say
        if not t.text.islower() or not _en_firm_head_word(low):
            continue
        i = k
        while i > 0 and k - i < 3:
            p = toks[i - 1]
            if (not p.text.islower() or not p.text.isalpha() or text[p.end : toks[i].start] != " " or p.lower in _EN_RUN_STOP
                    or _kept(p, lex) or _en_firm_head_word(p.lower) or p.lower in PROFESSIONS or p.lower in ROLE_NOUNS):
                break
            i -= 1
        if i == k:
            continue
        before = toks[i - 1].lower if i > 0 and text[toks[i - 1].end : toks[i].start] == " " else ""
        if t.lower in _EN_FIRM_AT and before not in _EN_PREPS:
            continue  # "mikko works nights": a person and a verb
        if any(_en_name_part(toks[x], lex) for x in range(i, k)):
            yield Cand(toks[i].start, t.end, "ORG", "org", REASON.format(rule="en_firm_head"), PRIO_ORG + 5)


_WORK_AT = cue_section("WORK_AT_CUES")
_ADJ_ENDS = ("isella", "isellä", "iselle", "iselta", "iseltä", "valla", "vällä", "malla", "mällä", "tomalla", "tömällä")


def _work_allative(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule work_allative: a going-to-work or at-work word, then a lower-case word in the allative or adessive that
    is a surname of the lists or a word in no list (`töihin X:lle`, `duunissa X:llä`)."""
    for k in range(len(toks) - 1):
        t, nx = toks[k], toks[k + 1]
        if t.lower not in _WORK_AT or not nx.text.islower() or text[t.end : nx.start] != " ":
            continue
        if not nx.lower.endswith(("lla", "llä") if t.lower.endswith(("ssa", "ssä")) else ("lle",)):
            continue  # going to work: to the firm (X:lle); at work: at the firm (X:llä)
        w = nx.lower
        if len(w) < 6 or not w.isalpha() or w in lex.frequent or lex.lang_words.get(w) or _kept(nx, lex):
            continue
        flags, base, _ = lex.lookup(nx.text)
        named = flags & (SUR | PLACE) and not flags & (COMMON | KEEP) and (base not in lex.frequent or lex.counts.get(base, 0) >= 500)
        agrees = k + 2 < len(toks) and toks[k + 2].lower.endswith(w[-3:])  # "töissä X-aikaisella sopimuksella": an attribute
        unlisted = not flags and not agrees and not w.endswith(_ADJ_ENDS) and not _trade_case(w) and not any(
            b in lex.frequent or lex.get(b) or _compound_of_frequent(b, lex) for b, _ in _analyses(w)[1:])
        if named or unlisted:
            yield Cand(nx.start, nx.end, "ORG", "org", REASON.format(rule="work_allative"), PRIO_ORG + 5)


def _compound_of_frequent(w: str, lex: Lexicon, head: int = 3) -> bool:
    """Two frequent words joined, maybe by a linking s or e (kuljetus|liike, prov|anställning, lön|e|bidrag): an
    ordinary compound, no firm's name; ``head``: the shortest second part (a short one, `hem`, `vik`, also ends
    many names)."""
    freq = lex.frequent
    return len(w) >= 7 and any(
        w[i:] in freq and (w[:i] in freq or (w[i - 1] in "se" and w[: i - 1] in freq)) for i in range(3, len(w) - head + 1))


_SV_WORK = cue_section("SV_WORK_AT")
_SV_JOB = cue_section("SV_JOB_NOUNS")
_SV_TRADES = cue_section("SV_TRADE_WORDS")


def _sv_work_unknown(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule sv_work_unknown: a Swedish work word, `på` / `hos`, one lower-case word in no list and no frequent word
    (`jobbar på X`, `jobbet på X`)."""
    for k in range(len(toks) - 2):
        t, p, w = toks[k], toks[k + 1], toks[k + 2]
        if (t.lower not in _SV_WORK and t.lower not in _SV_JOB) or p.lower not in ("på", "hos") or not w.text.islower() or not w.text.isalpha():
            continue
        if text[t.end : p.start] != " " or text[p.end : w.start] != " " or len(w.lower) < 4 or w.lower in _SV_TRADES:
            continue  # "jobbar hos städ och …": a trade word opens a firm the hurried rules read whole
        low = w.lower
        if low in lex.frequent or lex.get(low) or lex.lookup(w.text)[0] or lex.lang_words.get(low) or low in _STOP:
            continue
        if t.lower not in _SV_JOB and _compound_of_frequent(low, lex):
            continue  # "jobbar på timbasis", "jobbar på lönebidrag": how, not where ("jobbet på X|vik": the job's place)
        yield Cand(w.start, w.end, "ORG", "org", REASON.format(rule="sv_work_unknown"), PRIO_ORG + 5)


_MOTION = cue_section("FIRM_MOTION_CUES")
_KSE_CASE = re.compile(r"^([a-zåäö-]{3,})kse(?:en|lla|llä|lle|ssa|ssä|sta|stä|lta|ltä|na|nä|ksi)$")


def _trade_case(w: str) -> bool:
    """A trade word in any case form, also the -kse- stem of an -us word (`siivoukseen` -> siivous)."""
    m = _KSE_CASE.match(w)
    return bool(FI_TRADE_ANY.match(w) or (m and FI_TRADE_ANY.match(m.group(1) + "s")))


def _name_trade_local(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule name_trade_local: a going or work word, a lower-case word of the name lists, then a trade word in a case
    form that is no nominative (`menee X siivoukseen`): a firm named with its owner's name in the nominative."""
    for k in range(1, len(toks) - 1):
        t, nx = toks[k], toks[k + 1]
        cue = toks[k - 1]
        if cue.lower not in _MOTION or not t.text.islower() or not nx.text.islower():
            continue
        if text[cue.end : t.start] != " " or text[t.end : nx.start] != " " or not t.lower.isalpha():
            continue
        if not _trade_case(nx.lower) or _trade_head(nx.lower) or nx.lower.endswith(("s", "t")) or "paja" in nx.lower:
            continue  # the trade word in the nominative: "menee X siivous" is no firm's case form
        flags, base, _ = lex.lookup(t.text)
        attested = base not in lex.frequent or (flags & SUR and lex.counts.get(base, 0) >= 500)
        if flags & SUR and not flags & (KEEP | COMMON) and attested and not _kept(t, lex) and not lex.find(t.text, PLACE):
            yield Cand(t.start, nx.end, "ORG", "org", REASON.format(rule="name_trade_local"), PRIO_ORG + 5)


# public services a town has its own office of (any case form)
_SERVICE = re.compile(
    r"^(?:kela|te-|työllisyy|työvoimatoimisto|terveyskes|terveysase|sosiaalitoim|sosiaalipalvel|sosiaalityö|"
    r"aikuissosiaalityö|ohjaamo|nuorisopalvel|kotoutumis|mielenterveys|päihdepalvel|kirjasto|pääkirjasto|"
    r"palvelupiste|yhteispalvelupiste|asiointipiste|typ|työkykypalvel|kuntoutuspalvel|perhekeskus|neuvola|"
    r"aikuisopisto|kansalaisopisto|työpaja)"
)


def _town_before_service(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """Rule town_before_service (Finnish): `porin työllisyyspalveluihin`, `lahden kelassa`."""
    for k in range(len(toks) - 1):
        t, nx = toks[k], toks[k + 1]
        if t.cap or t.upper or not t.lower.endswith("n") or not t.lower.isalpha() or text[t.end : nx.start] != " ":
            continue
        if not _SERVICE.match(nx.lower):
            continue
        hit = lex.find(t.text, PLACE)
        if hit is None or lex.get(hit[0]) & KEEP:
            continue
        ending = t.text[hit[1] :]
        yield Cand(t.start, t.end, "LOCATION", "place", "place (town_before_service)", PRIO_NAME,
                   ending=ending if ending.isalpha() and len(ending) <= 6 else "")

# ----- the name-evidence pass (find_with_names): a found person is evidence; legal forms and English
# trade words are the lists above, the rest (function words, Finnish trade heads, sv institutes) its own

_FUNCTION = frozenset(
    """ja tai on oli ei kun että jos mutta myös sekä vaan nyt sitten siellä täällä kanssa luona luota luokse
    hos och på i vid för med till från eller men att at in for with from and or the a an to of by""".split()
)
_ACTIVITY = re.compile(r"(?:kokeilu|harjoittelu|harjoittelija|paikka|työ|jakso|sopimus|haastattelu|tutustuminen)$")
_TRADE_HEADS = re.compile(
    r"^(?:konditori|kukkakauppa|kauppa|liike|putkiliike|rakennusliike|leipomo|kahvila|ravintola|parturi|"
    r"kampaamo|korjaamo|autokorjaamo|maalaamo|tilitoimisto|siivous|siivouspalvelu|kuljetus|muuttopalvelu|"
    r"huolto|sähköliike|pizzeria|kioski|apteekki|optikko|kirjakauppa|kukkakaup|bageri|kafé|café|frisör|"
    r"städfirma|byggfirma)"
    r"(?:n|a|ä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|an|en|et)?$"
)
_AMP = re.compile(r"(?<![\w&])([a-zåäö][\w-]+)[ \t]?&[ \t]?([a-zåäö][\w-]+)(?:[ \t]([a-zåäö][\w-]+))?")

def _amp_pairs(text: str) -> Iterator[re.Match[str]]:
    """``_AMP.finditer(text)``, tried only on the lines that hold an "&" (no match crosses a line break: the same matches)."""
    amp = text.find("&")
    while amp >= 0:
        lo = text.rfind("\n", 0, amp) + 1
        end = text.find("\n", amp)
        end = len(text) if end < 0 else end
        yield from _AMP.finditer(text, lo, end)
        amp = text.find("&", end)


_SV_INSTITUTE = re.compile(
    r"([A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[\w-]+s)[ \t](folkhögskola|folkhögskolan|medborgarinstitut|medborgarinstitutet|"
    r"arbetarinstitut|arbetarinstitutet|yrkesinstitut|yrkesinstitutet|yrkeshögskola|yrkeshögskolan|gymnasium|"
    r"gymnasiet|församling|församlingen|hälsocentral|hälsocentralen|sjukhus|sjukhuset)(?![\w-])"
)


_CHAIN_RE: dict[int, re.Pattern[str] | None] = {}


def _chain_regex(employers: list[str]) -> re.Pattern[str] | None:
    """The hyphenated chains of the employer list in lower case, with an ending (compiled once per list)."""
    key = id(employers)
    if key not in _CHAIN_RE:
        chains = sorted((e.lower() for e in employers if "-" in e), key=len, reverse=True)
        alts = first_char_groups(chains)  # (?<![\w-])(?:chains), grouped by first character
        _CHAIN_RE[key] = re.compile(rf"(?:{alts})[a-zåäö]{{0,6}}(?![\w-])") if chains else None
    return _CHAIN_RE[key]


# the words that can start a rule (a tuple for str.startswith: one C call per word)
_TRIGGER_STARTS = tuple(
    sorted(LEGAL_LOWER | EN_TRADE)
    + _TRADE_HEADS.pattern[4:].split(")(?:n|")[0].split("|")
)


def _by_head(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The prefixes grouped by their first two letters: a word is tested only against its own group."""
    out: dict[str, tuple[str, ...]] = {}
    for p in prefixes:
        if len(p) < 2:
            raise ValueError(f"a trigger prefix needs two letters: {p!r}")
        out[p[:2]] = (*out.get(p[:2], ()), p)
    return out


_TRIGGERS_BY_HEAD = _by_head(_TRIGGER_STARTS)
_INSTITUTE_HEADS = ("folkhögskol", "institut", "yrkeshögskol", "gymnasi", "församling", "hälsocentral", "sjukhus")


def _org(s: int, e: int, rule: str) -> Cand:
    return Cand(s, e, "ORG", "org", REASON.format(rule=rule), PRIO_ORG)


def find_with_names(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand], lang: str = "") -> list[Cand]:
    """New ORG candidates of the name-evidence pass of :data:`RULES` (``cands``: everything found so far)."""
    if not toks:
        return []
    if lang == "sv":  # on words no finding holds: a hurried rule's place or firm (`jobbar på X hos`) reads them first
        held = bytearray(len(text))
        for c in cands:
            held[c.start : c.end] = b"\x01" * (c.end - c.start)
        late = [c for c in _sv_work_unknown(text, toks, lex) if not any(held[c.start : c.end])]
        return late + _with_names(text, toks, lex, cands)
    return _with_names(text, toks, lex, cands)


def _with_names(text: str, toks: list[Token], lex: Lexicon, cands: list[Cand]) -> list[Cand]:
    """The name-evidence rules of :func:`find_with_names`."""
    other = bytearray(len(text))  # characters a non-person label holds
    persons: dict[int, Cand] = {}
    for c in cands:
        if c.label == "PERSON":
            persons[c.start] = c
        else:
            other[c.start : c.end] = b"\x01" * (c.end - c.start)

    def free(s: int, e: int) -> bool:
        return not any(other[s:e])

    def name_word(t: Token, surname: bool = False, loose: bool = False) -> bool:
        """A found person, or a listed name that is no frequent word form ("bakery were", "korjaamon pihalla");
        ``loose``: any listed name (next to a legal form or an "&", the company is evidence enough)."""
        if t.start in persons:
            return True
        flags, base, _ = lex.lookup(t.text)
        if not flags & (SUR if surname else NAME) or flags & KEEP:
            return False
        if loose or (not flags & INTL and lex.counts.get(base, 0) >= 500):
            return True  # "lehto removals", "konditori berg": a well-attested name next to the trade word
        return not flags & COMMON and t.lower not in lex.frequent

    def plain(t: Token) -> bool:
        """A word that may open a lower-case company name."""
        low = t.lower
        return (
            t.text.islower() and low not in _FUNCTION and low not in PROFESSIONS and low not in ROLE_NOUNS
            and not _ACTIVITY.search(low) and not is_finite_verb(low, lex) and not lex.get(low) & KEEP
        )

    out: list[Cand] = []
    index = token_index.by_start(text, toks)
    # only the words that can start a rule are looked at (one pass of one pattern over the text)
    for k in [k for k, t in enumerate(toks) if t.lower.startswith(_TRIGGERS_BY_HEAD.get(t.lower[:2], ()))]:
        t = toks[k]
        low = t.lower
        prev = toks[k - 1] if k else None
        adjacent = prev is not None and text[prev.end : t.start] == " "
        # legal_lower: "putki hakala oy:lle"
        if low in LEGAL_LOWER and t.text.islower() and prev is not None and adjacent and plain(prev) and free(prev.start, t.end):
            start = prev.start
            if k >= 2 and text[toks[k - 2].end : prev.start] == " " and name_word(prev, loose=True) and plain(toks[k - 2]):
                start = toks[k - 2].start
            out.append(_org(start, t.end, "legal_lower"))
            continue
        # head_then_name: "konditori lindberg", "kukkakauppa virtasen"
        if (_TRADE_HEADS.match(low) and t.text.islower() and k + 1 < len(toks)
                and text[t.end : toks[k + 1].start] == " " and name_word(toks[k + 1])
                and plain(toks[k + 1]) and not toks[k + 1].lower.endswith(LOCATIVE) and free(t.start, toks[k + 1].end)):
            out.append(_org(t.start, toks[k + 1].end, "head_then_name"))
            continue
        # name_then_head: "salo removals"
        if low in EN_TRADE and t.text.islower() and prev is not None and adjacent and name_word(prev, surname=True) and free(prev.start, t.end):
            out.append(_org(prev.start, t.end, "name_then_head"))
            continue
    # amp_pair: "mäki & poika huolto"
    for m in _amp_pairs(text):
        ka, kb = index.get(m.start(1)), index.get(m.start(2))
        a, b = (toks[ka] if ka is not None else None), (toks[kb] if kb is not None else None)
        if a is None or b is None or not (name_word(a, loose=True) or name_word(b, loose=True)) or not free(m.start(), m.end()):
            continue
        end = m.end(3) if m.group(3) and (_TRADE_HEADS.match(m.group(3)) or m.group(3) in LEGAL_LOWER) else m.end(2)
        out.append(_org(m.start(), end, "amp_pair"))
    # chain_lower: "s-marketissa"
    chain_re = _chain_regex(lex.employers)
    if chain_re is not None and "-" in text:
        for m in chain_re.finditer(text):
            if free(m.start(), m.end()):
                out.append(_org(m.start(), m.end(), "chain_lower"))
    # sv_institution: "Österbottens folkhögskola"
    for m in _SV_INSTITUTE.finditer(text) if any(h in text for h in _INSTITUTE_HEADS) else ():  # a region too
        out.append(_org(m.start(), m.end(), "sv_institution"))
    return out
