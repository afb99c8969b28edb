"""Rival values in aligned sentences: a line (headline, summary or unique) whose figure,
time, date or agent another root article gives differently in a sentence telling the same
thing, whether or not the conflict detector reported that disagreement ("told the market, in
an 8am statement" beside "it said in a statement at 7 a.m."; "cup winners for the first time
since 1991" beside "our first National Cup since 1987"; "A night porter raised the alarm"
beside "A guest ... smelled smoke and raised the alarm").

    RivalValues(ctx, roots).rivals(aid, start, end) -> list[Rival]
    RivalValues(ctx, roots).rivalled(aid, start, end, majority=False) -> bool

Two sentences of different root articles are **aligned** when their sentence vectors
(``StoryContext.sentence_vectors``) are at least :data:`ALIGNED_COSINE` apart.

A **value** is a figure (``Extraction.quantities``: a count, a sum, a time of day, a
duration) or a date (``Extraction.dates``: a day, a month, a year) of the sentence, read
through its **slot**: the content words it hangs on in the parse (:func:`slot_words`: the
first content words above it -- the counted noun, the noun it modifies, the verb of its
phrase -- and the subject and object of such a verb, with their compounds: "parade" for
"The victory parade will be held on Monday"). Two values of one kind (dimension and unit;
a date's precision) whose slots share a word, in aligned sentences, give one property; they
are **rivals** when their readings do not meet (:func:`consilience.line_figures.meet`
within rounding and bounds; two dates that are not the same day, month or year).

An **agent** is the common-noun subject of a verb of the sentence that names a person
(WordNet: "porter", "volunteer", "conservator"); another root article's aligned or
object-sharing clause with the same verb on the same object (a pronoun object counts when
the object's noun is in that sentence or the one before it) and a person-noun subject that
neither names the same kind of person (synonym, one the other's hypernym) nor is a mere
person word ("man", "woman", "resident": :func:`_plain_person`) is a rival agent.

A line is **rivalled** when it gives a value or an agent with a rival; with ``majority``
(a headline) only when the root articles giving a rival reading are at least as many as
those giving the line's own (an outlier or one side of a tie: the majority's reading of a
figure may head a story whose every lead gives it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from . import lexicon
from .align import _close
from .date_act_lexicon import is_event_noun

#: two sentences of different root articles this close (cosine of their sentence vectors)
#: tell one thing, so one slot's values in them are readings of one property
ALIGNED_COSINE = 0.55
#: parts of speech of the words a value's slot is read from
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
#: words too general to make two values one property
_GENERAL = frozenset({"be", "have", "say", "do", "make", "get", "time", "year", "day", "first"})
#: kinds of value that tell when something happened (an act noun's time or date)
_WHEN = ("date|", "quantity|time of day|")
#: dependencies of a verb's subject and object
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: how many content words above a value its slot reads
_UP = 2
#: WordNet sense of a person, and the person words that name no role ("man", "local")
_PERSON = ("person",)
_PLAIN = ("man", "woman", "adult", "male", "female", "juvenile", "child", "resident", "people")


@dataclass(frozen=True)
class Rival:
    """One rival reading: the line's ``kind`` ("quantity|<dimension>", "date|<precision>"
    or "agent"), its own ``text``, and the ``other`` article's text at ``start``:``end``."""

    kind: str
    text: str
    other: str
    start: int
    end: int
    rival_text: str


@dataclass(frozen=True)
class _Value:
    kind: str
    reading: str  # a figure string (quantity) or an ISO date (date)
    start: int
    end: int
    text: str
    slot: frozenset[str]
    #: the lemma of the noun a time or date directly dates when it names an act ("an 8am
    #: statement", "the parade on Monday"), else ""
    act: str = ""
    #: the common-noun subject of the clause the value is in, when the value is not part
    #: of it ("Main arterial *roads* will keep their 50 km/h limit"), else ""
    subject: str = ""


