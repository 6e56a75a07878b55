"""Person names and places from lexicons, inflection and proper-noun evidence."""

from __future__ import annotations

import re

from coachdesk.privacy.cues import (
    CALENDAR,
    CONTRACTION,
    DASH_SIGNOFF_BEFORE,
    DEMONYM,
    EN_OBJECT_VERBS,
    EN_PERSON_PREP,
    EN_PERSON_VERBS,
    EN_SHORT_WORDS,
    EN_SUBJ_VERBS,
    FI_PERSON_VERBS,
    FOUND_NAME_ENDING,
    HELP_VERBS,
    INTERNAL,
    LIST_LINE_BEFORE,
    LOCAL_ENDINGS,
    LOCATIVE,
    LOWER_CTX_AFTER,
    NEAR_JOIN,
    NOT_NAME_AFTER_ROLE,
    OBJECT_ENDINGS,
    PERSON_CTX,
    PLACE_LABEL,
    PLACE_NOUNS,
    PLACE_PREP,
    PROFESSIONS,
    PRONOUNS,
    REAL_NAME_AFTER,
    RELATION_AFTER,
    ROLE_NOUNS,
    ROMAN,
    SAFE_LOWER_ENDINGS,
    SURNAME_SHAPE,
    VERB_ENDINGS,
    WEEKDAY_ABBREVS,
    WEEKDAY_RANGE,
)
from coachdesk.privacy.inflection import analyses
from coachdesk.privacy.lexicon import AMBIG, COMMON, FIRST, INTL, KEEP, MONTH, NAME, PLACE, SUR, Lexicon
from coachdesk.privacy.name_context import NameCtx
from coachdesk.privacy.name_words import (
    TokInfo,
    acronym_compound,
    age_follows,
    best_first,
    collapsed,
    ending_of,
    fi_common_word,
    foreign,
    has_digit,
    heading,
    in_address,
    language_word,
    looks_finnish,
    name_bases,
    non_latin,
    plural_of_common,
    reason_text,
    strip_poss,
)
from coachdesk.privacy.orgs import LEGAL, PROFESSION_SHAPE
from coachdesk.privacy.spans import PRIO_NAME, PRIO_WEAK, Cand
from coachdesk.privacy.tokens import Token
from coachdesk.privacy.tokens import char_after as _next_char


