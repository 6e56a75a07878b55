"""A speaker for the scrubber's tests: direct identifiers as people dictate them (fi, sv, en).

Generalisation by construction, not by examples: :func:`make` draws a valid identifier (henkilötunnus
with every century sign, FI IBAN, Y-tunnus, Finnish mobile and landline numbers, ``+358``, plates,
customer numbers, e-mail, street address with postal code, date, age) from a seeded ``random.Random``
and reads it out the way speech-to-text writes it: standard and colloquial number words
(``kaksikymmentäkolme``, ``kakskytkolme``, ``kolkyt``, ``kymppi``, ``seiska``, ``kasi``, ``ysi``),
digit by digit, in pairs or in triples, with spoken dashes, plus signs, dots, ``ät`` and letter names,
inside a short dictated sentence with words before and after.

Each :class:`Spoken` has the sentence and the (start, end) of the spoken identifier in it; the tests
check that the scrubber covers every letter and digit there (the scorer's rule). :data:`NEGATIVES` are
sentences whose number words count things and must stay.

Pure Python, no dependency; ``python -m tests.support.speak`` prints a few samples.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

LANGS = ("fi", "sv", "en")

# --- number words --------------------------------------------------------------------------------

_FI_STD = "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split()
_FI_COLL: list[list[str]] = [
    ["nolla"], ["yks"], ["kaks"], ["kolme"], ["neljä"], ["viis"], ["kuus"], ["seittemän", "seiska"],
    ["kaheksan", "kasi"], ["yheksän", "ysi"],
]
# the first part of a colloquial ten ("kolkyt", "seiskyt") and a colloquial unit after a ten
_FI_TENS_COLL: list[list[str]] = [
    [], [], ["kaks"], ["kol"], ["nel"], ["viis"], ["kuus"], ["seit", "seis", "seittemän"],
    ["kaheksan", "kasi"], ["yheksän", "ysi"],
]
_FI_UNIT_COLL = ["", "yks", "kaks", "kolme", "neljä", "viis", "kuus", "seittemän", "kaheksan", "yheksän"]

_SV_UNITS = "noll ett två tre fyra fem sex sju åtta nio".split()
_SV_TEENS = "tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()
_SV_TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]
_SV_TENS_COLL = ["", "", "tjugo", "tretti", "fyrti", "femti", "sexti", "sjutti", "åtti", "nitti"]

_EN_UNITS = "zero one two three four five six seven eight nine".split()
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def digit_word(d: int, lang: str, rng: random.Random, colloquial: bool) -> str:
    """One digit read out: ``nolla``/``yks``/``seiska``, ``noll``/``ett``, ``oh``/``zero``."""
    if lang == "fi":
        return rng.choice(_FI_COLL[d]) if colloquial else _FI_STD[d]
    if lang == "sv":
        return _SV_UNITS[d] if d != 1 or not colloquial else rng.choice(["ett", "en"])
    if d == 0:
        return rng.choice(["oh", "zero"]) if colloquial else "zero"
    return _EN_UNITS[d]


def _fi_below_100(n: int, rng: random.Random, colloquial: bool) -> str:
    if n < 10:
        return digit_word(n, "fi", rng, colloquial) if n else "nolla"
    if n == 10:
        return rng.choice(["kymmenen", "kymppi"]) if colloquial else "kymmenen"
    if n < 20:
        unit = _FI_UNIT_COLL[n - 10] if colloquial else _FI_STD[n - 10]
        return unit + "toista"
    tens, unit = divmod(n, 10)
    if colloquial:
        head = rng.choice(_FI_TENS_COLL[tens]) + rng.choice(["kyt", "kyt", "kymmentä"])
        tail = _FI_UNIT_COLL[unit] if unit else ""
    else:
        head = _FI_STD[tens] + "kymmentä"
        tail = _FI_STD[unit] if unit else ""
    return head + tail


def _fi_multiplier(n: int, rng: random.Random, colloquial: bool) -> str:
    """The count of hundreds or thousands: "kaks(i)", "yheksän" (never "ysi" in "yheksänsataa")."""
    return (_FI_UNIT_COLL[n] if colloquial else _FI_STD[n]) if n < 10 else _fi_below_100(n, rng, colloquial)


def _fi_number(n: int, rng: random.Random, colloquial: bool) -> str:
    """A Finnish cardinal 0..9999 (the parts of a big number sometimes written apart)."""
    parts: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        if thousands == 1:
            parts.append("tuhat")
        else:
            parts.append(_fi_multiplier(thousands, rng, colloquial) + "tuhatta")
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        parts.append("sata" if hundreds == 1 else _fi_multiplier(hundreds, rng, colloquial) + "sataa")
    if rest or not parts:
        parts.append(_fi_below_100(rest, rng, colloquial))
    sep = rng.choice(["", " "]) if len(parts) > 1 else ""
    return sep.join(parts)


def _sv_below_100(n: int, rng: random.Random, colloquial: bool) -> str:
    if n < 10:
        return digit_word(n, "sv", rng, colloquial)
    if n < 20:
        return _SV_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    head = (_SV_TENS_COLL if colloquial and rng.random() < 0.5 else _SV_TENS)[tens]
    return head + (_SV_UNITS[unit] if unit else "")


def _sv_number(n: int, rng: random.Random, colloquial: bool) -> str:
    parts: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        parts.append(("ett" if thousands == 1 else _sv_below_100(thousands, rng, colloquial)) + "tusen")
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        parts.append(("ett" if hundreds == 1 and rng.random() < 0.5 else "" if hundreds == 1 else
                      _sv_below_100(hundreds, rng, colloquial)) + "hundra")
    if rest or not parts:
        parts.append(_sv_below_100(rest, rng, colloquial))
    return "".join(parts)


def _en_below_100(n: int, rng: random.Random) -> str:
    if n < 10:
        return _EN_UNITS[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + ((rng.choice(["-", " "]) + _EN_UNITS[unit]) if unit else "")


def _en_number(n: int, rng: random.Random) -> str:
    parts: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        parts.append(_en_below_100(thousands, rng) + " thousand")
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        parts.append(_en_below_100(hundreds, rng) + " hundred")
    if rest or not parts:
        parts.append(("and " if parts else "") + _en_below_100(rest, rng))
    return " ".join(parts)


def number(n: int, lang: str, rng: random.Random, colloquial: bool = False) -> str:
    """A cardinal 0..9999 in words."""
    if lang == "fi":
        return _fi_number(n, rng, colloquial)
    if lang == "sv":
        return _sv_number(n, rng, colloquial)
    return _en_number(n, rng)


# --- reading a digit string ----------------------------------------------------------------------


def _digits(s: str, lang: str, rng: random.Random, colloquial: bool) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(s):
        d = int(s[i])
        run = len(s[i:]) - len(s[i:].lstrip(s[i]))
        if lang == "en" and run >= 2 and rng.random() < 0.7:
            n = min(run, 3)
            out.append(("double " if n == 2 else "triple ") + digit_word(d, lang, rng, colloquial))
            i += n
            continue
        if lang == "fi" and run >= 2 and rng.random() < 0.15:
            out.append("tupla " + digit_word(d, lang, rng, colloquial))
            i += 2
            continue
        out.append(digit_word(d, lang, rng, colloquial))
        i += 1
    return out


def read_group(s: str, lang: str, rng: random.Random, mode: str, colloquial: bool) -> str:
    """A group of digits read out: ``digits`` one by one, ``number`` as one number (leading zeros
    read as zeros), ``pairs`` two digits at a time."""
    if mode == "digits" or len(s) == 1:
        return " ".join(_digits(s, lang, rng, colloquial))
    if mode == "number" and len(s) == 3 and lang == "en" and s[0] != "0" and s[1] != "0" and rng.random() < 0.7:
        return _EN_UNITS[int(s[0])] + " " + _en_below_100(int(s[1:]), rng)  # "eight twenty-nine"
    if mode == "number" and len(s) <= 3:
        zeros = len(s) - len(s.lstrip("0"))
        rest = s[zeros:]
        words = [digit_word(0, lang, rng, colloquial)] * zeros
        if rest:
            words.append(number(int(rest), lang, rng, colloquial))
        return " ".join(words)
    out: list[str] = []
    for k in range(0, len(s), 2):
        chunk = s[k : k + 2]
        if chunk[0] == "0" or len(chunk) == 1:
            out.extend(_digits(chunk, lang, rng, colloquial))
        else:
            out.append(number(int(chunk), lang, rng, colloquial))
    return " ".join(out)


_COMMA_WORD = {"fi": "pilkku", "sv": "komma", "en": "comma"}


def read_groups(groups: list[str], lang: str, rng: random.Random, joiners: tuple[str, ...] = (" ", ", ")) -> str:
    colloquial = rng.random() < 0.6
    mode = rng.choice(["digits", "digits", "number", "pairs"])
    joiner = rng.choice(joiners)
    if rng.random() < 0.1:
        joiner = f" {_COMMA_WORD[lang]} "  # a comma dictated as a word
    elif rng.random() < 0.1:
        joiner = f" {_DASH[lang][0]} "  # "nolla neljä nolla viiva …"
    return joiner.join(read_group(g, lang, rng, mode, colloquial) for g in groups)


# --- letters -------------------------------------------------------------------------------------

LETTERS = {
    "fi": dict(zip(string.ascii_uppercase, (
        "aa bee cee dee ee äf gee hoo ii jii koo äl äm än oo pee kuu är äs tee uu vee kaksoisvee äks yy zeta"
    ).split(), strict=True)),
    "sv": dict(zip(string.ascii_uppercase, (
        "a be ce de e eff ge hå i ji kå ell emm enn o pe ku ärr ess te u ve dubbel-ve eks y zäta"
    ).split(), strict=True)),
    "en": dict(zip(string.ascii_uppercase, (
        "ay bee cee dee ee ef gee aitch eye jay kay el em en oh pee cue ar ess tee you vee double-u ex why zed"
    ).split(), strict=True)),
}
_DASH = {"fi": ("viiva", "väliviiva"), "sv": ("streck", "bindestreck"), "en": ("dash", "hyphen")}
_PLUS = {"fi": "plus", "sv": "plus", "en": "plus"}


_FI_LETTERS_COLL = {"L": "ällä", "M": "ämmä", "N": "ännä", "R": "ärrä", "S": "ässä"}


def letter(ch: str, lang: str, rng: random.Random) -> str:
    if lang == "fi" and ch == "W":
        return rng.choice(["kaksoisvee", "tuplavee"])
    if lang == "fi" and ch in _FI_LETTERS_COLL and rng.random() < 0.3:
        return _FI_LETTERS_COLL[ch]  # "ässä koo oo"
    return LETTERS[lang][ch]


# --- identifiers with valid checksums ------------------------------------------------------------

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {"18": "+", "19": "-YXWVU", "20": "ABCDEF"}


def hetu(rng: random.Random) -> str:
    """A henkilötunnus with a valid check character; every century sign incl. the 2023 ones."""
    century = rng.choice(["19", "19", "20", "18"])
    sign = rng.choice(_CENTURY[century])
    year = rng.randrange(0, 24 if century == "20" else 100)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    serial = rng.randrange(2, 900)
    head = f"{day:02d}{month:02d}{year:02d}"
    check = _HETU_CHECK[int(f"{head}{serial:03d}") % 31]
    return f"{head}{sign}{serial:03d}{check}"


def ytunnus(rng: random.Random) -> str:
    while True:
        body = f"{rng.randrange(0, 10**7):07d}"
        r = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if r != 1:
            return f"{body}-{0 if r == 0 else 11 - r}"


def iban_fi(rng: random.Random) -> str:
    bban = f"{rng.randrange(0, 10**14):014d}"
    moved = bban + "1518" + "00"  # F=15 I=18
    check = 98 - int(moved) % 97
    return f"FI{check:02d}{bban}"


def iban_groups(iban: str) -> list[str]:
    return [iban[k : k + 4] for k in range(0, len(iban), 4)]


def mobile(rng: random.Random) -> list[str]:
    """A Finnish mobile number as its written groups: 040 123 4567."""
    prefix = rng.choice(["040", "041", "044", "045", "046", "050"])
    rest = f"{rng.randrange(0, 10**7):07d}"
    return [prefix, rest[:3], rest[3:]]


def landline(rng: random.Random) -> list[str]:
    """A Finnish landline: 09 1234 567, 03 234 5678, 017 123 4567."""
    area = rng.choice(["09", "02", "03", "05", "06", "08", "013", "014", "017", "019"])
    n = 7 if len(area) == 2 else rng.choice([6, 7])
    rest = f"{rng.randrange(2 * 10 ** (n - 1), 10**n)}"
    return [area, rest[:3], rest[3:]]


_PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVXYZ"


def plate(rng: random.Random) -> str:
    """A plate whose letters are no scale acronym ("BMI-799", "TT-536" are no plates to the scrubber,
    written or spoken: patterns._SCALE_ACRONYMS)."""
    from coachdesk.privacy.patterns import _SCALE_ACRONYMS

    letters = "TT"
    while letters in _SCALE_ACRONYMS:
        letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(rng.choice([2, 3, 3, 3])))
    return f"{letters}-{rng.randrange(1, 1000)}"


# --- the spoken identifiers in sentences ---------------------------------------------------------


@dataclass(frozen=True)
class Spoken:
    kind: str
    lang: str
    text: str
    start: int
    end: int
    written: str  # the identifier in digit form (for messages)

    @property
    def span(self) -> str:
        return self.text[self.start : self.end]


def _sentence(rng: random.Random, kind: str, lang: str, spoken: str, written: str) -> Spoken:
    before, after = rng.choice(_FRAMES[(kind, lang)])
    lead = rng.choice(_LEADS[lang])
    tail = rng.choice(_TAILS[lang])
    pre = f"{lead}{before} "
    if after.endswith(",") and tail.startswith(","):
        tail = tail[1:]
    if "‹" not in spoken:  # the gold part of a spoken form is between ‹ and › (default: all of it)
        spoken = f"‹{spoken}›"
    a = len(pre) + spoken.index("‹")
    b = len(pre) + spoken.index("›") - 1
    spoken = spoken.replace("‹", "").replace("›", "")
    text = f"{pre}{spoken}{after}{tail}"
    if rng.random() < 0.5:
        text = text[:1].upper() + text[1:]  # dictation starts a note with a capital
    return Spoken(kind, lang, text, a, b, written)


_LEADS = {
    "fi": ("", "no niin ", "sanelen tähän että ", "asiakas soitti aamulla ja ", "Tapasin Eilan tänään, "),
    "sv": ("", "okej ", "jag dikterar att ", "klienten ringde i morse och ", "Träffade Anna i dag, "),
    "en": ("", "okay so ", "dictating now ", "the client called this morning and ", "Met Anna today, "),
}
_TAILS = {
    "fi": ("", " piste", ", soitan huomenna uudestaan", " piste seuraava asia on työkokeilu", " ja hän lupasi palata asiaan",
           ", kaksi kertaa yritin soittaa", " piste kolme hakemusta lähetetty", ". Kaks viikkoa lomaa"),
    "sv": ("", " punkt", ", jag ringer i morgon igen", " punkt nästa sak är praktiken", " och hon lovade höra av sig",
           ", två gånger ringde jag", ". Tre dagar i veckan"),
    "en": ("", " period", ", I will call back tomorrow", " full stop next thing is the placement", " and she promised to get back",
           ", two times I tried", ". Three days a week"),
}
_FRAMES: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("phone", "fi"): [("puhelinnumero on", ""), ("hänen numeronsa on", ","), ("soita numeroon", ""),
                      ("puh", ""), ("uusi numero", ","), ("soitti numerosta", ""), ("puhelinnumero kaksoispiste", ""),
                      ("tavoittaa parhaiten numerosta", " iltapäivisin")],
    ("phone", "sv"): [("telefonnumret är", ""), ("hennes nummer är", ","), ("ring på", ""), ("tfn", ""),
                      ("mobil", "")],
    ("phone", "en"): [("my number is", ""), ("her phone number is", ","), ("call her on", ""),
                      ("mobile", ""), ("you can reach him at", "")],
    ("hetu", "fi"): [("henkilötunnus", ""), ("hetu on", ","), ("henkilötunnus on", ""), ("sotu", "")],
    ("hetu", "sv"): [("personbeteckning", ""), ("personbeteckningen är", ","), ("personnummer", "")],
    ("hetu", "en"): [("identity code", ""), ("her personal identity code is", ","), ("ID", "")],
    ("iban", "fi"): [("tilinumero on", ""), ("tili", ","), ("maksetaan tilille", "")],
    ("iban", "sv"): [("kontonummer", ""), ("kontot är", ",")],
    ("iban", "en"): [("account number", ""), ("her bank account is", ",")],
    ("ytunnus", "fi"): [("y-tunnus on", ""), ("firman y-tunnus", ","), ("ytunnus", "")],
    ("ytunnus", "sv"): [("fo-nummer", ""), ("företagets fo-nummer är", ",")],
    ("ytunnus", "en"): [("business ID", ""), ("the company's business ID is", ",")],
    ("plate", "fi"): [("auton rekkari on", ""), ("rekisterinumero", ","), ("auton rekisteritunnus on", "")],
    ("plate", "sv"): [("registreringsnummer", ""), ("bilen har regnummer", ",")],
    ("plate", "en"): [("registration plate", ""), ("the car's plate is", ",")],
    ("case", "fi"): [("asiakasnumero", ""), ("asiakasnumero on", ","), ("diaarinumero", "")],
    ("case", "sv"): [("kundnummer", ""), ("ärendenumret är", ",")],
    ("case", "en"): [("customer number", ""), ("the case number is", ",")],
    ("email", "fi"): [("sähköposti on", ""), ("sposti", ","), ("laita viestiä osoitteeseen", "")],
    ("email", "sv"): [("mejlen är", ""), ("e-post", ",")],
    ("email", "en"): [("email is", ""), ("write to", ",")],
    ("address", "fi"): [("osoite on", ""), ("asuu osoitteessa", ","), ("uusi osoite", "")],
    ("date", "fi"): [("tapaaminen on", ""), ("aloittaa", ","), ("syntynyt", ""), ("seuraava käynti", "")],
    ("date", "sv"): [("mötet är", ""), ("börjar", ","), ("född", "")],
    ("date", "en"): [("the meeting is on", ""), ("starts on", ","), ("born on", "")],
    ("age", "fi"): [("hän on", ""), ("asiakas on", ","), ("mies,", "")],
    ("age", "sv"): [("hon är", ""), ("klienten är", ",")],
    ("age", "en"): [("she is", ""), ("the client is", ",")],
    ("postal", "fi"): [("postinumero", ""), ("osoite Koivukuja 7,", "")],
    ("address_postal", "fi"): [("osoite on", ""), ("asuu osoitteessa", ","), ("uusi osoite", "")],
    ("address_postal", "sv"): [("hon bor på", ""), ("adressen är", ","), ("ny adress", "")],
    ("address_postal", "en"): [("he lives at", ""), ("the address is", ","), ("new address", "")],
    ("date_year", "fi"): [("syntynyt", ""), ("tapaaminen oli", ","), ("hän syntyi", "")],
    ("date_year", "sv"): [("hon föddes", ""), ("mötet var", ",")],
    ("date_year", "en"): [("she was born on", ""), ("the meeting was on", ",")],
    ("age_bare", "fi"): [("hän on", " vuotta"), ("asiakas on", " vuotta vanha"), ("ikää", ","),
                         ("Matti Virtanen,", ", toimii kuljettajana")],
    ("age_bare", "sv"): [("hon är", " och arbetar som lärare"), ("klienten är", " år"), ("Anna Berg,", ", arbetar som kock")],
    ("age_bare", "en"): [("he is", " and works as a driver"), ("the client is", " years"),
                         ("John Smith,", ", works as a cook")],
    ("plate_caps", "fi"): [("auton rekkari on", ""), ("rekisterinumero", ","), ("ajoi autolla", "")],
    ("plate_caps", "en"): [("the plate is", ""), ("registration", ",")],
    ("case_prefix", "fi"): [("asiakasnumero", ""), ("asiakasnumero on", ",")],
    ("address_stair", "fi"): [("Osoite", ""), ("uusi osoite on", ""), ("asuu nykyään osoitteessa", ",")],
    ("address_stair", "sv"): [("adressen är", ""), ("hon bor på", ",")],
    ("address_stair", "en"): [("he lives at", ""), ("the new address is", ",")],
    ("age_noun", "fi"): [("kirjaan että", ""), ("taustatiedot:", " ja")],
    ("age_noun", "sv"): [("jag antecknar att", ""), ("bakgrund:", " och")],
    ("age_noun", "en"): [("for the record", ""), ("background:", " and")],
    ("email_gap", "fi"): [("sähköposti on", ""), ("maili", ","), ("laita viestiä osoitteeseen", "")],
    ("email_gap", "sv"): [("mejlen är", ""), ("e-post", ",")],
    ("spelled_id", "fi"): [("asiakasnumero", ""), ("viite on", ",")],
    ("spelled_id", "sv"): [("kundnummer", ""), ("referensen är", ",")],
    ("spelled_id", "en"): [("customer number", ""), ("the reference is", ","), ("booking code", "")],
}

_FIRST = ("matti", "anna", "sanna", "jukka", "eero", "liisa", "pekka", "maria", "john", "erik", "karin")
_LAST = ("virtanen", "korhonen", "berg", "lindqvist", "smith", "nieminen", "mäkelä", "holm")
_DOMAINS = (("gmail", "com"), ("posti", "fi"), ("hotmail", "com"), ("outlook", "com"), ("yle", "fi"),
            ("example", "org"), ("kunta", "fi"), ("telia", "fi"))
_DOT = {"fi": "piste", "sv": "punkt", "en": "dot"}
_AT = {"fi": ("ät", "miukumauku", "ät-merkki"), "sv": ("snabel-a", "snabel a"), "en": ("at",)}

_FI_MONTHS = "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu".split()
_SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
_EN_MONTHS = [m.capitalize() for m in
              "january february march april may june july august september october november december".split()]
_FI_ORD = ("ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs kymmenes").split()
_FI_ORD_ESS = ("ensimmäisenä toisena kolmantena neljäntenä viidentenä kuudentena seitsemäntenä kahdeksantena "
               "yhdeksäntenä kymmenentenä").split()
_FI_ORD_COMP = ("yhdes kahdes kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs").split()
_FI_MONTH_ORD = ("ensimmäistä toista kolmatta neljättä viidettä kuudetta seitsemättä kahdeksatta yhdeksättä "
                 "kymmenettä yhdettätoista kahdettatoista").split()
_SV_ORD = ("första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte trettonde fjortonde "
           "femtonde sextonde sjuttonde artonde nittonde").split()
_EN_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
           "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()


def _fi_colloquial_word(w: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return w.replace("seitsemä", "seittemä").replace("kahdeksa", "kaheksa").replace("yhdeksä", "yheksä")
    return w


def fi_day(d: int, rng: random.Random) -> str:
    if d <= 10:
        w = _FI_ORD[d - 1]
    elif d < 20:
        w = _FI_ORD_COMP[d - 11] + "toista"
    else:
        tens, unit = divmod(d, 10)
        w = _FI_ORD_COMP[tens - 1] + "kymmenes" + (_FI_ORD[unit - 1] if unit else "")
    return _fi_colloquial_word(w, rng)


def sv_day(d: int) -> str:
    if d < 20:
        return _SV_ORD[d - 1]
    tens, unit = divmod(d, 10)
    head = "tjugo" if tens == 2 else "trettio"
    return head + (_SV_ORD[unit - 1] if unit else "nde")


def en_day(d: int, rng: random.Random) -> str:
    if d < 20:
        return _EN_ORD[d - 1]
    tens, unit = divmod(d, 10)
    head = "twenty" if tens == 2 else "thirty"
    return (head + rng.choice(["-", " "]) + _EN_ORD[unit - 1]) if unit else head[:-1] + "ieth"


def year_words(y: int, lang: str, rng: random.Random) -> str:
    colloquial = rng.random() < 0.5
    if lang == "fi":
        if rng.random() < 0.3 and y < 2000:
            return number(y // 100, lang, rng, colloquial) + " " + number(y % 100, lang, rng, colloquial)
        return number(y, lang, rng, colloquial)
    if lang == "sv":
        if y < 2000 or rng.random() < 0.4:
            return number(y // 100, lang, rng, colloquial) + "hundra" + (number(y % 100, lang, rng, colloquial) if y % 100 else "")
        return number(y, lang, rng, colloquial)
    if y >= 2000 and rng.random() < 0.5:
        return _en_number(y, rng)
    return _en_below_100(y // 100, rng) + " " + (_en_below_100(y % 100, rng) if y % 100 >= 10 else
                                                 "oh " + _EN_UNITS[y % 100] if y % 100 else "hundred")


# --- one spoken identifier of each kind ----------------------------------------------------------


def _speak_hetu(rng: random.Random, lang: str) -> tuple[str, str]:
    code = hetu(rng)
    colloquial = rng.random() < 0.6
    date_part, sign, serial, check = code[:6], code[6], code[7:10], code[10]
    mode = rng.choice(["digits", "pairs", "three"])
    if mode == "three":  # "kakskytkolme viis yheksänkytyks": day, month, year as numbers
        words = [number(int(date_part[k : k + 2]), lang, rng, colloquial) for k in (0, 2, 4)]
        head = " ".join(words)
    else:
        head = read_group(date_part, lang, rng, mode, colloquial)
    if rng.random() < 0.15:
        head = date_part  # "230591 viiva nolla seittemän kaks än": the date half written in digits
    if sign == "-" and rng.random() < 0.15:
        mid = ""  # the dash left unsaid: "kaks kolme nolla viis yheksän yks nolla seittemän kaks än"
    elif sign == "-":
        mid = rng.choice(_DASH[lang] + (("miinus",) if lang == "fi" else ()))
    elif sign == "+":
        mid = _PLUS[lang]
    else:
        mid = letter(sign, lang, rng)
    tail = read_group(serial, lang, rng, rng.choice(["digits", "number"]), colloquial)
    chk = digit_word(int(check), lang, rng, colloquial) if check.isdigit() else letter(check, lang, rng)
    return " ".join(w for w in (head, mid, tail, chk) if w), code


def _regroup(groups: list[str], rng: random.Random) -> list[str]:
    """The same digits grouped another way: "040 12 34 567", "0401 234 567", "04 01 23 45 67"."""
    digits = "".join(groups)
    how = rng.choice(["keep", "keep", "pairs", "prefix_pairs", "four"])
    if how == "pairs":
        return [digits[k : k + 2] for k in range(0, len(digits), 2)]
    if how == "prefix_pairs":
        rest = digits[len(groups[0]) :]
        return [groups[0], *[rest[k : k + 2] for k in range(0, len(rest) - 3, 2)], rest[-3:]] if len(rest) % 2 else [
            groups[0], *[rest[k : k + 2] for k in range(0, len(rest), 2)]]
    if how == "four":
        return [digits[:4], digits[4:7], digits[7:]]
    return groups


def _speak_phone(rng: random.Random, lang: str) -> tuple[str, str]:
    groups = mobile(rng) if rng.random() < 0.6 else landline(rng)
    written = " ".join(groups)
    groups = _regroup(groups, rng)
    if rng.random() < 0.15:  # the dictation app wrote the first group in digits
        return groups[0] + " " + read_groups(groups[1:], lang, rng), written
    if rng.random() < 0.3:  # +358 40 123 4567, 00358 40 123 4567
        groups = ["358", groups[0][1:], *groups[1:]]
        prefix = _PLUS[lang] if rng.random() < 0.8 else " ".join([digit_word(0, lang, rng, True)] * 2)
        spoken = prefix + " " + read_groups(groups, lang, rng)
        return spoken, "+" + " ".join(groups)
    return read_groups(groups, lang, rng), written


def _speak_iban(rng: random.Random, lang: str) -> tuple[str, str]:
    iban = iban_fi(rng)
    groups = iban_groups(iban)
    country = rng.choice(["fi", "FI", " ".join(letter(c, lang, rng) for c in "FI")])
    first = groups[0][2:]
    return country + " " + read_groups([first, *groups[1:]], lang, rng), iban


def _speak_ytunnus(rng: random.Random, lang: str) -> tuple[str, str]:
    code = ytunnus(rng)
    colloquial = rng.random() < 0.6
    body = read_group(code[:7], lang, rng, rng.choice(["digits", "digits", "pairs"]), colloquial)
    return f"{body} {rng.choice(_DASH[lang])} {digit_word(int(code[8]), lang, rng, colloquial)}", code


def _speak_plate(rng: random.Random, lang: str) -> tuple[str, str]:
    p = plate(rng)
    letters, digits = p.split("-")
    spoken_letters = " ".join(letter(c, lang, rng) for c in letters)
    spoken_digits = " ".join(_digits(digits, lang, rng, rng.random() < 0.6))  # read digit by digit
    dash = rng.choice(_DASH[lang]) if rng.random() < 0.8 else ""  # after a plate word the dash may go unsaid
    return " ".join(w for w in (spoken_letters, dash, spoken_digits) if w), p


def _speak_case(rng: random.Random, lang: str) -> tuple[str, str]:
    n = f"{rng.randrange(10**4, 10**8)}"
    return read_group(n, lang, rng, rng.choice(["digits", "digits", "pairs"]), rng.random() < 0.6), n


def _speak_email(rng: random.Random, lang: str) -> tuple[str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    host, tld = rng.choice(_DOMAINS)
    dot = _DOT[lang]
    sep = dot if rng.random() < 0.8 else {"fi": "alaviiva", "sv": "understreck", "en": "underscore"}[lang]
    local = f"{first} {sep} {last}" if rng.random() < 0.7 else first
    written = (f"{first}{'.' if sep == dot else '_'}{last}" if " " in local else first) + f"@{host}.{tld}"
    if rng.random() < 0.25:  # "matti piste virtanen kasikytkaks ät …": digits in the local part
        n = rng.randrange(60, 100)
        local += " " + number(n, lang, rng, rng.random() < 0.6)
        written = written.replace("@", f"{n}@")
    return f"{local} {rng.choice(_AT[lang])} {host} {dot} {tld}", written


_FI_STREETS = ("Koivukuja", "Rantatie", "Mäntytie", "Kauppakatu", "Puistokatu", "Myllypolku", "Kirkkotie",
               "Rinnepolku", "Hakaniemenranta", "Asematie")


def _speak_address(rng: random.Random, lang: str) -> tuple[str, str]:
    street = rng.choice(_FI_STREETS)
    n = rng.randrange(1, 60)
    colloquial = rng.random() < 0.6
    parts = [street, number(n, lang, rng, colloquial)]
    written = f"{street} {n}"
    if rng.random() < 0.6:
        stair = rng.choice("ABCDEF")
        spoken_stair = letter(stair, lang, rng)
        parts.append(rng.choice([spoken_stair, spoken_stair, stair, f"{spoken_stair} rappu", f"rappu {spoken_stair}"]))
        written += f" {stair}"
        if rng.random() < 0.7:
            flat = rng.randrange(1, 40)
            if rng.random() < 0.3:
                parts.append("asunto")
            parts.append(number(flat, lang, rng, colloquial))
            written += f" {flat}"
    if rng.random() < 0.3:  # the postal code and town after it
        code = f"{rng.choice(['00', '02', '20', '33', '40', '65', '90'])}{rng.randrange(100, 1000)}"
        town = rng.choice(["Helsinki", "Espoo", "Turku", "Tampere", "Jyväskylä", "Vaasa", "Oulu"])
        parts[-1] += ","
        parts += [read_group(code, lang, rng, rng.choice(["digits", "pairs"]), colloquial), town]
        written += f", {code} {town}"
    return " ".join(parts), written


def _speak_postal(rng: random.Random, lang: str) -> tuple[str, str]:
    code = f"{rng.choice(['00', '02', '20', '33', '40', '65', '90'])}{rng.randrange(100, 1000)}"
    town = rng.choice(["Helsinki", "Espoo", "Turku", "Tampere", "Jyväskylä", "Vaasa", "Oulu"])
    return read_group(code, lang, rng, rng.choice(["digits", "digits", "pairs"]), rng.random() < 0.6) + " " + town, code


def _speak_date(rng: random.Random, lang: str) -> tuple[str, str]:
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    year = rng.choice([None, None, rng.randrange(1950, 2030)])
    written = f"{day}.{month}." + (str(year) if year else "")
    ys = (" " + year_words(year, lang, rng)) if year else ""
    if lang == "fi":
        d = fi_day(day, rng)
        if rng.random() < 0.3 and day <= 10:
            d = _fi_colloquial_word(_FI_ORD_ESS[day - 1], rng)  # "neljäntenä kesäkuuta"
        m = rng.choice([_FI_MONTHS[month - 1] + "kuuta", _FI_MONTH_ORD[month - 1]])
        if day == month == 2:
            m = "helmikuuta"  # "toinen toista" is "one another" to the scrubber
        if month == 1 and rng.random() < 0.3:
            m = "yhdettä"  # colloquial "viidestoista yhdettä"
        if rng.random() < 0.2 and d in _FI_ORD and 3 <= month <= 10:
            m = _FI_ORD[month - 1]  # "neljäs kuudes": a nominative month only after a nominative day
        if rng.random() < 0.25:  # month first: "toukokuun kolmas päivä", "toukokuun kolmantena"
            ess = _FI_ORD_ESS[day - 1] if day <= 10 else d
            return f"{_FI_MONTHS[month - 1]}kuun {rng.choice([d + ' päivä', ess])}{ys}", written
        if rng.random() < 0.15 and m.endswith("kuuta"):
            return f"{d} päivä {m}{ys}", written  # "neljäs päivä kesäkuuta"
        return f"{d} {m}{ys}", written
    if lang == "sv":
        pre = rng.choice(["", "den "])  # "den" is no part of the date (the corpus rule)
        m = _SV_MONTHS[month - 1] if rng.random() < 0.8 else "i " + _SV_ORD[month - 1]
        return f"{pre}‹{sv_day(day)} {m}{ys}›", written
    d = en_day(day, rng)
    form = rng.choice(["the_of", "month_first", "of"])
    if form == "the_of":
        return f"the ‹{d} of {_EN_MONTHS[month - 1]}{ys}›", written
    if form == "of":
        return f"{d} of {_EN_MONTHS[month - 1]}{ys}", written
    return f"{_EN_MONTHS[month - 1]} {d}{ys}", written


def _speak_age(rng: random.Random, lang: str) -> tuple[str, str]:
    age = rng.randrange(18, 80)
    colloquial = rng.random() < 0.6
    if rng.random() < 0.15:  # read digit by digit: "kolme neljä vuotias", "kaksseittemän vuotta vanha"
        a, b = digit_word(age // 10, lang, rng, colloquial), digit_word(age % 10, lang, rng, colloquial)
        d = a + b if lang == "fi" and colloquial and rng.random() < 0.5 else f"{a} {b}"
        forms = {"fi": [f"{d} vuotias", f"{d} vuotta vanha"], "sv": [f"{d} år gammal"], "en": [f"{d} years old"]}
        return rng.choice(forms[lang]), f"{age}-vuotias" if lang == "fi" else f"{age} years old"
    n = number(age, lang, rng, colloquial)
    if lang == "fi":
        return rng.choice([f"{n} vuotias", f"{n}vuotias", f"{n} vuotta vanha", f"{n}-vuotias",
                           f"ikä ‹{n}›", f"täytti ‹{n}› vuotta"]), f"{age}-vuotias"
    if lang == "sv":
        return rng.choice([f"{n} år", f"{n} år gammal", f"‹{n} år› fyllda", f"{n}-åring", f"fyllde ‹{n}›"]), f"{age} år"
    return rng.choice([f"{n} years old", f"{n} year old", f"aged ‹{n}›", f"{n}-year-old", f"turned ‹{n}›"]), f"{age} years old"


def postal_number(code: str, lang: str, rng: random.Random) -> str:
    """A postal code read as ONE number (``kolmekymmentäkaksituhatta kaksisataa``, ``tjugoett tusen
    sexhundra``) or, in English, its first two digits as a number and the rest one by one."""
    colloquial = rng.random() < 0.5
    thousands, rest = divmod(int(code), 1000)
    if code[0] != "0" and code[2] != "0" and code[3:] == "00" and rng.random() < 0.4:
        return _postal_hundreds(code, lang, rng, colloquial)
    if lang == "en":
        if code[0] == "0" or code[1] == "0":  # "four oh six one oh": "forty six" would be one number
            return " ".join("oh" if d == "0" else _EN_UNITS[int(d)] for d in code)
        head = _en_below_100(int(code[:2]), rng)
        return head + " " + " ".join(_EN_UNITS[int(d)] for d in code[2:])
    if lang == "fi":
        big = _fi_below_100(thousands, rng, colloquial) + "tuhatta"
    else:
        big = _sv_below_100(thousands, rng, colloquial) + rng.choice(["tusen", " tusen"])
    return big + (rng.choice([" ", ""]) + number(rest, lang, rng, colloquial) if rest else "")


def _postal_hundreds(code: str, lang: str, rng: random.Random, colloquial: bool) -> str:
    """A postal code ending in hundreds read as its first two digits and the hundreds: ``yhdeksänkymmentä
    sata`` (90100), ``kolmekymmentäkolme sata`` (33100), ``tjugotvå etthundra`` (22100), ``ninety one
    hundred`` (90100)."""
    head, hundreds = int(code[:2]), int(code[2])
    if lang == "fi":
        return (_fi_below_100(head, rng, colloquial) + " "
                + ("sata" if hundreds == 1 else _fi_multiplier(hundreds, rng, colloquial) + "sataa"))
    if lang == "sv":
        return (_sv_below_100(head, rng, colloquial) + " "
                + (rng.choice(["etthundra", "hundra"]) if hundreds == 1 else _SV_UNITS[hundreds] + "hundra"))
    return _en_below_100(head, rng) + " " + _EN_UNITS[hundreds] + " hundred"


_SV_STREETS = ("Bryggerigatan", "Strandvägen", "Kyrkvägen", "Skolgatan", "Handelsesplanaden", "Sjögatan")
_TOWNS = ("Huittinen", "Muurame", "Pargas", "Ekenäs", "Masku", "Kemi", "Loimaa", "Lohja")


def _speak_address_postal(rng: random.Random, lang: str) -> tuple[str, str]:
    """A street address with a stair letter and a flat number, then the postal code as one number and
    the town: ``Koivutie yhdeksän cee neljä, kolmekymmentäkaksituhatta kaksisataa Huittinen``."""
    street = rng.choice(_SV_STREETS if lang == "sv" else _FI_STREETS)
    n = rng.randrange(1, 60)
    colloquial = rng.random() < 0.6
    parts = [street, number(n, lang, rng, colloquial)]
    written = f"{street} {n}"
    if rng.random() < 0.8:
        stair = rng.choice("ABCDEF")
        parts.append(rng.choice([letter(stair, lang, rng), stair]) if lang != "sv" else stair)
        written += f" {stair}"
        if rng.random() < 0.7:
            flat = rng.randrange(1, 40)
            parts.append(number(flat, lang, rng, colloquial))
            written += f" {flat}"
    code = f"{rng.randrange(10, 100)}{rng.choice(['0', '1', '2', '5', '6', '9'])}{rng.choice(['00', '10', '50'])}"
    town = rng.choice(_TOWNS)
    parts[-1] += ","
    parts += [postal_number(code, lang, rng), town]
    return " ".join(parts), f"{written}, {code} {town}"


_FI_GLUED_CENTURY = ("yhdeksäntoista", "yheksäntoista", "kaksituhatta", "kakstuhatta")


def _speak_date_year(rng: random.Random, lang: str) -> tuple[str, str]:
    """Dates whose year is read out: Finnish ordinals in any case with a glued year
    (``seittemästoista huhtikuuta yheksäntoistakasikytyheksän``), Swedish ``femte oktober
    nittonhundraåttiotre``, English ``October fifth, two thousand and one``."""
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    year = rng.randrange(1950, 2027)
    written = f"{day}.{month}.{year}"
    if lang == "fi":
        d = fi_day(day, rng) if day > 10 or rng.random() < 0.5 else _fi_colloquial_word(_FI_ORD_ESS[day - 1], rng)
        if year < 2000:
            y = rng.choice(_FI_GLUED_CENTURY[:2]) + _fi_below_100(year % 100, rng, rng.random() < 0.6)
        else:
            y = rng.choice(_FI_GLUED_CENTURY[2:]) + (_fi_below_100(year % 100, rng, rng.random() < 0.6) if year % 100 else "")
        return f"{d} {_FI_MONTHS[month - 1]}kuuta {y}", written
    if lang == "sv":
        pre = rng.choice(["den ", "", "född "])  # "femte maj nittonhundranittiotre" without "den" too
        return f"{pre}‹{sv_day(day)} {_SV_MONTHS[month - 1]} {year_words(year, lang, rng)}›", written
    if rng.random() < 0.3:  # "the fourth of December two thousand four"
        return f"the ‹{en_day(day, rng)} of {_EN_MONTHS[month - 1]} {year_words(year, lang, rng)}›", written
    return f"{_EN_MONTHS[month - 1]} {en_day(day, rng)}, {year_words(year, lang, rng)}", written


def _speak_age_bare(rng: random.Random, lang: str) -> tuple[str, str]:
    """An age in words without an age word: ``hän on ‹kolmekymmentäneljä› vuotta``, ``ikää ‹kolkytviis›``,
    ``hon är ‹fyrtiotvå›``, ``he is ‹forty-one›``."""
    age = rng.randrange(18, 80)
    n = number(age, lang, rng, rng.random() < 0.6)
    return f"‹{n}›", f"{age}"


def _speak_plate_caps(rng: random.Random, lang: str) -> tuple[str, str]:
    """A plate of three letters spelled as separate capitals and its digits read out: ``K X T neljä yks
    seittemän`` (two capitals, ``A B kolme``, need a plate word: plate_caps frames have none)."""
    p = plate(rng)
    while len(p.split("-")[0]) != 3:
        p = plate(rng)
    letters, digits = p.split("-")
    spoken_digits = " ".join(_digits(digits, lang, rng, rng.random() < 0.6))
    return f"{' '.join(letters)} {spoken_digits}", p


def _speak_case_prefix(rng: random.Random, lang: str) -> tuple[str, str]:
    """A customer number with a letter prefix: ``AS kaks nolla kaks kuus viiva nolla kaks kolme yks neljä``."""
    a, b = f"{rng.randrange(10**3, 10**4)}", f"{rng.randrange(10**3, 10**5)}"
    head = rng.choice(["AS", "AN", "KL", "C"])
    dash = rng.choice(_DASH[lang])
    return f"{head} {read_group(a, lang, rng, 'digits', True)} {dash} {read_group(b, lang, rng, 'digits', True)}", f"{head}{a}-{b}"


_EN_STREETS = ("Maple Road", "Station Road", "Hill Street", "Church Lane", "Park Avenue")


def _postal_digits_read(code: str, lang: str, rng: random.Random) -> str:
    """A postal code read digit by digit (``kuusi viisi kolme kaksi nolla``, ``yks kaks kolme nolla nolla``)."""
    return " ".join(_digits(code, lang, rng, rng.random() < 0.5))


def _speak_address_stair(rng: random.Random, lang: str) -> tuple[str, str]:
    """A street address in number words with a stair letter said as its name (``cee``, ``rappu bee``),
    maybe a flat (``asunto kolme``), then the postal code read digit by digit and the town, no comma:
    ``Rantatie yksitoista cee kuusi viisi kolme kaksi nolla Kotka``; English ``twelve Maple Road flat three``."""
    n = rng.randrange(1, 60)
    colloquial = rng.random() < 0.6
    if lang == "en":
        street = rng.choice(_EN_STREETS)
        flat = rng.randrange(1, 40)
        return (f"{number(n, lang, rng)} {street} {rng.choice(['flat', 'apartment'])} {number(flat, lang, rng)}",
                f"{n} {street} flat {flat}")
    street = rng.choice(_SV_STREETS if lang == "sv" else _FI_STREETS)
    house = number(n, lang, rng, colloquial)
    if lang == "fi" and 10 <= n <= 59 and n % 10 and rng.random() < 0.25:
        house = " ".join(_digits(str(n), lang, rng, True))  # "Rantatie yks kaks ee …"
    stair = rng.choice("ABCDE")
    said = letter(stair, lang, rng) if lang == "fi" else rng.choice([stair, letter(stair, lang, rng)])
    if lang == "fi" and rng.random() < 0.3:
        said = rng.choice([f"{said} rappu", f"rappu {said}"])
    parts, written = [street, house, said], f"{street} {n} {stair}"
    if rng.random() < 0.3:
        flat = rng.randrange(1, 40)
        parts += [{"fi": "asunto", "sv": "lägenhet"}[lang], number(flat, lang, rng, colloquial)]
        written += f" {flat}"
    code = f"{rng.randrange(10, 100)}{rng.randrange(100, 1000)}"
    town = rng.choice(_TOWNS)
    parts += [_postal_digits_read(code, lang, rng), town]
    return " ".join(parts), f"{written}, {code} {town}"


_AGE_NOUN_LEADS = {
    "fi": ("ikää hällä on", "ikää sillä on", "ikää hänellä on", "ikää asiakkaalla on nyt", "ja ikä on nyt", "ikä on"),
    "sv": ("åldern är", "hans ålder är", "åldern är nu", "hennes ålder är"),
    "en": ("her age is", "his age is now", "the age is"),
}


def _speak_age_noun(rng: random.Random, lang: str) -> tuple[str, str]:
    """An age after an age noun, a subject and a copula, in fused number words: ``ikää hällä on
    ‹viiskytkaks›``, ``åldern är ‹fyrtiosju›``, ``her age is ‹forty-seven›``."""
    age = rng.randrange(18, 80)
    n = number(age, lang, rng, rng.random() < 0.7)
    return f"{rng.choice(_AGE_NOUN_LEADS[lang])} ‹{n}›", f"{age}"


_TWO_LABEL_HOSTS = (("netti", "palvelu"), ("koti", "posti"), ("oma", "verkko"), ("min", "post"))


def _speak_email_gap(rng: random.Random, lang: str) -> tuple[str, str]:
    """An e-mail read out in a Finnish or Swedish sentence with the English ``at`` and the dot between two
    domain labels left unsaid: ``ville piste koski at netti palvelu piste fi``."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    a, b = rng.choice(_TWO_LABEL_HOSTS)
    tld = rng.choice(("fi", "com", "se", "net"))
    dot = _DOT[lang]
    local = f"{first} {dot} {last}" if rng.random() < 0.7 else first
    written = (f"{first}.{last}" if " " in local else first) + f"@{a}.{b}.{tld}"
    return f"{local} at {a} {b} {dot} {tld}", written


