"""Support and order for the headline and summary, independent of the order the articles
came in.

* :func:`supported_entries`: every claim that two or more articles state, as an entry of
  the consensus shape ``(group, representative, articles, independent sources,
  citations)``, aligned groups first, then claims echoed in other articles (one specific
  predicate, close sentences: what an aligner that needs every argument to match misses),
  best supported first;
* :func:`fact_sides`: who does what in each side of a statement conflict, so that a line
  stating either side in other words is also left out; :func:`side_acts` and
  :func:`tells_disputed_act`: a line of an article that takes a side naming the disputed
  act again;
* :func:`article_rank` and :func:`stable`: a key per article and per claim that does not
  depend on the input order (publication date, then the article's id, then the offset);
* :func:`majority_spans` and :func:`for_headline`: the majority's reading of a disputed
  figure, which a headline may state. Most reports lead with the event and its figure
  ("will close 140 of its 450 branches"); when one outlier gives another figure (160
  branches) every lead holds a reading of a quantity or date conflict, and a headline that
  states no reading of any conflict falls back on a side detail or a closing line. A
  reading of a quantity or date conflict the brief shows with a majority and outliers,
  cited in an article of the majority (and of no outlier), may stand in the headline;
  the summary states no reading of any dispute, and a fact conflict, an update's
  superseded reading and a conflict without a majority clear nothing.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .analyse import tokens_in
from .claim_spans import BACKGROUND_KINDS, Texts, cites, disputed
from .conflict_sides import fact_sides as fact_sides  # re-exported: now in conflict_sides
from .conflict_sides import states_side as states_side
from .unique import (
    GENERIC_FRAMES,
    _same_act_on,
    _same_dated_act,
    days_differ,
    figures_differ,
)
from .unique_paraphrase import related_verbs

if TYPE_CHECKING:
    from .align import Node

#: two claims of one specific predicate whose sentences are this close state one event
ECHO_COSINE = 0.6
#: conflict kinds whose majority reading a headline may state (a statement conflict's
#: sides are not a figure given within rounding: none)
CLEARED_KINDS = frozenset({"quantity", "date"})
#: clauses that only name or describe an entity: no headline of their own
ATTRIBUTE_KINDS = frozenset({"title", "appositive", "reduced"})


def article_rank(texts: Texts) -> dict[str, tuple[str, str]]:
    """``article id -> (published or "", id)``: the order of articles in every tie-break,
    the same whatever the order of the input."""
    return {a.article.id: (a.article.published or "", a.article.id) for a in texts.ctx.analyses}


def stable(i: int, nodes: list[Node], rank: dict[str, tuple[str, str]]) -> tuple:
    """Order-free key of claim ``i``: its article's rank, then its offset."""
    c = nodes[i].claim
    return (*rank.get(c.article, ("", c.article)), c.start, c.end)


def sorted_citations(cited: list[dict[str, Any]], rank) -> list[dict[str, Any]]:
    """``cited`` (``{"article", "start", "end"}``) by article rank, then offset."""
    return sorted(cited, key=lambda c: (*rank.get(c["article"], ("", c["article"])), c["start"]))


def supported_entries(
    groups: Sequence[list[int]],
    nodes: list[Node],
    vecs,
    texts: Texts,
    avoid=(),
) -> list[tuple]:
    """Entries ``(group, representative, articles, sources, citations)`` of every claim two
    or more root articles state: each aligned group (``groups``) and each claim echoed by
    claims of other articles (:func:`echoes`). ``sources`` counts independent reports
    (:func:`consilience.provenance.independent_sources`); ``articles`` and ``citations``
    are in article rank. Members overlapping ``avoid`` (a contested reading) are left
    out. Best supported first, then nearest the leads."""
    from .provenance import independent_sources

    rank = article_rank(texts)
    seen: set[frozenset[int]] = set()
    out = []
    index = _EchoIndex(nodes, rank)
    pools = [list(g) for g in groups] + [echoes(i, nodes, index) for i in range(len(nodes))]
    for g in pools:
        g = [i for i in g if not disputed([i], nodes, avoid)]
        key = frozenset(g)
        if key in seen or len({nodes[i].root for i in g}) < 2:
            continue
        seen.add(key)
        arts = sorted({nodes[i].claim.article for i in g}, key=lambda a: rank.get(a, ("", a)))
        cited = sorted_citations(cites(nodes, g, texts), rank)
        rep = representative(g, nodes, vecs, rank)
        out.append((sorted(g), rep, arts, independent_sources(texts.ctx, arts, cited), cited))
    out.sort(
        key=lambda f: (-f[3], -len(f[2]), lead_position(f[0], nodes), stable(f[1], nodes, rank))
    )
    return out