def find_names(
    text: str, toks: list[Token], lex: Lexicon, lang: str, chat: bool
) -> tuple[list[Cand], list[tuple[int, int, str]]]:
    """Person and place candidates, and (start, end, word) of capitalised words nobody could decide."""
    ctx = NameCtx(text, toks, lex, lang, chat)
    n, infos, labels, uncertain = ctx.n, ctx.infos, ctx.labels, ctx.uncertain
    undecided: list[tuple[int, int, str]] = []
    known: set[str] = set()
    # lower-case first names without evidence of their own (second pass); True = also an ordinary word form
    pending: list[tuple[int, bool]] = []
    unknown_found: set[str] = set()  # lower-case words in no list that a person's verb marked as names
    for k, t in enumerate(toks):
        if (
            t.cap
            and infos[k].flags & NAME
            and not infos[k].flags & KEEP
            and (not t.sent_start or (k + 1 < n and ctx.adjacent(k, k + 1) and ctx.name_like(k + 1)))
        ):
            known.update(name_bases(t.lower, infos[k].base, lex))

    for k, t in enumerate(toks):
        if t.colon_suffix or len(t.text) < 2 or acronym_compound(t.text) or t.text in LEGAL:
            continue
        if has_digit(t.text):
            continue  # B214, K-558102: a room or a number, never a name or place
        if CONTRACTION.match(t.text):
            continue  # "next week I'll apply": an English contraction, never a name
        if lang == "en" and t.lower in EN_SHORT_WORDS:
            continue  # "As agreed, …": a two-letter English word, never a name
        if t.lower in WEEKDAY_ABBREVS and WEEKDAY_RANGE.search(text, max(0, t.start - 5), t.end + 5):
            continue  # "Mon–Thu 8.00–14.00", "ma–to": a range of weekdays
        if t.lower in PRONOUNS.get(lang, ()):
            continue  # "Han är 56 år": the Swedish pronoun, not the name Han
        info = infos[k]
        if t.upper:
            # MATTI VIRTANEN: an all-caps Finnish name (acronyms are short or not in the name lists)
            f = info.flags
            base_ok = len(t.text) >= 3 and f & NAME and not f & (INTL | KEEP)
            strong = lex.counts.get(info.base, 0) >= 500 and not f & (COMMON | AMBIG) and not lex.get(t.lower) & COMMON
            pair = any(
                0 <= x < n and toks[x].upper and ctx.adjacent(min(k, x), max(k, x)) and infos[x].flags & NAME
                for x in (k - 1, k + 1)
            )
            if base_ok and (strong or pair):
                labels[k] = "PERSON"
            continue
        f = info.flags
        if f & KEEP:
            if t.cap and not t.sent_start and f & FIRST and k > 0 and ctx.adjacent(k - 1, k) and (
                toks[k - 1].lower in ROLE_NOUNS or toks[k - 1].lower in PROFESSIONS
            ):
                labels[k] = "PERSON"  # "ohjaaja Wilma": a name that is also a product, after a person's role
            elif t.cap and not t.sent_start and f & FIRST and "-" not in t.text and t.lower.endswith(("ille", "ilta", "iltä")):
                labels[k] = "PERSON"  # "ollut Aslakille yhtä hyvä": to a person; the course is "Aslak-kurssille"
            continue
        if not t.cap and non_latin(t.text):
            labels[k] = "PERSON"
            uncertain[k] = True
            continue
        if t.cap:
            literal_common = bool(lex.get(t.lower) & COMMON) or bool(lex.get(strip_poss(t.lower)) & COMMON)
            if f & FIRST and not heading(text, t) and ctx.signature_at(k, literal_common and not f & AMBIG):
                labels[k] = "PERSON"  # "Kiitos avusta! -Toivo", "Kiitos!\nSatu": a signature
                continue
            # a weak name reading: in no Finnish list with >= 500 bearers (rare or international-only name)
            weak_lex = not (f & NAME and not f & INTL and lex.counts.get(info.base, 0) >= 500)
            if heading(text, t) and (weak_lex or f & (AMBIG | COMMON) or literal_common or ending_of(t, info)):
                continue  # "Sali: B12", "Keinot: tauotus", "Snabb fråga:": a heading or list label
            # a frequent word form (Aiheena, Home, Ping) or a common-noun compound at a sentence start
            freq_common = (
                t.sent_start
                and (
                    (
                        weak_lex
                        and not f & (PLACE | INTL)
                        and (
                            strip_poss(t.lower) in lex.frequent
                            or (lang == "fi" and not f & NAME and fi_common_word(t.lower, lex))
                        )
                    )
                    or (not f & PLACE and language_word(t.lower, lang, info.base, lex))  # Emme, Andra
                )
                and not (f & NAME and ctx.person_verb_next(k))  # "Ronaldo valittiin", not "Sali kaksi kertaa"
            )
            if f & INTL and not f & ~INTL & NAME and len(info.base) < 3 and not ctx.person_ctx_word(k):
                continue
            ambig = bool(f & AMBIG) or bool(lex.get(info.base) & AMBIG)
            person_ctx = ctx.prev_word(k) in PERSON_CTX
            lit_flags = lex.get(t.lower)
            # a first name or surname that is not just a frequent word (Onni, Satu, Kurki; not Mies, Asiakas)
            name_word = bool(
                f & NAME
                and (lit_flags & AMBIG or not lit_flags & COMMON)
                and t.lower not in PERSON_CTX
                and t.lower not in ROLE_NOUNS
            )
            neighbour = (k + 1 < n and ctx.adjacent(k, k + 1) and ctx.name_like(k + 1) and not ctx.inflected_first(k + 1)) or (
                k > 0
                and ctx.adjacent(k - 1, k)
                and ctx.name_like(k - 1)
                and not toks[k - 1].sent_start
                and not ending_of(toks[k - 1], infos[k - 1])
            )
            if f & (NAME | PLACE):
                cnt = lex.counts.get(info.base, 0)
                # a rare Finnish surname alone at a sentence start is often an ordinary word
                weak = (bool(f & SUR) and not f & (FIRST | PLACE | INTL) and cnt < 30) or (
                    # "Passissa nimi on …": an inner-locative case (in, from inside) is for places and things;
                    # "Aamut ovat raskaita": a plural
                    lang == "fi" and not f & PLACE and t.lower[info.stem_len :] in INTERNAL
                ) or (
                    lang == "fi" and t.lower[info.stem_len :] == "t"  # "Kotkat ja lokit": no person, no town
                ) or (
                    # "Liitteenä lääkärin B-lausunto": an essive or translative opening a sentence
                    lang == "fi" and t.sent_start and t.lower[info.stem_len :] in ("na", "nä", "ksi") and not f & PLACE
                ) or (
                    bool(f & INTL)
                    and not f & PLACE
                    and t.lower[info.stem_len :] in LOCAL_ENDINGS
                    and not foreign(t.text)
                ) or (
                    bool(f & INTL)
                    and not f & PLACE
                    and lang != "en"
                    and not foreign(t.text)
                    and not (ctx.cap_count.get(t.lower, 0) >= 2 and t.lower not in ctx.lower_seen)
                    and not (ctx.verb_follows(k) and not t.lower.endswith("i") and not literal_common)
                ) or (bool(f & INTL) and not f & PLACE and lang == "en" and not ctx.verb_follows(k)) or (
                    not f & PLACE and ctx.first_person_past(k)
                )
                if (
                    t.sent_start
                    and (literal_common or ambig or weak or freq_common or t.lower in ctx.lower_seen)
                    and not (
                        neighbour
                        or person_ctx
                        or (ambig and not literal_common and f & FIRST and ctx.agent_verb_next(k))  # "Vesa tuli mukaan"
                        or (name_word and ctx.explicit_person_verb(k))  # "Onni kertoi", "Satu soitti"
                        or (f & FIRST and ctx.addressed(k))  # "Will, you had something similar?"
                        or (f & FIRST and ctx.introduced(k))  # "Summer, my client who …", "Jack (Jaakko really)"
                        or (name_word and ctx.human_state_next(k))  # "Onni on työtön", not "Lumi on poissa"
                        or (info.base in known and ctx.own_evidence(k, literal_common or (ambig and lang != "fi")))
                        # "Will's job coach left": a possessive first name before a noun
                        or (f & FIRST and t.lower.endswith(("'s", "’s")) and k + 1 < n and not toks[k + 1].cap)
                    )
                    and not (f & NAME and age_follows(text, t.end))
                ):
                    if (ambig or weak) and f & NAME and not literal_common:
                        undecided.append((t.start, t.end, t.text))
                    continue
                if lang == "en" and f & MONTH and not (
                    neighbour
                    or person_ctx
                    or age_follows(text, t.end)
                    or (info.base in known and ctx.own_evidence(k, True))
                    or ctx.prev_word(k) == "with"  # "my session with June"
                    or ctx.prev_word(k) in EN_OBJECT_VERBS  # "I'll ask May first"; months follow prepositions
                    or ctx.addressed(k)  # "May, could you check?"
                ):
                    continue
                if lang == "en" and t.sent_start and f & INTL and not f & (FIRST | SUR) & ~INTL and literal_common:
                    continue
                if f & PLACE and not (f & NAME):
                    labels[k] = "LOCATION"
                elif f & PLACE:
                    end = t.text[info.stem_len :].lower()
                    loc = end.endswith(LOCATIVE) or ctx.prev_word(k) in PLACE_PREP
                    # Kaarinassa, Kaarinaan, "asuu Kaarinalla", "Turun seudulta": the place reading wins
                    place_first = (bool(end) and t.lower.endswith(INTERNAL)) or ctx.place_ctx(k)
                    labels[k] = (
                        "LOCATION"
                        if not neighbour and (place_first or (loc and not (f & FIRST and not f & SUR)))
                        else "PERSON"
                    )
                elif not neighbour and ctx.place_ctx(k) and not person_ctx and (hit := lex.find(t.text, PLACE)):
                    labels[k] = "LOCATION"  # Turun seudulta: Turku, not the surname Turu
                    infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
                else:
                    labels[k] = "PERSON"
                if f & NAME and literal_common and not t.sent_start and lang == "en" and not (neighbour or person_ctx):
                    uncertain[k] = True
                continue
            # unknown capitalised word
            if PLACE_LABEL.search(text, max(0, t.start - 24), t.start):
                labels[k] = "LOCATION"  # "Paikka: Rukalla", "Ort: Oravais"
                uncertain[k] = True
                continue
            if (
                t.sent_start
                and DASH_SIGNOFF_BEFORE.search(text, max(0, t.start - 6), t.start)
                and _next_char(text, t.end, " \t.!") == ""
                and not LIST_LINE_BEFORE.search(text, 0, t.start)  # the end of a list is no signature
            ):
                labels[k] = "PERSON"  # "…has time.\n– Pat": a dash and a capitalised word end the text
                continue
            if t.sent_start:
                if literal_common or freq_common:
                    continue
                nxt_name = (
                    k + 1 < n
                    and ctx.adjacent(k, k + 1)
                    and not ending_of(t, info)
                    and not PROFESSION_SHAPE.search(t.lower)  # "Puheterapeutti Niina Leinonen"
                    # "Vastaukset Katjalle": before an inflected first name there is no first name
                    and not (infos[k + 1].flags & FIRST and not infos[k + 1].flags & SUR and ending_of(toks[k + 1], infos[k + 1]))
                )
                if (
                    person_ctx
                    or REAL_NAME_AFTER.match(text, t.end)  # "Kake (virallisesti Kari-Pekka …)"
                    or (  # "Segun is 57, a bus driver"; not "Kuntoutuja on 33-vuotias", "Asiakkaallani (61 v)"
                        len(t.text) >= 3
                        and age_follows(text, t.end)
                        and t.lower not in lex.frequent
                        and not (lang == "fi" and t.lower.endswith(("ja", "jä", "ni", "mme", "nsa", "nsä")))
                    )
                    or (
                        nxt_name
                        and toks[k + 1].cap
                        and len(toks[k + 1].text) >= 2
                        and infos[k + 1].flags & SUR
                        and not infos[k + 1].flags & KEEP  # "Reflektio Gibbsin mallilla": a model, no surname
                        and not t.lower.endswith(VERB_ENDINGS)
                    )
                    or (nxt_name and ctx.name_like(k + 1) and not looks_finnish(t.text))
                    or (lang != "en" and (t.lower in ctx.cap_mid or ctx.inflected_cap_mid(t.lower)))
                ):
                    labels[k] = "PERSON"
                elif (
                    lang != "fi"
                    and k + 1 < n
                    and ctx.adjacent(k, k + 1)
                    and toks[k + 1].lower in EN_PERSON_VERBS
                    and len(t.text) >= 3
                ) or (
                    lang == "fi"
                    and k + 1 < n
                    and ctx.adjacent(k, k + 1)
                    and toks[k + 1].lower in FI_PERSON_VERBS
                    and len(t.text) >= 3
                    and t.lower not in PERSON_CTX
                    and not ending_of(t, info)
                ):
                    labels[k] = "PERSON"  # "Tendai said ...": a verb of a person after an unknown word
                    uncertain[k] = True
                elif (
                    lang == "fi"
                    and foreign(t.text)
                    and len(t.text) >= 4
                    and (
                        ctx.cap_count.get(t.lower, 0) >= 2
                        or (not t.lower.endswith("i") and ctx.verb_follows(k))
                        or text.startswith(" (", t.end)
                    )
                ):
                    labels[k] = "PERSON"
                    uncertain[k] = True
                continue
            if literal_common and (lang == "en" or (k + 1 < n and ctx.adjacent(k, k + 1) and ctx.inflected_first(k + 1))):
                continue  # "Työkokeilu Kysyn Stinalta": an ordinary word before an inflected first name
            after_place = k > 0 and labels[k - 1] == "LOCATION" and ctx.adjacent(k - 1, k)
            if (
                lang == "en" and (ctx.prev_word(k) in ("in", "from", "near", "around") or after_place) and len(t.text) >= 2
            ) or (ctx.prev_word(k) in PLACE_NOUNS and not toks[k - 1].cap):  # "from a tiny village, Bergö,"
                labels[k] = "LOCATION"
                uncertain[k] = True
                continue
            after_person = k > 0 and labels[k - 1] == "PERSON" and ctx.adjacent(k - 1, k)
            if lang == "en" and (ctx.prev_word(k) in EN_PERSON_PREP or after_person):
                labels[k] = "PERSON"
                uncertain[k] = not after_person
                continue
            if lang == "en" and not (person_ctx or neighbour or looks_finnish(t.text)):
                undecided.append((t.start, t.end, t.text))
                continue
            end = t.lower
            if person_ctx or neighbour:
                labels[k] = "PERSON"
            elif end.endswith(LOCATIVE) or ctx.prev_word(k) in PLACE_PREP:
                labels[k] = "LOCATION"
            else:
                labels[k] = "PERSON"
            uncertain[k] = not (person_ctx or neighbour)
        else:
            demonym = DEMONYM.match(t.lower)
            if demonym and len(demonym.group(1)) >= 2:
                stem = demonym.group(1)
                hit = lex.find(stem, PLACE) or lex.find(stem + "i", PLACE) or lex.find(stem[:-1] + "i", PLACE)
                if hit and not lex.get(hit[0]) & KEEP:
                    labels[k] = "LOCATION"
                    infos[k] = TokInfo(PLACE, hit[0], len(t.text))
                    continue
            # lower case: chat-style names and places, signatures
            if len(t.text) < 3 or CALENDAR.match(t.lower) or in_address(text, t):
                continue
            if ctx.after_article(k):
                continue  # "sov en björn i trädgården": a noun after an article
            common = bool(f & (COMMON | AMBIG) or lex.get(t.lower) & COMMON)
            signature = ctx.signature_at(k, bool(lex.get(t.lower) & COMMON) and not f & AMBIG)
            role = ctx.role_before(k)
            helper = k > 0 and toks[k - 1].lower in HELP_VERBS and text[toks[k - 1].end : t.start] == " "
            rel_after = (
                t.lower.endswith("n") and k + 1 < n and ctx.adjacent(k, k + 1) and toks[k + 1].lower in RELATION_AFTER
            )
            if not (
                chat or signature or ctx.prev_word(k) in PERSON_CTX or role or helper or rel_after or ctx.strong_lower_cue(k)
            ):
                continue
            parts = t.lower.split("-")
            if len(parts) == 2 and all(len(x) >= 3 and lex.get(x) & FIRST and not lex.get(x) & COMMON for x in parts):
                labels[k] = "PERSON"  # "does ulla-britt still have…": a double first name in lower case
                continue
            first_hit = best_first(t.lower, lex)
            if lang != "fi" and first_hit:
                # English and Swedish: the name as written or with a possessive s, no Finnish endings
                lw = strip_poss(t.lower)
                if lang == "sv" and not lex.get(lw) & FIRST and lw.endswith("s") and lex.get(lw[:-1]) & FIRST:
                    lw = lw[:-1]  # Swedish genitive: annas -> anna
                first_hit = (lw, len(lw)) if lex.get(lw) & FIRST else None
            if first_hit and (role or helper or rel_after) and t.lower not in NOT_NAME_AFTER_ROLE:
                base, sl = first_hit
                bf = lex.get(base)
                fi_count = lex.counts.get(base, 0) if not bf & INTL else 0
                if language_word(t.lower, lang, base, lex):
                    continue  # "asiakas otti asian puheeksi": a verb of this language, not Otti
                # an inflected form: no ordinary word (hiljaa, päivällä), or a plain ending on a well-attested name
                plain = (
                    not common
                    and not bf & (AMBIG | COMMON)
                    and (
                        t.lower not in lex.frequent
                        or (t.lower.startswith(base) and fi_count >= 3000 and not plural_of_common(t.lower, base, lex))
                    )
                )
                verbish = t.lower in LOWER_CTX_AFTER or t.lower in EN_SUBJ_VERBS or t.lower in FI_PERSON_VERBS
                lit = lex.get(t.lower)
                # the name as written: not a frequent word, or a name that is also a word (tytär lumi)
                as_written = not t.lower[sl:] and (not lit & COMMON or bool(lit & AMBIG))
                if (
                    (role and not verbish and (plain or as_written))
                    or (helper and plain and t.lower[sl:] in OBJECT_ENDINGS)
                    or (rel_after and plain and t.lower[sl:] == "n")
                ):
                    labels[k] = "PERSON"
                    infos[k] = TokInfo(bf, base, sl)
                    continue
            place_hit = lex.find(t.text, PLACE) if chat and not common else None
            if place_hit and (
                t.lower[place_hit[1] :] not in SAFE_LOWER_ENDINGS or collapsed(t.lower[: place_hit[1]], place_hit[0])
            ) and not (t.lower[place_hit[1] :] == "n" and ctx.place_ctx(k)):  # "leppävaaran toimistolle"
                place_hit = None
            ev_level = ctx.lower_evidence(k)
            if first_hit and language_word(t.lower, lang, first_hit[0], lex):
                first_hit = None  # "muistutus ei enää toimi": a word of this language, not Toimi
            if first_hit:
                base, sl = first_hit
                bf = lex.get(base)
                fi_count = lex.counts.get(base, 0) if not bf & INTL else 0
                # a plain lexicon hit: a well-attested Finnish first name that is no ordinary word form
                strong = (
                    fi_count >= 300
                    and not bf & AMBIG
                    and not common
                    and len(t.text) >= 4
                    and not t.lower.endswith(("kaan", "kään"))
                    and not plural_of_common(t.lower, base, lex)
                )
                # context evidence: any first name, also international or a name that is a word (kari);
                # a frequent word form needs a well-attested name and a verb ("kari sanoi", not "client said")
                external = t.lower[sl:] in ("lta", "ltä", "lle", "lla", "llä")  # kysyin karilta, soitin karille
                frequent_form = common or t.lower in lex.frequent
                if common:  # an ordinary word: a well-attested name and a verb ("kari sanoi", not "client said")
                    ev = fi_count >= 300 and (ev_level == 3 or (ev_level == 2 and external))
                elif frequent_form:  # a frequent form (dmitri, alex): a person's verb after, kysyin X:ltä,
                    # or a verb of meeting/asking before a well-attested name ("met with alex")
                    ev = ev_level == 3 or (ev_level == 2 and (external or fi_count >= 300))
                else:
                    ev = ev_level >= 1
                if strong or ev or signature:
                    labels[k] = "PERSON"
                    infos[k] = TokInfo(bf, base, sl)
                    continue
                if not frequent_form:
                    pending.append((k, False))
                elif fi_count >= 300:
                    pending.append((k, True))  # "kari ja minna": only a neighbouring name can decide
            elif (
                chat
                and ev_level == 3
                and not common
                and not f & (NAME | PLACE | KEEP)
                and len(t.text) >= 4
                and t.lower not in lex.frequent
                and t.lower not in PERSON_CTX
                and t.lower not in LOWER_CTX_AFTER  # "sorsa lupas selvittää": a verb before a verb
                and not lex.lookup_all(t.text) & (COMMON | KEEP)
                and not fi_common_word(t.lower, lex)
            ):
                labels[k] = "PERSON"  # "chidi said": a word in no list before a person's verb (asked about)
                uncertain[k] = True
                unknown_found.add(t.lower)
                continue
            if place_hit and len(place_hit[0]) >= 4 and not lex.get(place_hit[0]) & AMBIG:
                labels[k] = "LOCATION"
                infos[k] = TokInfo(lex.get(place_hit[0]), place_hit[0], place_hit[1])

    # second pass over lower-case first names: the same name found elsewhere, or next to a found name
    found = {infos[x].base for x in range(n) if labels[x] == "PERSON"}
    for k, ordinary in pending:
        hit = best_first(toks[k].lower, lex)
        if not hit:
            continue
        near = any(
            0 <= x < n and labels[x] == "PERSON" and not toks[x].cap and text[toks[min(x, k)].end : toks[max(x, k)].start].strip() in NEAR_JOIN
            for x in (k - 2, k - 1, k + 1, k + 2)
        )
        if near or (hit[0] in found and not ordinary):  # an ordinary word is never named by propagation
            labels[k] = "PERSON"
            infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
    found = set()
    for x in range(n):
        # not a word of a company name ("Kvarnbackens Snickeri Ab": snickeri is no name elsewhere)
        if labels[x] == "PERSON" and not any(toks[y].text in LEGAL for y in range(x + 1, min(n, x + 4))):
            found.update(name_bases(toks[x].lower, infos[x].base, lex))
    if found:
        heads = {b[:3] for b in found if len(b) >= 3}
        for k, t in enumerate(toks):
            if labels[k] is not None or t.upper or t.colon_suffix or len(t.text) < 3 or t.lower[:3] not in heads:
                continue
            if t.cap:
                # "Onnin tapaamisessa ... Onni on työtön": a sentence-initial copy with evidence of its own
                if (
                    t.sent_start
                    and infos[k].base in found
                    and infos[k].flags & NAME
                    and not infos[k].flags & KEEP
                    and not ctx.word_plural(k)
                ):
                    ambiguous = bool(lex.get(t.lower) & COMMON or infos[k].flags & (AMBIG | COMMON))
                    if ctx.own_evidence(k, ambiguous) or age_follows(text, t.end):
                        labels[k] = "PERSON"
                elif t.sent_start and not infos[k].flags & NAME and (
                    hit := next(((b, sl) for b, sl in analyses(t.lower)[1:] if b in found and lex.get(b) & NAME), None)
                ):
                    # "Raimo Kiven kanssa … Kiven vaimo": a found name whose form is also a frequent word
                    if ctx.own_evidence(k, True):
                        labels[k] = "PERSON"
                        infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
                elif t.sent_start and not infos[k].flags and any(
                    len(b) >= 4 and t.lower.startswith(b) and FOUND_NAME_ENDING.fullmatch(t.lower[len(b) :])
                    for b in found
                ):
                    labels[k] = "PERSON"  # "… Al-Khatib, 31 … Al-Khatibin taustalla": a found name, inflected
                continue
            if CALENDAR.match(t.lower) or in_address(text, t) or t.lower in NOT_NAME_AFTER_ROLE:
                continue
            if lang != "fi" and t.lower not in found and not (t.lower.endswith("s") and t.lower[:-1] in found):
                continue  # "Stig … längs stigen": no Finnish endings on a name in Swedish or English
            if ctx.after_article(k):
                continue  # "Björn … En björn i ide": a noun after an article
            hit = best_first(t.lower, lex)
            if not hit or hit[0] not in found:
                # a surname found elsewhere (Koskinen ... koskiselle)
                hit = next(
                    ((b, sl) for b, sl in analyses(t.lower) if b in found and lex.get(b) & SUR and len(b) >= 4), None
                )
                if not hit:
                    continue
            # a frequent word form of a name that is also a word (Niemi ... niemen puoleisessa) is the word;
            # onnin (not onnen) is only the name's form
            ordinary = bool(lex.get(t.lower) & (COMMON | AMBIG)) or (
                t.lower in lex.frequent
                and (not lex.counts.get(hit[0], 0) >= 300 or bool(lex.get(hit[0]) & AMBIG))
            ) or (
                # "keskellä saloa" after "Salo", "kalassa koskella" after "Koskelta": a form that is also
                # a form of an ordinary word
                (bool(lex.get(hit[0]) & AMBIG) or bool(lex.lookup_all(t.lower) & (COMMON | AMBIG)))
                and t.lower != hit[0]
                and not ctx.name_genitive(k)
            )
            # "Jarmo Koskinen ... jarmolle sopii": the same name in lower case; a form that is also an
            # ordinary word only with a person's verb or a verb of asking before it ("kari sanoi")
            if not ordinary or ctx.lower_evidence(k) >= 2:
                labels[k] = "PERSON"
                infos[k] = TokInfo(lex.get(hit[0]), hit[0], hit[1])
    if unknown_found:
        for k, t in enumerate(toks):
            if labels[k] is None and not t.cap and t.lower in unknown_found:
                labels[k] = "PERSON"
                uncertain[k] = True

    # "tapaaminen jussi pelkosen kanssa", "call w/ frank laaksonen": a lower-case surname after a
    # lower-case first name already found is the rest of the name (a surname that is no ordinary word)
    for k in range(n - 1):
        nx = toks[k + 1]
        if (
            labels[k] is None
            and labels[k + 1] is None
            and not toks[k].cap
            and not nx.cap
            and ctx.adjacent(k, k + 1)
            and len(toks[k].text) >= 3
            and infos[k].flags & FIRST
            and not ending_of(toks[k], infos[k])
            and infos[k + 1].flags & SUR
            and not infos[k + 1].flags & (COMMON | AMBIG | PLACE | KEEP)
            and nx.lower.endswith(("nen", "sen"))
            and not lex.get(nx.lower) & COMMON
            and nx.lower not in lex.lang_words
        ):
            labels[k] = labels[k + 1] = "PERSON"  # "call w/ frank laaksonen": a first name and a -nen surname
            continue
        if (
            labels[k] == "PERSON"
            and not toks[k].cap
            and labels[k + 1] is None
            and not nx.cap
            and ctx.adjacent(k, k + 1)
            and not ending_of(toks[k], infos[k])
            and len(nx.text) >= 4
        ):
            f = infos[k + 1].flags
            if f & SUR and not f & (COMMON | AMBIG | PLACE | KEEP) and nx.lower not in lex.frequent:
                labels[k + 1] = "PERSON"
            elif f & SUR and not f & (COMMON | AMBIG | KEEP) and SURNAME_SHAPE.search(nx.lower):
                labels[k + 1] = "PERSON"  # laaksonen, pelkosen: a -nen surname, whatever the word lists say

    # merge neighbouring tokens of one person (first name + surname, initials)
    cands: list[Cand] = []
    k = 0
    while k < n:
        lab = labels[k]
        if lab is None:
            k += 1
            continue
        j = k
        if lab == "PERSON" or (lab == "LOCATION" and infos[k].flags & NAME):
            while j + 1 < n and ctx.adjacent(j, j + 1) and not toks[j + 1].colon_suffix and not ending_of(toks[j], infos[j]):
                nx = labels[j + 1]
                if ctx.inflected_first(j + 1) and not infos[j].flags & NAME:
                    break  # "Vastaukset Katjalle": the name span starts at the name
                if nx == "PERSON" or (nx == "LOCATION" and infos[j + 1].flags & NAME):
                    j += 1
                    lab = "PERSON"
                else:
                    break
        start, end = toks[k].start, toks[j].end
        # initial after the name: "Iida K."
        if lab == "PERSON" and infos[j].flags & FIRST and not ending_of(toks[j], infos[j]):
            # all-caps surname after a first name: Franz FISCHLER, Yves DE SILGUY
            x = j
            while x + 1 < n and x - j < 2 and toks[x + 1].upper and ctx.adjacent(x, x + 1) and len(toks[x + 1].text) >= 2:
                x += 1
            if x > j and len(toks[x].text) >= 3:
                j = x
                end = toks[j].end
        mr = ROMAN.match(text, end)
        if lab == "PERSON" and mr:
            end = mr.end()
        if lab == "PERSON" and re.match(r" [A-ZÅÄÖ]\.", text[end : end + 3]):
            end += 3  # initial after the name: "Iida K."
        if lab == "PERSON" and infos[k].flags & SUR and re.search(r"(?<![\w])[A-ZÅÄÖ]\. $", text[max(0, start - 4) : start]):
            start -= 3  # initial before a surname: "K. Virtanen" (not "T. Mervi": terveisin)
        if k == j:
            f0 = infos[k].flags
            first, sur = ("", ctx.key_base(k)) if f0 & SUR and not f0 & FIRST else (ctx.key_base(k), "")
        else:
            first, sur = ctx.key_base(k), ctx.key_base(j)
        c = Cand(
            start,
            end,
            lab,
            "person" if lab == "PERSON" else "place",
            reason_text(lab, uncertain[k] and k == j),
            PRIO_WEAK if (uncertain[k] and k == j) else PRIO_NAME,
            ending=ending_of(toks[j], ctx.name_info(j) if lab == "PERSON" else infos[j]) if end == toks[j].end else "",
            key=(first, sur),
            uncertain=uncertain[k] and k == j,
        )
        cands.append(c)
        k = j + 1
    # "Juha ja Vesa Meskanen": two first names sharing one surname form one span
    merged: list[Cand] = []
    for c in cands:
        if merged:
            a = merged[-1]
            if (
                a.label == c.label == "PERSON"
                and a.key[0]
                and not a.key[1]
                and c.key[0]
                and c.key[1]
                and text[a.end : c.start] in (" ja ", " and ", " och ", " & ")
            ):
                merged[-1] = Cand(a.start, c.end, "PERSON", "person", c.reason, c.prio, c.ending, c.key)
                continue
        merged.append(c)
    return merged, undecided
