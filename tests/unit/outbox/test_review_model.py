"""The Qt-free review model: offsets map back to the right field, case terms never reach the final
text, the coach's decisions apply, and the rescan catches what a changed placeholder lets through."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.outbox.review import SCRUBBED, ReviewState

WORDS = ["Liisa", "Mäkelä", "Kangasalla", "työkokeilu", "sujui", "hyvin", "040 123 4567", "12.3.2026", "ja",
         "Pertti", "Hakala", "soitti", "Pirkan Puutarha Oy:ssä", "väsyttää", "45-vuotias", "\n", "."]
TERMS = ["Liisa Mäkelä", "Kangasala", "Pirkan Puutarha Oy"]
field_text = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.fixed_dictionaries({name: field_text for name in SCRUBBED}))
def test_findings_map_to_their_field_and_terms_never_leave(originals):
    result = ReviewState(lang="fi", terms=TERMS).compute(originals)
    for f in result.findings:
        assert originals[f.field][f.start:f.end] == f.text
    for name in SCRUBBED:
        final = result.finals[name].casefold()
        for secret in ("mäkelä", "kangasala", "puutarha", "040 123 4567"):
            assert secret not in final
    assert not result.open_findings


def test_decisions_dismiss_override_and_rescan():
    originals = dict.fromkeys(SCRUBBED, "")
    originals["situation"] = "Pertti Hakala soitti 12.3.2026 numerosta 040 123 4567."
    state = ReviewState(lang="fi", terms=[])
    first = state.compute(originals)
    labels = {f.text: f for f in first.findings}
    assert labels["040 123 4567"].label == "CONTACT" and not labels["040 123 4567"].dismissible
    state.keep.add("12.3.2026")
    state.overrides["Pertti Hakala"] = "[esihenkilö]"
    second = state.compute(originals)
    assert second.finals["situation"].startswith("[esihenkilö] soitti 12.3.2026 numerosta [")
    assert second.ready
    state.overrides["Pertti Hakala"] = "Pertti Hakala"  # a placeholder that lets the name through
    third = state.compute(originals)
    assert [f.text for f in third.open_findings] == ["Pertti Hakala"] and not third.ready


def test_unicode_tricks_inside_names_never_reach_the_final_text():
    """The review calls the same core: a soft hyphen, zero-width space, word joiner, bidi override,
    NFD or fullwidth letters inside a name change nothing (issue 14)."""
    import unicodedata

    from coachdesk.privacy.normalise import INVISIBLE

    originals = dict.fromkeys(SCRUBBED, "")
    originals["situation"] = "Asiakas Mar\u00adjatta Kos\u200bkinen soitti. Ve\u2060ikko \u202eLaaksonen\u202c tuli mukaan."
    originals["background"] = unicodedata.normalize("NFD", "Esihenkilö Hannele Mäkelä kertoi.") + " Ｔｉｍｏ Ｈｅｉｎｏｎｅｎ tuli."
    result = ReviewState(lang="fi", terms=[]).compute(originals)
    for name in ("situation", "background"):
        final = unicodedata.normalize("NFKC", "".join(c for c in result.finals[name] if c not in INVISIBLE))
        for secret in ("Marjatta", "Koskinen", "Veikko", "Laaksonen", "Hannele", "Mäkelä", "Timo", "Heinonen"):
            assert secret.casefold() not in final.casefold(), (secret, result.finals[name])
    assert not result.open_findings


def test_case_terms_keep_their_category_and_are_certain_in_the_review():
    originals = dict.fromkeys(SCRUBBED, "")
    originals["situation"] = "Hän on töissä Maalaamo Rantasella, ja Maalaamo Rantasen johto tukee."
    state = ReviewState(lang="fi", terms=[("Maalaamo Rantanen", "employer")])
    result = state.compute(originals)
    # a listed employer is shown and replaced as the employer (the composer's "employer" kind)
    assert [f.label for f in result.findings] == ["EMPLOYER", "EMPLOYER"]
    assert all(f.replacement.startswith("[työnantaja]") for f in result.findings)
    assert all(f.certain and f.source == "case_term" and not f.dismissible for f in result.findings)
    assert "Henkilö" not in result.finals["situation"]


def test_the_review_and_the_core_make_one_decision_about_an_employer():
    """The review adds no matching of its own: its findings are the core's, the listed employer is
    EMPLOYER ("[työnantaja]") in the review and in scrub() alike, an unlisted organisation stays ORG."""
    from coachdesk.privacy import scrub

    text = "Liisa on töissä Pirkan Puutarhalla, ja Savon Putki Oy:llä hän kävi kesällä."
    originals = dict.fromkeys(SCRUBBED, "")
    originals["situation"] = text
    terms = [("Pirkan Puutarha Oy", "employer"), ("Liisa Mäkelä", "name")]
    result = ReviewState(lang="fi", terms=terms).compute(originals)
    core = scrub(text, lang="fi", terms=terms)
    assert [(f.start, f.end, f.label, f.replacement) for f in result.findings] == [
        (f.start, f.end, f.label, f.replacement) for f in core.findings]
    assert result.finals["situation"] == core.text
    labels = {f.text: f.label for f in result.findings}
    assert labels["Pirkan Puutarhalla"] == "EMPLOYER" and labels["Savon Putki Oy"] == "ORG"
    assert "[työnantaja]:lla" in core.text and "[organisaatio]:llä" in core.text
    # a listed detail of no category (an "other" one, or a word the coach marked) reads as what its
    # placeholder says: an identifying detail
    originals["situation"] = "Tiistaitiimi kokoontuu taas."
    other = ReviewState(lang="fi", terms=[("Tiistaitiimi", "other")]).compute(originals)
    assert [(f.label, f.replacement) for f in other.findings] == [("TERM", "[tunnistetieto]")]
    assert other.findings[0].certain and not other.findings[0].dismissible
    # a plain term given its kind by the case's ``kinds`` is an employer too
    plain = ReviewState(lang="en", terms=["Northern Timber"], kinds={"Northern Timber": "employer"})
    originals["situation"] = "She works at Northern Timber."
    assert plain.compute(originals).finals["situation"] == "She works at [employer]."


def test_a_remembered_answer_is_not_asked_again():
    originals = dict.fromkeys(SCRUBBED, "")
    originals["situation"] = "We discussed the Zorbex plan at length."
    asked = ReviewState(lang="en").compute(originals)
    assert [q.text for q in asked.questions] == ["Zorbex"]
    again = ReviewState(lang="en", decided={"Zorbex": False}).compute(originals)
    assert again.questions == () and again.finals["situation"] == originals["situation"]
