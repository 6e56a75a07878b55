"""The one decision step of name detection: a rule's evidence → name, question or nothing.

Every rule of ``name_rules.py`` / ``name_propagate.py`` is one row of :data:`RULES`: an id, the label it
gives, its weight and a one-line doc. The rules of one word are tried in a fixed order (the order of the
checks in ``name_rules.judge``): the first rule that fires decides, and its weight is the word's score.
:data:`THRESHOLDS` turns the score into the decision:

| score ≥ | decision | what the scrubber does |
|---|---|---|
| 1.0 (``name``) | name | replaced, certain |
| 0.5 (``ask``) | ask | replaced, and the coach is asked (weak candidate) |
| 0.25 (``question``) | question | not replaced; the coach is asked (``uncertain_name``) |
| lower | none | nothing (a weight below 0 is a veto: evidence against a name) |

A rule of weight 0 only records a fact (``lower.pending``: a lower-case first name waiting for the
second pass). ``name_evidence.py`` (the model's second opinion) runs later with its own table, and
``hurried_names.py`` (hurried lines only) with its own table of evidence that ADDS UP (``EVIDENCE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.privacy.name_context import NameCtx

THRESHOLDS: dict[str, float] = {"name": 1.0, "ask": 0.5, "question": 0.25}
VETO = -1.0


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: its id, the label it gives, its weight and a one-line doc."""
    id: str
    label: str  # PERSON, LOCATION, or "" (no label: a question, a fact or a veto)
    weight: float
    doc: str


def _r(rid: str, label: str, weight: float, doc: str) -> Rule:
    return Rule(rid, label, weight, doc)


