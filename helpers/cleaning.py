"""Scrape leftovers and metadata read from the text.

Removes share counters, comment-form footers, "Baca juga" lines and the like (phrases from the
``boilerplate`` lexicon of every shipped language: scraped pages mix languages), repeated
paragraphs (the seed's duplicated photo caption), the dateline prefix and a trailing source credit.
Reads outlet and place from a dateline (``BERITATURKI.COM, Kars-``, ``JAKARTA, KOMPAS.com -``,
``JAKARTA (ANTARA) -``), the source credit (``/Daily_Sabah`` -> ``Daily Sabah``, ``(AFP)``) and a
date written in Indonesian or English. Every removal is logged with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers.lexicons import available_languages, load_list, load_list_or_empty, load_pairs
from helpers.tables import REMOVED_COLUMNS, require_columns
from helpers.text import TOKEN_RE

__all__ = ["CleanText", "Dateline", "repair_mojibake", "clean_text", "clean_articles", "detect_language", "find_date", "find_report_date",
           "read_dateline"]

# ---- regular expressions (compiled once, here) ---------------------------------------------
_CHAR_FIXES = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\u200b": None, "\ufeff": None,
                             "\u00ad": None})
#: A line that ends a sentence or a quote (not a hard wrap).
_WRAP_END_RE = re.compile(r"[.!?:;\"'”’»)\]…]\s*$")
#: A line that is only a number or a counter ("0", "77", "1.2K", "12 Shares", "3 Comments").
COUNTER_RE = re.compile(
    r"^\s*\d[\d.,]*\s*[kKmM]?\s*(?:shares?|comments?|views?|likes?|komentar|dibagikan|kali dibaca|dilihat)?\s*$",
    re.IGNORECASE,
)
_DASH = r"(?:--|-|–|—|―)"
#: A dateline: up to three comma-separated parts and an optional (AGENCY), then a dash and space.
DATELINE_RE = re.compile(
    r"^(?P<lead>[^\n,()\-–—―]{2,40}?(?:\s*,\s*[^\n,()\-–—―]{2,40}?){0,2})"
    r"\s*(?:\((?P<agency>[^()\n]{2,30})\))?"
    rf"\s*{_DASH}\s+(?=\S)"
)
_DOMAIN_RE = re.compile(r"\.(?:com|co\.id|co|id|net|org|news|tv)\b", re.IGNORECASE)
#: A trailing slash credit glued to the last sentence: "...rakyat Azerbaijan./Daily_Sabah".
SLASH_CREDIT_RE = re.compile(r"\s*/\s*(?P<credit>[A-Za-z][\w.&-]{1,40})\s*$")
#: A trailing credit in brackets: "(AFP)", "(ant/jpnn)", "(Reuters)".
PAREN_CREDIT_RE = re.compile(r"\s*\((?P<credit>[^()\n]{1,40})\)\s*$")
#: A credit line: "Sumber: Anadolu", "Source: Reuters".
CREDIT_LINE_RE = re.compile(r"^\s*(?:sumber|source|credit|kredit)\s*:\s*(?P<credit>.{2,60}?)\s*\.?\s*$", re.IGNORECASE)
# Dates: "13/4/2020", "Senin (13/04/2020)", "5 Oktober 2020", "October 5, 2020", "2020-10-05".
_NUMERIC_DATE_RE = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b")
_NUMERIC_DATE_END_RE = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})$")
_ISO_DATE_RE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_CREDIT_SPLIT_RE = re.compile(r"[/,;]")
_WORD_BEFORE_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: What closes a photo caption after its date: a full stop, an optional (AGENCY), the paragraph end.
_CAPTION_END_RE = re.compile(r"\.?\s*(?:\([^()\n]{1,30}\))?\s*(?:\n|$)")
# Mojibake: UTF-8 bytes read as Latin-1/cp1252 ("Ø§Ù„" for Arabic, "â€œ" for a curly quote):
# a lead byte character followed by 1-3 continuation byte characters, repeated.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONT = "[\u0080-\u00bf" + _CP1252_HIGH + "]"
MOJIBAKE_RE = re.compile(f"(?:[\u00c2-\u00f4]{_CONT}{{1,3}})+")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
#: :data:`_YEAR_RE` without its look-arounds (several times faster to scan); :func:`_years` checks them.
_YEAR_CANDIDATE_RE = re.compile(r"(?:19|20|21)\d\d")
#: A character that can open a mojibake run (a cheap test before :data:`MOJIBAKE_RE`).
_ASCII_BYTES = bytes(range(128))
_CONTROL_BYTES = bytes(i for i in range(32) if i != 10)  # ASCII white space other than space and line end
#: ASCII characters that are neither word characters nor token joiners -> space (see :func:`_word_tokens`).
#: ASCII digits -> ``0``, every other byte -> space (see :func:`_years`).
_DIGIT_MARKS = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
_ASCII_SPLIT = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) in "-'")})
_ODD_CHARS = ("\u2028", "\u2029", "\x85", "\u200b", "\ufeff", "\u00ad")  # what _CHAR_FIXES changes


@dataclass
class CleanText:
    """The result of cleaning one article's text."""

    body: str
    outlet: str | None = None
    dateline: str | None = None
    source_credit: str | None = None
    date: pd.Timestamp | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # (text, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (reason, detail): repairs made