def echoes(i: int, nodes: list[Node], index: _EchoIndex) -> list[int]:
    """Claim ``i`` and, per other root article, the closest claim stating the same event:
    one specific predicate class (``frame``, not "be" or "say"; or a clause naming the act
    on the same date, :func:`consilience.unique._same_dated_act`: "will publish its results
    on March 30" / "is due to publish results on March 30"), the same polarity, no
    differing figure or day, and sentences at least ``ECHO_COSINE`` apart ("NavAir halted
    departures from every airport" / "the failure, which grounded flights across the
    country") or one patient when not both give figures
    (:func:`consilience.unique._same_act_on`: "Governor X, who arrived at noon, declared
    a state of emergency" / "The district declared a state of emergency"; not "at least
    180 flights were cancelled" / "more than 400 flights were cancelled"). Only ``[i]`` for a generic, background or attribute claim. ``index``
    (:class:`_EchoIndex`) gives the candidates; among equally close claims of one root
    article, the first in article rank."""
    c = nodes[i].claim
    if c.frame in GENERIC_FRAMES or c.kind in BACKGROUND_KINDS or c.heading:
        return [i]
    best: dict[str, tuple[float, int]] = {}
    for j in index.candidates(i):
        n = nodes[j]
        o = n.claim
        if n.root == nodes[i].root or o.negated != c.negated:
            continue
        if o.frame != c.frame and not _same_dated_act(c, o):
            continue
        if days_differ(c.dates, o.dates) or figures_differ(c.figures, o.figures):
            continue
        cos = _sentence_cos(nodes[i], n)
        if cos < ECHO_COSINE and not (_same_act_on(c, o) and not (c.figures and o.figures)):
            continue  # one act on one thing; counts both give may be of other moments
        if cos > best.get(n.root, (-1.0, -1))[0]:  # candidates come in article rank
            best[n.root] = (cos, j)
    return [i] + sorted(j for _cos, j in best.values())


class _EchoIndex:
    """The claims :func:`echoes` compares with a claim: those of its frame, and those
    giving a date (:func:`consilience.unique._same_dated_act` may name the act in another
    frame), each list in article rank (:func:`stable`)."""

    def __init__(self, nodes: list[Node], rank) -> None:
        order = sorted(range(len(nodes)), key=lambda j: stable(j, nodes, rank))
        self.by_frame: dict[str, list[int]] = {}
        for j in order:
            self.by_frame.setdefault(nodes[j].claim.frame, []).append(j)
        self.dated = [j for j in order if nodes[j].claim.dates]
        self.nodes, self.pos = nodes, {j: k for k, j in enumerate(order)}

    def candidates(self, i: int) -> list[int]:
        """Indices of the claims to compare with claim ``i``, in article rank."""
        c = self.nodes[i].claim
        found = set(self.by_frame.get(c.frame, []))
        if c.dates:
            found.update(self.dated)
        return sorted(found, key=self.pos.__getitem__)


def _sentence_cos(a: Node, b: Node) -> float:
    if a.sentence_vector is None or b.sentence_vector is None:
        return 0.0
    return float(a.sentence_vector @ b.sentence_vector)


