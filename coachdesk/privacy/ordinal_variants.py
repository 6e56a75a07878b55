"""Day ordinals as dictation or a hurried hand writes them: a compound with one letter dropped
(``kahdeskymmenesaheksas``), a ten's ordinal with ``yhdes``/``kahdes`` as its unit (``kahdeskymmenesyhdes``).

The forms of rule ``fi_ordinal_variant`` of ``spoken_dictated.py`` (its row and tag live there); a module of its own
below ``spoken_numbers.py``, which adds them to its day ordinals, so that no import goes round in a circle.
"""

from __future__ import annotations

_MIN_DROPPED = 9  # an ordinal this long or longer is still itself with one letter dropped
VARIANTS: set[str] = set()  # every form made, for the rule's tag (spoken_dictated.tag_variant)


def day_variants(days: dict[str, int]) -> dict[str, int]:
    """Rule fi_ordinal_variant: the forms of the day ordinals of ``days`` of nine letters or more with one letter
    dropped, and the nominative tens with ``yhdes``/``kahdes`` as their unit; a form two days share is left
    out, and so is every form ``days`` has (``spoken_numbers`` adds what this returns to its day ordinals)."""
    out: dict[str, int] = {}
    shared: set[str] = set()
    for w, n in days.items():
        if len(w) < _MIN_DROPPED:
            continue
        for v in {w[:i] + w[i + 1 :] for i in range(len(w))} - days.keys():
            if out.setdefault(v, n) != n:
                shared.add(v)
    for head, tens in (("kahdeskymmenes", 20), ("kolmaskymmenes", 30)):
        for unit, n in (("yhdes", 1), ("kahdes", 2)):
            if tens + n <= 31:
                out[head + unit] = tens + n
    for v in shared:
        del out[v]
    VARIANTS.update(out)
    return out