# ---- lexicon-derived tables (cached) ----------------------------------------------------------
def _norm_line(line: str) -> str:
    return " ".join(line.split()).casefold().rstrip(".:!;, ")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str] | None, tuple[str, ...]]:
    lines: set[str] = set()
    prefixes: list[str] = []
    inline: list[str] = []
    footers: list[str] = []
    for lang in available_languages("boilerplate"):
        for entry in load_list("boilerplate", lang):
            kind, _, phrase = entry.partition(" ")
            phrase = phrase.strip()
            if not phrase:
                continue
            if kind == "line":
                lines.add(_norm_line(phrase))
            elif kind == "prefix":
                prefixes.append(phrase.casefold())
            elif kind == "inline":
                inline.append(phrase)
            elif kind == "footer":
                footers.append(_norm_line(phrase))
            else:
                raise ValueError(f"boilerplate.txt ({lang}): unknown kind {kind!r} in {entry!r}; use line, prefix, inline or footer")
    inline_re = (
        re.compile("|".join(re.escape(p) for p in sorted(set(inline), key=len, reverse=True)), re.IGNORECASE)
        if inline
        else None
    )
    return frozenset(lines), tuple(sorted(set(prefixes), key=len, reverse=True)), inline_re, tuple(footers)


@lru_cache(maxsize=1)
def _by_first_char() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] | None:
    """The prefixes and footers of :func:`_boilerplate` grouped by first character (a line can only
    start with a phrase that starts with its own first character); None if a phrase is empty."""
    _, prefixes, _, footers = _boilerplate()
    if not all(prefixes) or not all(footers):
        return None
    groups: list[dict[str, tuple[str, ...]]] = []
    for phrases in (prefixes, footers):
        grouped: dict[str, tuple[str, ...]] = {}
        for phrase in phrases:  # order kept within a group
            grouped[phrase[0]] = (*grouped.get(phrase[0], ()), phrase)
        groups.append(grouped)
    return groups[0], groups[1]


@lru_cache(maxsize=1)
def _inline_phrases() -> tuple[str, ...]:
    return tuple(sorted({e.partition(" ")[2].strip().casefold() for lang in available_languages("boilerplate")
                         for e in load_list("boilerplate", lang) if e.startswith("inline ")}))


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    return {name.casefold(): canonical or name for lang in available_languages("news_agencies")
            for name, canonical in load_pairs("news_agencies", lang)}


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {name.casefold(): int(number) for lang in available_languages("months")
            for name, number in load_pairs("months", lang) if number.isdigit()}


@lru_cache(maxsize=512)
def _month_number(written: str) -> int:
    """The month a name matched by the case-insensitive month patterns stands for. ``re.IGNORECASE``
    lets ``kasım`` match the ASCII spelling ``Kasim`` (dotless i), whose casefold is no key."""
    months = _months()
    number = months.get(written.casefold())
    if number is None:
        number = next(n for name, n in months.items() if re.fullmatch(re.escape(name), written, re.IGNORECASE))
    return number


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(name.casefold() for lang in available_languages("weekdays") for name, _ in load_pairs("weekdays", lang))


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(load_list("function_words", lang)) for lang in available_languages("function_words")}


