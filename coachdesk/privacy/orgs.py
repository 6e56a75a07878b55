"""Organisations: legal forms (Oy, Ab, ry ...), head words (koulu, keskus, Centre ...), chains, employer context."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from coachdesk.privacy import token_index
from coachdesk.privacy.cue_scan import (
    first_char_groups,
    keyword_finditer,
    keyword_prefixes,
    word_start_keywords,
)
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.forget import word_cache
from coachdesk.privacy.lexicon import ALLOW, COMMON, FIRST, KEEP, NAME, PLACE, REGION, SUR, Lexicon
from coachdesk.privacy.spans import PRIO_ORG, Cand
from coachdesk.privacy.tokens import Token, char_before

LEGAL = words("LEGAL_FORMS")
_FI_HEADS = (
    r"koulu|lukio|opisto|akatemia|päiväko[td]i|sairaala|klinik?ka|keskus|keskuks|säätiö|yhdisty[sk]|seura|"
    r"liit?to|leipomo|paja|kirjapaino|tehdas|tehta|saha|veistämö|valimo|kaup?pa|korjaamo|hoivako[td]i|"
    r"palveluko[td]i|hoitoko[td]i|apteek?ki|kahvila|ravintola|kampaamo|parturi|toimisto|huol?lo|huolto|"
    r"rakennus|rakennukse|rakentaja|rakennuttaja|kuljetus|kuljetukse|logistiik?ka|hotelli|kylpylä|"
    r"osuuskun[nt]a|teatteri|museo|puutarha|taimisto|verstas|verstaa|palvelu|pesula|siivous|siivoukse|"
    r"terapia|asennus|asennukse|sähkö|metalli|tuote|tuotte|kiinteistö|rautakaup?pa|tilitoimisto|"
    r"marketti|market|kioski|hovi|tila|talli|navetta|kartano|kuntoutus|kuntoutukse|instituutti|"
    r"hoitola|hoitamo|yhtymä|konsultointi|firma|palvelutalo|nuorisotalo|seurakun[nt]a|yritys|yritykse|"
    r"skola|skolan|gymnasium|gymnasiet|institut|institutet|sjukhus|sjukhuset|vårdhem|hemmet|byrå|byrån|"
    r"verkstad|verkstaden|bageri|bageriet|handel|butik|butiken|förening|föreningen|stiftelse|stiftelsen|"
    r"center|centret|centrum|klinik|kliniken|service|transport|bygg|café|kafé|fabrik|fabriken|sågverk|varv|varvet|daghem|"
    r"akademi|akademin|högskola|högskolan"
)
_ORG_ENDS = (
    r"(?:n|a|ä|ta|tä|na|nä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|in|iin|ille|illa|illä|issa|issä|ista|istä|"
    r"ilta|iltä|ia|iä|ina|inä|an|en|on|un|yn|ön|än|t|jen|ien|ineen|kin|een|seen|ssakin|ssäkin|et|er|ar)?"
)
_HEAD_CAP = re.compile(rf"(?:{_FI_HEADS}|keskukse|yhdistykse|tehtaa|tuottee|instituuti|snickeri|snickeriet){_ORG_ENDS}$")
_HEAD_LOW = re.compile(
    r"^[a-zåäö-]*(?:koulu|lukio|päiväko[td]i|opisto|sairaala|ala-aste|yläaste|koulukod?ti|palvelutalo|"
    r"palveluko[td]i|hoivako[td]i|hoitoko[td]i|vanhainko[td]i|nuorisotalo|työpaja|kuntoutuskeskukse|"
    r"kuntoutuskeskus|kaup?pa|yritykse|yritys|firma|leipomo|kahvila|ravintola|apteek?ki|verstaa|verstas|paja|"
    r"saha|tehdas|tehtaa|hotelli|kylpylä|korjaamo|pesula|kampaamo|parturi|kioski|"
    # a named place's education or expert body ("Tunturialueen koulutuskeskukselle"); not terveyskeskus, oireyhtymä
    r"koulutuskeskus|koulutuskeskukse|osaamiskeskus|osaamiskeskukse|kuntayhtymä|koulutusyhtymä|akatemia|akatemi|"
    r"instituutti|instituuti|säätiö)"
    r"(?:n|a|ä|ta|tä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|un|on|oon|ihin|ja|jä|t|jen|hun|en|lä|ksi|na|nä|in|"
    r"issa|ista|ille|illa|iin)?$"
)
_EN_HEADS = words("ORG_HEADS_EN")
_NUMBER_AFTER_LABEL = re.compile(r"\s*[:#]?\s*\d")
_CONNECT = words("ORG_CONNECT")
# (grouped by first letter: the same matches in fewer steps; "own/small/family company/firm/business," spelled out)
_EMPLOYER_ALTS = (
    r"työskentelee|työskenteli|työskennellyt|työskentelevä|töissä|työpaikka(?:na)?\s+on|"
    r"työnantaja(?:na)?(?:\s+on)?|työnantajansa|harjoittelupaikka(?:na)?\s+on|työkokeilu\w*|"
    r"works at|worked at|working at|works for|employed by|employer is|job at|trial at|placement at|"
    r"arbetar på|arbetar vid|arbetar hos|jobbar på|jobbar vid|jobbar hos|anställd (?:vid|på|hos)|praktik (?:på|hos)|"
    r"praktiserar på|arbetsprövning (?:hos|på|vid)|"
    r"own company,|own firm,|own business,|small company,|small firm,|small business,|"
    r"family company,|family firm,|family business,|company,|firm,|business,|"
    r"called|named|nimeltä|nimeltään|niminen|som heter|vid namn"
)
_EMPLOYER_CUES = word_start_keywords(_EMPLOYER_ALTS)
_EMPLOYER_PREFIXES = keyword_prefixes(_EMPLOYER_ALTS)
_EMPLOYER_CTX = re.compile(rf"{_EMPLOYER_CUES}\s+")  # (?<![\w])(?i:cues)\s+


def _keep(t: Token, lex: Lexicon) -> bool:
    low = t.lower
    if lex.get(low) & KEEP or lex.lookup(t.text)[0] & KEEP:
        return True  # Kela, Kelassa
    return "-" in low and bool(lex.lookup(low.split("-")[0])[0] & KEEP)


def _acronym_common(word: str) -> bool:
    """TYK-kuntoutus, KELA-kurssi, AMK-opinnot, TULES-vaivat: an acronym qualifying a common noun."""
    head, sep, tail = word.partition("-")
    return bool(sep) and len(head) >= 2 and head.isupper() and tail[:1].islower()


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return len(gap) <= 3 and gap.strip(" &") == ""


# A profession opening a sentence ("Neurologi Kaarina Vuorela …", "Puheterapeutti Niina …") is no name
PROFESSION_SHAPE = re.compile(
    r"(?:terapeutti|logi|lääkäri|hoitaja|ohjaaja|valmentaja|opettaja|sihteeri|neuvoja|kuraattori|työntekijä|"
    r"asiantuntija|koordinaattori|therapist|doctor|nurse|physician|counsellor|terapeut|läkare|sköterska)$"
)


# Finnish verb forms that open a sentence before an employer: Työskennellyt, Aloittanut, Työskentelee
_FI_VERB_SHAPE = re.compile(r"(?:[nlrs][uy]t|[lnrst]ee|ttiin|taan|tään)$")


def _ordinary_start(t: Token, lex: Lexicon) -> bool:
    """A sentence-initial word that is only capitalised by its position: a frequent word or a compound of
    two (Työskentelee, Kuntoutusselvitys, Työtoiminta), unless it is a place, a name or a head word."""
    w = t.lower
    if lex.lookup(t.text)[0] & (NAME | PLACE | REGION) or _HEAD_CAP.match(w) or t.text in _EN_HEADS:
        return False
    if lex.get(w) & COMMON or w in lex.frequent or PROFESSION_SHAPE.search(w) or _FI_VERB_SHAPE.search(w):
        return True
    return _compound_of_frequent(w, lex)


_ACTION_NOUN = re.compile(r"(?:elu|ely|minen|us|ys|nta|ntä|nti|ointi)$")


def _compound_of_frequent(w: str, lex: Lexicon, parts: int = 3) -> bool:
    """Työ|terveys|neuvottelu: two or three frequent words joined."""
    if len(w) < 8 or parts < 2:
        return False
    for i in range(3, len(w) - 3):
        if w[:i] in lex.frequent and (w[i:] in lex.frequent or _compound_of_frequent(w[i:], lex, parts - 1)):
            return True
    return False


def _region_in_name(prev: Token, t: Token, lex: Lexicon) -> bool:
    """A region after a capitalised word of the name, not a head (`University of Eastern Finland`; not `Bank of
    Finland`, `Services Finland`)."""
    flags = lex.get(t.lower)
    return bool(flags & REGION) and not flags & ALLOW and prev.cap and prev.text not in _EN_HEADS


def _generic(flags: int) -> bool:
    """A kept word of the lists that is no given name too (`Social`, `Public`, `Kela`; not `Thai`, `Islam`: a firm's
    name)."""
    return bool(flags & ALLOW) and not (flags & FIRST and not flags & COMMON)


def _cap_member(t: Token, lex: Lexicon, allow_start: bool) -> bool:
    if t.colon_suffix:
        return False
    if not (t.cap or t.upper or t.text in LEGAL) or _acronym_common(t.text):
        return False
    if t.sent_start and not allow_start:
        return False
    return not (t.sent_start and _ordinary_start(t, lex))


def _extend(text: str, toks: list[Token], i: int, j: int, lex: Lexicon, left: int = 5, right: int = 3) -> tuple[int, int]:
    """Grow the token range [i, j] over neighbouring capitalised words (and inner connectors)."""
    n = 0
    while i > 0 and n < left:
        p = toks[i - 1]
        if not _gap_ok(text, p, toks[i]):
            break
        if _cap_member(p, lex, allow_start=True):
            i -= 1
        elif p.text in _CONNECT and i >= 2 and _gap_ok(text, toks[i - 2], p) and _cap_member(toks[i - 2], lex, True):
            i -= 2
        else:
            break
        n += 1
    n = 0
    while j + 1 < len(toks) and n < right:
        nx = toks[j + 1]
        if not _gap_ok(text, toks[j], nx) or nx.sent_start:
            break
        if _cap_member(nx, lex, allow_start=False) and (not lex.get(nx.lower) & KEEP or _region_in_name(toks[j], nx, lex)):
            j += 1
        elif (
            nx.text in ("of", "and", "&", "for", "för", "och")
            and j + 2 < len(toks)
            and _gap_ok(text, nx, toks[j + 2])
            and _cap_member(toks[j + 2], lex, allow_start=False)
        ):
            j += 2
        else:
            break
        n += 1
    return i, j


# small words inside company names: "Järven Lämpö ja Vesi Oy", "Pizzeria da Marco Oy", "Bakery of Joy Ltd"
_LEGAL_CONNECT = _CONNECT | words("LEGAL_CONNECT")


def _legal_run(text: str, toks: list[Token], idx: int, lex: Lexicon) -> int:
    """First token of the capitalised run right before a legal form (Oy, Ab, Tmi ...), at most six words.

    Every capitalised word counts (foreign words, places, regions, kept bodies); a frequent word that
    opens the sentence (Eilen, Lisäksi) only when it is an organisation head word (Ravintola) or the run's
    only word."""
    i = idx
    while i > 0 and idx - i < 6:
        p = toks[i - 1]
        if (
            p.text in _LEGAL_CONNECT
            and i < idx
            and i >= 2
            and _gap_ok(text, p, toks[i])
            and _gap_ok(text, toks[i - 2], p)
            and toks[i - 2].cap
            and not toks[i - 2].colon_suffix
            and not toks[i - 2].lower.endswith(("lle", "lta", "ltä", "lla", "llä", "ssa", "ssä", "sta", "stä"))
        ):
            i -= 1  # "Järven Lämpö ja Vesi Oy": a connector inside the name
            p = toks[i - 1]
        if not _gap_ok(text, p, toks[i]) or p.colon_suffix or not (p.cap or p.upper) or _acronym_common(p.text):
            break
        if p.after_bracket:
            break
        ordinary = (
            bool(lex.get(p.lower) & COMMON)
            or p.lower in lex.frequent
            or bool(_FI_VERB_SHAPE.search(p.lower))
            # "Työterveysneuvottelu X Oy": a compound action noun (not a compound name: Lumitähti Siivous Oy)
            or (p.sent_start and _ACTION_NOUN.search(p.lower) is not None and _compound_of_frequent(p.lower, lex))
        )
        if ordinary and lex.lookup(p.text)[0] & (PLACE | REGION):
            ordinary = False  # "Pohjanmaan Putkityö Oy": a place or region opens many company names
        after_colon = char_before(text, p.start) == ":"  # "vahvistui: Lännen Kone ja Kuljetus Oy"
        if p.sent_start and i < idx and ordinary and not after_colon and not (_HEAD_CAP.match(p.lower) or p.text in _EN_HEADS):
            break
        i -= 1
        if p.sent_start:
            break
    return i


def _first_token_at(starts: list[int], pos: int) -> int | None:
    k = bisect.bisect_left(starts, pos)
    return k if k < len(starts) else None


@word_cache
@lru_cache(maxsize=16384)
def _head_cap_at(low: str) -> int:
    """Where a head word with its ending closes the word form (Putkityö|tehdas), -1: nowhere (remembered)."""
    m = _HEAD_CAP.search(low)
    return m.start() if m else -1


@word_cache
@lru_cache(maxsize=16384)
def _head_low(low: str) -> bool:
    """A lower-case word form that is or ends in an institution's head word (aikuisopistossa; remembered)."""
    return _HEAD_LOW.match(low) is not None


