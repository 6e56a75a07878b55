#!/usr/bin/env python3
"""Convert a held-out round's source (inline [[LABEL:surface]] markup) to JSON Lines and check it.

    python tests/unit/privacy/heldout/make_heldout.py [ROUND]     (1: heldout*, 2–115: heldoutN*, spoken: heldout_spoken*; default 1)

Checks: text[start:end] == surface for every span, no markup left, no overlapping spans,
the round's number of KEEP spans per text, valid checksums for every henkilötunnus / IBAN /
Y-tunnus, no unannotated strings that look like an identity code, e-mail, phone number or IBAN,
ids in sequence (h-, g-, r-, q-, p-, s-, t-, u-, v-, w-, x-, y-, z-, a-, b-, c-, e-, f-, k-, m-, qx-, zz-, hx-, jx-, lx-, nx-, px-, rx-, tx-, vx-, bx-, cx-, dx-, fx-, gx-, jy-, ky-, my-, ny-, py-, ry-, ty-, vy-, by-, cy-, dy-, fy-, gy-, hy-, kz-, lz-, mz-, nz-, pz-, rz-, sz-, tz-, uz-, vz-, wz-, xz-, yz-, az-, bz-, cz-, dz-, ez-, fz-, gz-, hz-, iz-, jz-, oz-, qz-, kq-, mq-, rq-, sq-, tq-, uq-, vq-, wq-, xq-, yq-, zq-, aq-, bq-, cq-, dq-, eq-, fq-, gq-, hq-, iq-, jq-, lq-, nq-, aw-, bw-, cw-, dw-, ew-, fw-, gw-, hw-, iw-, jw-, kw-, lw-, mw-, nw-, pw-, qw-, rw-, sw- or o-001..), known labels/langs/kinds.
"""
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# round -> (source, output, id prefix, KEEP spans per text)
ROUNDS = {
    "1": (HERE / "heldout_source.txt", HERE / "heldout.jsonl", "h", (2, 4)),
    "2": (HERE / "heldout2_source.txt", HERE / "heldout2.jsonl", "g", (1, 3)),
    "3": (HERE / "heldout3_source.txt", HERE / "heldout3.jsonl", "r", (1, 3)),
    "4": (HERE / "heldout4_source.txt", HERE / "heldout4.jsonl", "q", (1, 3)),
    "5": (HERE / "heldout5_source.txt", HERE / "heldout5.jsonl", "p", (1, 3)),
    "6": (HERE / "heldout6_source.txt", HERE / "heldout6.jsonl", "s", (1, 3)),
    "7": (HERE / "heldout7_source.txt", HERE / "heldout7.jsonl", "t", (1, 3)),
    "8": (HERE / "heldout8_source.txt", HERE / "heldout8.jsonl", "u", (1, 3)),
    "9": (HERE / "heldout9_source.txt", HERE / "heldout9.jsonl", "v", (1, 3)),
    "10": (HERE / "heldout10_source.txt", HERE / "heldout10.jsonl", "w", (1, 3)),
    "11": (HERE / "heldout11_source.txt", HERE / "heldout11.jsonl", "x", (1, 3)),
    "12": (HERE / "heldout12_source.txt", HERE / "heldout12.jsonl", "y", (1, 3)),
    "13": (HERE / "heldout13_source.txt", HERE / "heldout13.jsonl", "z", (1, 3)),
    "14": (HERE / "heldout14_source.txt", HERE / "heldout14.jsonl", "a", (1, 3)),
    "15": (HERE / "heldout15_source.txt", HERE / "heldout15.jsonl", "b", (1, 3)),
    "16": (HERE / "heldout16_source.txt", HERE / "heldout16.jsonl", "c", (1, 3)),
    "17": (HERE / "heldout17_source.txt", HERE / "heldout17.jsonl", "e", (1, 3)),
    "18": (HERE / "heldout18_source.txt", HERE / "heldout18.jsonl", "f", (1, 3)),
    "19": (HERE / "heldout19_source.txt", HERE / "heldout19.jsonl", "k", (1, 3)),
    "20": (HERE / "heldout20_source.txt", HERE / "heldout20.jsonl", "m", (1, 3)),
    "21": (HERE / "heldout21_source.txt", HERE / "heldout21.jsonl", "qx", (1, 3)),
    "22": (HERE / "heldout22_source.txt", HERE / "heldout22.jsonl", "zz", (1, 3)),
    "23": (HERE / "heldout23_source.txt", HERE / "heldout23.jsonl", "hx", (1, 3)),
    "24": (HERE / "heldout24_source.txt", HERE / "heldout24.jsonl", "jx", (1, 3)),
    "25": (HERE / "heldout25_source.txt", HERE / "heldout25.jsonl", "lx", (1, 3)),
    "26": (HERE / "heldout26_source.txt", HERE / "heldout26.jsonl", "nx", (1, 3)),
    "27": (HERE / "heldout27_source.txt", HERE / "heldout27.jsonl", "px", (1, 3)),
    "28": (HERE / "heldout28_source.txt", HERE / "heldout28.jsonl", "rx", (1, 3)),
    "29": (HERE / "heldout29_source.txt", HERE / "heldout29.jsonl", "tx", (1, 3)),
    "30": (HERE / "heldout30_source.txt", HERE / "heldout30.jsonl", "vx", (1, 3)),
    "31": (HERE / "heldout31_source.txt", HERE / "heldout31.jsonl", "bx", (1, 3)),
    "32": (HERE / "heldout32_source.txt", HERE / "heldout32.jsonl", "cx", (1, 3)),
    "33": (HERE / "heldout33_source.txt", HERE / "heldout33.jsonl", "dx", (1, 3)),
    "34": (HERE / "heldout34_source.txt", HERE / "heldout34.jsonl", "fx", (1, 3)),
    "35": (HERE / "heldout35_source.txt", HERE / "heldout35.jsonl", "gx", (1, 3)),
    "36": (HERE / "heldout36_source.txt", HERE / "heldout36.jsonl", "jy", (1, 3)),
    "37": (HERE / "heldout37_source.txt", HERE / "heldout37.jsonl", "ky", (1, 3)),
    "38": (HERE / "heldout38_source.txt", HERE / "heldout38.jsonl", "my", (1, 3)),
    "39": (HERE / "heldout39_source.txt", HERE / "heldout39.jsonl", "ny", (1, 3)),
    "40": (HERE / "heldout40_source.txt", HERE / "heldout40.jsonl", "py", (1, 3)),
    "41": (HERE / "heldout41_source.txt", HERE / "heldout41.jsonl", "ry", (1, 3)),
    "42": (HERE / "heldout42_source.txt", HERE / "heldout42.jsonl", "ty", (1, 3)),
    "43": (HERE / "heldout43_source.txt", HERE / "heldout43.jsonl", "vy", (1, 3)),
    "44": (HERE / "heldout44_source.txt", HERE / "heldout44.jsonl", "by", (1, 3)),
    "45": (HERE / "heldout45_source.txt", HERE / "heldout45.jsonl", "cy", (1, 3)),
    "46": (HERE / "heldout46_source.txt", HERE / "heldout46.jsonl", "dy", (1, 3)),
    "47": (HERE / "heldout47_source.txt", HERE / "heldout47.jsonl", "fy", (1, 3)),
    "48": (HERE / "heldout48_source.txt", HERE / "heldout48.jsonl", "gy", (1, 3)),
    "49": (HERE / "heldout49_source.txt", HERE / "heldout49.jsonl", "hy", (1, 3)),
    "50": (HERE / "heldout50_source.txt", HERE / "heldout50.jsonl", "kz", (1, 3)),
    "51": (HERE / "heldout51_source.txt", HERE / "heldout51.jsonl", "lz", (1, 3)),
    "52": (HERE / "heldout52_source.txt", HERE / "heldout52.jsonl", "mz", (1, 3)),
    "53": (HERE / "heldout53_source.txt", HERE / "heldout53.jsonl", "nz", (1, 3)),
    "54": (HERE / "heldout54_source.txt", HERE / "heldout54.jsonl", "pz", (1, 3)),
    "55": (HERE / "heldout55_source.txt", HERE / "heldout55.jsonl", "rz", (1, 3)),
    "56": (HERE / "heldout56_source.txt", HERE / "heldout56.jsonl", "sz", (1, 3)),
    "57": (HERE / "heldout57_source.txt", HERE / "heldout57.jsonl", "tz", (1, 3)),
    "58": (HERE / "heldout58_source.txt", HERE / "heldout58.jsonl", "uz", (1, 3)),
    "59": (HERE / "heldout59_source.txt", HERE / "heldout59.jsonl", "vz", (1, 3)),
    "60": (HERE / "heldout60_source.txt", HERE / "heldout60.jsonl", "wz", (1, 3)),
    "61": (HERE / "heldout61_source.txt", HERE / "heldout61.jsonl", "xz", (1, 3)),
    "62": (HERE / "heldout62_source.txt", HERE / "heldout62.jsonl", "yz", (1, 3)),
    "63": (HERE / "heldout63_source.txt", HERE / "heldout63.jsonl", "az", (1, 3)),
    "64": (HERE / "heldout64_source.txt", HERE / "heldout64.jsonl", "bz", (1, 3)),
    "65": (HERE / "heldout65_source.txt", HERE / "heldout65.jsonl", "cz", (1, 3)),
    "66": (HERE / "heldout66_source.txt", HERE / "heldout66.jsonl", "dz", (1, 3)),
    "67": (HERE / "heldout67_source.txt", HERE / "heldout67.jsonl", "ez", (1, 3)),
    "68": (HERE / "heldout68_source.txt", HERE / "heldout68.jsonl", "fz", (1, 3)),
    "69": (HERE / "heldout69_source.txt", HERE / "heldout69.jsonl", "gz", (1, 3)),
    "70": (HERE / "heldout70_source.txt", HERE / "heldout70.jsonl", "hz", (1, 3)),
    "71": (HERE / "heldout71_source.txt", HERE / "heldout71.jsonl", "iz", (1, 3)),
    "72": (HERE / "heldout72_source.txt", HERE / "heldout72.jsonl", "jz", (1, 3)),
    "73": (HERE / "heldout73_source.txt", HERE / "heldout73.jsonl", "oz", (1, 3)),
    "74": (HERE / "heldout74_source.txt", HERE / "heldout74.jsonl", "qz", (1, 3)),
    "75": (HERE / "heldout75_source.txt", HERE / "heldout75.jsonl", "kq", (1, 3)),
    "76": (HERE / "heldout76_source.txt", HERE / "heldout76.jsonl", "mq", (1, 3)),
    "77": (HERE / "heldout77_source.txt", HERE / "heldout77.jsonl", "rq", (1, 3)),
    "78": (HERE / "heldout78_source.txt", HERE / "heldout78.jsonl", "sq", (1, 3)),
    "79": (HERE / "heldout79_source.txt", HERE / "heldout79.jsonl", "tq", (1, 3)),
    "80": (HERE / "heldout80_source.txt", HERE / "heldout80.jsonl", "uq", (1, 3)),
    "81": (HERE / "heldout81_source.txt", HERE / "heldout81.jsonl", "vq", (1, 3)),
    "82": (HERE / "heldout82_source.txt", HERE / "heldout82.jsonl", "wq", (1, 3)),
    "83": (HERE / "heldout83_source.txt", HERE / "heldout83.jsonl", "xq", (1, 3)),
    "84": (HERE / "heldout84_source.txt", HERE / "heldout84.jsonl", "yq", (1, 3)),
    "85": (HERE / "heldout85_source.txt", HERE / "heldout85.jsonl", "zq", (1, 3)),
    "86": (HERE / "heldout86_source.txt", HERE / "heldout86.jsonl", "aq", (1, 3)),
    "87": (HERE / "heldout87_source.txt", HERE / "heldout87.jsonl", "bq", (1, 3)),
    "88": (HERE / "heldout88_source.txt", HERE / "heldout88.jsonl", "cq", (1, 3)),
    "89": (HERE / "heldout89_source.txt", HERE / "heldout89.jsonl", "dq", (1, 3)),
    "90": (HERE / "heldout90_source.txt", HERE / "heldout90.jsonl", "eq", (1, 3)),
    "91": (HERE / "heldout91_source.txt", HERE / "heldout91.jsonl", "fq", (1, 3)),
    "92": (HERE / "heldout92_source.txt", HERE / "heldout92.jsonl", "gq", (1, 3)),
    "93": (HERE / "heldout93_source.txt", HERE / "heldout93.jsonl", "hq", (1, 3)),
    "94": (HERE / "heldout94_source.txt", HERE / "heldout94.jsonl", "iq", (1, 3)),
    "95": (HERE / "heldout95_source.txt", HERE / "heldout95.jsonl", "jq", (1, 3)),
    "96": (HERE / "heldout96_source.txt", HERE / "heldout96.jsonl", "lq", (1, 3)),
    "97": (HERE / "heldout97_source.txt", HERE / "heldout97.jsonl", "nq", (1, 3)),
    "98": (HERE / "heldout98_source.txt", HERE / "heldout98.jsonl", "aw", (1, 3)),
    "99": (HERE / "heldout99_source.txt", HERE / "heldout99.jsonl", "bw", (1, 3)),
    "100": (HERE / "heldout100_source.txt", HERE / "heldout100.jsonl", "cw", (1, 3)),
    "101": (HERE / "heldout101_source.txt", HERE / "heldout101.jsonl", "dw", (1, 3)),
    "102": (HERE / "heldout102_source.txt", HERE / "heldout102.jsonl", "ew", (1, 3)),
    "103": (HERE / "heldout103_source.txt", HERE / "heldout103.jsonl", "fw", (1, 3)),
    "104": (HERE / "heldout104_source.txt", HERE / "heldout104.jsonl", "gw", (1, 3)),
    "105": (HERE / "heldout105_source.txt", HERE / "heldout105.jsonl", "hw", (1, 3)),
    "106": (HERE / "heldout106_source.txt", HERE / "heldout106.jsonl", "iw", (1, 3)),
    "107": (HERE / "heldout107_source.txt", HERE / "heldout107.jsonl", "jw", (1, 3)),
    "108": (HERE / "heldout108_source.txt", HERE / "heldout108.jsonl", "kw", (1, 3)),
    "109": (HERE / "heldout109_source.txt", HERE / "heldout109.jsonl", "lw", (1, 3)),
    "110": (HERE / "heldout110_source.txt", HERE / "heldout110.jsonl", "mw", (1, 3)),
    "111": (HERE / "heldout111_source.txt", HERE / "heldout111.jsonl", "nw", (1, 3)),
    "112": (HERE / "heldout112_source.txt", HERE / "heldout112.jsonl", "pw", (1, 3)),
    "113": (HERE / "heldout113_source.txt", HERE / "heldout113.jsonl", "qw", (1, 3)),
    "114": (HERE / "heldout114_source.txt", HERE / "heldout114.jsonl", "rw", (1, 3)),
    "115": (HERE / "heldout115_source.txt", HERE / "heldout115.jsonl", "sw", (1, 3)),
    "spoken": (HERE / "heldout_spoken_source.txt", HERE / "heldout_spoken.jsonl", "o", (1, 3)),
}
SRC, OUT, PREFIX, KEEP_RANGE = ROUNDS[sys.argv[1] if len(sys.argv) > 1 else "1"]
PII = {"PERSON", "LOCATION", "ADDRESS", "ORG", "CONTACT", "ID", "DATE", "AGE"}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_RE = re.compile(r"^(\d{6})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])$")
errors = []


