"""Names and towns whose evidence is a table's header: the cells of a name or a town column.

Runs with the late rules (``scrubber._scrub``) and only adds candidates: a pasted table or CSV (`,`
`;` tab or `|` cells) whose header names a column. Every decision is one row of :data:`RULES`.

| id | shape (invented examples) | evidence |
|---|---|---|
| place_column | `nimi;kunta` … `;Lahti;`, `Name, Town` … `, Hope,` | the column header (kunta, paikkakunta, asuinpaikkakunta, postitoimipaikka, town, city, home town, ort, kommun, postort …); one to three capitalised words, no kept or frequent non-name word; the header is trusted for ONE capitalised word that is frequent but no kept word, no common word of the lists, no no-place value (`TABLE_PLACE_NOT`: `Muu`, `Tuntematon`, `Unknown`) and not shaped like an ordinary word (`;Työtön;`): a former municipality or a town that is also a word (`;Nastola;`) |
| district_column | `nimi;kylä` … `;Ylijoki;`, `namn,stadsdel` … `,Norrby`, `Name | District` | the column header is a village / district label of `DISTRICT_LABELS` (kylä, kaupunginosa, asuinalue, by, stadsdel, village, district …) on the line opening the table (not a `| Kylä | X |` row of a key-value table); the cells as in place_column |
| name_cell | `nimi;…` … `Koski Aino;` (surname first) | the column header (nimi, name, namn, first name …; not asiakas / client, whose cells are often roles); one to three capitalised words, whole, no kept or frequent non-name word |
| employer_column | `työnantaja;…` … `;Lapin Kuitu;`, `Employer` … `, Oulu Data,` | the column header (työnantaja, työpaikka, employer, workplace, arbetsgivare …); one to five capitalised words (`&`, `-` inside), the first no kept word |
| initials_column | `| Vastuu |` … `| JK |`, `Owner` … `M.L.` | the column header (vastuu, vastuuhenkilö, owner, responsible, ansvarig …); a cell of two or three capitals or dotted initials |
| role_initials_column | `| Asiakas | Ohjaaja |` … `| B | EK |`, `case;coach` … `;EK` | a column header of one to three words, one a person role (`[ROLE_NOUNS]`, `[PROFESSIONS]`: coach, ohjaaja, valmentaja …, or handläggare, kontaktperson, yhteyshenkilö …); a cell of two or three capitals or dotted initials, no status word (`OK`, `EI`, `JA`, `N/A`), unit (`KM`, `KK`, `EUR`), known body or medical acronym (`TE`, `ADHD`: `acronyms.known_acronym`) or frequent word |
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachdesk.privacy.acronyms import known_acronym
from coachdesk.privacy.age_date_rules import split_cells
from coachdesk.privacy.cue_words import words
from coachdesk.privacy.lexicon import ALLOW, COMMON, KEEP, NAME, PLACE, Lexicon
from coachdesk.privacy.name_words import fi_common_word
from coachdesk.privacy.rule_table import Rule
from coachdesk.privacy.spans import PRIO_NAME, PRIO_ORG, Cand

RULES = {
    r.id: r
    for r in (
        Rule("place_column", "capitalised words in a column headed kunta / town / ort"),
        Rule("district_column", "capitalised words in a column headed kylä / kaupunginosa / village / stadsdel"),
        Rule("name_cell", "capitalised words in a column headed nimi / name / namn, whole"),
        Rule("employer_column", "capitalised words in a column headed työnantaja / employer / arbetsgivare"),
        Rule("initials_column", "initials in a column headed vastuu / owner / ansvarig"),
        Rule("role_initials_column", "initials in a column headed by a person role: coach / ohjaaja / handläggare"),
    )
}

_PLACE_HEADERS = frozenset(
    """kunta kotikunta asuinkunta paikkakunta kotipaikka asuinpaikka kaupunki town city municipality
    hometown residence ort kommun hemort bostadsort hemkommun stad asuinpaikkakunta kotipaikkakunta
    postitoimipaikka syntymäpaikka syntymäkunta postort födelseort birthplace""".split()
) | frozenset(("home town", "place of residence", "town/city", "kunta/kaupunki"))
_NAME_HEADERS = frozenset(
    (
        *"nimi etunimi sukunimi namn förnamn efternamn name".split(),
        "first name",
        "last name",
        "full name",
        "koko nimi",
    )
)
_EMPLOYER_HEADERS = frozenset(
    """työnantaja työpaikka harjoittelupaikka työkokeilupaikka yritys employer workplace company
    arbetsgivare arbetsplats praktikplats företag""".split()
)
_OWNER_HEADERS = frozenset(
    """vastuu vastuuhenkilö vastuussa tekijä kuka owner responsible who ansvarig ansvar vem""".split()
)
# role headers beside the role nouns and professions of the cue files (people who handle a case)
_ROLE_HEADERS = frozenset(
    """handläggare kontaktperson yhteyshenkilö omaohjaaja vastuuohjaaja vastuuvalmentaja omavalmentaja
    caseworker handler""".split()
)
# a cell under a role header that is a status, an answer or a unit, not initials
_NOT_ROLE_INITIALS = frozenset("ok ei ja kyllä yes no nej na tbd kk vk pv km kg cm eur tim".split())
_HEAD_WORD = re.compile(r"[^\W\d_]+")
_ORG_CELL = re.compile(r"[ \t]*\"?([A-ZÅÄÖ0-9][\w'’.-]*(?:[ \t]+(?:&[ \t]+)?[\w'’.-]+){0,4})\"?[ \t]*")
_INITIALS_CELL = re.compile(r"[ \t]*([A-ZÅÄÖ]{2,3}|[A-ZÅÄÖ]\.(?:[ \t]?[A-ZÅÄÖ]\.){1,2}|[A-ZÅÄÖ]-[A-ZÅÄÖ]\.?)[ \t]*")
_CELL = re.compile(r"[ \t]*\"?([A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’.-]*){0,2})\"?[ \t]*")
_DELIMS = ("|", "\t", ";", ",")
NOT_INITIALS = words("NOT_INITIALS") | words("SCALE_ACRONYMS")
_MAX_ROWS = 500  # a header governs at most this many rows


def _name_like(cell: str, lex: Lexicon) -> bool:
    """No word of the cell is a kept word (Kela) or a frequent word that is no name or place (Työtön, Uusi)."""
    for w in cell.split():
        flags = lex.get(w.lower())
        if flags & KEEP or (w.lower() in lex.frequent and not flags & (NAME | PLACE)):
            return False
    return True


_DISTRICT_HEADERS = words("DISTRICT_LABELS")
_NOT_PLACE = words("TABLE_PLACE_NOT")
# endings of ordinary Finnish words a town's name does not have: -tön, -uus, -sti, local cases (Työtön, Ulkomailla)
_WORD_SHAPE = re.compile(r"(?:ton|tön|tomat|tömät|minen|uus|yys|sti|ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi)$")


def _place_like(cell: str, lex: Lexicon) -> bool:
    """A town column's cell: name-like, or ONE capitalised word the header vouches for: frequent (a former
    municipality, a town that is also a word: Nastola, Mänttä) but no kept word, no common word of the lists,
    no no-place value (Muu, Tuntematon) and no ordinary word's shape (Työtön)."""
    if _name_like(cell, lex):
        return True
    if " " in cell or "\t" in cell:
        return False
    low = cell.lower()
    flags = lex.get(low)
    return not (
        flags & (KEEP | COMMON) or low in _NOT_PLACE or low in _DISTRICT_HEADERS or fi_common_word(low, lex)
        or low in lex.lang_words
        or _WORD_SHAPE.search(low)
    )


