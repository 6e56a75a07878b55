"""Cue word lists of the scrubber, read from ``resources/data/privacy/cues/<lang>.txt``.

One file per language (``fi``, ``sv``, ``en``, and ``intl`` for other languages and symbols). A line
``[SECTION]`` starts a list, words follow separated by spaces or line breaks, ``#`` starts a comment.
``words(SECTION)`` is the union of that section over every file (``cues.PERSON_CTX`` is the Finnish,
English and Swedish words of ``[PERSON_CTX]``). To add a cue: add the word to the right section of the
language file, add a test sentence. Regexes and endings stay in code. Read once, at first use (a few
kilobytes, well under a millisecond).
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

LANGS = ("fi", "sv", "en", "intl")

# Every known section, with the language files that must have it. The file of any other language may
# have it too (a word can be a cue in several languages).
SECTIONS: dict[str, tuple[str, ...]] = {
    # cues.py: evidence for people and places
    "PERSON_CTX": ("fi", "sv", "en"),
    "EN_SUBJ_VERBS": ("en", "sv"),
    "FUNCTION_NEXT": ("fi", "sv", "en"),
    "EN_PERSON_VERBS": ("en", "sv"),
    "FI_PERSON_VERBS": ("fi",),
    "EN_PERSON_PREP": ("en",),
    "PLACE_PREP": ("sv", "en"),
    "LOWER_CTX_BEFORE": ("fi", "sv", "en"),
    "LOWER_CTX_AFTER": ("fi", "sv", "en"),
    "PLACE_CTX": ("fi", "sv", "en"),
    "PROFESSIONS": ("fi", "sv", "en"),
    "ROLE_NOUNS": ("fi", "sv", "en"),
    "ROLE_NOUN_STEMS": ("fi",),
    "ROLE_LINK": ("fi", "sv", "en"),
    "HELP_VERBS": ("fi",),
    "RELATION_AFTER": ("fi",),
    "PERSON_PREDICATES": ("fi", "sv", "en"),
    "HUMAN_STATES": ("fi", "sv", "en"),
    "COPULAS": ("fi", "sv", "en"),
    "PRED_FILLERS": ("fi", "sv", "en"),
    "PERSON_TRAITS": ("fi", "sv", "en"),
    "SIGNOFFS": ("fi", "sv", "en"),
    "NOT_NAME_AFTER_ROLE": ("fi", "sv", "en"),
    "PERSON_NOUNS": ("fi",),
    "GREETINGS": ("fi", "sv", "en"),
    "YOU": ("fi", "sv", "en"),
    "ASK_YOU": ("sv", "en"),
    "PLACE_NOUNS": ("sv", "en"),
    "EN_OBJECT_VERBS": ("en",),
    "ARTICLES": ("sv", "en"),
    "SUBJECT_AUX": ("sv", "en"),
    "NEG_PERSON": ("fi",),
    "PRONOUNS": ("fi", "sv", "en"),
    "PERSONAL_PRONOUNS": ("fi", "sv", "en"),
    "GOT_FROM": ("fi",),
    "SELF_ADVERBS": ("fi", "sv", "en"),
    "LIST_JOIN": ("fi", "sv", "en"),
    "WEAK_AFTER": ("fi",),
    # name_carry.py: real prose
    "REPORT_VERBS": ("fi",),
    "SLOT_VERBS": ("fi", "sv", "en"),
    # apposition_names.py: role nouns in an apposition after a name
    "APPOSITION_HEADS": ("fi", "sv", "en"),
    "GENITIVE_HEADS": ("fi",),
    "EN_SHORT_WORDS": ("en",),
    "WEEKDAY_ABBREVS": ("fi", "sv", "en"),
    # orgs.py: organisations
    "LEGAL_FORMS": ("fi", "sv", "en", "intl"),
    "ORG_HEADS_EN": ("en",),
    "ORG_CONNECT": ("fi", "sv", "en", "intl"),
    "LEGAL_CONNECT": ("sv", "intl"),
    "AREA_GENITIVES": ("fi",),
    # chat.py: chat speakers and initials
    "CHAT_PERSON_VERBS": ("en",),
    "NOT_INITIALS": ("fi", "sv", "en"),
    "UNIT_ABBREVIATIONS": ("fi", "sv", "en"),
    # prose_names.py (owner_initials) and initial_names.py (task_initials): initials of a task's owner or doer
    "OWNER_CUES": ("fi", "sv", "en"),
    "INITIALS_TASK_VERBS": ("fi", "sv", "en"),
    "YOU_PLURAL": ("fi", "sv", "en"),
    # bare_ages.py: words after "Name? 47," that make the number no age ("Liisa? 30, jos ehtii")
    "MARK_AGE_NOT": ("fi", "sv", "en"),
    # patterns.py: ages and identifiers
    "SCALE_ACRONYMS": ("fi", "intl"),
    "NOT_PERSON_NOUN": ("sv", "en"),
    # spoken_numbers.py: words that count things
    "COUNTED": ("fi", "sv", "en"),
    # spoken.py: dictated notes
    "SPOKEN_DASH": ("fi", "sv", "en"),
    "SPOKEN_LETTER_LEADS": ("fi", "sv", "en"),
    "KIN_COPULA_SUBJECTS": ("fi", "sv", "en"),
    "KIN_AGE_FILLERS": ("fi", "sv", "en"),
    "PRONOUN_AGE_SUBJECTS": ("en",),
    "GROUP_ORG_HEADS": ("en",),
    "SV_AUX_PERSON_VERBS": ("sv",),
    "AFFILIATION_PREPS": ("en", "sv"),
    "SPLIT_STREET_WORDS": ("fi", "sv", "en"),
    "SPOKEN_COMMA": ("fi", "sv", "en"),
    "SPOKEN_DOT": ("fi", "sv", "en"),
    "SPOKEN_AT": ("fi", "en", "intl"),
    "SPOKEN_UNDERSCORE": ("fi", "sv", "en"),
    "SPOKEN_TLDS": ("intl",),
    "PHONE_CUES": ("fi", "sv", "en"),
    "ID_CUES": ("fi", "sv", "en"),
    "CASE_CUES": ("fi", "sv", "en"),
    "AGE_CUES": ("fi", "sv", "en"),
    "EN_DATE_PREP": ("en",),
    "BIRTH_CUES": ("fi", "sv", "en"),
    "STREET_NOMINATIVE": ("fi", "sv", "en"),
    "EN_STREET_TYPES": ("en",),
    "FLAT_WORDS": ("fi", "sv", "en"),
    "STAIR_WORDS": ("fi",),
    # spoken_shapes.py: spelled codes, ages after an age noun
    "SPELLING_CUES": ("fi", "sv", "en"),
    "AGE_NOUNS": ("fi", "sv", "en"),
    # spoken_extra.py: ages after a filler, spoken day numbers, e-mail local parts, diplomatic plates
    "AGE_FILLERS": ("fi", "sv", "en"),
    "AGE_COPULA_SUBJECTS": ("fi", "sv", "en"),
    "CLAUSE_JOINERS": ("fi", "sv", "en"),
    "SPOKEN_STOP": ("fi", "sv", "en"),
    "MONTH_COUNT_WORDS": ("fi", "sv"),
    "DATE_LEADS": ("fi",),
    "EMAIL_WORDS": ("fi", "sv", "en"),
    "DIPLOMAT_CUES": ("fi", "sv", "en"),
    # spoken_colloquial.py: colloquial Finnish ages
    "AGE_NOUN_FILLERS": ("fi",),
    "AGE_PERSON_NOUNS": ("fi",),
    "AGE_TURNED_WHEN": ("fi",),
    "STREET_ADESSIVE": ("fi",),
    # hurried_names.py: cue words of phone notes
    "HURRIED_CALL_OPENERS": ("fi", "sv", "en"),
    "HURRIED_REDUP_WORDS": ("en",),
    "HURRIED_OPENER_FILLERS": ("fi", "sv", "en"),
    "HURRIED_KIN_ROLE": ("fi", "sv", "en"),
    "HURRIED_TALK_AFTER": ("fi", "sv", "en"),
    "HURRIED_ASK_CALL_VERBS": ("fi",),
    "HURRIED_ADVERBS": ("fi", "sv", "en"),
    "HURRIED_MOTION": ("fi",),
    "HURRIED_ROLE_IN_BRACKET": ("fi", "sv", "en"),
    "HURRIED_NICKNAME_INTRO": ("fi", "sv", "en"),
    "HURRIED_BACK": ("fi", "sv", "en"),
    "HURRIED_PAIR_JOIN": ("fi", "sv", "en", "intl"),
    "HURRIED_PAIR_AFTER": ("fi", "sv", "en"),
    "HURRIED_CONTACT": ("fi", "sv", "en"),
    "HURRIED_POSSESSIVE": ("fi", "sv", "en"),
    "HURRIED_LIVE": ("fi", "sv", "en"),
    "HURRIED_DWELLINGS": ("fi",),
    "HURRIED_PLACE_HEADS": ("fi",),
    "HURRIED_TRADE_MORE": ("en",),
    "HURRIED_WORKPLACES": ("sv", "en"),
    "HURRIED_SV_CALL": ("sv",),
    "HURRIED_DETERMINERS": ("sv",),
    "HURRIED_NOT_GIVEN": ("fi", "sv", "en"),
    # people_shapes.py: colloquial kin words, quoted nicknames, bracketed surnames, particle surnames in a field
    "KIN_SLANG": ("fi", "sv", "en"),
    "KIN_SLANG_VERBS": ("fi", "sv", "en"),
    "KIN_SLANG_AUX": ("fi", "sv", "en"),
    "KIN_SLANG_POSSESSIVE": ("fi",),
    "KIN_SLANG_FILLERS": ("fi", "sv", "en"),
    "PEOPLE_FORM_LABELS": ("fi", "sv", "en"),
    "NAME_PARTICLES": ("intl",),
    "REFERENCE_NOUNS": ("intl",),
    "WORD_GIVEN_NOT": ("fi", "sv", "en"),
    "WEEKDAY_GIVEN_NAMES": ("en",),
    "TIME_BEFORE_WEEKDAY": ("en",),
    "ORG_SERVICE_STEMS": ("fi",),  # org_shapes.py
    "ORG_WORK_CUES": ("fi",),  # org_shapes.py
    "SLOT_KIN": ("fi", "sv", "en"),  # lower_slots.py
    "SLOT_SUBJECT_VERBS": ("fi", "sv", "en"),
    "SLOT_SUBJECT_AUX": ("fi", "sv", "en"),
    "SLOT_NOT_NAME": ("intl",),
    "SLOT_PERSON_NEXT": ("fi", "sv", "en"),
    "SLOT_MESSAGE": ("fi",),
    "SLOT_SAID": ("fi",),
    "SLOT_SAID_AUX": ("fi",),
    "SLOT_CONTACT": ("en",),
    "TRAVEL_VERBS": ("fi", "sv", "en"),
    "TRAVEL_FILLERS": ("fi",),
    "TRAVEL_PREPS": ("sv", "en"),
    "CITY_WORD_TRAPS": ("en",),
    "TOWN_MOVE_CUES": ("fi",),
    # hurried_names.py: names and places in hurried lines
    "PLACE_SHAPE_NOT": ("fi",),
    "SV_KIN_AFTER_GENITIVE": ("sv",),
    "SV_SUBJECT_VERBS": ("sv",),
    "ORG_AT_WORDS": ("fi", "sv", "en"),
    "ASK_AT_VERBS": ("sv", "en"),
    # word_names.py: word-names with a person's cue, nicknames and foreign names in a person's case, initials
    "TITLES": ("fi", "sv", "en"),
    "WORD_NAME_NEG_PAST": ("fi",),
    "WORD_NAME_ACTS_FI": ("fi",),
    "WORD_NAME_ACT_OBJECTS_FI": ("fi",),
    "WORD_NAME_FI_COUNT": ("fi",),
    "WORD_NAME_FI_LIFE": ("fi",),
    "WORD_NAME_NOT_NICK": ("fi",),
    "WORD_NAME_PRESENT": ("fi",),
    "WORD_NAME_TALK_WITH": ("fi",),
    "WORD_NAME_FROM_AFTER": ("fi",),
    "WORD_NAME_TO_AFTER": ("fi",),
    "WORD_NAME_MET": ("fi",),
    "WORD_NAME_VERB_FIRST": ("fi",),
    "WORD_NAME_EN_COUNT": ("en",),
    "WORD_NAME_EN_LIFE": ("en",),
    "WORD_NAME_EN_START_OBJ": ("en",),
    "WORD_NAME_TALK": ("fi", "sv", "en"),
    "WORD_NAME_MEET": ("fi",),
    # hurried_orgs.py: lower-case organisations in hurried lines
    "HURRIED_INSTITUTIONS": ("fi",),
    "GENERIC_OWNERS": ("fi",),
    "TEAM_NOUNS_NOT": ("fi",),
    "BUSINESS_VERBS": ("fi",),
    "TRADE_STEMS_MORE": ("fi",),
    "OWNER_PREPS": ("sv",),
    "SV_TRADE_WORDS": ("sv",),
    "SV_GENERIC_OWNERS": ("sv",),
    # hurried_more.py: venues, names after a role, Swedish ask verbs
    "HURRIED_VENUES": ("fi", "sv"),
    "HURRIED_NAME_ROLES": ("fi",),
    "HURRIED_RENAME": ("fi",),
    "HURRIED_SV_ASK": ("sv",),
    "HURRIED_SV_WITH": ("sv",),
    "HURRIED_SV_VENUE_NOT": ("sv",),
    "PLACE_LOCAL_NOT": ("fi",),
    # hurried_local.py: villages by shape, place labels, residence cues, firms of two trades
    "PLACE_MODIFIER_NOT": ("fi",),
    "PLACE_COMPOUND_NOT": ("fi",),
    "HURRIED_PLACE_LABELS": ("fi",),
    "HURRIED_RESIDENCE": ("fi",),
    "HURRIED_RESIDENCE_ADVERBS": ("fi",),
    "HURRIED_CALL_FROM": ("fi",),
    "SV_PLACE_HEADS": ("sv",),
    "HURRIED_CORRECTION": ("fi", "sv"),
    "HURRIED_TRADE_PARTS": ("fi",),
    # place_compounds.py: modifiers of common compounds with a place head, place cues besides the residence ones
    "PLACE_COMPOUND_TRAPS": ("fi",),
    "PLACE_COMPOUND_CUES": ("fi",),
    # note_people.py: call-note headers, words after them that name no person, organisations, reporting verbs
    "NOTE_PEOPLE_HEADERS": ("fi",),
    "NOTE_PEOPLE_HEADER_NOT": ("fi",),
    "NOTE_PEOPLE_ORGS": ("fi",),
    "NOTE_PEOPLE_REPORT": ("fi",),
    # town_firms.py: trade words opening a firm's compound name, heads closing one
    "TOWN_FIRM_TRADES": ("fi",),
    "TOWN_FIRM_HEADS": ("fi",),
    "TOWN_FIRM_WORK_CUES": ("fi",),
    # filler_names.py: fillers before a hurried clause, colloquial person verbs, a person's states after a copula
    "FILLER_NAME_OPENERS": ("fi",),
    "FILLER_NAME_VERBS": ("fi",),
    "FILLER_NAME_STATES": ("fi",),
    # bracket_pairs.py: cues right before an unknown given name and its surname in brackets ("puh X (Y)")
    "BRACKET_PAIR_CUES": ("fi",),
    # region_orgs.py: heads of a school or body after a region's genitive, trade words opening a region's firm
    "REGION_SCHOOL_HEADS": ("fi",),
    "REGION_FIRM_TRADES": ("fi",),
    "REGION_FIRM_PRODUCTS": ("fi",),
    "WORKPLACE_WORDS": ("fi", "sv", "en"),  # workplace_questions.py
    # hurried_people.py: verb cues before a lower-case full name, words after one, Swedish kin nouns
    "HURRIED_PEOPLE_BEFORE": ("fi", "sv"),
    "HURRIED_PEOPLE_AFTER": ("fi", "sv"),
    "HURRIED_PEOPLE_SV_KIN": ("sv",),
    "HURRIED_PEOPLE_MEET": ("fi", "sv"),
    "HURRIED_PEOPLE_SAID": ("fi", "sv"),
    # hurried_slots.py: people and firms by their slot in hurried Swedish and English notes
    "SLOT_CALL_VERBS": ("sv", "en"),
    "SLOT_TALK_WORDS": ("sv", "en"),
    "SLOT_WITH": ("sv", "en"),
    "SLOT_CALL_FILLERS": ("sv", "en"),
    "SLOT_START_VERBS": ("sv", "en"),
    "SLOT_NOT_NAMES": ("sv", "en"),
    "SLOT_TRADE_MORE": ("sv",),
    "SLOT_WORK_WORDS": ("sv",),
    "SLOT_WORK_ADVERBS": ("sv",),
    "SLOT_PLACE_HEADS": ("sv", "en"),
    "SLOT_CLUB_HEADS": ("sv",),
    "SLOT_BRAND_CUES": ("sv", "en"),
    "SLOT_BRAND_PREPS": ("sv", "en"),
    "SLOT_BRAND_HEADS": ("sv", "en"),
    # foreign_shapes.py: a person's slot after an unknown sentence opener of a foreign shape
    "SHAPE_SLOT_MODALS": ("fi", "sv", "en"),
    "SHAPE_KIN_HEADS": ("fi", "sv", "en"),
    # form_people.py: person field labels (a multi-word label written with "_"), plural ones, kin words in a value
    "FORM_PERSON_LABELS": ("fi", "sv", "en"),
    "FORM_NICKNAME_LABELS": ("fi", "sv", "en"),
    "FORM_PERSON_PLURAL": ("fi", "sv", "en"),
    "FORM_PERSON_KIN": ("fi", "sv", "en"),
    "FORM_RECORDER_LABELS": ("fi", "sv", "en"),  # who wrote or filled in the text ("Protokoll: PT")
    # nicknames.py: cues before the nickname a person uses ("_" joins words), words between a nickname and a full name
    "NICK_CALLS_SELF": ("fi", "sv", "en"),
    "NICK_ALIAS": ("fi", "sv", "en"),
    # en_slots.py: words right before an unknown English word in a person's slot
    "EN_SLOT_BEFORE": ("en",),
    "PERSON_SLOT_BEFORE": ("fi", "sv"),
    # minutes_names.py: honorifics of Karen and Burmese names, the centre of a place
    "NAME_HONORIFICS": ("intl",),
    "PLACE_CENTRE_HEADS": ("sv",),
    # prose_roles.py: role words before an unknown name, heads of rural and local bodies
    "NAMED_ROLES": ("fi", "sv", "en"),
    "RURAL_BODY_HEADS": ("fi", "sv"),
    # spoken_more.py: ages said before "turned", restated ages
    "AGE_TURNED": ("fi",),
    "SPOKEN_RESTATE": ("fi", "sv", "en"),
    # tokens.py: abbreviations whose dot ends no sentence
    "ABBREVIATIONS": ("fi", "sv", "en"),
    # firm_pairs.py: firms named after two or more people ("Siivous Kettunen ja Heino", "Aaltonen ja Poika")
    "FIRM_TRADE_HEADS": ("fi", "sv", "en"),
    "FIRM_KIN_WORDS": ("fi", "sv", "en"),
    # titled_names.py: title abbreviations before a name in minutes and signatures ("ft Laakso", "KM Lehto")
    "TITLE_ABBREVS": ("fi", "sv", "en"),
    "TITLE_DEGREES": ("fi", "sv", "en"),
    # wrapped_names.py: words that end no sentence, so a line ending in one was wrapped mid-sentence
    "WRAP_OPEN_END": ("fi", "sv", "en"),
    # direct_hurried.py: bare day.month after a call word, plates after a vehicle word, kin ages, chat headers
    "DIRECT_DATE_CUES": ("fi", "sv", "en"),
    "DIRECT_NOT_DATE_BEFORE": ("fi", "sv", "en"),
    "DIRECT_VEHICLE_WORDS": ("fi", "sv", "en"),
    "DIRECT_KIN_AGE": ("fi", "sv", "en"),
    "DIRECT_NOT_SPEAKERS": ("fi", "sv", "en"),
    # kin_names.py, form_places.py, spoken_months.py, eponyms.py (bare eponyms)
    "HYPHEN_KIN": ("fi",),
    "DISTRICT_LABELS": ("fi", "sv", "en"),
    "TABLE_PLACE_NOT": ("fi", "sv", "en"),
    "STREET_HEADS_MORE": ("fi", "sv"),
    "MEDICAL_EPONYMS": ("intl",),
    "SPOKEN_DATE_CUES": ("fi",),
    "AGE_HESITATIONS": ("fi", "sv", "en"),
    # hurried_places.py: stay verbs and adverbs before an unlisted place, phone-note words, Swedish motion verbs
    "HURRIED_STAY_VERBS": ("fi",),
    "HURRIED_STAY_ADVERBS": ("fi",),
    "HURRIED_MOVE_VERBS": ("fi",),
    "HURRIED_NOTE_HEADS": ("fi", "sv"),
    "SV_MOTION_VERBS": ("sv",),
    "SV_MOTION_FILLERS": ("sv",),
    "SAINT_PREFIXES": ("fi", "sv"),
    # gazetteer_places.py: fillers between a place cue and a gazetteer name, prepositions, village words
    "GAZ_SLOT_FILLERS": ("fi",),
    "GAZ_PREPS": ("sv", "en"),
    "GAZ_VILLAGE_HEADS": ("fi", "sv"),
    # spoken_dictated.py, spoken_spelling.py: short letter names, restated and corrected ages, spelling alphabets
    "SPOKEN_SHORT_LETTERS": ("fi",),
    "RESTATE_PHRASES": ("fi", "sv", "en"),
    "AGE_RESTATE_ANCHORS": ("fi", "sv", "en"),
    "AGE_CORRECTIONS": ("fi", "sv", "en"),
    "AGE_CLAIM_CUES": ("fi", "sv", "en"),
    "SPELLED_CODE_CUES": ("fi", "sv", "en"),
    "SPOKEN_CODE_LABELS": ("fi", "sv", "en"),
    # signed_orgs.py: job titles before an organisation in a sign-off, field labels of a school or workplace
    "SIGN_TITLE_HEADS": ("fi", "sv", "en"),
    "ORG_FORM_LABELS": ("fi", "sv", "en"),
    "PUBLIC_BODY_HEADS": ("fi", "sv", "en"),
    "SIGN_TEAM_WORDS": ("fi", "sv", "en"),
    # owner_firms.py: firm heads after an owner's genitive or before a doctor's title, the titles
    "OWNER_FIRM_HEADS": ("fi",),
    "CLINIC_HEADS": ("fi", "sv", "en"),
    "CLINIC_TITLES": ("fi", "sv", "en"),
    # org_rules.py, town_firms.py: lower-case employers of hurried notes
    "TRADE_FRONT_MORE": ("fi",),
    "WORK_AT_CUES": ("fi",),
    "FIRM_MOTION_CUES": ("fi",),
    "TOWN_FIRM_PLURALS": ("fi",),
    "SV_WORK_AT": ("sv",),
    "SV_JOB_NOUNS": ("sv",),
    "EN_FIRM_HEADS": ("en",),
    "EN_FIRM_HEADS_AFTER_AT": ("en",),
}

# Sections whose words keep their letter case (all others are lower case)
CASED = frozenset({"LEGAL_FORMS", "ORG_HEADS_EN", "NOT_INITIALS", "SCALE_ACRONYMS", "TITLE_DEGREES"})

_LOCK = threading.Lock()
_LISTS: dict[str, dict[str, list[str]]] | None = None


def cues_dir() -> Path:
    """The folder of the language files (in the checkout or the PyInstaller bundle)."""
    from coachdesk.paths import resources_dir

    return resources_dir() / "data" / "privacy" / "cues"


def parse(text: str) -> dict[str, list[str]]:
    """One language file: section → its words in file order (duplicates kept, for the checks).

    Forgiving of an editor's habits: a byte-order mark, Windows line ends, tabs, decomposed letters
    (a Mac's ``a`` + combining diaeresis is read as ``ä``, as the scrubber normalises the text)."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(unicodedata.normalize("NFKC", text.removeprefix("\ufeff")).splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1].strip(), [])
        elif current is None:
            raise ValueError(f"line {number}: words before the first [SECTION]")
        else:
            current.extend(line.split())
    return out


def load(directory: Path | None = None) -> dict[str, dict[str, list[str]]]:
    """Every language file of ``directory`` (default: the shipped one): language → section → words."""
    d = directory or cues_dir()
    return {lang: parse((d / f"{lang}.txt").read_text(encoding="utf-8")) for lang in LANGS}


def _lists() -> dict[str, dict[str, list[str]]]:
    global _LISTS
    if _LISTS is None:
        with _LOCK:
            if _LISTS is None:
                _LISTS = load()
    return _LISTS


_UNITED: dict[str, frozenset[str]] = {}  # section -> its words in every language (shipped data, no note's word)


def words(section: str) -> frozenset[str]:
    """The words of ``section`` in every language file, united (built once per section)."""
    united = _UNITED.get(section)
    if united is None:
        if section not in SECTIONS:
            raise KeyError(section)
        united = _UNITED[section] = frozenset(w for lists in _lists().values() for w in lists.get(section, ()))
    return united


def by_language(section: str) -> dict[str, frozenset[str]]:
    """The words of ``section`` per language (the languages whose file has it)."""
    if section not in SECTIONS:
        raise KeyError(section)
    return {lang: frozenset(lists[section]) for lang, lists in _lists().items() if section in lists}
