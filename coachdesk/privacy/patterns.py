"""Validated pattern detectors: identity codes, accounts, contacts, plates, addresses, dates, ages."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from coachdesk.privacy import per_text
from coachdesk.privacy.cue_scan import (
    by_first_letter,
    cue_starts,
    finditer_near,
    keyword_finditer,
    keyword_prefixes,
    keyword_starts,
    word_start_keywords,
)
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.run_scan import (
    digit_finditer,
    digit_run_starts,
    finditer_at,
    is_letter,
    number_starts,
    run_starts,
)
from coachdesk.privacy.spans import PRIO_ADDRESS, PRIO_AGE_DATE, PRIO_PATTERN, Cand

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# Speed: a pattern that starts with a digit or a capital has its "not inside a word" lookbehind right
# after that first character, "\d(?<![\w-]\d)" for "(?<![\w-])\d" (the same matches and groups): the
# regex engine then jumps from candidate character to candidate character instead of trying every
# position (2-10x faster scans; bench/profile_scrub.py).
_L = "A-Za-zÅÄÖåäöÜüÉé"  # letters used in street names

# --- identity codes -------------------------------------------------------------------------

_HETU = re.compile(r"(\d(?<![\w-]\d)\d)(\d{2})(\d{2})([-+ABCDEFYXWVUabcdefyxwvu])(\d{3})([0-9A-Ya-y])(?![\w])")
_YTUNNUS = re.compile(r"(\d(?<![\w-]\d)\d{6})-(\d)(?![\w-])")
_IBAN = re.compile(r"([A-Z](?<![\w][A-Z])[A-Z]\d{2})((?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![\w])")
_CARD = re.compile(r"\d(?<![\w-]\d)[ -]?(?:\d[ -]?){11,17}\d(?![\w-])")
_PLATE = re.compile(r"([A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[A-ZÅÄÖ]{1,2})-(\d{1,3})(?![\w-]|[.,]\d)")
# a plate after a plate word may be written in lower case or with a space ("rekkari abc-123", "reg.nr ABC 123")
_PLATE_ALTS = r"rekisteri|rekkari|kilpi|registreringsnummer|regnummer|reg\.?\s?nr|registration|plate"
_PLATE_WORDS = word_start_keywords(_PLATE_ALTS)
_PLATE_PREFIXES = keyword_prefixes(_PLATE_ALTS)
_PLATE_CUED = re.compile(
    rf"{_PLATE_WORDS}(?i:\w{{0,8}}"
    r"[ \t:]{1,3}(?:(?:on|är|is|nro|number)[ \t]{1,3}){0,2})([A-Za-zÅÄÖåäö]{2,3}[- ]\d{1,3})(?![\w-]|[.,]\d)"
)
_CASE = re.compile(
    r"[A-ZÅÄÖ\d](?<![\w-][A-ZÅÄÖ\d])(?:(?<=[A-ZÅÄÖ])[A-ZÅÄÖ]{0,4}[-/]?\d{3,}(?:[-/][A-Z0-9]+)*"
    r"|(?<=\d)\d+[-/][A-Z]{1,4}[-/]\d+|(?<=[A-Z])[A-Z]{0,4}-\d{2,4}-\d{2,})(?![\w-])"
)
# a Finnish property identifier, municipality-village-house-plot: 297-412-12-4, 091-404-0012-0345
_PROPERTY_ID = re.compile(r"(?<![\w-])\d{1,3}-\d{1,3}-\d{1,4}-\d{1,4}(?![\w-]|[.,]\d)")
_POSTAL_PREFIXED = re.compile(r"(?:FI|AX|SE)-\d{3} ?\d{2}[ \t]+[A-ZÅÄÖ][a-zåäö]")  # a country prefix, a postal code, a town
_ROOM_BEFORE = re.compile(
    r"(?i)\b(?:huone|huoneessa|huoneeseen|huoneen|kokoushuone\w*|neuvotteluhuone\w*|luokka\w*|sali\w*|room|"
    r"rum|rummet|sal|salen|lokal)\s*$"
)
_ID_KEYWORD_ALTS = (
    r"asiakasnumero|asiakasnro|asiakas-nro|tilausnumero|tilausnro|diaarinumero|dnro|viitenumero|viite|"
    r"asianumero|asianro|asiatunnus|päätöksen numero|päätöksen nro|hakemuksen numero|asian numero|"
    r"päätösnumero|hakemusnumero|tikettinumero|tiketti|laskunumero|potilasnumero|sotu|henkilötunnus|hetu|"
    r"henkilönumero|työntekijänumero|palkkanumero|vahinkonumero|vakuutusnumero|"
    r"case number|case no\.?|customer number|customer no\.?|order number|decision number|reference number|"
    r"employee number|employee id|staff number|payroll number|claim number|policy number|"
    r"ticket|ref\.?|ärendenummer|kundnummer|beslutsnummer|ordernummer|personnummer|personbeteckning|"
    r"anställningsnummer|löntagarnummer|skadenummer|försäkringsnummer"
)
_ID_KEYWORDS = by_first_letter(_ID_KEYWORD_ALTS)
ID_KEYWORDS = _ID_KEYWORDS  # the identifier labels (id_labels.py reads them too)
# (?<![\w])(?i:identifier label), the regex engine skipping to the labels' first letters
ID_KEYWORDS_AT_WORD_START = word_start_keywords(_ID_KEYWORD_ALTS)
_ID_KEYWORD_PREFIXES = keyword_prefixes(_ID_KEYWORD_ALTS)
_KEYWORD_ID = re.compile(
    ID_KEYWORDS_AT_WORD_START
    + r"[\s:#]*(?:(?:on|is|är|nro|no\.?|number)\s+)?([A-Za-z0-9][A-Za-z0-9\-/]{3,}(?:\s\d{3,}(?![\w.,]\d))*"
    r"(?:[ \t]\d{2}(?=[ \t]*(?:[\n/;)]|$)))?)"  # a last group of two digits closing the field: TE-553 881 74
)
_ID_KEYWORD_AT = re.compile(ID_KEYWORDS_AT_WORD_START)
_SCALE_ACRONYMS = words("SCALE_ACRONYMS")


def id_keyword_starts(text: str) -> list[int]:
    """Every position where an identifier label starts (``ID_KEYWORDS_AT_WORD_START`` matches there), ascending:
    the only places ``_KEYWORD_ID`` and ``id_labels._LABELLED`` (both open with it) can match. One scan per
    scrub call (``per_text``) for both; the list is shared, read only."""
    return per_text.once(_id_keyword_starts, text)


def _id_keyword_starts(text: str) -> list[int]:
    starts = keyword_starts(text, _ID_KEYWORD_PREFIXES)  # where a label's first letters stand (str.find in C)
    if starts is not None:
        return [i for i in starts if _ID_KEYWORD_AT.match(text, i)]
    out = []
    m = _ID_KEYWORD_AT.search(text)
    while m is not None:  # (search from the next character: a label starting inside another one is found too)
        out.append(m.start())
        m = _ID_KEYWORD_AT.search(text, m.start() + 1)
    return out
# a first part of a keyword's value that is a word (letters, not all capitals) before the numbers: no part of it
_FIRST_PART = re.compile(r"(?=[^\s\d]*[a-zåäö])[^\W\d]+\s+(?=\d)")

# --- contacts ---------------------------------------------------------------------------------

# (the runs before "@" and "." are possessive, "++": the next character is never in their class, so the
# matches are the same and a word that is no address fails at once instead of stepping back letter by letter)
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]++(?:@|\s?[\(\[]\s?(?:at|ät|a)\s?[\)\]]\s?)[\w-]+(?:(?:\.|\s?[\(\[]\s?(?:dot|piste|punkt)\s?[\)\]]\s?)[\w-]+)+"
)
_URL = re.compile(
    r"(?i)(?<![\w@.])(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|(?<![\w@.\-])[\w-]++(?:\.[\w-]++)*\.(?:com|fi|se|org|net|io|eu|info|example|me|ly|app|dev|co|uk|ax)"
    r"(?:/[^\s<>\"')\]]*)?(?![\w@])"
)
# Where an address can start (run_scan): an e-mail at the start of the run of [\w.+-] before "@" or before
# "(" / "[" (a space between); a web address at "http" / "www." or at the start of the run of [\w.-] before
# a ".com"-like ending.
_URL_HEAD = re.compile(r"(?i)https?://|www\.")
_URL_HEAD_CUES = ("http", "www.")  # (h, t, p, w fold to nothing else: every _URL_HEAD match lower-cases so)
_URL_END = re.compile(r"(?i)\.(?:com|fi|se|org|net|io|eu|info|example|me|ly|app|dev|co|uk|ax)")


def _in_email(ch: str) -> bool:
    return ch.isalnum() or ch in "_.+-"


def _in_host(ch: str) -> bool:
    return ch.isalnum() or ch in "_.-"


def _email_starts(text: str) -> Iterator[int]:
    ends = []
    for c in cue_starts(text, ("@", "(", "[")):
        if c > 0 and text[c] != "@" and text[c - 1].isspace():
            ends.append(c - 1)
        ends.append(c)
    return run_starts(text, ends, _in_email)


def _url_starts(text: str) -> list[int]:
    hosts = run_starts(text, [m.start() for m in _URL_END.finditer(text)], _in_host)
    heads = _URL_HEAD.finditer(text) if _holds_cue(text, _URL_HEAD_CUES) else ()
    return sorted({*hosts, *(m.start() for m in heads)})
# a mention by display name (Teams, Slack): a capitalised given name, then a surname's initial (not the English
# article or pronoun: "@Anna A quick one", "@Anna I think")
_MENTION_NAME = re.compile(r"@[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
_MENTION_INITIAL = re.compile(r" [B-HJ-ZÅÄÖ]\.?(?![\w'’-])")
_HANDLE = re.compile(r"(?<![\w@.])@\w(?:[\w.\-]*\w)?")  # "@anna.koski-virtanen", "@hr-tiimi", "@åsa.b"
_PHONE_CAND = re.compile(
    # "+358 …" / "00358 …" / "(+358) …" (international), then "(09) …" / "040 …": the alternatives in that order
    r"[+0(](?<![\w+][+0(])(?:"
    r"(?<=\+)\d{1,3}[\s-]?(?:\(0\)\s?)?\d(?:[\s-]?\d){5,12}(?![\w])"
    r"|(?<=0)0\d{1,3}[\s-]?(?:\(0\)\s?)?\d(?:[\s-]?\d){5,12}(?![\w])"
    r"|(?<=\()\+\d{1,3}\)[\s-]?(?:\(0\)\s?)?\d(?:[\s-]?\d){5,12}(?![\w])"  # "(+358) 50 238 4916" (e-mail signatures)
    r"|(?<=\()(?<![\w+.,]\()0\d{1,3}\)?(?:[\s-]?\d){5,10}(?![\w]|[.,]\d)"
    r"|(?<=0)(?<![\w+.]0)(?:(?<!\d,0)|(?<=\.\d{4},0))\d{1,3}\)?(?:[\s-]?\d){5,10}(?![\w]|[.,]\d)"
    r"|(?<=,0)(?<!\d,0)\d{1,3}(?:[\s-]?\d){5,10}(?=,\d))"
    # ",040 …" in a CSV row (also after a date field: "18.10.1974,050 …"), not "1,040 …"; a field between commas
    # may have a number field after it (",045 770 2218,2027-01-14")
)

# --- addresses ------------------------------------------------------------------------------

_STREET_STRONG = (
    r"katu|kadu(?:lla|lta|lle|n|ssa|sta|un)|katua|katuun|tie|tie(?:llä|ltä|lle|n|tä|hen|ssä|stä)|"
    r"kuja(?:lla|lta|lle|n|a|an|ssa|sta)?|polku|polu(?:lla|lta|lle|n)|polkua|polkuun|"
    r"väylä(?:llä|ltä|lle|n|ä|än)?|raitti|raiti(?:lla|lta|lle|n)|kaari|kaare(?:lla|lta|lle|n|en)|kaarta|"
    r"piha(?:lla|lta|lle|n)?|tori|tori(?:lla|lta|lle|n)|aukio(?:lla|lta|lle|n)?|puistikko|puistiko(?:lla|n)|"
    r"bulevardi(?:lla|lta|lle|n)?|tanhua(?:lla|lta|lle|n)?|kaarre|kaartee(?:lla|n)|esplanadi(?:lla|lta|lle|n)?|"
    r"kujanne|kujantee(?:lla|n)|"
    r"gatan|gata|vägen|gränd|gränden|stigen|allén|allé|torget|esplanaden|promenaden|kajen|ringen"
)
_STREET_WEAK = r"linja|linjalla|linjan|laita|porras|penger|stig|stranden|kulla|slingan|rinne|rintee(?:llä|ltä|lle|n)|ranta|ranna(?:lla|lta|n)|mäki|mäe(?:llä|ltä|lle|n)|niemi|nieme(?:llä|n)|vainio(?:lla|n)?|kulma|backen|backe|strand|street|road|avenue|lane|väg|gård"
_NUM = r"\d{1,4}(?:\s?[A-Za-z](?![\w]))?(?:\s?\d{1,3}(?![\d]|[.,]\d))?(?:\s?(?:as\.?|asunto|bst\.?|lgh\.?|lgh)\s?\d{1,4})?"
# (AX-22100 Mariehamn: Åland; a hurried note's lower-case prefix and town: ax-22270 eckerö)
_POST = r"(?:,?\s+(?:(?:FI-|AX-|fi-|ax-)\d{5}(?:\s+[^\W\d_][\wåäö-]+)?|\d{5}(?:\s+[A-ZÅÄÖ][\wåäö-]+)?))?"
# A word followed by a house number; the word is then checked for a street suffix (fast). (The word is a
# possessive run, "*+": white space follows it, so giving letters back never helps; the same matches.)
_WORD_NUM = re.compile(rf"(?<![\w-])([{_L}][{_L}-]*+)\s+{_NUM}(?![\d]){_POST}")
_SUFFIX_CAP = re.compile(rf"(?:{_STREET_STRONG}|{_STREET_WEAK})$")
# a capitalised first word of a two-word street before a lower-case street word: a genitive or a street adjective
_STREET_LEAD = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö-]+(?:[aeiouyäö]n|[lnrst]en)|Vanha|Uusi|Pieni|Iso|Itäinen|Läntinen|Pohjoinen|Eteläinen"
    r"|Gamla|Norra|Södra|Östra|Västra|Stora|Lilla)[ \t]$"
)
_STREET_ADJECTIVE = re.compile(  # before a capitalised street word: "Vanha Satamatie", "Norra Esplanaden"
    r"(?<![\w-])(?:Vanha|Uusi|Pieni|Iso|Itäinen|Läntinen|Pohjoinen|Eteläinen|Gamla|Norra|Södra|Östra|Västra|Stora|Lilla)"
    r"[ \t]$"
)
_SUFFIX_LOW = re.compile(rf"(?:{_STREET_STRONG})$")
_STREET_ALONE = re.compile(rf"[A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])[a-zåäö-]{{2,}}(?:{_STREET_STRONG})(?![\w-])")
_TORI_NOT_SQUARE = re.compile(r"(?:aattori|ttori|ktori|htori|itori)(?:lla|lta|lle|n|a)?$", re.IGNORECASE)
# a Swedish postal code (NNN NN, SE-NNN NN) and a town, opening a line or after a comma (`Lundbygatan 8, 506 30 Borås`)
# (not a Finnish case of a word after it: `Soita 045, 123 45 Kallelle`)
_SE_POSTAL = re.compile(r"(?:(?<=, )|(?<=\n)|^)(?:SE-)?\d{3} \d{2}[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?(?![\w])"
                        r"(?<!lle)(?<!ll[aä])(?<!lt[aä])(?<!ss[aä])(?<!st[aä])")
_POSTAL = re.compile(  # FI-00100 Helsinki, 00100 Helsinki, AX-22100 Mariehamn (Åland's postal codes)
    r"[FA\d](?<![\w-][FA\d])(?:(?<=F)I-\d{5}|(?<=A)X-\d{5}|(?<=\d)\d{4})\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ]?[a-zåäö]+)?(?![\w])"
)

# --- dates --------------------------------------------------------------------------------

_FI_MONTH = r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(?:kuuta|kuun|kuussa|kuu)"
_SV_MONTH = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
# a comma before the day only as a field separator ("palkkatuki,22.1.2027", "Perera,18.10.1974"), not "1,5.6."
_DATE_NUM = re.compile(r"(\d(?<![\w.]\d)(?<!\d,\d)\d?)\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2})(?![\d]|[:.]\d))?(?![\d])")
_DATE_ISO = re.compile(r"(\d(?<![\w-]\d)\d{3})-(\d{2})-(\d{2})(?![\w-])")
_DATE_DASH = re.compile(r"(\d(?<![\w-]\d)\d?)-(\d{1,2})-(\d{4})(?![\w-])")
_DATE_SLASH = re.compile(r"(\d(?<![\w/]\d)\d?)/(\d{1,2})/(\d{4}|\d{2})(?![\w/])")
_DATE_WORDS = re.compile(
    rf"(?<![\w])(?:\d{{1,2}}\.\s?{_FI_MONTH}(?:\s+\d{{4}})?"
    rf"|(?i:{_FI_MONTH})\s+\d{{1,2}}\.(?:\s?(?:päivä\w*))?(?:\s+(?:19|20)\d\d(?![\d.,:]\d))?"  # maaliskuun 3. päivä 2027
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_EN_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d])(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?::e|:a)?\s+{_SV_MONTH}(?:\s+\d{{4}})?)(?![\w])"
)
_BIRTH_WORDS = by_first_letter(r"syntynyt|synt\.|s\.|born(?: in)?|b\.|född(?: år)?|f\.")
_BIRTH_YEAR = re.compile(
    rf"(?<![\w])({_BIRTH_WORDS})\s?(?:vuonna\s)?((?:19|20)\d{{2}})(?![\w\-–])",
    re.IGNORECASE,
)
# the year starts at most "syntynyt" + a space + "vuonna " (16 characters) after the match's start (cue_scan)
_YEAR_CUE = re.compile(r"(?:19|20)\d\d")
_BIRTH_YEAR_REACH = 20
_DATE_BEFORE_DASH = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\s?[–-]\s?$")
_DAY_BEFORE_DASH = re.compile(r"(?<![\d.])\d{1,2}\.?\s?[–-]\s?$")
_DAY_DOT_BEFORE_DASH = re.compile(r"(?<![\d.])\d{1,2}\.[ \t]?[–-][ \t]?$")  # "21.-23.12.": the first day, month elided
_TIME_BEFORE = re.compile(r"(?i)(?:klo|kello|kl\.?|at|from|to|alkaen|–|-)\s*$")

# --- ages -------------------------------------------------------------------------------------

_AGE_FI = re.compile(
    r"(\d(?<![\w.,]\d)\d{0,2})(?:\s?-\s?|\s)?(vuotia\w*|v\.?(?![\w])|vee\w*|kymppi\w*)(?![\w])", re.IGNORECASE
)
_AGE_FI_V_BAD_AFTER = re.compile(r"^\s*(?:sitten|ajan|kuluttua|ajaksi|töissä|vuotta|vk|pv|h\b|/)", re.IGNORECASE)
_AGE_EN = re.compile(
    r"(?i)(?<![\w])(?:(aged?|age:)\s+(\d{1,3})(?![\w.,]\d)|(\d{1,3})[\s-](?:years?|yrs?)[\s-]old(?![\w])|(\d{1,3})-year-old|(\d{1,3})\s?yo(?![\w]))"
)
_AGE_SV = re.compile(r"(?i)(\d(?<![\w]\d)\d{0,2})(?:\s?-\s?|\s)?(år(?:\s+gammal|\s+gamla)?|-årig\w*|-åring\w*|åring\w*)(?![\w])")
_SV_AGE_BAD_BEFORE = re.compile(r"(?i)(?:\b(?:i|för|sedan|under|efter|om|på|varit|har|hade|jobbat|arbetat|bott)\s+)$")
# a person noun, "på" and the age: "en ukrainsk kvinna på 33 år", "en kille på 19 år" (not "i Sverige på 33 år")
_SV_PERSON_PA = re.compile(
    r"(?i)\b(?:kvinna|man|kille|tjej|pojke|flicka|son|dotter|person|klient|kund|mamma|pappa|änka|änkling|sambo|"
    r"hustru|fru|make|maka|flykting|arbetare)[ \t]+på[ \t]+$")
_SV_AGE_GOOD = re.compile(r"(?i)(?:\b(?:är|var|blir|fyller|blev|fyllde)\s+(?:bara\s+|redan\s+|snart\s+|nu\s+)?|[,(]\s?)$")
_TURN_ALTS = (
    r"täyttää|täytti|täyttänyt|täyttämässä|täyttäessään|turned|turns|turning|fyller|fyllde|fyllt|"
    r"ikä:?|iältään|age:|ålder:?"
)
_TURN_WORDS = word_start_keywords(_TURN_ALTS)
_TURN_PREFIXES = keyword_prefixes(_TURN_ALTS)
_AGE_TURN = re.compile(
    rf"{_TURN_WORDS}(?i:"
    r"\s+(\d{1,3})(?:\s+(?:vuotta|years|år))?(?![\w%€]|[.,]\d))"
)
_AGE_YEARS_OF_AGE = re.compile(
    r"(?i)(\d(?<![\w]\d)\d{0,2})\s?(?:years\s+of\s+age|y/o|v\.?\s?vanha|vuoden\s+ikäi\w*|vuoden\s+vanha\w*|"
    r"vuotta\s+(?:täyttänyt|täyttävä|täyttää|täytti|täyttäessään|vanha))(?![\w])"
)
_BIRTH_YEAR_REV = re.compile(
    r"(?i)(?<![\w])(?:vuonna\s+)?((?:19|20)\d{2})\s+(syntynyt|syntyneen\w*|syntynee\w*|born|född)(?![\w])"
)
# Substrings of the lower-cased text that every match of a pattern holds: no cue, no scan. (Letters whose
# IGNORECASE class is wider than the letter and its capital, i, k, s, å (cue_scan._FOLDS), are left out of
# a cue unless their odd forms lower-case to the letter: "yntyn", not "syntyn", because ſ is no s. A new
# alternative of the pattern needs its cue here, and an example in test_patterns.CUED_EXAMPLES.)
_BIRTH_YEAR_REV_CUES = ("yntyn", "born", "född")
_AGE_SV_CUES = ("år",)
_AGE_YEARS_OF_AGE_CUES = ("year", "y/o", "vanha", "vuode", "vuott")
# "a client of mine (41)", "Client (29) with burnout", "asiakas (52)": a person noun, then the age
_GENDER_WORDS = r"mies|nainen|poika|tyttö|man|woman|kvinna|pojke|flicka"
_AGE_UNIT = r"(?:\s?v\.?|\s?år|\s?y)?"
_PAREN_PERSON_WORDS = rf"client|clients|mine|guy|lady|asiakas|asiakkaani|klient|klienten|kund|{_GENDER_WORDS}"
_AGE_PERSON_PAREN = re.compile(
    rf"(?i)\b(?:{_PAREN_PERSON_WORDS})\s?\((\d{{1,2}}){_AGE_UNIT}\s*[,)]"  # "a client of mine (29, ADHD)"
)
# every match holds "(" and a digit at most the longest person word and a space after its start
_AGE_PAREN_CUE = re.compile(r"\(\d")
_AGE_PAREN_REACH = max(len(w) for w in _PAREN_PERSON_WORDS.split("|")) + 1
# "(mies, 46)", "(kvinna, 52 år)", "(male, 38)": a gender word then the age
_AGE_GENDER = re.compile(
    rf"(?i)\((?:male|female|boy|girl|m|n|f|k|{_GENDER_WORDS})\s*,\s*(\d{{1,2}}){_AGE_UNIT}\s*[,)]"
)
# "(tytär, 9 v)", "(son, 7)", "(dotter, 4 år)": a kin word, a comma and an age, a child's too
_KIN_PAREN_WORDS = r"tytär|poika|sisko|veli|vaimo|mies|puoliso|äiti|isä|emäntä|isäntä|daughter|son|wife|husband|" \
    r"mother|father|sister|brother|dotter|son|hustru|make|mor|far|syster|bror"
_AGE_KIN_PAREN = re.compile(rf"(?i)\((?:{_KIN_PAREN_WORDS})\s*,\s*(\d{{1,2}})({_AGE_UNIT})\s*[,)]")
# "(nainen 42, mies 45)", "emäntä (52)": a gender or kin word and a bare age in brackets
_AGE_WORD_SPACE = re.compile(rf"(?i)(?:\(|, )(?:{_GENDER_WORDS}|{_KIN_PAREN_WORDS}) (\d{{2}})(?=\s*[,);])")
_AGE_KIN_BARE_PAREN = re.compile(rf"(?i)\b(?:{_KIN_PAREN_WORDS}) \((\d{{2}})\)")
_AGE_BARE = re.compile(r"(?<=[(,])\s?(\d{1,3})(?=\s?[,);]|\.(?:\s|$)|[ \t]*(?:\n|$))")
# After these a number is a count, a sum or a duration, not an age ("on 31 vuoden työura", "is 3 weeks into")
_NOT_AN_AGE_AFTER = (
    r"(?![\w%]|[.,]\d|\s?(?:%|€|h\b|km|kg|min|vuo|year|v\b|år|kerta|tunti|päivä|viikko|kuukau|hour|day|time|"
    r"week|month|timm|dag|gång|veck|mån))"
)
_IS_ALTS = (
    r"he's|she's|he is|she is|they're|is now|hän on|on nyt|on siis|hon är|han är|som är|blir|fyller|"
    r"fyllde|turns|turned|täyttää|täytti"
)
_IS_WORDS = word_start_keywords(_IS_ALTS)
_IS_PREFIXES = keyword_prefixes(_IS_ALTS)
_AGE_IS = re.compile(
    rf"{_IS_WORDS}(?i:(?:\s+(?:actually|only|just|now|already|still|bara|redan|faktiskt|nu|siis|"
    r"jo|vasta|nyt|vain))?\s+(\d{1,2})" + _NOT_AN_AGE_AFTER + ")"
)


def _age_en_starts(text: str) -> list[int]:
    """Where ``_AGE_EN`` can match: at "age" in any letter case (a, g, e fold to nothing else), or at a digit
    after no word character, which starts a run of digits."""
    low = per_text.once(str.lower, text)
    ages = cue_starts(low, ("age",)) if len(low) == len(text) else list(range(len(text)))
    return sorted({*digit_run_starts(text), *ages})


def hetu_valid(m: re.Match[str]) -> bool:
    """The check character of a henkilötunnus match (groups: day, month, year, century, serial, check) is right."""
    num = int(m.group(1) + m.group(2) + m.group(3) + m.group(5))
    return HETU_CHECK[num % 31] == m.group(6).upper()


def ytunnus_valid(digits: str, check: str) -> bool:
    """The check digit of a Y-tunnus (seven ``digits``, one ``check``) is right."""
    weights = (7, 9, 10, 5, 8, 4, 2)
    r = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    if r == 1:
        return False
    return int(check) == (0 if r == 0 else 11 - r)


def iban_valid(iban: str) -> bool:
    """The ISO 13616 mod-97 check of an IBAN (spaces allowed) holds."""
    s = iban.replace(" ", "").upper()
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def luhn_valid(num: str) -> bool:
    """The Luhn check of a card number (non-digits skipped) holds."""
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def age_range(n: int) -> str:
    """The decade of ``n`` written one year wider on each side: 50..59 -> "49–60", 100+ -> "99+".

    Every age of a decade gets the same text (nothing narrower than the decade is revealed), and no
    age is ever an end of its own range, so "59-vuotias" never survives inside "50–59-vuotias" and
    "aged 40" never inside "aged 40–49".
    """
    if n >= 100:
        return "99+"
    lo = n // 10 * 10
    return f"{max(lo - 1, 0)}–{lo + 10}"


def _c(m: re.Match[str], label: str, kind: str, reason: str, prio: int = PRIO_PATTERN, g: int = 0) -> Cand:
    return Cand(m.start(g), m.end(g), label, kind, reason, prio)


# a Swedish personnummer, (YY)YYMMDD-NNNN (+ past a hundred years): a valid date; the Luhn check over its ten digits
_SE_PNR = re.compile(r"(?<![\w-])((?:19|20)?\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-+](\d{4})(?![\w-])")
_HETU_HEAD = re.compile(r"(\d(?<![\w-]\d)\d)(\d{2})\d{2}[+ABCDEFUVWXY](?![\w-])")


def find_ids(text: str) -> Iterator[Cand]:
    """Identity codes, business IDs, IBANs, card numbers, plates and case or customer numbers."""
    for m in digit_finditer(_HETU, text):
        dd, mm = int(m.group(1)), int(m.group(2))
        ok = hetu_valid(m)
        if ok or (1 <= dd <= 31 and 1 <= mm <= 12):
            yield _c(m, "ID", "hetu", "henkilötunnus" if ok else "henkilötunnus-shaped (check character differs)", 95)
    for m in digit_finditer(_HETU_HEAD, text):  # "hetun alku 070312B": the date and century half of a code
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            yield _c(m, "ID", "hetu", "start of a henkilötunnus", 94)
    for m in _SE_PNR.finditer(text) if "-" in text or "+" in text else ():
        if luhn_valid(m.group(1)[-2:] + m.group(2) + m.group(3) + m.group(4)):
            yield _c(m, "ID", "personnummer", "Swedish personal identity number (Luhn)", 95)
        else:  # a date and four digits: a personnummer typed wrong is still one (as a henkilötunnus's wrong check character)
            yield _c(m, "ID", "personnummer", "Swedish personal identity number-shaped (check digit differs)", 93)
    for m in digit_finditer(_YTUNNUS, text):
        ok = ytunnus_valid(m.group(1), m.group(2))
        yield _c(m, "ID", "ytunnus", "Y-tunnus" if ok else "Y-tunnus-shaped number", 90)
    for m in _IBAN.finditer(text):
        raw = m.group(0)
        ok = iban_valid(raw)
        if ok or raw.startswith(("FI", "SE", "AX")):
            yield _c(m, "ID", "iban", "IBAN (mod 97)" if ok else "IBAN-shaped account number", 92)
    for m in digit_finditer(_CARD, text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            yield _c(m, "ID", "card", "payment card (Luhn)", 88)
    for m in _PLATE.finditer(text):
        if m.group(1) in _SCALE_ACRONYMS:
            continue
        yield _c(m, "ID", "plate", "car registration plate", 85)
    for m in keyword_finditer(_PLATE_CUED, text, _PLATE_PREFIXES):
        yield _c(m, "ID", "plate", "car registration plate after a plate word", 85, g=1)
    for m in _PROPERTY_ID.finditer(text) if "-" in text else ():
        if sum(ch.isdigit() for ch in m.group(0)) >= 7:
            yield _c(m, "ID", "case", "property identifier (kiinteistötunnus)", 86)
    for m in _CASE.finditer(text):
        if _ROOM_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "huone B214", "room A113": a room, not a person's number
        head = re.match(r"[A-ZÅÄÖ]+", m.group(0))
        if head and head.group(0) in _SCALE_ACRONYMS and len(re.sub(r"\D", "", m.group(0))) < 4:
            continue
        if _POSTAL_PREFIXED.match(text, m.start()):
            continue  # "FI-00100 Helsinki", "AX-22100 Mariehamn": a postal code and its town (the address reads it)
        yield _c(m, "ID", "case", "case, customer or order number", 84)
    for m in finditer_at(_KEYWORD_ID, text, id_keyword_starts(text)):
        if any(ch.isdigit() for ch in m.group(1)):
            c = _c(m, "ID", "case", "number after an identifier keyword", 84, g=1)
            first = _FIRST_PART.match(text, c.start, c.end)
            if first is not None:  # "asiakasnumero soitti 4567": a word, no prefix of the code (AS, KELA)
                c.start = first.end()
            yield c


def find_contacts(text: str) -> Iterator[Cand]:
    """E-mail addresses (also ``(at)``), URLs, handles and phone numbers."""
    for m in finditer_at(_EMAIL, text, _email_starts(text)):  # "@", "(at)", "[ät]"
        s, e = m.span()
        while e > s and text[e - 1] in ".-_":
            e -= 1
        yield Cand(s, e, "CONTACT", "email", "e-mail address", 93)
    for m in finditer_at(_URL, text, _url_starts(text)):
        s, e = m.span()
        while e > s and text[e - 1] in ".,;:!?-":
            e -= 1
        frag = text[s:e]
        if "/" not in frag and "www" not in frag.lower() and frag.count(".") < 1:
            continue
        if re.fullmatch(r"[\d.]+", frag):
            continue
        yield Cand(s, e, "CONTACT", "url", "web address", 91)
    for m in finditer_at(_HANDLE, text, cue_starts(text, ("@",))):  # every handle starts with "@"
        c = _c(m, "CONTACT", "handle", "social media handle", 90)
        initial = _MENTION_INITIAL.match(text, m.end()) if _MENTION_NAME.fullmatch(m.group(0)) else None
        if initial is not None:
            c.end = initial.end()  # "@Ulla F hann du …": a chat mention's display name with the surname's initial
        yield c
    yield from _phones(text)


def _phones(text: str) -> Iterator[Cand]:
    seen: dict[str, tuple[str, int] | None] = {}  # per call: no number of a note outlives the scrub
    for m in _PHONE_CAND.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1] in " -":
            e -= 1
        raw = text[s:e]
        verdict = seen[raw] = seen[raw] if raw in seen else _phone_verdict(raw)
        if verdict:
            yield Cand(s, e, "CONTACT", "phone", verdict[0], verdict[1])


def _phone_verdict(raw: str) -> tuple[str, int] | None:
    """(reason, priority) for a phone-shaped string, None when it is no phone number (phonenumbers is
    imported at the first phone-shaped string, not with this module)."""
    digits = re.sub(r"\D", "", raw)
    if len(digits) < 7:
        return None
    import phonenumbers

    try:
        num = phonenumbers.parse(raw, "FI")
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number(num) or phonenumbers.is_valid_number(num):
        return "phone number", 89
    if len(digits) >= 8:
        return "phone-like number", 87
    return None


def find_addresses(text: str) -> Iterator[Cand]:
    """Street addresses with a house number (flat, postal code, town too), street names alone, postal codes with a town."""
    for m in _WORD_NUM.finditer(text):
        word = m.group(1)
        if word[0].isupper():
            if not _SUFFIX_CAP.search(word):
                continue
        elif not _SUFFIX_LOW.search(word) or re.match(r"\s+\d{1,4}[.,:]\d", text[m.end(1) : m.end(1) + 9]):
            continue
        s, e = m.span()
        while e > s and text[e - 1] in " ,":
            e -= 1
        if text[e - 5 : e].isdigit() and (town := _LOWER_TOWN.match(text, e)) and _is_place(town.group(1)):
            e = town.end()  # "karhulantie 22 c 31 48600 kotka": a hurried note's town in lower case
        lead = _STREET_LEAD if not word[0].isupper() else _STREET_ADJECTIVE
        if found := lead.search(text, max(0, s - 30), s):
            s = found.start()  # "Sörnäisten rantatie 25", "Vanha porvoontie 3", "Vanha Satamatie 21": a two-word street
        yield Cand(s, e, "ADDRESS", "address", "street address", PRIO_ADDRESS)
    for m in _STREET_ALONE.finditer(text):
        if _TORI_NOT_SQUARE.search(m.group(0)):
            continue  # Kuraattori, Rehtori, Monitori: a person or thing, not a square (Kauppatori)
        yield _c(m, "ADDRESS", "street", "street name", PRIO_ADDRESS - 5)
    for m in _POSTAL.finditer(text):
        yield _c(m, "ADDRESS", "postal", "postal code and town", PRIO_ADDRESS)
    for m in _SE_POSTAL.finditer(text) if ", " in text or "\n" in text else ():
        yield _c(m, "ADDRESS", "postal", "Swedish postal code and town", PRIO_ADDRESS)


_LOWER_TOWN = re.compile(r"[ \t]+([a-zåäö][a-zåäö-]{2,})(?![\w-])")


def _is_place(word: str) -> bool:
    """A town or place of the lists (the lexicon is loaded by then: the scrubber reads it first)."""
    from coachdesk.privacy.lexicon import PLACE, get_lexicon

    return bool(get_lexicon().get(word) & PLACE)


def _is_time_context(text: str, start: int) -> bool:
    return bool(_TIME_BEFORE.search(text[max(0, start - 8) : start]))


_WEEKDAY_BEFORE = re.compile(
    r"(?i)(?:(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)[a-zäö]{0,4}"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?"
    r"|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?(?:\s+den)?)\s+$"
)


def _with_weekday(text: str, c: Cand) -> Cand:
    m = _WEEKDAY_BEFORE.search(text, max(0, c.start - 24), c.start)
    if m:
        c.start = m.start()
    return c


def _holds_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Does the lower-cased text hold one of ``cues`` (a pattern none of whose matches can be there otherwise)?
    (Lower-cased once per scrub call: ``per_text``.)"""
    low = per_text.once(str.lower, text)
    return any(cue in low for cue in cues)


