"""Find the scrubber's caches that hold word forms, without naming them: every ``lru_cache`` function and
every dict, set or list reachable from the globals of ``coachdesk.privacy.*`` (through dicts, lists and the
project's own objects), and ``re``'s cache of compiled patterns, searched for a given word. Used by the forget
tests (unit and GUI lock)."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator

import coachdesk.privacy

_SCALARS = (str, bytes, int, float, bool, type(None))


def import_all() -> list[str]:
    """Import every privacy module (the caches exist once their module is imported); their names."""
    names = [f"coachdesk.privacy.{m.name}" for m in pkgutil.iter_modules(coachdesk.privacy.__path__)]
    for name in names:
        importlib.import_module(name)
    return names


def lru_functions() -> dict[str, object]:
    """Every ``functools.lru_cache`` function defined in a privacy module, by ``module.qualname``."""
    out: dict[str, object] = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("coachdesk.privacy"):
            continue
        for value in vars(mod).values():
            if (callable(value) and not isinstance(value, type) and hasattr(value, "cache_info")
                    and getattr(value, "__module__", "") == name):
                out[f"{name}.{value.__qualname__}"] = value
    return out


def _holds(item: object, word: str) -> bool:
    if isinstance(item, str):
        return word in item.lower()
    if isinstance(item, tuple):
        return any(_holds(x, word) for x in item)
    return False


def _children(obj: object) -> Iterator[tuple[str, object]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if not isinstance(v, _SCALARS):
                yield f"[{k!r}]", v
    elif isinstance(obj, list | tuple):
        for i, v in enumerate(obj):
            if not isinstance(v, _SCALARS):
                yield f"[{i}]", v
    elif type(obj).__module__.startswith("coachdesk."):
        if dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                yield f".{f.name}", getattr(obj, f.name)
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            for k, v in vars(obj).items():
                yield f".{k}", v


def holding(word: str) -> list[str]:
    """Where ``word`` (lower case, a part of it is enough) is held in memory by the privacy package: paths of
    dicts whose keys, and sets or lists whose members, contain it, every non-empty ``lru_cache`` (functools
    does not show its keys, so any entry counts), and ``re``'s cache when a compiled pattern's text holds it."""
    found = [f"{name}()" for name, fn in lru_functions().items() if fn.cache_info().currsize]
    for name in ("_cache", "_cache2"):  # re's compiled patterns, keyed (type, pattern text, flags)
        cache = getattr(re, name, None)
        if isinstance(cache, dict) and any(_holds(key, word) for key in cache):
            found.append(f"re.{name}")
    seen: set[int] = set()
    stack: list[tuple[str, object]] = []
    for name, mod in list(sys.modules.items()):
        if name.startswith("coachdesk.privacy"):
            stack.extend((f"{name}.{k}", v) for k, v in vars(mod).items()
                         if not isinstance(v, _SCALARS) and not callable(v) and not k.startswith("__"))
    while stack:
        path, obj = stack.pop()
        if id(obj) in seen or isinstance(obj, _SCALARS) or type(obj).__name__ == "module":
            continue
        seen.add(id(obj))
        if isinstance(obj, dict | set | frozenset | list) and any(_holds(k, word) for k in obj):
            found.append(path)
        stack.extend((path + step, child) for step, child in _children(obj))
    return sorted(found)