_AREA_GENITIVES = words("AREA_GENITIVES")
# A clinic is a generic unit after a place ("Oulun kipupoliklinikalla") but a named one before its name
_CLINIC = re.compile(r"^[a-zåäö-]*(?:klinik?ka|lääkärikeskus|terveysasema|vastaanotto)$")
_CLINIC_ENDS = ("ka", "keskus", "asema", "otto")  # every word _CLINIC matches ends so (a word has no newline)
_ORG_ENDS_INFLECTED = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|n|an|en|ään|aan)$")  # head is the place
# (the "not inside a word" check after the first letter: the regex engine skips to candidate letters)
_HEALTH_PROVIDER = re.compile(r"(?:T(?<![\w-]T)yöterveys|F(?<![\w-]F)öretagshälsa|F(?<![\w-]F)öretagshälsan)\s+[A-ZÅÄÖ][\w-]+")
_SPORTS_CLUB = re.compile(
    r"(?:F(?<![\w-]F)C|F(?<![\w-]F)F|I(?<![\w-]I)FK|I(?<![\w-]I)F|H(?<![\w-]H)C|B(?<![\w-]B)K|S(?<![\w-]S)C|J(?<![\w-]J)K"
    r"|P(?<![\w-]P)K|S(?<![\w-]S)K)\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)?"
)