def representative(group: list[int], nodes: list[Node], vecs, rank) -> int:
    """The member nearest the others (mean clause cosine, three decimals), a claim that is
    no background clause first; ties by :func:`stable`."""
    pool = [i for i in group if nodes[i].claim.kind not in BACKGROUND_KINDS] or group

    def cent(i: int) -> float:
        others = [float(vecs[i] @ vecs[j]) for j in group if j != i]
        return round(sum(others) / len(others), 3) if others else 1.0

    return min(pool, key=lambda i: (-cent(i), stable(i, nodes, rank)))


#: clauses that hang on a sentence's main assertion: "after *the collapse of the bid*",
#: "*stranding 45,000 passengers*", "the system, *which failed*"
SIDE_KINDS = BACKGROUND_KINDS | {"subordinate", "absolute", "nominal", "event"}


def lead_position(group: list[int], nodes: list[Node]) -> float:
    """Median position of the claims ``group`` in their articles: the sentence index (0 =
    the lead), one more for a clause that hangs on its sentence's main assertion
    (:data:`SIDE_KINDS`): news states its main event first, as a main clause."""
    return float(
        statistics.median(
            nodes[i].claim.sentence + (nodes[i].claim.kind in SIDE_KINDS) for i in group
        )
    )


#: what a statement conflict disputes: the acts of its readings ("resign", "push_out") and
#: the last word of the name it is about ("holt" of "Karin Holt"; not "health" of "Health
#: minister Ilse Brandt", which "the health board" also holds)
SideAct = tuple[frozenset[str], frozenset[str]]


def side_acts(conflicts: Sequence[dict[str, Any]]) -> dict[str, list[SideAct]]:
    """``article id -> [(acts, name words)]`` of the statement (``fact``) conflicts in
    which the article gives a reading: "Holt resigned" (a) / "Holt was pushed out" (d)
    gives a and d ({"resign", "push_out"}, {"holt"}): the last capitalised word of the
    conflict's subject. Generic predicates ("be", "say")
    and updates are left out."""
    out: dict[str, list[SideAct]] = {}
    for conflict in conflicts:
        if conflict.get("kind") != "fact" or conflict.get("update"):
            continue
        readings = conflict.get("readings", [])
        acts = frozenset(
            r["predicate"] for r in readings if r.get("predicate") not in (None, *GENERIC_FRAMES)
        )
        subject = str(conflict.get("subject") or "").split(":")[0]
        names = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", subject)[-1:])
        if not (acts and names):
            continue
        for r in readings:
            cite = r.get("citation") or {}
            if "article" in cite:
                out.setdefault(cite["article"], []).append((acts, names))
    return out


#: pronouns that stand for one person or thing, the usual subject of a statement conflict
_ONE = frozenset({"he", "she", "him", "her", "it"})


def tells_disputed_act(doc, start: int, end: int, sides: list[SideAct]) -> bool:
    """The text ``start:end`` of ``doc`` (the article's parse) tells one of the disputed
    acts ``sides`` (:func:`side_acts` of its article) again: a verb whose lemma, or lemma
    and particle ("step_down"), is the act or WordNet relates it
    (:func:`consilience.unique_paraphrase.related_verbs`), with an argument (its subject
    or object, or the object of the verb it completes: "asked *her* to step down") that
    is the conflict's subject by name or a pronoun standing for one. In an article that
    takes a side, "Directors asked her to step down; she declined" tells that side again;
    "union leaders will meet the board" is another meeting than the minister's."""
    for tok in tokens_in(doc, start, end):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        names = {lemma} | {f"{lemma}_{c.lower_}" for c in tok.children if c.dep_ == "prt"}
        for acts, who in sides:
            if any(related_verbs(n, act) for n in names for act in acts):
                if _argument_is(tok, who):
                    return True
    return False


def _argument_is(verb, who: frozenset[str]) -> bool:
    """A subject or object of ``verb`` (or of the verb it completes) names ``who`` or is a
    pronoun for one person or thing."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ in ("xcomp", "ccomp", "conj"):
        args += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj")]
    for arg in args:
        words = {t.lower_ for t in arg.subtree}
        if words & who or arg.lower_ in _ONE:
            return True
    return False


def line_cores(doc, start: int, end: int) -> frozenset[str]:
    """What a line cannot be cited without: the lower-cased last word of each person it
    names and each number it gives (digits without thousands commas, or number words),
    from the parse of characters ``start:end`` of the article ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    people = {ent[-1].lower_ for ent in span.ents if ent.label_ == "PERSON"}
    numbers = {t.lower_.replace(",", "") for t in span if t.like_num and t.ent_type_ != "DATE"}
    return frozenset(people | numbers)


