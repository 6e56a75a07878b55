"""Context words and word shapes that mark a person or a place in Finnish, English and Swedish notes.

The evidence that `names.find_names` weighs: verbs only people do, role and relation nouns, place
prepositions, sign-off formulas, ordinary-word shapes. Word lists only; the decisions live in names.py.
"""

from __future__ import annotations

import re

PERSON_CTX = frozenset(
    """asiakas asiakkaani asiakkaamme asiakkaana lääkäri rouva herra tohtori tri rehtori esihenkilö esihenkilönsä
    esimies esimiehensä ohjaaja työpaikkaohjaaja opettaja puoliso puolisonsa vaimo vaimonsa mies miehensä äiti äitinsä
    isä isänsä tytär tyttärensä poika poikansa kollega valmentaja fysioterapeutti psykologi terapeutti hoitaja
    sairaanhoitaja kuraattori opo työkaveri naapuri sisko siskonsa veli veljensä ystävä ystävänsä kysyin soitin
    client clients met called husband wife partner son daughter mother father colleague supervisor manager teacher
    doctor dr mr mrs ms miss nurse therapist coach friend sister brother
    klienten klient handledare chef make maka fru herr läkare mamma pappa dotter son kollega träffade ringde
    t terv terveisin regards hälsningar""".split()
)

EN_SUBJ_VERBS = frozenset(
    """said says told tells called calls came comes is was has had will would wants wanted works worked lives lived
    feels felt thinks thought asked asks agreed agrees seems seemed needs needed started starts reported reports
    mentioned explained cancelled arrived left returned missed attended struggles struggled hopes hoped can could
    did does didn't doesn't isn't wasn't hasn't sagt sa säger har hade är var bor jobbar arbetar vill""".split()
)

FUNCTION_NEXT = frozenset(
    """he she it they we you i is was are were be has had have will would can could may might must shall should do
    does did not the a an on oli olisi ei ja että kun se ne hän han hon är var det den my your our their his her
    its me him them us""".split()
)

EN_PERSON_VERBS = frozenset(
    """said says told tells asked asks called calls wants wanted feels felt thinks thought agreed agrees mentioned
    explained cancelled arrived returned attended struggles struggled hopes hoped cried laughed smiled admitted
    decided applied worries worried prefers preferred enjoys enjoyed studies studied graduated resigned refused
    sagt sa säger berättade frågade ringde vill berättar frågar tycker söker sökte studerar grew lives lived
    moved works worked reminded replied wrote emailed texted messaged phoned shared showed brought noticed
    translated interpreted drove signed joined
    realised realized promised insisted complained confided""".split()
)

FI_PERSON_VERBS = frozenset(
    """kertoi kertoo sanoi sanoo soitti soittaa kysyi kysyy toivoo toivoi pelkää pelkäsi itki nauroi suuttui
    hermostui innostui väsyi asuu asui opiskelee työskentelee työskenteli haluaa halusi haluaisi hakee haki
    etsii harkitsee harkitsi ilmoitti perui peruutti osallistui valmistui opiskeli mietti miettii pohtii pohti
    kokee koki jaksaa jaksoi ajattelee ajatteli ymmärsi sairastaa sairasti vastasi lupasi ehdotti kieltäytyi
    suostui tapasi totesi mainitsi myönsi kuvasi kuvaili painottaa painotti""".split()
)

EN_PERSON_PREP = frozenset("with to asked told emailed texted thanked met called visited phoned".split())

PLACE_PREP = frozenset("in from at to near around i från till vid nära".split())

LOCATIVE = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "hin", "aan", "ään", "oon", "iin", "een", "uun", "yyn")

NON_FINNISH = re.compile(r"[bcfqwxzé]")

FOREIGN = re.compile(
    r"[bcfqwxzšžéèáíóúñçë]|(?<!n)g|th|ph|ch|sh|^[^aeiouyäöå\W][^aeiouyäöå\W]|[^aeiouyäöh\W]d|[^aeiouyäönstlr\W]$"
)

SAFE_LOWER_ENDINGS = frozenset(
    "|n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|kin|ko|kö|han|hän|s|'s|in|an|en|on|un|hin|seen|sen|ta|tä|a|ä|na|nä".split("|")
)