def err(msg):
    errors.append(msg)


def hetu_ok(s):
    m = HETU_RE.match(s)
    return bool(m) and HETU_CHARS[int(m.group(1) + m.group(3)) % 31] == m.group(4)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"FI\d{16}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ytunnus_ok(s):
    m = re.fullmatch(r"(\d{7})-(\d)", s)
    if not m:
        return False
    r = sum(int(a) * b for a, b in zip(m.group(1), [7, 9, 10, 5, 8, 4, 2], strict=False)) % 11
    return r != 1 and int(m.group(2)) == (0 if r == 0 else 11 - r)


def parse():
    recs, head = [], None
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@@"):
            if head:
                err(f"line {n}: header without text for {head}")
            rid, lang, kind = [x.strip() for x in line[2:].split("|")]
            head = (rid, lang, kind)
            continue
        if not head:
            err(f"line {n}: text without header")
            continue
        recs.append(build(*head, line.replace("\\n", "\n")))
        head = None
    return recs


def build(rid, lang, kind, src):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(src):
        text += src[pos:m.start()]
        label, surface = m.group(1), m.group(2)
        spans.append({"start": len(text), "end": len(text) + len(surface), "label": label, "text": surface})
        text += surface
        pos = m.end()
    text += src[pos:]
    if "[[" in text or "]]" in text:
        err(f"{rid}: markup left over")
    for sp in spans:
        if text[sp["start"]:sp["end"]] != sp["text"]:
            err(f"{rid}: offset mismatch {sp}")
        if sp["label"] not in PII | {"KEEP"}:
            err(f"{rid}: unknown label {sp['label']}")
        if sp["text"] != sp["text"].strip() or not sp["text"]:
            err(f"{rid}: span with outer whitespace {sp['text']!r}")
    return {"id": rid, "lang": lang, "kind": kind, "text": text,
            "pii": [s for s in spans if s["label"] != "KEEP"],
            "keep": [s for s in spans if s["label"] == "KEEP"]}