def find_dates(text: str, lang: str) -> Iterator[Cand]:
    """Exact dates in digits or words (``5.6.2025``, ``3 June``, ``kesäkuun 5.``) and birth years, in a text of
    ``lang``."""
    for m in digit_finditer(_DATE_NUM, text):
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        first = _DAY_DOT_BEFORE_DASH.search(text, max(0, m.start() - 6), m.start())
        if first and int(text[first.start() : first.start() + 2].rstrip(".")) <= 31:
            c = _c(m, "DATE", "date", "exact date (range)", PRIO_AGE_DATE)
            c.start = first.start()  # "21.–23.12.2026": the range whole
            yield c
            continue
        if (
            y is None
            and len(m.group(2)) == 2  # minutes have two digits: "from 1.8." is a date
            and d <= 23  # no hour: "moved to 26.11." is a date
            and _is_time_context(text, m.start())
            and not _DATE_BEFORE_DASH.search(text, 0, m.start())
        ):
            continue  # "klo 9.15–10.30.": a time, but "1.5.–30.6.": a date range
        yield _with_weekday(text, _c(m, "DATE", "date", "exact date", PRIO_AGE_DATE))
    for m in digit_finditer(_DATE_ISO, text):
        if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            yield _c(m, "DATE", "date", "exact date", PRIO_AGE_DATE)
    for m in digit_finditer(_DATE_DASH, text):
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            yield _c(m, "DATE", "date", "exact date", PRIO_AGE_DATE)
    for m in digit_finditer(_DATE_SLASH, text) if "/" in text else ():
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 31:
            yield _c(m, "DATE", "date", "exact date", PRIO_AGE_DATE)
    for m in finditer_at(_DATE_WORDS, text, number_starts(text)):
        c = _with_weekday(text, _c(m, "DATE", "date", "exact date", PRIO_AGE_DATE))
        first_day = _DAY_BEFORE_DASH.search(text, max(0, c.start - 8), c.start)
        if first_day and m.group(0)[:1].isdigit():
            c.start = first_day.start()  # "8–12 April": the whole range
        yield c
    years = "19" in text or "20" in text  # every year of birth starts so
    for m in finditer_near(_BIRTH_YEAR, _YEAR_CUE, text, _BIRTH_YEAR_REACH) if years else ():
        year = int(m.group(2))
        decade = year // 10 * 10
        rep = {"fi": f"{m.group(1)} {decade}-luvulla", "sv": f"{m.group(1)} på {decade}-talet"}.get(
            lang, f"{m.group(1)} in the {decade}s"
        )
        c = _c(m, "DATE", "birth_year", "year of birth", PRIO_AGE_DATE + 1)
        c.replacement = rep
        yield c
    rev = years and _holds_cue(text, _BIRTH_YEAR_REV_CUES)
    for m in _BIRTH_YEAR_REV.finditer(text) if rev else ():
        decade = int(m.group(1)) // 10 * 10
        c = _c(m, "DATE", "birth_year", "year of birth", PRIO_AGE_DATE + 1, g=1)
        c.replacement = {"fi": f"{decade}-luvulla", "sv": f"på {decade}-talet"}.get(lang, f"in the {decade}s")
        yield c


