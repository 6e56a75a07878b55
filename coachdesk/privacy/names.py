"""Person names and places from lexicons, inflection and proper-noun evidence: the pipeline.

tokens (given) → ``NameCtx`` (lexicon readings, context tests) → ``name_rules.judge`` (the rule that
decides each word) → ``name_decision.decide`` (one table of rules and thresholds) → ``name_propagate``
(found names reach their other forms) → ``name_spans`` (tokens → spans) → placeholders downstream.
"""

from __future__ import annotations

from coachdesk.privacy.lexicon import Lexicon
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_decision import decide
from coachdesk.privacy.name_propagate import second_pass
from coachdesk.privacy.name_rules import judge
from coachdesk.privacy.name_spans import to_cands
from coachdesk.privacy.name_trace import current, record
from coachdesk.privacy.spans import Cand
from coachdesk.privacy.tokens import Token


def find_names(
    text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool
) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """Person and place candidates, and (start, end, word) of capitalised words nobody could decide.

    Candidates and rules → one decision step → span resolution: ``name_rules.judge`` names the rule
    that decides each word, ``name_decision.decide`` applies its row of ``RULES`` (label, weight) against
    ``THRESHOLDS``, ``name_propagate`` carries found names to their other forms, ``name_spans`` merges
    tokens into spans. With ``name_trace.collecting()`` on, every finding and near-miss is recorded.
    """
    ctx = NameCtx(text, toks, lex, lang, chat)
    for k in range(ctx.n):
        verdict = judge(ctx, k)
        if verdict is None:
            continue
        if isinstance(verdict, tuple):
            decide(ctx, k, verdict[0], verdict[1])
        else:
            decide(ctx, k, verdict)
    second_pass(ctx)
    cands = to_cands(ctx)
    trace = current()
    if trace is not None:
        record(trace, ctx, cands)
    return cands, ctx.undecided
