"""A grammar-generated battery of ordinary English news attribution frames, checked against ``extract_quotes``.

    PYTHONPATH=. python bench/cue_frames.py [--n 600] [--seed 15] [--show 40]

Each sentence combines a speaker, a cue verb, a tense/aspect/modality form, an insert (time, place, medium,
addressee) and a content type (that-clause, bare clause, direct quotation after ``:`` or ``,``, a postposed
quotation, a split quotation, a clause with inner commas, an embedded question). The check: exactly one quote,
its words equal the expected content (quotation marks, a leading ``that`` and final punctuation aside; a split
quote's parts joined by `` … ``), its kind as expected, and the speaker key in ``speaker`` or ``speaker_name``.
Failures are tallied by dimension value. No corpus needed (s15cuebat).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

import pandas as pd

from helpers.quotes import extract_quotes

# (surface, key expected in speaker/speaker_name, antecedent sentence, is pronoun)
SPEAKERS = [
    ("Mr Blair", "Blair", "", False),
    ("Hillary Clinton", "Clinton", "", False),
    ("the minister", "minister", "", False),
    ("a spokesman for the company", "spokesman", "", False),
    ("officials", "officials", "", False),
    ("he", "Blair", "Mr Blair arrived in London on Monday. ", True),
    ("she", "Clinton", "Hillary Clinton arrived in Iowa on Monday. ", True),
    ("they", "they", "The talks ended on Monday. ", True),
    ("the BBC", "BBC", "", False),
    ("Sen. John McCain, R-Ariz.,", "McCain", "", False),
]

# verb: (base, 3sg, past, participle, ing, needs addressee, content types allowed)
_CLAUSE = ("that", "bare", "commas", "colon", "comma", "post", "split")
VERBS = {
    "said": ("say", "says", "said", "said", "saying", False, _CLAUSE + ("whether",)),
    "told": ("tell", "tells", "told", "told", "telling", True, ("that", "bare", "commas", "post", "split")),
    "added": ("add", "adds", "added", "added", "adding", False, ("that", "commas", "post", "split")),
    "warned": ("warn", "warns", "warned", "warned", "warning", False, _CLAUSE),
    "argued": ("argue", "argues", "argued", "argued", "arguing", False, ("that", "commas", "post", "split")),
    "insisted": ("insist", "insists", "insisted", "insisted", "insisting", False, ("that", "commas", "post", "split")),
    "claimed": ("claim", "claims", "claimed", "claimed", "claiming", False, ("that", "bare", "commas", "post")),
    "explained": ("explain", "explains", "explained", "explained", "explaining", False,
                  ("that", "commas", "colon", "post", "split")),
    "noted": ("note", "notes", "noted", "noted", "noting", False, ("that", "commas", "post")),
    "stressed": ("stress", "stresses", "stressed", "stressed", "stressing", False, ("that", "commas", "post")),
    "admitted": ("admit", "admits", "admitted", "admitted", "admitting", False, ("that", "commas", "post", "split")),
    "acknowledged": ("acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging", False,
                     ("that", "commas", "post")),
    "suggested": ("suggest", "suggests", "suggested", "suggested", "suggesting", False, ("that", "commas", "post")),
    "announced": ("announce", "announces", "announced", "announced", "announcing", False, ("that", "commas")),
    "predicted": ("predict", "predicts", "predicted", "predicted", "predicting", False, ("that", "bare", "commas", "post")),
    "confirmed": ("confirm", "confirms", "confirmed", "confirmed", "confirming", False, ("that", "commas", "post")),
    "denied": ("deny", "denies", "denied", "denied", "denying", False, ("that", "commas")),
    "wrote": ("write", "writes", "wrote", "written", "writing", False, ("that", "commas", "colon", "post", "split")),
    "tweeted": ("tweet", "tweets", "tweeted", "tweeted", "tweeting", False, ("colon", "post")),
    "asked": ("ask", "asks", "asked", "asked", "asking", False, ("whether", "qcolon", "qpost")),
    "replied": ("reply", "replies", "replied", "replied", "replying", False, ("that", "colon", "post", "split")),
    "according to": ("", "", "", "", "", False, ("acc_front", "acc_back")),
}

# form name -> template over the verb's parts (b base, s 3sg, p past, pp participle, g ing)
FORMS = {
    "said": "{p}", "says": "{s}", "has said": "has {pp}", "had said": "had {pp}", "is saying": "is {g}",
    "would later say": "would later {b}", "will say": "will {b}", "did not say": "did not {b}",
    "declined to say": "declined to {b}", "also said": "also {p}", "later said": "later {p}",
    "repeatedly said": "repeatedly {p}", "once said": "once {p}",
}
_NEG_FORMS = {"did not say", "declined to say"}
_NEG_VERBS = {"said", "told", "confirmed", "explained", "asked"}
_PROGRESSIVE_VERBS = {"said", "told", "warned", "argued", "insisted", "claimed", "suggested", "predicted", "asked",
                      "stressed", "denied"}
_PLURAL = {"officials", "they"}

INSERTS = {
    "none": ("", ""),
    "on Tuesday": ("on Tuesday", "time"), "Tuesday": ("Tuesday", "time"), "last week": ("last week", "time"),
    "in 2014": ("in 2014", "time"), "in London": ("in London", "place"),
    "in a statement": ("in a statement", "medium"),
    "in an interview with the BBC": ("in an interview with the BBC", "medium"),
    "on Twitter": ("on Twitter", "medium"), "at a news conference": ("at a news conference", "medium"),
}
ADDRESSEES = ["reporters", "the BBC's Today programme", "MPs", "the BBC", "a news conference"]

CLAUSES = ["the plan would cut costs", "the government had made a serious mistake", "prices will rise next year",
           "the talks had failed"]
COMMA_CLAUSES = ["the plan, which was agreed last year, would cut costs",
                 "prices would rise, not fall, next year", "the deal, if approved, would save jobs"]
# (quotations of news length: a split quote whose interruption outnumbers its quoted words stays two quotes by design)
QUOTES = ["The plan will cut costs for every family in the country by the end of the year.",
          "We have made a serious mistake and we will do everything we can to put it right.",
          "Prices will rise next year, and the people who can least afford it will pay the most."]
SECOND = ["It is a good plan and I think most people in this country know that.",
          "We must act now, before it is too late for the workers who depend on us."]
QUESTIONS = ["the plan would cut costs", "the talks had failed"]
DQUESTIONS = ["Will the plan cut costs?", "Why did the talks fail?"]


#: The complementiser a reported clause may open with, left out when contents are compared (``that`` / ``bahwa``).
_COMPLEMENTISERS = {"en": "that", "id": "bahwa"}


def _norm(text: str, language: str = "en") -> str:
    text = re.sub(r"[\"“”‘’']", "", text)
    text = re.sub(rf"^\s*{_COMPLEMENTISERS[language]}\s+", "", text)
    return re.sub(r"[\s.,;:?!…]+", " ", text).strip().lower()


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


#: ``--extended``: content types after the verb's own (a postposed indirect clause, a clause interrupted by its
#: attribution) and speakers with an apposition, for the verbs that take them.
_EXTENDED_VERBS = {"said", "added", "warned", "argued", "insisted", "claimed", "noted", "admitted", "explained",
                   "told", "predicted", "suggested", "stressed", "acknowledged", "confirmed"}
EXTENDED_SPEAKERS = [
    ("Mr Blair, the prime minister,", "Blair", "", False),
    ("John Smith, 45,", "Smith", "", False),
    ("Mr Blair's spokesman", "spokesman", "", False),
    ("a senior official who asked not to be named", "official", "", False),
    ("Labour leader Ed Miliband", "Miliband", "", False),
]


def generate(n: int, seed: int, *, extended: bool = False) -> list[dict]:
    rng = random.Random(seed)
    rows: list[dict] = []
    seen: set[str] = set()
    verbs = list(VERBS)
    while len(rows) < n:
        spk, key, ante, pron = rng.choice(SPEAKERS + EXTENDED_SPEAKERS if extended else SPEAKERS)
        verb = rng.choice(verbs)
        b, s, p, pp, g, needs_addr, contents = VERBS[verb]
        if extended and verb in _EXTENDED_VERBS:
            contents = (*contents, "post_ind", "post_ind", "mid")
        content = rng.choice(contents)
        if content in ("post_ind", "mid") and spk.endswith(","):
            spk, key, ante, pron = SPEAKERS[0]
        form, ins_name, ins_pos = "said", "none", "none"
        addr = rng.choice(ADDRESSEES) if needs_addr else ""
        if verb != "according to":
            form = rng.choice(list(FORMS))
            if content in ("post", "split", "qpost", "post_ind", "mid") and form not in ("said", "says", "also said", "later said"):
                form = rng.choice(["said", "says"])
            if form in _NEG_FORMS and (content not in ("that", "whether") or verb not in _NEG_VERBS):
                form = "said"
            if form == "is saying" and verb not in _PROGRESSIVE_VERBS:
                form = "says"
            if content == "whether" and verb == "said" and form not in _NEG_FORMS:
                form = rng.choice(sorted(_NEG_FORMS))
            if form == "declined to say" and verb == "asked":
                form = "did not say"
            ins_name = rng.choice(list(INSERTS))
            if ins_name != "none":
                ins_pos = rng.choice(["after", "after", "between", "front"])
                if ins_pos == "between" and (form not in ("said", "says") or needs_addr or ins_name == "in 2014"
                                             or pron and ins_name == "Tuesday"):
                    ins_pos = "after"  # ('Mr Blair on Tuesday said', 'he on Tuesday said', not 'he Tuesday said')
        ins = INSERTS[ins_name][0]
        if ante and pron and spk == "they" and ins_pos == "front":
            ins_pos = "after"
        if spk in _PLURAL:
            s = b
        cue = FORMS[form].format(b=b, s=s, p=p, pp=pp, g=g) if verb != "according to" else "according to"
        if spk in _PLURAL:
            cue = cue.replace("is ", "are ", 1) if cue.startswith("is ") else cue
        subj = spk
        tail = ""  # after the cue, before the content
        if addr:
            tail += " " + addr
        if ins_pos == "after":
            tail += " " + ins
        # a time between subject and cue stands bare ('Mr Blair on Tuesday said'), a place or medium in commas
        between = (" " + ins if INSERTS[ins_name][1] == "time" else ", " + ins + ",") if ins_pos == "between" else ""
        head_subj = (subj[:-1] if subj.endswith(",") and between.startswith(",") else subj) + between
        front = _cap(ins) + ", " if ins_pos == "front" and content not in ("post", "split", "qpost", "post_ind", "mid") \
            else ""
        kind = "indirect"
        if content in ("that", "bare", "commas", "whether"):
            body_c = rng.choice(COMMA_CLAUSES if content == "commas" else QUESTIONS if content == "whether" else CLAUSES)
            lead = "that " if content in ("that", "commas") else "whether " if content == "whether" else ""
            sent = f"{front}{head_subj} {cue}{tail} {lead}{body_c}."
            expected = ("whether " if content == "whether" else "") + body_c
        elif content in ("colon", "comma", "qcolon"):
            body_c = rng.choice(DQUESTIONS if content == "qcolon" else QUOTES)
            mark = ":" if content in ("colon", "qcolon") else ","
            sent = f"{front}{head_subj} {cue}{tail}{mark} \"{body_c}\""
            expected, kind = body_c, "direct"
        elif content in ("post", "qpost"):
            body_c = rng.choice(DQUESTIONS if content == "qpost" else QUOTES)
            inner = body_c if body_c.endswith("?") else body_c[:-1] + ","
            order = rng.choice(["sv", "vs"]) if not pron and ins_pos != "between" and form in ("said", "says") else "sv"
            after = f" {ins}" if ins_pos == "front" and ins else ""
            if order == "vs":
                sent = f"\"{inner}\" {cue} {subj}{tail}{after}."
            else:
                sent = f"\"{inner}\" {head_subj} {cue}{tail}{after}."
            expected, kind = body_c, "direct"
        elif content == "split":
            body_c, second = rng.choice(QUOTES), rng.choice(SECOND)
            after = f" {ins}" if ins_pos == "front" and ins else ""
            sent = f"\"{body_c[:-1]},\" {head_subj} {cue}{tail}{after}. \"{second}\""
            expected, kind = body_c[:-1] + " … " + second, "direct"
        elif content == "post_ind":  # 'The plan would cut costs, the minister said on Tuesday.' / '..., said X.'
            body_c = rng.choice(CLAUSES + COMMA_CLAUSES)
            after = f" {ins}" if ins_pos == "front" and ins else ""
            if not pron and ins_pos != "between" and form in ("said", "says") and rng.random() < 0.4:
                sent = f"{_cap(body_c)}, {cue} {subj}{tail}{after}."
            else:
                sent = f"{_cap(body_c)}, {head_subj} {cue}{tail}{after}."
            expected = body_c
        elif content == "mid":  # 'The plan, the minister said, would cut costs.'
            first, rest = rng.choice([("the plan", "would cut costs"), ("prices", "will rise next year"),
                                      ("the government", "had made a serious mistake")])
            sent = f"{_cap(first)}, {subj} {cue}{tail}, {rest}."
            expected = first + " … " + rest
        else:  # according to
            body_c = rng.choice(CLAUSES)
            acc_spk = spk if not pron else rng.choice(["officials", "the minister", "Mr Blair"])
            key = {"officials": "officials", "the minister": "minister", "Mr Blair": "Blair"}.get(acc_spk, key)
            ante = ""
            if content == "acc_front":
                sent = f"According to {acc_spk}, {body_c}."
            else:
                sent = f"{_cap(body_c)}, according to {acc_spk}."
            spk = acc_spk
            expected = body_c
        sent = _cap(sent)
        if sent in seen:
            continue
        seen.add(sent)
        rows.append({"text": ante + sent, "offset": len(ante), "speaker": spk, "key": key, "verb": verb,
                     "form": form, "insert": ins_name, "insert_pos": ins_pos, "addressee": addr or "none",
                     "content": content, "expected": expected, "kind": kind})
    return rows


def check(rows: list[dict], *, language: str = "en") -> pd.DataFrame:
    """Run extract_quotes on the generated bodies and give each row its failure ('' when right) and what was got.
    Shared with the Indonesian twin bench/cue_frames_id.py."""
    arts = pd.DataFrame({"article_id": [f"c{i}" for i in range(len(rows))], "body": [r["text"] for r in rows],
                         "language": [language] * len(rows)})
    q = extract_quotes(arts)
    by = {aid: g for aid, g in q.groupby("article_id")}
    out = []
    for i, r in enumerate(rows):
        g = by.get(f"c{i}")
        g = g[g["end"] > r["offset"]] if g is not None else None
        got = [] if g is None else list(g.itertuples())
        why = ""
        if len(got) != 1:
            why = f"{len(got)} quotes"
        else:
            x = got[0]
            if _norm(x.quote, language) != _norm(r["expected"], language):
                why = "content"
            elif x.kind != r["kind"]:
                why = f"kind {x.kind}"
            elif r["key"].lower() not in f"{x.speaker} {x.speaker_name}".lower():
                why = "speaker"
        out.append({**r, "fail": why, "got": " || ".join(f"[{x.kind}] {x.quote!r} spk={x.speaker!r}/{x.speaker_name!r}"
                                                       for x in got)})
    return pd.DataFrame(out)


DIMENSIONS = ("speaker", "verb", "form", "insert", "insert_pos", "addressee", "content")


def tally(res: pd.DataFrame, *, dims: tuple[str, ...] = DIMENSIONS, unit: str = "sentences") -> str:
    """The failures, by reason and by each dimension's values (failing / all), worst first."""
    lines = [f"{(res['fail'] != '').sum()} of {len(res)} {unit} fail"]
    reasons = Counter(res.loc[res["fail"] != "", "fail"])
    lines.append("reasons: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    for dim in dims:
        cnt: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for v, f in zip(res[dim], res["fail"], strict=True):
            cnt[v][1] += 1
            cnt[v][0] += f != ""
        cells = [f"`{k}` {a}/{n}" for k, (a, n) in sorted(cnt.items(), key=lambda kv: (-kv[1][0] / kv[1][1], kv[0]))]
        lines.append(f"- {dim}: " + ", ".join(cells))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--extended", action="store_true", help="also postposed/interrupted indirect clauses, appositions")
    args = ap.parse_args()
    res = check(generate(args.n, args.seed, extended=args.extended))
    print(tally(res))
    print_failures(res, args.show)


def print_failures(res: pd.DataFrame, show: int) -> None:
    """The first ``show`` failing bodies with what was expected and what was got."""
    for r in res[res["fail"] != ""].head(show).itertuples():
        print(f"\n[{r.fail}] {r.text}\n    expected [{r.kind}] {r.expected!r} ({r.key})\n    got {r.got}")


if __name__ == "__main__":
    main()
