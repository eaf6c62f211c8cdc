"""Article tables for the republication evaluation (bench/eval_reuse.py), built from ../shared/corpora."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.config import SHARED_CORPORA  # noqa: E402

NTREX_DIR = SHARED_CORPORA / "ntrex-dev"
DETIK_CSV = SHARED_CORPORA / "detik-dev.csv"
POLNEAR_DIR = SHARED_CORPORA / "polnear-train"


def _row(article_id: str, title: str, body: str, language: str, outlet: str | None = None, date=pd.NaT,
         source_credit: str | None = None, path: str | None = None) -> dict:
    return {"article_id": article_id, "title": title, "body": body, "outlet": outlet, "source_credit": source_credit,
            "date": pd.Timestamp(date) if not pd.isna(date) else pd.NaT, "dateline": None, "url": None,
            "language": language, "n_words": len(body.split()), "path": path}


def ntrex_lines(language: str, doc_id: str) -> list[str]:
    text = (NTREX_DIR / language / f"{doc_id}.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
    return [line.strip() for line in text.split("\n") if line.strip()]


def ntrex_ids() -> list[str]:
    return sorted(p.stem for p in (NTREX_DIR / "en").glob("*.txt"))


def ntrex_articles(*, id_variant: str = "whole", seed: int = 0) -> pd.DataFrame:
    """English + Indonesian sides as one articles table (ids ``en/<doc>``, ``id/<doc>``).

    ``id_variant``: ``whole``; ``half`` (each Indonesian body cut to its first half of sentences);
    ``shuffled`` (its sentences in random order, seeded).
    """
    rng = random.Random(seed)
    rows = []
    for doc in ntrex_ids():
        en = ntrex_lines("en", doc)
        rows.append(_row(f"en/{doc}", en[0], "\n".join(en[1:]), "en", outlet=doc.split(".")[0], path=f"ntrex-dev/en/{doc}.txt"))
        ind = ntrex_lines("id", doc)
        title, body = ind[0], ind[1:]
        if id_variant == "half":
            body = body[: max(1, (len(body) + 1) // 2)]
        elif id_variant == "shuffled":
            body = body[:]
            rng.shuffle(body)
        rows.append(_row(f"id/{doc}", title, "\n".join(body), "id", outlet="translator", path=f"ntrex-dev/id/{doc}.txt"))
    return pd.DataFrame(rows)


def detik_articles() -> pd.DataFrame:
    raw = pd.read_csv(DETIK_CSV)
    rows = []
    for r in raw.itertuples(index=False):
        date = pd.to_datetime(r.tanggal, format="%m/%d/%Y %H:%M", errors="coerce")
        body = str(r.isi_berita).replace("SCROLL TO CONTINUE WITH CONTENT", "")
        rows.append(_row(f"detik/{r.id}", str(r.judul), body, "id", outlet="detik", date=date, path="detik-dev.csv"))
    return pd.DataFrame(rows)


def polnear_articles() -> pd.DataFrame:
    meta = pd.read_csv(POLNEAR_DIR / "metadata.tsv", sep="\t")
    rows = []
    for r in meta.itertuples(index=False):
        text = (POLNEAR_DIR / "text" / f"{r.filename}.txt").read_text(encoding="utf-8")
        wire = None if pd.isna(r.wire) or r.wire == "None" else str(r.wire)
        row = _row(r.filename, str(r.title), text.strip(), "en", outlet=r.publisher, date=r.publication_date,
                   source_credit=wire, path=f"polnear-train/text/{r.filename}.txt")
        row["wire"] = wire.upper() if wire else None
        rows.append(row)
    return pd.DataFrame(rows)
