"""services.vocabulary on a real SQLCipher vault: the coach's never-scrub terms are tidied, checked,
stored encrypted in one setting, and a refused list changes nothing."""

from __future__ import annotations

import json
import unicodedata

import pytest

from coachdesk.errors import InvalidInput, NotFound
from coachdesk.services import vocabulary as v

BEFORE = ["Saapas-kahvila", "Duunipolku-hanke"]

HOSTILE = {
    "empty": [""],
    "blank": ["   "],
    "one letter": ["x"],
    "10 000 characters": ["Saapas" * 1667],
    "81 characters": ["a" * 81],
    "a bell": ["Kela\x07"],
    "an RTL override": ["Saapas\u202eakilvahak"],
    "a zero-width space": ["Saa\u200bpas-kahvila"],
    "a line break": ["Saapas\nkahvila"],
    "a tab": ["Saapas\tkahvila"],
    "a line separator": ["Saapas\u2028kahvila"],
    "punctuation only": ["--", "ok"],
    "an e-mail address": ["Perjantaipiiri", "matti.virtanen@example.fi"],
    "a phone number": ["040 123 4567"],
    "an identity code": ["131052-308T"],
    "an address": ["Koivukuja 7 B"],
    "a first name": ["Matti"],
    "a name that is also a word but common": ["Satu"],
    "a full name": ["Liisa Mäkelä"],
    "a surname": ["Virtanen"],
    "not text": ["Saapas-kahvila", 5],
    "501 terms": [f"Ryhmä {i}" for i in range(501)],
}


@pytest.fixture
def store(vault):
    v.set_keep_terms(vault.store, BEFORE)
    return vault.store


def test_terms_are_tidied_and_stored_as_one_json_setting(store):
    stored = v.set_keep_terms(store, ["  Youth   Guarantee ", "Saapas-kahvila", "SAAPAS-KAHVILA", "saapas-kahvila",
                                      "Ma\u0308ki-ryhma\u0308", "Mäki-ryhmä", "Aamu", "Toivo-hanke", "Työkokeilu 2026"])
    assert stored == ["Youth Guarantee", "Saapas-kahvila", "Mäki-ryhmä", "Aamu", "Toivo-hanke", "Työkokeilu 2026"]
    assert all(unicodedata.is_normalized("NFC", t) for t in stored)
    assert v.keep_terms(store) == stored
    assert json.loads(store.get_setting(v.SETTING)) == stored


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_refused_list_changes_nothing(store, name):
    raw = store.get_setting(v.SETTING)
    with pytest.raises(InvalidInput) as err:
        v.set_keep_terms(store, HOSTILE[name])
    message = str(err.value)
    assert "\n" not in message and "\u202e" not in message and len(message) < 300, message
    assert store.get_setting(v.SETTING) == raw and v.keep_terms(store) == BEFORE


@pytest.mark.parametrize("term", ["", "x" * 10_000, "Saapas\u202ekahvila", "ab\ncd", "matti@example.fi", "Matti"])
def test_adding_a_refused_term_changes_nothing(store, term):
    with pytest.raises(InvalidInput):
        v.add_keep_term(store, term)
    assert v.keep_terms(store) == BEFORE


def test_the_messages_say_why(store):
    def why(terms):
        with pytest.raises(InvalidInput) as err:
            v.check_keep_terms(terms)
        return str(err.value)

    assert why(["matti.virtanen@example.fi"]).startswith("Never-scrub term 'matti.virtanen@example.fi': An identifier")
    assert "name alone" in why(["Matti"])
    assert why(["x" * 10_000]) == "Never-scrub term 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…': A term is 2-80 characters."
    assert "\\u202e" in why(["Saapas\u202ekahvila"])  # the control shown as an escape, never acted on
    assert why([f"Ryhmä {i}" for i in range(501)]) == "At most 500 never-scrub terms."
    with pytest.raises(TypeError):
        v.check_keep_terms("Saapas-kahvila")  # one string is not a list of terms


def test_add_and_remove(store):
    assert v.add_keep_term(store, "  Torstaivalmennus ") is True
    assert v.add_keep_term(store, "TORSTAIVALMENNUS") is False
    assert v.keep_terms(store) == [*BEFORE, "Torstaivalmennus"]
    assert v.remove_keep_term(store, "saapas-KAHVILA") == "Saapas-kahvila"
    assert v.keep_terms(store) == ["Duunipolku-hanke", "Torstaivalmennus"]
    with pytest.raises(NotFound):
        v.remove_keep_term(store, "Saapas-kahvila")
    v.set_keep_terms(store, [])
    assert store.get_setting(v.SETTING) is None and v.keep_terms(store) == []


def test_a_damaged_value_reads_as_no_terms(store):
    for raw in ("{not json", '{"a": 1}', '["Saapas-kahvila", 7, null]'):
        store.set_setting(v.SETTING, raw)
        assert v.keep_terms(store) == (["Saapas-kahvila"] if raw.startswith("[") else [])


def test_the_terms_are_never_plaintext_on_disk(vault, store, data_dir):
    v.set_keep_terms(store, ["Saapas-kahvila", "Kipinäpaja-hanke"])

    def plain() -> list[str]:
        return [p.name for p in sorted(data_dir.rglob("*")) if p.is_file()
                for word in ("Saapas-kahvila", "Kipinäpaja") if word.encode() in p.read_bytes()]

    assert plain() == []  # the write-ahead log is encrypted too
    vault.close()
    assert plain() == []


def test_a_kept_term_survives_the_scrubber_and_a_name_next_to_it_does_not(store):
    from coachdesk.privacy import scrub

    text = "Liisa Mäkelä aloitti Saapas-kahvilassa maanantaina."
    assert "Saapas" not in scrub(text).text  # without the list the scrubber takes it for an organisation
    out = scrub(text, keep_terms=v.keep_terms(store)).text
    assert "Saapas-kahvilassa" in out and "Liisa" not in out and "Mäkelä" not in out