_SPELLING = {
    "en": ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa "
           "Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee Zulu").split(),
    "fi": ("Aarne Bertta Celsius Daavid Eemeli Faarao Gideon Heikki Iivari Jussi Kalle Lauri Matti Niilo Otto "
           "Paavo Kuu Risto Sakari Tyyne Urho Vihtori Wiski Äksä Yrjö Tsekki").split(),
    "sv": ("Adam Bertil Cesar David Erik Filip Gustav Helge Ivar Johan Kalle Ludvig Martin Niklas Olof Petter "
           "Qvintus Rudolf Sigurd Tore Urban Viktor Wilhelm Xerxes Yngve Zäta").split(),
}
_SPELLING_CUE = {"en": ("as in", "for", "like"), "fi": ("niinku", "niin kuin", "kuin"), "sv": ("som i", "som")}


def _speak_spelled_id(rng: random.Random, lang: str) -> tuple[str, str]:
    """A code whose letter is said with a spelling word, then digits read out (``nought``, ``oh``,
    ``double``): ``D as in Delta seven oh oh three nine``, ``kaa niinku kalle kaks nolla nolla``."""
    ch = rng.choice("BCDFHKLMNPRST")
    word = next(w for w in _SPELLING[lang] if w.startswith(ch))
    if rng.random() < 0.4:
        word = word.lower()
    said = ch if rng.random() < 0.5 else (rng.choice(["kaa", "koo"]) if lang == "fi" and ch == "K" else letter(ch, lang, rng))
    digits = f"{rng.randrange(0, 10**rng.randrange(3, 7)):0{rng.randrange(3, 7)}d}"
    spoken = []
    for d in digits:
        if lang == "en" and d == "0":
            spoken.append(rng.choice(["oh", "nought", "zero"]))
        else:
            spoken.append(digit_word(int(d), lang, rng, rng.random() < 0.5))
    return f"{said} {rng.choice(_SPELLING_CUE[lang])} {word} {' '.join(spoken)}", f"{ch}{digits}"


