"""The clause of a consensus member that states the item's act, when it is not the member's
main clause.

    with_act_clauses(group, nodes, texts) -> nodes (a copy, some claims re-anchored)

A claim is extracted per clause, but a sentence may state the act the other articles state
in a clause subordinate to another act: "*When the councillors voted* for the tax, they
expected little resistance", "Residents, *after the river burst its banks*, were moved to
the school". The whole sentence is then one claim whose predicate ("expect", "move") is
another act; alignment may still group it with the other articles' "voted" (its wording is
close), and its citation is its main clause, which states something else (kind 1 of
heldout_s24/judged.md: "they apparently expected little resistance beyond the hotel lobby"
cited for "the council voted to charge visitors a nightly tax").

A member is re-anchored when its own predicate names an act that no member of another
article states (:func:`consilience.same_act.acts_related`, one lemma or WordNet) while a verb
of its clause, heading an adverbial or coordinated clause of that predicate
(:data:`_SUBCLAUSE_DEPS`) that states its act as done (:func:`asserted_clause`: its own
subject, no negation or modal, not opened by "if" or "unless"), names the act another
article's member states. Its claim is then
that verb's clause (the verb's subtree, without the subordinating word "when", "after" ...),
with that verb as predicate, so the item cites what the member states of the act, and the
agreed-part cut (:func:`consilience.consensus.agreed_cut`) works on that clause. Members
whose predicate states the act, or whose clause holds no such verb, are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from .align import Node
from .claim_spans import Texts
from .model import Claim
from .same_act import acts_related

#: dependencies of a verb that heads a clause of its own inside another clause: an
#: adverbial clause ("*when* they voted"), a coordinated verb. Never a clausal complement:
#: what "denied", "feared" or "hoped" governs is not asserted
_SUBCLAUSE_DEPS = frozenset({"advcl", "conj"})
#: subordinating words after which a clause states what happened ("when", "after", "as",
#: "because" ...); "if", "unless", "until", "whether" open one that did not (or may not)
_FACTUAL_MARKS = frozenset("when after as while since because once although though whereas".split())
#: dependencies that make a clause not state its act as done: a negation, a modal
_UNASSERTED_DEPS = frozenset({"neg"})
_MODALS = frozenset("could would might may must should can will shall".split())
#: words that open a subordinate clause without being part of what it states
_OPENERS = frozenset({"mark", "cc", "punct", "advmod"})


def _head(predicate: str) -> str:
    return predicate.split("_")[0]


def _one_act(x: str, y: str) -> bool:
    """Whether two predicate lemmas name one act: the same word, or WordNet relates them."""
    x, y = _head(x), _head(y)
    return x == y or acts_related(x, y)


def _act_verb(c: Claim, texts: Texts, acts: set[str]):
    """The verb of claim ``c``'s clause, other than its predicate, that heads a clause
    subordinate to it (:data:`_SUBCLAUSE_DEPS`) and names one of ``acts`` (lemmas), or None."""
    doc = texts.ctx.analysis(c.article).doc
    s, e = texts.clause(c)
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    head = _head(c.predicate)
    for t in span:
        if t.pos_ != "VERB" or t.dep_ not in _SUBCLAUSE_DEPS or t.lemma_.lower() == head:
            continue
        if t.head.lemma_.lower() != head:
            continue  # a clause of another verb than the member's predicate
        if asserted_clause(t) and any(_one_act(t.lemma_.lower(), a) for a in acts):
            return t
    return None


def asserted_clause(verb) -> bool:
    """Whether the clause ``verb`` heads states its act as done: a subject of its own, no
    negation or modal, and no subordinating word but a factual one (:data:`_FACTUAL_MARKS`:
    "*if* the council approves it" states nothing done)."""
    kids = list(verb.children)
    if not any(k.dep_ in ("nsubj", "nsubjpass") for k in kids):
        return False
    if any(k.dep_ in _UNASSERTED_DEPS or k.lower_ in _MODALS for k in kids):
        return False
    marks = [k.lower_ for k in kids if k.dep_ == "mark"]
    return all(m in _FACTUAL_MARKS for m in marks)


def _clause_of(verb, s: int, e: int) -> tuple[int, int] | None:
    """Character span of ``verb``'s subtree within ``s:e``, without the words that open it
    ("when", "after", a comma); None when it holds fewer than three words."""
    toks = [t for t in verb.subtree if s <= t.idx and t.idx + len(t.text) <= e]
    toks = [t for t in toks if t.i >= verb.i or t.dep_ not in ("cc",)]
    while toks and toks[0].i < verb.i and toks[0].dep_ in _OPENERS and toks[0].head.i == verb.i:
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def reanchored(c: Claim, others: list[Claim], texts: Texts) -> Claim | None:
    """Claim ``c`` narrowed to the clause of its sentence that states the act of one of
    ``others`` (members of other articles), when its own predicate states none of their
    acts (module docstring); None when it is left as it is."""
    acts = {o.predicate for o in others}
    if not acts or any(_one_act(c.predicate, a) for a in acts):
        return None
    verb = _act_verb(c, texts, acts)
    if verb is None:
        return None
    got = _clause_of(verb, *texts.clause(c))
    if got is None:
        return None
    s, e = got
    text = texts.text(c.article)
    return replace(c, start=s, end=e, text=text[s:e], predicate=verb.lemma_.lower())


def with_act_clauses(group: list[int], nodes: list[Node], texts: Texts) -> list[Node]:
    """``nodes`` with each member of ``group`` whose act clause is subordinate to another
    act re-anchored to that clause (:func:`reanchored`); ``nodes`` itself when none is."""
    out: list[Node] | None = None
    for i in group:
        c = nodes[i].claim
        others = [nodes[j].claim for j in group if nodes[j].claim.article != c.article]
        got = reanchored(c, others, texts)
        if got is None:
            continue
        out = list(nodes) if out is None else out
        out[i] = replace(nodes[i], claim=got)
    return nodes if out is None else out