# Ages written in words: "kolmevuotias", "kaksikymmentäviisivuotiaan", "a three-year-old", "treåring"
_FI_UNITS = {
    "yksi": 1, "kaksi": 2, "kolme": 3, "kolmi": 3, "neljä": 4, "neli": 4, "viisi": 5, "kuusi": 6,
    "seitsemän": 7, "seitsen": 7, "kahdeksan": 8, "yhdeksän": 9,
}
_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SV_UNITS = {
    "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18,
    "nitton": 19,
}
_SV_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
_FI_UNIT_RX = "|".join(sorted(_FI_UNITS, key=len, reverse=True))
_FI_WORD_AGE = re.compile(
    rf"(?i)(?<![\w])((?:(?:{_FI_UNIT_RX})kymmentä)?(?:{_FI_UNIT_RX}|kymmenen|kymmen)?(?:(?<=[a-zäö])toista)?)"
    r"-?(vuotia\w*|vuoden\s+ikäi\w*)(?![\w])"
)
# Every match holds "vuotia" or "vuoden" (in any case) at most this far after its start: two number
# words, "kymmentä", "toista" and a hyphen ("seitsemänkymmentäseitsemäntoista-vuotias").
_FI_WORD_AGE_CUE = re.compile(r"[vV][uU][oO](?:[tT][iIİı][aA]|[dD][eE][nN])")  # IGNORECASE's i: also İ, ı
_FI_WORD_AGE_REACH = 2 * max(map(len, _FI_UNITS)) + len("kymmentä") + len("toista") + 1
_EN_WORD_AGE = re.compile(
    rf"(?i)(?<![\w])((?:{'|'.join(_EN_TENS)})(?:-(?:{'|'.join(list(_EN_UNITS)[:9])}))?|{'|'.join(_EN_UNITS)})"
    r"(?:-year-old|\s+years?\s+old|-month-old|\s+months?\s+old)(?![\w])"
)
_SV_WORD_AGE = re.compile(
    rf"(?i)(?<![\w])((?:{'|'.join(_SV_TENS)})(?:{'|'.join(list(_SV_UNITS)[1:10])})?|{'|'.join(_SV_UNITS)})"
    r"(-?åring\w*|-?årig\w*|\s+år\s+gammal)(?![\w])"
)


