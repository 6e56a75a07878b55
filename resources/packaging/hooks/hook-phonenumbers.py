"""phonenumbers: only the per-region metadata the scrubber parses and validates numbers with.

Replaces the contributed hook, which collects every submodule including 40 MB of geocoding,
carrier and time-zone data (excluded in bundle_rules.EXCLUDED_MODULES).
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
