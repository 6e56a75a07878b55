"""Context words and word shapes that mark a person or a place in Finnish, English and Swedish notes.

The evidence that `names.find_names` weighs: verbs only people do, role and relation nouns, place
prepositions, sign-off formulas, ordinary-word shapes. Word lists only; the decisions live in names.py.

The word lists are read from ``resources/data/privacy/cues/<lang>.txt`` (``cue_words.py``), one section per
name below, united over the languages. To add a cue: add the word to the right section of the language
file, add a test sentence. Regexes and Finnish endings stay here.
"""

from __future__ import annotations

import re

from coachdesk.privacy.cue_words import by_language, words

PERSON_CTX = words("PERSON_CTX")

EN_SUBJ_VERBS = words("EN_SUBJ_VERBS")

FUNCTION_NEXT = words("FUNCTION_NEXT")

EN_PERSON_VERBS = words("EN_PERSON_VERBS")

FI_PERSON_VERBS = words("FI_PERSON_VERBS")

EN_PERSON_PREP = words("EN_PERSON_PREP")

PLACE_PREP = words("PLACE_PREP")

LOCATIVE = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "hin", "aan", "ään", "oon", "iin", "een", "uun", "yyn")

NON_FINNISH = re.compile(r"[bcfqwxzé]")

FOREIGN = re.compile(
    r"[bcfqwxzšžéèáíóúñçë]|(?<!n)g|th|ph|ch|sh|^[^aeiouyäöå\W][^aeiouyäöå\W]|[^aeiouyäöh\W]d|[^aeiouyäönstlr\W]$"
)

SAFE_LOWER_ENDINGS = frozenset(
    "|n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|kin|ko|kö|han|hän|s|'s|in|an|en|on|un|hin|hun|hyn|hon|hön|seen|sen|ta|tä|a|ä|na|nä".split("|")
)

LOCAL_ENDINGS = frozenset("llä lla ssa ssä sta stä lta ltä lle ta tä a ä ksi na nä".split())

DEMONYM = re.compile(r"^([a-zåäö-]+?)(?:lai|läi)(?:nen|s[a-zåäö]{0,8})$")

VERB_ENDINGS = (
    "in", "mme", "tte", "vat", "vät", "an", "än", "en", "on", "i", "si", "tiin", "ttiin", "ksi",
    "aa", "ää", "ee", "uu", "yy", "oo", "öö",
)

# Context evidence for a lower-case chat-style name: a verb of speaking/asking/meeting before it
# ("kysyin fatimalta", "asked priya"), a greeting or sign-off, or a person's verb after it ("kari sanoi").
LOWER_CTX_BEFORE = words("LOWER_CTX_BEFORE")

LOWER_CTX_AFTER = words("LOWER_CTX_AFTER")

# Weekdays and months (any inflected form) are never chat-style names (torstaille, maanantaina).
CALENDAR = re.compile(
    r"^(?:maanantai|tiistai|keskiviiko|keskiviikko|torstai|perjantai|lauantai|sunnuntai|tammikuu|helmikuu|"
    r"maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|marraskuu|joulukuu|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$)"
)

# Finnish word shapes of ordinary words: -minen nouns, -inen adjectives and their inflected stems,
# -us/-ys nouns, plural -set/-kset forms.
FI_COMMON_SHAPE = re.compile(
    r"(?:mi(?:nen|sen|sta|stä|seen|sessa|sessä|set|sia|siä)|(?:[aeiouyäö]i|ll|nn|s)(?:nen|sen|seen|sta|stä)|"
    r"(?:uu|yy)(?:s|den|tta|ttä|det|ksi)|kset|ukset|ykset|mme|tte)$"
)

# Place context: verbs and words that take a place (asuu Kaarinassa, muutti Kaarinaan, kotoisin Turusta)
PLACE_CTX = words("PLACE_CTX")

# Head nouns that a place name in the genitive qualifies: Turun seudulta, Kaarinan keskustassa
PLACE_HEAD = re.compile(
    r"^(?:seu[dt]u|keskust|kaupun[gk]|kun[nt]|toimipist|toimisto|asem|satam|lähiö|kylä|alue|suun[nt]|"
    r"puole|liepeil|lähell|keskussairaal|yliopisto|ammattikorkeakoulu|kirjasto|terveysasem|kirko|tor[ik])"
)

