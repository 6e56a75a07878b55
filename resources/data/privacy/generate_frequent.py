"""Regenerate ``frequent_words.txt`` from the wordfreq package (dev-only; not a runtime dependency).

    pip install --target /tmp/wf wordfreq==3.1.1
    PYTHONPATH=/tmp/wf .venv/bin/python resources/data/privacy/generate_frequent.py

Writes the most frequent lower-case alphabetic word forms of Finnish, English and Swedish (surface
forms, so Finnish inflected forms such as "aiheena" and "keinot" are included). Names are frequent
too: the scrubber uses this list only to overrule a *weak* name reading (a rare name, a name only in
the international lists); well-attested Finnish names are unaffected.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

SIZES = {"fi": 40000, "en": 25000, "sv": 20000}
MIN_ZIPF = 3.0


def main() -> None:
    words: set[str] = set()
    for lang, n in SIZES.items():
        for w in top_n_list(lang, n):
            if w.isalpha() and len(w) >= 3 and w == w.lower() and zipf_frequency(w, lang) >= MIN_ZIPF:
                words.add(w)
    out = Path(__file__).with_name("frequent_words.txt")
    header = (
        "# Frequent word forms of Finnish, English and Swedish (zipf >= 3.0), from wordfreq 3.1.1\n"
        "# (https://github.com/rspeer/wordfreq; data CC BY-SA 4.0, Robyn Speer). Regenerate with\n"
        "# generate_frequent.py. Used only to overrule weak name readings.\n"
    )
    out.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
