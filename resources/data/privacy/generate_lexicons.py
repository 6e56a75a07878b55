"""Regenerate the name and municipality lexicons of the privacy scrubber.

Run from the repository root with the dev venv (Faker is a dev-only dependency):

    .venv/bin/python resources/data/privacy/generate_lexicons.py [--fi-names DIR]

Inputs:
* DVV name statistics (CC BY 4.0) in ``--fi-names`` (default ../shared/data/fi_names):
  names-men.csv, names-women.csv, surnames.csv (``name,count``).
* Faker (MIT licence) person providers of many locales (first and last names in Latin script;
  Cyrillic lists are transliterated) and the fi_FI municipality list.

Outputs (UTF-8, one entry a line, ``name<TAB>count`` where a count is known):
  fi_first_names.tsv, fi_surnames.tsv, intl_first_names.txt, intl_surnames.txt, municipalities_fi.txt
Hand-written files (districts, Swedish place names, allow-lists, ...) are not touched.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Locales whose Faker person providers carry Latin-script (or transliterable) names of communities
# living in Finland and of common international names.
LOCALES = [
    "fi_FI", "sv_SE", "et_EE", "en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_KE", "en_PK",
    "yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "zu_ZA", "tr_TR", "az_AZ", "vi_VN", "id_ID",
    "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pl_PL", "ro_RO", "lt_LT", "lv_LV", "hu_HU",
    "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "da_DK", "no_NO", "nl_NL", "is_IS", "uz_UZ",
    "ru_RU", "uk_UA", "bg_BG", "zh_CN", "ja_JP", "ne_NP", "th_TH",
]

CYR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ъ": "", "ы": "y", "э": "e",
    "ё": "e", "'": "", "’": "",
}
RU_OVERRIDES = {"г": "g", "и": "i", "х": "kh"}


def translit(name: str, russian: bool) -> str:
    out = []
    for ch in name:
        low = ch.lower()
        table = dict(CYR, **RU_OVERRIDES) if russian else CYR
        t = table.get(low)
        if t is None:
            out.append(ch)
            continue
        out.append(t.capitalize() if ch.isupper() else t)
    return "".join(out)


def is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def fold(name: str) -> str:
    """ASCII-fold diacritics except the Finnish/Swedish letters å ä ö."""
    out = []
    for ch in name:
        if ch.lower() in "åäö":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out).replace("đ", "d").replace("Đ", "D")


def _names(obj) -> list[str]:
    if isinstance(obj, dict):
        return list(obj.keys())
    return list(obj)


def faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for loc in LOCALES:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr in dir(prov):
            if not (attr.startswith("first_") or attr.startswith("last_") or attr == "middle_names"):
                continue
            if "kana" in attr or "pairs" in attr:
                continue
            if loc in ("zh_CN", "ja_JP", "th_TH") and "romanized" not in attr:
                continue
            val = getattr(prov, attr)
            if not isinstance(val, (tuple, list, dict)):
                continue
            target = last if attr.startswith("last_") else first
            for raw in _names(val):
                if not isinstance(raw, str):
                    continue
                name = raw
                if loc in ("ru_RU", "uk_UA", "bg_BG"):
                    name = translit(name, russian=loc != "uk_UA")
                if not is_latin(name):
                    continue
                for variant in {name, fold(name)}:
                    variant = variant.strip()
                    if 2 <= len(variant) <= 30 and " " not in variant:
                        target.add(variant)
    return first, last


def read_counts(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["name"].strip()] = int(row["count"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fi-names", type=Path, default=HERE.parents[3] / "shared" / "data" / "fi_names")
    args = ap.parse_args()

    men = read_counts(args.fi_names / "names-men.csv")
    women = read_counts(args.fi_names / "names-women.csv")
    first = dict(women)
    for k, v in men.items():
        first[k] = first.get(k, 0) + v
    sur = read_counts(args.fi_names / "surnames.csv")

    def write_tsv(name: str, data: dict[str, int]) -> None:
        rows = sorted(data.items(), key=lambda kv: (-kv[1], kv[0]))
        (HERE / name).write_text("".join(f"{k}\t{v}\n" for k, v in rows), encoding="utf-8")

    write_tsv("fi_first_names.tsv", first)
    write_tsv("fi_surnames.tsv", sur)

    ffirst, flast = faker_names()
    ffirst -= set(first)
    flast -= set(sur)
    (HERE / "intl_first_names.txt").write_text("".join(f"{n}\n" for n in sorted(ffirst)), encoding="utf-8")
    (HERE / "intl_surnames.txt").write_text("".join(f"{n}\n" for n in sorted(flast)), encoding="utf-8")

    from faker.providers.address.fi_FI import Provider as FiAddress

    cities = sorted(set(FiAddress.cities))
    (HERE / "municipalities_fi.txt").write_text("".join(f"{c}\n" for c in cities), encoding="utf-8")
    print(f"first {len(first)} sur {len(sur)} intl-first {len(ffirst)} intl-last {len(flast)} towns {len(cities)}")


if __name__ == "__main__":
    main()
