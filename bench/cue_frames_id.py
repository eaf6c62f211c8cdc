"""A grammar-generated battery of ordinary Indonesian news attribution frames, checked against ``extract_quotes``.

    PYTHONPATH=. python bench/cue_frames_id.py [--n 400] [--seed 15] [--show 40]

Each body combines a speaker (a name, a titled name, a role and name, a pronoun or ``pihaknya`` after an
antecedent sentence, the clitic ``-nya``, a role back-reference ``menteri itu``), a cue frame (``"Q," kata X.``,
``X mengatakan (bahwa) Q.``, ``X mengatakan, "Q."``, ``Menurut X, Q.``, ``Q, kata X.``, a split quote, the passive
``Hal itu dikatakan X`` after a quotation), an insert (time, place, medium) and a body shape (a dateline opening,
a quotation of two sentences). The check: exactly one quote after the antecedent, its words equal the expected
content (quotation marks, a leading ``bahwa`` and final punctuation aside; a split quote's parts joined by
`` … ``), its kind as expected, and the speaker key in ``speaker`` or ``speaker_name``. Failures are tallied by
dimension value. No corpus needed (s15idbat; the English twin is bench/cue_frames.py).
"""

from __future__ import annotations

import argparse
import random

from bench.cue_frames import check, print_failures, tally

#: The dimensions the failures are tallied by.
DIMENSIONS = ("speaker", "speaker_class", "frame", "cue", "insert", "shape", "dateline")

# (surface, key expected in speaker/speaker_name, antecedent sentence, speaker class)
_ANTE_JOKOWI = "Presiden Joko Widodo meresmikan jembatan itu di Bogor. "
_ANTE_SRI = "Menteri Keuangan Sri Mulyani meninjau pasar di Bogor. "
_ANTE_ALI = "Juru bicara KPK Ali Fikri memeriksa tiga saksi di Gedung Merah Putih. "
_ANTE_MASINTON = "Politikus PDIP Masinton Pasaribu hadir dalam rapat itu. "
SPEAKERS = [
    ("Joko Widodo", "Joko Widodo", "", "name"),
    ("Presiden Joko Widodo", "Joko Widodo", "", "title name"),
    ("Menteri Keuangan Sri Mulyani", "Sri Mulyani", "", "role name"),
    ("Kapolda Metro Jaya Irjen Fadil Imran", "Fadil Imran", "", "role name"),
    ("juru bicara KPK Ali Fikri", "Ali Fikri", "", "role name"),
    ("pihaknya", "Ali Fikri", _ANTE_ALI, "pihaknya"),
    ("dia", "Joko Widodo", _ANTE_JOKOWI, "pronoun"),
    ("ia", "Sri Mulyani", _ANTE_SRI, "pronoun"),
    ("beliau", "Joko Widodo", _ANTE_JOKOWI, "pronoun"),
    ("-nya", "Sri Mulyani", _ANTE_SRI, "clitic"),
    ("menteri itu", "Sri Mulyani", _ANTE_SRI, "role back-reference"),
    ("politikus PDIP tersebut", "Masinton Pasaribu", _ANTE_MASINTON, "role back-reference"),
]
_SUBJECT_ONLY = {"pihaknya"}  # ("kata pihaknya" is not news Indonesian)

