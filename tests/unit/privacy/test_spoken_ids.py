"""Spoken plates, account numbers, Swedish stair letters and e-mail, English years in dictated notes
(spoken_ids.py and spoken.py): replaced whole like their written forms; look-alikes stay."""

from __future__ import annotations

import pytest

from coachdesk.privacy import scrub


def _whole(text: str, lang: str, span: str) -> str:
    """The label of the one finding covering ``span`` whole."""
    res = scrub(text, lang=lang)
    s = text.index(span)
    e = s + len(span)
    hits = [f for f in res.findings if f.start <= s and e <= f.end]
    assert hits, (span, [(f.label, f.text) for f in res.findings])
    return hits[0].label


POSITIVES = [
    # plate_dash: letter names, a dash word, digits
    ("Auton rekisterinumero on äm koo äs viiva yks kaks kolme ja se on pihalla.", "fi",
     "äm koo äs viiva yks kaks kolme", "ID"),
    ("auto oli bee äl viiva neljä seittemän", "fi", "bee äl viiva neljä seittemän", "ID"),
    ("Bilen har registreringsnummer a be ce streck ett två tre.", "sv", "a be ce streck ett två tre", "ID"),
    ("The car's reg is em kay ess dash one two three.", "en", "em kay ess dash one two three", "ID"),
    # plate_cue: no dash, after a plate word
    ("rekkari äm koo äs yks kaks kolme", "fi", "äm koo äs yks kaks kolme", "ID"),
    # plate_spelled: three capitals written one by one, no dash, no plate word
    ("Hän ajoi autolla K X T neljä yks seittemän töihin.", "fi", "K X T neljä yks seittemän", "ID"),
    ("He parked the K X T four one seven outside.", "en", "K X T four one seven", "ID"),
    # a customer number with a letter prefix, a business ID read out
    ("Asiakasnumero AS kaks nolla kaks kuus viiva nolla kaks kolme yks neljä, tarkistettu.", "fi",
     "AS kaks nolla kaks kuus viiva nolla kaks kolme yks neljä", "ID"),
    # plate_colloquial: letters said as in speech, digits read as one number too
    ("Asiakkaan auton rekkari on kaa ällä oo sataviisikymmentäkaksi ja hän ajaa töihin.", "fi",
     "kaa ällä oo sataviisikymmentäkaksi", "ID"),
    ("auto ässä koo oo viiva neljä yks seittemän", "fi", "ässä koo oo viiva neljä yks seittemän", "ID"),
    ("Bilens registreringsnummer är ka ell o hundrafemtiotvå och han kör den.", "sv", "ka ell o hundrafemtiotvå", "ID"),
    ("The car's registration is kay el oh one five two and he drives it.", "en", "kay el oh one five two", "ID"),
    # plate_written_letters: the letters written, the digits read out as one number
    ("Auton rekkari on ABC satakaksikymmentäkolme ja se on pihalla.", "fi", "ABC satakaksikymmentäkolme", "ID"),
    ("Bilens registreringsnummer är abc hundratjugotre och den står hemma.", "sv", "abc hundratjugotre", "ID"),
    # the written plate after a plate word, lower case or with a space
    ("rekkari abc-123 on vanha", "fi", "abc-123", "ID"),
    ("rekkari on koo zet tee viiva neljä yks kasi, se on firman nimissä", "fi", "koo zet tee viiva neljä yks kasi", "ID"),
    ("rekkari on tset aa koo viiva kaks kaks, auto on pihalla", "fi", "tset aa koo viiva kaks kaks", "ID"),
    ("Bilens registreringsnummer är ABC 123.", "sv", "ABC 123", "ID"),
    ("The plate number is abc 12.", "en", "abc 12", "ID"),
    # case_letters: letter names said between a case word and the digits
    ("päätösnumero kaa uu kaksi nolla kaksi kuusi viiva nolla nolla kolme, muutoksenhaku", "fi",
     "kaa uu kaksi nolla kaksi kuusi viiva nolla nolla kolme", "ID"),
    ("ärendenummer ka u två noll två sex streck noll noll tre och beslutet", "sv",
     "ka u två noll två sex streck noll noll tre", "ID"),
    ("the decision number is kay you two oh two six dash oh oh three, appeal pending", "en",
     "kay you two oh two six dash oh oh three", "ID"),
    # iban: the country code read out with the digits
    ("tilinumero äf ii kuusikymmentäneljä kahdeksantuhatta yksi kahdeksan nolla kaksi neljä viisi kuusi kuusi yksi "
     "yhdeksän auto", "fi", "äf ii kuusikymmentäneljä kahdeksantuhatta yksi kahdeksan nolla kaksi neljä viisi kuusi "
     "kuusi yksi yhdeksän", "ID"),  # a group of four said as a thousand: 8000 1
    ("Tilinumero on fi kolme nolla yks kaks kolme neljä viis kuus seittemän kaheksan yheksän nolla yks kaks "
     "kolme neljä.", "fi",
     "fi kolme nolla yks kaks kolme neljä viis kuus seittemän kaheksan yheksän nolla yks kaks kolme neljä", "ID"),
    ("tili äf ii kolme nolla, yks kaks kolme neljä, viis kuus seittemän kaheksan, yheksän nolla yks kaks, kolme "
     "neljä", "fi", "äf ii kolme nolla, yks kaks kolme neljä, viis kuus seittemän kaheksan, yheksän nolla yks "
     "kaks, kolme neljä", "ID"),
    ("tilinumero fi kolkyt, yks kaks kolme neljä, viis kuus seittemän kaheksan, yheksän nolla yks kaks, kolme "
     "neljä. kiitos", "fi", "fi kolkyt, yks kaks kolme neljä, viis kuus seittemän kaheksan, yheksän nolla yks "
     "kaks, kolme neljä", "ID"),
    # Swedish stair letter and spoken "@"
    ("Hon bor på strandvägen fyra be i Vasa.", "sv", "strandvägen fyra be", "ADDRESS"),
    ("Hon bor på strandvägen fyra be.", "sv", "strandvägen fyra be", "ADDRESS"),
    ("Adressen är strandvägen fyra be lägenhet tolv, i Vasa.", "sv", "strandvägen fyra be lägenhet tolv", "ADDRESS"),
    ("Mejla anna punkt berg snabel a gmail punkt com senast fredag.", "sv",
     "anna punkt berg snabel a gmail punkt com", "CONTACT"),
    ("Mejla anna punkt berg snabela gmail punkt com.", "sv", "anna punkt berg snabela gmail punkt com", "CONTACT"),
    ("Hennes e-post är anna punkt berg snabel-a gmail punkt com punkt Sedan pratade vi.", "sv",
     "anna punkt berg snabel-a gmail punkt com", "CONTACT"),
    ("Mejla anna punkt berg snabel–a gmail punkt com.", "sv", "anna punkt berg snabel–a gmail punkt com", "CONTACT"),
    # English years after a written day or "in"
    ("He was born on the 3rd of July nineteen seventy-nine.", "en", "3rd of July nineteen seventy-nine", "DATE"),
    ("He was born on the third of July in nineteen seventy-nine.", "en",
     "third of July in nineteen seventy-nine", "DATE"),
]