def _fi_number(word: str) -> int | None:
    w = word.lower()
    total = 0
    if "kymmentä" in w:
        tens, _, w = w.partition("kymmentä")
        if tens not in _FI_UNITS:
            return None
        total = _FI_UNITS[tens] * 10
    if w.endswith("toista"):
        unit = _FI_UNITS.get(w[:-6])
        return 10 + unit if unit else None
    if w in ("kymmenen", "kymmen"):
        return total + 10
    if not w:
        return total or None
    unit = _FI_UNITS.get(w)
    return total + unit if unit else None


def find_word_ages(text: str) -> Iterator[Cand]:
    """Ages written as words in Finnish, English and Swedish."""
    low = per_text.once(str.lower, text)
    fi = "vuotia" in low or "vuoden" in low
    word_rxs = [
        (rx, units, tens)
        for rx, units, tens, cue in ((_EN_WORD_AGE, _EN_UNITS, _EN_TENS, "old"), (_SV_WORD_AGE, _SV_UNITS, _SV_TENS, "år"))
        if cue in low
    ]
    for m in finditer_near(_FI_WORD_AGE, _FI_WORD_AGE_CUE, text, _FI_WORD_AGE_REACH) if fi else ():
        n = _fi_number(m.group(1)) if m.group(1) else None
        if n and not _vague_before(text, m.start()):
            c = _c(m, "AGE", "age", "exact age", PRIO_AGE_DATE)
            c.replacement = f"{age_range(n)}-{m.group(2)}"
            yield c
    for rx, units, tens in word_rxs:
        for m in rx.finditer(text):
            word = m.group(1).lower()
            n = units.get(word)
            if n is None:
                ten = next(t for t in tens if word.startswith(t))
                n = tens[ten] + units.get(word[len(ten) :].lstrip("-"), 0)
            if _vague_before(text, m.start()):
                continue
            c = _c(m, "AGE", "age", "exact age", PRIO_AGE_DATE)
            rest = m.group(0)[len(m.group(1)) :]
            c.replacement = age_range(n) + ("-" + rest if rest[:1].isalpha() else rest)  # treåring -> 0–10-åring
            yield c


