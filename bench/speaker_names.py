"""A grammar-generated battery of English news sentences checking speakers' names from many cultures.

    PYTHONPATH=. python bench/speaker_names.py [--show 40]

Realistic full names (Dutch/Flemish/Afrikaans, German, French, Italian/Spanish/Portuguese particles; Arabic
``al-``/``bin``/``Abu``/``Abdul``; Irish and Scottish ``O'``/``Mac``/``Ní``/``Ó``; hyphenated; East Asian family name
first; South Asian initials; African; single names; generational suffixes; diacritics) are placed in ordinary
English news frames (``NAME said ...``, ``"...," said NAME.``, ``"...," NAME said.``, ``NAME, the ROLE of ORG,
said``, ``ROLE NAME told reporters``, ``according to NAME``), then referred to later by ``he``/``she`` or by the
surname as English news writes it (``Mr van Wyk``, ``Mr Xi``, ``Ms Lan``). The check, for every quote of a body:
``speaker_name`` is the full name with its particles (a final full stop aside), and where the name itself is the
subject or follows the cue, ``speaker`` as written holds it whole. Failures are tallied by name type and frame.
Built like bench/speaker_resolution.py (check + tally). No corpus needed (s20names).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import pandas as pd

from helpers.quotes import extract_quotes

# (type, full name, pronoun, later reference as English news writes it mid-sentence, a title used before the name)
NAMES = [
    ("dutch", "Ruud van Nistelrooy", "he", "Van Nistelrooy", "Striker"),
    ("dutch", "Pieter van Wyk", "he", "Mr van Wyk", "Mayor"),
    ("dutch", "Marc van der Merwe", "he", "Mr van der Merwe", "Coach"),
    ("dutch", "Anja van den Berg", "she", "Ms van den Berg", "Minister"),
    ("dutch", "Gerrit ter Horst", "he", "Mr ter Horst", "Minister"),
    ("dutch", "Frank de Boer", "he", "De Boer", "Coach"),
    ("german", "Ursula von der Leyen", "she", "Ms von der Leyen", "Commission President"),
    ("german", "Richard von Weizsäcker", "he", "Mr von Weizsäcker", "President"),
    ("german", "Karl-Theodor zu Guttenberg", "he", "Mr zu Guttenberg", "Defence Minister"),
    ("french", "Dominique de Villepin", "he", "Mr de Villepin", "Prime Minister"),
    ("french", "Jean-Marie Le Pen", "he", "Mr Le Pen", "Party leader"),
    ("french", "Valéry Giscard d'Estaing", "he", "Mr Giscard d'Estaing", "Former President"),
    ("french", "Philippe du Roy", "he", "Mr du Roy", "Mayor"),
    ("french", "Marie La Rue", "she", "Ms La Rue", "Senator"),
    ("romance", "Luca di Montezemolo", "he", "Mr di Montezemolo", "Ferrari chairman"),
    ("romance", "Luiz Inacio Lula da Silva", "he", "Mr da Silva", "President"),
    ("romance", "Ana de la Vega", "she", "Ms de la Vega", "Minister"),
    ("romance", "Alessandro Del Piero", "he", "Del Piero", "Striker"),
    ("romance", "José Eduardo dos Santos", "he", "Mr dos Santos", "President"),
    ("romance", "Carla das Neves", "she", "Ms das Neves", "Minister"),
    ("romance", "Francisco Pinto e Silva", "he", "Mr Pinto e Silva", "Judge"),
    ("arabic", "Saud al-Faisal", "he", "Mr al-Faisal", "Foreign Minister"),
    ("arabic", "Essam el-Erian", "he", "Mr el-Erian", "Spokesman"),
    ("arabic", "Mohammed bin Salman", "he", "Mr bin Salman", "Crown Prince"),
    ("arabic", "Hamad bin Jassim Al Thani", "he", "Mr Al Thani", "Prime Minister"),
    ("arabic", "Abdullah ibn Hussein", "he", "Mr ibn Hussein", "Envoy"),
    ("arabic", "Abu Bakr Yunis", "he", "Mr Yunis", "Commander"),
    ("arabic", "Abdul Rashid Dostum", "he", "Mr Dostum", "General"),
    ("arabic", "Mohamed ElBaradei", "he", "Mr ElBaradei", "Agency chief"),
    ("irish", "Conor O'Brien", "he", "Mr O'Brien", "Councillor"),
    ("irish", "Mary McAleese", "she", "Mrs McAleese", "President"),
    ("irish", "Ian MacDonald", "he", "Mr MacDonald", "Councillor"),
    ("irish", "Máire Ní Bhraonáin", "she", "Ms Ní Bhraonáin", "Singer"),
    ("irish", "Seán Ó Fearghaíl", "he", "Mr Ó Fearghaíl", "Speaker"),
    ("hyphen", "Jean-Claude Juncker", "he", "Mr Juncker", "Commission President"),
    ("hyphen", "Anne Smith-Jones", "she", "Ms Smith-Jones", "Headteacher"),
    ("hyphen", "Ngozi Okonjo-Iweala", "she", "Ms Okonjo-Iweala", "Finance Minister"),
    ("east-asian", "Xi Jinping", "he", "Mr Xi", "President"),
    ("east-asian", "Moon Jae-in", "he", "Mr Moon", "President"),
    ("east-asian", "Nguyen Thi Lan", "she", "Ms Lan", "Minister"),
    ("east-asian", "Ban Ki-moon", "he", "Mr Ban", "Secretary General"),
    ("east-asian", "Wen Jiabao", "he", "Mr Wen", "Premier"),
    ("south-asian", "K. P. Sharma Oli", "he", "Mr Oli", "Prime Minister"),
    ("south-asian", "A.R. Rahman", "he", "Rahman", "Composer"),
    ("south-asian", "P. Chidambaram", "he", "Mr Chidambaram", "Finance Minister"),
    ("south-asian", "Manmohan Singh", "he", "Mr Singh", "Prime Minister"),
    ("african", "Kofi Annan", "he", "Mr Annan", "Secretary General"),
    ("african", "Cyril Ramaphosa", "he", "Mr Ramaphosa", "President"),
    ("african", "Olusegun Obasanjo", "he", "Mr Obasanjo", "President"),
    ("african", "Ellen Johnson Sirleaf", "she", "Ms Johnson Sirleaf", "President"),
    ("single", "Suharto", "he", "Suharto", "President"),
    ("single", "Pele", "he", "Pele", "Former striker"),
    ("suffix", "Martin Luther King Jr.", "he", "Dr King", "Civil rights leader"),
    ("suffix", "Cal Ripken Jr.", "he", "Ripken", "Shortstop"),
    ("suffix", "John D. Rockefeller III", "he", "Mr Rockefeller", "Philanthropist"),
    ("diacritics", "Recep Tayyip Erdoğan", "he", "Mr Erdoğan", "President"),
    ("diacritics", "Thomas Müller", "he", "Müller", "Forward"),
    ("diacritics", "Volodymyr Zelenskyy", "he", "Mr Zelenskyy", "President"),
    ("diacritics", "Łukasz Fabiański", "he", "Fabiański", "Goalkeeper"),
    ("diacritics", "Sebastián Piñera", "he", "Mr Piñera", "President"),
]
Q1 = '"We will not change course now, whatever the critics say about it,"'
Q2 = '"The plan is working and the figures show that clearly,"'
CLAUSE = "the plan would cut costs for families"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def generate() -> list[dict]:
    rows: list[dict] = []

    def add(frame: str, typ: str, name: str, text: str, written: tuple[bool, ...]) -> None:
        # written: per quote of the body (in order), whether ``speaker`` as written should hold the full name
        rows.append({"frame": frame, "type": typ, "name": name, "text": text, "written": written})

    for typ, name, pron, ref, title in NAMES:
        add("NAME said + pronoun", typ, name, f"{name} said {CLAUSE}. {Q1} {pron} said.", (True, False))
        add("said NAME", typ, name, f"{Q2} said {name}.", (True,))
        add("NAME said + surname", typ, name, f"{Q2} {name} said.\n\n{Q1} {ref} said.", (True, False))
        add("NAME, ROLE, said", typ, name, f"{name}, the head of the agency, said {CLAUSE}.", (True,))
        add("TITLE NAME told", typ, name, f"{title} {name} told reporters {CLAUSE}.", (True,))
        add("according to NAME", typ, name, f"According to {name}, {CLAUSE}.", (True,))
        add("intro + surname subject", typ, name,
            f"{name} arrived in Brussels on Monday for talks on the budget.\n\n{_cap(ref)} said {CLAUSE}.", (False,))
    return rows


def _norm(s: str) -> str:
    return str(s).strip().rstrip(".")


def check(rows: list[dict]) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": [f"r{i}" for i in range(len(rows))], "body": [r["text"] for r in rows],
                         "language": ["en"] * len(rows)})
    q = extract_quotes(arts)
    by = {aid: g.sort_values("start") for aid, g in q.groupby("article_id")}
    out = []
    for i, r in enumerate(rows):
        g = by.get(f"r{i}")
        full = _norm(r["name"])
        if g is None or len(g) != len(r["written"]):
            why, got = "quotes", "" if g is None else f"{len(g)} quotes"
        else:
            why = ""
            got = "; ".join(f"{s!r}/{n!r}" for s, n in zip(g["speaker"], g["speaker_name"], strict=True))
            for sp, nm, whole in zip(g["speaker"], g["speaker_name"], r["written"], strict=True):
                if _norm(nm) != full:
                    why = why or ("particle" if _norm(nm) and full.endswith(_norm(nm)) else "name")
                elif whole and full not in _norm(sp):
                    why = why or "speaker"
        out.append({**r, "fail": why, "got": got})
    return pd.DataFrame(out)


def tally(res: pd.DataFrame) -> str:
    bad = res["fail"] != ""
    lines = [f"{bad.sum()} of {len(res)} bodies fail",
             "reasons: " + ", ".join(f"{k} {v}" for k, v in Counter(res.loc[bad, "fail"]).most_common())]
    for dim in ("type", "frame"):
        cnt: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for v, f in zip(res[dim], res["fail"], strict=True):
            cnt[v][1] += 1
            cnt[v][0] += f != ""
        lines.append(f"- {dim}: " + ", ".join(f"`{k}` {a}/{n}" for k, (a, n) in
                                              sorted(cnt.items(), key=lambda kv: (-kv[1][0] / kv[1][1], kv[0]))))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--type", default="")
    args = ap.parse_args()
    res = check(generate())
    print(tally(res))
    show = res[(res["fail"] != "") & (res["type"].str.startswith(args.type))]
    for r in show.head(args.show).itertuples():
        print(f"\n[{r.fail}] {r.type} / {r.frame}: {r.text!r}\n    expected {r.name}; got {r.got}")


if __name__ == "__main__":
    main()