def date_digits(doc, start: int, end: int) -> frozenset[str]:
    """The numbers in digits inside the dates of characters ``start:end`` of ``doc``
    ("around AD 300" -> {"300"}, "on March 3, 2026" -> {"3", "2026"})."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(
        t.lower_.replace(",", "") for t in span if t.ent_type_ == "DATE" and t.is_digit
    )


#: entity labels of figures: their numbers count things, they do not date the act
_FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


def _when_numbers(doc, start: int, end: int) -> set[str]:
    """Numbers in digits of characters ``start:end`` of ``doc`` that are no figure (no
    count, sum, measure or share): the digits of its dates, marked as such or not ("buried
    around AD 270")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.lower_ for t in span if t.is_digit and t.ent_type_ not in _FIGURE_LABELS}


def stating_citations(
    line: tuple[str, int, int], citations: list[dict[str, Any]], texts: Texts
) -> list[dict[str, Any]]:
    """The ``citations`` (``{"article", "start", "end"}``) that state the line ``(article,
    start, end)``: the line's own, and every other whose cited text gives each of the line's
    cores (:func:`line_cores`: the people it names, the numbers it gives) and, when it
    dates anything in digits (:func:`_when_numbers`), the numbers of the line's dates
    (:func:`date_digits`: "buried around AD 270" does not state "buried around AD 300";
    "on Tuesday" may state "on June 9"). A line whose other citations name another person, no figure or another
    date is cited to its own article only."""
    aid, s, e = line
    doc = texts.ctx.analysis(aid).doc
    cores, dated = line_cores(doc, s, e), date_digits(doc, s, e)

    def own(c: dict[str, Any]) -> bool:
        return c["article"] == aid and c["start"] < e and s < c["end"]

    def states(c: dict[str, Any]) -> bool:
        words = set(re.findall(r"\w+", texts.text(c["article"])[c["start"] : c["end"]].lower()))
        if not all(core.replace(".", "") in words or core in words for core in cores):
            return False
        return not dated_otherwise(dated, c, texts)

    return [c for c in citations if own(c) or states(c)]


def dated_otherwise(dated: frozenset[str], cite: dict[str, Any], texts: Texts) -> bool:
    """The citation ``cite`` (``{"article", "start", "end"}``) dates something in digits
    (:func:`_when_numbers`) and with none of the numbers of ``dated`` (a line's
    :func:`date_digits`): it gives another date of the act ("around AD 270" for "around
    AD 300"); "in 1676" still states "on 3 June 1676". False when ``dated`` is empty or
    the citation dates nothing in digits."""
    if not dated:
        return False
    when = _when_numbers(texts.ctx.analysis(cite["article"]).doc, cite["start"], cite["end"])
    return bool(when) and not dated & when


class StoryCentrality:
    """How much of the story states what a claim's sentence states, in the manner of
    LexRank's degree centrality: for claim ``i``, the mean over the story's other root
    articles (near-copies count once) of the closest sentence of that article to the
    sentence of ``i`` (cosine of the sentence vectors, in [-1, 1]). The main event is
    retold by every report, so its sentence has a close match in each; a side claim (a
    record, one stage's clock time, one witness's account) has one in few.

    ``nodes``: the story's claims (:class:`consilience.align.Node`, with
    ``sentence_vector`` an (d,) unit vector or None)."""

    def __init__(self, nodes: list[Node]) -> None:
        self.nodes = nodes
        rows: dict[str, list] = {}
        for n in nodes:
            if n.sentence_vector is not None:
                rows.setdefault(n.root, []).append(n.sentence_vector)
        self.by_root = {r: np.stack(v) for r, v in sorted(rows.items())}
        self._memo: dict[int, float] = {}

    def of(self, i: int) -> float:
        """Mean closest-sentence cosine of claim ``i`` over the other roots (0.0 when its
        sentence has no vector or the story has one root)."""
        if i not in self._memo:
            n = self.nodes[i]
            v = n.sentence_vector
            best = (
                [float((m @ v).max()) for r, m in self.by_root.items() if r != n.root]
                if v is not None
                else []
            )
            self._memo[i] = round(sum(best) / len(best), 3) if best else 0.0
        return self._memo[i]


def record_claim(doc, start: int, end: int) -> bool:
    """The text ``start:end`` of ``doc`` (the article's parse) is a comparison with the
    past rather than an event: its main verb is a copula whose complement holds a
    superlative ("X is the strongest cyclone to strike the coast since 1998", "It was the
    longest outage in a decade"). Such a line ranks its story, one writer's reading of
    the record books; the event itself is the headline."""
    for tok in tokens_in(doc, start, end):
        if tok.dep_ != "ROOT":
            continue
        if tok.lemma_ != "be":
            return False
        comps = [c for c in tok.children if c.dep_ in ("attr", "acomp")]
        return any(t.tag_ in ("JJS", "RBS") for c in comps for t in c.subtree)
    return False


class StoryCoverage:
    """How much of what a claim's sentence names the rest of the story names too, in the
    manner of a centroid summariser (MEAD's centroid score, over document frequencies):
    for claim ``i``, the sum over the distinct names and nouns of its sentence (entity
    keys after alias merging and noun lemmas of every claim of that sentence) of the
    share of the story's other root articles (near-copies count once) whose claims name
    it. The main event's sentence names what every report names ("E. coli", the school,
    the town); a side fact names what one report alone does.

    ``nodes``: the story's claims (:class:`consilience.align.Node`)."""

    def __init__(self, nodes: list[Node]) -> None:
        self.nodes = nodes
        self.by_root: dict[str, set[str]] = {}
        self.by_sentence: dict[tuple[str, int], set[str]] = {}
        for n in nodes:
            words = set(n.claim.entities) | set(n.claim.nouns)
            self.by_root.setdefault(n.root, set()).update(words)
            self.by_sentence.setdefault((n.claim.article, n.claim.sentence), set()).update(words)

    def of(self, i: int) -> float:
        """Coverage of claim ``i``'s sentence (0.0 when the story has one root)."""
        n = self.nodes[i]
        others = [w for r, w in sorted(self.by_root.items()) if r != n.root]
        if not others:
            return 0.0
        words = self.by_sentence.get((n.claim.article, n.claim.sentence), set())
        return round(sum(sum(w in o for o in others) for w in sorted(words)) / len(others), 3)


Span3 = tuple[str, int, int]


def majority_spans(conflicts: Sequence[dict[str, Any]]) -> list[Span3]:
    """``(article, start, end)`` of the readings of quantity and date disagreements (not
    updates) that have both a majority and outliers, cited in an article of the majority
    that is not also an outlier. ``conflicts``: brief items (``consilience.brief/1``)."""
    out: list[Span3] = []
    for conflict in conflicts:
        if conflict.get("update") or conflict.get("kind") not in CLEARED_KINDS:
            continue
        majority = set(conflict.get("majority") or [])
        outliers = set(conflict.get("outliers") or [])
        if not majority or not outliers:
            continue
        for r in conflict.get("readings", []):
            cite = r.get("citation") or {}
            art = cite.get("article")
            if art in majority and art not in outliers:
                out.append((art, cite["start"], cite["end"]))
    return sorted(set(out))


def for_headline(spans: Iterable[Span3], majority: Sequence[Span3]) -> tuple[list[Span3], list]:
    """``spans`` (contested readings) split into those still contested for a headline
    and those that are a majority reading (one of ``majority``, exactly)."""
    cleared = set(majority)
    kept = [tuple(sp) for sp in spans if tuple(sp) not in cleared]
    return kept, [tuple(sp) for sp in spans if tuple(sp) in cleared]
