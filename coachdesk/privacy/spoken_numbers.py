"""Numbers, ordinals, months and letters written as words (fi standard and spoken, sv, en).

Each parser takes one lower-case word and returns its value or None; a word longer than
``MAX_WORD`` is never a number, so every call is bounded whatever the text.
"""

from __future__ import annotations

from coachdesk.privacy import cue_words, ordinal_variants

MAX_WORD = 60

# --- Finnish ---------------------------------------------------------------------------------

_FI_UNITS = {
    "yksi": 1, "yks": 1, "kaksi": 2, "kaks": 2, "kolme": 3, "neljä": 4, "viisi": 5, "viis": 5, "kuusi": 6,
    "kuus": 6, "seitsemän": 7, "seittemän": 7, "seitsämän": 7, "kahdeksan": 8, "kaheksan": 8, "yhdeksän": 9,
    "yheksän": 9, "kolome": 3, "seihtemän": 7, "nelijä": 4,  # Savo and Kainuu dialect: "kolome", "seihtemän", "nelijä"
}
# spoken digit names used when reading a number out ("nolla neljä nolla", "kasi", "ysi")
_FI_DIGIT_NOUNS = {"ykkönen": 1, "kakkonen": 2, "kolmonen": 3, "nelonen": 4, "vitonen": 5, "kutonen": 6}  # a digit's noun
_FI_DIGIT_ONLY = {"nolla": 0, "seiska": 7, "kasi": 8, "ysi": 9, **_FI_DIGIT_NOUNS}
# the first part of "kolkyt", "nelkyt", "seiskyt", "kasikyt", "ysikyt" as well as the units
_FI_TENS_HEAD = {**_FI_UNITS, "kol": 3, "nel": 4, "seis": 7, "seit": 7, "kasi": 8, "ysi": 9}
_FI_TENS_TAIL = ("kymmentä", "kymment", "kyt")


def _fi_below_100(w: str) -> int | None:
    if w in _FI_UNITS:
        return _FI_UNITS[w]
    if w in ("kymmenen", "kymppi"):
        return 10
    for tail in ("toista", "toist", "toesta"):  # "toesta": Savo ("kaheksantoesta")
        if w.endswith(tail) and w[: -len(tail)] in _FI_UNITS:
            return 10 + _FI_UNITS[w[: -len(tail)]]
    for tail in _FI_TENS_TAIL:
        i = w.find(tail)
        if i > 0 and w[:i] in _FI_TENS_HEAD and _FI_TENS_HEAD[w[:i]] >= 2:
            rest = w[i + len(tail) :]
            if not rest:
                return _FI_TENS_HEAD[w[:i]] * 10
            unit = _FI_UNITS.get(rest) or _FI_DIGIT_ONLY.get(rest)  # "kuuskytkaks", "kakskytkasi"
            return _FI_TENS_HEAD[w[:i]] * 10 + unit if unit else None
    return fi_digit_name_tens(w)  # "kasikuus" 86, "ysitoista" 19


# the digits whose colloquial names also say their ten ("kasikyt", "kasikuus")
_TEN_NAMES = (("seiska", 7), ("kasi", 8), ("ysi", 9))
_DIGIT_NAME_UNITS = {
    "yks": 1, "yksi": 1, "kaks": 2, "kaksi": 2, "kolme": 3, "neljä": 4, "viis": 5, "viisi": 5, "kuus": 6, "kuusi": 6,
    "seittemän": 7, "seitsemän": 7, "seiska": 7, "kaheksan": 8, "kahdeksan": 8, "kasi": 8, "yheksän": 9,
    "yhdeksän": 9, "ysi": 9, "kolome": 3, "seihtemän": 7, "nelijä": 4, **_FI_DIGIT_NOUNS,  # "ysikutonen" 96
}
_TEENS = ("toista", "toist")
_MOST_LETTERS = 16  # "kasiseittemän" is 13: a longer word is no such number


