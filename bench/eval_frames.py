"""Validity of the frame codebooks on real text (../shared/corpora).

1. BBC News (topic = folder): mean frame score (terms per 1,000 words) and share of articles with
   the frame, per topic, generic scheme. Expected: economic consequences highest in business,
   conflict high in politics/sport (winners and losers), morality low everywhere.
2. detik.com dev set (topic = `aspek_target`): the same for Indonesian.
3. Agreement with manual coding: every `bench/coded/*.csv` sheet (filled in by reading the
   articles; see README "Framing") against the automatic scores, per frame: precision, recall,
   F1, Krippendorff's alpha. `*_heldout.csv` sheets were coded after the last codebook revision
   and before looking at their automatic scores; the others were used while revising.
   `ntrex_conflict_heldout.csv`: 12 NTREX articles on international and conflict news (picked by
   headline), coded on the conflict scheme from the English original; the same codes are the
   reference for the Indonesian translation.
4. Cross-language consistency (NTREX: 62 English articles and their professional Indonesian
   translations): does a frame found in the English original come out present in the Indonesian
   translation, scored with the Indonesian term list? Alpha between the two, per frame.

Run: `PYTHONPATH=. .venv/bin/python bench/eval_frames.py` (prints Markdown for bench/RESULTS.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import bbc_articles, bbc_originals, ntrex_body  # noqa: E402
from helpers.config import SHARED_CORPORA  # noqa: E402
from helpers.frames import agreement, frames_by_group, read_coding, score_frames  # noqa: E402

CODED_DIR = ROOT / "bench" / "coded"


def topic_table(scores: pd.DataFrame, articles: pd.DataFrame, group: str) -> str:
    by = frames_by_group(scores, articles, group=group)
    mean = by.pivot(index="frame", columns=group, values="mean_per_1k")
    share = by.pivot(index="frame", columns=group, values="share_present")
    order = list(dict.fromkeys(by["frame"]))
    mean, share = mean.reindex(order), share.reindex(order)
    cols = list(mean.columns)
    n = by.groupby(group)["n_articles"].max()
    lines = [
        "| frame | " + " | ".join(f"{c} (n={n[c]})" for c in cols) + " |",
        "|---|" + "---|" * len(cols),
    ]
    for f in order:
        cells = [f"{mean.loc[f, c]:.2f} / {share.loc[f, c]:.0%}" for c in cols]
        lines.append(f"| {f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def detik_articles() -> pd.DataFrame:
    from helpers.corpus import load_corpus

    corpus = load_corpus(SHARED_CORPORA / "detik-dev.csv", language="id")
    return corpus.articles


def agreement_table(table: pd.DataFrame) -> str:
    lines = ["| comparison | frame | n | reference + | other + | precision | recall | F1 | alpha | kappa |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in table.itertuples(index=False):
        def f(x: float) -> str:
            return "n/a" if pd.isna(x) else f"{x:.2f}"

        lines.append(
            f"| {r.comparison} | {r.frame} | {r.n} | {r.reference_positive} | {r.other_positive} | {f(r.precision)} | "
            f"{f(r.recall)} | {f(r.f1)} | {f(r.alpha)} | {f(r.kappa)} |"
        )
    return "\n".join(lines)


def ntrex_articles(language: str) -> pd.DataFrame:
    rows = []
    for path in sorted((SHARED_CORPORA / "ntrex-dev" / language).glob("*.txt")):
        title = path.read_text(encoding="utf-8-sig").strip().split("\n", 1)[0].rstrip("\r")
        rows.append({"article_id": path.stem, "title": title, "body": ntrex_body(path), "language": language})
    return pd.DataFrame(rows)


def cross_language(scheme: str) -> pd.DataFrame:
    en, id_ = ntrex_articles("en"), ntrex_articles("id")
    en_scores = score_frames(en, scheme=scheme)
    id_scores = score_frames(id_, scheme=scheme)
    coded = en_scores.pivot(index="article_id", columns="frame", values="present").astype(int).reset_index()
    coded["coder"] = "English original"
    table = agreement(coded, id_scores)
    table["comparison"] = "Indonesian translation vs English original"
    return table


def main() -> None:
    n_bbc = len(bbc_originals())
    bbc = bbc_articles(n_bbc)
    bbc_scores = score_frames(bbc, scheme="generic")
    print("### BBC News, generic scheme: mean terms per 1,000 words / share of articles with the frame\n")
    print(topic_table(bbc_scores, bbc, "topic"))
    detik = detik_articles()
    detik_scores = score_frames(detik, scheme="generic")
    print("\n### detik.com dev set, generic scheme (topic = aspek_target)\n")
    print(topic_table(detik_scores, detik, "aspek_target"))
    for scheme in ("generic", "conflict"):
        print(f"\n### Cross-language consistency, NTREX (62 en/id pairs), scheme {scheme}\n")
        print("The English original's automatic coding is the reference, the translation's the other.\n")
        print(agreement_table(cross_language(scheme)))
    heldout = []
    for path in sorted(CODED_DIR.glob("ntrex_*.csv")):
        codes = read_coding(path)
        scheme = "conflict" if "conflict" in path.stem else "generic"
        for lang, name in (("en", "English originals"), ("id", "Indonesian translations")):
            arts = ntrex_articles(lang)
            scores = score_frames(arts[arts["article_id"].isin(set(codes["article_id"]))], scheme=scheme)
            print(f"\n### Agreement (held out; articles selected for international/conflict news): {path.relative_to(ROOT)}, "
                  f"{name} ({codes['article_id'].nunique()} articles, scheme {scheme})\n")
            print(agreement_table(agreement(path, scores)))
    for path in sorted(CODED_DIR.glob("*.csv")):
        if path.name.startswith("ntrex"):
            continue
        codes = read_coding(path)
        source = bbc if path.name.startswith("bbc") else detik
        scheme = "conflict" if "conflict" in path.stem else "generic"
        scores = bbc_scores if source is bbc and scheme == "generic" else (detik_scores if scheme == "generic" else None)
        if scores is None:
            scores = score_frames(source[source["article_id"].isin(set(codes["article_id"]))], scheme=scheme)
        table = agreement(path, scores)
        role = "held out" if "heldout" in path.stem else "development"
        print(f"\n### Agreement ({role}): {path.relative_to(ROOT)} ({codes['article_id'].nunique()} articles, scheme {scheme})\n")
        print(agreement_table(table))
        if role == "held out" and scheme == "generic":
            heldout.append((pd.read_csv(path, dtype=str, keep_default_na=False), scores))
    if len(heldout) > 1:
        coded = pd.concat([c for c, _ in heldout], ignore_index=True)
        scores = pd.concat([s[s["article_id"].isin(set(c["article_id"]))] for c, s in heldout], ignore_index=True)
        print(f"\n### Agreement (held out, BBC and detik together: {coded['article_id'].nunique()} articles, scheme generic)\n")
        print(agreement_table(agreement(coded, scores)))
        both = pd.concat([bbc, detik], ignore_index=True)
        titled = score_frames(both[both["article_id"].isin(set(coded["article_id"]))], scheme="generic", include_title=True)
        pooled = agreement(coded, titled).set_index("frame").loc["all frames"]
        print(f"\nWith `include_title=True` (the coder read the titles too), pooled: F1 {pooled['f1']:.2f}, "
              f"alpha {pooled['alpha']:.2f}.")


if __name__ == "__main__":
    import argparse

    argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Feeds bench/RESULTS.md, Framing: Validity.").parse_args()
    main()