class RivalValues:
    """The values and agents of every sentence of a story, to ask which lines another
    root article contradicts (module docstring). ``ctx``: the story's
    :class:`consilience.model.StoryContext`; ``roots``: article id -> its root article
    (the article a near-copy copies, else itself; an absent id is its own root)."""

    def __init__(self, ctx: Any, roots: dict[str, str] | None = None) -> None:
        self.ctx = ctx
        self.roots = roots or {}
        self._values: dict[str, dict[int, list[_Value]]] = {}
        self._sents: dict[str, list[tuple[int, int]]] = {}
        self._clauses: dict[str, list[tuple[Any, Any, Any]]] = {}
        for a in ctx.analyses:
            aid = a.article.id
            self._sents[aid] = [(s.start_char, s.end_char) for s in a.doc.sents]
            self._values[aid] = _sentence_values(a.doc, ctx.extractions.get(aid), self._sents[aid])

    def root(self, aid: str) -> str:
        """The root article of ``aid``."""
        return self.roots.get(aid, aid)

    def sentence_of(self, aid: str, start: int, end: int) -> int | None:
        """Index of the sentence of article ``aid`` that holds most of ``start:end``."""
        best, idx = 0, None
        for k, (s, e) in enumerate(self._sents.get(aid, [])):
            over = min(e, end) - max(s, start)
            if over > best:
                best, idx = over, k
        return idx

    def _vector(self, aid: str, k: int):
        vecs = self.ctx.sentence_vectors.get(aid)
        if vecs is None or k >= len(vecs):
            return None
        return np.asarray(vecs[k], dtype=np.float64)

    def aligned(self, aid: str, k: int) -> list[tuple[str, int]]:
        """``(article, sentence)`` of the sentences of other root articles at least
        :data:`ALIGNED_COSINE` from sentence ``k`` of ``aid``, in story order."""
        v = self._vector(aid, k)
        if v is None:
            return []
        out = []
        for other, sents in self._sents.items():
            if self.root(other) == self.root(aid):
                continue
            vecs = self.ctx.sentence_vectors.get(other)
            if vecs is None:
                continue
            sims = np.asarray(vecs, dtype=np.float64) @ v
            out += [
                (other, j) for j in range(min(len(sents), len(sims))) if sims[j] >= ALIGNED_COSINE
            ]
        return out

    def rivals(self, aid: str, start: int, end: int, exempt=()) -> list[Rival]:
        """Every rival reading of the values and agents of ``start:end`` in ``aid``; values
        inside an ``exempt`` span (``(article, start, end)``: the latest reading of an
        update) are no readings of a dispute."""
        k = self.sentence_of(aid, start, end)
        if k is None:
            return []
        mine = [
            v
            for v in self._values[aid].get(k, [])
            if start <= v.start
            and v.end <= end
            and not any(a == aid and s <= v.start and v.end <= e for a, s, e in exempt)
        ]
        out: list[Rival] = []
        for other, j in self.aligned(aid, k):
            for v in mine:
                same = [w for w in self._values[other].get(j, []) if _one_slot(v, w)]
                if any(_meets(v, w) for w in same):
                    continue  # "by 112 votes to 64" / "112 to 64": its own reading is there
                out += [
                    Rival(v.kind, v.text, other, w.start, w.end, w.text)
                    for w in same
                    if not any(_same_measure(u, w) and _meets(u, w) for u in mine)
                ]  # "close 140 of its 450 branches" / "close 140 branches": 140 is the line's
        out += self._act_rivals(aid, mine, {r.other for r in out})
        out += self._agent_rivals(aid, start, end)
        return out

    def _act_rivals(self, aid: str, mine: list[_Value], done: set[str]) -> list[Rival]:
        """Rivals of the values of ``mine`` that date an act noun, from root articles not
        in ``done``, in any sentence: a value of the same kind dating the same act noun,
        when the article gives no reading of it that meets (the time of "the statement" is
        one fact, however unlike the sentences telling it are)."""
        out: list[Rival] = []
        for v in (v for v in mine if v.act):
            for other, by_sentence in self._values.items():
                if self.root(other) == self.root(aid) or other in done:
                    continue
                same = [
                    w
                    for ws in by_sentence.values()
                    for w in ws
                    if w.kind == v.kind and w.act == v.act
                ]
                if same and not any(_meets(v, w) for w in same):
                    out += [
                        Rival(v.kind, v.text, other, w.start, w.end, w.text)
                        for w in same
                        if not any(_same_measure(u, w) and _meets(u, w) for u in mine)
                    ]  # "close 140 of its 450 branches" / "close 140 branches": 140 is the line's
        return out

    def rivalled(self, aid: str, start: int, end: int, majority: bool = False, exempt=()) -> bool:
        """``start:end`` of ``aid`` gives a value or agent another root article gives
        otherwise (values inside ``exempt`` spans left out, see :meth:`rivals`); with
        ``majority``, only when the roots giving rival readings are at least as many as the
        roots giving the line's (counted per kind)."""
        rivals = self.rivals(aid, start, end, exempt)
        if not rivals or not majority:
            return bool(rivals)
        for kind in {r.kind for r in rivals}:
            against = {self.root(r.other) for r in rivals if r.kind == kind}
            if len(against) >= self._support(aid, start, end, kind):
                return True
        return False

    def _support(self, aid: str, start: int, end: int, kind: str) -> int:
        """Root articles (``aid``'s own included) with an aligned sentence giving a value of
        ``kind`` in the line's slot that meets the line's (for ``"agent"``: a clause of the
        line's verb on its object whose agent is no rival of the line's)."""
        if kind == "agent":
            return len({self.root(aid)} | {self.root(o) for o in self._agents(aid, start, end)[1]})
        k = self.sentence_of(aid, start, end)
        mine = [v for v in self._values[aid].get(k, []) if v.kind == kind]
        roots = {self.root(aid)}
        for other, j in self.aligned(aid, k) if k is not None else []:
            if any(
                w.kind == kind and _one_slot(v, w) and _meets(v, w)
                for v in mine
                for w in self._values[other].get(j, [])
            ):
                roots.add(self.root(other))
        return len(roots)

    def _clauses_of(self, aid: str) -> list[tuple[Any, Any, Any]]:
        """The agent clauses of article ``aid`` (:func:`_agent_clauses`), read once."""
        if aid not in self._clauses:
            self._clauses[aid] = _agent_clauses(self.ctx.analysis(aid).doc)
        return self._clauses[aid]

    def _agent_rivals(self, aid: str, start: int, end: int) -> list[Rival]:
        return self._agents(aid, start, end)[0]

    def _agents(self, aid: str, start: int, end: int) -> tuple[list[Rival], set[str]]:
        """``(rival agents, articles agreeing on the agent)`` of the clauses of ``start:end``
        of ``aid`` (module docstring)."""
        doc = self.ctx.analysis(aid).doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return [], set()
        out: list[Rival] = []
        agree: set[str] = set()
        for verb, agent, obj in _agent_clauses(span):
            for other in self._sents:
                if self.root(other) == self.root(aid):
                    continue
                for ov, oa, oo in self._clauses_of(other):
                    if ov.lemma_.lower() != verb.lemma_.lower() or not _one_object(obj, oo):
                        continue
                    if _rival_people(agent.lemma_.lower(), oa.lemma_.lower()):
                        s, e = oa.idx, oa.idx + len(oa.text)
                        out.append(Rival("agent", agent.text, other, s, e, oa.text))
                    else:
                        agree.add(other)
        return out, agree


