"""Accuracy of the actors table (``helpers.quotes.actors``) against a hand-check: BBC (English) and detik (Indonesian).

    MEDIA_SHARED_CORPORA=/path/to/shared/corpora python bench/eval_actors.py [--corpus bbc|detik|both]
        [--exclude IDS.txt] [--top N] [--show N]

The corpora: ``bbc`` is every original article of ../shared/corpora/bbc (``bench.common.bbc_originals``), minus the
article ids listed in ``--exclude`` (one ``topic/number`` a line; the unseen BBC test articles are kept out this
way); ``detik`` is ``detik-dev.csv``. The gold (``bench/gold/actors_bbc.tsv``, ``bench/gold/actors_detik.tsv``; see
their headers) was written by reading the most-quoted rows of the table and the article text. Measures:

- row precision: of the ``--top`` most-quoted rows (100 for BBC, 60 for detik) that the gold judges (the row's
  actor is a gold actor's name or variant, or a ``not_actor`` name), the share that are one real actor;
  ``unjudged`` counts the others (rows that moved up after a change and nobody has read yet);
- display right: of those real-actor rows, the share showing one of the gold's names (``Stephen Pound``, not
  ``Backbencher Stephen Pound``; ``a|b`` in the gold's ``actor`` column lists names equally right);
- merge recall: of the pairs of variants of one gold actor that both occur as ``speaker_name``, the share whose
  quotes end up in the same actor (each variant's most frequent actor);
- false merges: pairs of different actors (two gold actors, or two names of one ``distinct`` line) whose most
  frequent actor is the same, listed;
- flagged unnamed: rows of the top ``--top`` with ``actor_type`` "unnamed" (a common noun), how many of the gold's
  ``not_actor`` rows they are, and the row precision of the other (named) rows.

Names compare case- and diacritic-folded.
"""

from __future__ import annotations

import argparse
import csv
import sys
from itertools import combinations
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.config import SHARED_CORPORA  # noqa: E402
from helpers.quotes import actors, extract_quotes, quote_actors  # noqa: E402
from helpers.text import fold  # noqa: E402

GOLD = {"bbc": ROOT / "bench" / "gold" / "actors_bbc.tsv", "detik": ROOT / "bench" / "gold" / "actors_detik.tsv"}
TOP = {"bbc": 100, "detik": 60}


def _split(cell: str) -> list[str]:
    return [v.strip() for v in str(cell or "").split(";") if v.strip()]


