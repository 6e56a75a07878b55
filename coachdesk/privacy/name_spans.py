"""Span resolution of name detection: labelled tokens → one candidate per person or place.

Neighbouring tokens of one person join (first name + surname, a name that is also a place next to a
name), an all-caps surname, a Roman numeral or an initial after a name and an initial before a
surname join too, and two first names sharing one surname form one span (``Juha ja Vesa Meskanen``).
"""

from __future__ import annotations

import re

from coachdesk.privacy.acronyms import known_acronym
from coachdesk.privacy.cues import ROMAN
from coachdesk.privacy.lexicon import FIRST, NAME, SUR
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_words import ending_of, reason_text
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand

_INITIAL_AFTER = re.compile(r" [A-ZÅÄÖ]\.")
# the case ending after a name's abbreviated suffix: "Sammy Davis Jr.:lle" (Jr, Sr, Jnr)
_SUFFIX_CASE = re.compile(r"\.:[a-zåäö]{1,6}\b")
_INITIAL_BEFORE = re.compile(r"(?<![\w])[A-ZÅÄÖ]\. $")


def to_cands(ctx: NameCtx) -> list[Cand]:
    """The candidates of the labelled tokens, neighbours of one person merged."""
    toks, labels, infos, n, text = ctx.toks, ctx.labels, ctx.infos, ctx.n, ctx.text
    uncertain = ctx.uncertain
    cands: list[Cand] = []
    k = 0
    while k < n:
        lab = labels[k]
        if lab is None:
            k += 1
            continue
        j = k
        if lab == "PERSON" or (lab == "LOCATION" and infos[k].flags & NAME):
            j, lab = _extend(ctx, k, lab)
        start, end = toks[k].start, toks[j].end
        if lab == "PERSON" and infos[j].flags & FIRST and not ending_of(toks[j], infos[j]):
            # all-caps surname after a first name: Franz FISCHLER, Yves DE SILGUY
            x = j
            # never over a possessive (Amir's ADHD) nor a known acronym (Leilas PTSD, Amirin ADHD-lääkitys)
            while (
                x + 1 < n and x - j < 2 and toks[x + 1].upper and ctx.joined[x] and len(toks[x + 1].text) >= 2
                and toks[x].text[-2:] not in ("'s", "’s") and not known_acronym(toks[x + 1].text, ctx.lex)
            ):
                x += 1
            if x > j and len(toks[x].text) >= 3:
                j = x
                end = toks[j].end
        mr = ROMAN.match(text, end)
        if lab == "PERSON" and mr:
            end = mr.end()
        suffix_case = ""
        if lab == "PERSON" and j > k and toks[j].text in ("Jr", "Sr", "Jnr", "Snr") and (m := _SUFFIX_CASE.match(text, end)):
            end, suffix_case = m.end(), m.group()[2:]  # the placeholder keeps the case: [Henkilö A]:lle
        if lab == "PERSON" and _INITIAL_AFTER.match(text[end : end + 3]):
            end += 3  # initial after the name: "Iida K."
        if lab == "PERSON" and infos[k].flags & SUR and _INITIAL_BEFORE.search(text[max(0, start - 4) : start]):
            start -= 3  # initial before a surname: "K. Virtanen" (not "T. Mervi": terveisin)
        if k == j:
            f0 = infos[k].flags
            first, sur = ("", ctx.key_base(k)) if f0 & SUR and not f0 & FIRST else (ctx.key_base(k), "")
        else:
            first, sur = ctx.key_base(k), ctx.key_base(j)
        weak = uncertain[k] and k == j
        cands.append(
            Cand(
                start,
                end,
                lab,
                "person" if lab == "PERSON" else "place",
                reason_text(lab, weak),
                PRIO_WEAK if weak else PRIO_NAME,
                ending=suffix_case
                or (ending_of(toks[j], ctx.name_info(j) if lab == "PERSON" else infos[j]) if end == toks[j].end else ""),
                key=(first, sur),
                uncertain=weak,
            )
        )
        k = j + 1
    return _shared_surname(text, cands)


def _extend(ctx: NameCtx, k: int, lab: str) -> tuple[int, str]:
    """The last token of the name starting at ``k``, and its label (a name-place next to a name is a person)."""
    toks, labels, infos, n = ctx.toks, ctx.labels, ctx.infos, ctx.n
    j = k
    while j + 1 < n and ctx.joined[j] and not toks[j + 1].colon_suffix and not ending_of(toks[j], infos[j]):
        nx = labels[j + 1]
        if ctx.inflected_first(j + 1) and not infos[j].flags & NAME:
            break  # "Vastaukset Katjalle": the name span starts at the name
        if nx == "PERSON" or (nx == "LOCATION" and infos[j + 1].flags & NAME):
            j += 1
            lab = "PERSON"
        else:
            break
    return j, lab


def _shared_surname(text: str, cands: list[Cand]) -> list[Cand]:
    """"Juha ja Vesa Meskanen": two first names sharing one surname form one span."""
    merged: list[Cand] = []
    for c in cands:
        if merged:
            a = merged[-1]
            if (
                a.label == c.label == "PERSON"
                and a.key[0]
                and not a.key[1]
                and c.key[0]
                and c.key[1]
                and text[a.end : c.start] in (" ja ", " and ", " och ", " & ")
            ):
                merged[-1] = Cand(a.start, c.end, "PERSON", "person", c.reason, c.prio, c.ending, c.key)
                continue
        merged.append(c)
    return merged