SUSPICIOUS = [
    ("hetu", re.compile(r"\b\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]\b")),
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("iban", re.compile(r"\bFI\d{2}(?: ?\d){14}\b")),
    ("ytunnus", re.compile(r"\b\d{7}-\d\b")),
    ("phone", re.compile(r"(?<![\w.])(?:\+\d{2,3}[ ]?|0)\d{1,3}[ -]?\d{2,4}[ -]?\d{2,4}(?:[ -]?\d{2,4})?(?![\w.])")),
    ("url", re.compile(r"https?://\S+|www\.\S+")),
    ("handle", re.compile(r"(?<!\w)@\w[\w.]*")),
]


def check(recs):
    for i, r in enumerate(recs, 1):
        rid, text = r["id"], r["text"]
        if rid != f"{PREFIX}-{i:03d}":
            err(f"id out of sequence: {rid}")
        if r["lang"] not in ("fi", "en", "sv") or r["kind"] not in ("note", "reflection", "request"):
            err(f"{rid}: bad lang/kind")
        if not KEEP_RANGE[0] <= len(r["keep"]) <= KEEP_RANGE[1]:
            err(f"{rid}: {len(r['keep'])} KEEP spans")
        allsp = sorted(r["pii"] + r["keep"], key=lambda s: s["start"])
        for a, b in itertools.pairwise(allsp):
            if b["start"] < a["end"]:
                err(f"{rid}: overlap {a['text']!r} / {b['text']!r}")
        covered = [False] * len(text)
        for s in r["pii"]:
            for k in range(s["start"], s["end"]):
                covered[k] = True
            t = s["text"]
            if s["label"] == "ID":
                if re.fullmatch(r"\d{6}[-+A-FU-Y]\d{3}\w", t) and not hetu_ok(t):
                    err(f"{rid}: bad HETU {t}")
                if t.replace(" ", "").startswith("FI") and not iban_ok(t):
                    err(f"{rid}: bad IBAN {t}")
                if re.fullmatch(r"\d{7}-\d", t) and not ytunnus_ok(t):
                    err(f"{rid}: bad Y-tunnus {t}")
        for name, rx in SUSPICIOUS:
            for m in rx.finditer(text):
                if not all(covered[k] for k in range(m.start(), m.end()) if text[k].isalnum()):
                    err(f"{rid}: unannotated {name}-like string {m.group()!r}")


def main():
    recs = parse()
    check(recs)
    if errors:
        print("\n".join(errors))
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lab = Counter((s["label"], r["lang"]) for r in recs for s in r["pii"] + r["keep"])
    print(f"wrote {len(recs)} texts to {OUT}")
    print("langs", Counter(r["lang"] for r in recs), "kinds", Counter((r["lang"], r["kind"]) for r in recs))
    print(f"{'label':10} {'fi':>4} {'en':>4} {'sv':>4} {'all':>5}")
    for L in [*sorted(PII), "KEEP"]:
        v = [lab[(L, g)] for g in ("fi", "en", "sv")]
        print(f"{L:10} {v[0]:4d} {v[1]:4d} {v[2]:4d} {sum(v):5d}")
    print("no-PII texts:", [r["id"] for r in recs if not r["pii"]])
    print("PII per text:", min(len(r["pii"]) for r in recs), "-", max(len(r["pii"]) for r in recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
