"""Work that several detectors repeat on the same text, done once per scrub call.

``scrubber._scrub`` runs inside :func:`scope`. Within it, :func:`once` computes ``fn(text, *args)`` the
first time and hands the same object back to every later caller (callers only read it: the tokens,
the hurried lines, the places where a date can start). Outside a scope ``once`` simply calls ``fn``.

The memo lives exactly as long as its scope, one scrub call: no note text outlives the call (there is
nothing for ``forget.py`` to empty), and each thread has its own. ``args`` are told apart by identity
(a token list is no dict key) and held by the memo while it lives, so an identity is never reused.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_LOCAL = threading.local()


def _stack() -> list[dict[tuple[object, ...], tuple[tuple[object, ...], Any]]]:
    stack = getattr(_LOCAL, "stack", None)
    if stack is None:
        stack = _LOCAL.stack = []
    return stack


@contextmanager
def scope() -> Iterator[None]:
    """One scrub call: a fresh memo for :func:`once`, dropped when the call ends (nested calls get their own)."""
    stack = _stack()
    stack.append({})
    try:
        yield
    finally:
        stack.pop()


def once(fn: Callable[..., T], text: str, *args: object) -> T:
    """``fn(text, *args)``, computed once per scope for this text and these argument objects."""
    stack = getattr(_LOCAL, "stack", None)  # (no stack yet: no scope open, as an empty one)
    if not stack:
        return fn(text, *args)
    memo = stack[-1]
    key = (fn, text, *map(id, args)) if args else (fn, text)
    hit = memo.get(key)
    if hit is not None and (not args or all(a is b for a, b in zip(hit[0], args, strict=True))):
        return hit[1]
    value = fn(text, *args)
    memo[key] = (args, value)
    return value