def fi_digit_name_tens(w: str) -> int | None:
    """Rule digit_name_tens of ``spoken_colloquial``: a ten said by the digit's name (7, 8, 9) fused with a unit or
    "toista": "kasikuus" 86, "ysikaks" 92, "seiskaviis" 75, "ysitoista" 19; None otherwise."""
    if len(w) > _MOST_LETTERS:
        return None
    for head, ten in _TEN_NAMES:
        if w.startswith(head) and len(w) > len(head):
            rest = w[len(head) :]
            if rest in _TEENS:
                return 10 + ten
            unit = _DIGIT_NAME_UNITS.get(rest)
            return ten * 10 + unit if unit else None
    return None


def _fi_scaled(w: str, big: tuple[str, str], scale: int) -> tuple[int, str] | None:
    """Split off "tuhatta"/"tuhat" or "sataa"/"sata": (value of that part, the rest)."""
    plural, single = big
    i = w.find(plural)
    if i > 0:
        head = _FI_UNITS.get(w[:i]) or _fi_below_100(w[:i])
        return (head * scale, w[i + len(plural) :]) if head else None
    if w.startswith(single):
        return scale, w[len(single) :]
    i = w.find(single)
    if i > 0 and (head := _FI_UNITS.get(w[:i])) and head >= 2:
        return head * scale, w[i + len(single) :]  # "kakssata", "kakstuhat": colloquial
    return 0, w


_FI_STARTS = frozenset("yk ka ko ne vi ku se yh ys no ky sa tu".split())
_SV_STARTS = frozenset("no et en tv tr fy fe se sj åt ni ti el to fj ar tj fö hu tu".split())


def fi_cardinal(w: str) -> int | None:
    """The value of a Finnish number word: "kaks" 2, "kolkytkuus" 36, "seittemäntoista" 17,
    "tuhatyhdeksänsataakahdeksankymmentäkaksi" 1982."""
    if w[:2] not in _FI_STARTS or len(w) > MAX_WORD:
        return None
    if w in _FI_DIGIT_ONLY:
        return _FI_DIGIT_ONLY[w]
    total = 0
    for big, scale in ((("tuhatta", "tuhat"), 1000), (("sataa", "sata"), 100)):
        part = _fi_scaled(w, big, scale)
        if part is None:
            return None
        total += part[0]
        w = part[1]
    if not w:
        return total or None
    rest = _fi_below_100(w)
    if rest is None and total and w in _FI_DIGIT_ONLY:
        rest = _FI_DIGIT_ONLY[w]  # "kakstuhattakasi" (2008)
    return None if rest is None else total + rest


_FI_CENTURIES = {"yhdeksäntoista": 1900, "yheksäntoista": 1900, "ysitoista": 1900, "kaksituhatta": 2000,
                 "kakstuhatta": 2000}


def fi_glued_year(w: str) -> int | None:
    """A year read as one word with the century first: "yheksäntoistakasikytyheksän" 1989,
    "kakstuhattakakskytkuus" 2026 (``fi_cardinal`` reads "kaksituhatta…" already)."""
    for head, century in _FI_CENTURIES.items():
        if w.startswith(head) and len(w) > len(head):
            rest = w[len(head) :]
            v = _fi_below_100(rest) if rest not in _FI_DIGIT_ONLY else _FI_DIGIT_ONLY[rest]
            return century + v if v is not None else None
    return None


def _fi_colloquial(forms: dict[str, int]) -> dict[str, int]:
    out = dict(forms)
    for w, n in forms.items():
        v = w.replace("seitsemä", "seittemä").replace("kahdeksa", "kaheksa").replace("yhdeksä", "yheksä")
        out.setdefault(v, n)
    return out


