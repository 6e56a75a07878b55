"""Data for the summary tests: the case whose notes carry planted identifiers (recipe "summary" of
tests/support/vaults.py), and PDF text helpers."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coachdesk.domain import models as m

IDENTIFIERS = [
    ("Liisa Mäkelä", m.IdentifierKind.NAME),
    ("Kangasala", m.IdentifierKind.PLACE),
    ("Pirkan Puutarha Oy", m.IdentifierKind.EMPLOYER),
]
# identifiers planted in the note texts (not in the case's list): the scrubber must catch them
PLANTED = ["040 123 4567", "liisa.makela@example.com", "131052-308T", "0401234567"]
# every surface form of a case term that appears in the notes
TERM_FORMS = ["Liisa", "Mäkelä", "Mäkelän", "Kangasala", "Kangasalla", "Pirkan Puutarha", "Puutarha Oy"]
MARKUP_NOTE = 'Asiakas liitti viestiin <img src=http://tracker.example/pixel.png> ja <b>lihavoidun</b> &amp; tekstin.'
START = date(2026, 3, 2)

NOTE_TEXTS = [
    "Ensitapaaminen Liisa Mäkelän kanssa. Hän kertoi pitkästä sairauslomasta ja väsymyksestä. "
    "Yhteystiedot: puhelin 040 123 4567, sähköposti liisa.makela@example.com.",
    "Kävimme läpi vahvuuksia: tarkkuus, kärsivällisyys ja kasvien hoito. Työkokeilu Pirkan Puutarha Oy:ssä "
    "kiinnostaa. Matka Kangasalla onnistuu bussilla.",
    "Kela-hakemukseen tarvittiin henkilötunnus 131052-308T; lomake lähetettiin. Ääni väsynyt, mutta "
    "yhteistyö sujuu hyvin. Öisin uni katkeilee.",
    "Työkokeilu alkoi. Ensimmäinen viikko sujui; iltapäivisin väsymys. Puhuimme tauoista ja siitä, "
    "miten kertoa esihenkilölle jaksamisesta. Soitto numerosta 0401234567 jäi vastaamatta.",
    MARKUP_NOTE,
]


def fill_case(store, *, extra_notes: int = 0, note_words: int = 0) -> m.Case:
    case = store.create_case(
        m.Case(
            code="K-2026-077",
            pseudonym="Kuusikko",
            status=m.CaseStatus.ACTIVE,
            phase=m.Phase.WORK_TRIAL,
            payer=m.Payer.KELA,
            opened=START,
            tags=["masennus", "työkokeilu"],
            summary="Palaa töihin pitkän sairausloman jälkeen; työkokeilu puutarha-alalla Kangasalla.",
            identifiers=[m.Identifier(value=v, kind=k) for v, k in IDENTIFIERS],
        )
    )
    for i, text in enumerate(NOTE_TEXTS):
        store.add_note(m.Note(case_id=case.id, text=text, date=START + timedelta(days=7 * i + 1), duration_min=45))
    filler = (
        "Keskustelimme arjen rytmistä, jaksamisesta ja työkokeilun etenemisestä. Asiakas kuvasi "
        "päivien vaihtelua ja sitä, miten tauot auttavat. Sovimme seuraavista askelista. "
    )
    for i in range(extra_notes):
        text = filler * max(1, note_words // 25) if note_words else filler
        store.add_note(
            m.Note(case_id=case.id, text=f"Tapaaminen {i + 1}. " + text, date=START + timedelta(days=40 + i))
        )
    store.add_goal(
        m.Goal(case_id=case.id, title="Työpäivän pituus",
               levels={-2: "alle 2 h", -1: "2–3 h", 0: "4 h", 1: "5–6 h", 2: "täysi päivä"}, baseline=-1, current=0)
    )
    store.add_goal(m.Goal(case_id=case.id, title="Aamurutiini", levels={-2: "ei rutiinia", 0: "herätys klo 7"},
                          baseline=-2, current=0, position=1))
    for k, value in enumerate([4, 5, 5, 6, 7]):
        store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.WAS, value=value,
                                    date=START + timedelta(days=14 * k)))
    for k, value in enumerate([24, 27, 31]):
        store.add_measure(m.Measure(case_id=case.id, kind=m.MeasureKind.WAI, value=value,
                                    date=START + timedelta(days=30 * k)))
    store.add_reflection(
        m.Reflection(template="driscoll", case_id=case.id, title="Väsymys ja tauot", date=START + timedelta(days=20),
                     answers={"what": "Asiakas jähmettyi puhuessaan esihenkilöstä.",
                              "so_what": "Häpeä on suurempi kuin luulin.", "now_what": "Harjoittelemme yhdessä."})
    )
    return store.get_case(case.id)


def norm(text: str) -> str:
    """Whitespace-normalised text (PDF extraction puts tabs/newlines between words)."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages_text(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [norm(page.extract_text() or "") for page in reader.pages]