def _vague_before(text: str, start: int) -> bool:
    """"noin 50-vuotias", "about 40 years old", "ungefär 30 år": a vague age is not an exact one."""
    return bool(_VAGUE_AGE_BEFORE.search(text, max(0, start - 16), start))


def find_ages(text: str, lang: str) -> Iterator[Cand]:
    """Exact ages (``48-vuotias``, ``aged 47``, ``33 år``, ``(44)``) in a text of ``lang``, replaced by a
    decade range."""
    for m in digit_finditer(_AGE_FI, text):
        n = int(m.group(1))
        unit = m.group(2).lower()
        if _vague_before(text, m.start()):
            continue
        if unit.startswith("v") and not unit.startswith(("vuotia", "vee")):
            if not 14 <= n <= 110 or _AGE_FI_V_BAD_AFTER.match(text[m.end() : m.end() + 12]):
                continue
            if text[max(0, m.start() - 12) : m.start()].rstrip().lower().endswith(("ollut", "ajan", "kesti")):
                continue
        sep = text[m.end(1) : m.start(2)]
        if unit.startswith("vuotia") and not sep.strip():
            sep = "-"
        c = _c(m, "AGE", "age", "exact age", PRIO_AGE_DATE)
        c.replacement = f"{age_range(n)}{sep}{m.group(2)}"
        yield c
    for m in finditer_at(_AGE_EN, text, _age_en_starts(text)):
        num = next(g for g in m.groups()[1:] if g is not None)
        n = int(num)
        if n > 110 or _vague_before(text, m.start()):
            continue
        if m.group(1):  # "aged 55", "age: 55": the number is the age, the word stays
            c = Cand(m.start(2), m.end(2), "AGE", "age", "exact age", PRIO_AGE_DATE)
            c.replacement = age_range(n)
        else:
            c = _c(m, "AGE", "age", "exact age", PRIO_AGE_DATE)
            c.replacement = m.group(0).replace(num, age_range(n), 1)
        yield c
    for m in digit_finditer(_AGE_SV, text) if _holds_cue(text, _AGE_SV_CUES) else ():
        n = int(m.group(1))
        unit = m.group(2).lower()
        before = text[max(0, m.start() - 12) : m.start()]
        if unit == "år" or unit.startswith("år "):
            after = text[m.end() : m.end() + 3]
            person = _SV_PERSON_PA.search(text[max(0, m.start() - 24) : m.start()])  # "en kvinna på 33 år"
            good = "gam" in unit or _SV_AGE_GOOD.search(before) or after[:1] in (")", ",", ";") or person
            if (_SV_AGE_BAD_BEFORE.search(before) and not person) or not good or n > 110:
                continue
        if _vague_before(text, m.start()):
            continue
        c = _c(m, "AGE", "age", "exact age", PRIO_AGE_DATE)
        c.replacement = m.group(0).replace(m.group(1), age_range(n), 1)
        yield c
    turned = keyword_finditer(_AGE_TURN, text, _TURN_PREFIXES)
    for it in (turned, digit_finditer(_AGE_YEARS_OF_AGE, text)) if _holds_cue(text, _AGE_YEARS_OF_AGE_CUES) else (turned,):
        for m in it:
            n = int(m.group(1))
            if n <= 110:
                # "turned 50", "täytti 60 vuotta": the verb stays, the number (and its unit) is the age
                c = Cand(m.start(1), m.end(), "AGE", "age", "exact age", PRIO_AGE_DATE)
                c.replacement = text[m.start(1) : m.end()].replace(m.group(1), age_range(n), 1)
                yield c
    paren = finditer_near(_AGE_PERSON_PAREN, _AGE_PAREN_CUE, text, _AGE_PAREN_REACH)  # "asiakas (52)": near "(5"
    kin = (_AGE_WORD_SPACE.finditer(text), _AGE_KIN_BARE_PAREN.finditer(text)) if "(" in text else ()
    for m in itertools.chain(keyword_finditer(_AGE_IS, text, _IS_PREFIXES), _AGE_GENDER.finditer(text), paren, *kin):
        n = int(m.group(1))
        if 14 <= n <= 99:
            c = _c(m, "AGE", "age", "exact age", PRIO_AGE_DATE, g=1)
            c.replacement = age_range(n)
            yield c
    for m in _AGE_KIN_PAREN.finditer(text) if "(" in text else ():
        n = int(m.group(1))
        if 1 <= n <= 99:  # a child's age too: the kin word and the brackets say it is one; its unit with it ("6v")
            c = Cand(m.start(1), m.end(2), "AGE", "age", "exact age", PRIO_AGE_DATE)
            c.replacement = age_range(n) + m.group(2)
            yield c


