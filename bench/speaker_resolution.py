"""A grammar-generated battery of short English bodies checking ``speaker_name`` (who a later reference means).

    PYTHONPATH=. python bench/speaker_resolution.py [--show 40] [--lang id]

A person is introduced in full (``Prime Minister Tony Blair``, ``Tony Blair, the prime minister,``, ``Dr Ana Ruiz``,
``Sen. John McCain`` ...) in a sentence with or without a quote, then quoted again by a later reference: ``he``/``she``,
the surname, ``Mr``/``Ms`` + surname, the role (``the prime minister``, ``the 23-year-old``), a ``he added``
continuation or a cueless quotation in the next paragraph. Other shapes: two people alternating (a man and a woman;
two men, the nearest subject wins), a non-speaker named in between (``He met Jacques Chirac. "...," he said.``) and
organisations (``the firm``, ``the company``, ``a spokesman for the firm``). The check: the LAST quote of the body
(the one after the introduction) has the expected surname (or organisation) in ``speaker_name``. Failures are
tallied by shape, reference and introduction. ``--lang id``: a small Indonesian set (``Presiden Joko Widodo ...
ujarnya``, ``kata menteri itu``, ``Menurutnya``, ``Menurut pihaknya``). No corpus needed (s15resbat).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import pandas as pd

from helpers.quotes import extract_quotes

# key (surname), gender pronoun, introductions, references (besides the pronoun)
PEOPLE = [
    ("Blair", "he", ["Prime Minister Tony Blair", "Tony Blair, the prime minister,"],
     ["Blair", "Mr Blair", "the prime minister"]),
    ("Brown", "he", ["Chancellor Gordon Brown", "Gordon Brown, the chancellor,"],
     ["Brown", "Mr Brown", "the chancellor"]),
    ("Ballmer", "he", ["Microsoft chief executive Steve Ballmer", "Steve Ballmer, Microsoft's chief executive,"],
     ["Ballmer", "Mr Ballmer", "the chief executive"]),
    ("Ruiz", "she", ["Dr Ana Ruiz", "Ana Ruiz, a surgeon at St Mary's Hospital,"], ["Ruiz", "Dr Ruiz", "the surgeon"]),
    ("McCain", "he", ["Sen. John McCain", "John McCain, the Arizona senator,"], ["McCain", "Mr McCain", "the senator"]),
    ("Jones", "she", ["Sarah Jones, 23,", "Student Sarah Jones, 23,"], ["Jones", "Ms Jones", "the 23-year-old"]),
    ("Hodge", "she", ["Culture Minister Margaret Hodge", "Margaret Hodge, the culture minister,"],
     ["Hodge", "Mrs Hodge", "the minister"]),
]
ORGS = [
    ("Deloitte", ["Deloitte", "accountancy firm Deloitte"], ["the firm", "it", "a spokesman for the firm"]),
    ("Tesco", ["Tesco", "supermarket chain Tesco"], ["the company", "the firm", "it", "a spokeswoman for the company"]),
    ("Barclays", ["Barclays", "UK bank Barclays"], ["the bank", "it", "a spokesman for the bank"]),
    ("Unilever", ["Unilever", "consumer goods group Unilever"], ["the group", "the company", "it"]),
]
Q1 = '"We will not change course now, whatever the critics say about it,"'
Q2 = '"The plan is working and the figures show that clearly,"'
Q3 = '"I have never seen anything like it in all my years in this job,"'
CLAUSE = "the plan would cut costs for families"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _intro_subject(intro: str) -> str:
    return intro[:-1] if intro.endswith(",") else intro


def generate() -> list[dict]:
    rows: list[dict] = []

    def add(shape: str, ref: str, intro: str, key: str, text: str, role: str | None = None) -> None:
        rows.append({"shape": shape, "ref": ref, "intro": intro, "key": key, "text": text, "role": role})

    for key, pron, intros, refs in PEOPLE:
        for intro in intros:
            appos = intro.endswith(",")
            for ref in [pron, *refs]:
                # 1. introduced without a quote, then quoted by a later reference
                add("intro-no-quote", ref, intro, key,
                    f"{intro} arrived in Brussels on Monday for talks on the budget. {Q1} {ref} said.")
                # 2. introduced with a quote, then quoted again (next paragraph)
                add("intro-quote", ref, intro, key,
                    f"{intro} said {CLAUSE}.\n\n{Q2} {ref} said.")
                # 3. reference as the subject before the quote
                add("ref-first", ref, intro, key,
                    f"{intro} said {CLAUSE}.\n\n{_cap(ref)} said: {Q3[:-2]}.\"")
                # 4. a non-speaker named in between
                add("other-between", ref, intro, key,
                    f"{intro} met Jacques Chirac in Paris on Monday. {Q1} {ref} said.")
            # 5. continuation: "he added", then a cueless quotation in the next paragraph
            add("added", pron, intro, key, f"{intro} said {CLAUSE}. {Q1} {pron} added.")
            add("cueless-next-para", "-", intro, key,
                f"{Q2} {intro} said.\n\n{Q3[:-2]}.\"")
            add("cueless-after-intro", "-", intro, key,
                f"{intro} said {CLAUSE}.\n\n{Q3[:-2]}.\"")
            if not appos:
                add("said-X-post", pron, intro, key, f"{Q2} said {intro}.\n\n{Q1} {pron} said.")
            for ref in [pron, *refs]:
                # 6. a sentence about something else between the introduction and the quote
                add("filler-between", ref, intro, key,
                    f"{intro} arrived in Brussels on Monday. The talks are expected to last two days. {Q1} {ref} said.")
                # 7. an organisation quoted in between
                add("org-quoted-between", ref, intro, key,
                    f"{intro} said {CLAUSE}. The Treasury said the figures were sound.\n\n{Q1} {ref} said.")
                # 8. introduced in a passive or as the object of a question
                add("passive-intro", ref, intro, key,
                    f"{intro} was asked about the plan on Monday. {Q1} {ref} said.")
                if ref != pron:
                    # 9. the reference after the cue ("said Mr Blair")
                    add("said-ref-post", ref, intro, key, f"{intro} said {CLAUSE}.\n\n{Q2} said {ref}.")
    # two people alternating
    pairs = [(PEOPLE[0], PEOPLE[3]), (PEOPLE[1], PEOPLE[6]), (PEOPLE[0], PEOPLE[1]), (PEOPLE[4], PEOPLE[2])]
    for a, b in pairs:
        ka, pa, ia, ra = a
        kb, pb, ib, rb = b
        base = f"{ia[0]} said {CLAUSE}. {ib[0]} said the figures were wrong."
        for ref, key in [(ra[1], ka), (rb[1], kb), (ra[0], ka)]:
            add("two-people", ref, ia[0] + " / " + ib[0], key, f"{base}\n\n{Q1} {ref} said.")
        if pa != pb:
            add("two-people-pronoun", pa, ia[0] + " / " + ib[0], ka, f"{base}\n\n{Q1} {pa} said.")
            add("two-people-pronoun", pb, ia[0] + " / " + ib[0], kb, f"{base}\n\n{Q1} {pb} said.")
        else:  # two men: the nearest subject wins
            add("two-men-nearest", pa, ia[0] + " / " + ib[0], kb, f"{base}\n\n{Q1} {pa} said.")
    # organisations
    for key, intros, refs in ORGS:
        for intro in intros:
            for ref in refs:
                add("org-no-quote", ref, intro, key,
                    f"{_cap(intro)} reported a rise in profits on Monday. {Q2} {ref} said.")
                add("org-quote", ref, intro, key, f"{_cap(intro)} said {CLAUSE}.\n\n{_cap(ref)} said {CLAUSE}.")
    # a firm named only after a noun of its results ("Shares in Cairn Energy have jumped ...")
    for key in ("Cairn Energy", "Krispy Kreme", "Burren Energy"):
        for lead in ("Shares in", "Profits at", "Sales at"):
            for ref in ("the company", "the firm", "a spokesman for the firm"):
                add("org-results", ref, f"{lead} X", key,
                    f"{lead} {key} have jumped 6% after a drilling update. {_cap(ref)} said {CLAUSE}.")
    # s16bbcspk: shapes read in the BBC originals
    for poss in ("Spain's sports minister", "Liverpool's chief executive", "His brother"):
        # a possessor and role words before the name of the subject of the sentence before a cueless quote
        add("possessor-role-subject", "he", poss, "Jaime Lissavetzky",
            f"Prime Minister Tony Blair said {CLAUSE}. {poss} Jaime Lissavetzky was quick to back the plan. "
            f"{Q1} he said.")
    for given, sur in (("Ifzal", "Ali"), ("Ulrich", "Bez"), ("Liam", "Fox"), ("Wim", "Kok")):
        # a short surname whose full stop ends the sentence, then "Mr X"
        add("short-surname-end", f"Mr {sur}", f"{given} {sur}", f"{given} {sur}",
            f"{Q2} said ADB chief economist {given} {sur}. Donors have promised $717m in aid.\n\n"
            f"Mr {sur} said {CLAUSE}.")
    for name, body in (("Stuart Hensel", "of the Economist Intelligence Unit"), ("Laura Brownlees", "of Save the "
                       "Children"), ("David Anders", "at Merrill Lynch"), ("Simon Hall", "at Postbridge in the West "
                                                                               "Country")):
        # a person before of/at and a body holding a role word, a lower-case word or a plural-looking surname
        add("person-of-body", "said-X", f"{name} {body}", name, f"{Q2} said {name} {body}.")
    for org, desc in (("Oracle", "The company"), ("British Airways", "The airline"), ("Electrolux", "The Swedish firm")):
        # a firm named only as the subject opening the first sentence, another firm after it
        add("org-initial-subject", desc, org, org,
            f"{org} has announced it is cutting 5,000 jobs after buying its smaller rival Peoplesoft.\n\n"
            f"{desc} said {CLAUSE}.")
    # s17spk: organisations and collective speakers, spokespeople, roles (general English news conventions)
    for org, intro, desc in (("Labour Party", "The Labour Party", "The party"),
                             ("Ministry of Defence", "The Ministry of Defence", "The ministry"),
                             ("National Union of Teachers", "The National Union of Teachers", "The union"),
                             ("Electoral Commission", "The Electoral Commission", "The commission"),
                             ("Public Accounts Committee", "The Public Accounts Committee", "The committee"),
                             ("Arsenal", "Premiership club Arsenal", "The club"),
                             ("Ofcom", "Media regulator Ofcom", "The regulator"),
                             ("Le Monde", "French newspaper Le Monde", "The newspaper"),
                             ("Nationwide", "Nationwide Building Society", "The society")):
        # an organisation named in full (or after a noun of its kind), then referred to by that noun
        add("org-kind-desc", desc.lower(), intro, org,
            f"{intro} published its annual report on Monday. {desc} said {CLAUSE}.")
        add("org-kind-desc-quote", desc.lower(), intro, org,
            f"{intro} published its annual report on Monday.\n\n{Q2} {desc.lower()} said.")
    for org, intro in (("Arsenal", "Premiership club Arsenal"), ("Labour Party", "The Labour Party"),
                       ("Home Office", "The Home Office"), ("Tesco", "Supermarket chain Tesco")):
        # a spokesperson with no person named speaks for the organisation (BBC gold convention)
        kind = intro.split()[-2].lower() if intro.split()[-2][:1].islower() else ""
        for ref in ("a spokesman", "a spokeswoman for the organisation", f"a {kind} spokesman" if kind else ""):
            if not ref:
                continue
            ref = ref.replace("the organisation", "the " + (kind or "party" if "Party" in org else kind or "department"))
            add("spokes-no-person", ref, intro, org,
                f"{intro} said {CLAUSE}.\n\n{Q3} {ref} said.")
    for org in ("White House", "Kremlin", "Home Office", "Pentagon", "Foreign Office", "European Commission"):
        # an institution written with "the": the name without it, no role
        add("the-institution", "The " + org, "-", org, f"The {org} said {CLAUSE}.", role="")
    add("the-institution", "Downing Street", "-", "Downing Street", f"Downing Street said {CLAUSE}.", role="")
    for body, key, role in (
            (f"Liverpool chief executive Rick Parry, speaking exclusively to BBC Sport, said {CLAUSE}.", "Rick Parry",
             "Liverpool chief executive"),
            (f"Rick Parry, speaking on BBC Radio Five Live, said {CLAUSE}.", "Rick Parry", ""),
            (f"{Q1} Parry, speaking exclusively to BBC Sport, said.", "Parry", ""),
            (f"Rick Parry, talking to reporters on Monday, said {CLAUSE}.", "Rick Parry", ""),
            (f"Rick Parry, writing in the Daily Telegraph, said {CLAUSE}.", "Rick Parry", "")):
        # a participle clause after a name is no role
        add("participle-not-role", key, "-", key, body, role=role)
    for intro, ref, key, role in (("Mr Smith", "Mr Smith", "Smith", ""), ("Ms Jones", "Ms Jones", "Jones", ""),
                                  ("John Smith, the head of the charity,", "Mr Smith", "John Smith",
                                   "the head of the charity"),
                                  ("Sarah Jones, a teacher at the school,", "Ms Jones", "Sarah Jones",
                                   "a teacher at the school")):
        # a bare honorific is no role: the role given in apposition elsewhere, else none
        add("honorific-not-role", ref, intro, key,
            f"{intro} arrived on Monday.\n\n{ref} said {CLAUSE}." if intro != ref else f"{ref} said {CLAUSE}.",
            role=role)
    # s18spk: descriptions that name no one (general English news conventions: a court, a utility or agency
    # referred to by its kind; a person by nationality noun; a name after a second apposition; a participle
    # opening before a pronoun)
    for court, desc in (("The Supreme Court", "the court"), ("The High Court", "the court"),
                        ("The European Court of Human Rights", "the court"), ("The Court of Appeal", "the bench"),
                        ("The Supreme Court", "the bench")):
        add("court-desc", desc, court, court[4:],
            f"{court} ruled on Monday that the ban was unlawful. {Q2} {desc} said.")
        add("court-desc-subject", desc, court, court[4:],
            f"{court} heard the appeal on Monday.\n\n{_cap(desc)} said {CLAUSE}.")
    for org, intro, desc in (("Eskom", "South African power firm Eskom", "the utility"),
                             ("Eskom", "Eskom, South Africa's state power utility,", "the utility"),
                             ("Thames Water", "Thames Water", "the utility"),
                             ("Food and Drug Administration", "The US Food and Drug Administration", "the agency"),
                             ("Nasa", "Nasa", "the agency"),
                             ("Environment Agency", "The Environment Agency", "the agency"),
                             ("Europol", "Europol, the EU's police agency,", "the agency")):
        add("org-kind-desc-s18", desc, intro, org,
            f"{intro} announced new measures on Monday. {_cap(desc)} said {CLAUSE}.")
        add("org-kind-desc-s18-quote", desc, intro, org,
            f"{intro} announced new measures on Monday.\n\n{Q2} {desc} said.")
    for name, intro, desc in (("Bale", "Gareth Bale", "the Welshman"), ("Mauresmo", "Amelie Mauresmo", "the Frenchwoman"),
                              ("Messi", "Lionel Messi", "the Argentine"), ("Kipchoge", "Eliud Kipchoge", "the Kenyan"),
                              ("Murray", "Andy Murray", "the Scot"), ("Nadal", "Rafael Nadal", "the Spaniard"),
                              ("Radcliffe", "Paula Radcliffe", "the Englishwoman")):
        add("demonym-desc", desc, intro, name,
            f"{intro} won the final in straight sets on Sunday. {Q1} {desc} said.")
        add("demonym-desc-subject", desc, intro, name,
            f"{intro} won the final in straight sets on Sunday.\n\n{_cap(desc)} said {CLAUSE}.")
    for lead, name in (("The chair of the judges, the critic", "John Carey"),
                       ("The head of the inquiry, the former judge", "Sir Brian Leveson"),
                       ("Its author, the economist", "Nicholas Stern"),
                       ("The firm's founder, the entrepreneur", "James Dyson")):
        add("second-appos-name", lead.split(",")[0], lead, name, f"{lead} {name}, said {CLAUSE}.")
        add("second-appos-name-quote", lead.split(",")[0], lead, name, f"{Q2} {lead[:1].lower() + lead[1:]} {name}, said.")
    for pron, intro, key in (("he", "Prime Minister Tony Blair", "Blair"), ("she", "Dr Ana Ruiz", "Ruiz")):
        for part in ("Speaking in Sydney", "Speaking to reporters in London", "Writing in the Guardian",
                     "Asked about the plan"):
            add("participle-pronoun", pron, intro, key,
                f"{intro} arrived in Australia on Monday for talks on trade.\n\n{part}, {pron} said {CLAUSE}.")
            add("participle-pronoun-quote", pron, intro, key,
                f"{intro} said {CLAUSE}.\n\n{part} on Tuesday, {pron} said: {Q3[:-2]}.\"")
    return rows


# Indonesian: (key, introductions, references besides -nya/ia/dia)
PEOPLE_ID = [
    ("Joko Widodo", ["Presiden Joko Widodo", "Joko Widodo, Presiden RI,"], ["Joko Widodo", "Presiden", "Jokowi"]),
    ("Sri Mulyani", ["Menteri Keuangan Sri Mulyani Indrawati", "Sri Mulyani Indrawati, Menteri Keuangan,"],
     ["Sri Mulyani", "menteri itu", "Menkeu"]),
    ("Budi Hermanto", ["Kapolres Jakarta Selatan AKBP Budi Hermanto"], ["Budi", "Kapolres"]),
]
QI = '"Kami tidak akan mundur, apa pun kata para pengkritik,"'
CLAUSE_ID = "rencana itu akan menurunkan biaya bagi keluarga"


def generate_id() -> list[dict]:
    rows: list[dict] = []

    def add(shape: str, ref: str, intro: str, key: str, text: str) -> None:
        rows.append({"shape": shape, "ref": ref, "intro": intro, "key": key, "text": text})

    for key, intros, refs in PEOPLE_ID:
        for intro in intros:
            add("intro-no-quote/-nya", "ujarnya", intro, key,
                f"{intro} tiba di Jakarta pada Senin untuk membahas anggaran. {QI} ujarnya.")
            add("intro-quote/-nya", "katanya", intro, key, f"{intro} mengatakan {CLAUSE_ID}.\n\n{QI} katanya.")
            add("intro-quote/ia", "Ia", intro, key, f"{intro} mengatakan {CLAUSE_ID}. Ia menambahkan, {CLAUSE_ID}.")
            add("menurutnya", "Menurutnya", intro, key,
                f"{intro} tiba di Jakarta pada Senin. Menurutnya, {CLAUSE_ID}.")
            for ref in refs:
                add("intro-quote/ref", ref, intro, key, f"{intro} mengatakan {CLAUSE_ID}.\n\n{QI} kata {ref}.")
                add("intro-no-quote/ref", ref, intro, key,
                    f"{intro} tiba di Jakarta pada Senin. {QI} ujar {ref}.")
    a, b = PEOPLE_ID[0], PEOPLE_ID[1]
    add("two-people/-nya", "ujarnya", a[1][0] + " / " + b[1][0], b[0],
        f"{a[1][0]} mengatakan {CLAUSE_ID}. {b[1][0]} menilai angka itu keliru. {QI} ujarnya.")
    add("other-between/-nya", "ujarnya", a[1][0], a[0],
        f"{a[1][0]} bertemu dengan PM Malaysia Anwar Ibrahim di Istana pada Senin. {QI} ujarnya.")
    add("org/pihaknya", "pihaknya", "PT Pertamina", "Pertamina",
        f"PT Pertamina melaporkan kenaikan laba pada Senin. Menurut pihaknya, {CLAUSE_ID}.")
    return rows


def check(rows: list[dict], language: str = "en") -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": [f"r{i}" for i in range(len(rows))], "body": [r["text"] for r in rows],
                         "language": [language] * len(rows)})
    q = extract_quotes(arts)
    by = {aid: g.sort_values("start") for aid, g in q.groupby("article_id")}
    out = []
    for i, r in enumerate(rows):
        g = by.get(f"r{i}")
        got = "" if g is None else f"{g['speaker'].iloc[-1]!r}/{g['speaker_name'].iloc[-1]!r}/{g['speaker_role'].iloc[-1]!r}"
        if g is None:
            why = "no quote"
        elif r["key"].lower() not in str(g["speaker_name"].iloc[-1]).lower():
            why = "unresolved" if not g["speaker_name"].iloc[-1] else "wrong"
        elif r.get("role") is not None and g["speaker_role"].iloc[-1] != r["role"]:
            why = "role"  # (s17spk: where a body states the role expected, e.g. none for "Mr Smith")
        else:
            why = ""
        out.append({**r, "fail": why, "got": got, "n": 0 if g is None else len(g)})
    return pd.DataFrame(out)


def tally(res: pd.DataFrame) -> str:
    lines = [f"{(res['fail'] != '').sum()} of {len(res)} bodies fail"]
    lines.append("reasons: " + ", ".join(f"{k} {v}" for k, v in Counter(res.loc[res['fail'] != '', 'fail']).most_common()))
    for dim in ("shape", "ref", "intro"):
        cnt: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for v, f in zip(res[dim], res["fail"], strict=True):
            cnt[v][1] += 1
            cnt[v][0] += f != ""
        cells = [f"`{k}` {a}/{n}" for k, (a, n) in sorted(cnt.items(), key=lambda kv: (-kv[1][0] / kv[1][1], kv[0]))
                 if a]
        lines.append(f"- {dim}: " + ", ".join(cells))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--lang", default="en", choices=["en", "id"])
    args = ap.parse_args()
    res = check(generate()) if args.lang == "en" else check(generate_id(), "id")
    print(tally(res))
    for r in res[res["fail"] != ""].head(args.show).itertuples():
        print(f"\n[{r.fail}] {r.shape} / {r.ref}: {r.text!r}\n    expected {r.key}; got {r.got}")


if __name__ == "__main__":
    main()