def _role_head(head: str, roles: frozenset[str]) -> bool:
    """A column header of one to three words, one of them a person role (coach, ohjaaja, handläggare)."""
    ws = _HEAD_WORD.findall(head)
    return 1 <= len(ws) <= 3 and any(w in roles or w in _ROLE_HEADERS for w in ws)


def _role_initials(line: str, offset: int, cells: list[tuple[int, int]], cols: list[int], lex: Lexicon) -> Iterator[Cand]:
    """Rule role_initials_column on one row."""
    for k in cols:
        if k < len(cells):
            m = _INITIALS_CELL.fullmatch(line, *cells[k])
            if not m:
                continue
            ini = m.group(1)
            low = ini.lower()
            if ini in NOT_INITIALS or low in _NOT_ROLE_INITIALS or low in lex.frequent or known_acronym(ini, lex):
                continue
            reason = "initials in a person role column (role_initials_column)"
            yield Cand(offset + m.start(1), offset + m.end(1), "PERSON", "person", reason, PRIO_NAME, key=(low, ""))


def _org_and_initials(
    line: str, offset: int, cells: list[tuple[int, int]], employers: list[int], owners: list[int], lex: Lexicon
) -> Iterator[Cand]:
    """Rules employer_column and initials_column on one row."""
    for k in employers:
        if k < len(cells):
            m = _ORG_CELL.fullmatch(line, *cells[k])
            first = m.group(1).split() if m else []
            if m and not lex.lookup(first[0])[0] & ALLOW and not (len(first) == 1 and lex.lookup(first[0])[0] & KEEP):
                yield Cand(offset + m.start(1), offset + m.end(1), "ORG", "org", "employer column (employer_column)", PRIO_ORG)
    for k in owners:
        if k < len(cells):
            m = _INITIALS_CELL.fullmatch(line, *cells[k])
            if m and m.group(1) not in NOT_INITIALS:
                key = (m.group(1).lower(), "")
                yield Cand(offset + m.start(1), offset + m.end(1), "PERSON", "person", "initials in an owner column (initials_column)", PRIO_NAME, key=key)


