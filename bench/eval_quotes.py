"""Accuracy of ``extract_quotes`` against hand-annotated gold: PolNeAR and BBC (English), detik (Indonesian).

    MEDIA_SHARED_CORPORA=/path/to/shared/corpora python bench/eval_quotes.py [--polnear all|dev|dev2|test|heldout]
        [--detik GOLD.tsv ...] [--bbc GOLD.tsv ...] [--texts GOLD.tsv ...] [--ntrex GOLD.tsv ...] [--only polnear|detik|bbc|texts|ntrex] [--errors N] [--tally] [--boundaries N]

``--boundaries N`` groups the PolNeAR content-boundary misses (a prediction overlaps a missed speech attribution by
less than half) by where the spans diverge (start or end, too long or too short, the punctuation and word at the
gold boundary or at ours) and prints the top N groups with their number of distinct files, and with ``--errors`` two
examples of each (development slices only).

Matching (the same for both corpora):
- a predicted quote matches a gold quote when their word tokens overlap by at least half of the
  longer of the two (``|G∩P| / max(|G|, |P|) >= 0.5``); matching is one-to-one, best overlap first.
- precision = matched predictions / predictions, recall = matched gold / gold, F1 their harmonic mean;
  per kind, recall is split by the gold kind and precision by the predicted kind.
- speaker match = matched pairs whose speaker agrees / matched pairs (the Gender Gap Tracker's
  measure); speaker F1 counts a prediction as correct only when quote and speaker both match.
  Speakers agree when they share a word other than function words and titles (case- and
  diacritic-folded): PolNeAR's ``Source`` span as written against our ``speaker`` (as written) or
  ``speaker_name``; the detik gold's resolved name against our ``speaker_name``. A gold attribution
  without a source agrees only with a prediction without a speaker. A possessive ``'s`` is dropped
  (``Trump's`` is Trump); a source of titles only (``the senator``) agrees title for title.
  PolNeAR's ``Content2`` (the second part of a quote split by its cue) is part of the content.

Gold kinds: ``direct`` when the content opens and closes with a quotation mark, ``mixed`` when it
holds one, ``indirect`` otherwise (PolNeAR); as annotated (detik, BBC).

BBC (``bench/gold/bbc_quotes_test.tsv``): 30 articles of ../shared/corpora/bbc (6 per category) annotated by
reading before the rules ever ran on them, with the detik gold's conventions plus ``mixed`` (see its header);
scored like the detik gold (resolved speaker name against our ``speaker_name``). ``bench/gold/bbc_quotes_test2.tsv``:
30 further articles, the check set nobody reads while rules are written (a quote split by its cue is one span there);
``bench/gold/bbc_quotes_test3.tsv``: 30 more articles with test 2's conventions, a third unseen check set;
``bench/gold/bbc_quotes_test4.tsv``: 30 more (session 13), the same rule and conventions, a fourth unseen check set;
each file prints its own table.

Texts in the repository (``--texts``, default ``bench/gold/*_styles.tsv``): our own news-style texts in
``bench/gold/<stem>/<article>.txt`` with gold in the BBC gold's columns (``# language:`` header), scored the same way.

NTREX (``--ntrex``, default the development files ``bench/gold/ntrex_{en,id}{1,2}.tsv``, documents 1-46): real
news of 2018 from many English outlets and its professional Indonesian translation (../shared/corpora/ntrex-dev/
{en,id}, one sentence per line), annotated by reading in session 11 before the system ever ran on it; the body is
the file without its headline line (``ntrex_body``), the gold in the BBC gold's columns with a ``# language:``
header. Documents 47-62 (``ntrex_{en,id}3.tsv``) are kept unseen: they are scored only when named
(``--ntrex bench/gold/ntrex_en3.tsv bench/gold/ntrex_id3.tsv``), at a session's first run and at its end, and their
errors are never printed.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution (speech, but also
beliefs, knowledge, polls, "X was first reported by Y"); we report on all of them and on the
speech subset (gold attributions whose cue contains a verb of saying from the fixed list
``_SPEECH_CUES`` below, written from PARC/GGT cue lists independently of our lexicons, plus every
direct quote). Articles annotated by several annotators are scored once, with the first annotator
(sorted file name). ``--polnear dev`` is every 8th file (the files rules were developed on),
``test`` the other 7/8; ``dev2`` the files after them (k % 8 == 1, a second development slice) and
``heldout`` the remaining 6/8, whose errors were never read until session 5; then ``dev3``
(k % 8 == 2) became a third development slice and ``heldout2`` (the remaining 5/8, 525 files) the
generalisation check whose errors are never read. In session 7 ``dev4`` (k % 8 == 3) was opened as a
fourth development slice (``devs4`` = all four); ``heldout3`` (k % 8 in 4..7, 420 files) stayed
unseen until then. In session 8 ``dev5`` (k % 8 == 4) was opened as a fifth development slice
(``devs5`` = all five); ``heldout4`` (k % 8 in 5..7, 315 files) is what stays unseen, and
``heldout3`` (which now includes dev5) is kept only for comparison with earlier figures.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import ntrex_body, ntrex_title  # noqa: E402
from helpers.config import SHARED_CORPORA  # noqa: E402
from helpers.quotes import extract_quotes  # noqa: E402
from helpers.text import TOKEN_RE, fold  # noqa: E402

POLNEAR = SHARED_CORPORA / "polnear-train"
DETIK = SHARED_CORPORA / "detik-dev.csv"
DETIK_GOLD = ROOT / "bench" / "gold" / "detik_quotes.tsv"
DETIK_HELDOUT = ROOT / "bench" / "gold" / "detik_quotes_heldout.tsv"
DETIK_TEST = ROOT / "bench" / "gold" / "detik_quotes_test.tsv"
DETIK_TEST2 = ROOT / "bench" / "gold" / "detik_quotes_test2.tsv"
DETIK_TEST3 = ROOT / "bench" / "gold" / "detik_quotes_test3.tsv"
DETIK_TEST4 = ROOT / "bench" / "gold" / "detik_quotes_test4.tsv"
DETIK_TEST5 = ROOT / "bench" / "gold" / "detik_quotes_test5.tsv"
DETIK_TEST6 = ROOT / "bench" / "gold" / "detik_quotes_test6.tsv"
DETIK_TEST7 = ROOT / "bench" / "gold" / "detik_quotes_test7.tsv"
DETIK_TEST8 = ROOT / "bench" / "gold" / "detik_quotes_test8.tsv"
DETIK_TEST9 = ROOT / "bench" / "gold" / "detik_quotes_test9.tsv"
BBC = SHARED_CORPORA / "bbc"
BBC_GOLD = ROOT / "bench" / "gold" / "bbc_quotes_test.tsv"
BBC_GOLD2 = ROOT / "bench" / "gold" / "bbc_quotes_test2.tsv"
BBC_GOLD3 = ROOT / "bench" / "gold" / "bbc_quotes_test3.tsv"
BBC_GOLD4 = ROOT / "bench" / "gold" / "bbc_quotes_test4.tsv"
STYLES_GOLD = sorted((ROOT / "bench" / "gold").glob("*_styles.tsv"))
NTREX = SHARED_CORPORA / "ntrex-dev"
NTREX_GOLD = sorted((ROOT / "bench" / "gold").glob("ntrex_*.tsv"))
NTREX_UNSEEN = [p for p in NTREX_GOLD if p.stem.endswith("3")]  # documents 47-62: never read, never --errors
NTREX_DEV = [p for p in NTREX_GOLD if p not in NTREX_UNSEEN]

_QUOTE_OPEN = "\"“„«‘'"
_QUOTE_CLOSE = "\"”»’'“"
_FUNCTION = {
    "the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "s", "mr", "mrs", "ms", "dr", "prof", "sen", "rep",
    "gov", "president", "senator", "presiden", "menteri", "ketua", "kepala", "bapak", "ibu", "pak", "bu", "sang", "para",
    "di", "dari", "dan", "yang", "itu", "tersebut",
}
_ARTICLES = {w for w in _FUNCTION if w in {"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "s", "di",
                                             "dari", "dan", "yang", "itu", "tersebut"}}
_SPEECH_CUES = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding", "according",
    "state", "states", "stated", "claim", "claims", "claimed", "warn", "warns", "warned", "argue", "argues", "argued",
    "insist", "insists", "insisted", "explain", "explains", "explained", "note", "notes", "noted", "noting", "write",
    "writes", "wrote", "tweet", "tweets", "tweeted", "ask", "asks", "asked", "reply", "replied", "respond", "responded",
    "announce", "announced", "declare", "declared", "suggest", "suggested", "stress", "stressed", "contend",
    "contended", "predict", "predicted", "promise", "promised", "vow", "vowed", "confirm", "confirmed", "deny",
    "denied", "admit", "admitted", "acknowledge", "acknowledged", "recall", "recalled", "report", "reported", "urge",
    "urged", "conclude", "concluded", "concede", "conceded", "complain", "complained", "counter", "countered",
}


# PolNeAR file subsets by position in the sorted file list (k % 8): ``dev`` (rules developed on since
# the start), ``dev2`` (a second development slice, opened in session 3), ``test`` (everything but
# ``dev``), ``heldout`` (everything but ``dev`` and ``dev2``: errors never read).
_POLNEAR_SUBSETS = {
    "all": set(range(8)),
    "dev": {0},
    "dev2": {1},
    "test": set(range(1, 8)),
    "heldout": set(range(2, 8)),
    "dev3": {2},
    "heldout2": set(range(3, 8)),
    "devs": {0, 1, 2},
    "dev4": {3},
    "heldout3": set(range(4, 8)),
    "devs4": {0, 1, 2, 3},
    "dev5": {4},
    "heldout4": set(range(5, 8)),
    "devs5": {0, 1, 2, 3, 4},
}


def _tokens_in(text: str, spans: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        for m in TOKEN_RE.finditer(text, s, e):
            out.add(m.start())
    return out


_POSSESSIVE_RE = re.compile(r"['’]s$")


def _words(text: str, *, titles: bool = False) -> set[str]:
    """Folded words of a speaker, possessive 's dropped (`Trump's` is `trump`); without function words and,
    unless ``titles``, without titles."""
    drop = _ARTICLES if titles else _FUNCTION
    words = (_POSSESSIVE_RE.sub("", fold(t)) for t in TOKEN_RE.findall(str(text or "")))
    return {w for w in words if w and w not in drop}


def _speaker_ok(gold: str, pred_written: str, pred_name: str, *, written: bool) -> bool:
    if not str(gold or "").strip():  # an attribution without a source: right only when we name none either
        return not (str(pred_written or "").strip() or str(pred_name or "").strip())
    g = _words(gold)
    titles = not g  # a source of titles only (`the senator`, `the President`) is compared title for title
    if titles:
        g = _words(gold, titles=True)
        if not g:
            return False
    p = _words(pred_name, titles=titles)
    if written:
        p |= _words(pred_written, titles=titles)
    return bool(g & p)


# ---- PolNeAR --------------------------------------------------------------------------------------
def _parse_ann(path: Path) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            label, _, offs = parts[1].partition(" ")
            segs = [tuple(map(int, seg.split())) for seg in offs.split(";")]
            spans[parts[0]] = (label, segs, parts[2])
        elif parts[0].startswith("E"):
            args = dict(a.split(":", 1) for a in parts[1].split())
            events.append(args)
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None:
            continue
        # A content interrupted by its cue and a second sentence ('"A," X said. "B."') is annotated as Content
        # plus Content2 (64 events): both parts are the content, scored as the union of their segments.
        segs = list(content[1])
        extra = spans.get(ev.get("Content2", ""))
        if extra is not None:
            segs += [seg for seg in extra[1] if seg not in segs]
        source = spans.get(ev.get("Source", ""))
        cue = spans.get(ev.get("Cue", ""))
        out.append({"content": sorted(segs), "source": source[2] if source else "", "cue": cue[2] if cue else ""})
    return out


def _gold_kind(text: str, spans: list[tuple[int, int]]) -> str:
    content = " ".join(text[s:e] for s, e in spans).strip().replace("''", '"').replace("``", '"')
    marks = [c for c in content if c in "\"“”«»„"]
    if not marks:
        return "indirect"
    if content[:1] in _QUOTE_OPEN and content.rstrip(".,;:!? ")[-1:] in _QUOTE_CLOSE:
        return "direct"
    return "mixed"


def load_polnear(subset: str = "all") -> tuple[pd.DataFrame, list[dict]]:
    if not POLNEAR.is_dir():
        sys.exit(f"PolNeAR not found at {POLNEAR} (set MEDIA_SHARED_CORPORA)")
    anns: dict[str, Path] = {}
    for ann in sorted((POLNEAR / "attributions").glob("*.ann")):
        base = re.sub(r"_[0-9a-f]{4}\.ann$", "", ann.name)
        anns.setdefault(base, ann)
    texts = sorted((POLNEAR / "text").glob("*.txt"))
    rows, gold = [], []
    for k, path in enumerate(texts):
        if k % 8 not in _POLNEAR_SUBSETS[subset]:
            continue
        ann = anns.get(path.stem)
        if ann is None:
            continue
        text = path.read_bytes().decode("utf-8")
        rows.append({"article_id": path.stem, "body": text, "language": "en"})
        for g in _parse_ann(ann):
            for s, e in g["content"]:
                assert 0 <= s <= e <= len(text), (path, s, e)
            g["article_id"] = path.stem
            g["kind"] = _gold_kind(text, g["content"])
            g["speech"] = g["kind"] != "indirect" or bool(_words(g["cue"]) & _SPEECH_CUES)
            gold.append(g)
    return pd.DataFrame(rows), gold


# ---- detik gold ---------------------------------------------------------------------------------
def load_detik(gold_path: Path = DETIK_GOLD) -> tuple[pd.DataFrame, list[dict]]:
    if not DETIK.is_file():
        sys.exit(f"detik-dev.csv not found at {DETIK} (set MEDIA_SHARED_CORPORA)")
    table = pd.read_csv(DETIK, dtype=str, keep_default_na=False)
    by_id = dict(zip(table["id"], table["isi_berita"], strict=True))
    titles = dict(zip(table["id"], table["judul"], strict=True))
    gold = []
    listed: set[str] = set()  # "# articles: 1 2 3" names annotated articles that may hold no quote
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# articles:"):
            listed.update(re.findall(r"\d+", line.split(":", 1)[1].split("(")[0]))
    with gold_path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            gold.append({
                "article_id": rec["row_id"],
                "content": [(int(rec["start"]), int(rec["end"]))],
                "source": rec["speaker"],
                "cue": rec["cue"],
                "kind": rec["kind"],
                "speech": True,
            })
    ids = sorted({g["article_id"] for g in gold} | listed, key=int)
    rows = [{"article_id": i, "title": titles[i], "body": by_id[i], "language": "id"} for i in ids]
    return pd.DataFrame(rows), gold


# ---- BBC gold -----------------------------------------------------------------------------------
def _bbc_text(article: str) -> str:
    """``../shared/corpora/bbc/<article>.txt`` decoded (UTF-8, Latin-1 if that fails) and stripped."""
    raw = (BBC / f"{article}.txt").read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.strip()


def bbc_body(article: str) -> str:
    """The body of ``../shared/corpora/bbc/<article>.txt`` (e.g. ``business/509``) as the BBC gold's offsets
    count it: UTF-8 (Latin-1 if that fails), stripped, the first line (the title) dropped, stripped again."""
    return _bbc_text(article).partition("\n")[2].strip()


def bbc_title(article: str) -> str:
    """The headline of ``../shared/corpora/bbc/<article>.txt``: the first line :func:`bbc_body` drops."""
    return _bbc_text(article).partition("\n")[0].strip()


def _read_span_gold(gold_path: Path) -> tuple[list[dict], list[str], str]:
    """A gold file in the BBC gold's form: the attributions (in the detik gold's form), the ids of every annotated
    article (``# articles:`` lines name those without quotes too; then the gold's own, in order) and the
    ``# language:`` header's code (``en`` without one)."""
    language = "en"
    listed: list[str] = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# language:"):
            language = line.split(":", 1)[1].strip()
        elif line.startswith("# articles:"):
            listed.extend(line.split(":", 1)[1].split())
    gold = []
    with gold_path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            gold.append({
                "article_id": rec["article"],
                "content": [(int(rec["start"]), int(rec["end"]))],
                "source": rec["speaker"] or "",
                "cue": rec["cue"] or "",
                "kind": rec["kind"],
                "speech": True,
            })
    return gold, list(dict.fromkeys(listed + [g["article_id"] for g in gold])), language


def load_bbc(gold_path: Path = BBC_GOLD) -> tuple[pd.DataFrame, list[dict]]:
    """The BBC gold: an articles table (``article_id`` like ``business/509``, ``body``, ``language``) and the
    gold attributions in the detik gold's form."""
    if not BBC.is_dir():
        sys.exit(f"the BBC corpus is not at {BBC} (set MEDIA_SHARED_CORPORA)")
    gold, ids, _ = _read_span_gold(gold_path)
    rows = [{"article_id": i, "title": bbc_title(i), "body": bbc_body(i), "language": "en"} for i in ids]
    return pd.DataFrame(rows), gold


# ---- gold over texts kept in the repository ---------------------------------------------------------
def load_texts(gold_path: Path) -> tuple[pd.DataFrame, list[dict]]:
    """Gold over our own texts: ``bench/gold/<stem>.tsv`` (the BBC gold's columns: article, start, end, kind, speaker,
    cue; a ``# language: en`` header line; ``# articles:`` lines name annotated articles without quotes) and the texts
    in ``bench/gold/<stem>/<article>.txt`` (the whole file, stripped, is the body the offsets count)."""
    folder = gold_path.with_suffix("")
    gold, ids, language = _read_span_gold(gold_path)
    rows = [{"article_id": i, "body": (folder / f"{i}.txt").read_text(encoding="utf-8").strip(), "language": language}
            for i in ids]
    return pd.DataFrame(rows), gold


# ---- NTREX gold (real news and its Indonesian translation; text stays in ../shared) -------------------------
def load_ntrex(gold_path: Path) -> tuple[pd.DataFrame, list[dict]]:
    """An NTREX gold file (``# language: en`` or ``id``): the articles it lists, from ../shared/corpora/ntrex-dev."""
    gold, ids, language = _read_span_gold(gold_path)
    rows = [{"article_id": i, "title": ntrex_title(NTREX / language / f"{i}.txt"),
             "body": ntrex_body(NTREX / language / f"{i}.txt"), "language": language} for i in ids]
    return pd.DataFrame(rows), gold


# ---- scoring ------------------------------------------------------------------------------------
def score(articles: pd.DataFrame, gold: list[dict], *, written: bool, errors: int = 0, tally: bool = False,
          boundaries: int = 0) -> dict:
    t0 = time.perf_counter()
    pred = extract_quotes(articles)
    seconds = time.perf_counter() - t0
    bodies = dict(zip(articles["article_id"], articles["body"], strict=True))
    gold_by = defaultdict(list)
    for i, g in enumerate(gold):
        gold_by[g["article_id"]].append(i)
    pred_by = defaultdict(list)
    for i, r in enumerate(pred.itertuples(index=False)):
        pred_by[r.article_id].append(i)
    g_tok = [_tokens_in(bodies[g["article_id"]], g["content"]) for g in gold]
    p_rows = list(pred.itertuples(index=False))
    p_tok = [_tokens_in(bodies[r.article_id], [(r.start, r.end)]) for r in p_rows]
    match_g: dict[int, int] = {}
    match_p: dict[int, int] = {}
    for aid in bodies:
        cands = []
        for gi in gold_by.get(aid, []):
            for pi in pred_by.get(aid, []):
                inter = len(g_tok[gi] & p_tok[pi])
                if not inter:
                    continue
                ratio = inter / max(len(g_tok[gi]), len(p_tok[pi]))
                if ratio >= 0.5:
                    cands.append((-ratio, gi, pi))
        for _, gi, pi in sorted(cands):
            if gi in match_g or pi in match_p:
                continue
            match_g[gi] = pi
            match_p[pi] = gi
    spk = {gi: _speaker_ok(gold[gi]["source"], p_rows[pi].speaker, p_rows[pi].speaker_name, written=written)
           for gi, pi in match_g.items()}
    res = {"seconds": seconds, "n_articles": len(articles)}
    for scope in ("all", "speech"):
        for kind in ("all", "direct", "mixed", "indirect"):
            gs = [i for i, g in enumerate(gold) if (kind == "all" or g["kind"] == kind) and (scope == "all" or g["speech"])]
            ps = [i for i, r in enumerate(p_rows) if kind == "all" or r.kind == kind]
            if scope == "speech":  # precision is always against every gold attribution
                ps_ok = sum(1 for i in ps if i in match_p)
            else:
                ps_ok = sum(1 for i in ps if i in match_p)
            g_ok = sum(1 for i in gs if i in match_g)
            s_ok = sum(1 for i in gs if i in match_g and spk[i])
            ps_spk = sum(1 for i in ps if i in match_p and spk[match_p[i]])
            p = ps_ok / len(ps) if ps else 0.0
            r = g_ok / len(gs) if gs else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            sp = ps_spk / len(ps) if ps else 0.0
            sr = s_ok / len(gs) if gs else 0.0
            sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
            res[(scope, kind)] = {
                "gold": len(gs), "pred": len(ps), "P": p, "R": r, "F1": f,
                "speaker_match": s_ok / g_ok if g_ok else 0.0, "speaker_P": sp, "speaker_R": sr, "speaker_F1": sf,
            }
    if errors:
        _show_errors(gold, p_rows, bodies, match_g, match_p, spk, errors)
    if tally:
        _show_tally(gold, p_rows, pred_by, bodies, match_g, g_tok, p_tok)
    if boundaries:
        _show_boundaries(gold, p_rows, pred_by, bodies, match_g, match_p, g_tok, p_tok, boundaries, examples=errors > 0)
    return res


_NAMING_RE = re.compile(r"\b(call|calls|called|calling|dub|dubbed|described?|describes|label(?:l?ed)?|branded|"
                        r"so[- ]called|known as|refer(?:red|s)? to)\b", re.I)
_NOMINAL_RE = re.compile(r"\b(remarks?|statements?|claims?|assertions?|suggestion|insistence|warnings?|promises?|pledge|"
                         r"declaration|admission|argument|accusations?|allegations?|comments?|message|criticism|view|"
                         r"belief)\b", re.I)
_REPORTING = {w for w in _SPEECH_CUES if w not in ("according",)}


def _miss_cause(g: dict, text: str, overlaps: bool) -> str:
    """A rough cause for one missed speech attribution, from its cue, source and the text before it
    (keyword rules; spot-checked by reading, not exact)."""
    s = g["content"][0][0]
    ctx = text[max(0, s - 200):s]
    line = ctx.split("\n")[-1].strip()
    cue, src = g["cue"], g["source"]
    words = {fold(w) for w in TOKEN_RE.findall(cue)}
    if overlaps:
        return "content boundary (a prediction overlaps < 0.5)"
    if not src:
        return "speaker-less (passive, 'asked about', 'so-called')"
    if cue[:1].isupper() and line and line == line.title() and len(line) < 120:
        return "headline ('X Says ...')"
    if "according" in words:
        return "'according to X' form"
    if _NAMING_RE.search(cue):
        return "naming cue before a quoted fragment ('called it \"X\"')"
    if not words & _REPORTING and _NOMINAL_RE.search(cue):
        return "nominal cue ('her remark that ...')"
    if not words & _REPORTING:
        return "cue is no verb of saying in our lists (other predicates)"
    if fold(src) in ("who", "which", "that"):
        return "relative clause subject ('who said')"
    if re.search(r"\b(and|but)\s+(\w+\s+)?$", ctx[-40:].replace(cue, "")):
        return "coordinated cue ('..., but said')"
    if "," in src or len(TOKEN_RE.findall(src)) > 4 or src[:1].islower() and fold(src.split()[0]) not in (
            "he", "she", "they", "it", "i", "we"):
        return "subject not found (appositions, lower-case noun phrase)"
    if not ctx.rstrip().endswith(cue.rstrip()[-10:]):
        return "content away from its cue (other sentence, fronted)"
    return "cue and subject present, construction missed"


def _show_tally(gold, p_rows, pred_by, bodies, match_g, g_tok, p_tok) -> None:
    counts: dict[str, int] = defaultdict(int)
    for gi, g in enumerate(gold):
        if gi in match_g or not g["speech"]:
            continue
        overlaps = any(g_tok[gi] & p_tok[pi] for pi in pred_by.get(g["article_id"], []))
        counts[_miss_cause(g, bodies[g["article_id"]], overlaps)] += 1
    n = sum(counts.values())
    print(f"\n--- causes of {n} missed speech attributions (keyword rules, approximate) ---")
    for cause, k in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"{k:6d} {100 * k / n:5.1f}%  {cause}")


_BOUNDARY_WORD_RE = re.compile(r"\w+|[^\w\s]")
_BOUNDARY_NEXT_RE = re.compile(r"\s*([\"“”‘’']?\s*[,;:.—–―(-]*)\s*(\w+)?")


def _boundary_next(text: str, pos: int) -> str:
    """The punctuation and the next word at ``pos`` (the word as a class: Cap, V-ing, or itself in lower case)."""
    m = _BOUNDARY_NEXT_RE.match(text, pos)
    punct, word = re.sub(r"\s", "", m.group(1)) or "_", m.group(2) or ""
    if word[:1].isupper():
        word = "Cap"
    elif word.endswith("ing") and len(word) > 5:
        word = "V-ing"
    return f"{punct} {word}".rstrip()


def _boundary_groups(text: str, gs: int, ge: int, ps: int, pe: int) -> list[str]:
    """Where a predicted content (``ps``..``pe``) and the gold one (``gs``..``ge``) diverge: at the start (past "that"
    and quotation marks) and at the end (past closing punctuation), too long or too short, and the punctuation and
    word at the gold boundary (too long) or at ours (too short)."""
    out = []
    between = text[min(gs, ps):max(gs, ps)]
    if _BOUNDARY_WORD_RE.findall(re.sub(r"[\"“”‘’'\s]|\bthat\b", "", between)):
        words = _BOUNDARY_WORD_RE.findall(between)
        if len(words) <= 3:
            out.append(f"start early: we include [{' '.join(words)}]" if ps < gs else f"start late: we skip [{' '.join(words)}]")
        else:  # (the two tokens before the later start: the gold's when we start early, ours when we start late)
            before = " ".join(_BOUNDARY_WORD_RE.findall(text[max(0, max(gs, ps) - 40):max(gs, ps)])[-2:])
            out.append(f"start early: gold starts after [{before}]" if ps < gs else f"start late: we start after [{before}]")
    if _BOUNDARY_WORD_RE.findall(re.sub(r"[\"“”‘’'\s.,;:!?]", "", text[min(ge, pe):max(ge, pe)])):
        out.append(f"end long: gold stops before [{_boundary_next(text, ge)}]" if pe > ge else
                   f"end short: we stop before [{_boundary_next(text, pe)}]")
    return out or ["same span but for punctuation, 'that' or a quotation mark"]


def _show_boundaries(gold, p_rows, pred_by, bodies, match_g, match_p, g_tok, p_tok, n, *, examples: bool) -> None:
    """Content-boundary misses (a prediction overlaps a missed speech attribution by < 0.5), grouped by where the
    best-overlapping prediction and the gold content diverge; the top ``n`` groups with misses and distinct files
    (a miss whose spans differ at both ends is in two groups), with the group's first two misses (gold span, ours)
    when ``examples``."""
    groups: dict[str, list[str]] = defaultdict(list)
    shown: dict[str, list[str]] = defaultdict(list)
    total = 0
    for gi, g in enumerate(gold):
        if gi in match_g or not g["speech"]:
            continue
        aid = g["article_id"]
        over = [(len(g_tok[gi] & p_tok[pi]), pi) for pi in pred_by.get(aid, []) if g_tok[gi] & p_tok[pi]]
        if not over:
            continue
        total += 1
        pi = max(over)[1]
        r = p_rows[pi]
        kinds = f"{g['kind']}/{r.kind}"
        gs, ge = g["content"][0][0], g["content"][-1][1]
        text = bodies[aid]
        example = f"{aid[:32]}  gold: {text[gs:ge][:90]!r}  ours: {text[r.start:r.end][:90]!r}"
        keys = [f"prediction taken by another gold attribution ({kinds})"] if pi in match_p else [
            f"{key} ({kinds})" for key in _boundary_groups(text, gs, ge, r.start, r.end)]
        for key in keys:
            groups[key].append(aid)
            if len(shown[key]) < 2:
                shown[key].append(example)
    print(f"\n--- content boundaries: {total} missed speech attributions overlapped by a prediction (< 0.5) ---")
    print("misses files  group (gold kind / predicted kind)")
    for key, aids in sorted(groups.items(), key=lambda kv: (-len(set(kv[1])), -len(kv[1]), kv[0]))[:n]:
        print(f"{len(aids):6d} {len(set(aids)):5d}  {key}")
        for line in shown[key] if examples else ():
            print(f"              {line}")


def _show_errors(gold, p_rows, bodies, match_g, match_p, spk, n) -> None:
    print(f"\n--- missed gold (first {n}) ---")
    k = 0
    for gi, g in enumerate(gold):
        if gi not in match_g and g["speech"]:
            text = bodies[g["article_id"]]
            s, e = g["content"][0][0], g["content"][-1][1]
            print(f"[{g['kind']}] {g['article_id'][:30]} src={g['source']!r} cue={g['cue']!r} :: {text[s:e][:150]!r}")
            near = [r for r in p_rows if r.article_id == g["article_id"] and r.start < e and r.end > s]
            for r in near:
                why = "taken" if p_rows.index(r) in match_p else "overlap<0.5"
                print(f"    ~ pred [{r.kind}] {why} spk={r.speaker!r} :: {r.quote[:150]!r}")
            if not near:
                ls = text.rfind("\n", 0, s) + 1
                print(f"    ~ context: {text[max(ls, s - 160):s]!r}")
            k += 1
            if k >= n:
                break
    print(f"\n--- false positives (first {n}) ---")
    k = 0
    for pi, r in enumerate(p_rows):
        if pi not in match_p:
            print(f"[{r.kind}] {r.article_id[:30]} spk={r.speaker!r} cue={r.cue!r} :: {r.quote[:150]!r}")
            k += 1
            if k >= n:
                break
    print(f"\n--- wrong speaker (first {n}) ---")
    k = 0
    for gi, pi in match_g.items():
        if not spk[gi]:
            r = p_rows[pi]
            print(f"[{r.kind}] gold={gold[gi]['source']!r} pred={r.speaker!r}/{r.speaker_name!r} cue={r.cue!r} :: {r.quote[:100]!r}")
            k += 1
            if k >= n:
                break


def report(name: str, res: dict) -> str:
    lines = [f"### {name}: {res['n_articles']} articles, extract_quotes {res['seconds']:.1f} s", "",
             "| scope | kind | gold | predicted | P | R | F1 | speaker match | speaker P | speaker R | speaker F1 |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for key, v in res.items():
        if not isinstance(key, tuple):
            continue
        scope, kind = key
        if name.startswith(("detik", "BBC")) and scope == "speech":
            continue
        lines.append(
            f"| {scope} | {kind} | {v['gold']} | {v['pred']} | {v['P']:.3f} | {v['R']:.3f} | {v['F1']:.3f} | "
            f"{v['speaker_match']:.3f} | {v['speaker_P']:.3f} | {v['speaker_R']:.3f} | {v['speaker_F1']:.3f} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default="all", choices=sorted(_POLNEAR_SUBSETS))
    ap.add_argument("--detik", nargs="*", default=[str(p) for p in (DETIK_GOLD, DETIK_HELDOUT, DETIK_TEST, DETIK_TEST2,
                                                              DETIK_TEST3, DETIK_TEST4, DETIK_TEST5,
                                                              DETIK_TEST6, DETIK_TEST7, DETIK_TEST8,
                                                              DETIK_TEST9)],
                    help="gold files (default: development, held-out and test gold)")
    ap.add_argument("--bbc", nargs="*", default=[str(p) for p in (BBC_GOLD, BBC_GOLD2, BBC_GOLD3, BBC_GOLD4)],
                    help="BBC gold files (default: the four BBC test gold files)")
    ap.add_argument("--texts", nargs="*", default=[str(p) for p in STYLES_GOLD],
                    help="gold over texts kept in the repository (default: bench/gold/*_styles.tsv)")
    ap.add_argument("--ntrex", nargs="*", default=[str(p) for p in NTREX_DEV],
                    help="gold over ../shared/corpora/ntrex-dev (default: the development files "
                         "bench/gold/ntrex_{en,id}{1,2}.tsv; the unseen *3.tsv only when named)")
    ap.add_argument("--only", choices=["polnear", "detik", "bbc", "texts", "ntrex"])
    ap.add_argument("--errors", type=int, default=0, help="print the first N misses / false positives / wrong speakers")
    ap.add_argument("--tally", action="store_true", help="count the missed PolNeAR speech attributions by rough cause")
    ap.add_argument("--boundaries", type=int, default=0, metavar="N",
                    help="group the content-boundary misses (PolNeAR speech) by where the spans diverge; top N groups "
                         "(with two examples each when --errors is given)")
    args = ap.parse_args()
    if args.only in (None, "polnear"):
        arts, gold = load_polnear(args.polnear)
        print(report(f"PolNeAR train ({args.polnear})", score(arts, gold, written=True, errors=args.errors,
                                                              tally=args.tally, boundaries=args.boundaries)))
        print()
    for which, names, load in (("detik", args.detik, load_detik), ("BBC", args.bbc, load_bbc),
                               ("texts", args.texts, load_texts), ("NTREX", args.ntrex, load_ntrex)):
        if args.only not in (None, which.lower()):
            continue
        if which == "BBC" and not BBC.is_dir():
            print(f"BBC gold skipped: the BBC corpus is not at {BBC} (set MEDIA_SHARED_CORPORA)")
            continue
        if which == "NTREX" and not NTREX.is_dir():
            print(f"NTREX gold skipped: the NTREX texts are not at {NTREX} (set MEDIA_SHARED_CORPORA)")
            continue
        for name in names:
            path = Path(name)
            if not path.is_file():
                print(f"no {which} gold at {path}")
                continue
            arts, gold = load(path)
            unseen = which == "NTREX" and path.resolve() in {p.resolve() for p in NTREX_UNSEEN}
            if unseen and args.errors:
                print(f"{path.name} is unseen gold: its errors are not printed")
            print(report(f"{which} gold ({path.name})",
                         score(arts, gold, written=False, errors=0 if unseen else args.errors)))
            print()


if __name__ == "__main__":
    main()