_VAGUE_AGE_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:noin|n\.|n|lähes|melkein|vajaa|yli|alle|about|around|approximately|roughly|nearly|almost|"
    r"over|under|circa|ca\.|c\.|ungefär|cirka|omkring|drygt|nästan|runt|kring|över)\s+$"
)
# "a practical nurse, 52, currently …", "lähihoitaja, 47, on …": an occupation or person noun, a bare age
_AGE_AFTER_NOUN = re.compile(r"(?<![\w-])([^\W\d_]{3,}+), (\d{2})(?=[,;]\s|\.(?:\s|$)|\s\(|\))")
_AGE_AFTER_NOUN_CUE = re.compile(r", \d\d")  # the match starts where the letters before it start (run_scan)
_PERSON_NOUN_END = re.compile(
    r"(?i)(?:er|or|ist|ian|ant|ent|nurse|man|woman|male|girl|boy|lady|guy|wife|husband|son|daughter|client|"
    r"hoitaja|työntekijä|ja|jä|mies|nainen|lainen|läinen|poika|tyttö|asiakas|äiti|isä|vaimo|puoliso|"
    r"are|ör|sköterska|biträde|kvinna|pojke|flicka|klient|kund|hustru|make|mor|far)$"
)
_NOT_PERSON_NOUN = words("NOT_PERSON_NOUN")


