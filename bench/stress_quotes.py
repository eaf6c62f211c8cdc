"""Stress test of ``extract_quotes`` on messy, adversarial and scraped-looking articles (s17robust).

    PYTHONPATH=. python bench/stress_quotes.py [--only NAME] [--timeout 120] [--scale 1.0]

Builds articles (English and Indonesian; ``language`` given, missing or odd) that scraped text can
look like: an unclosed opening quotation mark at the start of a 50,000-character article, thousands of
quotation marks, 200,000 characters without sentence punctuation, one 20,000-character "sentence",
every line a quote, nested and mismatched marks (“ ' » „ ‘, ``''``, TeX ````...''``, ``&quot;`` and
``&#8220;`` entities, no-break and zero-width spaces, soft hyphens, RTL marks, NUL and control
characters, CRLF and lone CR, tabs), HTML remnants (``<p>``, ``<br/>``, ``[caption]``), share counters
and comment forms like the seed article's, ALL CAPS, emoji and Arabic/Chinese script around quotes,
very long names and role chains, ``said said said`` and ``said`` 5,000 times, empty / blank / None /
non-text bodies, unpaired surrogates (bytes decoded with ``surrogateescape``), numbers only, a body that
is one giant quote, Indonesian clitic cues with no antecedent, duplicate article ids, and realistic-size
scraped pages with all of it mixed in.

Each article runs alone through ``extract_quotes`` (CPU time measured, a SIGALRM guard of ``--timeout``
seconds against a hang), then all of them once more in one table (the batch must equal the
concatenation; two runs and a run with ``workers=2`` must be equal). The table lists per article: characters, quotes, ms
(CPU), ms per 10,000 characters (counting at least 10,000; ``slow`` when above 50 and above 2 ms per
quote found: text dense with quotes costs ~0.2 ms a quote), ``x2`` (for 20,000 characters or more:
the time over the time on the first half of the text; ``superlinear`` above 3 where it took over
200 ms: linear time gives ~2, a quadratic loop or catastrophic backtracking ~4), and problems: an
exception, a warning, ``start``/``end`` outside ``0 <= start < end <= len(body)``, a
quote part not inside ``body[start:end]`` (white space normalised), a speaker (as written) that is
neither in the sentence nor anywhere in the body, a ``kind`` outside direct | indirect | mixed,
duplicate ``(article_id, quote_id)`` (but for repeated article ids, which extract_quotes warns about). A
warning of extract_quotes naming the article is the clear message bad input should give: such rows count as
warned, not failed. Exit status 1 when any row has a problem.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.quotes import extract_quotes  # noqa: E402
from helpers.tables import QUOTE_COLUMNS  # noqa: E402

SLOW_MS_PER_10K = 50.0
SLOW_MS_PER_QUOTE = 2.0  # (quote-dense text costs per quote found, ~0.2 ms each: slow only when both are high)
GROWTH_LIMIT = 3.0
MISSING = object()  # no ``language`` value at all (the article goes into a table without the column)

EN_PARAS = [
    "The finance minister, Jane Holloway, said on Tuesday that the budget would be balanced by 2027.",
    "“We have made hard choices, and they are paying off,” she told reporters in London.",
    "Opposition leader Mark Devlin said the figures were “a fantasy” and accused the government of hiding cuts.",
    "According to the Office for Budget Responsibility, growth will slow to 1.2% next year.",
    "\"This is not a plan, it is a wish list,\" said Sarah Kent, an economist at the Resolution Foundation.",
    "Mr Devlin added: \"People can see their bills going up every month.\"",
    "The Treasury declined to comment on the leaked documents.",
    "Ms Holloway warned that “difficult decisions” lay ahead for public services.",
]
ID_PARAS = [
    "Menteri Keuangan Sri Mulyani mengatakan bahwa defisit anggaran akan tetap terkendali tahun depan.",
    "“Kami akan menjaga disiplin fiskal dengan ketat,” kata Sri Mulyani di Jakarta, Senin (5/10/2020).",
    "Menurut Badan Pusat Statistik, pertumbuhan ekonomi mencapai 5,1 persen pada kuartal ketiga.",
    "“Ini bukan waktu yang tepat untuk menaikkan pajak,” ujar ekonom INDEF Bhima Yudhistira.",
    "Ia menambahkan bahwa pemerintah perlu memperkuat daya beli masyarakat.",
    "Ketua DPR Puan Maharani menegaskan bahwa parlemen akan mengawasi pelaksanaan anggaran.",
    "“Kami tidak akan tinggal diam,” tegasnya.",
    "Sementara itu, Bank Indonesia mempertahankan suku bunga acuan di level 3,75 persen.",
]
SEED_JUNK = "\n\n0\n77\n\nLEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here\n"


def _article(paras: list[str], n_chars: int, sep: str = "\n\n") -> str:
    out: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        p = paras[i % len(paras)]
        out.append(p)
        size += len(p) + len(sep)
        i += 1
    return sep.join(out)[:n_chars]


def _words(paras: list[str]) -> list[str]:
    return re.findall(r"\w+", " ".join(paras))


def _no_punct(paras: list[str], n_chars: int) -> str:
    words = _words(paras)
    out: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        w = words[(i * 7) % len(words)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out)[:n_chars]


def _one_sentence(n_chars: int) -> str:
    parts = ["Mr Devlin said", "according to officials", "the minister told reporters",
             "“we will act”", "which critics said was too late", "and the union warned that strikes would follow"]
    return _article(parts, n_chars, sep=", ") + "."


def _mixed_marks() -> str:
    return ("“He said ‘no’ to them,” said John Smith. 'They were wrong,\" he added. "
            "» It is over « , said Anna Berg. „Wir schaffen das“, sagte sie, “it's fine.’ "
            "``We will win,'' said Mr Brown. ''Nobody knew,'' he said. "
            "&quot;Stop now,&quot; said Lee Chan. &#8220;Go home,&#8221; she said. &ldquo;Yes,&rdquo; he said.\n"
            "“Spaces\u00a0here,”\u00a0said\u00a0Tom\u00a0Hill. “Zero\u200bwidth\u200b,” said Ann\u200bLee. "
            "“Soft\u00adhyphen\u00ad,” said Bob\u00adKing. \u200f“Right\u200eto\u202bleft,”\u202c said Omar Ali. "
            "“Null\x00char\x01,” said Eve\x07Stone.\r\n“Carriage,” said Rex Ray.\r“Lone CR,” said Amy Fox.\t"
            "“Tab\tinside,”\tsaid\tIan Cole.\x0b\x0c\x1b[0m “Escape,” said Kim Park.\u2028“Line sep,” said Ola Nor.\u2029")


def _html_page(paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return ("<html><head><title>News</title></head><body><div class=\"share\">Share 1.2k Tweet 77 Pin 0</div>\n"
            "[caption id=\"attachment_1\" align=\"alignnone\" width=\"640\"]<img src=\"a.jpg\"/> Photo: AFP[/caption]\n"
            + body.replace(". ", ".<br/>") + "<script>var s = \"said\"; if (a < b && c > d) {}</script>\n"
            "<!-- comment \"quoted\" -->" + SEED_JUNK + "</body></html>")


def _emoji_scripts() -> str:
    return ("🔥🔥 BREAKING 🔥 “We will rebuild 🏠,” said Layla Haddad 😢. "
            "قال الوزير “سنعيد البناء” في مؤتمر صحفي. “我们会赢,” 李明说. "
            "「我们会赢」と彼は言った。 “Это конец,” сказал Иван Петров. "
            "«Il faut agir», a déclaré Marie Dubois. 👍👍👍 “Thanks 🙏,” he said. "
            "Layla Haddad, 👩‍⚕️ a doctor, said the clinic was 💯 full.")


def _long_names() -> str:
    name = " ".join(["Maximilian", "Alexander", "Friedrich", "Wilhelm", "Ferdinand", "Leopold"] * 20)
    role = ", ".join(["the deputy assistant secretary of the interior department's office of policy"] * 40)
    return (f"{name}, {role}, said the plan would fail. “It is over,” said {name}, {role}. "
            f"“Nobody listened,” {name} told reporters.")


def _cases(scale: float) -> list[tuple[str, object, object]]:
    def n(k: int) -> int:
        return max(1000, int(k * scale))

    en = _article(EN_PARAS, n(50_000))
    idn = _article(ID_PARAS, n(50_000))
    cases: list[tuple[str, object, object]] = [
        ("normal_en_5k", _article(EN_PARAS, 5000), "en"),
        ("normal_id_5k", _article(ID_PARAS, 5000), "id"),
        ("unclosed_open_50k_en", "“" + en, "en"),
        ("unclosed_open_50k_id", "“" + idn, "id"),
        ("unclosed_open_straight_50k", '"' + en.replace('"', ""), "en"),
        ("marks_only_10k_straight", '"' * n(10_000), "en"),
        ("marks_only_10k_curly", "“”" * n(5_000), "en"),
        ("marks_only_10k_open", "“" * n(10_000), "en"),
        ("marks_only_10k_single", "'" * n(10_000), "en"),
        ("marks_only_10k_id", "“" * n(10_000), "id"),
        ("marks_every_word_50k", " ".join(f"“{w}”" if i % 2 else f'"{w}' for i, w in enumerate(
            _no_punct(EN_PARAS, n(40_000)).split())), "en"),
        ("marks_every_word_50k_id", " ".join(f"“{w}”" if i % 2 else f'"{w}' for i, w in enumerate(
            _no_punct(ID_PARAS, n(40_000)).split())), "id"),
        ("said_marks_50k", ('"A," said B. ' * n(4_000)), "en"),
        ("one_paragraph_200k_en", _article(EN_PARAS, n(200_000), sep=" "), "en"),
        ("one_paragraph_200k_id", _article(ID_PARAS, n(200_000), sep=" "), "id"),
        ("no_punct_200k_en", _no_punct(EN_PARAS, n(200_000)), "en"),
        ("no_punct_200k_id", _no_punct(ID_PARAS, n(200_000)), "id"),
        ("one_sentence_20k_en", _one_sentence(n(20_000)), "en"),
        ("one_sentence_20k_id", ", ".join(["kata Sri Mulyani", "menurut BPS", "“kami akan bertindak”",
                                             "ujarnya", "yang menurut pengamat terlambat"] * n(400)) + ".", "id"),
        ("every_line_quote_en", "\n".join(f"“Point {i} matters,” said Jane Holloway." for i in range(n(2000))), "en"),
        ("every_line_quote_id", "\n".join(f"“Poin {i} penting,” kata Sri Mulyani." for i in range(n(2000))), "id"),
        ("every_line_floating", "\n".join(f"“Point {i} matters.”" for i in range(n(2000))), "en"),
        ("mixed_marks_en", _mixed_marks(), "en"),
        ("mixed_marks_id", _mixed_marks().replace("said", "kata").replace("he added", "tambahnya"), "id"),
        ("html_page_en", _html_page(EN_PARAS), "en"),
        ("html_page_id", _html_page(ID_PARAS), "id"),
        ("all_caps_en", _article(EN_PARAS, 5000).upper(), "en"),
        ("all_caps_id", _article(ID_PARAS, 5000).upper(), "id"),
        ("emoji_scripts_en", _emoji_scripts(), "en"),
        ("emoji_scripts_id", _emoji_scripts().replace("said", "kata"), "id"),
        ("long_names_roles", _long_names(), "en"),
        ("said_said_said", "He said said said that “it said said,” said said said Mr said Said.", "en"),
        ("said_5000", " ".join(["said"] * 5000), "en"),
        ("said_5000_punct", ", ".join(["said"] * 5000) + ".", "en"),
        ("kata_5000", " ".join(["kata"] * 5000), "id"),
        ("katanya_5000", " ".join(["“ya,” katanya."] * 2000), "id"),
        ("empty", "", "en"),
        ("blank", " \n\t\r\n \u00a0\u200b ", "en"),
        ("none_body", None, "en"),
        ("nan_body", float("nan"), "en"),
        ("int_body", 12345, "en"),
        ("bytes_body", "“Bytes,” said Ann.".encode(), "en"),
        ("tabs_and_spaces", "“It is over,” said Amy Fox.\t“Not yet,”\tsaid\tIan Cole.\u2028“Kami,” said\u2003Jo Lee. " * 200,
         "en"),
        ("surrogates", "“Bad \udc80 bytes,” said Ann\udcff Lee. " * 20, "en"),
        ("numbers_only", " ".join(str(i) for i in range(n(10_000))), "en"),
        ("missing_language_en", _article(EN_PARAS, 3000), MISSING),
        ("missing_language_id", _article(ID_PARAS, 3000), MISSING),
        ("none_language_id", _article(ID_PARAS, 3000), None),
        ("nan_language_id", _article(ID_PARAS, 3000), float("nan")),
        ("odd_language_fr", "«Il faut agir», a déclaré Marie Dubois. “We act,” said Ann Lee.", "fr"),
        ("language_upper_ID", _article(ID_PARAS, 3000), "ID"),
        ("language_tag_id-ID", _article(ID_PARAS, 3000), "id-ID"),
        ("giant_quote_en", "“" + _article(EN_PARAS, n(30_000)).replace("“", "").replace("”", "") + "”", "en"),
        ("giant_quote_id", "“" + _article(ID_PARAS, n(30_000)).replace("“", "").replace("”", "") + "”", "id"),
        ("clitic_no_antecedent", "“Kami siap,” katanya. “Tidak ada masalah,” tambahnya. Menurutnya, semua aman.",
         "id"),
        ("pronoun_no_antecedent", "“We are ready,” he said. She added that all was well. They said no.", "en"),
        ("title_case_50k", " ".join(w.capitalize() for w in _no_punct(EN_PARAS, n(50_000)).split()) + ".", "en"),
        ("title_case_lines_50k", "\n".join(" ".join(w.capitalize() for w in line.split()) for line in _article(
            EN_PARAS, n(50_000)).split("\n")), "en"),
        ("one_token_100k", "a" * n(100_000), "en"),
        ("newlines_100k", "\n" * n(100_000), "en"),
        ("commas_50k", ", ".join(["said Jane Holloway"] * n(2_500)), "en"),
        ("parentheses_50k", "(" * n(10_000) + "“A,” said Jane Holloway." + ")" * n(10_000), "en"),
        ("names_list_50k", ", ".join(f"{a} {b}" for a in ("Jane", "Mark", "Sarah", "Tom", "Ann") for b in (
            "Holloway", "Devlin", "Kent", "Hill", "Lee")) * n(200) + " said the plan would fail.", "en"),
        ("surname_lines_en", "Jane Holloway spoke first.\n" + "\n".join(
            f"“Point {i} matters,” Holloway said, and Jane Holloway left." for i in range(n(2000))), "en"),
        ("surname_lines_id", "Sri Mulyani hadir.\n" + "\n".join(
            f"“Poin {i} penting,” kata Mulyani, lalu Sri Mulyani pergi." for i in range(n(2000))), "id"),
        ("pronoun_lines_en", "Jane Holloway spoke first.\n" + "\n".join(
            f"“Point {i} matters,” she said. The minister added that it did." for i in range(n(2000))), "en"),
        ("according_to_5000", " ".join(["according to Jane Holloway,"] * n(5000)) + " it failed.", "en"),
        ("menurut_5000", " ".join(["menurut Sri Mulyani,"] * n(5000)) + " gagal.", "id"),
        ("markup_unclosed_50k", _article(EN_PARAS, 3000) + "<!-- <script> <p class=\"x [caption &quot " * n(1_200),
         "en"),
        ("entities_50k", "&quot;A,&quot; said B. &#8220;C&#8221; &amp; &nbsp; " * n(1_000), "en"),
        ("scraped_page_en", _html_page(EN_PARAS * 6) + _mixed_marks() + _emoji_scripts() + "“" + en[:20_000], "en"),
        ("scraped_page_id", _html_page(ID_PARAS * 6) + _mixed_marks() + "“" + idn[:20_000] + SEED_JUNK, "id"),
    ]
    return cases


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def _norm(text: str) -> str:
    # (the quotes table shows an unpaired surrogate of the body as U+FFFD)
    return " ".join(re.sub("[\ud800-\udfff]", "\ufffd", text).split())


def _table(items: list[tuple[str, object, object]], aid_of=None) -> pd.DataFrame:
    with_lang = any(lang is not MISSING for _, _, lang in items)
    cols = {"article_id": [aid_of(name) if aid_of else name for name, _, _ in items],
            # (object dtype: a str column cannot hold bytes, numbers or unpaired surrogates)
            "body": pd.Series([body for _, body, _ in items], dtype=object)}
    if with_lang:
        cols["language"] = pd.Series([None if lang is MISSING else lang for _, _, lang in items], dtype=object)
    return pd.DataFrame(cols)


def check_table(quotes: pd.DataFrame, bodies: dict[object, object]) -> list[str]:
    """The invariants of a quotes table against the article bodies (a list of problems, empty when fine)."""
    problems: list[str] = []
    if list(quotes.columns) != list(QUOTE_COLUMNS):
        problems.append(f"columns {list(quotes.columns)}")
    if quotes.duplicated(["article_id", "quote_id"]).any():
        problems.append(f"{int(quotes.duplicated(['article_id', 'quote_id']).sum())} duplicate (article_id, quote_id)")
    for r in quotes.itertuples(index=False):
        body = bodies.get(r.article_id)
        if not isinstance(body, str):
            problems.append(f"{r.quote_id}: body is not text")
            continue
        if not (0 <= r.start < r.end <= len(body)):
            problems.append(f"{r.quote_id}: start/end {r.start}/{r.end} outside 0..{len(body)}")
            continue
        if r.kind not in ("direct", "indirect", "mixed"):
            problems.append(f"{r.quote_id}: kind {r.kind!r}")
        span = _norm(body[r.start:r.end])
        for part in str(r.quote).split(" … "):
            p = _norm(part).strip(",;:")
            if p and p not in span and p[:-1] not in span and p.rstrip("”\"»’'").rstrip(",;:") not in span:
                problems.append(f"{r.quote_id}: quote part {p[:40]!r} not in body[start:end]")
                break
        spk = str(r.speaker or "")
        if spk and _norm(spk) not in _norm(str(r.sentence)) and _norm(spk) not in _norm(body):
            problems.append(f"{r.quote_id}: speaker {spk[:40]!r} in neither sentence nor body")
    return problems


def run_one(name: str, body: object, lang: object, timeout: int) -> dict:
    table = _table([(name, body, lang)])
    problems: list[str] = []
    q = None
    t0 = time.process_time()
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            q = extract_quotes(table)
        problems += [f"warning: {str(w.message)[:120]}" for w in caught]
    except _Timeout:
        problems.append(f"TIMEOUT > {timeout} s")
    except Exception as exc:  # the point of the stress test: report it as a row
        problems.append(f"EXCEPTION {type(exc).__name__}: {str(exc)[:120]}")
    finally:
        signal.alarm(0)
    ms = (time.process_time() - t0) * 1000
    chars = len(body) if isinstance(body, str) else 0
    per10k = ms / max(chars, 10_000) * 10_000
    n_quotes = 0 if q is None else len(q)
    growth = float("nan")
    if chars >= 20_000 and q is not None:
        # the same text cut to half its length: linear time takes about half (catastrophic backtracking or a
        # quadratic loop 4x)
        half = _table([(name, body[:chars // 2], lang)])  # type: ignore[index]
        t1 = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract_quotes(half)
        growth = ms / max((time.process_time() - t1) * 1000, 1.0)
        if growth > GROWTH_LIMIT and ms > 200:
            problems.append(f"superlinear: x{growth:.1f} for twice the text")
    if per10k > SLOW_MS_PER_10K and ms / max(n_quotes, 1) > SLOW_MS_PER_QUOTE:
        problems.append(f"slow: {per10k:.0f} ms per 10k chars")
    if q is not None:
        problems += check_table(q, {name: body})
    return {"case": name, "lang": "(none)" if lang is MISSING else repr(lang) if not isinstance(lang, str) else lang,
            "chars": chars, "quotes": 0 if q is None else len(q), "ms": round(ms, 1),
            "ms_per_10k": round(per10k, 1), "x2": round(growth, 1), "problems": "; ".join(problems[:3]) + (
                f" (+{len(problems) - 3})" if len(problems) > 3 else ""), "_q": q, "_p": problems}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="", help="run only cases whose name contains this")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per article before it counts as a hang")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the sizes of the big cases")
    args = ap.parse_args()
    cases = [c for c in _cases(args.scale) if args.only in c[0]]
    results = [run_one(name, body, lang, args.timeout) for name, body, lang in cases]
    # the whole set in one table (duplicate ids on purpose in a second pass), twice: equal to the singles, deterministic
    batch_problems: list[str] = []
    a = None
    if not args.only:
        table = _table([c for c in cases if c[2] is not MISSING])
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                a = extract_quotes(table)
                b = extract_quotes(table)
                c = extract_quotes(table, workers=2) if sys.platform != "win32" else a
        except Exception as exc:  # (one bad article must not stop the run: a finding, not a crash of this script)
            a = b = c = None
            batch_problems.append(f"EXCEPTION {type(exc).__name__}: {str(exc)[:120]}")
            # (without the batch, only the single runs are checked)
    if not args.only and a is not None:
        if not a.equals(b):
            batch_problems.append("two runs differ")
        if not a.equals(c):
            batch_problems.append("workers=2 differs from workers=1")
        singles = pd.concat([r["_q"] for r in results if r["_q"] is not None and r["lang"] != "(none)"],
                            ignore_index=True)
        singles = singles[[c for c in a.columns]]
        if not a.reset_index(drop=True).astype(str).equals(singles.reset_index(drop=True).astype(str)):
            batch_problems.append(f"batch ({len(a)} rows) differs from the single runs ({len(singles)} rows)")
        batch_problems += check_table(a, dict(zip(table["article_id"], table["body"], strict=True)))
    if not args.only:
        dup = pd.concat([table.head(3), table.head(3)], ignore_index=True)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            d = extract_quotes(dup)
        dup_problems = [p for p in check_table(d, dict(zip(dup["article_id"], dup["body"], strict=True)))
                        if not (caught and "duplicate (article_id, quote_id)" in p)]  # (warned: expected)
        dup_problems = dup_problems[:2] + [f"warning: {str(w.message)[:100]}" for w in caught]
        results.append({"case": "duplicate_article_ids", "lang": "en/id", "chars": int(dup["body"].str.len().sum()),
                        "quotes": len(d), "ms": float("nan"), "ms_per_10k": float("nan"), "x2": float("nan"),
                        "problems": "; ".join(dup_problems), "_p": dup_problems})
    out = pd.DataFrame([{k: v for k, v in r.items() if not k.startswith("_")} for r in results])
    with pd.option_context("display.max_rows", None, "display.width", 250, "display.max_colwidth", 110):
        print(out.to_string(index=False))
    if batch_problems:
        print("batch:", "; ".join(batch_problems[:5]))
    elif not args.only:
        print("batch: the whole set in one table equals the single runs; two runs and workers=2 are equal")
    # a warning from extract_quotes naming the article is the clear message asked for, not a failure
    warned = pd.Series([bool(r["_p"]) and all(p.startswith("warning: extract_quotes") for p in r["_p"])
                        for r in results], index=out.index)
    bad = out[out["problems"].astype(bool) & ~warned]
    print(f"{len(out)} cases, {len(bad)} with problems ({', '.join(bad['case'])}), {int(warned.sum())} warned; "
          f"total {out['ms'].sum() / 1000:.1f} s CPU")
    return 1 if len(bad) or batch_problems else 0


if __name__ == "__main__":
    sys.exit(main())