ROMAN = re.compile(r" (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIV|XV|XVI)(?![\w])")

VOWEL = re.compile(r"[aeiouyäö]")

# Professions before a capitalised name that is also a product ("ohjaaja Wilma", "handledaren Wilma")
PROFESSIONS = words("PROFESSIONS")

# Role and relation nouns: a first name right after one is a person in any text ("esihenkilö jukka",
# "her husband tom", "chefen lasse"); the noun itself is the evidence.
ROLE_NOUNS = words("ROLE_NOUNS")

# inflected role nouns before an inflected name: "soitin omistajalle mehmetille", "pojalta aleksilta"
ROLE_NOUNS = ROLE_NOUNS | frozenset(
    stem + end
    for stem in words("ROLE_NOUN_STEMS")
    for end in "lle lta ltä lla llä lleen ltaan ltään llaan llään".split()
)

# "client is amira", "chefen heter lasse", "asiakas nimeltä X": a role noun, a linking word, the name
ROLE_LINK = words("ROLE_LINK")

# Verbs of helping and meeting that take a person as their object ("auttaa sannia", "soittaa jarmolle")
HELP_VERBS = words("HELP_VERBS")

OBJECT_ENDINGS = frozenset("a ä ta tä lle lta ltä".split())

RELATION_AFTER = words("RELATION_AFTER")

# What a person is after "on"/"oli" ("Onni on työtön", "Satu oli ahdistunut")
PERSON_PREDICATES = words("PERSON_PREDICATES")

# States only a person is in: evidence even for a name never seen elsewhere in the text
HUMAN_STATES = words("HUMAN_STATES")

COPULAS = words("COPULAS")

PRED_FILLERS = words("PRED_FILLERS")

# Traits only a person has ("vilja on tosi ujo"; not "kiva", snow is nice too), as evidence for a lower-case name that is also a word
PERSON_TRAITS = words("PERSON_TRAITS")

AGE_AFTER_COPULA_NAME = re.compile(r" (?:on|oli|is|was|är|var)(?: (?:jo|vasta|only|just|redan|bara))? \d{2}(?=[,.;]|\s+(?:ja|and|och|mut|mutta|but|men)\b)")

SIGNOFFS = words("SIGNOFFS")

NOT_NAME_AFTER_ROLE = words("NOT_NAME_AFTER_ROLE")

PERSON_NOUNS = words("PERSON_NOUNS")  # never "mukaan": "Toivon mukaan" (hopefully) is no person

GREETINGS = words("GREETINGS")

PLACE_LABEL = re.compile(
    r"(?i)(?<![\w])(?:paikka|paikkakunta|kotikunta|asuinpaikka|asuinkunta|sijainti|ort|hemort|hemkommun|plats|"
    r"bostadsort|place|location|town|city|hometown)\s*:\s*$"
)

# Finnish case endings (with the connecting i of consonant-final foreign names) and genitive s
FOUND_NAME_ENDING = re.compile(
    r"(?!$)(?:[:']?i?(?:n|a|ä|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|hin|han|hen|seen|lleen|nsa|nsä))?"
    r"(?:kin|kaan|kään|han|hän|pa|pä)?|'?s"  # a clitic too: "Jukkiskin on alkanut harkita"
)

# "Toivon, että", "Uskon itse, että", "Tror faktiskt, att": a verb of hoping or believing then its clause
# After a name found elsewhere in the text, words that make it the subject ("Mark has been", "Joy was")
PERSON_NOUN = re.compile(
    r"(?:accountant|assistant|nurse|worker|teacher|driver|engineer|cleaner|cook|chef|student|graduate|mother|"
    r"father|parent|carpenter|electrician|mechanic|programmer|designer|manager|cashier|"
    r"snickare|sköterska|lärare|studerande|förare|mamma|pappa|elektriker|kock)s?$"
)

LIST_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-–—•*][^\n]*\n[ \t]*[–—-][ \t]?$")

DASH_SIGNOFF_BEFORE = re.compile(r"(?:^|\n)[ \t]*[–—-][ \t]?$")

YOU = words("YOU")

ASK_YOU = words("ASK_YOU")

PLACE_NOUNS = words("PLACE_NOUNS")

EN_OBJECT_VERBS = words("EN_OBJECT_VERBS")

ARTICLES = words("ARTICLES")