SPEAKERS = {
    "phone": _speak_phone, "hetu": _speak_hetu, "iban": _speak_iban, "ytunnus": _speak_ytunnus,
    "plate": _speak_plate, "case": _speak_case, "email": _speak_email, "address": _speak_address,
    "postal": _speak_postal, "date": _speak_date, "age": _speak_age,
    "address_postal": _speak_address_postal, "date_year": _speak_date_year, "age_bare": _speak_age_bare,
    "plate_caps": _speak_plate_caps, "case_prefix": _speak_case_prefix,
    "address_stair": _speak_address_stair, "age_noun": _speak_age_noun, "email_gap": _speak_email_gap,
    "spelled_id": _speak_spelled_id,
}
KINDS = tuple(SPEAKERS)


def languages(kind: str) -> tuple[str, ...]:
    return tuple(lang for lang in LANGS if (kind, lang) in _FRAMES)


def make(rng: random.Random, kind: str, lang: str) -> Spoken:
    """One spoken identifier of ``kind`` in a short dictated sentence of ``lang``."""
    spoken, written = SPEAKERS[kind](rng, lang)
    return _sentence(rng, kind, lang, spoken, written)


def sample(seed: int, n_per_cell: int) -> list[Spoken]:
    """``n_per_cell`` sentences of every kind and language, from one seed."""
    rng = random.Random(seed)
    return [make(rng, kind, lang) for kind in KINDS for lang in languages(kind) for _ in range(n_per_cell)]


