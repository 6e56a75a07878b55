"""Packaging tests: the bundle rules module (resources/packaging/bundle_rules.py) as an importable module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "resources" / "packaging"


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules():
    return _load("bundle_rules")


@pytest.fixture(scope="session")
def smoke():
    _load("bundle_rules")
    return _load("smoke_bundle")