def find_ages_after_person_nouns(text: str) -> Iterator[Cand]:
    """A bare age after an occupation or person noun ("lähihoitaja, 47, on …")."""
    ends = [c.start() for c in _AGE_AFTER_NOUN_CUE.finditer(text)]
    for m in finditer_at(_AGE_AFTER_NOUN, text, run_starts(text, ends, is_letter)):
        word, n = m.group(1), int(m.group(2))
        if not 16 <= n <= 99 or word.isupper() or word.lower() in _NOT_PERSON_NOUN:
            continue
        if _PERSON_NOUN_END.search(word):
            c = Cand(m.start(2), m.end(2), "AGE", "age", "exact age after a person noun", PRIO_AGE_DATE)
            c.replacement = age_range(n)
            yield c


# "Niko on 19 ja …", "Sara är 23", "Tom is 31", "Sophie, is only 22", "Amara is just 18 months": a name,
# a copula, maybe an adverb, a number (a small one only before a comma, a full stop or "and")
_AGE_AFTER_COPULA = re.compile(
    r",? (?:on|oli|är|var|is|was)(?: (?:jo|vasta|nyt|only|just|already|now|bara|redan|nu))? (\d{1,2})"
    r"((?: ?(?:months?|kuukautta|kuukauden|månader|mån)(?: old| gammal| ikäinen)?)?)" + _NOT_AN_AGE_AFTER.replace(r"|v\b", "")
)
_SMALL_AGE_AFTER = re.compile(r"(?:[,;)]|\.(?:\s+[A-ZÅÄÖ]|\s*$)|\s(?:and|ja|och)\b|\s*$)")  # not "5. kerran"
# "Aleksin (9 v) ja Viljan (6 v)", "poika Minh 6v", "tyttö Iida, 5 v,": an age with its unit right after a name
_AGE_UNIT_AFTER_NAME = re.compile(
    r" ?(?:\(|, ?| )(\d{1,2})(\s?v\.?|\s?år|\s?y|\s?yrs?)(?![\w])(?=\)|[\s,.;])"
    r"|"
    r" ?\((\d{1,2})\)"
    r"|"
    r", ?(\d{1,2}),(?= [^\d\s])"  # "her son Noah, 6, who …" (not a list of numbers)
    r"|"
    r", ?(\d{1,2})(?=\))"  # "lapset (Noah, 6)": the bracket closes on the age
)