def read_gold(path: Path) -> tuple[list[tuple[str, list[str]]], set[str], list[list[str]]]:
    """(actors as (name, variants), folded not-actor names, distinct groups) from a gold TSV."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    real: list[tuple[str, list[str]]] = []
    not_actor: set[str] = set()
    distinct: list[list[str]] = []
    for row in csv.DictReader(lines, delimiter="\t"):
        status, name, variants = row["status"].strip(), row["actor"].strip(), _split(row.get("variants", ""))
        if status == "actor":
            real.append((name, variants or [name.split("|")[0]]))
        elif status == "not_actor":
            not_actor.add(fold(name))
        elif status == "distinct":
            distinct.append(variants)
        else:
            raise ValueError(f"{path.name}: unknown status {status!r} (actor, not_actor or distinct)")
    return real, not_actor, distinct


def load_corpus_of(name: str, exclude: Path | None) -> pd.DataFrame:
    """The articles table of ``bbc`` (minus the excluded ids) or ``detik``."""
    if name == "detik":
        from helpers.corpus import load_corpus

        return load_corpus(SHARED_CORPORA / "detik-dev.csv").articles
    from bench.common import bbc_originals

    skip = {ln.strip() for ln in exclude.read_text().splitlines() if ln.strip()} if exclude else set()
    rows = [{"article_id": f"{t}/{f}", "title": title, "body": body, "outlet": "BBC", "date": pd.NaT, "language": "en"}
            for t, f, title, body in bbc_originals() if f"{t}/{f}" not in skip]
    return pd.DataFrame(rows)


def score(name: str, *, exclude: Path | None = None, top: int | None = None, show: int = 0) -> dict[str, float]:
    """Print and return the measures for one corpus."""
    real, not_actor, distinct = read_gold(GOLD[name])
    top = top or TOP[name]
    arts = load_corpus_of(name, exclude)
    quotes = extract_quotes(arts)
    table = actors(quotes, arts)
    qa = quote_actors(quotes, arts)
    # each variant's most frequent actor
    qa = qa[qa["actor"] != ""]
    majority: dict[str, str] = {}
    for v, g in qa.groupby(qa["speaker_name"].astype(str).map(fold)):
        counts = g["actor"].value_counts()
        majority[str(v)] = str(sorted(counts.index, key=lambda a: (-counts[a], a))[0])
    gold_of: dict[str, int] = {}
    for i, (nm, variants) in enumerate(real):
        for v in [*nm.split("|"), *variants]:
            gold_of.setdefault(fold(v), i)
    judged = right = display = 0
    wrong_rows: list[str] = []
    bad_display: list[str] = []
    # rows flagged actor_type "unnamed" (a common noun): against the gold's not_actor rows, and the precision of the
    # rows a researcher keeps when dropping them
    flagged = flagged_ok = named_judged = named_right = 0
    for actor, atype in zip(table["actor"].astype(str).head(top), table["actor_type"].astype(str).head(top),
                            strict=True):
        key = fold(actor)
        if atype == "unnamed":
            flagged += 1
            flagged_ok += key in not_actor
        elif key in gold_of or key in not_actor:
            named_judged += 1
            named_right += key in gold_of
        if key in gold_of:
            judged += 1
            right += 1
            if key in {fold(n) for n in real[gold_of[key]][0].split("|")}:
                display += 1
            else:
                bad_display.append(f"{actor} (-> {real[gold_of[key]][0]})")
        elif key in not_actor:
            judged += 1
            wrong_rows.append(actor)
    pairs = merged = 0
    missed: list[str] = []
    for _name, variants in real:
        present = [v for v in variants if fold(v) in majority]
        for a, b in combinations(present, 2):
            pairs += 1
            if majority[fold(a)] == majority[fold(b)]:
                merged += 1
            else:
                missed.append(f"{a} / {b}")
    false: set[tuple[str, str]] = set()
    entity = {fold(v): real[i][0] for v, i in gold_of.items()}
    for (e1, v1), (e2, v2) in combinations(sorted({(entity[v], v) for v in entity if v in majority}), 2):
        if e1 != e2 and majority[v1] == majority[v2]:
            false.add(tuple(sorted((e1, e2))))
    for group in distinct:
        present = [v for v in group if fold(v) in majority]
        for a, b in combinations(present, 2):
            if majority[fold(a)] == majority[fold(b)]:
                false.add(tuple(sorted((entity.get(fold(a), a), entity.get(fold(b), b)))))
    out = {
        "rows": len(table),
        "row_precision": right / judged if judged else 0.0,
        "judged": judged,
        "unjudged": min(top, len(table)) - judged,
        "display_right": display / right if right else 0.0,
        "merge_recall": merged / pairs if pairs else 0.0,
        "pairs": pairs,
        "false_merges": len(false),
        "unnamed_precision": flagged_ok / flagged if flagged else 0.0,
        "unnamed_recall": flagged_ok / len(wrong_rows) if wrong_rows else 0.0,
        "named_precision": named_right / named_judged if named_judged else 0.0,
    }
    print(f"{name}: {len(arts)} articles, {len(quotes)} quotes, {len(table)} actors; top {top} rows:")
    print(f"  row precision {out['row_precision']:.3f} ({right}/{judged} judged; {out['unjudged']} unjudged)  "
          f"display right {out['display_right']:.3f} ({display}/{right})")
    print(f"  merge recall {out['merge_recall']:.3f} ({merged}/{pairs} variant pairs)  false merges {len(false)}")
    print(f"  flagged unnamed {flagged} rows: {flagged_ok} of the {len(wrong_rows)} not-actor rows; the named rows' "
          f"precision {out['named_precision']:.3f} ({named_right}/{named_judged})")
    if show:
        print("  not actors:", "; ".join(wrong_rows[:show]))
        print("  display names:", "; ".join(bad_display[:show]))
        print("  merges missed:", "; ".join(missed[:show]))
        print("  false merges:", "; ".join(f"{a} + {b}" for a, b in sorted(false)[:show]))
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", choices=("bbc", "detik", "both"), default="both")
    p.add_argument("--exclude", type=Path, default=None, help="file of BBC article ids (topic/number) to leave out")
    p.add_argument("--top", type=int, default=None, help="rows judged (default 100 BBC, 60 detik)")
    p.add_argument("--show", type=int, default=0, help="list up to N rows of each kind of error")
    args = p.parse_args(argv)
    for name in (("bbc", "detik") if args.corpus == "both" else (args.corpus,)):
        score(name, exclude=args.exclude, top=args.top, show=args.show)


if __name__ == "__main__":
    main()
