"""Regenerate ``frequent_words.txt`` and ``language_words.tsv`` from the wordfreq package (dev-only;
not a runtime dependency).

    pip install --target /tmp/wf wordfreq==3.1.1
    PYTHONPATH=/tmp/wf .venv/bin/python resources/data/privacy/generate_frequent.py

Writes the most frequent lower-case alphabetic word forms of Finnish, English and Swedish (surface
forms, so Finnish inflected forms such as "aiheena" and "keinot" are included). Names are frequent
too: the scrubber uses this list only to overrule a *weak* name reading (a rare name, a name only in
the international lists); well-attested Finnish names are unaffected.

``language_words.tsv`` lists word forms that are very frequent in one of the three languages and
much rarer in the other two (zipf >= 4.5 there, at least 1.5 above the others): "otti", "toi" (fi),
"said" (en). Names are about as frequent in every language, so a form specific to the text's
language is an ordinary word there unless it is a well-attested Finnish name (matti, pekka).
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

SIZES = {"fi": 40000, "en": 25000, "sv": 20000}
MIN_ZIPF = 3.0
LANG_WORD_ZIPF = 4.5  # very frequent in its language ...
LANG_WORD_MARGIN = 1.5  # ... and this much more frequent than in either other language


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
    write_language_words()


def write_language_words() -> None:
    langs = tuple(SIZES)
    rows: dict[str, str] = {}
    for lang in langs:
        for w in top_n_list(lang, 8000):
            if not (w.isalpha() and len(w) >= 3 and w == w.lower()):
                continue
            here = zipf_frequency(w, lang)
            others = max(zipf_frequency(w, o) for o in langs if o != lang)
            if here >= LANG_WORD_ZIPF and here - others >= LANG_WORD_MARGIN:
                rows[w] = lang
    header = (
        "# Word forms specific to one language: zipf >= 4.5 there and 1.5 above fi/en/sv otherwise, from\n"
        "# wordfreq 3.1.1 (data CC BY-SA 4.0, Robyn Speer). Regenerate with generate_frequent.py.\n"
    )
    out = Path(__file__).with_name("language_words.tsv")
    out.write_text(header + "".join(f"{w}\t{rows[w]}\n" for w in sorted(rows)), encoding="utf-8")


if __name__ == "__main__":
    main()