# --- ordinary number words that must stay ---------------------------------------------------------

NEGATIVES: dict[str, tuple[str, ...]] = {
    "fi": (
        "käy kaksi kertaa viikossa ryhmässä",
        "maksoi kaksisataa euroa ja sai kuitin",
        "hän on ollut viisi vuotta töissä samassa paikassa",
        "kolme lasta ja koira, asuu yksin",
        "tapaamisia on ollut neljä ja seuraava on kahden viikon päästä",
        "sai kuusi kuukautta palkkatukea ja kaks viikkoa lomaa",
        "yksi kaksi kolme asiaa sovittiin: cv, hakemukset ja kurssi",
        "kolmas ja neljäs tapaaminen menivät hyvin",
        "toinen vaihtoehto on kymmenen viikon kurssi",
        "hakenut kakskyt työpaikkaa kolmessa kuukaudessa",
        "joka toinen viikko kahdeksan tuntia päivässä",
        "ensimmäinen työpäivä meni hyvin, toinen huonommin",
        "työkokeilu kestää kolme kuukautta ja sitä voi jatkaa kaksi kuukautta",
        "palkka on kaksituhatta kolmesataa euroa kuussa",
        "viisi kuusi kertaa kuussa hän käy salilla",
        "kävi kolmesti kurssilla ja sai todistuksen",
        "lapsia on kaksi ja kolmas on tulossa",
        "sata prosenttia varma että jatkaa opintoja",
        "keskiarvo oli kolme pilkku viisi ja tavoite neljä",
        "rappu bee on remontissa, kaksi viikkoa vielä",
        "kymppi oli arvosana ja seiska toisesta",
        "viides kuudes, ja seitsemäs kerta menivät hyvin",
        "tupla annos kahvia ja kaks pullaa",
        "tapaaminen kello kymmenen kolkyt ja toinen klo yheksän",
        "palkka kaksituhatta viissataa euroa kuussa",
        "hän nukkuu kuus seittemän tuntia yössä",
        "lapset ovat kaheksan ja kymmenen",
        "vuonna kakstuhattakakskyt hän valmistui",
        "sai kaksikymmentätuhatta euroa avustusta",
        "kävelee viisituhatta askelta päivässä",
        "hän tekee kolmekymmentäneljä tuntia viikossa",
        "hän on kaksikymmentä vuotta nuorempi kuin sisko",
        "asiakas, kaksikymmentä kertaa, soitti",
        "osoite on sama kuin ennen",
        "kaksi kolme kertaa viikossa kotona",
        "ikää ei kysytty ja kaksi kertaa soitettu",
        "ikää on vaikea arvioida, kolme tapaamista",
        "ikä on vain numero",
        "kokemusta hällä on viiskytkaks kuukautta",
        "katsoin at-lomaketta ja täytin kaksi kohtaa",
        "plan bee niinku viime kerralla, kolme kertaa",
    ),
    "sv": (
        "hon går dit två gånger i veckan",
        "tre dagar i veckan på praktiken",
        "han har jobbat fem år i samma firma",
        "fyra barn och en hund",
        "första och andra mötet gick bra",
        "vi ses om två veckor, tredje gången gillt",
        "lönen är tjugotvåtusen kronor i månaden",
        "mötet klockan tio trettio, tre fyra gånger i veckan",
        "buss nummer sex går var tionde minut",
        "sex timmar om dagen och tio dagar ledigt",
        "det var den femte gången hon ringde",
        "hon fick tjugotusen kronor i stöd",
        "åldern är inte viktig, tre gånger i veckan",
        "plan B som i fjol, två gånger i veckan",
    ),
    "en": (
        "he did it ninety hundred times and stopped",
        "two sessions a week at the centre",
        "she has worked five years in retail",
        "three kids and a dog",
        "the first and second meetings went well",
        "one or two things to follow up, then three more",
        "four hours a day for six weeks",
        "we agreed on ten applications by the end of the month",
        "the second option is a twelve week course",
        "double shift on Monday and two more, comma, three on Friday",
        "the meeting at ten thirty, salary two thousand five hundred euros",
        "room two oh four is free, scored three out of five",
        "it was the fifth time she called",
        "she sent forty-one applications this spring",
        "he works thirty-four hours a week",
        "she's twenty years older than her brother",
        "he's forty-one minutes late again",
        "the client, two, three times a week",
        "she is busy at the moment, two sessions a week",
        "plan B as in the last meeting, three times a week",
        "vitamin D as in dairy, two or three times a day",
        "her age is not the issue, she has three kids",
    ),
}


