"""A battery of direct quotes built from a small grammar: quotation-mark styles and quote mechanics (s15markbat).

    PYTHONPATH=. python bench/battery_quote_marks.py [--n 600] [--seed 15] [--fails 20]

Each body is drawn (fixed seed) from these dimensions, and ``extract_quotes`` is checked on it:

- ``lang``: en | id;
- ``mark``: straight double, curly double, straight single, curly single, guillemets « » and » «, German „ “,
  mixed (curly open, straight close, as scrapers leave it), doubled apostrophes ``''...''`` (PolNeAR),
  TeX-style ````...''``, the prime-like ``´...`` ` ``;
- ``structure``: cue after (``"A," X said.``), cue before with a colon (``X said: "A."``), split by the cue
  (``"A," X said, "B."`` / ``“A,” kata X. “B.”`` / ``“A,” ujarnya, “B.”``), several sentences in one quotation,
  several paragraphs (an opening mark on each, a closing mark only at the end);
- ``cue``: the speech verb and speaker form (name after or before the verb, a pronoun, an Indonesian clitic);
- ``endp``: the quotation's last mark of punctuation (, . ? ! ... —);
- ``inner``: what the quoted words hold: an apostrophe that is no quotation mark (``the players' union``,
  ``'90s``, ``rock 'n' roll``, ``O'Brien``, ``don't``, ``Jum'at``, ``Qur'an``), a nested quotation, a URL, a number;
- ``place``: where the quotation stands (after a lead sentence, at the very start or end of the body, after a
  headline-like first line).

Checks per body: a quote whose words are the quoted words (token overlap >= 0.9 of the longer), of kind
``direct``, ``body[start:end]`` holding every part of the quote, and ``speaker_name`` the person named in the
lead. Prints the failures tallied by dimension value (and a few failing bodies with ``--fails``).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

import pandas as pd

from helpers.quotes import extract_quotes

MARKS = {
    "straight_double": ('"', '"'),
    "curly_double": ("“", "”"),
    "straight_single": ("'", "'"),
    "curly_single": ("‘", "’"),
    "guillemets": ("«", "»"),
    "guillemets_rev": ("»", "«"),
    "german": ("„", "“"),
    "mixed_curly_straight": ("“", '"'),
    "doubled_apostrophes": ("''", "''"),
    "tex": ("``", "''"),
    "prime": ("´", "`"),
    "straight_spaced": ('" ', ' "'),
    "curly_spaced": ("“ ", " ”"),
}
SINGLE = {"straight_single", "curly_single"}

SENTS = {
    "en": ["We will not give up on this plan", "The council has failed the people of this town",
           "Nobody expected the vote to pass so easily", "This is the best result we have had in years"],
    "id": ["Kami tidak akan menyerah pada rencana ini", "Pemerintah harus segera bertindak untuk warga",
           "Warga sudah menunggu terlalu lama untuk jalan ini", "Ini hasil terbaik kami dalam beberapa tahun"],
}
SECOND = {
    "en": ["It is time for everyone to act", "The money must go to our schools"],
    "id": ["Kami akan terus berjuang bersama warga", "Dana itu harus dipakai untuk sekolah"],
}
THIRD = {"en": "We owe that much to the families who live here", "id": "Kami berutang itu kepada keluarga di sini"}
INNER = {
    "en": {"none": "", "players_union": "and the players' union agrees with us", "nineties": "just as it did in the '90s",
           "rock_n_roll": "like rock 'n' roll on a Friday night", "obrien": "and Mr O'Brien knows that",
           "dont": "and I don't know why", "nested": "and they told me {n1}no{n2} twice",
           "nested_end": "and they told me {n1}no{n2}", "curly_apostrophes": "and I don’t think the players’ union agrees",
           "url": "as the report at https://example.com/plan.html shows", "number": "and it will cost 3.5 million dollars"},
    "id": {"none": "", "jumat": "sejak hari Jum'at lalu", "quran": "seperti yang diajarkan Al-Qur'an",
           "nested": "dan mereka bilang {n1}tidak{n2} dua kali", "nested_end": "dan mereka bilang {n1}tidak{n2}", "url": "seperti laporan di https://example.com/rencana.html",
           "number": "dan biayanya Rp 3,5 miliar"},
}
PEOPLE = {"en": [("John Smith", "Smith", "he"), ("Mary Jones", "Jones", "she")],
          "id": [("Budi Santoso", "Budi", "nya"), ("Siti Rahayu", "Siti", "nya")]}
LEAD = {"en": "{name}, the head of the local union, spoke to reporters on Monday.",
        "id": "{name}, ketua serikat pekerja setempat, berbicara kepada wartawan pada Senin."}
TAIL = {"en": "The meeting ended shortly before noon.", "id": "Pertemuan itu berakhir menjelang siang."}
HEADLINE = {"en": "Union vows to fight council plan", "id": "Serikat pekerja tolak rencana pemerintah"}
#: speech cues after the quotation: (label, template); {name} full name, {sur} surname, {pro} pronoun
CUES_AFTER = {
    "en": [("said_name", "said {name}"), ("name_said", "{name} said"), ("pro_said", "{pro} said"),
           ("sur_added", "{sur} added"), ("pro_told", "{pro} told reporters"), ("name_says", "says {name}"),
           ("asked_name", "asked {name}"), ("name_role_said", "{name}, the union leader, said"),
           ("said_name_role", "said {name}, the head of the union"), ("pro_told_bbc", "{pro} told the BBC"),
           ("name_said_on", "{name} said on Monday")],
    "id": [("kata", "kata {name}"), ("ujar", "ujar {name}"), ("ucap", "ucap {name}"), ("tutur", "tutur {name}"),
           ("ungkap", "ungkap {name}"), ("jelas", "jelas {name}"), ("tegas", "tegas {name}"), ("tambah", "tambah {name}"),
           ("katanya", "katanya"), ("ujarnya", "ujarnya"), ("tambahnya", "tambahnya"), ("tegasnya", "tegasnya"),
           ("kata_sur", "kata {sur}"), ("kata_role", "kata {name}, ketua serikat pekerja itu"),
           ("ujar_kepada", "ujar {name} kepada wartawan"),
           ("kata_saat", "kata {name} saat ditemui di Jakarta, Senin (5/10/2020)")],
}
CUES_BEFORE = {
    "en": [("name_said:", "{name} said:"), ("pro_said:", "{pro.cap} said:"), ("name_told:", "{name} told reporters:"),
           ("name_said,", "{name} said,"), ("name_told_bbc:", "{name} told the BBC:")],
    "id": [("mengatakan:", "{name} mengatakan:"), ("menegaskan:", "{name} menegaskan:"), ("menurut", "Menurut {name},"),
           ("dikatakan", "Hal itu dikatakan {name}:"), ("mengatakan,", "{name} mengatakan,"),
           ("menjelaskan,", "{name} menjelaskan,")],
}
STRUCTURES = ["after", "before_colon", "split", "split_stop", "multi_sentence", "multi_para", "multi_para_cue_end"]
ENDP = [",", ".", "?", "!", "...", "—"]
PLACES = ["lead", "start", "end", "headline"]
_TOK_RE = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [t.lower() for t in _TOK_RE.findall(text)]


def _nested(mark: str, lang: str, inner: str) -> str:
    text = INNER[lang][inner]
    if "{n1}" in text:
        n1, n2 = ('"', '"') if mark in SINGLE else ("'", "'") if lang == "en" else ("‘", "’")
        text = text.format(n1=n1, n2=n2)
    return text


def make_case(rng: random.Random, lang: str | None = None) -> dict:
    """One body and its expected quote, drawn from the grammar."""
    lang = lang or rng.choice(["en", "id"])
    mark = rng.choice(list(MARKS))
    structure = rng.choice(STRUCTURES)
    endp = rng.choice(ENDP) if structure == "after" else rng.choice([".", "?", "!", "...", "—"])
    inner = rng.choice(list(INNER[lang]))
    place = rng.choice(PLACES)
    name, sur, pro = rng.choice(PEOPLE[lang])
    o, c = MARKS[mark]
    a = rng.choice(SENTS[lang])
    extra = _nested(mark, lang, inner)
    if extra:
        a = f"{a} {extra}" if lang == "id" or inner != "dont" else f"{a}, {extra}"
    b = rng.choice(SECOND[lang])
    fill = {"name": name, "sur": sur}
    if structure in ("after", "split", "split_stop", "multi_sentence", "multi_para_cue_end"):
        cue_label, tpl = rng.choice(CUES_AFTER[lang])
    else:
        cue_label, tpl = rng.choice(CUES_BEFORE[lang])
    if lang == "id" and "{pro" not in tpl:
        cue = tpl.format(**fill)
    elif lang == "en":
        cue = tpl.replace("{pro.cap}", pro.capitalize()).replace("{pro}", pro).format(**fill)
    else:
        cue = tpl.format(**fill)
    if place == "start" and ("{pro" in tpl or cue_label in ("katanya", "ujarnya", "tambahnya", "tegasnya")):
        place = "lead"  # (a pronoun needs its antecedent before it)
    parts = [a]
    if structure == "after":
        if endp == ",":
            quote_par = f"{o}{a},{c} {cue}."
        else:
            quote_par = f"{o}{a}{endp}{c} {cue}."
    elif structure == "before_colon":
        quote_par = f"{cue} {o}{a}{endp}{c}"
    elif structure == "split":
        if lang == "id" and rng.random() < 0.5:
            quote_par = f"{o}{a},{c} {cue}. {o}{b}{endp}{c}"
        else:
            quote_par = f"{o}{a},{c} {cue}, {o}{b[0].lower() + b[1:] if lang == 'en' else b}{endp}{c}"
        parts = [a, b]
    elif structure == "split_stop":  # '"A," he said. "B."': one attribution (PolNeAR's convention)
        quote_par = f"{o}{a},{c} {cue}. {o}{b}{endp}{c}"
        parts = [a, b]
    elif structure == "multi_para_cue_end":  # '"A.\n\n"B," he said.': the cue after the last paragraph
        quote_par = f"{o}{a}.\n\n{o}{b},{c} {cue}."
        parts = [f"{a}. {b}"]
    elif structure == "multi_sentence":
        quote_par = f"{o}{a}. {b}{endp if endp != '.' else ''},{c} {cue}." if endp in (".",) else \
            f"{o}{a}. {b}{endp}{c} {cue}."
        parts = [f"{a}. {b}"]
    else:  # multi_para: an opening mark on each paragraph, a closing mark only at the end
        quote_par = f"{cue} {o}{a}.\n\n{o}{b}.\n\n{o}{THIRD[lang]}{endp}{c}"
        parts = [f"{a}. {b}. {THIRD[lang]}"]
    lead = LEAD[lang].format(name=name)
    if place == "start":
        paras = [quote_par, lead, TAIL[lang]]
    elif place == "end":
        paras = [lead, quote_par]
    elif place == "headline":
        paras = [HEADLINE[lang], lead, quote_par, TAIL[lang]]
    else:
        paras = [lead, quote_par, TAIL[lang]]
    body = "\n\n".join(paras)
    return {"lang": lang, "mark": mark, "structure": structure, "cue": cue_label, "endp": endp, "inner": inner,
            "place": place, "body": body, "parts": parts, "speaker": name}


def check(case: dict, rows: pd.DataFrame) -> list[str]:
    """The checks the case fails: quote (none found), kind, offsets, speaker."""
    want = _words(" ".join(case["parts"]))
    best, best_ov = None, 0.0
    for r in rows.itertuples():
        got = _words(r.quote)
        ov = sum((Counter(want) & Counter(got)).values()) / max(len(want), len(got), 1)
        if ov > best_ov:
            best, best_ov = r, ov
    if best is None or best_ov < 0.9:
        return ["quote"]
    fails = []
    if best.kind != "direct":
        fails.append("kind")
    span = " ".join(case["body"][best.start:best.end].split())
    if not all(" ".join(p.split()) in span for p in best.quote.split(" … ")):
        fails.append("offsets")
    if best.speaker_name != case["speaker"]:
        fails.append("speaker")
    return fails


def run(n: int = 600, seed: int = 15) -> tuple[list[dict], pd.DataFrame]:
    """The cases (with their failed checks under ``fails``) and the quotes extracted."""
    rng = random.Random(seed)
    cases = [make_case(rng, "en" if k % 2 == 0 else "id") for k in range(n)]
    arts = pd.DataFrame({"article_id": [f"c{k}" for k in range(n)], "body": [c["body"] for c in cases],
                         "language": [c["lang"] for c in cases]})
    quotes = extract_quotes(arts)
    by_id = dict(tuple(quotes.groupby("article_id")))
    for k, case in enumerate(cases):
        case["fails"] = check(case, by_id.get(f"c{k}", quotes.iloc[0:0]))
    return cases, quotes


def tally(cases: list[dict]) -> str:
    """Markdown table: per dimension value, cases, failed cases and the failed checks."""
    lines = ["| dimension | value | cases | failed | quote | kind | offsets | speaker |", "|---|---|---|---|---|---|---|---|"]
    total = Counter(len(c["fails"]) > 0 for c in cases)
    lines.append(f"| all | all | {len(cases)} | {total[True]} | " + " | ".join(
        str(sum(f in c["fails"] for c in cases)) for f in ("quote", "kind", "offsets", "speaker")) + " |")
    for dim in ("lang", "mark", "structure", "cue", "endp", "inner", "place"):
        groups: dict[str, list[dict]] = defaultdict(list)
        for c in cases:
            groups[c[dim]].append(c)
        for val, cs in sorted(groups.items(), key=lambda kv: (-sum(bool(c["fails"]) for c in kv[1]), kv[0])):
            failed = sum(bool(c["fails"]) for c in cs)
            if failed == 0:
                continue
            lines.append(f"| {dim} | {val} | {len(cs)} | {failed} | " + " | ".join(
                str(sum(f in c["fails"] for c in cs)) for f in ("quote", "kind", "offsets", "speaker")) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--fails", type=int, default=0, help="print this many failing bodies with their quotes")
    ap.add_argument("--mark", default=None, help="print failures of this mark style only")
    args = ap.parse_args()
    cases, quotes = run(args.n, args.seed)
    print(tally(cases))
    shown = 0
    for k, c in enumerate(cases):
        if c["fails"] and shown < args.fails and (args.mark is None or c["mark"] == args.mark):
            shown += 1
            print(f"\n--- c{k} {c['lang']} {c['mark']} {c['structure']} {c['cue']} {c['endp']} {c['inner']} "
                  f"{c['place']}: {c['fails']}\n{c['body']}")
            for r in quotes[quotes.article_id == f"c{k}"].itertuples():
                print(f"    {r.kind} {r.quote!r} [{r.start}:{r.end}] speaker={r.speaker!r} name={r.speaker_name!r}")


if __name__ == "__main__":
    main()