@pytest.mark.parametrize(("text", "lang", "span", "label"), POSITIVES)
def test_spoken_identifiers_are_replaced_whole(text: str, lang: str, span: str, label: str) -> None:
    assert _whole(text, lang, span) == label


NEGATIVES = [
    ("Kohdat a ja b viiva kolme.", "fi", "viiva kolme"),  # one letter: no plate
    ("Vaihtoehdot A B kolme ovat auki.", "fi", "A B kolme"),  # two capitals without a plate word: no plate
    ("Rekisteriin tuli 12 uutta asiakasta.", "fi", "12"),
    ("Mun kaa ällä oli kivaa kolme päivää.", "fi", "kolme päivää"),  # colloquial letters without a dash or plate word
    ("Oh oh, she said, two of them came.", "en", "two of them"),  # "oh" is a letter only in a plate
    ("Rekkari on ok, kolme autoa pihalla.", "fi", "ok, kolme"),  # a word of the sentence, a comma
    ("Hon bor på strandvägen fyra de har en hund.", "sv", "de har"),  # "de" goes on the sentence: "they"
    ("We met on the 3rd of July in two groups.", "en", "two groups"),
    ("He was born on the 3rd of July and moved in nineteen ninety.", "en", "moved"),
    ("Hennes e-post är anna punkt berg snabel-a gmail punkt com punkt Sedan pratade vi.", "sv", "Sedan"),
    ("Vi pratade länge punkt Därefter gick hon hem.", "sv", "Därefter"),
    ("Tilinumero puuttuu, fi-sivusto auki kolme päivää.", "fi", "kolme päivää"),
    ("Asiakasnumero kysyttiin ja hän sanoi aa aa kolme neljä viis kuus.", "fi", "aa aa"),  # case_letters: no case word before
]


@pytest.mark.parametrize(("text", "lang", "kept"), NEGATIVES)
def test_look_alikes_stay(text: str, lang: str, kept: str) -> None:
    res = scrub(text, lang=lang)
    s = text.index(kept)
    assert not any(f.start < s + len(kept) and s < f.end for f in res.findings), res.text


def test_every_rule_is_documented() -> None:
    from coachdesk.privacy import spoken_ids

    assert all(f"| {rule} |" in (spoken_ids.__doc__ or "") for rule in spoken_ids.RULES)
