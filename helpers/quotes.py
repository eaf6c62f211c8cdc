"""Quoted actors: who is quoted saying what, in Indonesian and English (rule- and lexicon-based).

``extract_quotes(articles)`` finds direct quotes (every quotation-mark style news uses, quotes over
several paragraphs, quotes split by their cue), indirect quotes (``X said that ...``, ``X
mengatakan bahwa ...``, ``menurut X, ...``, ``according to X``) and mixed ones, and attributes each
to a speaker: names, titles and roles from apposition, pronouns and clitic cues (``tambahnya``,
``he said``) resolved to the most recent named speaker, surnames to the full name given earlier.
``actors(quotes, articles)`` merges speakers across the corpus; ``quote_kwic`` finds quotes
containing a term.

All language knowledge is in ``helpers/lexicons/<lang>/``: ``speech_verbs``, ``speech_verbs_weak``,
``clause_markers``, ``speech_cues``, ``clitic_cues``, ``passive_cues``, ``source_intros``,
``pronouns``, ``titles``, ``roles``, ``org_words``, ``places``, ``name_suffixes``, ``speaker_aux``,
``not_speakers``. A language without these lists still gets its direct quotes (without speakers).
Accuracy is measured by ``bench/eval_quotes.py`` (PolNeAR and hand-checked detik gold); figures
for the tables made here are in ``helpers/plots/quotes.py``.
"""

from __future__ import annotations

import bisect
import gc
import re
import sys
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path

import pandas as pd

from helpers._pool import map_row_ranges, worker_count
from helpers.cleaning import detect_language, read_dateline
from helpers.lexicons import load_list_or_empty
from helpers.tables import QUOTE_COLUMNS, dask_aware, dask_collects, empty_table, require_columns
from helpers.text import TOKEN_RE, escape_markdown, fold, normalize_space, split_sentences

__all__ = [
    "extract_quotes",
    "actors",
    "quote_actors",
    "read_aliases",
    "actor_counts_by",
    "quote_shares",
    "quotes_over_time",
    "actor_cooccurrence",
    "quote_kwic",
    "quote_overview",
    "describe_quotes",
    "ACTOR_COLUMNS",
    "UNNAMED_ACTOR",
    "QUOTE_LANGUAGES",
]

#: Languages whose cue lexicons ship with the package.
QUOTE_LANGUAGES: tuple[str, ...] = ("en", "id")

ACTOR_COLUMNS: tuple[str, ...] = (
    "actor",
    "actor_type",
    "roles",
    "variants",
    "n_quotes",
    "n_direct",
    "n_indirect",
    "n_articles",
    "outlets",
    "first_date",
    "last_date",
)

# ---- regular expressions (compiled once) -------------------------------------------------------
_UPPER = "".join(
    chr(c) for r in ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00)) for c in range(*r) if chr(c).isupper()
)
#: Double quotation marks of every style (straight, curly, low-9, guillemets); line breaks between two
#: marks are found with ``str.find``.
#: (the same matches as ``''|``|["“”„«»]``, written to start with a character set: ``re`` then skips to
#: those characters instead of trying the alternation at every position)
_QMARK_RE = re.compile(r"[\"'`“”„«»](?:(?<=[\"“”„«»])|(?<=')'|(?<=`)`)")
#: Single quotation marks used as quotes (only considered where a paragraph has no double marks).
#: (the same matches as ``(?:(?<=^)|(?<=[\s(\[—–-]))['‘‚](?=[^\s'‘’])|(?<=[^\s'‘])['’](?=[\s.,;:!?)\]—–-]|$)``,
#: written to start with a character set, the tests on the character before the mark made after it:
#: 7-9x faster, as ``re`` no longer tries the look-behinds at every position)
_SINGLE_RE = re.compile(r"['‘‚’](?:(?<=['‘‚])(?<![^\s(\[—–-].)(?=[^\s'‘’])|(?<=['’])(?<=[^\s'‘]['’])(?=[\s.,;:!?)\]—–-]|$))")
_WORD_CHAR_RE = re.compile(r"\w")
#: A run of capitalised words (a name candidate); a word may end in a full stop only when it is short
#: (an initial or abbreviation: "Donald J. Trump", "Dr."), so runs do not cross sentence ends.
_CAP_WORD = rf"(?:[{_UPPER}][a-z]{{0,2}}\.|[{_UPPER}][^\W_]*(?:[-'’][^\W_]+)*)"
_NONSPACE_RE = re.compile(r"\S+")
_GLUED_INITIALS_RE = re.compile(rf"(?:[{_UPPER}]\.){{2,3}}")
_LOWER_WORD_RE = re.compile(r"[a-z]+")
#: (s20names) capitalised words, then initials ("George H.W. ", "K. P. ", "A.R. ") right before a surname.
_INITIALS_BEFORE_EN_RE = re.compile(
    rf"(?<![\w'’.-])((?:[{_UPPER}][^\W_]+(?:[-'’][^\W_]+)*[ \t]+){{0,3}})((?:[{_UPPER}]\.[ \t]?){{1,4}})$")
#: (s20names) a run's word: _CAP_WORD with glued initials ("H.W.", "A.R."), the capital factored out (as fast as
#: _CAP_WORD: the alternatives are tried after one character test)
_CAP_RUN_WORD = rf"[{_UPPER}](?:[a-z]{{0,2}}\.(?:[{_UPPER}]\.){{0,2}}|[^\W_]*(?:[-'’][^\W_]+)*)"
_CAP_RUN_RE = re.compile(
    rf"{_CAP_RUN_WORD}(?:[ \t]+(?:(?:bin|binti|van|von|de|da|du|al|el|der|den|dos|das|del|la|le|ibn|ter|zu)[ \t]+)"
    rf"{{0,2}}(?:(?:al|el|d)[-'’](?=[{_UPPER}]))?{_CAP_RUN_WORD})+"
)  # (s20names: up to two particles, "Ursula von der Leyen", "Ana de la Vega"; "Saud al-Faisal", "Giscard d'Estaing")
_ROMAN_RE = re.compile(r"[IVX]{1,5}")
#: Prepositions that cannot open reported content right after an English cue.
_PREPOSITIONS = {"en": frozenset({"in", "on", "at", "during", "after", "before", "about", "for", "with", "from", "of",
                                  "by", "through", "via", "while", "whilst", "when", "as", "to", "into", "over", "under"})}
#: Words a determiner-led speaker phrase ("the magazine", "a witness") may not contain.
_NP_STOP = frozenset({"to", "in", "on", "at", "for", "with", "by", "from", "of", "that", "which", "who", "nobody",
                      "one", "most", "more", "and", "or", "but", "not", "no"})
_TRAILER_RE = re.compile(r"\b(?:dalam|saat|ketika|pada|kepada|usai|seusai|setelah|in|on|at|during|after|when)\b")
_ACRONYM_ALIAS_RE = re.compile(rf"([{_UPPER}][^\W\d_]+(?:[ \t]+[{_UPPER}][^\W\d_]+)+)[ \t]*\(([{_UPPER}]{{2,6}})\)")
#: What every _ACRONYM_ALIAS_RE (_SHORT_FORM_RE) match ends in: a cheap test (led by "(") before the scan,
#: which tries every capital letter of the body.
_ACRONYM_HINT_RE = re.compile(rf"\([{_UPPER}]{{2,6}}\)")
_SHORT_FORM_HINT_RE = re.compile(rf"\([{_UPPER}][a-z]{{2,9}}\)")
# (the nickname patterns start with a capital letter not preceded by a word character: the same as "\b" before
# it, tested after the letter so that ``re`` skips to capitals instead of trying every position)
_NICK_FIRST_RE = re.compile(rf"([{_UPPER}](?<!\w.)[^\W\d_]+),?[ \t]+sapaan(?:[ \t]+akrab)?[ \t]+([{_UPPER}][^\W\d_]+)")
_NICK_SECOND_RE = re.compile(
    rf"([{_UPPER}](?<!\w.)[^\W\d_]+),?[ \t]+(?:atau[ \t]+yang[ \t]+akrab[ \t]+disapa|atau|yang[ \t]+akrab[ \t]+disapa|akrab[ \t]+disapa|disapa|alias|known[ \t]+as|dubbed)"
    rf"[ \t]+(?:(?:Gus|Pak|Bu|Mas|Mbak|Bung|Kang|Cak|Ning|Abah|Mr\.?|Ms\.?)[ \t]+)?([{_UPPER}][^\W\d_]+)")
#: Words one of which every _NICK_SECOND_RE match holds (a cheap test before the scan).
_NICK_KEYWORDS = ("atau", "disapa", "alias", "known", "dubbed")
#: A full stop that ends an abbreviation or initial inside a name ("Mr. Trump", "Donald J. Trump").
#: A full stop followed by a comma ends no sentence either ("of Allentown, Pa., said", "Calif.,").
_ABBREV_DOT_RE = re.compile(rf"(?<![^\s(])(?:[{_UPPER}]\.){{2,3}}(?=\s)|(?<![^\s(])[{_UPPER}][a-z]{{0,3}}\.(?=\s)|\.(?=,)")
#: Indonesian (s17id): a full stop after a capitalised four-letter word before a capitalised word ("Solo. Ia", "Bali.
#: Menurut"): a sentence end unless the word is a title ("Prof. Dr.").
_ID_CAP4_STOP_RE = re.compile(rf"(?<![^\s(])([{_UPPER}][a-z]{{3}})\.(?=\s+[{_UPPER}])")
#: English: a party-state or state tag in brackets after a name ("(D-N.Y.)", "(R-Tex.)"): its dots end no sentence.
_PAREN_TAG_RE = re.compile(rf"\([{_UPPER}][A-Za-z. -]{{0,20}}\)")
#: English: the inner dots of an initialism ("N.C.", "U.S."), no sentence end.
_INITIALISM_DOT_RE = re.compile(rf"(?<=[{_UPPER}])\.(?=[{_UPPER}]\.)")
_TRAIL_PUNCT = " \t\n,.;:!?\"'“”‘’«»„—–-"
_QUOTE_CHARS = "\"“”„«»'‘’‚`"  # (the backtick: TeX-style ``...'' openings, s15markbat)
_QUOTE_OR_BLANK = _QUOTE_CHARS + " \t"  # (built once, not in every loop test)
_QUOTE_OR_PUNCT = _QUOTE_CHARS + ",.!?;:…"
_QUOTE_OR_STOP = _QUOTE_CHARS + ",.;"
_NEWLINE_RE = re.compile(r"\n")
_SPACES_RE = re.compile(r"\s+")
_ROLE_MODIFIERS_RE = re.compile(r"[^,.;:!?\n\"“”]{0,80},")
_APPOS_STOP_RE = re.compile(
    r"[,.;:!?\n]|\s(?:dalam|saat|ketika|pada|di|kepada|usai|seusai|setelah|in|on|at|during|after)\s")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SOURCE_PHRASE_RE = re.compile(r"\s*([^,;:.!?\n\"“”]{3,120}?)\s*(?=[,;.!?\n]|$)")
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
#: Every character ``str.isspace`` holds true for (none lies past U+3000).
_SPACE_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
#: White space that :func:`helpers.text.normalize_space` changes: a run of two or more, or one that is not " ".
_SPACE_FIX_RE = re.compile(r"\s{2,}|[^\S ]")


@dataclass(frozen=True)
class _Lex:
    """Lexicon-derived patterns for one language."""

    language: str
    verbs: frozenset[str]
    weak: frozenset[str]
    after_cues: frozenset[str]
    clitics: frozenset[str]
    passives: frozenset[str]
    intros: tuple[str, ...]
    pronouns: frozenset[str]
    titles: tuple[tuple[str, ...], ...]
    title_first: frozenset[str]
    roles: frozenset[str]
    aux: frozenset[str]
    org_words: frozenset[str]
    places: frozenset[str]
    clause_markers: frozenset[str]
    suffixes: frozenset[str]
    trailers: frozenset[str]
    not_speakers: frozenset[str]
    cue_re: re.Pattern[str] | None
    that_words: frozenset[str]
    object_words: frozenset[str]
    connectors: frozenset[str]
    determiners: frozenset[str]
    demonstratives: frozenset[str]
    told_verbs: frozenset[str]
    participles: frozenset[str]
    #: cues that count only before a quoted fragment ("called it ''a disaster''")
    mixed_cues: frozenset[str]
    #: nouns that attribute a "that" clause to a possessive speaker ("her remark that ...")
    nominal_cues: frozenset[str]
    #: ``titles`` grouped by their first word (same order), so a word is compared with its own titles only
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, hash=False, compare=False)
    #: characters a cue can be made of besides white space (a cue match never crosses any other character)
    cue_chars: frozenset[str] = frozenset()
    #: ``cue_chars`` and every white-space character, for ``str.rstrip`` (see :func:`_cue_tokens`)
    cue_strip: str = ""
    #: relative pronouns of the language ("who", "which"; "yang"), lower case: never an English name ("Mr Yang")
    relatives: frozenset[str] = frozenset()
    #: splits a role at its relative clause (" who ", " yang ")
    relative_split_re: re.Pattern[str] = re.compile(r"(?!)")
    #: ``cue_re`` for ASCII text (its classes without the Unicode category: the same matches on an ASCII body)
    cue_ascii_re: re.Pattern[str] | None = None


_THAT = {"en": {"that"}, "id": {"bahwa", "bahwasanya", "agar", "supaya"}}
#: Words after a cue that show the cue closes its sentence ("..., X said on Monday", "kata X dalam ...").
_TRAILERS = {
    "en": {"in", "on", "at", "during", "after", "before", "when", "while", "whilst", "last", "this", "yesterday", "today",
           "earlier", "later", "recently", "of", "to", "told", "adding", "according", "via", "through", "by", "with"},
    "id": {"dalam", "saat", "di", "kepada", "ketika", "usai", "seusai", "setelah", "pada", "melalui", "via", "kemarin",
           "lalu", "sebelumnya", "dikutip", "seperti", "sebagaimana", "kepadadetikcom"},
}
_CONNECT = {
    "en": {"of", "for", "the", "at", "and", "on", "in"},
    "id": {"dari", "untuk", "dan", "bidang", "urusan"},
}
_DETERMINERS = {"en": {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our"}, "id": {"sang", "para", "seorang"}}
_DEMONSTRATIVES = {"en": set(), "id": {"itu", "tersebut", "ini"}}
#: Relative pronouns per language: Indonesian "yang" is an English surname ("Mr Yang said").
_RELATIVES = {"en": ("who", "whose", "which"), "id": ("yang",)}
_TOLD = {"en": {"told", "tells", "tell", "telling", "asked", "asks", "urged", "warned", "reminded", "reminds", "assured",
               "assures", "informed"}, "id": {"kepada"}}
_OBJECTS = {"en": {"reporters", "journalists", "supporters", "voters", "the", "a", "an", "us", "me", "him", "her", "them",
                   "audience", "crowd", "listeners", "viewers", "readers"}, "id": {"wartawan", "awak", "media", "kepada"}}


@lru_cache(maxsize=16)
def _lexicon(language: str) -> _Lex:
    def words(name: str) -> list[str]:
        return [w.lower() for w in load_list_or_empty(name, language)]

    weak = frozenset(words("speech_verbs_weak"))
    verbs = frozenset(words("speech_verbs")) | weak
    after = frozenset(words("speech_cues"))
    clitics = frozenset(words("clitic_cues"))
    passives = frozenset(words("passive_cues"))
    intros = tuple(sorted(words("source_intros"), key=len, reverse=True))
    titles = tuple(sorted((tuple(t.rstrip(".").split()) for t in words("titles")), key=len, reverse=True))
    mixed = frozenset(words("mixed_cues")) - verbs
    nominal = frozenset(words("nominal_cues"))
    alts = sorted(verbs | after | clitics | passives | set(intros) | mixed | nominal, key=len, reverse=True)
    cue_re = cue_ascii_re = None
    # The cue scan is the gate of every cue rule: `_indirect`, `_attribute_after/_before` and the filters that
    # read `q.cue` only ever see words this pattern finds (measured in s13speed: half the sentences of BBC text
    # hold no cue and no quotation mark and already cost nothing but this one scan). A new rule that fires on
    # a cue word stays reachable only if the word is in one of the lists above (speech_verbs(_weak),
    # speech_cues, clitic_cues, passive_cues, source_intros, mixed_cues, nominal_cues); rules on other words
    # (object_cues, infinitive_cues ...) need their words in those lists too. tests/test_quotes.py
    # (test_every_rule_cue_word_is_found_by_the_cue_scan) checks this.
    if alts:
        # lower-case cues, or with a capital first letter (sentence start); no IGNORECASE (slow)
        caps = [a[:1].upper() + a[1:] for a in alts]
        trie = _trie_pattern(sorted(set(alts) | set(caps)))
        # (s15speed: the look-behind's and look-ahead's classes are [\w'’-] and [\w-] with the ASCII word characters
        # spelled out first, which re tests as a bitmap before the Unicode category: the same matches, ~6 % off the
        # scan; on an ASCII body, `_Doc.cues` scans with the ASCII classes alone, the same matches there, ~12 % off)
        cue_re = re.compile(rf"(?<![a-zA-Z0-9_\w'’-])(?:{trie})(?![a-zA-Z0-9_\w-])")
        cue_ascii_re = re.compile(rf"(?<![a-zA-Z0-9_'-])(?:{trie})(?![a-zA-Z0-9_-])")
    participles = frozenset(v for v in verbs | mixed if v.endswith("ing")) if language == "en" else frozenset()
    cue_chars = frozenset("".join(alts) + "".join(a[:1].upper() for a in alts)) - frozenset(" ")
    return _Lex(
        language=language,
        verbs=verbs,
        weak=weak,
        after_cues=after,
        clitics=clitics,
        passives=passives,
        intros=intros,
        pronouns=frozenset(words("pronouns")),
        titles=titles,
        title_first=frozenset(t[0] for t in titles),
        roles=(frozenset(words("roles")) | frozenset(w for t in titles for w in t if len(w) > 3)
               | (frozenset(r + "s" for r in words("roles")) if language == "en" else frozenset())),
        aux=frozenset(words("speaker_aux")),
        org_words=frozenset(words("org_words")),
        places=frozenset(words("places")),
        clause_markers=frozenset(words("clause_markers")),
        suffixes=frozenset(w.rstrip(".") for w in words("name_suffixes")),
        trailers=frozenset(_TRAILERS.get(language, ())),
        not_speakers=frozenset(words("not_speakers")),
        cue_re=cue_re,
        cue_ascii_re=cue_ascii_re,
        that_words=frozenset(_THAT.get(language, ())),
        object_words=frozenset(_OBJECTS.get(language, ())),
        connectors=frozenset(_CONNECT.get(language, ())),
        determiners=frozenset(_DETERMINERS.get(language, ())),
        demonstratives=frozenset(_DEMONSTRATIVES.get(language, ())),
        told_verbs=frozenset(_TOLD.get(language, ())),
        participles=participles,
        mixed_cues=mixed,
        nominal_cues=nominal,
        titles_by_first=_group_by_first(titles),
        cue_chars=cue_chars,
        cue_strip="".join(sorted(cue_chars)) + _SPACE_CHARS,
        relatives=frozenset(_RELATIVES.get(language, ())),
        relative_split_re=re.compile(rf"\s(?:{'|'.join(_RELATIVES.get(language, ()))})\s")
        if language in _RELATIVES else re.compile(r"(?!)"),
    )


def _group_by_first(titles: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    groups: dict[str, list[tuple[str, ...]]] = {}
    for t in titles:
        groups.setdefault(t[0], []).append(t)
    return {k: tuple(v) for k, v in groups.items()}


@lru_cache(maxsize=200_000)
def _fw(word: str) -> str:
    """Cached :func:`helpers.text.fold` for names and words (the same few thousand recur)."""
    return fold(word)


#: Letters by frequency in English text: a trie node tries its branches in this order (lower case first).
_LETTER_ORDER = {c: i for i, c in enumerate("etaoinshrdlcumwfgypbvkjxqz" + "ETAOINSHRDLCUMWFGYPBVKJXQZ")}


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation built as a trie (``sa(?:id|ys)``): much faster than a flat alternation.

    The branches of a node start with different characters, so their order never changes a match; they
    are tried most frequent letter first (a text's words mostly fail at the first branch they can).
    A word that ends where longer ones go on gets an empty last branch (``call(?:ed|s|)``: the same
    matches as ``call(?:ed|s)?``, cheaper for ``re``); about 5 % off the article's cue scan."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted((k for k in node if k), key=lambda c: (_LETTER_ORDER.get(c, len(_LETTER_ORDER)), c)):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        if end:
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(trie)


# ---- data holders ------------------------------------------------------------------------------
@dataclass
class _Quote:
    start: int
    end: int
    kind: str
    parts: list[tuple[int, int]]
    cue: str = ""
    cue_pos: int = -1
    speaker: str = ""
    speaker_kind: str = ""  # name | pronoun | role | clitic | ""
    role: str = ""
    speaker_name: str = ""
    shares_cue: bool = False  # the cue also introduces an indirect quote after it
    sp_start: int = -1  # (s20names) the speaker's span in the body where _set_speaker set it
    sp_end: int = -1


@dataclass
class _Speaker:
    text: str = ""
    kind: str = ""
    role: str = ""
    start: int = -1
    end: int = -1
    phrase_start: int = -1  # start of the whole phrase with its apposition ("ROLE, NAME,")


@dataclass
class _Doc:
    body: str
    lex: _Lex
    para_bounds: list[int] = field(default_factory=list)
    #: per paragraph (index into para_bounds): its sentence spans, their ends, the paragraph's span
    _sentences: dict[int, tuple[list[tuple[int, int]], list[int], tuple[int, int]]] = field(default_factory=dict)
    full_names: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    full_roles: dict[str, str] = field(default_factory=dict)  # title/role given with a full name
    aliases: dict[str, str] | None = None
    short_forms: dict[str, str] | None = None  # Indonesian "Universitas Udayana (Unud)"
    _cues: list[re.Match[str]] | None = None
    _cue_starts: list[int] = field(default_factory=list)
    #: s17robust: per word, _names_index's cache; per " " + word, _expand's distinct full names holding the word
    names_index: dict[str, object] = field(default_factory=dict)

    def cues(self) -> list[re.Match[str]]:
        """Every match of the cue pattern in the body (one scan per article, shared by all steps)."""
        if self._cues is None:
            cue_re = self.lex.cue_ascii_re if self.body.isascii() else self.lex.cue_re
            self._cues = list(cue_re.finditer(self.body)) if cue_re is not None else []
            self._cue_starts = [m.start() for m in self._cues]
        return self._cues

    _runs: list[re.Match[str]] = field(default_factory=list)
    _run_starts: list[int] = field(default_factory=list)
    _run_iter: Iterator[re.Match[str]] | None = None
    _runs_upto: float = 0  # every run starting before this position is in _runs

    def runs_until(self, pos: int) -> list[re.Match[str]]:
        """The runs of capitalised words (``_CAP_RUN_RE``) of the body, read from one scan of the article
        that goes only as far as asked: every run starting before ``pos`` is in the list."""
        if self._runs_upto < pos:
            if self._run_iter is None:
                self._run_iter = _CAP_RUN_RE.finditer(self.body)
            for m in self._run_iter:
                self._runs.append(m)
                self._run_starts.append(m.start())
                if m.start() >= pos:
                    self._runs_upto = m.start() + 1
                    break
            else:
                self._runs_upto = float("inf")
        return self._runs

    def run_holding(self, i: int, j: int, lo: int, hi: int) -> re.Match[str] | None:
        """The first match of ``_CAP_RUN_RE.finditer(body, lo, hi)`` that holds ``[i, j)``. Where the
        article's scan has already passed ``hi`` (the index of names read it), from that scan:
        ``_CAP_RUN_RE`` has no look-around, so a window's matches are the article's unless one of those
        crosses ``lo`` or the one found runs past ``hi``; otherwise the window is scanned (measured: cheaper
        than reading the article's scan on to ``hi``)."""
        if self._runs_upto < hi:
            return _window_run_holding(self.body, i, j, lo, hi)
        runs = self._runs
        k = bisect.bisect_left(self._run_starts, lo)
        if k > 0 and runs[k - 1].end() > lo:
            return _window_run_holding(self.body, i, j, lo, hi)
        k = bisect.bisect_right(self._run_starts, i) - 1
        if k < 0 or runs[k].start() < lo or runs[k].end() < j:
            return None
        if runs[k].end() > hi:
            return _window_run_holding(self.body, i, j, lo, hi)
        return runs[k]

    def paragraph(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line/paragraph holding ``pos`` (any line break ends a paragraph)."""
        i = bisect.bisect_right(self.para_bounds, pos)
        start = self.para_bounds[i - 1] + 1 if i > 0 else 0
        end = self.para_bounds[i] if i < len(self.para_bounds) else len(self.body)
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos`` (split_sentences on its paragraph, cached); for
        ``pos`` in white space between sentences, the next sentence; past the last one, the paragraph."""
        i = bisect.bisect_right(self.para_bounds, pos)
        cached = self._sentences.get(i)
        if cached is None:
            ps = self.para_bounds[i - 1] + 1 if i > 0 else 0
            pe = self.para_bounds[i] if i < len(self.para_bounds) else len(self.body)
            spans = [(ps + s, ps + e) for s, e in split_sentences(self.body[ps:pe], language=self.lex.language)]
            if len(spans) > 1 and self.lex.language == "en" and _DOUBLE_MARK_RE.search(self.body, ps, pe):
                spans = _join_quoted_sentences(self.body, spans)
            if pe - ps > _MAX_SENTENCE_CHARS:
                spans = _cap_sentences(self.body, spans)
            cached = self._sentences[i] = (spans, [e for _, e in spans], (ps, pe))
        spans, ends, para = cached
        # the spans are ordered and disjoint: the first one ending after pos holds pos or follows it
        k = bisect.bisect_right(ends, pos)
        return spans[k] if k < len(spans) else para


#: s17robust: the longest "sentence" the rules read (characters). Every step reads the sentence around a cue, so
#: a sentence of n characters with a cue every few words costs O(n^2) (scraped text without punctuation: 200,000
#: characters took 2.2 s, "said" 5,000 times 1.8 s); longer ones are cut (at a clause break where there is one)
#: into pieces of at most this length. The longest sentence of the development corpora: 2,267 characters
#: (detik-dev; PolNeAR 979, BBC 1,063).
_MAX_SENTENCE_CHARS = 3000


def _cap_sentences(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every span longer than ``_MAX_SENTENCE_CHARS`` cut into pieces that are not: each cut
    after the last clause break (``, `` ``; `` ``: ``) of the piece's second half, else its last white space,
    else at the limit; the pieces keep no white space at their ends."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > _MAX_SENTENCE_CHARS:
            lim = s + _MAX_SENTENCE_CHARS
            half = s + _MAX_SENTENCE_CHARS // 2
            cut = -1
            for ch in ",;:":
                k = body.rfind(ch + " ", half, lim - 1)
                cut = max(cut, k + 1 if k >= 0 else -1)
            if cut < 0:
                k = max(body.rfind(" ", half, lim), body.rfind("\t", half, lim))
                cut = k if k > s else lim
            end = cut
            while end > s and body[end - 1].isspace():
                end -= 1
            out.append((s, end if end > s else cut))
            s = cut
            while s < e and body[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


def _window_run_holding(body: str, i: int, j: int, lo: int, hi: int) -> re.Match[str] | None:
    """The first match of ``_CAP_RUN_RE.finditer(body, lo, hi)`` that holds ``[i, j)``. The matches come in
    order of their starts, so the scan stops at the first one starting after ``i`` (no later one can hold
    ``i``): the window's tail after the word is not read (s13speed). No run holds a comma or a line break, so
    the matches after the last one before ``i`` are those of the window that starts after it (the scan's runs
    before it end before ``i``): the scan starts there (s15speed)."""
    cut = max(body.rfind(",", lo, i), body.rfind("\n", lo, i))
    if cut >= lo:
        lo = cut + 1
    for r in _CAP_RUN_RE.finditer(body, lo, hi):
        if r.start() > i:
            return None
        if r.end() >= j:
            return r
    return None


def _join_quoted_sentences(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """English: sentence spans of one paragraph with the breaks inside a quotation removed ('Smith said the plan
    was "a disaster. It will fail" for workers.' is one sentence): a break where the last double mark before it
    opens a quotation inside a clause (after a word) that a later mark in the paragraph closes."""
    for a, b in spans:  # (a cheap test first: a break inside a quotation leaves an odd number of marks before it)
        seg = body[a:b]
        if (seg.count('"') + seg.count("“") + seg.count("”") + seg.count("''")) % 2:
            break
    else:
        return spans
    found = list(_DOUBLE_MARK_RE.finditer(body, spans[0][0], spans[-1][1]))
    if len(found) < 2:
        return spans
    pos = [m.start() for m in found]
    out = [spans[0]]
    for s, e in spans[1:]:
        k = bisect.bisect_left(pos, s)
        if 0 < k < len(pos) and pos[k - 1] >= out[-1][0]:  # (a mark in the sentence so far and one after it)
            i, j = pos[k - 1], pos[k]
            b = i - 1
            while b > 0 and body[b] in " \t":
                b -= 1
            if body[b].isalnum() and _mark_role(body, i, found[k - 1].group()) == "open" and _mark_role(
                    body, j, found[k].group()) in ("close", "either"):
                # (a quotation inside a clause: not one opened after a colon or comma, 'X said: "A. B."', an
                # attribution of its own)
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


# ---- direct quotes -----------------------------------------------------------------------------
def _mark_role(body: str, i: int, ch: str) -> str:
    """open | close | either, from the mark and its neighbours."""
    if ch in ("„", "``"):
        return "open"
    prev = body[i - 1] if i > 0 else " "
    k = i + len(ch)
    nxt = body[k] if k < len(body) else " "
    prev_space = prev.isspace() or prev in "([{—–-/\u202a\u202b\u202c\u202d\u202e\u200b\u200e\u200f\ufeff"
    next_space = nxt.isspace() or nxt in ".,;:!?)]}—–-"
    if ch == "«":  # (closes only tight after a word and before a space: the »...« style, s15markbat)
        return "close" if next_space and not prev_space else "open"
    if ch == "»":  # (opens only after a space and tight before a word: »...«)
        return "open" if prev_space and not next_space else "close"
    if ch == "“":
        return "open" if not (next_space and not prev_space) else "close"
    if ch == "”":
        return "open" if (prev_space and not next_space) else "close"
    if prev_space and not next_space:
        return "open"
    if next_space and not prev_space:
        return "close"
    return "either"


_JOINED_PARA_RE = re.compile(r"[.!?…][)'’]?[ \t]{1,2}$")


def _direct_spans(body: str) -> list[tuple[int, int, bool]]:
    """Content spans ``(start, end, closed)`` of direct quotes; a quote open at a paragraph end
    continues when the next paragraph re-opens with a quotation mark (also where paragraphs were joined by a
    space: an opening mark after a sentence end inside an open quote continues it)."""
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    low9 = False
    pending_break = -1  # position of a paragraph break while a quote is open
    prev_end = 0
    find = body.find
    for m in _QMARK_RE.finditer(body):
        i = m.start()
        ch = m.group()
        j = m.end()  # first character after the mark
        if open_at >= 0 and pending_break < 0:
            pending_break = find("\n", prev_end, i)  # the first line break since the last mark, or -1
        prev_end = j
        role = _mark_role(body, i, ch)
        if ch == "“" and low9 and open_at >= 0:
            role = "close"
        if open_at >= 0 and pending_break >= 0:
            # a quote ran to a paragraph end: continue if this paragraph re-opens at its start
            para_start = body.rfind("\n", 0, i) + 1
            if role in ("open", "either") and not body[para_start:i].strip() \
                    and not body[pending_break:para_start].strip():
                # (only the very next paragraph: a mark opening a later one starts a new quotation, the
                # paragraphs between were narrative and the quote had lost its closing mark)
                pending_break = -1
                continue
            out.append((open_at, pending_break, False))
            open_at = -1
            pending_break = -1
        if open_at < 0:
            if role in ("open", "either"):
                open_at = j
                low9 = ch == "„"
            continue
        if role in ("close", "either"):
            out.append((open_at, i, True))
            open_at = -1
        elif _JOINED_PARA_RE.search(body, max(open_at, i - 4), i) and _min_tokens(3, body, open_at, i):
            continue  # `...ground. "Whilst`: a paragraph re-opening where paragraphs were joined by a space
        else:  # a new opening mark while open: the earlier quote was never closed
            out.append((open_at, i, False))
            open_at = j
            low9 = ch == "„"
    if open_at >= 0 and pending_break < 0:
        pending_break = find("\n", prev_end)
    if open_at >= 0:
        out.append((open_at, pending_break if pending_break >= 0 else len(body), False))
    spans = []
    for s, e, closed in out:
        s2, e2 = _strip_span(body, s, e)
        if e2 > s2 and _WORD_CHAR_RE.search(body, s2, e2):
            spans.append((s2, e2, closed))
    return spans


#: English: a quotation closed with a comma and attributed in its own paragraph ('...," he said with a grin.')
_OWN_ATTRIBUTION_RE = re.compile(r",[ \t]?[\"”'’]{1,2}[ \t]+[A-Za-z]")


def _split_reopened_en(body: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """English: a quotation opened inside a paragraph after its attribution ('"A," he said. "B.', 'X said: "B.') that ran on into
    the next paragraph ends at the paragraph end when that paragraph's quotation has an attribution of its own
    ('\n\n"C," he said with a grin.'): C is a quotation of its own (s13bound)."""
    out = []
    for s, e, closed in spans:
        brk = body.rfind("\n", s, e) if closed else -1
        if brk < 0 or not _OWN_ATTRIBUTION_RE.match(body, e, e + 6):
            out.append((s, e, closed))
            continue
        ps = body.rfind("\n", 0, s) + 1
        o = s - 1  # (this quotation's opening mark, a space inside it passed: '" A', s15markbat)
        while o > ps and body[o - 1] in _QUOTE_OR_BLANK:
            o -= 1
        mark = max(body.rfind('"', ps, o), body.rfind("”", ps, o))  # the last quotation's end before it
        if not body[ps:s].rstrip(_QUOTE_CHARS + " \t").endswith(":") and (
                mark < 0 or _min_tokens(25, body, mark, s)):
            out.append((s, e, closed))
            continue
        a, b = _strip_span(body, s, brk)
        c, d = _strip_span(body, brk, e)
        if b <= a or d <= c:
            out.append((s, e, closed))
            continue
        out.append((a, b, False))
        out.append((c, d, True))
    return out


#: English: a sentence end inside a quotation (the next sentence may open with a mark)
_SENT_END_IN_QUOTE_RE = re.compile(r"[.!?…][)'’]?[ \t]+(?=[\"“‘']?[A-Z])")
#: English: words of the first and second person (a sentence with none may be the narrator's)
_SPEAKER_PERSON_RE = re.compile(
    r"\b(?:I|(?i:me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|let's|let’s))\b|\bI[’']")
#: A double quotation mark, or two apostrophes (the New York Times' double mark): the same matches as
#: ``[\"“”„«»]|''``, written to start with a character set, so ``re`` skips to those characters instead of trying
#: the pattern at every position (s15speed: 2.8x faster on the calls of a BBC and PolNeAR run).
_DOUBLE_MARK_RE = re.compile(r"[\"“”„«»'](?:(?<=[\"“”„«»])|')")
_REOPEN_MARK_RE = re.compile(r"[\"“]")
#: English: reporting verbs in the third person (the narrator attributing words in a sentence of their own)
_NARRATIVE_CUE_RE = re.compile(r"\b(?:said|says|told|added|adds|announced|confirmed|explained|insisted|claimed|"
                               r"warned|admitted|revealed|stressed|reported|according to)\b")


def _narrative_cut_en(body: str, s: int, e: int, closed: bool) -> list[tuple[int, int, bool]]:
    """English: a quotation whose closing mark was lost (paragraphs joined by a space: ``said: "A. "B. Narrative.``)
    ends before the narrator's sentences: the first sentence of a part left open (an unclosed end, or the text before
    an opening mark that continued the quote) that attributes words in the third person (a reporting verb, no word
    of the first or second person, no quotation mark), with the first- and second-person-free sentences before it.
    A part after such narrative is a quotation of its own. Returns the spans (one when nothing is cut)."""
    cuts = [i for m in _REOPEN_MARK_RE.finditer(body, s, e) if _JOINED_PARA_RE.search(body, max(s, (i := m.start()) - 4), i)]
    if not cuts and closed:
        return [(s, e, closed)]
    segs = []
    a = s
    for i in cuts:
        segs.append((a, i, False))
        a = i + 1
    segs.append((a, e, closed))
    out: list[tuple[int, int, bool]] = []
    cur = -1  # start of the quotation being built
    for a, b, seg_closed in segs:
        if cur < 0:
            cur = a
        if seg_closed:
            continue
        starts = [a] + [m.end() for m in _SENT_END_IN_QUOTE_RE.finditer(body, a, b)]
        cut = -1
        for k in range(1, len(starts)):
            lo = starts[k]
            hi = starts[k + 1] if k + 1 < len(starts) else b
            if _NARRATIVE_CUE_RE.search(body, lo, hi) and not _SPEAKER_PERSON_RE.search(body, lo, hi) \
                    and not _DOUBLE_MARK_RE.search(body, lo, hi):
                while k > 1 and not _SPEAKER_PERSON_RE.search(body, starts[k - 1], starts[k]) \
                        and not _DOUBLE_MARK_RE.search(body, starts[k - 1], starts[k]):
                    k -= 1
                cut = starts[k]
                break
        if cut < 0:
            continue
        s2, e2 = _strip_span(body, cur, cut)
        if e2 > s2:
            out.append((s2, e2, False))
        cur = -1
    if cur >= 0:
        out.append((cur, e, closed))
    return out


def _single_spans(body: str, nested: bool = False) -> list[tuple[int, int, bool]]:
    """Quotes in single marks ('...' / ‘...’) in paragraphs without double quotation marks (``nested``: in every
    paragraph, where the double marks only nest inside single-quoted quotations). A straight mark
    opens only before a word (after a dash it may close: '...that—' he said); an apostrophe that looks like a
    closing mark inside a quotation opened at a clause start (``the players' union``, ``rock 'n' roll``: a letter
    before it, a lower-case word after it) closes nothing when a closing mark after punctuation follows in the
    paragraph; a quotation open at a paragraph end continues when the next paragraph re-opens with a single mark
    (a closing mark only at the end of the last one, s15markbat)."""
    out = []
    start = 0
    n = len(body)
    carry = -1  # absolute start of a quotation left open at the end of the last paragraph
    while start < n:
        end = body.find("\n", start)
        end = n if end < 0 else end
        para = body[start:end]
        if not para.strip():
            start = end + 1
            continue  # (a blank line between paragraphs keeps a quotation open)
        open_at = -1
        if ("'" in para or "‘" in para) and (nested or not any(c in para for c in "\"“”„«»")):
            lead = len(para) - len(para.lstrip())
            cont = carry >= 0 and para[lead:lead + 1] in "'‘"
            matches = list(_SINGLE_RE.finditer(para))
            for k, m in enumerate(matches):
                ch = m.group()
                i = m.start()
                nxt = para[i + 1:i + 2]
                is_open = ch in "‘‚" or (ch == "'" and (i == 0 or para[i - 1].isspace() or para[i - 1] in "([—–-")
                                         and nxt != "" and not nxt.isspace() and nxt not in ".,;:!?)]")
                if cont and k == 0 and is_open and i == lead:
                    open_at = i + 1
                    continue
                if open_at < 0 and is_open:
                    open_at = i + 1
                    carry = -1
                elif open_at >= 0 and not is_open:
                    if para[i - 1].isalpha() and para[i + 1:i + 3].strip()[:1].islower() and \
                            para[:open_at - 1].rstrip()[-1:] in ("", ":", ",", ".", "!", "?", "—") and (any(
                            para[m2.start() - 1] in ",.!?…—" for m2 in matches[k + 1:] if m2.group() in "'’") or (
                            para.rstrip()[-1:] in (".", "!", "?", "…") and body[end:end + 200].lstrip()[:1] in ("'", "‘"))):
                        continue  # an apostrophe ('the players' union'): a closing mark after punctuation follows
                        # (or the quotation runs on into the next paragraph)
                    a = start + open_at if not (cont and carry >= 0) else carry
                    if _min_tokens(2, body, a, start + i):
                        s2, e2 = _strip_span(body, a, start + i)
                        out.append((s2, e2, True))
                    open_at = -1
                    carry = -1
                    cont = False
        if open_at >= 0:
            if not (cont and carry >= 0):
                carry = start + open_at
        else:
            carry = -1
        start = end + 1
    return out


def _strip_span(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (body[s].isspace() or body[s] in _QUOTE_CHARS):
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] in _QUOTE_CHARS or body[e - 1] == ","):
        e -= 1
    return s, e


# ---- speaker phrases -----------------------------------------------------------------------------
#: :data:`helpers.text.TOKEN_RE` for ASCII text (s15speed): there ``[^\W_]`` is ``[a-zA-Z0-9]`` and "’" never
#: occurs, so the matches are the same; a plain character set spares ``re`` a Unicode category test per
#: character (~20 % of the tokenising of BBC windows). ``str.isascii`` costs nothing (a flag of the string).
_TOKEN_ASCII_RE = re.compile(r"[a-zA-Z0-9]+(?:[-'][a-zA-Z0-9]+)*")


def _min_tokens(n: int, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Whether ``TOKEN_RE.findall(text, pos, endpos)`` holds at least ``n`` tokens, reading no further than
    the ``n``-th (cheaper than counting them all)."""
    return len(list(islice((_TOKEN_ASCII_RE if text.isascii() else TOKEN_RE).finditer(text, pos, endpos), n))) == n


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _word_spans(text: str, offset: int) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` of every TOKEN_RE token of ``text``, offsets shifted by ``offset``."""
    out = []
    pos = 0
    find = text.find
    for w in (_TOKEN_ASCII_RE if text.isascii() else TOKEN_RE).findall(text):
        # a token starts with a letter or digit, which never occurs between two tokens: the first
        # occurrence after the previous token is the token itself
        s = find(w, pos)
        pos = s + len(w)
        out.append((w, offset + s, offset + pos))
    if "&" in text and len(out) > 1:
        # s15np: an initialism joined by "&" is one word ("M&S", "AT&T", "P&O"): "said an M&S spokesman"
        k = len(out) - 1
        while k > 0:
            (a, sa, ea), (b, sb, eb) = out[k - 1], out[k]
            if sb == ea + 1 and text[ea - offset] == "&" and len(a) <= 3 and len(b) <= 3 and a.isupper() and b.isupper():
                out[k - 1:k + 1] = [(text[sa - offset:eb - offset], sa, eb)]
            k -= 1
    return out


@lru_cache(maxsize=4096)
def _last_word(body: str, lo: int, hi: int, skip: frozenset[str]) -> tuple[str, int, int] | None:
    """The last token of ``body[lo:hi]`` (tokenized as that slice) whose lower case is not in ``skip``.
    Cached: the speaker search and the coordination test ask for the same cue's subject (a body's hash
    is computed once; the cache keeps only the last few thousand calls).

    Tokenizes only the last 24 (then 80) characters when that is enough: past its first token, a slice's
    tokens are those of any longer slice ending at ``hi`` (the first one may be a cut-off word)."""
    ws = max(lo, hi - 24)
    if ws > lo:
        words = _word_spans(body[ws:hi], ws)
        while words and words[-1][0].lower() in skip:
            words.pop()
        if len(words) >= 2:
            return words[-1]
    ws = max(lo, hi - 80)
    words = _word_spans(body[ws:hi], ws)
    while words and words[-1][0].lower() in skip:
        words.pop()
    if len(words) >= 2 or ws == lo:
        return words[-1] if words else None
    words = _word_spans(body[lo:hi], lo)
    while words and words[-1][0].lower() in skip:
        words.pop()
    return words[-1] if words else None


@lru_cache(maxsize=200_000)
def _is_acronym(word: str) -> bool:
    """At least two letters, all capitals ("AHY", "U.S."); stops at the first small letter."""
    n = 0
    for c in word:
        if c.isalpha():
            if not c.isupper():
                return False
            n += 1
    return n >= 2


def _speaker_kind(words: list[str], lex: _Lex) -> str:
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in lex.pronouns:
        return "pronoun"
    content = [w for w, lw in zip(words, low, strict=True) if lw not in lex.determiners and lw not in lex.connectors
               and lw not in lex.demonstratives]
    if not content:
        return ""
    caps = [w for w in content if _is_cap(w) and w.lower() not in lex.roles and w.lower() not in lex.title_first
            and not _is_acronym(w)]
    if not caps and lex.language == "en":
        caps = [w for w in content if not w.isalpha() and _prefixed_name_en(w)]  # (s20names) "Mr al-Faisal"
    if caps and lex.language == "id" and low[0] in lex.roles and len(content) <= 5 and all(
            w.lower() in lex.places or w.lower() in _id_portfolios() for w in caps):
        return "role"  # (s17id) "kata Kapolda Bali", "ujar Menko Pangan": an office with its place or portfolio
    if caps:
        return "name"
    if any(_is_acronym(w) for w in content) and not any(w.lower() in lex.roles or w.lower() in lex.title_first
                                                          for w in content):
        return "name"  # "AHY", "KPK": a person's or organisation's initials
    return "role"


#: English one-word sentence adverbs before an interrupting inverted cue ("Instead, said Mr Doctorow, ...").
_LEAD_ADVERBS = frozenset({"however", "meanwhile", "instead", "then", "now", "still", "perhaps", "indeed", "again",
                           "often", "sometimes", "usually", "today", "also", "but", "and", "yet", "moreover", "thus"})
_ASIDE_WORDS = frozenset({"however", "meanwhile", "too", "though", "also", "instead", "then", "now", "still",
                          "in", "of", "for", "at", "on", "after", "before", "during", "speaking", "appearing",
                          "writing", "asked", "responding", "interviewed", "reached", "contacted", "like", "unlike",
                          "who", "whose", "which", "not", "perhaps", "indeed", "again", "earlier", "later"})


#: (s22ntxid) Indonesian sentence adverbs set off by commas between a subject and its cue ("BMW, misalnya, mengatakan").
_ID_ASIDE_ADVERBS = frozenset({"misalnya", "contohnya", "sebaliknya", "sendiri", "pula", "kemudian", "lalu",
                               "akhirnya", "sebelumnya"})


def _id_aside(b_words: list[tuple[str, int, int]], lex: _Lex) -> bool:
    """(s22ntxid) Indonesian: a comma segment before the cue that is an aside, no apposition of the speaker: a sentence
    adverb ("misalnya"), a participle's clause ("mengutip data dari ...", translated ", citing ...,") or a
    circumstance ("dalam kesaksiannya", "saat dihubungi")."""
    w0 = b_words[0][0]
    if not w0.islower() or w0 in lex.roles or w0 in lex.verbs or w0 == "yang":
        return False
    if len(b_words) == 1:
        return w0 in _ID_ASIDE_ADVERBS
    return w0[:2] == "me" and _ID_VERB_RE.fullmatch(w0) is not None and w0 not in _ID_NOT_VERBS or (
        w0 in _ID_FRONTED_LEADS and w0 not in ("kepada", "menurut", "namun", "sebelumnya"))


def _aside(b_words: list[tuple[str, int, int]], lex: _Lex) -> bool:
    """English: a comma segment before the cue that is no apposition of the speaker but an aside ("of
    course", "however", "appearing on Fox News right after the speech", "who is a member of ...")."""
    w0 = b_words[0][0]
    if not w0.islower() or w0 in lex.roles or w0 in lex.determiners:
        return False
    return w0 in _ASIDE_WORDS or w0.endswith("ly") and len(b_words) <= 3 or (
        w0.endswith("ing") and w0 not in lex.roles and len(b_words) >= 2)


#: English: a party-state tag between commas ("R-S.C.", "D-New York").
_PARTY_SEG_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?")
#: English: a party-state tag, a bracket or a dashed aside right before the cue ("Sen. Marco Rubio, R-Fla., said",
#: "Cruz (R-Texas) said", "Sen. Ted Cruz (Tex.) has said", "The justice -- who has been ... -- said"; s14subj: the
#: party tag in brackets with the comma that closes an apposition: "The panel's top Democrat, Sen. Jack Reed (D-R.I.),
#: said"; not an acronym's bracket: "X, head of the Centre of Indian Trade Unions (CITU), said").
_PARTY_TAIL_RE = re.compile(r"(?:,\s*" + _PARTY_SEG_RE.pattern + r",|\s*\([^()\n]{1,25}\)|"
                            r"\s*\([RDI](?:-[A-Z][^()\n]{0,20})?\),|"
                            r"\s(?:--?|[—–])\s[^\n—–]{3,160}?\s(?:--?|[—–]))\s*$")

_PARTY_RE = re.compile(r"[RDI]-[A-Z]")
#: A party and state tag in brackets after a name ("Sen. Bernie Sanders (I-Vt.)", "Rep. Steve King (R-Iowa)", "Gov. Rick
#: Scott (R)").
_PARTY_PAREN_RE = re.compile(r" \([RDI](?:-[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?\)")
#: English: a deictic time phrase after a subject's apposition, before the cue ("Priebus, the GOP chairman, this past
#: week announced").
_TIME_BEFORE_CUE_RE = re.compile(r",[ \t]+(?:(?:late|early|earlier|later)[ \t]+)?(?:(?:this|last|past|next)[ \t]+){1,2}"
                                 r"(?:week|weekend|month|year|night|morning|afternoon|evening)[ \t]*$")
_TAIL_WORD_RE = re.compile(r"\s+([^\W\d_]+)\s*$")
#: English adverb endings ("reportedly", "quickly", "famously"), never the end of a speaker phrase.
_ADVERB_RE = re.compile(r"[a-z](?:ally|ously|ently|antly|edly|ively|fully|lessly|ingly|ately|ibly|ably)$")
#: English adverbs that make the cue after them a passive participle ("the agency widely reported to ...").
_PASSIVE_ADVERBS = frozenset({"widely", "generally", "commonly", "broadly", "falsely", "wrongly", "mistakenly"})


#: English: a name opening the clause, then an apposition the writer did not close with a comma before the cue
#: ("Marc Ostwald, a strategist at Monument Securities told", "Jeff Joseph, from the CEA (CEA) said").
_OPEN_APPOS_RE = re.compile(rf"[ \t\"“”]*((?:{_CAP_WORD}[ \t]+){{1,3}}{_CAP_WORD}),[ \t]+((?:an?|the|from|of|at|for|head|"
                            r"chief|(?:[a-z]+[ \t]+){1,3}(?:of|at|for))[ \t][^,;:.!?\"“”\n]{2,110}?)[ \t]*"
                            r"(?:(?:has|had|have|was|is)[ \t]*)?$")
#: ... or a "from the ..." phrase after the name with the comma misplaced before the cue ("Kirsten Pfeifer from the
#: Consumer Electronics Association, told").
_OPEN_PP_RE = re.compile(rf"[ \t\"“”]*((?:{_CAP_WORD}[ \t]+){{1,3}}{_CAP_WORD})[ \t]+((?:from|at)[ \t]+the[ \t]"
                         r"[^,;:.!?\"“”\n]{2,80}?),[ \t]*$")


def _open_apposition(doc: _Doc, lo: int, hi: int) -> _Speaker:
    m = _OPEN_APPOS_RE.match(doc.body, lo, hi) or _OPEN_PP_RE.match(doc.body, lo, hi)
    if m is None:
        return _Speaker()
    lex = doc.lex
    names = m.group(1).split()
    role = m.group(2)
    if names[0].lower() in _PREPOSITIONS["en"] or names[0].lower() in lex.not_speakers or any(
            w.lower() in lex.roles or w.lower() in _months_en() for w in names) or any(
            w in lex.verbs or w in lex.aux or w in lex.relatives for w in role.split()) or len(role.split()) > 14:
        return _Speaker()
    return _Speaker(m.group(1), "name", role, m.start(1), m.end(1), m.start(1))


@lru_cache(maxsize=1)
def _id_name_titles() -> frozenset[str]:
    """Indonesian personal titles written before a name (``name_titles`` lexicon), lower case."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("name_titles", "id") if w.strip())


_ID_NAME_WORD_RE = re.compile(rf"[{_UPPER}][\w'’-]*")


def _id_titled_appos(doc: _Doc, a: _Speaker, b_words: list[tuple[str, int, int]], a_lo: int, a_hi: int) -> _Speaker:
    """(s17id) The last comma segment before an Indonesian cue as a titled name or as a description: "Kepala Dinas
    SDA DKI, Hj. Ratna Kusumawardani, menyebut", "Ekonom Indef, Prof. Dr. Ir. Hendra Gunawan Saputra, menilai"
    (personal titles, then a capitalised name: the name speaks, the segment before ``seg_a`` is its role); "Salah
    satu korban, Rizky Febrianto (24), warga Sidoarjo, mengaku" (a lower-case description after a name: the name
    speaks, the description is its role)."""
    body = doc.body
    lex = doc.lex
    seg_a = body[a_lo:a_hi].strip()
    titles = _id_name_titles()
    t = 0
    while t < len(b_words) and b_words[t][0].lower() in titles:
        t += 1
    if t and t < len(b_words):
        rest = body[b_words[t][1]:b_words[-1][2]].split()
        if len(rest) <= 5 and all(_ID_NAME_WORD_RE.fullmatch(w) and w.lower() not in lex.roles
                                  and w.lower() not in lex.title_first and not _is_acronym(w) for w in rest):
            role = seg_a if 0 < len(seg_a) <= 100 else a.text
            return _Speaker(" ".join(rest), "name", role, b_words[t][1], b_words[-1][2],
                            a_lo + len(body[a_lo:a_hi]) - len(body[a_lo:a_hi].lstrip()) if role == seg_a else (
                                a.start if a.text else b_words[t][1]))
    w0 = b_words[0][0]
    if not t and not a.text and 0 < len(seg_a) <= 80 and seg_a.split(None, 1)[0].lower() in lex.roles and len(
            b_words) <= 5 and all(_ID_NAME_WORD_RE.fullmatch(w) and w.lower() not in lex.roles and w.lower() not in
                                  lex.title_first and not _is_acronym(w) for w in body[b_words[0][1]:b_words[-1][2]].split()):
        # "Ketua asosiasi, Budi Santoso, menyatakan": a role in lower case (no phrase of its own) before the name
        return _Speaker(body[b_words[0][1]:b_words[-1][2]], "name", seg_a, b_words[0][1], b_words[-1][2],
                        a_lo + len(body[a_lo:a_hi]) - len(body[a_lo:a_hi].lstrip()))
    if not t and w0.isalpha() and w0.islower() and not (a.text and a.kind == "name") and (
            tail := _PAREN_TAIL_RE.search(body, a_lo, a_hi)) is not None:
        a = _phrase_back(doc, a_lo, tail.start())  # "Rizky Febrianto (24), warga Sidoarjo": an age closes the name
    if not t and w0.isalpha() and w0.islower() and w0 not in lex.determiners and w0 not in lex.relatives and \
            w0 not in lex.pronouns and w0 not in lex.after_cues and w0 not in lex.verbs and not (
                _ID_VERB_RE.fullmatch(w0) and w0 not in _ID_NOT_VERBS or _PASSIVE_NAME_RE.match(w0 + " ")) and \
            len(b_words) <= 8 and a.text and a.kind == "name" and all(
                _ID_NAME_WORD_RE.fullmatch(w) and w.lower() not in lex.roles for w in a.text.split()) and \
            not _is_acronym(a.text):
        a.role = body[b_words[0][1]:b_words[-1][2]]
        a.phrase_start = a.start
        return a
    return _Speaker()


@lru_cache(maxsize=1)
def _id_claim_nouns() -> frozenset[str]:
    """(s20id) Indonesian nouns for a claim a cue takes before "bahwa" (``claim_nouns`` lexicon: "anggapan")."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("claim_nouns", "id") if w.strip())


@lru_cache(maxsize=1)
def _id_np_objects() -> frozenset[str]:
    """Indonesian nouns that open a cue's noun-phrase object announcing what follows (``np_objects`` lexicon)."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("np_objects", "id") if w.strip())


_ID_YANG_RE = re.compile(r"(?<![\w-])yang(?![\w-])")
#: Indonesian (s17id): "Pihak" and one to three lower-case nouns closing the text before a cue ("Pihak sekolah").
#: s26idrec: "pihak" and one or two lower-case nouns after an inverted cue, up to the clause's end ("ungkap pihak kepolisian.").
_ID_PIHAK_AFTER_RE = re.compile(r"([Pp]ihak(?:[ \t]+[a-z]+){1,2})(?=[ \t]*(?:[.,;!?]|$))")
_ID_PIHAK_RE = re.compile(r"(?<![\w-])[Pp]ihak(?:[ \t]+[a-z]+){1,3}$")
#: Indonesian nouns of time before a demonstrative ("kala itu", "saat itu": "at that time", no role back-reference).
_ID_TIME_NOUNS = frozenset({"kala", "saat", "waktu", "ketika", "masa", "hari", "tahun", "pekan", "bulan"})


#: (s20id) Indonesian sentence connectives written before the subject without a comma ("Namun ia menegaskan ...").
_ID_OPENING_CONNECTIVES = frozenset({"namun", "tetapi", "tapi", "sementara", "kemudian", "lalu", "adapun", "bahkan",
                                     "sedangkan", "selanjutnya", "akhirnya", "padahal", "sehingga"})
#: (s20id) Indonesian: a company's legal form in brackets closing its name before a cue ("PT Pertamina (Persero)").
_ID_LEGAL_FORM_TAIL_RE = re.compile(r"[ \t]*\((?:Persero|Perseroda|Perum|Tbk)\)(?:[ \t]+Tbk)?[ \t]*,?[ \t]*$")
#: (s20id) Indonesian: a source's wish for anonymity closing the subject right before its cue ("yang enggan disebut
#: namanya", "yang tidak mau disebutkan namanya", ", yang tak bersedia disebut identitasnya,").
_ID_ANONYMOUS_TAIL_RE = re.compile(
    r",?[ \t]+yang[ \t]+(?:enggan|tidak[ \t]+mau|tak[ \t]+mau|tidak[ \t]+ingin|tak[ \t]+ingin|tidak[ \t]+bersedia|"
    r"tak[ \t]+bersedia)[ \t]+(?:disebut(?:kan)?|dipublikasikan|ditulis|diungkap)[ \t]+(?:identitas|nama)(?:nya)?"
    r"[ \t]*,?[ \t]*$")


#: (s20id) Indonesian: the nickname inside a description of a person ("Pria yang akrab disapa Jro Bendesa Ketut itu"):
#: its capitalised words (group 1).
_ID_NICK_IN_DESC_RE = re.compile(rf"\bdisapa[ \t]+((?:[{_UPPER}][^\W\d_]+[ \t]+){{0,3}}[{_UPPER}][^\W\d_]+)")


def _id_degree_tail(body: str, lo: int, hi: int, lex: _Lex) -> int:
    """(s20id) Where the comma segments of academic degrees (``name_suffixes``: "S.H.", "M.Sc.", "MPsi", "S.I.K.")
    right before an Indonesian cue begin (just after the name's comma), or -1: "Haryanto Wibowo, M.Sc., mengatakan"
    -> the position after "Wibowo,"."""
    k = len(body[lo:hi].rstrip()) + lo
    if k <= lo or body[k - 1] != "," or body[k - 2:k - 1] not in ".ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        return -1  # cheap pre-test: a comma right after a degree ends the stretch before the cue
    found = -1
    while True:
        c = body.rfind(",", max(lo, k - 40), k - 1)
        if c < 0:
            return found
        seg = body[c + 1:k - 1].split()
        if not seg or not all(w[0].isupper() and w.replace(".", "").lower() in lex.suffixes for w in seg):
            return found
        found = k = c + 1


@lru_cache(maxsize=1)
def _id_subject_insert_re() -> re.Pattern[str]:
    """Indonesian (s15idbat): a circumstance between a subject and its cue, ending at the cue: a preposition and up to
    three words ("di Gedung DPR", "saat dihubungi detikcom", "dalam keterangannya", "kepada wartawan"), a weekday
    and its date ("pada Senin (12/10/2020)", ", Senin (12/10),"), or both. Weekdays from lexicon ``weekdays``."""
    days = "|".join(sorted({r.replace("=", " ").split()[0] for r in load_list_or_empty("weekdays", "id") if r.split()}))
    date = rf"(?:,[ \t]*|[ \t]+pada[ \t]+|[ \t]+)(?:{days})[ \t]*\([0-9/]{{3,10}}\)"
    prep = r"[ \t]+(?:di|dalam|saat|ketika|pada|kepada|usai|seusai|melalui|lewat)(?:[ \t]+[^\s,.;:!?\"“”()]+){1,3}?"
    return re.compile(rf"(?:{prep}(?:{date},?)?|{date},?)[ \t]*$")  # (a comma only after a date: not "X ... pada hari
    # Minggu, mengungkapkan", a participial continuation)


@lru_cache(maxsize=1)
def _id_cue_insert_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Indonesian (s16id): a circumstance right after a cue, built like :func:`_id_subject_insert_re`: a preposition
    and up to three words and/or a weekday and its date. The first pattern ends at the comma that closes it before
    the content ("Menurut X di Jakarta, Senin (12/10), Q", "Menurutnya saat dihubungi detikcom, Q"); the second
    ends the sentence after a clitic cue ("Q, katanya di Jakarta.", "Q, ujarnya dalam keterangannya, Senin
    (12/10).")."""
    days = "|".join(sorted({r.replace("=", " ").split()[0] for r in load_list_or_empty("weekdays", "id") if r.split()}))
    date = rf"(?:,[ \t]*|[ \t]+pada[ \t]+|[ \t]+)(?:{days})[ \t]*\([0-9/]{{3,10}}\)"
    prep = r"[ \t]+(?:di|dalam|saat|ketika|pada|kepada|usai|seusai|melalui|lewat)(?:[ \t]+[^\s,.;:!?\"“”()]+){1,3}?"
    ins = rf"(?:{prep}(?:{date})?|{date})"
    return re.compile(rf"{ins}[ \t]*,"), re.compile(rf"{ins}[ \t]*[.!?]?[ \t]*$")


@lru_cache(maxsize=1)
def _id_data_sources() -> frozenset[str]:
    """(s19id) Indonesian first words of a data source as a finding's subject ("data", "survei", "hasil"; lexicon
    ``data_sources``), lower case."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("data_sources", "id") if w.strip())


@lru_cache(maxsize=1)
def _id_person_nouns() -> frozenset[str]:
    """(s18id) Indonesian nouns for a person that head a description referring back ("pria", "perempuan", "mantan";
    lexicon ``person_nouns``), lower case."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("person_nouns", "id") if w.strip())


#: (s18id) Indonesian: a noun phrase of a capitalised head and one to three lower-case modifiers filling the clause
#: before a cue ("Warga setempat", "Koalisi masyarakat sipil", "Massa ojol"), after an optional dateline dash.
#: (s20id) Indonesian: a lower-case common-noun subject after a fronted adverbial's comma ("pemprov", "warga setempat").
_ID_LOWER_SUBJECT_RE = re.compile(r"([a-z][a-z-]+)((?:[ \t]+[a-z][a-z-]*){0,3})")
#: (s20id) Indonesian quantifiers of a group before its noun ("Sejumlah pedagang", "Beberapa warga").
_ID_GROUP_QUANTIFIERS = frozenset({"sejumlah", "beberapa", "sebagian", "banyak", "ratusan", "puluhan", "ribuan"})
_ID_COMMON_SUBJECT_RE = re.compile(r"([A-Z][a-z-]+)((?:[ \t]+[a-z][a-z-]*){1,3})")


#: (s25idind) Indonesian conjunctions opening a sentence before its subject ("Tapi para pejabat ... menegaskan",
#: "Namun, warga setempat mengatakan"), with or without a comma.
_ID_LEAD_CONJ_RE = re.compile(r"(?:Tapi|Tetapi|Namun|Akan tetapi|Dan|Lalu|Kemudian|Sementara itu|Selain itu)(?:,[ \t]+|[ \t]+)"
                              r"(?=[a-z])")


def _id_common_subject(doc: _Doc, lo: int, end: int) -> _Speaker:
    """(s18id) Indonesian: the subject of a cue that is a common noun phrase opening the sentence, headed (the head
    comes first) by a role, an organisation word or a noun for people or groups (``_id_person_nouns``): "Warga
    setempat mengatakan ...", "Koalisi masyarakat sipil mendesak ..."; an empty speaker otherwise (a verb, auxiliary,
    preposition or pronoun among the modifiers: "Harga beras naik" is no subject of a cue)."""
    body = doc.body
    lex = doc.lex
    st = lo
    if st < 120 and (d := read_dateline(body[:min(end, 120)]).length) > st:
        st = d
    while st < end and body[st] in " \t\"“”":
        st += 1
    m = _ID_COMMON_SUBJECT_RE.fullmatch(body, st, end)
    st_c = st  # (s25idind) past a sentence-opening conjunction ("Tapi para pejabat ...", "Namun, warga ...")
    if m is None and ((m_cj := _ID_LEAD_CONJ_RE.match(body, st, end)) is not None or body[st:st + 1].islower() and (
            m_cj := _ID_LEAD_CONJ_RE.search(body, max(0, st - 16), st + 1)) is not None and m_cj.end() == st and (
            m_cj.start() == 0 or body[m_cj.start() - 1] == "\n" or body[max(0, m_cj.start() - 2):m_cj.start()] in
            (". ", "! ", "? ", '" ', "” "))):
        st_c = m_cj.end()
        m = _ID_LOWER_SUBJECT_RE.fullmatch(body, st_c, end)
        if m is not None and m.group(1) in _ID_COUNT_LEADS and len(m.group(2).split()) < 2:
            m = None  # ("Tapi para pejabat" needs its noun and no verb: read below)
    if m is None and (k := body.rfind(", ", st_c, end)) > st_c and body[st_c:st_c + 12].split(None, 1)[0].lower() in \
            _ID_FRONTED_LEADS and (m_lw := _ID_LOWER_SUBJECT_RE.fullmatch(body, k + 2, end)) is not None and (
                m_lw.group(1) in lex.org_words or m_lw.group(1) in _id_person_nouns() and m_lw.group(1) not in lex.roles
                or m_lw.group(1) == "para" and m_lw.group(2).split()[:1] and (
                    (h2 := m_lw.group(2).split()[0]) in lex.roles or h2 in _id_person_nouns())) \
            and not any(w in _ID_PREDICATE_ADVERBS for w in m_lw.group(2).split()):
        # (s20id) "Melalui keputusan itu, pemprov menegaskan bahwa ...", "Dalam aksi itu, massa menilai ...": an
        # institution or a group (not one holder of a role: its clitics would go to it; s25idind: a plural role is
        # a group, "Pada pertengahan September, para pejabat tinggi pemerintah menegaskan ...") after a fronted
        # adverbial
        m, st = m_lw, k + 2
    elif m is not None and st_c > st:
        st = st_c
    if m is None:
        return _Speaker()
    head = m.group(1).lower()
    mods = m.group(2).split()
    while (head in _ID_ONE_OF or head in lex.determiners or head in _ID_GROUP_QUANTIFIERS) and mods:  # (s25idind: one noun too)
        head = mods.pop(0)  # (s20id) "Seorang kepala delegasi mengatakan", "Sejumlah pedagang mengeluhkan": the noun after
    if head not in lex.roles and head not in lex.org_words and head not in _id_person_nouns():
        return _Speaker()
    for w in mods:
        if w in lex.aux or w in lex.verbs or w in lex.pronouns or w in _ID_NOT_SUBJECT or w in lex.clause_markers or (
                _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS) or w in lex.demonstratives or w in lex.not_speakers:
            return _Speaker()
    return _Speaker(body[st:end], "role", "", st, end, st)


#: (s21ntxid) Indonesian collective sources (roles.txt: "..., kata polisi."): the police or officials as a body, never
#: resolved to a person or office named elsewhere ("Kepolisian Negara Bagian Louisiana").
_ID_COLLECTIVE_SOURCES = frozenset({"polisi", "petugas", "penyidik"})
#: (s21ntxid) Indonesian words before a role phrase that count people, not part of the speaker ("seorang ajudan ...").
_ID_COUNT_LEADS = frozenset({"seorang", "para", "sejumlah", "beberapa"})


def _id_place_modified_role(doc: _Doc, lo: int, last: tuple[str, int, int]) -> _Speaker:
    """(s21ntxid) Indonesian: a role phrase of lower-case words closed by a place or an acronym that modifies it
    (translated "Chinese health officials", "a senior GOP leadership aide": "pejabat kesehatan Tiongkok", "seorang
    ajudan pemimpin senior GOP"), opening its clause (the sentence start or after a comma) and headed by a role, an
    organisation word or a noun for people: the whole phrase is the subject, not the place; an empty speaker
    otherwise."""
    body = doc.body
    lex = doc.lex
    words = _word_spans(body[max(lo, last[1] - 80):last[1]], max(lo, last[1] - 80))
    k = len(words)
    while k > 0 and len(words) - k < 5 and not body[words[k - 1][2]:(words[k][1] if k < len(words) else last[1])].strip():
        w = words[k - 1][0]
        lw = w.lower()
        if not w.replace("-", "").isalpha() or (w[:1].isupper() and not (k == 1 or lw in lex.roles)) or \
                lw in lex.aux or lw in lex.pronouns or lw in _ID_NOT_SUBJECT or lw in lex.clause_markers or \
                lw in lex.demonstratives or lw in lex.that_words or lw in lex.verbs or (
                    _ID_VERB_RE.fullmatch(lw) and lw not in _ID_NOT_VERBS):
            break
        k -= 1
    if k == len(words):
        return _Speaker()
    st = words[k][1]
    before = body[max(lo, st - 2):st]
    if st > lo and before != ", " and body[lo:st].strip(" \t\"“”"):
        return _Speaker()
    if words[k][0].lower() in _ID_COUNT_LEADS:
        k += 1
        if k == len(words):
            return _Speaker()
    head = words[k][0].lower()
    if head not in lex.roles and head not in lex.org_words and head not in _id_person_nouns():
        return _Speaker()
    return _Speaker(body[words[k][1]:last[2]], "role", "", words[k][1], last[2], st)


#: (s18id) Indonesian: a description of a person closed by a demonstrative, opening its clause (the sentence start
#: or after a fronted adverbial's comma): a head word (group 1), then up to 90 characters with no punctuation that
#: ends a phrase ("Pria yang akrab disapa Rudi itu", "perempuan 34 tahun itu", "Eks Kepala ... (LPS) itu").
_ID_DESCRIBED_RE = re.compile(r"(?:^|(?<=, ))([A-Za-z][a-z-]+)(?:[ \t]+[^,;:.!?\"“”\n]{1,90}?)?[ \t]+(?:itu|tersebut|ini)$")


def _id_described_person(doc: _Doc, lo: int, end: int) -> _Speaker:
    """(s18id) Indonesian: the description of a person ending at ``end`` (its demonstrative) that opens the cue's
    clause, headed by a person noun (``_id_person_nouns``) or a role ("Aktris yang sekarang tinggal di Amerika
    Serikat itu"), as a role speaker that the resolution sends back to the person quoted before; an empty speaker
    otherwise (no verb of the clause inside: "Vatikan yang hendak menuju Kendal itu" heads with no person noun)."""
    body = doc.body
    lex = doc.lex
    k = body.rfind(", ", max(lo, end - 110), end)
    st = k + 2 if k >= 0 else lo
    while st < end and body[st] in " \t\"“”":
        st += 1
    m = _ID_DESCRIBED_RE.match(body[st:end])
    if m is None:
        return _Speaker()
    head = m.group(1).lower()
    if head not in _id_person_nouns() and head not in lex.roles and not (
            head in lex.org_words and m.group(1)[:1].isupper() and k < 0):  # (s26idrec: "Perusahaan itu mengatakan")
        return _Speaker()
    if k >= 0 and not (body[lo:lo + 1].isupper() and body[lo:k].split(None, 1)[0].lower() in _ID_FRONTED_LEADS):
        return _Speaker()
    text = body[st:end]
    words = text.split()
    if len(words) >= 2 and words[-2].lower() in _ID_CIRCUMSTANCE_NOUNS and not (
            len(words) >= 3 and words[-2] == "tahun" and words[-3].isdigit()) or any(
            w.lower() in lex.verbs or w.lower() in lex.after_cues for w in words[1:]):
        return _Speaker()  # ("Anggota Komisi II DPR RI Riswan Tony kala itu menyoroti": a time, not a description;
        # an age is one: "perempuan 34 tahun itu")
    pre = text.split(" yang ", 1)[0].split() if " yang " in text else words[:-1]
    if head not in _id_person_nouns() and head not in lex.roles and len(pre) >= 2 and pre[1][:1].isupper():
        return _Speaker()  # (s26idrec: an organisation's description opens with no name: "Dinas Perhubungan yang ...
        # tersebut" is the name before a relative clause; "Perusahaan asal Korea Selatan ini" a description)
    if any(w[:2] == "me" and _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS and w not in _ID_ME_ADJECTIVES
           for w in pre[1:-1]):
        return _Speaker()  # (s26idrec: "Polisi menemukan kaca mata tersebut ... dan mengatakan": a clause, not a
        # description; a meN- verb only inside its relative clause, "Pria yang mengajar di sana itu", a ber- form
        # of a state, "Pria berusia 24 tahun ini", and a meN- word with no object, "Perwira menengah itu", are one)
    if len(pre) >= 2 and all(w[:1].isupper() and not _is_acronym(w) and w.lower() not in lex.roles and w.lower() not in
                             lex.org_words and w.lower() not in lex.places for w in pre[-2:]):
        return _Speaker()  # ("Gubernur BI Perry Warjiyo yang hadir dalam forum tersebut": a name, read as before)
    return _Speaker(text, "role", "", st, end, st)


#: s26idrec: Indonesian adjectives that look like meN- verbs ("perwira menengah", "mobil mewah").
_ID_ME_ADJECTIVES = frozenset({"menengah", "mewah", "megah", "meriah", "merata", "memadai", "mendasar", "menarik"})


#: (s18id) A full stop after a lower-case word glued to the capitalised word opening the next sentence (a scraping
#: glitch: "... dalam negeri.Ia juga meminta"): the sentence ends there (three letters before it: not "dr.Lestari").
_ID_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")
#: (s18id) Indonesian nouns of time and occasion before a demonstrative ("kala itu", "saat itu", "dalam forum tersebut"):
#: the phrase they close is a circumstance, not a description of a person.
_ID_CIRCUMSTANCE_NOUNS = frozenset({"kala", "saat", "waktu", "ketika", "hari", "malam", "pagi", "siang", "sore",
                                    "tahun", "bulan", "pekan", "minggu", "kesempatan", "acara", "momen", "sidang",
                                    "rapat", "pertemuan", "forum", "lokasi", "tempat", "sesi", "kegiatan", "kunjungan"})
#: (s18id) Indonesian words opening a fronted adverbial before a described subject ("Saat ditemui ..., perempuan 34
#: tahun itu mengaku").
_ID_FRONTED_LEADS = frozenset({"saat", "ketika", "usai", "seusai", "setelah", "sebelum", "dalam", "di", "kepada",
                               "sementara", "selain", "menurut", "meski", "meskipun", "walau", "sebelumnya", "namun",
                               "lewat", "melalui", "pada"})  # (s25idind: "pada")


@lru_cache(maxsize=1)
def _id_backref_re() -> re.Pattern[str]:
    """(s18id) Indonesian: the subject of a passive speech cue that refers back to the sentence before ("Hal itu",
    "Pernyataan tersebut", "Proyeksi ini", "Demikian"; nouns from the lexicon ``backref_nouns``), after an optional
    connective and before an optional "pun"/"juga" (not "Hal ini sebagaimana diungkapkan X": "as X stated" backs the
    reporter's own account with a source, the gold's reading in detik-dev)."""
    nouns = sorted({w.strip().lower() for w in load_list_or_empty("backref_nouns", "id") if w.strip()}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in nouns) or "(?!)"
    return re.compile(rf"(?:(?:Sebelumnya|Selain itu|Namun|Adapun),?[ \t]+)?(?:(?i:{alt})[ \t]+(?:itu|ini|tersebut)|Demikian)"
                      r"(?:[ \t]+(?:pun|juga|sebelumnya|pula))?")


def _id_backref_direct(doc: _Doc, q: _Quote) -> _Speaker:
    """(s20id) Indonesian: the speaker of a direct quotation with no cue named by the next sentence, which opens with
    a subject referring back (``_id_backref_re``: "Hal itu", "Pernyataan tersebut") and a passive speech cue
    ('"Q." Hal itu dikatakan menteri itu di Jakarta.', across a paragraph break); sets the quote's cue; an empty
    speaker otherwise."""
    body = doc.body
    k = q.end
    while k < len(body) and k < q.end + 4 and body[k] in "\"”’'»,.!? \t\r\n":
        k += 1
    if body.count("\n", q.end, k) > 2 or not body[k:k + 1].isupper():
        return _Speaker()
    m = _id_backref_re().match(body, k)
    if m is None or body[m.end():m.end() + 1] not in " \t":
        return _Speaker()
    mc = _FIRST_WORD_RE.match(body, m.end() + 1)
    if mc is None or mc.group().lower() not in doc.lex.passives:
        return _Speaker()
    _, se = doc.sentence(mc.start())
    ce = mc.end()
    if body.startswith(" pula ", ce):
        ce += 5
    sp = _right_speaker(doc, ce, se, intro=True)
    if sp.text:
        q.cue, q.cue_pos = mc.group(), mc.start()
    return sp


def _id_backref_quote(doc: _Doc, ss: int, cs: int, cue: str, quotes: list[_Quote]) -> _Quote | None:
    """(s18id) Indonesian "CLAUSE. Hal itu disampaikan X ...": the sentence before the one opening with a subject
    that refers back (``_id_backref_re``) and a passive cue (at ``cs``) is X's indirect quote, when no quote
    covers it yet and it is no question or quotation (across one paragraph break: "... nantinya.\nHal tersebut
    diungkapkan Prabowo saat ..."); the article's dateline is left out of it
    (the caller leaves out "Hal itu dikatakan X: ...", which points forward)."""
    body = doc.body
    if _id_backref_re().fullmatch(body, ss, len(body[:cs].rstrip())) is None:
        return None
    p = ss - 1
    while p > 0 and body[p] in " \t\r\n":
        p -= 1
    if p <= 0 or body[p] not in ".!" or body.count("\n", p, ss) > 2:
        return None
    ps, pe = doc.sentence(p)
    if any(q.start < pe and q.end > ps for q in quotes) or any(c in body[ps:pe] for c in _QUOTE_CHARS if c != "'"):
        return None
    if ps < 120 and (d := read_dateline(body[:min(pe, ps + 120)]).length) > ps:
        ps = d
    cst = _content_start(body, ps, pe)
    cen = _content_end(body, cst, pe)
    if not _min_tokens(4, body, cst, cen):
        return None
    return _Quote(cst, cen, "indirect", [(cst, cen)], cue, cs)


def _after_dateline(body: str, cs: int) -> bool:
    """(s16id) A capitalised cue right after the article's dateline ("Jakarta - Menurut X, ...", "JAKARTA,
    KOMPAS.com - Menurut X, ..."), read as helpers.cleaning reads it: the dateline ends in a dash."""
    return cs <= 120 and body[:cs].rstrip()[-1:] in ("-", "–", "—") and read_dateline(body[:cs + 1]).length == cs


#: s25idspk: Indonesian: a capitalised name opening the subject, then a relative clause ("Komisi Majelis yang ...").
_ID_NAME_YANG_RE = re.compile(rf"({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,5}})[ \t]+yang[ \t]")


def _left_speaker(doc: _Doc, lo: int, hi: int, *, depth: int = 0) -> _Speaker:
    """The speaker phrase ending just before ``hi`` (a cue), looking back no further than ``lo``."""
    body = doc.body
    lex = doc.lex
    if lex.language == "en" and depth == 0 and hi - lo < 200 and body.find(",", lo, hi) >= 0 and (
            sp := _open_apposition(doc, lo, hi)).text:
        return sp
    lo = max(lo, hi - 400)  # a speaker with its appositions fits in 400 characters
    if lex.language == "id" and depth == 0 and body[lo:lo + 1].isupper() and (
            m_op := _FIRST_WORD_RE.match(body, lo, hi)) is not None and body[m_op.end():m_op.end() + 1] == " " and \
            m_op.group().lower() in _ID_OPENING_CONNECTIVES:
        lo = m_op.end() + 1  # (s20id) "Namun ia menegaskan ...", "Kemudian dia mengatakan ...": a connective, no comma
    if lex.language == "en" and depth < 3 and body[hi - 7:hi].rstrip().endswith(("week", "month", "year", "night")) and (
            m_time := _TIME_BEFORE_CUE_RE.search(body, max(lo, hi - 40), hi)) is not None and m_time.start() > lo:
        # "Priebus, the GOP chairman, this past week announced": the apposition's comma, then the time phrase
        return _left_speaker(doc, lo, m_time.start() + 2, depth=depth + 1)
    window = body[max(lo, hi - 200):hi]
    if lex.language == "en" and depth < 3 and (")" in window or "-" in window or "—" in window or "–" in window):
        h = hi
        while True:  # "Sen. Ted Cruz (Tex.) has said": the tag before the auxiliaries
            mw = _TAIL_WORD_RE.search(body, max(lo, h - 30), h)
            if not mw or mw.group(1).lower() not in lex.aux:
                break
            h = mw.start()
        k = h
        while k > lo and body[k - 1].isspace():
            k -= 1
        # every alternative of _PARTY_TAIL_RE ends in ",", ")" or a dash followed by white space only: test
        # that character before scanning the whole window (a scan of 400 characters costs ~30 µs)
        m = _PARTY_TAIL_RE.search(body, lo, h) if k > lo and body[k - 1] in ",)-—–" else None
        if m and m.start() > lo:
            # "Sen. Marco Rubio, R-Fla., said" / "Ted Cruz (R-Texas) said": the party-state tag is an aside
            sp = _left_speaker(doc, lo, m.start(), depth=depth + 1)
            if sp.text:
                return sp
    if lex.language == "id" and depth < 3 and (m_ins := _id_subject_insert_re().search(
            body, max(lo, hi - 120), hi)) is not None and m_ins.start() > lo and not _ID_YANG_RE.search(
            body, max(lo, m_ins.start() - 200), m_ins.start()):
        # (s15idbat) "Sri Mulyani di Gedung DPR mengatakan", "Dia saat dihubungi detikcom, Senin (12/10/2020),
        # menyatakan", "Ali Fikri, Senin (12/10), mengatakan": the subject before the circumstance (not inside a
        # relative clause: "X yang ditetapkan sebagai tersangka dalam perkara ini meminta")
        sp = _left_speaker(doc, lo, m_ins.start(), depth=depth + 1)
        if sp.text:
            return sp
    if lex.language == "id" and depth < 3 and ")" in body[max(lo, hi - 8):hi] and (
            m_lf := _ID_LEGAL_FORM_TAIL_RE.search(body, max(lo, hi - 20), hi)) is not None and m_lf.start() > lo:
        # (s20id) "PT Pertamina (Persero) memastikan", "PT Bank Rakyat Indonesia (Persero) Tbk menyatakan": the company's
        # legal form closes its name; the name before it speaks
        sp = _left_speaker(doc, lo, m_lf.start(), depth=depth + 1)
        if sp.text:
            return sp
    if lex.language == "id" and depth < 3 and "nama" in body[max(lo, hi - 60):hi] and (
            m_anon := _ID_ANONYMOUS_TAIL_RE.search(body, max(lo, hi - 60), hi)) is not None and m_anon.start() > lo:
        # (s20id) "Seorang mantan karyawan yang enggan disebut namanya mengatakan": the wish for anonymity is no part
        # of the speaker's phrase
        sp = _left_speaker(doc, lo, m_anon.start(), depth=depth + 1)
        if sp.text:
            return sp
    if lex.language == "id" and depth < 3 and (k_deg := _id_degree_tail(body, lo, hi, lex)) > lo:
        # (s20id) "Rektor Untara, Prof. Dr. Haryanto Wibowo, M.Sc., mengatakan", "dr Siti Nadia Tarmizi, M.Epid,
        # mengatakan", "Itida Yasar, SH, MPsi, menilai": academic degrees after the name are no apposition
        sp = _left_speaker(doc, lo, k_deg, depth=depth + 1)
        if not sp.text:  # "Direktur ... RI dr Siti Nadia Tarmizi, M.Epid,": the name as if the cue followed it
            sp = _left_speaker(doc, lo, k_deg - 1, depth=depth + 1)
        if sp.text:
            return sp
    # strip auxiliaries / adverbs between subject and cue
    last = _last_word(body, lo, hi, lex.aux)
    if last is None:
        return _Speaker()
    if lex.language == "id" and last[0].islower() and body.find("ihak ", max(lo, last[2] - 50), last[2]) >= 0 and (
            m_ph := _ID_PIHAK_RE.search(body, max(lo, last[2] - 50), last[2])) is not None:
        # (s17id) "Pihak sekolah meminta ...", "Sementara itu, pihak kampus menegaskan ...": the side of an
        # institution named by a common noun speaks for it
        pre = body[lo:m_ph.start()].strip(" \t\"“”")
        if (not pre or pre.endswith(",")) and not any(
                w in _ID_NOT_SUBJECT or w in lex.pronouns or w in lex.aux or (
                    _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS) for w in m_ph.group().split()[1:]):
            return _Speaker(m_ph.group(), "role", "", m_ph.start(), m_ph.end(), m_ph.start())
    if lex.language == "id" and last[0] in ("itu", "tersebut", "ini") and (sp_d := _id_described_person(doc, lo, last[2])).text:
        return sp_d  # (s18id) "Pria yang akrab disapa Rudi itu menjelaskan", "..., perempuan 34 tahun itu mengaku"
        # (s21ntxid: also "ini", "Pria berusia 24 tahun ini mengatakan")
    if lex.language == "id" and last[0][:1].isupper() and (last[0].lower() in lex.places or _is_acronym(last[0])) and \
            "," not in body[last[2]:hi] and (sp_m := _id_place_modified_role(doc, lo, last)).text:
        return sp_m  # (s21ntxid) "..., pejabat kesehatan Tiongkok mengatakan", "seorang ajudan pemimpin senior GOP"
        # (not an apposition closed by a comma: "Rizky Febrianto (24), warga Sidoarjo, mengaku")
    if lex.language == "id" and last[0].islower() and last[0] not in lex.demonstratives and (
            sp_g := _id_common_subject(doc, lo, last[2])).text:
        return sp_g  # (s18id) "Warga setempat mengatakan", "Koalisi masyarakat sipil mendesak DPR ..."
    if lex.language == "id" and last[0] in ("keduanya", "semuanya") and depth < 3 and not body[last[2]:hi].strip() and (
            prev := _last_word(body, lo, last[1], lex.aux)) is not None and not body[prev[2]:last[1]].strip() and \
            prev[0].lower() not in _ID_NOT_SUBJECT and prev[0].lower() not in lex.aux:
        # s26idrec: "Pihak maskapai dan angkatan laut AS keduanya menyatakan": a floating quantifier after the subject
        # (a sentence opening with "Keduanya mengaku" keeps it as the subject)
        sp_q = _left_speaker(doc, lo, last[1], depth=depth + 1)
        if sp_q.text:
            return sp_q
    if lex.language == "en" and last[0] in ("both", "all") and depth < 3 and not body[last[2]:hi].strip():
        # "Trump and Sanders have both argued", "They all said": a floating quantifier after the subject
        prev = _last_word(body, lo, last[1], lex.aux)
        if prev is not None and prev[0].lower() not in _SUBJECT_SKIP and prev[0].lower() not in lex.determiners and (
                _is_cap(prev[0]) or prev[0] in lex.pronouns or prev[0].endswith("s")):
            return _left_speaker(doc, lo, last[1], depth=depth + 1)
    if lex.language == "en" and (k := body.rfind(",", last[2], hi)) > last[2] and body[last[2]:k].strip():
        # "McCain, who has tangled with Cruz repeatedly, said": an adverb before the comma ends the apposition
        last = _last_word(body, lo, k, frozenset()) or last
    if lex.language == "en" and len(last[0]) > 4 and last[0].endswith("ly") and last[0].islower() and \
            last[0] not in _PASSIVE_ADVERBS and not body[last[2]:hi].strip():
        # "Manafort politely suggested", "he infamously referred": an adverb after a name or pronoun
        prev = _last_word(body, lo, last[1], lex.aux)
        if prev is not None and not body[prev[2]:last[1]].strip() and (_is_cap(prev[0]) or prev[0] in lex.pronouns):
            return _left_speaker(doc, lo, last[1], depth=depth + 1) if depth < 3 else _Speaker()
    end = last[2]
    tail = body[end:hi]
    if lex.language == "en" and tail[:2] == ".," and len(last[0]) <= 4 and _is_cap(last[0]):
        tail = tail[1:]  # "..., in Allentown, Pa., said": an abbreviation's full stop
    elif lex.language == "en" and tail.strip(" ,\"”’'") == "" and "," in tail and tail.strip(" ,") and (
            _quote_in_aside(body, lo, last[1], tail)):
        # ', who calls Trump a “sociopath,” said' (or ''sociopath,'' in the straight quotes some papers use)
        tail = tail.replace("\"", "").replace("”", "").replace("’", "").replace("'", "")
    elif lex.language in ("en", "id") and "," in tail and tail.strip(" ,") and not TOKEN_RE.sub("", tail).strip(" ,"):
        # "Mr. Trump, asked about ..., had said": auxiliaries after the comma; s19id: "Kapten Persita, Fajar Nugraha,
        # juga mengakui", "..., Jenderal Oscar Arriola, kemudian mengatakan": Indonesian adverbs after the apposition
        tail = TOKEN_RE.sub("", tail)
    elif lex.language == "id" and tail.strip(" ,") == ")" and (last[0].isdigit() or last[0][:1].isupper() and (
            last[0].isupper() or last[0].isalpha()) and 2 <= len(nw := body[body.rfind(",", lo, last[1]) + 1:last[1] - 1].split(
            )) <= 5 and all(w[:1].isupper() and w.lower() not in lex.org_words for w in nw)) and body[
            last[1] - 1:last[1]] == "(" and "," in tail:
        # "Rusia, Sergei Domogatskii (40), mengaku": an age closes the name; s20id: so does a short form in brackets,
        # "Menteri Koordinator ..., Agus Harimurti Yudhoyono (AHY), menyebut"
        tail = tail.replace(")", "")
    elif lex.language == "en" and tail.strip(" ,") == ")" and "," in tail and body[last[1] - 1:last[1]] == "(" and \
            last[0].isalpha() and sum(c.isupper() for c in last[0]) >= 2 and (before_ob := _last_word(body, lo, last[1] - 1, frozenset())) is not None and \
            not body[before_ob[2]:last[1] - 1].strip():
        # "Anil Kumar, general secretary of the Centre of Trade Unions (CITU), said": an acronym in brackets ends
        # the apposition; the phrase ends before it
        last, end, tail = before_ob, before_ob[2], ","
    if tail.strip(" ,") == "" and "," in tail:
        # apposition: "NAME, ROLE, said" or "ROLE, NAME, said"
        seg_b_start = body.rfind(",", lo, last[1])
        if seg_b_start < 0:
            if not depth and lex.language == "id" and tail.strip() == "," and (
                    sp := _phrase_back(doc, lo, end)).text and sp.kind == "name" and (not (pre := body[lo:min(
                    sp.start, sp.phrase_start if sp.phrase_start >= 0 else sp.start)].strip(" \t\"“”")) or (
                    pre.split(None, 1)[0].lower() in lex.roles or pre.split(None, 1)[0].lower() in lex.title_first)
                    and not any(c in pre for c in ",.;:\"“”")):
                # (s22ntxid) "Kapolrestabes Palembang Kombes Harryo Sugihhartono, menjelaskan ...", "Nikita Mirzani,
                # menyebut ...": a stray comma between the subject (a name, after its role: the whole stretch before
                # the cue) and the cue
                return sp
            if not depth and lex.language == "id" and tail.strip() == "," and (
                    m_rel := _ID_NAME_YANG_RE.match(body, lo + len(body[lo:end]) - len(body[lo:end].lstrip(
                        " \t\"“”")), end)) is not None and not any(c in body[m_rel.end():end] for c in ".;:\"“”()") and (
                    sp := _left_speaker(doc, lo, m_rel.end(1) + 1, depth=1)).text and sp.kind in ("name", "role") and \
                    sp.end == m_rel.end(1):
                # s25idspk: "Komisi Majelis yang saat ini menyusun undang-undang itu, mengatakan:": the name before a
                # relative clause the comma closes is the subject
                return sp
            if not depth:
                return _Speaker()
            sp = _phrase_back(doc, lo, end)
            np_ = _subject_np(doc, lo, end)
            return np_ if np_.text and (not sp.text or np_.start < sp.start) else sp
        seg_b = (seg_b_start + 1, end)
        b_words = _word_spans(body[seg_b[0]:seg_b[1]], seg_b[0])
        if lex.language == "id":
            # "Sergei Domogatskii (40) alias Mr. Terimakasih": an age in brackets or a nickname ends the name
            k = next((i for i, (w, ws, _) in enumerate(b_words) if w.lower() == "alias" or (
                (w.isdigit() or i and w[:1].isupper()) and body[ws - 1:ws] == "(")), 0)
            if k:
                b_words = b_words[:k]
        if lex.language == "en" and b_words and _aside(b_words, lex) and depth < 3:
            # "Andrew Liveris, of course, said", "Marco Rubio, appearing on Fox News, said": skip the aside
            sp = _left_speaker(doc, lo, seg_b_start + 1, depth=depth + 1)
            if sp.text:
                return sp
        seg_a_lo = max(body.rfind(",", lo, seg_b_start), body.rfind(".", lo, seg_b_start), lo - 1) + 1
        if lex.language == "en" and depth < 3 and seg_a_lo > lo and body[seg_a_lo - 1] == "," and len(b_words) <= 3:
            a_words = _word_spans(body[seg_a_lo:seg_b_start], seg_a_lo)
            if a_words and _aside(a_words, lex):
                # "Clinton, during a town hall meeting in Columbus, Ohio, said": the place closes the aside
                sp = _left_speaker(doc, lo, seg_a_lo, depth=depth + 1)
                if sp.text:
                    return sp
        if lex.language == "en" and 0 < len(b_words) <= 2 and all(_is_cap(w) for w, _, _ in b_words) and \
                _PLACE_END_RE.search(body, seg_a_lo, seg_b_start):
            # "Cecelia Purner, 67, a retired representative in Allentown, Pa., said": the state closes the place
            sp = _appos_chain(doc, lo, end)
            if sp.text:
                return sp
            # (a state: one word or an abbreviation, not "..., the correspondent in Jakarta, Rachel Harvey, said")
            pm = _PLACE_END_RE.search(body, seg_a_lo, seg_b_start) if len(b_words) == 1 or body[
                end:end + 1] == "." else None
            sp = _phrase_back(doc, seg_a_lo, pm.start()) if pm else _Speaker()
            if pm and not sp.text:
                sp = _subject_np(doc, seg_a_lo, pm.start())
            if sp.text and sp.kind in ("name", "role") and sp.start >= seg_a_lo and not body[seg_a_lo:sp.start].strip(
                    ) and not (sp.start == seg_a_lo and sp.text.split()[0].lower() in _CLAUSE_OPENERS_EN):
                return sp  # "Cecelia Purner of Allentown, Pa., said", "Voters in Erie, Pa., said": before the town
        if lex.language == "id" and depth < 3 and b_words and _id_aside(b_words, lex):
            # (s22ntxid) "BMW, misalnya, mengatakan", "Park Byeong-seug, mengutip data dari ..., berkata": an aside
            # (an adverb, a participle's clause, a circumstance) between the subject and the cue
            # (only after a subject that fills the clause before it: not "LSM di ..., dekat perbatasan Armenia,
            # mengirimkan petisi ..., mengungkapkan ...", the sentence's own predicate)
            sp = _left_speaker(doc, lo, seg_b_start + 1, depth=depth + 1)
            if sp.text and sp.kind in ("name", "role") and not body[sp.end:seg_b_start].strip() and (
                    not (pre := body[lo:min(sp.start, sp.phrase_start if sp.phrase_start >= 0 else sp.start)].strip(
                        " \t\"“”")) or pre.split(None, 1)[0].lower() in lex.roles | lex.title_first and not any(
                        c in pre for c in ",.;:\"“”")):
                return sp
        if lex.language == "id" and depth < 3 and 0 < len(b_words) <= 3 and seg_a_lo > lo and body[
                seg_a_lo - 1] == "," and all(w[:1].isupper() and w.isalpha() for w, _, _ in b_words) and \
                _ID_PLACE_END_RE.search(body, seg_a_lo, seg_b_start):
            # (s22ntxid) "Jay Berzofsky, dari Lembaga Kanker Nasional di Bethesda, Maryland, berkata", "Budi, dosen di
            # Bogor, Jawa Barat, mengatakan": the region closes the place of the apposition, no name of the speaker
            # (not "Namun, pengamat ... dari CSIS, Lina Alexandra, menilai": a name before the place's segment)
            sp = _left_speaker(doc, lo, seg_b_start + 1, depth=depth + 1)
            if sp.text and sp.kind == "name" and sp.end < seg_a_lo:
                return sp
        a = _phrase_back(doc, seg_a_lo, seg_b_start)
        if lex.language == "id" and b_words and (sp := _id_titled_appos(doc, a, b_words, seg_a_lo, seg_b_start)).text:
            return sp
        if not b_words or len(b_words) > 16:
            if b_words and lex.language == "en":
                sp = _appos_chain(doc, lo, end)
                return sp if sp.text else _initial_subject_appos(doc, lo, end)
            return _Speaker()
        if all(w.isdigit() for w, _, _ in b_words) and len(b_words) == 1:
            return a  # an age: "Sarandon, 69, told MSNBC"
        b_text = body[b_words[0][1]:b_words[-1][2]]
        b_kind = _speaker_kind([w for w, _, _ in b_words], lex)
        b0 = b_words[0][0]
        b_is_role = len(b_words) <= 10 and (b0.lower() in lex.roles or b0.lower() in lex.title_first
                                            or b0.lower() in lex.determiners) and any(
            w.lower() in lex.roles or w.lower() in lex.title_first for w, _, _ in b_words) or (
            lex.language == "en" and len(b_words) <= 10 and b0.endswith(("'s", "’s")) and any(
                w.islower() and w in lex.roles for w, _, _ in b_words)) or (  # "Fathi Bin Shatwan, Libya's oil minister, told"
            lex.language == "en" and len(b_words) <= 16 and _modified_role(b_words, lex))
        if lex.language == "en" and b_is_role and a.text[:1].islower() and seg_a_lo > lo and body[seg_a_lo - 1] == "," \
                and not body[seg_a_lo:a.start].strip() and a.text.split(None, 1)[0].lower() in lex.roles:
            # "John Smith, chief executive of the CBI, the employers' group, said": a role, then a description of
            # what it belongs to; the name before the role is the speaker
            s0 = max(body.rfind(",", lo, seg_a_lo - 1), body.rfind(".", lo, seg_a_lo - 1), lo - 1) + 1
            p0 = _phrase_back(doc, s0, seg_a_lo - 1)
            if p0.text and p0.kind == "name" and all(w.lower() in _SUBJECT_SKIP for w in TOKEN_RE.findall(body, s0, p0.start)):
                p0.role = a.text
                p0.phrase_start = p0.start
                return p0
        if a.text and a.kind == "name" and b_is_role:
            a.role = b_text
            a.phrase_start = a.start
            return a
        if b_kind == "name" and len(b_words) <= 5 and lex.language == "en" and seg_a_lo > lo and \
                body[seg_a_lo - 1] == "," and all(_is_cap(w) for w, _, _ in b_words):
            # "Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano,
            # said": a name, its role, then the name of what the role belongs to
            a_words = _word_spans(body[seg_a_lo:seg_b_start], seg_a_lo)
            if a_words and a_words[0][0] in ("the", "a", "an") and any(w.lower() in lex.roles for w, _, _ in a_words):
                s0 = max(body.rfind(",", lo, seg_a_lo - 1), body.rfind(".", lo, seg_a_lo - 1), lo - 1) + 1
                p0 = _phrase_back(doc, s0, seg_a_lo - 1)
                if p0.text and p0.kind == "name" and all(w.lower() in _SUBJECT_SKIP
                                                         for w in TOKEN_RE.findall(body, s0, p0.start)):
                    p0.role = body[a_words[0][1]:b_words[-1][2]]
                    p0.phrase_start = p0.start
                    return p0
        if lex.language == "en" and b_kind == "name" and len(b_words) > 5 and a.text:
            # "One pastor, Darran Whiting of Liberty Baptist Church in Marion, said": the name before its
            # organisation or home town
            k = next((i for i, (w, _, _) in enumerate(b_words) if not _is_cap(w)), 0)
            if 2 <= k <= 4 and b_words[k][0] in _NAME_OF_WORDS and all(
                    _is_cap(w) or w in _NAME_OF_WORDS for w, _, _ in b_words[k:]):
                b_words = b_words[:k]
                b_text = body[b_words[0][1]:b_words[-1][2]]
        k = _name_then_verb(b_words, lex) if lex.language == "en" and b_kind == "name" else 0
        if k > 0 and k == len(b_words) - 1 and b_words[k][0] in lex.verbs:
            # "..., Nefzi said, adding, "..."": the subject of the cue before the participle
            return _Speaker(body[b_words[0][1]:b_words[k - 1][2]], "name", "", b_words[0][1], b_words[k - 1][2])
        if lex.language == "en" and len(b_words) == 2 and b_words[0][0] in _SUBJECT_PRONOUNS and \
                b_words[1][0] in lex.verbs:
            # s14subj: '"...," he said, adding, "..."': a pronoun subject of the cue before the participle
            return _Speaker(b_words[0][0], "pronoun", "", b_words[0][1], b_words[0][2])
        if lex.language == "en" and 3 <= len(b_words) <= 9 and [w for w, _, _ in b_words].count("and") == 1 and all(
                _is_cap(w) or w == "and" for w, _, _ in b_words) and b_words[0][0] != "and" and b_words[-1][
                0] != "and" and a.text and a.kind in ("role", "name") and a.text[-1:] == "s" and (
                seg_a := body[seg_a_lo:seg_b_start].strip()).split(None, 1)[0].lower() in lex.determiners and \
                len(seg_a) < 60:
            # "The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised": two names in
            # apposition to a plural role
            return _Speaker(b_text, "name", seg_a, b_words[0][1], b_words[-1][2], seg_a_lo + body[seg_a_lo:].index(seg_a))
        if lex.language == "id" and b0.lower() == "yang" and b_kind == "name" and a.text and a.kind == "name":
            # (s21ntxid) "Budi Santoso, yang berasal dari Bristol, mengklaim": a relative clause in apposition is the
            # name's description (as a longer one is), not a name ending in "Bristol"; a relative clause is no role
            # ("yang bekerja di BPOM"), so the role stays as it was
            a.phrase_start = a.start
            return a
        if b_kind == "name" and len(b_words) <= 5 and (_is_cap(b0) or lex.language != "en") and not k:
            # (English: "Hours later, Trump returned the compliment, telling": a clause, not a name)
            role = a.text if a.text else ""
            return _Speaker(b_text, "name", role, b_words[0][1], b_words[-1][2], a.start if a.text else b_words[0][1])
        sp = _appos_chain(doc, lo, end)
        if not sp.text and lex.language == "en":
            sp = _initial_subject_appos(doc, lo, end)
        return sp
    sp = _phrase_back(doc, lo, hi)
    if lex.language == "en" and sp.text and sp.start > lo + 8 and body.find(" who ", max(lo, sp.start - 120),
                                                                            sp.start) >= 0:
        ante = _relative_antecedent(doc, lo, sp.start)
        if ante.text:
            return ante
    if lex.language == "en" and sp.kind == "name" and sp.start > lo + 8 and body[sp.start - 1] == " " and (
            "'" in body[max(lo, sp.start - 60):sp.start] or "’" in body[max(lo, sp.start - 60):sp.start]) and (
            m_poss := _POSS_LEAD_RE.search(body, max(lo, (sp.phrase_start if sp.phrase_start >= 0 else sp.start) - 70),
                                           sp.phrase_start if sp.phrase_start >= 0 else sp.start)) is not None:
        # "CONTENT, the party's election chief Alan Milburn has said": a possessor and lower-case role words
        # before the titled name after the comma closing fronted content belong to the speaker phrase
        sp.phrase_start = m_poss.start(1)
        return sp
    if lex.language == "en" and sp.kind == "name" and sp.start > lo + 8 and body[sp.start - 1] == " " and \
            body[sp.start - 2].islower() and sp.phrase_start in (-1, sp.start) and (
            m_desc := _DESCRIPTOR_LEAD_RE.search(body, max(lo, sp.start - 50), sp.start)) is not None and not any(
            w in _PREPOSITIONS["en"] or w in lex.verbs or w in lex.aux or w in lex.determiners or w in lex.pronouns
            or w in _COORD or w in lex.clause_markers or w in _SUBJECT_SKIP or w in _SUBJECT_RELATIVE or w in lex.relatives
            or w.endswith("ing") or w in _SUBORDINATORS or w in ("than", "as", "what", "whom", "whose")
            for w in (m_desc.group(1).split()[1:] if m_desc.group(1).startswith("the ") and m_desc.group(1).count(
                " ") >= 2 else m_desc.group(1).split())) and \
            _min_tokens(3, body, lo, m_desc.start()):
        # "CONTENT, accountants KPMG said", "..., carmaker Ford said": a lower-case descriptor before the name
        # after the comma closing fronted content belongs to the speaker phrase; also after "the" ("..., the news
        # site RTL Info reported", "..., the statistical office INSEE said")
        sp.phrase_start = m_desc.start(1)
        return sp
    if lex.language == "en" and sp.kind == "role" and sp.start > lo + 8 and body[sp.start - 1] == " " and \
            body[sp.start - 2].isalpha() and sp.text[:1].islower():
        # "CONTENT, teachers and union officials told POLITICO": the lower-case subject phrase after the comma
        # closing fronted content, when the role noun ends it
        np_ = _subject_np(doc, lo, hi)
        if np_.text and np_.start < sp.start and np_.end == sp.end and _after_fronted_content(
                doc, lo, np_, np_.text.split(None, 1)[0].lower()):
            return np_
    if lex.language == "en" and sp.text and sp.start > lo and (_PREP_BEFORE_RE.search(body, max(lo, sp.start - 10),
                                                                                     sp.start) or sp.kind == "name" and body[
            sp.start - 2:sp.start - 1].islower() and _PREP_MOD_BEFORE_RE.search(body, max(lo, sp.start - 24), sp.start)):
        # ("a spokesman for committee Democrats said": a lower-case modifier between the preposition and the name)
        # "People close to the campaign said", "Aides to the senator said": the phrase the noun depends on
        np_ = _subject_np(doc, lo, hi)
        if np_.text and np_.start < sp.start and np_.end == sp.end:
            w0 = np_.text.split(None, 1)[0].lower()
            if all(w.lower() in _SUBJECT_SKIP for w in TOKEN_RE.findall(body, lo, np_.start)) or w0 in lex.roles or \
                    _after_fronted_content(doc, lo, np_, w0):
                # (at the sentence start, or headed by a role noun: "..., sources close to the talks said", or after
                # the comma closing fronted content: "The plan will fail, several people familiar with the talks said")
                return np_
    return sp


def _after_fronted_content(doc: _Doc, lo: int, np_: _Speaker, w0: str) -> bool:
    """English: a noun phrase opening with a determiner, a number or a quantifier ("several people familiar
    with the talks", "a committee of MPs") or a lower-case plural ("economists at the bank") right after the
    comma that closes fronted content ("The plan will fail, ... said"); not after a name ("said Joshua
    Osagie, a cocoa farmer ... told": an apposition)."""
    body = doc.body
    before = body[lo:np_.start].rstrip()
    if not before.endswith(",") or not (w0 in doc.lex.determiners or w0 in _QUANTIFIERS_EN or w0 in _numbers_en()
                                        or w0.isdigit() or w0.endswith("s") and w0.isalpha() and w0.islower()):
        return False
    prev = _last_word(body, lo, len(before) + lo - 1, frozenset())
    if prev is None or not prev[0][:1].islower() or not _min_tokens(3, body, lo, np_.start):
        return False
    words = np_.text.lower().split()
    # (a second determiner not after a preposition opens a clause: "a charge the company denies", "both men
    # issued a statement expressing")
    return not any(w in _DETS_EN and words[i - 1] not in _PREPOSITIONS["en"] for i, w in enumerate(words) if i)


def _modified_role(b_words: list[tuple[str, int, int]], lex: _Lex) -> bool:
    """English: an apposition that opens with up to three capitalised modifiers (a country, party, outlet or
    firm) before its role noun: "UK economist at Royal Bank of Scotland", "Labour MP for Leeds", "BBC
    political editor", "US Trade Representative" (lower-case adjectives may stand between)."""
    for k, (w, _, _) in enumerate(b_words[:7]):
        low = w.lower()
        if k and (low in lex.roles or low.rstrip(".") in lex.title_first and (
                k + 1 == len(b_words) or not _is_cap(b_words[k + 1][0])) or "-" in low and low.rsplit(
                "-", 1)[1] in lex.roles):  # ("Labour MP for Leeds"; s17bbc5: "Tory co-chairman")
            return any(_is_cap(x) for x, _, _ in b_words[:k])
        if k >= 5 or not (_is_cap(w) and low not in lex.pronouns and low not in lex.not_speakers or w.islower() and k and (
                low not in _PREPOSITIONS["en"] and low not in lex.determiners and low not in lex.verbs
                and low not in lex.aux and (low not in _COORD or low == "and" and k + 1 < len(b_words) and b_words[
                    k - 1][0].islower() and b_words[k + 1][0].islower())) or w.isdigit() and k and _is_cap(
                    b_words[k - 1][0])):
            # (s17bbc5: "Tory shadow work and pensions secretary", "BBC News 24 political correspondent")
            return False
    return False


#: English: after a comma, a possessor ("the party's", "Sun's", "Labour's") and up to three lower-case words
#: right before a speaker's name or title ("the party's election chief Alan Milburn").
_POSS_LEAD_RE = re.compile(r",[ \t]+((?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+)?(?:[\w.&-]+[ \t]+){0,2}?[\w.&-]+['’]s"
                           r"(?:[ \t]+[a-z][\w-]*){0,3})[ \t]+$")


#: English: "and others" / "and other Democrats" after a speaker's name, closing the phrase.
_AND_OTHERS_RE = re.compile(r"(\s+and\s+(?:others|colleagues|other\s+[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?))(?=\s*[,.;]|$)")


#: s14bbc: words before an "-ly" adverb in a two-word sentence adverb ("More significantly", "Most worryingly").
_ADVERB_DEGREE = frozenset({"more", "most", "less", "even", "perhaps", "but", "and", "so"})


#: s14bbc: a sentence opening with a determiner, up to two modifiers and a noun, then a lower-case word (the verb):
#: 'The firm cut ...', 'The Australian company describes ...' (group 1 the noun, group 2 the next word).
_DET_ORG_SUBJECT_RE = re.compile(r"(?:The|A|An)[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,2}?([a-z][\w-]*)[ \t]+([a-z]+)\b")


#: English two-word sentence adverbials before an interrupting inverted cue ("For instance, said Mr Makower, ...",
#: "On average, said Mr Macklin, ...") (s15subj).
_LEAD_PHRASES_EN = frozenset({"for instance", "for example", "on average", "in fact", "of course", "in particular",
                              "by contrast", "in contrast", "in addition", "at present", "in short", "in general",
                              "above all", "after all", "at least", "so far", "in practice", "in theory",
                              "by comparison", "in turn", "even so", "not least", "until now", "for now", "at first",
                              "in future", "in total", "as well", "on balance"})


def _sentence_adverb(head: list[str]) -> bool:
    """English: the words before an interrupting inverted cue are one sentence adverb ('Instead', 'Worryingly',
    s14bbc: 'More significantly', 'Most worryingly'; s15subj: 'For instance', 'On average')."""
    if len(head) == 1:
        return head[0].lower() in _LEAD_ADVERBS or head[0].lower().endswith("ly")
    return len(head) == 2 and (head[0].lower() in _ADVERB_DEGREE and head[1].islower() and head[1].endswith("ly")
                               or f"{head[0].lower()} {head[1]}" in _LEAD_PHRASES_EN)


def _inverted_interrupts(doc: _Doc, cm: re.Match[str], ss: int, se: int, sp: _Speaker) -> _Quote | None:
    """English: an inverted cue and its speaker between commas after a leading adverbial or subordinate
    clause, with a clause of its own after them: "By contrast, says Mr Cox, the Mac mini is almost
    disposable" (the content is that clause), "If Steam proves effective, said Mr Fahey, other game makers
    may be tempted ..." (the subordinate clause and the main clause); not a relative clause or participle
    after the speaker ("..., said Smith, who heads the group")."""
    body = doc.body
    lex = doc.lex
    nw = _NEXT_WORD_RE.match(body, sp.end + 1, se)
    if nw is None or nw.start(1) != sp.end + 2:
        return None
    w = nw.group(1)
    lw = w.lower()
    head = TOKEN_RE.findall(body, ss, cm.start())
    head_text = body[ss:cm.start()].rstrip()
    adverb_head = head_text.endswith(",") and _sentence_adverb(head)
    rest = TOKEN_RE.findall(body, nw.start(1), se)
    # s15bbc: a one-word or prepositional sentence adverbial ('For instance,', 'By contrast,', 'On average,') before
    # the cue: the clause after the speaker may open with a bare noun or gerund and reach its verb later ('For
    # instance, said Mr Hogan, filtering out e-mail messages that contain a web link can stop ...')
    pp = head[1:] if len(head) > 2 and head[0].lower() in ("but", "and", "yet") else head  # ('But in some cases,')
    pp_head = 2 <= len(pp) <= 4 and head_text.endswith(",") and "," not in head_text[:-1] and (
        pp[0].lower() in _PREPOSITIONS["en"] and pp[0].lower() not in _SUBORDINATORS)
    adverbial = adverb_head or pp_head
    if adverbial and w.islower() and lw not in _CLAUSE_SUBJECTS and lw not in lex.verbs and lw not in lex.relatives \
            and lw not in _PREPOSITIONS["en"] and lw not in lex.that_words and lw not in lex.not_speakers \
            and len(rest) > 3 and any(x in lex.clause_markers or x in _irregular_past_en() or x.endswith("ed")
                                      for x in rest[1:16]) and lw not in _APPOS_OPENERS and lw not in lex.title_first \
            and (lw not in lex.roles or rest[1] in lex.clause_markers):  # (not an apposition: ', senior vice-...')
        pass
    elif not (lw in _CLAUSE_SUBJECTS or lw in _QUANTIFIERS_EN or _is_cap(w) or adverb_head and w.islower() and len(
            rest) > 2 and lw not in lex.verbs and lw not in _PREPOSITIONS["en"] and any(
                x.lower() in lex.clause_markers for x in rest[1:10])  # (s15subj: "credit cards are", not only "X is")
            ) or lw == "that" or lw in lex.not_speakers and lw not in _CLAUSE_SUBJECTS:
        # (s14bbc: 'Significantly, argues the report, broadband is ...': a bare noun subject after a sentence adverb)
        return None
    elif len(rest) < 4 or not any(x.lower() in lex.clause_markers for x in rest[1:16 if adverbial else 8]) and not (
            adverbial and any(x in _irregular_past_en() or x.endswith("ed") for x in rest[1:16])) or any(
            x.lower() in lex.verbs for x in rest[:2]):
        return None
    left = _interrupted_left(doc, ss, cm.start(), whole_clause=True) if (
        len(head) != 2 or not adverb_head) and not pp_head else None
    if not left and adverbial:
        left = (cm.start(), cm.start())  # "Instead, said Mr Doctorow, DRM systems were ...": a sentence adverb
    if not left:
        return None
    if left[0] != left[1] and not (head and (head[0].lower() in _SUBORDINATORS)):
        return None  # (a noun phrase before the cue is handled as interrupted content elsewhere)
    rst = _content_start(body, sp.end + 1, se)
    if sp.role and body.startswith(sp.role, rst):
        re_ = rst + len(sp.role)
        comma = body.find(", ", re_, se)
        tail = TOKEN_RE.findall(body, re_, comma) if comma > 0 else []
        if comma > 0 and (not tail or len(tail) <= 5 and tail[0].lower() in _PREPOSITIONS["en"]):
            # s15subj: 'But, says Nick Donofrio, senior vice-president at IBM, it was not ...': the apposition (with
            # its prepositional tail), then the content
            rst = _content_start(body, comma + 1, se)
        else:
            sp = _Speaker(sp.text, sp.kind, "", sp.start, sp.end, sp.phrase_start)  # (the clause is no apposition)
    q = _Quote(left[0], _content_end(body, rst, se), "indirect", [left], cm.group(), cm.start())
    q.parts.append((rst, q.end))
    if left[0] == left[1]:
        q.start, q.parts = rst, [(rst, q.end)]
    _set_speaker(q, sp)
    return q


#: English: after a comma, one to three lower-case words right before a name ("accountants KPMG", "business
#: lobby group the CBI" is not: a determiner stops it).
_DESCRIPTOR_LEAD_RE = re.compile(r",[ \t]+((?:[a-z][a-z-]*[ \t]+){1,3})$")


def _quote_in_aside(body: str, lo: int, hi: int, tail: str) -> bool:
    """English: the quotation closed in ``tail`` opened inside a comma aside after a word (", who calls Trump a
    “sociopath,” said", ", citing ''the magic of Trump,'' said"), not at the sentence start or right after a
    comma ('"It's not a campaign, it's a movement," said ...': a quotation of its own)."""
    opener = "''" if "''" in tail else "“" if "”" in tail else '"' if '"' in tail else "‘" if "’" in tail else ""
    if not opener:
        return True
    o = body.rfind(opener, lo, hi)
    k = body.rfind(",", lo, o)
    return o > lo and k >= lo and bool(body[k + 1:o].strip())


def _name_then_verb(words: list[tuple[str, int, int]], lex: _Lex) -> int:
    """English: the index of a verb after a capitalised word, else 0 ("Trump returned the compliment",
    "NIESR said", "Mr Baez Silva estimated"): a clause, not a name with its role words ("Liberal Democrat
    home affairs spokesman Mark Oaten")."""
    for k in range(1, len(words)):
        a, w = words[k - 1][0], words[k][0]
        if _is_cap(a) and w.islower() and w not in lex.roles and (
                w in lex.verbs or w in lex.aux or len(w) > 4 and w.endswith("ed")):
            return k
    return 0


_RELATIVE_BREAK_RE = re.compile(r"[,;:.()\"“”—–]")


def _relative_antecedent(doc: _Doc, lo: int, pos: int) -> _Speaker:
    """English: "Current and former officials who spoke with The Huffington Post said", "Voters who backed
    Trump in the primary said": the phrase before the cue is inside a restrictive relative clause; the
    subject is the noun phrase before "who" (not when a subject follows "who": "the man who Smith said ...")."""
    body = doc.body
    w = body.rfind(" who ", max(lo, pos - 120), pos)
    nxt = _NEXT_WORD_RE.match(body, w + 4, pos)
    if nxt is None or not nxt.group(1).islower() or nxt.group(1) in doc.lex.pronouns or _RELATIVE_BREAK_RE.search(
            body, w, pos) or any(x in _SUBORDINATORS or x == "that" for x in TOKEN_RE.findall(body, w, pos)):
        return _Speaker()  # ("Partners of those who love gadgets may shop early as experts predict ...")
    for ante in (_phrase_back(doc, lo, w), _subject_np(doc, lo, w + 1)):
        st = ante.phrase_start if ante.phrase_start >= 0 else ante.start
        if ante.text and ante.kind in ("name", "role") and (body[lo:st].rstrip().endswith(",") or all(
                x.lower() in _SUBJECT_SKIP for x in TOKEN_RE.findall(body, lo, st))):
            return ante  # (the antecedent opens the clause: "But voters who ... said", "In Iowa, voters who")
    return _Speaker()


#: English: the ending of a capitalised sentence adverb before a comma ("Similarly,", "Finally,"), not of a
#: name ("Kelly", "Reilly", "Daly").
_SENTENCE_ADVERB_RE = re.compile(r"[a-z](?:ally|arly|ously|ently|antly|edly|ively|fully|ately|ibly|ably|ssly|ingly)$")


def _initial_subject_appos(doc: _Doc, lo: int, end: int) -> _Speaker:
    """English: the subject that opens the sentence, followed only by lower-case appositions, asides or
    relative clauses before the cue: "Dan Kritenbrink, senior director for Asian affairs at the National
    Security Council, said", "Sanders, meanwhile, who sits at zero endorsements, said", "Proponents of
    the new bill, however, say"."""
    body = doc.body
    lex = doc.lex
    first = body.find(",", lo, end)
    if first < 0:
        return _Speaker()
    a = first
    relative = False
    joined: set[int] = set()
    while a >= 0:
        b = body.find(",", a + 1, end)
        seg = body[a + 1:b if b >= 0 else end].strip(" \t\"“”")
        if not seg and relative:
            a = b
            continue
        if not seg or len(seg) > 160 or any(c in seg for c in ";:") or not relative and any(
                c in seg for c in "\"“”„«»"):
            return _Speaker()
        w = _FIRST_WORD_RE.search(seg)
        if w and w.start() == 0 and w.group() in lex.relatives or relative is False and w and not _is_cap(
                w.group()) and lex.relative_split_re.search(seg):
            # "Humphrey, who calls Trump a “sociopath,” said", "Mr. Slinker, whose start-up, Paradata, uses
            # big data, said": a relative clause runs on to the cue, commas and quoted words included (also
            # one inside an apposition: "David Fenton, a strategist whose agency, Fenton, made the ads, said")
            relative = True
        elif not relative and a > first and seg.count(" ") <= 1 and _is_cap(seg) and _is_cap(
                (body[max(lo, a - 30):a].split() or [""])[-1]):
            joined.update((a, b))  # "Jeffrey Salkin, a Hollywood, Fla., rabbi ..., said": the state after a place
        elif not (relative or seg[0] in "(" or seg[0].isdigit() or w and w.start() == 0 and not _is_cap(w.group())
                  or a == first and _PARTY_SEG_RE.fullmatch(seg)):
            return _Speaker()  # (not "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": a party-state tag)
        a = b
    words = _word_spans(body[lo:first], lo)
    while words and words[0][0].lower() in _SUBJECT_SKIP:
        words.pop(0)
    if not words or len(words) == 1 and _SENTENCE_ADVERB_RE.search(words[0][0]) or words[0][0].lower() in \
            _LEAD_PREPOSITIONS_EN or words[0][0].lower() in _PREPOSITIONS["en"]:
        # ("Similarly, some were pointing out ...": a sentence adverb, no subject; "Alongside BLM calls for
        # action, even a strategist said ...": a leading adverbial)
        return _Speaker()
    s0, s1 = words[0][1], first
    tail = _PAREN_TAIL_RE.search(body, s0, s1)
    if tail:
        s1 = tail.start()
    sp = _phrase_back(doc, s0, s1)
    if not (sp.text and sp.kind in ("name", "role") and not _min_tokens(2, body, s0, sp.start)):
        sp = _subject_np(doc, s0, s1)
        if not sp.text or sp.start != s0:
            return _Speaker()
    nxt = body.find(",", first + 1, end)
    while nxt in joined:
        nxt = body.find(",", nxt + 1, end)
    role = body[first + 1:nxt if nxt >= 0 else end].strip()
    if nxt >= 0 and _PARTY_SEG_RE.fullmatch(role):
        first, nxt = nxt, body.find(",", nxt + 1, end)
        role = body[first + 1:nxt if nxt >= 0 else end].strip()
    w0 = role.split(None, 1)[0].lower() if role else ""
    if w0 in lex.roles or w0 in lex.title_first or w0 in lex.determiners:
        sp.role = lex.relative_split_re.split(role)[0]
    sp.phrase_start = sp.start
    return sp


#: English: words between a name and its organisation or town ("Darran Whiting of Liberty Baptist Church in Marion").
_NAME_OF_WORDS = frozenset({"of", "from", "at", "in", "for", "the"})
_ROLE_COMMA_NAME_RE = re.compile(
    rf"[^,.;:!?\n\"“”]{{3,90}},[ \t]+({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,3}}),[ \t]+[a-z]")
#: A finite verb in meN- or ber- ("menaati", "berjalan"), not a short word ("merah", "besar").
_ID_VERB_RE = re.compile(r"(?:me(?:ng|ny|m|n)?|ber|be)[a-z]{3,}")
#: Frequent words in me-/be- that are not finite verbs (pronouns, nouns, adjectives, prepositions).
_ID_NOT_VERBS = frozenset({
    "mereka", "merah", "memang", "menurut", "menteri", "media", "medis", "mekanisme", "metode", "meter", "merek",
    "menit", "meja", "melalui", "menuju", "mengenai", "menjelang", "mendatang", "menyusul", "bersama", "berbagai",
    "beberapa", "benar", "besar", "berita", "betul", "belum", "beliau", "berapa", "bentuk", "beras", "berkas", "bebas",
    "bekas", "berat", "bensin", "bendera", "beserta", "berikut", "berdasarkan", "berkat", "bersih", "berani",
    "beragam", "bersamaan", "mentah"})
#: Words after which no subject of a finite clause can go on: relatives, prepositions, conjunctions.
_ID_NOT_SUBJECT = frozenset({"yang", "untuk", "dalam", "dengan", "di", "ke", "dari", "pada", "bagi", "oleh", "dan",
                             "atau", "serta", "sebagai", "terhadap", "tentang", "soal", "atas", "kepada", "secara",
                             "karena", "hingga", "sampai", "agar", "supaya", "bahwa", "saat", "ketika", "akan",
                             "usai", "seusai", "setelah", "sebelum", "sejak", "jika", "kalau", "meski", "melalui",
                             "kemudian", "lalu", "maaf"})
#: Sentence connectives before a parenthetical cue, left out of the content ("Sebab, kata dia, ...").
_ID_CONNECTIVES = frozenset({"sebab", "khususnya", "terlebih", "apalagi", "maka", "misalnya", "contohnya", "padahal",
                             "sehingga", "intinya", "pertama", "kedua", "ketiga", "terakhir", "selanjutnya"})
#: Weak cues that take a noun phrase far more often than a clause ("menunjukkan niat melanjutkan ...").
_ID_NP_CUES = frozenset({"menunjukkan", "menanggapi"})
#: Capitalised sentence openers before "yang" that are not names ("Banyak yang menilai ...").
_ID_NOT_NAMES = frozenset({"banyak", "sebagian", "beberapa", "semua", "ada", "tidak", "tak", "mereka", "siapa",
                           "sebagian besar", "para", "pihak"})
#: Indonesian abstract nouns in ke-...-an / pe(N/r)-...-an ("Keuangan", "Pertahanan", "Penjelasan"): a
#: ministry's portfolio or a headline word, never part of a person's name.
_ID_NOMINAL_RE = re.compile(r"(?:ke|per|pen|pem|peng|peny|pe)[a-z]{3,}an")
_SHORT_FORM_RE = re.compile(rf"([{_UPPER}][^\W\d_]+(?:[ \t]+(?:dan[ \t]+)?[{_UPPER}][^\W\d_]+)+)[ \t]*\(([{_UPPER}][a-z]{{2,9}})\)")
_ID_RUN_BREAKS = frozenset("(0123456789")  # "Kepala SMA Negeri 16 ...", "Kepala Dinas Kesehatan (Dinkes) ..."
_PASSIVE_NAME_RE = re.compile(r"\b(di[a-z]+kan)(?:[ \t]+oleh)?[ \t]+")
_PAREN_TAIL_RE = re.compile(r"\s*\([^()]{0,40}\)\s*$")


#: English: a segment ending with "in/of/from/at" + a capitalised place ("... in Allentown"), before ", Pa.,".
_PLACE_END_RE = re.compile(rf"\s(?:in|of|from|at|near)\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?\s*$")
#: (s22ntxid) Indonesian: a comma segment closed by a place after "di"/"dari" ("... di Bethesda", "warga dari Bogor").
_ID_PLACE_END_RE = re.compile(rf"\s(?:di|dari)\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?\s*$")


def _appos_chain(doc: _Doc, lo: int, end: int) -> _Speaker:
    """A name followed by several appositions before the cue: "Shane Shook, a cyber security expert
    who has helped ..., said"; "Roxana M. Leon, 63, an independent voter, said"."""
    body = doc.body
    lex = doc.lex
    commas = [i for i in range(lo, end) if body[i] == ","]
    if not commas:
        return _Speaker()
    bounds = [lo - 1, *commas, end]
    # segments between commas; the last one (after the last comma) is empty or the tail before the cue
    segs = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    for k in range(len(segs) - 2, -1, -1):
        b_lo, b_hi = segs[k + 1]
        b_words = _word_spans(body[b_lo:b_hi], b_lo)
        if not b_words:
            continue
        w0 = b_words[0][0]
        if lex.language == "en" and len(b_words) <= 2 and all(_is_cap(w) for w, _, _ in b_words) and \
                _PLACE_END_RE.search(body, segs[k][0], segs[k][1]):
            continue  # "..., a retired representative in Allentown, Pa., said": a place's state or country
        if len(b_words) > 25 or not (w0.lower() in lex.determiners or w0.lower() in lex.roles
                                     or w0.lower() in lex.title_first or w0.isdigit() or w0.lower() in lex.relatives):
            return _Speaker()
        a_lo, a_hi = segs[k]
        tail = _PAREN_TAIL_RE.search(body, a_lo, a_hi)
        if tail:
            a_hi = tail.start()
        sp = _phrase_back(doc, a_lo, a_hi)
        if sp.text and sp.kind in ("name", "role") and not _min_tokens(2, body, a_lo, sp.start):
            first = segs[k + 1]
            fw = _word_spans(body[first[0]:first[1]], first[0])
            if fw and (fw[0][0].lower() in lex.determiners or fw[0][0].lower() in lex.roles
                       or fw[0][0].lower() in lex.title_first):
                role = body[fw[0][1]:fw[-1][2]]
                role = lex.relative_split_re.split(role)[0]
                sp.role = role
            sp.phrase_start = sp.start
            return sp
    return _Speaker()


#: English: a preposition right before a speaker phrase that may attach it to a role noun before it.
_HEAD_PREP_RE = re.compile(r"(?<![^\s])(?:at|for|with|of|from|in|to)\s+$")  # (s13subj: "ambassador to France")


@lru_cache(maxsize=1)
def _months_en() -> frozenset[str]:
    """English month names (``months`` lexicon)."""
    return frozenset(line.split()[0].lower() for line in load_list_or_empty("months", "en") if line.split())


_SUBJECT_PRONOUNS_LOW = frozenset({"he", "she", "they", "we", "i"})


def _time_name_en(word: str) -> bool:
    """English: a day or month name ("Monday", "September")."""
    w = word.lower()
    return w in _weekdays_en() or w in _months_en()


def _phrase_back(doc: _Doc, lo: int, hi: int) -> _Speaker:
    """The noun phrase (name, role or pronoun) that ends at ``hi``; in English with the role noun it
    depends on ("officials at the agency", "a spokeswoman for the agency", "officials with the Pentagon")."""
    sp = _phrase_back_np(doc, lo, hi)
    if sp.text and sp.kind in ("role", "name") and doc.lex.language == "en" and sp.start - lo > 4:
        m = _HEAD_PREP_RE.search(doc.body, max(lo, sp.start - 6), sp.start)
        if m:
            head = _phrase_back_np(doc, lo, m.start())
            if head.text and (head.kind == "role" or head.kind == "name" and doc.lex.language == "en" and m.group(
                    ).startswith("to") and " " in head.text) and _fw(head.text.rsplit(None, 1)[-1]) in doc.lex.roles \
                    and not doc.body[head.end:m.start()].strip():
                # ("Chad’s Ambassador to France": a capitalised role noun after its country)
                # (the country or person a role serves is no speaker: "Britain's ambassador to France" is a role)
                return _Speaker(doc.body[head.start:sp.end], "role" if m.group().startswith("to") else sp.kind, "",
                                head.start, sp.end)
    return sp


#: English: the generational suffixes written with a full stop after a name ("Donald Trump Jr.").
_JUNIOR = frozenset({"Jr", "Sr"})


def _phrase_back_np(doc: _Doc, lo: int, hi: int) -> _Speaker:
    """The noun phrase (name, role or pronoun) that ends at ``hi``."""
    lex = doc.lex
    lo0 = lo
    lo = max(lo, hi - 160)
    # only the last 11 words are ever read: tokenize the last 90 characters when they hold 12 or more
    # (all but the first, which may be cut, are then the same as the whole slice's last words)
    ws = max(lo, hi - 90)
    words = _word_spans(doc.body[ws:hi], ws)
    while words and words[-1][0].lower() in lex.aux:
        words.pop()
    if ws > lo and len(words) < 12:
        words = _word_spans(doc.body[lo:hi], lo)
        while words and words[-1][0].lower() in lex.aux:
            words.pop()
    if not words:
        return _Speaker()
    # anything but space, auxiliaries (or a closing bracket) between the phrase and hi breaks it
    gap = doc.body[words[-1][2]:hi].replace("\xa0", " ")
    if gap[:1] == "." and words[-1][0] in _JUNIOR:
        gap = gap[1:]  # "Donald Trump Jr. said": the suffix's full stop
    if gap.strip(" )") and (TOKEN_RE.sub("", gap).strip(" )") or any(
            w.lower() not in lex.aux for w in TOKEN_RE.findall(gap))):
        return _Speaker()
    last = words[-1][0]
    rel = last.lower()
    if lex.language == "en" and rel[:3] == "who" and rel[3:] in ("’ve", "'ve", "’s", "'s", "’d", "'d"):
        rel = "who"  # "the superdelegates who’ve already said", "Curly Haugland, who’s argued"
    if rel in lex.relatives and (rel != "which" or lex.language == "en") and len(words) >= 2 and not (
            lex.language == "en" and last.isupper()):  # ("..., the WHO said": the World Health Organization)
        # "..., Alfonso Aguilar, ..., who also said": the antecedent just before the relative pronoun;
        # English "which" only after a name ("The Washington Post, which argued that ...")
        cut = words[-1][1]
        before = doc.body[lo:cut].rstrip()
        if before.endswith(","):
            sp = _left_speaker(doc, lo, cut) if before[:-1].rstrip().endswith(",") is False else _Speaker()
            if sp.text and lex.language == "en" and any(c in doc.body[sp.end:cut] for c in "\"“”"):
                sp = _Speaker()  # ('"...," said Army Capt. Christian Pardo, who said': not the quotation before)
            sp = sp if sp.text else _phrase_back(doc, lo, lo + len(before) - 1)
            if sp.text and (sp.kind == "name" or sp.kind == "role" and lex.language == "en" and rel != "which"):
                return sp
        elif lex.language == "en" and rel == "who" and before and before[-1].isalpha():
            # "the superdelegates who’ve already said they ...": a plural role noun right before "who"
            sp = _phrase_back(doc, lo, lo + len(before))
            if sp.text and sp.kind == "role" and sp.text.split()[-1].lower() in lex.roles and \
                    sp.text.endswith("s"):
                return sp
        elif lex.language == "id" and last.lower() == "yang" and before and before[-1].isalnum():
            # "salah satunya Menko Yusril yang menegaskan ...": the name right before "yang"
            sp = _phrase_back(doc, lo, lo + len(before))
            if sp.text and sp.kind == "name" and sp.text.lower() not in _ID_NOT_NAMES:
                return sp
        return _Speaker()
    if lex.language == "en" and len(last) > 3 and (last[-2] in "'’" or last[-3] in "'’"):
        head, _, tail = last.replace("’", "'").rpartition("'")
        if tail.lower() in ("s", "ve", "d") and head.lower() in _SUBJECT_PRONOUNS_LOW:
            # "While he’s said ...", "they’ve argued": a subject pronoun with its contracted auxiliary
            return _Speaker(last[:len(head)], "pronoun", "", words[-1][1], words[-1][1] + len(head))
    if last.lower() in lex.pronouns:
        if len(words) >= 2 and _is_cap(words[-2][0]) and words[-2][0].lower() not in lex.pronouns and \
                not doc.body[words[-2][2]:words[-1][1]].strip() and not (
                lex.language == "en" and (words[-2][0].lower() in _CLAUSE_OPENERS_EN or _time_name_en(words[-2][0])
                                          or len(words) >= 3 and words[-3][0].lower() in _PREPOSITIONS["en"]
                                          or last in ("he", "she", "they", "we"))
                or lex.language == "id" and _ID_LEAD_SUBORD_RE.fullmatch(words[-2][0] + " ") is not None):
            # (s26idrec: "Saat ia mengumumkan ...": a subordinator opening the sentence before the pronoun)
            # (s15fix: "Afterwards he said", "Yesterday she told": a subject pronoun after a capitalised word is
            # no part of a name)
            # (English: "On Monday he said", "in Iowa he said": a time or a place before the pronoun)
            pass  # "Guliyev himself": fall through to a name ("in Winterset, he said" stays the pronoun)
        else:
            return _Speaker(last, "pronoun", "", words[-1][1], words[-1][2])
    chosen: list[tuple[str, int, int]] = []
    if lex.language == "en" and (last in _PASSIVE_ADVERBS or "ly" in last and _ADVERB_RE.search(last)):
        return _Speaker()  # "the agency widely reported to have ...": an adverb ends no noun phrase
    if lex.language == "en" and last.isdigit() and len(last) <= 4 and len(words) >= 2 and _is_cap(words[-2][0]) and \
            doc.body[words[-2][2]:words[-1][1]] == " " and words[-2][0].lower() not in _months_en() and \
            words[-2][0].lower() not in _weekdays_en():
        # s15bbc2: "Number 10 said", "Radio 1 said", "Transport 2000 said": a name that ends in a number
        sp = _phrase_back_np(doc, lo0, words[-2][2])
        if sp.text and sp.kind == "name" and sp.end == words[-2][2]:
            return _Speaker(doc.body[sp.start:words[-1][2]], "name", sp.role, sp.start, words[-1][2], sp.phrase_start)
        return _Speaker()
    if not _is_cap(last) and last.lower() not in lex.roles and not (
            not last.isalpha() and _prefixed_name_en(last)):  # (s20names: "al-Faisal"; s26idrec: Indonesian too)
        # "the magazine said", "the congressional report said": determiner + up to 3 lower-case words
        for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
            if doc.body[words[k][2]:words[k + 1][1]].strip():
                break
            if words[k][0].lower() in lex.determiners and words[k][0].lower() in ("the", "a", "an"):
                if any(_is_cap(w) or w.lower() in _NP_STOP or "'" in w or "’" in w or w in lex.determiners
                       or w in _OBJECT_PRONOUNS for w, _, _ in words[k + 1:]):
                    break  # (a second determiner starts a clause: "By the time those primaries concluded")
                return _Speaker(doc.body[words[k][1]:words[-1][2]], "role", "", words[k][1], words[-1][2])
        return _Speaker()
    for k in range(len(words) - 1, -1, -1):
        w = words[k][0]
        lw = w.lower()
        gap = doc.body[words[k][2]:words[k + 1][1]].strip() if k < len(words) - 1 else ""
        if gap not in ("", "'s", "’s") and not (gap == "." and _is_cap(w) and (
                len(w) <= 2 or lex.language == "en" and lw in lex.title_first)):
            break  # a gap other than a possessive or an initial's full stop ("Roxana M. Leon") ends the name
        if lw in lex.not_speakers and _is_cap(w):
            break
        ok = (_is_cap(w) and lw not in lex.pronouns) or lw in lex.roles or lw in lex.connectors or lw in lex.determiners or (
            lw in lex.demonstratives and k == len(words) - 1) or w.endswith(("'s", "’s")) or (
            not w.isalpha() and _prefixed_name_en(w))  # (s20names) "Saud al-Faisal" (s26idrec: "Walid al-Moualem")
        if not ok or len(chosen) >= 10:
            break
        chosen.append(words[k])
    chosen.reverse()
    # trim leading connectors (keep determiners), trailing connectors
    while chosen and chosen[0][0].lower() in lex.connectors and chosen[0][0].lower() not in lex.determiners:
        chosen.pop(0)
    if lex.language == "en" and len(chosen) > 1 and chosen[0][0] in ("that", "That") and _is_cap(chosen[1][0]):
        chosen.pop(0)  # "alleging that President Obama wanted ...": a complementizer, not a determiner
    if not chosen:
        return _Speaker()
    kind = _speaker_kind([w for w, _, _ in chosen], lex)
    if not kind:
        return _Speaker()
    if kind == "role" and not any(w.lower() in lex.roles for w, _, _ in chosen) and chosen[0][0].lower() not in lex.determiners:
        return _Speaker()
    if lex.language == "en" and chosen[-1][0].islower() and chosen[-1][0] in lex.roles:
        kind = "role"  # "the former Florida governor": the head is a role noun
        if chosen[0][0].lower() not in lex.determiners:
            chosen = _np_modifiers(doc, words, chosen, lo0)
    elif lex.language == "en" and kind == "name" and (chosen[0][0].islower() and chosen[0][0] in lex.roles or (
            chosen[0][0].lower() in lex.title_first and words.index(chosen[0]) > 0
            and words[words.index(chosen[0]) - 1][0].islower())):
        # '"...," former State policy planning director Anne-Marie Slaughter wrote': the role's modifiers;
        # '..., former President Bill Clinton said': a lower-case modifier before a capitalised title
        chosen = _np_modifiers(doc, words, chosen, lo0)
    text = doc.body[chosen[0][1]:chosen[-1][2]]
    return _Speaker(text, kind, "", chosen[0][1], chosen[-1][2])


#: English hyphenated modifiers before a role noun ("the 71-year-old official", "the long-serving minister").
_HYPHEN_MODIFIER_RE = re.compile(r"(?:\d+|[a-z]+)(?:-[a-z]+)+")
#: English adjective endings of the first of two coordinate adjectives ("the bespectacled, 71-year-old diplomat").
_COORD_ADJ_RE = re.compile(r"^[a-z]{3,}(?:ed|ful|ous|ive|ic|ish|less|able|ible)$")


def _np_modifiers(doc: _Doc, words: list[tuple[str, int, int]], chosen: list[tuple[str, int, int]],
                  lo: int) -> list[tuple[str, int, int]]:
    """English: up to four modifiers before a role noun when they reach back to a determiner and a comma or
    the sentence start: "..., political analysts say", '"...," the former Florida governor said'."""
    lex = doc.lex
    body = doc.body
    i = words.index(chosen[0])
    j = i

    def modifier(k: int) -> bool:
        w, _, e = words[k]
        lw = w.lower()
        return not (body[e:words[k + 1][1]].strip() or not (w.isalpha() or _HYPHEN_MODIFIER_RE.fullmatch(w)) or not (
                w.islower() or _is_cap(w) or w[:1].isdigit()) or
                lw in lex.aux or lw in lex.verbs or lw in lex.after_cues or lw in lex.pronouns or lw in _NP_STOP or
                lw in _PREPOSITIONS["en"] or lw in _SUBJECT_SKIP or lw in lex.clause_markers or
                lw in _NOT_SUBJECT_FIRST or lw.endswith("ly") or lw in lex.not_speakers or lw in _COORD)

    poss = False
    while j > 0 and i - j < 4:
        if not modifier(j - 1):
            pw = words[j - 1][0]
            if pw.lower() in ("one", "another") and (j < i or _is_cap(words[i][0])) and not body[
                    words[j - 1][2]:words[j][1]].strip() and (j == 1 or body[words[j - 2][2]:words[j - 1][1]].strip()):
                j -= 1  # s15np: '"...," one Trump campaign source said', "One leading Karachi broker said": a determiner
                break
            if pw[-2:] in ("'s", "’s") and pw[:-2].replace("-", "").isalpha() and (
                    _is_cap(pw) or j >= 2 and words[j - 2][0].lower() == "the") and not body[words[j - 1][2]:words[j][1]].strip():
                # s15np: a possessive determines the phrase ("..., France's finance minister has said", "the company's
                # top official said"), with the article before a common noun's possessive
                j -= 1
                poss = True
                if j > 0 and words[j - 1][0] in ("the", "The") and not body[words[j - 1][2]:words[j][1]].strip():
                    j -= 1  # ("the company's top official", "the BBC's political editor")
                    pw = ""
                n = 0
                while _is_cap(pw) and j > 0 and n < 3 and _is_cap(words[j - 1][0]) and (
                        g := body[words[j - 1][2]:words[j][1]].strip()) in ("", ".") and (
                        not g or words[j - 1][0].lower() in lex.title_first) and words[j - 1][0].lower() not in \
                        _SUBJECT_SKIP and words[j - 1][0].lower() not in _NOT_SUBJECT_FIRST:
                    j -= 1  # ("Donald Trump's campaign manager", "Mr. Trump's former aide": the whole possessive name)
                    n += 1
                break
            if j < i and j >= 2 and words[j - 1][0] in ("and", "or") and not body[
                    words[j - 1][2]:words[j][1]].strip() and modifier(j - 2) and words[j - 2][0].islower() and \
                    words[j - 2][0] not in lex.determiners and words[j][0].islower():
                j -= 2  # s14subj: "..., current and former officials said": two coordinated modifiers
                continue
            break
        lw = words[j - 1][0].lower()
        j -= 1
        if lw in lex.determiners:
            break
    if i > j >= 2 and words[j][0].lower() not in lex.determiners and body[words[j - 1][2]:words[j][1]].strip() == "," \
            and words[j - 2][0].lower() in ("the", "a", "an") and not body[words[j - 2][2]:words[j - 1][1]].strip() and (
            _COORD_ADJ_RE.search(words[j - 1][0]) or _HYPHEN_MODIFIER_RE.fullmatch(words[j - 1][0])):
        j -= 2  # '"...," the bespectacled, 71-year-old diplomat said': coordinate adjectives split by a comma
    if j == i:
        return chosen
    before = body[lo:words[j][1]].rstrip(" \t\"“”'‘")
    if before and not before.endswith(",") and not (poss and before.isalpha() and before.lower() in _SUBJECT_SKIP):
        return chosen  # (s15np: before a possessive, an opening conjunction counts as the start: "But Sonaptic's ...")
    return words[j:i] + chosen


#: English: a name in apposition after a role noun phrase, closing the clause (", Craig Prater.").
_APPOS_NAME_RE = re.compile(rf",[ \t]+({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,3}})(?=[ \t]*(?:[,.;]|$))")
#: English: a prepositional phrase closing a role noun after the cue, up to the end of the clause or the comma
#: before a name in apposition ("said a former spokesman for the ministry, Oleg Voloshyn.").
_ROLE_PP_RE = re.compile(r"\s(?:at|for|with|of|from)\s(?:the\s)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?[\w'’&-]+"
                         r"(?:\s(?!(?:on|in|at|during|after|before|when|while|whilst|last|this|to|by|as|who)\b)[\w'’&-]+){0,3}"
                         r"(?<!\b[A-Z])(?=\s*(?:[.;]|$)|,[ \t]+[A-Z][a-z])")


def _right_speaker(doc: _Doc, lo: int, hi: int, *, intro: bool = False, definite: bool = False) -> _Speaker:
    """The speaker phrase starting at ``lo`` (after a cue), with an apposition role after a comma."""
    lex = doc.lex
    body = doc.body
    hi = min(hi, lo + 300)
    words = _word_spans(body[lo:hi], lo)
    if not words or body[lo:words[0][1]].strip(" :"):
        return _Speaker()
    first = words[0][0]
    if first.lower() == "oleh" and len(words) > 1:  # passive "disampaikan oleh X"
        words = words[1:]
        first = words[0][0]
    if first.lower() in lex.pronouns:
        return _Speaker(first, "pronoun", "", words[0][1], words[0][2])
    if lex.language == "id" and first.lower() == "pihak" and (m_ph := _ID_PIHAK_AFTER_RE.match(body, words[0][1], hi)):
        # s26idrec: "..., ungkap pihak kepolisian.", "kata pihak sekolah": the side of an institution named by a common
        # noun, closing the sentence (as before a cue: _ID_PIHAK_RE)
        return _Speaker(m_ph.group(1), "role", "", m_ph.start(1), m_ph.end(1))
    if lex.language == "en" and len(words) >= 3 and words[1][0] == "of" and (
            first.lower() in _QUANTIFIERS_EN or first.lower() in _numbers_en()) and \
            not body[words[0][2]:words[2][1]].strip(" \t").replace("of", "", 1).strip():
        # "said one of the officials", "said two of Smith's aides": a part of the group the phrase after "of" names
        inner = _right_speaker(doc, words[2][1], hi)
        if inner.text and inner.start == words[2][1] and not (inner.kind == "name" and not inner.text.endswith(
                ("s", "'s", "’s"))):
            return _Speaker(body[words[0][1]:inner.end], "role", "", words[0][1], inner.end)
    if lex.language == "en" and not intro and len(words) >= 2 and first[-2:] in ("'s", "’s") and _is_cap(first) and \
            words[1][0].islower():
        # "..., said Britain's biggest union.", "..., says Europe's largest carmaker.": a place's or group's
        # possessive before lower-case words ending in an organisation noun
        k = 1
        while k < min(len(words), 5) and words[k][0].islower() and not body[words[k - 1][2]:words[k][1]].strip():
            k += 1
        last = words[k - 1][0]
        if (last in lex.org_words or last in _body_nouns_en() or last in _org_descriptions_en() or last.endswith(
                "maker") or last in _document_sources_en()) and not body[
                words[k - 1][2]:hi].lstrip(" \t")[:1].isalnum() and (cw := _TAIL_WORD_RE.search(
                body, max(0, lo - 20), lo)) is not None and cw.group(1).lower() in lex.verbs:
            return _Speaker(body[words[0][1]:words[k - 1][2]], "role", "", words[0][1], words[k - 1][2])
    chosen: list[tuple[str, int, int]] = []
    if first.lower() in lex.determiners and len(words) > 1 and (not _is_cap(words[1][0]) or lex.language == "en" and (
            "-" in words[1][0] and words[1][0].rsplit("-", 1)[1].islower())):  # ("said a US-based insurance expert")
        # "said a source involved in ..." / "says the campaign": a lowercase noun phrase
        for k, (w, s, e) in enumerate(words[:6]):
            if k > 0 and body[words[k - 1][2]:s].strip():
                break
            if k > 1 and lex.language == "en" and w in _FINITE_AUX and words[k - 1][0].lower() not in _RELATIVES["en"] \
                    and words[k - 1][0].lower() != "that":
                chosen = []  # s17en: "X, which ..., said the measure would hurt small producers": a clause, no speaker
                break
            chosen.append((w, s, e))
            if w.lower() in lex.roles and k > 0 and not (
                    lex.language == "en" and k + 1 < len(words) and words[k + 1][0] in lex.roles
                    and not body[e:words[k + 1][1]].strip()):  # "a chief constable", "the prime minister"
                break
        if lex.language == "en" and not intro and len(chosen) >= 2 and (
                chosen[-1][0] in _document_sources_en() or chosen[-1][0] in lex.org_words
                or chosen[-1][0] in _body_nouns_en()) and all(
                w.islower() for w, _, _ in chosen[1:]) and not body[chosen[-1][2]:hi].lstrip(" \t")[:1].isalnum() and (
                (cw := _TAIL_WORD_RE.search(body, max(0, lo - 20), lo)) is not None and cw.group(1).lower() in lex.verbs):
            # "..., said the report.", "..., says a new survey, ...": a document quoted as a source
            return _Speaker(body[chosen[0][1]:chosen[-1][2]], "role", "", chosen[0][1], chosen[-1][2])
        if chosen and any(w.lower() in lex.roles for w, _, _ in chosen):
            end = chosen[-1][2]
            if lex.language == "en":
                # "said a spokeswoman for the agency.": the prepositional phrase up to the clause's end
                m = _ROLE_PP_RE.match(body, end, hi)
                if m:
                    end = m.end()
                # "said the festival's executive director, Craig Prater.": the name in apposition
                m = _APPOS_NAME_RE.match(body, end, hi)
                if m and not any(w.lower().rstrip(".") in lex.roles or w.lower() in lex.not_speakers
                                 for w in m.group(1).split()):
                    return _Speaker(m.group(1), "name", body[chosen[0][1]:end], m.start(1), m.end(1), chosen[0][1])
                if m and (aw := m.group(1).split())[-1].lower() not in lex.roles and len(aw) >= 3:
                    # "said the chairman of the committee, Labour MP Barry Sheerman.": role words before the name
                    j = max(i for i, w in enumerate(aw) if w.lower().rstrip(".") in lex.roles or w.lower() in
                            lex.not_speakers) if any(w.lower().rstrip(".") in lex.roles for w in aw) else -1
                    if 0 <= j <= len(aw) - 3 and not any(w.lower() in lex.not_speakers for w in aw[j + 1:]):
                        ns = m.end(1) - len(" ".join(aw[j + 1:]))
                        if body[ns:m.end(1)] == " ".join(aw[j + 1:]):
                            return _Speaker(body[ns:m.end(1)], "name", body[chosen[0][1]:end], ns, m.end(1), chosen[0][1])
            return _Speaker(body[chosen[0][1]:end], "role", "", chosen[0][1], end)
        if lex.language == "en" and len(words) >= 4 and words[1][0] in _PLURAL_QUANTITIES and words[2][0] == "of" \
                and _is_cap(words[3][0]) and words[3][0].endswith("s") and not any(
                    c in body[words[0][2]:words[3][1]] for c in ",.;:\n"):
            # "said a handful of Democrats": a quantity of a capitalised group
            return _Speaker(body[words[0][1]:words[3][2]], "role", "", words[0][1], words[3][2])
        chosen = []
    prefix = _premodifiers(doc, words) if lex.language == "en" else 0
    chosen = list(words[:prefix])
    run_ks: set[int] = set()
    paren_k = -1
    for k, (w, s, e) in enumerate(words):
        if k < prefix:
            continue
        lw = w.lower()
        gap = body[words[k - 1][2]:s].strip() if k > 0 else ""
        if gap == "(" and lex.language == "id" and chosen and body[e:e + 2] == ") " and k + 1 < len(words) and \
                words[k + 1][1] == e + 2 and _is_cap(words[k + 1][0]) and w[:1].isupper() and w.isalpha() and \
                any(c.isupper() for c in w[1:]) and words[k + 1][0].lower() not in lex.not_speakers:
            # (s20id) "kata Plh Kepala Pelaksana Badan Penanggulangan Bencana Aceh (BPBA) Abd Aziz", "ujar Direktur
            # Jenderal Anggaran (DJA) Kementerian Keuangan Luky Alfirman": an acronym in brackets inside the role
            # goes on to the holder's name
            paren_k = k
            continue
        if gap == ")" and k - 1 == paren_k:
            gap = ""
        if gap not in ("", "'s", "’s", "."):
            break
        if gap == "." and lex.language == "en" and len(words[k - 1][0]) > 2 and (words[k - 1][0].lower(
                ) not in lex.title_first or len(words[k - 1][0]) > 5):
            # "said race director David Bedford. Gebrselassie ...": a full stop ends the sentence (s15np: after a
            # title word too long to be abbreviated: "said the WSIS spokesman. Under ...", not "Gov. Chris Christie")
            break
        if lw in lex.not_speakers and _is_cap(w):
            break
        ok = (_is_cap(w) and lw not in lex.pronouns) or lw in lex.roles or lw in lex.connectors or lw in lex.determiners or (
            lw in lex.demonstratives and k > 0) or (
            lw == "pada" and lex.language == "id" and chosen and _id_office_pada(chosen, words[k + 1:k + 2], lex)) or (
            # "said Sun's chief operating officer Jonathan Schwartz": a lower-case word between two role words
            lex.language == "en" and chosen and chosen[-1][0].lower() in lex.roles and w.isalpha() and w.islower()
            and k + 1 < len(words) and words[k + 1][0].lower() in lex.roles and not body[e:words[k + 1][1]].strip()
            and lw not in lex.verbs and lw not in _PREPOSITIONS["en"] and lw not in _COORD)
        if not ok and lex.language == "en" and chosen and w.islower() and (k - 1 in run_ks or _is_cap(
                chosen[-1][0]) and _lower_role_run_en(doc, words, k, chosen, hi)):
            # s15np: "said a GOP leadership aide", "said Kidman's publicist": lower-case words after a capitalised
            # modifier (an acronym, a possessive name) up to the role noun heading the phrase
            ok = True
            run_ks.add(k)
        if not ok or len(chosen) >= 12:
            break
        chosen.append((w, s, e))
    if lex.language == "en" and chosen and not prefix and len(chosen) < len(words):
        fronted = _fronted_name_en(doc, words, chosen)
        if fronted.text:
            return fronted  # "said Spanish teenager Nadal", "according to the UK-based journal Screen Digest"
    while chosen and chosen[-1][0].lower() in lex.connectors | lex.determiners:
        chosen.pop()
    if prefix and len(chosen) > prefix and _is_cap(chosen[-1][0]) and len(chosen) < len(words):
        nxt = words[len(chosen)]
        if not body[chosen[-1][2]:nxt[1]].strip() and nxt[0].isalpha() and nxt[0].islower() and \
                nxt[0] not in lex.trailers and nxt[0] not in _PREPOSITIONS["en"] and nxt[0] not in lex.that_words \
                and nxt[0] not in lex.aux and nxt[0] not in lex.verbs and nxt[0] not in lex.after_cues \
                and not nxt[0].endswith("ed") and nxt[0] not in lex.relatives:  # ("several Democrats who ...")
            chosen = []  # "according to some Indian firms": the capitalised words modify a noun we cannot read
    if prefix and len(chosen) <= prefix:
        chosen = []
    if not chosen:
        return _id_definite(doc, words) if definite else _Speaker()
    if definite and lex.language == "id" and len(chosen) < len(words) and chosen[-1][0].islower() and (
            d := _id_definite(doc, words)).text and d.end > chosen[-1][2]:
        return d  # (s17id) "kata pelatih berusia 52 tahun itu": a role word opening a longer definite description
    kind = _speaker_kind([w for w, _, _ in chosen], lex)
    if not kind:
        return _Speaker()
    if (prefix or lex.language == "en" and kind == "name" and (chosen[-1][0] in lex.roles or len(chosen) - 1 in run_ks)
            ) and chosen[-1][0].islower():
        kind = "role"  # "one unaligned Florida Republican strategist": the head is a role noun
    sp = _Speaker(body[chosen[0][1]:chosen[-1][2]], kind, "", chosen[0][1], chosen[-1][2])
    if lex.language == "en" and body[sp.end:sp.end + 5] == " and " and (
            m_oth := _AND_OTHERS_RE.match(body, sp.end, hi)) is not None:
        # "said Doyle and others,", "said Doyle and other Democrats.": the name and the group around it
        return _Speaker(body[sp.start:m_oth.end(1)], kind, "", sp.start, m_oth.end(1))
    # apposition after a comma: "said John Smith, the party's spokesman" / "kata Kepala X, Budi Santoso"
    after = chosen[-1][2]
    stop = len(body) if hi <= 0 else hi
    comma_at = -1
    if body[after:after + 2].startswith(","):
        comma_at = after
    elif kind == "role" or (lex.language == "id" and body[after + 1:after + 2] in _ID_RUN_BREAKS
                            and body[after:after + 1] == " " and chosen[0][0].lower() in lex.roles | lex.title_first):
        # "pengamat otomotif dari Institut Teknologi Bandung, Yannes Pasaribu": modifiers up to a comma;
        # "Kepala SMA Negeri 16 Palembang, Ema ...", "Kepala Dinas Kesehatan (Dinkes) Seram Bagian Barat, ..."
        m = _ROLE_MODIFIERS_RE.match(body[after:stop])
        if m and _TRAILER_RE.search(m.group()):
            m = None
        if m:
            comma_at = after + m.end() - 1
    if comma_at >= 0:
        seg_end = comma_at + 1
        m = _APPOS_STOP_RE.search(body[seg_end:stop])
        while lex.language == "id" and m is not None and m.group() == "." and body[
                seg_end + m.end():seg_end + m.end() + 1] == " " and body[
                max(body.rfind(" ", seg_end, seg_end + m.start()), seg_end - 1) + 1:seg_end + m.start()].lower(
                ) in _id_name_titles():
            # (s20id) "menurut pakar hukum pidana Universitas Andalas, Prof. Rika Amelia Putri, ...": the full stop
            # of a title before the apposed name ends no apposition
            m = _APPOS_STOP_RE.search(body[seg_end:stop], m.end())
        seg_stop = seg_end + (m.start() if m else len(body[seg_end:stop]))
        seg_words = _word_spans(body[seg_end:seg_stop], seg_end)
        if lex.language == "id" and not intro and len(seg_words) > 2:
            # "..., Gariman Kurniawan dilansir detikSulsel": the name ends at the first lower-case word
            k = next((i for i, (w, _, _) in enumerate(seg_words) if not _is_cap(w)), len(seg_words))
            if 2 <= k < len(seg_words):
                seg_words = seg_words[:k]
                seg_stop = seg_words[-1][2]
        if seg_words and len(seg_words) <= 14:
            seg_text = body[seg_words[0][1]:seg_words[-1][2]]
            ws = [w for w, _, _ in seg_words]
            if lex.language == "id" and len(ws) >= 3 and ws[0].lower().rstrip(".") in lex.title_first:
                # "kata Kapolres Boyolali, AKBP Rosyid Hartanto, ...": a rank or title opens the apposed name
                tw, rest = _split_title(ws, lex)
                if tw and len(rest) >= 2 and all(_is_cap(w) and not _is_acronym(w) and w.lower() not in lex.roles
                                                 for w in rest):
                    k = len(tw)
                    # (a rank joins the role; s20id: a title abbreviated with a full stop, "Prof.", "dr.", does not)
                    rank = " ".join(w for w, _, e in seg_words[:k] if body[e:e + 1] != ".")
                    role = (body[chosen[0][1]:comma_at].strip() + " " + rank).strip()
                    return _Speaker(body[seg_words[k][1]:seg_words[-1][2]], "name", role, seg_words[k][1],
                                    seg_words[-1][2])
            name_like = (len(ws) <= 5 and all(_is_cap(w) and w.lower() not in lex.not_speakers
                                               and w.lower() not in lex.roles and not any(c.isdigit() for c in w)
                                               for w in ws) and not all(_is_acronym(w) for w in ws)
                         and not (lex.language == "en" and _PARTY_RE.match(seg_text)))  # "said Rubio, R-Fla."
            w0 = chosen[0][0].lower().rstrip(".")
            starts_role = w0 in lex.roles or w0 in lex.title_first or w0 in lex.determiners
            if (kind == "role" or starts_role) and name_like and not (intro and body[seg_stop:seg_stop + 1] != ","):
                return _Speaker(seg_text, "name", body[chosen[0][1]:comma_at].strip(), seg_words[0][1], seg_words[-1][2])
            first_low = ws[0].lower()
            closed = body[seg_stop:seg_stop + 1] == ","
            if intro and not closed:
                return sp  # "Menurut X, content": the comma ends the speaker, not an apposition
            if any(w.lower() in lex.verbs or w.lower() in lex.after_cues for w in ws):
                return sp
            if kind == "name" and comma_at == after and first_low not in lex.relatives and not (
                    lex.language == "id" and _ID_SOURCE_NOTE_RE.match(first_low) and first_low not in lex.roles) and (
                    not _is_cap(ws[0]) or first_low in lex.roles
                                                         or first_low in lex.determiners or first_low in lex.title_first) \
                    and not (lex.language == "id" and not _is_cap(ws[0]) and not _id_appos_description(ws, lex)):
                # (s25audit: not the content after "Menurut Yannes, kegagalan mobil nasional selalu ...,")
                sp.role = lex.relative_split_re.split(seg_text)[0] if lex.language == "en" else seg_text
    return sp


@lru_cache(maxsize=64)
def _en_words(name: str) -> frozenset[str]:
    """The entries of the English lexicon ``name`` (one per line), lower case: the one loader behind the
    single-list sets below."""
    return frozenset(w.strip().lower() for w in load_list_or_empty(name, "en") if w.strip())


@lru_cache(maxsize=1)
def _place_names_en() -> frozenset[str]:
    """English country, state and city names (lexicon ``place_names``), lower case."""
    return _en_words("place_names")


@lru_cache(maxsize=1)
def _work_nouns_en() -> frozenset[str]:
    """English nouns of works ("film", "album": lexicon ``work_nouns``), lower case."""
    return _en_words("work_nouns")


def _front_modifier_en(word: str, lex: _Lex) -> bool:
    """English: ``word`` can stand in front of a role noun and a name without being a name: a determiner,
    nationality or party word, place, role, acronym ("UK", "BBC") or hyphenated adjective ("UK-based")."""
    return _front_modifier_cached(word, lex.language)


@lru_cache(maxsize=65536)
def _front_modifier_cached(word: str, language: str) -> bool:
    lex = _lexicon(language)
    lw = word.lower()
    return (lw in lex.determiners or lw in _name_fronts_en() or lw in _place_names_en() or lw in lex.roles
            or "-" in word or _is_acronym(word))


def _fronted_name_en(doc: _Doc, words: list[tuple[str, int, int]], chosen: list[tuple[str, int, int]], *,
                     hyphen: bool = False) -> _Speaker:
    """English: after a cue, modifiers ("Spanish", "Florida state", "the UK-based"), one to three lower-case
    nouns and then a capitalised name ("teenager Nadal", "archivist Jody Norman", "journal Screen Digest"):
    the name is the speaker and the words before it its role; an empty speaker otherwise. With ``hyphen``,
    a hyphenated noun too ("co-chairman")."""
    lex = doc.lex
    body = doc.body
    if not all(_front_modifier_en(w, lex) for w, _, _ in chosen) or all(
            w.lower() in lex.determiners for w, _, _ in chosen):
        return _Speaker()
    k = len(chosen)
    j = k
    while j < len(words) and j - k < 3 and not body[words[j - 1][2]:words[j][1]].strip():
        w = words[j][0]
        if not ((w.replace("-", "") if hyphen else w).isalpha() and w.islower()) or w in _PREPOSITIONS["en"] or w in lex.verbs or w in lex.aux \
                or w in lex.after_cues or w in lex.that_words or w in lex.connectors or w in lex.determiners \
                or w in lex.trailers or w in lex.relatives or w.endswith(("ly", "ing", "ed")) \
                or w in _work_nouns_en():
            break  # (not "French film A Very Long Engagement")
        j += 1
    if j == k or j >= len(words) or body[words[j - 1][2]:words[j][1]].strip():
        return _Speaker()
    last = words[j - 1][0]
    if last.endswith("s") and not last.endswith("ss"):
        return _Speaker()  # "Greek sprinters Kostas Kenteris and ...": a plural head ("trades union official": no)
    n = j
    while n < len(words) and n - j < 4 and (n == j or not body[words[n - 1][2]:words[n][1]].strip()):
        w = words[n][0]
        if not _is_cap(w) or w.lower() in lex.pronouns or w.lower() in lex.roles or w.lower() in lex.not_speakers \
                or _time_name_en(w):
            break
        n += 1
    if n == j or n < len(words) and words[n][0].lower() in lex.roles and not body[words[n - 1][2]:words[n][1]].strip():
        return _Speaker()  # ("Tory frontbencher Andrew Tyrie MP demanded": a role after the name, left as it was)
    role = body[chosen[0][1]:words[j - 1][2]]
    return _Speaker(body[words[j][1]:words[n - 1][2]], "name", _strip_det(role, lex), words[j][1], words[n - 1][2],
                    chosen[0][1])


#: English adjectives between "the" and a person's name ("the younger Mr. Trump", "the elder Bush").
_NAME_PREMODIFIERS = frozenset({"younger", "elder", "embattled", "outgoing", "incoming"})


def _lower_role_run_en(doc: _Doc, words: list[tuple[str, int, int]], k: int, chosen: list[tuple[str, int, int]],
                       hi: int) -> bool:
    """English: whether words[k] opens a run of at most four lower-case words (no gap, no function word or verb)
    whose last is a role noun heading the phrase: "leadership aide" in "said a GOP leadership aide.", "top foreign
    policy adviser" in "said Clinton's top foreign policy adviser, X"; the phrase opens with a determiner or holds a
    possessive, or the role ends the clause or a name follows it ("said Oxfam senior policy adviser Max Lawson"),
    not "Donald Trump met donors in New York". A head outside the role lexicon counts when it ends the clause after
    a determiner ("said the Gloucester fly-half.", "said an SFA statement.") or is one word before a name that
    ends the clause ("said Wales physio Mark Davies.")."""
    lex = doc.lex
    body = doc.body
    w0 = chosen[0][0].lower()
    det = w0 in lex.determiners or w0 in _QUANTIFIERS_EN or w0 in _numbers_en() or any(
        c[0].endswith(("'s", "’s")) for c in chosen)
    for j in range(k, min(k + 4, len(words))):
        w = words[j][0]
        if j > k and body[words[j - 1][2]:words[j][1]].strip() or not w.replace("-", "").isalpha() or not w.islower():
            return False
        if det and w in _document_sources_en() and not body[words[j][2]:hi].lstrip(" \t")[:1].isalnum():
            return True  # "says a World Bank report.": a document noun (some are verbs too) closing the phrase
        if w in lex.verbs or w in _PREPOSITIONS["en"] or w in _COORD or w in lex.determiners or w in lex.aux or \
                w in lex.that_words or w in lex.pronouns or w in lex.relatives or w in lex.after_cues or \
                w in lex.trailers or w in lex.connectors or w in _COPULAS or w in _QUANTIFIERS_EN or \
                w in _numbers_en() or w.endswith(("ly", "ed")) or w in _irregular_past_en():
            return False  # ("Mr Jolin tipped another contender": a verb)
        rest = body[words[j][2]:hi].lstrip(" \t")
        if w in lex.roles:
            return det or not rest or rest[0] in ",.;:)" or _is_cap(rest.split(None, 1)[0])
        if j - k < 2 and w not in _INVERTED_DEF_NOT and not w.endswith("s"):
            if det and (not rest or rest[0] in ",.;"):
                return True
            if not det and j == k and (m := _CAP_NAME_END_RE.match(body, words[j][2], hi)) is not None and \
                    not any(x.lower() in lex.not_speakers for x in m.group(1).split()):
                return True
    return False


#: English: a name of two or three capitalised words closing the clause ("physio Mark Davies.").
_CAP_NAME_END_RE = re.compile(r"[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?=[ \t]*(?:[,.;]|$))")


def _premodifiers(doc: _Doc, words: list[tuple[str, int, int]]) -> int:
    """English: the number of lower-case words (at most four) opening a speaker phrase after a cue
    before its capitalised words or role noun: "said former Rep. George Miller", "said conservative
    activist Bob Klaus", "said another Twitter user, Johanna Bayer"; 0 when none or no head follows."""
    lex = doc.lex
    body = doc.body
    k = 0
    while k < len(words) and k < 4:
        w = words[k][0]
        lw = w.lower()
        if k and body[words[k - 1][2]:words[k][1]].strip():
            return 0
        if k == 0 and lw == "the" and len(words) > 2 and words[1][0] in _NAME_PREMODIFIERS:
            k += 1  # "said the younger Mr. Trump", "said the elder Bush"
            continue
        # (a hyphenated compound counts: "said 62-year-old Brenda Johnson", "said two-term Gov. Jay Nixon")
        if not (w.isalpha() or "-" in w and w.replace("-", "").isalnum()) or not w.islower() or lw in lex.roles \
                or lw in lex.determiners or lw in lex.trailers \
                or lw in _PREPOSITIONS["en"] or lw in lex.aux or lw in lex.verbs or lw in lex.after_cues \
                or lw in lex.pronouns or lw in lex.that_words or lw in lex.clause_markers or lw in _NOT_SUBJECT_FIRST \
                or lw in lex.not_speakers or lw in _COORD or lw in lex.object_words or lw.endswith("ly"):
            break
        k += 1
    if not k or k >= len(words) or body[words[k - 1][2]:words[k][1]].strip():
        return 0
    w = words[k][0]
    return k if (_is_cap(w) and w.lower() not in lex.pronouns and w.lower() not in lex.not_speakers) or \
        w.lower() in lex.roles else 0


def _id_definite(doc: _Doc, words: list[tuple[str, int, int]]) -> _Speaker:
    """A lower-case definite noun phrase after a cue, closed by a demonstrative: "bunyi surat edaran
    itu", "kata sumber tersebut", "ujar pria itu" (Indonesian role anaphora); an empty speaker otherwise."""
    lex = doc.lex
    body = doc.body
    for k, (w, _, e) in enumerate(words[:5]):
        lw = w.lower()
        if k and body[words[k - 1][2]:words[k][1]].strip():
            break
        if lw in lex.demonstratives:
            if k == 0:
                break
            return _Speaker(body[words[0][1]:e], "role", "", words[0][1], e)
        if w.isdigit() and k and k + 1 < len(words) and words[k + 1][0] == "tahun":
            continue  # (s17id) "kata pelatih berusia 52 tahun itu": an age inside the description
        if not w.isalpha() or not w.islower() or lw in lex.verbs or lw in lex.after_cues or lw in lex.aux \
                or lw in lex.trailers or lw in lex.pronouns or lw in lex.not_speakers:
            break
    return _Speaker()


# ---- names, titles, roles -------------------------------------------------------------------------
def _split_title(words: list[str], lex: _Lex) -> tuple[list[str], list[str]]:
    """(title words, rest) stripping leading determiners and titles (repeatedly)."""
    title: list[str] = []
    rest = list(words)
    changed = True
    while changed and rest:
        changed = False
        first = rest[0].lower()
        if first in lex.determiners:
            rest = rest[1:]
            changed = True
            continue
        candidates = lex.titles_by_first.get(first.rstrip("."), ())
        if not candidates:
            break
        low = [w.lower().rstrip(".") for w in rest[:len(candidates[0])]]
        for t in candidates:
            if tuple(low[: len(t)]) == t and len(rest) > len(t):
                title += rest[: len(t)]
                rest = rest[len(t):]
                changed = True
                break
    return title, rest


@lru_cache(maxsize=100_000)
def _canonical_cached(text: str, language: str, known_short: frozenset[str],
                      not_names: frozenset[str] = frozenset()) -> tuple[str, str]:
    name, role = _canonical(text, _lexicon(language), known_short, not_names)
    if language == "en" and role.endswith(" in") and (
            m := _GROUP_IN_PLACE_EN_RE.fullmatch(text)) and m.group(2) == name and m.group(1).endswith("s"):
        # "Some web users in Canada", "traders in Asia": the people of a place, not the place (not "a statement
        # from Chelsea": Chelsea speaks)
        lex = _lexicon(language)
        words = m.group(1).split()
        while len(words) > 1 and (words[0].lower() in lex.determiners or words[0].lower() in _QUANTIFIERS_EN):
            words = words[1:]
        return " ".join(words), text
    if language == "en" and role and (" in " in text or " at " in text or " from " in text) and (
            m := _ROLE_AT_PLACE_EN_RE.fullmatch(text)) and name in m.group(3) and "'s" not in m.group(3) and \
            "’s" not in m.group(3) and not m.group(2).startswith("spokes"):
        lex = _lexicon(language)
        words = m.group(1).split()
        if (words[0].lower() in lex.determiners or words[0].lower() in _QUANTIFIERS_EN or len(words) == 1) and \
                m.group(2).lower() in lex.roles and all(w.islower() for w in words[1:]):
            # "an official in Brussels", "a diplomat at the UN", "economists at PwC": a role or group
            # placed by in/at/from stays the speaker, no person (a spokesman speaks for the organisation)
            if words[0].lower() in lex.determiners and len(words) > 1:
                text = text.split(None, 1)[1]
            return text, text
    if language == "en" and role and " " in text:
        words = text.split()
        if words[0] in ("the", "The"):
            words = words[1:]
        lex = _lexicon("en")
        if len(words) > len(name.split()) >= 1 and len(words[0]) > 1 and not words[0].endswith(("'s", "’s")) and \
                words[-1].lower() in _org_heads_en() and \
                words[0].lower() not in lex.roles and (words[0].lower() not in lex.title_first or _is_acronym(
                    words[0])) and all(_is_cap(w) or w in _ORG_NAME_JOINERS_EN for w in words):
            # "Borders Council", "PC Pro Magazine", "The Guinness Book of Records": an organisation's name is
            # whole (no title, place nor "of" phrase cut off it; not "Dr Jeremy Philpott of the UK Patent Office")
            return " ".join(words), ""
    return name, role


#: English small words inside an organisation's name ("Office for National Statistics", "Oil & Natural Gas Corp").
_ORG_NAME_JOINERS_EN = frozenset({"of", "for", "and", "the", "&"})


@lru_cache(maxsize=1)
def _org_heads_en() -> frozenset[str]:
    """English nouns that end an organisation's name ("Council", "Trust", "Magazine")."""
    return _lexicon("en").org_words | _en_words("non_person_heads")


#: English: determiner, lower-case role words, then in/at/from + a place or organisation ("an official in Brussels":
#: words up to the role, the role, the place).
_ROLE_AT_PLACE_EN_RE = re.compile(
    r"((?:[\w'’-]+[ \t]+){0,3}([\w'’-]+))[ \t]+(?:in|at|from)[ \t]+((?:the[ \t]+)?[A-Z][\w'’&. -]*)")


#: English: a group of people "in" a capitalised place ("Policy makers in Europe": head, place).
_GROUP_IN_PLACE_EN_RE = re.compile(r"((?:[\w'’-]+[ \t]+)*[a-z][\w'’-]*)[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z][\w'’ -]*)")


#: English short lower-case tails of a capitalised compound adjective or role ("Trouble-hit", "Fly-half").
_COMPOUND_TAILS_EN = frozenset({"hit", "half", "born", "led", "run", "old", "made", "back"})
#: English prefixes of a hyphenated office ("Vice-President", "Under-Secretary", "Co-founder").
_OFFICE_PREFIXES_EN = frozenset({"vice", "under", "deputy", "co", "ex", "assistant", "joint"})


@lru_cache(maxsize=200_000)
def _nameish(w: str, language: str) -> bool:
    """A word that can be part of a person's name (capitalised, not a role, title, place, pronoun ...)."""
    lex = _lexicon(language)
    lw = w.lower().rstrip(".")
    if language == "en" and w[:1].islower() and _prefixed_name_en(w):
        return True  # (s20names) "al-Faisal", "el-Erian", "d'Estaing": a surname behind a lower-case prefix
    if language == "en" and "-" in w[1:-1] and (
            (tail := w.rsplit("-", 1)[1])[:1].islower() and (len(tail) >= 5 or tail in _COMPOUND_TAILS_EN)
            or w.split("-", 1)[0].lower() in _OFFICE_PREFIXES_EN and tail.lower() in lex.roles):
        # (s17spk) "Film-maker Spike Lee", "Paris-based Euronext", "Fly-half Charlie Hodgson", "Vice-President Dick
        # Cheney": a compound adjective or role, no name word (not "Chung Mong-koo", "Magnus McEwen-King")
        return False
    return (_is_cap(w) and lw not in lex.roles and lw not in lex.title_first and lw not in lex.connectors
            and not _is_acronym(w) and not w.endswith(("'s", "’s")) and lw not in lex.pronouns
            and lw not in lex.demonstratives and lw not in lex.determiners and not _ROMAN_RE.fullmatch(w)
            and lw not in lex.places and lw not in lex.org_words
            and not (language == "id" and _ID_NOMINAL_RE.fullmatch(lw)))


@lru_cache(maxsize=1)
def _name_particles_en() -> frozenset[str]:
    """English: lower-case particles inside personal names (lexicon ``name_particles``: "van", "von", "de", "bin")."""
    return _en_words("name_particles")


@lru_cache(maxsize=1)
def _name_prefixes_en() -> frozenset[str]:
    """English: lower-case prefixes joined to a surname (lexicon ``name_prefixes``: "al", "el", "d")."""
    return _en_words("name_prefixes")


def _prefixed_name_en(w: str) -> bool:
    """English: a lower-case prefix joined by a hyphen or an apostrophe to a capitalised surname ("al-Faisal",
    "el-Erian", "d'Estaing")."""
    for sep in "-'’":
        head, found, tail = w.partition(sep)
        if found and len(head) <= 3 and tail[:1].isupper() and head in _name_prefixes_en():
            return True
    return False


def _canonical(text: str, lex: _Lex, known_short: set[str] | frozenset[str],
               not_names: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(name, role) from a speaker phrase: ``Presiden Recep Tayyip Erdoğan`` -> (``Recep Tayyip
    Erdoğan``, ``Presiden``); ``Menteri Dalam Negeri Tito Karnavian`` -> (``Tito Karnavian``, ...)
    when ``Tito`` is used alone elsewhere in the article (``known_short``: folded one-word names).
    ``not_names``: words the article defines as an organisation's short form ("Kemenhub")."""
    words = [w.strip(",()") for w in _SPACES_RE.split(text.strip()) if w.strip(",()")]
    while words and words[-1].lower().rstrip(".") in lex.suffixes:
        words = words[:-1]
    if not words:
        return text.strip(), ""
    language = lex.language

    def nameish(w: str) -> bool:
        return _nameish(w, language)

    # the word right after an organisation word belongs to the organisation ("Kementerian Keuangan")
    org_cont = {k + 1 for k, w in enumerate(words[:-1]) if w.lower() in lex.org_words and not _is_acronym(w)}
    plain = nameish
    ok = [plain(w) and k not in org_cont and not (w in not_names and len(words) > 1) for k, w in enumerate(words)]
    particles = _name_particles_en() if language == "en" else frozenset()
    if particles and len(words) > 1 and not particles.isdisjoint(words):
        for k in range(len(words) - 2, -1, -1):
            if words[k] in particles and ok[k + 1]:
                ok[k] = True  # (s20names) "Ruud van Nistelrooy", "Ursula von der Leyen", "Mr de Villepin"
    if language == "en" and len(words) > 1 and "." in text:
        for k in range(len(words) - 1):
            if not ok[k] and ok[k + 1] and (k == 0 or ok[k - 1]) and _GLUED_INITIALS_RE.fullmatch(words[k]):
                ok[k] = True  # (s20names) "George H.W. Bush", "A.R. Rahman": initials written without spaces
    if language == "id":
        _id_portfolio_words(words, ok)
        for k in range(1, len(words) - 1):
            if ok[k - 1] and ok[k + 1] and words[k].lower() in _ID_NAME_TITLES:
                ok[k] = True  # "Anggota Komisi VII DPR RI Bane Raja Manalu": a title word inside a name
    j = len(words) - 2 if language == "en" and len(words) > 1 and words[-1].rstrip(".") in _JUNIOR else len(words) - 1
    if language == "en" and _surname_title(words[j]) and (
            j == 0 or ok[j - 1] or words[j - 1].endswith(".") and words[j - 1][:-1].lower() in lex.title_first):
        ok[j] = True  # "Rep. Peter King", "Larry King": an English title never follows its holder's name
        # (nor a generational suffix: "Martin Luther King Jr.")
    if language == "en" and "The" in words:
        # "George Zornick of The Nation": a name, then of/from + an organisation that opens with "The"
        for k in range(len(words) - 3, 0, -1):
            if words[k].lower() in ("of", "from") and words[k + 1] == "The" and ok[k - 1]:
                words = words[:k]
                ok = ok[:k]
                break

    # evidence from the article: a word used alone as a name elsewhere marks the name's run
    hit = next((k for k, w in enumerate(words) if _fw(w) in known_short and plain(w)), -1)
    if hit >= 0 and language == "en" and ok[-1] and hit < len(words) - 2:
        end = hit + 1
        while end < len(words) and ok[end]:
            end += 1
        if end < len(words) and words[end][:1].islower() and words[end] not in _NAME_JOINERS_EN and not any(
                w in _AFFILIATION_PREPS_EN or w in _NAME_JOINERS_EN and w != "and" for w in words[end:]):
            hit = -1  # "Yukos spokesman Mike Lake", "Birmingham manager Steve Bruce": an organisation or place
            # said alone elsewhere, then the role and the person holding it, named last
    if hit >= 0:
        start, end = hit, hit + 1
        while end < len(words) and ok[end] and end - start < 4:
            end += 1
        if lex.language == "en" and end - start == 1 and start > 0 and ok[start - 1]:
            start -= 1  # a surname used alone: keep the first name
            if start > 0 and ok[start - 1] and _GLUED_INITIALS_RE.fullmatch(words[start]):
                start -= 1  # (s20names) "George H.W. Bush": the first name before the initials
    else:
        if words[-1].lower() in lex.demonstratives:  # "Menteri itu": a role
            return " ".join(words), " ".join(words)
        end = len(words)
        # "Senator Ted Cruz of Texas": a name, then of/from + place
        for k in range(len(words) - 2, 0, -1):
            if words[k].lower() in ("of", "from", "dari") and ok[k - 1] and all(ok[k + 1:]):
                end = k
                break
        start = end
        while start > 0 and ok[start - 1]:
            start -= 1
        if start == end:
            return " ".join(words), " ".join(words)
        # (s20names) particles ("van", "Al") and initials ("K.", "H.W.") do not count as words of a long name
        minor = [bool(particles) and (w.lower() in particles or w[-1:] == "." and w[:1].isupper() and (
            len(w) == 2 or _GLUED_INITIALS_RE.fullmatch(w) is not None)) for w in words] if end - start > 3 else []
        core = end - start - sum(minor[start:end])
        if core > 3 and start > 0 and not _is_acronym(words[start - 1]):
            start, n = end, 0  # the last two words (s20names: with the particles among them, "Lula da Silva")
            while n < 2:
                start -= 1
                n += not minor[start]
        elif core > 4:
            start = end - 3
    if language == "en" and end - start > 2:
        fronts = _name_fronts_en()
        while end - start > 2 and words[start].lower() in fronts and _person_ref_cached(" ".join(words[start + 1:end])):
            start += 1  # "Lib Dems David Laws", "Democrat Hillary Clinton", "American Serena Williams"
    name = " ".join(words[start:end]).strip(".,")
    if language == "en" and 1 < start and words[start - 1].lower() in _PEER_HONORIFICS:
        start -= 1  # "Lord Chancellor Lord Falconer": the role is "Lord Chancellor", not "... Lord"
    if language == "en" and start and end == len(words) and (words[start - 1] == "and" or start >= 3 and words[
            start - 2:start] == ["and", "the"]) and all(_is_cap(w) or w in ("and", "the") for w in words[:start]) and (
            words[0] in ("the", "The") or start >= 3 and end - start >= 2 or words[start - 1] == "the"):
        # (s17bbc5) "The Conservatives and Lib Dems", "Tony Blair and Ruth Kelly", "Labour and the Tories": the group
        # speaks, not its last member (whose role was "The Conservatives and"); not "... at Old Trafford and
        # Ancelotti said", a clause before the subject that the phrase ran into
        return " ".join(words[1:] if words[0] in ("the", "The") else words).strip(".,"), ""
    role = " ".join(words[:start] + words[end:])
    if language == "en" and role in ("the", "The"):
        role = ""  # (s17bbc5) "The Tories", "the Financial Times": a determiner is no role
    return name, role


@lru_cache(maxsize=1)
def _name_fronts_en() -> frozenset[str]:
    """English party and nationality words written in front of a name, never part of it (lexicons
    ``affiliations`` and ``demonyms``)."""
    return frozenset(w.strip().lower() for name in ("affiliations", "demonyms")
                     for w in load_list_or_empty(name, "en") if w.strip())


#: Indonesian: a passive of citing or meeting that opens a writer's note after the speaker's name ("kata Siti,
#: dilansir Antara, Selasa", "dikutip dari keterangan tertulis", "dikonfirmasi detikJateng"): no role.
#: Also any di-...-kan/-i passive ("diisukan melatih ...", "ditemui"), and "dikenal sebagai ...": a predicate.
_ID_SOURCE_NOTE_RE = re.compile(r"di(?:lansir|kutip|konfirmasi|kenal|tulis)|di(?!reksi)[a-z]{3,}(?:kan|i)$")


def _id_office_pada(chosen: list, nxt: list, lex: _Lex) -> bool:
    """Indonesian: "pada" inside an office after a cue ("kata Kabid Hubungan Media dan Kehumasan pada
    Puspenkum Kejagung RI Irwan Datuiding"): the office opens with a role or title and a capitalised word
    that is no weekday or month follows (not "kata Kabid Humas pada Senin")."""
    w0 = chosen[0][0].lower()
    if not nxt or not _is_cap(nxt[0][0]) or (w0 not in lex.roles and w0 not in lex.title_first):
        return False
    return nxt[0][0].lower() not in _id_calendar_words()


@lru_cache(maxsize=1)
def _id_calendar_words() -> frozenset[str]:
    """Indonesian weekday and month names (lexicons ``weekdays``, ``months``), lower case."""
    rows = load_list_or_empty("weekdays", "id") + load_list_or_empty("months", "id")
    return frozenset(r.replace("=", " ").split()[0].lower() for r in rows if r.split())


#: Indonesian title words that are also personal names (Batak "Raja", Javanese "Ratu"): part of a name
#: between two name words.
_ID_NAME_TITLES = frozenset({"raja", "ratu", "sultan", "pangeran"})


def _id_portfolio_words(words: list[str], ok: list[bool]) -> None:
    """Indonesian: a portfolio noun after an office title ("Direktur Jenderal Pajak Bimo Wijayanto",
    "Menteri Sosial Saifullah Yusuf") or a ministry's short form ("Sekretaris Jenderal Kemenhub Antoni
    Arief") belongs to the role while no name word has been seen yet (``ok`` updated in place)."""
    portfolios = _id_portfolios()
    for k in range(1 if ok and not ok[0] else len(words), len(words)):
        lw = words[k].lower().rstrip(".")
        if lw in portfolios or lw.startswith("kemen") and len(lw) > 6:
            ok[k] = False
        elif ok[k]:
            return


@lru_cache(maxsize=1)
def _id_portfolios() -> frozenset[str]:
    """Indonesian portfolio and department nouns (lexicon ``portfolios``)."""
    return frozenset(w.lower() for w in load_list_or_empty("portfolios", "id"))


#: English honorifics of peers and knights that stand between an office and a name ("Lord Chancellor Lord
#: Falconer", "Home Secretary Sir John Smith"): no part of the office.
_PEER_HONORIFICS = frozenset({"lord", "lady", "sir", "dame", "baroness", "baron"})


@lru_cache(maxsize=4096)
def _surname_title(word: str) -> bool:
    """English: a capitalised title word that is no role noun ("King", "Major", "Prince", "Justice") and
    can therefore close a name as its surname ("Peter King"); never an abbreviation ("Gen.")."""
    return _is_cap(word) and not word.endswith(".") and not _is_acronym(word) and word.lower() in _title_only_en()


def _titled_surname(doc: _Doc, text: str) -> bool:
    """English: a speaker read as a role that is a surname: a title word after an abbreviated title ("Mr.
    King", "Rep. King") or alone when the article gives a full name ending in it ("King" after "Peter King")."""
    words = text.split()
    if not words or not _surname_title(words[-1]):
        return False
    if len(words) == 2:
        return words[0].endswith(".") and words[0][:-1].lower() in doc.lex.title_first
    return len(words) == 1 and any(full.split()[-1] == text for _, full, _ in _full_names_with(doc, text))


@lru_cache(maxsize=1)
def _title_only_en() -> frozenset[str]:
    """English titles (lexicon ``titles``) of one word that are not in the ``roles`` lexicon."""
    roles = {w.lower() for w in load_list_or_empty("roles", "en")}
    return frozenset(t[0] for t in _lexicon("en").titles if len(t) == 1 and len(t[0]) > 3) - roles


# ---- per-article extraction ------------------------------------------------------------------------
#: Capitalised present-tense cues a title-case headline uses after its speaker ("Trump's Son Says ...").
_HEADLINE_CUES = frozenset({"Says", "Tells", "Warns", "Admits", "Insists", "Argues", "Vows", "Denies", "Explains",
                            "Urges", "Asks", "Adds", "Suggests", "Predicts", "Confirms"})
#: Where a headline may start inside a line: a sentence end, a bracket, a colon, a dash.
_HEAD_START_RE = re.compile(r"[.!?(:;]\s|\s[—–-]+\s")
#: The end of a capitalised word (a headline's word before its capitalised cue).
_HEADLINE_END_RE = re.compile(rf"(?:^|\s)[{_UPPER}][^\s]*$")


@lru_cache(maxsize=1)
def _adjunct_heads_en() -> tuple[frozenset[str], frozenset[str]]:
    """English object pronouns and time nouns (``adjunct_heads`` lexicon): (pronouns, time nouns)."""
    pairs = [line.split("=") for line in load_list_or_empty("adjunct_heads", "en")]
    pron = frozenset(w.strip().lower() for w, *k in pairs if k and k[0].strip() == "pronoun")
    time_ = frozenset(w.strip().lower() for w, *k in pairs if k and k[0].strip() == "time")
    return pron, time_


_DEICTIC = frozenset({"this", "last", "next", "earlier", "later"})
#: Prepositions that open an adverbial after an object pronoun or a time phrase ('it during the debate').
_ADJUNCT_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "from", "with", "via", "since", "until",
                            "through", "over", "across", "near", "outside", "inside"})


#: English: the first words of a time phrase "that [same] night" read as content after "said that" / "told X".
_THAT_TIME_STARTS = ("same ", "very ", "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
                     "weekend", "spring", "summer", "autumn", "winter", "time")
_THAT_TIME_RE = re.compile(r"(?:(?:same|very)\s+)?([a-z]+)\b[ \t]*(,?)[ \t]*([^\W\d_]*)")


def _that_time_start(doc: _Doc, q: _Quote) -> int:
    """English: a content after "that" opening with a time noun ('said that night that he would run', 'told
    reporters that day she was tired', 'announced that week it would cut jobs'): "that" was the
    demonstrative of a time adverbial, and the content starts after it. Returns the new start, 0 when
    nothing is left ('announced that same day, as mentioned above'), or -1 ('said that time was running out':
    a verb follows, "that" opened the clause)."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    if TOKEN_RE.findall(body, max(q.cue_pos, q.start - 12), q.start)[-1:] != ["that"]:
        return -1
    m = _THAT_TIME_RE.match(body, q.start, q.end)
    if m is None or m.group(1) not in _adjunct_heads_en()[1] and m.group(1) != "day":
        return -1
    nxt = m.group(3)
    if m.group(2):
        st = _content_start(body, m.end(2), q.end)
        return 0 if st >= q.end or body.startswith("as ", st) else st
    if not nxt or not (nxt in _SUBJECT_PRONOUNS or nxt.lower() in doc.lex.determiners or _is_cap(nxt)):
        return -1
    st = m.start(3) + 5 if nxt == "that" else m.start(3)
    return _content_start(body, st, q.end) if _min_tokens(3, body, st, q.end) else -1


def _adjunct_only(doc: _Doc, q: _Quote) -> bool:
    """English: an indirect content after its cue that is only an object pronoun or a time phrase and an
    adverbial ('Trump was asked about it during the debate', 'Clinton said this week at an event in
    Wyoming') reports nothing: no clause, no topic."""
    if q.kind != "indirect" or q.cue_pos > q.start or len(q.parts) != 1:
        return False
    first = _FIRST_WORD_RE.match(doc.body, q.start, q.end)
    pron, time_ = _adjunct_heads_en()
    if first is None or first.group().lower() not in pron and first.group().lower() not in _DEICTIC:
        return False
    text = doc.body[q.start:q.end]
    if "," in text or ":" in text:
        return False
    words = [w.lower() for w in TOKEN_RE.findall(text, 0, 120)]
    if len(words) < 2 or any(w in doc.lex.that_words or w in doc.lex.clause_markers for w in words):
        return False  # ('said this week at an event that ...': a clause follows)
    if words[0] in pron and words[1] in _ADJUNCT_PREPS:
        return True
    return words[0] in _DEICTIC and words[1] in time_ and (len(words) == 2 or words[2] in _ADJUNCT_PREPS)


#: s7prec: a pro-form that stands for what was said ("said so", "said them"), then a clause break.
_PRO_FORM_BREAK_RE = re.compile(r"[^\W\d_]+[ \t]*(?:[,;.)]|[—–][ \t]|$)")


#: English: a pronoun as the whole question put to the subject ("Asked about it after a debate, X said ...").
_ASKED_PRONOUN_RE = re.compile(r"(?:it|this|that|them)(?=[ \t]*,|[ \t]+(?:after|during|at|in|on|by|before|later|again)\b)",
                               re.I)


def _asked_pronoun_end(doc: _Doc, q: _Quote) -> int:
    """English (s14subj): the end of a pronoun that is the whole content of a question cue opening its sentence
    ("Asked about it, Trump said ...", "When asked about this during the debate, she ..."), else 0. The question
    put to the main clause's subject is content (devs5 gold: 39 of 47 such leads)."""
    body = doc.body
    if q.cue_pos < 0 or q.cue_pos > q.start or q.cue.split(None, 1)[0].lower() != "asked" or len(q.parts) != 1:
        return 0
    m = _ASKED_PRONOUN_RE.match(body, q.start, q.end + 1)
    if m is None:
        return 0
    lead = body[doc.sentence(q.cue_pos)[0]:q.cue_pos].strip(_QUOTE_CHARS + " ([").lower()
    # (not a passive with its subject: "He was asked about it during the debate")
    return m.end() if not lead or lead in _QUESTION_LEADS or lead in ("and when", "but when") else 0


def _pro_form_only(doc: _Doc, q: _Quote) -> bool:
    """English: an indirect content after its cue that is only an object pronoun or "so" and a clause break
    ('a day after he said them, but not after ...', 'He didn't say so, but the Tories believe ...'): the
    pronoun stands for words reported elsewhere and what follows the break is the narrative, not the
    content ('denied this, telling French media that ...' keeps its participle clause)."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return False
    body = doc.body
    m = _PRO_FORM_BREAK_RE.match(body, q.start, q.end)
    if m is None:
        return False
    w = body[q.start:m.end()].rstrip(",;.)—– \t").lower()
    if w != "so" and w not in _adjunct_heads_en()[0]:
        return False
    nxt = _NEXT_WORD_RE.match(body, m.end(), q.end)
    return nxt is None or not nxt.group(1).endswith("ing")


#: s11ind: a one-word answer as the whole content ("said yes", "said no", "said so"), then an adverbial or a
#: comparison that the narrator adds ('55 percent said so in December', 'said yes, compared with 23 percent ...').
_ANSWER_WORD_RE = re.compile(r"(?:[Yy]es|[Nn]o|[Ss]o)\b(?:,?[ \t]+(?:but|while|whereas|whilst)\b|[ \t]+([a-z]+)\b|"
                             r",[ \t]+(compared)[ \t]+(?:with|to)\b|([.!?])(?=\s))")
#: (s13bound: '75 percent said yes, but 55 percent say she does not', 'said yes while 48 percent agreed': a contrast
#: with another group's answer after the answer word)


def _answer_word_end(doc: _Doc, q: _Quote) -> int:
    """English: the end of an indirect content after its cue that is only "yes", "no" or "so" and then a
    time or place adverbial ('Half said so in the earlier poll'), a comparison ('46 percent said yes,
    compared with 23 percent who ...') or a sentence end ('said no. But he said ...'): the answer word is
    what was said, the rest the narrative. Returns -1 otherwise ('said no one knew', 'said so far ...')."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    m = _ANSWER_WORD_RE.match(doc.body, q.start, q.end)
    if m is None or (m.group(1) and m.group(1) not in _ADJUNCT_PREPS and m.group(1) not in _DEICTIC):
        return -1
    return q.start + (3 if doc.body[q.start] in "Yy" else 2)


#: s11ind: the condition of a source's anonymity inside an indirect content ('confirmed the meeting on the
#: condition of anonymity because they were not authorized to ...'): the narrator's, it ends the content.
_ANONYMITY_RE = re.compile(r",?[ \t]+(?:speaking[ \t]+)?on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity\b")
#: s16np2: a source's wish to stay unnamed after "asked"/"requested" ("who asked not to be named", "asked to remain
#: anonymous", "requested anonymity", "asked that her name not be used"): it describes the source, reports nothing.
_ANONYMITY_WISH_CUES_EN = frozenset({"asked", "requested", "asks", "requests", "asking", "requesting"})
_ANONYMITY_WISH_EN_RE = re.compile(
    r"(?:(?:not[ \t]+to|to[ \t]+not)[ \t]+be[ \t]+(?:named|identified|quoted|further[ \t]+identified)\b|"
    r"to[ \t]+(?:remain|stay|be|go)[ \t]+(?:anonymous|unnamed|nameless)\b|to[ \t]+be[ \t]+identified[ \t]+only\b|"
    r"(?:for[ \t]+)?anonymity\b|(?:that[ \t]+)?(?:his|her|their|its)[ \t]+(?:full[ \t]+|last[ \t]+)?names?[ \t]+"
    r"(?:not[ \t]+be|be[ \t]+withheld))")
#: s11ind: the narrator's comparison with another actor after an indirect content ('said they will not back Mr.
#: Trump, as has Carlos Gimenez, the mayor'): "as" and an auxiliary standing for the same predicate, then its subject.
_AS_HAS_RE = re.compile(r",[ \t]+as[ \t]+(?:has|have|had|did|does|do)[ \t]+(?:[A-Z]|(?:the|his|her|their|its|many|some)"
                        r"[ \t])")

#: s7prec: subordinators whose clause cannot be a reported statement on its own ("after the FBI left").
_SUBORDINATE_ONLY = frozenset({"after", "before", "until", "once", "because", "although", "though", "unless",
                               "whenever"})
_SUBORDINATE_LEAD_RE = re.compile(r"(?:(?:[Bb]ut|[Aa]nd)[ \t]+)?(?:even[ \t]+)?([A-Za-z]+)[ \t]+([^\W\d_]+)")
_CLAUSE_BREAK_CHARS = frozenset(",;:\"“”‘’()—–…")


def _subordinate_only(doc: _Doc, q: _Quote) -> bool:
    """English: an indirect content that is one subordinate clause and nothing else, before its cue ('But even
    after the growth cooled, the borrowing continued.') or after it when a colon closes it ('As X reported
    after the FBI appears to have abandoned the crime scene:'): an adverbial of the sentence, no statement
    of its own. A gerund ('After suggesting that ...') or a "that" clause inside may carry a report, and
    stays."""
    if len(q.parts) != 1 or q.end - q.start > 200 or q.cue_pos < 0:
        return False
    body = doc.body
    if q.cue_pos < q.start and body[q.end:q.end + 2].strip()[:1] != ":":
        return False  # ('said before the vote the bill would fail': a clause may follow the adverbial)
    m = _SUBORDINATE_LEAD_RE.match(body, q.start, q.end)
    if m is None or m.group(1).lower() not in _SUBORDINATE_ONLY or m.group(2).endswith("ing"):
        return False
    if " ".join(q.cue.lower().split()) in doc.lex.intros:
        return False  # ('Although X is expanding, according to Y, the deficit ...': the main clause follows)
    text = body[q.start:q.end]
    if any(c in _CLAUSE_BREAK_CHARS for c in text):
        return False
    words = [w.lower() for w in TOKEN_RE.findall(text)]
    # (two finite verbs: 'Although six areas are to be opened up the audit office should have ...' holds
    # the main clause too, without a comma)
    return not any(w in doc.lex.that_words for w in words) and sum(w in doc.lex.clause_markers for w in words) <= 1


_RELATIVE_OPEN_RE = re.compile(r"(?:which|who|whose)[ \t]")
_RELATIVE_CLOSE_COMMA_RE = re.compile(r",[ \t]+(?=[^\W\d_])")


def _relative_after_cue(doc: _Doc, q: _Quote) -> int:
    """English: an "according to X" content that opens with a non-restrictive relative clause on the source
    ('According to the WSJ, which cites people familiar with the case, the directors are expected to ...'):
    the relative clause describes the source, the content starts after it. Returns the new start, 0 to drop
    the quote (nothing left), or -1."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    if _RELATIVE_OPEN_RE.match(body, q.start, q.end) is None:
        return -1
    gap = body[q.cue_pos + len(q.cue.rstrip()):q.start]
    if not gap.rstrip().endswith(","):
        return -1  # ('did not say which facilities', 'asked who leads the party': a question, the content)
    if " ".join(q.cue.lower().split()) not in doc.lex.intros:
        return -1  # ('urged Bogdanovic, who has had run-ins ..., to seize his chance': about the object)
    m = _RELATIVE_CLOSE_COMMA_RE.search(body, q.start, q.end)
    if m is None or not _min_tokens(3, body, m.end(), q.end):
        return 0
    return m.end()


#: s13prec: an embedded question ("how"/"whether"/"why" and its subject) right before a cue.
_HOW_CLAUSE_RE = re.compile(r"\b(?:[Hh]ow|[Ww]hether|[Ww]hy)\s+(?:[^\s,;:().!?]+\s+){1,4}$")
#: s13prec: a relative clause opened by "which"/"whom" (its object the gap) right before a cue, the word before it.
_GAP_WHICH_RE = re.compile(r"(?:(\w+)\s+)?\b(?:which|whom)\s+(?:(?:[A-Z][a-z]{0,3}\.|[^\s,;:().!?]+)\s+){1,4}$")
#: s13prec: plural finite verbs, which a demonstrative "that" cannot take as subject: after a cue's "that" they open a
#: relative clause on a noun ('Rust Belt states that have suffered', 'the reports that are circulating'), no content.
_PLURAL_FINITE_EN = frozenset({"have", "are", "were", "do", "haven't", "haven’t", "aren't", "aren’t", "weren't", "weren’t",
                               "don't", "don’t"})
#: Words that open an adverbial (a preposition or "even", "daily") or close a time phrase ("ten days ago").
_ADVERBIAL_OPENERS = _ADJUNCT_PREPS | frozenset({"daily", "regularly", "by", "ahead", "amid", "following"})
_TIME_PHRASE_LAST = frozenset({"ago", "later", "earlier"})
#: A content holding one of these may be a clause or a quotation: not a bare adverbial.
_ADVERBIAL_BREAKS = frozenset(",;:\"“”‘()—–")


def _adverbial_content(doc: _Doc, q: _Quote) -> bool:
    """English: an indirect content after its cue that is only an adverbial, with no clause, no "that" and
    no reported topic ('Renteria told reporters during Tuesday's conference call', 'as the party warned
    in its 2013 report', 'he responded with a minimum of defensiveness', 'as the Post reported ten days
    ago'): the cue's content, if any, is elsewhere."""
    if q.kind != "indirect" or q.cue_pos < 0 or q.start < q.cue_pos < q.end or len(q.parts) != 1:
        return False  # (a fronted content too: 'In the text accompanying the video, Wallnau wrote:')
    if q.end - q.start > 120:
        return False
    body = doc.body
    sp = body.find(" ", q.start, q.end)  # a cheap test of the first and last words before tokenizing
    first = body[q.start:sp if sp > 0 else q.end].lower()
    if first not in _ADVERBIAL_OPENERS and first != "even" and not first.endswith("ly") and \
            body[body.rfind(" ", q.start, q.end) + 1:q.end].lower() not in _TIME_PHRASE_LAST:
        return False
    text = body[q.start:q.end]
    if any(c in _ADVERBIAL_BREAKS for c in text) or q.cue.rstrip().endswith(" that"):
        return False  # ('warned that in the longer term things are ...': a clause after "that")
    words = TOKEN_RE.findall(text)
    if not words or len(words) > 12:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first not in _ADVERBIAL_OPENERS and not (last in _TIME_PHRASE_LAST and len(words) <= 4) and not (
            first in ("even",) or first.endswith("ly") and words[0].islower() and len(words) <= 4) or (
            first not in _ADVERBIAL_OPENERS and len(words) > 1 and words[1].lower() not in _ADJUNCT_PREPS
            and not (last in _TIME_PHRASE_LAST and len(words) <= 4)):
        return False  # ('even on Friday'; s13prec: 'testified voluntarily in 1998': a manner adverb, then a phrase)
    lex = doc.lex
    return not any(w.lower() in lex.clause_markers or w.lower() in lex.that_words or w in _SUBJECT_PRONOUNS
                   or w.lower() in _FREE_RELATIVES or w.lower() in lex.verbs and words[i - 1].lower() not in _NOUN_DETS
                   and words[i - 2].lower() not in _NOUN_DETS for i, w in enumerate(words))  # ('in its 2013 report': a noun after a determiner)


#: s7prec: English "-ed" cues that report speech and are rarely a noun's participle modifier (see
#: :func:`_reduced_relative`): after them a prepositional phrase may open the content ('added on Twitter the ...').
_SAY_ED_CUES = frozenset({"added", "noted", "insisted", "argued", "warned", "explained", "stressed", "responded",
                          "replied", "asked", "stated", "claimed", "declared", "remarked", "observed"})
#: s7prec: determiners before a cue make it an adjective ('the reported deal', 'of all reported contributions').
_ADJ_DETS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those"})
_REL_PREPS = frozenset({"to", "from", "for", "by", "in", "into", "on", "at", "of", "with", "under", "over"})


#: s19en: participles of writing or posting that modify an item named right before them ("a statement posted on
#: Instagram", "a video posted to her account", "letters emailed to members"): a reduced relative clause.
_POSTED_FORMS = frozenset({"posted", "published", "tweeted", "emailed"})
#: ... inside a fronted prepositional phrase ("In a statement posted ...", "in letters emailed ...", "Via a video posted").
_ITEM_PP_RE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Vv]ia|[Tt]hrough)\s+(?:(?:an?|the|his|her|their|its|[\w'’.-]+['’]s)\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}$")


def _posted_item(body: str, ss: int, cs: int) -> bool:
    """English (s19en): the cue at ``cs`` is a participle right after a noun of a written or posted item ("In a
    statement posted on X, the 23-year-old wrote", "In a video posted online, she said"): the item was posted, the
    sentence's own cue (a verb cue after it, checked by the caller) reports its words (lexicon ``message_nouns``)."""
    prev = TOKEN_RE.findall(body, max(ss, cs - 24), cs)[-1:]
    if not prev or body[cs - 1:cs] != " ":
        return False
    w = prev[0].lower()
    return (w in _message_nouns_en() or w[-1:] == "s" and w[:-1] in _message_nouns_en()) and bool(
        _ITEM_PP_RE.search(body, max(ss, cs - len(w) - 60), cs - len(w) - 1))


def _reduced_relative(doc: _Doc, q: _Quote) -> bool:
    """English: a past-participle cue that modifies the noun before it, a reduced relative clause ('A merger
    announced Monday would turn ...', 'refugees admitted to the country last year were ...', 'of all
    reported contributions have come ...'): the noun phrase is the subject of the sentence's own verb and
    nothing is reported. The content after the cue opens with that verb (after only a time phrase, or a
    prepositional phrase with no subject of its own), or a determiner stands right before the cue."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return False
    cue = q.cue.strip()
    if not cue.endswith("ed") or " " in cue or cue[:1].isupper() or doc.body[q.cue_pos:q.cue_pos + len(cue)] != cue:
        return False
    body = doc.body
    prev = TOKEN_RE.findall(body, max(0, q.cue_pos - 30), q.cue_pos)[-2:]
    if prev and prev[-1] in _ADJ_DETS or prev[-1:] == ["all"] and prev[:1] in (["of"], ["for"], ["from"]):
        return True  # 'the reported deal', 'of all reported contributions'
    lex = doc.lex
    words = TOKEN_RE.findall(body, q.start, min(q.end, q.start + 90))
    mark = next((i for i, w in enumerate(words[:9]) if w in lex.clause_markers), -1)
    if mark <= 0 or "," in body[q.start:q.start + 90].split(words[mark], 1)[0]:
        return False
    lead = [w.lower() for w in words[:mark]]
    if any(w in _SUBJECT_PRONOUNS_LOW or w in ("it", "there") or w in lex.that_words for w in lead):
        return False
    time_ = _adjunct_heads_en()[1]
    if all(w in time_ or w in _DEICTIC or w in _weekdays_en() or w in _months_en() or w.isdigit() for w in lead) \
            and (lead[-1] in time_ or lead[-1] in _weekdays_en()):
        return True  # 'announced Monday would turn', 'announced last week would cut' (not 'stressed this would')
    if cue in _SAY_ED_CUES or lead[0] not in _REL_PREPS or lead[0] == "to" and not (
            lead[1:2] and (lead[1] in _NOUN_DETS or _is_cap(words[1]))):
        return False  # ('promised to take bold action should he win': an infinitive, not a phrase "to the ...")
    # 'admitted to the country last year were': each determiner follows a preposition (no subject of its own)
    # and each capitalised word follows a preposition, a determiner or another capitalised word (a name)
    return all((w not in _NOUN_DETS or lead[i - 1] in _REL_PREPS) and (not _is_cap(words[i]) or lead[i - 1] in _REL_PREPS
               or lead[i - 1] in _NOUN_DETS or _is_cap(words[i - 1])) for i, w in enumerate(lead) if i)


@lru_cache(maxsize=1)
def _object_cues_en() -> frozenset[str]:
    """English cue forms whose content may be a noun-phrase object (lexicon ``object_cues``)."""
    return _en_words("object_cues")


#: Words that open a noun-phrase object ("denied the charges", "explained his reasoning").
_OBJECT_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "those", "these"})
#: Prepositions that open an adverbial of means or manner whatever follows ("through his lawyer", "with
#: a spokeswoman", "during a debate"), and those that do only before a determiner, a name, a number or a
#: time word ("on Thursday", "in June 2015", "at a forum", "in an appearance").
_MEANS_PREPS = frozenset({"through", "via", "during"})
_PLACE_PREPS = frozenset({"on", "in", "at", "after", "before", "last"})


def _object_adjunct_end(doc: _Doc, q: _Quote) -> int:
    """English: the end of a noun-phrase object before a trailing adverbial ('denied the charges through
    his lawyer', 'announced his candidacy in June 2015', 'explained his reasoning in an appearance on
    CBS'), or -1 when the content is no such object or has no such tail."""
    if q.kind != "indirect" or q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    cue = q.cue.strip().lower()
    if cue not in _object_cues_en():
        return -1
    body = doc.body
    words = _word_spans(body[q.start:min(q.end, q.start + 200)], q.start)
    if len(words) < 4 or words[0][0].lower() not in _OBJECT_DETS:
        return -1
    lex = doc.lex
    comma = body.find(",", q.start, q.end)
    if any(w.lower() in lex.clause_markers or w.lower() in lex.that_words or w in _SUBJECT_PRONOUNS
           for w, ws, _ in words if comma < 0 or ws < comma):
        return -1  # ('announced the turnout in the primary was a record'): a clause, not an object
    months, days = _months_en(), _weekdays_en()
    for j in range(2, len(words) - 1):
        w = words[j][0].lower()
        prev = words[j - 1][0].lower()
        if w in ("and", "or", "but", "who", "which", "whose") or (prev in lex.verbs or prev.endswith("ed")) \
                and words[j - 2][0].lower() not in _OBJECT_DETS:
            return -1  # a clause ('admitted his side failed to cope with ...') or a coordination: no plain object
        nxt = words[j + 1][0]
        if w in _MEANS_PREPS or w in _PLACE_PREPS and (
                nxt.lower() in _OBJECT_DETS or nxt[:1].isdigit() or nxt.lower() in months or nxt.lower() in days
                or w == "last" and nxt.lower() in _TIME_UNITS | {"spring", "summer", "fall", "autumn", "winter"}):
            if "," in body[q.start:words[j][1]]:
                return -1
            return len(body[:words[j][1]].rstrip())
    return -1


#: English verbs of writing, posting or sending whose object may be the item made ("wrote a letter").
_WRITING_FORMS = frozenset({"wrote", "writes", "write", "writing", "posted", "posts", "post", "posting", "emailed",
                            "emails", "tweeted", "tweets", "published", "publishes", "penned", "pens", "sent", "sends"})
#: What introduces words after "writing" and a preposition ('writing on Twitter that ...', 'writing in the Post:
#: "..."'); without it, "writing on/in X" is a source's apposition ('Patrick Howley, writing on Breitbart, shared
#: those sentiments') or a topic ('what they are writing about'), and reports nothing.
_WRITING_INTRO_RE = re.compile(r"\bthat\b|:|[\"“”]|''")
#: Participles of saying after an item that carry its words ("a letter to Zucker asking that ...").
#: Quantifiers that open a written item's noun phrase like a determiner ("wrote all the copy", "wrote several books").
_ITEM_QUANTIFIERS = frozenset({"all", "several", "many", "some", "two", "three", "four", "five", "dozens", "hundreds"})
_ITEM_SAYS = frozenset({"asking", "saying", "calling", "urging", "telling", "warning", "demanding", "arguing",
                        "claiming", "accusing", "stating", "explaining", "announcing", "declaring", "insisting",
                        "defending", "criticizing", "criticising", "praising", "attacking"})


@lru_cache(maxsize=1)
def _written_items_en() -> frozenset[str]:
    """English nouns of written or posted items (lexicons ``message_nouns``, ``work_nouns``, ``written_items``)."""
    return _en_words("message_nouns") | _en_words("work_nouns") | _en_words("written_items")


def _written_item_object(doc: _Doc, q: _Quote) -> bool:
    """English: the content right after a verb of writing or posting is a noun phrase naming the item made ("wrote
    the introduction for a new book", "posted a Twitter comment of her own", "wrote a children's book", "wrote a
    detailed, six-page letter to Columbia's president"): nothing said is reported, unless a participle of saying
    after the item carries its words ("wrote a letter to Zucker asking that ...")."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return False
    body = doc.body
    cue = q.cue.strip()
    if not body.startswith(cue, q.cue_pos) or body[q.cue_pos + len(cue):q.start].strip():
        return False
    words = [w.lower() for w in TOKEN_RE.findall(body, q.start, min(q.end, q.start + 300))]
    items, lex = _written_items_en(), doc.lex
    # (s15prec) also a quantifier or no determiner before the item: 'wrote all the copy for Marvel's covers', 'wrote
    # essay-length articles highlighting ...', 'writing lyrics and playing guitar'
    bare = len(words) >= 2 and (words[0] in _ITEM_QUANTIFIERS or any(
        w in items or w[-1:] == "s" and w[:-1] in items for w in words[:2]))
    if len(words) < 2 or words[0] not in _OBJECT_DETS and not bare:
        return False
    if any(w in _ITEM_SAYS for w in words):
        return False  # ('wrote a letter to Zucker asking that ...'): the item's words follow it
    for k in range(1 if words[0] in _OBJECT_DETS or words[0] in _ITEM_QUANTIFIERS else 0, min(len(words), 7)):
        w = words[k]
        if w in _PREPOSITIONS["en"] or w in ("to", "and", "or", "that", "which", "who"):
            break
        if w in items or w[-1:] == "s" and w[:-1] in items:
            # ('wrote the letter was a fake': the item is the subject of a reported clause)
            return k + 1 >= len(words) or words[k + 1] not in lex.clause_markers and words[k + 1] not in lex.verbs
    return False


#: English openers of a fronted time, reaction or circumstance phrase ("As of the last fundraising report,", "Responding
#: to the pre-Budget report,", "Under the proposals agreed,"): a cue word inside it names no source of the clause after
#: its comma.
_FRONTED_PHRASE_RE = re.compile(r"(?:(?:And|But)\s+)?(?:As of|Responding to|In response to|Following|After|Before|Ahead of|"
                                r"Since|Despite|Amid|Under)\s+[^,;:\"“”]*$")


def _fronted_cue_phrase(doc: _Doc, q: _Quote) -> bool:
    """English: the cue stands in a phrase that opens the sentence with one of the openers above and ends at a comma
    before the content: the content is the main clause, said by nobody the phrase names."""
    ss = doc.sentence(q.cue_pos)[0]
    head = doc.body[ss:q.cue_pos].lstrip(_QUOTE_OR_BLANK + "\n(")
    return head[:1].isupper() and _FRONTED_PHRASE_RE.match(head) is not None


#: English coordinators that cannot open a content right after its cue: the cue is coordinated with the verb after
#: them ("what Obama says and promises is ...", "has neither admitted nor denied wrongdoing").
_COORD_STARTS = ("and ", "or ", "nor ", "but ")


def _coordinated_cue_goes_on(doc: _Doc, q: _Quote) -> bool:
    """English: a content that opens with "and" and a strong verb of saying right after its cue ("Mr Wallace agreed
    and said the figures had to be ...") is the second verb's: ``q`` moves to it (cue and content) and is kept."""
    body = doc.body
    if not body.startswith("and ", q.start):
        return False
    m = _NEXT_WORD_RE.match(body, q.start + 3, q.end)
    lex = doc.lex
    if m is None or m.group(1).lower() not in lex.verbs or m.group(1).lower() in lex.weak:
        return False
    nxt = _NEXT_WORD_RE.match(body, m.end(1), q.end)
    if nxt is None or nxt.group(1).lower() in lex.clause_markers:
        return False  # ('what he says and promises is ...': the two verbs are a subject clause)
    cst = _skip_that(doc, m.end(1), q.end, told=m.group(1).lower() in lex.told_verbs)
    if cst >= q.end or not _min_tokens(3, body, cst, q.end):
        return False
    q.cue, q.cue_pos = m.group(1), m.start(1)
    q.start = cst
    q.parts = [(cst, q.end)]
    return True


_ADD_FORMS = frozenset({"add", "adds", "added", "adding"})
#: Words that open the object of "add ... to ..." ("adds another magic number to the mix").
_ADD_OBJECT_OPENERS = frozenset({"a", "an", "another", "one", "some", "more", "new", "the", "his", "her", "their",
                                 "its", "our", "fresh", "further", "extra"})


def _noun_object(doc: _Doc, q: _Quote) -> bool:
    """(s15prec) English: right after the cue, a noun phrase with no verb form up to the sentence end or a
    subordinator: the verb's object, not a reported clause. "add" reports words only as a clause (with or without
    "that") or a quotation, so such an object is something put in, gained or scored ('Orange added more than five
    million new customers in 2004', 'Jones added four conversions as Wales ...', 'added his own comment')."""
    body = doc.body
    if body[q.cue_pos + len(q.cue.strip()):q.start].strip() or body[q.start:q.start + 1] in _QUOTE_CHARS:
        return False
    words = [w.lower() for w in TOKEN_RE.findall(body, q.start, max(q.end, doc.sentence(q.start)[1]))]
    if not words or words[0] in _LEAD_SUBORDINATORS or words[0] in _SUBORDINATORS:
        return False
    lex = doc.lex
    past = _irregular_past_en()
    for k, w in enumerate(words):
        if k and (w in _LEAD_SUBORDINATORS or w == "so") and words[k - 1] not in ("such", "as", "well"):
            break  # ('four conversions as Wales maintained ...'): the object ends before a subordinate clause
        w = w.split("'")[0].split("’")[0]  # ("it's": the subject pronoun of a contraction)
        if (w in lex.clause_markers or w in lex.aux or w in lex.that_words or w in lex.verbs or w in past
                or w in _SUBJECT_PRONOUNS_LOW or w in ("it", "there") or len(w) > 4 and w.endswith("ed")):
            return False
    return True


_DENY_FORMS = frozenset({"deny", "denies", "denied", "denying"})
#: A name right after the cue: one to three capitalised words, not a possessive ("denied Trump's claims").
_NAME_OBJECT_RE = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w-]+\b(?![’']s\b)")


def _denied_person(doc: _Doc, q: _Quote) -> bool:
    """(s15prec) English: "deny" with a person or team named right after it and no verb form ('Ferreira denied
    Gerrard with a last-ditch tackle', 'James denied Damien Duff, Jiri Jarosik and Mateja Kezman, while ...',
    'Eminem has denied Elvis his fourth number one') keeps them from something; what is denied as untrue is a
    claim, a report or a clause ('denied the charges', 'denied Iran was involved')."""
    if q.cue_pos < 0 or q.cue_pos > q.start:
        return False
    body = doc.body
    m = _NAME_OBJECT_RE.match(body, q.start, q.end)
    if m is None:
        return False
    first = body[q.start:m.end()].split(None, 1)[0].lower()
    if first in _NOUN_DETS or first in _OBJECT_DETS or first in ("i", "it", "there") or first in _weekdays_en() \
            or first in _months_en():
        return False
    return _noun_object(doc, q)


#: (s23ntxen) Forms of "concede", whose object may be a score given away in a game.
_CONCEDE_FORMS = frozenset({"concede", "concedes", "conceded", "conceding"})
#: (s23ntxen) Hyphenated words of an object ("free-kick"), lower-cased before matching.
_SCORE_WORD_RE = re.compile(r"[A-Za-z0-9][\w-]*")


@lru_cache(maxsize=1)
def _score_nouns_en() -> frozenset[str]:
    """English nouns of what a side gives away in a game (lexicon ``score_nouns``)."""
    return _en_words("score_nouns")


def _conceded_score(doc: _Doc, q: _Quote) -> bool:
    """(s23ntxen) English: "concede" with a score as its object ('Ireland conceded a penalty close to their own
    line', 'The Londoners conceded six goals in their two subsequent League outings', 'Rangers conceded a
    free-kick') lets the opponent score; nothing is admitted or said. The object opens with a determiner, a
    number or "only"/"just" and reaches a score noun within four words, with no finite verb after it ('conceded
    the goals were avoidable' stays a clause)."""
    if q.cue_pos < 0 or q.cue_pos > q.start:
        return False
    words = [w.lower() for w in _SCORE_WORD_RE.findall(doc.body, q.start, min(q.end, q.start + 80))][:6]
    if len(words) < 2 or not (words[0] in _OBJECT_DETS or words[0] in _numbers_en() or words[0][:1].isdigit()
                              or words[0] in ("only", "just", "another", "no", "two", "one")):
        return False
    nouns = _score_nouns_en()
    for j, w in enumerate(words[1:5], 1):
        if w in nouns:
            return j + 1 >= len(words) or words[j + 1] not in _FINITE_AUX
        if w in ("that", "and", "but"):
            return False
    return False


def _add_to_object(doc: _Doc, q: _Quote) -> bool:
    """English: "add X to Y" (increase, contribute: 'the rules add another magic number to the mix', 'the
    account adds a missing voice to the record', 'Wednesday added one more development to the list') puts
    something somewhere; nothing is said. The object opens with a determiner and "to" and a determined
    noun phrase follow it before any clause."""
    if q.cue_pos < 0 or q.cue_pos > q.start or q.cue.strip().lower() not in _ADD_FORMS:
        return False
    body = doc.body
    if _noun_object(doc, q):
        return True
    end = body.find(",", q.start, q.end)
    words = [w.lower() for w in TOKEN_RE.findall(body, q.start, end if end > 0 else min(q.end, q.start + 200))]
    if len(words) < 4 or words[0] not in _ADD_OBJECT_OPENERS or "to" not in words[2:12]:
        return False
    k = words.index("to", 2)
    if k + 1 >= len(words) or not (words[k + 1] in _NOUN_DETS or words[k + 1][:1].isdigit()):
        return False  # ('added its bid to acquire a stake ... was being considered'): "to" opens an infinitive
    lex = doc.lex
    return not any(w in lex.clause_markers or w in lex.that_words or w in _SUBJECT_PRONOUNS for w in words[:k])


#: Right after a cue word that is also a noun: a coordinator or a phrase opener ("the lewd jokes and groping",
#: "the winner-take-all states, or win", "states, starting with Indiana"): the word is the noun.
_AFTER_NOUN_CUE_RE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|but|starting|including)\b")


def _cue_then_coordinator(doc: _Doc, q: _Quote) -> bool:
    """English: an indirect content that opens with "and", "or", "but", "starting" or "including" right after
    a cue word that is also a noun ('the winner-take-all states, or win ...', 'the lewd jokes and groping of
    ...', 'the ten remaining states, starting with Indiana'): the word is the noun, nothing is said; a second
    verb of saying with its own content goes on ('the minister agreed and said the figures ...')."""
    if q.cue_pos < 0 or q.cue_pos > q.start or not q.cue or q.cue.rstrip().endswith(" that"):
        return False
    cue = q.cue.strip()
    low = cue.lower()
    if low not in _NOUN_LIKE_CUES and low not in _plural_noun_cues_en()[0]:
        return False  # (only a cue word that is also a noun: "states", "report", "jokes")
    body = doc.body
    if not body.startswith(cue, q.cue_pos):
        return False
    m = _AFTER_NOUN_CUE_RE.match(body, q.cue_pos + len(cue), q.end)
    if m is None:
        return False
    nxt = TOKEN_RE.findall(body, m.end(), min(q.end, m.end() + 40))[:2]
    # ('Mr Wallace agreed and said the figures ...': a second cue with its own content goes on)
    return not (len(nxt) == 2 and nxt[0].lower() in doc.lex.verbs and nxt[1].lower() not in doc.lex.clause_markers)


#: Participles that open an apposition to a source ("According to Jack Kelly, writing for RealClearPolitics,
#: ...", "X, speaking on CNN, said ...").
_SOURCE_PARTICIPLES = frozenset({"writing", "speaking", "reporting", "citing", "quoting", "appearing", "commenting",
                                 "talking", "testifying", "responding", "posting", "tweeting"})
_SOURCE_PARTICIPLE_STARTS = tuple(sorted(_SOURCE_PARTICIPLES))


def _participle_apposition_end(doc: _Doc, q: _Quote) -> int:
    """English: an indirect content after its cue that is only a participial apposition to the source
    ('According to Jack Kelly, writing for RealClearPolitics, the Clinton Foundation received ...'): the
    content is the clause after the apposition's comma; returns its start, 0 when a colon ends the
    apposition (the quotation follows), or -1."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    first = _FIRST_WORD_RE.match(body, q.start, q.end)
    if first is None or first.group() not in _SOURCE_PARTICIPLES:
        return -1
    nxt = _NEXT_WORD_RE.match(body, first.end(), q.end)
    if nxt is None or nxt.group(1) not in _PREPOSITIONS["en"]:
        return -1
    if body[q.end:q.end + 1] == ":":
        return 0  # ('According to Jack Kelly, writing for RealClearPolitics:' and a block quotation below)
    se = doc.sentence(q.start)[1]
    comma = body.find(", ", q.start, se)
    if comma < 0 or comma > q.end + 1:
        return -1
    rst = _content_start(body, comma + 1, se)
    return rst if _min_tokens(4, body, rst, se) and body[rst:rst + 1] not in _QUOTE_CHARS else -1


def _source_apposition(doc: _Doc, cs: int, ce: int) -> bool:
    """English: a source participle and a prepositional phrase between commas after the subject, before its
    verb of saying ('Judge Jeffrey Sutton, writing for the majority in the 2-1 decision, said ...', 'Mr Clarke,
    writing in The Times, accused ...'): an apposition, not a cue with its own content."""
    body = doc.body
    if body[cs:ce].lower() not in _SOURCE_PARTICIPLES:
        return False
    nxt = _NEXT_WORD_RE.match(body, ce)
    if nxt is None or nxt.group(1) not in _PREPOSITIONS["en"]:
        return False
    se = doc.sentence(cs)[1]
    comma = body.find(", ", ce, min(se, ce + 120))
    if comma < 0 or any(c in body[ce:comma] for c in "\"“”:;"):
        return False
    pred = _NEXT_WORD_RE.match(body, comma + 1, se)
    if pred is None:
        return False
    w = pred.group(1)
    return w.islower() and w in doc.lex.verbs


#: English: "agree to" and a verb ('Wal-Mart has agreed to pay ...') is the cue's own complement: its clause goes on.
_AGREE_FORMS = frozenset({"agree", "agrees", "agreed"})
_AGREE_TO_RE = re.compile(r"[ \t]+to[ \t]+[a-z]")
#: English: "respond" with "by" and a gerund ('responded quickly by slotting over a penalty', 'responded by
#: using his shareholding to ...'): a reaction by a deed unless the gerund is a verb of saying ('by saying that').
_RESPOND_FORMS = frozenset({"respond", "responds", "responded", "responding"})
_RESPONDED_BY_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s+([a-z]+ing)\b")
_CONTINUE_FORMS = frozenset({"continue", "continues", "continued", "continuing"})
_CONTINUE_TO_RE = re.compile(r"[ \t]+to[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)")
#: After "continue" that follows its content: "to" and a verb, or a word that goes on with the cue's own clause.
_CONTINUE_AFTER_RE = re.compile(r"[ \t]+(?:to[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)|(?:as|until|unabated|apace)\b)")


def _continued_to_act(doc: _Doc, q: _Quote) -> bool:
    """English: "continue to" and a verb that reports nothing ('They continued to awkwardly veer off script',
    'Its brands continued to perform strongly') is an aspect, not a cue; "continued to insist that ..."
    keeps the verb of saying. The same holds after a content before the cue ('But, despite more people being
    in work, the sector continued to suffer', 'Thanks to these "bot nets", spam continued to be a problem'), and
    "continued as planned" or "until ..." there goes on with the cue's own clause ('Apart from this, however, the
    festival has continued as originally planned'): the fronted words are an adverbial, nothing said."""
    cue = q.cue.strip()
    if q.cue_pos < 0 or cue.lower() not in _CONTINUE_FORMS:
        return False
    body = doc.body
    end = q.cue_pos + len(cue)
    if q.cue_pos > q.start:
        m = _CONTINUE_AFTER_RE.match(body, end, end + 40)
        return m is not None and (m.group(1) is None or m.group(1) not in doc.lex.verbs
                                  and m.group(1) not in _NAMING_VERBS)
    m = _CONTINUE_TO_RE.match(body, end, q.end)
    if m is not None:
        if m.group(1) in _NAMING_VERBS:  # 'Arsenal continued to press, and ...': no object, nothing named
            return body[m.end():m.end() + 1] in (",", ".", ";")
        return m.group(1) not in doc.lex.verbs
    # (s15prec) "continue" reports only words it introduces: a quotation or colon ('He continued, "..."',
    # 'continued in the Herald: ...'), a verb of saying ('continued on Saturday, saying that ...') or "that";
    # followed by an object, an adverb or a clause it goes on with an act ('The US dollar has continued its
    # record-breaking slide', 'The fight continued outside, where "..."', 'England's pressure continued, and ...').
    gap = body[end:q.start]
    if ":" in gap or any(c in _QUOTE_CHARS for c in gap) or body[q.start:q.start + 1] in _QUOTE_CHARS:
        return False
    words = gap.lower().split()
    lead = words + body[q.start:q.end].lower().split(None, 2)[:2]  # ('continued by saying, "..."')
    return not (words and words[-1] == "that" or any(w.strip(",") in doc.lex.verbs for w in lead))


#: Verbs that characterise what someone says ("continued to portray X as ...", "continued to call it ...").
_NAMING_VERBS = frozenset({"portray", "describe", "call", "label", "characterize", "characterise", "cast", "brand",
                           "dismiss", "attack", "criticize", "criticise", "blame", "accuse", "defend", "question",
                           "press", "push", "raise", "tout", "promote", "praise", "mock", "challenge", "demand"})


_NAMING_FORMS = frozenset({"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels",
                           "labeled", "labelled", "labeling", "labelling", "brand", "brands", "branded", "branding"})
_OPEN_MARK_RE = re.compile(r"[“\"]|''")
_CLOSE_MARK_RE = re.compile(r"[”\"]|''")


def _naming_end(doc: _Doc, q: _Quote) -> int:
    """English: a naming cue's content ends with the quoted name ('he called his opponent ''Senator Cruz''
    instead and made no mention of ...', 'called undocumented immigrants "rapists" (although ...)', 'calling
    her "the champion working families need" and powerful AFT President Randi Weingarten hugging her'): what
    follows the closing mark is the narrative. Returns the new end, or -1."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    op = _OPEN_MARK_RE.search(body, q.start, q.end)
    if op is None:
        return -1
    cl = _CLOSE_MARK_RE.search(body, op.end() + 1, q.end)
    if cl is None:
        return -1
    end = cl.end()
    while end > cl.start() and body[end - 1:end] not in _QUOTE_CHARS:
        end -= 1
    after = body[end:min(q.end, end + 12)].lstrip(" ,")
    # (only before an aside or a new predicate: ' (although ...', ' instead and ...', ' and powerful ...')
    if not (after.startswith("(") or after.startswith("instead")):
        return -1
    return end if _min_tokens(2, body, end, q.end) else -1


#: " and" and a second predicate of the cue's subject ("denied the charges and counter-accused her", "asked
#: leaders to disavow him and has repeatedly characterized him as ...").
_AND_PREDICATE_AFTER_RE = re.compile(r"\s+and\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
                                     r"(?!(?:need|seed|feed|speed|hundred|breed|greed|shed|indeed|proceed|succeed|"
                                     r"exceed)\b)(?:(?:counter|re|co|pre|over|under|out|cross|double|back)-)?"
                                     r"[a-z][a-z]+ed\b(?!-)")  # (not "worse-than-expected revenue")
_OBJECT_TO_CUES = frozenset({"asked", "urged", "accused", "asks", "urges", "accuses"})


def _object_and_predicate_end(doc: _Doc, q: _Quote) -> int:
    """English: an object content ('denied the charges', 'asked Republican leaders to disavow Mr. Trump')
    followed by " and" and a second past-tense predicate of the cue's subject ('and counter-accused her of
    battery', 'and has repeatedly characterized him as ...') ends before it. Returns the new end, or -1."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    if body.find(" and ", q.start, q.end) < 0:
        return -1
    m = _AND_PREDICATE_AFTER_RE.search(body, q.start, q.end)
    if m is None or not _min_tokens(2, body, q.start, m.start()):
        return -1
    lex = doc.lex
    head = TOKEN_RE.findall(body, q.start, m.start())
    if any(w.lower() in lex.clause_markers or w.lower() in lex.that_words or w in _SUBJECT_PRONOUNS for w in head):
        return -1  # (a clause: its own coordinated predicate may belong to it)
    return m.start()


_WHILE_CUE_RE = re.compile(r"\s(?:while|whilst|whereas)\s+((?:[\w'’.-]+\s+){1,4}?)([a-z]+)\b")


def _while_other_cue_end(doc: _Doc, q: _Quote) -> int:
    """English: a content running into "while" and another source's verb of saying ('accuses Sanders of an
    "artful smear" while Sanders suggests the former secretary is a captive of ...') ends before "while":
    the second clause is the other source's. Returns the new end, or -1."""
    if q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    if body.find(" whil", q.start, q.end) < 0 and body.find(" whereas ", q.start, q.end) < 0:
        return -1
    m = _WHILE_CUE_RE.search(body, q.start, q.end)
    if m is None or m.group(2) not in doc.lex.verbs or not _min_tokens(4, body, q.start, m.start()):
        return -1
    subj = m.group(1).split()
    if not (_is_cap(subj[0]) or subj[0].lower() in _SUBJECT_PRONOUNS_LOW or subj[0].lower() in ("the", "many",
                                                                                                  "some", "critics")):
        return -1
    return _content_end(body, q.start, m.start())


_AND_NEW_CLAUSE_RE = re.compile(r"(?:,|\s[—–]|\s--)\s+(?:and|but)\s+((?:the|a|an|there|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,6}?)\s+"
                                r"(has|have|had|is|are|was|were|will|would)\s+(?:already\s+|also\s+|since\s+)?[a-z]+")


def _and_new_clause_end(doc: _Doc, q: _Quote) -> int:
    """English: an indirect content after its cue that runs into ", and" / ", but" and a clause with a new subject
    ('Protest groups say the restrictions are less for safety than to minimize their visibility, and the
    American Civil Liberties Union of Ohio has already sued the city'; '..., but there are fears demand may not
    be met': the expletive subject opens the writer's clause) ends before it. Returns the new end,
    or -1."""
    if q.kind != "indirect" or q.cue_pos < 0 or q.cue_pos > q.start or len(q.parts) != 1:
        return -1
    body = doc.body
    if body.find(", and ", q.start, q.end) < 0 and body.find(", but ", q.start, q.end) < 0 and not (
            body.find("— ", q.start, q.end) >= 0 or body.find("– ", q.start, q.end) >= 0 or body.find(
                "-- ", q.start, q.end) >= 0):
        return -1
    m = _AND_NEW_CLAUSE_RE.search(body, q.start, q.end)
    if m is None or not _min_tokens(4, body, q.start, m.start()):
        return -1
    return _content_end(body, q.start, m.start())


#: A form of "be" or "get" (negated or with an adverb) right before a participle cue: a passive ("the figures
#: were announced", "they aren't admitted", "is believed to have begun", "has been confirmed", "Clinton was
#: asked", "got told"). One pattern for both readers (:func:`_passive_cue`, :func:`_passive_before`).
_BE_BEFORE_RE = re.compile(r"(?:^|\s)(?:is|are|was|were|be|been|being|am|get|gets|got|isn['’]t|aren['’]t|wasn['’]t|"
                           r"weren['’]t)(?:\s+(?:not|also|never|now|still|later|then|first|again|often|once|\w+ly))?"
                           r"\s*$", re.I)
#: The word every _BE_BEFORE_RE match ends its window with (ASCII lower case: the pre-test of :func:`_be_before`).
_BE_ENDS = ("is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "n't", "not", "also", "never",
            "now", "still", "later", "then", "first", "again", "often", "once", "ly")


def _be_before(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_BE_BEFORE_RE.search(body, lo, hi)``; an ASCII window whose last word (lower case) ends in none of
    ``_BE_ENDS`` holds no match, which is told without the search (s15speed: 2.5x faster on the calls of a BBC
    and PolNeAR run; only on ASCII, where re's case-insensitive matching is that of ``str.lower``)."""
    t = body[lo:hi].rstrip()
    if t.isascii() and not t.lower().endswith(_BE_ENDS):
        return None
    return _BE_BEFORE_RE.search(body, lo, hi)


def _passive_cue(doc: _Doc, q: _Quote) -> bool:
    """English: an indirect content after a passive cue with no "that" ('the figures were announced, but
    shares rose', 'The scam is believed to have begun in 1994', 'they aren't admitted until they are
    vetted') has no speaker and reports nothing said; requests and questions put to someone ('was asked
    to', 'was told') keep theirs."""
    if q.kind == "direct" or q.cue_pos < 0 or not q.cue:
        return False
    words = q.cue.lower().split()
    lex = doc.lex
    if len(words) != 1 or words[0].endswith("ing") or words[0] in lex.told_verbs or words[0] not in lex.verbs:
        return False
    if q.speaker and q.end <= q.cue_pos and words[0] in _PASSIVE_BY_CUES and \
            doc.body[q.cue_pos + len(words[0]):q.cue_pos + len(words[0]) + 4] == " by ":
        return False  # s15subj: 'The meeting was first reported by Politico.': the agent is the source
    if q.cue_pos < q.start:
        nxt = _FIRST_WORD_RE.search(doc.body, q.start, min(q.end, q.start + 30))
        if nxt and nxt.group().lower() in lex.that_words:
            return False
    return _be_before(doc.body, max(0, q.cue_pos - 40), q.cue_pos) is not None


#: English: "Having said that, ..." / "having said this," (an idiom: "nevertheless"), after the cue "said".
_HAVING_SAID_RE = re.compile(r"\s+(?:that|this)\s*[,;]")


_SINGULAR_DETS = frozenset({"a", "an", "another", "each", "every"})
#: Quantity nouns after "a" that make a plural subject ("a few analysts say", "a number of ... say").
_PLURAL_QUANTITIES = frozenset({"few", "lot", "couple", "handful", "number", "majority", "minority", "third", "quarter",
                                "half", "dozen", "host", "series", "range", "variety", "string", "slew", "clutch"})


_DEFINITE_DETS = frozenset({"the", "this", "that", "its", "his", "her", "their", "our"})
#: Singular-looking nouns that take a plural verb ("the police report that ...", "the media claim ...").
_COLLECTIVE_SUBJECTS = frozenset({"police", "media", "public", "staff", "press", "government", "team", "crew",
                                  "military", "clergy", "jury", "committee", "family", "audience", "army", "data"})
_QUANTIFIER_TAILS = frozenset({"both", "all", "each", "themselves", "alike", "too", "also"})


def _noun_cue(doc: _Doc, q: _Quote) -> bool:
    """English: a plain (plural) present cue right after a phrase opened by a singular determiner is the
    head noun of that phrase, not its verb ('In a new report, ...', 'published a highly critical report
    into ...', 'an official report'): "a new" cannot "report"."""
    if q.kind == "direct" or q.cue_pos < 0 or not q.cue or not q.speaker:
        return False
    cw = q.cue.split()[0].lower()
    verbs = doc.lex.verbs
    if cw.endswith(("s", "ed", "ing")) or cw not in verbs or cw + "s" not in verbs and cw + "es" not in verbs:
        return False  # only a base form ("report", "claim"; not "said", "told")
    words = q.speaker.lower().split()
    if len(words) >= 2 and words[0] in _DEFINITE_DETS and q.speaker.split()[-1].islower() and "of" not in words \
            and "and" not in words and not words[-1].endswith(("s", "men", "ple")) \
            and words[-1] not in _COLLECTIVE_SUBJECTS and words[-1] not in _QUANTIFIER_TAILS \
            and words[-1] not in _numbers_en():  # (s13pred: "The two admit that ...": a number heads a plural phrase)
        # "the last fundraising report", "the subsequent tweet": a singular modifier cannot "report" or "tweet"
        before = doc.body[max(0, q.cue_pos - len(q.speaker) - 40):q.cue_pos].rstrip()
        if not before.endswith(q.speaker):
            return False
        prev = _LAST_WORD_RE.search(before[:len(before) - len(q.speaker)].rstrip())
        # ("bosses polled for the survey say": the phrase is inside a prepositional phrase, its subject earlier)
        return prev is None or prev.group(1).lower() not in _PREPOSITIONS["en"]
    if words[0] not in _SINGULAR_DETS or len(words) < 2 or words[1] in _PLURAL_QUANTITIES or "of" in words:
        return False
    return doc.body[max(0, q.cue_pos - len(q.speaker) - 2):q.cue_pos].rstrip().endswith(q.speaker)


@lru_cache(maxsize=1)
def _plural_noun_cues_en() -> tuple[frozenset[str], frozenset[str]]:
    """English -s cue words that are also plural nouns, and singular source nouns that may follow a bare
    modifier (lexicon ``plural_noun_cues``): (cues, subjects)."""
    pairs = [line.split("=") for line in load_list_or_empty("plural_noun_cues", "en")]
    cues = frozenset(w.strip().lower() for w, *k in pairs if k and k[0].strip() == "cue")
    subjects = frozenset(w.strip().lower() for w, *k in pairs if k and k[0].strip() == "subject")
    return cues, subjects


_NOUN_DETS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "each",
                        "every", "another", "one", "no", "any"})


def _plural_noun_cue(doc: _Doc, q: _Quote) -> bool:
    """English: an -s cue that is also a plural noun ("states", "reports", "questions") right after a bare
    lower-case modifier ('larger, more diverse states', 'data from credit reports', 'the big political
    promises' read as 'political promises') is that noun: a verb in -s needs a name, a pronoun or a
    determined noun phrase before it ('Smith notes', 'the report states')."""
    if q.kind == "direct" or q.cue_pos < 0 or not q.speaker or " " in q.cue.strip():
        return False
    cues, subjects = _plural_noun_cues_en()
    if q.cue.strip().lower() not in cues:
        return False
    words = q.speaker.split()
    last, head = words[-1], words[0].lower()
    if len(words) >= 2 and words[-2].lower() in _QUANT_DETS and last.isalpha() and last.islower() \
            and last.lower() not in subjects and doc.body[max(0, q.cue_pos - len(last) - 2):q.cue_pos].rstrip().endswith(last):
        return True  # s13prec: 'than on other economic questions', 'in several key states': a quantifier, an adjective, the noun
    if not last[:1].islower() or last.lower() in doc.lex.pronouns or last.lower() in subjects \
            or head in _NOUN_DETS or head.endswith(("'s", "’s")):
        return False  # ('local press reports', "Uganda's New Vision newspaper reports")
    return doc.body[max(0, q.cue_pos - len(q.speaker) - 2):q.cue_pos].rstrip().endswith(q.speaker)


@lru_cache(maxsize=1)
def _cue_idioms_en() -> dict[str, frozenset[str]]:
    """English cue idioms (lexicon ``cue_idioms``): cue form -> words that, opening the content, make the
    cue no report ("add" -> "to")."""
    out: dict[str, frozenset[str]] = {}
    for line in load_list_or_empty("cue_idioms", "en"):
        forms, _, nexts = line.partition("=")
        for f in forms.split():
            out[f.lower()] = out.get(f.lower(), frozenset()) | frozenset(w.lower() for w in nexts.split())
    return out


_IDIOM_DETS = _OBJECT_DETS - {"those", "these"}
#: s13prec: a number right after an idiom's cue ("claiming 41 percent", "claimed 1,200 lives").
_IDIOM_NUMBER_RE = re.compile(r"\s*\d[\d,.]*(?=\s)")
#: The next word, a hyphenated compound as one ("high-profile").
_NEXT_HYPHENATED_RE = re.compile(r"\s*([^\W\d_]+(?:-[^\W\d_]+)*)")


def _cue_idiom(doc: _Doc, q: _Quote) -> bool:
    """English: a content right after its cue that opens an idiom in which the cue reports nothing ('adding
    to concern that ...', 'claimed responsibility for the attacks', 'was shouted down by ...')."""
    if q.kind == "direct" or q.cue_pos < 0 or q.cue_pos > q.start:
        return False
    cue = q.cue.strip()
    nexts = _cue_idioms_en().get(cue.lower())
    if nexts is None or not doc.body.startswith(cue, q.cue_pos):
        return False
    if q.kind == "mixed" and cue.lower().startswith(_NAMING_CUES):
        return False  # 'called the election "a citizenship election"': naming it, not convening it
    if cue.lower().startswith(("tel", "told")) and q.speaker.lower() in _SUBJECT_PRONOUNS_LOW:
        return False  # 'he told the story of a supporter who ...': a person recounts; 'The film tells the story of'
    first = _NEXT_WORD_RE.match(doc.body, q.cue_pos + len(cue), q.end)
    if first is None and (num := _IDIOM_NUMBER_RE.match(doc.body, q.cue_pos + len(cue), q.end)) is not None:
        # (s13prec: 'claiming 41 percent of the vote', 'claimed 300 lives': a number, then the idiom's noun)
        first = _NEXT_WORD_RE.match(doc.body, num.end(), q.end)
        if any(w in doc.lex.clause_markers or w in doc.lex.that_words for w in TOKEN_RE.findall(
                doc.body[num.end():min(q.end, num.end() + 80)].lower())):
            return False  # ('claimed 41 percent of the money was wasted': the number opens a reported clause)
    det = first is not None and first.group(1).lower() in _IDIOM_DETS
    if det:  # ('told the story of ...'; s13prec: 'maintained his double-digit lead', a hyphenated modifier first)
        first = _NEXT_HYPHENATED_RE.match(doc.body, first.end(1), q.end)
    k = 0
    # ('Fox told a slightly different tale': an account given, which PolNeAR annotates; "tell" reads the first word)
    scan = det and not cue.lower().startswith(("tel", "told"))
    while scan and first is not None and first.group(1).lower() not in nexts and k < 4:
        # (s10prec: 'maintained a tense relationship with ...', 'claimed her seventh Grand Slam title,': the head
        # noun after up to four modifiers, none of them a preposition, clause word or after a comma, ending the
        # noun phrase; not 'claimed the European Championship race would be ...')
        first = _NEXT_HYPHENATED_RE.match(doc.body, first.end(1), q.end)  # ('its most high-profile victim')
        k += 1
        w = first.group(1).lower() if first is not None else ""
        if w in _PREPOSITIONS["en"] or w in doc.lex.clause_markers or w in doc.lex.that_words or w in ("and", "or"):
            return False
        if w in nexts:
            end = _NEXT_WORD_RE.match(doc.body, first.end(1), q.end)
            if end is not None and end.group(1).lower() not in _PREPOSITIONS["en"] and end.group(1).lower() not in (
                    "and", "but", "or", "early", "late", "last", "this", "next") and end.group(1)[-2:] != "ly":
                return False
    if first is None or first.group(1).lower() not in nexts:
        return False
    # ('claimed the draw was rigged': the noun is the subject of a reported clause, no idiom)
    nxt = _NEXT_WORD_RE.match(doc.body, first.end(1), q.end)
    return nxt is None or nxt.group(1).lower() not in doc.lex.clause_markers  # (also 'adding to concern that ...')


#: Indonesian negation right before a cue ("tak menjelaskan", "belum mengatakan", "enggan menyebut"): the
#: sentence reports that something was not said.
_NEG_BEFORE_RE = re.compile(r"(?<![\w-])(?:belum|tidak|tak|enggan)\s+$", re.I)


def _cue_ok(body: str, m: re.Match[str]) -> bool:
    """A capitalised cue counts only at a sentence start ("Said the minister"; not "United States");
    "All told," is an idiom ("in total"), not a cue, nor is "Having said that," ("nevertheless"); a cue
    negated in Indonesian ("belum menjelaskan") reports nothing said."""
    g = m.group()
    if not g[:1].isupper():
        st = m.start()
        if body[st - 1:st] == " " and body[max(0, st - 8):st].rstrip()[-1:].lower() in "mkn" and \
                _NEG_BEFORE_RE.search(body, max(0, st - 8), st):  # (s15speed: its words end in m, k or n)
            return False  # "Dia tak menjelaskan ...", "Purbaya belum menjelaskan ...": nothing was said
        if g[:4] == "said":
            if body[st - 7:st] in ("Having ", "having "):
                return _HAVING_SAID_RE.match(body, st + 4) is None
            return True
        if g[:4] == "call" and g[-3:] in (" on", "pon") and g[4:6] in (" o", " u", "in"):
            return _call_on_verb(body, st, g)  # (s20en: "call on", "calling on"; not "called on", "calling")
        if g != "told":
            return True
        return not (body[st - 4:st] in ("All ", "all ") and body[m.end():m.end() + 1] == ",")
    prev = body[max(0, m.start() - 40):m.start()].rstrip(" \t\"“”'‘’«»(")
    if g in _HEADLINE_CUES and prev[-1:].isalpha() and _HEADLINE_END_RE.search(prev):
        # a headline in title case: "Bernie Sanders Says He's Already ..." (not a name in running text: "Graham
        # Robb, spokesman for North East Says No, said ...")
        head = _HEAD_START_RE.split(body[max(0, body.rfind("\n", 0, m.start()) + 1, m.start() - 120):m.start()])[-1]
        return not any(w[:1].islower() and w not in _TITLE_SMALL for w in head.split()[-6:])
    return not prev or prev[-1] in ".!?:;\n"


#: English (s20en): words before a base-form "call on"/"call upon" that make it a verb ("will call on", "to call on",
#: "Democrats call on"; not "a phone call on Wednesday") and before "calling on" that make it a predicate ("is calling
#: on", "and calling on"; not "a petition calling on him to be banned has reached ...", a noun's modifier).
_CALL_BASE_BEFORE_EN = frozenset({"to", "will", "would", "should", "could", "can", "may", "might", "must", "shall", "did",
                                  "do", "does", "not", "never", "also", "they", "we", "i", "you", "and"})
_CALLING_BEFORE_EN = frozenset({"is", "are", "was", "were", "be", "been", "am", "and", "also", "by", "while", "after",
                                "before", "repeatedly", "publicly", "again", "now", "still"})
_PREV_WORD_EN_RE = re.compile(r"([\w'’]+)[ \t]+$")


def _call_on_verb(body: str, st: int, g: str) -> bool:
    """English: a lower-case "call on"/"calling on" (or "upon") cue at ``st`` is a verb of request, not a noun or a
    noun's modifier (see ``_CALL_BASE_BEFORE_EN``)."""
    prev = body[max(0, st - 30):st]
    if g[4:6] == "in" and prev.rstrip()[-1:] in (",", "—", "-"):
        return True  # ("..., calling on ministers to act")
    m = _PREV_WORD_EN_RE.search(prev)
    return m is not None and m.group(1).lower() in (_CALLING_BEFORE_EN if g[4:6] == "in" else _CALL_BASE_BEFORE_EN)


def _cue_tokens(doc: _Doc, lo: int, hi: int) -> list[re.Match[str]]:
    """The cue matches of ``finditer(body, lo, hi)`` (that pass :func:`_cue_ok`), taken from the article's
    one scan: a match attempt starting at or before the last character ``x < hi`` that no cue contains
    reads nothing past ``x``, so up to ``x`` the window's matches are the article's (unless one of
    those crosses ``lo``); only the few characters after ``x`` are scanned again."""
    cue_re = doc.lex.cue_re
    if cue_re is None:
        return []
    body = doc.body
    if body.isascii():
        cue_re = doc.lex.cue_ascii_re  # (the same matches on ASCII text: s15speed)
    hi = min(hi, len(body))
    ms = doc.cues()
    i = bisect.bisect_left(doc._cue_starts, lo)
    # x: the last character before hi that is neither a cue character nor white space (lo - 1: none)
    x = lo - 1 + len(body[lo:hi].rstrip(doc.lex.cue_strip)) if hi > lo else hi - 1
    if x < lo or (i > 0 and ms[i - 1].end() > lo):
        return [m for m in cue_re.finditer(body, lo, hi) if _cue_ok(body, m)]
    out = []
    n = len(ms)
    while i < n and ms[i].start() < x:
        if _cue_ok(body, ms[i]):
            out.append(ms[i])
        i += 1
    if x + 1 < hi:
        out.extend(m for m in cue_re.finditer(body, x + 1, hi) if _cue_ok(body, m))
    return out


#: A sentence-final stop anywhere in a window (one regex search instead of three substring tests).
_STOP_CHAR_RE = re.compile(r"[.!?]")


def _opens_in_clause(body: str, start: int) -> bool:
    """Whether the quotation whose text starts at ``start`` opens right after a word (inside a running
    clause: 'the success was "amazing"'), not at a sentence start or after punctuation."""
    i = start
    while i > 0 and body[i - 1] in _QUOTE_CHARS:
        i -= 1
    while i > 0 and body[i - 1] in " \t":
        i -= 1
    # (a plural possessive's apostrophe ends a word too: 'the old parties' "lies and spin"')
    return i > 0 and (body[i - 1].isalnum() or i > 1 and body[i - 1] in "'’" and body[i - 2] == "s" and i < start)


def _fragment_ends_sentence(body: str, q: _Quote, cue_lo: int) -> bool:
    """English: a short quotation (up to six words) opening inside a running clause (after a word: 'the
    success was "amazing"', 'what he called a "fantasy island"') and closing its sentence is a quoted
    fragment of that clause; the next sentence's subject and cue ('He said ...') do not attribute it."""
    if _STOP_CHAR_RE.search(body, q.end - 1, cue_lo) is None or \
            len(list(islice(TOKEN_RE.finditer(body, q.start, q.end), 7))) > 6:
        return False  # (a longer quotation is a whole statement: its speaker may come after it)
    return _opens_in_clause(body, q.start)


#: English: an indefinite noun phrase right after an inverted cue ('"...," said one Democrat familiar with
#: the talks', '"...," tweeted another.'): a determiner and up to four words, then the phrase ends.
_INVERTED_NP_RE = re.compile(
    r"[ \t]+((?:an?|one|another|two|three|some|several)(?:[ \t]+[A-Za-z][a-z'’-]*){0,4}?)"
    r"(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:who|familiar|close|with|from|at|in|of|on|after|before|during)\b)")


#: English: a short definite description ending the clause after an inverted cue ('"...," said the 22-year-old.',
#: 'said the lock forward.'), its last word no time noun ('said the other day').
_INVERTED_DEF_RE = re.compile(r"[ \t]+([Tt]he(?:[ \t]+(?:[a-z][a-z'’-]*|\d+-year-old)){1,3})(?=[ \t]*(?:[,.;]|$))")
_INVERTED_DEF_NOT = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
                               "afternoon", "evening", "night", "weekend", "time", "following", "same", "other"})


def _inverted_np(body: str, pos: int, pe: int) -> _Speaker:
    m = _INVERTED_NP_RE.match(body, pos, pe)
    if m is None and (m_def := _INVERTED_DEF_RE.match(body, pos, pe)) is not None and m_def.group(1).rsplit(
            None, 1)[-1] not in _INVERTED_DEF_NOT and not _FINITE_AUX.intersection(m_def.group(1).split()[1:]):
        # (s17en: not 'X, Y, said the results were striking.': a finite auxiliary makes it the reported clause)
        return _Speaker(m_def.group(1), "role", "", m_def.start(1), m_def.end(1))
    if m is None or " " not in m.group(1) and body.startswith(" of", m.end()) or _FINITE_AUX.intersection(
            m.group(1).split()[1:]):
        return _Speaker()  # ('said one of their lawyers, X': the name in apposition is for _right_speaker)
    return _Speaker(m.group(1), "role", "", m.start(1), m.end(1))


#: English: a comma and an opening mark right after a cue ('He answered, "...').
_NEXT_OPENS_RE = re.compile(r"[ \t]*,[ \t]*[\"“‘]")


def _introduced(doc: _Doc, q: _Quote) -> bool:
    """English: a cue word and a comma or colon right before the quote's opening mark ('X, president of
    Sydus, said, "..."'): the quote has its attribution before it, not in the next sentence."""
    body = doc.body
    i = q.start
    while i > 0 and body[i - 1] in _QUOTE_CHARS:
        i -= 1
    j = i
    while j > 0 and body[j - 1] in " \t":
        j -= 1
    if j == 0 or body[j - 1] not in ",:":
        return False
    w = _TAIL_WORD_RE.search(body, max(0, j - 30), j - 1)
    if w is not None and (w.group(1).lower() in doc.lex.verbs or w.group(1).lower() in doc.lex.after_cues):
        return True
    if body[j - 1] != ":":
        return False
    # 'Mr Prescott told BBC News: "..."', 'X said in a statement: "..."': a cue a few words before the colon
    lo = max(doc.sentence(j - 1)[0], j - 50)
    cues = _cue_tokens(doc, lo, j - 1)
    return bool(cues) and cues[-1].group().lower() in doc.lex.verbs and not any(
        c in body[cues[-1].end():j - 1] for c in ".!?;\"“”")


def _attribute_after(doc: _Doc, q: _Quote, close_end: int) -> bool:
    """Cue after a closing mark: '"...," kata X' / 'tambahnya' / 'X said' / 'said X'."""
    body = doc.body
    lex = doc.lex
    ps, pe = doc.paragraph(max(close_end - 1, 0))
    hi = min(pe, close_end + 200)
    window = body[close_end:hi]
    stripped = window.lstrip(" ,.—–-\t\"”’'")
    offset = close_end + len(window) - len(stripped)
    if not stripped:
        return False
    # sentence-final quote ("...done." The next sentence) only attaches if the cue comes right after
    m = _FIRST_WORD_RE.match(stripped)
    if not m:
        return False
    w0 = m.group().lower()
    cue_lo = offset
    if w0 in lex.clitics:
        q.cue, q.cue_pos, q.speaker_kind = m.group(), cue_lo, "clitic"
        q.speaker = m.group()
        return True
    if (w0 in lex.after_cues or w0 in lex.verbs or w0 in lex.passives) and w0 not in lex.participles and not (
            lex.language == "en" and m.group()[:1].isupper() and _STOP_CHAR_RE.search(body, q.end - 1, cue_lo)
            and (nw0 := _NEXT_WORD_RE.match(body, cue_lo + m.end(), pe)) is not None and nw0.group(1).islower()
            and nw0.group(1) not in lex.determiners):
        # (not '..." Predicted chart-topper Do They Know It's Christmas? is ...': a capitalised word after the
        # sentence's stop opens a new sentence, not an inverted cue)
        # ('"...," telling Fox 35 that ...': a participle's noun is its addressee, no inverted speaker)
        # "...," bunyi surat edaran itu: an Indonesian after-cue (not a verb) may take a definite description
        sp = _right_speaker(doc, cue_lo + m.end(), pe, definite=lex.language == "id" and w0 not in lex.verbs)
        if not sp.text and lex.language == "en":
            sp = _inverted_np(body, cue_lo + m.end(), pe)
        if sp.text and lex.language == "en" and sp.text.split(None, 1)[0].lower() in lex.that_words:
            return False  # s13prec: '"..." - noted that the company offers ...': "that" opens the cue's clause, no speaker
        if sp.text and lex.language == "en" and sp.kind == "pronoun" and _clause_follows(doc, sp.end, pe):
            return False  # ('Humphrey, who calls Trump a "sociopath," said he doesn't believe ...': no inversion)
        if sp.text and lex.language == "en" and (nw := _NEXT_WORD_RE.match(body, sp.end, pe)) and nw.start(
                1) == sp.end + 1 and nw.group(1) in _COPULAS:
            return False  # ("Manafort, citing “the magic of Trump,” said the candidate could win": a clause's subject)
        if sp.text:
            q.cue, q.cue_pos = m.group(), cue_lo
            _set_speaker(q, sp)
            return True
        if w0 in lex.after_cues and lex.language == "en":
            return False
    # "X said" / "X mengatakan": a short speaker phrase then a cue within a few words
    sent_end = min(pe, hi)
    if lex.language == "en" and " as " in body[cue_lo:cue_lo + 160] and "quote" in body[cue_lo:cue_lo + 80] and (
            m_qa := _QUOTED_AFTER_RE.match(body, cue_lo, sent_end)) is not None and (
            sp := _quoted_object(doc, m_qa.start(1), m_qa.end(1))).text:
        # s15bbc: '"...," Reuters quoted one trader as saying.', '..., the agency quoted Peoplesoft worker David
        # Ogden as saying.': the person quoted, the object of "quoted", said the words (the outlet relays them)
        q.cue, q.cue_pos = m_qa.group(2), m_qa.start(2)
        _set_speaker(q, sp)
        return True
    if lex.language == "en" and "read" in body[cue_lo:cue_lo + 40] and (
            m_read := _READ_AFTER_RE.match(body, cue_lo, sent_end)) is not None:
        # '"I am still Sanders," it read.', '"...," read a statement from the family.': a sign or document's words
        g, c = (1, 2) if m_read.group(1) else (4, 3)
        q.cue, q.cue_pos = "read", m_read.start(c)
        _set_speaker(q, _Speaker(m_read.group(g), "role", "",
                                 m_read.start(g), m_read.end(g)))
        return True
    if lex.language == "en" and _fragment_ends_sentence(body, q, cue_lo):
        return False  # 'the result was "amazing". He said: ...': the fragment belongs to its own clause
    for cm in _cue_tokens(doc, cue_lo, sent_end):
        far = cm.start() - cue_lo > 90
        if far and (lex.language != "en" or cm.start() - cue_lo > 200 or body[cue_lo:cue_lo + 1].islower()
                    or body[q.end - 1:q.end] in ".!?"):  # ('"...done." Owen, who won ..., said he ...': a new report)
            break
        cw = cm.group().lower()
        if cw in lex.intros or cw in lex.mixed_cues and cw.split()[0] not in lex.verbs and not (
                lex.language == "en" and " " not in cw and cw.endswith(("ed", "s")) and cm.start() - cue_lo < 40
                and body[cm.end():sent_end].lstrip()[:1] in ("", ".", ",", "!", "?")
                and body[q.end - 1:q.end] not in ".!?" and _STOP_CHAR_RE.search(body, q.end, cue_lo) is None):
            # (a mixed cue attributes only the quoted fragment after it: 'He hailed X as "..."'; but '"...," he
            # mocks.', '"Quiet," he demanded, as ...': closing the quotation's sentence, it says it)
            continue
        between = body[cue_lo:cm.start()]
        if lex.language == "en" and "." in between:
            between = _INITIALISM_DOT_RE.sub(" ", between)  # "of Raleigh, N.C., who was polled, said"
            if "(" in between:
                between = _PAREN_TAG_RE.sub(" ", between)  # "Sen. Chuck Schumer (D-N.Y.) said": a party-state tag
        if lex.language == "id" and "." in between and any(
                mw.group(1).lower() not in _id_name_titles() for mw in _ID_CAP4_STOP_RE.finditer(between)):
            break  # (s17id) '... sebagai "etalase" UMKM kuliner Solo. Ia berjanji ...': a four-letter place ends the sentence
        between = _ABBREV_DOT_RE.sub(" ", between)
        if any(c in between for c in ".!?;\"“”"):
            break
        sp = _left_speaker(doc, cue_lo, cm.start())
        if far and sp.text and cue_lo not in (sp.start, sp.phrase_start):
            break  # (a long speaker phrase only as a name with its appositions right after the quote)
        if sp.text and lex.language == "en" and cw in lex.mixed_cues and _be_before(body, max(cue_lo, cm.start() - 24),
                                                                                   cm.start()):
            break  # s17mixed: '... the "full text" of the advice - the suggestion was rejected.': a passive, no speaker
        lead = body[cue_lo:sp.phrase_start if sp.phrase_start >= 0 else sp.start] if sp.text else ""
        if sp.text and lex.language == "en" and lead[:1].isupper() and lead.split(None, 1)[0].lower(
                ) in _CLAUSE_OPENERS_EN:
            break  # '"..." But she said ...': a new sentence with its own report
        if sp.text and lex.language == "en" and lead[:4] in ("but ", "and ") and body[q.end - 1:q.end] not in ".!?" \
                and (nw := _NEXT_WORD_RE.match(body, cm.end(), sent_end)) is not None and nw.start(1) == cm.end() + 1 \
                and (nw.group(1) == "that" or nw.group(1) in _SUBJECT_PRONOUNS) and (_min_tokens(
                    3, body, cm.end(), sent_end) or _contracted_clause(body, cm.end(), sent_end)):
            # (s25pol: also a contracted one, '"insanity," and Sanders, who says it's "disastrous."')
            break  # '..., saying, "A," but he denied that they were ...': a coordinated clause with its own report
        if sp.text and not any(c in lead for c in ",;:") and not _min_tokens(4, lead):
            if lex.language == "en" and body[q.end - 1:q.end] in ".!?" and (body[cm.end():sent_end].lstrip(
                    ).startswith(":") or _NEXT_OPENS_RE.match(body, cm.end(), sent_end) or _introduced(doc, q)):
                return False  # '..."B." Mr. Zahed said: "C"', '"...?" He answered, "C"': the cue introduces C
            if lex.language == "en" and body[q.end - 1:q.end] not in ".!?" and _STOP_CHAR_RE.search(
                    body, q.end, cue_lo) is not None and _introduced(doc, q) and _clause_follows(doc, cm.end(), sent_end):
                return False  # 'the minutes added: "...". Ross Walker, ..., said he was surprised': attributed before
            if lex.language == "en" and body[q.end - 1:q.end] not in ".!?" and _cue_has_clause(doc, q, cm.end(), sent_end) \
                    and not (cw in lex.told_verbs and _told_addressee_only(doc, cm.end())):
                # (s13mix: not 'He had "wanted to fly," a friend told The Daily Beast.': "The" opens the addressee)
                return False  # 'he had decimated "core Al Qaeda," on Tuesday night he said it still posed ...'
            q.cue, q.cue_pos = cm.group(), cm.start()
            _set_speaker(q, sp)
            # '..."We are checking." Mr Lamberty explained that the company ...': the cue also opens a new
            # sentence with its own reported clause, so the indirect pass may read it too
            q.shares_cue = lex.language == "en" and (body[q.end - 1:q.end] in ".!?" or _STOP_CHAR_RE.search(
                body, q.end, cue_lo) is not None) and (_clause_follows(
                doc, cm.end(), sent_end) or body[cm.end():cm.end() + 1] == "," and _ADVERB_THAT_RE.match(
                body, cm.end(), sent_end) is not None or _demonstrative_subject(doc, cm.end(), sent_end)) and len(
                TOKEN_RE.findall(body, cm.end(), sent_end)) >= 3
            # ('..."B." He said, twice, that he ...': adverbs before "that" also open the cue's own clause)
            if q.shares_cue and cm.group().lower() in lex.told_verbs and _addressee_only(
                    rest := body[cm.end():sent_end].split(".", 1)[0], TOKEN_RE.findall(rest), lex):
                q.shares_cue = False  # s13prec: '"...?" Todd asked the real estate mogul.': only the addressee follows
            return True
        if sp.text:
            break
    return False


#: English: a sign's or document's words after a quotation: '"...," it read.', '"...," the banner read.', '"...,"
#: read a statement from the family.' ("read" is no cue word: "Ian Read said", "I read that ...").
_READ_AFTER_RE = re.compile(r"(?:(it|the[ \t]+[a-z]+(?:[ \t][a-z]+)?|an?[ \t]+[a-z]+(?:[ \t][a-z]+)?)[ \t]+(read)|(read)[ \t]+"
                            r"((?:the|a|an|its|his|her|their)[ \t]+[^,.;:!?\n\"“”]{2,60}?))(?=[ \t]*(?:[,.;]|$))")


_READ_BEFORE_RE = re.compile(r"(?<![\w'’])([Ii]t|[Tt]he[ \t]+[a-z]+(?:[ \t][a-z]+)?|[Aa]n?[ \t]+[a-z]+(?:[ \t][a-z]+)?)[ \t]+"
                             r"(read)[ \t]*$")


#: English words opening the reported clause of a cue ("said it still posed ...", "said that ...").
_CLAUSE_SUBJECTS = frozenset({"that", "he", "she", "it", "they", "we", "i", "the", "a", "an", "his", "her", "their",
                              "its", "this", "there"})


def _told_addressee_only(doc: _Doc, ce: int) -> bool:
    """English: the rest of the sentence after "told" at ``ce`` is only its addressee ("... told The Daily Beast.")."""
    se = doc.sentence(ce)[1]
    return _addressee_only(doc.body[ce:se], TOKEN_RE.findall(doc.body, ce, se), doc.lex)


def _cue_has_clause(doc: _Doc, q: _Quote, ce: int, se: int) -> bool:
    """English: a quoted fragment opening inside a running clause ('he had decimated "core Al Qaeda,"') is
    no statement of the cue after it when that cue reports a clause of its own ('on Tuesday night he said it
    still posed "a direct threat"')."""
    body = doc.body
    m = _NEXT_WORD_RE.match(body, ce, se)
    if m is None or m.start(1) != ce + 1 or m.group(1).lower() not in _CLAUSE_SUBJECTS or not (_min_tokens(
            3, body, ce, se) or _contracted_clause(body, ce, se)):
        return False  # (s25pol: "says it's ''disastrous''": a contracted subject and auxiliary are a clause too)
    return _opens_in_clause(body, q.start)


#: English: a possessor's answer introducing a quotation after a colon ("Clinton's response was:", "His message
#: was simple:", "The mayor's reply:").
_POSS_ANSWER_RE = re.compile(
    r"\s*(?:(?:And|But|So|Yet)\s+)?((?:[A-Z][\w.-]*\s+){0,3}[\w.-]+['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    r"(?:(?:first|initial|only|latest|final|own|official|written|short)\s+)?"
    r"(response|reply|answer|retort|reaction|message|verdict|advice|explanation|assessment|conclusion|comment|"
    r"warning|plea|prediction|promise|pledge|demand|question|diagnosis|instructions?)"
    r"(?:\s+(?:was|is|has\s+been|had\s+been)(?:\s+(?:simple|clear|blunt|short|brief|direct|swift|terse|curt|"
    r"quick|unequivocal|succinct|characteristically\s+\w+))?)?\s*$")


#: English: "in X's words," before a quotation ("in Forbes' words", "In his own words").
_IN_WORDS_RE = re.compile(r"(?<![\w'’])[Ii]n\s+((?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+(?:['’]s|s['’])|"
                          r"his|her|their|its)\s+(?:own\s+)?(words)\s*$")


def _attribute_before(doc: _Doc, q: _Quote, open_pos: int) -> bool:
    """Cue before an opening mark: 'X said: "..."', 'Kata X, "..."', 'According to X, "..."', 'X: "..."'."""
    body = doc.body
    lex = doc.lex
    ps, _ = doc.paragraph(open_pos)
    if ps >= open_pos or body[ps:open_pos].isspace():
        return False  # the quote opens its paragraph: nothing before it (no sentence split needed)
    ss, _ = doc.sentence(max(open_pos - 1, ps))
    lo = max(ps, min(ss, open_pos))
    text = body[lo:open_pos]
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in ",:":
        # "X said "..."" without punctuation also occurs
        if not stripped:
            return False
    end = lo + len(stripped)
    if stripped[-1] in ",:":
        end -= 1
    cues = _cue_tokens(doc, lo, end)
    if lex.language == "en" and len(cues) > 1 and (cues[-1].group().lower() in lex.nominal_cues or cues[
            -1].group().lower() in lex.mixed_cues) and cues[-2].group().lower() in lex.verbs and not cues[
            -1].group().endswith("ing"):
        mid = TOKEN_RE.findall(body, cues[-2].end(), cues[-1].start())
        if mid and (mid[0].lower() in _PREPOSITIONS["en"] and len(mid) <= 4 or len(mid) <= 8 and any(
                w in ("in", "on", "via") for w in mid[-3:]) and not any(c in body[cues[-2].end():cues[-1].start()]
                                                                       for c in ",;:.\"“”")):
            # 'Trump said in a statement, "..."', 'Trump told the Post in a written statement, "..."': the noun
            # is the verb's adverbial
            cues = cues[:-1]
    if lex.language == "en" and cues and stripped[-1] == ":" and " " in cues[-1].group() and cues[
            -1].group().lower() in lex.mixed_cues and cues[-1].group().split()[0].lower() in lex.verbs and \
            _min_tokens(1, body, cues[-1].end(), end):
        # 'Another user wrote of Ms. Merkel: "..."': a verb + preposition cue with its object before a colon
        # introduces the quotation like the verb alone
        cues[-1] = _FIRST_WORD_RE.match(body, cues[-1].start())
    if stripped[-1] == "," and lex.language == "en" and "words" in stripped and (
            m_words := _IN_WORDS_RE.search(body, max(lo, end - 60), end)):
        # "In Forbes' words, "..."", "in his own words, "..."": the possessor said it
        who = m_words.group(1)
        if who.lower() in _POSSESSIVES:
            sp = _Speaker(who, "pronoun", "", m_words.start(1), m_words.end(1))
        else:
            sp = _phrase_back(doc, max(lo, m_words.start(1) - 60), m_words.end(1) - (1 if who[-1] in "'’" else 2))
        if sp.text and sp.kind in ("name", "pronoun", "role"):
            q.cue, q.cue_pos = m_words.group(2), m_words.start(2)
            _set_speaker(q, sp)
            return True
    if stripped.endswith(":") and lex.language == "en" and (m_poss := _POSS_ANSWER_RE.match(body, lo, end)):
        # "Clinton's response was: "..."", "His message was simple: "..."": the possessor said it
        who = m_poss.group(1)
        if who.lower() in _POSSESSIVES:
            sp = _Speaker(who, "pronoun", "", m_poss.start(1), m_poss.end(1))
        else:
            sp = _phrase_back(doc, m_poss.start(1), m_poss.end(1) - 2)
        if sp.text and sp.kind in ("name", "pronoun", "role"):
            q.cue, q.cue_pos = m_poss.group(2), m_poss.start(2)
            _set_speaker(q, sp)
            return True
    if lex.language == "en" and cues and stripped[-1] in ",:" and cues[0].group()[:1].isupper() and (
            (c0 := cues[0].group().lower()) in _FRONT_CUES or c0 in lex.verbs and c0 not in lex.told_verbs
            and not c0.endswith("ing")) and not body[lo:cues[0].start()].strip(_QUOTE_OR_BLANK):
        # 'Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."', 'Observes Mr Hadi: "..."': a
        # sentence-opening cue and the speaker after it
        sp = _phrase_back(doc, cues[0].end(), end) if "," not in body[cues[0].end():end] else _Speaker()
        if not sp.text or sp.start > cues[0].end() + 1:
            sp = _right_speaker(doc, cues[0].end(), end)  # ("Said Wales assistant coach Scott Johnson:": the phrase)
        if sp.text and sp.kind in ("name", "role"):
            q.cue, q.cue_pos = cues[0].group(), cues[0].start()
            _set_speaker(q, sp)
            return True
    pp_sentence = bool(cues) and lex.language == "en" and cues[-1].group().lower() in lex.mixed_cues and " " not in cues[-1].group() and body[
        cues[-1].end():cues[-1].end() + 4] in _CUE_PP_STARTS and _PP_BEFORE_SENTENCE_RE.match(body, cues[-1].end(), q.start + 1)
    if cues and cues[-1].group().lower() in lex.mixed_cues and not pp_sentence:
        return False  # 'called it "a disaster"': read with the indirect cues (one mixed quote)
    if cues:
        cm = cues[-1]
        cw = cm.group().lower()
        rest = body[cm.end():end]
        rest_words = [w.lower() for w in TOKEN_RE.findall(rest)]
        if cw in lex.intros or cw in ("kata",):
            sp = _right_speaker(doc, cm.end(), end)
            k_sp = sp.end
            if sp.text and lex.language == "en" and body[k_sp:k_sp + 1] == " " and (
                    m_nl := _NAME_LIST_TAIL_RE.match(body, k_sp, end)) is not None:
                # s14bound: 'According to a 2013 study by economists Peter Schott and Justin Pierce, the recession
                # is ... "..."': names after the source's role noun still belong to the source; its comma follows
                k_sp = m_nl.end()
            if sp.text and lex.language == "en" and body[k_sp:k_sp + 1] == "," and stripped[-1] != ":" and \
                    _min_tokens(2, body, k_sp, end) and not _cue_tokens(doc, k_sp, end) and (
                    not _appos_after(doc, k_sp, end) or _clause_after_intro(doc, k_sp + 1, end)
                    or stripped[-1] != "," and any(w.lower() in lex.aux or w.lower() in _COPULAS
                                                   for w in TOKEN_RE.findall(body, k_sp, end))):
                # 'According to X, he is now "..."', 'According to X, the plan was "..."' (a verb: no apposition): a
                # clause before the quotation (one mixed quote)
                return False
            if sp.text and lex.language == "id" and stripped[-1] not in ",:" and 0 <= (k_c := body.find(
                    ",", k_sp, min(end, k_sp + 40))) and not any(c in body[k_sp:k_c] for c in _QUOTE_CHARS) and \
                    _min_tokens(2, body, k_c, end) and not _cue_tokens(doc, k_c, end):
                # (s21ntxid) 'Menurut jaksa penuntut, serangan tersebut membutuhkan "perencanaan substansial ..."': a
                # clause runs on into the quotation (no comma or colon before it): one mixed quote, read with "Menurut"
                return False
            if sp.text:
                q.cue, q.cue_pos = cm.group(), cm.start()
                _set_speaker(q, sp)
                return True
        # X said (that) / X told reporters / X said in a statement: -- and the quote ends the sentence
        limit = 5 if cw in lex.told_verbs or stripped.endswith(":") else 2
        if lex.language == "en" and stripped[-1] in ",:" and cw in lex.verbs and rest_words and rest_words[
                0] in _PREPOSITIONS["en"] and not any(w in lex.clause_markers or w in lex.verbs for w in rest_words):
            limit = 12  # 'Mr. Kim said in a recent issue of Foreign Policy magazine: "..."', 'X said in a statement, "'
        if pp_sentence:
            limit = 12  # s12pred: 'X lamented in an interview with Y, "We ..."'
        if lex.language == "en" and stripped[-1] == ":" and cw in lex.told_verbs and 5 < len(rest_words) <= 9 and all(
                _is_cap(w) or w[:1].isdigit() or w in _ADDRESSEE_CONNECTORS or w in _addressee_tails_en() or w in (
                    "s", "the") for w in TOKEN_RE.findall(rest)):
            limit = 9  # s20bbc: a programme's title as the addressee ("told BBC Radio Scotland's Sunday Live programme:")
        if lex.language == "en" and stripped[-1] not in ",:" and cw in lex.verbs and cw not in lex.told_verbs and rest[
                :1].isspace() and any(
                w not in lex.that_words and w not in _TIME_WORDS and w not in lex.trailers for w in rest_words):
            return False  # 'X said the company "will fight ..."': mixed, read with the indirect cues
        if lex.language == "id" and stripped[-1] not in ",:" and cw in lex.verbs and rest[:1].isspace() and (
                lead := [w for w in rest_words if w != "bahwa"]) and lead[0] not in lex.trailers and body[
                cm.start() - 2:cm.start()] != ", " and _id_mixed_lead(body, cm.end(), end):
            # (not after a comma: '"...," katanya, menyebut para Demokrat "..."', a subjectless participle's clause)
            return False  # (s24mixid) 'Vann mengatakan dia "merasa ..."': a clause before it, mixed (indirect cues)
        if lex.language == "en" and stripped[-1] not in ",:" and cw in lex.told_verbs and rest[:1].isspace() and len(
                rest_words) >= 2 and any(w in lex.that_words for w in rest_words[:-1]):
            # 'X told reporters that the plan was "a disaster."', 'X warned that the plan was "a mistake."': a clause
            # before it, one mixed quote
            return False
        if lex.language == "en" and stripped[-1] not in ",:" and cw in lex.told_verbs and rest[:1].isspace() and len(
                rest_words) >= 3 and (cst := _skip_that(doc, cm.end(), end, told=True)) < end and _min_tokens(
                2, body, cst, end) and (fw := _FIRST_WORD_RE.match(body, cst, end)) is not None and fw.group().lower() \
                not in _PREPOSITIONS["en"] and fw.group().lower() not in _TIME_WORDS:
            return False  # 'X told the crowd the plan was "a mistake."': the addressee, then a clause: one mixed quote
        if lex.language == "en" and "." in rest:
            rest = _ABBREV_DOT_RE.sub(" ", rest)  # 'Jones said of Ms. Merkel: "..."': a title's full stop
        if len(rest_words) <= limit and not any(c in rest for c in ".!?") and (_quote_ends_sentence(doc, q) or (
                lex.language == "en" and (stripped[-1] == "," or not rest_words) and _AFTER_QUOTE_GOES_ON_RE.match(
                    body, q.end)) or lex.language == "en" and stripped[-1] in ",:" and cw in lex.verbs and (
                    (m_but := _CLOSED_THEN_BUT_RE.match(body, q.end)) is not None
                    and (stripped[-1] == ":" or not rest_words and m_but.group(1) != "while"))):
            # ('Clinton said: "I have acknowledged ... a mistake," but in fact she used one account': a quotation
            # closed by a comma, the writer's clause after it)
            if lex.language == "en" and cw in lex.verbs and not rest_words and not cw.endswith("ing") and \
                    _passive_before(body, lo, cm.start()):
                q.cue, q.cue_pos = cm.group(), cm.start()  # 'Blumenthal was asked, "...?"': no speaker named
                return True
            sp = _left_speaker(doc, lo, cm.start())
            if sp.text and lex.language == "en" and cw.endswith("ing"):
                sp = _participle_speaker(doc, lo, cm.start(), sp)
            if sp.text:
                q.cue, q.cue_pos = cm.group(), cm.start()
                _set_speaker(q, sp)
                return True
            if cw in lex.participles or cw in lex.verbs:
                q.cue, q.cue_pos = cm.group(), cm.start()
                if lex.language == "en":
                    # 'Band member Flea shared the news, writing "..."', 'Ms. Sherry smiled and said, "..."':
                    # the subject of the sentence the cue goes on
                    pw = _TAIL_WORD_RE.search(body, max(lo, cm.start() - 12), cm.start())
                    if pw is not None and pw.group(1).lower() in _SUBJECT_PRONOUNS_EN:
                        # 'Recently she announced on her Facebook page, "..."': the pronoun before the verb
                        _set_speaker(q, _Speaker(pw.group(1), "pronoun", "", pw.start(1), pw.end(1)))
                        return True
                    sp = _sentence_subject(doc, lo, cm.start())
                    if (not sp.text or sp.kind == "name" and sp.end + 1 < cm.start()) and not cw.endswith("ing") and (
                            np_ := _subject_np(doc, lo, cm.start())).text and np_.start <= max(sp.start, lo + 1):
                        # s14bbc: 'The double Olympic champion said: "..."', 'The Olympic champion said: "..."': the
                        # whole subject phrase right before the verb (as the indirect cues read it), not a name in it
                        sp = np_
                    if not sp.text:
                        sp = _clause_pronoun(doc, lo, cm.start())  # s15subj: 'When he returned he began by saying, "'
                    if sp.text:
                        _set_speaker(q, sp)
                        return True
                q.speaker_kind = "clitic"  # the subject is elided: resolve to the last speaker
                return True
    if stripped.endswith(":") and lex.language == "en" and stripped.endswith("read:") and (
            m_read := _READ_BEFORE_RE.search(body, max(lo, end - 40), end)) is not None:
        # 'A banner hung on the bridge. It read: "..."', 'The statement read: "..."': a sign's or document's words
        q.cue, q.cue_pos = "read", m_read.start(2)
        who = m_read.group(1)
        _set_speaker(q, _Speaker(who, "role", "", m_read.start(1), m_read.end(1)))
        return True
    if stripped.endswith(":"):
        sp = _phrase_back(doc, lo, end)
        if sp.text and sp.text.lower() in lex.clitics:
            # s21lines: 'Katanya: "..."': a clitic cue before the colon is the cue, never a name; the speaker is
            # the one the clitic refers to
            q.cue, q.cue_pos, q.speaker, q.speaker_kind = sp.text, sp.start, sp.text, "clitic"
            return True
        if sp.text and lex.language == "en" and cues and cues[-1].group().lower() in lex.verbs and \
                cues[-1].start() < sp.start and not any(c in body[cues[-1].end():sp.start] for c in ",;.!?"):
            sp = _Speaker()  # 'X said in an interview with the magazine: "..."': the noun is the cue's adverbial
        if sp.text and lex.language == "en" and sp.kind == "role" and lo < sp.start <= lo + 40 and sp.text.split(
                None, 1)[0].lower() in ("a", "an", "the") and body[sp.start - 2:sp.start - 1].islower():
            # 'Sanders delivered a snappy retort: "..."', 'She then addressed the supporters again: "..."': the
            # phrase is the object of a verb; the subject of the sentence speaks
            subj = _sentence_subject(doc, lo, sp.start)
            if subj.text and subj.end < sp.start and (subj.kind in ("name", "role") or subj.text.lower(
                    ) in _SUBJECT_PRONOUNS_EN):
                q.cue, q.cue_pos = ":", end
                _set_speaker(q, subj)
                return True
        if sp.text and lex.language == "en" and sp.kind == "role" and " " in sp.text:
            sws = sp.text.split()
            cop = next((i for i, w in enumerate(sws) if w in _COLON_COPULAS), -1)
            if cop > 0:  # 'The minister was blunt: "..."': the subject before its copula
                cut = sp.start + len(" ".join(sws[:cop]))
                sp = _Speaker(body[sp.start:cut], "role", "", sp.start, cut)
            elif sws[-1].lower() in _COLON_MESSAGE_NOUNS and (sub := _sentence_subject(doc, lo, sp.start)).text:
                sp = sub  # 'The chairman had a simple message: "..."': the subject that has the message
        if sp.text and sp.kind in ("name", "role") and sp.start - lo <= 40:
            q.cue, q.cue_pos = ":", end
            _set_speaker(q, sp)
            return True
        if lex.language == "en" and not cues and not _COLON_CLAUSE_BREAK_RE.search(body, lo, end) and \
                _quote_ends_sentence(doc, q):
            # "Trump went even further: "...."", "he returned to his familiar lines: "..."": a clause whose
            # subject is a person introduces the quotation after its colon
            here = _HERE_IS_RE.match(body, lo, end)  # "Here's Clinton in December 1992: "..."": the name after it
            sp = _subject_at(doc, here.end(), end) if here else _sentence_subject(doc, lo, end)
            if sp.text and (sp.kind == "name" or sp.kind == "pronoun" and sp.text.lower() in _FRAGMENT_PRONOUNS) \
                    and not sp.text.endswith(("'s", "’s")) and not body[sp.end:end].lstrip().startswith(("'s", "’s")):
                q.cue, q.cue_pos = ":", end
                _set_speaker(q, sp)
                return True
    return False


#: English: a quotation closed with a comma and the writer's "but" clause after it ('"...," but in fact ...');
#: "while" only after a quotation a colon introduced.
_CLOSED_THEN_BUT_RE = re.compile(r"(?:,[\"”’']+|[\"”’']+,)[ \t]+(but|yet|though|although|while)\b")
#: English: a copula inside a noun phrase found before a colon ('The minister was blunt: "..."') and the nouns of
#: a message its subject has ('had a simple message: "..."').
_COLON_COPULAS = frozenset({"was", "is", "were", "are", "remained", "remains"})
_COLON_MESSAGE_NOUNS = frozenset({"message", "verdict", "warning", "response", "reply", "answer", "advice", "plea",
                                  "view", "explanation", "retort", "prediction", "assessment"})


def _clause_after_intro(doc: _Doc, pos: int, end: int) -> bool:
    """English: after "According to X," a main clause, not an apposition of X: an auxiliary within the first
    ten words before any comma ("According to their friends, Mrs. Clinton and Bill Clinton have worried ...";
    not ", a professor at Yale," nor ", who has ...")."""
    comma = doc.body.find(",", pos, end)
    words = TOKEN_RE.findall(doc.body, pos, comma if comma > 0 else end)[:10]
    if not words or words[0].lower() in doc.lex.relatives:
        return False
    return any(w in doc.lex.clause_markers for w in words[1:])


#: English: after a quotation closed with a comma, the sentence goes on with its own predicate ('X joked, "...,"
#: drawing loud jeers', 'Canova wrote, "...," and shared a link'): the quotation is still the cue's object.
_AFTER_QUOTE_GOES_ON_RE = re.compile(r"(?:,[\"”’']+|[\"”’']+,)[ \t]+(?:and[ \t]+[a-z]+(?:ed|s)\b|[a-z]{3,}ing\b)")


_SUBJECT_PRONOUNS_EN = frozenset({"he", "she", "they", "we", "i"})
#: English: cues that may open a sentence with the speaker after them ('Said one aide, "..."').
_FRONT_CUES = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "recalled", "recalls",
                         "explained", "explains", "noted", "notes", "quipped", "quips"})


_HERE_IS_RE = re.compile(r"\s*(?:And\s+)?[Hh]ere(?:['’]s|\s+is|\s+was)\s+")
#: Punctuation inside a clause before a colon that makes it no single clause introducing a quotation.
_COLON_CLAUSE_BREAK_RE = re.compile(r"[;\"“”()—–]|(?<![^\W\d_])['‘’]|['‘’](?![^\W\d_])|\s-{1,2}\s")


def _quote_ends_sentence(doc: _Doc, q: _Quote) -> bool:
    """True when nothing but punctuation follows the quote before a sentence or paragraph end."""
    body = doc.body
    i = q.end
    n = len(body)
    while i < n and (body[i] in _QUOTE_CHARS or body[i] in ".,!?;:…)"):
        i += 1
    j = i
    while j < n and body[j] in " \t":
        j += 1
    if j >= n or body[j] == "\n":
        return True
    if j > i and (body[j].isupper() or body[j] in _QUOTE_CHARS) and body[i - 1] in ".!?…\"”'’":
        return True
    return False


#: English: a subject pronoun or a capitalised word (a name's first word), an optional adverb, then a lower-case
#: word (for a pronoun, its verb; checked by the caller).
_CLAUSE_PRONOUN_RE = re.compile(r"(?<![\w'’])(?:(he|she|they|we|I|He|She|They|We)\s+(?:[a-z]+ly\s+)?([a-z]+)\b|"
                                r"[A-Z][a-z]+\b)")


def _verb_like_en(word: str, lex: _Lex) -> bool:
    """English: a lower-case word read as a finite verb after a subject (a cue, an auxiliary, an -ed form, an
    irregular past)."""
    return word in lex.verbs or word in lex.aux or len(word) > 3 and word.endswith("ed") or word in _irregular_past_en()


def _clause_pronoun(doc: _Doc, lo: int, hi: int) -> _Speaker:
    """English, when no subject opens the sentence of a participle or coordinated cue: the first subject pronoun
    or name in ``lo:hi`` (outside quotation marks) followed by a verb ("This year, he rose to the defense of Sepp
    Blatter, ..., saying", "When he returned he began by saying", "he said at a news conference, and then
    predicted:", "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at ..., saying"); the pronoun is
    resolved like any other, instead of the last name mentioned (s15subj)."""
    body = doc.body
    lex = doc.lex
    last = lo
    for m in _CLAUSE_PRONOUN_RE.finditer(body, lo, hi):
        seg = body[lo:m.start()]
        if seg.count('"') % 2 or seg.count("“") != seg.count("”"):
            continue  # (inside a quotation)
        if any(w.lower() in lex.verbs or w.lower() in lex.participles for w in TOKEN_RE.findall(body, last, m.start())):
            break  # ('X told the website Ford did not deserve it, saying': past a verb of saying, its content)
        last = m.start()
        if m.group(1):
            if _verb_like_en(m.group(2), lex):
                return _Speaker(m.group(1), "pronoun", "", m.start(1), m.end(1))
            continue
        w = m.group().lower()
        if w in _NOT_SUBJECT_FIRST or w in _PREPOSITIONS["en"] or w in lex.determiners or w in _weekdays_en() \
                or w in _months_en() or w in _COORD:
            continue
        sp = _subject_at(doc, m.start(), hi)
        if sp.kind == "name" and sp.start == m.start() and sp.text[-2:] not in ("'s", "’s") and (
                nw := _NEXT_WORD_RE.match(body, sp.end, hi)) is not None \
                and nw.start(1) == sp.end + 1 and _verb_like_en(nw.group(1), lex):
            return sp
    return _Speaker()


#: English: a clause boundary after the sentence's subject: a coordinated main clause (", and", ", but", ";") or a
#: concessive clause ("though", "although", ", as", ", while").
_CLAUSE_BOUNDARY_RE = re.compile(r"(?:,\s+(?:and|but|as|while|whereas)|;|\s(?:though|although|but))\s+(?=\S)")


def _nearer_clause_subject(doc: _Doc, lo: int, cs: int) -> _Speaker:
    """English (s15subj): the subject of the last clause that opens after a boundary between the sentence's
    subject (ending at ``lo``) and a participle cue at ``cs`` ("President Obama has been criticized ..., though in a
    news conference last week he used stronger language, saying", "Protest groups say ..., and the American Civil
    Liberties Union of Ohio has already sued the city over the rules, saying", "It was a potent punch, as Mrs. Clinton
    echoed the criticism, saying"): the participle goes with that clause. Empty when none (or inside a quotation)."""
    body = doc.body
    if "," not in body[lo:cs] and ";" not in body[lo:cs] and " though" not in body[lo:cs] and " but " not in body[lo:cs]:
        return _Speaker()  # (a cheap test before the regex)
    last = None
    for m in _CLAUSE_BOUNDARY_RE.finditer(body, lo, cs):
        last = m
    if last is None or any(c in body[lo:cs] for c in "\"“”"):
        return _Speaker()
    return _clause_pronoun(doc, last.end(), cs)


def _set_speaker(q: _Quote, sp: _Speaker) -> None:
    if sp.text[:1] in _CONTRACTION_FIRST and _CONTRACTED_CLAUSE_RE.match(sp.text) and not any(
            _is_cap(w) for w in sp.text.split()[1:]):
        # English: "It's worth pointing out that ...", "We're told that ...": a contracted clause, no speaker
        # (not "That's Life host Esther Rantzen", "It's funny to watch Mitt Romney insist")
        q.speaker, q.speaker_kind = "", ""
        return
    if sp.kind == "role" and sp.text[:2] in ("th", "a ", "an") and _modifier_of_cue_noun(sp.text, q.cue):
        q.speaker, q.speaker_kind = "", ""  # "the debunked claim that", "a friendly warning": no speaker named
        return
    if sp.text.endswith(" as") and q.cue == "saying":  # (s13pred) 'quoted a senior official as saying: "..."'
        sp = _Speaker(sp.text[:-3], sp.kind, sp.role, sp.start, sp.end - 3, sp.phrase_start)
    q.speaker = sp.text
    q.speaker_kind = sp.kind
    q.sp_start, q.sp_end = sp.start, sp.end
    if sp.role:
        q.role = sp.role


def _modifier_of_cue_noun(text: str, cue: str) -> bool:
    """English: "the debunked" before "claim", "a written" before "statement": a determiner and a modifier of
    the singular cue noun, not a subject (a role or a plural noun: "the senators claim")."""
    words = text.split()
    cw = cue.split(None, 1)[0].lower() if cue else ""
    if len(words) != 2 or words[0] not in ("the", "a", "an") or not words[1].islower() or words[1].endswith("s") \
            or cw.endswith("s"):
        return False
    lex = _lexicon("en")
    return cw in lex.nominal_cues and words[1] not in lex.roles


_CONTRACTION_FIRST = frozenset("IiTtWwYy")  # (a cheap test before the regex; not "" either)
_CONTRACTED_CLAUSE_RE = re.compile(r"(?:[Ii]t|[Tt]here|[Tt]hat|[Ww]hat|[Ww]e|I|[Yy]ou|[Tt]hey)['’](?:s|re|m)\b")


def _inside(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the span containing pos, or -1 (spans sorted, disjoint)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return i
    return -1


def _between_split_parts(direct: list[_Quote], span: tuple[int, int], pos: int) -> bool:
    """English (s15pred): ``pos`` lies after the cue, between the parts of the split direct quote whose span (from
    ``_indirect``'s ``dspans``) is ``span``: '"A," he said when asked about X. "B."' (the question put to him)."""
    d = next((q for q in direct if q.start - 1 == span[0] and q.end + 1 == span[1]), None)
    return d is not None and len(d.parts) > 1 and 0 <= d.cue_pos < pos and any(
        a[1] <= pos < b[0] for a, b in zip(d.parts, d.parts[1:], strict=False))


def _content_end(body: str, s: int, e: int) -> int:
    while e > s and body[e - 1] in _TRAIL_PUNCT:
        e -= 1
    return e


def _content_start(body: str, s: int, e: int) -> int:
    while s < e and body[s] in _TRAIL_PUNCT:
        s += 1
    return s


#: English: how many words (at most, exclusive) a verb of praise, blame or naming may stand before the quoted
#: fragment it frames when no punctuation or other cue comes between ('likened it to historic campaigns
#: where supporters were obliged to "stand up and be counted"'); nine words with any words between.
_MIXED_FAR = 13
#: English: a prepositional phrase and a comma between a one-word mixed cue and a quoted sentence ('who
#: lamented in an interview with the editor, "We have ..."'): the quotation is a direct one of the cue's subject, not a
#: quoted fragment of a mixed quote that also holds the phrase.
_PP_BEFORE_SENTENCE_RE = re.compile(r" (?:in|on|at|during|to) [^\"“”‘’'\n,;:.]{2,80},[ \t]+(?:''|[\"“‘'])[A-Z]")


#: English: a new clause with its own pronoun subject after a quoted fragment ('... as "impulsive" but she ...').
_BUT_CLAUSE_RE = re.compile(r"[,;]?\s+(?:but|while|whilst|whereas)\s+(?:he|she|they|we|I)\s")


#: English: a comma before a contrast that goes on with the same clause ('would not "close" the prison, but rather
#: move ...', '..., but instead ...', '..., rather than ...', '..., not on his religion') (s13mix, s13bound).
_CONTRAST_GOES_ON_RE = re.compile(r",\s+(?:but\s+(?:rather|instead|also)|rather\s+than|not)\s")


#: English: "and" and a few words up to the next quoted item of a list ('"A," and resisting the "B"').
_AND_FRAGMENT_RE = re.compile(r"and\s+[^,;:.!?\"“”‘’'()\n]{0,60}?\s[\"“‘']+")


def _far_fragment_break(doc: _Doc, ce: int, qs: int) -> bool:
    """English: punctuation, a line break or another cue between a mixed cue and a quoted fragment far from it."""
    gap = doc.body[ce:qs]
    if "." in gap:
        gap = _ABBREV_DOT_RE.sub(" ", gap)  # (s13mix: 'accused Ben S. Bernanke of ...', 'the U.S. politicians')
    return any(c in gap for c in ",;:.!?()—–\n") or bool(_cue_tokens(doc, ce, qs))


#: English cues of a passive whose agent, after "by", is the source ("was first reported by Politico", "were claimed
#: by the Islamic State").
_PASSIVE_BY_CUES = frozenset({"reported", "claimed"})
#: English: the passive auxiliary (a modal, an adverb) right before such a cue, and the clause start before it: a
#: relative pronoun, or a comma, a semicolon, a dash or "and"/"but" after a comma.
_PASSIVE_BY_AUX_RE = re.compile(r"(?:^|\s)(?:(?:might|may|could|would|will|can|must|should)\s+(?:have\s+)?)?"
                                r"(?:was|were|is|are|been|be)\s+(?:(?:first|initially|also|later|originally|previously|"
                                r"widely|reportedly)\s+)?$")
_PASSIVE_BY_START_RE = re.compile(r".*(?:[,;:—–]\s+(?:and\s+|but\s+)?|\s-\s+)", re.S)


def _reported_by_quote(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """English (s15subj): "News of the move was first reported by the Miami Herald.", "the attacks, which were claimed
    by the Islamic State": a report or claim in the passive, its agent after "by" the source and the subject of the
    passive (the clause before the auxiliary, or a relative pronoun) what was reported, as PARC 3.0 and PolNeAR
    annotate it."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    aux = _PASSIVE_BY_AUX_RE.search(body, max(ss, cs - 50), cs)
    if aux is None or aux.start() <= ss:
        return None
    sp = _right_speaker(doc, ce + 4, se)
    if not sp.text or sp.start != ce + 4 or sp.kind not in ("name", "role") or body[sp.end:sp.end + 4] == " to ":
        return None  # (not 'X is reported by Reuters to have won a contract': the infinitive is part of the report)
    end = len(body[:aux.start() + 1].rstrip())
    rel = _TAIL_WORD_RE.search(body, max(ss, end - 12), end)
    if rel is not None and rel.group(1).lower() in ("which", "that", "who"):
        start = rel.start(1)
    else:
        m_st = _PASSIVE_BY_START_RE.match(body, ss, end)
        start = _content_start(body, m_st.end() if m_st else ss, end)
        if not _min_tokens(1, body, start, end) or _min_tokens(9, body, start, end) or any(
                w.lower() in doc.lex.verbs or w.lower() in doc.lex.that_words for w in TOKEN_RE.findall(body, start, end)):
            return None  # (a long or clausal stretch is no subject noun phrase)
    q = _Quote(start, end, "indirect", [(start, end)], cm.group(), cs)
    _set_speaker(q, sp)
    return q


#: English auxiliaries and modals that end an elliptical clause ("Jeff Flake said he would.", "he said that CNN had.").
_ELLIPSIS_AUX = frozenset({"would", "will", "could", "can", "did", "does", "do", "had", "has", "have", "was", "were", "is",
                           "are", "might", "should", "must", "wouldn't", "won't", "didn't", "doesn't", "don't", "hadn't",
                           "wasn't", "isn't", "couldn't", "can't", "not"})
#: English pro-forms that stand for what was said before ("26 percent said the same.", "she said the opposite.").
_SAID_PRO_FORMS = frozenset({"the same", "the opposite", "as much"})


def _contracted_clause(body: str, lo: int, hi: int) -> bool:
    """English (s15fix): ``body[lo:hi]`` is two tokens, a subject pronoun contracted with its auxiliary and one
    more word ("it's fine", "they're wrong", "he'll run"): a whole clause, though two tokens."""
    ws = TOKEN_RE.findall(body, lo, hi)
    return len(ws) == 2 and ws[0] in _SUBJECT_PRONOUNS and ("'" in ws[0] or "’" in ws[0])


def _short_answer(doc: _Doc, q: _Quote, ce: int) -> bool:
    """English (s15subj): a content of one or two words right after "said"/"says" (or "said that") that ends the
    sentence and stands for a whole clause: an elliptical clause, subject and auxiliary ("Jeff Flake said he would.",
    "he said that CNN had.") or a pro-form ("26 percent said the same.", "she said the opposite.")."""
    body = doc.body
    if q.start <= ce or body[ce:q.start].strip() not in ("", "that") or body[q.end:q.end + 1] not in (".", "!", "?"):
        return False
    text = " ".join(body[q.start:q.end].replace("’", "'").split())
    if text.lower() in _SAID_PRO_FORMS:
        return True
    words = text.split()
    return len(words) == 2 and (words[0] in _SUBJECT_PRONOUNS or _is_cap(words[0])) and words[1].lower() in _ELLIPSIS_AUX


def _indirect(doc: _Doc, direct: list[_Quote], used_cues: set[int]) -> list[_Quote]:
    """Indirect quotes: 'X said (that) ...', '... , X said.', 'said X', 'according to X, ...',
    'X mengatakan (bahwa) ...', 'Menurut X, ...', '..., kata X.', participial '..., menambahkan bahwa ...'."""
    body = doc.body
    lex = doc.lex
    if lex.cue_re is None:
        return []
    dspans = sorted((q.start - 1, q.end + 1) for q in direct)
    dstarts = sorted(q.start for q in direct)
    dby = {q.start: q for q in direct}
    # s17robust: an article of hundreds of direct quotes looks for those inside a content among the ones starting
    # in it (the list is in order of start), not through the whole list for each content
    d_sorted = len(direct) > _MANY_QUOTES and [d.start for d in direct] == dstarts
    out: list[_Quote] = []
    taken_until = -1
    for cm in doc.cues():
        cs, ce = cm.start(), cm.end()
        if lex.language == "id" and cs in used_cues and cs >= taken_until and (q_cl := _id_clause_before_colon(
                doc, cm, dby, dstarts)) is not None:
            out.append(q_cl)  # s26idrec: 'X mengatakan CLAUSE: "QUOTE"': the clause is reported too
            taken_until = q_cl.end
            continue
        if cs in used_cues or cs < taken_until or (k_in := _inside(dspans, cs)) >= 0 and not (
                lex.language == "en" and body.startswith("asked ", cs) and _between_split_parts(direct, dspans[k_in], cs)) \
                or not (_cue_ok(body, cm) or lex.language == "id" and _after_dateline(body, cs)):
            continue
        if lex.language == "en" and body[cs - 2:cs] == ", " and _source_apposition(doc, cs, ce):
            continue  # 'Judge Sutton, writing for the majority, said ...': an apposition to the subject, no cue
        cw = cm.group().lower()
        if " " in cw or "\n" in cw:
            cw = " ".join(cw.split())
        ss, se = doc.sentence(cs)
        q = None
        if lex.language == "en" and (cw in _FRONTED_PARTICIPLES and (cm.group()[:1].isupper() or body[
                ss:cs].strip() in _PARTICIPLE_SUBORDINATORS) or body[ss:ss + 7] == "Having " and cw.endswith("ed")
                and cw in lex.verbs and not body[ss + 7:cs].strip()):
            # (not "Having said that, ...": the idiom for "nevertheless")
            # "Noting that ..., Trump reminded Americans of ...", "Having announced that ..., Judge Berman proceeded
            # to ...": the perfect participle too
            q = _fronted_participle(doc, cm, ss, se)
        elif lex.language == "en" and cw in _ATTITUDE_CUES:
            q = _attitude_quote(doc, cm, ss, se)  # "Clinton expressed confidence that ..."
        elif lex.language == "en" and cw in _PASSIVE_BY_CUES and body[ce:ce + 4] == " by ":
            q = _reported_by_quote(doc, cm, ss, se)  # s15subj: "The meeting was first reported by Politico."
        if q is not None:
            pass
        elif cw in lex.intros:
            q = _intro_quote(doc, cm, ss, se)
        elif cw in lex.clitics and cw.startswith("di") and lex.language == "id" and not body[ss:cs].rstrip().endswith(","):
            q = _mid_clitic(doc, cm, ss, se)  # "Indonesia disebutnya baru bisa membiayai 16%."
        elif cw in lex.clitics:
            # "CONTENT, katanya."
            left = body[ss:cs].rstrip()
            if left.endswith(",") and (body[ce:se].strip(" .") == "" or lex.language == "id" and body[ce:ce + 1] == " "
                                       and _id_cue_insert_res()[1].match(body, ce, se) is not None):
                # (s16id: also before a circumstance that ends the sentence, "Q, katanya di Jakarta.")
                cst = _content_start(body, ss, cs)
                cen = _content_end(body, ss, cs)
                q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs, cm.group(), "clitic")
            elif (not left or left.endswith(",")) and body[ce:ce + 1] == "," and lex.language == "id":
                # "Selain itu, lanjutnya, guru itu sudah meminta maaf." / "Pemerintah, katanya, akan ...":
                # the clause around the parenthetical cue; a connective before it ("Selain itu") is left out
                rst = _content_start(body, ce, se)
                ren = _content_end(body, rst, se)
                lw = TOKEN_RE.findall(left)
                if lw and not (len(lw) <= 3 and (lw[0].lower() in lex.not_speakers or lw[0].lower() in _ID_NOT_SUBJECT
                                                 or lw[0].lower() in _ID_CONNECTIVES)):
                    lst, len_ = _content_start(body, ss, cs), _content_end(body, ss, cs)
                    q = _Quote(lst, ren, "indirect", [(lst, len_), (rst, ren)], cm.group(), cs, cm.group(), "clitic")
                elif rst < ren:
                    q = _Quote(rst, ren, "indirect", [(rst, ren)], cm.group(), cs, cm.group(), "clitic")
            elif lex.language == "id" and cw == "katanya" and _ID_AND_BEFORE_CLITIC_RE.search(left) is not None and \
                    body[ce:ce + 1] == " " and _min_tokens(3, body, ce, se) and not _QMARK_RE.search(body, ce, se) and (
                    nw := _FIRST_WORD_RE.search(body, ce, se)) is not None and nw.group().lower() not in lex.that_words and \
                    nw.group().lower() not in _ID_NOT_SUBJECT:
                # s26idrec: "Dia menikah tahun lalu, dan katanya perbedaan usia bukan masalah.", "..., yang katanya telah
                # mendongkrak penjualan": the clause after "dan katanya" (English "and he said ...") or the relative
                # clause's predicate after "yang katanya" ("which it says ...") is the subject's report
                rst = _content_start(body, ce, se)
                ren = _content_end(body, rst, se)
                if left.endswith("yang") and (k_c := body.find(", ", rst, ren)) > 0 and (
                        nw2 := _FIRST_WORD_RE.match(body, k_c + 2, ren)) is not None and (
                        nw2.group() in _ID_MODALS or nw2.group().lower() in lex.aux):
                    ren = _content_end(body, rst, k_c)  # (the relative clause closed by a comma, the main predicate after)
                q = _Quote(rst, ren, "indirect", [(rst, ren)], cm.group(), cs, cm.group(), "clitic")
        elif cw in lex.passives and lex.language == "en":
            # (s13pred) "Louis Michel was quoted as saying that it was key to ...", "..., he is quoted as saying.":
            # the subject before the passive is the speaker, as before an active cue
            q = _passive_quoted_quote(doc, cm, ss, se)
        elif cw in lex.passives:
            sp = _right_speaker(doc, ce + 5 if lex.language == "id" and body.startswith(" pula ", ce) else ce + 9 if lex.language
                                == "id" and body.startswith(" langsung oleh ", ce) else ce, se,
                                intro=True)  # (s17id: "Disampaikan pula oleh ...")
            if not sp.text and lex.language == "id" and body[ce:ce + 1] == "," and not body[ss:cs].strip():
                # "Ditambahkan, pihaknya juga belum ...": an agentless passive cue; the speaker is the last one
                cst = _skip_that(doc, ce, se)
                cen = _content_end(body, cst, se)
                q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs, cm.group(), "clitic")
            elif sp.text and lex.language == "id" and ss + 2 < cs < ss + 40 and ":" not in body[ce:se] and (
                    q := _id_backref_quote(doc, ss, cs, cm.group(), [*direct, *out])) is not None:
                # (s18id) "CLAUSE. Hal itu disampaikan X di Makassar.": the sentence before is X's; "... oleh ROLE,
                # NAME.": the name after the role's comma
                if body[sp.end:sp.end + 1] == "," and (m_n := _ID_TITLED_TAIL_RE.match(body, sp.end + 1, se)) is not None \
                        and body[m_n.end():m_n.end() + 1] in (",", ".", "") and sp.text.split(None, 1)[0].lower() in lex.roles:
                    words = m_n.group(1).split()
                    while len(words) > 1 and words[0].lower().rstrip(".") in _id_name_titles():
                        words.pop(0)
                    if not any(w.lower() in lex.roles or w.lower() in lex.places or w.lower() in lex.org_words
                               or _is_acronym(w) for w in words):
                        ns = m_n.end(1) - len(" ".join(words))
                        sp = _Speaker(body[ns:m_n.end(1)], "name", sp.text, ns, m_n.end(1), sp.start)
                _set_speaker(q, sp)
            elif sp.text and not (lex.language == "id" and (left := body[ss:cs].strip(" \t\"“”")) and not left.endswith(",")):
                # (s17id: not "Hal senada disampaikan Sekretaris Jenderal MUI, Buya Anwar Hamzah.", "Kepastian itu
                # disampaikan X di Istana, Jakarta, Jumat": a passive with its own subject refers back; what follows
                # the agent's comma is its apposition or a circumstance, no content)
                after = body[sp.end:se]
                if after.lstrip().startswith(","):
                    c0 = sp.end + after.index(",") + 1
                    if lex.language == "id" and sp.text.split(None, 1)[0].lower() in lex.roles and (
                            m_n := _ID_TITLED_TAIL_RE.match(body, c0, se)) is not None and body[
                            m_n.end():m_n.end() + 1] == ",":
                        # (s17id) "Dikatakan Kepala Puskesmas Tembung, dr. Lestari Ginting, CONTENT", "Disampaikan
                        # pula oleh ROLE, NAME, bahwa CONTENT": the titled name after the role is the agent
                        words = m_n.group(1).split()
                        while len(words) > 1 and words[0].lower().rstrip(".") in _id_name_titles():
                            words.pop(0)
                        if not any(w.lower() in lex.roles or w.lower() in lex.places or w.lower() in lex.org_words
                                   or _is_acronym(w) for w in words):
                            ns = m_n.end(1) - len(" ".join(words))
                            if body[ns:m_n.end(1)] == " ".join(words):
                                sp = _Speaker(body[ns:m_n.end(1)], "name", sp.text, ns, m_n.end(1), sp.start)
                    cst = _skip_that(doc, sp.end + 1, se) if lex.language == "id" and sp.kind == "name" and \
                        sp.role else _content_start(body, sp.end, se)
                    cen = _content_end(body, cst, se)
                    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
                    _set_speaker(q, sp)
        elif cw in lex.mixed_cues or cw in lex.weak and lex.language == "en":
            # "called it ''a disaster''", "pledged to ''bring ...''": a cue when a quoted fragment follows
            # within a few words (a weak cue is also one before "that", a comma or a clause)
            k = bisect.bisect_left(dstarts, ce)
            quoted = k < len(dstarts) and dstarts[k] < se and not _min_tokens(9, body, ce, dstarts[k])
            if not quoted and k < len(dstarts) and dstarts[k] < se and cw in lex.mixed_cues and lex.language == "en" \
                    and not _min_tokens(_MIXED_FAR, body, ce, dstarts[k]) and not _far_fragment_break(doc, ce, dstarts[k]):
                quoted = True  # 'accused her of making racist remarks by using the term "superpredator"'
            if quoted and lex.language == "en" and cw not in lex.weak and _CLAUSE_BREAK_RE.search(body, ce, dstarts[k]) \
                    and any(c.group().lower() in lex.verbs or c.group().lower() in lex.mixed_cues
                            for c in _cue_tokens(doc, ce, dstarts[k])):  # (', joking: "..."' too)
                quoted = False  # "criticized Clinton during a debate, Hillary shot back, ''...''": another cue's quote
            if not quoted and cw in lex.mixed_cues:
                if lex.language == "en" and cw.split()[0] in _WARNED_OF and " " in cw and (
                        wm := _TOPIC_VERB_RE.match(body, cs)) is not None:
                    # s17mixed: 'Biden complained about the dour tone of the primary': a verb of saying and the topic
                    # it reports (read as "warned of ..."), no quotation mark needed
                    q = _verb_quote(doc, wm, cw.split()[0], ss, se, direct, out)
                if q is None:
                    continue
            q = _what_called(doc, dby[dstarts[k]], cs) if quoted and lex.language == "en" and (
                "what" in body[max(ss, cs - 60):cs] or "which" in body[max(ss, cs - 60):cs] or " that " in body[
                    max(ss, cs - 60):cs]) else q
            if q is None and quoted and lex.language == "en" and " by " in body[ce:se]:
                q = _passive_by_quote(doc, cs, ce, dby[dstarts[k]], ss, se)
            if q is None and cw in lex.mixed_cues and _naming_only(body, cs, ce, dstarts[k]):
                continue
            if q is None:
                q = _verb_quote(doc, cm, cw, ss, se, direct, out, mixed=quoted)
            if q is not None and quoted and q.start > cs:
                # the quoted fragment's clause ends at the first comma or semicolon after the fragment
                d = next((x for x in direct if x.start == dstarts[k]), None)
                if d is not None and q.start <= d.start < q.end:
                    close = d.end
                    while close < q.end and body[close] in _QUOTE_OR_STOP:
                        close += 1
                    while lex.language == "en" and "," in body[d.end - 1:close] and close < q.end:
                        # 'citing her "long experience," "firm grasp of the issues" and ...': a list of
                        # quoted items goes on to the last one
                        o = close
                        while o < q.end and body[o] in _QUOTE_OR_BLANK:
                            o += 1
                        if body.startswith("and ", o) and (m_and := _AND_FRAGMENT_RE.match(body, o, q.end)) \
                                and not _cue_tokens(doc, o, m_and.end()):
                            o = m_and.end()  # '... as a "celebration of excellence," and resisting the "crass ..."'
                        d2 = dby.get(o)
                        if d2 is None or o == close or body[o - 1] not in _QUOTE_CHARS or d2.end > q.end:
                            break
                        d = d2
                        close = d.end
                        while close < q.end and body[close] in _QUOTE_OR_STOP:
                            close += 1
                    if "," in body[d.end - 1:close] and not (lex.language == "en" and body.startswith(" not ", close)):
                        # a comma closing the fragment ends the clause (s13mix: not before a contrastive "not ...",
                        # 'blamed the violence on a "disturbed person," not on his religion': the clause goes on)
                        q.end = _content_end(body, q.start, close)
                    else:
                        m2 = _CLAUSE_END_RE.search(body, close, q.end)
                        while m2 is not None and lex.language == "en" and _CONTRAST_GOES_ON_RE.match(body, m2.start()):
                            m2 = _CLAUSE_END_RE.search(body, m2.end(), q.end)  # (s13mix: ', but rather ...' goes on)
                        if lex.language == "en" and (m4 := _BUT_CLAUSE_RE.search(
                                body, close, m2.start() if m2 else q.end)) is not None:
                            m2 = m4  # 'described it as "impulsive" but she is certain to ...': a new clause
                        m3 = _FRAGMENT_TAIL_RE.search(body, close, m2.start() if m2 else q.end)
                        if m3 and lex.language == "en" and (_quoted_list_item(doc, m3, q.end) or body[
                                m3.end():m3.end() + 2].lstrip()[:1] in _QUOTE_CHARS):
                            m3 = None  # ('the state's anti-union and misnamed "right to work" law': one list)
                        if m3 and lex.language == "en":
                            # 'calling it "disqualifying" and asserting ...', '"my friends" — setting ...'
                            q.end = _content_end(body, q.start, m3.start())
                        elif m2:
                            q.end = _content_end(body, q.start, m2.start())
                    q.parts = [(q.start, q.end)]
        elif cw in lex.verbs or cw in lex.after_cues:
            q = _id_parenthetical(doc, cm, ss, se) if lex.language == "id" and cw in lex.after_cues else None
            if q is None:
                q = _verb_quote(doc, cm, cw, ss, se, direct, out)
        if q is None and cw in lex.nominal_cues:
            q = _nominal_quote(doc, cm, ss, se)
        if q is None:
            continue
        if lex.language == "en" and cw in _POSTED_FORMS and _posted_item(body, ss, cs) and any(
                c.group().lower() in lex.verbs for c in _cue_tokens(doc, ce, se)):
            continue  # (s19en) 'In a statement posted on Instagram, the singer said ...': the item was posted, it says nothing
        if lex.language == "en" and q.start > cs and q.kind != "direct" and q.speaker[:2] in ("a ", "an", "A ", "An") \
                and _noun_cue(doc, q):
            continue  # (s13pred) 'In a subsequent tweet, Trump said ...': a noun, which must not take the next cue's clause
        if lex.language == "en" and q.start > cs and len(q.parts) == 1:
            q.end = _cut_at_next_cue(doc, q.start, q.end)
            if (k_da := _dash_aside_close(body, ss, cs, q.start, q.end)) > 0:
                # s14bound: 'Fiorina was a microscopic planner - a former speechwriter said she demanded ... before
                # speaking events - and her management ...': a cue inside a dash aside; its content ends with the aside
                q.end = _content_end(body, q.start, k_da)
            semi = body.find(";", q.start, q.end)
            if semi > q.start and not _semicolon_series(doc, semi, q.end):
                q.end = _content_end(body, q.start, semi)  # "...; rivals deride it as ...": a semicolon ends it
            lead = _FIRST_WORD_RE.search(body, ss, cs)
            lst = ss
            if lead and lead.group().lower() in _SUBJECT_SKIP:  # "However, while the RNC says ..., they ..."
                nxt = _FIRST_WORD_RE.match(body, lead.end() + (2 if body[lead.end():lead.end() + 1] == "," else 1), cs)
                if nxt and nxt.group().lower() in _LEAD_SUBORDINATORS:
                    lead, lst = nxt, nxt.start()
            elif lead and lead.group().lower() in _TIME_LEADS and (m_tl := _TIME_LEAD_RE.match(body, lead.start(), cs)):
                # "Years after Clinton claimed that ..., Obama won ...": a time span, then the subordinator
                lead = _FIRST_WORD_RE.match(body, m_tl.end(), cs)
                lst = lead.start() if lead else ss
            if lead and lead.group().lower() in _LEAD_SUBORDINATORS and not body[lst:lead.start()].strip(
                    _QUOTE_CHARS + " ") and not any(c in body[lead.end():cs] for c in ",;:") and not (
                    cw in _FRONTED_PARTICIPLES and lead.end() + 1 == cs):
                # "While he said X, he clarified ...": the content ends with the leading clause (s15part: not
                # "After saying that the plan, which ..., was late, she left": the participle's clause is bounded)
                comma = body.find(",", q.start, q.end)
                if comma > q.start and _min_tokens(2, body, q.start, comma):
                    q.end = _content_end(body, q.start, comma)
            elif ", " in body[q.start:q.end] and (k_sub := body.rfind(",", ss, cs)) > ss and not _DOUBLE_MARK_RE.search(
                    body, q.start, q.end) and (
                    m_sub := _MID_LEAD_SUBORDINATOR_RE.match(body, k_sub + 1, cs)) is not None and m_sub.end() < cs and not any(
                    c in body[m_sub.end():cs] for c in _QUOTE_CHARS + ";:"):
                # "In June 2001, after HP asked workers to take a pay cut, 80,000 volunteered", "..., and while he
                # said he'd hold a hearing, it's unlikely ...": a subordinate clause inside the sentence ends
                # with its comma too, the main clause follows (s13bound)
                comma = _clause_comma(body, q.start, q.end)
                if comma > q.start:
                    q.end = _content_end(body, q.start, comma)
            elif "," in body[q.start:q.end] and (m_cb := _COMMA_BREAK_RE.search(body, q.start, q.end)) and (
                    m_rel := _COMMA_RELATIVE_RE.search(body, max(ss, cs - 40), cs)) and \
                    not any(w.lower() in lex.pronouns for w in m_rel.group(1).split()):
                # (the relative pronoun is the cue's subject: not "the system, which he said runs ..., ...")
                # "The report, which concluded that she broke the rules, was leaked": the relative clause
                # (and its content) ends at the next comma (not one inside a number, "300,000"; s13mix: also one
                # closing a quoted fragment, 'Sanders, who says the pact is "disastrous," will vote ...')
                comma = m_cb.start()
                first = _FIRST_WORD_RE.match(body, q.start, comma)
                if (_min_tokens(3, body, q.start, comma) or _contracted_clause(body, q.start, comma)) and \
                        body[comma + 2:comma + 3] not in _QUOTE_CHARS and not (
                        first and first.group().lower() in _PREPOSITIONS["en"]):
                    # (not 'who declared in the spin room, "..."': a place, then the words)
                    q.end = _content_end(body, q.start, comma)
            m_tail = (_TAIL_CLAUSE_RE.search(body, q.start, q.end) or _APPOS_TAIL_RE.search(body, q.start, q.end)) \
                if _may_tail(body, q.start, q.end) and (q.speaker or cw not in _QUESTION_CUES) else None
            # (a question put with no asker named ends where _question_quote found its answer)
            if m_tail and len(TOKEN_RE.findall(body, q.start, m_tail.start())) >= 3 and not _QMARK_RE.search(
                    body, m_tail.start(), q.end) and not _short_aside(body, m_tail, q.end) \
                    and not _fronted_clause(body, q.start, m_tail.start()) and not _dash_aside(body, m_tail, q.start, q.end) \
                    and not _relative_in_subject(doc, q.start, m_tail, q.end):
                # (an aside closed by a comma soon, "..., while troublesome, was ...", goes on)
                q.end = _content_end(body, q.start, m_tail.start())
            elif ("”" in body[q.start:q.end] or '"' in body[q.start:q.end]) and (
                    m_con := _FRAGMENT_CONCESSIVE_RE.search(body, q.start, q.end)) is not None and _min_tokens(
                    3, body, q.start, m_con.start()) and not _QMARK_RE.search(body, m_con.end(), q.end):
                # ('say the positions are "about right," though voters are more likely to say ...': a concessive
                # clause after a quoted fragment closed with a comma is the writer's, s13bound)
                q.end = _content_end(body, q.start, m_con.start() + 2)
            if body[q.end - 1:q.end] == ")" and (m_par := _PAREN_ASIDE_RE.search(body, max(q.start, q.end - 300), q.end)) \
                    and body.find("(", q.start, m_par.start()) < 0 and _min_tokens(3, body, m_par.start(1), m_par.end(1)) \
                    and _min_tokens(2, body, q.start, m_par.start()):
                # 'called immigrants "rapists" (although he allowed that some might be good people)': the
                # writer's parenthetical aside closing the content is no part of it
                q.end = _content_end(body, q.start, m_par.start())
            if _OCCASION_WORD_RE.search(body, q.start, q.end) and (m_occ := _SPEECH_OCCASION_RE.search(body, q.start, q.end)) \
                    and _min_tokens(3, body, q.start, m_occ.start()) and not _clause_in(doc, m_occ.end(), q.end, 12):
                # 'asked why he had yet to endorse Clinton during an appearance Friday on "CBS This Morning"',
                # 'announced a freeze on fuel duty in his speech to the Commons': the occasion of the cue
                q.end = _content_end(body, q.start, m_occ.start())
            q.parts = [(q.start, q.end)]
        elif lex.language == "en" and len(q.parts) == 2 and q.parts[1][0] > ce:
            # "Many of the closures, he said, have involved ..., the latter a reference ...": the second part
            # of interrupted content ends like any other
            p0, p1 = q.parts[1]
            m_tail = (_TAIL_CLAUSE_RE.search(body, p0, p1) or _APPOS_TAIL_RE.search(body, p0, p1)) \
                if _may_tail(body, p0, p1) else None
            if m_tail and len(TOKEN_RE.findall(body, p0, m_tail.start())) >= 3 and not _QMARK_RE.search(
                    body, m_tail.start(), p1) and "," not in body[m_tail.end():min(m_tail.end() + 20, p1)] \
                    and not _fronted_clause(body, p0, m_tail.start()) and not _relative_in_subject(doc, p0, m_tail, p1):
                q.end = _content_end(body, p0, m_tail.start())
                q.parts[1] = (p0, q.end)
        if not _min_tokens(3, body, q.start, q.end) and not (
                lex.language == "en" and cw in _PASSIVE_BY_CUES and body[ce:ce + 4] == " by ") and not (
                lex.language == "en" and cw.startswith(_NAMING_CUES) and body[ce:q.start].isspace()
                and _QMARK_RE.search(body, q.start, q.end)) and not (
                lex.language == "en" and cw in _YES_NO_CUES and body[q.start:q.end] in ("yes", "no", "Yes", "No")
                and body[ce:q.start].isspace()) and not (
                # s14subj: "Asked about it, Trump said ...", "When asked why, he ...": a question put to the subject
                # of the main clause is content however short (devs5 gold: 39 of 47 such leads annotated)
                lex.language == "en" and cw == "asked" and q.start > ce and body[q.end:q.end + 1] == ","
                and _question_form(body, ss, cs)) and not (
                lex.language == "en" and cw in _YES_NO_CUES and _short_answer(doc, q, ce)) and not (
                lex.language == "en" and _contracted_clause(body, q.start, q.end)):
            continue  # (but 'calling it "absurd."': a naming cue's object and its quoted name; "said yes.")
        if lex.language == "id" and q.start > cs and len(q.parts) == 1 and (
                first := body[q.start:q.start + 12].split(None, 1)[0].lower() if body[q.start:q.end].strip() else ""
        ) in _id_np_objects() and not _min_tokens(7, body, q.start, q.end) and not any(
                w.lower() in lex.clause_markers or w.lower() in ("bahwa", "sebagai") for w in TOKEN_RE.findall(
                    body, q.start, q.end)):
            continue  # (s17id) "X membeberkan modus para pelaku.", "memaparkan alasan di balik rencana itu.": a noun object
        if lex.language == "en" and q.parts and q.parts[-1][0] > cs:
            # 'he would "carpet-bomb them. I don't know if sand can glow."': a quotation opening in the content
            # runs past the sentence end there, so the content runs to its closing mark
            k = bisect.bisect_left(dstarts, q.parts[-1][0])
            while k < len(dstarts) and dstarts[k] < q.end:
                d = dby[dstarts[k]]
                if d.end > q.end + 1 and "\n" not in body[q.end:d.end] and (not d.cue or d.cue_pos == q.cue_pos):
                    q.end = d.end
                    q.parts[-1] = (q.parts[-1][0], q.end)
                k += 1
        if lex.language == "en" and len(q.parts) == 1 and q.start > cs and (body.find(":", q.start, q.end) > 0 or (
                body.find(" -", q.start, q.end) > 0 or body.find("—", q.start, q.end) > 0 or body.find(
                    "–", q.start, q.end) > 0)):
            _colon_quote_end(doc, q, dstarts, dby)
        if lex.language == "en" and q.cue.endswith(" that") and cw in _NAMING_FORMS and q.start > cs \
                and len(q.parts) == 1 and (k_that := body.rfind("that", cs, q.start)) > cs:
            # 'He called that vision ''a necessary one''': a naming verb takes no that-clause; "that" is the
            # object's determiner, part of the content
            q.start = k_that
            q.parts = [(k_that, q.end)]
            q.cue = body[cs:k_that].rstrip()
        # a direct quote inside the content makes it mixed; a content that is one direct quote is skipped
        inner = [d for d in (direct[bisect.bisect_left(dstarts, q.start - 1):bisect.bisect_right(dstarts, q.end + 1)]
                             if d_sorted else direct) if d.start >= q.start - 1 and d.end <= q.end + 1]
        if inner and lex.language == "id" and len(q.parts) == 1 and (d0 := min(inner, key=lambda d: d.start)).cue and \
                d0.start - 2 > q.start and body[d0.start - 2:d0.start - 1] in ".!?":
            # (s17id) "... secara optimal."Sebaiknya, ...," ujarnya.': a quotation with its own cue opening right after
            # a full stop (no space in the scraped text) starts a new sentence; the report ends before it
            q.end = _content_end(body, q.start, d0.start - 1)
            q.parts = [(q.start, q.end)]
            inner = [d for d in inner if d.end <= q.end + 1]
        if inner and lex.language == "id" and len(q.parts) == 1 and q.start > cs and not (
                d0 := min(inner, key=lambda d: d.start)).cue and d0.start - 3 > q.start and \
                body[q.start:d0.start].rstrip(_QUOTE_OR_BLANK).endswith(":") and (
                colon := len(body[:d0.start].rstrip(_QUOTE_OR_BLANK)) - 1) > q.start and \
                _min_tokens(3, body, q.start, colon) and not any(c in body[q.start:colon] for c in "\"“”"):
            # s26idrec: 'Dia berkata CLAUSE: "QUOTE"': the report ends at the colon; the quotation after it is the
            # speaker's direct quote (both counted, as for a cue the quotation took first)
            q.end = _content_end(body, q.start, colon)
            q.parts = [(q.start, q.end)]
            d0.cue, d0.cue_pos, d0.speaker, d0.speaker_kind, d0.role = q.cue, q.cue_pos, q.speaker, q.speaker_kind, q.role
            inner = [d for d in inner if d.end <= q.end + 1]
        if len(inner) > 1 and lex.language == "id" and len(q.parts) == 1 and (dk := next((
                d for d in inner[1:] if d.cue and q.start < d.cue_pos < d.start), None)) is not None and (
                k_end := max((d.end for d in inner if d.end <= dk.cue_pos), default=-1)) > q.start and \
                body[k_end:dk.cue_pos].strip(_QUOTE_OR_BLANK + ",").lower() in ("dan", "lalu", "serta"):
            # (s24mixid) 'Vann mengatakan dia "A" dan menambahkan "B."': the second quotation has its own cue; the
            # report ends with the first
            q.end = k_end
            q.parts = [(q.start, q.end)]
            inner = [d for d in inner if d.end <= k_end]
        if inner:
            covered = sum(d.end - d.start for d in inner) if len(inner) == 1 or lex.language != "en" else max(
                d.end - d.start for d in inner)  # English: several quoted fragments with words between are mixed
            if covered >= 0.8 * (q.end - q.start) and not ((lex.language == "en" or not inner[0].cue) and len(
                    inner) == 1 and len(TOKEN_RE.findall(body, q.start, inner[0].start)) >= 2) and not (
                    lex.language == "id" and len(inner) == 1 and not inner[0].cue and body[
                    inner[0].start - 2:inner[0].start - 1] == " " and _id_mixed_lead(body, q.start, inner[0].start)):
                # (s24mixid: Indonesian, 'mengatakan dia "merasa ..."', 'mengatakan bahwa Kavanaugh "..."': words of the
                # reported clause before a quotation its cue also took make it mixed, even one word)
                # (English: two words or more before the quotation, 'the company "will fight ..."', are mixed)
                if lex.language == "en" and len(inner) == 1 and not inner[0].cue and q.speaker:
                    # 'called it "a disaster"' with no other cue: the quoted words are the speaker's
                    d = inner[0]
                    d.cue, d.cue_pos, d.speaker, d.speaker_kind, d.role = q.cue, q.cue_pos, q.speaker, q.speaker_kind, q.role
                continue
            q.kind = "mixed"
            if lex.language == "en" and len(q.parts) == 1:
                inner = _cut_after_fragment(body, q, inner)
                if cw.endswith("ing") and " and " in body[q.start:q.end] and (m_ai := _AND_PARTICIPLE_AFTER_RE.search(
                        body, inner[0].end, q.end)) is not None:
                    # s13mix: 'writing a book called "Women Who Work" and leading the ... charge': after a participle
                    # cue's fragment, "and" with another participle is the subject's next act (devs5 gold: 11 of 12)
                    q.end = _content_end(body, q.start, m_ai.start(1))
                    q.parts = [(q.start, q.end)]
                    inner = [d for d in inner if d.end <= q.end + 1]
            for d in inner:
                d.kind = "_absorbed"
        if lex.language == "id" and (q.kind == "indirect" or q.kind == "mixed" and inner) and len(
                q.parts) == 1 and q.start > cs and (", " in body[
                q.start:q.end] and (m2 := _ID_SECOND_CUE_RE.search(body, q.start, q.end)) is not None and
                m2.group(2).lower() in (lex.verbs if m2.group(1) == "dan" else lex.verbs | lex.weak) | {
                    "mengingatkan", "meminta", "mengimbau", "mendesak"} or " dan " in body[q.start:q.end] and (
                m2 := _ID_AND_SECOND_CUE_RE.search(body, q.start, q.end)) is not None and m2.group(
                2).lower() in lex.verbs and _id_and_cue_reports(doc, m2, q.end)) and _min_tokens(
                3, body, m2.end(), q.end) and \
                _min_tokens(2, body, q.start, m2.start()):
            # (s23ntxid: also with no comma before "dan": "mengakui persaingan ... dan menanyakan kapan ...",
            # "mengatakan harga beras akan naik dan menambahkan bahwa ...": a speech verb after "dan")
            # (s17id) "menilai tren itu positif, tetapi mengingatkan KAI agar ...", "menyebut keputusan ... final, dan
            # mengingatkan tidak ada pungutan": a second cue of the same subject ends the first report and opens its own
            m_as = _ID_ASIDE_THAT_RE.match(body, m2.end(), q.end)  # (s23ntxid: "dan berkata, sebelum ..., bahwa")
            q2_start = _skip_that(doc, m_as.end() if m_as is not None else m2.end(), q.end)
            q2 = _Quote(q2_start, q.end, "indirect", [(q2_start, q.end)], m2.group(2), m2.start(2))
            q2.speaker, q2.speaker_kind, q2.role = q.speaker, q.speaker_kind, q.role
            q2.speaker_name = q.speaker_name
            q.end = _content_end(body, q.start, m2.start())
            q.parts = [(q.start, q.end)]
            if q.kind == "mixed":
                # (s24mixid) 'menuduh A, dan mendesak B "..."': each report is mixed only if it holds a quotation
                q_in = [d for d in inner if d.start >= q.start and d.end <= q.end + 1]
                q.kind = "mixed" if q_in else "indirect"
                q2.kind = "mixed" if any(d.start >= q2.start and d.end <= q2.end + 1 for d in inner) else "indirect"
                if len(q_in) == 1 and q_in[0].start - 1 <= q.start:
                    d = q_in[0]  # ('mengatakan "tidak ada masalah" dan menambahkan ...': the quotation alone, direct)
                    d.kind, d.cue, d.cue_pos, d.speaker, d.speaker_kind, d.role = (
                        "direct", q.cue, q.cue_pos, q.speaker, q.speaker_kind, q.role)
                    d.speaker_name = q.speaker_name
                    q.kind = ""
            if q.kind:
                out.append(q)
            q = q2
        if lex.language == "id" and q.kind == "indirect" and len(q.parts) == 1 and q.start > cs and \
                _ID_LEAD_SUBORD_RE.match(body, ss) is not None and "," not in body[ss:cs] and (
                m_mc := _ID_MAIN_CLAUSE_RE.search(body, q.start, q.end)) is not None and _min_tokens(3, body, q.start, m_mc.start()):
            # s26idrec: "Setelah X mengeluarkan pernyataan bahwa CLAUSE, ia tertangkap kamera ...", "Saat ia mengumumkan
            # bahwa CLAUSE, dia ...": the report inside a leading subordinate clause ends where the main clause's subject
            # (a pronoun) follows the comma
            q.end = _content_end(body, q.start, m_mc.start())
            q.parts = [(q.start, q.end)]
        if lex.language == "id" and q.kind == "indirect" and len(q.parts) == 1 and q.start > cs and \
                (k_tr := _id_trailing_attribution(doc, q.start, q.end)) > 0:
            # s26idrec: "dia mengatakan bahwa CLAUSE, ungkap pihak kepolisian.", "Polisi ... mengatakan bahwa CLAUSE,
            # afiliasi WAFB melaporkan.": a nested attribution; the inner report ends before the outer source's comma,
            # whose cue then reports the whole clause before it (PolNeAR and the English rules keep both)
            q.end = _content_end(body, q.start, k_tr)
            q.parts = [(q.start, q.end)]
            out.append(q)
            taken_until = k_tr
            continue
        out.append(q)
        taken_until = max(q.end, ce) if q.start > cs else ce
    if lex.language == "id" and ("eperti " in body or "ebagaimana " in body) and " di" in body:
        out = _id_as_reported(doc, out, dspans)
    return out


#: s26idrec: Indonesian "Seperti/Sebagaimana (yang) dilaporkan (oleh) X, CLAUSE" (English "As reported by X, ..."): an
#: outlet or a source named after the passive verb of reporting, up to the comma (group 1: the agent).
_ID_AS_REPORTED_RE = re.compile(r"(?:^|(?<=[\n.!?\"”] )|(?<=\n))(?:Seperti|Sebagaimana)[ \t]+(?:yang[ \t]+)?(?:dilaporkan|"
                                r"diberitakan|disiarkan)[ \t]+(?:oleh[ \t]+)?"
                                r"([^,.;:!?\"“”\n]{2,60}),[ \t]+")


def _id_as_reported(doc: _Doc, out: list[_Quote], dspans: list[tuple[int, int]]) -> list[_Quote]:
    """s26idrec: Indonesian "Seperti dilaporkan Reuters, CLAUSE" / "Sebagaimana dilaporkan jaringan berita, CLAUSE":
    the clause after the comma is the agent's report (not without an agent: "Seperti diberitakan sebelumnya, ..." is
    the outlet's own earlier story). A report inside the clause keeps its own attribution too (nested)."""
    body = doc.body
    added = []
    for m in _ID_AS_REPORTED_RE.finditer(body):
        agent = m.group(1).strip()
        if agent.split(None, 1)[0].lower() in ("sebelumnya", "kemarin", "pada", "di", "dalam", "dari", "bahwa"):
            continue
        ss, se = doc.sentence(m.start())
        cst = m.end()
        if cst >= se or _inside(dspans, cst) >= 0 or any(q.start <= cst < q.end and q.cue_pos < cst for q in out):
            continue
        sp = _right_speaker(doc, m.start(1), m.end(1) + 1, intro=True)
        if not sp.text or sp.end < m.end(1) - 1:
            sp = _Speaker(agent, "role", "", m.start(1), m.start(1) + len(agent))
        cen = _content_end(body, cst, se)
        if not _min_tokens(3, body, cst, cen):
            continue
        q = _Quote(cst, cen, "indirect", [(cst, cen)], body[m.start():m.start(1)].strip(), m.start())
        _set_speaker(q, sp)
        added.append(q)
    for m in _ID_AS_REPORTED_TAIL_RE.finditer(body):
        # "CLAUSE, seperti dilaporkan oleh KTUU.": the same source closing its sentence after a comma
        ss, se = doc.sentence(m.start())
        if not (ss <= m.start() and _content_end(body, m.end(1), se) == m.end(1)) or _inside(dspans, m.start()) >= 0:
            continue
        agent = m.group(1).strip()
        if agent.split(None, 1)[0].lower() in ("sebelumnya", "kemarin", "pada", "di", "dalam", "dari", "bahwa"):
            continue
        cst = _content_start(body, ss, m.start())
        cen = _content_end(body, cst, m.start())
        if not _min_tokens(3, body, cst, cen) or any(c in body[cst:cen] for c in "\"“”") or any(
                q.start <= cst and cen <= q.end and q.cue_pos > cen for q in out):
            continue
        sp = _right_speaker(doc, m.start(1), m.end(1) + 1, intro=True)
        if not sp.text or sp.end < m.end(1) - 1:
            sp = _Speaker(agent, "role", "", m.start(1), m.start(1) + len(agent))
        q = _Quote(cst, cen, "indirect", [(cst, cen)], body[m.start() + 1:m.start(1)].strip(), m.start() + 2)
        _set_speaker(q, sp)
        added.append(q)
    if not added:
        return out
    return sorted(out + added, key=lambda q: q.start)


_ID_AS_REPORTED_TAIL_RE = re.compile(r",[ \t]+(?:seperti|sebagaimana)[ \t]+(?:yang[ \t]+)?(?:dilaporkan|diberitakan|"
                                     r"disiarkan)[ \t]+(?:oleh[ \t]+)?([^,.;:!?\"“”\n]{2,60}?)(?=[ \t]*[.!?]?(?:\n|$)|[.!?][ \t])")


def _id_clause_before_colon(doc: _Doc, cm: re.Match[str], dby: dict[int, _Quote], dstarts: list[int]) -> _Quote | None:
    """s26idrec: Indonesian 'X mengatakan (bahwa) CLAUSE: "QUOTE"': the cue took the quotation after the colon; the
    finite clause between the cue and the colon is X's indirect report as well (the gold of BBC and NTREX counts
    both). Nothing for an addressee or a circumstance before the colon ("mengatakan kepada wartawan:", "mengatakan
    pada hari Senin:")."""
    body = doc.body
    lex = doc.lex
    cs, ce = cm.start(), cm.end()
    i = bisect.bisect_right(dstarts, ce)
    if i >= len(dstarts):
        return None
    d = dby[dstarts[i]]
    if d.cue_pos != cs or d.kind != "direct":
        return None
    k = d.start
    while k > ce and body[k - 1] in _QUOTE_OR_BLANK:
        k -= 1
    if body[k - 1:k] != ":" or "\n" in body[ce:k] or any(c in body[ce:k] for c in _QUOTE_CHARS + ";"):
        return None
    colon = k - 1
    cst = _skip_that(doc, ce, colon)
    if not _min_tokens(3, body, cst, colon) or not (cst > ce + 1 or _id_finite(body[cst:colon], lex, verb=True)):
        return None
    first = body[cst:colon].split(None, 1)[0].lower()
    if first in _ID_NOT_SUBJECT or first in lex.that_words or first in _ID_CIRCUMSTANCE_NOUNS:
        return None
    cen = _content_end(body, cst, colon)
    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
    q.speaker, q.speaker_kind, q.role = d.speaker, d.speaker_kind, d.role
    q.speaker_name = d.speaker_name
    return q


#: s26idrec: a clause or a request after an addressee or a time ("kepada wartawan bahwa ...", "kepada warga agar ...").
_ID_CLAUSE_AFTER_OCCASION_RE = re.compile(r"(?<![\w-])(?:bahwa|bahwasanya|agar|supaya|untuk[ \t]+(?:tidak[ \t]+)?me[a-z]+|"
                                          r"apakah|jika|kalau)(?![\w-])")


#: s26idrec: Indonesian subordinators opening a sentence's leading clause ("Setelah ...,", "Saat ...,").
_ID_LEAD_SUBORD_RE = re.compile(r"[\"“”]?(?:Setelah|Sesudah|Saat|Ketika|Sewaktu|Usai|Seusai|Sebelum|Sejak|Meski|Meskipun|"
                                r"Walaupun|Walau|Karena|Sementara)[ \t]")
#: s26idrec: a comma and a subject pronoun opening the main clause after a leading subordinate clause.
_ID_MAIN_CLAUSE_RE = re.compile(r",[ \t]+(?:ia|dia|mereka|kami|kita|saya|beliau|aku)[ \t]+(?!yang[ \t])")


#: s26idrec: Indonesian words that may close an outer source before its cue ("afiliasi WAFB CBS melaporkan").
_ID_TRAILING_SOURCE_RE = re.compile(r"(?:[A-Za-z][\w.'’&-]*[ \t]+){0,5}?(?:[A-Z][\w.'’&-]*|polisi|kepolisian|pihak[ \t]+[a-z]+|"
                                    r"jaksa|penyidik|pejabat|petugas|saksi)")


def _id_trailing_attribution(doc: _Doc, cst: int, cen: int) -> int:
    """s26idrec: Indonesian: the comma before an attribution that closes a report's content at the sentence end, an
    inverted cue and its source (", ungkap pihak kepolisian", ", kata polisi", ", ujar Budi") or a source and a
    speech verb (", afiliasi WAFB CBS melaporkan", ", polisi mengatakan"); -1 when the content does not end so."""
    body = doc.body
    lex = doc.lex
    k = body.rfind(", ", cst, cen)
    if k <= cst or not _min_tokens(3, body, cst, k):
        return -1
    tail = body[k + 2:cen]
    words = tail.split()
    if not 2 <= len(words) <= 7 or any(c in tail for c in ",;:\"“”()"):
        return -1
    w0, wl = words[0].lower(), words[-1].lower()
    if w0 in ("menurut", "sebagaimana", "seperti") and len(words) <= 5 and (
            w0 == "menurut" or words[1].lower() in ("isi", "bunyi", "dilaporkan", "diberitakan", "disebutkan", "tertulis")):
        # ", menurut polisi.", ", sebagaimana isi dakwaan.", ", seperti dilaporkan KTUU.": a source closing the sentence
        sp = _right_speaker(doc, k + 2 + len(words[0]), cen + 1, intro=True)
        return k if w0 != "menurut" or sp.text and sp.end >= cen - 1 else -1
    if w0 in lex.after_cues and w0 not in lex.verbs and w0 not in lex.clitics:
        sp = _right_speaker(doc, k + 2 + len(words[0]), cen + 1)
        return k if sp.text and sp.end >= cen - 1 else -1
    if wl in lex.verbs and wl in (lex.after_cues | {"melaporkan", "memberitakan"}) and \
            _ID_TRAILING_SOURCE_RE.fullmatch(tail, 0, len(tail) - len(words[-1]) - 1) is not None:
        sp = _left_speaker(doc, k + 2, cen - len(words[-1]))
        return k if sp.text and sp.kind in ("name", "role") and sp.start >= k + 2 and not any(
            w.lower() in _ID_CONNECTIVES or w.lower() in lex.aux for w in body[k + 2:sp.start].split()) else -1
    return -1


#: English (s14bound): capitalised names (joined by "and") between an "according to" source's role noun and its comma
#: ("by economists| Peter Schott and Justin Pierce,").
_NAME_LIST_TAIL_RE = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*|and))+(?=,)")


#: English participles of saying that take a proposition and open a sentence before its subject ("Noting that
#: ..., X added", "Conceding that ..., he warned"): the participial clause is the main subject's content.
#: s11ind: subordinators before a fronted participle of saying ("After saying that ..., he ...", "While insisting
#: that ..., the mayor ..."): the main clause's subject still said the participle's clause.
#: s15part: "In arguing that ...", "Upon noting that ...": a preposition before the participle does the same (not
#: "By": "By declaring their assets, people would ..." is a means, whose subject says nothing).
_PARTICIPLE_SUBORDINATORS = frozenset({"After", "Before", "While", "Since", "Despite", "In", "Upon"})
#: s15part: with the phrasal participles "pointing out", "making (it) clear".
_FRONTED_PARTICIPLES = frozenset({"noting", "acknowledging", "conceding", "admitting", "arguing", "insisting", "warning",
                                  "claiming", "stressing", "saying", "asserting", "contending", "suggesting",
                                  "predicting", "emphasizing", "emphasising", "explaining", "declaring", "alleging",
                                  "complaining", "reiterating", "speculating", "stating",
                                  "pointing out", "making clear", "making it clear"})


#: English verbs that state an attitude whose "that" clause is reported ("expressed concern that ...").
_ATTITUDE_CUES = frozenset({"expressed", "expresses", "expressing", "voiced", "voices", "voicing"})
#: The attitude noun after them (with its modifiers and a short adjunct) and "that" ("expressed frustration in an
#: interview this year that ...", "voiced confidence that ...").
_ATTITUDE_THAT_RE = re.compile(
    r"[ \t]+(?:(?:his|her|their|its|the|some|deep|grave|serious|growing|strong|great|particular|real|cautious|"
    r"renewed)[ \t]+)*(concerns?|confidence|hopes?|frustration|doubts?|optimism|skepticism|scepticism|fears?|regret|"
    r"disappointment|surprise|worr(?:y|ies)|anger|dismay|relief|satisfaction|belief|alarm)\b([^.;:!?\n\"“”]{0,60}?)"
    r"\bthat[ \t]+")
_ATTITUDE_GAP_NOT = frozenset({"about", "over", "with", "regarding", "at", "for", "of"})


def _attitude_quote(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """English: "X expressed concern that CONTENT", "X voiced confidence in an interview that CONTENT": the clause
    after "that" is X's content (not "expressing concern about some of the things that ...": a relative clause)."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    m = _ATTITUDE_THAT_RE.match(body, ce, se)
    if m is None or any(w.lower() in _ATTITUDE_GAP_NOT for w in TOKEN_RE.findall(m.group(2))):
        return None
    cst = m.end()
    cen = _content_end(body, cst, se)
    if not _min_tokens(3, body, cst, cen):
        return None
    sp = _left_speaker(doc, ss, cs)
    if not sp.text:
        sp = _subject_np(doc, ss, cs)
    if not sp.text:
        sp = _sentence_subject(doc, ss, cs)
    if not sp.text or sp.text.endswith(("'s", "’s")):
        return None
    q = _Quote(cst, cen, "indirect", [(cst, cen)], body[cs:m.end(1)], cs)
    _set_speaker(q, sp)
    return q


def _fronted_participle(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """English: a participle of saying opening its sentence ("Noting that only Sen. Kirk voted with Democrats,
    Tester added: ...", "Acknowledging that Trump "says a lot of stupid stuff," though, Allen did suggest ...",
    "Saying Britain must change direction, Mr Howard argues ..."): its clause, up to the comma before the main
    clause's subject and verb, is that subject's content. Only when "that", a subject pronoun or an auxiliary
    within four words shows a clause after the participle ("Writing in the Guardian, X said" is no content)."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    if body[ss:cs].strip(_QUOTE_OR_BLANK + "\n(") and body[ss:cs].strip() not in _PARTICIPLE_SUBORDINATORS and \
            body[ss:cs].strip() != "Having":
        return None  # (s11ind: "After saying that ..., he left": a subordinator before the participle)
    words = TOKEN_RE.findall(body, ce, min(se, ce + 60))[:4]
    if len(words) < 3 or not (words[0].lower() == "that" or words[0] in _SUBJECT_PRONOUNS or any(
            w.lower() in doc.lex.clause_markers for w in words[1:])):
        return None
    cst = _skip_that(doc, ce, se)
    pos = cst
    comma = -1
    while True:
        prev, comma = comma, body.find(",", pos, se)
        if comma < 0:
            return None
        pos = comma + 1
        while pos < se and body[pos] in _QUOTE_OR_BLANK:
            pos += 1  # (s15part: past the blank too, or "the mayor" is never read as a subject)
        sp = _subject_at(doc, pos, se)
        if sp.text and sp.kind in ("name", "pronoun", "role") and not sp.text.endswith(("'s", "’s")) and not (
                sp.kind == "role" and sp.text.rsplit(None, 1)[-1] in _en_words("publication_nouns")):
            # (s15part: not "Despite insisting he wants a deal, the newspaper suggested ...": a publication
            # reports the participle's clause, a dangling participle whose speaker it does not name)
            break
    if prev > 0 and all(w.lower() in _ASIDE_WORDS for w in TOKEN_RE.findall(body, prev, comma)):
        comma = prev  # ('Acknowledging that Trump "says a lot of stupid stuff," though, Allen ...': an aside)
    if not _min_tokens(3, body, cst, comma):
        return None
    cen = _content_end(body, cst, comma + (1 if body[comma + 1:comma + 2] in _QUOTE_CHARS and body[
        comma + 1:comma + 2] else 0))
    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
    _set_speaker(q, sp)
    return q


#: English: how a clause with another speaker's colon cue opens after a comma ("to which O'Malley interjected:",
#: "and Smith replied:", "while his rival shot back:"), unlike a relative clause of the content ("in which he said:").
_REPLY_CLAUSE_STARTS = ("to which ", "and ", "but ", "while ", "whereas ")


def _colon_quote_end(doc: _Doc, q: _Quote, dstarts: list[int], dby: dict[int, _Quote]) -> None:
    """English: reported content that runs over a colon into a quotation with a cue of its own after it ('Trump
    asserted that France had lost its identity: "France is no longer France," he claimed.'): the quotation is its
    own attribution, and the content ends at the colon."""
    body = doc.body
    k = bisect.bisect_left(dstarts, q.start)
    while k < len(dstarts) and dstarts[k] < q.end:
        d = dby[dstarts[k]]
        k += 1
        if d.cue and d.speaker and q.start < d.cue_pos < d.start and body[d.cue_pos:d.start].rstrip(
                _QUOTE_OR_BLANK).endswith(":") and (comma := body.rfind(", ", q.start, d.cue_pos)) > q.start and \
                body.startswith(_REPLY_CLAUSE_STARTS, comma + 2) and not _min_tokens(6, body, comma, d.cue_pos) and \
                _min_tokens(3, body, q.start, comma):
            # ('... were effective and strong, to which O'Malley interjected: "It's just not true."': another
            # speaker's cue introduces the quotation; the content ends at the comma before that clause)
            q.end = _content_end(body, q.start, comma)
            q.parts = [(q.start, q.end)]
            return
        if not (d.cue and d.speaker and d.cue_pos > d.end) or _min_tokens(4, body, d.end, d.cue_pos) or any(
                c in body[d.end - 1:d.cue_pos] for c in ".\n"):
            continue  # (the quotation's own cue right after it in its sentence: '..., "B," he claimed')
        head = body[q.start:d.start].rstrip(_QUOTE_OR_BLANK)
        if head.endswith(":"):
            colon = q.start + len(head) - 1
        elif head.endswith(("-", "—", "–")) and head.rstrip("-—–")[-1:] in (" ", "\t"):
            # (a dash opening an aside: '... was unserious - "Again, we need details," she said - and charged that')
            colon = q.start + len(head.rstrip("-—–").rstrip())
        else:
            return
        if colon > q.start and _min_tokens(3, body, q.start, colon):
            q.end = _content_end(body, q.start, colon)
            q.parts = [(q.start, q.end)]
        return


def _quoted_list_item(doc: _Doc, m: re.Match[str], end: int) -> bool:
    """English: "and" and a word in -ed/-ing after a quoted fragment that is no cue and that another quoted fragment
    follows within three words ('"I strongly support" the state's anti-union and misnamed "right to work" law'): an
    adjective in a list of quoted items, not the speaker's next act."""
    body = doc.body
    words = TOKEN_RE.findall(body, m.start(), m.end())
    if len(words) < 2 or words[0] not in ("and", "or"):
        return False
    w = words[-1].lower()
    if w in doc.lex.verbs or w in doc.lex.mixed_cues or w in doc.lex.participles:
        return False
    nxt = _QMARK_RE.search(body, m.end(), end)
    return nxt is not None and not _min_tokens(3, body, m.end(), nxt.start())


#: English: an adverbial of the cue right after a quoted fragment of reported content ('on Twitter', 'in
#: answering a question'): it ends the content.
_CUE_ADVERBIAL_RE = re.compile(r"\s+(?:on|in)\s+(?:Twitter|Facebook|Instagram|answering|responding|reply|response)\b")


#: English: after a quotation that opens the content, a preposition and a participle: the speaker's next
#: act ('cautioned "X," before insisting ...', '"Y" after meeting ...'), not more content.
_NEXT_ACT_RE = re.compile(r"[ \t]+(?:before|after|while|whilst)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{3,}ing\b")


#: English: after a quoted fragment's closing mark, up to four words, then "and" and a participle (s13mix).
_AND_PARTICIPLE_AFTER_RE = re.compile(r"(?<=[\"”’'])(?:[ \t]+[^\s,.;:\"“”]+){0,4}?([ \t]+and[ \t]+[a-z]+ing)\b")


def _cut_after_fragment(body: str, q: _Quote, inner: list[_Quote]) -> list[_Quote]:
    """English: mixed content ends right after a quoted fragment that an adverbial of the cue follows
    ('Trump said the deadlock has "kept us safe" on Twitter before claiming ...', 'Francis said Mr. Trump
    "is not Christian" in answering a question'); returns the quotations left inside."""
    for i, d in enumerate(inner):
        close = d.end
        while close < q.end and body[close] in _QUOTE_OR_STOP:
            close += 1
        if close >= q.end:
            continue
        if d.start - q.start <= 2 and _NEXT_ACT_RE.match(body, close, q.end) is not None and _min_tokens(
                2, body, d.start, d.end):
            # 'cautioned "let's not get ahead of ourselves," before predicting that ...': the speaker's next act
            # (not 'said the team reached a "collective view" after holding ...': the reported subject's act)
            q.end = _content_end(body, q.start, close)
            if q.end < close and body[q.end:close].strip(_TRAIL_PUNCT) == "":
                q.end = max(q.end, d.end)
            q.parts = [(q.start, q.end)]
            return inner[:i + 1]
        if "," in body[d.end:close]:
            nxt = _NEXT_WORD_RE.match(body, close, q.end) if d.start - q.start <= 2 else None
            if nxt is not None and nxt.group(1) in _RELATIVES["en"]:
                # 'interjected, "Ladies and gentlemen, Mr. Paul Simon," who proceeded to perform ...': the
                # relative clause is about the quotation's words, not said
                q.end = _content_end(body, q.start, close)
                q.parts = [(q.start, q.end)]
                return inner[:i + 1]
            continue
        if _CUE_ADVERBIAL_RE.match(body, close, q.end) is not None:
            q.end = _content_end(body, q.start, close)
            if q.end < close and body[q.end:close].strip(_TRAIL_PUNCT) == "":
                q.end = max(q.end, d.end)
            q.parts = [(q.start, q.end)]
            return inner[:i + 1]
    return inner


#: English: the last item of a series separated by semicolons ("A; B; and C").
_SERIES_END_RE = re.compile(r";\s+(?:and|or)\s")


def _semicolon_series(doc: _Doc, semi: int, end: int) -> bool:
    """English: whether the semicolon at ``semi`` separates items of a series that runs to "; and ..."
    before ``end`` ("said they had spoken out at hearings; helped marshal protesters; and put together
    ...", "along with X; Rep. Y; and Z"), which is one content, not a clause ending it. A cue in the
    series makes its items the speaker's own acts ("suggested ...; clashed with ...; and posted ...")."""
    return bool(_SERIES_END_RE.search(doc.body, semi, end)) and not any(
        c.group().lower() in doc.lex.verbs or c.group().lower() in doc.lex.mixed_cues
        for c in doc.lex.cue_re.finditer(doc.body, semi, end))


#: English: a comma that ends a clause: before a blank, or before the closing mark of a quoted fragment and a blank
#: ('... is "disastrous," will vote'), not one inside a number ("300,000") (s13mix).
_COMMA_BREAK_RE = re.compile(r",(?:[\"”’]|'')?[ \t\n]")
#: English: a cue inside a non-restrictive relative clause (", which concluded", ", who has long said").
_COMMA_RELATIVE_RE = re.compile(r",\s+(?:who|which)((?:\s+[a-z]+){0,2})\s+$")


#: A clause break between a naming cue and a quoted fragment (with a reporting verb after it).
_CLAUSE_BREAK_RE = re.compile(r"[,;]\s+[\w'’]")


def _open_quotation_start(doc: _Doc, ss: int, end: int) -> int:
    """English: the start of the sentence that opens a quotation closing in ``body[ss:end]`` but opened before
    ``ss`` in the same paragraph ('GOP nominees “were stiff. They weren’t fun. There was no joy” in comparison to
    Obama, Gingrich said.': the sentence splitter cut inside the quotation), else ``ss``."""
    body = doc.body
    ps = doc.paragraph(ss)[0]
    if body.count("“", ss, end) < body.count("”", ss, end):
        k = body.rfind("“", ps, ss)
        if k < 0 or body.find("”", k, ss) >= 0:
            return ss
    elif body.count('"', ss, end) % 2 == 1 and body.count('"', ps, ss) % 2 == 1 and body.find('"', ss, end) < end:
        # (straight marks: an odd number before the sentence in its paragraph and an odd number in it)
        k = body.rfind('"', ps, ss)
        first = body.find('"', ss, end)
        if not body[first + 1:first + 2].isspace() and body[first + 1:first + 2] not in ",.;:":
            return ss  # (the first mark in the sentence opens a quotation: it closes none)
    else:
        return ss
    return min(ss, doc.sentence(k)[0])


def _left_content_start(doc: _Doc, ss: int, end: int) -> int:
    """Start of content before its cue ('CONTENT, X said.'): the sentence start, or in English the text after
    a colon ('The tax has not hurt the city: London was first, according to an index.')."""
    body = doc.body
    if doc.lex.language == "en":
        if body.find("”", ss, end) >= 0 or body.find('"', ss, end) >= 0:
            ss = _open_quotation_start(doc, ss, end)
        k = body.rfind(":", ss, end)
        while k > ss and body[k - 1].isdigit() and body[k + 1:k + 2].isdigit():
            k = body.rfind(":", ss, k)  # ("About 10:03 p.m., according to ...": a clock time, no clause break)
        if k > ss and not _QMARK_RE.search(body, ss, end) and _min_tokens(3, body, k, end):
            return _content_start(body, k + 1, end)
        first = _DOUBLE_MARK_RE.search(body, ss, end)
        if first is not None and _mark_role(body, first.start(), first.group()) == "close":
            ps = doc.paragraph(ss)[0]
            prev = next(iter(reversed(list(_DOUBLE_MARK_RE.finditer(body, ps, ss)))), None)
            if prev is not None and _mark_role(body, prev.start(), prev.group()) == "open":
                # 'A and B "were stiff. They weren't fun" in 2012, X said.': the sentence split inside a quotation
                # is no start of the content; it opens with the sentence holding the opening mark
                ss = doc.sentence(prev.start())[0]
        st = _content_start(body, ss, end)
        if body[st:st + 1] == "(" and ")" not in body[st:end]:
            st = _content_start(body, st + 1, end)  # "(The French are big fans of the show, Mr. Madden said.)"
        if body[st:st + 2].isupper():
            m = _DATELINE_RE.match(body, st, end)  # "WASHINGTON (Reuters) - The Chinese government likely ..."
            if m and _min_tokens(3, body, m.end(), end):
                return _content_start(body, m.end(), end)
        return st
    if doc.lex.language == "id" and ss < 80 and not body[:ss].strip() and body[ss:ss + 1].isupper():
        # (s15idbat) "Jakarta - Harga beras akan turun bulan depan, kata X.", "JAKARTA, KOMPAS.com - ...": the
        # article's dateline (read as helpers.cleaning reads it) is no content
        n = read_dateline(body[ss:ss + 120]).length
        if n and _min_tokens(3, body, ss + n, end):
            return _content_start(body, ss + n, end)
    return _content_start(body, ss, end)


#: English: the occasion of speaking after reported content ("in an interview", "during an appearance", "in
#: his speech to the Commons"), which belongs to the cue.
_OCCASION_WORD_RE = re.compile(r"interview|appearance|speech|statement|conference|briefing|address")
#: English nouns of an occasion of speaking ("in an interview", "during a news conference"), shared by the
#: patterns below that end reported content before it or read it as the cue's own adverbial.
_OCCASION_NOUNS = r"interview|appearance|speech|statement|news conference|press conference|conference call|briefing|address"
_SPEECH_OCCASION_RE = re.compile(
    rf"\s+(?:in|during)\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:{_OCCASION_NOUNS})s?\b")

_OCCASION_PREPS = frozenset({"in", "during", "at", "on"})
#: English: an occasion of speaking between a cue and "that" ("in an interview with Reuters", "at a news
#: conference on Monday", "in a statement released by his office").
_OCCASION_THAT_RE = re.compile(
    rf"\s*,?\s*(?:in|during|at)\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:{_OCCASION_NOUNS})s?"
    r"(?:\s+(?!that\b)[\w.'’-]+){0,6}?\s*,?\s+that\b")

#: (s25pol) Spoken occasions besides ``_OCCASION_NOUNS`` before "that" ("declared in a heated argument with Keyworth
#: that ...", "argued at a meeting with donors that ...", "testified at a hearing last week that ...").
_SPOKEN_OCCASIONS = ("argument", "debate", "meeting", "hearing", "testimony", "remarks", "exchange", "conversation",
                     "call", "phone call", "session", "forum", "rally", "town hall", "discussion", "filing", "court filing",
                     "radio interview", "television interview", "podcast", "broadcast", "opinion piece", "piece")


@lru_cache(maxsize=1)
def _occasion_item_re() -> re.Pattern[str]:
    """(s25pol) English: an occasion of speaking or an item carrying its author's words (lexicon ``message_nouns``:
    "in a letter to the agency", "in its letter", "in an op-ed for the Post") between a cue and "that"."""
    nouns = sorted({*_SPOKEN_OCCASIONS, *_message_nouns_en()}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nouns)
    return re.compile(
        rf"\s*,?\s*(?:in|during|at)\s+(?:an?|his|her|their|its|the|one|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{alt})s?\b"
        r"(?:\s+(?!that\b)[\w.'’-]+){0,6}?\s+that\b")


def _occasion_item_that(body: str, ce: int, se: int) -> re.Match[str] | None:
    """(s25pol) ``_occasion_item_re`` at ``ce`` when "that" opens a clause (not a relative clause on the item:
    "wrote in a letter that was sent to ..."; no comma or quotation mark inside the phrase)."""
    m = _occasion_item_re().match(body, ce, se)
    if m is None or any(c in body[ce:m.end()] for c in ",;:\"“”"):
        return None
    nxt = TOKEN_RE.search(body, m.end(), se)
    if nxt is None or nxt.group().lower() in _lexicon("en").clause_markers or nxt.group().lower() in _lexicon(
            "en").verbs:
        return None
    return m


def _clause_in(doc: _Doc, a: int, b: int, n: int) -> bool:
    """English: whether the first ``n`` words of ``body[a:b]`` hold a clause (an auxiliary, "that", a subject
    pronoun), or there are more than ``n`` of them."""
    words = TOKEN_RE.findall(doc.body, a, b)
    lex = doc.lex
    return len(words) > n or any(w.lower() in lex.clause_markers or w.lower() in lex.that_words
                                 or w.lower() in _SUBJECT_PRONOUNS_LOW for w in words)


#: English: a parenthetical aside in lower case closing reported content ("... (which also drew notice)").
_PAREN_ASIDE_RE = re.compile(r"\s+\(([a-z][^()]{8,})\)$")


#: English (s14bound): the dashes that open and close an aside inside a sentence (a spaced hyphen, a double hyphen, an
#: en or em dash); the em dash also unspaced.
_ASIDE_DASHES = (" -- ", " - ", " – ", "—")


def _dash_aside_close(body: str, ss: int, cs: int, a: int, b: int) -> int:
    """English (s14bound): when the cue at ``cs`` stands inside a dash aside of its sentence (an odd number of one
    kind of dash between the sentence start ``ss``, after any wire dateline, and the cue: 'X was a planner - a
    former aide said she ... - and ...', 'If there were no superdelegates - as Sanders claims to desire - Clinton
    ...') or inside an open parenthesis, the position of the dash (or the closing parenthesis) in ``body[a:b]``
    that closes the aside, where the content ends; -1 if none."""
    seg = body[ss:cs]
    if "(" in seg and seg.count("(") > seg.count(")") and (k := body.find(")", a, b)) > a and _min_tokens(2, body, a, k):
        return k  # ('The plan was costly (the governor said it would cost $5 billion) and ...': a parenthesis closes it)
    if "-" not in seg and "—" not in seg and "–" not in seg:
        return -1
    if (m_line := _DATELINE_RE.match(body, ss, cs) or _AGENCY_LEAD_RE.match(body, ss, cs)) is not None:
        ss = m_line.end()  # ("WASHINGTON (Reuters) - Trump said ...": the dateline's dash opens no aside)
    for dash in _ASIDE_DASHES:
        if body.count(dash, ss, cs) % 2 == 1 and (k := body.find(dash, a, b)) > a and _min_tokens(3, body, a, k):
            return k
    return -1


#: English: a wire dateline opening an article ("WASHINGTON (Reuters) - ", "NEW YORK, Dec. 11 (UPI) — ",
#: "WASHINGTON — ").
_DATELINE_RE = re.compile(r"[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3}(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
                          r"(?:\s\([A-Za-z .]{2,30}\))?\s+(?:[—–]|--?)\s+")


#: English: words opening what follows "according to X," that is no rest of the content (an apposition of
#: X, a coordinated or subordinate clause).
_NOT_CONTINUATION = frozenset({"a", "an", "the", "and", "but", "or", "who", "which", "whose", "while", "whilst", "although",
                               "though", "compared", "including", "with", "as", "than"})


#: English articles: after "According to X," they open the main clause when the words before the cue are a
#: prepositional phrase ("About 10 p.m., according to X, the contractors left ...").
_DETS_EN = frozenset({"a", "an", "the"})


#: s13prec: English "That's according to X" / "This is according to X" opening a sentence (the pronoun is the content).
_THATS_ACCORDING_RE = re.compile(r"\s*(That|This)(?:['’]s|\s+is|\s+was)\s+")


#: (s20id) Indonesian words opening a fronted adverbial or topic before an intro cue ("Soal ..., menurut X, ...").
_ID_TOPIC_LEADS = frozenset({"soal", "terkait", "mengenai", "tentang", "dengan", "per", "untuk", "sejak", "atas", "pada",
                             "meski", "meskipun", "walaupun", "walau", "di", "dalam", "saat", "ketika", "setelah", "usai",
                             "seusai", "sebelum", "hingga", "sampai", "selama", "akibat", "karena", "berkat"})


def _id_fronted_topic(body: str, ss: int, cs: int) -> bool:
    """(s20id) Indonesian: the words before an intro cue (from the sentence start ``ss`` to the cue at ``cs``) are a
    fronted adverbial or topic ending in a comma ("Soal ..., ", "Di tahapan akhir ini, ", "Per 31 Agustus 2025, ")."""
    left = body[ss:cs].strip(" \t\"“”")
    if not left.endswith(",") or "," in left[:-1]:
        return False
    m = _FIRST_WORD_RE.match(left)
    if m is not None and m.group().lower() in _ID_OPENING_CONNECTIVES and left[m.end():m.end() + 1] == " ":
        m = _FIRST_WORD_RE.match(left, m.end() + 1)  # ("Sedangkan untuk pegawai lain, Prabowo meminta ...")
    return m is not None and m.group().lower() in _ID_TOPIC_LEADS


def _id_relative_intro(doc: _Doc, cm: re.Match[str], se: int) -> _Quote | None:
    """s26idrec: Indonesian "..., yang menurut X PREDICATE" (English "..., which X says PREDICATE"): the relative
    clause's predicate after the source is X's report (a modal or a verb opens it right after the source; nothing
    when a comma follows the source: "yang menurut X, ..." is read as usual)."""
    body = doc.body
    lex = doc.lex
    def predicate(w: str) -> bool:
        return w.lower() in lex.aux or w in _ID_MODALS or w[:2] == "me" and _ID_VERB_RE.fullmatch(w) is not None and \
            w not in _ID_NOT_VERBS

    sp = _right_speaker(doc, cm.end(), se, intro=True)
    if not sp.text:  # "yang menurut industri dapat ...": a bare common noun (up to three words) before the predicate
        words = _word_spans(body[cm.end():min(se, cm.end() + 60)], cm.end())[:4]
        k = next((i for i, (w, _, _) in enumerate(words) if predicate(w)), 0)
        if k and all(w.islower() and w.isalpha() and w not in _ID_NOT_SUBJECT and w not in lex.pronouns and
                     w not in lex.clause_markers and not _ID_VERB_RE.fullmatch(w) for w, _, _ in words[:k]) and \
                not body[words[0][1] - 1:words[k - 1][2]].count(",") and body[cm.end():words[0][1]] == " ":
            sp = _Speaker(body[words[0][1]:words[k - 1][2]], "role", "", words[0][1], words[k - 1][2])
    if not sp.text or sp.kind not in ("name", "role", "pronoun"):
        return None
    nw = _FIRST_WORD_RE.match(body, sp.end + 1, se) if body[sp.end:sp.end + 1] == " " else None
    if nw is None or not predicate(nw.group()):
        return None
    cst = nw.start()
    cen = _content_end(body, cst, se)
    k_c = body.find(", ", cst, cen)
    if k_c > 0 and (nw2 := _FIRST_WORD_RE.match(body, k_c + 2, cen)) is not None and predicate(nw2.group()):
        cen = _content_end(body, cst, k_c)  # ("X, yang menurut Y sudah dibahas, akan berlaku ...": the main predicate)
    if not _min_tokens(3, body, cst, cen) or _QMARK_RE.search(body, cst, cen):
        return None
    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cm.start())
    _set_speaker(q, sp)
    return q


#: s26idrec: Indonesian modals opening a predicate ("dapat menyebabkan", "akan", "bisa").
_ID_MODALS = frozenset({"dapat", "akan", "bisa", "mampu", "harus", "perlu", "telah", "sudah", "sedang", "masih",
                        "tidak", "tak", "belum", "mungkin", "hanya", "justru", "menjadi", "merupakan", "adalah"})


def _intro_quote(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """'According to X, CONTENT' / 'Menurut X, CONTENT' / 'CONTENT, according to X.'"""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    cw = cm.group().lower()
    if cw.endswith("nya") and doc.lex.language == "id":
        # "Menurutnya, CONTENT": the speaker is the clitic
        opens = not body[ss:cs].strip() and _min_tokens(3, body, ce, se)
        if body[ce:ce + 1] == "," or body[ss:cs].rstrip().endswith(",") or opens:
            if body[ce:ce + 1] == "," or opens:
                # ("Menurutnya saat ini pemulihan ...": opening its sentence, the comma may be left out)
                cst = _content_start(body, ce + 1 if body[ce:ce + 1] == "," else ce, se)
                if body[ce:ce + 1] == " " and (m_in := _id_cue_insert_res()[0].match(body, ce, se)) is not None \
                        and _min_tokens(3, body, m_in.end(), se):
                    cst = _content_start(body, m_in.end(), se)  # (s16id) "Menurutnya di Jakarta, Senin (12/10), Q"
                cen = _content_end(body, cst, se)
            elif _id_fronted_topic(body, ss, cs) and _min_tokens(3, body, ce, se):
                # (s20id) "Meski produksi nasional mencapai 30 juta ton, menurutnya langkah intervensi tetap harus
                # digencarkan": a fronted adverbial or topic before the cue; the clause after it is the content
                cst = _content_start(body, ce, se)
                cen = _content_end(body, cst, se)
            else:
                cst, cen = _content_start(body, ss, cs), _content_end(body, ss, cs)
            q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs, cm.group(), "clitic")
            return q
        return _mid_clitic(doc, cm, ss, se)
    if doc.lex.language == "id" and cw == "menurut" and body[max(ss, cs - 6):cs].endswith(" yang ") and (
            rq := _id_relative_intro(doc, cm, se)) is not None:
        return rq  # s26idrec: "gangguan di perbatasan, yang menurut industri dapat menyebabkan ..."
    en = doc.lex.language == "en"
    if en:
        colon = body.rfind(":", ss, cs)
        if colon >= 0 and not body[colon + 1:cs].strip():
            ss = colon + 1  # "It has not gone unnoticed: According to recent polls, ...": a clause of its own
    sp = _right_speaker(doc, ce, se, intro=True)
    if not sp.text and cw != "kata":
        # "according to a congressional report", "menurut data yang diterima": a source, not a person
        m = _SOURCE_PHRASE_RE.match(body[ce:se])
        if m is None and cw != "kata" and doc.lex.language == "en" and body[ss:cs].rstrip().endswith(",") and (
                m_q := _QUOTED_SOURCE_RE.match(body, ce, se)) is not None and m_q.group(1).count('"') % 2 == 0 \
                and m_q.group(1).count("“") == m_q.group(1).count("”"):
            m = _QUOTED_SOURCE_RE.match(body[ce:se])  # ', according to the "Medicare for all" document he released.'
        if m and 1 <= len(TOKEN_RE.findall(m.group(1))) <= (24 if _opens_intro(doc, ss, cs, ce + m.end(1)) else 12):
            st = ce + m.start(1)
            sp = _Speaker(m.group(1).strip(), "role", "", st, st + len(m.group(1).strip()))
    if not sp.text:
        return None
    if cw == "berdasarkan laporan" and doc.lex.language == "id" and (
            sp.text.lower() not in _ID_POLICE_SOURCES and sp.text.lower() not in _ID_COLLECTIVE_SOURCES):
        return None  # s26idrec: "Berdasarkan laporan polisi, CLAUSE" (a police report: what the police state), not a
        # report of findings ("Berdasarkan laporan terbaru BPS, ...", "laporan Bank Dunia")
    if not sp.text:
        return None
    if en and cs - ss <= 12 and _THATS_ACCORDING_RE.fullmatch(body, ss, cs) is not None:
        # s13prec: "That's according to members of The POLITICO Caucus — a collection of ...": the pronoun stands for the
        # sentence before, which is the content; what follows the source is its apposition
        k = len(body[:ss].rstrip())
        ps, pe = doc.sentence(k - 1) if k > 0 else (0, 0)
        if not (ps < pe <= ss and body[k - 1:k] in ".!?" and _min_tokens(3, body, ps, k)) or any(
                c in body[ps:k] for c in _QUOTE_CHARS):
            return None
        q = _Quote(ps, _content_end(body, ps, k), "indirect", [], cm.group(), cs)
        q.parts = [(q.start, q.end)]
        _set_speaker(q, sp)
        return q
    left = body[ss:cs].strip(" ,")
    after = body[sp.end:se]
    if cw == "kata" and not (body[ss:cs].strip() == "" or body[ss:cs].rstrip().endswith(",")):
        return None
    comma = after.find(",")
    left_comma = body[ss:cs].rstrip().rstrip("\"”’'" if en else "").endswith(",")  # ',"' closes a quote too
    if en and not left_comma and body[ss:cs].rstrip().endswith(("—", "–", " -", "--")):
        left_comma = True  # "Ferguson had 115 violent crimes — including murder — according to FBI data."
    if en and left and not left_comma and _min_tokens(3, left) and comma < 0 and ";" not in after \
            and sp.kind in ("name", "role") and (not _SOURCE_PHRASE_RE.match(body, ce, se) or any(
                w.lower() in _document_sources_en() or w.lower() in _body_nouns_en() for w in
                TOKEN_RE.findall(sp.text)[:3])) \
            and not _min_tokens(7, after) and not body[ss:cs].rstrip().endswith((":", ";")):
        # "... 46 percent to 39 percent according to a CBS poll released Monday.": no comma before the cue
        # (s15bbc2: also a source phrase headed by a document or a body, "... on the increase according to the firm.",
        # "... according to new data.", not "operate according to a strict code")
        left_comma = True
    if en and left and comma >= 0 and not after[:comma].strip(" )") and (
            rq := _intro_next_clause(doc, left, left_comma, sp.end + comma + 1, se)) is not None:
        q = _Quote(rq[0], rq[1], "indirect", [rq], cm.group(), cs)
        _set_speaker(q, sp)
        return q
    if not en and left and left_comma and (comma >= 0 and not after[:comma].strip(" )") or comma < 0 and sp.kind in (
            "name", "pronoun")) and _id_fronted_topic(body, ss, cs) and _min_tokens(
            3, body, sp.end + comma + 1 if comma >= 0 else sp.end, se):
        # (s20id) "Soal potensi bergabungnya PDIP ke kabinet, menurut Bahlil, hal tersebut merupakan hak prerogatif",
        # "Per 31 Agustus 2025, menurut Tempo, sedikitnya tujuh orang tewas", "Soal kasus keracunan ..., menurut Prabowo
        # masih dalam koridor manusiawi": a fronted adverbial or topic before the cue; the clause after the speaker is
        # the content
        cst = _content_start(body, sp.end + comma + 1 if comma >= 0 else sp.end, se)
        q = _Quote(cst, _content_end(body, cst, se), "indirect", [], cm.group(), cs)
        q.parts = [(q.start, q.end)]
        _set_speaker(q, sp)
        return q
    if left and _min_tokens(3, left) and left_comma:
        cst, cen = _left_content_start(doc, ss, cs), _content_end(body, ss, cs)
        rest = TOKEN_RE.findall(after[comma:]) if comma >= 0 else []
        if doc.lex.language == "en" and comma >= 0 and not after[:comma].strip(" )") and len(rest) >= 3 and len(
                TOKEN_RE.findall(left)) <= 8 and (rest[0].lower() not in _NOT_CONTINUATION or rest[0].lower() in _DETS_EN and (
                TOKEN_RE.findall(left)[0].lower() in _PREPOSITIONS["en"])) and not _QMARK_RE.search(
                body, ss, cs) and not _QMARK_RE.match(body, _content_start(body, sp.end + comma + 1, se) - 1):
            # (a quotation later in the continuation is part of it: 'include ideology (... "very liberal" ...)')
            # "Since November, according to X, forces have killed ...": the cue interrupts its content
            rst = _content_start(body, sp.end + comma + 1, se)
            q = _Quote(cst, _content_end(body, rst, se), "indirect", [(cst, cen)], cm.group(), cs)
            q.parts.append((rst, q.end))
            _set_speaker(q, sp)
            return q
    elif comma >= 0 and not after[:comma].strip(" )") or (comma >= 0 and not _min_tokens(9, after[:comma])) or (
            en and comma >= 0 and not left and (_source_tail(doc, after[:comma]) or _opens_intro(
                doc, ss, cs, sp.end + comma))):
        cst = _content_start(body, sp.end + comma + 1, se)
        if not en and (m_in := _id_cue_insert_res()[0].match(body, sp.end, se)) is not None and _min_tokens(
                3, body, m_in.end(), se):
            cst = _content_start(body, m_in.end(), se)  # (s16id) "Menurut X di Jakarta, Senin (12/10), Q"
        cen = _content_end(body, cst, se)
        lw = TOKEN_RE.findall(left)
        if len(lw) > 3:
            return None
        if en and len(lw) >= 2 and left_comma and lw[0].lower() in _DETS_EN and lw[-1].lower() not in _PREPOSITIONS["en"] \
                and not any(c in left for c in ",;:—–\"“”") and cst < cen:
            # (s13pred) "The company, according to two people familiar with the matter, is planning ...": the short
            # subject noun phrase before the interrupting cue belongs to the content
            lst, len_ = _content_start(body, ss, cs), _content_end(body, ss, cs)
            if lst < len_:
                q = _Quote(lst, cen, "indirect", [(lst, len_), (cst, cen)], cm.group(), cs)
                _set_speaker(q, sp)
                return q
        if lw and cw == "kata" and doc.lex.language == "id" and not after[:comma].strip() and lw[0].lower() not in \
                doc.lex.not_speakers and lw[0].lower() not in _ID_NOT_SUBJECT and lw[0].lower() not in _ID_CONNECTIVES \
                and cst < cen:
            # "Pemerintah daerah, kata dia, akan membantu ...": the subject before the parenthetical cue
            lst, len_ = _content_start(body, ss, cs), _content_end(body, ss, cs)
            q = _Quote(lst, cen, "indirect", [(lst, len_), (cst, cen)], cm.group(), cs)
            _set_speaker(q, sp)
            return q
    elif comma < 0 and not left and sp.kind in ("name", "pronoun") and _min_tokens(3, after):
        # "Menurut Purbaya inflasi yang terkendali ...": no comma after the speaker
        cst = _content_start(body, sp.end, se)
        cen = _content_end(body, cst, se)
    elif en and not left and sp.kind == "name" and _NO_COMMA_CLAUSE_RE.match(body, sp.end, se) and \
            _min_tokens(4, body, sp.end, se):
        # "According to Microsoft the messages were sent via ..., several ...": no comma after a name, then a
        # clause opened by a determiner or pronoun
        cst = _content_start(body, sp.end, se)
        cen = _content_end(body, cst, se)
    else:
        return None
    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
    _set_speaker(q, sp)
    return q


#: English (s13pred): a conjunction right before "according to X," that opens the next clause ("..., but according to
#: diplomats, a new round ...", "because, according to Trump, the media would ...").
_CONJ_BEFORE_INTRO = frozenset({"but", "because", "since", "although", "though", "whereas", "yet", "so"})
#: English (s13pred): concessive subordinators; their clause before "according to X," is the background of the main
#: clause after it ("While most were marked confidential, according to an official, two were marked secret").
_CONCESSIVE_LEADS = frozenset({"although", "though", "while", "whilst", "whereas"})


def _intro_next_clause(doc: _Doc, left: str, left_comma: bool, after: int, se: int) -> tuple[int, int] | None:
    """English (s13pred): the content of a mid-sentence "according to X," is the clause after it when the words
    before the cue end with a conjunction that opens that clause ('..., because, according to Trump, the media
    would call him a "chicken"') or are one concessive clause ('While most ... were elevated to the
    "confidential" level, according to an official, two ... were upgraded ...') and the main clause after it
    has no cue of its own ('Although the surplus is expanding, according to Chinese figures, the Commerce
    Department revealed ...': the cue vouches for the concessive clause). Returns the content span or None."""
    lw = TOKEN_RE.findall(left)
    if len(lw) < 2:
        return None
    body = doc.body
    rst = _content_start(body, after, se)
    if not _min_tokens(3, body, rst, se):
        return None
    if lw[-1].lower() not in _CONJ_BEFORE_INTRO and not (
            lw[0].lower() in _CONCESSIVE_LEADS and left_comma and not any(c in left for c in ",;:")
            and not _cue_tokens(doc, rst, se)):
        return None
    ren = _content_end(body, rst, se)
    return (rst, ren) if rst < ren else None


#: English: a source phrase with a quoted title in it that closes its sentence after "according to"
#: ('according to the "Medicare for all" document he released.').
_QUOTED_SOURCE_RE = re.compile(r"\s*([^,;:.!?\n]{3,120}?)\s*(?=[.!?]?\s*$)")


#: Words that extend a source phrase after its head ("the officer in charge of ...", "a study by ...",
#: "a report released Monday ...").
_SOURCE_TAIL_FIRST = frozenset({"in", "of", "by", "at", "for", "from", "on", "with", "based", "released", "published",
                                "conducted", "commissioned", "cited", "obtained", "seen", "issued", "made"})


#: English: a clause right after an opening "According to NAME" with no comma ("According to Microsoft the messages
#: were sent ...").
_NO_COMMA_CLAUSE_RE = re.compile(r"[ \t]+(?:the|a|an|his|her|its|their|he|she|they|it|there|this|these|some|most|"
                                 r"many)[ \t]")


#: English: what the words after an opening "According to X ...," may not start with to be the main clause (an
#: apposition or relative clause of X, a coordinated phrase).
_OPENS_INTRO_NOT = frozenset({"who", "which", "whose", "a", "an", "and", "or", "but", "as", "than", "including"})


def _opens_intro(doc: _Doc, ss: int, cs: int, end: int) -> bool:
    """English: "According to SOURCE, CLAUSE" opening its sentence with a long source phrase ("According to early
    results of exit polls conducted for the Associated Press and television networks, black voters ..."): the
    first comma closes the source (up to 24 words with no clause break and no verb outside a relative clause in
    them) when a clause of three words or more follows it."""
    body = doc.body
    if doc.lex.language != "en" or body[ss:cs].strip(_QUOTE_OR_BLANK + "\n(") or \
            any(c in body[cs:end] for c in ";:\"“”()—–"):
        return False
    comma = body.find(",", end, end + 3)
    if comma < 0:
        return False
    lex = doc.lex
    for w in TOKEN_RE.findall(body, cs, end):
        lw = w.lower()
        if lw in lex.relatives or lw == "that":
            break  # ("cables at the time that were later released by WikiLeaks": a relative clause of the source)
        if lw in lex.clause_markers or lw in _SUBJECT_PRONOUNS_LOW:
            return False  # ("According to Microsoft the messages were sent via ...": no comma after the source)
    nxt = _NEXT_WORD_RE.match(body, comma + 1)
    return nxt is not None and nxt.group(1).lower() not in _OPENS_INTRO_NOT and _min_tokens(
        3, body, comma + 1, doc.sentence(cs)[1])


def _source_tail(doc: _Doc, text: str) -> bool:
    """English: the words between an "according to" source and its comma (9 to 14 of them) only extend
    the source phrase: they open with a preposition or participle and hold no finite verb."""
    words = TOKEN_RE.findall(text)
    if not 8 < len(words) <= 14:
        return False
    return words[0].lower() in _SOURCE_TAIL_FIRST and not any(
        w in doc.lex.clause_markers or w in _SUBJECT_PRONOUNS for w in words)


def _id_parenthetical(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """Indonesian: an after-cue and its speaker between commas inside the clause ("Upaya ini, lanjut dia,
    dilakukan agar ...", like "Pemerintah daerah, kata dia, ..."): the subject before and the rest after."""
    body = doc.body
    lex = doc.lex
    cs, ce = cm.start(), cm.end()
    left = body[ss:cs].rstrip()
    if not left.endswith(",") or body[ce:ce + 1] == ",":
        return None
    lw = TOKEN_RE.findall(left)
    if not lw or len(lw) > 3 or lw[0].lower() in lex.not_speakers or lw[0].lower() in _ID_NOT_SUBJECT \
            or lw[0].lower() in _ID_CONNECTIVES:
        return None
    sp = _right_speaker(doc, ce, se, intro=True)
    if not sp.text or body[sp.end:sp.end + 1] != ",":
        return None
    cst = _content_start(body, sp.end + 1, se)
    cen = _content_end(body, cst, se)
    if not _min_tokens(2, body, cst, cen):
        return None
    lst, len_ = _content_start(body, ss, cs), _content_end(body, ss, cs)
    q = _Quote(lst, cen, "indirect", [(lst, len_), (cst, cen)], cm.group(), cs)
    _set_speaker(q, sp)
    return q


def _mid_clitic(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """An Indonesian -nya cue inside a clause without commas around it ("Isu pendanaan ini menurutnya
    menjadi penting", "Indonesia disebutnya baru bisa membiayai 16%"): the clause around the cue."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    left, right = body[ss:cs], body[ce:se]
    if "," in left[-3:] or right.lstrip()[:1] in ",;:" or not _min_tokens(2, left) \
            or not _min_tokens(2, right) or any(c in left for c in "\"“”"):
        return None
    lw, rw = TOKEN_RE.findall(left), TOKEN_RE.findall(right)
    if lw[-1].lower() == "yang" or rw[0].lower() in doc.lex.trailers or lw[0].lower() == "hal":
        return None  # "bidang yang menurutnya ...", "Hal tersebut disampaikannya dalam acara ..."
    lst, len_ = _content_start(body, ss, cs), _content_end(body, ss, cs)
    rst = _content_start(body, ce, se)
    ren = _content_end(body, rst, se)
    return _Quote(lst, ren, "indirect", [(lst, len_), (rst, ren)], cm.group(), cs, cm.group(), "clitic")


@lru_cache(maxsize=1)
def _infinitive_cues() -> frozenset[str]:
    """English cues of promising or threatening that report a to-infinitive (lexicon ``infinitive_cues``)."""
    return frozenset(w.lower() for w in load_list_or_empty("infinitive_cues", "en"))


#: "to" + a verb right after a commissive cue, maybe after a time adverb or "again" ("vowed last month to
#: take ...", "pledged on Monday to cut ..."); not "to the convention", "to him" (a recipient).
_INFINITIVE_RE = re.compile(
    r"\s+(?:(?:(?:last|this|earlier|next)\s+(?:week|month|year|night|weekend)|(?:on\s+)?[A-Z][a-z]+day|again|also|"
    r"publicly|repeatedly|once)\s+)?(to)\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|"
    r"them|me|us|it|whom?|which|what)\b)[a-z]")


#: Adverbs and time phrases between a cue and its "that" ("reported just today that", "said, twice, that",
#: "noted repeatedly that", "said Tuesday night that").
_ADVERB_THAT_RE = re.compile(
    r"\s*,?\s*(?:(?:just|also|again|twice|once|repeatedly|publicly|privately|later|then|recently|today|yesterday|"
    r"tonight|earlier|(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this|earlier)\s+(?:week|month|year|night|weekend)|[a-z]+ly)\s*,?\s+){1,3}that\b")


#: English: a verb phrase that makes the occasion of a statement, right before "to" + cue ("used this
#: question to", "took the opportunity to", "took to Twitter to", "went out of his way to", "went on CNN to",
#: "appeared before reporters to").
_OCCASION_RE = re.compile(
    r"\s(?:used|uses|using|took|takes|taking|seized|seizes|seizing)\s+(?:the|this|that|his|her|their|its|an?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:occasion|opportunity|moment|question|speech|interview|debate|platform|stage|chance|"
    r"forum|podium|floor|appearance|address|remarks)\s+(?:[\w'’-]+\s+){0,4}?to\s+$|"
    r"\s(?:took|takes|taking)\s+to\s+(?:[A-Z][\w.]*|the\s+\w+|social\s+media)\s+(?:[\w'’-]+\s+){0,3}?to\s+$|"
    r"\s(?:went|goes|going)\s+out\s+of\s+(?:his|her|their|its|my|our|your)\s+way\s+to\s+$|"
    # "went on CNN to declare", "appeared before reporters to announce", "held a news conference to announce"
    # (s7pred and s7subj wrote the first alternative each; merged into one)
    r"\s(?:went|goes|going|appeared|appears|appearing|came|comes)\s+(?:on|before)\s+(?:[\w.'’-]+\s+){1,4}?to\s+$|"
    r"\s(?:held|holds|holding|called|calls|calling|gave|gives|giving)\s+an?\s+(?:news|press)\s+conference\s+"
    r"(?:[\w'’-]+\s+){0,3}?to\s+$|"
    # (s11ind) "called friends to say", "phoned the newsroom to say", "invoked Reagan's deficit to claim", "stood at a
    # Bush event to say": a call, an appeal to a precedent or standing up, then the purpose of speaking
    r"\s(?:called|calls|calling|phoned|phones|phoning|rang|rings|invoked|invokes|invoking|stood|stands|standing)\s+"
    r"(?!on\s|for\s|upon\s)(?:[\w.'’-]+\s+){1,5}?to\s+$")


#: English: "be" + an adjective taking a to-infinitive, or "have taken", right before "to" + cue ("were more
#: likely to say", "was quick to note", "have taken to saying").
_ADJ_TO_RE = re.compile(
    r"\s(?:(?:is|are|was|were|be|been|being|seemed|seems|appeared|appears)\s+(?:(?:also|much|far|even|"
    r"significantly|slightly|not|no)\s+)?(?:(?:more|less|most|least)\s+likely|(?:un)?likely|quick|careful|eager|"
    r"keen|willing|reluctant|ready|the\s+first|the\s+last)|(?:have|has|had)\s+(?:also\s+)?taken)\s+to\s+$")


#: English: a causative verb, its object (a noun phrase) and "to" right before a cue ("prompted Smith to say",
#: "led the chairwoman to announce", "forcing Republicans to acknowledge").
_CAUSATIVE_RE = re.compile(
    r"\s(?:led|leads|leading|prompted|prompts|prompting|forced|forces|forcing|pushed|pushes|pushing|pressed|"
    r"presses|pressing|spurred|spurs|spurring|caused|causes|causing|compelled|compels|compelling)\s+"
    r"([^\s,;:()\"“”][^,;:()\"“”]{0,78}?)\s+to\s+$")


#: The end of a promise's to-infinitive: a comma before a subordinator, a coordinated clause or a new
#: subject ("..., after he introduced a bill", "..., but Mr. Obama was furious", "..., the party has ...").
_INFINITIVE_END_RE = re.compile(
    r",\s+(?:after|before|when|while|whilst|as|because|since|until|unless|despite|although|though|whereas|even|"
    r"(?:and|but|yet)\s+(?:he|she|they|it|we|I|the|his|her|their)\b|(?:the|his|her|their|its)\s+[\w'’-]+\s+"
    r"(?:has|have|had|is|are|was|were|will|would|can|could)\b)|"
    # (a verb in the past with its object after "and" cannot go on a to-infinitive: "vowed to keep abortion legal and
    # celebrated the ruling Monday" is the speaker's next act)
    r"\s(?:and|but)\s+(?:[a-z]+ly\s+)?[a-z]{2,}[^e\W]ed\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s")


#: English cues that take an object right after them ("accused X of", "urged X to", "praised X"): "CONTENT,
#: accused X" is never the inverted order of "X accused ...".
_OBJECT_CUES_NOT_INVERTED = frozenset({"accused", "accuses", "urged", "urges", "blasted", "blasts", "criticised",
                                       "criticized", "criticises", "criticizes", "praised", "praises", "thanked",
                                       "condemned", "condemns", "slammed", "slams", "attacked", "attacks",
                                       "challenged", "challenges", "reminded", "reminds", "assured", "assures",
                                       "emailed", "emails", "texted", "texts", "called on", "calls on", "called upon",
                                       "calls upon"})  # (s13prec: 'emailed Ms. Abedin'; s20en: 'called on X to')


#: s13prec: domain adverbs that make "charged" an adjective ("politically charged", "racially charged").
_CHARGED_ADVERBS = frozenset({"politically", "racially", "emotionally", "sexually", "highly", "ideologically",
                              "religiously", "culturally", "ethnically"})
#: English: a dash (and "only"/"also") before a participle of a second report ('... on the spot – saying he ...',
#: '... outright victory - only saying that ...').
_DASH_PARTICIPLE_RE = re.compile(r"\s(?:-|--|–|—)\s+(?:(?:only|also|then|even)\s+)?$")


#: English: a short prepositional phrase after a cue, then "by" and a participle ("responded to that tweet by calling
#: ...", "reacted on Twitter by mocking ..."): the participle's own report (s13mix).
_BY_PARTICIPLE_AFTER_RE = re.compile(r"(?:[ \t]+(?:to|on|in|at)[ \t]+[^,.;:!?\n\"“”]{1,40}?)?[ \t]+by[ \t]+([a-z]+ing)\b")


def _id_participle_subject(doc: _Doc, ss: int, cs: int) -> _Speaker:
    """(s25idind) Indonesian: a cue after a comma that closes a clause of its own ("Kantor Koroner merilis laporan
    pendahuluan pada hari Jumat, mengatakan ...", "Polisi menggelar jumpa pers, menyatakan bahwa ..."; the English
    participle "..., saying ..." as translators render it): the speaker is that clause's subject, the words before
    its first meN-/ber- verb (a name, role or pronoun the rules read as a speaker), with no comma inside."""
    body = doc.body
    words = TOKEN_RE.findall(body, ss, min(cs, ss + 120))
    pos = ss
    for k, w in enumerate(words[:7]):
        pos = body.find(w, pos, cs)
        if pos < 0 or "," in body[ss:pos] or any(c in _QUOTE_CHARS for c in body[ss:pos]):
            return _Speaker()
        lw = w.lower()
        if k and w.islower() and (lw in doc.lex.verbs or _ID_VERB_RE.fullmatch(lw) and lw not in _ID_NOT_VERBS):
            if lw in doc.lex.verbs:
                return _Speaker()  # ("X mengatakan A, menambahkan B" is read at each cue)
            sp = _left_speaker(doc, ss, pos)
            return sp if sp.kind in ("name", "role", "pronoun") else _Speaker()
        pos += len(w)
    return _Speaker()


#: s26idrec: Indonesian "dan" (after a clause) or a relative "yang" after a comma right before the clitic cue "katanya".
_ID_AND_BEFORE_CLITIC_RE = re.compile(r"\w[,]?[ \t]+dan$|\w,[ \t]+yang$")
#: s26idrec: an Indonesian verb of the act of speaking right before a cue ("ia berpidato mengumumkan bahwa ...").
_ID_SPEECH_ACT_BEFORE_RE = re.compile(r"[ \t](?:berpidato|berbicara|berceramah|berkampanye)[ \t]+$")
#: s26idrec: Indonesian "dan" (maybe with an adverb) right before a cue that shares the clause's subject.
_ID_AND_BEFORE_CUE_RE = re.compile(r"[ \t]dan(?:[ \t]+(?:juga|kemudian|lalu|pun|sempat|telah|sudah))?[ \t]+$")


#: (s25idind) Indonesian passives of telling: their subject is the addressee, the teller follows "oleh" or is left out
#: ("diberitahu oleh polisi bahwa ...", "Warga diberitahu bahwa ...").
_ID_TOLD_PASSIVES = frozenset({"diberitahu", "diberi tahu", "diberitahukan"})
_ID_TOLD_PASSIVE_RE = re.compile(r"(?:[ \t]+(?:oleh[ \t]+)?([^,.;:!?\"“”\n]{2,60}?))?,?[ \t]+bahwa[ \t]+")


def _id_told_passive_quote(doc: _Doc, cm: re.Match[str], cw: str, se: int) -> _Quote | None:
    """(s25idind) Indonesian "diberitahu (oleh X) bahwa CLAUSE": the clause is what X said (English "was told by X
    that"); the speaker is X after "oleh" (a name or role the rules read), empty when no teller is given; a phrase
    without "oleh" before "bahwa" is read as a circumstance ("diberitahu pada Senin bahwa"). Nothing without
    "bahwa" ("diberitahu soal jadwal")."""
    body = doc.body
    m = _ID_TOLD_PASSIVE_RE.match(body, cm.end(), se)
    if m is None or not _min_tokens(3, body, m.end(), se) or body[m.end():m.end() + 1] in _QUOTE_CHARS:
        return None
    sp = _Speaker()
    if m.group(1) and body[m.start(1) - 5:m.start(1)].strip() == "oleh":
        sp = _right_speaker(doc, m.start(1) - 5, m.end(1) + 1, intro=True)
        if not sp.text:
            return None
    elif m.group(1) and (_ID_VERB_RE.fullmatch(m.group(1).split(None, 1)[0].lower()) or any(
            w.lower() in doc.lex.verbs or w.lower() in doc.lex.clause_markers for w in m.group(1).split())):
        return None
    cst = m.end()
    q = _Quote(cst, _content_end(body, cst, se), "indirect", [], cm.group(), cm.start())
    q.parts = [(q.start, q.end)]
    if sp.text:
        _set_speaker(q, sp)
    return q


#: (s21ntxid) Indonesian cues of asking and a reported question after them, past an addressee ("bertanya kepada
#: Senator X, apakah ...", "menanyakan kapan ...", "mempertanyakan apakah ..."): the question word opens the content
#: (s25idind: also "mengajukan pertanyaan (ke)padanya, apakah ...").
_ID_QUESTION_CUES = frozenset({"bertanya", "menanyakan", "mempertanyakan", "mengajukan pertanyaan"})
_ID_QUESTION_AFTER_RE = re.compile(r"[ \t]+(?:kepada[ \t]+[^,.;:!?\"“”\n]{1,80},[ \t]+|(?:ke)?padanya,?[ \t]+)?(apakah|kapan|"
                                   r"di[ \t]+mana|dimana|"
                                   r"mengapa|kenapa|bagaimana|siapa|berapa)\b")


def _verb_quote(doc: _Doc, cm: re.Match[str], cw: str, ss: int, se: int, direct: list[_Quote],
                prior: list[_Quote] = (), *, mixed: bool = False) -> _Quote | None:
    body = doc.body
    lex = doc.lex
    cs, ce = cm.start(), cm.end()
    left_text = body[ss:cs]
    right = body[ce:se]
    right_words = (_TOKEN_ASCII_RE if right.isascii() else TOKEN_RE).findall(right)
    is_verb = cw in lex.verbs or mixed
    is_after = cw in lex.after_cues
    # "vowed to take his campaign to the convention", "has promised to put it into play": a promise or
    # threat reports its to-infinitive (commissive cues, lexicon ``infinitive_cues``)
    inf = _INFINITIVE_RE.match(body, ce, se) if lex.language == "en" and cw in _infinitive_cues() and \
        right_words and not mixed else None
    # "reported just today that ...", "said, twice, that ...": adverbs between the cue and "that"
    adv_that = _ADVERB_THAT_RE.match(body, ce, se) if lex.language == "en" and len(right_words) >= 3 and \
        right_words[0].lower() not in lex.that_words and "that" in right_words[1:5] else None
    if adv_that is None and lex.language == "en" and len(right_words) >= 5 and right_words[0].lower() in _OCCASION_PREPS \
            and "that" in right_words[3:12]:
        # "declared in an interview with Reuters that ...", "confirmed in a statement on Monday that ...": the
        # occasion of speaking between the cue and "that"
        adv_that = _OCCASION_THAT_RE.match(body, ce, se) or _occasion_item_that(body, ce, se)
    lead = inf.start(1) if inf else _content_start(body, adv_that.end(), se) if adv_that else -1
    if lex.language == "id" and cw in _ID_TOLD_PASSIVES:
        return _id_told_passive_quote(doc, cm, cw, se)
    if lex.language == "id" and cw in _ID_QUESTION_CUES and (m_qw := _ID_QUESTION_AFTER_RE.match(body, ce, se)):
        lead = m_qw.start(1)  # (s21ntxid) "bertanya kepada X, apakah ...", "menanyakan kapan ...": the question asked
    if lex.language == "en" and cw == "saying" and body[cs - 4:cs] == " as " and (
            m_qa := _QUOTED_AS_RE.search(body, max(ss, cs - 140), cs)) is not None:
        return _quoted_as_quote(doc, m_qa, cs, ce, se)
    prog = False  # a progressive cue ("is saying"), read like a weak one
    if lex.language == "en" and cw in lex.weak and right_words and right_words[0].lower() in lex.verbs \
            and right_words[0].lower() not in lex.weak and _REDUCED_RELATIVE_RE.search(body, max(ss, cs - 8), cs):
        return None  # "Half of those questioned said ...": a participle in the subject; "said" is the cue
    if lex.language == "en" and cw in ("added", "adds", "adding") and right_words and right_words[0][:1].isdigit():
        return None  # "The pound had added 0.5% to ...": a market move, not speech
    if lex.language == "en" and cw[-3:] == "ing" and body[cs - 8:cs].lower() == "without " and \
            body[cs - 9:cs - 8] in " \n" and cw in lex.verbs:
        return None  # "He left without saying whether ...": nothing was said
    if lex.language == "en" and not mixed and " by " in right[:60] and (m_by := _BY_PARTICIPLE_AFTER_RE.match(body, ce, se)) \
            and m_by.group(1).lower() in lex.mixed_cues:
        return None  # (s13mix: "responded to that tweet by calling X "dopey"": the participle's report, read at it)
    if lex.language == "en" and body[cs - 3:cs].lower() == "by " and cw.split(None, 1)[0][-3:] == "ing" and \
            body[cs - 4:cs - 3] in " \n" and (cw in lex.participles or " " in cw and cw in lex.verbs) and right_words and (
            right_words[0].lower() in lex.that_words or right_words[0] in _SUBJECT_PRONOUNS or cw in lex.told_verbs
            or len(right_words) > 2 and right_words[0].lower() not in _PREPOSITIONS["en"] and any(
                w in _FINITE_AUX or len(w) > 4 and w.endswith("ed") and w.islower()
                for w in TOKEN_RE.findall(right.split(",", 1)[0])[1:7])):
        # (s15pred: also a phrasal one, "by pointing out that ...")
        # (s15part: "by telling Clinton she had been ...", "by telling voters that ...": the addressee first)
        # (s15bbc2: also a clause with no "that", its finite verb within six words: "The foreign secretary hit back by
        # saying Tory attitudes to Europe had helped ...", "by claiming the Manchester United manager is guilty of ...";
        # not "by claiming victory in the women's race")
        return _by_participle_quote(doc, cs, ce, ss, se, told=cw in lex.told_verbs)  # "X responded by saying that" (s11ind)
    if lex.language == "en" and cw.endswith("ed") and " " not in cw and not mixed:
        prev = _prev_token(body, ss, cs)
        if prev and (prev.lower() in _ADJ_BEFORE or prev[-1].isdigit() and not _YEAR_RE.fullmatch(prev)
                     or cw == "charged" and prev.lower() in _CHARGED_ADVERBS):
            # (a year ends a subject: "As another Pew study from 2011 noted, ...")
            # (s13prec: "Britain's emotionally charged uprising", "so politically charged that ...": an adjective)
            return None  # "300 pledged delegates", "a story about alleged fraud": a participle before a noun
    if lex.language == "en" and cw in _QUESTION_CUES and _question_form(body, ss, cs):
        q = _question_quote(doc, cm, cw, ss, se)
        if q is not None or cw == "asked":
            return q  # (without "that", "..., the court was told." goes on as an inverted cue)
    # participial continuation: "..., menambahkan bahwa ..." / "..., adding that ..."
    # ('He called China "provocative," accusing it of ...': the comma may close a quotation)
    # ('..., calling on Congress to ...': a participle with its particle)
    # (s15pred: '..., pointing out that ...', 'by making it clear that ...': a phrasal cue opened by a participle)
    part = cw in lex.participles or " " in cw and lex.language == "en" and (
        cw.split(None, 1)[0] in lex.participles or cw.split(None, 1)[0].endswith("ing") and (
            cw in lex.mixed_cues or cw in lex.verbs))
    if (left_text.rstrip().endswith(",") or lex.language == "en" and (left_text.rstrip().rstrip(
            _QUOTE_CHARS).endswith(",") or part and left_text.rstrip().endswith(_PARTICIPLE_LEADS) and (
            mixed or any(ce <= d.start < se for d in direct) or right_words[:1] == ["that"] and _TIME_PREP_END_RE.search(
                left_text[-10:]) is not None and _min_tokens(4, left_text) and ":" not in left_text)
            or part and cw.endswith("ing") and _DASH_PARTICIPLE_RE.search(left_text[-12:]) is not None)) and (
            part or (lex.language == "id" and right_words and right_words[0].lower() in lex.that_words)):
        if is_verb:
            cst = _skip_that(doc, ce, se, told=cw in lex.told_verbs and lex.language == "en")
            cen = _content_end(body, cst, se)
            q = _Quote(cst, cen, "indirect", [(cst, cen)], _cue_text(doc, cs, ce, se), cs)
            prev = [d for d in direct if d.end <= cs and d.end >= ss - 2 and d.speaker_kind]
            prev += [d for d in prior if ss <= d.cue_pos < cs and d.speaker and d.speaker_name != "@prev"]
            sp0 = _left_speaker(doc, ss, cs)
            opener = body[ss:sp0.phrase_start if sp0.phrase_start >= 0 else sp0.start].strip()
            if sp0.text and sp0.kind == "name" and (not opener or (lex.language == "id" and (sp0.role or (
                    (gap0 := body[sp0.end:cs].strip()) == "," or gap0[:6] == ", yang" and gap0.count(",") == 2
                    and gap0[-1] == ",") and opener.count(",") == 1 and opener.count(" ") <= 8 and body[
                    sp0.start - 2:sp0.start] == ", ") and opener.endswith(
                    ",") and _is_cap(sp0.text))):
                # "Menanggapi hal ini, Kepala Otorita IKN, Basuki Hadimuljono, menegaskan bahwa ...":
                # the comma before the cue closes an apposition, not a clause; s19id: also after a description that
                # is no role ("Seorang penambang yang selamat, Hüseyin Çelik, menuturkan bahwa ..."), or before a
                # relative clause between commas ("Menteri ..., Mehmet Ali Özkan, yang tiba di lokasi ..., menegaskan
                # bahwa")
                if lex.language == "id" and not sp0.role and opener[:-1].strip() and (opener.split(None, 1)[0].lower(
                        ) in lex.roles or opener.split(None, 1)[0].lower() in _id_person_nouns()
                        or opener.split(None, 1)[0].lower() == "seorang"):
                    sp0.role = opener[:-1].strip()  # (s19id: the description before the name is its role)
                _set_speaker(q, sp0)
            elif prev and not (lex.language == "en" and (sp := _phrase_at_start(doc, ss, cs)).text and body[
                    sp.end:cs].strip() == ","):
                # (English: not "The mayor, noting the cost, said ..." after a quotation: the sentence's own subject)
                q.speaker, q.speaker_kind, q.role = prev[-1].speaker, prev[-1].speaker_kind, ""
                q.speaker_name = "@prev"
                if lex.language == "en" and (near := _nearer_clause_subject(doc, max(prev[-1].end, ss), cs)).text:
                    q.speaker_name = ""  # s15subj: '..., and the ACLU has already sued the city over the rules, saying'
                    _set_speaker(q, near)
            else:
                sp = _phrase_at_start(doc, ss, cs)
                if not sp.text and lex.language == "en":
                    sp = _clause_pronoun(doc, ss, cs)  # s15subj: "This year, he rose to the defense of X, saying"
                elif lex.language == "en" and (near := _nearer_clause_subject(doc, sp.end, cs)).text:
                    sp = near  # s15subj: "X has been criticized ..., though ... he used stronger language, saying"
                if sp.text:
                    _set_speaker(q, sp)
                else:
                    q.speaker_kind = "clitic"
            return q
    # "CONTENT, said X." / "CONTENT, kata X." (not "CONTENT, his aide, Tad Devine, told The Huffington Post":
    # after "told" comes the addressee, never an inverted speaker)
    if (is_after or is_verb) and (left_text.rstrip().endswith(",") or lex.language == "en" and left_text.rstrip().rstrip(
            _QUOTE_CHARS).endswith(",")) and (_min_tokens(2, left_text) or (
            lex.language == "en" and left_text.strip()[:-1].replace(" ", "").isalpha() and _sentence_adverb(
                TOKEN_RE.findall(left_text)))  # ("Instead, said Mr Doctorow, ...", s14bbc: "More significantly, ...")
            or lex.language == "en" and _one_word_subject(doc, ss, cs) is not None) and not (
            lex.language == "en" and cw in _TOLD_NOT_INVERTED and not _QMARK_RE.search(left_text)) and not (
            lex.language == "id" and cw[:2].lower() in ("me", "be") and (lsp := _left_speaker(doc, ss, cs)).text and
            lsp.kind == "name" and (lsp.role or body[lsp.end:cs].strip() == "," and body[lsp.start - 2:lsp.start] == ", ") and (
                not (lead_in := body[ss:lsp.phrase_start].strip(" \t\"“”")) or (
                lead_in.endswith(",") and lead_in.count(" ") <= 3) or lsp.phrase_start > ss and body[
                lsp.end:cs].strip() == "," and not any(c in lead_in for c in ",;:.!?\"“”") and lead_in.count(" ") <= 12)):
        # (s17id: not "Psikolog anak dari Universitas X, Dr. Ratih, menjelaskan korban ... perlu ...": a subject with
        # its apposition opens the sentence, after at most a short opener ("Sementara itu, ..."), and a meN- verb
        # after it is no inverted cue; s19id: nor a ber- verb, and the words before the role may be the head of the
        # description, "Ekonom senior Indef, Fadhil Ramdhani, berpendapat BI ..."; or a description that is no role:
        # "Seorang penambang, Budi Santoso, menuturkan dia ...")
        sp = _right_speaker(doc, ce, se)
        if lex.language == "id" and sp.kind == "pronoun" and cw[:2].lower() in ("me", "be") and _min_tokens(
                2, body, sp.end, se):
            # (s20id) "Anthony Lee, yang bekerja di FDA ..., mengatakan ia ...": a pronoun after a meN-/ber- verb with a
            # clause after it is that clause's subject, no inverted speaker
            sp = _Speaker()
        if not sp.text and lex.language == "en" and body[ce:ce + 1] == " " and (sp := _inverted_np(
                body, ce, se)).text and (body[sp.end:sp.end + 3].strip()[:1] not in ("", ".", ";") or _left_is_subject(doc, ss, cs)
                                    or (hw := sp.text.rsplit(None, 1)[-1].lower()) in _message_nouns_en()
                                    or hw.endswith("ing") and hw in lex.verbs):
            # s15np: "..., says a top academic.": an indefinite phrase closing the sentence (as after a quote); not the
            # object after a subject ("Bruce Misamore, who had moved ..., acknowledged the point.", "..., tweeted a
            # warning.")
            sp = _Speaker()
        if lex.language == "en" and sp.text and sp.text.split(None, 1)[0].lower() in lex.that_words:
            sp = _Speaker()  # ("Mr. Cruz, whose ..., said that he was ...": "that" opens the content, no speaker)
        elif lex.language == "en" and sp.text and sp.start == ce + 1 and sp.text.split(None, 1)[0].lower() in \
                _cue_idioms_en().get(cw, ()):
            sp = _Speaker()  # s13prec: '..., pledged delegates.': the cue word and its idiom's noun, no inverted speaker
        elif lex.language == "en" and sp.text and cw in _OBJECT_CUES_NOT_INVERTED:
            # ("Vincent Cable, for the Liberal Democrats, accused Mr Brown of ...": a verb whose object follows it
            # is never inverted; the name after it is its object, not its subject)
            sp = _Speaker()
        if lex.language == "en" and sp.text and (right_words[:1] or [""])[0].lower() not in lex.that_words and \
                body[sp.end:sp.end + 2] == ", " and (
                (sp_end := _inverted_appos_end(doc, sp.end, se)) > 0) and (
                nw := _NEXT_WORD_RE.match(body, sp_end + 1, se)) and nw.group(1).lower() in _INTERRUPTED_GOES_ON:
            # "The contrast with Trump, said Doyle, would be clear ...", "And Trump, said Sunshine, who remains
            # friendly with her former boss, doesn't forgive": an inverted cue interrupts its content
            left = _interrupted_left(doc, ss, cs) or _one_word_subject(doc, ss, cs)
            if left:
                rst = _content_start(body, sp_end + 1, se)
                q = _Quote(left[0], _content_end(body, rst, se), "indirect", [left], cm.group(), cs)
                q.parts.append((rst, q.end))
                _set_speaker(q, sp)
                return q
        if lex.language == "en" and sp.text and body[sp.end:sp.end + 2] == ", " and (
                right_words[:1] or [""])[0].lower() not in lex.that_words and (
                q_int := _inverted_interrupts(doc, cm, ss, se, sp)) is not None:
            return q_int  # "By contrast, says Mr Cox, the Mac mini is ...", "If ..., said Mr Fahey, other makers may ..."
        if lex.language == "en" and sp.text and body[sp.end:sp.end + 2] == ", " and (
                nw := _NEXT_WORD_RE.match(body, sp.end + 1, se)) is not None and nw.start(1) == sp.end + 2 and \
                nw.group(1) in _INVERTED_CONJ_GOES_ON and _min_tokens(3, left_text) and not _left_is_subject(doc, ss, cs):
            # s20bbc: "Incidents like this happen, said Mr Thiemann, because when banks ...", "CLAUSE, says the BBC, but
            # ...": an inverted cue between two clauses of its content (as in "CLAUSE, X said, because ...")
            return _inverted_conj_quote(doc, cm, ss, se, sp, nw)
        if sp.text and _min_tokens(3, left_text) and (
                not _min_tokens(9, body, sp.end, se) and not _clause_follows(doc, sp.end, se)
                or lex.language == "en" and _appos_after(doc, sp.end, se, inverted=True)
                and (not _left_is_subject(doc, ss, cs) or _appos_closes(doc, sp.end, se))) \
                and not (lex.language == "en" and right_words[0].lower() == "that"):
            # ("Mr. Cruz, whose finish was seen as a disappointment, said that he ...": "that" opens the content,
            # and a subject with its appositions is no content of an inverted cue)
            cst, cen = _left_content_start(doc, ss, cs), _content_end(body, ss, cs)
            q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
            _set_speaker(q, sp)
            return q
    if not is_verb:
        return None
    if cw == "urging" and lex.language == "en" and not _URGING_LEFT_RE.search(body[max(ss, cs - 40):cs]):
        return None  # s18instr: ", urging X to ...", "are (also) urging X to ...", not "adverts in Variety urging them to"
    # "X admitted that ..., but said CONTENT" / "X reported ... and said CONTENT": the subject of the sentence
    if lex.language == "en" and len(right_words) >= 3 and _coordinated(doc, ss, cs):
        obj_then = cw in _OBJECT_THEN and right_words[0].lower() not in _PREPOSITIONS["en"] and _OBJECT_THEN[
            cw] in right_words[1:6]  # ("... and urged Democrats to vote for the deal": the object and what follows it)
        if cw in lex.weak and not mixed and lead < 0 and not obj_then and not (right_words[0].lower() in lex.that_words
                                   or any(w.lower() in lex.clause_markers for w in right_words[1:9])):
            return None
        cst = lead if lead >= 0 else _content_start(body, ce, se) if obj_then else _skip_that(
            doc, ce, se, told=cw in lex.told_verbs)
        if cst >= se or body[cst:cst + 1] in _QUOTE_CHARS:
            return None
        q = _Quote(cst, _content_end(body, cst, se), "indirect", [], _cue_text(doc, cs, ce, se), cs)
        q.parts = [(q.start, q.end)]
        same = [d for d in [*direct, *prior] if ss <= d.cue_pos < cs and d.speaker and d.speaker_name != "@prev"]
        if same:
            d = max(same, key=lambda x: x.cue_pos)
            q.speaker, q.speaker_kind, q.role = d.speaker, d.speaker_kind, d.role
        else:
            sp = _sentence_subject(doc, ss, cs)
            if not sp.text and (m_sub := _SUBORD_PRONOUN_COORD_RE.search(body, max(ss, cs - 150), cs)):
                # "Clinton, though she praised Garland and said ...": the pronoun subject of the subordinate clause
                # the cue goes on
                sp = _Speaker(m_sub.group(1), "pronoun" if m_sub.group(1) in _SUBJECT_PRONOUNS else "name", "",
                              m_sub.start(1), m_sub.end(1))
                if body[max(ss, m_sub.start() - 2):m_sub.start()].strip() == "," and (
                        comma := body.find(", ", q.start, q.end)) > q.start:
                    q.end = _content_end(body, q.start, comma)  # (the clause between commas ends the content)
                    q.parts = [(q.start, q.end)]
            if not sp.text and (m_det := _DET_ORG_SUBJECT_RE.match(body, ss, cs)) is not None and (
                    m_det.group(1) in doc.lex.org_words or m_det.group(1) in _org_descriptions_en()) and m_det.group(
                    2) not in _PREPOSITIONS["en"] and m_det.group(2) not in _COORD:
                # s14bbc: 'The firm cut 300 jobs and said ...', 'The government ... and said': an organisation
                # described by a determiner and its noun opens the sentence and is the subject of the cue
                sp = _Speaker(body[ss:m_det.end(1)], "role", "", ss, m_det.end(1), ss)
            if not sp.text or cw in _NOUN_LIKE_CUES and cw[-1:] == "s" and sp.kind == "role" and _plural_head(sp.text):
                return None  # ("the disruptions have become ... and promises to ...": no agreement, a noun)
            _set_speaker(q, sp)
        return q
    # "X said (that) CONTENT" / "CONTENT, X said."
    sp = _left_speaker(doc, ss, cs)
    if lex.language == "en" and sp.text and sp.kind in ("name", "role") and not body[ce:se].strip(" .\"”'’") and (
            st0 := sp.phrase_start if sp.phrase_start >= 0 else sp.start) > ss and body[st0 - 1:st0] == " " and (
            k := body.rfind(", ", max(ss, st0 - 40), st0)) > ss and 0 < len(gw := body[k + 2:st0].split()) <= 4 and all(
            w.replace("-", "").isalpha() and w.lower() not in lex.aux and w.lower() not in lex.relatives and w.lower() not in
            lex.that_words for w in gw) and gw[-1].islower() and gw[0].lower() not in lex.determiners:
        # s15bbc2: "CONTENT, City consultancy Deloitte has warned.", "..., market research firm NPD Group has
        # reported.", "..., business lobby group the CBI says.": lower-case words describing the name open its phrase
        # (the cue closing the sentence)
        np2 = _subject_np(doc, k + 1, cs)
        if np2.text and np2.start == k + 2 and np2.end == sp.end:
            sp = np2
    # (a participle, or a mixed cue opening with one: "is calling on X to ...")
    ing = lex.language == "en" and (cw in lex.participles and cw[-3:] == "ing" or (mixed or cw in _OBJECT_THEN) and cw.split(
        None, 1)[0][-3:] == "ing" and cw.split(None, 1)[0] in lex.participles)  # (s20en: "are calling on X to")
    if sp.text and ing and sp.text.endswith(_BE_TAILS):
        sp = _Speaker()  # "The group is warning that ...": "is" ends no subject; read it as a progressive below
    if not sp.text and ing:
        be = _be_before(body, max(ss, cs - 40), cs)
        if be is not None and be.start() > ss:
            # "Trump is saying that ...", "Democrats are warning that ...": a progressive; the subject is before
            # "be"; like a weak cue, it reports only before "that", a comma, a colon or a clause ("is writing
            # a column" is no report)
            sp = _left_speaker(doc, ss, be.start() + 1)
            if not sp.text:
                sp = _subject_np(doc, ss, be.start() + 1)
            prog = bool(sp.text)
    if sp.text and ing:
        sp = _participle_speaker(doc, ss, cs, sp, prog)
    if not sp.text and lex.language == "en":
        last = body[max(ss, cs - 14):cs].rsplit(None, 1)[-1:]  # a cheap test before the regex
        adv = _ADVERBS_BEFORE_RE.search(body, max(ss, cs - 40), cs) if last and (
            last[0].islower() or last[0].lower() in _weekdays_en()) else None
        if adv and adv.start(1) > ss and not _passive_before(body, ss, adv.start(1)) and not any(
                w in _PASSIVE_ADVERBS for w in adv.group(1).split()):
            # "Manafort politely suggested", "experts even noted": adverbs between subject and cue
            sp = _left_speaker(doc, ss, adv.start(1))
            if not sp.text:
                sp = _subject_np(doc, ss, adv.start(1))
            if not sp.text and body[adv.start(1) - 2:adv.start(1)] == ", " and adv.group(1).startswith(
                    ("refusing", "trying", "seeking", "attempting")):
                sp = _phrase_at_start(doc, ss, adv.start(1) - 2)  # s15subj: "X made a pitch, refusing to concede that"
    if not sp.text and lex.language == "en" and body[cs - 4:cs] == " to ":
        occ = _OCCASION_RE.search(body, max(ss, cs - 120), cs)
        if occ is not None:
            # "Sanders used this question to demand that ...", "She took to Twitter to say ...": the
            # subject of the verb that opens the purpose infinitive
            sp = _left_speaker(doc, ss, occ.start() + 1)
        elif (adj := _ADJ_TO_RE.search(body, max(ss, cs - 60), cs)) is not None and adj.start() > ss:
            # "Democratic insiders were more likely to say ...", "Smith was quick to note that ...", "leaders
            # have taken to saying ...": the subject of the adjective (or of "taken") before "to"
            sp = _left_speaker(doc, ss, adj.start() + 1)
            if not sp.text:
                sp = _subject_np(doc, ss, adj.start() + 1)
        elif (cau := _CAUSATIVE_RE.search(body, max(ss, cs - 120), cs)) is not None:
            # "The defeat prompted Smith to say that ...", "leading advisers like Gene Sperling to counter
            # that ...": the object of a causative verb is the subject of the cue
            sp = _left_speaker(doc, cau.start(1), cau.end(1))
            if cau.group(1) in ("him", "her"):  # "a victory that led her to declare ...": a person's pronoun
                sp = _Speaker(cau.group(1), "pronoun", "", cau.start(1), cau.end(1))
            elif sp.kind not in ("name", "role") or sp.start != cau.start(1) and sp.phrase_start != cau.start(1):
                sp = _Speaker()
                if " " in cau.group(1):  # (another object pronoun, "led them to say", is read as before)
                    return None
    if not sp.text and lex.language == "id" and body[max(ss, cs - 16):cs].rstrip().endswith(
            ("itu", "tersebut", "itu juga", "tersebut juga", "ini", "ini juga")) and (np_ := _subject_np(doc, ss, cs)).text and any(
            w.lower() in lex.roles or w.lower() in lex.title_first for w in np_.text.split()[:-1]) \
            and not _ID_YANG_RE.search(np_.text) and np_.text.split()[-2].lower() not in _ID_TIME_NOUNS and not (
                np_.text.split()[-1] == "ini" and np_.text.split(None, 1)[0].lower() in ("para", "kedua", "semua")):
        # (s15idbat) "Menteri itu mengatakan bahwa ...", "Anggota Komisi XII DPR itu mengatakan ...", "Eks Kabareskrim
        # Polri itu juga menekankan ...": a role with a demonstrative, the subject of the cue (resolved to the person
        # named before); s21ntxid: also "ini" ("Politikus Partai Golkar ini menyebut ..."), not a plural group ("para
        # seniman ini": no one person named before)
        sp = np_
    if not sp.text and lex.language == "id" and (y := body.rfind(" yang ", ss, cs)) > ss and cs - y < 90 and not any(
            c in body[y:cs] for c in ",;:\"“”") and (ysp := _left_speaker(doc, ss, y + 1)).text and ysp.kind == "name" \
            and not body[ss:ysp.phrase_start if ysp.phrase_start >= 0 else ysp.start].strip(" \t\"“”") and (
                " " in ysp.text or not (ysp.text.lower() in _ID_NOT_NAMES or ysp.text.endswith("nya"))) and not (
                body[y:cs].rstrip().endswith((" itu", " ini", " tersebut")) and " " not in _run_name(ysp.text, "id")[0]):
        # (s17id) "Wali Kota Semarang Agustina Purnamasari yang meninjau lokasi menjelaskan bahwa ...", "Elnur
        # Mammadov, yang turut hadir dalam acara itu mengatakan ...": a relative clause between the named subject
        # opening the sentence and its cue (a one-word subject: no quantifier, "Banyak yang menilai", no "-nya"
        # adverb; no description closed by a demonstrative, "Perempuan yang disapa Leni ini", "Politisi Partai Golkar
        # yang juga dikenal sebagai wakil rakyat dari Bali itu")
        sp = ysp
    if not sp.text and lex.language == "id" and right_words and (
            cw not in lex.weak and cw != "menambahkan" or right_words[0].lower() in lex.that_words) and body[
            max(ss, cs - 2):cs] == ", " and (sp_pt := _id_participle_subject(doc, ss, cs)).text:
        sp = sp_pt  # (s25idind) "Kantor Koroner merilis laporan pada hari Jumat, mengatakan CLAUSE" (a weak cue, and
        # "menambahkan", "to add" as well as "to add (say)", only before "bahwa")
    if not sp.text and lex.language == "id" and right_words and (
            cw not in lex.weak or right_words[0].lower() in lex.that_words) and _ID_AND_BEFORE_CUE_RE.search(
            body, max(ss, cs - 24), cs) is not None and (sp_and := _id_participle_subject(doc, ss, cs)).text:
        sp = sp_and  # s26idrec: "Polisi menemukan kaca mata itu di lokasi dan mengatakan bahwa ...": the subject of the
        # clause the cue is coordinated with (its first meN-/ber- verb after the subject)
    if not sp.text and lex.language == "id" and (m_act := _ID_SPEECH_ACT_BEFORE_RE.search(body, max(ss, cs - 16), cs)) \
            is not None and (sp_act := _left_speaker(doc, ss, m_act.start() + 1)).text and sp_act.kind in ("name", "role",
                                                                                                      "pronoun"):
        sp = sp_act  # s26idrec: "Saat ia berpidato mengumumkan bahwa ...": the cue goes on the act of speaking before it
    if not sp.text and lex.language == "en":
        sp = _subject_np(doc, ss, cs)
        if not sp.text and (cw not in lex.weak or right_words and right_words[0].lower() in lex.that_words) \
                and cw not in _QUESTION_CUES:
            sp = _share_subject(doc, ss, cs)
    if sp.text and sp.start == ss and lex.language == "en" and not prog and cw.split(None, 1)[0][-3:] == "ing" and \
            cw.split(None, 1)[0] in lex.participles and " " in sp.text:
        # "The town released a statement Wednesday saying ...", "X sent a letter to the board on Thursday saying":
        # a clause, not a noun phrase, before the participle (its subject, then a lower-case verb); its subject
        # speaks
        sub = _sentence_subject(doc, ss, cs)
        nw = _NEXT_WORD_RE.match(body, sub.end, sp.end) if sub.text and sub.start == ss and sub.end < sp.end else None
        if nw is not None and sub.kind in ("name", "role", "pronoun") and ((w := nw.group(1)) in lex.verbs or (
                w.endswith("ed") and len(w) > 4 and not ((nw2 := _NEXT_WORD_RE.match(body, nw.end(), sp.end))
                                                        and nw2.group(1) in _PREPOSITIONS["en"]))
                or w in lex.aux or w in _irregular_past_en()):
            sp = sub  # (not "Officials involved in the talks": a participle and its preposition modify the noun)
    if not sp.text or sp.text.endswith(("'s", "’s")) and body[sp.end:cs].isspace():
        return None  # "Trump's remarks about ...": a possessive makes the cue a noun
    if lex.language == "en" and cw in _YES_NO_CUES and (m_yn := _YES_NO_RE.match(body, ce, se)) is not None:
        # "the candidate said no.", "75 percent of Democrats said yes, but ...": a one-word answer is the content,
        # read here so that the cue of a next report in the sentence stays free ("..., compared with 23 percent who
        # said ..."); _answer_word_end cuts other answer words ("said so in December") after the fact
        q = _Quote(m_yn.start(1), m_yn.end(1), "indirect", [(m_yn.start(1), m_yn.end(1))], cm.group(), cs)
        _set_speaker(q, sp)
        return q
    if lex.language == "en" and cw in _NOUN_LIKE_CUES and (" said" in (seg := body[ce:min(se, ce + 110)]) or " added" in
                                                          seg or " told" in seg or " says" in seg) and \
            _NOUN_CUE_THEN_VERB_RE.match(body, ce, min(se, ce + 110)) is not None:
        # (s17bbc5) "On the tax questions, he added:", "Addressing claims that ..., Mr Michael told BBC ...": the speech
        # verb after the noun phrase (an adverbial) is the report's cue
        return None
    if lex.language == "en" and cw in _NOUN_LIKE_CUES and not mixed:
        prev = _prev_token(body, ss, cs)
        if prev and (prev.lower() in _ADJ_BEFORE or prev[-1].isdigit() or prev.lower() in _numbers_en()
                     or prev.lower() in _QUANT_DETS):
            # (s13prec: 'in large enough states.', 'many states': a quantifier before a noun)
            return None  # "in 30 states", "the four states that ...": a plural noun after a number or determiner
        if prev.lower() in _NOUN_ADJECTIVES and _prev_token(body, ss, cs - len(prev) - 1).lower() in _ADJ_BEFORE:
            return None  # "In a new report, ...", "the latest claims": an adjective between determiner and noun
        if body[ce:ce + 1] == "," and prev.islower() and prev.isalpha() and (det := _prev_token(
                body, ss, cs - len(prev) - 1)).lower() in ("a", "an", "the", "his", "her", "their", "its") and \
                _prev_token(body, ss, cs - len(prev) - len(det) - 2).lower() in _PREPOSITIONS["en"]:
            return None  # "In a subsequent tweet, Trump said ...": a fronted adverbial (preposition, determiner, noun)
    if lex.language == "en" and cw in _NOUN_LIKE_CUES and not mixed and not (
            right.lstrip()[:1] in (",", ":") or right_words and right_words[0].lower() in lex.that_words
            or len(right_words) <= 2
            or _verb_after_subject(body, sp, cw, cs, right_words, lex)
            or _pronoun_verb(body, ss, cs, cw, sp, right_words)):
        return None  # "in early primary states prominent donors ...": a plural noun, not a cue
    before_sp = body[ss:sp.phrase_start if sp.phrase_start >= 0 else sp.start].rstrip()
    # '..., Nefzi said, adding, "..."': a participle cue after the comma starts its own attribution
    then_adds = lex.language == "en" and right.startswith(",") and bool(right_words) and (
        right_words[0].lower() in lex.participles or len(right_words) > 2 and right_words[0] in ("but", "and")
        and right_words[1] in lex.verbs)  # (s15fix: "X, the company said, but added that Y": a second cue)
    m_obj = _TOLD_OBJECT_COMMA_RE.match(body, ce, se) if lex.language == "en" and cw in lex.told_verbs else None
    tail = False
    if m_obj is None and lex.language == "en" and right[:1] in " \t" and before_sp.endswith(",") and right_words and \
            right_words[0] in _CUE_TAIL_FIRST:
        m_obj = _cue_tail_comma(doc, ce, se)
        tail = m_obj is not None
    if m_obj and (nw := _NEXT_WORD_RE.match(body, m_obj.end(), se)) and nw.group(1).lower() in _LEAD_SUBORDINATORS:
        m_obj = None  # ("..., Mr Mendis told reporters, although he would not say ...": no more content)
    if lex.language == "en" and (right.startswith(",") or m_obj) and len(right_words) >= 2 and not then_adds:
        # ("The solution, the partner told them, was simple": the addressee before the comma)
        left = _interrupted_left(doc, ss, sp.phrase_start if sp.phrase_start >= 0 else sp.start, whole_clause=True)
        if left and tail and left[0] < left[1] and not _tail_rest_goes_on(doc, left, m_obj.end(), se):
            left = None  # (s15cuebat) 'CONTENT, X said on Tuesday, the first time ...': no rest of the content
        if left:
            rst = _content_start(body, m_obj.end() if m_obj else ce, se)
            if left[0] < left[1] and (_cue_adjunct(doc, rst, se) or (
                    mi := _ING_ADJUNCT_RE.match(body, rst, se)) is not None and mi.group(1) not in _ING_NOT_ADJUNCT
                    and _min_tokens(3, body, left[0], left[1])):
                # ("She had struggled her whole life, Cruz explained, recalling the time ...": a participle after
                # the cue and a clause before it, the speaker's act in the writer's words (s13bound); not
                # "Sometimes though, he said, spotting the next victim was easy")
                # "He was unable to find a taker, he said, on condition of anonymity ...", "..., she said, in
                # an interview": what follows the interrupting cue is its adverbial, not more content
                q = _Quote(left[0], left[1], "indirect", [left], cm.group(), cs)
                _set_speaker(q, sp)
                return q
            q = _Quote(left[0], _content_end(body, rst, se), "indirect", [left], cm.group(), cs)
            q.parts.append((rst, q.end))
            if left[0] == left[1]:  # an adverbial before the speaker: the content is what follows the cue
                q.start, q.parts = rst, [(rst, q.end)]
            _set_speaker(q, sp)
            return q
    closes = len(right_words) <= 2 or (len(right_words) <= 8 and right_words[0].lower() in lex.trailers) or then_adds
    if not closes and lex.language == "id" and len(right_words) <= 14 and before_sp.endswith(",") and right_words[
            0].lower() in lex.trailers and not any(w.lower() in lex.that_words or w.lower() in lex.clause_markers or w.lower(
            ) in lex.pronouns or _id_predicate_verb(w.lower()) for w in right_words[1:]):
        # (s21ntxid) "CLAUSE, Lee mengatakan pada CNBC dalam sebuah wawancara pada hari Minggu ini.", "..., X mengatakan
        # kepada wartawan di Gedung DPR, Jakarta, Senin (12/10/2020).": a long circumstance of the telling (addressee,
        # occasion, place, time) with no clause of its own closes the cue; the content is the clause before it
        closes = True
    if not closes and lex.language == "en" and right_words[0].lower() in _weekdays_en():
        # "..., Hollande said Tuesday in Paris, noting ...": a day and place close the cue
        seg = TOKEN_RE.findall(right.split(",", 1)[0])
        closes = len(seg) <= 6 and not any(w.lower() in lex.that_words or w.lower() in lex.clause_markers
                                           or w in _SUBJECT_PRONOUNS for w in seg)
    if lex.language == "en" and not mixed and cw in _WARNED_OF and (m_of := _WARNED_OF_RE.match(body, ce, se)) and (
            m_of.group(1) in _WARNED_OF[cw]) and (
            not before_sp.endswith(",") or _lead_adverbial(doc, ss, ss + len(before_sp) - 1)):
        # "A bipartisan group of experts warned of a specific type of fakery": what is warned of is the content
        # (s17mixed: also after a fronted adverbial, "On Tuesday, officials warned of ...", "In a statement, ...";
        # and the other verbs of saying with a topic preposition: "complained about the dour tone", "argued for a
        # new name")
        cst = m_of.end()
        cen = _content_end(body, cst, se)
        comma = body.find(", ", cst, cen)
        if comma > cst:
            cen = _content_end(body, cst, comma)
        if _min_tokens(2, body, cst, cen) and not (m_of.group(1) == "for" and _THAT_WORD_RE.search(body, cst, cen)):
            # (not 'argued for years that ...': a time, then the cue's that-clause)
            q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
            _set_speaker(q, sp)
            return q
    # "said after meeting Thursday, because ..." / "said on stage": a preposition after the cue starts a
    # clause only when "that" follows soon ("said in a statement that ..."); otherwise no content here
    if not mixed and lead < 0 and right_words and right_words[0].lower() in _PREPOSITIONS.get(lex.language, ()) and not any(
            w.lower() in lex.that_words or w.lower() in lex.clause_markers
            or lex.language == "en" and w in _SUBJECT_PRONOUNS for w in right_words[1:10]) and not (
            lex.language == "en" and _late_that(right_words, 10)) and not (
            # (s13pred) "said about half of the adjustment reflected ...", "said around 30 people ...": "about" before a
            # quantity approximates it; the content's subject starts there
            lex.language == "en" and right_words[0].lower() in ("about", "around") and len(right_words) > 3
            and (right_words[1][:1].isdigit() or right_words[1].lower() == "half" or right_words[1].lower()
                 in _numbers_en())):
        closes = True
        right_words = []
    if lex.language == "en" and not mixed and len(right_words) >= 3 and body[ss:ss + 3].lower() == "as " and (
            m_as := _AS_CLAUSE_TAIL_RE.match(body, ce, se)):
        # "As the Post's investigative unit reported just today, CONTENT": an "as" clause with a time adverb;
        # the content is the main clause after its comma
        cst = _content_start(body, m_as.end(), se)
        q = _Quote(cst, _content_end(body, cst, se), "indirect", [], cm.group(), cs)
        q.parts = [(q.start, q.end)]
        _set_speaker(q, sp)
        return q
    if lex.language == "en" and not closes and cw in _TOLD_NOT_INVERTED and before_sp.rstrip(_QUOTE_CHARS).endswith(",") and \
            sp.kind in ("name", "pronoun", "role") and not _QMARK_RE.search(before_sp) and (
                _skip_that(doc, ce, se, told=True) >= se or _addressee_only(right, right_words, lex)):
        closes = True  # "CONTENT, his aide, Tad Devine, told The Huffington Post.": no content after the addressee
    comma_before = before_sp.endswith(",") or lex.language == "en" and before_sp.rstrip(_QUOTE_CHARS).endswith(",")
    # (s13mix: English puts the comma inside the closing mark: '... of "Prison Break," Mr. Madden said')
    if lex.language == "en" and 1 <= len(right_words) <= 2 and cw in _YES_NO_CUES and not mixed and not (
            comma_before and _min_tokens(3, before_sp)):
        # s15subj: 'Jeff Flake said he would.', '26 percent said the same.': a two-word clause or pro-form ending the
        # sentence is what was said
        cst = _content_start(body, ce, se)
        q = _Quote(cst, _content_end(body, cst, se), "indirect", [], cm.group(), cs)
        if q.end > q.start and _short_answer(doc, q, ce):
            q.parts = [(q.start, q.end)]
            _set_speaker(q, sp)
            return q
    if (len(right_words) >= 3 or len(right_words) == 2 and lex.language == "en" and right_words[0] in _SUBJECT_PRONOUNS
            and ("'" in right_words[0] or "’" in right_words[0])) and not (
            comma_before and _min_tokens(4, before_sp) and closes):
        # (s15fix: "says it's fine", "who says they're wrong": a contracted subject and auxiliary are two words)
        np_object = False
        if lex.language == "id" and cw in _ID_TELLING_CUES and right_words[0].lower().removesuffix(
                "nya") in _id_telling_topics():
            return None  # s19id: "menceritakan mengapa ...", "menceritakan pengalamannya ...": the topic told, no content
        if (cw in lex.weak or prog) and not mixed and lead < 0 and not (lex.language == "en" and cw in _PROPOSITION_CUES) and not (
                right.lstrip()[:1] in (",", ":") or right_words[0].lower() in lex.that_words
                or lex.language == "id" and right_words[1].lower() in lex.that_words and right_words[0].lower() in
                _id_claim_nouns()  # (s20id) "membantah anggapan bahwa ...": the clause after "bahwa"
                or lex.language == "id" and _id_phrase_then_that(body, ce, se, right_words, lex, tell=cw in _ID_TELL_CUES)
                or (_id_finite(right, lex, subject=cw not in _ID_NP_CUES, request=cw in _ID_REQUEST_CUES,
                               verb=cw in _id_verb_clause_cues(), record=cw in _ID_RECORD_CUES)
                    or cw not in _ID_NP_CUES and cw not in _ID_RECORD_CUES and _id_long_subject_clause(right, lex)
                    or body[ce:ce + 2] in (' "', " “") and _id_fragment_goes_on(doc, ce + 1, se)  # (s21ntxid)
                    if lex.language == "id" else
                    any(w.lower() in lex.clause_markers for w in right_words[1:9])
                    or right_words[0] in _SUBJECT_PRONOUNS and right_words[0][-2:-1] in ("'", "’"))):
            # ("are saying there’s no plan", "is saying he’d run": a contracted subject and auxiliary open a clause)
            if not (lex.language == "en" and cw in _NP_OBJECT_CUES and (right_words[0][:1].islower() or right_words[
                    0][:1].isdigit()) and right_words[0].lower() not in _PREPOSITIONS["en"]) and not (
                    lex.language == "en" and cw in _NP_OBJECT_CUES
                    and any(w.lower() in lex.that_words for w in right_words[1:4])) and not (
                    lex.language == "en" and cw in _OBJECT_THEN and right_words[0].lower() not in _PREPOSITIONS["en"]
                    and _OBJECT_THEN[cw] in right_words[1:9]):
                # ("Politico reported Saturday that ...": a time, then "that"; "accused the FDIC of trying to
                # cover up ...", "urged conservatives to obey the decision": the object and what follows it)
                return None
            np_object = not any(w.lower() in lex.that_words for w in right_words[:4])
        # (the addressee of "urged X to ..." belongs to the content)
        cst = lead if lead >= 0 else _content_start(body, ce, se) if np_object and cw in _OBJECT_THEN else _skip_that(
            doc, ce, se, told=cw in lex.told_verbs or lex.language == "id" and cw in _ID_TELL_CUES and next(
                (w.lower() for w in right_words[:7] if w.lower() in lex.that_words), "") in ("bahwa", "bahwasanya"))
        # (s25idind: the addressee of "memberitahu warga bahwa ..." is no content; "mengingatkan KPU untuk/agar ..."
        # keeps it, as a request's)
        if lex.language == "id" and lead < 0 and cw in lex.weak and right_words[1].lower() in lex.that_words and \
                right_words[0].lower() in _id_claim_nouns() and body[cst:cst + len(right_words[0])] == right_words[0]:
            cst = _skip_that(doc, cst + len(right_words[0]), se)  # (s20id) "membantah tudingan bahwa CLAUSE"
        if cst >= se or lex.language == "en" and cw in _ANONYMITY_WISH_CUES_EN and _ANONYMITY_WISH_EN_RE.match(body, cst):
            return None  # ("who asked not to be named": the source's wish for anonymity reports nothing)
        frag_on = lex.language == "id" and body[cst:cst + 1] in _QUOTE_CHARS and not mixed and _id_fragment_goes_on(
            doc, cst, se)
        if (body[cst:cst + 1] in _QUOTE_CHARS and not mixed and not frag_on and not (
                lex.language == "en" and _unattributed_at(doc, direct, cw, sp, ce, cst))) or \
                body[ce:cst].rstrip().endswith(":"):
            return None  # a direct quote introduced by the cue: handled with the direct quote
        cen = _content_end(body, cst, se)
        if lex.language == "id" and (cw in lex.after_cues or cw[-3:] == "nya" and cw[:-3] in lex.after_cues) and \
                not mixed and body[cst:cst + 7].lower() in (
                "kepada ", "pada ha") and not _ID_CLAUSE_AFTER_OCCASION_RE.search(body, cst, cen) and \
                not any(w in lex.aux or w in _ID_MODALS or _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS
                        for w in body[cst:cen].split(" yang ", 1)[0].split()[1:]):
            return None  # s26idrec: '"...," X mengatakan kepada The Hill untuk sebuah artikel ...', 'X mengatakannya pada
            # hari Jumat, menurut ...': an addressee or a time after a cue of saying, no clause: nothing reported here
        if lex.language == "id" and cw[-3:] == "nya" and (cw[:-3] in lex.verbs or cw[:-3] in lex.after_cues) and \
                not mixed and not any(w.lower() in lex.that_words for w in right_words[:6]):
            return None  # s26idrec: "Budi mengatakannya dalam rapat di DPR": the clitic object is what was said (before
            # it: "CLAUSE, X mengumumkannya hari ini"); the phrase after it is a circumstance
        if lex.language == "id" and "." in body[cst:cen] and (m_gl := _ID_GLUED_STOP_RE.search(body, cst, cen)) is not None:
            cen = m_gl.start()  # (s18id) "... dalam negeri.Ia juga meminta ...": a full stop glued to the next sentence
        if np_object:
            comma = body.find(", ", cst, cen)  # ("announced tighter controls on Tuesday, with ...")
            while comma > cst and lex.language == "en" and (m_it := _SERIES_ITEM_RE.match(body, comma, cen)):
                # ("reported holding investments in Ford Motor Co., Apple Inc. and the parent company of ...": the
                # comma of a series "X, Y and Z" is inside the object; the next comma after the series may end it)
                k_and = m_it.end() if body.startswith(",", m_it.end()) else body.find(" ", m_it.end() + 1, cen)
                comma = body.find(", ", k_and, cen) if k_and > 0 else -1
            if comma > cst and _OBJECT_THEN.get(cw) == "to" and (k_then := body.find(" to ", cst, cen)) > comma:
                comma = body.find(", ", k_then, cen)  # s18instr: "urging telecoms regulator, Ofcom, to reduce ..."
            if comma > cst:
                cen = _content_end(body, cst, comma)
        if inf:
            end = _INFINITIVE_END_RE.search(body, cst, cen)
            if end is not None:  # "pledged to shut down the centers, after he introduced a bill"
                cen = _content_end(body, cst, end.start())
        if lex.language == "en" and not mixed:
            comma = body.find(",", cst, cen)
            seg = comma if comma > 0 else cen
            dash = body.find(" —", cst, seg) if "—" in body[cst:seg] else -1
            if _no_clause_content(doc, cst, dash if dash > 0 else seg):
                # "tweeted Sunday after an attack", "said last week in Tel Aviv, CONTENT": a time or place
                nw = _FIRST_WORD_RE.search(body, comma, cen) if comma > 0 else None
                if comma > 0 and _min_tokens(3, body, comma, cen) and not (
                        nw and nw.group().lower() in _LEAD_SUBORDINATORS and before_sp.endswith(",")):
                    cst = _content_start(body, comma + 1, cen)
                elif before_sp.endswith(",") and _min_tokens(3, before_sp):
                    # ("..., Fiat said this week, as it exits ...": a subordinate clause after the time)
                    cst, cen = _left_content_start(doc, ss, len(before_sp) + ss), _content_end(body, ss, ss + len(before_sp))
                    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
                    _set_speaker(q, sp)
                    return q
                else:
                    return None
        if lex.language == "en" and right.lstrip().startswith(",") and _lead_subordinate(doc, ss, sp):
            return None  # "After Clinton testified, Gowdy ...": the cue is in a subordinate clause
        q = _Quote(cst, cen, "mixed" if frag_on else "indirect", [(cst, cen)], _cue_text(doc, cs, ce, se), cs)
        _set_speaker(q, sp)
        return q
    if comma_before and _min_tokens(3, before_sp) and closes and not (
            lex.language == "en" and (_PARTICLE_AFTER.get(cw) == (TOKEN_RE.findall(right)[:1] or [""])[0].lower()
                                      or cw in _AGREE_FORMS and _AGREE_TO_RE.match(body, ce, se))):
        # (not "Formerly one of Mr Brown's aides, Ed Balls hinted at a giveaway", "The world's largest retailer,
        # Wal-Mart, has agreed to pay ...": the verb's particle and its object follow, so the words before the
        # subject are a fronted apposition or adverbial, no content)
        if lex.language == "id" and _id_fronted_topic(body, ss, ss + len(before_sp)):
            return None  # (s20id) "Terkait dana pengadaannya, Menteri Keuangan Purbaya menegaskan kesiapannya.": a
            # fronted topic or adverbial before the subject, no content
        cst, cen = _left_content_start(doc, ss, len(before_sp) + ss), _content_end(body, ss, ss + len(before_sp))
        # (right_words is emptied after a preposition; a semicolon ends the cue's clause: "..., analysts say;
        # in 2012, ...")
        rw = TOKEN_RE.findall(right.split(";", 1)[0] if lex.language == "en" else right)
        if lex.language == "en" and rw and rw[0].lower() in ("little", "nothing", "much") and len(rw) <= 3:
            return None  # (s13mix: '..., he said little.', '..., she said nothing': the object is what was (not) said)
        if lex.language == "en" and ((len(rw) >= 3 or rw and rw[0].lower() not in lex.trailers)
                                     and _lead_adverbial(doc, cst, cen) or _question_lead(doc, cst, cen)):
            return None  # "In court documents, X asked for ...": an adverbial before the subject, not content
        if lex.language == "en" and 1 <= len(rw) <= 2 and rw[0].lower() in _OBJECT_DETS and cw not in lex.told_verbs \
                and cw not in _WRITING_FORMS:
            return None  # s13prec: '..., their smiles said a lot.', '..., X announced his resignation.': the cue's own object
        if lex.language == "en" and cw.endswith("ed") and sp.text[:2].lower() in ("a ", "an") and \
                sp.text.rsplit(None, 1)[-1].lower() in _en_words("event_nouns"):
            return None  # s13prec: '..., a plan announced earlier this year.': a participle on the appositive noun
        q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
        _set_speaker(q, sp)
        return q
    return None


@lru_cache(maxsize=1)
def _irregular_past_en() -> frozenset[str]:
    """English irregular past-tense verbs ("sent", "made"; lexicon ``irregular_past``)."""
    return _en_words("irregular_past")


@lru_cache(maxsize=1)
def _body_nouns_en() -> frozenset[str]:
    """English nouns of organised groups that speak after an inverted cue besides ``org_words`` ("claimed the union
    organisation", "said the campaign group", "said the club"; lexicon ``speaking_bodies``)."""
    return _en_words("speaking_bodies")


@lru_cache(maxsize=1)
def _document_sources_en() -> frozenset[str]:
    """English nouns of documents and studies quoted as sources ("said the report"; ``document_sources``)."""
    return frozenset(w.lower() for w in load_list_or_empty("document_sources", "en"))


@lru_cache(maxsize=1)
def _message_nouns_en() -> frozenset[str]:
    """English nouns of items that carry their author's words ("a statement", "a tweet"; ``message_nouns``)."""
    return frozenset(w.lower() for w in load_list_or_empty("message_nouns", "en"))


#: English prepositions of place, medium or time before a name that is no speaker of a participle after it
#: ("on Facebook writing", "at Munich University calling for"); not "with/from/by/for/of", whose name
#: speaks ("with the Tories claiming", "a message from the MPAA warning").
_PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "to", "through", "during", "via", "into", "over", "under"})


def _sentence_verb(doc: _Doc, sp: _Speaker) -> bool:
    """English: a speaker phrase read back from a participle holds a past-tense verb after its first words
    ("The senator appeared on Fox News", "Sanders spoke to supporters in Vermont")."""
    words = TOKEN_RE.findall(sp.text)
    return any(w.islower() and (len(w) > 4 and w.endswith("ed") or w in doc.lex.verbs) and w not in doc.lex.roles
               for w in words[1:-1])


#: English prepositions that take a gerund whose subject is the clause's ("after saying", "before adding").
_GERUND_PREPOSITIONS = frozenset({"after", "before", "while", "whilst", "without", "upon", "since"})


#: English: determiners of a verb's object before a participle cue ("defended the move saying").
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"})
#: English: words after a word in -ing that open no reported clause ("offered a friendly warning not to ...").
_NOT_CLAUSE_AFTER_ING = frozenset({"not", "to", "of", "for", "against", "about", "on", "over", "from", "in", "at"})
#: English verbs whose object may be the speaker of a participle after it ("showed the minister saying", "quoted an
#: aide saying", "heard a voice saying", "received a call saying", "left the room saying" is the subject's).
_OBJECT_SPEAKS = frozenset({"showed", "shows", "showing", "shown", "quoted", "quoting", "cited", "citing", "heard",
                            "hearing", "saw", "seen", "seeing", "found", "finding", "received", "receiving", "got",
                            "getting", "had", "having", "filmed", "pictured", "recorded", "caught", "featured",
                            "featuring", "included", "including", "interviewed", "reported", "published", "aired",
                            "broadcast", "carried", "carrying", "ran", "running", "released", "issued", "issuing",
                            "posted", "sent", "sending", "wrote", "written", "with", "like", "watched", "noticed",
                            "followed", "led", "leading", "according"})


def _participle_speaker(doc: _Doc, ss: int, cs: int, sp: _Speaker, prog: bool = False) -> _Speaker:
    """English: the speaker of a participle cue at ``cs`` (not a progressive) read back as ``sp``: an item's
    author (:func:`_item_author`); when ``sp`` runs from the sentence start over a verb, the noun phrase
    before the cue ("The conversation ended with Maddow asking ...") or the clause's subject ("The senator
    appeared on Fox News saying ...")."""
    if not prog and _prev_token(doc.body, ss, cs).lower() in _GERUND_PREPOSITIONS:
        # "Smith left the meeting after saying that ...", "Rubio responded before adding that ...": a gerund
        # after a preposition has the subject of its clause
        sub = _sentence_subject(doc, ss, cs)
        if sub.text and sub.kind in ("name", "role", "pronoun"):
            return sub
    sp = _item_author(doc, ss, sp)
    st = sp.phrase_start if sp.phrase_start >= 0 else sp.start
    if not prog and sp.kind == "role" and st > ss and sp.text.split(None, 1)[0].lower() in _OBJECT_DETERMINERS \
            and sp.text.rsplit(None, 1)[-1].lower() not in doc.lex.roles and doc.body[sp.end:cs].strip() == "" and (
            vw := _TAIL_WORD_RE.search(doc.body, max(ss, st - 16), st)) is not None and vw.start(1) > ss and (
            nxt := doc.body[cs:cs + 40].split(None, 2))[1:] and nxt[1].lower() not in _NOT_CLAUSE_AFTER_ING:
        if vw.group(1) in ("down", "up", "off", "out") and (
                pv := _TAIL_WORD_RE.search(doc.body, max(ss, vw.start(1) - 16), vw.start(1))) is not None:
            vw = pv  # ("shut down the campaign saying")
        v = vw.group(1)
        if vw.start(1) > ss and v.islower() and v not in _OBJECT_SPEAKS and (
                len(v) > 4 and v.endswith(("ed", "ing")) or v in _irregular_past_en()
                or doc.body[max(ss, vw.start(1) - 4):vw.start(1)] in ("has ", "had ", "ave ")):
            # s15bbc2: "Home Office minister Hazel Blears defended the move saying ...", "A user is suing the firm
            # saying ...", "Lycos has shut down the campaign saying ...": the thing the verb acts on says nothing;
            # the participle reports the clause's subject (not after a verb of showing or quoting: "showed the
            # crowd chanting")
            sub = _left_speaker(doc, ss, vw.start(1))
            if not (sub.text and sub.kind in ("name", "role", "pronoun")):
                sub = _sentence_subject(doc, ss, vw.start(1))
            if sub.text and sub.kind in ("name", "role", "pronoun") and sub.end <= vw.start(1):
                return sub
    if st == ss and not prog and _sentence_verb(doc, sp):
        # the noun phrase right before the participle ("showed Mr Nattrass telling", "with Maddow asking"),
        # unless a place's preposition opens it ("on Fox News saying"): then the clause's subject
        ws = _word_spans(sp.text, sp.start)
        k = len(ws)
        while k > 0 and _is_cap(ws[k - 1][0]):
            k -= 1
        if sp.kind == "name" and 0 < k < len(ws) and ws[k - 1][0].islower() and \
                ws[k - 1][0] not in _PLACE_PREPOSITIONS:
            sub = _Speaker(doc.body[ws[k][1]:sp.end], "name", "", ws[k][1], sp.end)
        else:
            sub = _sentence_subject(doc, ss, cs)
        if sub.text and sub.kind in ("name", "role", "pronoun") and sub.end <= sp.end and sub.start >= sp.start \
                and (sub.start, sub.end) != (sp.start, sp.end):
            return sub
    if not prog and sp.text and doc.lex.language == "en" and (near := _nearer_clause_subject(doc, sp.end, cs)).text:
        return near  # s15subj: "X has been criticized ..., though ... he used stronger language, saying"
    return sp


def _item_author(doc: _Doc, ss: int, sp: _Speaker) -> _Speaker:
    """English, before a participle cue: "Trump and Ryan released a statement describing ...", "The tabloid
    ran a cover saying ...": an item that carries words, as the object of the sentence's verb, speaks for
    the sentence's subject."""
    st = sp.phrase_start if sp.phrase_start >= 0 else sp.start
    if not (sp.kind == "role" and sp.text.rsplit(None, 1)[-1].lower() in _message_nouns_en() or sp.kind == "name"
            and st > ss and (pw := _TAIL_WORD_RE.search(doc.body, max(ss, st - 12), st)) is not None
            and pw.group(1) in _PLACE_PREPOSITIONS):
        return sp  # (also a name after a place's preposition: "responded to the question on Facebook writing")
    sub = _sentence_subject(doc, ss, st) if st > ss else _Speaker()
    return sub if sub.text and sub.end <= st else sp
def _cue_adjunct(doc: _Doc, pos: int, se: int) -> bool:
    """English: the words after an interrupting cue ('..., he said, on condition of anonymity because ...',
    '..., she said, in an interview on Monday.') are the cue's adverbial: "on condition of anonymity", or
    an occasion of speaking (an interview, a statement, a day) with no clause in it."""
    body = doc.body
    m = _CUE_ADJUNCT_RE.match(body, pos, se)
    if m is None:
        return False
    if m.group(1):
        return True  # "on condition of anonymity because he was not authorized to speak"
    words = TOKEN_RE.findall(body, m.end(), se)
    lex = doc.lex
    return not any(w.lower() in lex.that_words or w.lower() in lex.clause_markers or w in _SUBJECT_PRONOUNS
                   or w.lower() in lex.verbs for w in words[:16])


def _by_participle_quote(doc: _Doc, cs: int, ce: int, ss: int, se: int, *, told: bool = False) -> _Quote | None:
    """English: a participle of saying after "by", with a clause after it ("Sanders has soared in the polls by
    saying that the system is rigged", "She answered critics by insisting she had done nothing wrong"): the
    manner of the main clause, whose subject is the speaker of the clause (s11ind). s15part: "by telling" with its
    addressee, then the clause ("by telling Clinton she had been ...", "by telling voters that ...")."""
    sub = _sentence_subject(doc, ss, cs)
    if not sub.text or sub.end > cs - 3:
        return None
    body = doc.body
    cst = _skip_that(doc, ce, se, told=told)
    if told and (cst <= ce + 1 or not (body[cst - 5:cst].lower() == "that " or (
            fw := _FIRST_WORD_RE.match(body, cst, se)) is not None and (fw.group() in _SUBJECT_PRONOUNS or _is_cap(
            fw.group())))):
        return None  # (not "by telling stories about ...": an addressee and a clause, or nothing reported)
    cen = _content_end(body, cst, se)
    if not _min_tokens(3, body, cst, cen):
        return None
    q = _Quote(cst, cen, "indirect", [(cst, cen)], _cue_text(doc, cs, ce, se), cs)
    _set_speaker(q, sub)
    return q

#: English: a participle opening the words after an interrupting cue (not a preposition or noun in -ing).
_ING_ADJUNCT_RE = re.compile(r"([a-z]{2,}ing)\s")
_ING_NOT_ADJUNCT = frozenset({"being", "nothing", "something", "anything", "everything", "during", "including",
                              "according", "concerning", "regarding", "following", "notwithstanding", "spring",
                              "morning", "evening", "thing", "king", "bring", "sing", "ring", "string", "sting",
                              "wing", "swing"})
#: English: the cue's adverbial after an interrupting cue: anonymity, or the occasion of speaking.
_CUE_ADJUNCT_RE = re.compile(
    r"(?:speaking\s+)?(on condition of anonymity)|(?:in|during)\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+)?"
    rf"(?:{_OCCASION_NOUNS}|email|e-mail|op-ed|letter|post|tweet)s?\b|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Twitter|Facebook)\b")


_FREE_RELATIVES = frozenset({"what", "which", "whatever"})
#: English cues whose following noun phrase is always the addressee, never an inverted speaker.
_TOLD_NOT_INVERTED = frozenset({"told", "tells"})
_OBJECT_PRONOUNS_EN = frozenset({"me", "us", "him", "her", "them", "you", "it"})
_DOUBLE_QUOTES = "\"“”«»„"  # (an apostrophe may be a possessive: "told BBC One's Breakfast programme")


def _addressee_only(right: str, right_words: list[str], lex: _Lex) -> bool:
    """English: the rest of the sentence after an inverted "told" is only its addressee, a short phrase with no
    clause of its own ("CONTENT, he told the House of Commons.", "..., she told a press conference in London.",
    "..., he told delegates at the party's conference in Brighton."): no "that", subject pronoun or auxiliary,
    no comma or quotation mark, no second object after a pronoun ("the final quarter told us a whole lot more")."""
    # (s10prec: a longer addressee when most of it is a capitalised name: "..., analysts told the Financial Times New
    # Media and Broadcasting Conference last week.")
    return (len(right_words) <= 9 or len(right_words) <= 14 and sum(not w[:1].isupper() for w in right_words) <= 5) \
        and not (len(right_words) > 1 and right_words[0].lower() in _OBJECT_PRONOUNS_EN) and \
        "," not in right and not any(c in _DOUBLE_QUOTES for c in right) and not any(
        w.lower() in lex.that_words or w in _SUBJECT_PRONOUNS or w.lower() in lex.aux and (
            w.lower() in _FINITE_AUX or w.lower() == "do") for w in right_words)
    # (s13prec: an adverb of the "aux" list, "told POLITICO earlier this week", opens no clause; "did", "would" do)


#: English: a form of "be" that a speaker phrase read before an "-ing" cue must not end with.
_BE_TAILS = (" is", " are", " was", " were", " been", " be", " am")


#: English: a preposition introducing a participle cue ('..., before insisting he had a "great relationship"').
_PARTICIPLE_LEADS = (" before", " after", " while", " whilst", " by")
#: English: a temporal preposition before a participle cue with "that" ('Rubio responded before adding that ...',
#: 'economists said ..., while noting that ...').
_TIME_PREP_END_RE = re.compile(r"\s(?:before|after|while|whilst)\s*$")


def _unattributed_at(doc: _Doc, direct: list[_Quote], cw: str, sp: _Speaker, ce: int, pos: int) -> bool:
    """English: the quotation opening the content at ``pos`` found no cue of its own ('X wrote for the
    magazine that "A" because ...', 'X argued in the debate that "A."'), so the cue before it frames it as
    reported content; not after "added" right before the mark ('it added "fizz" to his campaign'), across
    another cue, or in a free relative ('what he believed "should" be ...': the content is no object)."""
    d = next((d for d in direct if pos <= d.start <= pos + 2), None)
    if d is None or d.cue or d.kind != "direct" or cw.startswith("add") and not doc.body[ce:pos].strip(
            _QUOTE_OR_BLANK) or _cue_tokens(doc, ce, pos):
        return False
    m = _LAST_WORD_RE.search(doc.body, max(0, sp.start - 12), sp.start)
    return not (m and m.group(1).lower() in _FREE_RELATIVES)


#: English cues whose passive or participle reports a question put to someone ("Asked whether ..., X
#: said", "Clinton was asked about ...", "He had been told that ..."): the content is the question, the
#: asker unnamed (no speaker).
_QUESTION_CUES = frozenset({"asked", "told"})
#: Words that open the reported question after "asked" ("asked about", "asked whether", "asked to").
_QUESTION_STARTS = frozenset({"about", "whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where",
                              "to"})
#: Words before a participial "asked" that leave it without a subject ("When asked ...", "..., and asked").
_QUESTION_LEADS = frozenset({"when", "if", "after", "before", "while", "whilst", "until"})
def _passive_before(body: str, ss: int, cs: int) -> bool:
    return _be_before(body, max(ss, cs - 40), cs) is not None


#: Adverbs, modals, negation and catenative verbs between a subject and its cue ("politely suggested",
#: "even noted", "could also declare", "hasn't said", "is likely to stress", "seemed to urge").
_ADVERBS_BEFORE_RE = re.compile(
    r"(?:^|\s|(?=['’][sr]\s))((?:(?:[a-z]+ly|even|only|still|now|too|ever|indeed|first|since|also|not|never|could|can|may|might|must|"
    r"long|already|often|always|in\s+particular|once\s+again|"
    r"here|today|yesterday|earlier|later|again|then|on\s+[A-Z][a-z]+day|(?:last|this)\s+(?:week|month|year|night)|"
    r"should|would|will|shall|cannot|[a-z]+n['’]t|do|does|did|has|have|had|"
    r"(?:is|are|was|were|['’]s|['’]re)\s+(?:likely|unlikely|expected|set|due|able|correct|right|quick|careful|eager|"
    r"willing|unwilling|forced|prompted|compelled|obliged|poised|trying|taking\s+pains)\s+to|"
    r"(?:seemed|seems|appeared|appears|tried|tries|try|trying|wanted|wants|refused|refuses|refusing|declined|declines|"
    r"decided|went\s+on|goes\s+on|continued|continues|continue|hoped|hopes|planned|plans|got|hesitate|hesitates|"
    r"hesitated|sought|seeks|seeking|attempted|attempts|attempting)\s+to)\s+){1,4})$")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: English: "warned of/against" and the noun phrase after it (the content).
#: English verbs of saying whose topic preposition introduces what was said ("warned of", "complained about",
#: "argued for"): verb -> the prepositions.
_WARNED_OF = {**dict.fromkeys(("warned", "warns", "warn"), ("of", "against", "about")),
              **dict.fromkeys(("complained", "complains", "complain"), ("of", "about")),
              **dict.fromkeys(("argued", "argues", "argue"), ("for", "against"))}
#: The verb of a two-word topic cue ("complained about", a mixed cue), read alone by the "warned of" rule.
_TOPIC_VERB_RE = re.compile(r"[A-Za-z]+")
_WARNED_OF_RE = re.compile(r"[ \t]+(of|against|about|for)[ \t]+(?=[a-z0-9$£]|[\"“‘']+[a-z0-9$£])")
_THAT_WORD_RE = re.compile(r"\bthat\b")
#: English: a preposition right before a noun phrase ("close to the campaign", "familiar with the matter").
_PREP_BEFORE_RE = re.compile(r"(?<![^\s])(?:to|with|of|for|from|at|in|on|about)\s+$")
#: English: a preposition and one lower-case modifier before a name ("for committee Democrats").
_PREP_MOD_BEFORE_RE = re.compile(r"(?<![^\s])(?:with|of|for|from|at)\s+[a-z]{3,}\s+$")
#: English: an object pronoun or "reporters" after "told", then a comma ("..., the partner told them, was ...").
_TOLD_OBJECT_COMMA_RE = re.compile(r"[ \t]+(?:him|her|them|us|me|reporters|journalists)[ \t]*,")
#: (s15cuebat) English: a time, place or medium adverbial closing an interrupting attribution before its comma ('The plan,
#: he said on Tuesday, would ...', '..., she said in a speech at the Consumer Electronics Show, was to ensure ...').
_CUE_TAIL_COMMA_RE = re.compile(r"[ \t]+((?:on|in|at|during|last|this|earlier|late|Monday|Tuesday|Wednesday|Thursday|"
                                r"Friday|Saturday|Sunday)\b[^,;:.!?\"“”\n]{0,70}?)[ \t]*,")
def _tail_rest_goes_on(doc: _Doc, left: tuple[int, int], pos: int, se: int) -> bool:
    """English (s15cuebat): after 'LEFT, X said on Tuesday,' the words at ``pos`` go on with LEFT: "that" or a verb
    form opens them ('..., would cut costs', '..., that Cruz ...'); not a new clause or phrase ('If anything, Ash
    argued in his email, the incident is ...', 'CONTENT, X said on Tuesday, the first time ...')."""
    nw = _NEXT_WORD_RE.match(doc.body, pos, se)
    lex = doc.lex
    return nw is not None and (nw.group(1) in lex.that_words or nw.group(1) in lex.clause_markers)


_TAIL_NOT_REST = frozenset({"which", "who", "whom", "whose", "where", "and", "but", "or", "nor", "so", "as", "adding",
                            "saying", "noting", "according"})
_CUE_TAIL_FIRST = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "late", "Monday", "Tuesday",
                             "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _cue_tail_comma(doc: _Doc, ce: int, se: int) -> re.Match[str] | None:
    """English (s15cuebat): the adverbial after an interrupting cue up to its comma ('said on Tuesday,', 'said in an
    interview with the BBC,'), when it holds at most 10 words and no clause ("that", a finite verb, a subject
    pronoun, another cue), or None."""
    m = _CUE_TAIL_COMMA_RE.match(doc.body, ce, se)
    if m is None:
        return None
    words = TOKEN_RE.findall(m.group(1))
    lex = doc.lex
    if len(words) > 10 or any(w.lower() in lex.that_words or w.lower() in lex.clause_markers or w in _SUBJECT_PRONOUNS
                              or w.lower() in lex.verbs for w in words):
        return None
    nw = _NEXT_WORD_RE.match(doc.body, m.end(), se)
    if nw is None or not nw.group(1).islower() or nw.group(1) in _TAIL_NOT_REST:
        return None  # ("..., Lord Butler said in his Spectator interview, which was ...", "said in his memoir, ''An
        # American Son''", "..., X said on Monday, and ..."): the sentence goes on with no rest of the content
    return m
#: English: time adverbs between the cue of a leading "As X reported" clause and its comma.
_AS_CLAUSE_TAIL_RE = re.compile(r"(?:[ \t]*,)?(?:[ \t]+(?:just|even|today|yesterday|recently|earlier|first|previously|"
                                r"again|also|(?:last|this|earlier)[ \t]+(?:week|month|year)|(?:on[ \t]+)?[A-Z][a-z]+day"
                                r"(?:[ \t]+(?:morning|afternoon|evening|night))?|a[ \t]+few[ \t]+days[ \t]+(?:ago|later)|"
                                r"[a-z]+[ \t]+(?:days|weeks|months|years)[ \t]+ago|(?:a[ \t]+few[ \t]+|[a-z]+[ \t]+)?(?:days|"
                                r"weeks|months|years|decades)[ \t]+(?:earlier|before|later)|at[ \t]+the[ \t]+time|"
                                r"in[ \t]+(?:1[89]|20)\d\d|long[ \t]+ago|once)){1,3}[ \t]*,[ \t]+")
#: Words before an -ed cue that make it an adjective ("the reported deal", "his promised support",
#: "about alleged fraud").
_ADJ_BEFORE = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
                         "about", "of", "with", "for", "from", "into", "over", "under", "on", "in", "at", "by"})
#: English cues answered by a bare "yes" or "no" ("Everyone but Hewlett said yes.", "72 percent said yes while ...").
_YES_NO_CUES = frozenset({"said", "say", "says", "answered", "answers", "replied", "replies", "responded"})
_YES_NO_RE = re.compile(r"[ \t]+(yes|no|Yes|No)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:while|whereas|but|compared)\b)")
#: s13prec: quantifiers before a noun-like cue form make it a noun ("enough states", "many reports", "several claims").
_QUANT_DETS = frozenset({"enough", "many", "more", "most", "several", "few", "fewer", "some", "all", "both", "various",
                         "numerous", "no", "other"})
#: English adjectives that stand between a determiner and a noun-like cue form ("a new report", "the latest claims").
_NOUN_ADJECTIVES = frozenset({"new", "latest", "recent", "earlier", "previous", "separate", "annual", "final", "official",
                              "initial", "fresh", "internal", "detailed", "leaked", "first", "second", "third", "last",
                              "further", "similar", "other", "same", "monthly", "weekly", "quarterly", "public", "false"})


def _verb_after_subject(body: str, sp: _Speaker, cw: str, cs: int, right_words: list[str], lex: _Lex) -> bool:
    """English: a noun-like cue form right after its subject noun phrase that agrees with it ("The company
    claims its product is ...", "Democrats claim the vote was ...") is a verb when a finite clause follows,
    unless the phrase follows a preposition ("amid Tory claims the ads were ...") or another verb of saying
    comes next ("Other reports this week said ..."): then the cue form is a noun."""
    if sp.kind not in ("name", "role") or sp.end < 0 or body[sp.end:cs].strip() or not right_words or not (
            right_words[0].lower() in _CLAUSE_SUBJECTS or right_words[0][:1].isupper()) or not any(
            w.lower() in lex.clause_markers for w in right_words[1:9]) or any(
            w.lower() in lex.verbs for w in right_words[:4]):
        return False
    st = sp.phrase_start if sp.phrase_start >= 0 else sp.start
    head = sp.text.rsplit(None, 1)[-1]
    for w in (body[max(0, st - 12):st].split() or [""])[-1].lower(), head.lower():
        if w in _PREPOSITIONS["en"] or w in _NOUN_DETS or w in ("amid", "despite", "over", "against"):
            return False
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")) or " and " in sp.text
    return plural != (cw[-1:] == "s")


#: Noun-like cues whose verb after a pronoun is mostly no report ("if he maintains his form", "he calls the shots").
_NOT_PRONOUN_VERB = frozenset({"maintains", "continues", "calls", "charges", "questions", "demands", "posts", "answers",
                               "replies", "remarks", "comments", "comment", "respond", "tweets", "tweet", "promises"})
#: Determiners (and "it", existential "there") that open the subject of a clause right after a noun-like cue
#: ("claims the report is ...", "believes there is room ...", "claim it will mean ...").
_CLAUSE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "most", "no",
                                 "there", "it"})
#: Adverbs between a subject and its verb ("also claims", "now believes").
_SUBJECT_ADVERBS = frozenset({"also", "now", "still", "even", "already", "often", "repeatedly", "again", "always",
                              "really", "further", "too"})
#: Finite auxiliaries that show a clause has begun ("claims Clinton is ...", "believes Google has ...").
_FINITE_AUX = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should",
                         "may", "might", "must", "did", "does"})
#: Words before a noun-like cue that make it a noun ("amid claims", "despite reports").
_NOUN_BEFORE_WORDS = frozenset({"amid", "despite", "among", "amongst", "against", "following", "new", "fresh", "the", "a", "an"})
#: Reporting verbs a few words after a noun-like cue that show it is the noun subject ("report ... said").
_VERBS_AFTER_NOUN = frozenset({"said", "says", "say", "showed", "shows", "show", "found", "finds", "suggested",
                               "suggests", "claimed", "claims", "added", "stated", "states", "warned", "warns"})
#: Words after which a subject pronoun opens a clause of its own: a coordinator ("But he claims ..."), a
#: relative or complementizer ("which he believes will ...", "that he believes Trump is ..."), an inverted
#: auxiliary ("Nor did they note ..."), a subordinator (not "if": "if he believes in ..." is a condition).
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "now", "yet", "however", "though", "still", "also", "then", "which",
                             "who", "whom", "that", "did", "does", "do", "nor", "as", "because", "since",
                             "while", "whilst", "although", "where", "when"})


#: s16bbc3: an apposition or relative clause between commas after a subject, right before its cue.
_APPOS_GAP_RE = re.compile(r",[ \t]+[^,;:\"“”\n]{2,120},[ \t]+\Z")


def _pronoun_verb(body: str, ss: int, cs: int, cw_low: str, sp: _Speaker, right_words: list[str]) -> bool:
    """English: a noun-like cue ("claims", "notes", "thinks") is a finite verb right after a subject pronoun
    ("And he claims his boss is OK with it"; a possessive, "his claims", is no subject), or after a name or role
    that opens its sentence when a subject pronoun or a determiner opens the clause after it ("Trump claims he's
    worth ...", "The company claims the report is wrong")."""
    if cw_low in _NOT_PRONOUN_VERB:
        return False
    for _ in range(2):  # "He also believes ...", "Trump now claims ...": adverbs between subject and cue
        w = _prev_token(body, ss, cs)
        if not (w.lower() in _SUBJECT_ADVERBS or w.islower() and w.endswith("ly") and len(w) > 4):
            break
        cs = body.rfind(w, ss, cs)
    prev = _prev_token(body, ss, cs)
    if prev.lower() in _SUBJECT_PRONOUNS_LOW:
        # the pronoun opens its clause: at the sentence start, after a comma, a coordinator or a relative;
        # not after a noun ("viewpoints he believes the media ...") or in a condition ("if he believes in")
        ps = body.rfind(prev, ss, cs)
        left = body[ss:ps].rstrip(" \t")
        return not left or left[-1] == "," or _prev_token(body, ss, ps).lower() in _CLAUSE_OPENERS
    lead = body[ss:sp.start].strip()
    gap = body[sp.end:cs]
    if sp.kind in ("name", "role") and not gap.isspace() and gap[:1] == "," and _APPOS_GAP_RE.match(gap):
        # (s16bbc3) 'Victor Conte, of Balco Laboratories, claims the sprinter ...', 'Robben, who has been ...,
        # claims he knew ...': an apposition or relative clause between commas closes the subject
        gap = " "
    if sp.kind not in ("name", "role") or not gap.isspace() or lead and not (
            lead[-1] == "," or lead.lower() in _CLAUSE_OPENERS) or \
            prev.lower() in _PREPOSITIONS["en"] or prev.lower() in _NOUN_BEFORE_WORDS or \
            any(w.lower() in _VERBS_AFTER_NOUN for w in right_words[1:]):
        # ('amid claims the poll ...', "Oxfam's report this week said ...": the cue is a noun; 'The senator thinks
        # the schools ..., Bill Clinton said': the sentence is another's report)
        return False
    first = right_words[0].lower() if right_words else ""
    # (a determiner after the cue: "The company claims the report is wrong"; the cue can be no noun there)
    return first.split("'", 1)[0].split("’", 1)[0] in _SUBJECT_PRONOUNS_LOW or first in _CLAUSE_DETERMINERS and \
        len(right_words) >= 4 or len(right_words) >= 3 and right_words[0][:1].isupper() and right_words[0][1:].islower() \
        and right_words[1] in _FINITE_AUX  # ("Trump claims Clinton is a liar": a name and a finite verb)


def _prev_token(body: str, ss: int, cs: int) -> str:
    """The word right before the cue (separated from it by spaces or tabs only), or ""."""
    lo = max(ss, cs - 30)
    if cs <= lo or body[cs - 1] not in " \t":
        return ""
    parts = body[lo:cs].rstrip(" \t").rsplit(None, 1)
    word = parts[-1] if parts else ""
    return word if word.replace("'", "").replace("’", "").isalnum() else ""


#: Subordinators that make "X said, ..." a subordinate clause, not an attribution of the main clause
#: ("After Clinton testified, Gowdy ..."; "As X said, ..." does attribute, so "as" is not here).
_SUBORD_NOT_AS = frozenset({"after", "before", "since", "while", "whilst", "although", "though", "because", "if", "once",
                            "until", "unless", "when", "whenever", "whereas"})


def _lead_subordinate(doc: _Doc, ss: int, sp: _Speaker) -> bool:
    """English: the speaker's clause opens with a subordinator ("After Clinton testified, ...")."""
    start = sp.phrase_start if sp.phrase_start >= 0 else sp.start
    words = TOKEN_RE.findall(doc.body, ss, start)
    return len(words) == 1 and words[0].lower() in _SUBORD_NOT_AS


def _no_clause_content(doc: _Doc, cst: int, cen: int) -> bool:
    """English: content that opens with a day name or "last" ("Sunday after an attack", "last
    week in Tel Aviv") and holds no verb form, "that" or subject pronoun is no content."""
    first = _FIRST_WORD_RE.match(doc.body, cst, cen)
    if not first:
        return False
    fw = first.group().lower()
    if fw == "on" and (day := _FIRST_WORD_RE.search(doc.body, first.end(), cen)) and day.group().lower() in _weekdays_en():
        fw = day.group().lower()  # "reported on Monday, CONTENT": the day after "on"
    if fw not in _weekdays_en() and fw != "last":
        # "said this week at an event in Wyoming": a deictic time phrase
        nxt = _FIRST_WORD_RE.search(doc.body, first.end(), cen) if fw in _DEICTIC else None
        if nxt is None or nxt.group().lower() not in _adjunct_heads_en()[1]:
            return False
    words = TOKEN_RE.findall(doc.body, cst, cen)
    lex = doc.lex
    return not any(w.lower() in lex.clause_markers or w.lower() in lex.that_words or w in _SUBJECT_PRONOUNS
                   or w.lower() in lex.verbs for w in words)


def _question_form(body: str, ss: int, cs: int) -> bool:
    """A cue in _QUESTION_CUES without a subject of its own: passive ("was asked", "had been told"), or a
    participle opening its sentence or after a subordinator ("Asked whether ...", "when asked about")."""
    if _passive_before(body, ss, cs):
        return True
    lead = body[ss:cs].strip(_QUOTE_CHARS + " ([")
    if not lead:
        return True
    if lead[-1] == "," and body.startswith("asked ", cs) and any(
            w.lower() in _ANSWER_CUES for w in TOKEN_RE.findall(lead[max(lead.rfind(",", 0, -1), 0):][-60:])):
        # (s15pred) '"...," McCain said, asked about the vagueness', '..., said Ben Carson, asked about his claims': a
        # participle after the clause that reports the answer (not 'X, an activist, asked her whether')
        return True
    last = _LAST_WORD_RE.search(lead)
    return last is not None and last.end() == len(lead) and last.group(1).lower() in _QUESTION_LEADS


#: (s23ntxen) Determiners that open a clause's subject right after a passive "told" ("were told the area is ...").
_TOLD_SUBJECT_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "there"})


def _told_clause(body: str, words: list[tuple[str, int, int]]) -> bool:
    """(s23ntxen) English: a passive "told" followed by a clause with no "that" ("He was told he would not be able to
    leave", "Residents are now being told it will be hours until ...", "were told the area was closed"): a subject
    pronoun, "it", "there" or a determiner with one or two nouns, then a finite auxiliary, no punctuation between."""
    if len(words) < 3:
        return False
    w0 = words[0][0]
    if w0 in ("he", "she", "they", "we", "it", "I", "you", "there"):
        reach = 3  # the auxiliary second or, after one adverb, third ("he probably would")
    elif w0.lower() in _TOLD_SUBJECT_DETS and w0 != "there":
        reach = 4  # "the area is", "the new rules would"
    else:
        return False
    for w, ws, _ in words[1:reach]:
        if any(c in body[words[0][2]:ws] for c in ",;:\"“”()"):
            return False
        if w.lower() in _FINITE_AUX:
            return True
    return False


def _question_quote(doc: _Doc, cm: re.Match[str], cw: str, ss: int, se: int) -> _Quote | None:
    """English: a question put to someone, with no asker named: "Asked whether he would run, X said no"
    (content "whether he would run"), "Clinton was asked about securing the border", "Respondents were
    asked to pick the loser", "He had been told that he would lose". The clause ends at a comma."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    words = _word_spans(body[ce:min(se, ce + 80)], ce)
    k = 0
    starts = _QUESTION_STARTS if cw == "asked" else doc.lex.that_words
    if cw == "told" and _told_clause(body, words):
        starts = frozenset({words[0][0].lower()})  # s23ntxen: "He was told he would be released": no "that"
    while k < len(words) and k < 5 and words[k][0].lower() not in starts:
        if any(c in body[words[k - 1][2] if k else ce:words[k][1]] for c in ",;:\"“”"):
            return None
        k += 1
    if k >= len(words) or k >= 5 or any(c in body[words[k - 1][2] if k else ce:words[k][1]] for c in ",;:\"“”"):
        return None
    st = words[k][2] if words[k][0].lower() in ("about", "that") else words[k][1]
    st = _content_start(body, st, se)
    if st >= se or body[st] in _QUOTE_CHARS:
        return None
    m = _QUESTION_END_RE.search(body, st, se)
    answer = next((c for c in _cue_tokens(doc, st, se) if c.group().lower() in _ANSWER_CUES), None)
    if answer is None and m is not None and body[m.start()] == "," and not body[ss:cs].strip(_QUOTE_CHARS + " ("):
        m = _question_comma(body, m, se)
    en = m.start() if m else se
    if answer is not None:
        # the answer's cue ends the question: at the comma before its subject ("Asked whether X, who ...,
        # could win, Sanders said ..."), or at its subject ("Asked if he would welcome them he told ...")
        comma = body.rfind(", ", st, answer.start())
        subj = _QUESTION_SUBJECT_RE.search(body, max(st, comma + 1), answer.start())
        if comma > st and (subj is None or not body[comma + 1:subj.start()].strip()):
            en = comma
        elif m is None or m.start() > answer.start():
            en = subj.start() if subj else answer.start()
    en = _content_end(body, st, en)
    if en <= st:
        return None
    q = _Quote(st, en, "indirect", [(st, en)], cm.group(), cs)
    if k and words[0][0].lower() == "by":
        # "Asked by Stephanopoulos to respond ...", "was asked by reporters whether ...": the asker is named
        sp = _right_speaker(doc, words[0][2], words[k][1])
        if sp.text:
            _set_speaker(q, sp)
    return q


_QUESTION_END_RE = re.compile(r"[,;:]\s|\s[—–-]+\s")


def _question_comma(body: str, m: re.Match[str], se: int) -> re.Match[str]:
    """English: the comma that ends a question opening its sentence ("Asked whether X, the presumptive
    nominee, who has called ..., could win, Ban demurred."): the first one before a capitalised word,
    a pronoun or a number (the answer's subject), skipping commas before lower-case words (appositions,
    relative clauses, the rest of the question). The first comma when no such one follows."""
    k = m
    while k is not None and body[k.start()] == ",":
        nxt = _NEXT_WORD_RE.match(body, k.end() - 1)
        word = nxt.group(1) if nxt else body[k.end():k.end() + 1]
        if not word or not word[:1].islower() or word in _SUBJECT_PRONOUNS or word.lower() in ("the", "a", "an") \
                and word[:1].isupper():
            return k
        k = _QUESTION_END_RE.search(body, k.end(), se)
    return k if k is not None else m
#: Cues that report the answer to a question ("Asked whether ..., he said ...").
_ANSWER_CUES = frozenset({"said", "says", "told", "tells", "replied", "replies", "responded", "answered", "added",
                          "wrote", "insisted", "declined"})
#: The subject of the answer right before its cue: a pronoun, or capitalised words ("Lord Rennard").
_QUESTION_SUBJECT_RE = re.compile(rf"\s(?:he|she|they|we|I|it|(?:[{_UPPER}][\w'’.-]*\s+)*[{_UPPER}][\w'’.-]*)\s+$")


def _question_lead(doc: _Doc, cst: int, cen: int) -> bool:
    """English: the text before "X said" is the question put to X ("Asked in Iowa whether ..., X said no",
    "When asked about it, X said ...")."""
    m = _FIRST_WORD_RE.search(doc.body, cst, cen)
    if m is None:
        return False
    first = m.group().lower()
    if first in _QUESTION_LEADS:
        m = _FIRST_WORD_RE.match(doc.body, m.end() + 1, cen)
        first = m.group().lower() if m else ""
    return first in _QUESTION_CUES


#: A share of people as the subject of a cue (polls): "Only 24 percent said", "42% say", "nearly half of
#: voters said", "one in five respondents said".
_NUM_WORD = r"(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
_SHARE_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[\s,;:(]))((?:(?:[Oo]nly|[Jj]ust|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Mm]ore than|[Ll]ess than|"
    r"[Ff]ewer than|[Aa]nother|[Aa]s many as)\s+)?(?:\d[\d.,]*\s?(?:%|percent\b|per cent\b)|"
    rf"{_NUM_WORD}(?:[- ]in[- ]|\s+out\s+of\s+){_NUM_WORD}|(?:a|A|one|One) (?:third|quarter|fifth|majority)|"
    r"[Hh]alf|[Tt]wo-thirds|[Tt]hree-(?:quarters|fourths))(?:\s+of\s+[^\W\d][^,;:.!?\"“”()]{0,60}?)?"
    r"(?:\s+(?:[A-Z][a-z]+\s+)?[A-Z]*[a-z]+s)?(?:\s+(?:overall|nationwide|polled|surveyed|questioned|interviewed))?)"
    r"(?:,\s*\d[\d.]*\s?(?:%|percent),)?\s+(?:also\s+|still\s+)?$")


_SHARE_HINT_RE = re.compile(r"(?i)half|third|quarter|fourth|fifth|majority|\bin\b|out of")
#: "those" right before a participle cue: a reduced relative in the subject ("those questioned said").
_REDUCED_RELATIVE_RE = re.compile(r"\b(?:those|these)\s+$", re.I)
#: A quantifier with "of" as the subject ("Many of those questioned said", "Some of the voters say").
_QUANT_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[\s,;:(]))((?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Aa]ll|[Nn]one|[Ss]everal|[Mm]ajority)\s+of\s+"
    r"[^\W\d][^,;:.!?\"“”()]{0,60}?)\s+(?:also\s+|still\s+)?$")


def _share_subject(doc: _Doc, ss: int, cs: int) -> _Speaker:
    """English: a share of people before the cue ("Only 24 percent said", "42% say", "Many of those
    questioned said")."""
    lo = max(ss, cs - 90)
    window = doc.body[lo:cs]
    m = None
    if any(map(str.isdigit, window)) or _SHARE_HINT_RE.search(window):
        m = _SHARE_SUBJECT_RE.search(doc.body, lo, cs)
    if m is None and " of " in window:
        m = _QUANT_SUBJECT_RE.search(doc.body, lo, cs)
    if m is None:
        return _Speaker()
    of = m.group(1).find(" of ")
    if m.group(1).rsplit(None, 1)[-1].lower() in _SUBJECT_RELATIVE:
        return _Speaker()  # "unionists, some of whom dubbed him ...": a relative clause
    if of >= 0 and any(w.lower() in _PREPOSITIONS["en"] or w.lower() in _LEAD_SUBORDINATORS
                       for w in TOKEN_RE.findall(m.group(1)[of + 4:])):
        return _Speaker()  # "lost a third of their value after UK regulators said": no subject phrase
    return _Speaker(m.group(1), "role", "", m.start(1), m.end(1), m.start(1))


def _lead_adverbial(doc: _Doc, cst: int, cen: int) -> bool:
    """English: the text before "X said ..." (the sentence goes on after the cue) is a leading adverbial,
    not reported content: a subordinate clause alone ("Even after the complaint was filed, X continued
    ...") or a phrase opened by a preposition or participle with no finite verb ("In court documents, X asked for ...", "Following a
    town hall meeting last week, X boasted ...")."""
    m = _FIRST_WORD_RE.search(doc.body, cst, cen)
    if m is None:
        return False
    first = m.group().lower()
    text = doc.body[cst:cen]
    if first in _TIME_LEADS and (t := _TIME_LEAD_RE.match(doc.body, m.start(), cen)) is not None:
        # (s13pred) "Shortly after my sentence, Eric Holder announced his resignation": a time span, then the
        # subordinator or preposition it modifies
        m = _FIRST_WORD_RE.search(doc.body, t.end(), cen)
        first = m.group().lower() if m is not None else ""
    elif first in _TIME_ADVERB_LEADS and not _min_tokens(6, text):
        # (s13pred) "Earlier this week, the minister announced his resignation", "Late on Monday, ...": a time
        # adverb and its phrase
        markers = doc.lex.clause_markers
        return not any(w.lower() in markers or w in _SUBJECT_PRONOUNS for w in TOKEN_RE.findall(text))
    if first in _LEAD_SUBORDINATORS and "," not in text:
        return True
    if first in _PREPOSITIONS["en"] or (first.endswith("ing") and first not in doc.lex.verbs):
        markers = doc.lex.clause_markers
        return not any(w.lower() in markers or w in _SUBJECT_PRONOUNS for w in TOKEN_RE.findall(text))
    return False


#: Indonesian (s17id): cues of requesting or urging, whose addressee is followed by "agar"/"untuk" and the act asked.
_ID_REQUEST_CUES = frozenset({"meminta", "menginstruksikan", "mengimbau", "mengajak", "mengingatkan", "mendesak",
                              "menuntut", "memerintahkan", "menyerukan", "memperingatkan"})


@lru_cache(maxsize=1)
def _id_verb_clause_cues() -> frozenset[str]:
    """(s18id) Indonesian weak cues whose clause may open with its own verb ("menyatakan mendukung ..."; lexicon
    ``verb_clause_cues``), lower case."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("verb_clause_cues", "id") if w.strip())


#: s19id: Indonesian verbs of telling whose object may name the topic told (lexicon ``telling_topics``).
_ID_TELLING_CUES = frozenset({"menceritakan", "mengisahkan"})


@lru_cache(maxsize=1)
def _id_telling_topics() -> frozenset[str]:
    """(s19id) Indonesian words opening a topic told after "menceritakan" (``telling_topics``), lower case."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("telling_topics", "id") if w.strip())


@lru_cache(maxsize=1)
def _id_request_predicates() -> frozenset[str]:
    """(s19id) Indonesian adverbs and adjectives opening a requested act after "untuk" ("untuk tidak ...", "untuk
    waspada"; lexicon ``request_predicates``), lower case."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("request_predicates", "id") if w.strip())


def _id_mixed_lead(body: str, s: int, e: int) -> bool:
    """(s24mixid) Indonesian: ``body[s:e]``, the words between a cue (or its ``bahwa``) and a quotation, hold a word
    of the reported clause (a subject such as ``dia``, ``Kavanaugh``, ``kebijakan itu``), not only ``bahwa``."""
    words = TOKEN_RE.findall(body, s, e)
    if words and words[0].lower() == "bahwa":
        words = words[1:]
    return bool(words) and any(w[:1].isalnum() for w in words)


def _id_fragment_goes_on(doc: _Doc, pos: int, se: int) -> bool:
    """(s21ntxid) Indonesian: the quotation opening at ``pos`` right after a cue is a fragment of the reported clause
    ('Daley mengatakan "seluruh perspektifnya" telah berubah', 'menyatakan "secara jelas kecewa" terhadap keputusan
    ...'): it closes within the sentence and two words or more of the clause follow it, the first lower-case and no
    cue, circumstance or clitic ("..." kata X, "..." kepada wartawan)."""
    body = doc.body
    lex = doc.lex
    m = _ID_FRAGMENT_CLOSE_RE.search(body, pos + 1, se)
    if m is None or body[m.start() + 1:m.start() + 2] != " ":
        return False
    rest = TOKEN_RE.findall(body, m.end(), se)
    return len(rest) >= 2 and rest[0].islower() and rest[0].isalpha() and rest[0] not in lex.trailers and \
        rest[0] not in lex.after_cues and rest[0] not in lex.clitics and rest[0] not in lex.verbs and \
        rest[0] not in lex.intros and rest[0] not in lex.that_words and not any(c in body[m.end():se] for c in "\"“”")


#: (s21ntxid) The closing mark of a quotation (after its first character).
_ID_FRAGMENT_CLOSE_RE = re.compile(r"[\"”]")


def _id_finite(right: str, lex: _Lex, *, subject: bool = True, request: bool = False, verb: bool = False,
               record: bool = False) -> bool:
    """A weak Indonesian cue reports speech when a finite clause follows it: an auxiliary right after
    the cue ("mengaku sedang mendalami", "menyampaikan telah menggeledah": the speaker is the subject)
    or after a subject ("memastikan distribusi akan lancar"), but not inside a relative clause
    ("menunjukkan sikap hormat ... yang telah dilakukan"); or a subject of one to four words then a
    verb in meN-/ber- ("memastikan TNI menaati hukum", "meminta para penegak hukum serius menangani"); s18id: an
    existential "ada" ("menduga ada kesepakatan ...") or, with ``verb``, a verb right after the cue ("menyatakan
    mendukung ...")."""
    raw = right.split(None, 9)[:9]
    low = [w.lower().strip(_TRAIL_PUNCT) for w in raw]
    if not low:
        return False
    if low[0] in lex.clause_markers:
        return True
    if (low[0] == "ada" or low[0] in ("terdapat", "tersisa") and not record) and len(low) >= 3 and low[1] not in (
            "di", "dan", "yang", "pada", "dalam"):
        # (s26idrec: also "terdapat", "tersisa": "menyampaikan tersisa enam penumpang di rumah sakit"; not after a cue
        # of recording figures, "Kemenkeu mencatat terdapat 3 kementerian ...")
        return True  # (s18id) "Polisi menduga ada kesepakatan ...", "KBRI menyatakan ada 97 WNI yang kabur": existential
    if any(w in lex.demonstratives and 0 < k < 8 and k + 1 < len(low) and raw[k][-1:] not in ",;:.\"“”)" and (
            _id_predicate_verb(low[k + 1]) or low[k + 1] in _ID_PREDICATE_ADVERBS and k + 2 < len(low)
            and _id_predicate_verb(low[k + 2])) and not any(
            v in ("yang", "bahwa") or v in _ID_NOT_SUBJECT and v not in ("dan", "serta", "di", "dari", "untuk")
            for v in low[:k]) and not any(c in " ".join(raw[:k]) for c in ",;:.\"“”") for k, w in enumerate(low)):
        return True  # (s18id) "menduga anomali aneh dan sentakan tersebut disebabkan oleh ...": a demonstrative closes
        # the subject, a verb follows it
    if verb and _ID_VERB_RE.fullmatch(low[0]) and low[0] not in _ID_NOT_VERBS and len(low) >= 2:
        return True  # (s18id) "Aprindo menyatakan mendukung kebijakan ...": the clause's verb, its subject the speaker's
    if low[0] == "kepada" and any(w in ("untuk", "agar", "supaya") for w in low[2:7]):
        return True  # "mengingatkan kepada masyarakat untuk meningkatkan kewaspadaan": an addressee, then the request
    if request and any(w in ("agar", "supaya") or w == "untuk" and k + 1 < len(low) and _ID_VERB_RE.fullmatch(
            low[k + 1]) and low[k + 1] not in _ID_NOT_VERBS for k, w in enumerate(low[1:6], start=1)) and low[0] not in \
            _ID_NOT_SUBJECT and not any(c in " ".join(raw[:6]) for c in ",;:.\"“”"):
        return True  # (s17id) "menginstruksikan seluruh jajaran kepolisian untuk menindak ...": an addressee, the request
    if request and low[0] not in _ID_NOT_SUBJECT and (k_u := next((k for k, w in enumerate(low[1:8], start=1) if w == "untuk"
                                                                    and k + 1 < len(low)), 0)) and low[k_u + 1] in \
            _id_request_predicates() and not any(c in " ".join(raw[:k_u + 1]) for c in ",;:.\"“”"):
        return True  # s19id: "mengimbau masyarakat untuk waspada.", "untuk tidak terlibat": an adverb or adjective
        # opens the request (lexicon ``request_predicates``)
    if request and low[0] not in _ID_NOT_SUBJECT and (k_p := next((k for k, w in enumerate(low[1:5], start=1) if w in
                                                                    _id_request_predicates()), 0)) and not any(
            w in _ID_NOT_SUBJECT or w in lex.aux or w == "yang" for w in low[:k_p]) and not any(
            c in " ".join(raw[:k_p]) for c in ",;:.\"“”"):
        return True  # s19id: "mendesak Kementerian Ketenagakerjaan turun langsung", "meminta anak buahnya tidak lagi
        # memakai ...": the addressee, then the request's predicate
    if any((w in lex.clause_markers or w == "segera") and low[k - 1] != "yang" for k, w in enumerate(low[1:], start=1)):
        return True  # (s17id: "meminta perusahaan ... di wilayahnya segera merealisasikan": "segera" opens a predicate)
    if subject and low[0] not in _ID_NOT_SUBJECT and (adj := _id_predicate_adjectives()) and any(w in adj for w in low[1:]):
        for k in range(1, len(low)):
            if raw[k - 1][-1:] in ",;:.\"“”" or low[k] == "yang" or low[k] in lex.clause_markers or (
                    low[k - 1] in _ID_NOT_SUBJECT and low[k - 1] not in _ID_SUBJECT_PREPS):
                break
            if low[k] in adj and (low[k - 1] in _ID_PREDICATE_MARKERS or low[k - 1] not in _ID_SUBJECT_PREPS) and (
                    k >= 2 or low[k - 1] not in _ID_PREDICATE_MARKERS):
                # (s20id) "memastikan stok BBM dan elpiji aman", "menyatakan perjalanan kereta ... kembali normal",
                # "memastikan nilai tukar rupiah tetap stabil": an adjective (lexicon predicate_adjectives) is the
                # predicate of the subject before it
                return True
    coord = False
    for k in range(1, min(7, len(low)) if subject else 0):
        if k >= 5 and not coord:
            return False
        if low[k - 1] in ("dan", "serta") and 1 < k < 5 and not _ID_VERB_RE.fullmatch(low[k]) and raw[k - 2][
                -1:] not in ",;:.\"“”":
            coord = True  # (s17id: "meminta para dai dan pengurus masjid menjaga ...": a coordinated subject)
        elif raw[k - 1][-1:] in ",;:.\"“”" or low[k - 1] in _ID_NOT_SUBJECT:
            return False
        if _ID_VERB_RE.fullmatch(low[k]) and low[k] not in _ID_NOT_VERBS and low[0] not in _ID_NOT_SUBJECT:
            return True
        if k <= 3 and low[k] in _ID_TER_VERBS and low[0] not in _ID_NOT_SUBJECT:
            return True  # "menyatakan Mansur terbukti secara sah ...": a ter- verb after a short subject
    return False


#: (s20id) Indonesian aspect and negation words between a subject and its adjective predicate ("tetap stabil").
_ID_PREDICATE_MARKERS = frozenset({"tetap", "masih", "sudah", "telah", "kembali", "akan", "tidak", "tak", "belum",
                                   "sangat", "lebih", "makin", "semakin"})


@lru_cache(maxsize=1)
def _id_predicate_adjectives() -> frozenset[str]:
    """(s20id) Indonesian adjectives that make a clause's predicate with no verb (lexicon ``predicate_adjectives``)."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("predicate_adjectives", "id") if w.strip())


#: (s25idind) Indonesian verbs of telling whose object is the addressee, then "bahwa" ("memberitahu warga bahwa ...",
#: "mengingatkan masyarakat bahwa ...", "meyakinkan investor bahwa ...").
_ID_TELL_CUES = frozenset({"memberitahu", "memberitahukan", "memberi tahu", "mengingatkan", "memperingatkan",
                           "meyakinkan"})


def _id_phrase_then_that(body: str, ce: int, se: int, right_words: list[str], lex: _Lex, *, tell: bool = False) -> bool:
    """(s25idind) Indonesian: after a weak cue, an addressee or a circumstance then "bahwa" ("menyampaikan kepada
    wartawan bahwa ...", "menyatakan dalam keterangan tertulis bahwa ..."; with a verb of telling its bare object,
    "memberitahu warga bahwa ..."): "bahwa" within nine words, none of them a verb, a clause marker or behind a
    quotation mark or a sentence stop, so the words before it are no clause of their own."""
    if len(right_words) < 3 or not (right_words[0].lower() in _ID_CUE_PREPS or tell):
        return False
    for w in right_words[1:10]:
        lw = w.lower()
        if lw in ("bahwa", "bahwasanya"):
            k = body.find(" " + w, ce, se)
            return k > ce and not any(c in _QUOTE_CHARS or c in ";:!?" for c in body[ce:k])
        if lw in lex.verbs or lw in lex.clause_markers or lw in lex.that_words or (
                _ID_VERB_RE.fullmatch(lw) and lw not in _ID_NOT_VERBS):
            return False
    return False


#: (s18id) Indonesian cues of recording figures ("BPS mencatat jumlah penduduk miskin ... turun menjadi ..."): the
#: style gold reads an agency's statistics as no quote, so a long subject after them opens no reported clause.
_ID_RECORD_CUES = frozenset({"mencatat"})
#: (s18id) An Indonesian di- passive verb with its -kan/-i suffix or a common bare passive ("disebabkan", "dinilai",
#: "ditangkap"), after a demonstrative closing a subject ("sentakan tersebut disebabkan oleh ...").
_ID_PASSIVE_VERB_RE = re.compile(r"di(?!ri|nas|a$|ni$)[a-z]{3,}(?:kan|i)|di(?:tangkap|tahan|tutup|buka|bangun|jual|bayar|"
                                 r"periksa|tetapkan|gelar|pakai|minta|usut|bahas|tolak|terima)")
#: (s18id) Indonesian adverbs between a subject and its verb ("proses penggarapan album itu banyak dilakukan di ...").
_ID_PREDICATE_ADVERBS = frozenset({"banyak", "sering", "jarang", "selalu", "hanya", "justru", "memang", "terus",
                                   "kerap", "lebih", "benar-benar", "langsung"})


def _id_predicate_verb(w: str) -> bool:
    """(s18id) An Indonesian word that can be a clause's verb: a di- passive, a meN-/ber- verb or a ter- verb."""
    return bool(_ID_PASSIVE_VERB_RE.fullmatch(w) or _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS
                or w in _ID_TER_VERBS)


#: (s18id) Prepositions and conjunctions inside a long Indonesian subject ("stok vaksin untuk program imunisasi di 14
#: provinsi", "pelaku usaha di Jawa Tengah").
_ID_SUBJECT_PREPS = frozenset({"di", "untuk", "dari", "pada", "ke", "bagi", "dalam", "hingga", "dan", "serta", "atau",
                               "terhadap"})


def _id_long_subject_clause(right: str, lex: _Lex) -> bool:
    """(s18id) Indonesian: a subject of five to eleven words with a prepositional phrase inside, then its meN-/ber-
    verb ("memastikan stok vaksin campak untuk program imunisasi kejar di 14 provinsi mencukupi"): no punctuation, no
    relative "yang" and no other verb before the verb, and no preposition or conjunction right before it ("memastikan
    kesiapan personel untuk mengamankan ...": a purpose, not a predicate)."""
    raw = right.split(None, 13)[:13]
    low = [w.lower().strip(_TRAIL_PUNCT) for w in raw]
    if len(low) < 6 or low[0] in _ID_NOT_SUBJECT or low[0] in lex.pronouns:
        return False
    for k, w in enumerate(low):
        if k and raw[k - 1][-1:] in ",;:.!?\"“”()":
            return False
        if w == "yang" or w in lex.clause_markers or w in lex.verbs or w in lex.aux or (
                w in _ID_NOT_SUBJECT and w not in _ID_SUBJECT_PREPS):
            return False  # ("menuliskan nutrisi ubi jalar sebagai berikut": no subject goes on past "sebagai")
        if raw[k][:1].islower() and _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS:
            return 5 <= k <= 11 and low[k - 1] not in _ID_NOT_SUBJECT and low[k - 1] not in lex.aux
    return False


#: Indonesian ter- verbs (the accidental/stative passive, KBBI "ter-" sense 1-2) that make a finite clause
#: after a short subject ("menyatakan Mansur terbukti bersalah", "menyebut pejabat itu terlibat"); not
#: ter- prepositions, determiners or superlatives ("tersebut", "terhadap", "terkait", "termasuk", "terbesar").
_ID_TER_VERBS = frozenset({
    "terbukti", "terlibat", "tercatat", "terjadi", "terpaksa", "terancam", "terdampak", "terpilih", "terjerat",
    "tertangkap", "terdaftar", "terlambat", "terganggu", "terkena", "terkendala", "terindikasi", "terinfeksi",
    "terpapar", "tersangkut", "terseret", "tertarik", "terbiasa", "terhenti", "tertunda", "tersedia", "terlihat",
    "terdengar", "terhambat", "terjebak", "terluka", "terbakar", "terjual", "terserap", "terealisasi",
    "terpenuhi", "terjamin", "terlindungi", "terbantu", "terbentuk",
    "terlaksana", "terwujud", "tercapai", "teratasi", "terselesaikan", "terkendali"})  # (s17id: "berharap langkah itu
# benar-benar terlaksana")


#: Words that open a clause or phrase, not a subject noun phrase ("When he ... said", "What they said").
_NOT_SUBJECT_FIRST = frozenset({
    "when", "if", "because", "as", "what", "how", "why", "while", "whilst", "although", "though", "after", "before", "since",
    "until", "whether", "where", "to", "it", "there", "which", "who", "whom", "whose", "here", "not", "no", "nobody",
    "none", "such", "whatever", "whoever", "than", "like", "unlike", "despite", "even", "never", "once",
    "you", "i", "we", "he", "she", "they", "me", "him", "her", "us", "them", "neither",
    "either", "nor", "asked", "so", "then", "now", "yes", "well", "instead", "perhaps", "maybe", "thus", "hence"})


def _capitalised_elsewhere(body: str, word: str, pos: int) -> bool:
    """English (s13pred): ``word`` (capitalised, opening a sentence at ``pos``) also stands capitalised inside a
    sentence elsewhere in the body: a name ("Groening heaped praise ..., saying", "Kelly said ..."), not a
    participle or adverb opening an adverbial ("Speaking to reporters, ...", "Finally, ...")."""
    i = body.find(word)
    n = 0
    while i >= 0 and n < 20:
        if i != pos and i > 1 and body[i - 1] in " (" and body[i - 2] not in ".!?\n\"”" and (
                i + len(word) >= len(body) or not body[i + len(word)].isalnum()):
            return True
        i = body.find(word, i + 1)
        n += 1
    return False


#: English (s13pred): sentence adverbs that open a sentence right before its subject, with no comma ("Then he ...").
_BARE_LEAD_ADVERBS = frozenset({"then", "now", "later", "earlier", "thus", "instead"})
#: Subordinators stripped before a subject ("though 32 percent said ...").
_SUBJECT_SUBORD = frozenset({"though", "although", "while", "whilst", "whereas", "because", "since", "as"})
#: Object pronouns allowed inside a subject phrase ("most of them said").
_OBJECT_PRONOUNS = frozenset({"them", "us", "those"})
_PP_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
#: Leading conjunctions and adverbs skipped before a subject ("But Republican activists say ...").
_SUBJECT_SKIP = frozenset({"but", "and", "yet", "still", "meanwhile", "however", "moreover", "indeed", "also", "or"})
_SUBJECT_RELATIVE = frozenset({"that", "who", "which", "whose", "whom"})
_POSSESSIVE_DETS = frozenset({"his", "her", "their", "its", "our", "my"})
#: English bare nouns that stand alone as the subject of a cue ("although history says ...", "as experience shows").
_BARE_NOUN_SUBJECTS = frozenset({"history", "experience", "research", "evidence", "science", "tradition", "logic"})
#: English nouns ending in "-ly" that head a subject ("his family said", "a close ally said"), not adverbs.
_LY_NOUNS = frozenset({"family", "ally", "assembly", "rally", "supply", "monopoly"})
#: English verbs that take a "that" clause, before "that" in a phrase ending at a cue ("The poll found that most
#: voters said ...").
_COMPLEMENT_VERBS = frozenset({"showed", "shows", "show", "found", "finds", "find", "suggested", "suggests", "revealed",
                               "reveals", "indicated", "indicates", "noted", "notes", "estimated", "estimates",
                               "concluded", "concludes", "reported", "reports"})
#: English: the contracted auxiliaries written onto "who" ("who’ve said", "who's argued").
_WHO_CONTRACTIONS = frozenset({"’ve", "'ve", "’s", "'s", "’d", "'d"})
#: English: capitalised sentence openers before a subject pronoun ("While he said ...", "But she said"):
#: the pronoun is the speaker, not part of a name.
_CLAUSE_OPENERS_EN = _SUBJECT_SUBORD | _SUBJECT_SKIP | frozenset({"when", "if", "after", "before", "until", "once",
                                                                  "then", "now", "instead", "perhaps", "later"})
#: Cue forms that are as often plural nouns ("Republicans in caucus states", "Trump's remarks"): they
#: count after a subject found only by _subject_np when the subject's head is not in the speaker lexicons.
#: s17bbc5: after a noun-like cue, a comma, a subject (pronoun or name) and a speech verb opening its own content (a
#: colon, a quotation or a clause): "On the tax questions, he added:", "Addressing claims that ..., Mr X told BBC ...".
_NOUN_CUE_THEN_VERB_RE = re.compile(r"[^.;:!?\n]{0,100}?,[ \t]+(?:he|she|they|it|we|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)"
                                    r"{0,3})[ \t]+(?:said|says|added|told)[ \t]*(?::|[A-Z\"“]|[a-z]+[ \t]+(?:that|[a-z]+"
                                    r"[ \t]+[a-z]+))")
_NOUN_LIKE_CUES = frozenset({"states", "reports", "remarks", "promises", "charges", "questions", "claims", "notes",
                             "estimates", "pledges", "hopes", "answers", "replies", "tweets", "posts", "continues",
                             "observes", "agrees", "thinks", "believes", "maintains", "counters", "cautions",
                             "note", "claim", "report", "promise", "vow", "reply", "tweet", "pledge", "stress",
                             "caution", "respond", "recall", "comment", "comments", "demands", "calls"})
#: Plain cues a relative pronoun may stand right before ("voters who said ...").
_RELATIVE_CUES = frozenset({"said", "say", "says", "told", "tell", "tells", "warn", "warned", "warns", "argue", "argued",
                            "argues", "insist", "insisted", "insists"})
#: English: "that" within a few words after a cue ("suggested in a CBS interview that"), no comma between.
_THAT_SOON_RE = re.compile(r"(?:\s+[\w'’.-]+){0,5}?\s+that\s")
_SUBJECT_BREAK_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]—–\"“”]")
#: English: subordinators inside a lower-case run before a cue that open the cue's own clause.
#: English participles that stay after the noun in a subject phrase ("voters surveyed", "the officials involved").
_POSTNOMINAL_PARTICIPLES = frozenset({"surveyed", "polled", "questioned", "interviewed", "asked", "involved",
                                      "concerned", "affected", "contacted", "sampled", "consulted", "quoted"})
#: English words before "as" that make it no clause opener ("such as", "as well as", "twice as many").
_AS_COMPARATIVES = frozenset({"such", "well", "much", "many", "same", "so", "just", "twice", "known", "seen", "regarded"})
_SUBJECT_CLAUSE_OPENERS = frozenset({"after", "before", "when", "since", "while", "whilst", "because", "until", "once", "but",
                                     "whereas", "although", "though"})


#: s14bbc: words that make a capitalised word before a restrictive "who" no given name ("Those Democrats who").
_NOT_GIVEN_NAME = frozenset({"those", "these", "the", "many", "some", "all", "most", "other", "several", "both", "few"})


def _named_before_who(doc: _Doc, ws: list[tuple[str, int, int]]) -> bool:
    """English (s14bbc): a full name (two capitalised words) right before a restrictive "who" ('attorney general
    Eliot Spitzer who alleged that ...', 'Tory spokesman Julian Lewis who said ...'): one person, the speaker of
    the cue after "who" as after a comma; a group ('Those Democrats who claimed that ...') is not."""
    if len(ws) < 3:
        return False
    (w1, _s1, e1), (w2, s2, e2) = ws[-3], ws[-2]
    return w1[:1].isupper() and w2[:1].isupper() and e1 + 1 == s2 and e2 + 1 == ws[-1][1] and w1.isalpha() \
        and w1.lower() not in _NOT_GIVEN_NAME and w1.lower() not in _SUBJECT_SKIP and w1.lower() not in doc.lex.roles


def _subject_np(doc: _Doc, ss: int, cs: int) -> _Speaker:
    """English: a lower-case or mixed subject noun phrase that opens the sentence (or follows a comma)
    right before the cue: "Some of Clinton's longtime allies said", "But progressive organizations that
    have endorsed him say" (the relative clause is cut), "One in four voters in a poll said"."""
    body = doc.body
    lex = doc.lex
    lo = max(ss, cs - 200)
    words = _word_spans(body[lo:cs], lo)
    if not words or body[words[-1][2]:cs].strip():
        return _Speaker()
    while words and words[-1][0].lower() in lex.aux:
        words.pop()
    # (only auxiliaries and adverbs between the phrase and the cue: "superdelegates who have already said")
    if not words or not body[words[-1][2]:cs].replace(" ", "").replace("’", "").replace("'", "").isalpha() and \
            body[words[-1][2]:cs].strip():
        return _Speaker()
    cut = -1
    for m in _SUBJECT_BREAK_RE.finditer(body, lo, words[-1][2]):
        cut = m.start()
    ws = [w for w in words if w[1] > cut]
    if cut < 0 and lo > ss:
        return _Speaker()  # the phrase does not start within reach
    while ws and (ws[0][0].lower() in _SUBJECT_SKIP or ws[0][0].lower() in _SUBJECT_SUBORD and (len(ws) > 2 or len(
            ws) == 2 and (ws[1][0].lower() in _BARE_QUANTIFIERS or ws[1][0].lower() in _BARE_NOUN_SUBJECTS))):
        # ("while another says ...", "although history says ...")
        ws.pop(0)
    cw = body[cs:cs + 12].split(None, 1)[0].lower() if body[cs:cs + 12].strip() else ""
    rel_w = ws[-1][0].lower() if ws else ""
    if rel_w[:3] == "who" and rel_w[3:] in _WHO_CONTRACTIONS:
        rel_w = "who"  # "the superdelegates who’ve said"
    if cw in _NOUN_LIKE_CUES or (rel_w in _SUBJECT_RELATIVE and cw not in _RELATIVE_CUES and not (
            rel_w == "who" and cw in lex.verbs and (body[lo:ws[-1][1]].rstrip().endswith(",") or _named_before_who(
                doc, ws)) and _THAT_SOON_RE.match(body, cs + len(cw)))):
        return _Speaker()
    if rel_w in ("who", "that") and len(words) >= 2:
        # "the 30 percent of voters who said ...": the antecedent right before the relative pronoun
        rel = words[-1]
        sp = _phrase_back(doc, lo, rel[1])
        if sp.text and sp.kind in ("name", "role"):
            return sp
        k = body.rfind(",", lo, rel[1])
        if rel_w == "who" and k > lo and not body[k + 1:rel[1]].strip():
            # "a response from Donald Trump Jr., who suggested in an interview that ...": the name before the
            # comma of a non-restrictive relative clause
            sp = _phrase_back(doc, lo, k)
            if sp.text and sp.kind == "name":
                return sp
        prev = words[-2]
        w = prev[0].lower()
        if rel_w == "who" and len(words) >= 4 and words[-3][0] == "in" and (w.isdigit() or w in _numbers_en()) and (
                words[-4][0].isdigit() or words[-4][0].lower() in _numbers_en()):
            return _Speaker(body[words[-4][1]:prev[2]], "role", "", words[-4][1], prev[2], words[-4][1])  # "four in 10 who"
        if rel_w == "who" and (w.isdigit() and body[prev[2]:rel[1]].strip() == "%" or w in ("percent", "per")):
            # "including 18% who say they ...", "18 percent who said": the share of those polled
            pe = rel[1] - (len(body[prev[2]:rel[1]]) - len(body[prev[2]:rel[1]].rstrip()))
            ps = prev[1] if w != "per" and w != "percent" or len(words) < 3 else words[-3][1]
            return _Speaker(body[ps:pe], "role", "", ps, pe, ps)
        if body[prev[2]:rel[1]].strip() or not w.isalpha() or len(w) < 4 or not w.endswith("s") or \
                w in lex.aux or w in _NOT_SUBJECT_FIRST or w in _PREPOSITIONS["en"] or w in lex.verbs:
            return _Speaker()
        return _Speaker(prev[0], "role", "", prev[1], prev[2], prev[1])
    for i in range(1, len(ws)):
        if ws[i][0].lower() in _SUBJECT_RELATIVE:
            if ws[i][0].lower() == "that" and i + 1 < len(ws) and (
                    ws[i + 1][0].isdigit() or ws[i + 1][0].lower() in _DETS_EN or ws[i + 1][0].lower() in _QUANTIFIERS_EN
                    or ws[i - 1][0].lower() in _COMPLEMENT_VERBS):
                # "The survey showed that 54 percent of voters said": "that" opens the cue's clause, whose
                # subject follows it (not "Groups that backed him said")
                ws = ws[i + 1:]
                break
            ws = ws[:i]
            break
    for i in range(len(ws) - 2, 0, -1):
        if ws[i][0].lower() in _SUBJECT_CLAUSE_OPENERS or ws[i][0] == "as" and (
                ws[i + 1][0].lower() in _DETS_EN or ws[i - 1][0].lower() == "even") and \
                ws[i - 1][0].lower() not in _AS_COMPARATIVES and cw[-3:] != "ing" or ws[i][0] in (
                "despite", "amid") and cw in ("saying", "insisting", "claiming", "arguing"):
            # ("The news comes despite Mr Flight's allies saying ...": the gerund's subject after the preposition)
            # ("The revelation came as the Russian government said ...": "as" opens the cue's clause)
            # "Shares rose 3.8% on Tuesday after the UK firm announced ...": the subject of the clause
            ws = ws[i + 1:]
            break
    if not ws or len(ws) > 12:
        return _Speaker()
    if len(ws) >= 3 and ws[-1][0][-2:] == "ed" and ws[-1][0].islower() and ws[-2][0].isalpha() and ws[-2][0].lower() \
            not in lex.determiners and ws[-2][0].lower() not in ("those", "these", "people") and ws[-1][
                0] not in lex.verbs and ws[-1][0] not in _POSTNOMINAL_PARTICIPLES:
        # "An annual economic survey released on Friday said": a participle after the noun, its time stripped
        # (not "those polled", "2,000 people surveyed": the participle belongs to the phrase)
        ws = ws[:-1]
    first = ws[0][0].lower()
    # ("..., his family said", "their lawyers said": a possessive determiner opens the phrase)
    poss = first in _POSSESSIVE_DETS and len(ws) >= 2 and ws[1][0].islower() and ws[1][0].isalpha()
    if (first in _NOT_SUBJECT_FIRST and not poss) or first in _PREPOSITIONS["en"] or first in lex.clause_markers or \
            first.endswith(("ly", "ing")) and first not in _LY_NOUNS:
        return _Speaker()
    while len(ws) > 1 and (ws[-1][0].lower() in _CLAUSE_ADVERBS_EN or ws[-1][0] in ("later", "then", "now", "again")):
        ws = ws[:-1]  # "Carter however said", "A campaign aide later clarified": the adverb after the subject
    low = [w.lower() for w, _, _ in ws]
    if any(w in lex.clause_markers or w in lex.pronouns and not (poss and i == 0) or (
            w in lex.verbs or w in lex.after_cues) and w not in _NOUN_LIKE_CUES or i and w in _CLAUSE_ADVERBS_EN
           for i, w in enumerate(low)) or low[-1] in _OBJECT_PRONOUNS and len(low) < 3:
        return _Speaker()  # (not "Cruz also lacks support from ...": a clause adverb inside is no noun phrase)
    head = low[-1]
    # ("a source close to him", "people close to her": an object pronoun ends the phrase's complement)
    # ("those around him", "people around her": "around" and a pronoun)
    pp_pronoun = head in _PP_PRONOUNS and (len(low) >= 4 and low[-2] in ("to", "with", "for") or len(
        low) >= 3 and low[-2] == "around") and low[0] in (
        "a", "an", "the", "people", "sources", "aides", "allies", "friends", "those", "someone", "one")
    if not (head.isalpha() or head.isdigit() and len(ws) >= 3) or len(head) < 2 and not head.isdigit() or head.endswith(
            "ly") and head not in _LY_NOUNS or head in lex.determiners and not pp_pronoun or \
            head in _PREPOSITIONS["en"] or head in _NP_STOP or head in _NOT_SUBJECT_FIRST and not pp_pronoun or \
            (head in _numbers_en() and len(ws) < 3):
        return _Speaker()
    text = body[ws[0][1]:ws[-1][2]]
    kind = "role" if not _is_cap(ws[-1][0]) else (_speaker_kind([w for w, _, _ in ws], lex) or "role")
    return _Speaker(text, kind, "", ws[0][1], ws[-1][2], ws[0][1])


#: English adverbs that stand in a clause, never inside a subject noun phrase after its first word.
_CLAUSE_ADVERBS_EN = frozenset({"also", "still", "never", "already", "nevertheless", "meanwhile", "however"})


@lru_cache(maxsize=1)
def _weekdays_en() -> frozenset[str]:
    """English day names ("said Tuesday in Paris"), from the ``weekdays`` lexicon."""
    days = (line.split("=")[0].strip().lower() for line in load_list_or_empty("weekdays", "en"))
    return frozenset(d for d in days if d.endswith("day"))


@lru_cache(maxsize=1)
def _numbers_en() -> frozenset[str]:
    """English number words ("another eight said" is no subject), from the ``number_words`` lexicon."""
    return frozenset(line.split("=")[0].strip().lower() for line in load_list_or_empty("number_words", "en"))


_COORD = frozenset({"and", "but"})
#: English prepositions that open a leading adverbial besides ``_PREPOSITIONS`` ("Beyond that, ...").
_LEAD_PREPOSITIONS_EN = frozenset({"beyond", "alongside", "amid", "amidst", "among", "amongst", "despite", "without",
                                   "within", "across", "against", "behind", "besides", "beside", "following",
                                   "throughout", "toward", "towards", "upon", "unlike", "like", "since", "until"})
#: English words opening a sentence-initial adverbial that a comma closes before the main clause ("Despite X's
#: claims that ..., ...", "Amid warnings that ..., ...", "After his remark that ..., ...").
_FRONTED_PREPS_EN = (_LEAD_PREPOSITIONS_EN | _PREPOSITIONS["en"]) - {"of", "to", "by", "about", "for"}
#: A leading adverbial before the subject: "In April, ...", "Speaking Sunday on ABC, ...", "When ..., ...".
_LEAD_CLAUSE_RE = re.compile(r"[^,;:\"“”]{1,120},\s+")


#: English: "and"/"but" and adverbs or an auxiliary before a coordinated cue ("... and then tweeted that").
_COORD_ADVERBS_RE = re.compile(r"\s(?:and|but)(?:\s+(?:then|also|later|again|soon|even|has|have|had|[a-z]{3,}ly|"
                               r"(?:on\s+)?[A-Z][a-z]+day|last\s+(?:week|month|year|night)|this\s+(?:week|month)|"
                               r"yesterday|today)){1,2}\s+$")


#: English: a subordinator, a subject pronoun and its verb phrase, then "and"/"but" right before a cue ("though she
#: praised Garland and said").
_SUBORD_PRONOUN_COORD_RE = re.compile(r"\b(?:though|although|while|because|when|after|since|as)\s+(he|she|they|"
                                      # (s13mix: a name, "such as when Cruz knocked Rubio on trade and called him")
                                      r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+"
                                      r"[a-z]+\b[^,;:()\"“”]{0,120}?\s(?:and|but)\s+(?:also\s+|then\s+)?$")


def _plural_head(text: str) -> bool:
    """English: a noun phrase whose last word is a lower-case plural ("the disruptions")."""
    head = text.rsplit(None, 1)[-1]
    return head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _coordinated(doc: _Doc, ss: int, cs: int) -> bool:
    """English: the cue is the second verb of its subject ("..., but said", "... and also said", "... and on
    Monday announced")."""
    last = _last_word(doc.body, ss, cs, doc.lex.aux)
    if last is not None and last[0].lower() in _COORD and not doc.body[last[2]:cs].strip():
        return True
    if doc.body[cs - 2:cs] == ", " and doc.lex.language == "en" and (w := _FIRST_WORD_RE.match(doc.body, cs)) is not None \
            and w.group().endswith("ed") and _SERIES_AND_RE.match(doc.body, w.end()) is not None and any(
                c.group().lower() in doc.lex.verbs for c in _cue_tokens(doc, ss, cs - 2)):
        return True  # (s13mix: 'He suggested her cycle was behind her tone, called her "third-rate" and boycotted ...':
        # the middle one of a series of the subject's predicates, after a report of its own)
    window = doc.body[max(ss, cs - 40):cs]
    if doc.body[cs - 1:cs] != " " or (" and " not in window and " but " not in window) or \
            _COORD_ADVERBS_RE.search(window) is None:
        return False
    w = _FIRST_WORD_RE.match(doc.body, cs)
    return w is not None and w.group().lower() not in _NOUN_LIKE_CUES  # (not '... and have notes attached')


def _sentence_subject(doc: _Doc, ss: int, cs: int) -> _Speaker:
    """English: the name or pronoun that opens the sentence, after a leading adverbial ending in a comma."""
    body = doc.body
    lex = doc.lex
    if body[ss:ss + 1].isupper() or body[ss:ss + 1] == "(":
        # "WASHINGTON (AP) — Trump met donors ... and said", "(Reuters) - Obama met ... and said" (after "ORLANDO,
        # Fla."): the dateline opens no subject
        m_line = _DATELINE_RE.match(body, ss, cs) or _AGENCY_LEAD_RE.match(body, ss, cs)
        if m_line is not None:
            ss = m_line.end()
    start = ss
    m = _NEXT_WORD_RE.match(body, ss, cs)
    if m and m.group(1).lower() in ("but", "and", "yet") and (nx := _NEXT_WORD_RE.match(body, m.end(), cs)) is not None \
            and (nx.group(1).lower() in _PREPOSITIONS["en"] or nx.group(1).lower() in _weekdays_en()
                 or nx.group(1).lower() in _LEAD_PREPOSITIONS_EN):
        # (s13pred, s13subj) "But in an interview with the FT, Mr Blair refused ..., saying": the conjunction, then the
        # leading adverbial
        return _sentence_subject(doc, nx.start(1), cs)
    if m and m.group(1).lower() in _BARE_LEAD_ADVERBS and body[m.end():m.end() + 1] == " ":
        # (s13pred) "Then he attacked Bush, saying ...", "Now the minister ...": an adverb with no comma after it
        sp = _subject_at(doc, m.end(), cs)
        if sp.text:
            return sp
    if m and (m.group(1).lower() in _PREPOSITIONS["en"] or m.group(1).lower() in _NOT_SUBJECT_FIRST
              or m.group(1).endswith(("ing", "ly")) and not _capitalised_elsewhere(body, m.group(1), m.start(1)) and not (
                  # (s14subj: "Carly Fiorina threw her support behind Cruz, saying": a given name, not an adverb)
                  (gn := m.group(1).lower()) in _en_words("given_names_female") or gn in _en_words("given_names_male"))
              or m.group(1).lower() in _LEAD_PREPOSITIONS_EN
              or m.group(1).lower() in _weekdays_en()
              or (c := body.find(",", ss, cs)) > 0 and not _min_tokens(5, body, ss, c) and (
                  m.group(1).lower() in _TIME_ADVERBIAL_FIRST or body[c - 4:c].lower() == " ago"
                  or m.group(1) in ("The", "A") and body[ss:c].rsplit(None, 1)[-1].lower() in _TIME_PHRASE_ENDS) or (
                  # ("Last year, he ...", "Earlier this month, ...", "Eight years ago, he ...")
                  (m2 := _NEXT_WORD_RE.match(body, m.end(), cs)) and (
                      m2.group(1) in _TIME_ADVERBIAL_LAST or m2.group(1) in _DAY_PARTS)
                  and body[m2.end():m2.end() + 1] == ",") or (
                  # (s13pred) "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming ..."
                  m.group(1).lower() in ("the", "that", "a") and (m2b := _NEXT_WORD_RE.match(body, m.end(), cs)) is not None
                  and (m2b.group(1) == "day" or m2b.group(1) in _TIME_UNITS)
                  and (m3 := _NEXT_WORD_RE.match(body, m2b.end(), cs)) is not None
                  and m3.group(1) in ("before", "after", "earlier", "later") and body[m3.end():m3.end() + 1] == ",")) \
            and m.group(1).lower() not in lex.pronouns:
        # ("Later, X met voters and said ...", "Sunday morning, X ...": a time adverbial before the subject)
        # ("Beyond that, ...", "Alongside BLM calls, ...", "Hours later, ...": a leading adverbial)
        lead = _LEAD_CLAUSE_RE.match(body, ss, cs)
        if not lead:
            return _Speaker()
        start = lead.end()
        for _ in range(2):
            # "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders ...": further adverbial parts
            sp = _subject_at(doc, start, cs)
            if sp.text:
                return sp
            lead = _LEAD_CLAUSE_RE.match(body, start, cs)
            if not lead:
                return _Speaker()
            start = lead.end()
    return _subject_at(doc, start, cs)


#: English: a news agency's name in brackets and a dash opening a sentence ("(Reuters) - "), the rest of a
#: dateline whose place ends in a full stop ("ORLANDO, Fla. (Reuters) - ").
_AGENCY_LEAD_RE = re.compile(r"\([A-Z][A-Za-z .]{1,30}\)[ \t]+(?:[—–]|--?)[ \t]+")
_SKIP_WORD_RE = re.compile(r"\s*([A-Za-z]+),?\s+")
#: English quantifiers that stand alone as a subject ("Some seek ... and argue that ...").
_BARE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "others", "another"})
_DET_START_RE = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Bb]oth|[Oo]ther|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Aa]ll)\s")


def _subject_at(doc: _Doc, start: int, cs: int) -> _Speaker:
    """English: the name, pronoun or role noun phrase ("A spokesman for the mayor") at ``start``, followed
    by a verb (a lower-case word right after it)."""
    body = doc.body
    m = _SKIP_WORD_RE.match(body, start, cs)
    while m and m.group(1).lower() in _SUBJECT_SKIP:  # "But novelist Gore Vidal defended ..."
        start = m.end()
        m = _SKIP_WORD_RE.match(body, start, cs)
    sp = _right_speaker(doc, start, cs)
    quantified = _Speaker()
    if sp.kind == "name" and sp.text.split()[0].lower() in _QUANTIFIERS_EN | {"more", "less", "fewer"}:
        quantified, sp = sp, _Speaker()  # "One employee at ...", "Both parents ...": read as a noun phrase below
    cap_mod = False
    if sp.kind == "name" and sp.text[:2] in ("A ", "An") and sp.text.split(None, 1)[0] in ("A", "An") and (
            nw := _NEXT_WORD_RE.match(body, sp.end, cs)) is not None and nw.start(1) == sp.end + 1 and nw.group(
            1).islower() and nw.group(1) not in doc.lex.verbs and nw.group(1) not in doc.lex.aux and nw.group(1)[-2:] != "ed":
        sp, cap_mod = _Speaker(), True  # "A Labour party spokesman played down ...": a name modifies the role noun
    if not sp.text and _DET_START_RE.match(body, start, cs):
        # "The tobacco companies denied the charges, saying ...", "The 64-year-old has denied ...": a
        # determiner, one to three lower-case words, then a verb (an auxiliary, a cue or a past tense)
        lex = doc.lex
        ws = _word_spans(body[start:min(cs, start + 80)], start)[:6 if cap_mod else 5]
        for n in range(2, len(ws)):
            w = ws[n - 1][0]
            if not (w[:1].islower() or w[:1].isdigit() or (n > 2 or cap_mod) and _is_cap(w)) or w in lex.aux \
                    or w in lex.verbs \
                    or w in lex.pronouns \
                    or w in _ASIDE_WORDS or w in ("far", "just", "only", "even", "so", "very") \
                    or w in _PREPOSITIONS["en"] or w in _NP_STOP or body[ws[n - 2][2]:ws[n - 1][1]].strip():
                break
            v = ws[n][0]
            if body[ws[n - 1][2]:ws[n][1]].strip() == "" and (v in lex.aux or v in lex.verbs or len(v) > 4 and
                                                               v.endswith("ed") or v in _irregular_past_en()
                                                               and v not in ("began", "came")
                                                               or v in ("with", "at", "from") and (
                                                               n == 2 or w.islower() and len(w) > 3 and w.endswith("s"))):
                return _Speaker(body[ws[0][1]:ws[n - 1][2]], "role", "", ws[0][1], ws[n - 1][2], ws[0][1])
        if cap_mod and 3 <= len(ws) <= 5 and ws[-1][2] <= cs and not body[ws[-1][2]:cs].strip() and all(
                w.islower() and w.isalpha() and w not in lex.verbs and w not in lex.aux for w, _, _ in ws[2:]):
            # "An IAAF statement said": the phrase runs to the cue
            return _Speaker(body[ws[0][1]:ws[-1][2]], "role", "", ws[0][1], ws[-1][2], ws[0][1])
    if not sp.text and quantified.text and quantified.text.lower() not in _QUANTIFIERS_EN | {"more", "less", "fewer"}:
        sp = quantified  # "Many MPs with rural constituencies ..."
    if not sp.text and quantified.text.lower() in _BARE_QUANTIFIERS and doc.lex.language == "en":
        sp = _Speaker(quantified.text, "role", "", quantified.start, quantified.end, quantified.start)  # "Some seek ..."
    if not sp.text or sp.kind not in ("name", "pronoun", "role") or sp.kind == "name" and (sp.text.startswith(
            ("a ", "an ")) or sp.text.lower() in _QUANTIFIERS_EN | {"more", "less", "fewer"}) or sp.kind == "role" and not (
            body[start:start + 2].lower() in ("a ", "an") or body[start:start + 4].lower() == "the "
            or _is_cap(sp.text) or sp.text.split(None, 1)[0] in _QUANTIFIERS_EN):
        return _Speaker()
    # the subject must be followed by a verb, not by more of a noun phrase or an apposition we cannot read
    nxt = _NEXT_WORD_RE.match(body, sp.end, cs)
    aside = _NEXT_WORD_RE.match(body, sp.end + 1, cs) if body[sp.end:sp.end + 2] == ", " else None
    if aside and aside.group(1)[:1].islower() and sp.kind != "pronoun":
        # "House Democrats, looking for a way to ..., seized the floor ... and said": a lower-case aside
        # between two commas, then the verb
        close = body.find(",", aside.end(), min(cs, aside.end() + 120))
        seg = body[sp.end + 1:close] if close > 0 else ""
        if "." in seg:  # ("Brian Fallon, a spokesman for Mrs. Clinton, called ...": an abbreviation's full stop)
            seg = _ABBREV_DOT_RE.sub(" ", _INITIALISM_DOT_RE.sub(" ", seg))
        nxt = _NEXT_WORD_RE.match(body, close + 1, cs) if close > 0 and not any(
            c in seg for c in ".;:\"“”()") else None
        if nxt and nxt.start(1) == close + 2 and nxt.group(1).lower() not in _COORD and not _is_cap(
                nxt.group(1)) and nxt.group(1).lower() not in _PREPOSITIONS["en"]:
            return sp
        return _Speaker()
    if body[sp.end:sp.end + 2] == " (" and (
            m_party := _PARTY_PAREN_RE.match(body, sp.end, cs)):
        nxt = _NEXT_WORD_RE.match(body, m_party.end(), cs)  # "Sen. Bernie Sanders (I-Vt.) called him ..."
        if nxt and nxt.start(1) == m_party.end() + 1 and nxt.group(1).lower() not in _COORD and not _is_cap(nxt.group(1)):
            return sp
    if sp.kind != "pronoun" and body[sp.end:sp.end + 2] in (" -", " —", " –") and (
            m_dash := _SUBJECT_DASH_ASIDE_RE.match(body, sp.end, cs)) is not None:
        # s14subj: "Mrs. Clinton -- whose husband signed the act -- has derided ..., suggesting": an aside between
        # two dashes, then the verb
        nxt = _NEXT_WORD_RE.match(body, m_dash.end(), cs)
        if nxt and nxt.start(1) == m_dash.end() and nxt.group(1).islower() and nxt.group(1) not in _COORD and \
                nxt.group(1) not in _PREPOSITIONS["en"]:
            return sp
    if not nxt or nxt.start(1) != sp.end + 1 or nxt.group(1).lower() in _COORD or _is_cap(nxt.group(1)):
        return _Speaker()
    return sp


#: English: an aside between two dashes of the same kind right after a subject ("Mrs. Clinton -- whose husband
#: signed the act into law -- has derided ...").
_SUBJECT_DASH_ASIDE_RE = re.compile(r"[ \t](--?|[—–])[ \t][^\n—–]{3,160}?[ \t]\1[ \t]")


@lru_cache(maxsize=1)
def _coordinated_cues() -> frozenset[str]:
    """English weak cues that end reported content after a plain "and" ("... and urged ...")."""
    return frozenset(w.lower() for w in load_list_or_empty("coordinated_cues", "en"))


def _in_leading_clause(doc: _Doc, pos: int) -> bool:
    """English: ``pos`` is in a sentence's leading subordinate clause ("While X said ...", "Although X admitted ...")
    with no comma, semicolon or colon before it."""
    body = doc.body
    ss = doc.sentence(pos)[0]
    lead = _FIRST_WORD_RE.search(body, ss, pos)
    return lead is not None and lead.group().lower() in _LEAD_SUBORDINATORS and not body[ss:lead.start()].strip(
        _QUOTE_OR_BLANK) and not any(c in body[lead.end():pos] for c in ",;:")


def _cut_at_next_cue(doc: _Doc, cst: int, cen: int) -> int:
    """English: reported content ends where its speaker's next cue begins: "..., but said ...",
    "... and said ...", "..., telling reporters that ...", "..., adding that ..."."""
    body = doc.body
    lex = doc.lex
    for m in (lex.cue_ascii_re if body.isascii() else lex.cue_re).finditer(body, cst, cen):
        w = m.group().lower()
        if w not in lex.verbs and w not in lex.mixed_cues:
            continue
        before = body[cst:m.start()].rstrip()
        if ("”" in before or '"' in before or "''" in before) and (
                m3 := _QUOTE_THEN_SUBJECT_RE.search(before, max(0, len(before) - 40))) and _CLAUSE_OPENS_AFTER_CUE_RE.match(
                body, m.end(), cen):
            # ('the woman had "been friends for some time," he claimed they had never met': the cue takes its own
            # clause, so it does not attribute the quotation before it; the content ends with that quotation, s13bound)
            cut = cst + m3.start() + 1
            if _min_tokens(2, body, cst, cut):
                return _content_end(body, cst, cut)
            continue
        if ("”" in before or '"' in before or "''" in before) and (
                m3 := _QUOTE_THEN_SUBJECT_RE.search(before, max(0, len(before) - 40))):
            # '... was unserious - "Again, we need ...," she said - and ...': a quotation in the content with
            # its own cue ends the content before its opening mark
            if _in_leading_clause(doc, cst):
                continue  # (s13mix: 'While he said the plan was "a start," she warned ...': the quotation closes the
                # leading clause; the cue after it is the main clause's)
            op = max(before.rfind("“", 0, m3.start()), before.rfind('"', 0, m3.start()), before.rfind("''", 0, m3.start()))
            lw = _LAST_WORD_RE.search(before, max(0, op - 30), op) if op > 0 else None
            if op > 0 and _min_tokens(3, body, cst, cst + op) and not (lw and (
                    lw.group(1).lower() in _PREPOSITIONS["en"] or lw.group(1).lower() in lex.determiners)):
                # (not 'described her victory as "truly ...," she said': the quotation completes the clause)
                return _content_end(body, cst, cst + op)
            continue
        if (w in lex.participles or " " in w and w.split(None, 1)[0][-3:] == "ing" and w in lex.verbs) and \
                before.rstrip(_QUOTE_CHARS).endswith(","):  # (also `"...," adding`; s15pred: ", pointing out that")
            cut = cst + len(before) - 1
        elif w in _MAIN_SAY_CUES and (m_pr := _PRONOUN_BEFORE_SAY_RE.search(before, max(0, len(before) - 12))) \
                and _SAY_OPENS_RE.match(body, m.end()):
            # "said he had not seen it, and when asked whether ..., he said, ''I hope not.''": a pronoun and its own
            # "said" opening a quotation or a that-clause is a new report (s13bound)
            cut = cst + m_pr.start()
        elif w in lex.after_cues and (m_ts := _TRAILING_SOURCE_RE.search(before, max(0, len(before) - 50))) \
                and _CUE_CLOSES_RE.fullmatch(body, m.end(), cen) and _trailing_source(doc, m_ts.group(1)):
            # s15bound: '... promises to shake things up in Washington if elected, Stovall said.', '... a common
            # practice among ISIS supporters, experts said.': a source and its cue closing the sentence after a comma
            # attribute the clause before them to that source; the earlier cue's content ends at the comma
            cut = cst + m_ts.start()
        elif before.endswith(",") and w in ("said", "says") and (m_is := _INVERTED_SOURCE_RE.match(body, m.end())) \
                and _trailing_source(doc, m_is.group(1)):
            # s15bound: '... not to move on the shoal, said an American official who was briefed ...', '..., the race
            # will be tight, said Dan Gerstein, director of ...': an inverted "said" and its source after a comma
            # attribute the clause before them; the earlier cue's content ends at that comma (not "wrote a host of
            # new songs": other verbs after a comma are often the subject's next predicate)
            cut = cst + len(before) - 1
        elif before.endswith(" who") and w in ("said", "say", "says") and (
                k_who := before.rfind(", ", max(0, len(before) - 60))) > 0 and not _QMARK_RE.search(before, k_who):
            # "said the party was hostile, about the same number who said the party truly cares": a phrase after
            # the comma with its own relative "who said" is the writer's comparison, a new attribution (s13bound)
            cut = cst + k_who
        elif before.endswith(",") and w.endswith("ed") and " " not in w and _SERIES_AND_RE.match(body, m.end(), cen):
            # 'suggested her cycle was behind her tone, called her "third-rate" and boycotted ...': a series of the
            # subject's predicates, the next one a report of its own
            cut = cst + len(before) - 1
        elif w in lex.participles and (m2 := _PARTICIPLE_LINK_RE.search(before, max(0, len(before) - 20))):
            cut = cst + m2.start()  # "..., "kept us safe" on Twitter before claiming that ...": the next act
        elif before.endswith(",") and w in _MAIN_SAY_CUES and (_SAY_OPENS_RE.match(body, m.end()) or (
                _ASIDE_SUBJECT_EN_RE.fullmatch(body, doc.sentence(cst)[0], cst) and not _PASSIVE_SAID_AFTER_RE.match(body, m.end()))):
            # "Durbin, noting the size of Sanders's following, said, "...": the sentence's main cue after a
            # participial aside, with its own content (a comma, colon or "that" after it; or anything but
            # "to"/"by" when the aside follows the sentence's subject: "The mayor, noting the cost, said the ...")
            cut = cst + len(before) - 1
        else:
            low = before.lower()
            w0 = w.split(None, 1)[0]
            if low.endswith(" and") and " to " in low[-120:] and (w0 + "s" in lex.verbs or w0 + "s" + w[len(w0):] in
                                                                 lex.mixed_cues):
                continue  # ('calling on Clinton to "stop pimping black votes" and call on Emanuel to resign': a base
                # form after "and" goes on with the infinitive)
            # (", and", " but also", " and has": "... and has said that ...", the perfect of the speaker's next cue)
            m_conj = _COORD_BEFORE_CUE_RE.search(low, max(0, len(low) - 24)) if low.endswith(_COORD_TAILS) else None
            m_qs = _CLOSE_AND_SUBJECT_RE.search(before, max(0, len(before) - 50)) if (
                w in lex.mixed_cues or w in _MAIN_SAY_CUES) and ('"' in before or "”" in before or "''" in before) else None
            if m_conj is not None:
                cut = cst + m_conj.start()
            elif m_qs is not None:
                # s13mix: 'said he was "very encouraged" and Trump called it a "great meeting"': a quoted fragment
                # closes the content; "and" with a name or pronoun opens another speaker's (or act's) report
                cut = cst + m_qs.start() + 1
            else:
                m2 = _NEW_SUBJECT_RE.search(before, max(0, len(before) - 60)) or (
                    _BUT_SUBJECT_RE.search(before, max(0, len(before) - 60)) if " but " in before[-60:] else None) or (
                    _WHILE_SUBJECT_RE.search(before, max(0, len(before) - 60)) if " while " in before[-60:] else None) or (
                    _and_subject(before) if " and " in before[-50:] and w in ("say", "says", "said") else None)
                if not m2 or w not in lex.after_cues and w not in ("say", "says", "said", "insist", "insists",
                                                                      "argue", "argues", "warn", "warns") and not (
                        _PRONOUN_SUBJECT_RE.search(before, m2.start()) and (w in lex.mixed_cues or w.endswith("ed"))):
                    continue  # (", and he accused ...": a pronoun subject's cue is a new attribution)
                cut = cst + m2.start()  # "..., and supporters insist that ...": a new speaker's cue
            if not body[cut:cut + 1] == "," and w not in ("said", "says", "told", "tells", "added", "adds") \
                    and w not in lex.mixed_cues and not (w0.endswith("ed") and (w not in lex.weak or w in _coordinated_cues())
                                                         and body[m.end():m.end() + 1].isspace()) and not (
                    w in lex.participles and _CLAUSE_WORD_AFTER_RE.match(body, m.end())):
                # "... warned and urged": a plain "and" only before a plain cue or a past-tense one, or a participle
                # cue opening its own clause ('telling CNN that Trump is a "faker" and questioning how he ...')
                continue
        if _min_tokens(2, body, cst, cut):
            return _content_end(body, cst, cut)
    if body.find(", and ", cst, cen) >= 0:
        m = _AND_PREDICATE_RE.search(body, cst, cen)
        if m and _min_tokens(3, body, cst, m.start()) and not _QMARK_RE.search(body, cst, cen):
            return _content_end(body, cst, m.start())
    k = body.find(" but ", cst, cen)
    while k >= 0:
        m = _withheld_re().match(body, k, cen)
        k = body.find(" but ", k + 5, cen) if m is None else -1
        if m and _min_tokens(3, body, cst, m.start()) and not _QMARK_RE.search(body, m.start(), cen):
            # "said it was seeking acquisitions but refused to comment on specifics", "announced they would quit,
            # but did not give a reason": the speaker's refusal to say more is no part of what was said
            return _content_end(body, cst, m.start())
    if body.find(" he ", cst, cen) >= 0 or body.find(" she ", cst, cen) >= 0:
        m = _PRONOUN_ACT_RE.search(body, cst, cen)
        if m and _min_tokens(3, body, cst, m.start()) and not _QMARK_RE.search(body, m.start(), cen):
            # "stressed those worries on Sunday, and he raised them again at the talks", "she considered how
            # that would play, but she wanted to be realistic": the speaker's next act, told by the writer
            return _content_end(body, cst, m.start())
    return _gapped_relative_end(doc, cst, cen)


#: English: a comma and a short item of a series, then another comma or "and"/"or" (', Apple Inc. and ...').
_SERIES_ITEM_RE = re.compile(r",[ \t]+(?:[\w'’.&-]+[ \t]+){0,2}[\w'’.&-]+(?=,[ \t]|[ \t]+(?:and|or)[ \t])")
#: English: a quoted fragment closed with a comma, then a concessive or contrastive clause, a participle phrase
#: ('"a fringe candidate," making air quotes', '," according to Reuters'; not "including", a list) or a pronoun's clause.
_FRAGMENT_CONCESSIVE_RE = re.compile(r",[”\"][ \t]+(?:though|although|even though|while|whilst|whereas|(?!including)[a-z]{3,}ing|"
                                     r"(?:but|and)[ \t]+(?:he|she|they|we|I|it))[ \t]")
#: English: a cue followed by its own clause ("claimed they had never met", "said that ...").
_CLAUSE_OPENS_AFTER_CUE_RE = re.compile(r"[ \t]+(?:that|he|she|they|we|I|it|there)[ \t]")
#: English (s15bound): a comma and a short subject (one to four words) right before a cue ('..., Stovall said', '...,
#: the report said', '..., a Chinese official said').
_TRAILING_SOURCE_RE = re.compile(r",[ \t]+((?:[\w'’.&-]+[ \t]+){0,3}[\w'’.&-]+)$")
#: English (s15bound): what may follow a cue that closes its sentence: nothing, or a short time or place phrase ("said
#: on Monday", "said in a statement"), maybe then the source's next cue (", adding that ...").
_CUE_CLOSES_RE = re.compile(r"(?:[ \t]+(?:on|in|at|during|last|this|yesterday|today|earlier|later|recently)[ \t]"
                            r"[^,;:.!?\"“”()\n]{0,40})?(?:[\s.]*|,[ \t]+(?:adding|noting|saying)[ \t].*)", re.S)
#: English (s15bound): the start of an inverted cue's source: a capitalised name or a determiner and up to three words
#: more, up to a comma, "who", a preposition or the sentence end ("said Dan Gerstein, director of ...", "said an
#: American official who ...", "says the report.").
_INVERTED_SOURCE_RE = re.compile(r"[ \t]+((?:[A-Z][\w'’.-]*|the|a|an)(?:[ \t]+[\w'’.&-]+){0,3}?)(?=,|[ \t]+(?:who|of|at|"
                                 r"for|from|in|on)\b|[.!?]?\s*$)")
#: English (s15bound): first words of a short trailing source besides names and pronouns ("the report", "experts").
_TRAILING_SOURCE_FIRST = frozenset({"the", "a", "an", "one", "two", "three", "some", "many", "several", "other", "his",
                                    "her", "their", "its", "our", "experts", "officials", "analysts", "sources",
                                    "critics", "police", "witnesses", "aides", "advisers", "organizers", "organisers"})


def _trailing_source(doc: _Doc, text: str) -> bool:
    """English (s15bound): whether ``text`` (one to four words after a comma, right before a cue) reads as the cue's
    subject: a pronoun, a capitalised name, or a determiner or source noun first ('the report', 'experts'), and no
    auxiliary, relative, conjunction or preposition inside ('..., which he said' / '..., according to what he said' are
    not)."""
    words = text.split()
    first = words[0]
    lex = doc.lex
    if len(words) == 1 and first.lower() in lex.pronouns:
        return True
    if not (_is_cap(first) or first in _TRAILING_SOURCE_FIRST):
        return False
    return not any(w.lower() in lex.clause_markers or w.lower() in _PREPOSITIONS["en"]
                   or w.lower() in lex.relatives or w.lower() in lex.pronouns or w.lower() in ("and", "but", "or")
                   for w in words)


#: English: a comma and a subject pronoun right before a cue ('..., he said, "..."').
_PRONOUN_BEFORE_SAY_RE = re.compile(r",\s+(?:he|she|they|we|I)$")
#: English finite cues that open their own content right after them ("said, ...", "said: ...", "said that ...").
_MAIN_SAY_CUES = frozenset({"said", "says", "added", "adds", "argued", "argues", "insisted", "insists", "warned",
                            "warns", "declared", "declares", "wrote", "writes"})
_SAY_OPENS_RE = re.compile(r"[ \t]*[,:][ \t]*[\"“‘']|[ \t]+that\s")
#: English: a sentence opening with its subject and a participial aside up to the aside's cue ("The mayor, noting",
#: "Jones, a councillor, pointing out that").
_ASIDE_SUBJECT_EN_RE = re.compile(r"(?:[A-Z][\w'’.-]*|[Tt]he|[Aa]n?)(?:[ \t]+[\w'’.-]+){0,6}(?:,[ \t]+[\w'’.-]+(?:[ \t]+"
                                  r"[\w'’.-]+){0,6})?,[ \t]+[a-z]+ing(?:[ \t]+out)?(?:[ \t]+that)?[ \t]*")
#: English: "said to be", "said by" after "said": a passive participle, not a cue.
_PASSIVE_SAID_AFTER_RE = re.compile(r"[ \t]+(?:to|by)\b")


#: English: the word that opens a participle cue's own clause ("questioning how ...", "saying that ...").
_CLAUSE_WORD_AFTER_RE = re.compile(r"[ \t]+(?:that|how|whether|why|what|if)\s")


#: English: "and"/"but" (after a comma or a space), maybe "has/have/had" and "also", right before a cue.
_COORD_BEFORE_CUE_RE = re.compile(r"(?:,|\s)\s*(?:and|but)(?:\s+(?:has|have|had))?(?:\s+also)?$")
_COORD_TAILS = ("and", "but", "also", "has", "have", "had")  # (a cheap test before the regex)


#: English: a relative word and a short subject right before a cue ("what many analysts said", "who U.S.
#: officials say", "a rule change that he said"), whose content is the relative clause's predicate.
_GAPPED_RELATIVE_RE = re.compile(r"(?:^|\s)(?:who|which|that|what)\s+(?:[\w'’.-]+\s+){1,5}$")
_GAPPED_END_RE = re.compile(r",\s+but\s|\s(?:and|but)\s+(?:who|which|that|what)\s")


def _gapped_relative_end(doc: _Doc, cst: int, cen: int) -> int:
    """English: content that opens with a verb after "who/which/that/what X said" is the predicate of a
    relative clause ("displaying what many analysts said was a sign of ..., but ...", "hackers who U.S.
    officials say is tied to Russian intelligence and who claimed ..."): it ends with the clause, before
    ", but" or a coordinated relative."""
    body = doc.body
    first = _FIRST_WORD_RE.match(body, cst, cen)
    if first is None or first.group() not in doc.lex.clause_markers:
        return cen
    if not _GAPPED_RELATIVE_RE.search(body, max(0, cst - 60), cst):
        return cen
    m = _GAPPED_END_RE.search(body, first.end(), cen)
    if m is None or not _min_tokens(3, body, cst, m.start()) or _QMARK_RE.search(body, cst, m.start()):
        return cen
    return _content_end(body, cst, m.start())


#: English: a preposition linking the speaker's next act before a participle cue ("before claiming",
#: "after insisting", "while adding").
_PARTICIPLE_LINK_RE = re.compile(r",?\s+(?:before|then)$")
#: English: a short object then "and" and a past-tense verb: the last of a series of predicates ('called her
#: "third-rate" and boycotted ...').
_SERIES_AND_RE = re.compile(r"[^,;.!?]{1,60}?\sand\s+[a-z]+ed\b")


#: English: ", and" then a predicate with no subject of its own, in the past or perfect ("insists the GOP
#: must be a party of ideas, and has championed ...", "..., and railed about ..."): the speaker's next act.
_AND_PREDICATE_RE = re.compile(r",\s+and\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\b(?!\s+(?:by|to)\b)")


@lru_cache(maxsize=1)
def _withheld_re() -> re.Pattern[str]:
    """English: "but" and a refusal to say ("declined to comment", "did not say", "wouldn't elaborate"),
    with the verbs of lexicon ``withheld_speech``."""
    verbs = sorted((w.lower() for w in load_list_or_empty("withheld_speech", "en")), key=len, reverse=True)
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) or "(?!)"
    return re.compile(rf"\s+but\s+(?:declined|refused|(?:did|would|could|will)\s+not|(?:didn|wouldn|couldn|won)['’]t)"
                      rf"\s+(?:to\s+)?(?:{alt})\b")


#: English: ", and/but he (she)" then a lexical verb in the past or present (not an auxiliary: "but he would
#: not ..." is often still reported): the speaker's next act in the writer's words.
_PRONOUN_ACT_RE = re.compile(r",\s+(?:and|but)\s+(?:he|she)\s+(?!(?:is|are|was|were|will|would|can|could|should|must|"
                             r"may|might|has|have|had|does|did|do|also|still|not|never)\b)[a-z]+(?:ed|s)\b")

#: English: a comma (or dash) then a non-restrictive relative or concessive clause, or "according to", ends
#: reported content ('he supports the bill, which includes ...', '..., even though ...').
#: (also a comparative clause with an inverted auxiliary, '..., as have other prominent Democrats', and the writer's
#: result clause on a finding, '... would vote for him, putting him ahead of every rival')
_TAIL_CLAUSE_RE = re.compile(r"\s*(?:,|\s[—–]|\s--?)\s+(?:which|who|whose|whom|even though|although|though|according to|while|whilst|whereas|however|compared with|compared to|as (?:has|have|had|did|does|do)|(?:putting|placing|leaving) (?:him|her|them|it)\b)\b|\s(?:[—–]|--)\s+(?:a|an)\s(?:(?!--)[^—–])*$")

#: English: after the quoted fragment of a naming cue ('calling it "X"'), the speaker's next predicate
#: ('... and asserting', '... and showed', '... before claiming') or a dash ends the content.
_FRAGMENT_TAIL_RE = re.compile(r"\s+(?:(?:and|but|before|after|while|whilst|then)\s+(?:\w+ly\s+)?[a-z]+(?:ing|ed)\b|"
                               r"(?:on|in)\s+(?:Twitter|Facebook|answering|responding)\b|"
                               # 'calling her "the champion ..." and powerful AFT President Randi Weingarten hugging
                               # her': "and" with a named subject and its participle, an absolute clause of its own
                               r"and\s+(?:[a-z]+\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}[a-z]{3,}ing\b)|\s(?:[—–]|--)\s")

#: English: a time span before "after/before/since/until" opening a sentence ("Years after", "A few weeks after",
#: "Shortly before"): the clause it opens is subordinate, like one opening with the bare subordinator.
_TIME_LEADS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "moments", "shortly", "soon", "long",
                         "a", "two", "three", "four", "five", "six", "several", "just", "only"})
_TIME_LEAD_RE = re.compile(r"(?:(?:[Aa]\s+few|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Jj]ust|[Oo]nly)\s+)?"
                           r"(?:[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Hh]ours|[Mm]inutes|[Mm]oments|[Ss]hortly|[Ss]oon|"
                           r"[Ll]ong)\s+(?=(?:after|before|since|until)\s)")

def _clause_comma(body: str, s: int, e: int) -> int:
    """English: the first comma in ``body[s:e]`` that may close a clause: two words or more before it, neither
    opening nor closing an alternative name or a relative clause (', or ISIS,', ', who ...,'); -1 if none."""
    k = body.find(", ", s, e)
    while k > s:
        if _CLAUSE_COMMA_NOT_RE.match(body, k + 2, e) is not None:
            k = body.find(", ", k + 2, e)  # (the comma closing the aside is no clause end either)
        elif _min_tokens(2, body, s, k):
            return k
        if k > s:
            k = body.find(", ", k + 2, e)
    return -1


_CLAUSE_COMMA_NOT_RE = re.compile(r"(?:or|who|whose|which|whom|and)\b")
#: English: a subordinator opening a clause after a comma inside the sentence (", and while he said ...").
_MID_LEAD_SUBORDINATOR_RE = re.compile(r"[ \t]+(?:(?:and|but)[ \t]+)?(?:while|whilst|although|though|when|after|because|"
                                       r"since|if|once|whereas|before|until|unless)[ \t]+")
#: English (s13pred): time adverbs that open a sentence's leading time phrase ("Earlier this week", "Late on Monday").
_TIME_ADVERB_LEADS = frozenset({"earlier", "later", "late"})

_LEAD_SUBORDINATORS = frozenset({"while", "whilst", "although", "though", "as", "after", "when", "because", "since", "if",
                                 "once", "having", "whereas", "even", "before", "until", "unless"})

#: English: a closing apposition after a comma ('..., the latter a reference to ...').
_APPOS_TAIL_RE = re.compile(r",\s+(?:the latter|the former|a|an|the first|the latest|the second|the most|the highest|"
                            r"the lowest|the largest|up from|down from|double|triple|twice|more than|less than)\s[^,]*$")


def _short_aside(body: str, m: re.Match[str], end: int) -> bool:
    """English: a comma soon after the tail word of ``m`` that closes an aside ("..., while troublesome, was ...",
    "..., which his party opposed, as a defining issue"): the content goes on. After a contrast word, a phrase of
    three words or more before the comma ("..., while her main rival, Bernie Sanders, has soared") is a new
    clause's subject with its apposition, not an aside."""
    pos = m.end()
    comma = body.find(",", pos, min(pos + 20, end))
    if comma < 0:
        return False
    return not _CONTRAST_TAIL_RE.search(m.group()) or not _min_tokens(3, body, pos, comma)


_CONTRAST_TAIL_RE = re.compile(r"while|whilst|whereas|though")


def _dash_aside(body: str, m: re.Match[str], start: int, end: int) -> bool:
    """English: a tail clause opened by a dash that a second dash closes before ``end`` ("that the metadata
    -- which included research files -- had been altered"), or by the dash that closes an aside ("in prison -
    not at home - while they await trial"): inside the content, not its end."""
    dash = m.group().strip()[:1]
    if not dash or dash not in "—–-":
        return False
    if dash != "-":
        return body.find(f" {dash}", m.end(), end) > 0 or body.count(f" {dash}", start, m.start()) % 2 == 1
    return _SPACED_HYPHEN_RE.search(body, m.end(), end) is not None or len(
        _SPACED_HYPHEN_RE.findall(body, start, m.start())) % 2 == 1


_SPACED_HYPHEN_RE = re.compile(r"\s-|-\s")


#: English: the comma closing a non-restrictive relative clause, then the next word.
_RELATIVE_CLOSE_RE = re.compile(r"[^,.;:!?\"“”()]{3,160}?,\s+([a-z]+)\b")
#: s16bbc3: the same, its clause holding a list of names ("which combines the Paris, Amsterdam and Lisbon
#: exchanges, could"); the word after the comma and whether a negation "n't" follows it.
_RELATIVE_CLOSE_LIST_RE = re.compile(r"(?:[^,.;:!?\"“”()]|,(?=\s+[A-Z]))"
                                     r"{3,200}?,\s+([a-z]+?)(n['’]t)?\b")


def _relative_in_subject(doc: _Doc, a: int, m: re.Match[str], end: int) -> bool:
    """English: a non-restrictive relative clause inside the subject of the reported clause ("suggested
    that the New York billionaire, who is now the nominee, would unite Britain against him", "say that
    Gov. Padilla, who must make the final decision, has revealed nothing"): the subject so far holds no
    auxiliary and an auxiliary follows the comma closing the relative clause, so the clause goes on."""
    body = doc.body
    if "wh" not in m.group() or body[m.start():m.end()].lstrip()[:1] != ",":
        return False
    close = _RELATIVE_CLOSE_RE.match(body, m.end(), end)
    if close is None or close.group(1) not in doc.lex.clause_markers:
        if doc.lex.language != "en" or (close := _RELATIVE_CLOSE_LIST_RE.match(body, m.end(), end)) is None or not (
                close.group(1) in doc.lex.clause_markers or close.group(1) in _irregular_past_en()
                or close.group(2) and close.group(1) in ("would", "could", "did", "does", "was", "were", "has", "had",
                                                         "have", "should", "is", "are")):
            return False
        # (s16bbc3: 'said the services sector, which accounts for ..., grew 1.0%', 'thought all these athletes, who
        # have been running ..., wouldn't think', 'say that a deal with Euronext, which owns ... and combines the
        # Paris, Amsterdam and Lisbon stock exchanges, could ...': a past verb, a negated auxiliary, a list of names)
    k = body.rfind(" that ", a, m.start())
    words = TOKEN_RE.findall(body, k + 6 if k >= 0 else a, m.start())
    return 0 < len(words) <= 8 and not any(w.lower() in doc.lex.clause_markers for w in words)


def _fronted_clause(body: str, a: int, tail: int) -> bool:
    """English: content opening with a subordinate clause that the comma at ``tail`` closes ("said, when
    she was earning $24,000 a year, a boss invited her to lunch"): what follows is the main clause."""
    first = _FIRST_WORD_RE.match(body, a, tail)
    if first is not None and first.group().lower() == "even":
        # s14bound: "say that, even if they thought it was appropriate, a recount could not be done": "even"
        # before a subordinator ("even if", "even though", "even when") opens the same fronted clause
        first = _FIRST_WORD_RE.match(body, first.end() + 1, tail)
    return first is not None and first.group().lower() in _FRONTED_SUBORDINATORS and body.find(", ", a, tail) < 0 \
        and body.find("\u2014", a, tail) < 0


_FRONTED_SUBORDINATORS = frozenset({"when", "if", "because", "although", "though", "after", "before", "since",
                                    "once", "unless", "until", "whenever", "while", "whilst", "whereas"})


def _may_tail(body: str, a: int, b: int) -> bool:
    """Whether ``body[a:b]`` holds a comma or a dash, which every match of ``_TAIL_CLAUSE_RE`` and
    ``_APPOS_TAIL_RE`` does (a cheap test before those scans)."""
    return body.find(",", a, b) >= 0 or body.find("—", a, b) >= 0 or body.find("–", a, b) >= 0 or \
        body.find("--", a, b) >= 0 or body.find(" - ", a, b) >= 0

_SUBORDINATORS = frozenset({"when", "if", "because", "as", "while", "whilst", "although", "though", "after", "before", "since",
                           "until", "whether", "where", "once", "unless", "asked"})
_CLAUSE_END_RE = re.compile(r"[,;]")
#: Lower-case subject pronouns that open a reported clause after a prepositional phrase; with a contracted
#: auxiliary too, one token ("has said for weeks he’s the only one", "has said she’ll accept ...": a pronoun with
#: "'s", "'ll", "'re", "'m", "'ve", "'d" is always a subject and its verb, never a possessive; so is "there’s": "are
#: saying there’s no plan"; not "that’s", also a relative pronoun: "an undercurrent of thought that's wanted ...").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "I"}) | frozenset(
    p + a + c for p, cs in (("he", ("s", "ll", "d")), ("she", ("s", "ll", "d")), ("it", ("s", "ll", "d")),
                            ("they", ("re", "ll", "ve", "d")), ("we", ("re", "ll", "ve", "d")),
                            ("I", ("m", "ll", "ve", "d")), ("there", ("s",))) for c in cs for a in ("'", "’"))
#: Weak cues whose plain object is itself something said ("denied the reports", "acknowledged Sanders'
#: success", "predicted a landslide"), unlike "announced his candidacy" or "continued to rise".
_PROPOSITION_CUES = frozenset({"denied", "denies", "deny", "acknowledged", "acknowledges", "acknowledge", "admitted",
                               "admits", "admit", "conceded", "concedes", "concede", "predicted", "predicts", "predict",
                               "confirmed", "confirms", "confirm", "suggested", "suggests", "suggest", "claimed",
                               "claims", "claim"})
#: English weak cues whose noun-phrase object is the content ("announced a benefit concert", "Ford reported
#: higher profits", "recalled her opposition to ..."), as PARC and PolNeAR annotate it: the object opens
#: in lower case (not "..., reported AP") and ends at the first comma.
_NP_OBJECT_CUES = frozenset({"announced", "announces", "announce", "recalled", "recalls", "declared", "declares",
                             "reported"})
#: English weak cues whose object is content with the word that must follow it within five words.
#: s18instr: what precedes the participle "urging" when it reports a request: a comma (", urging voters to ..."), a
#: form of "be", "begin", "keep", "continue" or "and" ("have been urging the governor to", "began urging", "and urging
#: him to"), with one adverb between ("are also urging").
_URGING_LEFT_RE = re.compile(r"(?:,|\b(?:is|are|was|were|been|be|am|begun|began|begin|started|start|keep|keeps|kept|"
                             r"continued|continue|continues|and))(?:\s+(?:also|still|now|already|\w+ly))?\s+$")
_OBJECT_THEN = {"accused": "of", "accuses": "of", "urged": "to", "urges": "to", "accusing": "of", "urging": "to",
                **dict.fromkeys(("called on", "calls on", "calling on", "call on", "called upon", "calls upon",
                                 "calling upon", "call upon"), "to")}  # (s20en)
#: ", and/but" and a short subject right before a cue: a second speaker's attribution in the sentence.
#: (the comma may close a quoted fragment, '..., "A," and he said ...', and a spaced dash may stand for it,
#: '... - but she also insisted that ...')
_NEW_SUBJECT_RE = re.compile(r"(?:,[\"”’']*|\s(?:-{1,2}|[—–]))\s+(?:and|but|while|whilst|whereas|after|though|although)\s+"
                             r"(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+$")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[\s-]*$")
#: English: "but" with no comma before a new subject and its cue ("claimed responsibility for the attack but U.S.
#: officials have said ..."): a new attribution.
_BUT_SUBJECT_RE = re.compile(r"\sbut\s+(?:[\w'’.-]+\s+){0,4}?(?!(?:be|been|being|is|are|was|were|get|got)$)[\w'’.-]+$")
#: English: "and" with no comma before a new subject and its "say" ('... about the Latino community and one in four
#: said the party was hostile'): a new attribution (s13bound).
#: English: "while" with no comma before a new subject and its cue ('accused each other of playing politics while
#: doctors warned of ...'): a new attribution (s13bound; not 'while secretary that the State Department said').
_WHILE_SUBJECT_RE = re.compile(r"\swhile\s+(?:(?!(?:that|who|which|what)\s)[\w'’.-]+\s+){0,4}?(?!that$)[\w'’.-]+$")
#: (not 'and that said will', 'and House leaders that Sanders said', 'and if they said no': no relative word or
#: subordinator in the subject)
_AND_SUBJECT_RE = re.compile(r"\sand\s+(?:(?!(?:that|who|which|what|if|when|whether|because|as|since|once|unless|until|"
                             r"while)\s)[\w'’.-]+\s+){0,4}?(?!that$)[\w'’.-]+$")
_PRONOUN_WORDS = frozenset({"he", "she", "they", "we", "i", "it", "you"})


def _and_subject(before: str) -> re.Match[str] | None:
    """English: "and", then the subject of a new "say" ending ``before`` (not 'and set out the choices he': a
    pronoun after other words is a relative clause's subject)."""
    m = _AND_SUBJECT_RE.search(before, max(0, len(before) - 50))
    if m is None:
        return None
    words = m.group().split()[1:]
    return None if len(words) > 1 and words[-1].lower() in _PRONOUN_WORDS else m
#: English: a closing quotation mark, "and"/"but" and a name or subject pronoun right before a cue ('... "very
#: encouraged" and Trump called it ...', '... "a disgrace" but she said ...') (s13mix).
_CLOSE_AND_SUBJECT_RE = re.compile(r"(?:[\"”]|'')\s+(?:and|but)\s+(?:he|she|they|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
                                   r"(?:\s+(?:also|then|later|repeatedly|again))?$")
#: English: ", and"/", but" or a concessive subordinator and a subject pronoun right before a cue: the pronoun's own
#: report (s14mix: 'said he would go ahead, although he tweeted that he "rejects ..."': a new attribution).
_PRONOUN_SUBJECT_RE = re.compile(r"(?:,[\"”’']*|\s(?:-{1,2}|[—–]))\s+(?:and|but|although)\s+"
                                 r"(?:he|she|they|we|I)"
                                 r"(?:\s+(?:also|then|later|repeatedly|again))?$")
#: English: a closing quotation mark after a comma (or ! ?) and a short subject right before a cue: the cue
#: attributes that quotation ('- "Again, we need to get into the details," she said - and ...').
_QUOTE_THEN_SUBJECT_RE = re.compile(r"[,!?](?:[\"”]|'')\s+(?:he|she|they|I|we|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")
_NAMING_CUES = ("call", "dub", "label", "brand")
_PASSIVE_BEFORE = frozenset({"so", "was", "is", "were", "are", "be", "been", "being"})


def _naming_only(body: str, cs: int, ce: int, quote_start: int) -> bool:
    """'so called "X"', 'was called "X"', 'a class called "Perception"': naming, not attribution."""
    m = _LAST_WORD_RE.search(body, max(0, cs - 30), cs)
    prev = m.group(1) if m else ""
    word = body[cs:ce].lower()
    if prev.lower() in _PASSIVE_BEFORE and not (word.split(None, 1)[0].endswith("ing") and prev.lower() != "so"):
        return True  # ('is promising to "bomb ..."', 'are crying "fraud"', 'is calling on X to "..."': a progressive)
    return (word.startswith(_NAMING_CUES) and not body[ce:quote_start].strip(" \t\"“„«'‘`")
            and prev.isalpha() and prev.islower() and prev not in ("he", "she", "they", "it", "we", "i", "who"))


def _verb_after_cue(doc: _Doc, sp_start: int) -> bool:
    """English: the words after "X said," open with a verb form ("Last year, he said, was all about ..."),
    so the phrase before the speaker is the subject, not an adverbial."""
    k = doc.body.find(",", sp_start, sp_start + 80)
    m = _NEXT_WORD_RE.match(doc.body, k + 1) if k >= 0 else None
    return m is not None and m.group(1) in doc.lex.clause_markers


#: English: a time adverbial before an interrupting cue ("Six months ago, X said, ...", "Last week, ...",
#: "Earlier this year, ...", "Instead, ...").
_TIME_ADVERBIAL_LAST = frozenset({"ago", "later", "earlier", "before"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})  # ("Sunday morning, ...")
_TIME_ADVERBIAL_FIRST = frozenset({"last", "earlier", "later", "next", "instead", "still", "meanwhile", "previously",
                                   "yesterday", "today", "recently"})


#: English: words that leave a phrase open before an interrupting cue ("including, he said, ...", "and
#: also, Sanders said, ...", "the days when, he said, ..."): what the cue reports starts after it.
_OPEN_BEFORE_CUE = frozenset({"including", "also", "especially", "particularly", "namely", "like", "than", "when",
                              "where", "because", "whereas", "if", "unless"})


#: English: a short quoted fragment inside running words ('achieve a "substantial reduction" in immigration').
_INNER_FRAGMENT_RE = re.compile(r"(?<=[\w,] )[\"“][^\"“”\n]{1,60}[\"”](?=[\s,.])")


def _closed_fragments(head: str) -> bool:
    """English: the quotation marks of ``head`` all belong to short fragments inside running words, which open
    after a word and close before more words (no quotation opens the clause or runs on past it)."""
    if head.lstrip()[:1] in "\"“”„«»":
        return False
    rest = _INNER_FRAGMENT_RE.sub(" ", head)
    return not any(c in rest for c in "\"“”„«»") and rest.rstrip(" ,")[-1:].isalnum()


def _adverbial_head(doc: _Doc, ss: int, sp_start: int) -> bool:
    """English (s15mix): the sentence start before the speaker is adverbials only: a lead adverb, connective or
    prepositional phrase, then a subordinate clause or participle phrase right before the speaker ('Later, when I
    emailed Brafman to thank him,', 'But six minutes into the event, when another man was led away, raising both
    middle fingers to the crowd,'); no content there."""
    head = doc.body[ss:sp_start].rstrip()
    if not head.endswith(",") or head.count(",") < 2:
        return False
    segs = [TOKEN_RE.findall(x) for x in head[:-1].split(",")]
    first = [w.lower() for w in segs[0]]
    while first and first[0] in _SUBJECT_SKIP:
        first = first[1:]
    last = segs[-1]
    return bool(first and last) and (
        first[0] in _LEAD_ADVERBS or first[0] in _BARE_LEAD_ADVERBS or first[0] in _TIME_ADVERBIAL_FIRST
        or first[0] in _PREPOSITIONS["en"] or first[0] in _SUBORDINATORS or first[0] in _numbers_en()
        or first[0].isdigit()) and (last[0].lower() in _SUBORDINATORS or last[0].endswith("ing") and last[0].islower())


def _interrupted_left(doc: _Doc, ss: int, sp_start: int, *, whole_clause: bool = False) -> tuple[int, int] | None:
    """English: the first half of content a cue interrupts ("The golf industry, she said, is ...",
    "Many of the closures, he said, have involved ..."): the sentence start up to the comma right before
    the speaker, when it is a noun phrase or clause (not "In Washington," or "When asked,"). With
    ``whole_clause``, an empty span at ``sp_start`` for an adverbial with no verb ("In 2008, X said, ...")."""
    body = doc.body
    head = body[ss:sp_start].rstrip()
    if not head.endswith(",") or any(c in head for c in ";:") or any(c in head for c in "\"“”„«»") and not (
            whole_clause and doc.lex.language == "en" and _closed_fragments(head)):
        return None  # (but 'The plans would help achieve a "substantial reduction" in immigration, he said, ...')
    words = TOKEN_RE.findall(head)
    if len(words) >= 3 and (words[0].lower() == "asked" or words[1].lower() == "asked" and words[0].lower() in (
            "when", "if", "once", "after") or words[0].lower() in _SOURCE_PARTICIPLES):
        return None  # "When asked why ..., Tyler said, '...'", "Speaking on CNN, X said": an adverbial, no content
    if len(words) >= 2 and (words[0].lower() in _PREPOSITIONS["en"] or words[0].lower() in _SUBORDINATORS):
        # "As China builds ..., it is his job, he said, to ...": the clause after the last comma
        k = head.rfind(",", 0, len(head) - 1)
        if k < 0 and not whole_clause:
            return None
        if k < 0:
            if words[0].lower() not in _SUBORDINATORS and not any(
                    w.lower() in doc.lex.clause_markers or w in _SUBJECT_PRONOUNS for w in words) \
                    and not _verb_after_cue(doc, sp_start):
                return sp_start, sp_start  # "In 2008, Trump said, ...": an adverbial, no content (empty)
            # indirect content: "If British Columbia were to ..., Mr. Finlayson argued, they would ...": the whole clause
            cst = _content_start(body, ss, ss + len(head))
            return cst, _content_end(body, cst, ss + len(head))
        ss += k + 1
        head = head[k + 1:]
        words = TOKEN_RE.findall(head)
        if words and (words[0].lower() in _PREPOSITIONS["en"] or words[0].lower() in _SUBORDINATORS):
            return None
    if len(words) < 2 and not (
            # s13mix: a one-word subject when a verb goes on after the cue ("Loyalty, he noted, was ...", "Trump,
            # Sexton said, is ..."), not a connective ("Still, he said, the plan ...")
            whole_clause and len(words) == 1 and doc.lex.language == "en" and words[0][:1].isupper()
            and words[0].lower() not in _SUBJECT_SKIP and words[0].lower() not in _TIME_ADVERBIAL_FIRST
            and words[0].lower() not in _LEAD_ADVERBS and words[0].lower() not in (
                "nor", "neither", "so", "thus", "hence", "yes", "no", "well", "then",  # (connectives)
                "that", "this", "it", "these", "those", "there", "here")  # (a pro-form's antecedent is elsewhere)
            and _verb_after_cue(doc, sp_start)) \
            or words[0].lower() in _SUBJECT_SKIP and len(words) < 3:
        return None
    if len(words) <= 5 and (words[-1].lower() in _TIME_ADVERBIAL_LAST or words[0].lower() in _TIME_ADVERBIAL_FIRST) \
            and head.find(",", 0, len(head) - 1) < 0 and not any(
                w.lower() in doc.lex.clause_markers or w in _SUBJECT_PRONOUNS for w in words) \
            and not _verb_after_cue(doc, sp_start):
        return (sp_start, sp_start) if whole_clause else None  # "Six months ago, the senator said, ..."
    if words[-1].lower() in _OPEN_BEFORE_CUE:
        return None  # "directed at critics, including, he said, '...'": the cue interrupts the narrator's phrase
    if doc.lex.language == "en" and (" -" in head or "—" in head or "–" in head):
        dashes = list(_LEFT_DASH_RE.finditer(head))
        k_d = dashes[-1].end() if len(dashes) % 2 == 1 else -1
        if k_d > 0 and (m_c := _LEFT_CONJ_RE.match(head, k_d)) is not None:
            k_d = m_c.end()
        if k_d > 0 and _min_tokens(2, head, k_d):
            # "She compared them to the entrepreneurs of New Delhi - all of whom, she explained, needed ...", "...
            # that night - and the permit, his campaign said, ...": an unpaired dash opens the interrupted clause
            ss += k_d
            head = head[k_d:]
    cst = _content_start(body, ss, ss + len(head))
    return cst, _content_end(body, cst, ss + len(head))


#: English: a spaced dash (or a double hyphen) in the text before an interrupting cue.
_LEFT_DASH_RE = re.compile(r"\s(?:--?|[—–])\s")
_LEFT_CONJ_RE = re.compile(r"\s*(?:and|but)\s+")


#: English: a short adverbial of a cue (a preposition, no clause break) and the comma closing it, between the cue
#: and the second part of an interrupted quotation ('Clinton said at a Fox News town hall on Monday, "we ..."').
_CUE_PP_COMMA_RE = re.compile(r"([ \t]+(?:at|in|on|during|to)[ \t][^,.;:!?\"“”\n]{2,70}?,)[ \t]*(?:and[ \t]+)?[\"“]?$")
_CUE_PP_STARTS = frozenset({" at ", " in ", " on ", " dur", " to "})


def _quoted_lead(doc: _Doc, ss: int, k: int) -> tuple[int, int] | None:
    """English: the first half of a quotation its cue interrupts when it holds closed quoted words and the
    writer's own words ('"A big truck" plowed through security barriers, he said, and "everyone started
    running."', 'The plans would help achieve a "substantial reduction" in immigration, he said, "..."'): the
    sentence start up to the comma before the speaker, or None."""
    body = doc.body
    head = body[ss:k].rstrip()
    if not head.endswith(","):
        return None
    st = _content_start(body, ss, k)
    if body[ss:st].strip() in ("\"", "“"):
        close = body.find("”" if "“" in body[ss:st] else "\"", st, ss + len(head))
        if close < 0 or not _min_tokens(3, body, close, ss + len(head)) or any(
                c in body[close + 1:ss + len(head)] for c in "\"“”") or body[close + 1:close + 2] != " " or \
                not body[close + 2:close + 3].islower():
            return None  # (not '"A," he said': only the writer's words may follow the opening quotation)
        return ss, _content_end(body, ss, ss + len(head))
    left = _interrupted_left(doc, ss, k, whole_clause=True)
    return left if left and left[0] < left[1] else None


def _widen_interrupted(doc: _Doc, q: _Quote) -> bool:
    """English: '<content>, X said, "<quoted rest>"' is one mixed quote from the sentence start (True when
    widened)."""
    body = doc.body
    if q.cue_pos < 0 or q.cue_pos > q.start or not q.speaker or q.cue.lower() in doc.lex.participles:
        return False  # ('..., Nefzi said, adding, "B."': B is the participle's own attribution)
    ce = q.cue_pos + len(q.cue)
    between = body[ce:q.start]
    m_pp = None
    if not between.lstrip().startswith(",") or _min_tokens(4, between):
        # ('..., Clinton said at a Fox News town hall on Monday, "B"': the cue's adverbial, then the comma)
        m_pp = _CUE_PP_COMMA_RE.match(between) if between[:4] in _CUE_PP_STARTS else None
        if m_pp is None or _min_tokens(11, between):
            return False
    ss, _ = doc.sentence(q.cue_pos)
    k = body.find(q.speaker, ss, q.cue_pos)
    if k < 0:
        return False
    if k > ss and body[k - 1].isalnum() or _min_tokens(7, body, k, q.cue_pos):
        # (the speaker is its last mention before the cue, as a whole word: "he" may be inside "The" or "the")
        n = len(q.speaker)
        k = body.rfind(q.speaker, ss, q.cue_pos)
        while k > ss and (body[k - 1].isalnum() or body[k + n:k + n + 1].isalnum()):
            k = body.rfind(q.speaker, ss, k)
    if k < 0 or _min_tokens(7, body, k, q.cue_pos):
        return False
    if body[q.start:q.start + 1].isupper() and _adverbial_head(doc, ss, k):
        return False  # (s15mix) 'Later, when I emailed him, he replied, "This was ..."': adverbials, then a quoted sentence
    left = _interrupted_left(doc, ss, k)
    if not left and (one := _one_word_subject(doc, ss, k)) is not None and (any(
            w.lower() in doc.lex.aux or w.lower() in _COPULAS for w in TOKEN_RE.findall(body, ce, q.start))
            or _predicate_opens(doc, q.start)):
        left = one  # 'That, he said, was "a mistake."', 'Trump, she said, "is a bully."': a one-word subject
    if not left and k > ss and any(c in body[ss:q.cue_pos] for c in "\"“”"):
        left = _quoted_lead(doc, ss, k)
    if left:
        rst = _content_start(body, ce + m_pp.end(1) if m_pp else ce, q.start)
        if rst < q.start:  # '..., she said, is "doing much better"': the words before the mark belong too
            q.parts[0] = (rst, q.parts[0][1])
        q.parts = [left, *q.parts]
        q.start = left[0]
        q.kind = "mixed"
        return True
    return False


_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "or"})


def _widen_embedded(doc: _Doc, q: _Quote, direct: list[_Quote]) -> None:
    """English: a quotation closing a running clause before its cue ('No Child Left Behind was "very
    assertive," said X.', 'Belgium ... and "should have acted sooner," X said.') is one mixed quote from
    the clause start; earlier cue-less fragments in the clause are absorbed."""
    body = doc.body
    if q.kind != "direct" or not q.cue or q.cue_pos < q.end or len(q.parts) != 1:
        return
    k = q.end
    while k < q.cue_pos and body[k] in _QUOTE_OR_BLANK:
        k += 1
    if body[k:k + 1] != "," or _min_tokens(9, body, k, q.cue_pos):
        return  # '... "tired." Aides said ...': the quote ends its sentence
    ce = q.cue_pos + len(q.cue)
    goes_on = None
    if body[k + 1:q.cue_pos].strip(_QUOTE_OR_BLANK):
        cse = doc.sentence(q.cue_pos)[1]
        rest = body[ce:cse].strip()
        if rest[:1].isalpha() and q.cue.lower() in doc.lex.told_verbs and (
                (fw := _FIRST_WORD_RE.match(body, _skip_that(doc, ce, cse, told=True), cse)) is None
                or fw.group().lower() in _PREPOSITIONS["en"] or fw.group().lower() in _TIME_WORDS):
            rest = ""  # '... was "a mistake," Smith told reporters on Monday.': the addressee, no clause of its own
        if rest and _clause_follows(doc, ce, ce + len(rest) + 1) or rest[:1] == "," and not (
                TOKEN_RE.findall(rest[:30]) or [""])[0].endswith("ing"):
            # '"This Week," Carson admitted that ...': the cue's own content; but '... his "brash
            # personality," X wrote, Lazar is ...': the clause the cue interrupts goes on after it
            goes_on = _goes_on(doc, q, ce, cse, direct) if rest[:1] == "," else None
            if goes_on is None:
                return
    if q.end - q.start <= 60 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL
                                     for w in TOKEN_RE.findall(body, q.start, q.end)):
        return  # 'on ABC's "This Week,"': a title
    open_pos = q.start
    while open_pos > 0 and body[open_pos - 1] in _QUOTE_CHARS:
        open_pos -= 1
    ss, _ = doc.sentence(q.start)
    before = body[ss:open_pos].rstrip()
    if not before:
        # '"It's our bad luck," he said, that both men had ...', '"We are gravely concerned," the members
        # wrote in a letter, that the department "may have ..."': a that-clause goes on with the quotation
        that_on = goes_on if goes_on is not None and _THAT_RE.match(body, goes_on[0]) else _that_goes_on(
            doc, q, ce, direct)
        if that_on is not None:
            _go_on(q, that_on)
            q.kind = "mixed"
        return
    if not (before[-1].isalnum() or before[-1] == "," and _predicate_opens(doc, q.start)) or not _min_tokens(2, before):
        return  # ('The party, held every four years, "allows us to ...," X said': the subject's predicate)
    cst = _left_content_start(doc, ss, ss + len(before))
    lead = _FIRST_WORD_RE.search(body, cst, open_pos)
    comma = body.rfind(",", cst, open_pos)
    if lead and comma > 0 and (lead.group().lower() in _PREPOSITIONS["en"] or lead.group().lower() in _SUBORDINATORS
                               or lead.group().endswith("ing")):
        # 'Emerging from two hours alone with him, the prime minister "looked ashen," X said': the clause
        cst = _content_start(body, comma + 1, open_pos)
        if not _min_tokens(2, body, cst, open_pos):
            return
    if cst >= open_pos or any(_prev_token(body, cst, c.start()).lower() not in _DETERMINERS["en"]
                              and (c.group().lower() not in doc.lex.mixed_cues or c.group().lower() in doc.lex.verbs)
                              for c in _cue_tokens(doc, cst, open_pos)):
        return  # (a cue word after a determiner is a noun: 'placed a note card in a "burn bag," X reported')
    inner = [d for d in direct if d is not q and d.start >= cst and d.end <= open_pos]
    if any(d.cue or d.kind != "direct" for d in inner):
        return
    for d in inner:
        d.kind = "_absorbed"
    q.parts[0] = (cst, q.end)
    q.start = cst
    q.kind = "mixed"
    if goes_on is not None:
        _go_on(q, goes_on)


def _predicate_opens(doc: _Doc, pos: int) -> bool:
    """English: a quotation at ``pos`` opens with a lower-case auxiliary or finite verb ('"is seen as ...',
    '"allows us to ...', '"had me at ...'), the predicate of a subject written before it."""
    m = _FIRST_WORD_RE.match(doc.body, pos)
    if m is None or not m.group()[:1].islower():
        return False
    w = m.group()
    return w in doc.lex.clause_markers or len(w) > 3 and w.endswith(("s", "ed")) and not w.endswith("ss") \
        and w not in doc.lex.pronouns and w not in _FUNCTION_STOP


def _go_on(q: _Quote, rest: tuple[int, int, list[_Quote]]) -> None:
    """Append the rest ``(start, end, quotations inside it)`` of an interrupted clause to ``q``."""
    rst, ren, later = rest
    for d in later:
        d.kind = "_absorbed"
    q.parts.append((rst, ren))
    q.end = ren


#: English: words after '"...," X said,' that open no rest of the interrupted clause (an apposition or a
#: relative clause about the speaker, a new clause, an adverbial of the cue).
_NOT_GOING_ON = frozenset({"a", "an", "the", "who", "whose", "which", "whom", "where", "and", "but", "or", "so",
                           "according", "while", "whilst", "whereas", "although", "though", "because", "as", "when", "if",
                           "than", "then", "too", "also", "however", "last", "this", "next", "earlier", "later",
                           "today", "yesterday", "tonight", "now", "again", "both", "each", "one", "himself",
                           "herself", "themselves", "to", "via", "by", "through"})


_THAT_RE = re.compile(r"that\s")
#: English: the cue's adverbial (no quotation, no clause break) then ", that" ('wrote in a letter to the
#: president, that ...').
_THAT_AFTER_CUE_RE = re.compile(r"[^,;:.!?\"“”]{0,80}?,\s+(that)\s")


def _that_goes_on(doc: _Doc, q: _Quote, ce: int, direct: list[_Quote]) -> tuple[int, int, list[_Quote]] | None:
    """English: the that-clause after '"A," X wrote in a letter,' that goes on with the quotation, its span
    and the cue-less (or same-cue) quotations in it; ``None`` when there is none."""
    body = doc.body
    se = doc.sentence(ce)[1]
    m = _THAT_AFTER_CUE_RE.match(body, ce, se)
    if m is None or _cue_tokens(doc, ce, m.start(1)):
        return None
    rst = m.start(1)
    ren = _content_end(body, rst, se)
    if not _min_tokens(4, body, rst, ren) or _cue_tokens(doc, m.end(), ren):
        return None
    later = [d for d in direct if rst <= d.start < se]
    if any(d.cue and d.cue_pos != q.cue_pos or d.kind != "direct" for d in later):
        return None
    if later and later[-1].end > ren:
        ren = later[-1].end
    return rst, ren, later


def _goes_on(doc: _Doc, q: _Quote, ce: int, se: int, direct: list[_Quote]) -> tuple[int, int, list[_Quote]] | None:
    """English: the rest of a clause that the cue after a quoted fragment interrupts ('Those who ... on
    "certain fringes of the internet," he said, wind up in a debate that's "divorced from reality."', 'Despite
    his "brash personality," X wrote, Lazar is a devoted father'): its span and the cue-less (or same-cue)
    quotations in it, or ``None`` when what follows the comma is no such rest (an apposition, an adverbial,
    a new clause, another attribution)."""
    body = doc.body
    comma = body.find(",", ce, se)
    if comma < 0 or body[ce:comma].strip():
        return None
    rst = _content_start(body, comma + 1, se)
    ren = _content_end(body, rst, se)
    m = _NEXT_WORD_RE.match(body, comma + 1, se)
    if m is None or m.start(1) != rst or not _min_tokens(3, body, rst, ren):
        return None
    w = m.group(1)
    lw = w.lower()
    if lw in _NOT_GOING_ON or lw.endswith("ing") or lw in doc.lex.trailers or lw in doc.lex.verbs or \
            lw in _weekdays_en() or not w.islower() and (lw in doc.lex.pronouns or lw in doc.lex.determiners):
        return None
    if any(c in body[rst:ren] for c in ":;") or _cue_tokens(doc, rst, ren):
        return None  # '..., he said, Mr. X told ...': another attribution
    later = [d for d in direct if rst <= d.start < se]
    if any(d.cue and d.cue_pos != q.cue_pos or d.kind != "direct" for d in later) or not later and (
            lw in _PREPOSITIONS["en"] or lw in _SUBORDINATORS):
        return None  # '..., she said, in an interview.': an adverbial of the cue, unless a quotation goes on
    if later and later[-1].end > ren:
        ren = later[-1].end  # '... from "the direct body blow."': up to the closing mark
    return rst, ren, later


_POSSESSIVES = {"his": "his", "her": "her", "their": "their", "its": "its"}


def _nominal_adjective(doc: _Doc, word: str) -> bool:
    """English: a lower-case word that can stand between a possessive and its noun ("earlier", "controversial",
    "oft-repeated"): no function word, verb of saying, preposition or possessive."""
    lw = word.lower()
    return word.islower() and len(lw) > 2 and lw not in _POSSESSIVES and lw not in _FUNCTION_STOP and \
        lw not in doc.lex.verbs and lw not in doc.lex.determiners and lw not in doc.lex.pronouns and \
        lw not in _PREPOSITIONS["en"] and (not lw.endswith("s") or lw.endswith(("ss", "ous")))  # ("its makers claim")


def _nominal_quote(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """English: "her remark that CONTENT", "Trump's claim that CONTENT", "the suggestion by X that CONTENT"."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    words = _word_spans(body[ce:min(se, ce + 120)], ce)
    k = next((i for i, w in enumerate(words[:8]) if w[0].lower() == "that"), -1)
    to_form = light = False
    if k < 0 and doc.lex.language == "en" and body[ce:ce + 1] == " " and not cm.group().endswith("s") and \
            cm.group().lower() in _infinitive_cues() and (m_to := _INFINITIVE_RE.match(body, ce, se)) is not None:
        # (s13pred) "his promise to build a wall", "Labour's pledge to cut taxes": a commissive noun (singular:
        # "their promises to fight global warming" are rather a topic) and the to-infinitive it reports
        k = next((i for i, w in enumerate(words) if w[1] == m_to.start(1)), -1)
        to_form = k >= 0
    if k < 0 or any(c in body[ce:words[k][1]] for c in ",;:\"“”") or any(
            w[0].lower() in _COPULAS for w in words[:max(k - 1, 0)]):
        return None  # ('remarks was his stern warning that ...': a subject noun, "warning" the cue; not 'claim was that')
    sp = _Speaker()
    if k >= 2 and words[0][0].lower() == "by":
        sp = _right_speaker(doc, words[1][1], words[k][1])
    if not sp.text:
        lo = max(ss, cs - 40)
        cs_adj = cs
        for _ in range(2):
            # "the campaign's earlier claim that", "Trump's controversial pledge to": adjectives before the noun
            m = _LAST_WORD_RE.search(body, lo, cs_adj)
            if m is None or body[m.end(1):cs_adj] != " " or body[m.start(1) - 1:m.start(1)] != " " or \
                    not _nominal_adjective(doc, m.group(1)):
                break
            cs_adj = m.start(1)
        m = _LAST_WORD_RE.search(body, lo, cs_adj)
        if not m:
            return None
        prev = m.group(1)
        head = body[lo:cs_adj].rstrip()
        if prev.lower() in _POSSESSIVES and body[m.end(1):cs_adj].strip() == "":
            sp = _Speaker(prev, "pronoun", "", m.start(1), m.end(1))
        elif head.endswith(("'s", "’s")):
            sp = _phrase_back(doc, max(ss, cs - 160), max(ss, cs - 40) + len(head) - 2)
            if sp.kind not in ("name", "role"):
                return None
        elif doc.lex.language == "en" and (m_lv := _LIGHT_VERB_RE.search(body, lo, cs_adj)) is not None:
            # "gave an assurance that", "issued a warning that", "made the argument that": the light verb's subject
            if any(w[0].lower() in doc.lex.relatives for w in words[:k]):
                return None  # ("issued the warning following analysis which shows that ...": another verb's "that")
            sp = _left_speaker(doc, ss, m_lv.start(1))
            light = True  # (the light verb's subject speaks: no object position to check)
            if not sp.text:
                sp = _subject_np(doc, ss, m_lv.start(1))
            if sp.kind not in ("name", "role", "pronoun") or sp.text.endswith(("'s", "’s")):
                return None
        else:
            return None
    if not sp.text:
        return None
    if to_form:
        # the noun phrase must be an object ("with his promise to", "bolster Rubio's pledge to"), not the subject
        # of the sentence ("His pledge to cut taxes won votes": the content would run into the main verb)
        np_start = sp.phrase_start if sp.phrase_start >= 0 else sp.start
        before = body[ss:min(np_start, cs)].rstrip()
        if not light and (not before or not before[-1].isalpha()) or sp.kind not in ("name", "role", "pronoun"):
            return None
        cst = words[k][1]
        cen = _content_end(body, cst, se)
        m_cb = _COMMA_BREAK_RE.search(body, cst, cen)
        if m_cb is not None:
            # ('including his promise to be "neutral," have angered many': also a comma inside the closing mark)
            cen = _content_end(body, cst, m_cb.end() - 1 if body[m_cb.start() + 1:m_cb.start() + 2] in "\"”’'" else
                               m_cb.start())
        if not _min_tokens(3, body, cst, cen):
            return None
        q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
        _set_speaker(q, sp)
        return q
    cst = words[k][2]
    if k + 1 >= len(words):
        return None
    cst = _content_start(body, cst, se)
    q = _Quote(cst, _content_end(body, cst, se), "indirect", [], body[cs:words[k][2]], cs)
    if (cut := _fronted_phrase_end(doc, ss, cs, q)) > 0:
        q.end = cut  # 'Despite Trump's claims that X, firms put him lower': the main clause is no part of it
    q.parts = [(q.start, q.end)]
    _set_speaker(q, sp)
    return q


#: English (s13pred): "made the case (to X) that", "is making a strong case that", "tried to make the case that": an
#: argument put to others, whose that-clause is what was argued.
_MADE_CASE_RE = re.compile(r"(?<![\w'’-])(made|makes|making|make)[ \t]+(?:the|a|an|his|her|their|its|our)[ \t]+"
                           r"(?:[a-z-]+[ \t]+){0,2}?case[ \t]+(?:(?:to|for)[ \t]+[^,;:.!?\"“”\n]{1,60}?[ \t]+)?that[ \t]+|"
                           # "loyalists were adamant that ...", "She was emphatic that ...": an insistence said
                           r"(?<![\w'’-])(is|was|were|are|been|remained|remains|remain)[ \t]+(?:[a-z]+ly[ \t]+)?"
                           r"(?:adamant|emphatic|insistent)[ \t]+that[ \t]+")


def _made_case_quote(doc: _Doc, m: re.Match[str]) -> _Quote | None:
    """English (s13pred): the that-clause after "made the case" or "was adamant" as an indirect quote of the subject
    of the verb ("They have made the case that she is too close to Wall Street banks", "loyalists were adamant that
    he has no plans to run"; after "to": "tried to make the case that ...", the sentence's subject)."""
    body = doc.body
    ss, se = doc.sentence(m.start())
    vs = m.start(1) if m.group(1) else m.start(2)
    sp = _left_speaker(doc, ss, vs)
    if not sp.text and (body[max(ss, vs - 3):vs] == "to " or not m.group(1)):
        sp = _sentence_subject(doc, ss, vs)
    if not sp.text and not m.group(1):
        sp = _subject_np(doc, ss, vs)  # ("But loyalists were adamant that ...")
    if sp.kind not in ("name", "role", "pronoun") or sp.text.endswith(("'s", "’s")):
        return None
    cst = _content_start(body, m.end(), se)
    cen = _cut_at_next_cue(doc, cst, _content_end(body, cst, se))
    if not _min_tokens(3, body, cst, cen):
        return None
    cue_end = body.index("case", vs) + 4 if m.group(1) else m.end()
    q = _Quote(cst, cen, "indirect", [(cst, cen)], body[vs:cue_end].rstrip(), vs)
    _set_speaker(q, sp)
    return q


#: English (s13pred): "quoted X as " right before "saying" ("The Associated Press quoted Wassim Bouhlel, a Nice native,
#: as saying ...", "Reuters cited an official as saying ...").
_QUOTED_AS_RE = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)[ \t]+([^;:!?\"“”]{2,120}?),?[ \t]+as[ \t]+$")


#: s15bbc: an outlet quoting someone right after a quotation or its content ('"...," Reuters quoted one trader as
#: saying.', '..., the Financial Times newspaper quoted an insider in the talks as saying.'): the outlet (up to six
#: words), "quoted"/"quotes", the person quoted (group 1), then "as saying" (group 2: "saying") closing the sentence.
_QUOTED_AFTER_RE = re.compile(r"(?:[\w'’&.-]+[ \t]+){1,6}?(?:quoted|quotes)[ \t]+([^;:!?\"“”]{2,100}?),?[ \t]+as[ \t]+"
                              r"(saying|stating)(?=[ \t]*(?:[.!?]|$|by[ \t]|in[ \t]|on[ \t]))")


def _quoted_object(doc: _Doc, lo: int, hi: int) -> _Speaker:
    """English (s15bbc): the person quoted in ``body[lo:hi]``, the object of "quoted ... as saying" (a name, role
    or pronoun phrase opening there), or an empty speaker."""
    for find in (_left_speaker, _subject_np):
        sp = find(doc, lo, hi)
        if sp.kind in ("name", "role", "pronoun") and (sp.phrase_start if sp.phrase_start >= 0 else sp.start) == lo:
            return sp  # ('one trader': the whole phrase, not its head noun)
    return _Speaker()


def _clause_after_cue(doc: _Doc, ce: int, se: int) -> tuple[int, int] | None:
    """English: the reported clause right after a passive or object cue (``that`` skipped) up to the sentence end,
    or None where a quotation or a colon follows (those are read with the direct quotes)."""
    body = doc.body
    cst = _content_start(body, _skip_that(doc, ce, se), se)
    if cst >= se or body[cst:cst + 1] in _QUOTE_CHARS or body[ce:cst].strip()[:1] == ":":
        return None
    return cst, _content_end(body, cst, se)


def _quoted_as_quote(doc: _Doc, m_qa: re.Match[str], cs: int, ce: int, se: int) -> _Quote | None:
    """English (s13pred): "The Post quoted another unnamed GOP official as saying that CONTENT": the person quoted,
    the object of "quoted"/"cited", is the speaker (the outlet only relays the words); a quotation after "saying"
    is read with the direct quotes."""
    body = doc.body
    sp = _quoted_object(doc, m_qa.start(1), m_qa.end(1))
    if not sp.text:
        return None
    if not body[ce:se].strip(" \t.!?"):
        # s15bbc: "CONTENT, Reuters quoted sources as saying.": the clause before the outlet, after its comma
        ss = doc.sentence(cs)[0]
        comma = body.rfind(", ", ss, m_qa.start())
        if comma < 0 or not _min_tokens(3, body, ss, comma) or _min_tokens(7, body, comma, m_qa.start()):
            return None
        cst, cen = _left_content_start(doc, ss, comma), _content_end(body, ss, comma)
        if any(c in body[cst:cen] for c in _QUOTE_CHARS):
            return None  # (a quotation there is a direct quote of its own)
    else:
        after = _clause_after_cue(doc, ce, se)
        if after is None:
            return None
        cst, cen = after
    if not _min_tokens(3, body, cst, cen):
        return None
    q = _Quote(cst, cen, "indirect", [(cst, cen)], body[cs:ce], cs)
    _set_speaker(q, sp)
    return q


#: English (s13pred): the agent of "was quoted as saying" after it, up to the end of the sentence ("... as saying by the
#: Interfax news agency.").
_QUOTED_BY_RE = re.compile(r"[ \t]+by[ \t]+[^,;:.!?\"“”]{2,80}?(?=[ \t]*[.!?]?[ \t]*$)")


def _passive_quoted_quote(doc: _Doc, cm: re.Match[str], ss: int, se: int) -> _Quote | None:
    """English (s13pred): "X was quoted as saying (that) CONTENT" and "CONTENT, X was quoted as saying (by Y)." (the
    passive cues of lexicon ``passive_cues``): X, the subject before the passive, is the speaker; the content follows
    the cue, or comes before it when the cue (and its agent) close the sentence. A quotation after or before the
    cue is read with the direct quotes."""
    body = doc.body
    cs, ce = cm.start(), cm.end()
    sp = _left_speaker(doc, ss, cs)
    if not sp.text:
        sp = _subject_np(doc, ss, cs)
    if sp.kind not in ("name", "role", "pronoun") or sp.text.endswith(("'s", "’s")):
        return None
    before = body[ss:sp.phrase_start if sp.phrase_start >= 0 else sp.start].rstrip()
    m_by = _QUOTED_BY_RE.match(body, ce, se)
    if not body[m_by.end() if m_by else ce:se].strip(" \t.!?"):
        # "CONTENT, the minister was quoted as saying (by Interfax).": the words before the subject
        if not before.endswith(",") or before[-2:-1] in _QUOTE_CHARS or not _min_tokens(3, before):
            return None
        cst, cen = _left_content_start(doc, ss, ss + len(before)), _content_end(body, ss, ss + len(before))
        if any(c in body[cst:cen] for c in '"“”«»') or "''" in body[cst:cen]:
            return None  # (a quotation there is a direct quote of its own)
    else:
        after = _clause_after_cue(doc, ce, se)
        if after is None:
            return None
        cst, cen = after
    if not _min_tokens(3, body, cst, cen):
        return None
    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
    _set_speaker(q, sp)
    return q


#: English cues with a particle that opens their object ("hinted at a giveaway", "responded to critics").
_PARTICLE_AFTER = {"hinted": "at", "responded": "to", "replied": "to", "alluded": "to", "commented": "on",
                   "reported": "on", "agreed": "to", "objected": "to", "admitted": "to", "confessed": "to"}


#: English: a light verb and a determiner before a noun of saying ("gave an assurance that", "made the argument
#: that", "issued a stark warning that": the verb's subject is the speaker).
_LIGHT_VERB_RE = re.compile(r"(?<![\w'’-])(made|makes|making|gave|gives|giving|issued|issues|issuing|offered|offers|"
                            r"delivered|delivers|repeated|repeats|reiterated|reiterates)[ \t]+(?:the|a|an|his|her|their|its)"
                            r"[ \t]+$")


def _fronted_phrase_end(doc: _Doc, ss: int, cs: int, q: _Quote) -> int:
    """English: a nominal cue inside a sentence-opening prepositional phrase ('Despite Mr. Trump's claims that
    his net worth exceeds $10 billion, all of the firms put him far lower', 'Amid warnings that ...,
    residents fled'): the phrase, and its content, end at the first comma, before the main clause. Returns
    the new end, or -1."""
    body = doc.body
    m_cb = _COMMA_BREAK_RE.search(body, q.start, q.end)  # (s13mix: also '... is "well over $10 billion," all ...')
    comma = m_cb.start() if m_cb is not None else -1
    if comma < 0 or body.find(",", ss, cs) >= 0:
        return -1
    first = _FIRST_WORD_RE.match(body, ss, cs)
    if first is None or first.group().lower() not in _FRONTED_PREPS_EN:
        return -1
    return _content_end(body, q.start, comma) if _min_tokens(2, body, q.start, comma) else -1


#: English: an apposition or relative clause after a speaker that follows its cue ("..., said Robert Egge,
#: executive director of ...", "..., said Mark Kantrowitz, a student loan expert who has ...").
_APPOS_AFTER_RE = re.compile(r",?\s+(?:who|whose)\s|,\s+([^\W\d_][\w'’-]*)")


#: English (s20bbc): a conjunction after an inverted cue's speaker that goes on with its content ("CLAUSE, said Mr
#: Thiemann, because ...", "..., said Mr Stanley, but ..."); after "with" and "as" comes the writer's framing ("..., said
#: the MDA, with forecasts suggesting ...", "..., as the country waits ..."), which ends the content before the cue.
_INVERTED_CONJ_GOES_ON = frozenset({"because", "but", "and", "so", "although", "though", "since", "whereas", "while",
                                    "whilst", "yet", "or", "unless", "if", "with", "as"})
_INVERTED_CONJ_FRAMING = frozenset({"with", "as"})
#: English (s20bbc): verbs of thinking that open a new attribution after "but he ..." ("..., said Mr Stanley, but he did
#: not think that ...") besides the lexicon's verbs of saying.
_THINK_VERBS_EN = frozenset({"think", "thinks", "thought", "believe", "believes", "believed", "expect", "expects",
                             "expected", "fear", "fears", "feared", "hope", "hopes", "hoped", "feel", "feels", "felt"})


def _inverted_conj_quote(doc: _Doc, cm: re.Match[str], ss: int, se: int, sp: _Speaker, nw: re.Match[str]) -> _Quote:
    """English (s20bbc): "CLAUSE, said X, CONJ CLAUSE.": the content runs from the sentence start over the cue to the
    sentence end; it ends before the cue when the conjunction opens the writer's framing ("with", "as") or a new
    attribution ("but he did not think that ...", "and added that ...")."""
    body = doc.body
    cs = cm.start()
    cst, cen = _left_content_start(doc, ss, cs), _content_end(body, ss, cs)
    q = _Quote(cst, cen, "indirect", [(cst, cen)], cm.group(), cs)
    rst = nw.start(1)
    rest = TOKEN_RE.findall(body, rst, se)[1:10]
    if nw.group(1) not in _INVERTED_CONJ_FRAMING and not any(
            w.lower() in doc.lex.verbs or w.lower() in _THINK_VERBS_EN for w in rest):
        q.end = _content_end(body, rst, se)
        q.parts.append((rst, q.end))
    _set_speaker(q, sp)
    return q


def _appos_after(doc: _Doc, pos: int, se: int, *, inverted: bool = False) -> bool:
    """English: an apposition or a relative clause follows the speaker at ``pos``: ", a/the ...", ", who ...",
    ", director of ...", ", EA's vice president ..." (not a predicate: ", would be ...")."""
    m = _APPOS_AFTER_RE.match(doc.body, pos, se)
    if not m:
        return False
    w = m.group(1)
    if w is None:
        # (inverted: 'Lewandowski, said the staff member who succeeded him, Paul Manafort, should be
        # terminated': the phrase and its relative clause are the subject of a reported clause)
        k = doc.body.find(", ", m.end(), se) if inverted else -1
        while k >= 0:
            nxt = _NEXT_WORD_RE.match(doc.body, k + 1, se)
            if nxt and nxt.group(1) in _COPULAS:
                return False
            k = doc.body.find(", ", k + 2, se)
        return True
    lw = w.lower()
    k = doc.body.find(",", m.end(), se)
    nxt = _NEXT_WORD_RE.match(doc.body, k + 1, se) if k >= 0 else None
    if nxt and (nxt.group(1).lower() in doc.lex.aux or nxt.group(1).lower() in _COPULAS):
        return False  # "What this means, said X, director of Y, is that ...": interrupted content
    return lw in doc.lex.determiners or lw in doc.lex.relatives or lw in doc.lex.roles or lw in doc.lex.title_first or (
        _is_cap(w) and w.endswith(("'s", "’s"))) or lw in _APPOS_OPENERS


def _appos_closes(doc: _Doc, pos: int, se: int) -> bool:
    """English: after an inverted cue's speaker at ``pos``, only an apposition without a clause goes on to the
    sentence end (", director of the University of Virginia's Center for Politics."): nothing on the right can be
    the content, so a left part with a relative clause ("Cruz lacks support from colleagues, whom he's alienated,
    said X, director of ...") is the content, not the subject."""
    if doc.body[pos:pos + 2] != ", ":
        return False
    lex = doc.lex
    return not any(w.lower() in lex.clause_markers or w.lower() in lex.that_words or w in _SUBJECT_PRONOUNS
                   or w.lower() in lex.verbs for w in TOKEN_RE.findall(doc.body, pos, se))


def _left_is_subject(doc: _Doc, ss: int, cs: int) -> bool:
    """English: the words before ", said" are the sentence's subject with its appositions ("Mr. Trump's
    former campaign manager, Corey Lewandowski, said the staff member who ..."), not a fronted content."""
    sp = _left_speaker(doc, ss, cs)
    if not sp.text or sp.kind not in ("name", "role"):
        return False
    st = sp.phrase_start if sp.phrase_start >= 0 else sp.start
    words = [w for w in TOKEN_RE.findall(doc.body, ss, st) if w.lower() not in _SUBJECT_SKIP
             and w.lower() not in doc.lex.title_first]  # (s15np: "Mr." before a possessive the role phrase holds)
    # (a possessive before the role: "Mr. Trump's former campaign manager, Corey Lewandowski,")
    return not words or len(words) <= 4 and "," not in doc.body[ss:st] and any(w.endswith(("'s", "’s"))
                                                                                  for w in words)


_COPULAS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
                      "might", "should", "must"})
#: English: a copula, modal or auxiliary (also negated: "doesn't", "won't") opening the rest of a clause that an
#: inverted cue interrupts ("The contrast with Trump, said Doyle, would be clear", "..., doesn't forgive").
_INTERRUPTED_GOES_ON = _COPULAS | frozenset({"does", "did", "doesn", "didn", "don", "isn", "aren", "wasn", "weren",
                                             "won", "wouldn", "couldn", "can", "cannot", "hasn", "haven", "hadn",
                                             "shouldn"})


#: English subject pronouns and demonstratives that stand alone before an interrupting inverted cue ("This,
#: said Sloncek, should make ...").
_ONE_WORD_SUBJECTS = frozenset({"this", "that", "these", "those", "it", "he", "she", "they", "we"})


def _one_word_subject(doc: _Doc, ss: int, cs: int) -> tuple[int, int] | None:
    """English: a one-word subject (a pronoun, a demonstrative or a capitalised name, after an optional "And",
    "But" or "Yet") before an inverted cue that interrupts its clause ("This, said Sloncek, should make ...", "And
    Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive"): the first part of the
    content. The caller has checked that an auxiliary goes on with the clause after the speaker."""
    body = doc.body
    head = body[ss:cs].rstrip()
    if not head.endswith(","):
        return None
    words = list(_FIRST_WORD_RE.finditer(body, ss, ss + len(head) - 1))
    if len(words) == 2 and words[0].group().lower() in ("and", "but", "yet"):
        words = words[1:]
    if len(words) != 1 or body[words[0].end():ss + len(head) - 1].strip():
        return None
    w = words[0].group()
    low = w.lower()
    if low not in _ONE_WORD_SUBJECTS and not (w[:1].isupper() and low not in _LEAD_ADVERBS and low not in _ASIDE_WORDS
                                              and not low.endswith("ly") and low not in doc.lex.not_speakers):
        return None
    return words[0].start(), words[0].end()


def _inverted_appos_end(doc: _Doc, pos: int, se: int) -> int:
    """English: where the speaker phrase of an inverted interrupting cue ends (its comma at ``pos``), past a
    relative clause after it ("said Sunshine, who remains friendly with her former boss, doesn't ..."):
    the position of the comma that closes it, or -1 when the clause runs to the sentence end."""
    nw = _NEXT_WORD_RE.match(doc.body, pos + 1, se)
    if nw is not None and nw.group(1).lower() not in ("who", "whose") and (
            nw.group(1).lower() in doc.lex.roles or nw.group(1).lower() in _APPOS_OPENERS):
        # s14bbc: "What this means, said Stacey Jolna, senior vice president of TV Guide, is that ...": a role
        # apposition after the name, closed by its own comma with no verb inside
        k = doc.body.find(", ", nw.end(), se)
        if k > 0 and k - nw.end() <= 80 and not any(
                w.lower() in doc.lex.verbs or w.lower() in doc.lex.aux for w in TOKEN_RE.findall(doc.body, nw.end(), k)):
            return k
        return pos
    if nw is None or nw.group(1).lower() not in ("who", "whose"):
        return pos
    k = doc.body.find(", ", nw.end(), se)
    return k if k > 0 else -1
#: English words that open an apposition of a person besides determiners and role nouns.
_APPOS_OPENERS = frozenset({"one", "another", "former", "senior", "deputy", "assistant", "acting", "interim", "vice",
                            "co-founder", "founder", "head", "himself", "herself"})


#: s14bbc: "this"/"these" right after a cue and the word after it ('He denied this strategy was ...', 'He said
#: this was ...'), a subject of the cue's own clause unless a time noun follows ('said this week').
_DEMONSTRATIVE_SUBJECT_RE = re.compile(r"[ \t]+(?:this|these)[ \t]+([a-z]+)\b")


def _demonstrative_subject(doc: _Doc, pos: int, se: int) -> bool:
    """English (s14bbc): after a direct quotation, a cue followed by "this"/"these" and a word that is neither a
    time noun nor a preposition ('"..." He denied this strategy was opportunism', '"..." She said this was
    unfair') opens a reported clause of its own (the demonstrative is its subject or determiner), while
    'said this week' / 'said this on Monday' closes the sentence."""
    body = doc.body
    if doc.lex.language != "en" or body[pos:pos + 2] != " t":
        return False
    m = _DEMONSTRATIVE_SUBJECT_RE.match(body, pos, se)
    if m is None:
        return False
    w = m.group(1)
    return w not in _TIME_UNITS and not w.startswith(_THAT_TIME_STARTS) and w not in _PREPOSITIONS["en"] \
        and w not in _ADJUNCT_PREPS and w not in ("and", "or", "but")


def _clause_follows(doc: _Doc, pos: int, se: int) -> bool:
    """English: a word other than a trailer right after the subject ("..., said she wanted ...") shows the
    cue opens a clause here, so it does not close the sentence before it."""
    if doc.lex.language != "en":
        return False
    rest = doc.body[pos:se].lstrip()
    if rest[:1] in _QUOTE_CHARS and rest[:1] not in "'’" or rest[:2] == "''":
        return True  # 'called it "a disaster"', "labeled Mr. Trump ''unfit to be president''"
    m = _NEXT_WORD_RE.match(doc.body, pos, se)
    return bool(m) and m.start(1) == pos + 1 and m.group(1).lower() not in doc.lex.trailers


def _cue_text(doc: _Doc, cs: int, ce: int, se: int) -> str:
    """The cue as written, with a following complementizer (``menambahkan bahwa``, ``said that``)."""
    m = _NEXT_WORD_RE.match(doc.body[ce:se])
    if m and m.group(1).lower() in doc.lex.that_words and doc.body[ce + m.end():ce + m.end() + 1] not in ("'", "’") \
            and not (doc.lex.language == "en" and m.group(1) == "that" and (
                nw := _NEXT_WORD_RE.match(doc.body, ce + m.end(), se)) is not None and nw.start(1) == ce + m.end() + 1
                     and nw.group(1) in _DEMONSTRATIVE_THAT_VERBS):
        return doc.body[cs:ce + m.end()]  # (not "saying that’s true", s14bbc: "said that was true": a demonstrative)
    return doc.body[cs:ce]


def _phrase_at_start(doc: _Doc, ss: int, hi: int) -> _Speaker:
    """The subject at the start of a sentence (for a participial cue later in it)."""
    if doc.lex.language == "en":
        # "Fiorina was upfront about her distaste for Donald Trump, ..., saying": the name or pronoun
        # opening the sentence (after a leading adverbial), not the last name before the first comma
        sp = _sentence_subject(doc, ss, hi)
        if sp.text:
            if sp.kind == "name":
                # "Japanese government officials played down ...": a name modifying a role noun
                nxt = _word_spans(doc.body[sp.end:min(hi, sp.end + 40)], sp.end)[:3]
                for w, _, e in nxt:
                    if not w.islower() or w in doc.lex.aux or w in doc.lex.verbs or w in _OBJECT_DETS \
                            or len(w) > 4 and w.endswith("ed") or w in _irregular_past_en():
                        break  # (s15fix: "Smith defended his father", "Netanyahu rallied supporters": a verb)
                    if w in doc.lex.roles and not _SUBJECT_BREAK_RE.search(doc.body, sp.end, e) and \
                            "." not in doc.body[sp.end:e] and " -" not in doc.body[sp.end:e]:  # (s14subj: " -- ")
                        return _Speaker(doc.body[sp.start:e], "role", "", sp.start, e, sp.start)
            return sp
    if doc.lex.language == "id" and ss < 60 and doc.body.find(" - ", ss, min(hi, 60)) >= 0 and (
            d := read_dateline(doc.body[:min(hi, 120)]).length) > ss:
        ss = d  # (s20id) "JAKARTA, KOMPAS.com - Presiden Joko Widodo, Senin (12/10), mengatakan": the dateline is no subject
    comma = doc.body.find(",", ss, hi)
    end = comma if comma >= 0 else hi
    sp = _phrase_back(doc, ss, end) if end > ss else _Speaker()
    if sp.text and doc.lex.language == "en" and (
            any(w.islower() and w not in doc.lex.connectors and w not in doc.lex.determiners
                for w in TOKEN_RE.findall(sp.text)) and sp.kind == "name"
            or any(w.lower() not in _SUBJECT_SKIP for w in TOKEN_RE.findall(doc.body, ss, sp.start))
            or sp.text.split()[0].lower() in _QUANTIFIERS_EN | {"more", "less", "fewer"}
            or comma > 0 and sp.kind == "role" and sp.text.rsplit(None, 1)[-1].lower() in _TIME_PHRASE_ENDS):
        # ("The day before, at a rally ..., Mr. Trump was just as blunt, claiming": a time phrase is no subject)
        return _Speaker()  # "In May, a judge sided ..., saying": an adverbial is no subject
    return sp


#: English words that end a time phrase opening a sentence before its comma ("The day before,", "The next morning,",
#: "A week later,"): an adverbial, no subject.
_TIME_PHRASE_ENDS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning",
                               "afternoon", "evening", "weekend", "before", "after", "later", "earlier", "ago"})


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                         "today", "tonight", "recently", "earlier"})
_TIME_UNITS = frozenset({"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend"})
_TIME_MODIFIERS = frozenset({"last", "this", "earlier", "late", "early"})


def _clause_opening(word: str, lex: _Lex) -> bool:
    """English: a word that can open the content after the addressee of told/asked ("told reporters the
    plan ...", "told CNN he ...", "asked them whether ...")."""
    w = word.lower()
    if "'" in w or "’" in w:  # "he’s", "they'll"
        w = w.replace("’", "'").split("'")[0]
        word = word[:len(w)]
    return w in lex.that_words or word in _SUBJECT_PRONOUNS or w in lex.clause_markers or w in _ADDRESSEE_DETS or w in _ASK_WH or _is_cap(word) \
        or w in ("it", "there", "this", "these", "those", "some", "many", "most", "all", "no", "every") \
        or word[:1].isdigit()


#: English: words that open the reported question after the addressee of "asked" ("asked the campaigns
#: of the remaining candidates why they ...").
_ASK_WH = frozenset({"whether", "why", "how", "what", "if"})
_ASK_FORMS = ("asked", "asks", "ask", "asking")
_TELL_FORMS = ("told", "tells", "tell", "telling", "warned", "reminded")
_ADDRESSEE_DETS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my"})
_ADDRESSEE_BREAKS = frozenset(".;:\"“”()")


def _long_addressee(doc: _Doc, ce: int, words: list[tuple[str, int, int]]) -> int:
    """English: the index of "that" (or, after "asked", of a question word) ending a long addressee of
    told/asked ("told conservative radio host Hugh Hewitt on Wednesday that ...", "asked the campaigns of
    the remaining Republican candidates - Trump, Cruz and Kasich - why ..."), or 0. The addressee is a
    noun phrase: no verb form, pronoun subject or sentence punctuation in it."""
    body = doc.body
    lex = doc.lex
    ask = body[max(0, ce - 6):ce].lower().endswith(_ASK_FORMS)
    if not ask and not body[max(0, ce - 7):ce].lower().endswith(_TELL_FORMS):
        return 0  # ("urged a limit on the number of quangos that could ...": an object, then a relative clause)
    for j in range(1, min(20 if ask else 12, len(words))):
        w = words[j - 1][0]
        lw = w.lower()
        if lw in lex.clause_markers or lw in lex.verbs or w in _SUBJECT_PRONOUNS or lw in ("to", "so") \
                or j == 1 and (lw in ("and", "but") or lw in _PREPOSITIONS["en"]) or lw in lex.that_words:
            return 0  # ("asked for a limit on ... that", "asked the court to order ... so that ...")
        if j > 1 and lw in _ADDRESSEE_DETS and words[j - 2][0].lower() not in _PREPOSITIONS["en"]:
            return 0  # "told reporters the number of agencies that ...": a second noun phrase, the content
        gap = body[words[j - 1][2]:words[j][1]]
        if any(c in _ADDRESSEE_BREAKS or not ask and c in ",-—–" for c in gap) and not (
                gap.strip() == "." and _ABBREV_DOT_RE.match(body, words[j - 1][1])):
            return 0  # (after "asked", dashes and commas may enclose a list in the addressee)
        nxt = words[j][0].lower()
        if nxt in lex.that_words or ask and nxt in _ASK_WH:
            return j
    return 0


_TITLE_MARKS = frozenset("\"“”„«»")


#: English: words that open a clause's subject right after "that" ("... handgun that he plans ...").
_LATE_THAT_OPENERS = frozenset({"he", "she", "they", "we", "i", "it", "the", "a", "an", "his", "her", "their", "its",
                                "there", "this", "these", "those"})


def _late_that(words: list[str], lo: int) -> bool:
    """English: "that" + a subject opener among ``words[lo:lo + 5]``: "wrote in the auction description of
    the Kel-Tec PF-9 9mm handgun that he plans ...", a long prepositional phrase between a cue and its
    "that" (not a relative "that": "in the speech that aired")."""
    for j in range(lo, min(lo + 5, len(words) - 1)):
        if words[j].lower() == "that" and (words[j + 1].lower() in _LATE_THAT_OPENERS or _is_cap(words[j + 1])):
            return True
    return False


@lru_cache(maxsize=1)
def _media_words_en() -> frozenset[str]:
    """English words that end a news outlet's name (lexicon ``media_words``)."""
    return _en_words("media_words")


#: English nouns that end an outlet's name after "told" besides the ``media_words`` lexicon ("the AP news agency").
_OUTLET_TAILS = frozenset({"agency", "newspaper", "station", "broadcaster", "daily", "weekly"})


#: s17bbc5: words that open a reported clause right after an outlet's name ("told the newspaper Clarin it would").
_OUTLET_NAME_THEN = frozenset({"it", "he", "she", "they", "we", "I", "there", "how", "why", "such"})


@lru_cache(maxsize=1)
def _addressee_tails_en() -> frozenset[str]:
    """English lower-case words that end the addressee of "told" after a capitalised word: outlet words
    (``media_words``, :data:`_OUTLET_TAILS`) and audiences or meetings (``addressee_nouns``: "told the Labour
    conference")."""
    return _media_words_en() | _OUTLET_TAILS | frozenset(
        w.strip().lower() for w in load_list_or_empty("addressee_nouns", "en") if w.strip())


#: s14bbc: finite verbs right after "that" that make it a demonstrative subject, not a complementizer ('said that
#: was impossible', 'say that will not happen'); not "had"/"were"/"should", which may open an inverted condition.
_DEMONSTRATIVE_THAT_VERBS = frozenset({"is", "was", "would", "will", "has", "could", "can", "may", "might", "must",
                                       "seems", "seemed", "means", "meant", "sounds", "remains", "isn", "wasn",
                                       "wouldn", "won", "hasn", "couldn"})


def _demonstrative_that(body: str, words: list[tuple[str, int, int]], k: int) -> bool:
    """English (s14bbc): "that" after a cue right before a finite verb ('Sir Edward said that was impossible', 'a
    spokesman said that would be impossible'): a demonstrative pronoun, the subject of the content."""
    return words[k][0] == "that" and k + 1 < len(words) and words[k + 1][0] in _DEMONSTRATIVE_THAT_VERBS and \
        body[words[k][2]:words[k + 1][1]] == " "


def _outlet_number(words: list[tuple[str, int, int]], k: int) -> bool:
    """English (s14bbc): a number inside a broadcaster's name after "told": between capitalised words ('told BBC 6
    Music the record ...', 'told Radio 5 Live ...') or a 24-hour news channel ('told BBC News 24 she had ...'); not a
    number opening the content ('told Reuters 20 people were killed')."""
    w = words[k][0]
    if not (w.isdigit() and len(w) <= 2 and _is_cap(words[k - 1][0])):
        return False
    return k + 1 < len(words) and _is_cap(words[k + 1][0]) and words[k + 1][0] not in _SUBJECT_PRONOUNS or (
        w == "24" and words[k - 1][0] == "News")


def _outlet_run_limit(body: str, ce: int, words: list[tuple[str, int, int]], k: int) -> int:
    """English (s14bbc): how many capitalised words the addressee of "told" may hold: 5, or 7 once a possessive
    joins an outlet to its programme ('told BBC Radio Scotland's Good Morning Scotland programme', 'told BBC World
    Service's The Music Biz programme')."""
    return 7 if k >= 2 and ("'s " in body[ce:words[k][1]] or "’s " in body[ce:words[k][1]]) else 5


#: English (s20bbc): lower-case words that join capitalised words inside the addressee of "told" (a programme's title,
#: "Breakfast with Frost", "World at One"; a place or day after the name, "in London", "on Monday"); not "and", which
#: may join the names of the reported clause's subject ("warned the British and Irish Lions will be ...").
_ADDRESSEE_CONNECTORS = frozenset({"with", "at", "of", "in", "on", "for"})


#: (s15idbat) Indonesian prepositions opening an addressee, place, time or occasion between a cue and "bahwa"
#: ("mengatakan kepada wartawan bahwa", "menegaskan di Gedung DPR, Senin (12/10), bahwa", "menyatakan saat dihubungi
#: detikcom bahwa"): the content starts after "bahwa" when no verb or clause marker comes before it.
_ID_CUE_PREPS = frozenset({"kepada", "di", "pada", "dalam", "saat", "ketika", "usai", "seusai", "melalui", "lewat"})


#: (s15cuebat) Prepositions opening an adverbial of time, place or medium between a cue and its content ("said Sunday on
#: CNN that ...", "asked in a statement whether ..."), not an object ("responded to reports that", "the final say on").
_ADVERBIAL_PREPS = frozenset({"on", "in", "at", "during"})


#: (s25idind) Indonesian nouns of the occasion or medium of a statement ("di sebuah rilis", "dalam konferensi pers",
#: "melalui akun Instagram-nya"): a phrase with one between a cue and a comma is the telling's, not the content's.
_ID_TELLING_OCCASIONS = frozenset({"rilis", "pernyataan", "keterangan", "wawancara", "konferensi", "siaran", "unggahan",
                                   "cuitan", "akun", "pidato", "rapat", "sidang", "acara", "jumpa", "surat", "program",
                                   "podcast", "video", "laman", "situs", "forum", "diskusi", "seminar", "dialog"})
#: (s25idind) Indonesian words that open a request after its addressee ("meminta kepada Unud, untuk ...").
_ID_REQUEST_OPENERS = frozenset({"untuk", "agar", "supaya"})


def _skip_that(doc: _Doc, ce: int, se: int, *, told: bool = False) -> int:
    """Start of the content after a cue: skip 'that'/'bahwa', the addressee of 'told', 'in a statement'."""
    body = doc.body
    lex = doc.lex
    if lex.language == "id" and body[ce:ce + 2] == ", " and body[ce + 2:ce + 3].isupper() and (
            m_date := _id_cue_insert_res()[0].match(body, ce, se)) is not None and _min_tokens(3, body, m_date.end(), se):
        ce = m_date.end()  # (s16id) "X menyatakan, Senin (12/10), bahwa ...": the date between commas is no content
    if lex.language == "id" and body.startswith(" kembali ", ce) and _min_tokens(3, body, ce + 9, se):
        ce += 8  # (s20id) "pemerintah menegaskan kembali komitmennya ...": "again" after the cue is no content
    if lex.language == "id" and body.startswith(" juga ", ce) and _min_tokens(3, body, ce + 6, se):
        ce += 5  # (s26idrec) "mengungkapkan juga kepada penyidik bahwa ...": "also" after the cue is no content
    # at most the first 17 words are read: tokenize the first 120 characters when they hold 18 or more
    we = min(se, ce + 120)
    words = _word_spans(body[ce:we], ce)
    if we < se and len(words) < 18:
        words = _word_spans(body[ce:se], ce)
    k = 0
    if told and words:
        # skip the object of told/asked: up to 'that' within 6 words, or a capitalised run/pronoun
        for j in range(min(7, len(words))):
            if words[j][0].lower() in lex.that_words:
                k = j
                break
        else:
            k = _long_addressee(doc, ce, words) if lex.language == "en" else 0
            while k < len(words) and k < (_outlet_run_limit(body, ce, words, k) if lex.language == "en" else 5) and (
                    _is_cap(words[k][0]) or words[k][0].lower() in lex.object_words or (
                    k and lex.language == "en" and words[k][0][:1].isdigit() and (words[k - 1][0].lower() in (
                        "radio", "channel") or _outlet_number(words, k))) or (
                    # s20bbc: a lower-case connector between capitalised words of the addressee's name or its place or
                    # day ("told BBC One's Breakfast with Frost programme", "told Age Concern's Age Agenda in London
                    # the government was ...", "told the PLP on Monday: ...")
                    k and lex.language == "en" and words[k][0] in _ADDRESSEE_CONNECTORS and k + 1 < len(words)
                    and _is_cap(words[k - 1][0]) and _is_cap(words[k + 1][0]) and words[k + 1][0] != "I"
                    and body[max(0, ce - 7):ce].lower().endswith(("told", "tells", "tell", "telling")))) and not (
                    k and lex.language == "en" and words[k][0] in ("the", "a", "an")):  # ("told BBC Radio 4's Today
                k += 1  # programme"; "told reporters the plan ...")
            if lex.language == "en" and 1 < k < len(words) and _is_cap(words[k - 1][0]) and words[k][0].islower():
                # "told the AP news agency", "told the Xinhua news agency.": lower-case outlet nouns after the name;
                # "told the Labour conference.", "told the Brighton rally": an audience or meeting
                tails = _addressee_tails_en()
                while k < len(words) and k < 7 and words[k][0] in tails and not \
                        body[words[k - 1][2]:words[k][1]].strip():
                    k += 1
            if lex.language == "en" and k < len(words) - 2 and (k == 0 or words[k - 1][0] in _addressee_tails_en()):
                # (s17bbc5) "told the Argentine newspaper Clarin it would ...", "told news agency Reuters such a move
                # ...", "told the BBC programme Go Digital how ...": the outlet's name after its noun, when a clause
                # opener follows the name
                j = k
                while j < len(words) and j < k + 3 and words[j][0].islower() and words[j][0] in _addressee_tails_en():
                    j += 1
                r = j
                while r < len(words) and r < j + 3 and _is_cap(words[r][0]) and words[r][0].lower() not in lex.pronouns:
                    r += 1
                if (j > k or k > 0) and j < r < len(words) and words[r][0] in _OUTLET_NAME_THEN:
                    k = r
            if lex.language == "en" and 1 < k < len(words) and words[k][0] in lex.clause_markers and _is_cap(
                    words[k - 1][0]) and not any(c in _QUOTE_CHARS for c in body[ce:words[k][1]]):
                # ("told the BBC Michael Howard has always been ...": the names after the outlet are the clause's
                # subject; without an outlet word, the last name)
                media = _media_words_en()
                j = k - 1
                while j > 0 and _is_cap(words[j - 1][0]) and words[j - 1][0].lower() not in media:
                    j -= 1
                k = j if j > 0 and words[j - 1][0].lower() in media else k - 1
            if lex.language == "en" and 0 < k < len(words) and not _clause_opening(words[k][0], lex) \
                    and not body[words[k - 1][2]:words[k][1]].strip() \
                    and not body[max(0, ce - 7):ce].lower().endswith(("told", "tells", "tell", "telling")):
                k = 0  # "urged a limit on ...", "asked Republican leaders to disavow ...": the object is content
    time_pp = kp = -1  # (s15cuebat) a time adverb then a preposition: where the time adverb began, the preposition
    if lex.language == "en":
        # "said Tuesday (night) the plan ...", "said last week that ...": a time adverb is no content
        k0 = k
        if k + 1 < len(words) and words[k][0] in ("on", "in") and body[words[k][2]:words[k + 1][1]] == " ":
            # (s15cuebat) "argued on Sunday the time had come", "claimed in 2014 the talks had failed", "said in March
            # the plan ...": a day after "on", a month or year after "in" (then the same as a bare day name)
            nw = words[k + 1][0].lower()
            if words[k][0] == "on" and nw in _weekdays_en():
                k += 1
            elif words[k][0] == "in" and (nw in _months_en() or _YEAR_RE.fullmatch(nw)):
                k += 3 if nw in _months_en() and k + 2 < len(words) and _YEAR_RE.fullmatch(words[k + 2][0]) else 2
        lim = k + 3
        while k < len(words) and k < lim:
            w = words[k][0].lower()
            nxt = words[k + 1][0].lower() if k + 1 < len(words) else ""
            if body[words[k][2]:words[k][2] + 1] in "'’":
                break  # "Tuesday's vote": a possessive opens the content
            if w in _TIME_WORDS or w in _TIME_MODIFIERS and (nxt in _TIME_UNITS or nxt in _TIME_WORDS):
                k += 2 if w in _TIME_MODIFIERS else 1  # ("said late Wednesday that ...": s13bound)
            elif w in _TIME_UNITS and k > k0:
                k += 1
            else:
                break
        if k0 < k < len(words) and words[k0][0] in ("on", "in") and body[words[k - 1][2]:words[k][1]] != " ":
            k = k0  # ('told the PLP on Monday: "I know ..."': a quotation after the phrase is read elsewhere)
        elif k < len(words) and k > k0 and body[words[k - 1][2]:words[k][1]] == " " and (
                words[k][0] in _POSSESSIVE_DETS or words[k][0] == "whether"):
            pass  # (s15cuebat) "said Thursday his biggest worry ...", "said last year its prices ...", "declined to
            # say Tuesday whether ...": a possessive opening the clause's subject, or an embedded question
        elif k < len(words) and k > k0 and words[k][0] in _ADVERBIAL_PREPS and words[k0][0] not in ("on", "in") \
                and body[words[k - 1][2]:words[k][1]] == " ":
            time_pp, kp = k0, k  # (s15cuebat) "said Sunday on CNN that he ...", "announced Monday on Twitter that ...": the
            # phrase is read below; without "that" or a subject after it the content starts at the time adverb again
        elif k >= len(words) or k > k0 and words[k][0].lower() not in lex.that_words and not (
                words[k][0] in _SUBJECT_PRONOUNS or words[k][0].lower() in ("the", "a", "an") or _is_cap(words[k][0])):
            k = k0  # only before "that" or a clause's subject
    if k < len(words) and words[k][0].lower() in _PREPOSITIONS.get(lex.language, ()):
        # "said in a statement that ...": the content starts after "that" (not one inside a quotation)
        comma = False
        marks = 0  # quotation marks passed: a closed title ("on NBC's ''Meet the Press'' on Sunday that") goes on
        for j in range(k + 1, min(k + (15 if lex.language == "en" else 10), len(words))):
            gap = body[words[j - 1][2]:words[j][1]]
            comma = comma or "," in gap
            if j >= k + 10 and (comma or marks or not _late_that([w for w, _, _ in words[j:j + 2]], 0)):
                continue  # (a long prepositional phrase: only "that" + a clause's subject, no comma)
            if any(c in _QUOTE_CHARS for c in gap):
                if lex.language != "en" or marks >= 2 or comma or not (
                        "''" in gap or any(c in _TITLE_MARKS for c in gap)) or not (marks or _is_cap(words[j][0])):
                    break
                marks += 1
            if marks % 2:
                continue
            if marks and words[j][0].lower() in lex.that_words and body[words[j][2]:words[j][2] + 2].strip()[:1] in \
                    _QUOTE_CHARS:
                break  # ("said on ''Morning Joe'' that ''too much ...'': a quotation the cue introduces)
            if words[j][0].lower() in lex.that_words and not (
                    lex.language == "en" and j == k + 1 and words[j][0].lower() == "that"):
                # (s13mix: "responded to that tweet by ...": "that" right after the preposition is its determiner)
                if lex.language == "en" and _demonstrative_that(body, words, j):
                    return se  # s14bbc: 'warning about a virus that can spread ...': a relative clause, no content
                k = j
                break
            if lex.language == "en" and words[j][0] in _SUBJECT_PRONOUNS and (words[k][0].lower() != "to" or _is_cap(
                    words[k + 1][0]) or words[k + 1][0].lower() in lex.object_words):
                k = j  # "said in a statement Thursday night they pulled the listing": the clause's subject
                break  # (not after an infinitive: "promised to take bold action should he win ...")
            if lex.language == "en" and words[j][0] == "whether" and j > k + 1 and not comma and \
                    words[k][0] in _ADVERBIAL_PREPS:
                k = j  # (s15cuebat) "declined to say at a news conference whether ...", "asked in a statement whether"
                break
    elif lex.language == "id" and k < len(words) and words[k][0].lower() in _ID_CUE_PREPS:
        # (s15idbat) "mengatakan kepada wartawan bahwa ...", "menegaskan di Gedung DPR, Senin (12/10/2020), bahwa ...":
        # the phrase before "bahwa" (within 10 words, no verb, clause marker or quotation mark) is no content
        comma_j = 0
        for j in range(k + 1, min(k + 10, len(words))):
            w = words[j][0].lower()
            if w in ("bahwa", "bahwasanya"):
                k = j
                break
            gap = body[words[j - 1][2]:words[j][1]]
            if any(c in _QUOTE_CHARS for c in gap):
                break
            if words[j - 1][0].lower() == "yang" and j - 1 > k + 1 and w not in lex.verbs and w not in lex.clause_markers \
                    and gap == " ":
                continue  # (s26idrec) "mengungkapkan kepada pihak yang berwenang bahwa ...": a relative in the addressee
            if w in lex.verbs or w in lex.clause_markers or _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS:
                if comma_j and j - comma_j <= 3 and w not in lex.verbs and words[comma_j][0].lower() not in \
                        _ID_REQUEST_OPENERS and any(words[i][0].lower() in _ID_TELLING_OCCASIONS or words[i][0].lower()
                                                    in _id_calendar_words() for i in range(k + 1, comma_j)):
                    k = comma_j  # (s25idind) "menyampaikan di sebuah rilis pada Sabtu siang, pihaknya tidak dapat
                    # ...", "mengatakan di Jakarta, Senin (12/10), pemerintah akan ...": the telling's occasion or day
                    # closed by a comma, then a clause's subject and its predicate (not the clause's own adverbial,
                    # "mengatakan dalam waktu tiga tahun ke depan, Indonesia akan ...")
                break
            if gap.strip(" )") == ",":
                comma_j = j
    if k == kp:
        k = time_pp  # (s15cuebat: no "that" or subject after "said Sunday on ...": as before)
    if k < len(words) and words[k][0].lower() in lex.that_words and not (
            lex.language == "en" and _demonstrative_that(body, words, k)):
        k += 1  # (s14bbc: not 'said that was impossible': "that" is the content's subject)
    if k >= len(words):
        return se
    start = words[k][1]
    # opening punctuation/quote just before the first word belongs to the content
    while start > ce and body[start - 1] in "\"“„«‘'":
        start -= 1
    return _content_start(body, start, se) if body[start] not in _QUOTE_CHARS else start


# ---- resolution --------------------------------------------------------------------------------
@dataclass
class _Names:
    """The article's full names in order, indexed lazily: :meth:`upto` reads capitalised runs only as
    far as a quote needs (a pronoun early in the article reads the first paragraphs only)."""

    doc: _Doc
    full: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, name, role)
    _next: int = 0  # index of the next capitalised run to read

    def upto(self, pos: int) -> list[tuple[int, str, str]]:
        """The full names of the runs starting before ``pos`` (all names: ``pos`` past the end)."""
        runs = self.doc.runs_until(pos)
        k = self._next
        if k < len(runs) and runs[k].start() < pos:
            body = self.doc.body
            lex = self.doc.lex
            while k < len(runs) and runs[k].start() < pos:
                m = runs[k]
                k += 1
                name, role = _run_name(m.group(), lex.language)
                if not name and lex.language == "id" and self.full and (sn := _id_honorific_surname(m.group())):
                    # (s21ntxid) "Anak laki-laki Ny. Davis, ...", "Tn. Clark": a form of address and a surname
                    # mention the person given in full before (translated "Mrs Davis", "Mr Clark")
                    name = next((f for _, f, _ in reversed(self.full) if f.rsplit(None, 1)[-1] == sn), "")
                if name:
                    self.full.append((m.start(), name, _appos_role(body, m.end(), lex) or role))
            self._next = k
        return self.full

    def all(self) -> list[tuple[int, str, str]]:
        return self.upto(len(self.doc.body) + 1)


@lru_cache(maxsize=100_000)
def _id_honorific_surname(run: str) -> str:
    """(s21ntxid) Indonesian: the surname of a run that is a form of address (lexicon ``honorifics``: "Ny.", "Tn.",
    "Nyonya", "Pak") and one capitalised word ("Ny. Davis" -> "Davis"); "" otherwise."""
    words = run.split()
    if len(words) != 2 or not _is_cap(words[1]) or words[0].lower().rstrip(".") not in _id_honorifics():
        return ""
    return words[1].rstrip(".,")


@lru_cache(maxsize=1)
def _id_honorifics() -> frozenset[str]:
    """(s21ntxid) Indonesian honorifics and forms of address (lexicon ``honorifics``), lower case, no final dot."""
    return frozenset(w.strip().lower().rstrip(".") for w in load_list_or_empty("honorifics", "id") if w.strip())


def _opener(word: str, lex: _Lex) -> bool:
    return _opener_cached(word, lex.language)


@lru_cache(maxsize=100_000)
def _opener_cached(word: str, language: str) -> bool:
    lex = _lexicon(language)
    lw = word.lower().rstrip(".,")
    return (lw in lex.not_speakers or lw in lex.intros or lw in lex.verbs or lw in lex.after_cues or lw in lex.clitics
            or lw in lex.passives
            or lw in lex.aux or lw in lex.pronouns or (lex.language == "id" and lw.endswith("nya") and len(lw) > 5)
            or lex.language == "en" and lw in _QUANTIFIERS_EN)  # ("Some Clinton aides": no name "Some Clinton")


#: Indonesian: a region's word after the word for its administration ("Kabupaten Agam", "Pemkab Majalengka",
#: "Kota Bandung", not "Wali Kota Maulana").
_ID_LOCAL_PLACE_RE = re.compile(
    rf"\b(?:Kabupaten|Kab\.|(?<!Wali )Kota|Provinsi|Pemkab|Pemkot|Pemprov|Kecamatan|Polres|Polresta)"
    rf"[ \t]+([{_UPPER}][a-z]{{2,}})\b(?![ \t]*[{_UPPER}])")


@lru_cache(maxsize=64)
def _id_local_places(body: str) -> frozenset[str]:
    """Indonesian: the capitalised words an article names as a regency, city, province or district
    ("Kabupaten Agam"): between a title and a name they belong to the role ("Bupati Agam Benni Warlis")."""
    return frozenset(m.group(1) for m in _ID_LOCAL_PLACE_RE.finditer(body))


def _id_drop_places(name: str, role: str, body: str) -> tuple[str, str]:
    """Move the article's place words that open a name to the end of the role ("Majalengka Eman Suherman",
    "Bupati" -> "Eman Suherman", "Bupati Majalengka"); a name is left two words at least."""
    nw = name.split()
    places = _id_local_places(body)
    k = 0
    while len(nw) - k > 2 and nw[k] in places:
        k += 1
    if not k:
        return name, role
    return " ".join(nw[k:]), " ".join([role] * bool(role) + nw[:k])


@lru_cache(maxsize=1)
def _id_place_heads() -> frozenset[str]:
    """(s20id) Indonesian head nouns of regions, streets and geographic features (lexicon ``place_heads``)."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("place_heads", "id") if w.strip())


@lru_cache(maxsize=100_000)
def _run_name(run: str, language: str) -> tuple[str, str]:
    """(name, role) of a run of capitalised words, or ("", "") when it is not a person's full name."""
    lex = _lexicon(language)
    words = run.split()
    # sentence openers are not part of a name: "Menurut Purbaya", "Awalnya Purbaya", "But Trump"
    skip = 0
    while skip < len(words) - 1 and _opener(words[skip], lex):
        skip += 1
    words = words[skip:]
    if language == "id" and words[0].lower().rstrip(".") in _id_place_heads():
        return "", ""  # (s20id) "Kabupaten Sumenep", "Desa Pinggir Papas", "Jalan Ciliwung": a place, no person
    # a title-case headline goes on after the name: "Bernie Sanders Says ...", "Ted Cruz Hints ..."
    for k in range(1, len(words)):
        lw = words[k].lower()
        if lw in lex.verbs or lw in lex.after_cues or lw in lex.aux or lw in lex.not_speakers:
            words = words[:k]
            break
    _, rest = _split_title(words, lex)
    if len(rest) < 2:
        return "", ""
    name, role = _canonical(" ".join(words), lex, frozenset())
    nw = name.split()
    if language == "en" and len(nw) >= 2 and _surname_title(nw[-1]):
        nw = nw[:-1]  # "Peter King"
    if len(name.split()) < 2 or any(w.lower() in lex.roles and not (language == "id" and w.lower() in _ID_NAME_TITLES)
                                    or _is_acronym(w) and not (language == "en" and _GLUED_INITIALS_RE.fullmatch(w))
                                    for w in nw):  # (s20names: "George H.W. Bush" is a name)
        return "", ""
    return name, role


_APPOS_RE = re.compile(r",\s*([^,.;:\n]+?)(?:,|\.(?=\s|$)|;|\n|$)")


#: s17bbc5: words that open a finite predicate or a clause, never an apposition ("Sloncek, is preparing to ...",
#: "Qwest, has fewer debts", "Without Charles, it is hard to imagine ...").
_FINITE_AFTER_SUBJECT_EN = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
                                      "may", "might", "should", "must", "does", "did", "it", "they", "she", "he", "we"})


#: s17bbc5: sentence adverbs set off by commas after a subject besides ``_CLAUSE_ADVERBS_EN`` ("Rowell, though, said").
_ASIDE_ADVERBS_EN = frozenset({"though", "too", "instead", "meantime", "therefore", "moreover", "furthermore",
                               "nonetheless", "then", "now", "indeed", "similarly", "likewise", "separately"})


def _appos_role(body: str, end: int, lex: _Lex) -> str:
    """The role in apposition after a name ending at ``end``: "NAME, ROLE," / "NAME, ROLE."."""
    if body[end:end + 1] != ",":
        return ""
    am = _APPOS_RE.match(body, end, end + 160)
    if not am:
        return ""
    seg = am.group(1).strip()
    if seg.isdigit() and lex.language == "en":
        return _appos_role(body, am.end(1), lex)  # "Gloria Garcia, 34, a nurse": an age, then the role
    sw = seg.split()
    if any(w.lower() in lex.verbs or w.lower() in lex.after_cues or w.lower() in lex.clitics for w in sw):
        return ""
    if sw and (sw[0].lower() in lex.trailers or sw[0].lower() in _PREPOSITIONS.get(lex.language, ())):
        return ""  # "X, dalam Media Briefing ...": a circumstance, not a role
    if lex.language == "en" and sw and (sw[0] in _FINITE_AFTER_SUBJECT_EN or len(sw) == 1 and (
            sw[0].lower() in _CLAUSE_ADVERBS_EN or sw[0].lower() in _ASIDE_ADVERBS_EN)):
        # (s17bbc5) "..., who goes by the nickname Sloncek, is preparing ...": the comma closed a subject; "The
        # Halifax, meanwhile, said", "Rowell, though, said": a sentence adverb between commas is no role
        return ""
    if lex.language == "en" and sw and sw[0][-3:] == "ing" and sw[0] in _en_words("not_role_words"):
        return ""  # (s17spk) "Rick Parry, speaking exclusively to BBC Sport, said": a participle clause, not a role
    if lex.language == "id" and sw and _ID_SOURCE_NOTE_RE.match(sw[0].lower()) and sw[0].lower() not in lex.roles:
        return ""  # "X, dilansir Antara", "X, diisukan melatih ...": a writer's note or a predicate, not a role
    if lex.language == "id" and sw and sw[0][:2] == "me" and _id_aside([(w, 0, 0) for w in sw], lex):
        return ""  # (s22ntxid) "Park Byeong-seug, mengutip data dari ...,": a participle's clause, not a role
    if lex.language == "id" and sw and not _is_cap(sw[0]) and not _id_appos_description(sw, lex):
        return ""  # (s25audit) "Menurut Yannes, kegagalan mobil nasional selalu ...": the clause after the name
    if sw and len(sw) <= 14 and (not _is_cap(sw[0]) or sw[0].lower() in lex.roles or sw[0].lower() in lex.title_first
                                 or sw[0].lower() in lex.determiners):
        return seg
    return ""


#: (s25audit) Indonesian kinship and relation nouns that head a description after a name ("Rassya, anak Tamara", "X, anak usaha
#: Pertamina"), besides the role and person nouns.
_ID_KIN_NOUNS = frozenset({"anak", "kakak", "adik", "putra", "putri", "cucu", "keponakan", "menantu", "sepupu",
                           "tetangga", "teman", "rekan", "sahabat", "kerabat"})
#: (s25audit) Indonesian words that make a run of words a clause, never a description: the copulas, modals and
#: aspect words (besides ``speaker_aux``).
_ID_CLAUSE_WORDS = frozenset({"adalah", "merupakan", "menjadi", "harus", "bisa", "dapat", "ingin", "mau", "perlu",
                              "sedang", "tengah", "ada", "kini", "selalu", "bukan"})
#: (s25audit) An Indonesian agent noun of the pe- prefix ("pengendara", "pemerhati", "peneliti"): a person's description;
#: not a nominalisation in -an ("penggunaan", "pembangunan").
_ID_AGENT_NOUN_RE = re.compile(r"pe(?:ng|ny|m|n|r)?[a-z]{3,}(?<!an)")


def _id_appos_description(sw: list[str], lex: _Lex) -> bool:
    """(s25audit) Indonesian: whether the lower-case words after "NAME," describe the person ("warga Subang", "seorang
    analis di ...", "pengendara asal Cimahi", "anak usaha Pertamina", "yang juga Menteri Perhubungan") rather than
    go on with the sentence ("Menurut Yannes, kegagalan mobil nasional selalu diakibatkan ...", "kata Jhon, berkas
    perkara ... dipisah", "Melki, sapaan Melkiades"): the first noun (after "seorang", "salah satu", "mantan") is a
    role, title, person, kinship, organisation or agent noun, and no copula, modal or aspect word comes before a
    "yang"."""
    k = 0
    if sw[0].lower() == "yang":
        # "yang juga Menteri Perhubungan", "yang seorang anggota kongres": a relative clause holding an office
        k = 1
        while k < len(sw) - 1 and sw[k].lower() in ("juga", "adalah", "merupakan", "kini", "saat", "ini"):
            k += 1
    while k < len(sw) - 1 and (sw[k].lower() in _ID_ONE_OF or sw[k].lower() in lex.determiners
                               or sw[k].lower() in ("mantan", "eks")):
        k += 1
    head = sw[k].lower().strip("(),")
    if not (head in lex.roles or head in lex.title_first or head in _id_person_nouns() or head in _ID_KIN_NOUNS
            or head in lex.org_words or _is_cap(sw[k]) or _ID_AGENT_NOUN_RE.fullmatch(head)):
        return False
    for w in sw[k + 1:]:
        lw = w.lower()
        if lw == "yang":
            break
        if lw in _ID_CLAUSE_WORDS or lw in lex.aux or _ID_VERB_RE.fullmatch(lw) and lw not in _ID_NOT_VERBS:
            return False
    return True


_ID_NICK_HONORIFICS = frozenset({"gus", "pak", "bu", "mas", "mbak", "bung", "kang", "cak", "ning", "bang", "kak"})
#: Indonesian: a run of capitalised words, then a nickname led by an honorific in brackets ("Saifullah Yusuf
#: (Gus Ipul)", "Lestari Moerdijat (Mbak Rerie)").
_ID_HONORIFIC_NICK_RE = re.compile(
    rf"([{_UPPER}][^\W\d_]+(?:[ \t]+[{_UPPER}][^\W\d_]+)+)[ \t]*\((?:Gus|Pak|Bu|Mas|Mbak|Bung|Kang|Cak|Ning|Bang|Kak)"
    rf"[ \t]+([{_UPPER}][^\W\d_]+)\)")


def _aliases(doc: _Doc) -> dict[str, str]:
    """Folded nickname/initials -> a word or words of the full name: "Agus Harimurti Yudhoyono (AHY)",
    "Melki, sapaan Melkiades", "Lestari atau Rerie" (computed once per article, on demand)."""
    if doc.aliases is not None:
        return doc.aliases
    body = doc.body
    alias: dict[str, str] = {}
    for m in _ACRONYM_ALIAS_RE.finditer(body) if "(" in body and _ACRONYM_HINT_RE.search(body) else ():
        words = m.group(1).split()
        acr = m.group(2)
        if len(words) >= len(acr) and "".join(w[0] for w in words[-len(acr):]).upper() == acr:
            alias[_fw(acr)] = " ".join(words[-len(acr):])
    for m in _ID_HONORIFIC_NICK_RE.finditer(body) if doc.lex.language == "id" and "(" in body else ():
        # "Menteri Sosial Saifullah Yusuf (Gus Ipul)": a nickname with an honorific in brackets after a name
        name = _run_name(m.group(1), "id")[0]
        if name:
            alias.setdefault(_fw(m.group(2)), name)
    for m in _NICK_FIRST_RE.finditer(body) if "sapaan" in body else ():
        alias.setdefault(_fw(m.group(1)), m.group(2))
    for m in _NICK_SECOND_RE.finditer(body) if any(k in body for k in _NICK_KEYWORDS) else ():
        if doc.lex.language == "en" and ("," not in m.group() or body[m.end():m.end() + 2] in ("'s", "’s")):
            continue  # "The Law Society dubbed Mr Clarke's proposals ...": a verb and its object, no nickname
        if _full_names_with(doc, m.group(1)):
            alias.setdefault(_fw(m.group(2)), m.group(1))
    for nick, full in _id_known_short_forms()[1].items() if doc.lex.language == "id" else ():
        if nick in body and full in body:
            # (s16id) a well-known nickname ("Jokowi", lexicon known_short_forms) where the article names the full
            # name (after the aliases the article defines itself)
            alias.setdefault(_fw(nick), full)
    doc.aliases = alias
    return alias


def _short_forms(doc: _Doc) -> dict[str, str]:
    """Indonesian short forms defined in brackets after the long form, in mixed case: "Universitas
    Udayana (Unud)" -> {"Unud": "Universitas Udayana"} when the short form's letters occur in order in
    the long form and both start with the same letter."""
    if doc.short_forms is not None:
        return doc.short_forms
    out: dict[str, str] = {}
    for m in _SHORT_FORM_RE.finditer(doc.body) if "(" in doc.body and _SHORT_FORM_HINT_RE.search(doc.body) else ():
        words, short = m.group(1).split(), m.group(2)
        for k in range(len(words) - 1):  # the shortest tail of the run that starts with the short form's letter
            long_form = words[k:]
            if long_form[0][0] != short[0]:
                continue
            letters = iter("".join(long_form).lower())
            if all(c in letters for c in short.lower()):
                out.setdefault(short, " ".join(long_form))
            break
    doc.short_forms = out
    return out


@lru_cache(maxsize=1)
def _particle_name_res_en() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """English (s20names): the particles and surname after a speaker's given name ("said Dominique| de Villepin",
    "Saud| al-Faisal") and the given name and particles before a surname ("Ruud van |Nistelrooy said", "Mr de
    |Villepin"), from the lexicons ``name_particles`` and ``name_prefixes``."""
    part = "|".join(sorted(_name_particles_en(), key=len, reverse=True))
    pre = "|".join(sorted(_name_prefixes_en(), key=len, reverse=True))
    word = rf"[{_UPPER}][^\W_]*(?:[-'’][^\W_]+)*"
    right = re.compile(rf"(?:[ \t]+(?:(?:{part})[ \t]+){{1,2}}(?:(?:{pre})[-'’])?{word}|[ \t]+(?:{pre})[-'’]{word})"
                       rf"(?:[ \t]+(?:(?:{part})[ \t]+)?{word}){{0,2}}")
    left = re.compile(rf"(?<![\w'’.-])((?:{_CAP_WORD}[ \t]+){{1,4}})((?:(?:{part})[ \t]+){{1,2}})$")
    return right, left


def _particle_names_en(doc: _Doc, quotes: list[_Quote]) -> None:
    """English (s20names): a speaker's name found without the lower-case particles inside it is written whole:
    "Ruud van Nistelrooy said" (found "Nistelrooy"), '"...," said Dominique de Villepin' (found "Dominique"), "Mr
    de Villepin said", "Saud al-Faisal" (particles lexicon ``name_particles``, prefixes ``name_prefixes``)."""
    body = doc.body
    lex = doc.lex
    right_re = left_re = None
    particles = _name_particles_en()
    prefixes = _name_prefixes_en()
    for q in quotes:
        if q.speaker_kind != "name":
            continue
        a = q.sp_start
        if a < 0:
            continue
        b = q.sp_end
        # cheap tests first: a particle or a prefix right after the name, a particle or an initial right before it
        w = _LOWER_WORD_RE.match(body, b + 1) if body[b:b + 1] == " " else None
        after = w is not None and (w.group() in particles or body[w.end():w.end() + 1] in ("-", "'", "’")
                                   and w.group() in prefixes)
        before = a >= 3 and body[a - 1] == " " and (body[a - 2] == "." and body[a - 3].isupper() and not body[
            a - 4:a - 3].isalpha() or body[a - 2].islower() and body[
            body.rfind(" ", max(0, a - 8), a - 1) + 1:a - 1] in particles)
        if not (after or before) or body[a:b] != q.speaker:
            continue
        if after:
            if right_re is None:
                right_re, left_re = _particle_name_res_en()
            m = right_re.match(body, b)
            if m and m.end() > b and body[m.end():m.end() + 1] not in ("'", "’"):
                b = m.end()
        if before and body[a - 2] != ".":
            if left_re is None:
                right_re, left_re = _particle_name_res_en()
            m = left_re.search(body, max(0, a - 90), a)
            if m:
                caps = m.group(1).split()
                k = 0
                while k < len(caps) and (_opener(caps[k], lex) or caps[k].lower() in lex.connectors):
                    k += 1  # "But Ruud van Nistelrooy": an opener is no part of the name
                if k < len(caps):
                    a = m.start(1) + [x.start() for x in _NONSPACE_RE.finditer(m.group(1))][k]
        elif before and body[a - 2] == "." and (m := _INITIALS_BEFORE_EN_RE.search(body, max(0, a - 70), a)):
            # "A.R. Rahman said", "P. Chidambaram, the minister, said" (found "Rahman", "Chidambaram"): the initials
            # before the surname, and the given name before them ("George H.W. Bush"); not "in the U.S. Smith"
            caps = m.group(1).split()
            k = 0
            while k < len(caps) and (_opener(caps[k], lex) or caps[k].lower() in lex.connectors):
                k += 1
            prev = body[max(0, m.start(2) - 3):m.start(2)].rstrip(" \t")
            if k < len(caps):
                a = m.start(1) + [x.start() for x in _NONSPACE_RE.finditer(m.group(1))][k]
            elif not prev or prev[-1] in "\n.!?\"“”(:":
                a = m.start(2)
        if (a, b) != (q.sp_start, q.sp_end):
            q.speaker, q.sp_start, q.sp_end = body[a:b], a, b


def _resolve(doc: _Doc, quotes: list[_Quote]) -> None:
    lex = doc.lex
    body = doc.body
    cache: dict[str, _Names] = {}

    def names() -> _Names:  # the index of names is built only when (and as far as) a quote needs it
        if "n" not in cache:
            cache["n"] = _Names(doc)
        return cache["n"]

    if lex.language == "en":
        _particle_names_en(doc, quotes)
    roles_seen: dict[str, str] = {}

    def role_of(name: str) -> str:
        if name not in roles_seen:
            role = ""
            if len(name) > 2:
                i = body.find(name + ",")
                while i >= 0 and not role:
                    role = _appos_role(body, i + len(name), lex)
                    i = body.find(name + ",", i + 1)
            roles_seen[name] = role
        return roles_seen[name]

    short = {_fw(q.speaker) for q in quotes if q.speaker_kind == "name" and len(q.speaker.split()) == 1}
    # the first word of a short, title-less name used as a speaker ("Menurut Sri Mulyani") marks where a
    # longer run's name starts ("Menteri Keuangan Sri Mulyani Indrawati")
    for q in quotes:
        words = q.speaker.split()
        if q.speaker_kind == "name" and 2 <= len(words) <= 3 and all(
                _is_cap(w) and not _is_acronym(w) and w.lower() not in lex.roles and w.lower() not in lex.title_first
                for w in words):
            short.add(_fw(words[0]))
    # "Dikbud menegaskan ..." after "Dinas Pendidikan dan Kebudayaan (Dikbud)": an organisation's short form
    # used alone is no name that marks where "Kepala Dikbud Kendari Saemina"'s name starts, and inside a
    # speaker phrase it belongs to the role ("Sekretaris Jenderal Kemenhub Antoni Arief"); a person's short
    # form ("Bambang Soesatyo (Bamsoet)") stays a name
    orgs = frozenset(k for k, v in _short_forms(doc).items() if v.split()[0].lower() in lex.org_words) \
        if lex.language == "id" else frozenset()
    short -= {_fw(k) for k in orgs}
    last_name = ""
    last_role = ""
    last_person = ""  # personal pronouns and clitics (dia, -nya, he, she) skip organisations ("KPK", "DKPP")
    person_role = ""
    spokes_org = ""  # English: the organisation of the last "spokesman for ..." resolved to it
    named_gap = (-1, -1)
    named_end = -1
    named_person = named_role = ""  # English: the last person a quote named (not a role: "A spokesman ...
    # The spokesman") and the role given
    prev_end = -1
    seen: list[_Quote] = []  # the quotes resolved so far, in order
    the_orgs: set[str] = set()  # English: names quoted as "the X" that are no person ("The Treasury said")
    bare_titles: dict[int, str] = {}  # English: the bare honorific ("Mr") of a quote whose role it is not (s17spk)
    for q in sorted(quotes, key=lambda x: x.cue_pos if x.cue_pos >= 0 else x.start):
        seen.append(q)
        if q.speaker and q.speaker[0] in "LlTtNnEeY" and lex.language == "en" and (
                m_ts := _TIME_SPEAKER_EN_RE.match(q.speaker)):  # (s24speed: no empty speaker tried)
            # s21ntxen: "Last month Australia's competition watchdog said", "This week opposition politicians had
            # called on", "..., but this year announced": a fronted time adverbial is no part of the speaker (alone,
            # no speaker at all)
            q.speaker = q.speaker[m_ts.end():]
            q.speaker_kind = _speaker_kind(q.speaker.split(), lex) if q.speaker else ""
            if q.role and _TIME_SPEAKER_EN_RE.match(q.role):
                q.role = ""
        if q.speaker_kind == "role" and lex.language == "en" and _titled_surname(doc, q.speaker):
            q.speaker_kind = "name"  # "Mr. King said", "King said" after "Rep. Peter King"
        elif q.speaker_kind == "name" and lex.language == "en" and q.speaker[:2] in ("th", "Th", "a ", "A ", "an", "An") \
                and "spokes" not in q.speaker and _DESCRIPTION_EN_RE.match(q.speaker):
            q.speaker_kind = "role"  # "the Salford MP", "the chairman of the Police Federation of England and Wales"
        elif q.speaker_kind == "name" and lex.language == "en" and q.speaker[:4] in ("the ", "The ") and \
                _demonym_ref_en(q.speaker):
            q.speaker_kind = "role"  # (s18spk) "the Welshman", "the 24-year-old Swiss": a person by nationality
        if q.speaker_name == "@prev":
            q.speaker_name = last_name
            q.role = q.role or last_role
            if lex.language == "en" and q.speaker_kind == "pronoun" and (same := next((
                    s for s in reversed(seen[:-1]) if s.speaker == q.speaker and s.speaker_name), None)) is not None:
                # s17mixed: 'He also attacked the "failure" ..., telling delegates ...': the participle's subject is the
                # quote's before it in the sentence, a pronoun resolved there (not the last name quoted)
                q.speaker_name, q.role = same.speaker_name, same.role
        elif q.speaker_kind == "name" and lex.language == "en" and q.speaker[:4] in ("the ", "The ") and \
                sum(body.count(v) for v in {q.speaker[4:], q.speaker[4:].lower(), q.speaker[4:].title()}) > 1 and \
                _definite_person_role_en(q.speaker, lex, name=True) and \
                (holder := _role_holder_en(doc, q.speaker, _before_quote(q))) and holder != "?":
            q.speaker_name = holder  # "the Archbishop of Canterbury, Dr Rowan Williams, ... The Archbishop of
            q.role = _strip_det(q.speaker, lex)  # Canterbury said": the one person the article gives the office
        elif q.speaker_kind == "name" and named_person and last_person == named_person and lex.language == "en" \
                and q.speaker[:4] in ("the ", "The ") and _definite_person_role_en(q.speaker, lex, name=True) \
                and _role_fits_en(q.speaker, named_role or role_of(named_person)) \
                and not _other_person_between(doc, names(), named_person, named_end, _before_quote(q)) \
                and not _other_person_between(doc, names(), named_person, *named_gap, honorific=True):
            q.speaker_name = named_person  # "said the New Zealander", "The MP for Sittingbourne and Sheppey said"
            q.role = _strip_det(q.speaker, lex)
        elif q.speaker_kind == "name":
            rel = frozenset(w for w in (_fw(x) for x in q.speaker.split()) if w in short)
            name, role = _canonical_cached(q.speaker, lex.language, rel, orgs)
            if lex.language == "id" and q.speaker[:1] in "DK" and _ID_POLICE_NAME_RE.fullmatch(q.speaker):
                name, role = q.speaker, ""  # s25idspk: "Departemen Kepolisian Baton Rouge": a police force, no person
            if lex.language == "id" and name.split()[0] in _id_local_places(body):
                name, role = _id_drop_places(name, role, body)  # "Bupati Agam Benni Warlis" ("Kabupaten Agam")
            if lex.language == "id" and role.lower() in _ID_NICK_HONORIFICS and len(name.split()) == 1:
                # "Gus Ipul" for "Menteri Sosial Saifullah Yusuf (Gus Ipul)": the honorific is no role
                full = _expand(name, doc, q.start)
                fr = _id_full_role(doc, full) if full != name else ""
                if fr and (fr.split()[0].lower() in lex.roles or fr.split()[0].lower() in lex.title_first):
                    role = fr  # (a title-case headline run is no role: "Cerita Gus Bansos")
            if lex.language == "en" and (role.endswith(_NAME_JOINER_ENDS_EN) or name == role and any(
                    f" {w} " in name for w in _AFFILIATION_PREPS_EN)):
                name, role = _of_name_en(q.speaker, name, role, lex)  # "the Bank of England", not "England"
            elif lex.language == "en" and name != role and " " in role and not q.speaker.startswith(name) and any(
                    f" {w} " in role for w in _AFFILIATION_PREPS_EN):
                # s16bbcspk: a person's name before of/at/in/from whose affiliation holds a role word or a
                # lower-case word ("Stuart Hensel of the Economist Intelligence Unit", "Laura Brownlees of Save
                # the Children", "Herbert Hansen of Respond's Belgian partner Keyobs"): the person, not the body
                of_name, of_role = _of_name_en(q.speaker, name, role, lex)
                if of_name != name and q.speaker.startswith(of_name) and _one_person_doc(doc, of_name) and \
                        _person_named_en(doc, of_name) and not _person_named_en(doc, name):
                    name, role = of_name, of_role
            if lex.language == "en" and q.speaker[:4] in ("the ", "The ") and q.speaker[4:5].isupper():
                if role in ("The", "the"):
                    role = ""  # (s17spk) "The Kremlin said": the determiner is no role
                elif name == role == q.speaker and all(_is_cap(w) or w in _ORG_NAME_JOINERS_EN
                                                       for w in q.speaker[4:].split()):
                    name, role = q.speaker[4:], ""  # (s17spk) "The Home Office said": the name without "The"
            name = _expand(name, doc, q.start)
            if lex.language == "en" and name[:4] == "The " and q.speaker[:4] in ("the ", "The ") and \
                    q.speaker[4:5].isupper():
                name = name[4:]  # (s17spk) "the Home Office said" after "The Home Office ..." opened a sentence
            q.speaker_name = name
            if lex.language == "en" and role and role.rstrip(".").lower() in _en_words("honorifics"):
                # (s17spk) "Mr Smith said": a bare honorific is no role; the role the article gives the person
                # in full ("John Smith, the head of the charity,"), else none (a peer's "Lord" / "Sir" stays;
                # "said Mr Makower, credit cards are ...": a surname's comma opens no role)
                bare_titles[id(q)] = role  # (a description may still mean this person: "The Spectator editor")
                q.role = q.role or " " in name and role_of(name) or doc.full_roles.get(name, "") or (
                    role if role.lower() in _PEER_HONORIFICS else "")
            else:
                q.role = q.role or role or role_of(name) or doc.full_roles.get(name, "")
        elif q.speaker_kind in ("pronoun", "clitic"):
            low = q.speaker.lower()
            if low in ("i", "saya", "aku", "we", "kami") and last_name == "":
                q.speaker_name = ""
            elif low == "mereka" and (plural := _id_plural_antecedent(doc, q)):
                q.speaker_name, q.role = plural, q.role  # (s18id) "Sejumlah warga Boyolali melaporkan ... Mereka menduga"
            elif low in ("it", "they", "mereka", "pihaknya") or low == "its" and lex.language == "en":
                q.speaker_name = last_name or _last_mention(names(), q.start)
                q.role = q.role or (last_role if q.speaker_name == last_name else role_of(q.speaker_name))
                if low == "they" and lex.language == "en" and q.speaker_name and (
                        _one_person_doc(doc, q.speaker_name) or _person_named_en(doc, q.speaker_name) or (
                        (head := q.speaker_name.split()[-1].lower()) in _person_roles_en()
                        and head not in _COLLECTIVE_ROLES_EN and not head.endswith("s"))):  # ("finance minister")
                    q.speaker_name, q.role = "", ""  # ("they" is no one person named before: left unresolved)
                elif low in ("it", "its") and lex.language == "en" and q.speaker_name and (
                        _person_named_en(doc, q.speaker_name) or _person_role_en(q.role) or _plural_phrase_en(
                        q.speaker_name) or any(
                        s.speaker_name == q.speaker_name and s.speaker.lower() in ("he", "she") for s in seen)):
                    # "BA said ... BA chairman Martin Broughton said ... It also reported": "it" is never a person
                    # (one given a person's role, "an economist with MM Warburg", or called "he"/"she"; left unresolved)
                    q.speaker_name, q.role = "", ""
            else:
                own = _clause_antecedent(doc, q) if lex.language == "en" else ""
                if own:
                    # "Trump has blasted the system, which he said runs ...": the subject of the sentence
                    q.speaker_name = own
                    q.role = q.role or role_of(own) or doc.full_roles.get(own, "")
                    prev_end = max(prev_end, q.end, q.cue_pos + len(q.cue))
                    continue
                fresh, fresh_role = _new_subject(doc, q, prev_end) if lex.language == "id" else ("", "")
                if not fresh and lex.language == "id":
                    # s25idspk: a person named as the subject of a sentence before (after the last quote), with no
                    # title needed: "Bapak Gendon menceritakan ... 'Q,' katanya", "Ny. Humphreys, yang ..., kehilangan"
                    fresh, fresh_role = _id_prev_subject(doc, q, prev_end)
                if fresh and fresh != last_person:
                    # "Kasat Reskrim ... Andrie Setiawan tak menampik kabar itu. Menurutnya, ...": a person
                    # brought in by the sentence before, after the last quote, is who the pronoun means
                    last_person, person_role = fresh, fresh_role
                lead = _lead_in_subject_en(doc, q) if lex.language == "en" and low in ("he", "she") else ""
                if lead and not _other_gender(body, lead, low):
                    # "On the campaign trail, Mrs. Clinton regularly pledges to '...,' as she put it": the
                    # subject of the words before the quotation in its own sentence
                    last_person, person_role = lead, role_of(lead) or doc.full_roles.get(lead, "")
                elif lex.language == "en" and low in ("he", "she"):
                    fresh = _prev_subject_en(doc, q, prev_end)
                    if fresh and fresh != last_person and not _other_gender(body, fresh, low):
                        # "Melzer has now beaten Agassi ... 'I had a good game plan,' he said": the subject of the
                        # sentence before, after the last quote, is who the pronoun means (not the last name)
                        last_person, person_role = fresh, role_of(fresh) or doc.full_roles.get(fresh, "")
                elif lex.language == "en" and not low and not q.cue and q.kind == "direct":
                    fresh = _prev_subject_en(doc, q, prev_end)
                    if fresh and fresh != last_person and (_person_named_en(doc, fresh) or any(
                            s.speaker_name == fresh for s in seen)):
                        # 'Ruddock, though, is keen to protect his players. "At this stage ..."' (s15bbc): a
                        # quotation with no cue after a sentence whose subject is a person named after the last
                        # quote is that person's (one surely a person: a given name, "Mr Ruddock", quoted before)
                        last_person, person_role = fresh, role_of(fresh) or doc.full_roles.get(fresh, "")
                if lex.language == "en" and low in _PERSONAL_EN and spokes_org and last_person == spokes_org:
                    q.speaker_name = spokes_org  # "A spokesman for the Home Office said ... he said": the same source
                elif lex.language == "en" and low in _PERSONAL_EN:
                    # "he"/"she" is a person: never a place, organisation, event or work ("South China Sea",
                    # "Law Society", "Lord Butler's report"), nor a plural or an object noun ("company")
                    q.speaker_name = next((c for c in (last_person, last_name) if _person_ref_en(c, lex)
                                           and c not in the_orgs and not _named_thing_en(body, c)), "")
                    if not q.speaker_name and (last_person in the_orgs or _named_thing_en(body, last_person)):
                        # "water firm Aguas Argentinas ... Aguas Argentinas told ... Yet he added", "Mr Blair said
                        # ... The Treasury said ... 'A,' he said": the person quoted before it
                        prior = next((p for p in reversed(seen[:-1]) if p.speaker_name and
                                      _person_ref_en(p.speaker_name, lex) and p.speaker_name not in
                                      the_orgs and not _named_thing_en(body, p.speaker_name)), None)
                        q.speaker_name = prior.speaker_name if prior and not (
                            last_person in the_orgs and _other_person_between(
                                doc, names(), prior.speaker_name, max(prior.end, prior.cue_pos + len(prior.cue)),
                                _before_quote(q))) else ""  # (not past another person named since)
                    if not q.speaker_name and not last_person and not last_name:
                        q.speaker_name = _last_mention(names(), q.start, lex)
                    if not q.speaker_name and low in ("he", "she"):
                        # "Tory co-chairman Liam Fox has opened ... Labour's rule has been ... He also attacked":
                        # no person quoted before; the nearest named subject of the three sentences before
                        block: list[int] = []
                        q.speaker_name = _prev_subject_en(doc, q, prev_end, back=3, block=block) or \
                            _only_person_before_en(doc, names(), _before_quote(q), low, block[0] if block else 0)
                        if q.speaker_name:
                            last_person, person_role = q.speaker_name, role_of(q.speaker_name)
                    if q.speaker_name and _other_gender(body, q.speaker_name, low):
                        # "she" after a quote by "Mr Howard": the last speaker the article calls "Ms", "Mrs" ...
                        q.speaker_name = next((p.speaker_name for p in reversed(seen[:-1]) if p.speaker_kind == "name"
                                               and _person_ref_en(p.speaker_name, lex)
                                               and _other_gender(body, p.speaker_name, _OTHER_PRONOUN[low])), "")
                else:
                    q.speaker_name = last_person or last_name or _last_mention(names(), q.start)
                q.role = q.role or (person_role if q.speaker_name == last_person else
                                    last_role if q.speaker_name == last_name else role_of(q.speaker_name))
        elif q.speaker_kind == "role" and lex.language == "en" and (
                "year-old" in q.speaker and _AGE_ROLE_EN_RE.match(q.speaker) or _demonym_ref_en(q.speaker)) and (
                    aged := _prev_subject_en(doc, q, prev_end, back=1 if last_person else 3) or (
                        last_person if _person_ref_en(last_person, lex) else "") or not last_person and (
                        _only_person_before_en(doc, names(), _before_quote(q), "he") or _only_person_before_en(
                            doc, names(), _before_quote(q), "she"))):
            # "The 27-year-old, who captained St Helens, said ...": the person named before, as "he" would be
            # (the subject of the sentence before, after the last quote; with no person quoted before, of the
            # sentences before or the one person named there: "Southampton's David Prutton faces a ban ... The
            # 23-year-old has admitted", s15resbat; s18spk: a nationality noun likewise, "Gareth Bale scored twice
            # ... the Welshman said", "said the American")
            q.speaker_name = aged
            q.role = q.role or _strip_det(q.speaker, lex)
        elif q.speaker_kind == "role":
            found = _role_match(q.speaker, quotes, names(), q, lex) if not (
                lex.language == "id" and q.speaker.lower() in _ID_COLLECTIVE_SOURCES) else ""
            if not found and lex.language == "id" and q.speaker.lower() in _ID_POLICE_SOURCES and "Kepolisian " in body:
                # s25idspk: "kata Departemen Kepolisian Baton Rouge ... polisi mengatakan": the police force the article
                # names (a translated "X Police Department", "Kepolisian Paris") is who "polisi" means
                found = _id_police_named_before(doc, _before_quote(q))
            if not found and lex.language == "id" and " " not in q.speaker and "(" in body and (
                    k_sf := body.find(f"({q.speaker}) ")) > 0 and k_sf < q.start and (
                    run_sf := _CAP_RUN_RE.match(body, k_sf + len(q.speaker) + 3)) is not None:
                # (s17id) "Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Abdul Mu'ti Hidayat ... kata
                # Mendikdasmen": the office's short form defined in brackets before the holder's name
                found = _expand(_titled_name(run_sf.group(), lex)[0] or _run_name(run_sf.group(), "id")[0], doc, q.start)
            holder = _role_holder_en(doc, q.speaker, _before_quote(q)) if not found and lex.language == "en" and \
                q.speaker[:4] in ("the ", "The ") and _definite_person_role_en(q.speaker, lex) else ""
            if holder:
                # "Chancellor Gordon Brown ... Mr Fallon asked Mr Brown ... But the chancellor said": the one
                # person the article calls by that role ("?": several, left unresolved)
                found = holder.strip("?")
                if q.role.lower() in lex.determiners:
                    q.role = ""
            elif not found and lex.language == "en" and named_person and last_person == named_person and \
                    _definite_person_role_en(q.speaker, lex) and \
                    _role_fits_en(q.speaker, named_role or role_of(named_person)) and \
                    not _other_person_between(doc, names(), named_person, named_end, _before_quote(q)) and \
                    not _other_person_between(doc, names(), named_person, *named_gap, honorific=True) and \
                    not _office_apart_en(doc, q.speaker, named_person, _before_quote(q)):
                # "Tony Blair says ... The prime minister said", "said the New Zealander": a definite person
                # description no one else in the article holds is the person named last
                found = named_person
                if q.role.lower() in lex.determiners:
                    q.role = ""
            if not found and not holder and lex.language == "en" and _definite_person_role_en(q.speaker, lex):
                # ("the economy minister said" ... "Economy Minister Heizo Takenaka" after it)
                found = _role_holder_en(doc, q.speaker, _before_quote(q), after=True).strip("?")
            if not found and not holder and lex.language == "en" and q.speaker[:4] in ("the ", "The ") and \
                    _definite_person_role_en(q.speaker, lex) and (subj := _prev_subject_en(doc, q, prev_end)) and \
                    _role_fits_en(q.speaker, _subject_role_words_en(doc, subj, _before_quote(q)) + " " + role_of(subj)) \
                    and not _office_apart_en(doc, q.speaker, subj, _before_quote(q)):
                # (s18spk) "Tony Blair has rejected calls for ...\n\nThe prime minister told his monthly press
                # conference": a person's role standing for the person named as the subject of the sentence just
                # before (no quote between), unless the role given to that person is another office
                found = subj
                if q.role.lower() in lex.determiners:
                    q.role = ""
            if not found and lex.language == "en" and q.speaker[:2] in ("a ", "A ", "an", "An") and \
                    _definite_person_role_en("the " + q.speaker.split(None, 1)[-1], lex):
                found = _lead_cataphor_en(doc, q)  # "..., a Labour backbencher has said.\n\nDerek Wyatt said ..."
            if not found and lex.language == "en" and _org_description_en(q.speaker):
                found = _org_antecedent_en(doc, _before_quote(q), q.speaker)  # "Eurotunnel has seen sales fall ... The firm said"
                if not found and q.cue_pos > q.start and q.kind != "direct":
                    # s17en: "Eskom will implement load shedding from Tuesday, the utility said": with no name before
                    # it, an inverted description refers to the organisation its own content opens with
                    found = _content_org_en(doc, q)
            elif not found and lex.language == "en" and _org_kind_en(q.speaker):
                # (s17spk) "The Labour Party ... the party said", "Premiership club Arsenal ... the club said": only
                # a name written with the noun (a generic body otherwise)
                found = _org_antecedent_en(doc, _before_quote(q), q.speaker, named_only=True)
                if "-based " in found:
                    found = found.split("-based ", 1)[1]  # (s18spk: "the San Francisco-based US Court of Appeals")
                if not found and q.speaker.count(" ") == 1 and q.speaker[4:] == "party":
                    # (s18spk) "by the Liberal Democrats ... The party says", "a future Tory government, the party has
                    # said", "A spokesman for UKIP ... The party asserts": the political party named last before it
                    found = _party_before_en(doc, q.cue_pos if q.cue_pos > q.start else _before_quote(q))
                if not found and q.speaker.count(" ") == 1 and q.speaker.split()[1] in _PUBLICATION_REFS_EN:
                    # (s18spk) "according to the Financial Times.\n\nThe paper said", "Vedomosti newspaper
                    # reported ... The paper added": the publication named last before it
                    found = _publication_before_en(doc, _before_quote(q))
            if not found and lex.language == "id" and " disapa " in q.speaker and (
                    m_nk := _ID_NICK_IN_DESC_RE.search(q.speaker)) is not None:
                # (s20id) "Pria yang akrab disapa Jro Bendesa Ketut itu mengatakan": the nickname in the description
                # names the person (the full name holding its last word, "I Ketut Sudarsana"), not the one quoted last
                for w in reversed(m_nk.group(1).split()):
                    cand = _expand(w, doc, q.start)
                    if len(cand.split()) >= 2 and w in cand.split():
                        found = cand
                        break
            if not found and lex.language == "id" and last_person and \
                    q.speaker.rsplit(None, 1)[-1].lower() in lex.demonstratives and \
                    any(w.lower() in lex.roles or k_w == 0 and w.lower() in _id_person_nouns()
                        for k_w, w in enumerate(q.speaker.split()[:-1])):
                # (s15idbat) "Anggota Komisi XII DPR itu mengatakan", "kata politikus Gerindra tersebut": a role with a
                # demonstrative refers back; with no holder of that role named, to the person quoted last
                found = last_person
            if found:
                q.speaker_name = found
                q.role = q.role or _strip_det(q.speaker, lex)
            else:
                q.speaker_name = _strip_det(q.speaker, lex)
                q.role = q.role or q.speaker_name
        if lex.language == "id" and q.sp_start >= 2 and (
                q.speaker_kind == "role" and q.speaker[:1].islower() and q.speaker_name == _strip_det(q.speaker, lex)
                or q.speaker_kind == "name" and _is_acronym(q.speaker)) and \
                (k_ap := _id_role_words_back(doc, q.sp_start)) >= 0 and \
                (appos_name := _id_name_before_appos(doc, k_ap)):
            # s25idspk: "Paul Newman, analis ritel RSM mengatakan", "X, analis rekreasi dan perhotelan RSM mengatakan":
            # the closing comma of the apposition dropped, the name opening the sentence before the role speaks
            q.speaker_name, q.role = appos_name, body[k_ap + 2:q.sp_end]
        if lex.language == "en" and q.role and q.speaker_kind in ("name", "role") and q.role[:1].isupper() \
                and q.role not in q.speaker:
            named_appos = _apposed_name_en(doc, q.speaker_name, q.role,
                                           unresolved=q.speaker_name == _strip_det(q.speaker, lex))
            if named_appos:
                # "India's third-biggest software firm, Wipro", "BT's futurologist, Ian Pearson": the name apposed
                # to a description is who speaks, the description its role
                q.speaker_name, q.role = named_appos, _strip_det(q.speaker, lex)
        if lex.language == "en" and q.speaker[:1].islower() and q.speaker_kind in ("name", "role") and \
                q.cue_pos >= 0 and q.speaker.split()[0] not in _QUANTIFIERS_EN and \
                not q.speaker.startswith(("the ", "a ", "an ")):
            before = _name_before_appos_en(doc, q)
            if before:
                # "Chris Panayis, managing director of ISP Freedom2surf said": the person the role is apposed to
                q.speaker_name, q.role = before, q.speaker
        if lex.language == "en" and "spokes" in q.speaker:
            org = _spokes_org_en(doc, q)
            if not org and spokes_org and q.speaker[:4] in ("the ", "The ") and \
                    q.speaker[4:] in ("spokesman", "spokeswoman", "spokesperson") and \
                    q.speaker_name == _strip_det(q.speaker, lex):
                org = spokes_org  # (s18spk) "A Bayern spokesman said ... '...,' the spokesman said": the same one
            if not org and q.speaker_name == _strip_det(q.speaker, lex) and _BARE_SPOKES_EN_RE.match(q.speaker):
                org = _org_subject_before_en(doc, q, the_orgs | {s.speaker_name for s in seen[:-1] if s.speaker_name
                                                                 and s.speaker_kind == "name"})
            if org:
                # "A spokesman for the British Phonographic Industry said": no person named, the organisation
                q.speaker_name, q.role = org, q.role or _SPOKES_WORD_EN_RE.search(q.speaker).group()
                spokes_org = org
        if lex.language == "en" and q.speaker[-3:] in ("ent", "ter", "ase") and \
                q.speaker_name == _strip_det(q.speaker, lex) and (m_st := _ORG_STATEMENT_EN_RE.match(q.speaker)) and \
                m_st.group(1) not in _PLACE_ACRONYMS_EN and m_st.group(1).lower() not in _place_names_en() and \
                m_st.group(1).lower() not in _name_fronts_en():
            # (s18spk) "An IAAF statement said", "a Holcim statement said": the body whose statement it is speaks
            q.speaker_name = m_st.group(1)
        if lex.language == "en" and q.speaker_name.count(" ") >= 2:
            q.speaker_name, q.role = _tidy_name_en(body, q.speaker_name, q.role, lex)
        if lex.language == "id" and 0 < q.sp_start and body[q.sp_start - 1:q.sp_start] == "(" and \
                body[q.sp_end:q.sp_end + 1] == ")" and _is_acronym(q.speaker) and \
                (long_form := _id_bracketed_long_form(doc, q.sp_start - 1, q.speaker)):
            # s25idspk: "Pusat Badai Nasional (NHC) menyatakan", "Seorang anggota majelis (AM) mengatakan": the
            # subject as written before the short form in brackets, where a translation's words do not spell it
            q.speaker_name, q.role = long_form, q.role if q.role != q.speaker else ""
        if lex.language == "en" and q.speaker_name[-1:].isupper() and "(" in body:
            # "The ONS said" after "the Office for National Statistics (ONS)": the full name
            full = _acronym_full_en(body, q.speaker_name)
            if spokes_org == q.speaker_name:
                spokes_org = full
            q.speaker_name = full
        if lex.language == "en" and q.speaker[:4] in ("the ", "The ") and q.speaker[4:5].isupper() and \
                q.speaker_name == q.speaker[4:] and not _person_ref_en(q.speaker, lex) and \
                not _definite_person_role_en(q.speaker, lex, name=True) and f"{q.speaker_name}, who " not in body:
            the_orgs.add(q.speaker_name)  # "The Treasury said", "the BBC said": no "he" or "she" (s15resbat; not
            # a stage name: "The Game, who has become the hottest new star")
        if q.speaker_name and q.speaker_kind in ("name",) and len(q.speaker_name.split()) >= 1:
            last_name = q.speaker_name
            last_role = q.role
            if not all(_is_acronym(w) for w in q.speaker_name.split()) or (
                    lex.language == "id" and _initials_of_person(body, q.speaker_name)):
                last_person, person_role = q.speaker_name, q.role
                if lex.language == "en" and _one_person_doc(doc, q.speaker_name):
                    named_person, named_role = q.speaker_name, bare_titles.get(id(q)) or q.role
                    named_end = max(q.end, q.cue_pos + len(q.cue))  # (from there: "Mr Blair was asked if")
                    sp = body.rfind(q.speaker.split()[-1], max(0, q.cue_pos - 300), q.cue_pos) if q.speaker else -1
                    named_gap = (sp if sp >= 0 else q.cue_pos + len(q.cue), q.start)  # (a person between the
                    # speaker and the quote blocks a description: "Michael Fallon asked Mr Brown whether ... and
                    # said that ... But the chancellor said")
        elif q.speaker_name and q.speaker_kind == "role":
            last_name = q.speaker_name
            last_role = q.role
            if lex.language != "en" or not (_org_description_en(q.speaker) or _org_kind_en(q.speaker) and
                                             q.speaker_name[:1].isupper()):
                last_person, person_role = q.speaker_name, q.role  # ("the company said": no "he")
        prev_end = max(prev_end, q.end, q.cue_pos + len(q.cue))


#: English (s21ntxen): a time adverbial opening a speaker phrase ("Last month", "This week", "Late last year,",
#: "Earlier this year", "Last Tuesday", "Yesterday"), with the comma or space after it.
_TIME_SPEAKER_EN_RE = re.compile(
    r"(?:(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)[ \t]+)?(?:[Ll]ast|[Tt]his|[Nn]ext)[ \t]+(?:past[ \t]+)?(?:year|month|"
    r"week|weekend|season|summer|spring|autumn|winter|fall|night|morning|afternoon|evening|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:,?[ \t]+|,?$)|(?:[Yy]esterday|[Tt]oday|[Tt]onight)(?:,?[ \t]+|,?$)")


#: English: a description whose head is a role after a capitalised modifier ("the Salford MP", "A Plaid Cymru MP")
#: or before an "of"/"for" phrase ("the chairman of the Police Federation"): no name, though capitalised words.
_DESCRIPTION_EN_RE = re.compile(r"(?:[Tt]he|an?|An?)[ \t]+(?:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:MP|MEP|MSP|AM|"
                                r"[a-z]+)|[a-z]+[ \t]+(?:of|for)[ \t]+.+)$")


#: English nouns of people left unnamed ("the woman, who did not want to be named", "the official").
_ANONYMOUS_EN = frozenset({"man", "woman", "person", "boy", "girl", "official", "source", "insider", "witness",
                           "resident", "officer", "worker"})
#: English: "the 25-year-old", "the Oscar winner", "the MP for Sittingbourne and Sheppey": a definite person
#: description (one to four words before any "of"/"for"/"at" phrase).
_DEFINITE_ROLE_EN_RE = re.compile(r"[Tt]he\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?:\s+(?:of|for|at)\s.*)?$")


@lru_cache(maxsize=1)
def _demonyms_en() -> frozenset[str]:
    """English nationality nouns ("American", "New Zealander": lexicon ``demonyms``), lower case."""
    return _en_words("demonyms")


@lru_cache(maxsize=1)
def _party_names_en() -> tuple[dict[str, str], re.Pattern[str]]:
    """English (s18spk): political parties as written -> canonical name (lexicon ``political_parties``), and a
    pattern of the written forms (longest first, whole words)."""
    table: dict[str, str] = {}
    for line in load_list_or_empty("political_parties", "en"):
        written, _, canonical = line.partition("\t")
        table[written.strip()] = canonical.strip() or written.strip()
    alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<![\w'’-])(?:{alts or '(?!)'})(?![\w'’-])")


def _party_before_en(doc: _Doc, pos: int) -> str:
    """English (s18spk): the canonical name of the political party named last in the 800 characters before
    ``pos`` ("" when none)."""
    table, pattern = _party_names_en()
    found = ""
    for m in pattern.finditer(doc.body, max(0, pos - 800), pos):
        found = table[m.group()]
    return found


#: English (s18spk): bare descriptions of a publication ("the paper said", "the magazine reported").
_PUBLICATION_REFS_EN = frozenset({"paper", "newspaper", "magazine", "daily", "weekly", "tabloid", "journal"})
_PUB_NAME_EN = r"[A-Z][\w'’&-]*(?:[ \t]+(?:of[ \t]+|on[ \t]+)?[A-Z][\w'’&-]*){0,4}"
#: a publication's name: "the Financial Times (Deutschland)", "The Mail on Sunday", "the local Arab News" (a
#: capitalised name after "the" and up to two lower-case words, its last word a newspaper's, or "on Sunday" after
#: it), or a name before or after a publication noun ("Vedomosti newspaper", "Spanish daily ABC").
_PUBLICATION_NAME_EN_RE = re.compile(
    r"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+){0,2}?((?:[A-Z][\w'’&-]*[ \t]+){0,3}(?:Times|Post|Journal|Telegraph|Guardian|"
    r"Independent|Herald|Tribune|Observer|Mail|Mirror|Sun|Express|News|Standard|Economist|Gazette|Chronicle|"
    r"Scotsman|Star|Record|Monde|Figaro|Spiegel|Stern)(?:[ \t]+on[ \t]+Sunday|[ \t]+Deutschland)?)\b(?![ \t]+[A-Z])|"
    rf"\b({_PUB_NAME_EN})[ \t]+(?:newspaper|magazine|daily|weekly|tabloid)\b(?![ \t]+[A-Z])|"
    rf"\b(?:newspaper|magazine|daily|weekly|tabloid)[ \t]+({_PUB_NAME_EN})|"
    r"\b[Aa]ccording[ \t]+to[ \t]+the[ \t]+([A-Z]{2,4})\b")  # ("According to the FT, ...")


def _publication_before_en(doc: _Doc, pos: int) -> str:
    """English (s18spk): the publication named last in the 1,500 characters before ``pos`` ("" when none)."""
    body = doc.body
    lo = max(0, pos - 1500)
    if not any(w in body[lo:pos] for w in ("aper", "agazine", "aily", "eekly", "abloid", "The ", "the ")):
        return ""
    found = ""
    for m in _PUBLICATION_NAME_EN_RE.finditer(body, lo, pos):
        words = next(g for g in m.groups() if g).removesuffix("'s").removesuffix("’s").split()  # ("US magazine
        # Rolling Stone's annual list")
        while words and words[0].lower() in _STOP_FIRST_EN:
            words = words[1:]
        if words:  # (not "The newspaper" itself)
            found = " ".join(words)
    return found


def _subject_role_words_en(doc: _Doc, name: str, pos: int) -> str:
    """English (s18spk): the words before the last mention of ``name``'s surname before ``pos`` in its sentence
    ("Tory leader Michael Howard has ..." -> "Tory leader Michael"): the role words written in front of it."""
    k = doc.body.rfind(name.split()[-1], 0, pos)
    if k < 0:
        return ""
    return doc.body[doc.sentence(k)[0]:k]


#: s22ntxen: what may stand between a description of a person and the same person's name in apposition ("the
#: chancellor, Gordon Brown", "the prime minister Mr Blair").
_APPOS_GAP_EN_RE = re.compile(r"[\s,]*(?:(?:the|Mr|Mrs|Ms|Dr|Sir)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[\s,]*")


def _office_apart_en(doc: _Doc, description: str, name: str, pos: int) -> bool:
    """English (s22ntxen): the article writes the definite person description ``description`` ("the prime
    minister", "the chancellor") and ``name``'s surname in one sentence as two people ("The prime minister said Mr
    Bush had learned ...", "But the chancellor said Mr Baume was never at meetings", "the prime minister says it is
    time for Mr Livingstone to say sorry": the name after the description, not in apposition, "the chancellor,
    Gordon Brown,"; a name before it is often the same person: "Tony Blair visited ..., where the prime minister
    met ..."), outside the
    sentence of the quote at ``pos`` (its content may name the speaker's title: "The former Labour leader said he
    would take the title of Lord Kinnock"): the description is someone else than that person. Only the description
    as written, with "the" ("shadow chancellor Oliver Letwin" is no "the chancellor"), and no "of" or "for" phrase
    after it ("In the batch of Hillary Clinton emails ..., the candidate for the nation's next commander-in-chief")."""
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the" or not name:
        return False
    desc = " ".join(words).lower()
    surname = name.split()[-1]
    body = doc.body
    low = body.lower()
    i = low.find(desc)
    while i >= 0:
        j = i + len(desc)
        if (i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum()) and \
                not low.startswith((" of ", " for "), j):  # ("the candidate for the nation's next ...": another)
            ss, se = doc.sentence(i)
            k = body.find(surname, j, se) if not ss <= pos < se else -1
            while k >= 0:
                if not (k + len(surname) < len(body) and body[k + len(surname)].isalnum()) and not body[k - 1].isalnum():
                    gap = _APPOS_GAP_EN_RE.match(body, j, k)
                    if not (gap and gap.end() == k) or k - j > 40:
                        return True
                k = body.find(surname, k + 1, se)
        i = low.find(desc, j)
    return False


def _demonym_ref_en(speaker: str) -> bool:
    """English (s18spk): ``speaker`` is "the" and a nationality noun for one person, after at most two lower-case
    or age modifiers ("the Welshman", "the Frenchwoman", "The unseeded Argentine", "the 24-year-old Swiss"); not
    a people ("the British", "the Chinese", "the French") nor a capitalised modifier ("the Italian Senate")."""
    words = speaker.split()
    if not 2 <= len(words) <= 5 or words[0] not in ("the", "The") or not words[-1][:1].isupper():
        return False
    dem = _demonyms_en()
    head = words[-1].lower()
    k = len(words) - 1
    if " ".join(words[-2:]).lower() in dem:
        k -= 1  # ("the New Zealander", "the South African")
    elif head not in dem:
        return False
    if head.endswith(("sh", "ch", "ese")) or k > 3:
        return False
    return all(w[:1].islower() or w[:1].isdigit() for w in words[1:k])


def _definite_person_role_en(speaker: str, lex: _Lex, *, name: bool = False) -> bool:
    """English: ``speaker`` is a definite description of one person ("the prime minister", "the Oscar
    winner", "the American", "The MP for ..."): its head is a singular person role, a person noun by its
    ending ("winner", "Zealander") or a nationality noun; not an organisation, a plural or a spokesperson
    (an unnamed one is meant: "the spokesman"). With ``name`` (a capitalised speaker), a capitalised head
    must be a role or a nationality ("the American", not "the Guardian")."""
    m = _DEFINITE_ROLE_EN_RE.match(speaker)
    if not m or m.end(1) < len(speaker) and any(w.lower() in lex.org_words for w in speaker[m.end(1):].split()):
        return False  # "the leader of the Public and Commercial Services Union": someone of another body
    words = m.group(1).split()
    word = words[-1]
    head = word.lower()
    demonym = (head in _demonyms_en() or " ".join(words[-2:]).lower() in _demonyms_en()) and \
        not head.endswith(("sh", "ch", "ese"))  # "the New Zealander", not "the British", "the Chinese" (a people)
    if word != head and (name and not demonym and head not in _person_roles_en() or head in _media_words_en()):
        return False  # "the Guardian", "The Observer": a capitalised head is a name unless a role or nationality
    if word != head and head in _BODY_ROLE_HEADS_EN and not (len(words) > 1 and words[-2].lower() in _TOP_ROLE_MODIFIERS_EN):
        return False  # "The Scottish Executive", "the Executive": a government, not a person ("the Chief Executive")
    if head.startswith("spokes") or head in _COLLECTIVE_ROLES_EN or head in _non_person_en() or head in _ANONYMOUS_EN:
        return False
    if demonym or head in _person_roles_en():
        return not (head.endswith("s") and head[:-1] in _person_roles_en())
    return bool(_PERSON_NOUN_EN_RE.search(head)) and not head.endswith("s")


#: English role nouns that, capitalised after "the" and no rank word, name a body ("the Scottish Executive").
_BODY_ROLE_HEADS_EN = frozenset({"executive"})
#: English rank words that make such a head a person's office ("the Chief Executive").
_TOP_ROLE_MODIFIERS_EN = frozenset({"chief", "managing", "senior", "deputy", "top"})
#: English words that open a sentence before a capitalised name without being part of it.
_STOP_FIRST_EN = frozenset({"the", "a", "an", "after", "before", "but", "and", "in", "on", "at", "for", "with", "as",
                            "when", "while", "whilst", "if", "since", "by", "from", "of", "to", "among", "amongst", "according",
                            "meanwhile", "however", "this", "that", "these", "those", "its", "his", "her", "their",
                            "our", "it", "he", "she", "they", "we", "i", "several", "many", "some", "both", "former"})
#: English: an honorific and a surname ("Ms Jowell", "Mr. Ebbers"): a person mentioned.
_HONORIFIC_NAME_EN_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame)\.?[ \t]+([A-Z][\w'’-]+)")


def _before_quote(q: _Quote) -> int:
    return min(q.start, q.cue_pos) if q.cue_pos >= 0 else q.start


def _other_person_between(doc: _Doc, names: _Names, person: str, a: int, b: int, *, honorific: bool = False) -> bool:
    """English: a person other than ``person`` is mentioned in ``body[a:b]`` (a full name or an honorific
    and surname; with ``honorific`` only the latter): a description after it may mean that person ("Ms Jowell
    complained ... The culture secretary said"), so it is not resolved to ``person``."""
    if b <= a:
        return False
    own = set(person.split())
    if any(m.group(1) not in own for m in _HONORIFIC_NAME_EN_RE.finditer(doc.body, max(a, 0), b)):
        return True
    if honorific:
        return False
    return any(a <= p < b and full != person and not own & set(full.split()) and _one_person(full, doc.lex)
               for p, full, _ in names.upto(b))


#: English words before a role that make it another office ("shadow chancellor", "former prime minister").
_OTHER_OFFICE_EN = frozenset({"shadow", "former", "deputy", "vice", "assistant", "junior", "ex", "then", "late",
                              "future", "acting", "interim", "assembly", "under", "co"})
_WORD_EN_RE = re.compile(r"[^\W\d_]+")
_HOLDER_NAME_EN = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"


@lru_cache(maxsize=256)
def _role_words_re(role: str) -> re.Pattern[str]:
    """English: the role words ``role``, as :func:`_role_holder_re` and :func:`_role_holder_appos_re` spell
    them (any case), before a blank and a capital or before a comma (every match of either holds them so):
    a cheap test that the window can hold a match of either (a third of the calls find none, and this
    compiles ~20x faster than the full patterns; s15speed: with the next character, three quarters of the
    roles asked on BBC text are never compiled into the full patterns)."""
    return re.compile(r"(?i:" + r"[ \t]+".join(re.escape(w) for w in role.split()) + r")(?=[ \t]+[A-Z]|,)")


def _role_words_in(body: str, role: str, lo: int, hi: int) -> bool:
    """``_role_words_re(role).search(body, lo, hi) is not None``; on an ASCII body and role read with ``str.lower``
    and ``str.find`` (there the same as re's case-insensitive matching), so the gate itself is compiled only for
    other text (s15speed: ~0.2 ms a role)."""
    if not (role.isascii() and body.isascii()):
        return _role_words_re(role).search(body, lo, hi) is not None
    low = body[lo:hi].lower()
    n = len(low)
    first, *rest = role.lower().split()
    k = low.find(first)
    while k >= 0:
        e = k + len(first)
        for w in rest:  # ("[ \t]+" between the words)
            s = e
            while e < n and low[e] in " \t":
                e += 1
            if e == s or not low.startswith(w, e):
                break
            e += len(w)
        else:
            if e < n and low[e] == ",":
                return True
            t = e
            while t < n and low[t] in " \t":
                t += 1
            if e < t < n and "A" <= body[lo + t] <= "Z":
                return True
        k = low.find(first, k + 1)
    return False


@lru_cache(maxsize=256)
def _role_holder_re(role: str) -> re.Pattern[str]:
    """English: "Chancellor Gordon Brown", "London mayor Ken Livingstone", "Gordon Brown, the chancellor" for
    the role words ``role`` (any case)."""
    r = r"[ \t]+".join(re.escape(w) for w in role.split())
    return re.compile(rf"(?:(?<![\w'’-])([\w'’]+)[ \t-]+)?(?i:{r})[ \t]+({_HOLDER_NAME_EN})|"
                      rf"({_HOLDER_NAME_EN}),[ \t]+the[ \t]+(?i:{r}),")


@lru_cache(maxsize=256)
def _role_holder_appos_re(role: str) -> re.Pattern[str]:
    """English: "the Archbishop of Canterbury, Dr Rowan Williams," for the role words ``role`` (any case)."""
    r = r"[ \t]+".join(re.escape(w) for w in role.split())
    return re.compile(rf"\b[Tt]he[ \t]+(?i:{r}),[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Sir|Lord|Lady|Dame|Prof)\.?[ \t]+)?"
                      rf"({_HOLDER_NAME_EN})[ \t]*[,.;(]")


def _role_holder_en(doc: _Doc, description: str, pos: int, *, after: bool = False) -> str:
    """English: the one person the article calls by a definite description's role before ``pos`` (``after``:
    after it) ("the chancellor" -> "Gordon Brown" from "Chancellor Gordon Brown"); "?" when it calls several
    people so (ambiguous); "" when none (or the description has an "of"/"for" phrase or more than three
    words)."""
    if not description.startswith(("the ", "The ")):
        return ""
    words = description.split()[1:]
    of = len(words) >= 3 and words[1] in ("of", "for") and _is_cap(words[-1])  # "the Archbishop of Canterbury"
    if not words or len(words) > (5 if of else 3) or any(w in (() if of else ("of", "for")) or w in ("at", "and")
                                                         for w in words):
        return ""
    found: dict[str, str] = {}
    role = " ".join(words)
    lo, hi = (pos, len(doc.body)) if after else (0, pos)
    if not _role_words_in(doc.body, role, lo, hi):
        return ""  # (every match of both patterns below holds the role words: none, so no holder; s13speed)
    matches = list(_role_holder_re(role).finditer(doc.body, lo, hi))
    appos = None
    if any(v + "," in doc.body for v in (role, role.title(), role.capitalize())):  # (cheap test first)
        appos = _role_holder_appos_re(role)
        matches += appos.finditer(doc.body, lo, hi)
    for m in matches:
        if m.re is appos:
            name = m.group(1)  # "the Archbishop of Canterbury, Dr Rowan Williams,"
        else:
            before = _WORD_EN_RE.findall(doc.body[max(0, m.start() - 30):m.start()].lower())[-2:]
            if m.group(2) and _OTHER_OFFICE_EN.intersection(before + [(m.group(1) or "").lower()]):
                continue  # ("shadow chancellor Oliver Letwin", "ex-Conservative chancellor Ken Clarke")
            name = m.group(2) or m.group(3)
        ws = name.split()
        while ws and not _one_person_doc(doc, " ".join(ws)):
            ws = ws[:-1]  # ("Chancellor Gordon Brown Said": the name only)
        if ws and _person_ref_en(" ".join(ws), doc.lex):
            found.setdefault(ws[-1], " ".join(ws))
    if len(found) > 1:
        return "?"
    return next(iter(found.values()), "")


@lru_cache(maxsize=1)
def _org_descriptions_en() -> frozenset[str]:
    """English nouns that refer back to an organisation ("the company", "the firm": lexicon
    ``org_descriptions``), lower case."""
    return _en_words("org_descriptions")


#: English: "the company", "The firm", "the US bank", "the Japanese car maker" (up to three modifiers).
_ORG_DESCRIPTION_EN_RE = re.compile(r"[Tt]he(?:\s+[\w'’-]+){0,3}?\s+([a-z]+)$")
#: English: a run of capitalised words (an organisation's name candidate: "HealthSouth", "New Line Cinema").
_CAP_SEQ_RE = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:[ \t]+(?:(?:of|&)[ \t]+)?{_CAP_WORD})*")
#: English verbs (besides those ending in -s or -ed) after a name that make it a subject ("Cairn has", "BP cut").
_VERBS_EN = frozenset({"has", "had", "is", "was", "will", "would", "can", "could", "may", "might", "must", "should",
                       "said", "told", "made", "took", "saw", "sold", "bought", "cut", "won", "lost", "grew", "fell",
                       "rose", "paid", "gave", "went", "got", "kept", "held", "spent", "built", "hit", "led", "left",
                       "met", "ran", "sent", "became", "began", "brought", "came", "chose", "found", "knew",
                       "thought", "set", "put", "hopes", "plans", "wants", "also", "now", "still", "already"})
#: English verbs after an organisation that make it a source ("Microsoft said", "Contrack denied").
_SPEECH_NEXT_EN = frozenset({"said", "says", "told", "added", "announced", "reported", "stated", "denied",
                             "warned", "insisted", "confirmed", "claimed", "admitted", "argued", "explained"})
#: English: the text just before a capitalised run that makes it no organisation: an honorific
#: ("Mr Scrushy") or a sentence start.
_HONORIFIC_BEFORE_EN_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame)\.?[ \t]+$")
_TOLD_BEFORE_EN_RE = re.compile(r"\btold[ \t]+(?:the[ \t]+)?$")
#: English: an apposition after an organisation's name ("Metrovias|, the private firm which ..."), up to its end.
_APPOS_HEAD_EN_RE = re.compile(r",[ \t]+((?:the|a|an)[ \t]+[^,.;()]{0,40}?)(?=[,;]|[ \t]+(?:which|that|whose|who)\b)")


#: English words after which a capitalised name is no subject, and words after a name that are no verb.
_NOT_BEFORE_SUBJECT_EN = frozenset({"of", "in", "on", "at", "by", "for", "from", "with", "to", "into", "its", "his",
                                    "her", "their", "our", "against", "about", "than", "like", "as", "via"})
_NOT_VERB_EN = frozenset({"of", "in", "on", "at", "by", "for", "from", "with", "to", "and", "or", "the", "a", "an",
                          "which", "who", "that", "whose", "consoles", "programmes", "shares", "stock"})
_HONORIFICS_EN = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Lord", "Lady", "Sir", "Dame", "Prof"})
#: English: a firm's name after a noun of its results ("Shares in Cairn Energy have jumped", "Profits at Dr
#: Reddy's fell"): the sentence is about the firm, as if it were the subject (s15resbat).
_ORG_TOPIC_EN_RE = re.compile(r"\b(?:[Ss]hares|[Pp]rofits?|[Ss]ales|[Rr]evenues?|[Ee]arnings|[Ll]osses)[ \t]+(?:in|at|of)[ \t]+$")
#: English: country and union short forms written in capitals ("US", "UK"), never an organisation speaker.
_PLACE_ACRONYMS_EN = frozenset({"US", "UK", "EU", "UN", "USA", "UAE"})


#: s17en: the name a reported clause opens with as its subject (up to two words before it: "Messaging app Lumen
#: will ..."), followed by an auxiliary or a past-tense verb.
_CONTENT_ORG_SUBJECT_EN_RE = re.compile(r"(?:[A-Za-z-]+\s+){0,2}?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
                                        r"(?:will|would|has|had|is|was|are|were|can|could|plans|expects|may|[a-z]+ed)\b")


def _content_org_en(doc: _Doc, q: _Quote) -> str:
    """English (s17en): the organisation an inverted description ("..., the company said") refers to when the
    content opens with it as its subject and the article names it again ("Eskom will implement ..., the utility
    said. ... Eskom spokesperson ..."); "" otherwise (not "Profits will fall ..., the company said")."""
    m = _CONTENT_ORG_SUBJECT_EN_RE.match(doc.body, q.start, q.end)
    if m is None:
        return ""
    name = m.group(1)
    low = name.lower()
    if low in _STOP_FIRST_EN or low in doc.lex.pronouns or low in doc.lex.roles or low in _place_names_en() \
            or _one_person(name, doc.lex) or doc.body.count(name) < 2:
        return ""
    return name


def _org_description_en(speaker: str) -> bool:
    """English: ``speaker`` is a definite description of an organisation ("the company", "The firm")."""
    m = _ORG_DESCRIPTION_EN_RE.match(speaker)
    return bool(m) and m.group(1) in _org_descriptions_en() and "central" not in speaker  # ("the central bank")


@lru_cache(maxsize=64)
def _kind_named_re(head: str) -> re.Pattern[str]:
    """English: ``head`` before a capitalised name ("club Arsenal") or in an apposition (", the media regulator")."""
    return re.compile(rf"\b{re.escape(head)}[ \t]+[A-Z]|,[ \t]+(?:the|a|an)[ \t][^,.;]{{0,40}}?\b{re.escape(head)}\b")


def _org_kind_en(speaker: str) -> bool:
    """English: ``speaker`` is a definite description by a kind of body ("the party", "The ministry": lexicon
    ``org_kind_nouns``), resolved only to a name written with that noun (s17spk)."""
    m = _ORG_DESCRIPTION_EN_RE.match(speaker)
    return bool(m) and m.group(1) in _en_words("org_kind_nouns")


@lru_cache(maxsize=1)
def _org_kind_heads_en() -> dict[str, frozenset[str]]:
    """English (s19en): kind-of-body noun -> the other capitalised head words of the names such a body bears
    (lexicon ``org_kind_heads``: "agency" -> Service, Administration ...; "hospital" -> Medical, Infirmary ...)."""
    out: dict[str, frozenset[str]] = {}
    for line in load_list_or_empty("org_kind_heads", "en"):
        noun, _, heads = line.partition("=")
        out[noun.strip().lower()] = frozenset(heads.split())
    return out


def _org_antecedent_en(doc: _Doc, pos: int, description: str = "", *, named_only: bool = False) -> str:
    """English: the organisation a description before ``pos`` refers to. First a name the description's head
    noun is part of or next to ("Bank of America" for "the bank", "copy protection firm Macrovision",
    "Metrovias, the private firm"), the latest; else the capitalised name most often the subject of a speech
    verb, then of any verb, before it (the latest on a tie), not a person's name or surname, place,
    nationality, month, sentence-initial word or a publication told something; it must be mentioned in the
    last 600 characters. "" when there is none."""
    body = doc.body
    lex = doc.lex
    dm = _ORG_DESCRIPTION_EN_RE.match(description)
    head = dm.group(1) if dm else ""
    # (s19en) the name words that make a name one of the kind: the noun itself, or "the agency" for "the National
    # Weather Service", "the hospital" for "Mercy Valley Medical Center" (lexicon org_kind_heads)
    heads = frozenset({head.title()}) | _org_kind_heads_en().get(head, frozenset()) if head else frozenset()
    if named_only and (not head or description[1:] == description[1:].lower() and
                       not any(h in body[max(0, pos - 3000):pos] for h in heads) and
                       not _kind_named_re(head).search(body, max(0, pos - 3000), pos)):
        return ""  # (s17spk: no name in the description nor written with the noun before: cheap exit)
    speech: dict[str, int] = {}
    said_at: dict[str, int] = {}
    verbs: dict[str, int] = {}
    named: dict[str, int] = {}
    counts: dict[str, int] = {}
    subjects: dict[str, int] = {}
    last: dict[str, int] = {}
    first: dict[str, int] = {}
    inside: set[str] = set()
    persons: set[str] = set()
    places = _place_names_en()
    for m in _CAP_SEQ_RE.finditer(body, max(0, pos - 3000), pos):
        run = m.group()
        words = run.split()
        n_run = len(words)
        a = m.start()
        k = a - 1
        while k >= 0 and body[k] in " \t\"“‘'":
            k -= 1
        if (k < 0 or body[k] in ".!?\n:") and words[0].lower() in _STOP_FIRST_EN:
            words = words[1:]  # "After federal agents ...", "The firm ...": a sentence's first word
        if not words:
            continue
        if "." in run and any(w.endswith(".") for w in words[:-1]):
            continue  # ("the Hunting Act. Mr Bradshaw": across a sentence end)
        if "of" in words and not (head and not heads.isdisjoint(words) or words[words.index("of") - 1].lower()
                                  in lex.org_words):
            words = words[len(words) - words[::-1].index("of"):]  # ("Shares of Microsoft": "Microsoft")
        name = " ".join(words)
        possessive = name.endswith(("'s", "’s"))
        if possessive:
            name = name[:-2]
        low = name.lower()
        initial = len(words) == n_run and (k < 0 or body[k] in ".!?\n:")
        topic = body[k - 1:k + 1] in ("in", "at", "of") and _ORG_TOPIC_EN_RE.search(body, max(0, a - 16), a)
        if a > 0 and body[a - 1] in " \t\n" and _HONORIFIC_BEFORE_EN_RE.search(body, max(0, a - 6), a) or \
                not topic and _one_person(name, lex) and not (head and not heads.isdisjoint(words)) or \
                words[0].rstrip(".") in _HONORIFICS_EN:
            persons.update(name.split())
            continue
        if len(words) == 1 and (low in places or low in _name_fronts_en() or _time_name_en(name)
                                or low in lex.roles or low in lex.pronouns or low in lex.title_first
                                or name in _PLACE_ACRONYMS_EN or name[1:].islower() and f" {low} " in body):
            continue  # (a place or nationality; "Shares in Cairn Energy ...": a common noun written lower elsewhere)
        if any(w.lower() in _place_names_en() for w in words[-1:]) and not (head and not heads.isdisjoint(words)) \
                or len(name) < 2 or len(words) == 1 and name[-1:] == "s" and (
                f"{name[:-1]} " in body or f"{name[:-2]} " in body):
            continue  # (a place; "Xboxes", "Mexicans": a plural of a thing or people named elsewhere)
        if head and (not heads.isdisjoint(words) or body[max(0, a - len(head) - 1):a] == head + " " or
                     re.search(rf"\s{head}$", _APPOS_HEAD_EN_RE.match(body, m.end(), m.end() + 60)[1]
                               if _APPOS_HEAD_EN_RE.match(body, m.end(), m.end() + 60) else "")):
            named[name] = m.start()  # "Bank of America" / "firm Macrovision" / "Metrovias, the private firm"
        if any(w.lower() in lex.roles for w in words):
            continue  # ("Judge Letitia Clark said": a person)
        counts[name] = counts.get(name, 0) + 1
        last[name] = m.start()
        first.setdefault(name, m.start())
        if not initial:
            inside.add(name)  # written capitalised inside a sentence: a name, not a sentence's first word
        if possessive:
            continue
        # a subject ("Eurotunnel has seen ...", "Microsoft has said"): not after a preposition or possessive
        # determiner ("for its Xbox consoles", "the Gulf of Suez"), a lower-case word (a verb) after it
        prev = _last_word(body, max(0, a - 20), a, frozenset())
        if topic:
            subjects[name] = subjects.get(name, 0) + 1  # "Shares in Cairn Energy, a UK oil firm, have closed ..."
            verbs[name] = verbs.get(name, 0) + 1
            continue
        nxt = _NEXT_WORD_RE.match(body, m.end(), min(pos, m.end() + 30))
        if nxt and nxt.group(1).islower() and body[m.end():nxt.start(1)].isspace() and nxt.group(1) not in _NOT_VERB_EN \
                and not (prev and body[prev[2]:a].isspace() and prev[0].lower() in _NOT_BEFORE_SUBJECT_EN
                         or _TOLD_BEFORE_EN_RE.search(body, max(0, a - 12), a)):  # ("told Time magazine")
            subjects[name] = subjects.get(name, 0) + 1
            if nxt.group(1).endswith(("s", "ed", "ing")) or nxt.group(1) in _VERBS_EN:
                verbs[name] = verbs.get(name, 0) + 1  # (more than "the new Wembley stadium")
            if nxt.group(1) in _SPEECH_NEXT_EN:
                speech[name] = speech.get(name, 0) + 1
                said_at[name] = m.start()
            if initial and name not in inside and (len(words) > 1 or name[-1:] != "s") and (nxt.group(1).endswith((
                    "s", "ed")) or nxt.group(1) in _VERBS_EN) and low not in _en_words("stopwords"):
                # s16bbcspk: a name opening a sentence as the subject of a verb ("Microsoft has said it will
                # replace ...", "Standard Life has ...") is a name although never written inside a sentence
                inside.add(name)
    own = [n for n in counts if f" {n} " in f" {description} "[4:] and n in inside and "-" not in n and n not in persons
           and n.lower() not in _place_names_en() and n not in _PLACE_ACRONYMS_EN]
    if own:
        return own[-1]  # "the NBC network": the name the description gives
    near = [n for n in named if n not in persons and named[n] >= pos - 1500 and (
            not _one_person(n, lex) or not heads.isdisjoint(n.split()))  # ("Nationwide Building Society", s17spk)
            and (n in inside or not n.endswith("ly"))]
    if near and not any(said_at[n] > max(named[c] for c in near) for n in said_at if n not in named and n in inside
                        and n not in persons):  # ("Canal Bank ... JP Morgan said ... The bank said")
        return max(near, key=lambda n: named[n])
    if named_only:
        return ""
    best = max((n for n in subjects if n not in persons and (n in inside or n in speech) and last[n] >= pos - 600),
               key=lambda n: (speech.get(n, 0), verbs.get(n, 0), subjects[n], counts[n], -first[n]), default="")
    return best


#: English words that make a "secretary" no minister ("general secretary", "press secretary").
_NOT_MINISTER_SECRETARY_EN = frozenset({"general", "press", "permanent", "private", "company", "party", "club",
                                        "union", "executive"})


def _role_fits_en(description: str, role: str) -> bool:
    """English: a person given ``role`` can be meant by ``description``: the role names no office
    (no role noun), or shares a word with the description ("the prime minister" is not "Health Secretary
    John Reid")."""
    roles = _person_roles_en()
    have = {w.lower() for w in role.split()}
    if "spokes" in role.lower() and "spokes" not in description.lower():
        return False  # ("William Hill spokesman Rupert Adams said ... The bookmaker said": the firm, not him)
    if not have & roles:
        return True
    want = {w.lower() for w in description.split()}
    if (have & _OTHER_OFFICE_EN) - want:
        return False  # ("the prime minister" is not "Deputy Prime Minister John Prescott")
    if want & roles == {"minister"} and "secretary" in have and not have & _NOT_MINISTER_SECRETARY_EN:
        return True  # (s17spk) "Education Secretary Ruth Kelly ... The minister said": a secretary of state
    return bool(want & have & roles) or not want & roles


#: English: "The ONS", "SARFT": an acronym speaker, with or without "the".
_ACRONYM_SPEAKER_EN_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})$")
#: English small words inside an organisation's full name ("Office for National Statistics", "State
#: Administration of Radio, Film and Television").
_NAME_JOINERS_EN = frozenset({"of", "for", "and", "the", "on", "in", "&"})
#: English: a role that ends in one of these was cut from a name at a joiner ("Isabelle Kronawitter at|
#: Hypovereinsbank", "the Organisation for Economic Co-operation and| Development").
_NAME_JOINER_ENDS_EN = (" of", " for", " of the", " for the", " at", " in", " from", " and", " and the")
#: English prepositions between a person's name and the organisation or place they are "of".
_AFFILIATION_PREPS_EN = frozenset({"of", "at", "in", "from"})


def _acronym_full_en(body: str, name: str) -> str:
    """English: the full name an acronym speaker is defined by in the article ("The ONS" -> "Office for
    National Statistics" from "the Office for National Statistics (ONS)"): the capitalised words before
    "(ACRONYM)" whose initials spell it; ``name`` itself otherwise."""
    m = _ACRONYM_SPEAKER_EN_RE.match(name)
    if not m:
        return name
    acr = m.group(1)
    i = body.find(f"({acr})")
    if i < 0:
        return name
    words = body[max(0, i - 120):i].split()
    k = len(words)
    while k > 0 and (_is_cap(words[k - 1].rstrip(",")) or words[k - 1] in _NAME_JOINERS_EN):
        k -= 1
    full = words[k:]
    while full and full[0] in _NAME_JOINERS_EN:
        full = full[1:]
    initials = "".join(w[0] for w in full if w not in _NAME_JOINERS_EN)
    if len(initials) > len(acr) and initials.endswith(acr):
        drop = len(initials) - len(acr)  # ("says the UK Office for ..." : words before the name)
        while drop and full:
            drop -= full[0] not in _NAME_JOINERS_EN
            full = full[1:]
        while full and full[0] in _NAME_JOINERS_EN:
            full = full[1:]
        initials = acr
    return " ".join(full).rstrip(",") if full and initials == acr else name


#: English: "A spokesman for the British Phonographic Industry", "a spokeswoman for MTV", "a spokesman at the firm".
_SPOKES_FOR_EN_RE = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(spokes(?:man|woman|person))\s+(?:for|of|at)\s+(?:the\s+)?(.+)$")
#: English: "a Vodafone spokesman", "The BPI spokesman", "a Japan Airlines spokeswoman".
_ORG_SPOKES_EN_RE = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\s+)?([A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’&.-]*)*)"
                               r"\s+spokes(?:man|woman|person)$")
_SPOKES_WORD_EN_RE = re.compile(r"spokes(?:man|woman|person)")
#: s18spk: "An IAAF statement", "a Holcim statement", "the Treasury press release": an organisation's written
#: statement (group 1: the organisation).
_ORG_STATEMENT_EN_RE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+([A-Z][\w&.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&.-]*){0,3})"
                                  r"\s+(?:press\s+)?(?:statement|letter|release)$")
#: English: the end of an organisation's name before a place or apposition ("... Shopping Centre in Cardiff").
_ORG_TAIL_EN_RE = re.compile(r"\s+(?:in|at|on|from)\s.*$|,.*$")


#: English: "A spokesman said", "a spokeswoman" (no organisation or person given).
_BARE_SPOKES_EN_RE = re.compile(r"[Aa]n?\s+spokes(?:man|woman|person)$")
#: English: an organisation opening a sentence as the subject of a verb ("The DTI has dismissed ...", "But Scotland
#: Yard said ...", "Downing Street defended ..."): the name and the next word.
_ORG_SUBJECT_EN_RE = re.compile(rf"(?:(?:But|However|And|Yet|Meanwhile|Now),?[ \t]+)?(?:[Tt]he[ \t]+)?"
                                rf"({_CAP_WORD}(?:[ \t]+(?:(?:of|for|and)[ \t]+)?{_CAP_WORD}){{0,5}})[ \t]+([a-z]+)\b")


def _org_subject_before_en(doc: _Doc, q: _Quote, quoted: set[str]) -> str:
    """English: the organisation a bare "a spokesman" speaks for (s17spk): the subject opening the sentence of the
    quote (when the cue does not open it: "Downing Street defended ..., with a spokesperson saying") or of the
    sentence before ("The DTI has dismissed the proposal. A spokesman said ..."), followed by a verb, when it is
    surely an organisation (an acronym, a name ending in an organisation word, or one quoted before and no
    person's); "" otherwise."""
    body = doc.body
    anchor = q.cue_pos if q.cue_pos >= 0 else q.start
    ss, _ = doc.sentence(anchor)
    starts = [ss]
    p = ss - 1
    while p > 0 and body[p] in " \t\n\"“”'‘’":
        p -= 1
    if p > 0:
        starts.append(doc.sentence(p)[0])
    heads = _org_heads_en()
    for ps in starts:
        m = _ORG_SUBJECT_EN_RE.match(body, ps, anchor)
        if not m:
            continue
        name, nxt = m.group(1), m.group(2)
        if not (nxt.endswith(("s", "ed")) or nxt in _VERBS_EN) or nxt in _NOT_VERB_EN or "spokes" in nxt:
            continue
        words = name.split()
        if words[0].rstrip(".") in _HONORIFICS_EN or name.lower() in _place_names_en():
            continue
        if _is_acronym(name) and name not in _PLACE_ACRONYMS_EN or words[-1].lower() in heads and len(words) > 1 \
                or name in quoted and not _one_person(name, doc.lex) and not _person_named_en(doc, name):
            return name
    return ""


def _spokes_org_en(doc: _Doc, q: _Quote) -> str:
    """English: the organisation a spokesperson speaks for when no person is named ("A spokesman for the LSE"
    -> "LSE"; "a spokesman for the firm" -> the firm named before); "" otherwise (a person named in
    apposition, "a spokesman for her lawyers")."""
    m = _SPOKES_FOR_EN_RE.match(q.speaker)
    if not m:
        m = _ORG_SPOKES_EN_RE.match(q.speaker)  # "a Vodafone spokesman"
        org = m.group(1) if m else ""
        low = org.lower()
        if len(org) < 2 or org in _PLACE_ACRONYMS_EN or low in _place_names_en() or low in _name_fronts_en() \
                or low.split()[0] in doc.lex.determiners or low.split()[0] in doc.lex.pronouns \
                or org.endswith(("'s", "’s")) or (
                q.speaker_name and _one_person(q.speaker_name, doc.lex) and q.speaker_name not in org):
            return ""
        return org
    org = _ORG_TAIL_EN_RE.sub("", m.group(2)).strip()
    words = org.split()
    while len(words) > 1 and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "Manchester's Trafford Centre"
    org = " ".join(words)
    if not words or any(w.lower() in doc.lex.roles for w in words):
        return ""  # ("spokesman for Home Affairs Commissioner Franco Frattini": for a person)
    if q.speaker_name and _one_person(q.speaker_name, doc.lex) and q.speaker_name not in org:
        return ""  # ("A spokesman for the club, John Smith, said": the person)
    if not _is_cap(words[0]):
        return _org_antecedent_en(doc, _before_quote(q), "the " + org) if _org_description_en("the " + org) else ""
    return org if all(_is_cap(w) or w in _NAME_JOINERS_EN for w in words) else ""


def _of_name_en(speaker: str, name: str, role: str, lex: _Lex) -> tuple[str, str]:
    """English: a capitalised name with "of"/"for" inside ("the Bank of England", "Office for National
    Statistics") is the whole name, not its last part; a person's name before "of", "at", "in" or "from"
    ("William Corr of the Campaign for Tobacco-Free Kids", "analyst Erling Refsum at Nomura", "Brian Taylor
    of Wells Fargo in Minneapolis") is the name and the rest its role. (name, role) unchanged otherwise."""
    words = speaker.split()
    if words and words[0].lower() in lex.determiners:
        words = words[1:]
    if not words or not speaker.endswith(name) and name != role:
        return name, role
    if role.endswith((" and", " and the")):
        # "the Department of Trade and Industry", not "Industry"; "Tony Blair and Ruth Kelly": two speakers, left
        if all(_is_cap(w) or w in _NAME_JOINERS_EN for w in words) and any(w.lower() in lex.org_words for w in words):
            return " ".join(words), ""
        return name, role
    for k, w in enumerate(words[2:], 2):
        # the first preposition after a person's name (two to four name words): the person's affiliation or
        # place follows ("Ian Hunter at Goodbody Stockbrokers in Dublin": not "Dublin")
        if w not in _AFFILIATION_PREPS_EN:
            continue
        i = k
        while i > 0 and k - i < 4 and _nameish(words[i - 1], "en"):
            i -= 1
        head = " ".join(words[i:k])
        if k - i >= 2 and (_one_person(head, lex) or words[i].lower() in _en_words("given_names_male") or words[
                i].lower() in _en_words("given_names_female")) and _person_ref_en(head, lex) and \
                words[i].lower() not in _name_fronts_en() and (i == 0 or not _nameish(words[i - 1], "en")
                                                                and words[i - 1] not in _NAME_JOINERS_EN):
            return head, " ".join(words[:i] + words[k:])
        break
    if not speaker.endswith(name) or not all(_is_cap(w) or w in _NAME_JOINERS_EN for w in words):
        return name, role
    k = next(i for i, w in enumerate(words) if w in _NAME_JOINERS_EN)
    head = " ".join(words[:k])
    if _one_person(head, lex) and not any(w.lower() in lex.org_words for w in words[:k]):
        return head, " ".join(words[k:])
    return " ".join(words), ""


#: English: a person's name and a comma just before an apposed role ("Chris Panayis, |managing director ...").
_NAME_COMMA_EN_RE = re.compile(rf"(?:^|[.!?\n]\s*|\s)({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,3}}),[ \t]+$")


def _name_before_appos_en(doc: _Doc, q: _Quote) -> str:
    """English: the person a lower-case role speaker is apposed to, written just before it with a comma
    ("Chris Panayis, managing director of ISP Freedom2surf said ..."), as a canonical full name; or ""."""
    body = doc.body
    p = body.rfind(q.speaker, max(0, q.cue_pos - len(q.speaker) - 40), q.cue_pos + len(q.cue) + len(q.speaker) + 40)
    if p < 2 or body[p - 2:p] != ", ":
        return ""
    m = _NAME_COMMA_EN_RE.search(body, max(0, p - 60), p)
    if not m:
        return ""
    name, _ = _canonical_cached(m.group(1), doc.lex.language, frozenset())
    if not name or any(_time_name_en(w) for w in name.split()) or name.lower() in _place_names_en():
        return ""
    return name if _one_person(name, doc.lex) and _person_ref_en(name, doc.lex) else ""


def _tidy_name_en(body: str, name: str, role: str, lex: _Lex) -> tuple[str, str]:
    """English: a sentence-initial occupation word before a person's name ("Guitarist Brian May", "Teenager
    Sania Mirza": the surname is written elsewhere without it) and an "of" phrase after it ("Peter Saunders
    of the CMF") go to the role. (name, role) unchanged otherwise."""
    words = name.split()
    if " of " in name:
        k = words.index("of")
        head = " ".join(words[:k])
        if k >= 2 and _one_person(head, lex) and _person_ref_en(head, lex) and words[0].lower() not in _name_fronts_en():
            return head, role if role and role != name else " ".join(words[k:])
        return name, role
    w0 = words[0]
    rest = " ".join(words[1:])
    if w0.isalpha() and w0[1:].islower() and (w0.lower() in _person_roles_en() or _PERSON_NOUN_EN_RE.search(w0)) \
            and (_one_person(rest, lex) or _s_surname_person_en(rest) and w0.lower() not in _en_words(
                "given_names_male") and w0.lower() not in _en_words("given_names_female")) \
            and _person_ref_en(rest, lex) \
            and words[-1] not in _JUNIOR \
            and not any(w.lower() in lex.roles for w in words[1:]) \
            and body.count(words[-1]) > body.count(name):
        return rest, role if role and role != name else w0.lower()
    return name, role


def _s_surname_person_en(name: str) -> bool:
    """English (s21ntxen): two or three name words whose surname ends in "s" ("Chris Evans", "Guy Chambers"), the
    last no place, organisation or event head ("Six Nations")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(_nameish(w, "en") for w in words) and \
        words[-1].lower() not in _non_person_en() and words[-1][1:].islower()


def _one_person(name: str, lex: _Lex) -> bool:
    """English: a canonical name that is one person's ("Michael O'Hanlon"): two to four name words, none an
    organisation word, role or acronym, the last not a plural ("Liberal Democrats", "Labour MPs")."""
    return _one_person_cached(name, lex.language)


@lru_cache(maxsize=65536)
def _one_person_cached(name: str, language: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not words[-1].endswith("s") and all(_nameish(w, language) for w in words)


def _one_person_doc(doc: _Doc, name: str) -> bool:
    """English: :func:`_one_person`, or a name whose surname ends in "s" ("Rowan Williams", "Gerry Adams": no
    plural like "Liberal Democrats") after a given name or that the article writes after an honorific ("Dr Rowan
    Williams", "Mr Adams")."""
    if _one_person(name, doc.lex):
        return True
    words = name.split()
    if not 2 <= len(words) <= 4 or not words[-1].endswith("s") or not all(_nameish(w, "en") for w in words):
        return False
    first = words[0].lower()
    if first in _en_words("given_names_male") or first in _en_words("given_names_female"):
        return True  # ("Serena Williams", "Tony Banks": a given name before it)
    hon = _MALE_HONORIFICS_EN + _FEMALE_HONORIFICS_EN + ("Dr ", "Dr. ", "Prof ")
    return _called(doc.body, words[-1], hon) or _called(doc.body, name, hon)


#: English honorifics of men and of women ("Mr Howard", "Ms Kelly"), for a pronoun's gender.
_MALE_HONORIFICS_EN = ("Mr ", "Mr. ", "Sir ", "Lord ")
_FEMALE_HONORIFICS_EN = ("Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Lady ", "Dame ", "Baroness ")


_OTHER_PRONOUN = {"he": "she", "him": "she", "his": "she", "she": "he", "her": "he"}


def _called(body: str, surname: str, honorifics: tuple[str, ...]) -> bool:
    """``body`` calls ``surname`` with one of ``honorifics`` ("Mr Brown", not "Mr Browne").

    (s15speed: "honorific surname" is looked for at the occurrences of ``surname``, found once, instead of in a
    scan of the body per honorific: the same occurrences where the key cannot overlap itself, which holds when
    its first letter occurs nowhere else in it; other keys are scanned for as before.)"""
    occ: list[int] | None = None
    n = len(body)
    for h in honorifics:
        if surname and h and h[0] not in surname and h[0] not in h[1:]:
            if occ is None:
                occ = []
                p = body.find(surname)
                while p >= 0:
                    occ.append(p)
                    p = body.find(surname, p + 1)
            for p in occ:
                i = p - len(h)
                if i >= 0 and body.startswith(h, i):
                    j = p + len(surname)
                    if (i == 0 or not body[i - 1].isalpha()) and (j >= n or not body[j].isalnum()):
                        return True
            continue
        key = h + surname
        i = body.find(key)
        while i >= 0:
            j = i + len(key)
            if (i == 0 or not body[i - 1].isalpha()) and (j >= len(body) or not body[j].isalnum()):
                return True
            i = body.find(key, j)
    return False


@lru_cache(maxsize=1024)
def _other_gender(body: str, name: str, pronoun: str) -> bool:
    """English: the article calls the person ``name`` by an honorific of the other gender than ``pronoun``
    ("she" and "Mr Howard", "he" and "Ms Kelly") and never by one of the pronoun's."""
    words = name.split()
    if not words or not _is_cap(words[-1]):
        return False
    surname = words[-1]
    first = words[0].lower() if len(words) > 1 else ""
    if pronoun in ("she", "her"):
        if _called(body, surname, _FEMALE_HONORIFICS_EN):
            return False
        return _called(body, surname, _MALE_HONORIFICS_EN) or first in _en_words("given_names_male")
    if _called(body, surname, _MALE_HONORIFICS_EN):
        return False
    return _called(body, surname, _FEMALE_HONORIFICS_EN) or first in _en_words("given_names_female")


#: English: an age standing for a person named before ("the 27-year-old", "the 41-year-old chart-topper").
_AGE_ROLE_EN_RE = re.compile(r"(?:[Tt]he\s+)?\d{1,3}-year-old\b")
#: English personal pronouns that refer to one person (a speaker "he said", "his claim that").
_PERSONAL_EN = frozenset({"he", "she", "him", "her", "his"})


@lru_cache(maxsize=1)
def _non_person_en() -> frozenset[str]:
    """English words that end no person's name: place, organisation, event and work heads (lexicon
    ``non_person_heads``), country and state names (``place_names``), organisation words and party words
    (``affiliations``)."""
    return _en_words("non_person_heads") | _en_words("place_names") | _lexicon("en").org_words \
        | _en_words("affiliations")


@lru_cache(maxsize=1)
def _non_person_starts_en() -> frozenset[str]:
    """English words that open a place's name, never a person's (lexicon ``non_person_starts``)."""
    return _en_words("non_person_starts")


@lru_cache(maxsize=1)
def _person_roles_en() -> frozenset[str]:
    """English role nouns of people (lexicon ``roles``, without the title words: not "house", "chancellor")."""
    return _en_words("roles")


def _plural_phrase_en(phrase: str) -> bool:
    """English: a common-noun phrase whose head is plural ("two firms", "Russian newspapers", "contributors to the
    forums"): several, never "it"."""
    words = _ROLE_HEAD_CUT_EN_RE.split(phrase, 1)[0].split()
    head = words[-1] if words else ""
    return head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is", "news", "'s", "’s"))


def _person_role_en(role: str) -> bool:
    """English: ``role`` holds a person role noun, lower case or first ("an economist with MM Warburg", "Fund
    manager"; not a spokesperson's, who speaks for a body: "Treasury spokesperson"; not inside a name: "the
    Hollywood Reporter")."""
    if not role:
        return False
    roles = _person_roles_en()
    return any((k == 0 or w.islower()) and w.lower() in roles and w.lower() not in _COLLECTIVE_ROLES_EN
               for k, w in enumerate(role.split())) and "spokes" not in role.lower()


#: English person nouns by their ending, when not in the roles list ("defender", "comedian", "31-year-old"; s21ntxen:
#: a sport title, "The three-time world champion said", "The world indoor champion said: ...").
_PERSON_NOUN_EN_RE = re.compile(r"(?:er|or|ist|ian|man|woman|year-old|champion)$")


#: English role words that name no one person ("he" is never "the company's group" or "people").
_COLLECTIVE_ROLES_EN = frozenset({"people", "group", "groups", "staff", "police", "campaign"})


@lru_cache(maxsize=50_000)
def _person_ref_cached(name: str) -> bool:
    lex = _lexicon("en")
    roles = _person_roles_en()

    def one_role(w: str) -> bool:  # "spokesman", not "analysts", "people"
        lw = w.lower()
        return lw in roles and lw not in _COLLECTIVE_ROLES_EN and not (lw.endswith("s") and lw[:-1] in roles)

    words = name.split()
    if len(words) > 1 and words[0].lower() in lex.determiners:
        words = words[1:]
        if _is_cap(words[0]) and not one_role(words[-1]):
            return False  # "the IPPR", "The Bank": a capitalised name after "the" is an organisation's
    if words and one_role(words[-1]):  # "Department for Work and Pensions spokeswoman"
        return True
    for k, w in enumerate(words[1:], 1):
        if w in ("of", "for", "at"):  # "A spokesman for the Home Office", "Paul Miller of Thames Valley Police"
            words = words[:k]
            break
    if not words or len(words) == 1 and _is_acronym(words[0]):
        return False  # ("NTL", "SEPA": an organisation's short form is no "he")
    last = words[-1].lower()
    if last in _COLLECTIVE_ROLES_EN or last in _non_person_en():
        return False
    if last in roles:
        return one_role(last)
    if not _is_cap(words[0]) and (any(one_role(w) for w in words) or _is_cap(words[-1])):
        return True  # "media and PR strategist Glen Yearwood"
    if any(w.endswith(("'s", "’s", "'", "’")) or w.lower() in lex.pronouns or w.lower() in lex.determiners
           for w in words):
        return False  # "Lord Butler's report earlier this year ...", "Tony Blair's", "What I", "K. He"
    if not _is_cap(words[0]):  # a lower-case phrase: a person noun ("defender"), not "company", "report"
        return bool(_PERSON_NOUN_EN_RE.search(last))
    return (_is_cap(words[-1]) or not words[-1].isalpha() and _prefixed_name_en(words[-1])) and \
        words[0].lower() not in _non_person_starts_en()  # (s20names: "Saud al-Faisal" is a person)


@lru_cache(maxsize=4096)
def _named_thing_en(body: str, name: str) -> bool:
    """English: the article writes ``name`` right after a noun of a company, place or work (lexicon
    ``thing_nouns``: "water firm Aguas Argentinas", "the film Sideways"): no person a pronoun can mean."""
    if not name or not name[:1].isupper():
        return False
    nouns = _en_words("thing_nouns")
    i = body.find(name)
    while i >= 0:
        before = body[max(0, i - 24):i].split()
        if before and before[-1].lower() in nouns or len(before) > 1 and before[-1] == "of" and \
                before[-2].lower() in nouns:
            return True
        i = body.find(name, i + len(name))
    return False


def _person_ref_en(name: str, lex: _Lex) -> bool:
    """English: ``name`` (a canonical speaker name or role) can be what a personal pronoun (he, she) refers
    to: a person's name or a singular person role, not a place, organisation, event or work ("South China
    Sea", "Law Society", "Six Nations"), a possessive phrase ("Lord Butler's report"), a plural role
    ("analysts") or a lower-case noun that is no role ("company", "report")."""
    return bool(name) and _person_ref_cached(name)


#: Indonesian: "berinisial HM", "inisial FH": the initials a person is named by (crime and court news).
_ID_INITIALS_RE = re.compile(r"\b(?:ber)?inisial\s+([A-Z]{1,4})\b")


def _initials_of_person(body: str, name: str) -> bool:
    """Indonesian: ``name`` (all upper-case) is a person's initials given with "(ber)inisial" in the article."""
    return any(m.group(1) == name for m in _ID_INITIALS_RE.finditer(body))


#: Lower-case role words, then a capitalised word: "Feminist| icon Germaine Greer".
_ROLE_THEN_NAME_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{1,3}}({_CAP_WORD})")
#: English words that open a clause inside a sentence, before a pronoun speaker ("which he said runs ...").
_CLAUSE_LINKS = frozenset({"which", "what", "that", "whom", "where", "when", "because", "as", "while", "whilst", "although"})


def _clause_antecedent(doc: _Doc, q: _Quote) -> str:
    """English: the canonical name of the name opening the sentence when the pronoun speaker stands inside
    a later clause of it ("Clinton proposed rules that would end what she said were ..."); "" otherwise."""
    if q.cue_pos < 0 or q.start < q.cue_pos or not q.speaker or q.speaker.lower() in ("i", "we", "it"):
        return ""
    body = doc.body
    p = body.rfind(q.speaker, max(0, q.cue_pos - 40), q.cue_pos)
    if p < 0:
        return ""
    before = _last_word(body, max(0, p - 40), p, frozenset())
    if before is None or before[0].lower() not in _CLAUSE_LINKS or body[before[2]:p].strip():
        return ""
    ss, _ = doc.sentence(p)
    if p - ss < 12:
        return ""
    sp = _sentence_subject(doc, ss, p)
    if not sp.text or sp.kind != "name" or sp.end >= p or _fw(sp.text) in ("he", "she", "they") or \
            sp.text.endswith(("'s", "’s")):
        return ""
    m = _ROLE_THEN_NAME_RE.match(body, sp.end, p)
    if m and len(sp.text.split()) == 1 and any(w in doc.lex.roles for w in body[sp.end:m.start(1)].split()):
        # "Shadow education secretary Tim Collins ...": the name after the role words
        sp = _right_speaker(doc, m.start(1), p)
        if sp.kind != "name":
            return ""
    lex = doc.lex
    short = frozenset({_fw(sp.text)}) if len(sp.text.split()) == 1 else frozenset()
    name, _ = _canonical_cached(sp.text, lex.language, short)
    return _expand(name, doc, sp.start)


#: Indonesian (s17id): a role opening a sentence, then a name in apposition (titles, one to four capitalised words,
#: an age in brackets) and a lower-case word: "Warga Cakung, Nurhayati (45), mengaku", "Istri korban, Bu Sri, tak".
_ID_ROLE_NAME_SUBJ_RE = re.compile(
    rf"[^,.;:!?\n\"“”]{{3,90}},[ \t]+({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,5}})(?:[ \t]+\(\d{{1,3}}\))?,[ \t]+[a-z]")


#: Indonesian (s17id): a second cue verb of the same subject after a comma and a conjunction ("..., tetapi
#: mengingatkan ...", "..., dan menyebut ..."; not "serta", which lists the content's own predicates).
_ID_SECOND_CUE_RE = re.compile(r",[ \t]+(tetapi|tapi|namun|dan)[ \t]+(?:juga[ \t]+)?(me[a-z]{4,}|ber[a-z]{3,})(?=[ \t])")
def _id_and_cue_reports(doc: _Doc, m2: re.Match, end: int) -> bool:
    """(s23ntxid) Indonesian: the speech verb after a bare "dan" (``_ID_AND_SECOND_CUE_RE``) opens a report of its
    own: "bahwa" or a clause marker after it, or a finite clause (``_id_finite``: "dan menambahkan stok cukup",
    "dan meminta warga untuk tidak panik"), not a topic ("dan menjelaskan masalahnya kepada polisi")."""
    lex = doc.lex
    cw = m2.group(2).lower()
    before = doc.body[max(0, m2.start() - 200):m2.start()].split()
    if before and _ID_VERB_RE.fullmatch(before[-1].lower()) or any(w in ("untuk", "agar", "supaya") and any(
            _ID_VERB_RE.fullmatch(v.lower()) for v in before[k + 1:k + 3]) for k, w in enumerate(before[-12:], start=max(
                0, len(before) - 12))):
        return False  # (a verb of the content coordinated: "kemampuan mengajar dan menjawab ...", "mengajak
        # masyarakat untuk aktif menggunakan layanan ini dan melaporkan ...")
    rest = doc.body[m2.end():end]
    if (m_as := _ID_ASIDE_THAT_RE.match(rest)) is not None:
        rest = rest[m_as.end():]  # ("dan berkata, sebelum lift tertutup, bahwa ...": an aside, then the report)
    rest = rest.lstrip(" \t,")
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    return first in lex.that_words or first in lex.clause_markers or _id_finite(
        rest, lex, request=cw in _ID_REQUEST_CUES, verb=cw in _id_verb_clause_cues())


#: (s23ntxid) an aside between commas after a speech verb, closed before "bahwa".
_ID_ASIDE_THAT_RE = re.compile(r",[^,.;:\"“”\n]{1,60},(?=[ \t]+bahwa[ \t])")
#: (s23ntxid) the same with no comma: "dan" then a speech verb (lexicon ``speech_verbs`` / ``speech_verbs_weak``).
_ID_AND_SECOND_CUE_RE = re.compile(r"(?<=[\w\x22\u201d])[ \t]+(dan)[ \t]+(?:juga[ \t]+)?(me[a-z]{4,}|ber[a-z]{3,})(?=[ \t,])")
_ID_BY_AGENT_RE = re.compile(r"(?<![\w-])(di[a-z]{3,})[ \t]+oleh[ \t]+")
_ID_TITLED_TAIL_RE = re.compile(rf"[ \t]+((?:[a-z]{{1,4}}\.[ \t]+)?{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,5}})")


#: (s18id) Indonesian: a plural noun phrase opening a sentence (after an optional fronted phrase and its comma): a
#: quantifier, then the noun and up to three modifiers (group 1: "Diberitakan sebelumnya, sejumlah warga Boyolali
#: melaporkan ...", "Para mahasiswa UI menilai ...").
_ID_PLURAL_SUBJECT_RE = re.compile(r"(?:[A-Z][^,.;:\"“”\n]{0,40},[ \t]+)?(?:[Ss]ejumlah|[Pp]ara|[Bb]eberapa|[Rr]atusan|"
                                   r"[Pp]uluhan|[Rr]ibuan|[Bb]anyak)[ \t]+([a-z][a-z-]+(?:[ \t]+[\w-]+){0,3})")


def _id_plural_antecedent(doc: _Doc, q: _Quote) -> str:
    """(s18id) Indonesian "mereka": the plural noun phrase opening one of the three sentences before the quote's
    (``_ID_PLURAL_SUBJECT_RE``, cut before its verb: "warga Boyolali"), or "" (then the last speaker, as before)."""
    body = doc.body
    ss, _ = doc.sentence(_before_quote(q))
    for _ in range(3):
        p = ss - 1
        while p > 0 and body[p] in " \t\r\n":
            p -= 1
        if p <= 0:
            return ""
        ss, _ = doc.sentence(p)
        m = _ID_PLURAL_SUBJECT_RE.match(body, ss, p)
        if m is None:
            continue
        words: list[str] = []
        for w in m.group(1).split():
            lw = w.lower()
            if lw in ("yang", "dan", "di", "ke", "dari") or lw in doc.lex.aux or lw in doc.lex.verbs or (
                    _ID_VERB_RE.fullmatch(lw) and lw not in _ID_NOT_VERBS) or lw.startswith("di") and len(lw) > 5:
                break
            words.append(w)
        if words:
            return " ".join(words)
    return ""


#: Indonesian (s20id): words that open a description of one person of a group ("Salah seorang warga", "Salah satu
#: korban", "Seorang pedagang"): the head noun after them says whether it is a role.
_ID_ONE_OF = frozenset({"salah", "seorang", "satu", "sang"})


def _id_role_head(desc: str, lex: _Lex) -> bool:
    """Indonesian: whether a description before an apposed name opens with a role or title ("Warga Cakung", "Ketua
    ..."), or (s20id) with one of a group whose head is a role ("Salah seorang warga", "Seorang pedagang")."""
    words = desc.split(None, 3)
    if not words:
        return False
    heads = lex.roles | lex.title_first
    if words[0].rstrip(",").lower() in heads:
        return True
    k = 0
    while k < len(words) - 1 and words[k].lower() in _ID_ONE_OF:
        k += 1
    return 0 < k and (words[k].rstrip(",").lower() in lex.roles or words[k].rstrip(",").lower() in _id_person_nouns())


def _new_subject(doc: _Doc, q: _Quote, after: int) -> tuple[str, str]:
    """The person the sentence before ``q`` brings in, when that sentence comes after the last quote
    (``after``): a full name opening it ("Kasat Reskrim ... AKBP Andrie Setiawan tak menampik ...") or
    named by a passive cue ("Hal senada diungkapkan Sekretaris ... Bayu Aji."): (name, role), or ("", "")."""
    body = doc.body
    anchor = min(q.start, q.cue_pos) if q.cue_pos >= 0 else q.start
    ss, _ = doc.sentence(anchor)
    p = ss - 1
    while p > 0 and body[p] in " \t\n\"“”'‘’":
        p -= 1
    if p <= after or p <= 0:
        return "", ""
    ps, pe = doc.sentence(p)
    if ps <= after or pe > ss:
        return "", ""
    lex = doc.lex
    rs = ps
    if (c := body.find(",", ps, min(pe, ps + 32))) > 0 and body[ps:c].count(" ") <= 2:
        rs = c + 1  # (a short opener: "Sementara itu, Ketua Kelompok Tani ..., Suparno, menyambut ...")
    if (m_id := _ID_ROLE_NAME_SUBJ_RE.match(body, ps, pe) or _ID_ROLE_NAME_SUBJ_RE.match(body, rs, pe)) is not None \
            and _id_role_head(body[m_id.start():m_id.start(1)], lex):
        # (s17id) "Warga Cakung, Nurhayati (45), mengaku lega.", "Istri korban, Nurhasanah, tak kuasa ...",
        # "Ketua Kelompok Tani ..., Suparno, menyambut baik ...": a one-word or titled name in apposition
        words = m_id.group(1).split()
        titles = _id_name_titles()
        while words and words[0].lower().rstrip(".") in titles:
            words.pop(0)
        if words and not any(w.lower() in lex.roles or w.lower() in lex.title_first or w.lower() in lex.places
                             or w.lower() in lex.org_words or _is_acronym(w) or w.endswith(".") for w in words):
            return " ".join(words), body[m_id.start():m_id.start(1)].strip(" ,")
    run = _CAP_RUN_RE.match(body, ps, pe)
    if run:
        appos = _ROLE_COMMA_NAME_RE.match(body, ps, pe)
        if appos and run.group().split()[0].lower() in lex.roles | lex.title_first:
            # "Pemimpin Minoritas Senat dan Demokrat New York, Chuck Schumer, juga bergabung ..."
            words = appos.group(1).split()
            if len(words) >= 2 and not any(w.lower() in lex.roles or w.lower() in lex.title_first
                                           or w.lower() in lex.places or w.lower() in lex.org_words for w in words):
                return appos.group(1), body[ps:appos.start(1)].strip(" ,")
        nxt = _NEXT_WORD_RE.match(body, run.end(), pe)
        if nxt and nxt.group(1).islower() and nxt.group(1) not in lex.connectors:
            return _titled_name(run.group(), lex)
        return "", ""
    for m in [*_PASSIVE_NAME_RE.finditer(body, ps, pe), *(_ID_BY_AGENT_RE.finditer(body, ps, pe)
                                                           if " oleh " in body[ps:pe] else ())]:
        if m.group(1).lower() in doc.lex.passives or m.group().endswith(("oleh ", "oleh\t")):
            # (s17id: any passive with "oleh" and its agent: "Pengumuman itu dikonfirmasi oleh ROLE, NAME, Minggu")
            end = pe
            while end > m.end() and body[end - 1] in " .,":
                end -= 1
            run = _CAP_RUN_RE.match(body, m.end(), end)
            if run and run.end() == end:
                return _titled_name(run.group(), doc.lex)
            if run and body[run.end():run.end() + 1] == "," and run.group().split()[0].lower() in lex.roles | \
                    lex.title_first:
                # (s17id) "Hal senada disampaikan Sekretaris Jenderal MUI, Buya Anwar Hamzah.", "Pesan itu disampaikan
                # oleh Sekda Jateng, Sumarno, dalam ...": the titled name after the role (the last comma segment when
                # the role itself holds commas: "Kepala Badan Standar, Kurikulum, dan Asesmen Pendidikan, Toni T.")
                m_n = _ID_TITLED_TAIL_RE.match(body, run.end() + 1, end)
                last_c = body.rfind(",", m_n.end() if m_n else run.end() + 1, end)
                if last_c >= 0 and (m_l := _ID_TITLED_TAIL_RE.match(body, last_c + 1, end)) and m_l.end() == end:
                    m_n = m_l
                if m_n and (m_n.end() == end or body[m_n.end():m_n.end() + 1] == ","):
                    words = m_n.group(1).split()
                    while len(words) > 1 and words[0].lower().rstrip(".") in _id_name_titles():
                        words.pop(0)
                    if not any(w.lower() in lex.roles or w.lower() in lex.places or w.lower() in lex.org_words
                               for w in words):
                        return " ".join(words), run.group()
    return "", ""


#: s25idspk: Indonesian words that never stand between a role and the name in a subject ("Menteri luar negeri Walid
#: al-Moualem") nor right after a subject's name as its predicate: prepositions, conjunctions, relatives and
#: demonstratives ("Sopir itu", "Trump dan Kim", "Mereka yang ... di Hotel Roa-Roa").
_ID_SUBJECT_STOPS = frozenset({"yang", "dan", "atau", "serta", "di", "ke", "dari", "dengan", "bersama", "untuk", "pada",
                               "kepada", "oleh", "bagi", "dalam", "tentang", "itu", "ini", "tersebut", "bahwa", "sebagai",
                               "karena", "saat", "ketika", "seperti", "juga", "pun", "adalah", "merupakan", "ialah",
                               "anda", "apakah", "apa", "siapa", "bagaimana", "mengapa", "kenapa", "kapan", "mana"})
#: s25idspk: a token of a subject phrase (a word, its comma kept apart).
_ID_SUBJECT_TOKEN_RE = re.compile(r"[^\s,.;:!?\"“”()]+(?:[.](?=\s))?|,")
#: s25idspk: a name particle written in lower case before a capital ("al-Moualem", "el-Sisi", "d'Estaing").
_NAME_PARTICLE_CAP_RE = re.compile(rf"(?:al|el|d)[-'’][{_UPPER}]")


@lru_cache(maxsize=1)
def _id_stopwords() -> frozenset[str]:
    """s25idspk: Indonesian stopwords (lexicon ``stopwords``), lower case: no one-word name ("Kedua, ...")."""
    return frozenset(w.strip().lower() for w in load_list_or_empty("stopwords", "id") if w.strip())


def _id_subject_person(doc: _Doc, s: int, pe: int) -> tuple[str, str]:
    """s25idspk: Indonesian: (name, role) of the person named as the subject starting at ``s`` (a sentence start or
    the word after a fronted adverbial's comma), or ("", ""). The subject is role words (capitalised or not) and a
    capitalised name ("Menteri luar negeri Walid al-Moualem mengatakan", "Bapak Gendon menceritakan", "Saipov,
    asal Uzbekistan, tidak menunjukkan", "Ny. Humphreys, yang berteman dengan ..., kehilangan"), followed by a
    lower-case word (the predicate) or by one apposition or relative clause between commas and then one: a person
    introduced with a role, title or apposition (a bare name is a participant of the narrated events, not
    someone brought in to speak). A one-word name counts only after a title or form of address or when the
    article gives it in full."""
    body = doc.body
    lex = doc.lex
    heads = lex.roles | lex.title_first
    role: list[str] = []
    name: list[str] = []
    after = -1
    for k, m in enumerate(_ID_SUBJECT_TOKEN_RE.finditer(body, s, pe)):
        w = m.group()
        lw = w.lower().rstrip(".")
        if w == ",":
            if not name:
                return "", ""
            # "NAME, APPOSITION/yang ..., predicate": one segment between commas, then a lower-case word
            c2 = body.find(",", m.end(), min(pe, m.end() + 160))
            if c2 < 0 or any(ch in body[m.end():c2] for ch in ";:!?\"“”\n"):
                return "", ""
            seg = _NEXT_WORD_RE.match(body, m.end(), c2)
            if seg is None or seg.group(1).lower() in lex.connectors or seg.group(1).lower() in ("atau", "serta") or (
                    _is_cap(seg.group(1)) and seg.group(1).lower() not in heads):
                return "", ""  # (a list of names, "Arso, Iswan, dan Danny", is no apposition)
            if seg.group(1).lower() != "yang" and any(
                    _ID_VERB_RE.fullmatch(t) and t not in _ID_NOT_VERBS or t in lex.verbs
                    for t in _LOWER_WORD_RE.findall(body, m.end(), c2)):
                return "", ""  # (a clause, no apposition: "Kedua, persentase ... mencapai 20%")
            after = c2 + 1
            break
        if k > 9:
            return "", ""
        cap = _is_cap(w) or bool(_NAME_PARTICLE_CAP_RE.match(w))
        if name:
            if cap or lw in ("bin", "binti", "van", "von", "de", "da", "al", "el", "ibn"):
                name.append(w)
                continue
            after = m.start()
            break
        if k == 0 and lw in lex.pronouns or lw in _ID_SUBJECT_STOPS or lw in lex.aux:
            return "", ""
        if lw in heads or lw in _id_honorifics() or lw in _id_name_titles() or lw in _id_person_nouns():
            role.append(w)
        elif not cap:
            if not role or _ID_VERB_RE.fullmatch(lw) and lw not in _ID_NOT_VERBS or lw in lex.verbs:
                return "", ""
            role.append(w)  # a lower-case modifier of the role ("Menteri luar negeri", "diplomat tertinggi")
        else:
            name.append(w)
    if not name or after < 0 or not role and body[after - 1:after] != ",":
        return "", ""  # (a bare name is no one brought in to speak: "Kemudian, Hendi memberikan uang kepada Yugi.")
    if len(name) == 1 and not role and not _capitalised_elsewhere(body, name[0], s):
        return "", ""  # (a common word opening the sentence: "Keesokan harinya, ...")
    nxt = _NEXT_WORD_RE.match(body, after, pe)
    if nxt is None or not nxt.group(1).islower() or nxt.group(1) in _ID_SUBJECT_STOPS or nxt.group(1) in lex.connectors:
        return "", ""
    if any(w.lower() in lex.places or w.lower() in lex.org_words or w.lower() in heads or _is_acronym(w)
           for w in name):
        return "", ""  # (a place, an organisation, a role word inside the run: "Korea Utara Ri Yong Ho")
    if len(name) == 1 and name[0].lower() in _id_stopwords():
        return "", ""
    if role and _is_cap(role[-1]) and role[-1].lower().rstrip(".") not in _id_honorifics():
        # "Menteri Keuangan Purbaya Yudhi Sadewa": the capitalised words after the role word may be the office's
        canon, crole = _canonical_cached(" ".join(role + name), "id", frozenset())
        if canon and crole and canon.split() == name[len(name) - len(canon.split()):]:
            role, name = crole.split(), canon.split()
    full = " ".join(name)
    if len(name) == 1:
        full = _expand(full, doc, s)
        if len(full.split()) < 2 and not (role and role[-1].lower().rstrip(".") in _id_honorifics() | _id_name_titles()):
            return "", ""
    return full, " ".join(role)


#: s25idspk: Indonesian words that open a fronted adverbial before the subject's comma besides prepositions,
#: conjunctions, auxiliaries and verb forms ("Namun, ...", "Sementara itu, ...", "Keesokan harinya, ...").
_ID_ADVERBIAL_OPENERS = frozenset({"berdasarkan", "namun", "sementara", "selain", "meski", "meskipun", "walaupun", "walau", "sejak",
                                   "sebelum", "setelah", "sesudah", "usai", "seusai", "selama", "hingga", "sampai",
                                   "kemudian", "akhirnya", "sebaliknya", "keesokan", "kini", "sekarang", "tahun",
                                   "bulan", "minggu", "hari", "pekan", "jika", "bila", "apabila", "kalau", "ketika",
                                   "saat", "sambil", "tetapi", "tapi", "sedangkan", "padahal", "sehingga", "maka"})


def _id_adverbial_opener(doc: _Doc, ps: int) -> bool:
    """s25idspk: Indonesian: whether the sentence at ``ps`` opens with a fronted adverbial (a preposition,
    conjunction, adverb or verb form: "Berdasarkan dokumen pengadilan, ...", "Berbicara kepada ..., ...", "Lebih
    dari tiga bulan setelah ..., ..."), not a noun phrase ("Hasil pertemuan ini ... oleh Arso, Iswan, dan ...")."""
    m = _NEXT_WORD_RE.match(doc.body, ps)
    if m is None:
        return False
    lw = m.group(1).lower()
    lex = doc.lex
    return lw in _ID_ADVERBIAL_OPENERS or lw in _ID_SUBJECT_STOPS or lw in lex.trailers or lw in lex.aux or (
        bool(_ID_VERB_RE.fullmatch(lw)) and lw not in _ID_NOT_VERBS) or lw in lex.verbs


def _id_bracketed_long_form(doc: _Doc, k: int, short: str) -> str:
    """s25idspk: Indonesian: the phrase right before the bracket at ``k`` that the short form ``short`` in it stands
    for, where the phrase's capitalised words do not spell it (a translation: "Pusat Badai Nasional (NHC)") or it
    is a lower-case role ("anggota majelis (AM)"): up to six words back to the clause start (a sentence start,
    comma or quotation mark), without a leading determiner; "" otherwise (the article's own short forms,
    "Badan Pusat Statistik (BPS)", stay with the rules that already read them)."""
    body = doc.body
    lex = doc.lex
    lo = max(0, k - 80)
    j = k
    while j > lo and body[j - 1] not in ",.;:!?\n\"“”'‘’()":
        j -= 1
    words = body[j:k].split()
    while words and (words[0].lower() in lex.determiners or words[0].lower() in _ID_ONE_OF):
        words = words[1:]
    if not words or len(words) > 6 or j == lo and lo > 0:
        return ""
    first = words[0].lower()
    if first in lex.roles or first in _id_person_nouns():
        return " ".join(words)
    if first in lex.pronouns or first in _ID_SUBJECT_STOPS or not all(
            _is_cap(w) or w in lex.connectors or w in ("of", "and", "for", "the", "&") for w in words):
        return ""  # (a name's words are capitalised: not "Data di fasilitas kesehatan tingkat pertama (FKTP)")
    initials = "".join(w[0] for w in words if _is_cap(w))
    return "" if initials.endswith(short) else " ".join(words)


#: s25idspk: Indonesian speakers that mean a police force ("polisi", "pihak kepolisian").
_ID_POLICE_SOURCES = frozenset({"polisi", "kepolisian", "pihak kepolisian", "pihak polisi", "aparat kepolisian"})
#: s25idspk: a police force's name with "Kepolisian" ("Departemen Kepolisian Baton Rouge", "Kepolisian Paris"), not an
#: Indonesian police unit's long form ("Kepolisian Resor (Polres) Asahan", "Kepolisian Daerah Metro Jaya"; s26idrec: a
#: translated state police, "Kepolisian Negara Bagian Alaska", is a force's name, not "Kepolisian Negara Republik").
_ID_POLICE_NAME_RE = re.compile(
    rf"(?:(?:Departemen|Dinas)[ \t]+)?Kepolisian(?![ \t]+(?:Resor|Resort|Daerah|Sektor|Negara(?![ \t]+Bagian)|Republik|Wilayah)\b)"
    rf"(?:[ \t]+{_CAP_WORD}){{1,4}}")


#: s25idspk: an Indonesian police unit ("Polres Bogor", "Kepolisian Resor (Polres) Bogor", "Polda Metro Jaya").
_ID_POLICE_UNIT_RE = re.compile(r"\b(?:Kepolisian[ \t]+(?:Resor|Resort|Daerah|Sektor|Negara|Republik|Wilayah)|Polres\w*|"
                                r"Polda|Polsek|Polri)\b")


def _id_police_named_before(doc: _Doc, pos: int) -> str:
    """s25idspk: Indonesian: the last police force named with "Kepolisian" before ``pos`` (``_ID_POLICE_NAME_RE``),
    or "" (none, or an Indonesian police unit named after it: "polisi" stays as written)."""
    found = ""
    at = -1
    for m in _ID_POLICE_NAME_RE.finditer(doc.body, 0, pos):
        found, at = m.group(), m.start()
    if found and _ID_POLICE_UNIT_RE.search(doc.body, at + len(found), pos):
        return ""
    return found


def _id_role_words_back(doc: _Doc, pos: int) -> int:
    """s25idspk: Indonesian: the comma of ", " before ``pos`` after at most six lower-case words (a role's words:
    no verb, preposition or conjunction besides "dan") right before ``pos``; -1 otherwise."""
    body = doc.body
    k = pos
    for _ in range(7):
        if body[k - 2:k] == ", ":
            return k - 2
        m = _LOWER_RUN_BACK_RE.search(body, max(0, k - 30), k)
        if m is None:
            return -1
        w = m.group(1)
        if w != "dan" and (w in _ID_SUBJECT_STOPS or w in doc.lex.aux or w in doc.lex.verbs or (
                _ID_VERB_RE.fullmatch(w) and w not in _ID_NOT_VERBS)):
            return -1
        k = m.start(1)
    return -1


#: s25idspk: the lower-case word and the space right before a position.
_LOWER_RUN_BACK_RE = re.compile(r"([a-z]+)[ \t]$")


def _id_name_before_appos(doc: _Doc, k: int) -> str:
    """s25idspk: Indonesian: the person's name that opens the sentence and ends at the comma at ``k`` ("Paul
    Newman, analis ..."), as the article gives it in full; "" when the run is no person's name (an organisation,
    a place, a one-word name the article never gives in full) or does not open the sentence."""
    body = doc.body
    ss, _ = doc.sentence(k)
    lo = ss
    while lo < k and body[lo] in " \t\"“”'‘’":
        lo += 1
    run = _CAP_RUN_RE.match(body, lo, k)
    if run is None or run.end() != k:
        return ""
    lex = doc.lex
    words = run.group().split()
    if any(w.lower() in lex.org_words or w.lower() in lex.places or w.lower() in lex.roles
           or w.lower() in lex.title_first or _is_acronym(w) for w in words) or _opener(words[0], lex):
        return ""
    full = _expand(run.group(), doc, k)
    return full if len(full.split()) >= 2 else ""


def _id_prev_subject(doc: _Doc, q: _Quote, after: int, back: int = 2) -> tuple[str, str]:
    """s25idspk: Indonesian: (name, role) of the person who is the subject (:func:`_id_subject_person`) of the
    nearest of the ``back`` sentences before ``q``'s that come after the last quote (``after``), at the sentence
    start or after a fronted adverbial's comma ("Berdasarkan dokumen pengadilan, Saipov, asal Uzbekistan, tidak
    ...", "Berbicara kepada Majelis Umum PBB, Menteri luar negeri Walid al-Moualem mengatakan ..."); ("", "")."""
    body = doc.body
    anchor = min(q.start, q.cue_pos) if q.cue_pos >= 0 else q.start
    ss, _ = doc.sentence(anchor)
    for _ in range(back):
        p = ss - 1
        while p > 0 and body[p] in " \t\r\n\"“”'‘’":
            p -= 1
        if p <= after or p <= 0:
            return "", ""
        ps, pe = doc.sentence(p)
        if ps <= after or pe > ss or after >= doc.paragraph(ps)[0]:
            # (a sentence in the paragraph of the last quote goes on with what its speaker reported: "Ia
            # menekankan ... . Presiden Prabowo ingin ...")
            return "", ""
        if body[ps:pe].rstrip(" \t\r\n\"“”'‘’").endswith("?"):
            return "", ""  # (a question names no one who speaks next: "Apakah Anda membocorkan ...?")
        found = _id_subject_person(doc, ps, pe)
        if not found[0] and (c := body.find(",", ps, min(pe, ps + 120))) > 0 and _id_adverbial_opener(doc, ps):
            found = _id_subject_person(doc, c + 1, pe)
        if found[0]:
            return found
        ss = ps
    return "", ""


#: English: a capitalised name opening a sentence, before a comma or a lower-case word ("Melzer has ...",
#: "Mirza, ranked 134 in the world, sunk ...").
#: s15bbc: after an organisation's name opening a sentence, one to three lower-case role words, then a capitalised
#: name of two to three words (group 1) and the lower-case word after it (group 2, the verb).
_ORG_ROLE_NAME_EN_RE = re.compile(rf"(?:[ \t]+[a-z][a-z-]*){{1,3}}[ \t]+({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,2}})[ \t]+([a-z]+)\b")
#: (s20en: a dotted country abbreviation and up to five capitalised words: "U.S. District Judge Raymond Ochoa ordered",
#: "Senate Majority Leader Paul Brennan said")
_SUBJECT_NAME_EN_RE = re.compile(rf"((?:(?:[A-Z]\.){{2,3}}[ \t]+)?{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,4}})(?=,[ \t]|[ \t]+([a-z]+)\b)")


def _prev_subject_en(doc: _Doc, q: _Quote, after: int, back: int = 1, *, block: list[int] | None = None) -> str:
    """English: the person named as the subject of the sentence before ``q``'s when that sentence comes after
    the last quote (``after``): the canonical full name ("Melzer has now beaten Agassi ..." -> "Jurgen
    Melzer"), or "". With ``back`` > 1, the nearest of that many sentences before with such a subject; ``block``
    gets the start of a sentence whose subject is a name that is no person's (which ends the search)."""
    body = doc.body
    anchor = _before_quote(q)
    if anchor - after < 12:
        return ""  # (no room for a sentence between the last quote and this one)
    ss, _ = doc.sentence(anchor)
    for _ in range(back):
        p = ss - 1
        while p > 0 and body[p] in " \t\n\"“”'‘’":
            p -= 1
        if p <= after or p <= 0:
            return ""
        ps, pe = doc.sentence(p)
        if ps <= after or pe > ss:
            return ""
        name = _subject_name_en(doc, ps, pe)
        if name == "-" and block is not None:
            block.append(ps)
        if name:
            return "" if name == "-" else name  # (a subject that is no person: the pronoun means no one before)
        ss = ps
    return ""


def _apposed_name_en(doc: _Doc, speaker_name: str, role: str, *, unresolved: bool = False) -> str:
    """English: the canonical name of ``role`` when it is a proper name (capitalised words, no place) apposed to a
    speaker that is a description ("India's third-biggest software firm" + "Wipro"; ``unresolved``: one written
    as a title, "Commerce and Industry Minister" + "Kamal Nath") or a body while the role is a person's name ("the National Institute of Medical Research" + "Professor Robin Lovell-Badge"); or ""."""
    words = role.split()
    if not 1 <= len(words) <= 5 or not all(_is_cap(w) or w in _NAME_JOINERS_EN for w in words[1:]) \
            or not _is_cap(words[0]) or role.lower() in _place_names_en() or role.lower() in _demonyms_en() \
            or words[0].lower() in doc.lex.determiners:
        return ""
    name, _ = _canonical_cached(role, "en", frozenset())
    if not name or name.lower() in _place_names_en() or not _is_cap(name.split()[-1]) or \
            name.split()[-1].lower() in doc.lex.roles or name.split()[-1].lower() in doc.lex.title_first:
        return ""  # (a title is no name: "King" and "Representative")
    if any(w[:1].islower() and w not in _NAME_JOINERS_EN for w in speaker_name.split()) or \
            speaker_name.split()[-1].lower() in doc.lex.roles and unresolved:
        # ("Commerce and Industry Minister" + "Kamal Nath")
        return name if _person_ref_en(name, doc.lex) or not _one_person(name, doc.lex) else ""
    if len(words) >= 3 and words[0].rstrip(".").lower() in doc.lex.title_first and name != role and any(
            w.lower() in doc.lex.roles for w in speaker_name.split()):
        return name  # s17en: "The Archbishop of Canterbury, Dr Rowan Williams, said": a title and a name apposed to an office
    return name if _one_person_doc(doc, name) and any(w.lower() in doc.lex.org_words for w in speaker_name.split()) \
        else ""


def _person_named_en(doc: _Doc, name: str) -> bool:
    """English: ``name`` is surely a person's: its first word a given name ("Martin Broughton") or its surname
    written after an honorific in the article ("Mr Broughton")."""
    words = name.split()
    if not words or not _is_cap(words[-1]):
        return False
    first = words[0].lower()
    return len(words) > 1 and (first in _en_words("given_names_male") or first in _en_words("given_names_female")) \
        or _called(doc.body, words[-1], _MALE_HONORIFICS_EN + _FEMALE_HONORIFICS_EN + ("Dr ", "Dr. "))


def _has_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word (no letter or digit on either side)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            return True
        i = text.find(word, j)
    return False


def _only_person_before_en(doc: _Doc, names: _Names, pos: int, pronoun: str, after: int = 0) -> str:
    """English: the one person of the pronoun's gender named in the 400 characters before ``pos`` (and from
    ``after``: not before a sentence whose subject is a name that is no person's: "Mr Tanzi spent months in jail.
    Parmalat is now run by ...") (a full name or an honorific and surname: "Home Office minister Hazel Blears
    defended the move ... She denied", "Mr Snow's comments may have helped ..., but he was careful"), or ""
    when none or several."""
    body = doc.body
    lo = max(0, pos - 400, after)
    people = {full for p, full, _ in names.upto(pos) if p < pos and _one_person_doc(doc, full)
              and full.lower() not in _place_names_en()}
    window = body[lo:pos]
    # a person named in full before, by surname alone in the window ("Stallone, 71, appeared ...") counts too
    found = {full for full in people if _has_word(window, full.split()[-1])}
    for m in _HONORIFIC_NAME_EN_RE.finditer(body, lo, pos):
        if m.group().startswith(_FEMALE_HONORIFICS_EN if pronoun == "he" else _MALE_HONORIFICS_EN):
            continue  # ("Ms Hughes" for "he")
        found.add(_expand(m.group(1), doc, m.start()))
    found = {n for n in found if _person_ref_en(n, doc.lex) and not _named_thing_en(body, n)
             and not _other_gender(body, n, pronoun)}
    if len(found) > 1:  # "Mr Brown" and "Gordon Brown": one person
        full = {n for n in found if " " in n}
        if len(full) == 1 and all(n in full or any(f.endswith(" " + n) for f in full) for n in found):
            found = full
    return found.pop() if len(found) == 1 else ""


def _lead_in_subject_en(doc: _Doc, q: _Quote) -> str:
    """English: the person named as the subject of the words that open a quotation's own sentence when its cue
    follows it ("President Obama released a statement condemning '...'. He said", "On the campaign trail,
    Mrs. Clinton regularly pledges to '...,' as she put it"): the canonical full name, or ""."""
    if q.cue_pos < q.start or q.kind == "indirect":
        return ""
    body = doc.body
    ss, _ = doc.sentence(q.start)
    if q.start - ss < 12:
        return ""
    m = _NEXT_WORD_RE.match(body, ss, q.start)
    if m and m.group(1).lower() in _ADJUNCT_PREPS:  # "On the campaign trail, ", "In Washington, "
        c = body.find(", ", ss, min(q.start, ss + 60))
        if c < 0:
            return ""
        ss = c + 2
    name = _subject_name_en(doc, ss, q.start)
    if name in ("", "-"):
        m = _SUBJECT_NAME_EN_RE.match(body, ss, q.start)
        if m and m.group(2) and m.group(2) not in _NOT_VERB_EN:
            name, role = _canonical_cached(m.group(1), "en", frozenset())
            # "President Obama released ...": a title and a surname
            name = _expand(name, doc, ss) if role and role.split()[-1].lower().rstrip(".") in doc.lex.title_first \
                and len(name.split()) == 1 and _person_ref_en(name, doc.lex) else ""
    return "" if name == "-" else name


def _lead_cataphor_en(doc: _Doc, q: _Quote) -> str:
    """English: the person an indefinite description in the article's first sentence stands for, named as the
    subject of the next sentence ("The Conservatives have been 'a lot smarter', a Labour backbencher has
    said. Derek Wyatt said ..." -> "Derek Wyatt"), or ""."""
    body = doc.body
    ss, se = doc.sentence(_before_quote(q))
    if body[:ss].strip():
        return ""
    p = se
    while p < len(body) and body[p] in " \t\n\"“”'‘’":
        p += 1
    if p >= len(body):
        return ""
    ps, pe = doc.sentence(p)
    name = _subject_name_en(doc, ps, pe, cue=True)
    return "" if name == "-" else name


def _subject_name_en(doc: _Doc, ps: int, pe: int, *, cue: bool = False) -> str:
    """English: the canonical full name of a person opening the sentence ``body[ps:pe]`` as its subject
    ("Melzer has ...", "Tory co-chairman Liam Fox has opened ..."), or ""."""
    body = doc.body
    lex = doc.lex
    m = _SUBJECT_NAME_EN_RE.match(body, ps, pe)
    if m and m.group(2) and (m.group(1).endswith(("'s", "’s")) or m.group(1) in ("His", "Her", "Their")) and (
            rm := _ORG_ROLE_NAME_EN_RE.match(body, m.end(1), pe)) is not None and any(
            w in lex.roles for w in body[m.end(1):rm.start(1)].split()) and (
            cue or rm.group(2) not in lex.verbs) and rm.group(2) not in _NOT_VERB_EN:
        # s16bbcspk: a possessor, its role words, then the person's name and a verb ("Spain's minister of sport
        # Jaime Lissavetzky was quick to ...", "His mother Katherine Jackson told ...")
        return _subject_name_en(doc, rm.start(1), pe, cue=cue)
    if not m or m.group(1).endswith(("'s", "’s")):
        return ""
    nxt = m.group(2)
    if nxt and (nxt in lex.connectors or nxt in lex.relatives or nxt in _PREPOSITIONS["en"] or nxt in lex.that_words
                or not cue and (nxt in lex.verbs or nxt in lex.after_cues)):
        return ""  # ("Smith said ...": a quote of its own; "Smith of Oxford ...", "Smith and Jones ...")
    words = m.group(1).split()
    if m.group(2) and m.group(2) in lex.roles and (
            rm := _ORG_ROLE_NAME_EN_RE.match(body, m.end(1), pe)) is not None and (
            cue or rm.group(2) not in lex.verbs) and rm.group(2) not in _NOT_VERB_EN:
        # s15bbc: "Fostering Network executive director Robert Tapsfield criticised ...", "Liverpool boss Rafael
        # Benitez is keen ...": an organisation, its role words, then the person's name and a verb
        words = rm.group(1).split()
        nxt = rm.group(2)
        m = None
    elif m.group(2) and all(_front_modifier_en(w, lex) for w in words):
        spans = _word_spans(body[ps:min(pe, ps + 200)], ps)
        fronted = _fronted_name_en(doc, spans, spans[:len(words)], hyphen=True)
        nxt_word = _NEXT_WORD_RE.match(body, fronted.end, pe) if fronted.text else None
        if nxt_word and nxt_word.group(1).islower() and nxt_word.group(1) not in _NOT_VERB_EN:
            # "Tory co-chairman Liam Fox has opened ...": the name after the role words
            m = None
            words = fronted.text.split()
    w0 = words[0].lower().rstrip(".")
    if w0 in lex.determiners or w0 in lex.pronouns or w0 in lex.not_speakers or w0 in _CLAUSE_OPENERS_EN \
            or w0 in _PREPOSITIONS["en"] or w0 in _ADJUNCT_PREPS \
            or _time_name_en(words[0]) or any(w.lower() in lex.roles for w in words[-1:]):
        return ""
    short = frozenset({_fw(words[0])}) if len(words) == 1 else frozenset()
    name, _ = _canonical_cached(" ".join(words), lex.language, short)
    name = _expand(name, doc, ps) if name else ""
    if name and (_one_person_doc(doc, name) or " " not in name and _title_called_en(doc, name)) and \
            _person_ref_en(name, lex) and not any(w.lower() in _work_nouns_en() for w in name.split()):
        # (s18spk: a surname ending in "s" after a given name too: "Jose Antonio Reyes has ..."; s22ntxen: a surname
        # alone that the article writes after a title, "President Trump ... Trump took a more optimistic view")
        return name
    return "-" if name and nxt and nxt.islower() else ""  # ("Parmalat is now being run ...": someone else)


def _title_called_en(doc: _Doc, word: str) -> bool:
    """English: the article writes the one capitalised ``word`` (no place, role or title itself) right after a
    person's title ("President Trump", "Sen. Graham", "Mr Blair"): the surname of a person named by it alone."""
    if not _is_cap(word) or _is_acronym(word) or (low := word.lower()) in doc.lex.roles or low in doc.lex.title_first \
            or low in _place_names_en() or low in doc.lex.org_words:
        return False
    body = doc.body
    i = body.find(" " + word)
    while i > 0:
        j = i + 1 + len(word)
        if j >= len(body) or not body[j].isalnum():
            k = max(body.rfind(" ", 0, i), body.rfind("\n", 0, i)) + 1
            prev = body[k:i]
            if prev[:1].isupper() and prev.rstrip(".").lower() in doc.lex.title_first:
                return True
        i = body.find(" " + word, j)
    return False


def _titled_name(run: str, lex: _Lex) -> tuple[str, str]:
    """The person's name closing a run that opens with a title or role ("Kasat Reskrim ... AKBP Andrie
    Setiawan" -> ("Andrie Setiawan", its title)); ("", "") for places, organisations, programmes."""
    name, role = _run_name(run, lex.language)
    words = name.split()
    if not role or len(words) < 2 or not run.endswith(name) or not any(
            w.lower() in lex.roles or w.lower() in lex.title_first for w in role.split()[:1]):
        return "", ""
    if any(w.lower() in lex.places or w.lower() in lex.org_words for w in words):
        return "", ""
    return name, role


#: English quantifiers left out of a role's canonical name ("some economists" -> "economists").
_QUANTIFIERS_EN = frozenset({"one", "some", "many", "several", "other", "another", "most", "both", "all", "few", "various",
                             "numerous"})


def _strip_det(text: str, lex: _Lex) -> str:
    words = text.split()
    while words and (words[0].lower() in lex.determiners or lex.language == "en" and len(words) > 1
                     and words[0].lower() in _QUANTIFIERS_EN):
        if lex.language == "en" and len(words) > 1 and words[1] == "of":
            break  # (s15fix: "One of the officials", "Another of his aides": the partitive's head stays)
        words = words[1:]
    return " ".join(words) or text


def _full_names_with(doc: _Doc, word: str) -> list[tuple[int, str, str]]:
    """(position, full name) of every run of capitalised words containing ``word`` that is a name."""
    cached = doc.full_names.get(word)
    if cached is not None:
        return cached
    body = doc.body
    out: list[tuple[int, str, str]] = []
    doc.full_names[word] = out
    n, w = len(body), len(word)
    i = body.find(word)
    while i >= 0:
        j = i + w
        if (i > 0 and (body[i - 1].isalnum() or body[i - 1] in "'’-")) or (j < n and (body[j].isalnum() or body[j] in "'’-")
                                                                           and not _possessive_at(body, j, doc.lex)):
            i = body.find(word, j)
            continue
        run = doc.run_holding(i, j, max(0, i - 120), min(n, j + 120))
        if run is not None and doc.lex.language == "en" and _headline_line(body, run.start(), run.end()):
            run = None  # "Carly Fiorina Endorses Ted Cruz": a title-case headline is no name
        if run is not None and doc.lex.language == "en" and body[run.end():run.end() + 1] == " " and (
                nw := _NEXT_WORD_RE.match(body, run.end(), run.end() + 20)) and nw.group(1) in _en_words(
                "publication_nouns"):
            run = None  # "in Rolling Stone magazine": a publication's name, never a person's
        if run is not None and doc.lex.language == "en" and body.startswith(" & ", run.end()):
            run = None  # s16bbcspk: "Axa Equity & Law", "Fairmont Hotels & Resorts": a firm's name goes on
        if run is not None:
            text = run.group()
            if doc.lex.language == "en" and text.endswith((word + "'s", word + "’s")):
                text = text[:-2]  # "Charles Clarke's planned control orders": the name without the possessive
            if doc.lex.language == "en" and ". " in text:
                if body[j:j + 1] == "." and j + 1 < run.end() and len(word) > 1 and word.lower() not in \
                        doc.lex.title_first and word.lower() not in doc.lex.suffixes and \
                        word not in _HONORIFICS_EN and not _is_acronym(word + "."):
                    # s16bbcspk: "said Liam Fox. The car ...": the word's own full stop ends the sentence
                    text = body[run.start():j]
                if body[run.start() - 1:run.start()].isalnum() and text.split(None, 1)[0].endswith("."):
                    # "outside the UK. Cadbury said": the run starts inside "UK.", whose full stop ends a sentence
                    text = text.split(None, 1)[1]
                text = _after_sentence_end_en(text, doc.lex)  # "Project Rub. Nintendo": "Nintendo"
            if text != word and not (run.start() > 0 and body[run.start() - 1] in _QUOTE_CHARS):
                # (a run opening a quotation is a title or slogan: 'Ipul Benahi Data Penerima ...')
                name, role = _run_name(text, doc.lex.language)
                if name and word not in name.split():  # the word itself says where the name starts
                    name, role = _canonical(text, doc.lex, frozenset({_fw(word)}))
                    if len(name.split()) < 2:
                        name = ""
                if name and doc.lex.language == "id" and name.split()[0] in _id_local_places(body):
                    name, role = _id_drop_places(name, role, body)
                if name and word in name.split():
                    out.append((run.start(), name, role))
        i = body.find(word, j)
    return out


def _after_sentence_end_en(run: str, lex: _Lex) -> str:
    """English: the part of a capitalised run after a full stop that ends a sentence, not an abbreviation
    ("Project Rub. Nintendo" -> "Nintendo", "May. Michael Rafferty" -> "Michael Rafferty"; "Dr. Rowan Williams",
    "George W. Bush" unchanged)."""
    words = run.split()
    cut = 0
    for k, w in enumerate(words[:-1]):
        if w.endswith(".") and len(w) > 2 and w[:-1].lower() not in lex.title_first and \
                w[:-1].lower() not in lex.suffixes and w[:-1] not in _HONORIFICS_EN and not _is_acronym(w):
            cut = k + 1
    return " ".join(words[cut:]) if cut else run


def _possessive_at(body: str, j: int, lex: _Lex) -> bool:
    """English: ``body[j:]`` opens a possessive ending ("'s" and no more letters: "Charles Clarke's plans")."""
    return lex.language == "en" and body[j:j + 2] in ("'s", "’s") and not body[j + 2:j + 3].isalnum()


def _headline_line(body: str, a: int, b: int) -> bool:
    """English: the capitalised run ``body[a:b]`` of four words or more is a whole line without a full stop
    (a title-case headline: "Carly Fiorina Endorses Ted Cruz"), not a name."""
    ls = body.rfind("\n", 0, a) + 1
    le = body.find("\n", b)
    le = len(body) if le < 0 else le
    return not body[ls:a].strip() and not body[b:le].strip(" \t.!?") and body.count(" ", a, b) >= 3


def _expand(name: str, doc: _Doc, pos: int) -> str:
    """A surname or first name -> the full name given earlier (or later) in the article; initials and
    nicknames ("AHY", "Melki, sapaan Melkiades") through the article's aliases."""
    parts = name.split()
    if len(parts) > 1:
        # "Sri Mulyani" -> "Sri Mulyani Indrawati" given in full in the article
        best = name
        key = parts[0]
        if doc.lex.language == "en" and key[:1].isupper() and key.lower() in _name_particles_en():
            # (s20names) "Van Nistelrooy said" after "Ruud van Nistelrooy", "De Boer" after "Frank de Boer": a
            # particle capitalised at the start of a sentence; the surname word finds the full name
            key = parts[-1]
            low = [w.lower() for w in parts]
            for full in doc.names_index.get(" " + key) or dict.fromkeys(f for _, f, _ in _full_names_with(doc, key)):
                fp = full.split()
                if len(fp) > len(best.split()) and any([w.lower() for w in fp[i:i + len(parts)]] == low
                                                       for i in range(len(fp))):
                    best = full  # ("Mr Le Pen" after "Jean-Marie Le Pen" too)
            return best
        # s17robust: each full name once (cached per article): a name given again decides nothing new (4,000
        # mentions of one name: 16 million steps)
        distinct = doc.names_index.get(" " + key)
        if distinct is None:
            distinct = doc.names_index[" " + key] = list(dict.fromkeys(
                full for _, full, _ in _full_names_with(doc, key)))
        for full in distinct:
            fp = full.split()
            if len(fp) > len(best.split()) and any(fp[i:i + len(parts)] == parts for i in range(len(fp))):
                best = full
        return best
    word = parts[0]
    if doc.lex.language == "id" and word[1:2].islower() and f"({word})" in doc.body:
        # "Universitas Udayana (Unud)", "Kementerian Keuangan (Kemenkeu)": a short form defined in the article
        org = _short_forms(doc).get(word)
        if org:
            # "Ketua MPR Bambang Soesatyo (Bamsoet) ... Bamsoet menegaskan": the role given with the
            # person's full name goes with the short form too
            _id_full_role(doc, org)
            return org
    if doc.lex.language == "id" and word.lower() in doc.lex.org_words:
        # (s20id) "Kemenag mengimbau ...": an organisation's short form is no surname of a person ("... Haji dan Umrah
        # Kemenag, Hilman ..."); its long form where the article names it (lexicon known_short_forms)
        target = _aliases(doc).get(_fw(word), "")
        return target if len(target.split()) >= 2 else name
    later = ""
    for _ in range(2):
        best = first = ""
        fulls = _full_names_with(doc, word)
        if len(fulls) > _MANY_NAMES and (index := _names_index(doc, word)) is not None:
            fulls = []  # s17robust: the same result from an index, for a name given hundreds of times
            best, first, later = _expand_indexed(doc, index, pos, later)
        else:
            fulls = _expand_candidates(doc, word, fulls)
        for p, full, role in fulls:
            if p <= pos:
                best = full
                doc.full_roles[full] = role
                if full.split()[0] == word:
                    first = full
            elif not later:
                later = full
                doc.full_roles.setdefault(full, role)
        if first and first != best and doc.lex.language == "id":
            # "Presiden Prabowo Subianto ... Kapolri Listyo Sigit Prabowo ... Prabowo meminta": an Indonesian
            # name said alone is the first word of the person's name, not the last word of another's
            return first
        if best:
            return best
        # no full name before the quote: a nickname or initials given in the article come before a
        # full name that only appears later ("Saifullah Yusuf atau Gus Ipul")
        target = _aliases(doc).get(_fw(word))
        if not target:
            break
        if len(target.split()) >= 2:
            return target
        word = target
    return later or name


def _expand_candidates(doc: _Doc, word: str, fulls: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The full names ``_expand`` may give a one-word name ``word`` (from ``_full_names_with``)."""
    if doc.lex.language == "en" and len(fulls) > 1:
        # "Trump" is "Donald Trump", not "Trump Tower" given later: a person's full name, where there is one
        fulls = [f for f in fulls if _person_ref_cached(f[1])] or fulls
    if doc.lex.language == "en" and fulls and word.lower() in doc.lex.org_words:
        # "Police said" after "Detective Inspector Paul Miller of Thames Valley Police": the body the
        # word ends ("Thames Valley Police"), never the person of it
        fulls = [f for f in fulls if f[1].split()[-1] == word]
    return fulls


#: s17robust: a one-word name whose full names occur more often than this in the article (a scraped page of
#: thousands of quote lines) is expanded from an index (``_names_index``) instead of a pass over every
#: occurrence for each quote (2,000 quotes by "Holloway": 4 million steps). A news article stays far below.
_MANY_NAMES = 64


def _names_index(doc: _Doc, word: str) -> tuple[list[tuple[int, str, str]], list[int], dict[str, list[int]],
                                                 list[int]] | None:
    """The candidates of ``word`` (``_expand_candidates``), their positions, the indices of each distinct name (in
    order of first occurrence) and of those that start with ``word``; cached per article; None where the
    positions are not in order (then the plain pass decides)."""
    cache = doc.names_index
    if word not in cache:
        fulls = _expand_candidates(doc, word, _full_names_with(doc, word))
        pos = [p for p, _, _ in fulls]
        groups: dict[str, list[int]] = {}
        for k, (_, full, _) in enumerate(fulls):
            groups.setdefault(full, []).append(k)
        starts = [k for k, (_, full, _) in enumerate(fulls) if full.split()[0] == word]
        cache[word] = (fulls, pos, groups, starts) if pos == sorted(pos) else None
    return cache[word]


def _expand_indexed(doc: _Doc, index: tuple[list[tuple[int, str, str]], list[int], dict[str, list[int]], list[int]],
                    pos: int, later: str) -> tuple[str, str, str]:
    """``(best, first, later)`` and the roles recorded in ``doc.full_roles``, as ``_expand``'s pass over the
    candidates gives them: the last full name at or before ``pos``, the last one starting with the word, the
    first one after ``pos`` (unless ``later`` is set); each name's role from its last occurrence at or before
    ``pos``."""
    fulls, positions, groups, starts = index
    n = bisect.bisect_right(positions, pos)  # fulls[:n] are at or before pos
    best = fulls[n - 1][1] if n else ""
    for full, ks in groups.items():
        j = bisect.bisect_left(ks, n) - 1
        if j >= 0:
            doc.full_roles[full] = fulls[ks[j]][2]
    m = bisect.bisect_left(starts, n) - 1
    first = fulls[starts[m]][1] if m >= 0 else ""
    if n < len(fulls) and not later:
        later = fulls[n][1]
        doc.full_roles.setdefault(later, fulls[n][2])
    return best, first, later


def _id_full_role(doc: _Doc, name: str) -> str:
    """Indonesian: the role given with the full name ``name`` in the article ("Ketua MPR" for "Bambang
    Soesatyo"), recorded in ``doc.full_roles``; "" when none (or only the name itself)."""
    if name not in doc.full_roles:
        doc.full_roles[name] = next((role for _, full, role in _full_names_with(doc, name.split()[-1])
                                     if full == name and role and role != name), "")
    return doc.full_roles[name]


def _last_mention(names: _Names, pos: int, person: _Lex | None = None) -> str:
    """The last full name before ``pos``, preferring one given with a title or role (a person); with
    ``person`` (an English lexicon) only names that can be a person's (:func:`_person_ref_en`)."""
    best = titled = ""
    for p, full, role in names.upto(pos):
        if p < pos and (person is None or _person_ref_en(full, person)):
            best = full
            if role:
                titled = full
    return titled or best


#: English: where a role's head noun ends ("president| of Cesar organisers", "analysts| at In-Stat").
_ROLE_HEAD_CUT_EN_RE = re.compile(r"\s(?:of|for|at|with|from|in|on|to)\s")


@lru_cache(maxsize=1)
def _id_known_short_forms() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Indonesian (s16id), lexicon ``known_short_forms``: office short forms (lower case) -> the folded words of the
    long form ("menkeu" -> {"menteri", "keuangan"}), and nicknames (capitalised) -> the full name ("Jokowi" ->
    "Joko Widodo")."""
    offices: dict[str, frozenset[str]] = {}
    nicks: dict[str, str] = {}
    for line in load_list_or_empty("known_short_forms", "id"):
        short, _, long_ = (x.strip() for x in line.partition("="))
        if short and long_:
            if short.islower():
                offices[short] = frozenset(_fw(w) for w in long_.split()) - _CONNECT_ID
            else:
                nicks[short] = long_
    return offices, nicks


_CONNECT_ID = frozenset(_CONNECT.get("id", ()))


def _id_office_words(words: set[str] | frozenset[str]) -> set[str] | frozenset[str]:
    """Indonesian (s16id): role words with each office short form replaced by its long form's words ("Menkeu" ->
    "menteri keuangan"), lexicon ``known_short_forms``."""
    offices = _id_known_short_forms()[0]
    if not any(w in offices for w in words):
        return words
    return set().union(*(offices.get(w, {w}) for w in words))


def _role_match(role_text: str, quotes: list[_Quote], names: _Names, q: _Quote, lex: _Lex) -> str:
    # every content word of the role must be in the other's role: "the minister" matches "Foreign
    # Minister", "Ketua DKPP" does not match "eks Ketua KPU"
    words = {_fw(w) for w in role_text.split()} - lex.determiners - lex.demonstratives - lex.connectors
    bare = len(words) == 1
    id_ = lex.language == "id"
    if id_:
        # (s16id) "kata Menkeu", "Kapolri mengatakan": an office's short form holds the words of its long form
        # ("Menteri Keuangan Sri Mulyani"); a deputy ("Wakil Menteri Keuangan") holds no office but the deputy's
        words = _id_office_words(words)
    if not words & lex.roles:
        return ""
    if lex.language == "en" and (head := _fw(_ROLE_HEAD_CUT_EN_RE.split(role_text, 1)[0].rsplit(None, 1)[-1]))[
            -1:] == "s" and head[:-1] in lex.roles:
        return ""  # "Analysts said", "Her lawyers said": several people, never the one person given that role
    # English "Police said": the body ("Greater Manchester Police"), not "Detective Inspector Paul Miller of
    # Thames Valley Police"
    body_only = lex.language == "en" and words <= _COLLECTIVE_ROLES_EN

    head_word = _fw(_ROLE_HEAD_CUT_EN_RE.split(role_text, 1)[0].rsplit(None, 1)[-1]) if lex.language == "en" else ""

    def holds(role: str) -> bool:
        have = {_fw(w) for w in role.split()}
        if id_:
            have = _id_office_words(have)
            if "wakil" in have and "wakil" not in words:
                return False
        # (English "the president" is not "Vice President Joseph R. Biden Jr.", "the prime minister" not "Deputy
        # Prime Minister John Prescott"; "the Tory leader" is not "a friend of the Tory leader": the role's own
        # head, before "of", holds the head noun)
        return words <= have and not (lex.language == "en" and (have & _OTHER_OFFICE_EN) - words) and not (
            head_word and " " in role and head_word not in {_fw(w) for w in _ROLE_HEAD_CUT_EN_RE.split(role, 1)[0].split()})

    best = ""
    for other in quotes:
        if other is q or other.start >= q.start or not other.speaker_name or other.speaker_kind != "name":
            continue
        if holds(other.role) and not (body_only and _fw(other.speaker_name.split()[-1]) not in words):
            best = other.speaker_name
    if best:
        return best
    for p, full, role in names.upto(q.start):
        if p < q.start and role and holds(role) and not (body_only and _fw(full.split()[-1]) not in words):
            best = full
    if not best and bare:
        # a bare title ("kata Menag", "Kapolri mengatakan") names the one holder given in the article
        holders = {full for _, full, role in names.all() if role and holds(role)}
        if len(holders) == 1:
            best = holders.pop()
    return best


def _fragment_in_clause(body: str, cue_pos: int, start: int) -> bool:
    """English: a quotation that opens inside a running clause after the cue's sentence goes on
    ('"A," she said, adding that he was "B."', '"A," he tweeted. Clinton ended with "B"') is a
    fragment of another attribution, not the rest of the split quote ('"A," he said. "B."')."""
    i = start
    while i > cue_pos and body[i - 1] in _QUOTE_OR_BLANK:  # (also a space inside the mark: '“ B', s15markbat)
        i -= 1
    before = body[cue_pos:i].rstrip()
    if before[-1:] in "”\"'’" and before.rstrip("”\"'’")[-1:] in ".,!?":
        # '"A," he said on "Meet the Press." "B."': a title closing the cue's sentence (also in the
        # doubled-apostrophe style: "said on NBC's ''Meet the Press.'' ''B.''")
        before = before.rstrip("”\"'’")
    if before.endswith(_SENTENCE_CONJ) and _SENTENCE_CONJ_RE.search(before, max(0, len(before) - 12)):
        return False  # '"A," he said outside the building. But "B."': a conjunction alone opens B's sentence
    return bool(before) and before[-1] not in ".,:;!?—–-([…"


#: English: a conjunction alone opening a sentence before a quotation ('... he said. But "B."').
_SENTENCE_CONJ = (" But", " And", " Yet", " Still,", " Still")
_SENTENCE_CONJ_RE = re.compile(r"[.!?][\"”’']*\s+(?:But|And|Yet|Still,?)$")


#: English: the word before a quoted title ('on "Meet the Press"', 'in "The Art of the Deal"').
_TITLE_BEFORE_RE = re.compile(r"(?:\b(?:on|in|of|at|from|to|for|by|with|titled|entitled)|['’]s)\s*$", re.I)


def _colon_after_fragment(body: str, p: _Quote, gap: str) -> bool:
    """English: the quotation p is a fragment inside a running clause (a word right before its opening mark,
    not a name like 'Antonio "LA" Reid') and the text after it ends with a colon that introduces the next
    quotation ('... was "a disgrace". He added: "B."'): two attributions, not one split quote."""
    return gap.rstrip(_QUOTE_OR_BLANK).endswith(":") and body[max(0, p.start - 12):p.start].rstrip(
        _QUOTE_OR_BLANK)[-1:].isalnum() and not _name_like(body, p.start, p.end)


def _name_like(body: str, s: int, e: int) -> bool:
    """English: a short quotation of capitalised words (a title or label: "Inside Edition", "No-B.S.")."""
    if e - s > 40 or not body[s:s + 1].isupper():
        return False
    words = TOKEN_RE.findall(body, s, e)
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


def _title(body: str, s: int, e: int) -> bool:
    """English: a short quotation of capitalised words after a preposition or possessive is a title."""
    if e - s > 60 or not body[s:s + 1].isupper():
        return False
    words = TOKEN_RE.findall(body, s, e)
    if not words or len(words) > 6 or not all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words):
        return False
    i = s
    while i > 0 and body[i - 1] in _QUOTE_CHARS:
        i -= 1
    if _TITLE_BEFORE_RE.search(body, max(0, i - 20), i):
        return True
    # ('Mr. Rubio said in his 2012 book, "An American Son."', 'the film "Ray"'): a work noun names it (s10prec)
    j = len(body[:i].rstrip(" \t"))
    if body[j - 1:j] == ",":
        j -= 1
    prev = _LAST_WORD_RE.search(body, max(0, j - 30), j)
    return prev is not None and prev.group(1).lower() in _title_nouns_en()


@lru_cache(maxsize=1)
def _title_nouns_en() -> frozenset[str]:
    """English nouns of works (lexicon ``title_nouns``), also plural: a capitalised quotation right after one of them
    is its title."""
    words = _en_words("title_nouns")
    return words | frozenset(w + "s" for w in words)


#: English: person pronouns that may open a sentence whose predicate frames a quoted fragment.
_FRAGMENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: English: adverbs between a subject and its verb ("He also called it ...", "Trump then touted ...").
_FRAGMENT_ADVERBS = frozenset({"also", "then", "later", "again", "even", "never", "once", "repeatedly", "often",
                               "previously", "recently", "already", "still", "has", "had", "have", "not"})
_FRAGMENT_BE = frozenset({"is", "was", "are", "were", "be", "been", "am"})
_FRAGMENT_PARTICLES = frozenset({"around", "out", "up", "down", "off", "back", "away", "after", "against", "across"})
_FUNCTION_STOP = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
                            "but", "that", "which", "who", "as", "is", "was", "are", "were", "it", "this", "not"})
_FRAG_AND_END_RE = re.compile(r"[\s,;]+(?:and|but)$")
_FRAGMENT_CLAUSE_RE = re.compile(r"[,;]?\s+(?:and|but|while|whilst)\s+(?:he|she|they|we|I)\s")
_FRAG_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_FRAG_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "is"})


#: English: a subordinate or relative clause after a comma, which ends the predicate framing a fragment.
_FRAGMENT_ADVERBIAL_RE = re.compile(
    r",[\"”’']*\s+(?:(?:hours|days|weeks|months|minutes|moments|a day|a week|shortly|just|soon|only|even)\s+)?"
    r"(?:after|before|when|since|because|as|while|whilst|whereas|although|though|which|who|whose|according to)\b")


def _fragment_title(body: str, s: int, e: int) -> bool:
    """English: a quotation whose every word is capitalised (small words aside): a title or a name."""
    words = _FRAG_WORD_RE.findall(body, s, e)
    return bool(words) and all(w[:1].isupper() or w in _FRAG_SMALL for w in words) and any(
        w[:1].isupper() for w in words[1:] or words)


@lru_cache(maxsize=1)
def _fragment_sources_en() -> frozenset[str]:
    """English nouns of documents and media items that speak for their authors as the subject of a predicate
    framing a quoted fragment ('The Rove ad hits ...', 'A letter ... calls for'; lexicon ``fragment_sources``)."""
    return frozenset(w.lower() for w in load_list_or_empty("fragment_sources", "en"))


@lru_cache(maxsize=1)
def _fragment_stop_verbs() -> frozenset[str]:
    """English verbs of doing after which a quoted fragment is no attribution (lexicon ``fragment_stop_verbs``)."""
    return frozenset(w.lower() for w in load_list_or_empty("fragment_stop_verbs", "en"))


def _fragment_np_head(doc: _Doc, sp: _Speaker, hi: int) -> _Speaker:
    """English: the subject ``sp`` read on to its head when a pre-modifier ended it ("Republican" in
    'Republican presidential front-runner Donald Trump defended ...', "The Democratic" in 'The Democratic
    presidential candidate blasted ...'): up to four more words, the last a capitalised name or a role
    noun, right before a past-tense verb."""
    body = doc.body
    lex = doc.lex
    words = _word_spans(body[sp.end:min(hi, sp.end + 80)], sp.end)[:6]
    if not words or words[0][1] != sp.end + 1 or words[0][0][:1].isupper() and sp.kind != "name":
        return sp
    first = words[0][0].lower()
    if first.endswith("ed") or first in lex.verbs or first in lex.aux or first in _FRAGMENT_ADVERBS:
        return sp
    for n in range(1, len(words)):
        w, _, _ = words[n]
        prev, ps, pe = words[n - 1]
        if body[words[n - 1][2]:words[n][1]] != " " or prev.lower() in _FUNCTION_STOP:
            return sp
        if w.islower() and (w.endswith("ed") or w in lex.verbs):
            if _is_cap(prev) or prev.lower() in lex.roles or prev.lower().rstrip("s") in lex.roles:
                kind = "name" if _is_cap(prev) else "role"
                return _Speaker(body[sp.start:pe], kind, sp.role, sp.start, pe, sp.phrase_start)
            return sp
    return sp


#: English: what opens the object of a present-tense verb framing a quoted fragment ('mocks the "...",
#: 'supports "..."', 'projects that ...').
_PRESENT_OBJECT_RE = re.compile(r"\s+(?:[\"“‘']|(?:that|the|a|an|his|her|their|its|this|these|those|him|them|it|us)\s|"
                                rf"[{_UPPER}])")


_HIT_FOR_RE = re.compile(r"\s+(?:back\s+at\s+|out\s+at\s+)?(?:[\w’'.-]+\s+){1,4}?(?:for|over)\s")


def _present_verb(body: str, word: str, end: int, sp: _Speaker) -> bool:
    """English: a present-tense verb ("mocks", "supports", "waves off") after a singular subject, with an
    object after it (not 'Party elders did ...', 'Democrat politicians and ...': a plural noun)."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and (
        sp.kind == "name" or sp.text.lower() in ("he", "she") or sp.kind == "role" and not sp.text.endswith("s")) \
        and _PRESENT_OBJECT_RE.match(body, end) is not None


def _is_label(doc: _Doc, q: _Quote, open_pos: int) -> bool:
    """English: a short quotation (two to four words, or one capitalised) between a determiner or possessive and the
    lower-case noun it names ('its "safety check" feature', 'the "Perception" syllabus'; not 'its "poor" response', a
    judgement, nor '... initiative" in 2010', a preposition after it): a label, no words said."""
    body = doc.body
    before = _LAST_WORD_RE.search(body, max(0, open_pos - 12), open_pos)
    if before is None or body[before.end(1):open_pos].strip() or not (
            before.group(1).lower() in doc.lex.determiners or before.group(1).lower() in _POSSESSIVES):
        return False
    close = q.end
    while close < len(body) and body[close] in _QUOTE_CHARS:
        close += 1
    nxt = _NEXT_WORD_RE.match(body, close)
    return nxt is not None and nxt.start(1) == close + 1 and nxt.group(1).islower() and not (
        nxt.group(1) in _PREPOSITIONS["en"] or nxt.group(1) in _COORD or nxt.group(1) in doc.lex.clause_markers
        or nxt.group(1) in doc.lex.verbs or nxt.group(1) in doc.lex.aux or nxt.group(1) in doc.lex.determiners
        or nxt.group(1) in doc.lex.pronouns) and (_min_tokens(2, body, q.start, q.end) or body[q.start:q.start + 1].isupper()) \
        and not _min_tokens(5, body, q.start, q.end)  # (one lower-case word is a judgement: 'its "poor" response')


#: English: the first opening / closing quotation mark (double marks, or two apostrophes as in NYT text).
_FIRST_OPEN_RE = re.compile(r"''|[\"“]")
_FIRST_CLOSE_RE = re.compile(r"''|[\"”]")


@lru_cache(maxsize=1)
def _chant_re() -> re.Pattern[str]:
    """English: a crowd's chant or shout right before a quotation ("chants of", "cries of", "chanting"; lexicon
    ``chant_words``), anchored at the end of the text searched."""
    nouns, verbs = [], []
    for line in load_list_or_empty("chant_words", "en"):
        word, _, kind = (x.strip().lower() for x in line.partition("="))
        (nouns if kind == "of" else verbs).append(re.escape(word))
    alts = [rf"(?:{'|'.join(nouns)})\s+of"] if nouns else []
    alts += [f"(?:{'|'.join(verbs)})"] if verbs else []
    return re.compile(rf"(?<![\w-])({'|'.join(alts) or '(?!)'})[ \t]+(?:''|[\"“‘'])$", re.I)


#: English (s15mix): a participle cue and a comma or colon right before a quotation ('by saying, "', 'carrying signs
#: saying, "'), anchored at the end of the text searched.
_PARTICIPLE_INTRO_RE = re.compile(r"(?<![\w'’-])([a-z]+ing)[,:][ \t]*(?:''|[\"“])$")


def _introduced_quotation(doc: _Doc, q: _Quote) -> bool:
    """English (s15mix): the mixed quote ``q`` ends with a whole quoted sentence that a participle cue and a comma
    introduce ('she responded Tuesday to one of Trump's messages by saying, "Seriously, just stop lying."', 'carrying
    signs saying, "Merger today, Chapter 11 tomorrow."'): ``q`` becomes the direct quote of that quotation, with
    the participle as its cue (PolNeAR: the quotation; the words before it are the cue's adverbials)."""
    body = doc.body
    m_o = _FIRST_OPEN_RE.search(body, q.start, q.end)
    if m_o is None or m_o.start() - q.start < 8:
        return False
    m_p = _PARTICIPLE_INTRO_RE.search(body, max(q.start, m_o.start() - 30), m_o.end())
    if m_p is None or m_p.group(1) not in doc.lex.participles or not body[m_o.end():m_o.end() + 1].isupper():
        return False
    if any(w.lower() in doc.lex.aux or w.lower() in _COPULAS or w.lower() in doc.lex.that_words
           or w.islower() and w.endswith("ed") for w in TOKEN_RE.findall(body, q.start, m_p.start(1))):
        return False  # ('insisted there was no plan for an invasion, saying: "..."': a clause of its own, one mixed quote)
    close = _FIRST_CLOSE_RE.search(body, m_o.end(), q.end + 2)
    if close is None or body[close.start():q.end].strip(_QUOTE_OR_BLANK + ".,!?") or not _min_tokens(
            2, body, m_o.end(), close.start()):
        return False  # (the quotation must close the quote: 'saying, "A" and promising ...' stays mixed)
    q.start, q.end, q.kind = m_o.end(), close.start(), "direct"
    q.parts = [(q.start, q.end)]
    q.cue, q.cue_pos = m_p.group(1), m_p.start(1)
    return True


def _chant_quote(doc: _Doc, q: _Quote) -> bool:
    """English (s14mix): the first quotation of ``q`` follows a crowd's chant ('responded with chants of "I'm with
    her" until ...', 'to chants of "Marco! Marco!"', 'marchers chanting "We are Orlando"'): ``q`` becomes the direct
    quote of the quotation only (the chanted words; PolNeAR gold: the quotation, in six development files), with
    the chant word as its cue. False (``q`` unchanged) when no chant word stands right before the quotation."""
    body = doc.body
    o = q.start
    while o > 0 and body[o - 1] in _QUOTE_CHARS and q.start - o < 2:
        o -= 1
    if o == q.start:  # a mixed quote: its first opening mark inside it
        m_o = _FIRST_OPEN_RE.search(body, q.start, q.end)
        if m_o is None:
            return False
        o, inner = m_o.start(), m_o.end()
    else:
        inner = q.start
    m = _chant_re().search(body, max(0, o - 30), inner)
    if m is None:
        return False
    if q.kind != "direct":
        if _min_tokens(5, body, q.start, m.start(1)):
            return False  # ('the answer could lie somewhere between the cries of "..." and "..."': the chant is
            # only named inside the speaker's own clause)
        close = _FIRST_CLOSE_RE.search(body, inner, q.end + 2)  # (the closing mark may end ``q``)
        if close is None or not TOKEN_RE.search(body, inner, close.start()):
            return False
        q.start, q.end, q.kind = inner, close.start(), "direct"
        q.parts = [(q.start, q.end)]
    elif q.cue:
        return True
    else:
        q.speaker, q.speaker_kind = "", ""
    q.cue, q.cue_pos = m.group(1), m.start(1)
    return True


#: English (s15mix): a subordinator opening a clause (at the sentence start or after a comma) with no comma or
#: quotation mark before the fragment it holds ('In 1992, when he devoted ...', 'After he blasted ...').
_FRAG_SUBORD_RE = re.compile(r"(?:,[ \t]+)?(?:[Aa]nd[ \t]+|[Bb]ut[ \t]+)?(?:[Ww]hen|[Aa]fter|[Ww]hile|[Ww]hilst|[Ww]here|"
                             r"[Bb]ecause|[Ss]ince|[Bb]efore|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Ww]hereas)[ \t]+"
                             r"(?=[^,;:\"“”‘’()]+$)")


def _last_subordinate(body: str, ss: int, open_pos: int) -> re.Match[str] | None:
    """English (s15mix): the subordinate clause that holds the fragment at ``open_pos`` (``None`` when the
    fragment is in no such clause)."""
    for k in (body.rfind(", ", ss, open_pos), ss):
        if k < ss:
            continue
        m = _FRAG_SUBORD_RE.match(body, k, open_pos)
        if m is not None:
            return m
    return None


def _fragment_speaker(doc: _Doc, sp: _Speaker) -> bool:
    """English: ``sp`` may be the speaker of a quoted fragment after its predicate: a name, a person pronoun, or a
    role noun naming a person or a document that speaks for its authors."""
    if not sp.text or sp.kind not in ("name", "pronoun", "role") or sp.text.endswith(("'s", "’s")):
        return False
    last = sp.text.rsplit(None, 1)[-1].lower()
    return not (sp.kind == "pronoun" and sp.text.lower() not in _FRAGMENT_PRONOUNS or last in _FRAGMENT_BE
                or sp.kind == "role" and not (last.rstrip("s") in doc.lex.roles or last in doc.lex.roles
                                              or last in _fragment_sources_en()))


#: English (s15mix): a decimal point ("$1.6 billion", "2.5 percent").
_DECIMAL_DOT_RE = re.compile(r"(?<=\d)\.(?=\d)")


#: s17robust: an article with more quotes than this (scraped pages, "every line a quote"; a news article has
#: tens) looks for the quotes around a fragment among those starting at most ``_FAR_QUOTE`` characters before
#: its sentence (else each fragment reads the whole list: 6,500 fragments in 50,000 characters took 6.5 s).
_MANY_QUOTES = 300
_FAR_QUOTE = 3000


def _fragment_quote(doc: _Doc, q: _Quote, others: list[_Quote], starts: list[int] | None = None) -> _Quote | None:
    """English: a short quotation with no cue of its own after the verb of a sentence whose subject is a
    name, a person pronoun or a role ('He called it "shameful."', 'Clinton touted her "fighting" record.',
    'She blamed the violence on a "disturbed person," not on his religion.'): the predicate's object and
    the rest of the sentence are one mixed quote by the subject (PolNeAR's content after the cue verb).

    ``None`` when the quotation opens the sentence, the subject is no speaker (a title, a scare quote in
    the writer's own sentence: 'The so-called "firewall" ...'), no lower-case verb follows it, or another
    quote already lies in the sentence. ``starts`` (the starts of ``others``, given for an article of hundreds of
    quotes) lets the search for other quotes skip those starting ``_FAR_QUOTE`` characters before the sentence."""
    body = doc.body
    ss, se = doc.sentence(q.start)
    open_pos = q.start
    while open_pos > ss and body[open_pos - 1] in _QUOTE_CHARS:
        open_pos -= 1
    if open_pos - ss < 8 or "\n" in body[ss:open_pos]:
        return None
    limit = se
    first = bisect.bisect_left(starts, ss - _FAR_QUOTE) if starts is not None else 0
    for k in range(first, len(others)):  # sorted by start
        o = others[k]
        if o.start >= se and not 0 <= o.cue_pos < se:
            break
        if o is not q and o.start < se and ss < o.end and (o.cue or o.kind != "direct"):
            lo = min(o.start, o.cue_pos) if 0 <= o.cue_pos < se else o.start
            if lo < q.end:
                return None  # the sentence already holds an attributed quote around or before the fragment
            limit = min(limit, lo)  # 'He called it "shameful" and said it was ...': up to the next attribution
    if _fragment_title(body, q.start, q.end):
        return None  # '"Gifted Hands,"', 'the "Super Tuesday" states': a title or a name, no words said
    sp = _sentence_subject(doc, ss, open_pos)
    clause_end = -1
    if not _fragment_speaker(doc, sp) and (m_sub := _last_subordinate(body, ss, open_pos)) is not None:
        # s15mix: 'In 1992, when he devoted his candidacy to the "forgotten middle class," Mrs. Clinton ...': the
        # subordinate clause holding the fragment has a subject of its own, its predicate ends at the next comma
        sp = _subject_at(doc, m_sub.end(), open_pos)
        clause_end = 0
    if not _fragment_speaker(doc, sp):
        return None  # 'The law protects ...', 'The chair lets ...': a role subject must be a person's role
    lex = doc.lex
    sp = _fragment_np_head(doc, sp, open_pos)
    pos = sp.end
    if body[pos:pos + 1] == "," and (_appos_after(doc, pos, open_pos) or (
            (m_pp := _NEXT_WORD_RE.match(body, pos + 1, open_pos)) is not None
            and m_pp.group(1) in _PREPOSITIONS["en"])):
        # (also 'Cruz, with unconcealed delight, chided ...': a lower-case prepositional aside)
        # 'Meg Whitman, a former candidate for governor, labeled Mr. Trump "unfit ..."': past the apposition
        k = body.find(",", pos + 1, min(open_pos, pos + 160))
        if k < 0 or body[k + 1:k + 2] != " " or any(c in body[pos:k] for c in _QUOTE_CHARS + ";:!?()"):
            return None
        pos = k + 1
    verb = None
    progressive = False
    for _ in range(4):
        m = _NEXT_WORD_RE.match(body, pos, open_pos)
        if m is None or m.start(1) != pos + 1:
            return None
        w = m.group(1)
        lw = w.lower()
        if lw in _FRAGMENT_BE:
            nxt = _NEXT_WORD_RE.match(body, m.end(1), open_pos)
            if nxt is None or not nxt.group(1).endswith("ing") or nxt.group(1).lower() == "being":
                # (s13prec: 'was being treated for a "malignant disease"': a passive, its subject no speaker)
                return None  # 'He was "very upset"': a description, no predicate of saying
            progressive = True
            pos = m.end(1)
            continue
        if lw in _FRAGMENT_ADVERBS or lw in lex.aux or lw.endswith("ly") and len(lw) > 4:
            pos = m.end(1)
            continue
        verb = m
        break
    if verb is None:
        return None
    w = verb.group(1)
    lw = w.lower()
    # ('Trump hits Clinton for taking "..."': "hit X for/over" is criticism, not a verb of doing)
    hit_for = lw in ("hit", "hits") and _HIT_FOR_RE.match(body, verb.end(1), open_pos) is not None
    if not w.islower() or len(lw) < 3 or lw in _FRAGMENT_BE or lw in _PREPOSITIONS["en"] or lw in lex.determiners or \
            lw in lex.pronouns or lw in lex.clause_markers or lw in _COORD or lw in _SUBJECT_SKIP or \
            not (lw.endswith("ed") or lw in lex.verbs or lw.endswith("ing") and progressive
                 or lw in lex.mixed_cues or _present_verb(body, lw, verb.end(1), sp) or hit_for) or \
            lw in _fragment_stop_verbs() and not hit_for:
        return None  # 'The FCC fined CBS for the "wardrobe malfunction"': a verb of doing frames nothing said
    cs = verb.end(1)
    if lw not in lex.verbs and lw not in lex.mixed_cues and not hit_for and not _min_tokens(3, body, cs, open_pos) \
            and _is_label(doc, q, open_pos):
        return None  # 'Facebook had activated its "safety check" feature': a verb of doing and a quoted label as its
        # object (not 'chided his rival for doubting the "natural born" rule')
    obj = _NEXT_WORD_RE.match(body, cs, open_pos)
    if obj is not None and (obj.group(1).lower() in _PREPOSITIONS["en"] or obj.group(1).lower() in _FRAGMENT_PARTICLES) \
            and not (obj.group(1) == "to" and (lw in lex.verbs or lw in lex.mixed_cues)):
        # ('vowed to go after "anyone who ..."': a verb of saying and its infinitive are framed words)
        return None  # 'Trump landed in Phoenix for a "policy address"': an intransitive verb, nothing framed
    gap = body[cs:open_pos]
    if "." in gap:  # (s15mix) a title's or initialism's full stop, a decimal point: no sentence end ('lauded Mr. Kim
        # for ...', 'called Ford's plans to open a $1.6 billion plant in Mexico "an absolute disgrace"')
        gap = _DECIMAL_DOT_RE.sub(" ", _ABBREV_DOT_RE.sub(" ", gap))
    if any(c in gap for c in ".;:!?\n") or not gap.strip() or body[cs:cs + 1] != " ":
        return None
    start = cs + len(body[cs:open_pos]) - len(body[cs:open_pos].lstrip())
    end = limit
    semi = body.find("; ", q.end, end)
    if semi > 0:
        end = semi  # '... the "natural born" standard; with less success, he ...': a semicolon ends the clause
    nxt_clause = _FRAGMENT_CLAUSE_RE.search(body, q.end, end)
    if nxt_clause is not None:
        end = nxt_clause.start()  # '... a "strong Mexico," and he pronounced ...': the next clause is another
    if " and " in body[q.end:end] and (m_and := _AND_PREDICATE_AFTER_RE.search(body, q.end, end)) is not None:
        end = m_and.start()  # (s15mix) '... "an absolute disgrace," and threatened to ...': a second predicate
    if clause_end == 0 and (comma := body.find(",", max(q.start, q.end - 1), end)) > 0:
        end = comma  # (s15mix) the comma closing the subordinate clause: the main clause is not the subject's
    if body.find(",", q.end, end) >= 0:
        adv = _FRAGMENT_ADVERBIAL_RE.search(body, q.end, end)
        if adv is not None:
            end = adv.start()  # '... as a "very decent man" Tuesday, hours after the staffer was charged ...'
    while end > start and body[end - 1] in " \t\n.,;":
        end -= 1
    if limit < se:
        tail = _FRAG_AND_END_RE.search(body, start, end) or _NEW_SUBJECT_RE.search(body, q.end, end)
        if tail is not None:
            end = tail.start()  # ('... as "desperate", while the Liberal Democrats said ...': the next subject)
    f = _Quote(start, end, "mixed", [(start, end)], body[verb.start(1):cs], verb.start(1))
    _set_speaker(f, sp)
    return f


#: English: a passive auxiliary (and adverbs) right before a naming or judging cue ("was described", "has been
#: called", "later being described").
_PASSIVE_AUX_RE = re.compile(r"(?:^|\s)(?:was|were|is|are|be|been|being)(?:\s+(?:[a-z]+ly|also|later|once|widely))?\s+$")
#: English: "by" and its agent right after a quoted fragment ('... "consummate professional" by his friend').
_BY_AFTER_RE = re.compile(r"[\"”’',]*\s+by\s+")
_BY_BEFORE_RE = re.compile(r"\s+by\s+")
_AND_QUOTED_RE = re.compile(r",?\s+(?:and|or)\s+[\"“][^\"“”\n]{1,80}[\"”]")


def _passive_by_quote(doc: _Doc, cs: int, ce: int, d: _Quote, ss: int, se: int) -> _Quote | None:
    """English: a passive naming or judging cue with its agent ('Fletcher was described as a "consummate
    professional" by his friend', 'The Mac was described by Jobs as the "most important Mac"'): the clause up
    to the quoted fragment is one mixed quote by the agent of "by"."""
    body = doc.body
    if not _PASSIVE_AUX_RE.search(body, max(ss, cs - 30), cs):
        return None
    m_by = _BY_BEFORE_RE.match(body, ce, d.start)
    close = d.end
    while close < se and body[close] in _QUOTE_CHARS:
        close += 1
    while (m_and := _AND_QUOTED_RE.match(body, close, se)) is not None:
        close = m_and.end()  # 'as "irresponsible" and "outrageous" by ...'
    if m_by is not None:
        sp = _right_speaker(doc, m_by.end(), d.start)
    else:
        m_by = _BY_AFTER_RE.match(body, close, se)
        if m_by is None:
            return None
        sp = _right_speaker(doc, m_by.end(), se)
    if not sp.text or sp.kind not in ("name", "role") or sp.text[:1].islower() and sp.kind == "name" and \
            sp.text.split(None, 1)[0] not in ("the", "a", "an"):
        return None  # (but 'by the Islamic Human Rights Commission')
    start = _content_start(body, ss, cs)
    first = _FIRST_WORD_RE.match(body, start, cs)
    if first is not None and first.group().lower() in _SUBJECT_SKIP:  # ('But Fletcher was described ...')
        start = _content_start(body, first.end(), cs)
    if not _min_tokens(1, body, start, cs):
        return None
    q = _Quote(start, close, "mixed", [(start, close)], body[cs:ce], cs)
    _set_speaker(q, sp)
    return q


#: English: a free relative naming a quotation: 'in what one strategist has dubbed "...",' 'what he calls the
#: "crooked" process', 'what the writers described as "..."'.
_WHAT_CALLED_RE = re.compile(
    r"(?<![\w'’])(?:what|which|that)\s+((?:[\w.’'-]+\s+){1,5}?)((?:(?:has|have|had|once|often|repeatedly|later|also)\s+)?"
    r"(?:called|calls|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands|(?:described|describes|"
    r"characterized|characterizes|referred\s+to|refers\s+to)\s+as))\s+(?:(?:a|an|the|his|her|their|its|our)\s+)?$")
_WHAT_NOT_SUBJECT = frozenset({"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "it", "they",
                               "you", "i", "we"})


def _what_called(doc: _Doc, q: _Quote, cs: int) -> _Quote | None:
    """English: a quotation named by a free relative with its own subject ('in what one strategist has dubbed
    "the yuca primary,"', 'what former employees have called a "fraudulent scheme"'; s13mix: or by a relative
    "which"/"that" with a named subject, 'which Mr. Trump called "a disgrace"'): one mixed quote from
    "what" to the quotation (and the rest of its noun phrase, 'the "crooked" nominating process') by that
    subject, the cue at ``cs``. ``None`` for a passive or impersonal subject ('what had been called', 'what
    they call')."""
    body = doc.body
    lex = doc.lex
    open_pos = q.start
    while open_pos > 0 and body[open_pos - 1] in _QUOTE_CHARS:
        open_pos -= 1
    ss, se = doc.sentence(q.start)
    m = _WHAT_CALLED_RE.search(body, max(ss, open_pos - 90), open_pos)
    if m is None or not m.start(2) <= cs < m.end(2) or any(w.lower() in _WHAT_NOT_SUBJECT for w in m.group(1).split()):
        return None
    words = m.group(1).split()
    rel = not body.startswith("what", m.start())
    if rel and not all(w[:1].isupper() for w in words):
        return None  # (s13mix: "which"/"that" only with a named subject: 'a clip that Judge Mosman called "..."')
    last = words[-1]
    if len(words) == 1 and last.lower() in lex.pronouns:
        kind = "pronoun"
    elif _is_cap(last) and not (len(words) == 1 and last.lower() in lex.determiners):
        kind = "name"
    else:
        kind = "role"  # 'what one Latino conservative has dubbed', 'what former employees have called'
    sp = _Speaker(m.group(1).strip(), kind, "", m.start(1), m.start(1) + len(m.group(1).rstrip()))
    close = q.end
    while close < se and body[close] in _QUOTE_CHARS:
        close += 1
    end = close
    nxt = _NEXT_WORD_RE.match(body, close, se)
    if body[close:close + 1] == " " and not rel and not (
            nxt and nxt.group(1) not in ("of", "to") and nxt.group(1) in _PREPOSITIONS["en"]):
        # (not 'what aide Kevin Phillips called "the beginning of a new era" in his 1969 book': an adverbial)
        stop = _CLAUSE_END_RE.search(body, close, se)
        tail_end = _content_end(body, close, stop.start() if stop else se)
        if not _min_tokens(9, body, close, tail_end):
            end = tail_end  # 'what he calls the "crooked" nominating process.': the rest of the noun phrase
    f = _Quote(m.start(), end, "mixed", [(m.start(), end)], m.group(2), m.start(2))
    _set_speaker(f, sp)
    return f


#: English: an agentless passive naming cue right before a quotation ('the island was known as "the Poorhouse
#: of the Caribbean,"', 'will informally be dubbed the "..."', 'cannot be portrayed simply as "..."'), or the
#: same participle reduced after a comma or "of them" ('Lazar, 44, known online as "Guccifer,"').
_PASSIVE_NAMING_RE = re.compile(
    r"(?:\b(?:is|was|were|are|be|been|being)|(,)|\b[a-z]+\s+of\s+them)\s+"
    r"(?:(?:[a-z]+ly|also|now|often|once|later|sometimes|online|locally|widely)\s+)?"
    r"((?:referred\s+to|(?:known|described|portrayed|characteri[sz]ed|touted|hailed|billed)"
    r"(?:\s+(?!(?:it|him|her|them|this|us|me|himself|herself|themselves)\s)[\w.]+){0,3}?)\s+as|"
    r"(?:named|dubbed|nicknamed|called|labell?ed|branded|designated|termed|titled|entitled)(?:\s+as)?)"
    r"\s+(?:(?:the|a|an)\s+)?$")
#: English: where the subject of a passive naming cue begins (after a comma, a conjunction or a relative word).
_PASSIVE_SUBJECT_LO_RE = re.compile(r"(?:[,;:(—–]|\s-)\s*|\b(?:that|when|which|who|where|while|whilst|because|after|before|"
                                    r"if|since|until|as|and|but|than)\s+")
#: What the text right before a quotation named by a passive cue holds ("known as", "called", "dubbed", ...).
_PASSIVE_NAMING_HINTS = ("as ", "named ", "called ", "dubbed ", "label", "branded ", "termed ", "titled ")
_PASSIVE_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "this", "that", "these", "those"})


def _passive_naming_quote(doc: _Doc, s: int, e: int) -> _Quote | None:
    """English: a quotation named by an agentless passive naming cue ('At the time, the island was known as
    "the Poorhouse of the Caribbean," ...', 'All the messages were designated as "Confidential,"', 'what had
    been called the "Golden Week,"'): one mixed quote without a speaker from the subject to the quotation
    (PolNeAR's content of such speaker-less attributions). ``None`` when an agent follows ("by X": another
    rule's), the quotation is long or the naming participle follows a comma as an active verb ("called")."""
    body = doc.body
    ss, se = doc.sentence(s)
    open_pos = s
    while open_pos > ss and body[open_pos - 1] in _QUOTE_CHARS:
        open_pos -= 1
    near = body[max(ss, open_pos - 24):open_pos]
    if not any(w in near for w in _PASSIVE_NAMING_HINTS):
        return None  # (a cheap test before the pattern search)
    m = _PASSIVE_NAMING_RE.search(body, max(ss, open_pos - 90), open_pos)
    if m is None or "\n" in body[m.start():open_pos] or _min_tokens(16, body, s, e):
        return None
    close = e
    while close < se and body[close] in _QUOTE_CHARS:
        close += 1
    if _BY_AFTER_RE.match(body, close, se) or " by " in body[m.end(2):open_pos]:
        return None  # 'was called "strategic ambiguity" by Joshua Hendrick': the agent is a speaker
    if m.group(1):  # a participle after a comma: 'Lazar, 44, known online as'
        if m.group(2).split(None, 1)[0] in ("called", "named", "titled", "entitled"):
            return None  # 'Limbaugh, for one, called "..."': an active verb as well
        lo = max(ss, m.start() - 90)
        starts = [ss] + [x.end() for x in _PASSIVE_SUBJECT_LO_RE.finditer(body, lo, m.start())]
        start = starts[-1]
        if len(starts) > 1 and body[start:m.start()].strip().isdigit():
            start = starts[-2]  # 'Marcel Lehel Lazar, 44, known online as': the name before the age
    else:
        lo = max(ss, m.start() - 90)
        before = body[lo:m.start()]
        words = list(_FIRST_WORD_RE.finditer(body, lo, m.start()))
        what = next((w for w in words[-3:] if w.group().lower() == "what"), None)
        if what is not None:
            start = what.start()  # 'what had been called the "Golden Week,"'
        elif words and not body[words[-1].end():m.start()].strip() and words[-1].group().lower() in _PASSIVE_SUBJECT_PRONOUNS:
            start = words[-1].start()  # '... so provocatively she is nicknamed "Naked Girl."'
        else:
            starts = [x.end() for x in _PASSIVE_SUBJECT_LO_RE.finditer(before)]
            start = lo + starts[-1] if starts else lo
            if start == lo and lo > ss:
                return None  # a subject of more than 90 characters: no clause start found
    start = _content_start(body, start, m.start())
    first = _FIRST_WORD_RE.match(body, start, m.start())
    if first is not None and first.group().lower() in _SUBJECT_SKIP:
        start = _content_start(body, first.end(), m.start())
    if "\n" in body[start:open_pos] or not _min_tokens(1, body, start, m.start() + 1) or _min_tokens(
            13, body, start, m.start(2)):
        return None
    cs = m.start(2)
    return _Quote(start, close, "mixed", [(start, close)], m.group(2), cs)


#: English: an agentless passive of saying before an infinitive ('Some advisers are said to be urging ...', 'he
#: was said to have been handed ...', 'The firm is reported to have lost ...').
_SAID_TO_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|widely|now|still|often)\s+)?((?:said|reported)\s+to)\s+"
                         r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|reporters|"
                         r"police|officials)\b)[a-z]")
#: English: an agentless passive of declaring before a predicative noun phrase ('Sanders was declared the winner in
#: Rhode Island', 'Mr. Thiel, who was revealed last week as a secret backer of ...').
_PASSIVE_COMPLEMENT_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:also|later|officially|formally)\s+)?"
                                    r"((?:announced|revealed))\s+(?:(?:last|this)\s+[a-z]+\s+)?"
                                    r"(?:as\s+)?(?=(?:the|a|an)\s+[a-z])")
#: English: what ends a predicative noun phrase after a passive of declaring: a comma, a semicolon or a dash
#: ('Sanders was declared the winner in Rhode Island, and ...').
_PASSIVE_COMPLEMENT_END_RE = re.compile(r"[,;(]|\s[-–—]\s|\s(?:and|but|while|whilst|after|before|when|because)\s")
#: English: "the" and a short noun phrase that ends or goes on with a preposition ('as the new coach of the team',
#: 'as the winner.'), not a clause ('as the ceremony began').
_AS_THE_NP_RE = re.compile(r"the\s+(?:(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:of|for|in|at|to|on)\b|[a-z-]+[.,;])")
#: English: the verbs of the two agentless passives above ("said to", "reported to"; "announced", "revealed").
_PASSIVE_VERB_RE = re.compile(r" ((?:said|reported)( to)|announced|revealed) ")
_SAID_TO_END_RE = re.compile(r";|\s[-–—]\s|,\s+(?:according\s+to|said|says|but|while|whilst|although|though|which)\b")


def _said_to_quote(doc: _Doc, m: re.Match[str]) -> _Quote | None:
    """English: a clause with an agentless passive of saying before an infinitive ('Some advisers are said to be
    urging the governor to play by the rules, ...') or of declaring before a predicative noun phrase ('Sanders was
    declared the winner in Rhode Island'): one indirect quote without a speaker from its subject to the clause's
    (or the noun phrase's) end (PolNeAR's speaker-less attribution). ``None`` when no clause start is found within 90
    characters before the verb."""
    body = doc.body
    ss, se = doc.sentence(m.start())
    complement = m.re is _PASSIVE_COMPLEMENT_RE
    if complement and body[m.end() - 3:m.end()] == "as " and body.startswith("the ", m.end()) and \
            not _AS_THE_NP_RE.match(body, m.end(), se):
        return None  # 'The winner was announced as the ceremony began': "as" opens a clause, no noun phrase
    lo = max(ss, m.start() - 90)
    words = list(_FIRST_WORD_RE.finditer(body, lo, m.start()))
    if words and not body[words[-1].end():m.start()].strip() and (
            words[-1].group().lower() in _PASSIVE_SUBJECT_PRONOUNS or complement and words[-1].group() in ("who", "which")):
        start = words[-1].start()  # '(he was said to have been handed ...', ', who was revealed last week as ...'
    else:
        starts = [x.end() for x in _PASSIVE_SUBJECT_LO_RE.finditer(body[lo:m.start()])]
        start = lo + starts[-1] if starts else lo
        if start == lo and lo > ss:
            return None
    start = _content_start(body, start, m.start())
    first = _FIRST_WORD_RE.match(body, start, m.start())
    if first is not None and first.group().lower() in _SUBJECT_SKIP:
        start = _content_start(body, first.end(), m.start())
    if "\n" in body[start:m.start()] or not _min_tokens(1, body, start, m.start()) or _min_tokens(
            13, body, start, m.start()):
        return None
    stop = (_PASSIVE_COMPLEMENT_END_RE if complement else _SAID_TO_END_RE).search(body, m.end(), se)
    close = body.find(")", m.end(), se) if "(" in body[ss:m.start()] else -1
    end = min(x for x in (stop.start() if stop else se, close if close >= 0 else se, se))
    end = _content_end(body, m.end(), end)
    if not _min_tokens(2, body, m.end(1), end):
        return None
    kind = "mixed" if any(c in body[m.end():end] for c in "\"“”") else "indirect"  # ('said to be "pervasive"')
    return _Quote(start, end, kind, [(start, end)], m.group(1), m.start(1))


#: English: a clause closed by the body that heard it, with no speaker ("..., a court has heard.", "..., an industry
#: conference has been told.", "..., the hearing was told.", "..., the MPs heard."): the listeners (a determiner and at
#: most four words) and the verb of hearing at the sentence's end.
_HEARER_CUE_RE = re.compile(r",[ \t]+((?:an?|the)[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){0,4}?)(?:(?:has|have|had)[ \t]+been[ \t]+"
                            r"(told)|(?:has|have|had)[ \t]+(heard)|(heard)|(?:was|were)[ \t]+(told))(?=[ \t]*(?:[.;]|$))", re.M)
#: English: a clause closed by an impersonal passive of saying ("..., it has been announced.", "..., it has been
#: confirmed.", "..., it was revealed."): a report whose source is not named.
_IT_PASSIVE_CUE_RE = re.compile(r",[ \t]+(it[ \t]+(?:(?:has|had)[ \t]+been|was|is)[ \t]+)(announced|confirmed|revealed|"
                                r"reported|claimed|disclosed|suggested|alleged|learned|learnt)(?:[ \t]+(?:in[ \t]+court|on[ \t]+"
                                r"[A-Z][a-z]+day|last[ \t]+[a-z]+|this[ \t]+[a-z]+|today|yesterday|earlier))?(?=[ \t]*(?:[.;]|$))",
                                re.M)
#: English: a clause closed by the document whose finding it is ("..., the survey found.", "..., a new study shows.",
#: "..., the minutes showed."): the determiner and up to three words before the document's noun (group 2).
_FOUND_CUE_RE = re.compile(r",[ \t]+((?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?([a-z]+))[ \t]+(?:(?:has|have)[ \t]+)?"
                           r"(found|shows|showed|finds)(?=[ \t]*[.;])")
_HEARER_STOP = frozenset({"i", "we", "you", "he", "she", "they", "it", "ever", "never", "not", "first", "who", "that",
                          "which", "what", "last", "be"})


def _hearer_quote(doc: _Doc, m: re.Match[str]) -> _Quote | None:
    """English: 'Actor Robert Blake had gunshot residue on his hands, a court has heard.', 'Making games will
    require more money, an industry conference has been told.': the clause before the comma is what was said, with
    no speaker named (one indirect quote, cue the verb); ``None`` when the listeners hold a pronoun or an adverb
    ('the loudest noise they had ever heard'), or the clause crosses a line or is shorter than four words. Also
    an impersonal passive ('Ian Curtis's life is to be made into a film, it has been announced.', s15bbc2)."""
    body = doc.body
    if m.re is not _IT_PASSIVE_CUE_RE and any(w.lower() in _HEARER_STOP for w in m.group(1).split()):
        return None
    ss, _se = doc.sentence(m.start())
    start = _content_start(body, ss, m.start())
    end = _content_end(body, start, m.start())
    if "\n" in body[start:end] or not _min_tokens(4, body, start, end) or body[start:start + 1].islower():
        return None
    g = m.re.groups if m.re is _FOUND_CUE_RE else next(i for i in range(2, m.re.groups + 1) if m.group(i))
    kind = "mixed" if any(c in body[start:end] for c in "\"“”") else "indirect"
    return _Quote(start, end, kind, [(start, end)], m.group(g), m.start(g))


def _continues(doc: _Doc, p: _Quote, q: _Quote) -> bool:
    """English: the cue-less quotation q opens the sentence right after the indirect content p ends it, in
    the same paragraph ('X said he would not vote for him. "I'm not sure ..."')."""
    if p.kind not in ("indirect", "mixed") or not p.speaker or p.end > q.start or " ".join(
            p.cue.lower().split()) in doc.lex.intros:
        return False  # ('CONTENT, according to the report. "B"': a source, not a speaker, before B)
    lo = p.end
    if p.cue_pos > p.end:  # 'CONTENT, said X. "B"': the quotation opens the sentence after the cue's
        lo = doc.sentence(p.cue_pos)[1]
        if lo > q.start or doc.sentence(p.end - 1)[0] != doc.sentence(p.cue_pos)[0]:
            return False
        lo = max(lo - 1, p.cue_pos)
    gap = doc.body[lo:q.start]
    return "\n" not in gap and not gap.strip(_TRAIL_PUNCT) and any(c in gap for c in ".!?:")


#: English: "who" (and an adverb) right before a cue: a relative clause with its own report.
_WHO_BEFORE_RE = re.compile(r"\bwho\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?$")


def _new_cue_between(doc: _Doc, p: _Quote, start: int) -> bool:
    """English: another verb cue between a quote's cue and the next quotation ('"A," said X. He also said
    that ... "B."', '"A," he said, adding that ... "B"'): B goes on with that attribution, not with A."""
    lex = doc.lex
    body = doc.body
    ce = p.cue_pos + len(p.cue)
    se = doc.sentence(p.cue_pos)[1]
    for m in _cue_tokens(doc, ce, start):
        w = m.group().lower()
        if w in lex.intros and m.start() >= se:
            return True  # '"A," X wrote. According to Y, "B" was ...': B is Y's
        if m.start() < ce or w not in lex.verbs and w not in lex.participles:
            continue
        if m.start() >= se:
            return True  # a new sentence with its own cue
        if w in lex.verbs and _WHO_BEFORE_RE.search(body, max(ce, m.start() - 16), m.start()):
            return True  # '"A," said X, who also said that ... "B"': the relative clause's own report
        if w in lex.participles and body[max(ce, m.start() - 3):m.start()].rstrip().endswith(","):
            nxt = _NEXT_WORD_RE.match(body, m.end(), start)
            if nxt and nxt.group(1).lower() in lex.that_words:
                return True  # '..., adding that ...'
    return False


#: English: a closing mark then a bracketed year ('"No to Schengen" (2005)', '" (St. Gallen poster 2003)').
_DATED_RE = re.compile(r"[\"”’']*[ \t]*\([^()\n]{0,40}\b(?:1[89]|20)\d\d\)")
#: English: a speaker label opening a quotation ('"Chris Matthews: Seriously, ...').
_LABEL_INSIDE_RE = re.compile(rf"({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}):[ \t]+(?=[{_UPPER}])")


def _label_inside(doc: _Doc, q: _Quote) -> bool:
    m = _LABEL_INSIDE_RE.match(doc.body, q.start, q.end)
    if m is None or not _min_tokens(4, doc.body, m.end(), q.end):
        return False
    w0 = m.group(1).split(None, 1)[0].lower()
    if w0 in doc.lex.not_speakers or w0 in doc.lex.pronouns or w0 in doc.lex.determiners or w0 in _headline_labels():
        return False
    q.cue, q.cue_pos, q.speaker, q.speaker_kind = ":", m.end(1), m.group(1), "name"
    q.start = m.end()
    q.parts = [(q.start, q.end)]
    return True


def _colon_intro(doc: _Doc, q: _Quote, ps: int) -> bool:
    """English: a quotation that fills its paragraph after a paragraph ending in a colon ('Cruz called them
    on it:', 'He then listed the qualities ...:') is introduced by that sentence: its cue, or else its
    subject, gives the speaker."""
    body = doc.body
    end = ps - 1
    while end > 0 and body[end - 1].isspace():
        end -= 1
    if end <= 0 or body[end - 1] != ":":
        return False
    end -= 1
    ss = doc.sentence(end - 1)[0]
    if ss >= end or body[ss] in _QUOTE_CHARS:
        return False
    cues = _cue_tokens(doc, ss, end)
    sp = _left_speaker(doc, ss, cues[-1].start()) if cues else _Speaker()
    if sp.text:
        q.cue, q.cue_pos = cues[-1].group(), cues[-1].start()
    else:
        sp = _sentence_subject(doc, ss, end)
        if not sp.text:
            return False
        q.cue, q.cue_pos = ":", end
    _set_speaker(q, sp)
    return True


def _next_paragraph_goes_on(doc: _Doc, p: _Quote, ps: int) -> bool:
    """English: the direct or mixed quote p closes its paragraph with its cue ('"A," he said.', 'X needs leaders
    "who A," Clinton said.') and the next paragraph (starting at ``ps``) is a quotation without a cue: the
    speaker goes on, one quote."""
    if p.kind not in ("direct", "mixed") or p.cue_pos <= p.parts[-1][1]:
        return False
    pe = doc.paragraph(p.cue_pos)[1]
    return ps - pe <= 4 and doc.sentence(p.cue_pos)[1] >= pe - 1


_JOINED_START_RE = re.compile(r"[.!?…][\"”'’]?[ \t]{1,2}[\"“]$")
_JOINED_GAP_RE = re.compile(r"[.!?…]?[\"”][.!?…]?[ \t]{1,2}[\"“]")


_GAP_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "we", "his", "her", "their", "this", "that", "there",
                          "in", "on", "at", "after", "despite", "with", "for", "as", "asked", "speaking"})
_GAP_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _no_other_name(body: str, p: _Quote, pos: int) -> bool:
    """English: the narrative between the quotation p and ``pos`` holds no capitalised word (a name) other than
    the words of p's speaker, sentence openers aside ('Ruddock, though, is keen ...' names someone else)."""
    own = set(p.speaker.split())
    for m in _GAP_WORD_RE.finditer(body, p.end, pos):
        w = m.group()
        if not w[0].isupper() or w in own or w == "I":
            continue
        before = body[p.end:m.start()].rstrip()
        if (not before or before[-1] in ".!?\"”") and (w.lower() in _CLAUSE_OPENERS_EN or w.lower() in _GAP_OPENERS):
            continue
        return False
    return True


def _joined_paragraph_quote(doc: _Doc, p: _Quote, q: _Quote) -> bool:
    """English: a cueless quotation q opening right after the attributed direct quotation p closed at a
    sentence end ('X said: "A." "B."'): where paragraphs were joined by a space, B is X's next paragraph."""
    body = doc.body
    m = _JOINED_GAP_RE.fullmatch(body, p.end, q.start) if q.start - p.end <= 6 else None
    return m is not None and p.kind == "direct" and bool(p.speaker) and p.cue_pos >= 0 and (
        p.cue_pos < p.start or p.cue_pos < p.parts[-1][0]) and any(c in ".!?…" for c in body[p.end - 1:q.start]) and \
        _min_tokens(4, body, q.start, q.end)


def _own_clause_after_cue(doc: _Doc, p: _Quote, pos: int) -> bool:
    """English (s15bbc): the cue after the quotation p opens a sentence of its own with its reported clause right
    after it ('"A." He said the answer had been prepared ... "B."', 'Mr Florin said the challenge was ...'):
    that sentence is a report of its own, so the next quotation (before ``pos``) is no second part of p; not
    an adverb or prepositional phrase after the cue ('Miller said pleasantly into the phone. "B."')."""
    body = doc.body
    m = _NEXT_WORD_RE.match(body, p.cue_pos + len(p.cue), pos)
    if m is None or m.start(1) != p.cue_pos + len(p.cue) + 1 or not _min_tokens(5, body, p.cue_pos, pos):
        return False
    w = m.group(1).lower()
    return w in _CLAUSE_SUBJECTS or not (w.endswith("ly") or w in _PREPOSITIONS["en"])


def _later_cue(doc: _Doc, p: _Quote, q: _Quote) -> bool:
    """English: the second part of a split quote ('"A," said X. "B." X added that ...') took the cue of
    the next sentence, which has its own reported clause ('"A," he said. "B?" she asked.' keeps its cue)."""
    return doc.lex.language == "en" and q.shares_cue and q.cue_pos > q.end


#: s19en: the gap of a split quote that is only its cue clause and a relative clause on the speaker ('," said
#: Priya Raman, who was behind the counter when ... ski mask. "', '," said Hamid Rahimi, whose family has run ..., "'):
#: one sentence, no other quotation mark, the relative clause running to the second part.
_SPEAKER_REL_GAP_RE = re.compile(r"[\s,.!?\"”’']*[^,.;:!?\"“”\n]{1,60},\s+(?:who|whose)\s[^\"“”\n]*[\"“‘'\s]*$")
_SENTENCE_BREAK_RE = re.compile(r"[.!?;:]\s+\S")


def _long_interruption(body: str, p: _Quote, q: _Quote) -> bool:
    """English: the words between the parts of a split quote ('"A," Tilton said after braving the cold
    late last month to see ... "B."') outnumber the quoted words: the narrative is no part of the quote,
    so the parts stay two quotes of one speaker rather than one span that is mostly narrative. Not when the
    words between are only the cue clause and a relative clause on its speaker (s19en: '"A," said X, who
    ..., "B."', as PolNeAR and the BBC annotate it: one quotation interrupted by its attribution)."""
    if len(p.parts) == 1 and "wh" in (gap := body[p.end:q.start]) and (
            _SPEAKER_REL_GAP_RE.match(gap)) and not _SENTENCE_BREAK_RE.search(gap.strip(_QUOTE_OR_PUNCT + " \t")):
        return False
    parts = [*p.parts, (q.start, q.end)]
    need = sum(len(TOKEN_RE.findall(body, parts[i][1], parts[i + 1][0])) for i in range(len(parts) - 1))
    for a, b in parts:  # (the quoted words are counted only until they match the interruption's)
        need -= len(list(islice(TOKEN_RE.finditer(body, a, b), need)))
        if need <= 0:
            return False
    return True


def _same_attribution(q: _Quote, p: _Quote) -> None:
    q.cue, q.cue_pos, q.speaker, q.speaker_kind, q.role = p.cue, p.cue_pos, p.speaker, p.speaker_kind, p.role


@lru_cache(maxsize=1)
def _not_sources_en() -> frozenset[str]:
    """English head nouns after "according to" that mean "in accordance with" (lexicon ``not_sources``)."""
    return _en_words("not_sources")


def _not_source(doc: _Doc, q: _Quote) -> bool:
    """English (s7prec): "according to" before a noun such as "wishes", "plan", "preference" ('According to his
    wishes, there will be no funeral', 'they pull the lever for "R" or "D," according to their instinctive
    preference') means "in accordance with": nobody is the source of the words."""
    if " ".join(q.cue.lower().split()) != "according to":
        return False
    head = _LAST_WORD_RE.search(q.speaker)
    return head is not None and head.group(1).lower() in _not_sources_en()


@lru_cache(maxsize=1)
def _data_sources_en() -> frozenset[str]:
    """English head nouns of data sources after "according to" (lexicon ``data_sources``)."""
    return _en_words("data_sources")


#: English: a comma and a relative pronoun opening a non-restrictive relative clause ("..., which stood at 263").
_WRAPPER_RELATIVE_RE = re.compile(r",[ \t]+(?=(?:who|which|whose|whom)[ \t])")


def _relative_of_wrapper(doc: _Doc, q: _Quote, quotes: list[_Quote], is_intro: dict[str, bool]) -> int:
    """English (s13pred): "X says/announced ... NP, which/who CLAUSE, according to Z." The main clause is
    already attributed to X by its own cue; "according to Z" right after the relative clause vouches for
    that clause only ('Weaver says it's proof ... in pledged delegates, which stood at 263 ..., according to
    the AP'). Returns the relative clause's start, or -1."""
    body = doc.body
    if q.kind != "indirect" or len(q.parts) != 1 or q.cue_pos < q.end or ", wh" not in body[q.start:q.end]:
        return -1
    rel = None
    for m in _WRAPPER_RELATIVE_RE.finditer(body, q.start, q.end):
        rel = m
    if rel is None or any(c in body[rel.end():q.end] for c in ",;:\"“”") or not _min_tokens(3, body, rel.end(), q.end):
        return -1
    for r in quotes:
        if r is q or not q.start <= r.cue_pos < rel.start() or r.end > rel.start() + 1 or r.start < q.start:
            continue
        if r.cue not in is_intro:
            is_intro[r.cue] = " ".join(r.cue.lower().split()) in doc.lex.intros
        if not is_intro[r.cue]:
            return rel.end()
    return -1


def _drop_source_wrappers(doc: _Doc, quotes: list[_Quote]) -> list[_Quote]:
    """English (s7prec): an "according to Z" quote whose content is mostly another attribution inside it
    ('Ohio Gov. John Kasich said he would have fired him ..., according to press reports', 'On Monday,
    Trump said he was "happy to see" ..., according to The New York Times') counts those words twice: the
    inner quote names who said them and stays; the source Z only relays it, so its wrapper goes. A poll or
    other data source (lexicon ``data_sources``) is the attribution itself and stays. When the wrapper
    ends with a relative clause after that other attribution, the wrapper is that clause alone
    (``_relative_of_wrapper``)."""
    intros = doc.lex.intros
    drop: set[int] = set()
    is_intro: dict[str, bool] = {}
    moved = False
    starts = [q.start for q in quotes] if len(quotes) > _MANY_QUOTES else []
    if starts and starts != sorted(starts):
        starts = []
    for i, q in enumerate(quotes):
        if q.kind == "direct":
            continue
        if q.cue not in is_intro:
            is_intro[q.cue] = " ".join(q.cue.lower().split()) in intros
        if not is_intro[q.cue]:
            continue
        if (rel_start := _relative_of_wrapper(doc, q, quotes, is_intro)) >= 0:
            q.start = rel_start
            q.parts = [(q.start, q.end)]
            moved = True
            continue
        head = _LAST_WORD_RE.search(q.speaker)
        if head is not None and head.group(1).lower() in _data_sources_en():
            continue  # ('Voters said ..., according to exit polls': the poll is the attribution)
        n = 0
        # s17robust: in an article of hundreds of quotes (in order of start, none moved yet) only those starting
        # inside the wrapper can lie inside it
        js = range(bisect.bisect_left(starts, q.start), bisect.bisect_right(starts, q.end)) if starts and not moved \
            else range(len(quotes))
        for j in js:
            r = quotes[j]
            if j == i or j in drop or r.start < q.start or r.end > q.end or (r.start, r.end) == (q.start, q.end):
                continue
            if r.cue not in is_intro:
                is_intro[r.cue] = " ".join(r.cue.lower().split()) in intros
            if is_intro[r.cue]:
                continue
            n = n or len(TOKEN_RE.findall(doc.body, q.start, q.end))
            if 2 * len(TOKEN_RE.findall(doc.body, r.start, r.end)) >= n:
                drop.add(i)
                break
        if i in drop or q.cue_pos < q.end:
            continue
        for r in quotes:
            # (s10prec: '"...?" O'Malley said at a press conference, according to the Las Vegas Sun', '"... not
            # getting involved in politics," the pope told reporters, according to Reuters'): the wrapper's words
            # are only the cue clause of the quotation that ends right before or inside it
            if r.kind == "direct" and r.cue and q.start - 4 <= r.end <= r.cue_pos < q.end and q.start <= r.cue_pos \
                    and not is_intro.setdefault(r.cue, " ".join(r.cue.lower().split()) in intros):
                drop.add(i)
                break
    if drop:
        quotes = [q for i, q in enumerate(quotes) if i not in drop]
    if moved:
        quotes = sorted(quotes, key=lambda q: q.start)  # (a wrapper cut to its relative clause comes later now)
    return quotes


def _extract_one(body: str, language: str) -> tuple[list[_Quote], _Doc]:
    lex = _lexicon(language)
    doc = _Doc(body, lex, [m.start() for m in _NEWLINE_RE.finditer(body)])
    spans = _direct_spans(body)
    if language == "en" and spans and "\n" in body:
        spans = _split_reopened_en(body, spans)
    if not spans and ("'" in body or "‘" in body):
        spans = _single_spans(body)
    elif len(spans) < 4 and ("'" in body or "‘" in body) and not any(_min_tokens(5, body, a, b) for a, b, _ in spans):
        # ('We will not give up and they told me "no",' she said: a short double-quoted phrase nested in a
        # single-quoted quotation; the single marks are read when every double-quoted phrase lies inside one)
        nest = _single_spans(body, True)
        if nest and all(any(c <= a and b <= d for c, d, _ in nest) for a, b, _ in spans):
            # (the nested phrase's closing mark, stripped with the quotation's end: '...told me "no",' keeps it)
            spans = [(c, d + 1 if body[d:d + 1] in ('"', "”") and (body.count('"', c, d) % 2 or body.count(
                "“", c, d) > body.count("”", c, d)) else d, k) for c, d, k in nest]
        elif language == "id" and (extra := _single_spans(body)):
            # (s17id) 'merilis album bertajuk "Pulang" ... 'Album ini ...,' kata Rara.': short double-quoted titles or
            # scare quotes elsewhere; the paragraphs without double marks quote in single marks
            spans = sorted(spans + extra)
    direct: list[_Quote] = []
    titles: list[int] = []
    if lex.language == "en" and any(not c or '"' in body[a:b] or "“" in body[a:b] for a, b, c in spans):
        spans = [cut for a, b, c in spans for cut in _narrative_cut_en(body, a, b, c)]
    for s, e, _closed in spans:
        if lex.language == "en" and _title(body, s, e):
            titles.append(s)
            continue  # 'said on "Meet the Press."', 'on ABC's "This Week,"': a title, not words said
        direct.append(_Quote(s, e, "direct", [(s, e)]))
    # attribution for direct quotes
    for _k, q in enumerate(direct):
        close_end = q.end
        while close_end < len(body) and body[close_end] in _QUOTE_OR_PUNCT:
            close_end += 1
        found = False
        if lex.cue_re is not None:
            found = _attribute_after(doc, q, close_end)
            if not found:
                open_pos = q.start
                while open_pos > 0 and body[open_pos - 1] in _QUOTE_CHARS:
                    open_pos -= 1
                found = _attribute_before(doc, q, open_pos)
        if not found:
            q.speaker_kind = ""
    # split quotes -> one quote with both parts
    merged: list[_Quote] = []
    skipped: list[_Quote] = []  # English: short quotations without a cue inside the cue's clause since p
    for q in direct:
        if merged:
            p = skipped[0] if skipped else merged[-1]
            gap = body[p.end:q.start]
            same_para = "\n" not in gap  # (before a title's marks are taken out of the gap: s13bound)
            if titles and any(p.end < t < q.start for t in titles) or skipped:
                gap = _QMARK_RE.sub(" ", gap.strip(_TRAIL_PUNCT))  # '..." Sanders said on CNN's "State of the Union." "B"'
            # "A," kata X, "B."  /  "A," he said. "B."  (the quote goes on after its cue, same paragraph)
            if p.cue and (not q.cue or q.cue_pos == p.cue_pos or _later_cue(doc, p, q)) and p.end < p.cue_pos < q.start and same_para and len(TOKEN_RE.findall(gap)) <= (40 if lex.language == "en" else 20) \
                    and not any(c in gap.strip(_TRAIL_PUNCT) for c in "“”„«»") \
                    and not (lex.language == "en" and _colon_after_fragment(body, p, gap)) \
                    and not (lex.language == "en" and p.shares_cue and not q.cue and _own_clause_after_cue(doc, p, q.start)) \
                    and not (lex.language == "en" and ((q.cue_pos != p.cue_pos or "," in body[p.cue_pos:q.start]) and _fragment_in_clause(body, p.cue_pos, q.start)
                                                       or _new_cue_between(doc, p, q.start))):
                if lex.language == "en" and _long_interruption(body, p, q):
                    _same_attribution(q, p)  # two quotations of one speaker, the narrative between them no quote
                    merged.append(q)
                    skipped = []
                    continue
                p.parts.append((q.start, q.end))
                p.end = q.end
                for f in skipped[1:]:
                    f.kind = "_absorbed"  # (a title or scare quote in the cue's clause, inside the span now)
                skipped = []
                continue
            if lex.language == "en" and p.cue and p.cue_pos > p.end and q.cue_pos == p.cue_pos and p.cue_pos < q.start \
                    and _colon_after_fragment(body, p, gap):
                # 'X said the plan was "a disgrace". He added: "B."': the fragment belongs to its own clause, the
                # colon's cue to B only
                p.cue, p.cue_pos, p.speaker, p.speaker_kind, p.role = "", -1, "", "", ""
            if lex.language == "en" and p.cue and not q.cue and p.kind == "direct" and p.end < p.cue_pos < q.start \
                    and body[max(0, p.start - 12):p.start].rstrip(_QUOTE_OR_BLANK)[-1:] in ("", "\n", ".", "!", "?") \
                    and doc.sentence(p.cue_pos)[0] <= p.start < p.cue_pos < q.start < doc.sentence(p.cue_pos)[1] \
                    and "\n" not in gap and (_name_like(body, q.start, q.end) or body.find(
                        " that ", p.cue_pos, q.start) < 0 and q.end - q.start <= 40) \
                    and _fragment_in_clause(body, p.cue_pos, q.start) and not _new_cue_between(doc, p, q.start):
                # '"A," X told the program "Inside Edition" after ... . "B."', '"A," said X, before a "No-B.S."
                # barbecue. "B."': a quoted name inside the cue's clause (a title, a label) is passed over;
                # the next quotation may still go on with A
                skipped = skipped or [p]
                skipped.append(q)
                merged.append(q)
                continue
            skipped = []
            if lex.language == "en" and p.speaker and _later_cue(doc, p, q) and "\n" not in gap \
                    and not gap.strip(_TRAIL_PUNCT):
                _same_attribution(q, p)  # '..."A." "B." Megson conceded that ...': B goes on with A's speaker
        merged.append(q)
    direct = merged
    if lex.language == "en":
        for q in direct:
            if _widen_interrupted(doc, q) and q.parts[0][0] < q.parts[0][1]:
                for d in direct:  # ('"A" by the U.S., Clinton said, "B"': the fragment A is part of the quote)
                    if d is not q and d.kind == "direct" and not d.cue and q.start <= d.start and d.end <= q.parts[0][1] + 1:
                        d.kind = "_absorbed"
            _widen_embedded(doc, q, direct)
    used = {q.cue_pos for q in direct if q.cue_pos >= 0 and not q.shares_cue}
    indirect = _indirect(doc, direct, used)
    # floating quotes: a whole-paragraph quote with no cue belongs to the last speaker
    all_q = [q for q in direct if q.kind != "_absorbed"] + indirect
    all_q.sort(key=lambda x: x.start)
    all_starts: list[int] | None = None
    keep: list[_Quote] = []
    for q in all_q:
        if q.kind == "direct" and not q.cue and lex.language == "id" and (sp_b := _id_backref_direct(doc, q)).text:
            # (s20id) '"Q." Hal itu dikatakan X di Jakarta.': a quotation with no cue, then a sentence whose passive
            # cue's subject refers back to it: X's words
            _set_speaker(q, sp_b)
            keep.append(q)
            continue
        if q.kind == "direct" and not q.cue:
            ps, pe = doc.paragraph(q.start)
            whole = not body[ps:q.start].strip(" \"“„«'‘") and _min_tokens(4, body, q.start, q.end)
            if not whole and lex.language == "en" and keep and keep[-1].kind == "direct" and keep[-1].speaker and \
                    ps <= keep[-1].start and _JOINED_START_RE.search(body, max(ps, q.start - 6), q.start) is not None \
                    and _min_tokens(4, body, q.start, q.end) and not _min_tokens(40, body, keep[-1].end, q.start) \
                    and not _joined_paragraph_quote(doc, keep[-1], q) and _no_other_name(body, keep[-1], q.start):
                # ('"A," X said. He is brimming with confidence. "B."': a quotation opening after a sentence end,
                # where paragraphs were joined by a space, is a paragraph of its own: X goes on)
                q.speaker_kind = "clitic"
                q.speaker = ""
                keep.append(q)
                continue
            if whole and lex.language == "en" and _colon_intro(doc, q, ps):
                keep.append(q)  # 'Cruz continued:\n\n"You look at the questions ..."'
                continue
            if lex.language == "en" and _DATED_RE.match(body, q.end):
                continue  # '"Yes to minaret ban" (2009).': a slogan or title with its date, nobody's words here
            if whole and lex.language == "en" and _label_inside(doc, q):
                keep.append(q)  # '"Chris Matthews: Seriously, ..."': a transcript line, its speaker's label inside
                continue
            if whole and keep and lex.cue_re is not None:
                p = keep[-1]
                if lex.language == "en" and _next_paragraph_goes_on(doc, p, ps) \
                        and not _OWN_ATTRIBUTION_RE.match(body, q.end, q.end + 6):
                    # (not '"B," Bozell answers.': a quotation closed with a comma has an attribution of its own)
                    p.parts.append((q.start, q.end))  # '"A," he said.\n\n"B."': one quotation, one attribution
                    p.end = q.end
                    continue
                q.speaker_kind = "clitic"
                q.speaker = ""
            elif lex.language == "en" and keep and _joined_paragraph_quote(doc, keep[-1], q):
                _same_attribution(q, keep[-1])  # 'X said: "A." "B."' (paragraphs joined by a space): X goes on
                keep.append(q)
                continue
            elif lex.cue_re is not None:
                if lex.language == "en" and _chant_quote(doc, q):
                    keep.append(q)  # 'to chants of "Marco! Marco!"': the crowd's words (s14mix)
                elif lex.language == "en" and keep and _continues(doc, keep[-1], q):
                    # 'X said he would not vote for him. "I'm not sure he represents us."': the quotation
                    # goes on with the reported content before it, one mixed quote
                    p = keep[-1]
                    p.parts.append((q.start, q.end))
                    p.end = q.end
                    p.kind = "mixed"
                elif lex.language == "en" and ('"' in body or "“" in body):
                    if all_starts is None and len(all_q) > _MANY_QUOTES:
                        all_starts = [x.start for x in all_q]
                    frag = _fragment_quote(doc, q, all_q, all_starts)
                    if frag is not None and not (keep and keep[-1].end > frag.start):
                        keep.append(frag)  # 'He called it "shameful."': the predicate frames the quotation
                    elif frag is None and keep and (keep[-1].speaker or keep[-1].speaker_kind == "clitic") \
                            and not keep[-1].cue.lower().startswith("according") \
                            and _min_tokens(4, body, q.start, q.end) \
                            and _JOINED_START_RE.search(body, max(ps, q.start - 6), q.start) is not None:
                        # 'Sales in Scotland were strong. "We expect growth to continue."' (s15bbc): a quotation
                        # of four words or more opening a sentence, with no cue and no framing predicate, is
                        # speech of its own, a paragraph where paragraphs were joined: the speaker goes on (not
                        # a source "according to": its claim, no speech that goes on)
                        q.speaker_kind = "clitic"
                        q.speaker = ""
                        keep.append(q)
                continue  # a short quotation without a cue: a title or scare quote
        if lex.language == "en" and q.kind == "mixed" and len(q.parts) == 1:
            if not _chant_quote(doc, q):  # 'responded with chants of "I'm with her" until ...': the chant only (s14mix)
                _introduced_quotation(doc, q)  # '... by saying, "Seriously, just stop lying."': the quotation (s15mix)
        if lex.language == "en" and q.kind == "indirect" and body[q.start:q.start + 5].lower().startswith(
                ("it", "this", "that", "them")) and (pe := _asked_pronoun_end(doc, q)) > 0:
            q.end = pe  # s14subj: 'Asked about it after a debate, Trump told CNN ...': the pronoun is what was asked
            q.parts = [(q.start, pe)]
        elif lex.language == "en" and q.kind == "indirect" and _adjunct_only(doc, q):
            continue  # 'asked about it during the debate': an adverbial, no content
        elif lex.language == "en" and q.kind == "indirect" and _pro_form_only(doc, q):
            continue  # 'a day after he said them, but ...': a pronoun for words reported elsewhere, no content
        if lex.language == "en" and q.kind == "indirect" and body[q.start:q.start + 1] in "YyNnSs" and (
                aen := _answer_word_end(doc, q)) > 0 and aen < q.end:
            q.end = aen  # 'Half said so in the earlier poll': the answer word is the content (s11ind)
            q.parts = [(q.start, aen)]
        if lex.language == "en" and q.kind == "indirect" and len(q.parts) == 1 and "anonymity" in body[
                q.start:q.end] and (am := _ANONYMITY_RE.search(body, q.start, q.end)) is not None and TOKEN_RE.search(
                body, q.start, am.start()) is not None:
            q.end = am.start()  # 'confirmed the meeting on condition of anonymity because ...' (s11ind)
            q.parts = [(q.start, q.end)]
        if lex.language == "en" and q.kind == "indirect" and len(q.parts) == 1 and ", as " in body[
                q.start:q.end] and (ah := _AS_HAS_RE.search(body, q.start, q.end)) is not None and _min_tokens(
                3, body, q.start, ah.start()):
            q.end = ah.start()  # 'said they will not back him, as has the mayor': the narrator's comparison (s11ind)
            q.parts = [(q.start, q.end)]
        if lex.language == "en" and q.kind == "indirect" and _subordinate_only(doc, q):
            continue  # 'As X reported after the FBI left:': one subordinate clause, no statement
        if lex.language == "en" and q.kind != "direct" and q.cue[:1] in "Aa" and _not_source(doc, q):
            continue  # 'according to their instinctive preference': "in accordance with", no source of words
        if lex.language == "en" and q.kind == "indirect" and body.startswith(("which", "who"), q.start) and (
                rst := _relative_after_cue(doc, q)) >= 0:
            if rst == 0:
                continue  # 'According to X, which ...': only the relative clause on the source, no content
            q.start = rst  # 'According to the WSJ, which cites ..., CONTENT': the content after the clause
            q.parts = [(rst, q.end)]
        if lex.language == "en" and q.kind != "direct" and q.cue:
            cue_low = q.cue.strip().lower()  # (each test below first checks its cue words: a cheap dispatch)
            if body.startswith(_THAT_TIME_STARTS, q.start) and (tst := _that_time_start(doc, q)) >= 0:
                if tst == 0:
                    continue  # 'the lawsuit Lynch announced that same day, as mentioned above': no content
                q.start = tst  # 'said that night that he would run': "that night" is a time adverbial
                q.parts[0] = (tst, q.parts[0][1])
            if q.kind == "indirect":
                if _adverbial_content(doc, q):
                    continue  # 'told reporters during Tuesday's conference call': an adverbial, no content
                if cue_low.endswith(" that") and body[q.start:q.start + 8].split(" ", 1)[0].lower() in _PLURAL_FINITE_EN:
                    continue  # s13prec: 'Rust Belt states that have suffered': a plural verb after "that", a relative clause
                if 0 <= q.cue_pos < q.start and body[q.start:q.start + 7].split(" ", 1)[0].lower() in _FINITE_AUX and \
                        _HOW_CLAUSE_RE.search(body, max(0, q.cue_pos - 50), q.cue_pos) is not None:
                    continue  # s13prec: 'how a candidate responds can be as important ...': an embedded question as the
                    # subject, the verb after the cue its predicate, nothing reported
                if 0 <= q.cue_pos < q.start and body[q.cue_pos + len(q.cue):q.start].strip() == "," and (
                        m_gw := _GAP_WHICH_RE.search(body, max(0, q.cue_pos - 60), q.cue_pos)) is not None and (
                        m_gw.group(1) or "").lower() not in _PREPOSITIONS["en"]:
                    continue  # s13prec: 'the allegations, which he has denied, are being investigated': the relative
                    # clause's object is its antecedent; the words after its comma are the main clause, no content
                if cue_low.endswith("ed") and _reduced_relative(doc, q):
                    continue  # 'A merger announced Monday would turn ...': a participle modifier, nothing said
                if cue_low in _object_cues_en() and (cut := _object_adjunct_end(doc, q)) > 0:
                    q.end = cut  # 'denied the charges through his lawyer': the object without its adverbial
                    q.parts = [(q.start, cut)]
                if (cue_low in _object_cues_en() or cue_low in _OBJECT_TO_CUES) and (
                        cut := _object_and_predicate_end(doc, q)) > 0:
                    q.end = cut  # 'denied the charges and counter-accused her': the object, not the next predicate
                    q.parts = [(q.start, cut)]
                if cue_low in _DENY_FORMS and _denied_person(doc, q):
                    continue  # 'Ferreira denied Gerrard with a last-ditch tackle': kept from scoring, nothing said
                if cue_low in _CONCEDE_FORMS and _conceded_score(doc, q):
                    continue  # s23ntxen: 'Ireland conceded a penalty close to their own line': a score, no words
                if cue_low in _WRITING_FORMS and _written_item_object(doc, q):
                    continue  # 'wrote the introduction for a new book', 'posted a video': the item made, no words
                if cue_low == "writing" and 0 <= q.cue_pos < q.start and body[q.start:q.start + 12].split(" ", 1)[
                        0].lower() in _PREPOSITIONS["en"] and _WRITING_INTRO_RE.search(body, q.cue_pos, q.end) is None:
                    continue  # 'Patrick Howley, writing on Breitbart, shared those sentiments': an apposition
                if body.startswith(_SOURCE_PARTICIPLE_STARTS, q.start) and (
                        rst := _participle_apposition_end(doc, q)) >= 0:
                    if rst == 0:
                        continue  # 'According to X, writing for Y:': the apposition is no content
                    q.start = rst  # 'According to X, writing for Y, CONTENT': the content after the apposition
                    q.end = _content_end(body, rst, doc.sentence(rst)[1])
                    q.parts = [(q.start, q.end)]
            if (cut := _and_new_clause_end(doc, q)) > 0:
                q.end = cut  # '..., and the ACLU has already sued the city': a new clause, not the content
                q.parts = [(q.start, cut)]
            if (cut := _while_other_cue_end(doc, q)) > 0:
                q.end = cut  # '... while Sanders suggests ...': the other source's clause is no part of it
                q.parts = [(q.start, cut)]
            if q.kind == "mixed" and cue_low in _NAMING_FORMS and (nend := _naming_end(doc, q)) > 0:
                q.end = nend  # 'called his opponent ''Senator Cruz'' instead and ...': the name ends the content
                q.parts = [(q.start, nend)]
            if 0 <= q.cue_pos < q.start and "," in body[q.cue_pos:q.start] and _fronted_cue_phrase(doc, q):
                continue  # 'As of the last fundraising report, Deacon had raised ...': the cue word in a fronted phrase
            if q.kind == "indirect" and body.startswith(_COORD_STARTS, q.start) and q.cue_pos >= 0 and not body[
                    q.cue_pos + len(q.cue):q.start].strip() and not _coordinated_cue_goes_on(doc, q):
                continue  # 'what Obama says and promises is ...', 'chanting and waving balloons': a coordinated verb
            if cue_low in _ADD_FORMS and _add_to_object(doc, q):
                continue  # 'adds another magic number to the mix': "add X to Y" puts, nothing said
            if (cue_low in _NOUN_LIKE_CUES or cue_low in _plural_noun_cues_en()[0]) and _cue_then_coordinator(doc, q):
                continue  # 'the winner-take-all states, or win ...': the cue word is a noun, nothing said
            if cue_low in _RESPOND_FORMS and 0 <= q.cue_pos < q.start and (
                    m_by := _RESPONDED_BY_RE.match(body, q.cue_pos + len(q.cue.strip()), q.end)) is not None and \
                    m_by.group(1).lower() not in lex.verbs:
                continue  # 'The US responded enthusiastically by easing sanctions': a reaction by a deed, no words
            if cue_low in _CONTINUE_FORMS and _continued_to_act(doc, q):
                continue  # 'They continued to veer off script': an aspect verb, nothing said
        if lex.language == "en" and q.kind != "direct" and _passive_cue(doc, q):
            continue  # 'the figures were announced, but ...': a passive cue, no speaker, nothing said
        if lex.language == "en" and q.kind != "direct" and _noun_cue(doc, q):
            continue  # 'In a new report, ...': the cue word is a noun
        if lex.language == "en" and q.kind != "direct" and _plural_noun_cue(doc, q):
            continue  # 'more diverse states': the cue word is a plural noun
        if lex.language == "en" and q.kind != "direct" and _cue_idiom(doc, q):
            continue  # 'adding to concern that ...', 'claimed responsibility for ...': an idiom, nothing said
        keep.append(q)
    if lex.language == "en":
        head = _headline_quote(doc)
        if head is not None:
            line_end = body.find("\n")
            inside = [q for q in keep if q.end <= line_end and q.cue.strip() == ":"]  # its quoted words alone
            if inside:
                keep = [q for q in keep if q not in inside]
            if not any(q.start < head.end and head.start < q.end for q in keep):
                keep.insert(0, head)
    if lex.language == "en" and spans:
        for s, e, _closed in spans:  # 'the show was officially named "The Pete Santilli Show,"': no speaker
            near = body[max(0, s - 26):s]
            if ("ed " in near or "as " in near or "label" in near) and any(w in near for w in _PASSIVE_NAMING_HINTS) \
                    and not any(
                    q.start <= s < q.end or s <= q.start < e for q in keep) and (
                    pq := _passive_naming_quote(doc, s, e)) is not None and not any(
                    q.start < pq.end and pq.start < q.end for q in keep):
                keep.insert(next((i for i, q in enumerate(keep) if q.start > pq.start), len(keep)), pq)
    if lex.language == "en" and ":" in body:
        for i in range(len(keep) - 1, 0, -1):
            p, q = keep[i - 1], keep[i]
            if q.kind == "direct" and p.kind in ("indirect", "mixed") and 0 <= p.cue_pos == q.cue_pos and p.end < q.start \
                    and body[p.end:q.start].strip(" \t\n" + _QUOTE_CHARS) == ":" and "\n" not in body[p.start:p.end]:
                # 'X observed that the biggest victor was the stage itself: "The clear winner ..."': the clause
                # and the quotation its colon introduces are one mixed quote of the one cue
                p.parts = [(p.start, q.end)] if len(p.parts) == 1 else p.parts + [(q.start, q.end)]
                p.end = q.end
                p.kind = "mixed"
                del keep[i]
    if lex.language == "en" and (" said to " in body or " reported to " in body or " announced " in body
                                 or " revealed " in body):
        found_st = []
        for m_v in _PASSIVE_VERB_RE.finditer(body):  # (the verb first: the full pattern only in a window around it)
            pat = _SAID_TO_RE if m_v.group(2) else _PASSIVE_COMPLEMENT_RE
            m_st = pat.search(body, max(0, m_v.start() - 40), min(len(body), m_v.end() + 40))
            if m_st is not None and m_st.start(1) == m_v.start(1):
                found_st.append(m_st)
        for m_st in found_st:
            # 'Some advisers are said to be urging ...', 'Sanders was announced the winner in Iowa': no speaker
            if not any(q.start <= m_st.start() < q.end for q in keep) and (
                    pq := _said_to_quote(doc, m_st)) is not None and not any(
                    q.start < pq.end and pq.start < q.end for q in keep):
                keep.insert(next((i for i, q in enumerate(keep) if q.start > pq.start), len(keep)), pq)
    if lex.language == "en" and ("heard" in body or " told" in body or ", it " in body or " found" in body
                                 or " show" in body or " finds" in body):
        hearers = []
        for verb in (" heard", " told"):  # (the verb at a clause's end first: the pattern only in a window before it)
            i = body.find(verb)
            while i >= 0:
                j = i + len(verb)
                if body[j:j + 1] in (".", ";") and (m_h := _HEARER_CUE_RE.search(body, max(0, i - 100), j + 1)):
                    hearers.append(m_h)
                i = body.find(verb, j)
        i = body.find(", it ")
        while i >= 0:
            if (m_h := _IT_PASSIVE_CUE_RE.match(body, i)) is not None:
                hearers.append(m_h)
            i = body.find(", it ", i + 5)
        for verb in (" found", " shows", " showed", " finds"):
            i = body.find(verb)
            while i >= 0:
                j = i + len(verb)
                if body[j:j + 1] in (".", ";") and (m_h := _FOUND_CUE_RE.search(body, max(0, i - 80), j + 1)) \
                        and m_h.group(2) in _document_sources_en():
                    hearers.append(m_h)
                i = body.find(verb, j)
        for m_h in hearers:
            # '..., a court has heard.': the clause is said, no speaker; a quote found with the listeners as its
            # speaker ('the court was' of "the court was told") gives way; also '..., it has been announced.'
            pq = _hearer_quote(doc, m_h)
            if pq is None:
                continue
            if m_h.re is _FOUND_CUE_RE:
                # s15bbc2: '..., the survey found.', '..., a new study shows.': the document is the source
                _set_speaker(pq, _Speaker(m_h.group(1), "role", "", m_h.start(1), m_h.end(1)))
            clash = [q for q in keep if q.start < pq.end and pq.start < q.end]
            if all(q.kind != "direct" and q.cue_pos == pq.cue_pos for q in clash):
                keep = [q for q in keep if q not in clash]
                keep.insert(next((i for i, q in enumerate(keep) if q.start > pq.start), len(keep)), pq)
    if lex.language == "en" and (" case " in body and (" case that" in body or " case to " in body or " case for " in body)
                                 or "adamant that" in body or "emphatic that" in body or "insistent that" in body):
        for m_case in _MADE_CASE_RE.finditer(body):
            # "Obama privately made the case to 23 group leaders that ...": an argument put to others
            if not any(q.start <= m_case.end() < q.end for q in keep) and (pq := _made_case_quote(doc, m_case)) \
                    is not None and not any(q.start < pq.end and pq.start < q.end for q in keep):
                keep.insert(next((i for i, q in enumerate(keep) if q.start > pq.start), len(keep)), pq)
    if lex.language == "en" and len(keep) > 1:
        keep = _drop_source_wrappers(doc, keep)
    if lex.language == "id" and keep:
        # s19id: 'Data BPS menunjukkan, ...', 'Menurut data BMKG, ...', 'Hasil survei ... menunjukkan': a finding of
        # data (lexicon ``data_sources``: the speaker phrase's first word), nothing said
        keep = [q for q in keep if q.kind == "direct" or not q.speaker
                or q.speaker.split(None, 1)[0].lower() not in _id_data_sources()]
    if lex.cue_re is not None:
        _resolve(doc, keep)
    return keep, doc


#: English: a headline "Speaker: words" (the body's first line) whose words are quoted or in the first person.
_HEADLINE_RE = re.compile(r"([A-Z][^\n:,.;!?\"“”‘’]{1,60}?):[ \t]+([^\n]{6,160})\n")
_HEADLINE_FIRST_PERSON = frozenset({"i", "i’m", "i'm", "i’ll", "i'll", "i’ve", "i've", "i’d", "i'd", "we", "we’re",
                                    "we're", "we’ll", "we'll", "my", "our"})


def _headline_quote(doc: _Doc) -> _Quote | None:
    """English: the headline "Sidney Blumenthal: ‘No Idea’ If I Would Have Told ...", "Marco Rubio: I’m
    Not Interested In Being Vice President" (the first line of a body that goes on) as a quote of the
    capitalised words before the colon; only when the words after it hold a quotation mark or open in
    the first person. Section labels ("Exclusive:", "Analysis:"; lexicon ``headline_labels``) are no
    speakers."""
    body = doc.body
    m = _HEADLINE_RE.match(body)
    if m is None or not body[m.end():].strip():
        return None
    words = m.group(1).split()
    name = []
    for w in words:
        if not w[:1].isupper():
            break
        name.append(w)
    if not name or len(words) > 6 or " ".join(name).lower() in _headline_labels() or name[0].lower() in (
            _headline_labels() | doc.lex.not_speakers | doc.lex.pronouns | doc.lex.determiners):
        return None
    if m.group(1).isupper() and len(m.group(1)) > 4 and m.group(2)[:1].isupper() and len(m.group(2)) > 60:
        return None  # s17en: a dateline ("NEW DELHI: The Supreme Court on Friday ...", "KUALA LUMPUR: ...")
    s, e = m.start(2), m.end(2)
    text = m.group(2).rstrip()
    e = s + len(text)
    if body[e - 1] == "." and body[e - 2:e - 1] not in _QUOTE_CHARS:
        e -= 1
    first = _FIRST_WORD_RE.match(text)
    quoted = any(c in text for c in "“‘\"") or " '" in text or text[:1] == "'"
    if not quoted and not (first and first.group().lower() in _HEADLINE_FIRST_PERSON):
        return None
    kind = "indirect"
    if quoted:
        kind = "mixed"
        inner = body[s:e].rstrip(".")
        if len(inner) > 2 and inner[0] in "“‘\"'" and inner[-1] in "”’\"'" and not any(
                c in inner[1:-1] for c in "“”\""):
            kind = "direct"  # "WSJ editorial: 'Deport Nikki Haley.'": the inside of the marks
            s, e = s + 1, s + len(inner) - 1
    q = _Quote(s, e, kind, [(s, e)], ":", m.end(1))
    q.speaker = " ".join(name)
    q.speaker_kind = "name"
    return q


@lru_cache(maxsize=1)
def _headline_labels() -> frozenset[str]:
    return frozenset(w.lower() for w in load_list_or_empty("headline_labels", "en"))


def _language_of(value: object) -> str:
    lang = str(value).lower()[:2] if isinstance(value, str) and value else ""
    return lang if lang in QUOTE_LANGUAGES else (lang or "en")




_SURROGATE_RE = re.compile("[\ud800-\udfff]")
#: s17robust: white space of scraped text that the rules, written for " " and "\n", did not read: a tab, a vertical
#: tab or form feed, the Unicode en/em/thin/ideographic spaces (and in Indonesian text a no-break space, as
#: English text already reads it) read as a space; the line and paragraph separators
#: and NEL as a line break ("said\tIan Cole", "kata\tSri Mulyani" were no cues). One character for one.
_ODD_SPACES = str.maketrans({**{c: " " for c in "\t\x0b\x0c\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                              "\u2009\u200a\u205f\u3000"},
                             **{c: "\n" for c in "\u2028\u2029\x85"}})
_ODD_SPACE_RE = re.compile("[\t\x0b\x0c\u00a0\u202f\u2000-\u200a\u205f\u3000\u2028\u2029\x85]")


def _body_language(body: str) -> str:
    """s17robust: the lexicon for an article without a language: ``id`` where the body reads as Indonesian
    (:func:`helpers.cleaning.detect_language`), else ``en`` (as for every article without one before)."""
    return "id" if detect_language(body) == "id" else "en"


def _norm_space(text: str) -> str:
    """:func:`helpers.text.normalize_space`, substituting only the runs it changes (most text has none):
    every white-space character but " " is non-printable, so printable text without "  " needs no change."""
    if "  " not in text and text.isprintable():
        return text.strip()
    return _SPACE_FIX_RE.sub(" ", text).strip()


#: English: a quotation mark left open at the end of a quote span, closed right after it (optionally after
#: sentence punctuation: 'the old one,”'); and one closed near its start, opened right before it.
_OPEN_TAIL_RE = re.compile(r"[,.!?;:…]?[”“\"»](?![^\W\d_])")
_PAIRED_MARKS = (("“", "”"), ("«", "»"))


def _balanced_span(body: str, a: int, b: int) -> tuple[int, int]:
    """English: ``(a, b)`` widened to the closing (opening) quotation mark of a mark opened (closed) inside
    ``body[a:b]`` and left unbalanced there: 'is “much more flexible than the old one' -> '... one”'.

    Curly and guillemet pairs by count; straight double quotes when their count is odd and the last one
    opens a word. Single quotes are left alone (apostrophes).
    """
    text = body[a:b]
    m = _OPEN_TAIL_RE.match(body, b)
    if m:
        mark = body[m.end() - 1]
        if mark == '"':
            k = text.rfind('"')
            opened = text.count('"') % 2 == 1 and k >= 0 and (k == 0 or not text[k - 1].isalnum()) and text[
                k + 1:k + 2].isalnum()
        else:
            op = "«" if mark == "»" else "“"  # '“rapists“': a closing mark typed the wrong way round
            opened = text.count(op) > text.count("»" if mark == "»" else "”")
        if opened:
            b = m.end()
    if a > 0 and body[a - 1] in "“«":
        op = body[a - 1]
        cl = "”" if op == "“" else "»"
        i = text.find(cl)
        if i >= 0 and op not in text[:i]:
            a -= 1
    elif a > 0 and body[a - 1] == '"' and text.count('"') % 2 == 1:
        i = text.find('"')
        if i > 0 and not text[i - 1].isspace() and not text[i + 1:i + 2].isalnum():
            a -= 1
    return a, b


_MARK_CHAR_RE = re.compile(r"[“”«»\"]")


def _balance_marks(q: _Quote, body: str) -> None:
    """English: every part of an indirect or mixed quote with its quotation marks balanced (start, end and
    parts moved; see :func:`_balanced_span`). Direct quotes keep the inside of their marks."""
    if q.kind == "direct" or _MARK_CHAR_RE.search(body, q.start, q.end) is None:
        return
    parts = [_balanced_span(body, a, b) for a, b in q.parts] if q.parts else []
    if parts:
        q.parts = parts
    q.start, q.end = _balanced_span(body, q.start, q.end)
    if parts:
        q.start = min(q.start, parts[0][0])
        q.end = max(q.end, parts[-1][1])


#: English web text: a no-break space reads as a space; s14subj: the horizontal bar (U+2015, HuffPost's dash: "Other
#: Republicans ― three former Bush officials ― have said") reads as an em dash (one character for one: offsets hold).
_NBSP_TO_SPACE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2015": "\u2014"})


def _new_columns() -> dict[str, list[object]]:
    return {c: [] for c in QUOTE_COLUMNS}


#: English: the New York Times' double mark, two apostrophes ('' ... ''), where it opens (after a space or
#: line start, before a word) or closes (after a word or punctuation).
_TWO_APOSTROPHES_RE = re.compile(r"(?<![^\s(\[—–-])''(?=[^\s'])|(?<=[^\s'(\[])''(?![^\s.,;:!?)\]—–-])")


def _whole_two_apostrophes(q: _Quote, body: str) -> None:
    """A span read on the text with ' "' / '" ' for two apostrophes takes both apostrophes of a mark it ends or
    starts in (not one: "''rabbit patches'")."""
    parts = []
    for a, b in q.parts:
        if a > 0 and body[a:a + 1] == "'" and body[a - 1:a] == "'":
            a -= 1
        if body[b - 1:b] == "'" and body[b:b + 1] == "'":
            b += 1
        parts.append((a, b))
    q.parts = parts
    q.start = min(q.start, parts[0][0])
    q.end = max(q.end, parts[-1][1])


def _two_apostrophes(m: re.Match[str]) -> str:
    """One double mark and a space for two apostrophes, two characters for two (offsets hold): ' "' where it opens,
    '" ' where it closes."""
    nxt = m.string[m.end():m.end() + 1]  # ("" at the body end: closes, s15markbat)
    return ' "' if nxt.isalnum() or nxt in ("$", "#") else '" '


#: s17robust: markup left in scraped text (a body that skipped the HTML extraction of load_corpus): comments,
#: tags, WordPress caption/embed shortcodes, and character entities of quotation marks, dashes and spaces. ``_mask_markup`` puts white space (a line break for a block tag) of the same length in
#: their place, an entity's character at the side where it is read (offsets hold: ``body[start:end]`` still
#: spans the quote). Lengths are bounded, so an unclosed ``<!--`` costs a bounded scan.
_MARKUP_RE = re.compile(
    r"<!--[\s\S]{0,1000}?-->()|</?([A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,1000})?/?>"
    r"|\[/?(?:caption|embed|video|audio|gallery)\b[^\[\]\n]{0,500}\]"
    r"|&(quot|ldquo|rdquo|lsquo|rsquo|laquo|raquo|bdquo|apos|nbsp|mdash|ndash|hellip|amp"
    r"|#(?:34|39|160|171|187|8211|8212|8216|8217|8220|8221|8222|8230)|#[xX](?:22|27|a0|A0|201[3489cCdDeE]|2026));")
_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header footer figure "
    "figcaption hr title body html head aside nav main pre dd dt dl".split())
_ENTITY_CHARS = {
    "quot": '"', "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "laquo": "«", "raquo": "»", "bdquo": "„",
    "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–", "hellip": "…", "amp": "&", "#34": '"', "#39": "'",
    "#160": " ", "#171": "«", "#187": "»", "#8211": "–", "#8212": "—", "#8216": "‘", "#8217": "’", "#8220": "“",
    "#8221": "”", "#8222": "„", "#8230": "…", "#x22": '"', "#x27": "'", "#xa0": " ", "#x2013": "–", "#x2014": "—",
    "#x2018": "‘", "#x2019": "’", "#x201c": "“", "#x201d": "”", "#x201e": "„", "#x2026": "…"}


def _mask_markup(m: re.Match[str]) -> str:
    """White space of the match's length in place of markup; an entity's character on the side it belongs to
    (next to the word before it where one is there and none follows: a closing mark; else next to the word after)."""
    n = m.end() - m.start()
    ent = m.group(3)
    if ent is not None:
        ch = _ENTITY_CHARS[ent.lower() if ent[:2] in ("#x", "#X") else ent]
        if ch == " ":
            return " " * n
        text, a, b = m.string, m.start(), m.end()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if not before.isspace() and (after.isspace() or after in ".,;:!?)]"):
            return ch + " " * (n - 1)
        return " " * (n - 1) + ch
    tag = m.group(2)
    if tag is not None and tag.lower() in _BLOCK_TAGS or m.group(1) is not None:
        return "\n" + " " * (n - 1)
    return " " * n


#: s21lines: one sentence per line (NTREX/WMT text, sentence-split scrapes): a line break after sentence punctuation
#: (closing marks or a bracket, and trailing spaces, may follow it)
_LINE_SENT_END_RE = re.compile(r"[.!?…][\"”’')]*[ \t\u00a0]*\r?\n")
#: s21lines: a second sentence inside a line (not after an abbreviation such as "U.S.", "Mr.", "Sen.", "Mrs.")
#: (the look-behinds after the mark: tried at a mark only, not at every character; s21layout2)
_IN_LINE_SENT_END_RE = re.compile(r"[.!?](?<![A-Z].)(?<!\b[A-Z][a-z].)(?<!\b[A-Z][a-z]{2}.)[\"”’]?[ \t]+[\"“‘]?[A-Z]")
#: s21lines: a line holding a quotation closed before its attribution ('"A," he said.', '"A," katanya.') whose next
#: line is a quotation with no attribution of its own (closed at the line end, or left open: '"B."', '"B.\nC."'): the
#: split quotation of one paragraph.
_SPLIT_LINE_RE = re.compile(r"[,!?…—–-][\"”]+[ \t]+[^\n\"“”]{1,160}?[.!?…][ \t\u00a0]*\r?\n"
                            r"(?=[ \t]*[\"“][^\n\"“”]*(?:[\"”][ \t\r]*)?(?:\n|$))")
#: s21lines: the most line breaks one quotation of a sentence-per-line text runs over (PolNeAR re-laid: up to 17)
_MAX_QUOTE_LINES = 20
#: s21layout2: a blank line (white space between two line breaks): one paragraph break
_BLANK_RUN_RE = re.compile(r"\r?\n(?:[ \t\r\u00a0]*\n)+")


def _sentence_lines(text: str) -> bool:
    """s21lines: whether ``text`` is laid out one sentence per line (LF or CRLF; blank lines may part paragraphs):
    at least four lines and three line breaks inside paragraphs, most lines (60 %) ending with sentence punctuation
    and at most a quarter holding a second sentence (a paragraph per line holds several)."""
    n = text.count("\n")
    if n - 2 * (text.count("\n\n") + (text.count("\n\r\n") if "\r" in text else 0)) < 3:
        return False  # (paragraphs parted by blank lines, one line each: BBC, PolNeAR)
    full = [ln for ln in text.split("\n") if ln.strip()]
    if len(full) < 4 or (len(_LINE_SENT_END_RE.findall(text)) + 1) * 5 < len(full) * 3:
        return False
    return sum(1 for ln in full if _IN_LINE_SENT_END_RE.search(ln)) * 4 <= len(full)


def _sentence_paragraphs(text: str, blank: int = -1) -> str:
    """s21layout2: ``text`` laid out one sentence per paragraph (a sentence-per-line file loaded by ``load_corpus``,
    which reads each line as a paragraph) read as ``_join_sentence_lines`` reads it one sentence per line, or
    ``text`` itself. Only where nearly every paragraph is one sentence (at most one in ten holding a second) and a
    double-quoted quotation opens in one paragraph and closes in a later one with no mark re-opened between: news
    laid out in paragraphs re-opens the mark in each paragraph of a long quotation and holds a quotation of several
    sentences in one paragraph. Each blank line becomes one line break (spaces before it: offsets hold). ``blank``:
    the count of "\n\n" and "\n\r\n" where the caller has it (s24speed)."""
    if blank < 0:
        blank = text.count("\n\n") + (text.count("\n\r\n") if "\r" in text else 0)
    if blank < 3:
        return text  # (fewer than four paragraphs)
    if '"' not in text and "\u201c" not in text and "\u201d" not in text and "\u201e" not in text and "\u00ab" not in text:
        return text  # (no double quotation mark: no quotation runs over paragraphs)
    paras = blank + 1
    limit = paras // 10
    multi = 0
    for _m in _IN_LINE_SENT_END_RE.finditer(text):
        multi += 1  # (a second sentence in some paragraph; a line break never matches inside the pattern)
        if multi > limit:
            return text
    lines = _BLANK_RUN_RE.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text)
    if not _sentence_lines(lines):
        return text
    joined = _join_sentence_lines(lines, runs_only=True)
    return text if joined is lines else joined


def _join_sentence_lines(text: str, *, runs_only: bool = False) -> str:
    """s21lines: text laid out one sentence per line with the line breaks that cut a paragraph's quotation read
    as spaces (one character for one: offsets hold): those inside a double-quoted quotation that opens on one
    line and closes on a later one (no other opening mark between: '"A.\nB.\nC," he said.'), and the one
    between a quotation's attribution and the next line opening with a mark ('"A," he said.\n"B."'), as in a
    paragraph. A quotation left unclosed still ends at its line; a blank line still parts paragraphs."""
    joins: list[tuple[int, int]] = []
    open_at = -1
    for m in _QMARK_RE.finditer(text):
        ch = m.group()
        if ch[0] in "'`":
            continue
        i = m.start()
        role = _mark_role(text, i, ch)
        if open_at < 0:
            if role != "close":
                open_at = i
        elif role == "open":
            ls = text.rfind("\n", open_at, i)
            if ls >= 0 and not text[ls + 1:i].strip() and text.find("\n", open_at, ls) >= 0:
                # '"A.\nB.\n"C," he said.': the next paragraph re-opens the quotation; the lines before it are
                # one paragraph (the break before the mark stays, where a quotation re-opened goes on)
                joins.append((open_at, ls))
                runs_only = False
            open_at = i  # (else the quotation before was never closed)
        else:
            if 0 < text.count("\n", open_at, i) <= _MAX_QUOTE_LINES:
                joins.append((open_at, i))  # (a longer run: a mark lost, the lines read as paragraphs)
                if runs_only and text[text.rfind("\n", open_at, i) + 1:i].strip():
                    runs_only = False  # (a mark opening a line, '" B', re-opens a quotation more likely than it closes)
            open_at = -1
    if runs_only:
        return text  # s21layout2: no quotation runs over a line break to close inside a line: the lines may be paragraphs
    joins.extend((m.end() - 1, m.end()) for m in _SPLIT_LINE_RE.finditer(text))
    if not joins:
        return text
    chars = list(text)
    for a, b in joins:
        for k in range(a, b):
            if chars[k] == "\n" and text[k + 1:k + 12].lstrip(" \t\r\u00a0")[:1] != "\n" and \
                    text[max(0, k - 11):k].rstrip(" \t\r\u00a0")[-1:] != "\n":
                chars[k] = " "  # (not a blank line's: it parts paragraphs)
    return "".join(chars)


def _article_rows(aid: object, body: object, lang: object, language: str | None,
                  cols: dict[str, list[object]], failed: list[str]) -> None:
    """Append the quote rows of one article to the column lists ``cols`` (or a message to ``failed``)."""
    if not isinstance(body, str):
        if body is not None and body is not pd.NA and body is not pd.NaT and not (isinstance(body, float) and body != body):
            failed.append(f"{aid!r} (body is {type(body).__name__}, not text)")  # (None / NaN: no text, no quotes)
        return
    if not body.strip():
        return
    try:
        lg = _language_of(language) if language else _language_of(lang) if isinstance(lang, str) and lang else (
            _body_language(body))
        # (English web text: a no-break space reads as a space; one character for one, so offsets hold)
        text = body.translate(_NBSP_TO_SPACE) if lg == "en" and (
            "\u00a0" in body or "\u202f" in body or "\u2015" in body) else body
        if lg == "en" and "''" in text:
            text = _TWO_APOSTROPHES_RE.sub(_two_apostrophes, text)
        two = text is not body
        if ("\t" in text or "\x0b" in text or "\x0c" in text or not text.isascii()) and _ODD_SPACE_RE.search(text):
            text = text.translate(_ODD_SPACES)  # s17robust: tabs and other spaces read as a space (one for one)
        if ("<" in text or "&" in text or "[" in text) and _MARKUP_RE.search(text) is not None:
            text = _MARKUP_RE.sub(_mask_markup, text)  # s17robust: scraped markup read as white space
        if "\n" in text:
            # s24speed: the line breaks and blank lines counted once for both layout checks (no "\r": no CRLF one)
            blank = text.count("\n\n") + (text.count("\n\r\n") if "\r" in text else 0)
            if text.count("\n") - 2 * blank >= 3 and _sentence_lines(text):
                # s21lines: one sentence per line: a quotation (a split one too) runs over line breaks as in a paragraph
                text = _join_sentence_lines(text)
            elif blank:
                text = _sentence_paragraphs(text, blank)  # s21layout2: the same text loaded one sentence per paragraph
        found, doc_sent = _extract_one(text, lg)
    except Exception as exc:  # never lose the whole run to one odd article; say which one failed
        failed.append(f"{aid!r} ({type(exc).__name__}: {exc})")
        return
    c_id, c_qid, c_kind, c_quote = cols["article_id"], cols["quote_id"], cols["kind"], cols["quote"]
    c_start, c_end, c_spk, c_name = cols["start"], cols["end"], cols["speaker"], cols["speaker_name"]
    c_role, c_cue, c_sent = cols["speaker_role"], cols["cue"], cols["sentence"]
    en = lg == "en"
    clitics = doc_sent.lex.clitics
    for n, q in enumerate(found, start=1):
        if q.speaker_name and q.speaker_name.lower() in clitics:
            q.speaker_name = ""  # s21lines: a clitic cue ("Katanya", sentence-initial) is never a name
        if en and two and "''" in body:
            _whole_two_apostrophes(q, body)
        if en:
            _balance_marks(q, body)
        lo = min(q.start, q.cue_pos) if q.cue_pos >= 0 else q.start
        hi = max(q.end, q.cue_pos + len(q.cue)) if q.cue_pos >= 0 else q.end
        s0, _ = doc_sent.sentence(lo)
        _, s1 = doc_sent.sentence(max(hi - 1, lo))
        s0 = min(s0, lo)
        s1 = max(s1, hi)
        quote = " … ".join(_norm_space(body[a:b]) for a, b in q.parts) if len(q.parts) > 1 else _norm_space(
            body[q.start:q.end])
        if en and len(quote) > 2 and quote[-1] in "”\"»" and quote[-2] in ",;:":
            quote = quote[:-2] + quote[-1]  # 'the old one,”': the comma is the sentence's, not the speaker's
        c_id.append(aid)
        c_qid.append(f"{aid}#{n}")
        c_kind.append(q.kind)
        c_quote.append(quote)
        c_start.append(q.start)
        c_end.append(q.end)
        c_spk.append(q.speaker)
        c_name.append(q.speaker_name)
        role = q.role
        c_role.append(_tidy_role_en(role) if en and role and (role[-1] == "." or (role[-1].islower() or role[-1].isspace()) and role.rsplit(
            None, 1)[-1] in _DET_ROLE_TAIL_EN or len(role) <= 5 and role.lower() in _DET_ROLE_TAIL_EN) else role)
        # (s24speed: cheap tests first: a tail word ends in a lower-case letter, a determiner alone is short)
        c_cue.append(_norm_space(q.cue))
        c_sent.append(_norm_space(body[s0:s1])[:2000])


#: s22ntxen: English lower-case words that never end a role: a role cut before its noun or name ("A spokesman for"
#: of "A spokesman for DaimlerChrysler", "Shadow leader of the" of "Shadow leader of the Commons Oliver Heald").
_DET_ROLE_TAIL_EN = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "of", "from", "for", "at",
                               "by", "with", "and", "in"})
#: s22ntxen: English determiners that open a role ("A spokesman", "The new health minister") or are all of it.
_DET_ROLE_HEAD_EN = frozenset({"a", "an", "the", "its", "his", "her", "their"})
#: s22ntxen: English: a role that is only a dotted country abbreviation ("The U.S." of "The U.S. Navy").
_DET_ROLE_EN_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z]\.){2,3}")


def _tidy_role_en(role: str) -> str:
    """English (s22ntxen): the role a table row shows, from one cut before its noun or name: the function words it
    ends in and a determiner opening it dropped ("A spokesman for" -> "spokesman", "Shadow leader of the" -> "Shadow
    leader"); "" for a determiner alone ("A" of "A Welsh Conservative", "Its"), a dotted country abbreviation
    ("The U.S." of "The U.S. Navy") or a role cut at "and" (a coordination: "Bush and" of "Bush and Blair")."""
    if _DET_ROLE_EN_RE.fullmatch(role):
        return ""
    words = role.split()
    while words and words[-1] in _DET_ROLE_TAIL_EN:
        if words.pop() == "and":
            return ""
    while words and words[0].lower() in _DET_ROLE_HEAD_EN:
        words.pop(0)
    return " ".join(words)


def _rows_chunk(payload: tuple[list[object], list[object], list[object], str | None], lo: int, hi: int,
                ) -> tuple[dict[str, list[object]], list[str]]:
    """The rows (column lists) of articles ``lo:hi`` of ``payload`` (ids, bodies, languages, language)."""
    ids, bodies, langs, language = payload
    cols = _new_columns()
    failed: list[str] = []
    # The extraction makes no reference cycles (measured: a cyclic collection after 3,000 BBC articles, all
    # PolNeAR or the detik-dev articles with the collector off finds nothing), so the cyclic collector (2 % of
    # the CPU on 3,000 and 20,000 BBC articles) is paused during the loop; reference counting frees as before.
    # Only in the main thread (a process worker's too): threads (Dask's threaded scheduler) would race on
    # the one global switch.
    pause = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if pause:
        gc.disable()
    try:
        for i in range(lo, hi):
            _article_rows(ids[i], bodies[i], langs[i], language, cols, failed)
    finally:
        if pause:
            gc.enable()
    return cols, failed


#: s18instr: ``extract_quotes(documents=False)``: a clause boundary before a finding verb's subject, and its words.
_FINDING_CLAUSE_RE = re.compile(r"[,;:\"“”]")
_FINDING_WORD_RE = re.compile(r"[A-Za-z]+")
_FINDING_PHRASE_END_RE = re.compile(r"[,;:.]")
_FINDING_AFTER_RE = re.compile(r"[,;:.\"“”]")


def _finding_of_document(cue: str, sentence: str, quote: str) -> bool:
    """Whether a quote row reports the findings of a document or data set rather than speech: a finding verb
    (lexicon ``finding_verbs``) whose subject holds a lower-case document or data noun (``finding_sources``: "a
    poll suggested that", "Research suggests", "..., the quarterly survey has found"), or "according to" a phrase
    holding a data noun (``data_sources``: "according to LSEG data", "according to the study")."""
    words = cue.lower().split()
    if not words or not sentence:
        return False
    if words[:2] == ["according", "to"]:
        i = sentence.lower().find("according to")
        if i < 0:
            return False
        phrase = _FINDING_PHRASE_END_RE.split(sentence[i + 12:], maxsplit=1)[0]
        return not _data_sources_en().isdisjoint(_FINDING_WORD_RE.findall(phrase)[:8])
    if words[0] not in _en_words("finding_verbs"):
        return False
    verb = cue.split()[0]
    m = next((w for w in _FINDING_WORD_RE.finditer(sentence) if w.group() == verb), None)
    if m is None:
        return False
    nouns = _en_words("finding_sources")
    before = sentence[:1].lower() + sentence[1:m.start()]  # a sentence-initial capital is no name ("Research shows")
    if not nouns.isdisjoint(_FINDING_WORD_RE.findall(_FINDING_CLAUSE_RE.split(before)[-1])[-8:]):
        return True  # "The research revealed that ...", "A report by analysts InStat/MDR has predicted that ..."
    after = _FINDING_WORD_RE.findall(_FINDING_AFTER_RE.split(sentence[m.end():], maxsplit=1)[0])
    q = sentence.find(quote[:30]) if quote else -1
    # "CONTENT, the quarterly Tankan survey has found." (inverted: a short subject after the cue, content before it)
    return 0 < len(after) <= 5 and not nouns.isdisjoint(after) and 0 <= q < m.start()


@dask_aware
def extract_quotes(articles: pd.DataFrame, *, language: str | None = None, workers: int | None = 1,
                   documents: bool = True) -> pd.DataFrame:
    """Quotes with their speakers: one row per direct, indirect or mixed quote.

    Args:
        articles: articles table; needs ``article_id`` and ``body``; ``language`` (ISO 639-1, case and a
            region ignored: ``ID``, ``id-ID``) is used per row when present (``en``/``id`` lexicons ship; other
            languages get direct quotes without speakers); where it is missing (no column, None, NaN, empty)
            the body decides: Indonesian where it reads as Indonesian, else English.
        language: force one language for every article instead of the ``language`` column.
        workers: processes that extract quotes (fork; not on Windows); default 1. ``None``: one per
            core (at most 4) for 5,000 or more articles. Opt-in because the gain needs idle cores: on
            the shared 2-core test machine (load ~3) two workers were slower (115 s against 92 s wall
            for 100k articles). The result is identical and in the same order either way.
        documents: keep attributions to documents and data sets (default, PolNeAR's convention). ``False`` drops
            an English quote whose cue is a finding verb with a document or data subject ("a poll suggested that",
            "the survey found", "research shows", "the report concluded") or "according to" data ("according to
            LSEG data", "according to the study"), as the BBC gold counts only speech and writing; the other rows
            and their ``quote_id`` values are unchanged.

    Returns:
        The quotes table: ``article_id``, ``quote_id`` (``<article_id>#<n>``), ``kind`` (direct |
        indirect | mixed), ``quote`` (the words quoted; parts of a split quote joined by `` … ``),
        ``start``, ``end`` (offsets into ``body``: ``body[start:end]`` is the quote, for a split quote
        the whole span including the cue), ``speaker`` (as written: a name, role, pronoun or clitic
        cue), ``speaker_name`` (canonical: resolved through pronouns, clitics, roles and surnames;
        titles stripped), ``speaker_role``, ``cue``, ``sentence``. Sorted by article, then start.

    Bad input never stops the run: an empty, blank, None or NaN body has no quotes; a body that is not text
    (bytes, a number) or an article the rules fail on is skipped with a ``RuntimeWarning`` naming it; repeated
    ``article_id`` values are kept with a ``RuntimeWarning`` (their ``quote_id`` values repeat); unpaired
    surrogates show as U+FFFD (with a ``RuntimeWarning``). HTML tags, comments, ``[caption]`` shortcodes and
    character entities left in a body, tabs and other Unicode spaces are read as white space of the same length
    (entities of quotation marks as the marks); control characters and unclosed quotation marks as text. Offsets
    always index ``body``. Time is linear in the length of an article (a "sentence" over 3,000 characters, as in
    text without punctuation, is read in pieces).
    """
    require_columns(articles, ["article_id", "body"])
    has_lang = "language" in articles.columns
    ids = articles["article_id"].tolist()
    if len(ids) > 1 and (dup := articles["article_id"].duplicated()).any():
        # s17robust: the quote ids (<article_id>#<n>) would repeat; the rows are kept, the table says which ids
        first = articles["article_id"][dup].drop_duplicates().head(5).tolist()
        warnings.warn(f"extract_quotes: {int(dup.sum())} article(s) repeat an article_id (e.g. {first}): their "
                      "quote_id values repeat too; give every article its own id", RuntimeWarning, stacklevel=2)
    payload = (ids, articles["body"].tolist(), articles["language"].tolist() if has_lang else [None] * len(ids), language)
    n_workers = worker_count(workers, len(ids))
    if n_workers > 1:
        cols = _new_columns()
        failed: list[str] = []
        for part_cols, part_failed in map_row_ranges(_rows_chunk, payload, len(ids), workers=n_workers):
            for c, values in part_cols.items():
                cols[c].extend(values)
            failed.extend(part_failed)
    else:
        cols, failed = _rows_chunk(payload, 0, len(ids))
    if failed:
        warnings.warn(f"extract_quotes skipped {len(failed)} article(s) it could not read: {'; '.join(failed[:10])}",
                      RuntimeWarning, stacklevel=2)
    if not cols["article_id"]:
        return empty_table(QUOTE_COLUMNS)
    try:
        out = pd.DataFrame(cols, columns=list(QUOTE_COLUMNS))
    except UnicodeEncodeError:
        # s17robust: a body holding unpaired surrogates (bytes decoded with "surrogateescape") cannot go into a
        # string column: those characters are shown as U+FFFD (one for one; offsets still index the body)
        for c in ("quote", "speaker", "speaker_name", "speaker_role", "cue", "sentence"):
            cols[c] = [_SURROGATE_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in cols[c]]
        warnings.warn("extract_quotes: some article text holds unpaired surrogates (undecodable bytes); the quotes "
                      "table shows them as U+FFFD", RuntimeWarning, stacklevel=2)
        out = pd.DataFrame(cols, columns=list(QUOTE_COLUMNS))
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    if not documents:  # s18instr: the BBC gold's convention (see the docstring)
        keep = [not _finding_of_document(str(c or ""), str(t or ""), str(q or ""))
                for c, t, q in zip(out["cue"], out["sentence"], out["quote"], strict=True)]
        out = out[keep].reset_index(drop=True)
    return out


# ---- actors ------------------------------------------------------------------------------------
ALIAS_COLUMNS: tuple[str, ...] = ("variant", "actor", "actor_type")
#: (s20actors) The ``actor_type`` of a speaker that is a common noun, not a name ("analysts", "the report", "police").
UNNAMED_ACTOR = "unnamed"
#: (s20actors) A speaker name ending in the plural of initials ("MPs", "Labour MPs", "ISPs").
_PLURAL_INITIALS_RE = re.compile(r"(?:^|\s)[A-Z]{2,}s$")


def _actor_key(name: str, language: str) -> str:
    lex = _lexicon(language)
    words = [w for w in str(name).replace(".", " ").split() if w]
    _, rest = _split_title(words, lex)
    rest = rest or words
    # middle initials do not tell names apart: "Donald J. Trump" = "Donald Trump"
    core = [w for w in rest if len(w) > 1 or len(rest) == 1]
    return fold(" ".join(core or rest))


def read_aliases(aliases: pd.DataFrame | str | Path | None) -> pd.DataFrame | None:
    """An alias table (DataFrame or CSV path) checked for ``variant`` and ``actor`` columns.

    Columns: ``variant`` (a name as it appears in ``speaker_name``), ``actor`` (the canonical name to
    use), optional ``actor_type`` (government, military, civil society, expert, ...). Case, diacritics
    and titles are ignored when matching variants.
    """
    if aliases is None:
        return None
    if isinstance(aliases, pd.DataFrame):
        table = aliases.copy()
    else:
        path = Path(aliases)
        if not path.is_file():
            raise FileNotFoundError(f"alias table not found: {path} (a CSV with columns variant, actor[, actor_type])")
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(table, ["variant", "actor"], table="aliases")
    if "actor_type" not in table.columns:
        table["actor_type"] = ""
    return table.fillna("")


@lru_cache(maxsize=1)
def _front_words() -> frozenset[str]:
    """Folded role, title, organisation, place and opener words of every shipped language."""
    out: set[str] = set()
    for lang in QUOTE_LANGUAGES:
        lex = _lexicon(lang)
        out |= lex.roles | lex.org_words | lex.places | lex.not_speakers | {w for t in lex.titles for w in t}
    return frozenset(fold(w) for w in out)


@lru_cache(maxsize=1)
def _role_lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded (honorifics, clause words, role-opening words) of every shipped language."""
    honor: set[str] = set()
    clause: set[str] = set()
    start: set[str] = set()
    for lang in QUOTE_LANGUAGES:
        lex = _lexicon(lang)
        honor |= {fold(w) for w in load_list_or_empty("honorifics", lang)}
        clause |= {fold(w) for w in load_list_or_empty("not_role_words", lang)}
        start |= {fold(w) for w in lex.roles | lex.org_words | lex.title_first | lex.determiners}
        start |= {fold(w) for t in lex.titles for w in t}
    return frozenset(honor), frozenset(clause), frozenset(start - honor)


#: English words that end no role: a phrase cut before a name ("A spokesman for the", "Tony Blair and") (s17spk).
_ROLE_CUT_ENDS = frozenset({"and", "or", "from", "of", "to", "at", "for", "with", "in", "by", "the", "a", "an", "on"})
_ROLE_EDGE_RE = re.compile(r"^[\s,;:()\-–—]+|[\s,;:(\-–—]+$")
#: A role's relative clause in any language (roles of a corpus mix languages; lower case, so never "Mr Yang").
_ANY_RELATIVE_SPLIT_RE = re.compile(r"\s(?:who|whose|which|yang)\s")


@lru_cache(maxsize=1)
def _role_openers_not() -> frozenset[str]:
    """(s20actors) English function words (lexicon ``function_words``) that open no role: prepositions, conjunctions,
    pronouns ("In", "As", "But", "It"); a role's determiners ("the", "his") are among the role-opening words."""
    return frozenset(fold(w) for w in load_list_or_empty("function_words", "en"))


@lru_cache(maxsize=100_000)
def _clean_role(role: str, name: str = "", variants: str = "") -> str:
    """A role as a noun phrase, or "" when it is noise (see :func:`actors`).

    Cut at a relative clause (``yang``/``who``/``which``) and at a parenthesis never closed; drop the
    actor's own name words left at the end ("Kapolres Tasikmalaya Kota AKBP Moch" -> "Kapolres
    Tasikmalaya Kota AKBP"), leading honorifics ("Pak"), the name's initials ("AHY"); "" unless the
    phrase starts with a capitalised word or a role/title/organisation word from the lexicons and holds
    no clause word ("ditemui", "akan dihimpun ...", "ingat kamu ...").
    """
    honor, clause, start = _role_lexicon()
    s = _ANY_RELATIVE_SPLIT_RE.split(" " + str(role).strip() + " ", maxsplit=1)[0]
    if s.count("(") > s.count(")"):
        s = s[:s.rfind("(")]
    s = _ROLE_EDGE_RE.sub("", normalize_space(s))
    words = s.split()
    name_words = {fold(w) for w in f"{name} {variants}".replace(".", " ").split()}
    while words and fold(words[-1].rstrip(".,")) in name_words:
        words.pop()
    while words and fold(words[0].rstrip(".")) in honor:
        words = words[1:]
    while len(words) > 1 and (fold(words[-1].rstrip(".")) in honor or words[-1].rstrip(".") in ("Dr", "Prof")):
        words.pop()  # (s17spk) "Labour's Mr", "London mayor Mr": the honorific of the name cut off
    if len(words) == 1 and words[0].rstrip(".") in ("Dr", "Prof"):
        return ""  # (s20actors) a lone academic title is no role ("Dr" of Dr Liam Fox)
    if words and words[-1].lower() in _ROLE_CUT_ENDS:
        return ""  # (s17spk) "A spokesman for the", "Bush and": a phrase cut before a name, no role
    if words and words[-1][-2:] in ("'s", "’s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]  # (s17spk) "Labour's", "The BBC's": the body the person is of
    for k in (3, 2, 1):  # an office written twice: "Ketua Unit Ketua Unit Komunikasi Publik"
        if len(words) >= 2 * k and [fold(w) for w in words[:k]] == [fold(w) for w in words[k:2 * k]]:
            words = words[k:]
            break
    if not words:
        return ""
    folded = [fold(w.strip(".,()")) for w in words]
    if not (_is_cap(words[0]) or folded[0] in start):
        return ""
    if folded[0] in _role_openers_not() and folded[0] not in start:
        return ""  # (s20actors) a clause or phrase cut out of a sentence: "In Mr Peston's book", "As chairman he"
    if any(w in clause for w in folded):
        return ""
    initials = "".join(w[0] for w in name.split() if w).upper()
    if len(words) == 1 and len(initials) >= 2 and words[0].strip(".").upper() == initials:
        return ""
    return " ".join(words)


#: Lower-case particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset({"bin", "binti", "al", "el", "van", "von", "der", "den", "de", "da", "di", "del", "la",
                             "le", "du", "dos", "das", "ibn", "bint"})


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Folded words that never belong to a person actor's display name: role, title, organisation, place
    and opener words (:func:`_front_words`) and party or affiliation words (``affiliations`` lists)."""
    extra = {fold(w) for lang in QUOTE_LANGUAGES for w in load_list_or_empty("affiliations", lang)}
    return _front_words() | frozenset(extra)


@lru_cache(maxsize=4096)
def _clean_name(name: str) -> bool:
    """Whether a speaker name as written reads as a person's name alone: every word capitalised (or a name
    particle), no abbreviation with a full stop longer than an initial ("Ps."), no role, organisation,
    place or party word."""
    words = name.split()
    if not words:
        return False
    noise = _not_name_words()
    for w in words:
        if w in _NAME_PARTICLES:
            continue
        if not w[:1].isupper() or w.endswith(".") and len(w) > 2 or fold(w.rstrip(".")) in noise:
            return False
    return True


#: (s20actors) Words joining two actors in one speaker name ("Tony Blair and Ruth Kelly", "Polri dan TNI").
_ACTOR_COORDINATORS = frozenset({"and", "&", "or", "dan", "atau", "serta"})
def _merge_short_names(keys: list[str], q: pd.DataFrame, langs: pd.Series, frontish: frozenset[str],
                       language: str) -> list[str]:
    """Corpus-level merge of a shorter name into the one longer name it stands for.

    A name ("obama", "sri mulyani", "prabowo") merges into the only longer actor name that contains its
    words in order ("barack obama", "sri mulyani indrawati", "prabowo subianto"). Longer names whose
    other words are all role, organisation or place words ("pemerintahan prabowo") are not candidates.
    When a one-word name still fits several people ("prabowo": "prabowo subianto", "listyo sigit
    prabowo"), it merges only when exactly one of them is, in the corpus's own quotes, most often called
    by that word as written (the speaker "Prabowo" resolved to "Prabowo Subianto" inside an article that
    gives the full name; "Listyo Sigit Prabowo" is mostly "Sigit"). Otherwise (two "Budi ..." called
    "Budi") it stays separate.
    """
    uniq = sorted({k for k in keys if k})
    # (s20actors) "tony blair and ruth kelly" names two actors: neither name is a short form of it, and a name that is
    # a whole side of one ("both the imf and world bank") is used on its own: no short form of a longer name
    # ("World Bank report")
    multi = [k.split() for k in uniq if len(k.split()) >= 2 and not _ACTOR_COORDINATORS.intersection(k.split())]
    sides: set[str] = set()
    for k in uniq:
        if _ACTOR_COORDINATORS.intersection(k.split()):
            for side in re.split(r"\s(?:and|&|or|dan|atau|serta)\s", f" {k} "):
                side = side.split()
                while side and side[0] in ("both", "the", "either", "neither"):
                    side = side[1:]
                sides.add(" ".join(side))
    # the one-word forms writers use for each full name: speaker as written -> canonical name
    forms: dict[str, dict[str, int]] = {}
    if "speaker" in q.columns:
        for k, sp, lg in zip(keys, q["speaker"].fillna("").astype(str), langs, strict=True):
            if not k or " " not in k or not sp.strip():
                continue
            sk = _actor_key(sp, _language_of(lg) if isinstance(lg, str) else language)
            if sk and " " not in sk and sk in k.split():
                forms.setdefault(k, {}).setdefault(sk, 0)
                forms[k][sk] += 1
    # English one-word names and the number of articles quoting each name (s17spk)
    en_first = {k for k, lg in zip(keys, langs, strict=True) if k and " " not in k and (
        _language_of(lg) if isinstance(lg, str) else language) == "en"}
    n_art: dict[str, int] = {}
    docs = _document_sources_en()
    given = _en_words("given_names_male") | _en_words("given_names_female")
    noise = _not_name_words()
    parties = set(_party_keys_en().values())
    if en_first:
        for k, n in pd.Series(q["article_id"].to_numpy()).groupby(pd.Series(keys)).nunique().items():
            n_art[str(k)] = int(n)
    remap: dict[str, str] = {}

    def final(k: str) -> str:  # follow a chain: "obama" -> "barack obama" -> "year barack obama"
        for _ in range(len(remap)):
            if k not in remap:
                break
            k = remap[k]
        return k

    def form_counts(cand: str) -> dict[str, int]:  # the one-word forms of cand (and of names merged into it)
        counts: dict[str, int] = {}
        for k, c in forms.items():
            if final(k) == cand:
                for w, n in c.items():
                    counts[w] = counts.get(w, 0) + n
        return counts

    def prefers(cand: str, word: str) -> bool:  # the corpus mostly calls cand (or a name merged into it) word
        counts = form_counts(cand)
        return bool(counts) and counts.get(word, 0) == max(counts.values())

    def uses_of(cand: str, word: str) -> int:
        return form_counts(cand).get(word, 0)

    # longest first, so a one-word name sees the longer names already merged into one another
    for k in sorted(uniq, key=lambda x: (-len(x.split()), x)):
        parts = k.split()
        hits = [m for m in multi if len(m) > len(parts)
                and any(m[i:i + len(parts)] == parts for i in range(len(m) - len(parts) + 1))] if k not in sides else []
        if len(parts) > 1:
            # (s20actors) a name after "of", "for", "at" ... in a longer one is what that body is of: "prime minister" is
            # not the "office of the deputy prime minister"
            hits = [m for m in hits if not any(m[i:i + len(parts)] == parts and _NAME_OF_WORDS.intersection(m[:i])
                                               for i in range(1, len(m) - len(parts) + 1))]
        # a longer "name" made of a person's name plus role/organisation/place words is not that person
        # ("pemerintahan prabowo"); a role or organisation word itself ("hakim") may still merge
        if len(parts) == 1 and parts[0] not in frontish:
            hits = [m for m in hits if not all(w in frontish for w in m if w not in parts)]
        if len(parts) == 1 and k in en_first and (k in parties or any(
                m[i - 1] in _NAME_OF_WORDS for m in hits for i in range(1, len(m)) if m[i] == k)):
            # (s20actors) English: a party's canonical name is no short form ("Democrats", "Liberal Democrats"); nor
            # is a word that some name is of or for ("Sport": "Court of Arbitration for Sport"): no merge
            hits = []
        if len(parts) == 1 and k in en_first and parts[0] not in noise and any(
                m[-1] == parts[0] and not any(w in noise or w in _ORG_NAME_JOINERS_EN for w in m[:-1])
                and (parts[0] in given or uses_of(final(" ".join(m)), parts[0]))
                and n_art.get(" ".join(m), 0) >= n_art.get(k, 0) for m in hits):
            # (s20actors) English: a word that ends a person's name the corpus calls by it, quoted in as many articles
            # as the word alone, is a surname ("Howard": "Michael Howard", 54 articles against 2); the names it opens
            # ("Howard Stern") are other people, no sign of an organisation ("Nielsen" in 4 articles, "Jakob
            # Nielsen" in 1, stays apart; "Democrats" is no name of the "Liberal Democrats")
            hits = [m for m in hits if m[0] != parts[0]]
        if len(parts) == 1 and k in en_first:
            # (s17spk) English: a one-word name is no short form of a longer name it opens when it is a place or
            # nationality ("China" / "China Daily", "Swiss" / "Swiss Re"), the longer one is a phrase ("Conservatives
            # in parliament"), or the one word is quoted in more articles than the longer name ("Apple" in 9,
            # "Apple Developer Connection" in 1): an organisation and its part, not a surname and its person
            # (the one word then names a body of its own: no merge at all, not into another longer name left;
            # "FA statement", "TUC report" are the body's own words)
            if any(m[0] == parts[0] and not all(w in docs for w in m[1:]) and (
                    parts[0] in _place_names_en() or parts[0] in _demonyms_en()
                    or any(w in _NAME_OF_WORDS or w in ("and", "on", "by") for w in m[1:])
                    or n_art.get(k, 0) > n_art.get(" ".join(m), 0)) for m in hits):
                hits = []
        cands = sorted({final(" ".join(m)) for m in hits} - {k})
        if len(cands) > 1 and len(parts) == 1:
            cands = [c for c in cands if prefers(c, parts[0])]
            if len(cands) > 1 and k in en_first:
                # (s20actors) English: the person the corpus calls by this surname at least ten times as often as
                # anyone else ("Blair" 127 times Tony Blair, once another): "Mr Blair" in an article that never
                # gives the first name is that person ("Fox": Liam Fox 10, Chris Fox 3 stays apart)
                uses = sorted(((uses_of(c, parts[0]), c) for c in cands), reverse=True)
                if uses[0][0] >= 10 and uses[0][0] >= 10 * uses[1][0]:
                    cands = [uses[0][1]]
        if len(cands) == 1:
            remap[k] = cands[0]

    return [final(k) for k in keys]


@lru_cache(maxsize=1)
def _given_name_forms_en() -> dict[str, tuple[str, ...]]:
    """(s20actors) English short given names -> the full names they stand for (lexicon ``given_name_forms``)."""
    out: dict[str, list[str]] = {}
    for line in load_list_or_empty("given_name_forms", "en"):
        short, _, full = line.partition("\t")
        if short.strip() and full.strip():
            out.setdefault(short.strip().lower(), []).append(full.strip().lower())
    return {k: tuple(v) for k, v in out.items()}


def _given_name_forms(keys: list[str], langs: list[str]) -> list[str]:
    """(s20actors) English: two names of one surname whose given names are a short and a full form of one name
    ("Vince Cable", "Vincent Cable"; lexicon ``given_name_forms``) are one actor, under the name quoted more often;
    a short form that fits two full names of the corpus ("Steve": "Stephen" and "Steven") merges neither."""
    forms = _given_name_forms_en()
    counts: dict[str, int] = {}
    for k, lg in zip(keys, langs, strict=True):
        if k and lg == "en":
            counts[k] = counts.get(k, 0) + 1
    remap: dict[str, str] = {}
    for k in counts:
        parts = k.split()
        if len(parts) >= 2 and parts[0] in forms:
            alts = [" ".join([f, *parts[1:]]) for f in forms[parts[0]]]
            alts = [a for a in alts if a in counts]
            if len(alts) == 1:
                a = alts[0]
                winner, loser = (k, a) if (counts[k], k) > (counts[a], a) else (a, k)
                remap[loser] = winner
    return [remap.get(k, k) if lg == "en" else k for k, lg in zip(keys, langs, strict=True)]


def _article_surnames(keys: list[str], names: list[str], article_ids: list[object], langs: list[str]) -> list[str]:
    """(s20actors) English: a surname alone goes to the one longer name quoted in the same article that ends in it
    ("Mr King" -> "Paul King" where Paul King is quoted; not a name it opens, "King Abdullah"). Two candidates
    ("Venus Williams", "Serena Williams") leave it alone; a coordination ("Tony Blair and Ruth Kelly") or a name led
    by a role, organisation, place or nationality word ("Scottish Labour") is no candidate; a role or organisation
    word ("Government", "King") moves only after an honorific ("Mr King")."""
    longer: dict[object, set[str]] = {}
    for k, n, a, lg in zip(keys, names, article_ids, langs, strict=True):
        # a name as written, every word capitalised ("Liz Yelling", "Paul King"; not "World Bank report")
        if k and " " in k and lg == "en" and all(w[:1].isupper() or w in _NAME_PARTICLES for w in n.split()):
            longer.setdefault(a, set()).add(k)
    out = list(keys)
    frontish = _front_words()
    for i, (k, n, a) in enumerate(zip(keys, names, article_ids, strict=True)):
        if not k or " " in k or a not in longer or not n[:1].isupper() or k in frontish and len(n.split()) < 2:
            continue
        cands = [m for m in longer[a] if not _ACTOR_COORDINATORS.intersection(m.split()) and m.split()[-1] == k
                 and m.split()[0] not in frontish and m.split()[0] not in _demonyms_en()]
        if len(cands) == 1:
            out[i] = cands[0]
    return out


@lru_cache(maxsize=1)
def _party_keys_en() -> dict[str, str]:
    """(s20actors) English political parties as written, folded -> the folded canonical name (lexicon
    ``political_parties``: "tories" -> "conservatives", "lib dems" -> "liberal democrats")."""
    table, _ = _party_names_en()
    return {fold(w): fold(c) for w, c in table.items()}


#: (s20actors) Words an organisation's initials skip ("Office for National Statistics" = ONS).
_INITIALS_SKIP = frozenset({"of", "for", "and", "the", "&", "on", "in", "at", "dan", "untuk"})


def _initials(name: str) -> str:
    """(s20actors) The initials of a name capitalised but for its joiners ("Office for National Statistics" ->
    "ONS"), or "" when a word is lower case or there are fewer than two."""
    words = [w for w in name.split() if w.lower() not in _INITIALS_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words).upper()


def _initials_in(names: tuple[str, ...]) -> frozenset[str]:
    """(s20actors) The initials of every name in ``names`` (see :func:`_initials`)."""
    return frozenset(i for i in map(_initials, names) if i)


def _party_and_acronym_keys(keys: list[str], names: list[str], article_ids: list[object], langs: list[str],
                            bodies: dict[object, str]) -> list[str]:
    """(s20actors) An English party's other names go to its canonical name ("Tories", "Conservative Party" ->
    "Conservatives"); a name written in capitals (2-6 letters) goes to the one organisation of the corpus with those
    initials that the article names too (quoted, or written in its body where ``bodies`` has it: "EU" -> "European
    Union"; "RSA" is a security firm in one article, the Regent Street Association in another; "FT" the Financial
    Times or France Telecom). A person's name ("Gerry Ellis") is no candidate."""
    parties = _party_keys_en()
    given = _en_words("given_names_male") | _en_words("given_names_female")
    by_initials: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    quoted: set[tuple[object, str]] = set()
    for k, n, a in zip(keys, names, article_ids, strict=True):
        parts = k.split()
        # a name capitalised but for its joiners ("Office for National Statistics"), not a phrase or a person
        if len(parts) >= 2 and not _ACTOR_COORDINATORS.intersection(parts) and parts[0] not in given and all(
                w[:1].isupper() for w in n.split() if w.lower() not in _INITIALS_SKIP):
            letters = "".join(w[0] for w in parts if w not in _INITIALS_SKIP)
            if 2 <= len(letters) <= 6:
                by_initials.setdefault(letters, set()).add(k)
                written.setdefault(k, n)
                quoted.add((a, k))
    out = list(keys)
    for i, (k, n, a, lg) in enumerate(zip(keys, names, article_ids, langs, strict=True)):
        if not k:
            continue
        if lg == "en" and k in parties:
            out[i] = parties[k]
        elif " " not in k and 2 <= len(n) <= 6 and n.isupper() and n.isalpha():
            # the organisations with these initials that the article names ("FT": the Financial Times where the
            # article names it, France Telecom where it names that)
            hits = [h for h in sorted(by_initials.get(k, ())) if (a, h) in quoted or written[h] in bodies.get(a, "")]
            if len(hits) == 1:
                out[i] = hits[0]
    return out


@dask_collects(exclude=("body", "title"))
def quote_actors(
    quotes: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    aliases: pd.DataFrame | str | Path | None = None,
    language: str = "en",
) -> pd.DataFrame:
    """The quotes table with each quote's canonical actor: a copy with ``actor`` and ``actor_type``.

    Speaker names are merged across case, diacritics (``Erdogan`` / ``Erdoğan``) and titles
    (``Presiden``, ``Dr.``, ``Mr``); a shorter name merges into the only longer person name in the
    corpus that contains it (see :func:`_merge_short_names`: ``Prabowo`` -> ``Prabowo Subianto``, two
    ``Budi ...`` keep ``Budi`` apart); the alias table merges and labels further and wins over the
    corpus-level merge. Quotes without a speaker get ``actor`` "". A speaker that is a common noun, not a name
    (written in lower case somewhere and never with a capital inside a word: "analysts", "the report", "police")
    gets ``actor_type`` ``"unnamed"`` (:data:`UNNAMED_ACTOR`) unless the alias table gives it a type. Initials
    ("EU") go to the organisation the article names (quoted, or in ``body`` when the articles table carries it; a
    dask table is collected without ``body``, so there only a quoted organisation counts).
    Article metadata (``outlet``, ``date``, ``language`` and any other column) are joined when
    ``articles`` is given.

    Args:
        quotes: quotes table (``article_id``, ``speaker_name``).
        articles: articles table (``article_id`` and metadata), optional.
        aliases: alias table or CSV path (see :func:`read_aliases`).
        language: lexicon for titles when ``articles`` has no ``language`` column.
    """
    require_columns(quotes, ["article_id", "speaker_name"], table="quotes")
    alias = read_aliases(aliases)
    q = quotes.copy()
    if articles is not None:
        require_columns(articles, ["article_id"])
        extra = [c for c in articles.columns if c not in q.columns and c not in ("body", "title")]
        q = q.merge(articles[["article_id", *extra]].drop_duplicates("article_id"), on="article_id", how="left")
    names = q["speaker_name"].fillna("").astype(str).str.strip()
    langs = q["language"] if "language" in q.columns else pd.Series([language] * len(q), index=q.index)
    lang_codes = [_language_of(lg) if isinstance(lg, str) else language for lg in langs]
    keys = [(_actor_key(n, lg) if n else "") for n, lg in zip(names, lang_codes, strict=True)]
    first_keys = list(keys)
    bodies = dict(zip(articles["article_id"], articles["body"].fillna("").astype(str), strict=True)) if (
        articles is not None and "body" in articles.columns) else {}
    keys = _party_and_acronym_keys(keys, names.tolist(), q["article_id"].tolist(), lang_codes, bodies)
    keys = _article_surnames(keys, names.tolist(), q["article_id"].tolist(), lang_codes)
    uniq = sorted({k for k in keys if k})
    present = set(uniq)
    remap: dict[str, str] = {}
    # a role, organisation or place word left in front of a name ("kesehatan lily kresnowati") -> the
    # name alone when it occurs; a first name is never dropped ("purbaya yudhi sadewa" stays)
    frontish = _front_words()
    given = _en_words("given_names_male") | _en_words("given_names_female")
    en_keys = {k for k, lg in zip(keys, lang_codes, strict=True) if k and lg == "en"}
    for k in uniq:
        parts = k.split()
        for i in range(1, len(parts) - 1):
            tail = " ".join(parts[i:])
            # (s20actors: not across "of"/"for"/"the": "office of the deputy prime minister" is no "prime minister")
            if tail in present and all(w in frontish for w in parts[:i]) and not _NAME_OF_WORDS.intersection(parts[:i]):
                remap[k] = tail
                break
        else:
            # (s20actors) English: one capitalised word before a given name and surname quoted elsewhere is a
            # description that opened the sentence ("Backbencher Stephen Pound", "Defiant Matt Williams"), not
            # part of the name
            if (k in en_keys and len(parts) >= 3 and parts[1] in given and parts[0] not in given
                    and parts[0] not in _NAME_PARTICLES and " ".join(parts[1:]) in present):
                remap[k] = " ".join(parts[1:])
    keys = [remap.get(k, k) for k in keys]
    keys = _given_name_forms(keys, lang_codes)
    before_merge = list(keys)
    keys = _merge_short_names(keys, q, langs, frontish, language)
    label: dict[str, str] = {}
    types: dict[str, str] = {}
    if alias is not None:
        var_to: dict[str, str] = {}
        for v, act, typ in zip(alias["variant"], alias["actor"], alias["actor_type"], strict=True):
            akey = _actor_key(str(act), language)
            var_to[_actor_key(str(v), language)] = akey
            var_to[akey] = akey
            label[akey] = str(act)
            if str(typ).strip():
                types[akey] = str(typ).strip()
        listed = dict(var_to)
        # a one-word variant ("Erdogan") also labels the only full name that contains it
        present = sorted({k for k in keys if k})
        for vkey, akey in list(var_to.items()):
            if len(vkey.split()) == 1 and vkey not in present:
                hits = [k for k in present if vkey in k.split()]
                if len(hits) == 1:
                    var_to.setdefault(hits[0], akey)
        # the alias table wins over the corpus-level merge: a name it lists goes where it says
        keys = [listed[b] if b in listed else var_to.get(k, k) for b, k in zip(before_merge, keys, strict=True)]
    # display name per key: the alias label, else the longest, most frequent variant
    variants: dict[str, dict[str, int]] = {}
    for k, k0, n in zip(keys, first_keys, names, strict=True):
        if k:
            variants.setdefault(k, {}).setdefault(n, 0)
            # a variant that is itself the canonical form counts far more for the display name
            variants[k][n] += 1000 if k0 == k else 1
    # (a variant that reads as a clean name comes first: "Tony Blair", not "Ps. Tony Blair" or "Liberal
    # Democrat leader Charles Kennedy avoided"; diacritics carry the correct spelling: "Erdoğan" is
    # preferred over "Erdogan")
    # (s20actors: initials are no clean name when the full name they stand for is there: "European Union", not "EU")
    display = {k: label.get(k) or sorted(v, key=lambda n, v=v: (not _clean_name(n) or n in _initials_in(tuple(v)),
                                                                -(v[n] // 1000),
                                                                -sum(ord(c) > 127 for c in n),
                                                                -v[n], -len(n.split()), n))[0]
               for k, v in variants.items()}
    if "speaker" in q.columns:
        _peer_display(display, keys, q["speaker"].fillna("").astype(str).tolist(), label)
    # (s20actors) a speaker the text writes in lower case somewhere and never with a capital inside a word
    # ("analysts" / "Analysts", "report", "lord chancellor") is a common noun, no named actor: actor_type "unnamed"
    # unless the alias table gives it a type ("Home Office", "MPs", "eBay" keep "")
    # ("MPs", "Labour MPs", "ISPs": the plural of initials is a common noun too)
    for k, v in variants.items():
        if k not in types and (any(n == n.lower() and n != n.upper() for n in v) and all(
                n[1:] == n[1:].lower() for n in v) or all(_PLURAL_INITIALS_RE.search(n) for n in v)):
            types[k] = UNNAMED_ACTOR
    q["actor"] = [display.get(k, "") for k in keys]
    q["actor_type"] = [types.get(k, "") for k in keys]
    return q


def _peer_display(display: dict[str, str], keys: list[str], speakers: list[str], label: dict[str, str]) -> None:
    """(s20actors) A peer quoted under the surname alone is shown with the title the text names them by: "Falconer"
    -> "Lord Falconer" when at least half of the speakers as written that hold the name put a peer's title before it
    (lexicon ``peer_titles``); ``display`` is updated in place (alias labels are left alone)."""
    one = {k for k, d in display.items() if " " not in d and k not in label}
    if not one:
        return
    titles = _en_words("peer_titles")
    seen: dict[str, dict[str, int]] = {}
    for k, sp in zip(keys, speakers, strict=True):
        if k in one and (name := display[k]) in sp:
            words = sp.split()
            c = seen.setdefault(k, {"": 0})
            c[""] += 1
            for i in range(1, len(words)):
                if words[i] == name and words[i - 1].lower() in titles:
                    c[words[i - 1]] = c.get(words[i - 1], 0) + 1
                    break
    for k, c in seen.items():
        best = max((t for t in c if t), key=lambda t: (c[t], t), default="")
        if best and 2 * c[best] >= c[""]:
            display[k] = f"{best} {display[k]}"


@dask_collects(exclude=("body", "title"))
def actors(
    quotes: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    aliases: pd.DataFrame | str | Path | None = None,
    language: str = "en",
) -> pd.DataFrame:
    """One row per canonical actor across the corpus.

    Names are merged as in :func:`quote_actors` (case, diacritics, titles, surnames, one-word names
    merged across the corpus, alias table). Roles are kept only when they read as a noun phrase: cut at
    a relative clause (``yang``/``who``) and an unclosed parenthesis, without the actor's own name words,
    a trailing rank or a lone honorific (``Pak``, ``Mr``; lexicon ``honorifics``), starting with a
    capitalised or role/title word and holding no clause word (lexicon ``not_role_words``: ``ditemui``,
    ``akan``); case-insensitive duplicates are merged.

    Args:
        quotes: quotes table (``article_id``, ``kind``, ``speaker_name``, ``speaker_role``).
        articles: articles table, for ``outlet`` and ``date`` (optional).
        aliases: alias table or CSV path with ``variant``, ``actor`` and optionally ``actor_type``.
        language: lexicon for the titles to strip when ``articles`` has no ``language`` column.

    Returns:
        ``actor``, ``actor_type`` (from the alias table; ``"unnamed"`` for a common noun such as "analysts", see
        :func:`quote_actors`), ``roles`` (``; ``-joined, most frequent first), ``variants``,
        ``n_quotes``, ``n_direct``, ``n_indirect`` (indirect and mixed), ``n_articles``, ``outlets``,
        ``first_date``, ``last_date``; sorted by ``n_quotes`` descending, then actor.
    """
    require_columns(quotes, ["article_id", "kind", "speaker_name", "speaker_role"], table="quotes")
    q = quote_actors(quotes, articles, aliases=aliases, language=language)
    q = q[q["actor"] != ""]
    if q.empty:
        return empty_table(ACTOR_COLUMNS)
    rows = []
    for actor, g in q.groupby("actor", sort=True):
        variants = sorted(set(g["speaker_name"].astype(str)))
        # roles cleaned to noun phrases (see _clean_role), merged case- and diacritics-insensitively; each
        # shown as its most frequent spelling, most frequent role first
        seen: dict[str, dict[str, int]] = {}
        for r in g["speaker_role"].fillna("").astype(str):
            r = _clean_role(r, str(actor), " ".join(variants))
            if r:
                seen.setdefault(fold(r), {}).setdefault(r, 0)
                seen[fold(r)][r] += 1
        ranked = sorted(seen.values(), key=lambda v: (-sum(v.values()), sorted(v, key=lambda x: (-v[x], x))[0]))
        roles = [sorted(v, key=lambda x: (-v[x], x))[0] for v in ranked]
        dates = pd.to_datetime(g["date"], errors="coerce") if "date" in g.columns else pd.Series(dtype="datetime64[ns]")
        outlets = sorted({str(o) for o in g["outlet"].dropna()}) if "outlet" in g.columns else []
        rows.append(
            {
                "actor": actor,
                "actor_type": next((t for t in g["actor_type"] if t), ""),
                "roles": "; ".join(roles[:5]),
                "variants": "; ".join(variants),
                "n_quotes": len(g),
                "n_direct": int((g["kind"] == "direct").sum()),
                "n_indirect": int((g["kind"] != "direct").sum()),
                "n_articles": int(g["article_id"].nunique()),
                "outlets": "; ".join(outlets),
                "first_date": dates.min() if len(dates) else pd.NaT,
                "last_date": dates.max() if len(dates) else pd.NaT,
            }
        )
    out = pd.DataFrame(rows, columns=list(ACTOR_COLUMNS))
    return out.sort_values(["n_quotes", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


@dask_collects(("article_id",), options=("group",))
def actor_counts_by(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    group: str = "outlet",
    top: int = 20,
    aliases: pd.DataFrame | str | Path | None = None,
) -> pd.DataFrame:
    """Quotes per actor and group (an actor x group table for a heatmap).

    Args:
        quotes: quotes table. articles: articles table with the ``group`` column.
        group: articles column to split by (``outlet``, ``topic``, ...).
        top: keep the ``top`` most-quoted actors.
        aliases: alias table or CSV path.

    Returns:
        A wide table: index ``actor`` (most quoted first), one column per group value (sorted), counts.
    """
    require_columns(articles, ["article_id"])
    if group not in articles.columns:
        warnings.warn(f"actor_counts_by: the articles table has no column {group!r}; columns: {list(articles.columns)}",
                      UserWarning, stacklevel=2)
        return pd.DataFrame(index=pd.Index([], name="actor"))
    q = quote_actors(quotes, articles[["article_id", group]] if group != "article_id" else articles[["article_id"]],
                     aliases=aliases)
    q = q[q["actor"] != ""]
    if q.empty:
        return pd.DataFrame(index=pd.Index([], name="actor"))
    q[group] = q[group].fillna("(none)").astype(str)
    order = q["actor"].value_counts()
    order = order.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    keep = list(order.index[:top])
    table = pd.crosstab(q["actor"], q[group]).reindex(index=keep).fillna(0).astype(int)
    table = table.reindex(columns=sorted(table.columns))
    table.index.name = "actor"
    return table


@dask_collects(exclude=("body", "title"))
def quote_shares(
    quotes: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    by: str = "actor_type",
    aliases: pd.DataFrame | str | Path | None = None,
    top: int = 12,
) -> pd.DataFrame:
    """Share of quotes by actor type (from the alias table), role or kind.

    Args:
        quotes: quotes table. articles: articles table (optional, for metadata columns).
        by: ``actor_type``, ``speaker_role`` (cleaned as in :func:`actors`), ``kind`` or any column of the
            joined table; ``auto``: ``actor_type`` when the alias table labels actors, else ``speaker_role``.
        aliases: alias table or CSV path (gives ``actor_type``; without it every actor is "unlabelled").
        top: keep the ``top`` largest values, the rest summed as "other".

    Returns:
        ``value``, ``n_quotes``, ``share`` (0-1), largest first; quotes without a value count as
        "(unknown)".
    """
    q = quote_actors(quotes, articles, aliases=aliases)
    if by == "auto":  # (s20actors: "unnamed" alone is no label from the alias table)
        by = "actor_type" if (~q["actor_type"].isin(["", UNNAMED_ACTOR])).any() else "speaker_role"
    if by not in q.columns:
        raise ValueError(f"quote_shares: no column {by!r}; choose one of {sorted(q.columns)}")
    vals = q[by].fillna("").astype(str).str.strip()
    if by == "speaker_role":  # the same role cleaning as actors(): noun phrases only
        vals = pd.Series([_clean_role(r, a) for r, a in zip(vals, q["actor"].astype(str), strict=True)],
                         index=q.index, dtype=object)
    if by == "actor_type":
        vals = vals.where(vals != "", "unlabelled")
    vals = vals.where(vals != "", "(unknown)")
    counts = vals.value_counts()
    counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    if len(counts) > top:
        counts = pd.concat([counts.iloc[:top], pd.Series({"other": counts.iloc[top:].sum()})])
    total = counts.sum()
    out = pd.DataFrame({"value": counts.index.astype(str), "n_quotes": counts.to_numpy(dtype="int64")})
    out["share"] = out["n_quotes"] / total if total else 0.0
    return out


@dask_collects(("article_id", "date"))
def quotes_over_time(quotes: pd.DataFrame, articles: pd.DataFrame, *, freq: str = "MS") -> pd.DataFrame:
    """Quotes per period and kind.

    Args:
        quotes: quotes table. articles: articles table with ``date``.
        freq: pandas period start frequency (``D``, ``W-MON``, ``MS``, ``YS``).

    Returns:
        Wide table: index ``period`` (timestamps), columns ``direct``, ``indirect``, ``mixed``;
        empty when no quote has a date.
    """
    require_columns(quotes, ["article_id", "kind"], table="quotes")
    require_columns(articles, ["article_id", "date"])
    dates = articles[["article_id", "date"]].drop_duplicates("article_id")
    q = quotes[["article_id", "kind"]].merge(dates, on="article_id", how="left")
    q["date"] = pd.to_datetime(q["date"], errors="coerce")
    q = q.dropna(subset=["date"])
    cols = ["direct", "indirect", "mixed"]
    if q.empty:
        return pd.DataFrame(columns=cols, index=pd.DatetimeIndex([], name="period"))
    table = q.groupby([pd.Grouper(key="date", freq=freq), "kind"]).size().unstack(fill_value=0)
    table = table.reindex(columns=cols, fill_value=0)
    table.index.name = "period"
    return table.astype(int)


@dask_collects(exclude=("body", "title"))
def actor_cooccurrence(
    quotes: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    aliases: pd.DataFrame | str | Path | None = None,
    top: int = 30,
    min_articles: int = 1,
) -> pd.DataFrame:
    """Pairs of actors quoted in the same article (edges of a co-occurrence network).

    Args:
        quotes: quotes table. articles: articles table (optional). aliases: alias table or CSV path.
        top: only the ``top`` most-quoted actors take part.
        min_articles: drop pairs that share fewer articles.

    Returns:
        ``actor_a``, ``actor_b`` (alphabetical within a pair), ``n_articles``; most shared first.
    """
    q = quote_actors(quotes, articles, aliases=aliases)
    q = q[q["actor"] != ""]
    cols = ["actor_a", "actor_b", "n_articles"]
    if q.empty:
        return empty_table(cols)
    order = q["actor"].value_counts()
    order = order.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    keep = set(order.index[:top])
    counts: dict[tuple[str, str], int] = {}
    for _, g in q[q["actor"].isin(keep)].groupby("article_id", sort=True):
        names = sorted(set(g["actor"]))
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                counts[(x, y)] = counts.get((x, y), 0) + 1
    rows = [{"actor_a": a, "actor_b": b, "n_articles": n} for (a, b), n in counts.items() if n >= min_articles]
    if not rows:
        return empty_table(cols)
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["n_articles", "actor_a", "actor_b"], ascending=[False, True, True], kind="stable").reset_index(drop=True)


@lru_cache(maxsize=256)
def _term_pattern(key: str) -> re.Pattern[str]:
    """A folded term as a whole-word pattern, any whitespace between its words (built once per term)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(p) for p in key.split()) + r"(?!\w)")


def quote_kwic(quotes: pd.DataFrame, term: str, *, width: int = 60) -> pd.DataFrame:
    """All quotes containing ``term`` (case- and diacritic-insensitive, whole words), with speaker.

    Args:
        quotes: quotes table (``article_id``, ``quote_id``, ``kind``, ``quote``, ``speaker_name``).
        term: a word or phrase.
        width: characters of context either side of the match.

    Returns:
        ``article_id``, ``quote_id``, ``speaker_name``, ``kind``, ``left``, ``match``, ``right``,
        ``quote``; in quotes-table order.
    """
    require_columns(quotes, ["article_id", "quote_id", "kind", "quote", "speaker_name"], table="quotes")
    cols = ["article_id", "quote_id", "speaker_name", "kind", "left", "match", "right", "quote"]
    key = fold(str(term or "").strip())
    if not key:
        raise ValueError("quote_kwic needs a non-empty term (a word or phrase)")
    pattern = _term_pattern(key)
    rows = []
    for rec in quotes[["article_id", "quote_id", "speaker_name", "kind", "quote"]].itertuples(index=False):
        text = str(rec.quote)
        folded = fold(text)
        if len(folded) != len(text):  # folding changed the length: match on the folded text only
            text = folded
        for m in pattern.finditer(folded):
            rows.append(
                {
                    "article_id": rec.article_id,
                    "quote_id": rec.quote_id,
                    "speaker_name": rec.speaker_name,
                    "kind": rec.kind,
                    "left": text[max(0, m.start() - width):m.start()],
                    "match": text[m.start():m.end()],
                    "right": text[m.end():m.end() + width],
                    "quote": rec.quote,
                }
            )
    if not rows:
        return empty_table(cols)
    return pd.DataFrame(rows, columns=cols)


@dask_collects(("article_id",))
def quote_overview(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How many quotes, of which kind, with named speakers: a two-column table (``measure``, ``value``).

    Args:
        quotes: quotes table (``article_id``, ``kind``, ``speaker_name``). articles: articles table.
    """
    require_columns(quotes, ["article_id", "kind", "speaker_name"], table="quotes")
    require_columns(articles, ["article_id"])
    named = quotes["speaker_name"].fillna("").astype(str).str.strip() != ""
    rows = [
        ("articles", len(articles)),
        ("articles with quotes", int(quotes["article_id"].nunique())),
        ("quotes", len(quotes)),
        ("direct quotes", int((quotes["kind"] == "direct").sum())),
        ("indirect quotes", int((quotes["kind"] == "indirect").sum())),
        ("mixed quotes", int((quotes["kind"] == "mixed").sum())),
        ("quotes with a named speaker", int(named.sum())),
        ("distinct speakers", int(quotes.loc[named, "speaker_name"].nunique())),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"])


@dask_collects(("article_id", "language"))
def describe_quotes(quotes: pd.DataFrame, articles: pd.DataFrame) -> str:
    """One or two plain sentences summing up the quotes table (for a notebook or report)."""
    table = dict(quote_overview(quotes, articles).itertuples(index=False))
    n_art = table["articles"]
    if not table["quotes"]:
        langs = ""
        if "language" in articles.columns:
            found = sorted({str(x) for x in articles["language"].dropna()} - set(QUOTE_LANGUAGES))
            if found:
                langs = (f" Cue lexicons ship for {', '.join(QUOTE_LANGUAGES)}; this corpus is also in "
                         f"{', '.join(escape_markdown(x) for x in found)}, where only quotation marks are found.")
        return (f"No quotes were found in the {n_art} article(s) of this corpus: no quotation marks and no "
                f"reporting verbs with a speaker.{langs} The sections below stay empty.")
    share = table["quotes with a named speaker"] / table["quotes"]
    return (f"{table['quotes']} quotes in {table['articles with quotes']} of {n_art} article(s): "
            f"{table['direct quotes']} direct, {table['indirect quotes']} indirect and {table['mixed quotes']} mixed; "
            f"{share:.0%} have a named speaker ({table['distinct speakers']} distinct).")