def _fi_ordinal_forms() -> tuple[dict[str, int], dict[str, int]]:
    """Day ordinals 1..31 (nominative, essive, genitive) and month ordinals 1..12 (partitive)."""
    alone = {
        "nom": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs kymmenes",
        "ess": "ensimmäisenä toisena kolmantena neljäntenä viidentenä kuudentena seitsemäntenä kahdeksantena "
        "yhdeksäntenä kymmenentenä",
        "gen": "ensimmäisen toisen kolmannen neljännen viidennen kuudennen seitsemännen kahdeksannen yhdeksännen "
        "kymmenennen",
    }
    first_in_compound = {"nom": ("yhdes", "kahdes"), "ess": ("yhdentenä", "kahdentena"), "gen": ("yhdennen", "kahdennen")}
    days: dict[str, int] = {}
    for case, words in alone.items():
        ws = words.split()
        comp = list(first_in_compound[case]) + ws[2:9]
        tens = ws[9]
        for n, w in enumerate(ws, 1):
            days[w] = n
        for n, w in enumerate(comp, 1):
            days[w + "toista"] = 10 + n
        for t in (2, 3):
            days[comp[t - 1] + tens] = t * 10
            for n, w in enumerate(ws[:9], 1):
                if t * 10 + n <= 31:
                    days[comp[t - 1] + tens + w] = t * 10 + n
    days.update({"eka": 1, "ekana": 1, "toka": 2, "tokana": 2})
    months = dict(
        zip(
            "ensimmäistä toista kolmatta neljättä viidettä kuudetta seitsemättä kahdeksatta yhdeksättä kymmenettä "
            "yhdettätoista kahdettatoista".split(),
            range(1, 13),
            strict=True,
        )
    )
    months["yhdettä"] = 1  # "viidestoista yhdettä": colloquial, like "yhdettätoista"
    return _fi_colloquial(days), _fi_colloquial(months)


FI_DAY_ORDINALS, FI_MONTH_ORDINALS = _fi_ordinal_forms()
# nominative ordinals 1..12, read as a month in "neljäs kuudes" (4.6.)
FI_DAY_NOMINATIVE = {
    w: n
    for w, n in FI_DAY_ORDINALS.items()
    if n <= 12 and not any(x in w for x in ("ntenä", "ntena", "nnen", "toinen", "ensimmäinen", "eka", "toka"))
}


def _fi_day_from_to() -> dict[str, int]:
    """Day ordinals 1..31 in the elative and illative ("kolmannesta toukokuuta alkaen", "kolmanteen
    toukokuuta asti"): days only, never read as a month."""
    alone = {
        "ela": "ensimmäisestä toisesta kolmannesta neljännestä viidennestä kuudennesta seitsemännestä "
        "kahdeksannesta yhdeksännestä kymmenennestä",
        "ill": "ensimmäiseen toiseen kolmanteen neljänteen viidenteen kuudenteen seitsemänteen kahdeksanteen "
        "yhdeksänteen kymmenenteen",
    }
    first = {"ela": ("yhdennestä", "kahdennesta"), "ill": ("yhdenteen", "kahdenteen")}
    days: dict[str, int] = {}
    for case, words in alone.items():
        ws = words.split()
        comp = list(first[case]) + ws[2:9]
        for n, w in enumerate(ws, 1):
            days[w] = n
        for n, w in enumerate(comp, 1):
            days[w + "toista"] = 10 + n
        for t in (2, 3):
            days[comp[t - 1] + ws[9]] = t * 10
            for n, w in enumerate(ws[:9], 1):
                if t * 10 + n <= 31:
                    days[comp[t - 1] + ws[9] + w] = t * 10 + n
    return _fi_colloquial(days)


for _w, _n in _fi_day_from_to().items():
    FI_DAY_ORDINALS.setdefault(_w, _n)
for _w, _n in ordinal_variants.day_variants(FI_DAY_ORDINALS).items():  # "kahdeskymmenesaheksas"
    FI_DAY_ORDINALS.setdefault(_w, _n)
_FI_MONTH_STEMS = "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu".split()
FI_MONTHS = {
    stem + "kuu" + end: n for n, stem in enumerate(_FI_MONTH_STEMS, 1) for end in ("", "ta", "n", "ssa", "hun", "lta")
}

# --- Swedish ---------------------------------------------------------------------------------

_SV_SMALL = {
    "noll": 0, "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
    "arton": 18, "nitton": 19,
}
_SV_TENS = {
    "tjugo": 20, "tjugu": 20, "tju": 20, "trettio": 30, "tretti": 30, "fyrtio": 40, "fyrti": 40, "förti": 40,
    "femtio": 50, "femti": 50, "sextio": 60, "sexti": 60, "sjuttio": 70, "sjutti": 70, "åttio": 80, "åtti": 80,
    "nittio": 90, "nitti": 90,
}
_SV_TENS_ORDER = sorted(_SV_TENS, key=len, reverse=True)