P, L = "PERSON", "LOCATION"

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        # candidates: a word that can never be a name (checked first, in this order)
        _r("cand.label_or_short", "", VETO, "a word with a colon suffix (Oy:n), one letter, an acronym compound or a legal form"),
        _r("cand.digit", "", VETO, "a word with a digit (B214, K-558102): a room or a number"),
        _r("cand.contraction", "", VETO, "an English contraction (I'll)"),
        _r("cand.en_short", "", VETO, "a two-letter English word (As, If)"),
        _r("cand.weekday_range", "", VETO, "a weekday abbreviation in a range (Mon–Thu, ma–to)"),
        _r("cand.pronoun", "", VETO, "a pronoun of the text's language (Swedish Han)"),
        _r("cand.reference", "", VETO, "a document's part before its number (Taulukko 2, Bilaga 3, Figure 1)"),
        # all-caps words
        _r("caps.name", P, 1.0, "an all-caps name of the lists: well attested (MATTI) or next to another (MATTI VIRTANEN)"),
        _r("caps.other", "", VETO, "an all-caps word that is no well-attested name: an acronym"),
        # kept words (lexicon KEEP: regions, public bodies, products)
        _r("kept.after_role", P, 1.0, "a kept first name after a role or profession (ohjaaja Wilma)"),
        _r("kept.person_case", P, 1.0, "a kept first name mid-sentence in a person's case (Aslakille)"),
        _r("kept.region_surname", P, 1.0, "a region that is a surname, uninflected, right after a first name (Erkki Lappi)"),
        _r("kept.word", "", VETO, "a kept word (Kela, Omaolo): professional vocabulary"),
        _r("lower.non_latin", P, 0.5, "a lower-case word in a non-Latin script"),
        # capitalised words
        _r("signature", P, 1.0, "a first name closing the text or a line after a sign-off (Kiitos! -Toivo)"),
        _r("heading_label", "", VETO, "a word before a colon at a heading or list start (Sali:, Keinot:)"),
        _r("cap.intl_short", "", VETO, "a two-letter international-only name without a person word before it"),
        _r("lex.sent_start_unsure", "", 0.25, "a weak or word-like name at a sentence start without evidence: asked (a weak reading of a frequent word form is the word)"),
        _r("lex.sent_start_dictionary_word", "", VETO, "a sentence-initial weak name of a Swedish or English text that the "
           "dictionary knows as a word (Faith, Hope, Sten): no question"),
        _r("lex.sent_start_no_name_reading", "", VETO, "a sentence-initial weak name of a Finnish text that Finnish "
           "morphology reads, never as a name (Soitan, Liitteenä, Usva): no question"),
        _r("lex.sent_start_word", "", VETO, "a sentence-initial word that is an ordinary word, no evidence of a person"),
        _r("lex.en_month", "", VETO, "an English month name (May, June) without evidence of a person"),
        _r("lex.en_intl_word", "", VETO, "an English sentence-initial word that is only an international name"),
        _r("lex.place", L, 1.0, "a place of the lists that is no name"),
        _r("lex.place_reading", L, 1.0, "a name that is also a place, in a local case or place context (Kaarinassa)"),
        _r("lex.name_reading", P, 1.0, "a name that is also a place, read as a name (no place case or context)"),
        _r("lex.place_context", L, 1.0, "a place found by its place context (Turun seudulta: Turku, not Turu)"),
        _r("lex.name", P, 1.0, "a name of the lists, capitalised, with no evidence against it"),
        _r("lex.en_word_name", "", 0.5, "an English name that is also a word, mid-sentence, no context: asked"),
        _r("unknown.place_label", L, 0.5, "an unknown word after a place label (Paikka: Rukalla)"),
        _r("unknown.dash_signoff", P, 1.0, "a dash and a capitalised word end the text (– Pat)"),
        _r("unknown.sent_start_word", "", VETO, "an unknown sentence-initial word that is a frequent or common word"),
        _r("unknown.sent_start_name", P, 1.0, "an unknown sentence-initial word with evidence: person word, age, surname after"),
        _r("unknown.person_verb", P, 0.5, "an unknown sentence-initial word before a person's verb (Tendai said)"),
        _r("unknown.sv_aux_verb", P, 0.5, "an unknown Swedish sentence-initial word, no Swedish word, before har (no supine) / får / jobbar"),
        _r("unknown.shape_slot", P, 1.0, "an unknown capitalised word (a sentence opener; mid-sentence in fi/sv) of a shape Finnish and Swedish words do not have, "
           "in a person's slot: summed evidence of foreign_shapes.py at or above the name threshold (Nkechi kysyi)"),
        _r("unknown.shape_slot_ask", P, 0.5, "the same evidence at or above the ask threshold only: hidden and asked "
           "(a weaker shape before a person's verb: sv Xaj ringde)"),
        _r("unknown.medical_word", "", VETO, "a sentence-initial word with a diagnosis ending (Fibromyalgia, Artriitti)"),
        _r("unknown.foreign", P, 0.5, "a foreign-shaped sentence-initial word, repeated or before a verb"),
        _r("unknown.common_before_name", "", VETO, "an ordinary word before an inflected first name (Kysyn Stinalta)"),
        _r("unknown.place_prep", L, 0.5, "an unknown word after a place word or preposition (from Bergö)"),
        _r("unknown.en_after_person", P, 1.0, "an unknown English word right after a found person"),
        _r("unknown.en_person_prep", P, 0.5, "an unknown English word after a person preposition (with, from)"),
        _r("unknown.en_person_verb", P, 1.0, "an unknown English word mid-sentence before a person's verb (then Tendai said)"),
        _r("unknown.en_person_slot", P, 1.0, "an unknown English word in no list mid-sentence in a person's slot: after "
           "try/ask/call/cousin/friend, or before from + a capitalised word (en_slots.py)"),
        _r("unknown.person_slot", P, 1.0, "an unknown Finnish or Swedish word in no list in a person's slot: after "
           "serkku/kaveri/fråga/kusin (en_slots.py)"),
        _r("unknown.en_cee_letters", P, 0.5, "an unknown capitalised English word with a letter of Central/Eastern "
           "European names (Wiśniewski, Dvořák): hidden and asked (a place after a place word: Łódź)"),
        _r("unknown.en_dictionary_word", "", VETO, "an unknown capitalised English word the dictionary knows, in lower "
           "case or as written (Business, British, Tue): no question"),
        _r("unknown.en_no_dictionary_word", P, 0.5, "an unknown capitalised English word mid-sentence that neither the "
           "English nor the Swedish dictionary knows, nor Finnish morphology (Chaminda's): hidden and asked"),
        _r("unknown.en_no_evidence", "", 0.25, "an unknown capitalised English word without evidence: asked"),
        _r("unknown.context_name", P, 1.0, "an unknown capitalised word mid-sentence next to a name or after a person word"),
        _r("unknown.cap_mid_place", L, 0.5, "an unknown capitalised word mid-sentence in a place case or after a place preposition"),
        _r("unknown.cap_mid", P, 0.5, "an unknown capitalised word mid-sentence (proper noun?)"),
        # lower-case words
        _r("lower.demonym", L, 1.0, "a demonym of a place (turkulainen)"),
        _r("lower.after_article", "", VETO, "a noun after an article (en björn)"),
        _r("lower.after_possessive", "", VETO, "a word after a possessive name: what the person owns (marco's visa)"),
        _r("lower.double_first", P, 1.0, "a lower-case double first name (ulla-britt)"),
        _r("lower.language_word", "", VETO, "a word of the text's language after a role noun (asiakas otti)"),
        _r("lower.role_name", P, 1.0, "a first name after a role noun, a helping verb or before a relation noun"),
        _r("lower.first_name", P, 1.0, "a lower-case first name: well attested, with context, or a signature"),
        _r("lower.pending", "", 0.0, "a lower-case first name without evidence: decided by the second pass"),
        _r("lower.unknown_verb", P, 0.5, "a word in no list before a person's verb in a chat-style text (chidi said)"),
        _r("lower.place", L, 1.0, "a lower-case place of the lists in a chat-style text"),
        # facts: the evidence that let a sentence-initial word be a name (weight 0: recorded, decides nothing)
        _r("ev.neighbour", "", 0.0, "a name-like word right before or after it"),
        _r("ev.person_word_before", "", 0.0, "a person word before it (asiakas, client, kollega)"),
        _r("ev.agent_verb_next", "", 0.0, "a verb of a person or of coming after a first name that is a word (Vesa tuli)"),
        _r("fi.person_verb_next", "", 0.0, "a verb only a person does right after it (kertoi, soitti, said)"),
        _r("ev.addressed", "", 0.0, "spoken to: a comma and you / a question (Will, could you …)"),
        _r("ev.introduced", "", 0.0, "introduced as a person (Summer, my client who …; Rose has … her)"),
        _r("ev.apposition_role", "", 0.0, "an apposition with a role noun or 'the one who' after it (Sunny, her peer supporter,)"),
        _r("ev.human_state", "", 0.0, "a state only a person is in (on työtön, is unemployed)"),
        _r("ev.known_elsewhere", "", 0.0, "the same name found elsewhere, and evidence of its own here"),
        _r("ev.possessive", "", 0.0, "a possessive first name before a noun (Will's job coach)"),
        _r("ev.age_after", "", 0.0, "an age after it (Onni on 23-vuotias, Segun is 57)"),
        _r("ev.real_name_after", "", 0.0, "a real name after it (Kake (virallisesti Kari-Pekka))"),
        _r("ev.surname_after", "", 0.0, "a capitalised surname of the lists after it"),
        _r("ev.name_after", "", 0.0, "a name-like word after a word that does not look Finnish"),
        _r("ev.cap_mid_elsewhere", "", 0.0, "the word is capitalised mid-sentence elsewhere, maybe inflected"),
        # facts of foreign_shapes.py (their summed weights are its EVIDENCE table; recorded, decide nothing)
        _r("shape.initial_cluster", "", 0.0, "an initial cluster no Finnish or Swedish word has (mb- nk- ts- kw-)"),
        _r("shape.final_consonant", "", 0.0, "a final letter no Finnish (Swedish, English) word has (-sh, -g, -w)"),
        _r("shape.rare_letter", "", 0.0, "a letter Finnish (Swedish) words do not use (q w x z c)"),
        _r("shape.vowel_pair", "", 0.0, "two vowels side by side that Finnish words never have (ay, ae, uä)"),
        _r("slot.person_verb", "", 0.0, "a verb only a person does right after it (kysyi, ringde, said)"),
        _r("slot.modal_verb", "", 0.0, "a modal or movement verb of a person right after it (voi, pääsi, har, will)"),
        _r("slot.genitive_kin", "", 0.0, "in the genitive before a kin or friend noun (Xin sisko, Xs bror)"),
        # second pass (name_propagate.py)
        _r("spread.pending_near", P, 1.0, "a pending lower-case first name next to a found lower-case name"),
        _r("spread.pending_found", P, 1.0, "a pending lower-case first name found elsewhere in the text"),
        _r("spread.sent_start_copy", P, 1.0, "a sentence-initial copy of a found name with its own evidence"),
        _r("spread.word_form_copy", P, 1.0, "a found name whose form is also a word, with its own evidence (Kiven vaimo)"),
        _r("spread.inflected_copy", P, 1.0, "an unknown found name, inflected (Al-Khatibin)"),
        _r("spread.lower_form", P, 1.0, "a found name in another form or letter case (jarmolle, koskiselle)"),
        _r("spread.certain_copy", P, 1.0, "a capitalised copy, bare or inflected, of a word in no list named for certain "
           "elsewhere, that the first pass only asked about (cousin X … later X was tired)"),
        _r("spread.unknown_repeat", P, 0.5, "a lower-case word in no list marked as a name elsewhere"),
        # real prose (name_carry.py, run in the second pass)
        _r("carry.particle_name", P, 1.0, "an Arabic name with a lower-case particle (al-Hadidin, el-Masrin)"),
        _r("carry.hyphen_given", P, 1.0, "a two-syllable hyphenated given name after a found name (Kim dong-hyun)"),
        _r("carry.surname_copy", P, 1.0, "a capitalised copy of a found surname, bare or inflected, a sentence "
           "start too (Wallenberg sanoi, Wallenbergin mukaan); no word or place of the lists"),
        _r("carry.foreign_reporter", P, 0.5, "a foreign-shaped sentence-initial word in no word list before a "
           "verb of reporting (Brennan vahvisti): hidden and asked"),
        _r("carry.given_copy", P, 1.0, "a capitalised copy of the given name of a found full name, bare or "
           "inflected: mid-sentence, or at a sentence start in a person's slot (Grace will adjust; vastuu: Onni)"),
        _r("pair.first_surname", P, 1.0, "a lower-case first name and a -nen surname (frank laaksonen)"),
        _r("pair.surname_after_first", P, 1.0, "a lower-case surname after a found lower-case first name"),
    )
}


def decide(ctx: NameCtx, k: int, rid: str, label: str = "") -> None:
    """Apply rule ``rid`` to token ``k``: the one place where a word's label is set.

    ``label`` overrides the rule's label (``lex.en_word_name`` asks about whatever reading it had).
    """
    rule = RULES[rid]
    ctx.fired.append((k, rid))
    w = rule.weight
    if w < 0:
        return  # a veto (most decisions): nothing to set
    if w >= THRESHOLDS["ask"]:
        ctx.labels[k] = label or rule.label
        ctx.uncertain[k] = w < THRESHOLDS["name"]
    elif w >= THRESHOLDS["question"]:
        t = ctx.toks[k]
        ctx.undecided.append((t.start, t.end, t.text))


def decision(weight: float) -> str:
    """The decision a score stands for: name, ask, question or none."""
    for what in ("name", "ask", "question"):
        if weight >= THRESHOLDS[what]:
            return what
    return "none"