#: after-cues (postposed: '"Q," kata X.') and their clitic forms
AFTER_CUES = ["kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "tambah"]
#: cue-first verbs ('X mengatakan (bahwa) Q.')
VERBS = ["mengatakan", "menegaskan", "menambahkan", "menjelaskan", "mengungkapkan", "menuturkan", "menyebut",
         "menyatakan"]
PASSIVES = ["dikatakan", "disampaikan", "diungkapkan", "ditegaskan"]

INSERTS = {
    "none": "",
    "pada Senin (12/10/2020)": " pada Senin (12/10/2020)",
    "Senin (12/10)": ", Senin (12/10)",
    "di Jakarta": " di Jakarta",
    "di Gedung DPR": " di Gedung DPR",
    "saat dihubungi detikcom": " saat dihubungi detikcom",
    "dalam keterangannya": " dalam keterangannya",
    "kepada wartawan": " kepada wartawan",
}
#: a place or medium followed by a date, as detik writes them ('kepada wartawan, Senin (12/10/2020)')
_DATED = ", Senin (12/10/2020)"

CLAUSES = ["pemerintah akan menaikkan anggaran kesehatan tahun depan", "harga beras akan turun bulan depan",
           "penyidik masih menelusuri aliran dana tersebut", "program itu sudah berjalan sejak awal tahun"]
QUOTES = ["Kami akan terus mengawal proses ini sampai selesai.", "Pemerintah tidak akan menaikkan harga BBM tahun ini.",
          "Semua pihak harus menahan diri dan menunggu hasil penyelidikan."]
SECOND = ["Pemeriksaan akan dilanjutkan pekan depan.", "Kami minta masyarakat tetap tenang."]
DATELINES = {"none": "", "Jakarta - ": "Jakarta - ", "JAKARTA, KOMPAS.com - ": "JAKARTA, KOMPAS.com - "}
FRAMES = ["post", "post", "split", "verb", "verb_bahwa", "verb_comma", "menurut", "post_ind", "passive"]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows: list[dict] = []
    seen: set[str] = set()
    while len(rows) < n:
        spk, key, ante, cls = rng.choice(SPEAKERS)
        frame = rng.choice(FRAMES)
        if spk in _SUBJECT_ONLY and frame in ("post", "split", "post_ind", "passive"):
            frame = rng.choice(["verb", "verb_bahwa", "verb_comma"])
        if cls == "clitic" and frame in ("verb", "verb_bahwa", "verb_comma", "passive"):
            frame = rng.choice(["post", "split", "menurut", "post_ind"])
        ins_name = rng.choice(list(INSERTS))
        ins = INSERTS[ins_name]
        if ins_name in ("di Jakarta", "di Gedung DPR", "saat dihubungi detikcom", "dalam keterangannya",
                        "kepada wartawan") and rng.random() < 0.5:
            ins += _DATED
        shape = rng.choice(["one", "one", "two sentences"]) if frame in ("post", "verb_comma", "passive") else "one"
        dateline = rng.choice(list(DATELINES))
        cue = ""
        kind = "indirect"
        if frame in ("post", "split", "post_ind"):
            cue = rng.choice(AFTER_CUES)
            if cls == "clitic":
                cue_x = f"{cue}nya{ins}"
            else:
                cue_x = f"{cue} {spk}{ins}"
            if frame == "post":
                q = rng.choice(QUOTES)
                if shape == "two sentences":
                    q = q + " " + rng.choice(SECOND)
                sent = f"\"{q[:-1]},\" {cue_x}."
                expected, kind = q, "direct"
            elif frame == "split":
                q, second = rng.choice(QUOTES), rng.choice(SECOND)
                sent = f"\"{q[:-1]},\" {cue_x}. \"{second}\""
                expected, kind = q[:-1] + " … " + second, "direct"
            else:
                c = rng.choice(CLAUSES)
                sent = f"{_cap(c)}, {cue_x}."
                expected = c
        elif frame in ("verb", "verb_bahwa", "verb_comma"):
            cue = rng.choice(VERBS)
            subj = _cap(spk)
            pos = rng.choice(["between", "after"]) if ins else "none"
            if frame == "verb_comma" and pos == "after":
                pos = "between"
            head = f"{subj}{ins}{',' if ins.startswith(',') else ''} {cue}" if pos == "between" else \
                f"{subj} {cue}{ins}{',' if ins.startswith(',') else ''}"
            if frame == "verb_comma":
                q = rng.choice(QUOTES)
                if shape == "two sentences":
                    q = q + " " + rng.choice(SECOND)
                sent = f"{head}, \"{q}\""
                expected, kind = q, "direct"
            else:
                c = rng.choice(CLAUSES)
                lead = "bahwa " if frame == "verb_bahwa" or pos == "after" else ""
                sent = f"{head} {lead}{c}."
                expected = c
        elif frame == "menurut":
            cue = "menurut"
            c = rng.choice(CLAUSES)
            who = "Menurutnya" if cls == "clitic" else f"Menurut {spk}"
            sent = f"{who}{ins}, {c}."
            expected = c
        else:  # passive: a quotation with no cue, then 'Hal itu dikatakan X ...'
            cue = rng.choice(PASSIVES)
            q = rng.choice(QUOTES)
            if shape == "two sentences":
                q = q + " " + rng.choice(SECOND)
            hal = rng.choice(["Hal itu", "Hal tersebut"])
            sent = f"\"{q}\" {hal} {cue} {spk}{ins}."
            expected, kind = q, "direct"
        sent = _cap(sent)
        text = ante + sent
        if dateline != "none":
            text = DATELINES[dateline] + text
        if text in seen:
            continue
        seen.add(text)
        offset = len(text) - len(sent)
        rows.append({"text": text, "offset": offset, "speaker": spk if cls != "clitic" else "-nya", "key": key,
                     "speaker_class": cls, "frame": frame, "cue": cue, "insert": ins_name + (" +date" if _DATED in ins
                                                                                           else ""),
                     "shape": shape, "dateline": dateline, "expected": expected, "kind": kind})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    res = check(generate(args.n, args.seed), language="id")
    print(tally(res, dims=DIMENSIONS, unit="bodies"))
    print_failures(res, args.show)


if __name__ == "__main__":
    main()