# --- ages after a filler, fused day numbers, digits in an e-mail's local part, Åland plates ------------
# (spoken_extra.py: each kind its own speaker)

_AGE_FILLERS = {
    "fi": ("niinku", "öö", "eli", "nyt", "siis", "tota", "niinku nyt", ""),
    "sv": ("typ", "liksom", "nu", "alltså", "öh", ""),
    "en": ("like", "um", "now", "uh", "so", ""),
}
_AGE_ENDS = {
    "fi": ("", " ja", " vuotta", ",", " piste"),
    "sv": ("", " och", " år", ",", " punkt"),
    "en": ("", " and", " years old", ",", " full stop"),
}


def _speak_age_filler(rng: random.Random, lang: str) -> tuple[str, str]:
    """An age read out after a copula and a filler: ``niinku ‹neljäkytseittemän› ja``, ``typ ‹fyrtiotre›``,
    ``like ‹thirty-four› full stop`` (the frame says the subject and the copula)."""
    age = rng.randrange(18, 80)
    n = number(age, lang, rng, rng.random() < 0.6)
    if lang != "en" and age % 10 and age > 20 and rng.random() < 0.2:
        n = number(age - age % 10, lang, rng, True) + " " + number(age % 10, lang, rng, True)  # "nelkyt seittemän"
    filler = rng.choice(_AGE_FILLERS[lang])
    return f"{filler} ‹{n}›{rng.choice(_AGE_ENDS[lang])}".strip(), f"{age}"