_AT_FOR_BY = frozenset(("at", "for", "by"))


def find_orgs(
    text: str, toks: list[Token], lex: Lexicon, employer_re: re.Pattern[str] | None, chat: bool = False
) -> Iterator[Cand]:
    """Organisation candidates: names before a legal form (Oy, Ab …), head-word names (koulu, Centre …), known
    employers and chains, names in employer context."""
    n = len(toks)
    starts = token_index.starts(text, toks)
    for idx, t in enumerate(toks):
        if t.colon_suffix:
            continue
        w = t.text
        if w in LEGAL:
            tmi_first = (
                w in ("Tmi", "TMI")
                and idx + 1 < n
                and not toks[idx + 1].colon_suffix
                and _gap_ok(text, t, toks[idx + 1])
                and _cap_member(toks[idx + 1], lex, allow_start=False)
            )
            if tmi_first:  # "Tmi Anna Laine": the name follows the form
                i, j = _extend(text, toks, idx, idx, lex, left=0, right=4)
            else:  # "Pizzeria Roma Tmi:ssä": any capitalised run before the form, places and regions too
                i, j = _legal_run(text, toks, idx, lex), idx
                if i == idx:
                    continue
            if j > i:
                yield Cand(toks[i].start, toks[j].end, "ORG", "org", "company form " + w, PRIO_ORG + 5)
            continue
        low = t.lower
        hm = _head_cap_at(low) if t.cap else -1
        if hm == 0 and lex.lookup(w)[0] & NAME:
            hm = -1  # Marketta is a name, not a market
        if t.cap and (hm >= 0 or w in _EN_HEADS) and not _keep(t, lex) and not _acronym_common(w):
            if lex.get(low) & COMMON and t.sent_start:
                continue
            english = w in _EN_HEADS
            if (
                english
                and idx + 1 < n
                and toks[idx + 1].upper
                and len(toks[idx + 1].text) <= 3
                and _NUMBER_AFTER_LABEL.match(text, toks[idx + 1].end)
            ):
                continue  # "Company ID 3106482-4": a field label before a number, not a company
            if english and idx > 0 and lex.lookup(w)[0] & SUR and lex.lookup(toks[idx - 1].text)[0] & FIRST:
                continue  # "Tapasin Eino Salon": a first name and a surname (Salo), not a beauty salon
            i, j = _extend(text, toks, idx, idx, lex, left=5, right=4 if english else 2)
            if j == i and (t.sent_start or english):
                continue
            if english and j == idx and i < idx and all(toks[k].sent_start for k in range(i, idx)):
                continue
            if english and all(
                k == idx or _generic(lex.get(toks[k].lower)) or toks[k].text in _EN_HEADS or toks[k].text in _CONNECT
                for k in range(i, j + 1)
            ):
                continue  # Social Services, Public Health Centre: generic words only (Thai, Islam: also names)
            yield Cand(toks[i].start, toks[j].end, "ORG", "org", "organisation name", PRIO_ORG)
            continue
        nxt = toks[idx + 1] if idx + 1 < n else None
        head_low = not t.cap and not t.upper and _head_low(low)  # (remembered per word: asked once here)
        if (
            not t.cap
            and not t.upper
            and (head_low or (low.endswith(_CLINIC_ENDS) and _CLINIC.match(low)))
            and not _ORG_ENDS_INFLECTED.search(low)
            and nxt is not None
            and nxt.cap
            and not nxt.sent_start
            and not nxt.colon_suffix
            and _gap_ok(text, t, nxt)
            and not lex.lookup(nxt.text)[0] & (KEEP | PLACE)
        ):
            # "Neuropsykiatrinen klinikka Selkeä", "kahvila Kaneli": a head word, then its name
            before = toks[idx - 1] if idx > 0 else None
            i = idx - 1 if before and _gap_ok(text, before, t) and _cap_member(before, lex, allow_start=True) else idx
            yield Cand(toks[i].start, nxt.end, "ORG", "org", "organisation name after its head word", PRIO_ORG + 5)
            continue
        if head_low and idx > 0:
            p, q = toks[idx - 1], idx - 1
            gap = _gap_ok(text, p, t)
            if p.lower in _AREA_GENITIVES and idx > 1 and gap and _gap_ok(text, toks[idx - 2], p):
                p, q = toks[idx - 2], idx - 2  # "Raahen seudun aikuisopistossa": a place, its area, the school
            place = lex.find(p.text, PLACE) is not None
            # capitalised only by the sentence start, a frequent word is no name (Nuorten työpaja)
            named = (p.cap and (place or not (p.sent_start and p.lower in lex.frequent))) or (chat and place)
            if gap and named and p.lower.endswith("n") and not lex.get(p.lower) & KEEP:
                i, _ = _extend(text, toks, q, q, lex, left=3, right=0)
                yield Cand(toks[i].start, t.end, "ORG", "org", "school or institution of a named place", PRIO_ORG)
    for m in _SPORTS_CLUB.finditer(text):  # FC Kypärämäki, IFK Mariehamn, HC Porvoo
        yield Cand(m.start(), m.end(), "ORG", "org", "sports club", PRIO_ORG)
    for m in _HEALTH_PROVIDER.finditer(text):  # "Työterveys Wellamo": a named provider, not the service
        yield Cand(m.start(), m.end(), "ORG", "org", "occupational health provider", PRIO_ORG)
    if employer_re is not None:
        for m in employer_re.finditer(text):
            s, e = m.span()
            # extend over following capitalised words (K-Market Kirkonkylä)
            k = _first_token_at(starts, e)
            while k is not None and k < n and toks[k].start - e <= 1 and text[e : toks[k].start].strip() == "":
                t = toks[k]
                if not t.cap or t.sent_start or lex.get(t.lower) & KEEP:
                    break
                e = t.end
                k += 1
            yield Cand(s, e, "ORG", "org", "employer or chain", PRIO_ORG)
    lows = token_index.lowers(text, toks)
    for idx in [k + 1 for k, w in enumerate(lows[: max(0, n - 2)]) if w in _AT_FOR_BY]:
        # English: two or more capitalised words after "at / for / by" name an organisation (at Nordic Bakers)
        p, t, nx = toks[idx - 1], toks[idx], toks[idx + 1]
        if t.sent_start or not t.cap or not nx.cap or nx.sent_start:
            continue
        if not _gap_ok(text, t, nx) or _keep(t, lex) or lex.get(t.lower) & COMMON:
            continue
        i, j = _extend(text, toks, idx, idx, lex, left=0, right=4)
        if j > i:
            yield Cand(toks[i].start, toks[j].end, "ORG", "org", "capitalised name after at/for/by", PRIO_ORG - 3)
    for m in keyword_finditer(_EMPLOYER_CTX, text, _EMPLOYER_PREFIXES):
        k = _first_token_at(starts, m.end())
        if k is None:
            continue
        skipped = 0
        while k < n and not toks[k].cap and skipped < 2 and not toks[k].after_bracket:
            k += 1
            skipped += 1
        if k < n and toks[k].after_bracket:
            continue
        if k >= n or not toks[k].cap or _keep(toks[k], lex) or toks[k].sent_start or "-" in toks[k].text[:4]:
            continue
        if toks[k].lower in lex.frequent and not lex.lookup(toks[k].text)[0] & (NAME | PLACE):
            continue  # "työkokeilu. Kysyn Stinalta": a capitalised verb or noun, not a company name
        if len(toks[k].text) == 1 and text[toks[k].end : toks[k].end + 1] == ".":
            continue  # "Työkokeilu / R. A-K.": a person's initial, no employer
        i, j = _extend(text, toks, k, k, lex, left=0, right=4)
        if i == j and lex.find(toks[k].text, PLACE) and not lex.lookup(toks[k].text)[0] & SUR:
            continue  # "työpaikka on Kaarinan keskustassa": a town, left to the place detector
        yield Cand(toks[i].start, toks[j].end, "ORG", "org", "employer named in context", PRIO_ORG - 2)