#: the kind of a count that names no counted thing ("140 of its 450 branches": 140)
_NOUNLESS = "quantity|count||"


def _same_measure(u: _Value, w: _Value) -> bool:
    """``u`` and ``w`` are of one kind, or both dates, or counts of which one names no
    counted thing."""
    if u.kind == w.kind or (u.kind.startswith("date|") and w.kind.startswith("date|")):
        return True  # a month holds its days
    return (
        _NOUNLESS in (u.kind, w.kind)
        and u.kind.startswith(_NOUNLESS)
        and w.kind.startswith(_NOUNLESS)
    )


def _one_slot(v: _Value, w: _Value) -> bool:
    """Two values of one kind whose slots share a word, in clauses of no two different
    subjects (:func:`_clause_subject`: "the council passed the 30 km/h limit" / "arterial
    roads keep their 50 km/h limit" measure two things): readings of one property."""
    if v.kind != w.kind or not v.slot & w.slot or v.kind == _NOUNLESS:
        return False  # a count of no named thing ("three of them") is no reading
    a, b = v.subject, w.subject
    return not (a and b and a != b and not lexicon.same_sense(a, b, "n"))


def _clause_subject(span) -> str:
    """The lemma of the common-noun subject of the first verb above ``span``, unless the
    value is inside that subject ("Eleven people were hurt"); else ""."""
    inside = {t.i for t in span}
    tok = span.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return ""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
            if any(t.i in inside for t in c.subtree):
                return ""
            return _word(c)
    return ""


def _meets(v: _Value, w: _Value) -> bool:
    """Two readings of one kind meet: figures whose stated values are within rounding
    (:func:`consilience.align._close`) or whose qualifier intervals overlap ("more than
    200" / 214; a time of day only by its interval: "shortly after 3.30am" is no "2:40
    a.m."); dates of which one is the other or holds it (a month holds its days)."""
    if not v.kind.startswith("quantity"):
        return v.reading.startswith(w.reading) or w.reading.startswith(v.reading)
    (x, xlo, xhi), (y, ylo, yhi) = _interval(v.reading), _interval(w.reading)
    if not v.kind.startswith("quantity|time of day") and _close(x, y):
        return True
    return xlo <= yhi and ylo <= xhi


