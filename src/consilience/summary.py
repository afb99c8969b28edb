"""Headline and summary: the best-supported claims that no section disputes, non-redundant,
as clean whole-sentence spans (a leading dateline cut off, no unmatched quotation mark;
never a question, a quotation, a report-only clause or a fragment), the same bytes
whatever the order of the input articles.

The headline is, among the consensus claims, the other claims two or more articles
state (:mod:`consilience.headline_support`) and the clean lead lines of every article
(:func:`lead_pool`: the central event told in words no aligner matches), the line the rest
of the story retells most (:class:`consilience.headline_support.StoryCentrality`: the mean
over the other root articles of their closest sentence) and whose names the rest of the
story names most (:class:`consilience.headline_support.StoryCoverage`), less a fitted
weight per sentence down its articles
(:func:`headline_score`; ``bench/headline_fit.py``), a record claim ("the strongest since
1998") only after every event line -- the main event, not one wire's side remark. A member
given only as the words of an unnamed source gives no line
(:func:`consilience.line_guards.anonymous_source`). The summary gives
the next consensus claims, filled from claims two sources share, and does not repeat the
headline. No line states a contested reading, a side of a statement conflict in other
words, a claim another article denies (:mod:`consilience.line_denials`: "has closed" /
"will not close", whether or not the conflict is in the brief), or a figure of a disputed
kind (:mod:`consilience.disputed_figures`). A line citing
several articles says only what every cited sentence states: its edge adjuncts that another
cited sentence does not state are cut (:func:`_shared_line`, through
:func:`consilience.consensus.shared_span`), ending on whole words; a citation that does not
give the line's people and figures is dropped, so such a line cites its own article only
(:func:`consilience.headline_support.stating_citations`). An article taking a side
of a statement conflict gives no line that tells the disputed act again in other words
(:func:`consilience.headline_support.tells_disputed_act`), nor a figure that is not the
story's majority reading of its property (:mod:`consilience.line_figures`: "150,000
teenagers" beside "130,000 young people" twice). Every word a line shows is
covered by its citations (:func:`covered_line`), a member whose own clause is the whole line
coming first; two lines telling one claim of one party are one
(:func:`consilience.line_guards.same_claim_of_party`). Only when no two articles share
a claim do the articles' lead sentences stand in, and then only those another root
article restates (:mod:`consilience.line_echoes`): a summary rests on what several
articles state. No line states a plan another article says was called off
(:mod:`consilience.line_reversals`), and a one-source headline candidate carries no day
no other root article gives (:meth:`consilience.line_dates.DayReadings.unshared`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy
from dataclasses import replace
from typing import Any

from . import lexicon
from .align import Node
from .analyse import tokens_in
from .assessment_lines import assessment_line
from .claim_spans import BACKGROUND_KINDS, Texts, balanced_quotes, contested_spans, overlaps
from .date_act_lexicon import is_event_noun
from .disputed_figures import Disputed, disputed_kinds, gives_disputed_figure
from .headline_support import (
    ATTRIBUTE_KINDS,
    StoryCentrality,
    StoryCoverage,
    article_rank,
    date_digits,
    dated_otherwise,
    fact_sides,
    for_headline,
    lead_position,
    majority_spans,
    record_claim,
    representative,
    side_acts,
    sorted_citations,
    stable,
    states_side,
    stating_citations,
    supported_entries,
    tells_disputed_act,
)
from .line_datelines import dateline_end
from .line_dates import DayReadings
from .line_denials import Denials
from .line_echoes import Echoes
from .line_entries import entry_start
from .line_figures import FigureReadings, aside_figure, earlier_reading, lone_figure
from .line_guards import (
    anonymous_source,
    carries_attribution,
    count_disputed,
    cut_before_value,
    party_voices,
    reads_alone,
    same_claim_of_party,
)
from .line_reversals import CalledOff
from .line_rivals import RivalValues
from .line_voice import (
    attribution_cut,
    cut_before_complement,
    cut_before_restriction,
    cut_inside_phrase,
    denies,
    lost_complement,
    restrictive_clause,
)
from .meta_lines import (
    attention_line,
    coverage_line,
    generic_statement,
    meta_line,
    reader_address,
)
from .model import Claim, Span
from .silent_lines import quote_lead_in, silence_line
from .unique import (
    GENERIC_FRAMES,
    _figure,
    _figures_meet,
    _same_act_on,
    days_differ,
    figures_disagree,
    is_precise,
    whole_sentence,
)

REDUNDANT_COSINE = 0.8  # summary lines closer than this repeat each other
REDUNDANT_SENTENCE_COSINE = 0.75  # ... or whose sentences are closer than this
SUMMARY_SIZE = 5
LEAD_LINES = 3  # summary lines taken from the articles' leads when no consensus gives one
#: modalities of a claim that something is still to happen
PLANNED = frozenset({"expected", "planned", "future"})
#: two claims this close state one thing: a figure they give differently is disputed
SAME_THING_COSINE = 0.6


def _redundant(a: Node, b: Node, cos: float) -> bool:
    """Two summary lines repeat each other: their clauses or their sentences are close, or
    they give one predicate of one actor or of one patient
    (:func:`consilience.unique._same_act_on`)."""
    sa, sb = a.sentence_vector, b.sentence_vector
    if cos > REDUNDANT_COSINE:
        return True
    if sa is not None and sb is not None and float(sa @ sb) > REDUNDANT_SENTENCE_COSINE:
        return True
    same_actor = bool(set(a.claim.actor_keys) & set(b.claim.actor_keys))
    return (a.claim.frame == b.claim.frame and same_actor) or _same_act_on(a.claim, b.claim)


def _same_figure(a: list[str], b: list[str]) -> bool:
    """Two lines whose sentences give one precise figure of one kind ("Nine children have
    been treated in hospital" / "Nine children have needed hospital treatment") repeat
    each other."""
    return any(
        is_precise(x) and _figure(x)[0] == _figure(y)[0] and _figures_meet(x, y)
        for x in a
        for y in b
    )


def lead_headline(nodes: list[Node], texts: Texts, avoid=()) -> list[dict[str, Any]]:
    """The headline of a story without consensus (one article, or articles that agree on
    nothing): the lead sentence of its first article -- the first sentence stating a claim
    that makes a headline (:func:`headline_worthy`) and states no contested reading
    (``avoid``: ``(article, start, end)`` spans) -- cited to it."""
    rank = article_rank(texts)
    top = min(rank.get(n.claim.article, ("", n.claim.article)) for n in nodes)
    first = [i for i, n in enumerate(nodes) if rank.get(n.claim.article) == top]
    first.sort(key=lambda i: stable(i, nodes, rank))
    lines = _lead_lines(first, nodes, texts, _Avoid.of(avoid), 1)
    return [{"text": t, "citations": [Span(a, s, e).to_json()]} for a, s, e, t, _i in lines]


def _lead_lines(
    pool: list[int], nodes: list[Node], texts: Texts, avoid, size: int, skip=None, strict=False
) -> list[tuple[str, int, int, str, int]]:
    """Up to ``size`` lines ``(article, start, end, text, node)``: the first sentence of
    each article (in the order of ``pool``, node indices) that states a clean, central
    claim (:func:`_clean_line`: no report-only clause, quotation, fragment, contested
    reading or superseded plan) and is not passed over by ``skip(node, taken)`` (a line
    that repeats one already chosen or one of ``taken``, the nodes of the lines picked
    here so far: two near-copies' identical leads are one line), one per article; with
    ``strict`` (summary lines), none giving a reading of a figure another article gives
    otherwise (:meth:`_Avoid.rivalled`), and each restated by another root article
    (:meth:`consilience.line_echoes.Echoes.echoed`, when ``avoid`` has echoes): a summary
    rests on what several articles state."""
    out: list[tuple[str, int, int, str, int]] = []
    for i in pool:
        c = nodes[i].claim
        if any(a == c.article for a, *_rest in out) or c.kind in ATTRIBUTE_KINDS:
            continue
        if skip is not None and skip(i, [o[-1] for o in out]):
            continue
        line = _clean_line(nodes[i], texts)
        if line is None or _contested(i, line, nodes, avoid):
            continue
        if strict and avoid.rivalled((*line, i), nodes):
            continue
        if strict and avoid.echoes is not None and not avoid.echoes.echoed(c.article, *line[:2]):
            continue  # one source's own fact: a unique line, not a summary line
        if not reads_alone(c.article, line[0], line[1], texts):
            continue
        out.append((c.article, *line, i))
        if len(out) >= size:
            break
    return out


def _superseded_plan(i: int, nodes: list[Node]) -> bool:
    """Claim ``i`` says something is still to happen ("Fiskaa is due to speak to reporters
    this evening") and another article reports it done (same act, same actor, asserted in
    the past tense): a schedule the story has overtaken."""
    c = nodes[i].claim
    if c.modality not in PLANNED and c.tense != "future":
        return False
    return any(
        n.claim.article != c.article
        and n.claim.frame == c.frame
        and n.claim.modality == "asserted"
        and n.claim.tense == "past"
        and set(n.claim.actor_keys) & set(c.actor_keys)
        for n in nodes
    )


def headline_worthy(text: str) -> bool:
    """A line that can stand as a headline or summary line: a whole, self-contained
    sentence (:func:`consilience.unique.whole_sentence`) that names its subject (no
    opening pronoun) and is not a question, an exclamation nor a quotation ('"We will
    rebuild," she said.' is colour, not the story's fact; "Menon wins game two!" is a live
    blog's cry, a reporter's feeling about a fact, not a report of it)."""
    t = text.strip()
    if _PRONOUN_OPENING.match(t):
        return False  # "It was the third closure": whose? a headline names its subject
    return whole_sentence(t) and not t.endswith(_ASKED) and t[:1] not in _QUOTE_MARKS


_QUOTE_MARKS = "\"“‘'"
#: endings of a question or an exclamation (outside a quotation: '"Run!" he shouted.' ends
#: on a full stop)
_ASKED = ("?", '?"', "?”", "!", '!"', "!”")
_FINAL = (".", "!", "?", '"', "”")
_PRONOUN_OPENING = re.compile(r"^(?:it|they|he|she|we|its|their|his|her)\b", re.I)


def _line(
    f, nodes: list[Node], texts: Texts, avoid=(), shared: SharedSpan | None = None
) -> tuple[int, int, str, int] | None:
    """``(start, end, text, node)`` of the clean line a consensus entry ``f`` shows: the
    sentence of the member stated nearest the top of its article
    (:func:`consilience.headline_support.lead_position`; the representative among equals)
    that states the claim as the sentence's main assertion, the representative when all
    are background clauses ("Marsh, who declared a state of emergency, said she had not
    seen the report" is about the report); its clause when the sentence is over 45 words.
    A claim only one party asserts (:func:`consilience.line_guards.party_voices`: its own
    statement, or others reporting its words) is shown only by a line that names the
    party (:func:`consilience.line_guards.carries_attribution`). A sentence holding a
    contested reading (``avoid``: a disputed figure, date or statement, a superseded
    update) or a plan another article reports done gives way to the member's clause alone
    (:func:`_clause_line`), then to another member's sentence.
    None when no member gives such a line, or when the claim only names or describes an
    entity (:func:`_describes`: "Dr Amira Sahin, the office's director", "a rocket built
    by X"). With
    ``shared``, the line says only what every member of another article states
    (:func:`_shared_line`). Of the acceptable lines (one per member), the first that its
    own clause covers whole (:func:`_clause_covers`) is taken, else the first; a line giving
    in a side clause a figure no member of another article gives
    (:func:`consilience.line_figures.lone_figure`: "The bridge, which carries some 52,000
    vehicles ..., was shut" beside "has closed the viaduct") is never taken: the other
    members cite the act, not that figure."""
    group, rep = f[0], f[1]
    if all(_describes(nodes[i].claim) for i in group):
        return None
    rank = article_rank(texts)
    order = sorted(
        (i for i in group if nodes[i].claim.kind not in BACKGROUND_KINDS),
        key=lambda i: (lead_position([i], nodes), i != rep, stable(i, nodes, rank)),
    )
    order += [] if rep in order else [rep]
    voices = party_voices(group, nodes, texts)
    found = list(_member_lines(order, group, nodes, texts, avoid, shared, voices))
    found = [line for line in found if not lone_figure(line[3], line[0], line[1], group, nodes)]
    tight = [line for line in found if _clause_covers(line, nodes, texts)]
    return (tight or found or [None])[0]


def _describes(c: Claim) -> bool:
    """Claim ``c`` only names or describes an entity: a title or appositive
    (:data:`ATTRIBUTE_KINDS`), or a modifier of a noun (``role`` other than ``"event"``:
    "a balloon *flown by Skyward Tours*"), so its sentence's own act is another claim's."""
    return c.kind in ATTRIBUTE_KINDS or c.role not in ("event", None)


def _member_lines(order, group, nodes: list[Node], texts: Texts, avoid, shared, voices):
    """The acceptable lines ``(start, end, text, node)`` of the members ``order`` of
    ``group``, in that order (see :func:`_line`), one per member at most; a member its
    article gives only as the words of an unnamed source
    (:func:`consilience.line_guards.anonymous_source`) gives none: another article's
    plain statement of the claim may. A group one of whose members another article leaves
    an open question (:meth:`consilience.line_denials.Denials.left_open`: "It is not clear
    whether fans will get refunds") gives no line from any member, whatever its words
    ("will get their money back")."""
    if any(avoid.left_open(i) for i in group):
        return
    for i in order:
        art = nodes[i].claim.article
        if anonymous_source(nodes[i].claim.attribution):
            continue  # "according to two people familiar with the talks": a side's leak
        for line in (_clean_line(nodes[i], texts), _clause_line(nodes[i], texts)):
            if line is None:
                continue
            line = _shared_line(i, line, group, nodes, texts, shared)
            if not reads_alone(art, line[0], line[1], texts):
                continue  # a quote, a dangling "them", cut before a date the others lack
            if voices and not carries_attribution(line[2], voices):
                continue  # one party's own claim, given as a fact: say who claims it
            if not _contested(i, line, nodes, avoid):
                yield (*line, i)
                break


def _clause_covers(line: tuple[int, int, str, int], nodes: list[Node], texts: Texts) -> bool:
    """Every word of the line ``(start, end, text, node)`` lies in its claim's clause: the
    line says no more than the clause its member cites ("The authority issued an advisory
    on March 3", not "Rain had fallen since Tuesday, and the authority had issued ...")."""
    c = nodes[line[3]].claim
    own = [{"start": c.start, "end": c.end}]
    return not _uncovered(texts.text(c.article), line[0], line[1], own)


#: ``shared(claim, (start, end), other claims, texts) -> (start, end)``: a line's span cut to
#: what every other claim states (:func:`consilience.consensus.shared_span`)
SharedSpan = Callable[[Claim, tuple[int, int], list[Claim], Texts], tuple[int, int]]


def _shared_line(
    i: int, line: tuple[int, int, str], group: list[int], nodes: list[Node], texts: Texts, shared
) -> tuple[int, int, str]:
    """The line ``(start, end, text)`` of claim ``i`` cut to the part that every sentence
    stating a member of ``group`` in another root article states (``shared``, a
    :data:`SharedSpan`, given those sentences): a line cites each member, so it says only
    what each of them says ("The dam failed on Sunday after a week of rain" beside "the dam
    burst on Sunday" is "The dam failed on Sunday"). The cut ends on token boundaries and
    keeps the predicate. The line is kept whole when the cut would not read as a line
    (:func:`_reads_as_line`), would stop before a value its kept words hang on
    (:func:`consilience.line_guards.cut_before_value`: "battered the town | on Thursday
    afternoon") or before what a verb of saying it keeps said
    (:func:`consilience.line_voice.lost_complement`: "told analysts | that ..."), would drop a core argument or a kept word's head
    (:func:`consilience.line_voice.cut_inside_phrase`), or drops words every other
    sentence states in its own words (:func:`_cut_is_stated`); also when ``shared`` is
    None or no other article is in ``group``."""
    c = nodes[i].claim
    others = [
        replace(o, start=s, end=e)
        for j in group
        if nodes[j].root != nodes[i].root
        for o in [nodes[j].claim]
        for s, e in [texts.sentence(o)]
    ]
    if shared is None or not others:
        return line
    s, e = shared(c, (line[0], line[1]), others, texts)
    if (s, e) == (line[0], line[1]):
        return line
    doc = texts.ctx.analysis(c.article).doc
    e = _regrow(doc, e, line[1], others, texts)
    e = _no_half_phrase(doc, s, e, texts.text(c.article))
    e = _with_complement(doc, s, e, line[1])
    e = attribution_cut(doc, s, e, line[1])  # "..., X told reporters | at the scene": out
    text = texts.text(c.article)[s:e]
    if not _reads_as_line(text) or cut_before_value(doc, s, e) or lost_complement(doc, s, e):
        return line  # "battered the town | on Thursday", "told analysts | that ...": whole
    cut = [t for t in tokens_in(doc, line[0], line[1]) if not s <= t.idx < e and not t.is_punct]
    if any(_core(t) and not _inside(t.head, cut) for t in cut) or cut_inside_phrase(doc, s, e):
        return line
    if _cut_is_stated(cut, others, texts) or _drops_shared_figure(cut, others, texts):
        return line
    return s, e, text


def _drops_shared_figure(cut, others: list[Claim], texts: Texts) -> bool:
    """The tokens ``cut`` hold a number every sentence of ``others`` (claims spanning
    their sentences) gives too (:func:`_number_value`): the figure is the point all the
    cited sentences share, so a line cut before it ends short of its point ("Brightwater
    set the final price" without "at EUR 24 per share", which every other sentence
    gives as "24 euros")."""
    values = {v for t in cut if (v := _number_value(t)) is not None}
    for o in others:
        doc = texts.ctx.analysis(o.article).doc
        there = {v for t in tokens_in(doc, o.start, o.end) if (v := _number_value(t)) is not None}
        values &= there
    return bool(values)


def _number_value(tok) -> str | None:
    """A number token's value as a string ("2,800" -> "2800", "four" -> "four"), else
    None; a year-like or one-digit count is as good as any other."""
    if not tok.like_num:
        return None
    text = tok.text.lower().replace(",", "")
    try:
        return repr(float(text))
    except ValueError:
        return text


#: dependency relations of a phrase that completes its predicate ("was tabled *by X*",
#: "appointed X *as interim chief*", "wants *to leave*"): no shared part leaves it out
_CORE_DEPS = frozenset({"agent", "dative", "dobj", "attr", "oprd", "acomp", "xcomp", "ccomp"})
#: a phrase every other sentence gives this share of (by lemma or WordNet synonym) is
#: stated there in other words, and stays in the line
STATED_SHARE = 0.5


#: dependents that may go whole when a cut leaves them half: an appositive ("..., *the first
#: strike in the region since 1994*"), a modifier phrase or clause
_WHOLE_DEPS = frozenset({"appos", "npadvmod", "prep", "advcl", "acl", "relcl", "conj"})


def _no_half_phrase(doc, s: int, e: int, text: str) -> int:
    """End of the cut line ``s:e`` so that it does not end inside a phrase whose rest was
    cut: "..., the first strike [in the region since 1994]" loses the whole appositive,
    not only its tail. The outermost such phrase (:data:`_WHOLE_DEPS`, or an object set
    off by a comma, :func:`_set_off_object`) goes, with the comma before it."""
    kept = [t for t in tokens_in(doc, s, e) if not t.is_punct]
    if not kept:
        return e
    tok, cut = kept[-1], None
    while tok.head.i != tok.i and s <= tok.head.idx < e:
        edge = tok.right_edge
        whole = tok.dep_ in _WHOLE_DEPS or _set_off_object(tok)
        if edge.idx + len(edge.text) > e and whole and tok.left_edge.idx > s:
            cut = tok.left_edge.idx
        tok = tok.head
    if cut is None:
        return e
    while cut > s and (text[cut - 1].isspace() or text[cut - 1] in ",;:–—-"):
        cut -= 1
    return cut


def _regrow(doc, e: int, end: int, others: list[Claim], texts: Texts) -> int:
    """End of a cut line ``...:e`` (its sentence ending at ``end``) grown back over the cut
    phrases, left to right, that every other sentence states in its own words
    (:func:`_cut_is_stated`): the shared part drops a phrase when one of its words is
    missing elsewhere ("early Sunday" beside "on Sunday morning"); a phrase most of whose
    words every other sentence gives is shared, and the first that is not stops it."""
    tail = [t for t in tokens_in(doc, e, end) if not t.is_punct]
    phrases: list[list] = []
    for tok in tail:
        if phrases and any(tok.is_ancestor(p) or p.is_ancestor(tok) for p in phrases[-1]):
            phrases[-1].append(tok)
        elif phrases and tok.head in phrases[-1]:
            phrases[-1].append(tok)
        else:
            phrases.append([tok])
    for phrase in phrases:
        if not any(_content(t) for t in phrase):
            continue  # "and", "but": kept only between phrases that come back
        if not _cut_is_stated(phrase, others, texts):
            break
        e = phrase[-1].idx + len(phrase[-1].text)
    return e


def _with_complement(doc, s: int, e: int, end: int) -> int:
    """End of the cut line ``s:e`` (its uncut line ending at ``end``) grown over the
    complement of its final verb when the cut stopped just before it
    (:func:`consilience.line_voice.cut_before_complement`): "A cargo plane crashed | into
    a field near Tolva" keeps "into a field near Tolva", not its later adjuncts."""
    if not cut_before_complement(doc, s, e):
        return e
    nxt = next(t for t in doc if t.idx >= e and not t.is_space)
    edge = nxt.right_edge
    return min(end, edge.idx + len(edge.text))


def _set_off_object(tok) -> bool:
    """An object set off by a comma after the verb's phrase ("walked out on Tuesday, *the
    first strike since 1994*"; "closed the route on Monday, *the longest closure*"): the
    parser's reading of an appositive that sums up the clause, since an object proper
    follows its verb with no comma between."""
    if tok.dep_ not in ("dobj", "attr") or tok.left_edge.i <= tok.head.i + 1:
        return False
    return tok.doc[tok.left_edge.i - 1].text == ","


def _core(tok) -> bool:
    """``tok`` heads a phrase that completes its predicate (:data:`_CORE_DEPS`), not an
    object set off by a comma (:func:`_set_off_object`), the argument of an event noun
    that is the predicate's object (:func:`_event_object_argument`), or a restrictive
    clause on a noun (:func:`consilience.line_voice.restrictive_clause`)."""
    return (
        (tok.dep_ in _CORE_DEPS and not _set_off_object(tok))
        or _event_object_argument(tok)
        or restrictive_clause(tok)
    )


def _event_object_argument(tok) -> bool:
    """``tok`` is a preposition on the object of a verb when that object names an act
    (:func:`consilience.date_act_lexicon.is_event_noun`): "gave its approval *to the
    bill*", "launched an attack *on the port*" -- the act's undergoer, which the verb's
    object phrase does not complete without; the parser may hang a "to" right after that
    object on the verb ("gave its backing *to the treaty*": the recipient of the giving)."""
    if tok.dep_ != "prep":
        return False
    noun = tok.head
    if noun.pos_ in ("VERB", "AUX") and tok.lower_ == "to":
        noun = next((c for c in noun.children if c.right_edge.i == tok.i - 1), noun)
    if noun.dep_ not in ("dobj", "attr") or noun.pos_ != "NOUN":
        return False
    return noun.head.pos_ in ("VERB", "AUX") and is_event_noun(noun.lemma_.lower())


def _inside(tok, toks) -> bool:
    return any(t.i == tok.i for t in toks)


def _cut_is_stated(cut, others: list[Claim], texts: Texts) -> bool:
    """Every sentence of ``others`` (claims spanning their sentences) holds at least
    ``STATED_SHARE`` of the content words of the tokens ``cut``, by lemma or by a WordNet
    synonym among the first senses (:func:`consilience.lexicon.synonyms`): "in prison" is
    stated by "jailed"'s sentence only through such a relation, and a cut of words the
    others state is no shared part."""
    words = {_content(t) for t in cut} - {None}
    if not words:
        return True
    for o in others:
        doc = texts.ctx.analysis(o.article).doc
        there = {_content(t) for t in tokens_in(doc, o.start, o.end)} - {None}
        found = sum(1 for w in words if w in there or _synonym_in(w, there))
        if found < STATED_SHARE * len(words):
            return False
    return True


_LEX_POS = {"NOUN": "n", "PROPN": "n", "VERB": "v", "ADJ": "a", "ADV": "a", "NUM": "n"}


def _content(tok) -> tuple[str, str] | None:
    """``(lemma, WordNet pos)`` of a content word, else None."""
    if tok.is_stop or tok.pos_ not in _LEX_POS or not (tok.is_alpha or tok.like_num):
        return None
    return tok.lemma_.lower(), _LEX_POS[tok.pos_]


def _synonym_in(word: tuple[str, str], there: set) -> bool:
    lemma, pos = word
    syn = lexicon.synonyms(lemma, pos)
    return any(w in syn for w, p in there if p == pos)


def _reads_as_line(text: str) -> bool:
    """A cut line still reads as a statement: a capital first (it opens where its
    sentence opens) and at least ``CLAUSE_MIN_WORDS`` words ("The burglars climbed" says
    too little to stand as a summary line)."""
    return text[:1].isupper() and len(text.split()) >= CLAUSE_MIN_WORDS


CLAUSE_MIN_WORDS = 6


def _clause_line(node: Node, texts: Texts) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of ``node``'s clause alone, when its sentence cannot be the
    line (it also states a contested reading: "An earthen dam failed on Sunday, killing
    two people" once a later report gives four dead): the agreed part only, when it is a
    main (or reported) clause opening its sentence with a named subject ("An earthen dam failed on
    Sunday"), at least ``CLAUSE_MIN_WORDS`` words, no quotation mark left open, of a
    sentence that ends as one (not a heading), leaving no restrictive clause of its nouns
    out (:func:`consilience.line_voice.cut_before_restriction`) nor ending inside a noun
    phrase (:func:`consilience.line_voice.cut_inside_phrase`). Else None."""
    c = node.claim
    if c.frame == "report" or c.heading or c.kind not in ("main", "conj", "content"):
        return None
    text = texts.text(c.article)
    if not text[slice(*texts.sentence(c))].rstrip().endswith(_FINAL):
        return None  # a heading or a fragment, not a sentence cut short
    s, e = balanced_quotes(text, *texts.clause(c))
    s = entry_start(text, s, e)
    t = text[s:e].rstrip(" ,;:–—-")
    if not t[:1].isupper() or _PRONOUN_OPENING.match(t) or t[:1] in _QUOTE_MARKS:
        return None
    if len(t.split()) < CLAUSE_MIN_WORDS or t.count('"') % 2:
        return None
    doc = texts.ctx.analysis(c.article).doc
    if cut_before_restriction(doc, s, s + len(t)) or cut_inside_phrase(doc, s, s + len(t)):
        return None  # "Scientists have drilled out a core of ice | that is 1.5m years old"
    return s, s + len(t), t


def _contested(i: int, line: tuple[int, int, str], nodes: list[Node], avoid) -> bool:
    """The line ``(start, end, text)`` of claim ``i`` states a contested reading (overlaps
    ``avoid``), a figure another article gives differently (:func:`_figure_disputed`; a
    count of one counted noun, :meth:`_Avoid.count_disputed`; a minority reading of one
    property, :meth:`_Avoid.minority_figure`) or a plan another article reports done
    (:func:`_superseded_plan`), or dates an act to a day another article dates otherwise
    (:class:`consilience.line_dates.DayReadings`, when ``avoid`` has them), or states a
    plan another article says was called off
    (:class:`consilience.line_reversals.CalledOff`, when ``avoid`` has it)."""
    c = nodes[i].claim
    if overlaps(c.article, line[0], line[1], avoid.spans) or _superseded_plan(i, nodes):
        return True
    inside = [
        j
        for j, n in enumerate(nodes)
        if n.claim.article == c.article and line[0] <= n.claim.start < line[1]
    ]
    if any(
        (
            not overlaps(c.article, nodes[j].claim.start, nodes[j].claim.end, avoid.cleared)
            and (
                _figure_disputed(j, nodes)
                or gives_disputed_figure(j, nodes, avoid.kinds)
                or avoid.count_disputed(j, nodes)
                or avoid.minority_figure(j, nodes)
            )
        )
        or _figure_disputed(j, nodes, figures=False)
        or states_side(j, nodes, avoid.sides)
        or avoid.denied(j)
        for j in inside
    ):
        return True
    if avoid.days is not None and avoid.days.rivalled(c.article, line[0], line[1]):
        return True  # "a strike for December 10" where another says December 12
    if avoid.called_off is not None and avoid.called_off.rivalled(c.article, line[0], line[1]):
        return True  # "will swim the 200m butterfly" where another says she withdrew
    if avoid.rivals is not None and avoid.rivals.rivalled(
        c.article, line[0], line[1], majority=avoid.headline, exempt=avoid.latest
    ):
        return True  # "in an 8am statement" where two others say 7 a.m.
    acts = avoid.acts.get(c.article, [])
    return bool(acts) and tells_disputed_act(avoid.doc(c.article), line[0], line[1], acts)


class _Avoid:
    """What no headline or summary line may state: ``spans``, ``(article, start, end)``
    of contested readings, and ``sides``, ``(frame, actor keys)`` of the sides of
    statement conflicts (:func:`consilience.headline_support.fact_sides`), and ``kinds``,
    figure kinds in dispute with their standing values
    (:func:`consilience.headline_support.disputed_kinds`), and ``acts``, per article that
    takes a side of a statement conflict, the disputed acts
    (:func:`consilience.headline_support.side_acts`); ``texts`` gives the parses;
    ``vecs`` the claim vectors ((n, d) array) and ``latest`` the ``(article, start, end)``
    spans of the latest readings of updates (:meth:`count_disputed`); ``denials`` which
    claims another article denies (:class:`consilience.line_denials.Denials`)."""

    def __init__(
        self,
        spans=(),
        sides=(),
        kinds=None,
        acts=None,
        texts=None,
        vecs=None,
        latest=(),
        denials: Denials | None = None,
    ) -> None:
        self.spans, self.sides, self.kinds = list(spans), list(sides), kinds or Disputed()
        self.denials = denials
        self.acts: dict[str, list] = acts or {}
        self.texts, self.vecs, self.latest = texts, vecs, list(latest)
        self.readings: FigureReadings | None = None
        self.days: DayReadings | None = None
        self.called_off: CalledOff | None = None
        self.echoes: Echoes | None = None
        #: the values and agents other root articles give otherwise
        #: (:class:`consilience.line_rivals.RivalValues`)
        self.rivals: RivalValues | None = None
        #: ``(article, start, end)`` of the majority readings a headline may state
        #: (:func:`consilience.headline_support.majority_spans`); none for a summary line
        self.cleared: list[tuple[str, int, int]] = []
        #: a headline's copy (:meth:`for_headline`): a rival reading outvoted by the line's
        #: own leaves it standing
        self.headline = False

    def for_headline(self, conflicts) -> _Avoid:
        """A copy that lets a headline state the majority's reading of a quantity or
        date conflict (:func:`consilience.headline_support.majority_spans`): those
        readings are no longer contested, and a claim giving one is not held to the
        figure checks of :func:`_contested` (the conflict's reconciled majority stands),
        only to its dates."""
        head = copy(self)
        head.spans, head.cleared = for_headline(self.spans, majority_spans(conflicts))
        head.headline = True
        return head

    def left_open(self, j: int) -> bool:
        """Claim ``j`` settles a question another article leaves open
        (:meth:`consilience.line_denials.Denials.left_open`); False without ``denials``."""
        return self.denials is not None and self.denials.left_open(j)

    def minority_figure(self, j: int, nodes: list[Node]) -> bool:
        """Claim ``j`` gives a figure other articles give differently for the same
        property, and its reading is not the story's clear majority
        (:meth:`consilience.line_figures.FigureReadings.minority`), unless it is the latest
        reading of an update the brief shows. False without claim vectors."""
        if self.vecs is None:
            return False
        if self.readings is None or self.readings.nodes is not nodes:
            self.readings = FigureReadings(nodes)
        c = nodes[j].claim
        return not overlaps(c.article, c.start, c.end, self.latest) and self.readings.minority(j)

    def rivalled(self, line: tuple[int, int, str, int], nodes: list[Node]) -> bool:
        """A claim of the line ``(start, end, text, node)`` gives a figure some other
        article gives only differently for the same property
        (:meth:`consilience.line_figures.FigureReadings.rivalled`), even as the majority,
        and not as the latest reading of an update the brief shows."""
        if self.vecs is None:
            return False
        if self.readings is None or self.readings.nodes is not nodes:
            self.readings = FigureReadings(nodes)
        aid = nodes[line[3]].claim.article
        return any(
            n.claim.article == aid
            and line[0] <= n.claim.start < line[1]
            and not overlaps(aid, n.claim.start, n.claim.end, self.latest)
            and self.readings.rivalled(j)
            for j, n in enumerate(nodes)
        )

    def opposed(self, group: list[int]) -> bool:
        """Another article tells a member of ``group`` the other way round
        (:meth:`consilience.line_denials.Denials.opposed`: "passed its inspection" /
        "had failed a brake test"): the group is one side of a dispute, no summary line;
        False without ``denials``."""
        return self.denials is not None and any(self.denials.opposed(j) for j in group)

    def denied(self, j: int) -> bool:
        """Another article denies claim ``j``
        (:meth:`consilience.line_denials.Denials.denied`): "has closed" / "will not
        close"; False without ``denials``."""
        return self.denials is not None and self.denials.denied(j)

    def count_disputed(self, j: int, nodes: list[Node]) -> bool:
        """Claim ``j`` gives a count another article gives differently
        (:func:`consilience.line_guards.count_disputed`), and is not the latest reading of
        an update the brief shows ("rose to 310" is the story's figure, "140" is not)."""
        if self.vecs is None:
            return False
        c = nodes[j].claim
        if overlaps(c.article, c.start, c.end, self.latest):
            return False
        vecs = self.vecs
        return count_disputed(j, nodes, lambda a, b: float(vecs[a] @ vecs[b]))

    @classmethod
    def of(cls, avoid) -> _Avoid:
        """``avoid`` itself, or a plain list of spans as an :class:`_Avoid`."""
        return avoid if isinstance(avoid, _Avoid) else cls(avoid)

    def doc(self, article: str):
        """The spaCy parse of ``article``."""
        return self.texts.ctx.analysis(article).doc


def _figure_disputed(i: int, nodes: list[Node], figures: bool = True) -> bool:
    """Claim ``i`` gives a precise figure or a date that a claim of another article stating
    the same act (:func:`_same_act`) gives differently (:func:`consilience.unique.
    figures_disagree`, :func:`_dates_differ`): "signed for 95 million euros" / "signed for
    90 million euros", even when no conflict was reported for it; without ``figures``,
    only a date that another article gives differently."""
    c = nodes[i].claim
    if not ((figures and c.figures) or c.dates):
        return False
    for n in nodes:
        o = n.claim
        if o.article == c.article or not (o.figures or o.dates):
            continue
        cos = _cos(nodes[i], n)
        if not _same_act(c, o, cos):
            continue
        if figures and figures_disagree(_ownerless(c.figures), _ownerless(o.figures)):
            return True
        if _dates_differ(c.dates, o.dates):
            return True
    return False


def _same_act(a, b, cos: float) -> bool:
    """Claims ``a`` and ``b`` (``cos``: their sentences' cosine) state one act: one
    predicate with one modality and tense, no two different actors, a noun in common ("a
    case confirmed on Sept. 13" / "The first case was confirmed on Sept. 3"), and, for a
    generic predicate ("be", "have"), close sentences."""
    if a.frame != b.frame or (a.modality, a.tense) != (b.modality, b.tense):
        return False  # "raised its rate on Thursday" / "would raise its rate from Nov. 1"
    if a.actor_keys and b.actor_keys and not set(a.actor_keys) & set(b.actor_keys):
        return False  # "union leaders will meet the board" / "the minister met them"
    shared = bool(set(a.nouns) & set(b.nouns))
    return shared and (a.frame not in GENERIC_FRAMES or cos >= SAME_THING_COSINE)


def _dates_differ(mine: list[str], theirs: list[str]) -> bool:
    """Two claims of one act dated differently: to days that share no month and day
    (:func:`consilience.unique.days_differ`), or to years that share none ("the first
    strike since 1994" / "since 1998")."""
    if days_differ(mine, theirs):
        return True
    ya = {d[:4] for d in mine if d.endswith("|year")}
    yb = {d[:4] for d in theirs if d.endswith("|year")}
    return bool(ya and yb and not ya & yb)


def _ownerless(figures: list[str]) -> list[str]:
    """Figure strings without the owner part of their noun ("money|EUR|...|/fee" and
    "money|EUR|...|/euro" are one kind of figure when the claims state one thing)."""
    return [f.rsplit("|", 1)[0] + "|" + f.rsplit("|", 1)[1].split("/")[0] for f in figures]


def _cos(a: Node, b: Node) -> float:
    """Cosine of the sentence vectors of two claims (0 when one has none)."""
    if a.sentence_vector is None or b.sentence_vector is None:
        return 0.0
    return float(a.sentence_vector @ b.sentence_vector)


def _clean_line(node: Node, texts: Texts) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of the line stating ``node``'s claim, or None (see
    :func:`_line`; never a sentence about the reporting,
    :func:`consilience.meta_lines.meta_line`, nor one said to the reader,
    :func:`consilience.meta_lines.reader_address`, nor one about the outlet's own coverage,
    :func:`consilience.meta_lines.coverage_line`, nor a statement about a kind,
    :func:`consilience.meta_lines.generic_statement`, nor a formula about communication
    or a lead-in to a quotation, :mod:`consilience.silent_lines`, nor a superseded
    reading of a figure, :func:`consilience.line_figures.earlier_reading`; a live-blog
    entry's time left out, :func:`consilience.line_entries.entry_start`)."""
    c = node.claim
    if c.frame == "report" or c.heading:
        return None
    s, e = texts.sentence(c)
    text = texts.text(c.article)
    s = entry_start(text, s, e)  # "21:15 Menon wins ...": the entry's time is no text
    if text[s:e].lstrip()[:1] in _QUOTE_MARKS:
        return None  # a quotation, even one cut to a single sentence
    if len(text[s:e].split()) > 45:
        s, e = texts.clause(c)
    s, e = balanced_quotes(text, s, e)
    doc = texts.ctx.analysis(c.article).doc
    s = dateline_end(doc, s, e)  # "Harbourton, 19 November 2026 - ": where it was filed
    if meta_line(doc, s, e) or reader_address(doc, s, e) or coverage_line(doc, s, e):
        return None  # "Valuations are even less certain.", "Stay with us.": no fact
    if silence_line(doc, s, e) or quote_lead_in(doc, s, e):
        return None  # "The club will make no further comment.": about communication only
    if generic_statement(doc, s, e):
        return None  # "Ice cores work like tree rings.": a kind, not the story
    if earlier_reading(doc, s, e):
        return None  # "The department had earlier put the toll at 42.": overtaken
    return (s, e, text[s:e]) if headline_worthy(text[s:e]) else None


#: weights of :func:`headline_score`, fitted on the judged held-out sets s5-s10 by
#: ``python bench/headline_fit.py`` (most headlines stating the event the most articles
#: state): per sentence of lead position, and per independent source of support
LEAD_WEIGHT = 0.005
SOURCE_WEIGHT = 0.0
#: weight of lexical coverage (:class:`consilience.headline_support.StoryCoverage`, in
#: names shared per other article) beside centrality (a cosine): chosen on s5-s11 by
#: ``python bench/headline_pool_dev.py``; central headlines (``bench/headline_lines_bench.py``)
#: on s5-s11 34/42 at the session's start, 37/42 with the lead pool and coverage; s12, the
#: session's own check, 2/6 -> 4/6
COVERAGE_WEIGHT = 1.0


def headline_features(
    f, line, nodes: list[Node], cent: StoryCentrality, cover: StoryCoverage | None = None
) -> tuple:
    """``(centrality, lead position, independent sources, coverage)`` of the entry ``f``
    shown by ``line`` (``(start, end, text, node)``): how much of the story retells the
    line's sentence (:class:`consilience.headline_support.StoryCentrality`), how near the
    top of its articles it is stated (:func:`consilience.headline_support.lead_position`;
    a line shown from lower down in its own article counts as low as its own sentence),
    its support, and how much of what it names the other articles name
    (:class:`consilience.headline_support.StoryCoverage`; 0.0 without ``cover``)."""
    lead = max(lead_position(f[0], nodes), lead_position([line[3]], nodes))
    return (cent.of(line[3]), lead, f[3], cover.of(line[3]) if cover is not None else 0.0)


def headline_score(
    features: tuple, lead_weight: float = LEAD_WEIGHT, source_weight: float = SOURCE_WEIGHT
) -> float:
    """Score of a headline candidate from :func:`headline_features`: centrality plus
    ``COVERAGE_WEIGHT`` times coverage (absent from a 3-tuple: 0), less ``lead_weight`` per
    sentence down its articles, plus ``source_weight`` per independent source (at most five
    count)."""
    cent, lead, sources = features[:3]
    cover = features[3] if len(features) > 3 else 0.0
    return cent + COVERAGE_WEIGHT * cover - lead_weight * lead + source_weight * min(sources, 5)


def _pick_headline(
    lines: list[tuple[tuple, tuple]], nodes: list[Node], rank, cent, texts: Texts | None = None
) -> int:
    """Index in ``lines`` (entries with their lines) of the headline: a line that is no
    record claim (:func:`consilience.headline_support.record_claim`, read with ``texts``)
    first, then a line not told about attention (:func:`consilience.meta_lines.attention_line`:
    "Attention has turned to ..."), then a line whose claim is not negated (what did not
    happen -- "There was no sign of nests" -- is a side of the event, not the event), then
    a line that reports rather than judges or hedges (:func:`_assesses`: "The pictures are
    as striking as promised", "appears to have been one of the largest") or quotes
    someone's words (:func:`_quoted_words`), then
    the best :func:`headline_score` -- the line most of the story retells and
    whose names most of the story names, stated near the top -- ties by support, then by
    :func:`consilience.headline_support.stable` (never by the order of the input).
    ``cent``: the story's :class:`consilience.headline_support.StoryCentrality`."""
    cover = StoryCoverage(nodes)

    def record(k: int) -> bool:
        s, e, _text, i = lines[k][1]
        return texts is not None and record_claim(
            texts.ctx.analysis(nodes[i].claim.article).doc, s, e
        )

    def attention(k: int) -> bool:
        s, e, _text, i = lines[k][1]
        return texts is not None and attention_line(
            texts.ctx.analysis(nodes[i].claim.article).doc, s, e
        )

    def denied(k: int) -> bool:
        s, e, _text, i = lines[k][1]
        if nodes[i].claim.negated:
            return True
        return texts is not None and denies(texts.ctx.analysis(nodes[i].claim.article).doc, s, e)

    def assessed(k: int) -> bool:
        line = lines[k][1]
        return texts is not None and (_assesses(line, nodes, texts) or _quoted_words(line[2]))

    return min(
        range(len(lines)),
        key=lambda k: (
            record(k),
            attention(k),
            denied(k),
            assessed(k),
            -round(headline_score(headline_features(*lines[k], nodes, cent, cover)), 6),
            -lines[k][0][3],
            -len(lines[k][0][2]),
            stable(lines[k][1][3], nodes, rank),
        ),
    )


def _assesses(line: tuple[int, int, str, int], nodes: list[Node], texts: Texts) -> bool:
    """The line ``(start, end, text, node)`` judges or hedges rather than reports
    (:func:`consilience.assessment_lines.assessment_line`)."""
    s, e, _text, i = line
    return assessment_line(texts.ctx.analysis(nodes[i].claim.article).doc, s, e)


#: a quotation of two words or more inside a line ('called the images "a sky full of
#: surprises"')
_QUOTED = re.compile(r'["“][^"”]*\s[^"”]*["”]')


def _quoted_words(text: str) -> bool:
    """``text`` holds a quotation of two words or more: someone's words, not the event."""
    return _QUOTED.search(text) is not None


def _entries(consensus, groups, nodes: list[Node], vecs, texts: Texts, avoid) -> list[tuple]:
    """The consensus entries (citations in article rank, the representative chosen
    without regard to input order), then every other claim two or more articles state (:func:`consilience.headline_support.supported_entries`) that
    shares no clause with a consensus entry."""
    rank = article_rank(texts)
    own = [
        (
            sorted(f[0]),
            representative(f[0], nodes, vecs, rank),
            f[2],
            f[3],
            sorted_citations(f[4], rank),
        )
        for f in consensus
    ]
    used = {i for f in own for i in f[0]}
    more = [f for f in supported_entries(groups, nodes, vecs, texts, avoid) if not used & set(f[0])]
    return own + more


def summary_and_headline(
    consensus, nodes, vecs, texts: Texts, conflicts=(), groups=(), shared: SharedSpan | None = None
):
    """``(summary, headline)``, the same whatever the order of the input articles.

    The headline is the most central well-supported claim (:func:`_pick_headline`) among
    the consensus entries and the other claims two or more articles state (``groups``:
    the story's aligned claim groups, node indices; see :func:`_entries`), as a clean
    whole sentence. The summary is up to ``SUMMARY_SIZE`` further consensus claims, best
    supported first, filled up to ``LEAD_LINES`` with claims two or more independent
    sources state; none gives a figure another article gives differently, even as the
    majority's reading (:meth:`_Avoid.rivalled`: the headline may give the majority's), and
    none repeats the headline or another line (:func:`_redundant`,
    :func:`_same_figure`). No line states a reading of one of the brief's ``conflicts``
    (a disputed or superseded one, :func:`consilience.claim_spans.contested_spans`; a
    headline from the articles' leads may state the majority's reading of a quantity or
    date conflict, :meth:`_Avoid.for_headline`) nor a side of a statement conflict in
    other words (:func:`consilience.headline_support.states_side`); no summary line is a
    claim another article tells with the opposite verb (:meth:`_Avoid.opposed`). Without such lines the headline
    is the first article's lead (:func:`lead_headline`) and the summary the lead
    sentences of the articles that do not repeat it (at most ``LEAD_LINES``), also when
    the headline is the only line two articles share. ``shared`` (a :data:`SharedSpan`)
    cuts each line to what every cited clause states (:func:`_shared_line`). Each line is
    ``{"text", "citations"}``."""
    conflicts = list(conflicts)
    avoid = _Avoid(
        contested_spans(conflicts),
        fact_sides(conflicts, nodes),
        disputed_kinds(conflicts, nodes),
        side_acts(conflicts),
        texts,
        vecs,
        latest_spans(conflicts),
        Denials(nodes, texts),
    )
    avoid.days = DayReadings(nodes, texts)
    avoid.called_off = CalledOff(nodes, texts)
    avoid.echoes = Echoes(nodes, texts)
    avoid.rivals = RivalValues(texts.ctx, {n.claim.article: n.root for n in nodes})
    rank = article_rank(texts)
    figures = _sentence_figures(nodes)
    entries = _entries(consensus, groups, nodes, vecs, texts, avoid.spans)
    lines = [
        (f, line) for f in entries if (line := _line(f, nodes, texts, avoid, shared)) is not None
    ]
    cands = lines + lead_pool(nodes, texts, avoid.for_headline(conflicts), lines)
    if cands:
        top = _pick_headline(cands, nodes, rank, StoryCentrality(nodes), texts)
        f, (s, e, text, rep) = cands[top]
        cited = _stating(f[4], rep, s, e, nodes, texts)
        headline = [covered_line(nodes[rep].claim.article, s, e, cited, texts)]
        said = _sentences(f[0], nodes)
        top = top if top < len(lines) else -1
    else:
        headline = lead_headline(nodes, texts, avoid)
        rep, top, said = _headline_node(headline, nodes), -1, set()
    chosen = [] if rep is None else [rep]
    lines = [(_restated(f, line, nodes, texts), line) for f, line in lines]
    keep = [
        k
        for k, (entry, line) in enumerate(lines)
        if k == top
        or not (
            avoid.rivalled(line, nodes) or _assesses(line, nodes, texts) or avoid.opposed(entry[0])
        )
    ]
    top = keep.index(top) if top in keep else -1
    lines = [lines[k] for k in keep]  # a summary line gives no reading of a dispute
    summary = _summary_lines(lines, top, consensus, chosen, said, nodes, vecs, figures)
    for k, item in enumerate(summary):
        i, s, e = item.pop("_line")
        cited = _stating(item["citations"], i, s, e, nodes, texts)
        summary[k] = covered_line(nodes[i].claim.article, s, e, cited, texts)
    if not summary:
        summary = _lead_summary(rep, chosen, nodes, vecs, texts, avoid, figures)
    return summary, headline


def latest_spans(conflicts) -> list[tuple[str, int, int]]:
    """``(article, start, end)`` of the readings of updates (conflicts with ``"update"``)
    that are not superseded: the story's latest figures."""
    out = []
    for conflict in conflicts:
        if not conflict.get("update"):
            continue
        old = set(conflict.get("superseded") or [])
        for r in conflict.get("readings", []):
            cite = r.get("citation") or {}
            if "article" in cite and cite["article"] not in old:
                out.append((cite["article"], cite["start"], cite["end"]))
    return out


def covered_line(
    article: str, start: int, end: int, cited: list[dict[str, Any]], texts: Texts
) -> dict[str, Any]:
    """The line ``{"text", "citations"}`` showing characters ``start:end`` of ``article``,
    every word of it covered by what its citations ``cited`` (``{"article", "start",
    "end"}``) state. When the citations in ``article`` leave words of the line uncovered
    ("*Speaking on Friday,* the minister said ..." citing only the reported clause), the
    line is cut to the longest covered run when that still reads as a line
    (:func:`_reads_as_line`, :func:`consilience.line_guards.reads_alone`); else the line's
    own sentence span is cited in place of the
    citations inside it, since that sentence states each part. Offsets are characters."""
    text = texts.text(article)
    own = [c for c in cited if c["article"] == article and c["start"] < end and start < c["end"]]
    gaps = _uncovered(text, start, end, own)
    if not gaps:
        return {"text": text[start:end], "citations": cited}
    run = _longest_run(text, start, end, gaps)
    if run is not None and reads_alone(article, run[0], run[1], texts):
        return {"text": text[run[0] : run[1]], "citations": cited}
    rest = [c for c in cited if not any(c is o for o in own)]
    line = Span(article, start, end).to_json()
    return {"text": text[start:end], "citations": _in_rank([line, *rest], texts)}


def _in_rank(cited: list[dict[str, Any]], texts: Texts) -> list[dict[str, Any]]:
    return sorted_citations(cited, article_rank(texts))


def _uncovered(text: str, start: int, end: int, own: list[dict[str, Any]]) -> list[int]:
    """Offsets in ``start:end`` of word characters (letters, digits) no span of ``own``
    covers."""
    return [
        k
        for k in range(start, end)
        if text[k].isalnum() and not any(c["start"] <= k < c["end"] for c in own)
    ]


def _longest_run(text: str, start: int, end: int, gaps: list[int]) -> tuple[int, int] | None:
    """``(start, end)`` of the longest stretch of ``start:end`` holding no offset of ``gaps``,
    on whole words, with no trailing comma, colon, semicolon or dash, when it reads as a
    line (:func:`_reads_as_line`); else None."""
    bounds = [start - 1, *gaps, end]
    best = None
    for a, b in zip(bounds, bounds[1:], strict=False):
        s, e = _whole_words(text, a + 1, b, end)
        if e > s and (best is None or e - s > best[1] - best[0]):
            best = (s, e)
    if best is None or not _reads_as_line(text[best[0] : best[1]]):
        return None
    return best


def _whole_words(text: str, s: int, e: int, end: int) -> tuple[int, int]:
    """``s:e`` shrunk to whole words (a word cut at either edge goes), no space or
    punctuation other than a full stop or a quotation mark at its edges."""
    if s > 0 and text[s - 1].isalnum():
        while s < e and not text[s].isspace():
            s += 1
    while s < e and not (text[s].isalnum() or text[s] in _QUOTE_MARKS):
        s += 1
    if e < end and text[e].isalnum():
        while e > s and not text[e - 1].isspace():
            e -= 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-"):
        e -= 1
    return s, e


def _stating(cited, i: int, s: int, e: int, nodes: list[Node], texts: Texts) -> list[dict]:
    """``cited`` without the citations that do not state the line ``s:e`` of claim ``i``'s
    article (:func:`consilience.headline_support.stating_citations`)."""
    return stating_citations((nodes[i].claim.article, s, e), cited, texts)


#: clean lines from the top of each article that stand as headline candidates beside the
#: claims two or more articles share: the central event may be told in words no aligner
#: matches ("investigating an outbreak of E. coli among pupils" / "pupils have fallen ill
#: with E. coli")
LEAD_POOL = 2


def lead_pool(nodes: list[Node], texts: Texts, avoid, taken) -> list[tuple[tuple, tuple]]:
    """Headline candidates ``(entry, line)`` from the articles' leads: per article, the
    first ``LEAD_POOL`` sentences (in order) stating a clean main claim
    (:func:`_clean_line`) that reads alone, is not an unnamed source's words and states
    no contested or denied reading (:func:`_contested`; with ``avoid`` from
    :meth:`_Avoid.for_headline`, the majority's reading of a quantity or date conflict
    is not contested: most leads carry the figure one outlier disputes) nor, in a side
    clause, a figure no other article gives (:func:`consilience.line_figures.aside_figure`),
    nor a day no other root article gives (:meth:`consilience.line_dates.DayReadings.unshared`,
    when ``avoid`` has day readings), each as an
    entry of one article citing its own sentence; a sentence stating a member of an entry of ``taken`` is left
    out (that entry shows the claim, with all its citations).
    Each competes for the headline only (one source: never a summary line)."""
    rank = article_rank(texts)
    shown = {(nodes[i].claim.article, nodes[i].claim.sentence) for f, _line in taken for i in f[0]}
    count: dict[str, int] = {}
    out: list[tuple[tuple, tuple]] = []
    for i in sorted(range(len(nodes)), key=lambda i: stable(i, nodes, rank)):
        c = nodes[i].claim
        key = (c.article, c.sentence)
        if count.get(c.article, 0) >= LEAD_POOL or key in shown:
            continue
        if c.kind not in ("main", "conj", "content") or anonymous_source(c.attribution):
            continue
        line = _clean_line(nodes[i], texts)
        if line is None or not reads_alone(c.article, line[0], line[1], texts):
            continue
        shown.add(key)
        count[c.article] = count.get(c.article, 0) + 1
        if _contested(i, line, nodes, avoid) or aside_figure(i, line[0], line[1], nodes):
            continue  # a disputed reading, or one source's figure in a side clause
        if avoid.days is not None and avoid.days.unshared(c.article, line[0], line[1]):
            continue  # one source's own day: "at Monday's meeting", the rest say Tuesday
        entry = ([i], i, [c.article], 1, [Span(c.article, line[0], line[1]).to_json()])
        out.append((entry, (*line, i)))
    return out


def _restated(f, line, nodes: list[Node], texts: Texts) -> tuple:
    """Entry ``f`` without the citations that give another date of its ``line`` (``(start,
    end, text, node)``; :func:`consilience.headline_support.dated_otherwise`), and the
    articles they are in: a summary line cited by one article once the others turn out to
    date the act otherwise ("buried around AD 300" beside "around AD 270") is that
    source's reading, not a summary line."""
    aid, s, e = nodes[line[3]].claim.article, line[0], line[1]
    dated = date_digits(texts.ctx.analysis(aid).doc, s, e)
    cited = [
        c
        for c in f[4]
        if (c["article"] == aid and c["start"] < e and s < c["end"])
        or not dated_otherwise(dated, c, texts)
    ]
    arts = [a for a in f[2] if any(c["article"] == a for c in cited)]
    return (f[0], f[1], arts, min(f[3], len(arts)), cited)


def _summary_lines(lines, top, consensus, chosen, said, nodes, vecs, figures) -> list[dict]:
    """The summary from ``lines`` (entries with their lines; ``top`` the headline's index):
    consensus lines up to ``SUMMARY_SIZE``, other lines two or more independent sources
    state while fewer than ``LEAD_LINES`` are chosen, each cited in two articles or more
    (``f[2]``, after :func:`_restated`); a line repeating a chosen one
    (:func:`_repeats`) or whose entry cites a sentence an earlier line's entry cites
    (``said``: ``(article, sentence)``; one sentence states one thing) is passed over.
    ``chosen`` (node indices of the lines taken) grows. Each item also holds ``"_line"``:
    ``(node, start, end)`` of its line."""
    summary: list[dict[str, Any]] = []
    for k, (f, (s, e, text, i)) in enumerate(lines):
        if len(summary) >= SUMMARY_SIZE:
            break
        extra = not _is_consensus(f, consensus)
        if k == top or (extra and (len(summary) >= LEAD_LINES or f[3] < 2)) or len(f[2]) < 2:
            continue  # the headline, a filler past its count, a line one article states
        mine = _sentences(f[0], nodes)
        if mine & said or _repeats(i, chosen, nodes, vecs, figures):
            continue
        said |= mine
        chosen.append(i)
        summary.append({"text": text, "citations": f[4], "_line": (i, s, e)})
    return summary


def _sentences(group: list[int], nodes: list[Node]) -> set[tuple[str, int]]:
    """``(article, sentence index)`` of every claim of ``group``."""
    return {(nodes[i].claim.article, nodes[i].claim.sentence) for i in group}


def _is_consensus(f, consensus) -> bool:
    """Entry ``f`` is one of the ``consensus`` entries (same group)."""
    return any(sorted(f[0]) == sorted(c[0]) for c in consensus)


def _lead_summary(rep, chosen, nodes, vecs, texts: Texts, avoid, figures) -> list[dict]:
    """Summary lines when no two articles state anything in common: the lead sentences of
    the articles (in article rank) that do not repeat the headline (at most
    ``LEAD_LINES``)."""
    rank = article_rank(texts)
    said = _sentence_of(rep, nodes)
    pool = [i for i in range(len(nodes)) if _sentence_of(i, nodes) != said]
    pool.sort(key=lambda i: stable(i, nodes, rank))

    def skip(i: int, taken: list[int]) -> bool:
        return _repeats(i, chosen + taken, nodes, vecs, figures)

    out = []
    for a, s, e, text, i in _lead_lines(pool, nodes, texts, avoid, LEAD_LINES, skip, True):
        chosen.append(i)
        out.append({"text": text, "citations": [Span(a, s, e).to_json()]})
    return out


def _sentence_of(i: int | None, nodes: list[Node]) -> tuple[str, int] | None:
    """``(article, sentence index)`` of claim ``i`` (None for None)."""
    return None if i is None else (nodes[i].claim.article, nodes[i].claim.sentence)


def _headline_node(headline: list[dict[str, Any]], nodes: list[Node]) -> int | None:
    """The first claim inside the headline's citation, if any."""
    if not headline:
        return None
    c = headline[0]["citations"][0]
    for i, n in enumerate(nodes):
        if n.claim.article == c["article"] and c["start"] <= n.claim.start < c["end"]:
            return i
    return None


def _sentence_figures(nodes: list[Node]) -> dict[tuple[str, int], list[str]]:
    """``(article, sentence) -> figures`` of every claim of that sentence."""
    out: dict[tuple[str, int], list[str]] = {}
    for n in nodes:
        out.setdefault((n.claim.article, n.claim.sentence), []).extend(n.claim.figures)
    return out


def _repeats(i: int, chosen: list[int], nodes: list[Node], vecs, figures) -> bool:
    """Line of claim ``i`` repeats a chosen line (:func:`_redundant`, one precise figure
    of one kind in both sentences, :func:`_same_figure`, or one claim under one named
    party, :func:`consilience.line_guards.same_claim_of_party`)."""
    mine = figures.get((nodes[i].claim.article, nodes[i].claim.sentence), [])
    for j in chosen:
        theirs = figures.get((nodes[j].claim.article, nodes[j].claim.sentence), [])
        cos = float(vecs[i] @ vecs[j])
        if _redundant(nodes[i], nodes[j], cos):
            return True
        if _same_figure(mine, theirs) or same_claim_of_party(i, j, nodes, cos):
            return True
    return False
