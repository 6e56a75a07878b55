"""Unicode tricks planted in a case's notes and summary never get a name into a scrubbed or brief PDF
(issue 14, item 5): soft hyphen, zero-width characters, word joiner, byte-order mark, bidi marks,
embeddings, overrides and isolates inside a name, decomposed (NFD) and fullwidth letters.

The names are NOT listed as the case's identifying details: the scrubber itself must find them.
Real PDFs, read back with pypdf.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from coachdesk.domain import models as m
from coachdesk.export.summary import SummaryOptions, summarize
from coachdesk.export.summary_model import Mode
from coachdesk.privacy.normalise import INVISIBLE
from tests.support.summary_case import pdf_pages_text

PRINTED = date(2026, 11, 27)
START = date(2026, 3, 2)

FIRSTS = "Liisa Marjatta Pekka Anneli Juhani Helena Tuula Matti Eeva Timo Riitta Mikko Hannu Pirjo Sari Jukka Minna Kari Tiina"
SURNAMES = (
    "Virtanen Koskinen Nieminen Heikkinen Korhonen Hämäläinen Lehtonen Salminen Järvinen Heinonen Lehtinen "
    "Saarinen Mäkelä Laaksonen Rantanen Karjalainen Jokinen Kinnunen Turunen"
)
TRICKS = [
    "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
    "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u202c", "NFD", "fullwidth",
]
PEOPLE = list(zip(FIRSTS.split(), SURNAMES.split(), strict=True))


def _fullwidth(word: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)


def _planted(word: str, trick: str) -> str:
    if trick == "NFD":
        return unicodedata.normalize("NFD", word.replace("a", "ä", 1) if "ä" not in word else word)
    if trick == "fullwidth":
        return _fullwidth(word)
    return word[:2] + trick + word[2:]


def _sentences() -> list[tuple[str, str, str]]:
    """(sentence, first, last) per trick; the NFD one carries an ä in both names."""
    out = []
    for (first, last), trick in zip(PEOPLE, TRICKS, strict=True):
        if trick == "NFD":
            first, last = "Hannele", "Mäkelä"
        out.append((f"{_planted(first, trick)} {_planted(last, trick)} soitti.", first, last))
    return out


@pytest.fixture
def render(qapp):
    from coachdesk.printing.layout import layout
    from coachdesk.printing.render import pdf_bytes

    def _render(store, case_id, **kw):
        return pdf_bytes(layout(summarize(store, case_id, SummaryOptions(printed=PRINTED, **kw))))

    return _render


@pytest.fixture
def tricky_case(vault):
    store = vault.store
    sentences = _sentences()
    case = store.create_case(
        m.Case(code="K-2026-191", pseudonym="Kivikko", status=m.CaseStatus.ACTIVE, phase=m.Phase.WORK_TRIAL,
               payer=m.Payer.KELA, opened=START, summary=" ".join(s for s, _, _ in sentences))
    )
    for i, (sentence, _, _) in enumerate(sentences):
        text = f"{sentence} Puhuimme jaksamisesta ja työkokeilusta."
        store.add_note(m.Note(case_id=case.id, text=text, date=START + timedelta(days=i + 1), duration_min=30))
    return vault, case, sentences


def _visible(text: str) -> str:
    return unicodedata.normalize("NFKC", "".join(c for c in text if c not in INVISIBLE)).casefold()


@pytest.mark.parametrize("mode", [Mode.SCRUBBED, Mode.BRIEF])
def test_no_trick_gets_a_name_into_the_pdf(tricky_case, render, mode):
    vault, case, sentences = tricky_case
    text = _visible(" ".join(pdf_pages_text(render(vault.store, case.id, mode=mode))))
    assert "soitti" in text  # the planted sentences were printed (scrubbed)
    for _sentence, first, last in sentences:
        assert first.casefold() not in text, first
        assert last.casefold() not in text, last


def test_the_private_pdf_masks_listed_details_despite_tricks(vault, render):
    """Private mode does not scrub, but a listed detail typed with a trick is still never printed."""
    store = vault.store
    case = store.create_case(
        m.Case(code="K-2026-192", pseudonym="Kuusikko", status=m.CaseStatus.ACTIVE, phase=m.Phase.WORK_TRIAL,
               payer=m.Payer.KELA, opened=START, summary="Aloitus.",
               identifiers=[m.Identifier(value="Riikka Peltonen", kind=m.IdentifierKind.NAME)])
    )
    store.add_note(m.Note(case_id=case.id, date=START, duration_min=30,
                          text="Ri\u00adikka Pel\u200btosen kanssa sovittiin. Ｐｅｌｔｏｎｅｎ soitti."))
    text = _visible(" ".join(pdf_pages_text(render(store, case.id, mode=Mode.PRIVATE))))
    assert "riikka" not in text and "peltonen" not in text and "peltosen" not in text