# ---- language -----------------------------------------------------------------------------
def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None for text without letters.

    Fast path: the share of very frequent function words of each language that ships a
    ``function_words`` list (Indonesian, English); a clear winner (>= 15 % of the first 300
    words and twice the runner-up) decides. Otherwise py3langid (97 languages). Malay (``ms``),
    which py3langid confuses with Indonesian, is reported as ``id``; pass ``language="ms"`` to
    :func:`helpers.load_corpus` for Malay corpora.
    """
    decided, language = _quick_language(text)
    if decided:
        return language
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    return "id" if lang == "ms" else lang


def _quick_language(text: str) -> tuple[bool, str | None]:
    """The fast path of :func:`detect_language`: ``(True, language)`` when it decides, else
    ``(False, None)`` (then py3langid decides: a process that loads many files can leave those
    few to one process, which loads the py3langid model once)."""
    words = _word_tokens(text[:1000].casefold())
    if not any(ch.isalpha() for w in words for ch in w):
        return True, None
    lists = _function_words()
    scores = sorted(((sum(map(fw.__contains__, words)) / len(words), lang) for lang, fw in lists.items()),
                    reverse=True)
    if scores and scores[0][0] >= 0.15 and (len(scores) == 1 or scores[0][0] >= 2 * scores[1][0]):
        return True, scores[0][1]
    return False, None


def _non_ascii_chars(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order (UTF-8 encodes each as bytes >= 0x80 only)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _ascii_bytes(text: str) -> bytes | None:
    """``text`` as ASCII bytes of the same length, each non-ASCII character as ``?``, or None when a
    non-ASCII character is a letter or digit (it would change what a word or a number is)."""
    if text.isascii():
        return text.encode("ascii")
    if any(ch.isalnum() for ch in set(_non_ascii_chars(text))):
        return None
    return text.encode("ascii", "replace")


def _word_tokens(text: str) -> list[str]:
    """``TOKEN_RE.findall(text)``, faster for text whose word characters are all ASCII.

    Every character that is neither a word character nor a joiner (``-``, ``'``) becomes a space,
    and so does every joiner that does not stand between two word characters; the tokens are then
    the space-separated pieces.
    """
    if not text.isascii():
        data = None if "’" in text else _ascii_bytes(text)  # ’ joins words like '
        if data is None:
            return TOKEN_RE.findall(text)
        text = data.decode("ascii")  # the other non-ASCII characters only separate words
    spaced = text.translate(_ASCII_SPLIT)
    if "-" in spaced or "'" in spaced:
        # a joiner belongs to a token only between two word characters; every other one separates
        last = len(spaced) - 1
        cuts = []
        for joiner in "-'":
            i = spaced.find(joiner)
            while i >= 0:
                if i == 0 or i == last or not spaced[i - 1].isalnum() or not spaced[i + 1].isalnum():
                    cuts.append(i)
                i = spaced.find(joiner, i + 1)
        if cuts:
            cuts.sort()
            starts = [0, *(i + 1 for i in cuts)]
            ends = [*cuts, len(spaced)]
            spaced = " ".join([spaced[a:b] for a, b in zip(starts, ends, strict=True)])
    return spaced.split()


# ---- dates --------------------------------------------------------------------------------
def _years(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every match of :data:`_YEAR_RE` in ``text``, in order.

    A year is a run of exactly four digits starting 19, 20 or 21. In text whose letters and digits
    are all ASCII the runs are found with byte searches; otherwise the candidate pattern finds the
    start of every such run (a candidate cannot end inside a run without starting inside it) and
    the digit tests reject candidates inside longer runs.
    """
    data = _ascii_bytes(text)
    n = len(text)
    if data is None:  # digits outside ASCII may border a year: the regular expression decides
        for m in _YEAR_CANDIDATE_RE.finditer(text):
            start, end = m.span()
            if (start and text[start - 1].isdecimal()) or (end < n and text[end].isdecimal()):
                continue
            yield start, end
        return
    digits = data.translate(_DIGIT_MARKS)
    pos = 0
    while (start := digits.find(b"0000", pos)) >= 0:  # always the start of a run of digits
        end = start + 4
        if end < n and digits[end] == 48:  # a longer number: skip it
            pos = digits.find(b" ", end)
            if pos < 0:
                return
            continue
        if data[start:start + 2] in (b"19", b"20", b"21"):
            yield start, end
        pos = end


def _make_date(y: int, m: int, d: int) -> pd.Timestamp | None:
    if not 1900 <= y <= 2100:  # a news date, not a historical one
        return None
    try:
        return pd.Timestamp(datetime(y, m, d))
    except (ValueError, OverflowError):
        return None


_DATE_SPACES = frozenset(" \t\u00a0")
#: The last character of ``5``, ``25,``, ``5th``, ``2nd``, ``3rd`` before a year (ASCII).
_DAY_ENDS = frozenset("0123456789,tdhTDH")  # the ``sp`` of :func:`_word_date_res`


@lru_cache(maxsize=1)
def _word_date_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a date that ENDS at a year: ``5 Oktober 2020``, ``October 5, 2020``."""
    names = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    sp = r"[ \t\u00a0]+"  # within one line: "1 March\n\n2000 GMT" is a date and a kick-off time
    day_first = re.compile(rf"\b(?P<d>\d{{1,2}}){sp}(?P<mon>{names})\.?{sp}(?P<y>\d{{4}})$", re.IGNORECASE)
    month_first = re.compile(
        rf"\b(?P<mon>{names})\.?{sp}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{sp}(?P<y>\d{{4}})$", re.IGNORECASE
    )
    return day_first, month_first


@lru_cache(maxsize=1)
def _ascii_month_keys() -> frozenset[str] | None:
    """The lower-case ASCII spellings the month patterns (IGNORECASE) accept: ``kasım`` also
    matches ``KASIM``. None if some letter has two ASCII matches (then there is no prefilter)."""
    keys = set()
    for name in _months():
        key = []
        for ch in name:
            found = {c.lower() for c in map(chr, range(128)) if re.fullmatch(re.escape(ch), c, re.IGNORECASE)}
            if len(found) > 1:
                return None
            if not found:
                break
            key.append(found.pop())
        else:
            keys.add("".join(key))
    return frozenset(keys)


def _word_date_possible(window: str) -> tuple[bool, bool]:
    """Whether the day-first and month-first patterns of :func:`_word_date_res` can match ``window``
    (which ends at a year after a space): a month name, or a day number (``5``, ``5th``, ``5,``)
    must stand just before the year. Exact for ASCII text; anything else is left to the patterns."""
    keys = _ascii_month_keys()
    if keys is None or not window.isascii():
        return True, True
    w = window[:-4].rstrip(" \t")
    month_first = w[-1:] in _DAY_ENDS
    if w.endswith("."):
        w = w[:-1]
    token = w[max(w.rfind(" "), w.rfind("\t")) + 1:]
    return token.lower() in keys, month_first


def _dates(text: str, limit: int = 12) -> Iterator[tuple[int, int, pd.Timestamp]]:
    """``(start, end, date)`` of the dates written in ``text``, in order, among its first ``limit`` years.

    Every date form contains a four-digit year, so only the text around each year is examined.
    """
    word_res = _word_date_res()
    for n, (start, end) in enumerate(_years(text)):
        if n >= limit:
            return
        if text.startswith("-", end):  # ISO: 2020-10-05
            m = _ISO_DATE_RE.match(text, start)
            if m:
                ts = _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
                if ts is not None:
                    yield start, m.end(), ts
                    continue
        # "13/4/2020" needs a slash just before the year, "5 Oktober 2020" and "October 5, 2020" a space
        before = text[start - 1] if start else ""
        if before != "/" and before not in _DATE_SPACES:
            continue
        offset = max(0, start - 24)
        window = text[offset:end]
        m = _NUMERIC_DATE_END_RE.search(window) if before == "/" else None
        found = None
        if m:
            found = m, _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        elif before != "/":
            for rx, possible in zip(word_res, _word_date_possible(window), strict=True):
                if not possible:
                    continue
                m = rx.search(window)
                if m:
                    found = m, _make_date(int(m["y"]), _month_number(m["mon"]), int(m["d"]))
                    break
        if found is not None and found[1] is not None:
            yield offset + found[0].start(), end, found[1]


def find_date(text: str) -> pd.Timestamp | None:
    """The first date written in ``text``: ``Senin (13/4/2020)``, ``13/4/2020`` (day first),
    ``5 Oktober 2020``, ``October 5, 2020``, ``2020-10-05``. None when there is none."""
    return next((ts for _, _, ts in _dates(text)), None)


def find_report_date(paragraphs: list[str]) -> pd.Timestamp | None:
    """The date an article reports from, read from its text, or None.

    A date the article merely mentions (a history, a coming event) is not its date, so only dates
    written the way news marks its own day count: next to a day name (``Senin (13/4/2020)``,
    ``Monday, October 5, 2020``) or closing a photo caption after a comma
    (``..., Iğdır, 5 Oktober 2020. (DHA)``). A date in a dateline (``LONDON, Oct 5 (Reuters) -``)
    is read by :func:`clean_text` with the dateline.
    """
    weekdays = _weekdays()
    text = "\n\n".join(paragraphs)[:5_000]
    for start, end, ts in _dates(text):
        before = text[max(0, start - 16):start]
        words = _WORD_BEFORE_RE.findall(before.casefold())
        if words and words[-1] in weekdays:
            return ts
        if before.rstrip().endswith(",") and _CAPTION_END_RE.match(text, end):
            return ts
    return None


# ---- datelines and credits ----------------------------------------------------------------
def _is_outlet(part: str) -> bool:
    return bool(_DOMAIN_RE.search(part)) or part.casefold() in _agencies()


def _looks_like_place(part: str, *, alone: bool = False) -> bool:
    """A dateline place: capitalised words; alone (no outlet beside it) it must be one word
    (``Jakarta -``) or upper case (``NEW YORK -``), so that ``David Blunkett - ...`` is no dateline."""
    words = part.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words if w.casefold() not in {"de", "di", "al"}):
        return False
    return not alone or len(words) == 1 or part.isupper()


def _is_date_part(part: str) -> bool:
    if _YEAR_RE.fullmatch(part.strip()):
        return True
    words = part.replace(".", " ").split()
    months = _months()
    return any(w.casefold() in months or w.casefold() in _weekdays() for w in words) and any(
        w.isdigit() for w in words
    ) or bool(_NUMERIC_DATE_RE.search(part))


class Dateline(NamedTuple):
    """A dateline read from an article's opening: outlet, place, wire agency in brackets, length."""

    outlet: str | None
    place: str | None
    agency: str | None
    length: int


_NO_DATELINE = Dateline(None, None, None, 0)


def read_dateline(paragraph: str) -> Dateline:
    """The dateline opening ``paragraph`` (``length`` 0 when there is none).

    ``BERITATURKI.COM, Kars-`` and ``JAKARTA, KOMPAS.com -`` give an outlet and a place;
    ``DALLAS (AP) -`` a place and a wire agency (a source credit: the outlet publishing the
    story may be another one); ``Jakarta -`` a place only.
    """
    m = DATELINE_RE.match(paragraph)
    if not m:
        return _NO_DATELINE
    parts = [p.strip() for p in m["lead"].split(",") if p.strip()]
    agency = _canonical_credit(m["agency"]) if m["agency"] else None
    outlet = place = None
    for part in parts:
        if _is_outlet(part) and outlet is None:
            outlet = part
        elif _is_date_part(part):
            continue
        elif place is None and _looks_like_place(part):
            place = part
        else:
            return _NO_DATELINE
    if place is None and outlet is None and agency is None:
        return _NO_DATELINE
    if place is not None and outlet is None and agency is None:
        if len(parts) > 1 or not _looks_like_place(place, alone=True):
            return _NO_DATELINE
    if place is not None and place.isupper():
        place = place.title()
    return Dateline(outlet, place, agency, m.end())


def _canonical_credit(credit: str) -> str:
    credit = credit.replace("_", " ").strip()
    return _agencies().get(credit.casefold(), credit)


def _read_credit(paragraph: str) -> tuple[str | None, str]:
    """``(credit, paragraph without it)`` for a trailing credit in the last paragraph."""
    if len(paragraph) > 200:
        head, tail = paragraph[:-120], paragraph[-120:]
        credit, rest = _read_credit_tail(tail)
        return credit, head + rest if credit is not None else paragraph
    return _read_credit_tail(paragraph)


def _read_credit_tail(paragraph: str) -> tuple[str | None, str]:
    m = CREDIT_LINE_RE.match(paragraph)
    if m:
        return _canonical_credit(m["credit"]), ""
    m = SLASH_CREDIT_RE.search(paragraph)
    if m and m.start() > 0 and not paragraph[: m.start()].rstrip().endswith(("/", ":")):
        # "/Daily_Sabah" glued to the text; not a URL path or a date such as 5/10/2020
        before = paragraph[: m.start()].rstrip()
        if before and not before[-1].isdigit() and "://" not in paragraph[max(0, m.start() - 60): m.end()]:
            return _canonical_credit(m["credit"]), before
    m = PAREN_CREDIT_RE.search(paragraph)
    if m:
        inner = m["credit"].strip()
        first = _CREDIT_SPLIT_RE.split(inner)[0].strip()
        if first.casefold() in _agencies():
            return _canonical_credit(first), paragraph[: m.start()].rstrip()
    return None, paragraph


# ---- the cleaner --------------------------------------------------------------------------
def _as_byte(ch: str) -> int:
    code = ord(ch)
    return code if code < 256 else ch.encode("cp1252")[0]


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 text that was decoded as Latin-1 or cp1252 upstream (``Ø§Ù„`` -> ``ال``,
    ``â€œ`` -> ``“``). Only runs that decode as valid UTF-8 change. Returns ``(text, runs repaired)``."""
    # a run opens with a character in U+00C2-U+00F4, which UTF-8 encodes with the lead byte C3
    if text.isascii() or b"\xc3" not in text.encode("utf-8", "surrogatepass") or not MOJIBAKE_RE.search(text):
        return text, 0
    repaired = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal repaired
        try:
            out = bytes(_as_byte(ch) for ch in m.group()).decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return m.group()
        repaired += 1
        return out

    return MOJIBAKE_RE.sub(fix, text), repaired



def normalize_text(raw: str) -> str:
    """Unify line ends (CRLF, CR, Unicode separators) and drop zero-width characters."""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.isascii() and any(ch in raw for ch in _ODD_CHARS):  # every odd character is outside ASCII
        raw = raw.translate(_CHAR_FIXES)
    return raw


def clean_text(raw: str, *, has_date: bool = False, read_metadata: bool = True) -> CleanText:
    """Clean one article body (without its title).

    Args:
        raw: the text as loaded (any line ends).
        has_date: the input already has a date, so none is read from the text.
        read_metadata: read dateline, credit and date from the text.

    Returns:
        A :class:`CleanText`: ``body`` (paragraphs separated by one blank line, runs of white space
        inside a line collapsed to one space), the metadata read, and ``removed``: ``(text, reason)``
        for every removed line or fragment.
    """
    lines_exact, prefixes, inline_re, footers = _boilerplate()
    grouped = _by_first_char()
    removed: list[tuple[str, str]] = []
    kept: list[str] = []
    seen: set[str] = set()
    seen_prose = False
    text, n_repaired = repair_mojibake(raw)
    text = normalize_text(text)
    notes = [("mojibake repaired", f"{n_repaired} run(s) of UTF-8 text read as Latin-1/cp1252 were decoded again")] \
        if n_repaired else []
    if inline_re is not None:
        low_text = _casefold(text)
        if not any(phrase in low_text for phrase in _inline_phrases()):
            inline_re = None
    lines = text.split("\n")
    tidy = _is_tidy(text)
    for i, line in enumerate(lines):
        if tidy:  # the line is already " ".join(line.split())
            if not line:
                kept.append("")
                continue
            stripped = line
            n_words = line.count(" ") + 1
        else:
            words = line.split()
            if not words:
                kept.append("")
                continue
            stripped = " ".join(words)
            n_words = len(words)
        low = stripped.casefold()
        norm = low.rstrip(".:!;, ")
        if grouped is not None:
            line_prefixes = grouped[0].get(low[:1], ())
            line_footers = grouped[1].get(norm[:1], ())
        else:
            line_prefixes, line_footers = prefixes, footers
        if norm.startswith(line_footers):
            rest = [" ".join(x.split()) for x in lines[i:] if x.strip()]
            removed.extend((x, "comment form or footer") for x in rest)
            break
        if stripped[0].isdigit() and COUNTER_RE.match(stripped) and (
            not seen_prose or _only_counters_after(lines, i)
        ):
            # share/comment counters sit before the text or after it, never inside it
            removed.append((stripped, "counter"))
            continue
        if norm in lines_exact or low.startswith(line_prefixes):
            removed.append((stripped, "boilerplate"))
            continue
        if inline_re is not None and inline_re.search(stripped):
            for m in inline_re.finditer(stripped):
                removed.append((m.group(), "boilerplate"))
            stripped = " ".join(inline_re.sub(" ", stripped).split())
            if not stripped:
                continue
            low = stripped.casefold()
            n_words = len(stripped.split())
        if n_words >= 4:
            seen_prose = True
        if n_words >= 6 and len(low) >= 40:
            if low in seen:
                removed.append((stripped, "repeated paragraph"))
                continue
            seen.add(low)
        kept.append(stripped)
    paragraphs = _paragraphs(kept)
    outlet = place = credit = None
    date = None
    if read_metadata and paragraphs:
        outlet, place, agency, length = read_dateline(paragraphs[0])
        dateline_date = find_date(paragraphs[0][:length]) if length else None
        if length:
            removed.append((paragraphs[0][:length].strip(), "dateline"))
            paragraphs[0] = paragraphs[0][length:].strip()
        credit, last = _read_credit(paragraphs[-1])
        if credit is not None:
            gone = paragraphs[-1][len(last):].strip() if last else paragraphs[-1]
            removed.append((gone, "source credit"))
            paragraphs[-1] = last
        else:
            credit = agency
        paragraphs = [p for p in paragraphs if p]
        if not has_date:
            date = dateline_date or find_report_date(paragraphs)
    return CleanText(
        body="\n\n".join(paragraphs),
        outlet=outlet,
        dateline=place,
        source_credit=credit,
        date=date,
        removed=removed,
        notes=notes,
    )


def _casefold(text: str) -> str:
    """``text.casefold()``, faster for text whose only non-ASCII characters have no case (``£``, ``“``):
    then only ASCII letters change, and ``bytes.lower`` lowers just those in the UTF-8 bytes."""
    if text.isascii() or not all(ch.casefold() == ch for ch in set(_non_ascii_chars(text))):
        return text.casefold()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _is_tidy(text: str) -> bool:
    """True when the only white space in ``text`` is line ends and single spaces between words
    (then every line is already ``" ".join(line.split())``)."""
    if "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
        return False
    if text.isascii():
        data = text.encode("ascii")
    elif any(ch.isspace() for ch in set(_non_ascii_chars(text))):
        return False
    else:
        data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _CONTROL_BYTES)) == len(data)  # no tab, CR, form feed...


def _only_counters_after(lines: list[str], i: int) -> bool:
    """True when every non-empty line after ``lines[i]`` is a counter or a footer-like short line."""
    return all(not x.strip() or COUNTER_RE.match(x) for x in lines[i + 1:])


def _paragraphs(lines: list[str]) -> list[str]:
    """Group kept lines into paragraphs: one paragraph per line, except that a hard-wrapped line
    (no closing punctuation, next line starting in lower case) is joined to the next."""
    out: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                out.append(current)
                current = ""
            continue
        if current and not _WRAP_END_RE.search(current) and line[:1].islower():
            current = f"{current} {line}"
            continue
        if current:
            out.append(current)
        current = line
    if current:
        out.append(current)
    return out


def clean_articles(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clean the ``body`` of an articles table that was not cleaned on load.

    Args:
        articles: columns ``article_id``, ``body``.

    Returns:
        ``(articles, removed)``: a new articles table with a clean ``body`` and ``n_words``, and the
        removed lines (``article_id``, ``text``, ``reason``).
    """
    require_columns(articles, ["article_id", "body"])
    out = articles.copy()
    bodies: list[str] = []
    rows: list[tuple[str, str, str]] = []
    for aid, body in zip(out["article_id"], out["body"], strict=True):
        result = clean_text("" if pd.isna(body) else str(body), read_metadata=False)
        bodies.append(result.body)
        rows.extend((aid, t, r) for t, r in result.removed)
    out["body"] = bodies
    out["n_words"] = [len(TOKEN_RE.findall(b)) for b in bodies]
    removed = pd.DataFrame(rows, columns=list(REMOVED_COLUMNS))
    return out, removed


def all_language_list(name: str) -> tuple[str, ...]:
    """The union of list ``name`` over every language that ships it (file order kept)."""
    seen: dict[str, None] = {}
    for lang in available_languages(name):
        for entry in load_list_or_empty(name, lang):
            seen.setdefault(entry, None)
    return tuple(seen)