_EMPLOYER_LABEL = re.compile(
    r"(?im)^[ \t]*(?:(?:nykyinen |entinen )?työnantaja|työpaikka|työkokeilupaikka|harjoittelupaikka|yritys|"
    r"(?:current |previous |former )?employer|workplace|company|arbetsgivare|arbetsplats|företag|praktikplats)"
    r"[ \t]*:[ \t]*"
)


def find_labelled_employers(text: str, toks: list[Token], lex: Lexicon) -> Iterator[Cand]:
    """"Työnantaja: Kiimingin Kotiapu Oy (lähihoitaja)", "Employer: Kebab & Pizza Kultamaa, Kerava": the
    capitalised run after an employer field label, up to a comma, a bracket or the line end."""
    n = len(toks)
    starts = token_index.starts(text, toks)
    for m in _EMPLOYER_LABEL.finditer(text):
        k = _first_token_at(starts, m.end())
        if k is None or toks[k].start != m.end() or not toks[k].cap or _keep(toks[k], lex):
            continue
        j = k
        while (
            j + 1 < n
            and j - k < 5
            and text[toks[j].end : toks[j + 1].start].strip() in ("", "&")
            and "\n" not in text[toks[j].end : toks[j + 1].start]
            and (toks[j + 1].cap or toks[j + 1].text in LEGAL or toks[j + 1].lower in _CONNECT)
        ):
            j += 1
        while j > k and toks[j].lower in _CONNECT:
            j -= 1
        yield Cand(toks[k].start, toks[j].end, "ORG", "org", "employer after a field label", PRIO_ORG + 6)


def employer_regex(names: list[str]) -> re.Pattern[str] | None:
    """One pattern for the known employers ``names`` in any Finnish case form, or None without names."""
    if not names:
        return None
    # each name checks "not inside a word" after its first character: the regex engine then skips to
    # the names' first letters (the same matches as one lookbehind before the alternation, faster);
    # names are grouped by first character, so a position is tried only against its own letter's names
    alts = first_char_groups(sorted(set(names) - {""}, key=lambda n: (-len(n), n)))  # ties by text: the same pattern each run
    ends = (
        "n|a|ä|ta|tä|na|nä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|in|iin|ille|illa|illä|issa|issä|ista|istä|"
        "ilta|iltä|ia|iä|ina|inä|an|en|on|un|kin|lle|lla|han|hen|hon"
    )
    return re.compile(rf"(?:{alts})(?:-?(?:{ends}))?(?![\w])")


compound_of_frequent = _compound_of_frequent  # public: other organisation rules ask the same (signed_orgs)
head_low = _head_low