LOCAL_ENDINGS = frozenset("llä lla ssa ssä sta stä lta ltä lle ta tä a ä ksi na nä".split())

DEMONYM = re.compile(r"^([a-zåäö-]+?)(?:lai|läi)(?:nen|s[a-zåäö]{0,8})$")

VERB_ENDINGS = (
    "in", "mme", "tte", "vat", "vät", "an", "än", "en", "on", "i", "si", "tiin", "ttiin", "ksi",
    "aa", "ää", "ee", "uu", "yy", "oo", "öö",
)

# Context evidence for a lower-case chat-style name: a verb of speaking/asking/meeting before it
# ("kysyin fatimalta", "asked priya"), a greeting or sign-off, or a person's verb after it ("kari sanoi").
LOWER_CTX_BEFORE = frozenset(
    """kysyin kysyn kysy kysyisin kysyitkö kysytkö soitin soitan soita soititko tapasin tapaan tapaa tapasitko
    juttelin juttelen puhuin puhun sanoin sanon kerroin kerron lähetin lähetän laitoin laitan pyysin pyydän
    kiitin kiitos kiitti moi hei heippa moikka morjens terve
    asked ask told tell met meet called call emailed email texted text thanked thanks hi hey dear with cc
    frågade fråga ringde träffade hej tack""".split()
)

LOWER_CTX_AFTER = frozenset(
    """kerto sano lupas kysy vastas ilmotti laitto pyys meinas tuumas halus muutti hoitaa hoiti järjestää
    järjesti selvittää selvitti tarkistaa tarkisti ordnar fixar kollar ringer mejlar lovade lovar
    sanoi sanoo kertoi kertoo kysyi kysyy vastasi vastaa soitti soittaa lupasi ehdotti ilmoitti laittoi lähetti
    pyysi toivoi toivoo totesi mainitsi kirjoitti viestitti lähti tuli pääsee pääsi ehtii ehti ei on oli
    said says told asked asks mentioned wrote writes replied called texted emailed thinks thought agreed suggested
    sa sade säger frågade berättade ringde skrev tycker""".split()
)

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
PLACE_CTX = frozenset(
    """asuu asui asunut asuvat asuva muutti muuttaa muuttanut muuttamassa muuton kotoisin syntynyt syntyi
    kotikunta kotikuntansa paikkakunnalla kaupungissa kunnassa matkustaa matkusti ajaa ajoi pendelöi
    lives lived moved from in bor bodde flyttade""".split()
)

# Head nouns that a place name in the genitive qualifies: Turun seudulta, Kaarinan keskustassa
PLACE_HEAD = re.compile(
    r"^(?:seu[dt]u|keskust|kaupun[gk]|kun[nt]|toimipist|toimisto|asem|satam|lähiö|kylä|alue|suun[nt]|"
    r"puole|liepeil|lähell|keskussairaal|yliopisto|ammattikorkeakoulu|kirjasto|terveysasem|kirko|tor[ik])"
)

ROMAN = re.compile(r" (?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIV|XV|XVI)(?![\w])")

VOWEL = re.compile(r"[aeiouyäö]")

# Professions before a capitalised name that is also a product ("ohjaaja Wilma", "handledaren Wilma")
PROFESSIONS = frozenset(
    """ohjaaja ohjaajana työnohjaaja opettaja lääkäri tt-lääkäri hoitaja tt-hoitaja terapeutti psykologi
    kuraattori valmentaja työvalmentaja sihteeri virkailija asiantuntija sosiaalityöntekijä esihenkilö
    supervisor coordinator counsellor counselor nurse doctor teacher therapist psychologist instructor coach
    handledare handledaren läkare läkaren lärare läraren sköterska sköterskan kurator kuratorn""".split()
)

# Role and relation nouns: a first name right after one is a person in any text ("esihenkilö jukka",
# "her husband tom", "chefen lasse"); the noun itself is the evidence.
ROLE_NOUNS = frozenset(
    """omistaja omistajan omistajansa esihenkilö esihenkilönsä esimies esimiehensä pomo pomonsa työkaveri
    työkaverinsa kollega kollegansa mies miehensä vaimo vaimonsa puoliso puolisonsa poika poikansa tytär
    tyttärensä äiti äitinsä isä isänsä sisko siskonsa veli veljensä ystävä ystävänsä asiakas asiakkaani
    asiakkaamme avopuoliso avopuolisonsa sisar sisarensa client manager boss husband wife partner son daughter
    mother father colleague friend supervisor brother sister chef chefen man maken fru frun son sonen dotter
    dottern kollegan kollega mamma pappa mor far bror syster vän""".split()
)

