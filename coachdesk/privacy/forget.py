"""Forget the words of earlier texts: empty the scrubber's word caches (called when the vault locks).

For speed the scrubber remembers per word form what it has worked out: lexicon lookups, inflection
analyses, organisation head words, the name model's features and weight sums. Those caches are keyed
by words of the notes it scrubbed, so they hold fragments of note text in memory after a call
returns. Every such cache registers itself here where it is defined (:func:`word_cache` on an
``lru_cache`` function, :func:`register` for any other store); :func:`forget_words` empties every
registered one, and the next scrub simply recomputes. A module registers when it is imported, so
nothing is loaded to be emptied and forgetting is cheap at any time. This module imports nothing of
the scrubber (every privacy module may import it).

Python's own cache of compiled regexes is one of them: the scrubber builds patterns from a note's chat
speakers, the case's terms and colleague names (``chat.py``, ``terms.py``, ``hurried.py``), and ``re``
keeps each pattern text until 512 others push it out (512 besides the prebuilt programs, ``prebuilt.py``).
:func:`forget_words` empties it too (``re.purge``; the modules' own compiled patterns are held by the
modules and stay).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar


class _LruCached(Protocol):
    """What ``functools.lru_cache`` gives a function: its size and a way to empty it."""

    def cache_info(self) -> object: ...  # a CacheInfo named tuple (currsize)

    def cache_clear(self) -> None: ...


F = TypeVar("F", bound=_LruCached)

_LOCK = threading.Lock()
_CLEARERS: dict[str, Callable[[], int]] = {}  # "module.name" -> empties the cache, returns entries dropped


def register(name: str, clear: Callable[[], int]) -> None:
    """Register a cache of word forms under ``name`` (``module.attribute``): ``clear()`` empties it and returns
    how many entries it dropped. Registering a name again replaces the earlier one (a reloaded module)."""
    with _LOCK:
        _CLEARERS[name] = clear


def word_cache(fn: F) -> F:
    """Decorator over ``@lru_cache``: the function's cache holds word forms, so :func:`forget_words` empties it."""

    def clear() -> int:
        dropped = int(getattr(fn.cache_info(), "currsize", 0))
        fn.cache_clear()
        return dropped

    register(f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', '?')}", clear)
    return fn


def registered() -> frozenset[str]:
    """The names of the registered word caches (for tests: every cache that holds word forms is here)."""
    with _LOCK:
        return frozenset(_CLEARERS)


def _forget_patterns() -> int:
    """Empty ``re``'s cache of compiled patterns (some are built from words of a note); the number dropped."""
    dropped = sum(len(c) for c in (getattr(re, "_cache", None), getattr(re, "_cache2", None)) if isinstance(c, dict))
    re.purge()
    return dropped


register("re._cache", _forget_patterns)


def forget_words() -> int:
    """Empty every registered word cache of the scrubber; the number of entries dropped (for tests and logs)."""
    with _LOCK:
        clearers = list(_CLEARERS.values())
    return sum(clear() for clear in clearers)
