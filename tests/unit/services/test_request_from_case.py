"""A request built from a case and checked as the composer checks it (services.requests: the
command line's preview and submit), over a real SQLCipher vault."""

from __future__ import annotations

import json

import pytest

from coachdesk.domain import help_request as hr
from coachdesk.domain import models as m
from coachdesk.errors import InvalidInput
from coachdesk.outbox import requests as rq
from coachdesk.services import cases, requests
from coachdesk.services.channels import add_channel
from tests.support.delivery import GOOD_URLS
from tests.support.vaults import add_case

QUESTION = {"question": "Miten tukisin jaksamista työkokeilussa?"}


@pytest.fixture
def case(store) -> m.Case:
    made = add_case(store, "request")
    cases.add_identifier(store, made.id, "Keskon Kauppa", m.IdentifierKind.EMPLOYER)
    add_channel(store, "Tiimi", "json", "https://example.com/hook", prefer_keychain=False)
    add_channel(store, "Slack", "slack", GOOD_URLS["slack"], prefer_keychain=False)
    return cases.open_case(store, made.id)


def test_the_check_takes_the_case_details_and_earlier_answers(store, case):
    rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="uupumus", question="Miten?"),
                    review={"answered": [["uncertain_name", "lumi"]], "fine": ["Lumi"]})
    state, fine = requests.case_review_state(store, case, "fi")
    assert ("Keskon Kauppa", "employer") in state.terms and case.code in state.terms and case.pseudonym in state.terms
    assert state.kinds[case.pseudonym] == "name"
    assert state.answered == {("uncertain_name", "lumi")} and fine == {"Lumi"} and "Lumi" in state.keep
    empty, none = requests.case_review_state(store, None, "en")
    assert (empty.terms, empty.lang, none) == ([], "en", set())


def test_prepared_parts_are_scrubbed_and_keep_their_reference(store, case):
    cases.add_note(store, m.Note(case_id=case.id, text="Asiakas A aloitti Keskon Kaupassa työkokeilun."))
    prepared = requests.prepare_from_case(store, case.code, "Tiimi", fields=QUESTION, ref="K7Q2")
    text = json.loads(prepared.parts[0])["text"]
    assert "#K7Q2" in text and "Keskon" not in text and "Asiakas A" not in text and case.code not in text
    assert "[työnantaja]" in text and QUESTION["question"] in text
    assert prepared.request.ref == "K7Q2" and prepared.review["overrides"] == {}
    assert requests.preview_file(prepared.parts) == prepared.parts[0] + b"\n"


def test_submit_previewed_refuses_another_channel_and_a_missing_question(store, case):
    shown = requests.preview_file(requests.prepare_from_case(store, case.code, "Tiimi", fields=QUESTION).parts)
    with pytest.raises(InvalidInput, match="preview it again"):
        requests.submit_previewed(store, case.code, "Slack", shown, fields=QUESTION)
    with pytest.raises(InvalidInput):  # the draft from a case has no question of its own
        requests.prepare_from_case(store, case.code, "Tiimi")
    assert requests.items(store) == [] and rq.list_requests(store) == []
    done = requests.submit_previewed(store, case.code, "Tiimi", shown, fields=QUESTION)
    assert done.item is not None and [i.payload for i in requests.items(store)] == [shown[:-1]]


def test_an_open_question_refuses_until_the_case_has_the_answer(store, case):
    from coachdesk.outbox.review import SCRUBBED, ReviewState

    fields = {"situation": "We discussed the Zorbex plan at length.", "question": "How would you approach this?"}
    with pytest.raises(InvalidInput, match=r"not finished \(1 question"):
        requests.prepare_from_case(store, case.code, "Tiimi", fields=fields, lang="en")
    asked = ReviewState(lang="en").compute({**dict.fromkeys(SCRUBBED, ""), "situation": fields["situation"]})
    key = asked.questions[0].key
    rq.save_request(store, hr.HelpRequest(case_id=case.id, topic="toivo", question="Miten?"),
                    review={"answered": [list(key)], "fine": ["Zorbex"]})  # answered in the composer: it is fine
    prepared = requests.prepare_from_case(store, case.code, "Tiimi", fields=fields, lang="en")
    assert "We discussed the Zorbex plan at length." in json.loads(prepared.parts[0])["text"]
    assert prepared.review["fine"] == ["Zorbex"] and list(key) in prepared.review["answered"]