# inflected role nouns before an inflected name: "soitin omistajalle mehmetille", "pojalta aleksilta"
ROLE_NOUNS = ROLE_NOUNS | frozenset(
    stem + end
    for stem in """omistaja esihenkilö esimiehe pomo työkaveri kollega miehe vaimo puoliso poja tyttäre äidi isä
    sisko velje ystävä asiakkaa""".split()
    for end in "lle lta ltä lla llä lleen ltaan ltään llaan llään".split()
)

# "client is amira", "chefen heter lasse", "asiakas nimeltä X": a role noun, a linking word, the name
ROLE_LINK = frozenset("is was named called heter hette är var nimeltä nimeltään".split())

# Verbs of helping and meeting that take a person as their object ("auttaa sannia", "soittaa jarmolle")
HELP_VERBS = frozenset(
    """auttaa autan autoin auttamaan auttaisin auttanut tukea tuen tuin tukemaan tukisin tukenut tavata tapaan
    tapasin tapaamaan tapaisin tapasimme nähdä näen näin näkemään näkisin soittaa soitan soitin soittamaan
    soittaisin kysyä kysyn kysyin kysymään kysyisin ohjata ohjaan ohjasin ohjaamaan ohjaisin neuvoa neuvon
    neuvoin neuvomaan neuvoisin muistuttaa muistutin""".split()
)

OBJECT_ENDINGS = frozenset("a ä ta tä lle lta ltä".split())

RELATION_AFTER = frozenset(
    """mies vaimo puoliso äiti isä poika tytär sisko veli lapsi lapset esihenkilö esimies pomo kollega ystävä
    kanssa luona mielestä tilanne vointi työkyky""".split()
)

# What a person is after "on"/"oli" ("Onni on työtön", "Satu oli ahdistunut")
PERSON_PREDICATES = frozenset(
    """hiljainen vaitonainen puhelias työtön työttömänä ahdistunut väsynyt uupunut masentunut kotona sairauslomalla lomautettu eläkkeellä
    huolissaan tyytyväinen innostunut motivoitunut jännittynyt surullinen pettynyt helpottunut kiinnostunut
    yksinhuoltaja naimisissa raskaana sairas kipeä toipunut toipumassa opiskelija töissä työkokeilussa
    kuntoutuksessa hoidossa vastaanotolla paikalla myöhässä poissa valmis halukas epävarma
    unemployed tired anxious exhausted depressed worried motivated sick home married pregnant
    arbetslös trött orolig sjukskriven deprimerad hemma gravid""".split()
)

# States only a person is in: evidence even for a name never seen elsewhere in the text
HUMAN_STATES = frozenset(
    """jaksanut pärjännyt asunut työskennellyt opiskellut toipunut kertonut sanonut miettinyt hakenut
    työtön työttömänä ahdistunut masentunut uupunut sairauslomalla lomautettu eläkkeellä yksinhuoltaja
    raskaana naimisissa eronnut motivoitunut unemployed depressed pregnant married divorced arbetslös
    sjukskriven deprimerad gravid""".split()
)

COPULAS = frozenset("on oli is was has had är var har hade".split())

PRED_FILLERS = frozenset(
    """ollut nyt edelleen yhä vielä taas jo been still now currently varit fortfarande nu tosi ihan todella
    aika tavallista very so really quite jätte väldigt riktigt""".split()
)

# Traits only a person has ("vilja on tosi ujo"; not "kiva", snow is nice too), as evidence for a lower-case name that is also a word
PERSON_TRAITS = frozenset(
    """reipas ujo puhelias fiksu taitava ystävällinen kohtelias shy talkative friendly polite blyg pratsam
    snäll""".split()
)

AGE_AFTER_COPULA_NAME = re.compile(r" (?:on|oli|is|was|är|var)(?: (?:jo|vasta|only|just|redan|bara))? \d{2}(?=[,.;]|\s+(?:ja|and|och|mut|mutta|but|men)\b)")