_FI_UNIT_ORD_COLL = ("yhdes", "kahdes", "kolmas", "neljäs", "viides", "kuudes", "seittemäs", "kaheksas", "yheksäs")
_SV_UNIT_ORD = ("förste", "andre", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde")


def _speak_date_fused(rng: random.Random, lang: str) -> tuple[str, str]:
    """A date whose day is a spoken cardinal or a ten fused with a unit ordinal, then a month partitive:
    ``kakskytyks joulukuuta``, ``yheksäntoista tammikuuta``, ``kakskyt yks helmikuuta``, ``kolkytyhdes
    maaliskuuta``; Swedish ``tjugoförste december``."""
    day, month = rng.randrange(10, 32), rng.randrange(1, 13)
    if month == 2:
        day = min(day, 28)
    year = rng.choice([None, None, rng.randrange(1950, 2030)])
    written = f"{day}.{month}." + (str(year) if year else "")
    ys = (" " + year_words(year, lang, rng)) if year else ""
    tens, unit = divmod(day, 10)
    if lang == "sv":
        if day < 20 or not unit:
            d = number(day, lang, rng, rng.random() < 0.5)
        else:
            d = ("tjugo" if tens == 2 else "trettio") + rng.choice([_SV_UNIT_ORD[unit - 1], _SV_ORD[unit - 1]])
        return f"{d} {_SV_MONTHS[month - 1]}{ys}", written
    how = rng.choice(["cardinal", "cardinal", "apart", "ordinal"]) if day > 20 and unit else "cardinal"
    colloquial = rng.random() < 0.7
    if how == "apart":
        d = number(tens * 10, lang, rng, colloquial) + " " + number(unit, lang, rng, colloquial)
    elif how == "ordinal":
        d = number(tens * 10, lang, rng, colloquial) + rng.choice([_FI_UNIT_ORD_COLL[unit - 1], _FI_ORD[unit - 1]])
    else:
        d = number(day, lang, rng, colloquial)
    return f"{d} {_FI_MONTHS[month - 1]}kuuta{ys}", written


def _speak_email_digits(rng: random.Random, lang: str) -> tuple[str, str]:
    """An e-mail whose local part is a name and four or more digits read out one by one: ``warda kaks nolla
    nolla viis ät example piste fi``, ``anna ett nio noll två snabel-a …``, ``john two zero zero five at …``."""
    first = rng.choice(_FIRST)
    host, tld = rng.choice(_DOMAINS)
    digits = f"{rng.randrange(0, 10 ** rng.randrange(4, 7)):0{rng.randrange(4, 7)}d}"
    said = " ".join(_digits(digits, lang, rng, rng.random() < 0.6))
    local = first if rng.random() < 0.7 else f"{first} {_DOT[lang]} {rng.choice(_LAST)}"
    written = local.replace(f" {_DOT[lang]} ", ".") + digits + f"@{host}.{tld}"
    return f"{local} {said} {rng.choice(_AT[lang])} {host} {_DOT[lang]} {tld}", written


def _speak_plate_aland(rng: random.Random, lang: str) -> tuple[str, str]:
    """An Åland plate as notes write it: ``ÅL 18 412``, ``ÅL-3421``, ``ÅL 12345``, ``ÅLA 123``."""
    n = rng.randrange(1, 100000)
    how = rng.choice(["space", "dash", "grouped", "three"])
    if how == "three":
        p = f"ÅL{rng.choice('ABCDEFGHJKLMNPRSTUVXYZ')} {rng.randrange(1, 1000)}"
    elif how == "grouped" and n >= 10000:
        p = f"ÅL {n // 1000} {n % 1000:03d}"
    else:
        p = f"ÅL{'-' if how == 'dash' else ' '}{n}"
    return p, p


EXTRA_SPEAKERS = {
    "age_filler": _speak_age_filler, "date_fused": _speak_date_fused, "email_digits": _speak_email_digits,
    "plate_aland": _speak_plate_aland,
}
_FRAMES.update({
    ("age_filler", "fi"): [("hän on", ""), ("asiakas on", ""), ("hä on", "")],
    ("age_filler", "sv"): [("hon är", ""), ("han är", ""), ("klienten är", "")],
    ("age_filler", "en"): [("she's", ""), ("he is", ""), ("so she's", ""), ("the client is", "")],
    ("date_fused", "fi"): [("seuraava käynti on", ""), ("tapaaminen on", ""), ("aloitus", ""), ("työkokeilu alkaa", "")],
    ("date_fused", "sv"): [("nästa besök är", ""), ("mötet är", ""), ("praktiken börjar", "")],
    ("email_digits", "fi"): [("sähköposti", ""), ("sähköposti on", ","), ("laita viestiä osoitteeseen", "")],
    ("email_digits", "sv"): [("mejlen är", ""), ("e-post", ",")],
    ("email_digits", "en"): [("email is", ""), ("write to", ",")],
    ("plate_aland", "fi"): [("auton rekkari on", ""), ("ajoi autolla", ","), ("hänen autonsa", "")],
    ("plate_aland", "sv"): [("bilen har", ""), ("registreringsnummer", ",")],
    ("plate_aland", "en"): [("the car is", ""), ("she drives", ",")],
})
SPEAKERS.update(EXTRA_SPEAKERS)
KINDS = tuple(SPEAKERS)

# traps of the kinds above: fillers before counts, months counted, no e-mail, ÅL nowhere, CD as a disc
EXTRA_NEGATIVES: dict[str, tuple[str, ...]] = {
    "fi": ("hän on niinku kaks kertaa käyny täällä", "hän on nyt kakskyt prosenttia työkykyinen",
           "hän on nyt kolmekymmentä vuotta ollut töissä", "vietti kolme joulukuuta ulkomailla",
           "käy viis kertaa joulukuussa", "kolme joulukuuta sitten hän muutti", "meni kaks nolla voitto ät the end",
           "osti CD 12 kappaletta"),
    "sv": ("hon är typ tjugo minuter sen", "han är liksom tjugo minuter försenad"),
    "en": ("she's twenty minutes late", "he is one of the best", "she is like twenty, thirty minutes away",
           "he is now forty years older than her"),
}
NEGATIVES = {lang: NEGATIVES[lang] + EXTRA_NEGATIVES.get(lang, ()) for lang in NEGATIVES}


if __name__ == "__main__":  # pragma: no cover - a look at what the speaker says
    for s in sample(1, 1):
        print(f"{s.kind:8} {s.lang} {s.written:22} | {s.text}")


# --- more spoken forms (spoken_more.py): each kind its own speaker ----------------------------------

_FI_LETTER_NAMES_COLL = {"K": "kaa", "S": "äs", "R": "ärrä", "L": "ällä", "M": "ämmä", "N": "ännä", "F": "äffä"}
_CODE_LETTERS = "ABCDEFGHJKLMNPRSTUVX"


def _speak_letter_code(rng: random.Random, lang: str) -> tuple[str, str]:
    """A customer or reference number said by letter names, a dash word and digits one by one:
    ``aa äs viiva viis viis kaheksan yks``, ``a ess streck fem fem …``, ``ay ess dash five five …``."""
    head = "".join(rng.choice(_CODE_LETTERS) for _ in range(rng.randrange(1, 4)))
    names = [
        _FI_LETTER_NAMES_COLL[ch] if lang == "fi" and ch in _FI_LETTER_NAMES_COLL and rng.random() < 0.5
        else LETTERS[lang][ch] if lang != "en" or rng.random() < 0.7 else ch.lower()
        for ch in head
    ]
    digits = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(4, 9)))
    said = " ".join(_digits(digits, lang, rng, rng.random() < 0.6))
    return f"{' '.join(names)} {rng.choice(_DASH[lang])} {said}", f"{head}-{digits}"