def find(text: str, lex: Lexicon) -> Iterator[Cand]:
    """PERSON and LOCATION candidates for the cells of a name or town column."""
    if "\n" not in text:
        return
    lines = text.split("\n")
    roles = words("ROLE_NOUNS") | words("PROFESSIONS")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        delim = next((d for d in _DELIMS if d in line), None)
        if delim is None:
            i += 1
            continue
        heads = [line[a:b].strip().strip("*\"").strip().lower().rstrip(":") for a, b in split_cells(line, delim)]
        places = [k for k, h in enumerate(heads) if h in _PLACE_HEADERS]
        districts = [k for k, h in enumerate(heads) if h in _DISTRICT_HEADERS]
        names = [k for k, h in enumerate(heads) if h in _NAME_HEADERS]
        # an employer or owner column heads a table: its line opens the table (not a "| Työpaikka | X |" row)
        opens = (i == 0 or delim not in lines[i - 1]) and len(line) <= 300 and len(heads) > 1  # a header is short
        employers = [k for k, h in enumerate(heads) if h in _EMPLOYER_HEADERS] if opens else []
        districts = districts if opens else []  # "| Kylä | X |" inside a key-value table heads no column
        owners = [k for k, h in enumerate(heads) if h in _OWNER_HEADERS] if opens else []
        role_cols = [k for k, h in enumerate(heads) if h not in _OWNER_HEADERS and _role_head(h, roles)] if opens else []
        if not places and not districts and not names and not employers and not owners and not role_cols:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= _MAX_ROWS and delim in lines[j]:
            cells = split_cells(lines[j], delim)
            yield from _org_and_initials(lines[j], offsets[j], cells, employers, owners, lex)
            yield from _role_initials(lines[j], offsets[j], cells, role_cols, lex)
            for cols, rule in ((places, "place_column"), (districts, "district_column"), (names, "name_cell")):
                for k in cols:
                    if k >= len(cells):
                        continue
                    m = _CELL.fullmatch(lines[j], *cells[k])
                    if not m or not (_name_like(m.group(1), lex) if rule == "name_cell" else _place_like(m.group(1), lex)):
                        continue
                    s, e = offsets[j] + m.start(1), offsets[j] + m.end(1)
                    if rule == "place_column":
                        yield Cand(s, e, "LOCATION", "place", "town in a town column (place_column)", PRIO_NAME)
                    elif rule == "district_column":
                        yield Cand(s, e, "LOCATION", "place", "place in a village or district column (district_column)", PRIO_NAME + 2)
                    else:
                        yield Cand(s, e, "PERSON", "person", "name in a name column (name_cell)", PRIO_NAME, key=(m.group(1).lower(), ""))
            j += 1
        i = max(j, i + 1)