def find_ages_after_names(text: str, person_ends: list[int]) -> Iterator[Cand]:
    """An age right after a found name (``person_ends``: the ends of the name findings)."""
    for end in person_ends:
        m = _AGE_UNIT_AFTER_NAME.match(text, end)
        if m:
            g = next(i for i in (1, 3, 4, 5) if m.group(i))
            n = int(m.group(g))
            c = Cand(m.start(g), m.end(2) if g == 1 else m.end(g), "AGE", "age", "exact age next to a name", PRIO_AGE_DATE)
            c.replacement = age_range(n) + (m.group(2) if g == 1 else "")
            yield c
            continue
        m = _AGE_AFTER_COPULA.match(text, end)
        if not m:
            continue
        n = int(m.group(1))
        months = bool(m.group(2))
        if months or 14 <= n <= 99 or (1 <= n < 14 and _SMALL_AGE_AFTER.match(text, m.end())):
            c = Cand(m.start(1), m.end(2) if months else m.end(1), "AGE", "age", "exact age next to a name", PRIO_AGE_DATE)
            c.replacement = "0–2" if months else age_range(n)  # a baby's age in months
            yield c


def find_bare_ages(text: str, anchors: list[tuple[int, int]]) -> Iterator[Cand]:
    """"Sanna, 45" / "Name Surname (36)": a bare number right after a person or place finding."""
    ends = sorted(e for _, e in anchors)
    for m in _AGE_BARE.finditer(text):
        n = int(m.group(1))
        if not 14 <= n <= 105:
            continue
        s = m.start(1)
        i = bisect.bisect_right(ends, s) - 1
        if i < 0 or s - ends[i] > 60 or re.search(r"[.!?;](?:\s|$)", text[ends[i] : s]):
            continue
        c = Cand(s, m.end(1), "AGE", "age", "exact age next to a name", PRIO_AGE_DATE)
        c.replacement = age_range(n)
        yield c


LONG_NUMBER = re.compile(r"\d(?<![\w.,]\d)(?:\d{5,}(?![\w])|\d+(?:[-/ ]\d{2,}){1,4}(?![\w]|[.,]\d))")


def long_number_ok(s: str) -> bool:
    """A number worth treating as an identifier: 6+ digits in one run, or 8+ in groups that are not years."""
    groups = re.findall(r"\d+", s)
    if len(groups) == 1:
        return len(groups[0]) >= 6
    if sum(len(g) for g in groups) < 8:
        return False
    return not all(len(g) == 4 and g[:2] in ("19", "20") for g in groups)