_FI_FILLERS = ("niinku", "eli", "siis", "nyt", "just", "ehkä", "")
_FI_TURNED = ("täyttäny", "täyttänyt", "täyttäny", "täyttänyt")


def _speak_age_turned(rng: random.Random, lang: str) -> tuple[str, str]:
    """An age in words said next to "turned": ``niinku ‹neljäkytyks› vuotta täyttäny``, ``täytti ‹kolkytviis›
    vuotta``."""
    age = rng.randrange(18, 80)
    n = number(age, lang, rng, rng.random() < 0.6)
    filler = rng.choice(_FI_FILLERS)
    if rng.random() < 0.7:
        return f"{filler} ‹{n}› vuotta {rng.choice(_FI_TURNED)}".strip(), f"{age}"
    return f"täytti ‹{n}› vuotta", f"{age}"


_RESTATE = {"fi": ("eli", "siis"), "sv": ("alltså", "dvs", "så"), "en": ("so", "meaning")}
_YEARS_WORD = {"fi": "vuotta", "sv": "år", "en": "years"}


def _speak_age_restated(rng: random.Random, lang: str) -> tuple[str, str]:
    """An identity code read out, then the age restated: ``… streck tre ett nio åtta, alltså ‹femtiofyra› år``."""
    code, written = _speak_hetu(rng, lang)
    age = rng.randrange(18, 80)
    n = number(age, lang, rng, rng.random() < 0.6)
    return f"{code}, {rng.choice(_RESTATE[lang])} ‹{n}› {_YEARS_WORD[lang]}", f"{written} {age}"