CONTRACTION = re.compile(r"(?i)^(?:i|you|we|they|he|she|it|that|there)['’](?:ll|re|ve|d|m|s)$")

SUBJECT_AUX = words("SUBJECT_AUX")

NEG_PERSON = words("NEG_PERSON")

SURNAME_SHAPE = re.compile(r"(?:nen|sen|sta|stä|selle|sella|sellä|selta|seltä|sessa|sessä|sesta|sestä)$")

THAT_CLAUSE = re.compile(
    r"(?: (?:itse|myös|kyllä|vahvasti|edelleen|vieläkin|silti|oikeasti|tosiaan|också|själv|faktiskt|verkligen|"
    r"really|also|still|honestly))?, (?:että|ettei|att|that)\b"
)

PRONOUNS = by_language("PRONOUNS")

GOT_FROM = words("GOT_FROM")

OR_SOMEONE = re.compile(r" (?:tai joku|tai kukaan|or someone|or anyone|eller någon)\b")

SELF_ADVERBS = words("SELF_ADVERBS")

LIST_JOIN = words("LIST_JOIN")

NEAR_JOIN = LIST_JOIN | {","}

AGE_AFTER_NAME = re.compile(r" ?\(\d{1,2}(?: ?v\.?| ?år| ?y)?\)")

WEAK_AFTER = words("WEAK_AFTER")

INTERNAL = ("ssa", "ssä", "sta", "stä", "seen", "aan", "ään", "een", "iin", "oon", "uun", "yyn")

POSTCODE_BEFORE = re.compile(r"(?<!\d)\d{5} $")

GRADE_PAIRS = (("nt", "nn"), ("mp", "mm"), ("lt", "ll"), ("rt", "rr"), ("nk", "ng"), ("lk", "lj"), ("rk", "rj"))

BACK = re.compile(r"[aou]")

FRONT = re.compile(r"[äöy]")

AGE_AFTER = re.compile(
    r"\s?[,(]\s?\d{1,3}(?:\s?-?\s?(?:v\.?|vuotias\w*|år|years?(?: old)?|y/o))?\s?[,)]"
    r"|\s(?:(?:on|oli|is|was|är|var)\s)?\d{1,3}\s?-?\s?(?:v(?![\w])\.?|vuotias\w*|år(?![\w])|years? old|y/o)"
    r"|\s(?:is|was) an? \d{1,2}-year-old"  # "Will is a 34-year-old warehouse worker"
    # "Onni on 17 ja keskeytti", "Mark is 36 and hasn't": a copula, a bare age, then "and" or a stop
    r"|\s(?:on|oli|is|was|är|var)(?:\s(?:jo|vasta|only|just|bara|redan))?\s(?:1[4-9]|[2-9]\d)(?=\s(?:ja|and|och|mutta|but|men)\b|[.,;])"
)

# Two-letter English words that name lists also hold (As, If, So …): never a name in English text
EN_SHORT_WORDS = words("EN_SHORT_WORDS")
# Weekday abbreviations, a name only outside a range ("Thu" is also a Vietnamese name)
WEEKDAY_ABBREVS = words("WEEKDAY_ABBREVS")
_WEEKDAY = "|".join(sorted(WEEKDAY_ABBREVS, key=lambda w: (-len(w), w)))
WEEKDAY_RANGE = re.compile(rf"(?i)\b(?:{_WEEKDAY})\s?[–-]\s?(?:{_WEEKDAY})\b")

# A name introduced as a person: "Summer, my client who …", "Vera, vår kollega", "Jack (Jaakko really …)"
APPOSITION = re.compile(
    r", (?:my|our|his|her|their|a|an|the|min|mitt|vår|hans|hennes|hänen|minun|meidän)\s+"
    r"(?:\w+\s+)?(?:client|colleague|friend|son|daughter|wife|husband|partner|mother|father|sister|brother|"
    r"klient|kollega|vän|son|dotter|fru|man|asiakas|asiakkaani|kollega|ystävä|poika|tytär|vaimo|mies)\b"
)
REAL_NAME_AFTER = re.compile(
    r" \((?:real name|officially|oikealta nimeltään|oikea nimi|virallisesti|egentligen|riktiga namn)?\s*"
    r"[A-ZÅÄÖ][a-zåäö]+(?:\s+really|\s+oikeasti)?"
)
PERSONAL_PRONOUNS = words("PERSONAL_PRONOUNS")