SIGNOFFS = frozenset(
    """t terv terveisin regards hälsningar mvh cheers thanks thx br kiitos kiittäen tack ystävällisin
    parhain best kind rgds hälsning vänliga""".split()
)

NOT_NAME_AFTER_ROLE = frozenset(
    """on oli ei ja tai että kun se ne hän han hon sa sade men och and or but is was has had the a an
    kan ska vill har är var som may will can toki aina vielä myös nyt sitten usein taas jo kyllä ehkä
    also then too still now just really often later again always never usually who which that
    också nu sen ofta alltid redan kanske inte""".split()
)

PERSON_NOUNS = frozenset(
    """äiti isä puoliso vaimo mies sisko veli tytär poika lapsi lapset esihenkilö esimies kollega ystävä
    sähköposti puhelin puhelinnumero numero mielestä mukaan kanssa luona vointi jaksaminen työkyky
    kuntoutus työkokeilu hakemus lausunto tilanne toive toiveet""".split()
) - {"mukaan"}  # "Toivon mukaan" (hopefully) is not a person

GREETINGS = frozenset("moi hei heippa moikka morjens terve hi hey dear hej kiitos thanks tack".split())

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

YOU = frozenset("you du ni sinä sä te".split())

ASK_YOU = frozenset("could can would do did have are were will kan har vill skulle kunde".split())

PLACE_NOUNS = frozenset("village town city island suburb municipality byn staden ön kommunen".split())

EN_OBJECT_VERBS = frozenset(
    """ask asked tell told call called meet met email emailed text texted thank thanked phone phoned visit
    visited help helped remind reminded invite invited""".split()
)

ARTICLES = frozenset("a an the en ett den det".split())

CONTRACTION = re.compile(r"(?i)^(?:i|you|we|they|he|she|it|that|there)['’](?:ll|re|ve|d|m|s)$")

SUBJECT_AUX = frozenset("has had was got never har hade fick blev var".split())  # not "always": "Summer always …"

NEG_PERSON = frozenset("pääse jaksa halua tiedä muista ehdi osaa uskalla ymmärrä tykkää vastaa soita tule".split())

SURNAME_SHAPE = re.compile(r"(?:nen|sen|sta|stä|selle|sella|sellä|selta|seltä|sessa|sessä|sesta|sestä)$")

THAT_CLAUSE = re.compile(
    r"(?: (?:itse|myös|kyllä|vahvasti|edelleen|vieläkin|silti|oikeasti|tosiaan|också|själv|faktiskt|verkligen|"
    r"really|also|still|honestly))?, (?:että|ettei|att|that)\b"
)

PRONOUNS = {
    "sv": frozenset("han hon hen den det de dem vi ni jag du man".split()),
    "en": frozenset("he she it they we you i".split()),
    "fi": frozenset("hän he me te se ne minä sinä mä sä mää sää mie sie".split()),
}

GOT_FROM = frozenset("sain saimme saatiin kuulin kuulimme pyysin pyysimme kysyin kysyimme".split())

OR_SOMEONE = re.compile(r" (?:tai joku|tai kukaan|or someone|or anyone|eller någon)\b")

SELF_ADVERBS = frozenset("itse myös vielä sitten kuitenkin also then himself herself själv också sedan".split())

LIST_JOIN = frozenset("ja and och sekä &".split())

NEAR_JOIN = LIST_JOIN | {","}

AGE_AFTER_NAME = re.compile(r" ?\(\d{1,2}(?: ?v\.?| ?år| ?y)?\)")

WEAK_AFTER = frozenset("on oli ei tuli lähti pääsee pääsi ehtii ehti".split())

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
EN_SHORT_WORDS = frozenset("as if so at in on by to of or an am be do go no up us we it is me my he".split())
# Weekday abbreviations, a name only outside a range ("Thu" is also a Vietnamese name)
WEEKDAY_ABBREVS = frozenset("mon tue wed thu fri sat sun ma ti ke to pe la su mån tis ons tor fre lör sön".split())
_WEEKDAY = "|".join(sorted(WEEKDAY_ABBREVS, key=len, reverse=True))
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
PERSONAL_PRONOUNS = frozenset("her his she he hon han hennes hans hänen hän".split())