def _sv_below_100(w: str) -> int | None:
    if w in _SV_SMALL:
        return _SV_SMALL[w]
    for t in _SV_TENS_ORDER:
        if w.startswith(t):
            rest = w[len(t) :]
            if not rest:
                return _SV_TENS[t]
            unit = _SV_SMALL.get(rest)
            return _SV_TENS[t] + unit if unit and unit < 10 else None
    return None


def sv_cardinal(w: str) -> int | None:
    """The value of a Swedish number word: "fyrtiotvå" 42, "nittonhundraåttiofyra" 1984, "tvåtusenfem" 2005."""
    if w[:2] not in _SV_STARTS or len(w) > MAX_WORD:
        return None
    total = 0
    for big, scale in (("tusen", 1000), ("hundra", 100)):
        i = w.find(big)
        if i >= 0:
            head = _sv_below_100(w[:i]) if i else 1
            if not head:
                return None
            total += head * scale
            w = w[i + len(big) :]
    if not w:
        return total or None
    rest = _sv_below_100(w)
    return None if rest is None else total + rest


_SV_ORD_1_19 = (
    "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte trettonde fjortonde "
    "femtonde sextonde sjuttonde artonde nittonde"
).split()
SV_ORDINALS: dict[str, int] = {w: n for n, w in enumerate(_SV_ORD_1_19, 1)}
SV_ORDINALS["förste"] = 1
for _head, _tens in (("tjugo", 20), ("tjugu", 20), ("trettio", 30)):
    SV_ORDINALS[_head + "nde"] = _tens
    for _n, _w in enumerate(_SV_ORD_1_19[:9], 1):
        if _tens + _n <= 31:
            SV_ORDINALS[_head + _w] = _tens + _n
SV_MONTHS = {
    m: n
    for n, m in enumerate(
        "januari februari mars april maj juni juli augusti september oktober november december".split(), 1
    )
}

# --- English ---------------------------------------------------------------------------------

_EN_SMALL = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}


def en_cardinal(w: str) -> int | None:
    """The value of one English number word (``forty`` 40), or None."""
    return _EN_SMALL.get(w)


_EN_ORD = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
EN_ORDINALS: dict[str, int] = {w: n for n, w in enumerate(_EN_ORD, 1)}
EN_ORDINALS["thirtieth"] = 30
EN_MONTHS = {
    m: n
    for n, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}

# --- shared ------------------------------------------------------------------------------------

CARDINAL = {"fi": fi_cardinal, "sv": sv_cardinal, "en": en_cardinal}
DAY_ORDINALS = {"fi": FI_DAY_ORDINALS, "sv": SV_ORDINALS, "en": EN_ORDINALS}
MONTHS = {"fi": FI_MONTHS, "sv": SV_MONTHS, "en": EN_MONTHS}

# Letter names as spoken (a stair letter "bee", a check character "än"); a letter may sound like two.
LETTER_NAMES: dict[str, str] = {
    "aa": "A", "bee": "B", "cee": "C", "dee": "D", "ee": "E", "äf": "F", "gee": "G", "hoo": "H", "ii": "I",
    "jii": "J", "koo": "K", "äl": "L", "äm": "M", "än": "N", "oo": "O", "pee": "P", "ärr": "R", "äs": "S",
    "tee": "T", "uu": "U", "vee": "VW", "zeta": "Z", "tset": "Z", "zet": "Z", "ällä": "L", "ämmä": "M", "ännä": "N", "ärrä": "R", "ässä": "S", "kaksoisvee": "W", "tuplavee": "W", "äks": "X", "yy": "Y",
    "bii": "B", "sii": "C", "dii": "D", "eff": "F", "ell": "L", "emm": "M", "enn": "N", "ess": "S",
}
# not "är", "see", "ex": words of Swedish and English
# Words that count things: a number before one is a count, never an identifier.
COUNTED = cue_words.words("COUNTED")
