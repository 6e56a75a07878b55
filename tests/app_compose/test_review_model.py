"""The Qt-free review model: offsets map back to the right field, case terms never reach the final
text, the coach's decisions apply, and the rescan catches what a changed placeholder lets through."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.app.compose.review import SCRUBBED, ReviewState

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