def _interval(figure: str) -> tuple[float, float, float]:
    """``(value, low, high)`` of a figure string ``"dimension|unit|value|low|high|noun/"``;
    an open end is infinite, a missing interval the value itself."""
    parts = figure.split("|")
    x = float(parts[2])
    if not parts[3] and not parts[4]:
        return x, x, x
    lo = float(parts[3]) if parts[3] else -math.inf
    hi = float(parts[4]) if parts[4] else math.inf
    return x, lo, hi


def _sentence_values(doc, ext, sents: list[tuple[int, int]]) -> dict[int, list[_Value]]:
    """Per sentence index, the values of ``ext`` (an :class:`consilience.model.Extraction`,
    or None) with their slots."""
    out: dict[int, list[_Value]] = {}
    if ext is None:
        return out
    items: list[tuple[str, str, Any]] = []
    for q in ext.quantities:
        if q.twelve_hour:
            continue  # "at half past ten": the half of the day is the story's to tell
        low = "" if q.low is None else repr(q.low)
        high = "" if q.high is None else repr(q.high)
        figure = f"{q.dimension}|{q.unit}|{q.value!r}|{low}|{high}|{q.noun or ''}/"
        noun = _counted(q.noun) if q.dimension == "count" else ""
        items.append((f"quantity|{q.dimension}|{q.unit}|{noun}", figure, q))
    items += [(f"date|{d.precision}", d.date, d) for d in ext.dates]
    for kind, reading, m in items:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        k = next((i for i, (s, e) in enumerate(sents) if s <= m.start < e), None)
        if k is None:
            continue
        if kind.startswith("quantity|count") and _partitive(span):
            continue  # "three of them seriously": a part of another count
        slot = slot_words(span) | (
            {_counted(m.noun)} if kind.startswith("quantity|count") else set()
        )
        if slot:
            act = _act_noun(span) if kind.startswith(_WHEN) else ""
            value = _Value(kind, reading, m.start, m.end, m.text, slot, act, _clause_subject(span))
            out.setdefault(k, []).append(value)
    return out


def _predicate_nouns(copula) -> list:
    """The predicate noun of a copula and its compounds ("first league title")."""
    out = []
    for c in copula.children:
        if c.dep_ == "attr" and c.pos_ == "NOUN":
            out += [c, *(k for k in c.children if k.dep_ == "compound")]
    return out


def _word(tok) -> str:
    """A noun's key: its lemma, or its own form for a noun in "-ing" the lemmatiser took
    for a verb ("hearing", not "hear")."""
    if _nominal(tok) and tok.lower_.endswith("ing"):
        return tok.lower_
    return tok.lemma_.lower()


def _nominal(tok) -> bool:
    """``tok`` is a noun, or an "-ing" form with a determiner ("a 10am hearing", which the
    tagger may take for a verb)."""
    return tok.pos_ == "NOUN" or (tok.tag_ == "VBG" and any(c.dep_ == "det" for c in tok.children))


def _act_noun(span) -> str:
    """The lemma of the first content word above ``span`` when it is a noun naming an act
    or event (:func:`consilience.date_act_lexicon.is_event_noun`, or a noun WordNet
    derives from a verb: "statement", "announcement"), else ""."""
    inside = {t.i for t in span}
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in inside or tok.pos_ not in _CONTENT:
            continue
        break
    else:
        return ""
    lemma = _word(tok)
    if not _nominal(tok) or lemma in _GENERAL:
        return ""
    return lemma if is_event_noun(lemma) or lexicon.verbs_of(lemma) else ""