def _speak_date_two_digit_year(rng: random.Random, lang: str) -> tuple[str, str]:
    """An English date with an ordinal and the year in words, often two digits: ``the ‹nineteenth of August
    ninety-nine›``, ``the ‹third of March oh four›``, ``the ‹twenty-first of June nineteen eighty-eight›``."""
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    year = rng.choice([rng.randrange(1950, 2000), rng.randrange(2001, 2010), rng.randrange(2010, 2027)])
    yy = year % 100
    if yy < 10:
        y = f"{rng.choice(['oh', 'zero'])} {_EN_UNITS[yy]}"
    elif yy < 20 or rng.random() < 0.2:
        y = year_words(year, "en", rng)
    else:
        y = _en_below_100(yy, rng)
    return f"the ‹{en_day(day, rng)} of {_EN_MONTHS[month - 1]} {y}›", f"{day}.{month}.{year}"


MORE_SPEAKERS = {
    "letter_code": _speak_letter_code, "age_turned": _speak_age_turned, "age_restated": _speak_age_restated,
    "date_2digit": _speak_date_two_digit_year,
}
_FRAMES.update({
    ("letter_code", "fi"): [("asiakasnumero on", ""), ("viitenumero", ","), ("hänen asiakasnumeronsa on", "")],
    ("letter_code", "sv"): [("kundnumret är", ""), ("referensen", ",")],
    ("letter_code", "en"): [("the customer number is", ""), ("reference", ",")],
    ("age_turned", "fi"): [("hän on", ""), ("asiakas on", ","), ("mies, joka on", "")],
    ("age_restated", "fi"): [("henkilötunnus", ""), ("hetu on", "")],
    ("age_restated", "sv"): [("personnummer", ""), ("personbeteckningen är", "")],
    ("age_restated", "en"): [("identity code", "")],
    ("date_2digit", "en"): [("she was born on", ""), ("born on", ","), ("the placement started on", "")],
})
SPEAKERS.update(MORE_SPEAKERS)
KINDS = tuple(SPEAKERS)

# traps of the kinds above: number words and letter names that are no identifier, age or date
MORE_NEGATIVES: dict[str, tuple[str, ...]] = {
    "fi": ("hän sanoi aa niin, viiva tuli väärään kohtaan", "odota ee… viis minuuttia vielä",
           "takana neljäkytyks vuotta työuraa", "eli kolme vuotta täyttämättä jäi vain lomake"),
    "sv": ("hon flyttade hit, alltså fem år sedan", "det var alltså fem år sedan hon slutade"),
    "en": ("she was the nineteenth of the group to finish", "there were ninety-nine problems",
           "add a dash of salt and five eggs"),
}
NEGATIVES = {lang: NEGATIVES[lang] + MORE_NEGATIVES.get(lang, ()) for lang in NEGATIVES}
