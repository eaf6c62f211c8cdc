"""Accuracy of helpers.reuse on real text (numbers recorded in bench/RESULTS.md).

Usage: python bench/eval_reuse.py            (needs ../shared/corpora or MEDIA_SHARED_CORPORA)

1. Translations (ntrex-dev: 62 English news articles and their Indonesian translations). Both sides
   mixed into one corpus; a predicted pair is a ``translation`` row of find_reuse; gold = same file
   name. Precision, recall and F1 among all cross-language pairs, for: whole translations; each
   Indonesian side cut to its first half (of its sentences); its sentences shuffled; the whole
   corpus mixed with the 500 detik-dev articles (Indonesian, Sept-Oct 2025) as distractors; halves
   with distractors.
2. Same language: the BBC corpus (2,225 articles) with planted copies (another headline + trimmed
   ending + boilerplate; first half; a rewrite with every 15th word changed), recall of the planted
   pairs, and the pairs found between distinct BBC originals; PolNeAR training split (840 US
   election articles, 7 outlets): pairs found against an exhaustive all-pairs comparison of 5-gram
   shingles (recall of the LSH step), and the wire credits (metadata ``wire``) of the pairs.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_reuse import plant_copies
from bench.common import bbc_articles
from bench.reuse_data import detik_articles, ntrex_articles, polnear_articles
from helpers.reuse import _corpus_shingles, find_reuse


def prf(predicted: set, gold: set) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def translations() -> list[dict]:
    rows = []
    detik = detik_articles()
    settings = [("whole", "whole", False), ("first half", "half", False), ("shuffled sentences", "shuffled", False),
                ("whole + 500 detik distractors", "whole", True), ("first half + 500 detik distractors", "half", True)]
    for label, variant, distract in settings:
        arts = ntrex_articles(id_variant=variant)
        if distract:
            arts = pd.concat([arts, detik], ignore_index=True)
        t0 = time.perf_counter()
        pairs = find_reuse(arts)
        secs = time.perf_counter() - t0
        tr = pairs[pairs["kind"] == "translation"]
        predicted = {tuple(sorted(p)) for p in zip(tr["article_a"], tr["article_b"], strict=True)}
        gold = {(f"en/{d}", f"id/{d}") for d in arts.loc[arts["language"] == "en", "article_id"].str[3:]}
        p, r, f = prf(predicted, gold)
        en, ind = (arts["language"] == "en").sum(), (arts["language"] == "id").sum()
        rows.append({"setting": label, "articles": len(arts), "cross-language pairs": int(en * ind),
                     "predicted": len(predicted), "correct": len(predicted & gold), "precision": round(p, 3),
                     "recall": round(r, 3), "F1": round(f, 3), "seconds": round(secs, 1)})
        wrong = sorted(predicted - gold)[:5]
        missed = sorted(gold - predicted)[:5]
        if wrong or missed:
            print(f"  {label}: wrong {wrong} missed {missed}")
    return rows


def bbc_planted() -> list[dict]:
    base = bbc_articles(2225)
    arts, gold = plant_copies(base, 0.1, seed=11)
    pairs = find_reuse(arts)
    found = {tuple(sorted(p)) for p in zip(pairs["article_a"], pairs["article_b"], strict=True)}
    rows = []
    names = ["another headline, last fifth trimmed, boilerplate added", "first half only",
             "new opening paragraph, every 15th word changed"]
    for v, name in enumerate(names):
        g = {p for p in gold if int(next(x for x in p if x.startswith("planted/")).split("/")[1]) % 3 == v}
        hit = g & found
        kinds = pairs[[tuple(sorted(p)) in hit for p in zip(pairs["article_a"], pairs["article_b"], strict=True)]]
        rows.append({"planted copy": name, "planted": len(g), "found": len(hit), "recall": round(len(hit) / len(g), 3),
                     "kinds": pairs.loc[kinds.index, "kind"].value_counts().to_dict()})
    originals = pairs[~pairs["article_a"].str.startswith("planted/") & ~pairs["article_b"].str.startswith("planted/")]
    rows.append({"planted copy": "(pairs between distinct BBC originals)", "planted": 0, "found": len(originals),
                 "recall": None, "kinds": originals["kind"].value_counts().to_dict()})
    return rows


def polnear() -> tuple[list[dict], pd.DataFrame]:
    arts = polnear_articles()
    pairs = find_reuse(arts)
    found = {tuple(sorted(p)) for p in zip(pairs["article_a"], pairs["article_b"], strict=True)}
    # exhaustive: exact containment of the same 5-gram shingle sets, for all 352,380 pairs
    shingles = _corpus_shingles(arts["body"].tolist(), 5)
    sets = {a: set(sh.tolist()) for a, sh in zip(arts["article_id"], shingles, strict=True)}
    gold = set()
    for a, b in itertools.combinations(sorted(sets), 2):
        sa, sb = sets[a], sets[b]
        if not sa or not sb:
            continue
        inter = len(sa & sb)
        if inter >= 10 and inter / min(len(sa), len(sb)) >= 0.2:
            gold.add((a, b))
    p, r, f = prf(found, gold)
    wire = arts.set_index("article_id")["wire"].to_dict()
    publisher = arts.set_index("article_id")["outlet"].to_dict()
    table = pairs[["article_a", "article_b", "kind", "jaccard", "containment"]].copy()
    table["wire_a"] = table["article_a"].map(wire)
    table["wire_b"] = table["article_b"].map(wire)
    table["same_outlet"] = table["article_a"].map(publisher) == table["article_b"].map(publisher)
    credited = arts[arts["wire"].notna()]
    same_wire_pairs = sum(1 for a, b in itertools.combinations(credited["article_id"], 2) if wire[a] == wire[b])
    summary = [{"articles": len(arts), "wire-credited articles": len(credited),
                "same-wire article pairs": same_wire_pairs,
                "exhaustive pairs (containment >= 0.2, >= 10 shingles)": len(gold), "found": len(found),
                "precision vs exhaustive": round(p, 3), "recall vs exhaustive": round(r, 3),
                "found pairs with the same wire credit": int(((table["wire_a"] == table["wire_b"])
                                                              & table["wire_a"].notna()).sum())}]
    return summary, table


def markdown(df: pd.DataFrame, *, index: bool = False) -> str:
    """A pipe table (no extra dependency)."""
    if index:
        df = df.reset_index()
    cols = [str(c) for c in df.columns]
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for row in df.itertuples(index=False):
        lines.append("| " + " | ".join("" if v is None else str(v) for v in row) + " |")
    return "\n".join(lines)


def main() -> None:
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 60)
    print("## Translations (ntrex-dev)")
    print(markdown(pd.DataFrame(translations())))
    print("\n## Same language: BBC (2,225) with 10% planted copies")
    print(markdown(pd.DataFrame(bbc_planted())))
    print("\n## Same language: PolNeAR training split")
    summary, table = polnear()
    print(markdown(pd.DataFrame(summary).T.rename(columns={0: 'value'}), index=True))
    print(markdown(table))


if __name__ == "__main__":
    main()