def _partitive(span) -> bool:
    """The count ``span`` is followed by "of" and a pronoun (``"three of them"``): a part of a
    whole told elsewhere."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    return doc[span.end + 1].tag_ in ("PRP", "WP", "DT")  # not "140 of its 450 branches"


def _counted(noun: str | None) -> str:
    """The counted noun's lemma-like key: lower case, a plural's final "s" dropped."""
    word = (noun or "").lower().split()[-1] if noun else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def slot_words(span) -> frozenset[str]:
    """Lemmas of the content words a value's ``span`` hangs on: the first :data:`_UP`
    content words above its root (not words of the value itself), with, for a verb among
    them, its subject and object heads, and the compounds of each (module docstring)."""
    inside = {t.i for t in span}
    out: set[str] = set()
    tok, found = span.root, 0
    while tok.head.i != tok.i and found < _UP:
        tok = tok.head
        if tok.i not in inside and tok.lemma_ == "be":  # "It is their first title since 2003"
            out |= {_word(c) for c in _predicate_nouns(tok)}
        if tok.i in inside or tok.pos_ not in _CONTENT:
            continue
        found += 1
        out.add(_word(tok))
        for c in tok.children:
            if c.i in inside:
                continue
            if c.dep_ == "compound" or (
                found == 1 and tok.pos_ == "VERB" and c.dep_ in _ARGUMENTS and c.pos_ == "NOUN"
            ):
                out.add(_word(c))
    return frozenset(out - _GENERAL)


def _agent_clauses(span) -> list[tuple[Any, Any, Any]]:
    """``(verb, agent, object)`` tokens of the active clauses of ``span`` with a direct
    object whose subject names a person by a common noun (:func:`_agent_word`); a verb
    conjoined to another takes that verb's subject ("A guest smelled smoke and raised the
    alarm")."""
    out = []
    for verb in span:
        if verb.pos_ != "VERB":
            continue
        subj = _subject(verb)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        agent = None if subj is None else _agent_word(subj)
        if agent is not None and obj is not None:
            out.append((verb, agent, obj))
    return out


def _agent_word(subj):
    """The common noun naming the person a subject is: the subject itself ("A night
    porter"); a role noun compounded with or set beside a name ("Retired teacher Martin
    Crane"); or a person noun the subject phrase opens with, followed by a participle ("A
    volunteer sorting old papers", which the parser may head on "papers"). None when
    there is none."""
    if subj.pos_ == "NOUN" and _person(subj.lemma_.lower()):
        return subj
    if subj.pos_ == "PROPN":
        roles = [  # "Retired teacher Martin Crane", "Groundsman Tom Vail"
            c for c in subj.children if c.dep_ in ("compound", "appos") and _person(c.lower_)
        ]
        return roles[-1] if roles else None
    for t in subj.subtree:
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.pos_ == "NOUN" and nxt is not None and nxt.tag_ == "VBG":
            return t if _person(t.lemma_.lower()) else None
    return None


def _subject(verb):
    """The nominal subject of ``verb``, or of the verb it is conjoined to."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _one_object(a, b) -> bool:
    """Objects ``a`` and ``b`` (tokens of two articles) are one thing: one lemma, or one
    a pronoun whose own sentence, up to it, or the sentence before names the other's
    lemma ("The Aldwick Chronicle ... was unseen since 1789. A conservator found it")."""
    if a.lemma_.lower() == b.lemma_.lower():
        return True
    for pron, noun in ((a, b), (b, a)):
        if pron.pos_ != "PRON":
            continue
        sent = pron.sent
        first = pron.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if any(t.lemma_.lower() == noun.lemma_.lower() for t in pron.doc[first : pron.i]):
            return True
    return False


@lru_cache(maxsize=4096)
def _person(noun: str) -> bool:
    """The first WordNet sense of ``noun`` is a person (within 8 hypernym steps)."""
    targets = {off for p in _PERSON for off in lexicon.senses(p, "n")[:1]}
    return lexicon.reaches(noun, "n", targets, first=1, depth=8)


@lru_cache(maxsize=4096)
def _plain_person(noun: str) -> bool:
    """``noun`` names a person by sex, age or residence only (one of :data:`_PLAIN` or a
    hyponym of one within two steps): it may name anyone of a role."""
    targets = {off for p in _PLAIN for off in lexicon.senses(p, "n")[:1]}
    return lexicon.reaches(noun, "n", targets, first=1, depth=2) or noun in _PLAIN


@lru_cache(maxsize=4096)
def _rival_people(a: str, b: str) -> bool:
    """Person nouns ``a`` and ``b`` name different kinds of person: not one word, not
    synonyms, neither the other's hypernym (within 6 steps), neither a plain person word."""
    if a == b or lexicon.same_sense(a, b, "n", first=2):
        return False
    if not (_person(a) and _person(b)) or _plain_person(a) or _plain_person(b):
        return False
    for x, y in ((a, b), (b, a)):
        if lexicon.reaches(x, "n", set(lexicon.senses(y, "n")[:2]), first=2, depth=6):
            return False
    return True
