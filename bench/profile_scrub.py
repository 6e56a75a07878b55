"""Where the scrubber spends its CPU: per-stage CPU time on a 2,000-character note and on 1 MB.

    .venv/bin/python bench/profile_scrub.py [--shared ../shared] [--no-large] [--cprofile N]

Each stage the pipeline (``scrubber._scrub``) calls is wrapped with a ``time.process_time`` counter
(only the outermost stage counts, so nothing is counted twice); "rest" is the pipeline's own code
(overlap resolution, placeholders, warnings). The 2,000-character figures are medians over repeated
runs (CPU time, not wall clock: the machine is shared). ``--cprofile N`` also prints the N functions
with the most own time on the 2,000-character note. Prints figures, never fails.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import inspect
import io
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scrub import large_text, make_text  # noqa: E402

# (namespace, attribute, stage name): the calls ``_scrub`` makes, patched where it looks them up
STAGES = [
    ("scrubber", "normalise", "normalise"),
    ("scrubber", "detect_lang", "detect_lang"),
    ("scrubber", "get_lexicon", "lexicon"),
    ("scrubber", "shared_tokens", "tokenize"),
    ("scrubber", "is_chat_style", "chat_style"),
    ("patterns", "find_ids", "patterns.ids"),
    ("patterns", "find_contacts", "patterns.contacts"),
    ("patterns", "find_addresses", "patterns.addresses"),
    ("patterns", "find_dates", "patterns.dates"),
    ("patterns", "find_ages", "patterns.ages"),
    ("patterns", "find_word_ages", "patterns.word_ages"),
    ("spoken", "find_spoken", "spoken"),
    ("spoken_more", "find", "spoken_more"),
    ("age_date_rules", "find", "age_date_rules"),
    ("direct_hurried", "find", "direct_hurried"),
    ("patterns", "find_ages_after_person_nouns", "patterns.ages_after_nouns"),
    ("scrubber", "find_table_cells", "table_cells"),
    ("orgs", "find_orgs", "orgs"),
    ("orgs", "find_labelled_employers", "orgs.labelled"),
    ("org_rules", "find", "org_rules"),
    ("scrubber", "find_org_heads", "org_heads"),
    ("prose_orgs", "find", "prose_orgs"),
    ("scrubber", "find_names", "names.find_names"),
    ("scrubber", "find_terms", "terms"),
    ("scrubber", "find_speakers", "chat.speakers"),
    ("scrubber", "find_initials_signoff", "chat.signoff"),
    ("scrubber", "_nicknames_after_names", "nicknames"),
    ("name_evidence", "combine", "name_evidence (model)"),
    ("hurried", "find_hurried", "hurried"),
    ("hurried_names", "find", "hurried_names"),
    ("lower_names", "find", "lower_names"),
    ("hurried_more", "find", "hurried_more"),
    ("hurried_local", "find", "hurried_local"),
    ("hurried_places", "find", "hurried_places"),
    ("hurried_people", "find", "hurried_people"),
    ("org_rules", "find_with_names", "org_rules.with_names"),
    ("scrubber", "grow_names", "grow"),
    ("scrubber", "find_initial_names", "initial_names"),
    ("prose_roles", "find", "prose_roles"),
    ("prose_names", "find", "prose_names"),
    ("wrapped_names", "find", "wrapped_names"),
    ("word_names", "find", "word_names"),
    ("scrubber", "_titled_names_and_firms", "titled_names+firm_pairs"),
    ("prose_orgs", "fill_runs", "prose_orgs.fill_runs"),
    ("patterns", "find_bare_ages", "patterns.bare_ages"),
    ("patterns", "find_ages_after_names", "patterns.ages_after_names"),
    ("scrubber", "find_ages_by_names", "bare_ages"),
    ("scrubber", "find_client_ages", "bare_ages.client"),
    ("scrubber", "widen_spoken_edges", "spoken_edges"),
    ("prose_details", "find", "prose_details"),
    ("prose_places", "find", "prose_places"),
    ("prose_details", "widen", "prose_details.widen"),
    ("scrubber", "widen_flat_after_street", "spoken_shapes.widen"),
    ("scrubber", "keep_eponyms", "eponyms"),
    ("scrubber", "release_spelling_words", "spoken_shapes.release"),
    ("scrubber", "kept_spans", "kept_spans"),
    ("form_words", "apply", "form_words"),
    ("id_labels", "confine", "id_labels"),
    ("scrubber", "resolve", "resolve"),
    ("scrubber", "replacement_for", "placeholders"),
    ("scrubber", "_map_back", "map_back"),
    # the rest of ``_scrub``'s calls (without them they would count as the pipeline's own code)
    ("scrubber", "_protect", "protect (tokens, sentence starts)"),
    ("labelled_values", "find", "labelled_values"),
    ("spoken_dictated", "find_ages", "spoken_dictated"),
    ("scrubber", "find_special_plates", "special_plates"),
    ("lower_slots", "find", "lower_slots"),
    ("lower_slots", "veto", "lower_slots.veto"),
    ("place_compounds", "find", "place_compounds"),
    ("town_firms", "find", "town_firms"),
    ("region_orgs", "find", "region_orgs"),
    ("gazetteer_places", "find", "gazetteer_places"),
    ("place_hyphen", "find", "place_hyphen"),
    ("filler_names", "find", "filler_names"),
    ("note_people", "find", "note_people"),
    ("people_shapes", "find", "people_shapes"),
    ("syllable_names", "find", "syllable_names"),
    ("form_people", "find", "form_people"),
    ("nicknames", "find", "nicknames.find"),
    ("bracket_pairs", "find", "bracket_pairs"),
    ("org_shapes", "find", "org_shapes"),
    ("hurried_slots", "find", "hurried_slots"),
    ("minutes_names", "find", "minutes_names"),
    ("morphology_names", "add", "morphology_names"),
    ("owner_firms", "find", "owner_firms"),
    ("signed_orgs", "find", "signed_orgs"),
    ("age_apposition", "add", "age_apposition"),
    ("kin_copula_ages", "find", "kin_copula_ages"),
    ("scrubber", "_table_group_chat_ages", "table_group_chat_ages"),
    ("scrubber", "widen_email_digits", "email_digits"),
    ("scrubber", "drop_kept_and_word", "drop_kept"),
    ("scrubber", "trim_titles", "trim_titles"),
    ("workplace_questions", "find", "workplace_questions"),
    ("scrubber", "is_finite_verb", "finite_verbs"),
    ("scrubber", "_initial_verb", "finite_verbs"),
]

_totals: dict[str, float] = {}
_depth = 0


def _timed(name, call):
    global _depth
    _depth += 1
    c0 = time.process_time()
    try:
        return call()
    finally:
        _depth -= 1
        if _depth == 0:
            _totals[name] = _totals.get(name, 0.0) + time.process_time() - c0


def _timed_iter(name, gen):
    """A detector that is a generator works while it is consumed: time each step."""
    while True:
        try:
            item = _timed(name, lambda: next(gen))
        except StopIteration:
            return
        yield item


def _wrap(fn, name):
    @functools.wraps(fn)
    def timed(*a, **kw):
        out = _timed(name, lambda: fn(*a, **kw))
        return _timed_iter(name, out) if inspect.isgenerator(out) else out

    return timed


def install() -> None:
    from coachdesk.privacy import scrubber

    spaces = {"scrubber": scrubber}
    for space, attr, name in STAGES:
        mod = spaces.get(space) or getattr(scrubber, space)  # a module the scrubber calls through
        setattr(mod, attr, _wrap(getattr(mod, attr), name))


def stage_table(text: str, runs: int, lang: str | None = None) -> tuple[dict[str, float], float]:
    """Median CPU ms per stage and the median total over ``runs`` calls."""
    from coachdesk.privacy import scrub

    per: dict[str, list[float]] = {}
    totals = []
    for i in range(runs):
        _totals.clear()
        t = text[i % 50 :] + text[: i % 50] if runs > 1 else text
        c0 = time.process_time()
        scrub(t, lang=lang)
        total = time.process_time() - c0
        totals.append(total * 1000)
        staged = sum(_totals.values())
        for k, v in [*_totals.items(), ("rest", total - staged)]:
            per.setdefault(k, []).append(v * 1000)
    return {k: statistics.median(v) for k, v in per.items()}, statistics.median(totals)


def show(title: str, table: dict[str, float], total: float, unit: str = "ms") -> None:
    print(f"{title}: total {total:.2f} {unit} (median)")
    for k, v in sorted(table.items(), key=lambda kv: -kv[1]):
        if v >= total * 0.005:
            print(f"  {k:28} {v:9.2f} {unit} {100 * v / max(total, 1e-9):5.1f} %")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--no-large", action="store_true")
    ap.add_argument("--cprofile", type=int, default=0, help="print the N functions with the most own time")
    args = ap.parse_args()
    from coachdesk.privacy import scrub

    c0 = time.process_time()
    scrub("Tapasin Matti Virtasen Keravalla.")
    print(f"first call: {(time.process_time() - c0) * 1000:.1f} ms CPU")
    install()
    text = make_text(2000)
    for _ in range(5):
        scrub(text)
    table, total = stage_table(text, args.runs)
    show("2,000 chars (bench text, language detected)", table, total)
    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        for i in range(20):
            scrub(text[i:] + text[:i])
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(args.cprofile)
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:12000])
    if not args.no_large:
        big = large_text(args.shared, 1_000_000)
        table, total = stage_table(big, 1, lang="fi")
        show("1 MB (dev texts, fi)", {k: v / 1000 for k, v in table.items()}, total / 1000, "s")


if __name__ == "__main__":
    main()
