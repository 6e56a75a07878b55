"""A number read out in a dictated note, and the ways a row of them can be read as digit groups.

Shared by ``spoken.py`` (runs, identity codes) and ``spoken_ids.py`` (accounts): a check character
or check digits decide between the readings.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Num:
    """A number token: its digit string as read out (``nolla`` "0", ``kakskytkolme`` "23")."""

    first: int  # token index
    last: int
    value: int
    digits: str
    spoken: bool  # False for digits written as digits


def readings(nums: list[Num], most: int = 16) -> list[list[str]]:
    """The ways a row of numbers may be read as digit groups: each as said, and a spoken ten with the
    unit after it as one number or as two ("kolkyt kuus": "36" or "30" "6"), a thousand and what follows it too
    ("kahdeksantuhatta yksi": "8001" or "8000" "1"); at most ``most`` readings."""
    if len(nums) > 32:  # no identifier has so many groups: one reading, linear work
        return [[n.digits for n in nums]]
    out: list[list[str]] = [[]]
    k = 0
    for k, n in enumerate(nums):
        prev = nums[k - 1] if k else None
        nxt: list[list[str]] = []
        for r in out:
            nxt.append([*r, n.digits])
            if (
                prev is not None and r and r[-1] == prev.digits and prev.spoken and n.spoken
                and prev.value in range(20, 100, 10) and 1 <= n.value <= 9 and len(nxt) < most
            ):
                nxt.append([*r[:-1], str(prev.value + n.value)])
            if n.spoken and n.value >= 1000 and n.value % 1000 and n.last > n.first and len(nxt) < most:
                nxt.append([*r, str(n.value - n.value % 1000), str(n.value % 1000)])  # "8000" "1" said as 8001
        out = nxt
    return out
