"""What a headline or summary line may not state, beyond the brief's conflicts: a count
another article gives differently for the same thing, and one party's own claim without
its attribution.

    count_disputed(i, nodes, vecs) -> bool        # "140 operations" where another says 90
    party_voices(group, nodes, texts) -> [str]     # who asserts it, when only one party does
    carries_attribution(text, voices) -> bool      # the line says who asserts it
    same_claim_of_party(i, j, nodes, cos) -> bool  # two lines telling one party's one claim
    reads_alone(article, start, end, texts) -> bool  # no quote as fact, no dangling "them",
                                                   # not cut just before a date, figure or
                                                   # complement, not in the first person

Both read the claims (:class:`consilience.align.Node`) and their vectors only: no word list.
A count is disputed when another root article gives a precise count of the same counted
noun (the figure string's noun, ``"count||140|135|145|operation/"``) that does not meet it,
in a claim close to it (:func:`consilience.unique.count_disputed`) telling the same act (a
WordNet-related verb, or the verb's word in it) or counting the same patient: "We have
postponed 140 planned operations" / "About 90 planned operations were called off" / "the
number of postponed operations rose to 310". A claim is one party's assertion when every
article stating it either reports it as that party's words (the claim's ``attribution``) or
is that party's own statement (the article's outlet is named in the attribution, wholly or
by two words: a press release of "Halcyon Tanker Management" beside "Halcyon Tanker
Management says the papers were valid").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .analyse import tokens_in
from .line_voice import (
    cut_before_complement,
    cut_before_restriction,
    cut_inside_phrase,
    cut_short,
    first_person_word,
    lost_complement,
    states_clause,
)
from .quote_marks import find_quotations
from .unique import count_disputed, dangling_plural, dangling_rest, unanchored_subject

__all__ = [
    "anonymous_source",
    "carries_attribution",
    "count_disputed",
    "party_voices",
    "reads_alone",
    "same_claim_of_party",
]

if TYPE_CHECKING:
    from .align import Node
    from .claim_spans import Texts

#: words of a name too common to tell two parties apart
_NAME_STOP = frozenset({"the", "a", "an", "of", "and", "for", "its", "it", "that", "which", "who"})


def _name_words(name: str) -> frozenset[str]:
    """Lower-cased words of a name or attribution, without articles and pronouns."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in _NAME_STOP)


def _one_party(voices: list[str]) -> bool:
    """Every attribution in ``voices`` shares a name word with the first: one party
    ("The company that manages it, Halcyon Tanker Management" / "Halcyon")."""
    first = _name_words(voices[0])
    return all(first & _name_words(v) for v in voices[1:])


def party_voices(group: Sequence[int], nodes: Sequence[Node], texts: Texts) -> list[str]:
    """The attributions (``Claim.attribution`` strings) under which the claims ``group``
    are stated, when every article stating them reports them as the words of one party or
    is that party's own statement (its outlet named in an attribution, :func:`_names_party`),
    and one is; else ``[]`` (some article states the claim in its own voice, several
    parties do, or only reports of one source's words state it: "officials said" in two
    papers is a source, not a party speaking for itself)."""
    voices = [a for i in group if (a := nodes[i].claim.attribution)]
    if not voices or not _one_party(voices):
        return []
    said = {nodes[i].claim.article for i in group if nodes[i].claim.attribution}
    own = False
    for i in group:
        c = nodes[i].claim
        if c.attribution or c.article in said:
            continue
        outlet = _name_words(texts.ctx.analysis(c.article).article.outlet or "")
        if not any(_names_party(outlet, v) for v in voices):
            return []
        own = True
    return voices if own else []


def _names_party(outlet: frozenset[str], voice: str) -> bool:
    """The attribution ``voice`` names the outlet whose name words are ``outlet``: all of
    them, or two ("the festival's board" / "Harrowgate Organ Festival Board")."""
    shared = outlet & _name_words(voice)
    return bool(outlet) and (shared == outlet or len(shared) >= 2)


def carries_attribution(text: str, voices: Sequence[str]) -> bool:
    """The line ``text`` names who asserts it: it holds one of the attributions
    ``voices`` (as written in its article)."""
    return any(v and v in text for v in voices)


#: two clauses (cosine of their clause vectors) whose sentences name one party and that
#: share a thing ("an inquiry into safety at the plant") state one claim from this close
PARTY_CLAUSE_COSINE = 0.55


def _party_names(c) -> frozenset[str]:
    """Surnames (last words, lower-cased) of the parties of a claim: its named actor
    (``actor_label`` set: "Clara Voss said *she* would open ...", the pronoun resolved) and
    the source it is given as (the last capitalised word of its ``attribution``: "Minister
    Clara Voss said ..."). A place or firm the clause only mentions is no party."""
    out = {k.split()[-1] for k in c.actor_keys if c.actor_label and k.split()}
    caps = re.findall(r"\b[A-Z][\w'’-]+", c.attribution or "")
    if caps:
        out.add(caps[-1].lower())
    return frozenset(out)


def _sentence_parties(k: int, nodes: Sequence[Node]) -> frozenset[str]:
    """:func:`_party_names` of every claim of claim ``k``'s sentence."""
    c = nodes[k].claim
    found: set[str] = set()
    for n in nodes:
        if n.claim.article == c.article and n.claim.sentence == c.sentence:
            found |= _party_names(n.claim)
    return frozenset(found)


def same_claim_of_party(i: int, j: int, nodes: Sequence[Node], cos: float) -> bool:
    """Claims ``i`` and ``j`` (``cos``: their clause vectors' cosine) state one claim of one
    party: same polarity, their sentences name a party in common (:func:`_party_names`),
    their clauses share a thing they are about (a noun that names no party) and are at
    least ``PARTY_CLAUSE_COSINE`` close. "Minister Ana Ruiz said she would order an audit
    of the port" / "An audit of the port will start in May, Ruiz said" is one claim; "Ruiz
    said the port would reopen" is another (no close clause)."""
    a, b = nodes[i].claim, nodes[j].claim
    if a.negated != b.negated or cos < PARTY_CLAUSE_COSINE:
        return False
    parties = _sentence_parties(i, nodes) & _sentence_parties(j, nodes)
    if not parties:
        return False
    naming = _naming_words(a) | _naming_words(b)
    return bool((set(a.nouns) & set(b.nouns)) - naming - _NAME_STOP)


def _naming_words(c) -> frozenset[str]:
    """Lower-cased words of the names and the attribution of claim ``c`` ("environment",
    "minister", "clara", "voss" of "Environment minister Clara Voss said ...")."""
    return frozenset(_name_words(" ".join([*c.entities, c.attribution or ""])))


#: spaCy entity labels of the values a line must not be cut away from
VALUE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


def reads_alone(article: str, start: int, end: int, texts: Texts) -> bool:
    """The line ``start:end`` (character offsets) of ``article`` can be shown as a plain
    statement: it does not lie inside a quotation (:func:`inside_quotation`: a quote is
    someone's words, not the story's fact), uses no plural pronoun with nothing in the line
    to stand for (:func:`consilience.unique.dangling_plural`: "The last of them reached the
    surface") nor a remainder of a set it does not name
    (:func:`consilience.unique.dangling_rest`: "The other two had been recaptured"), nor a
    main subject pointing back to nothing the line names
    (:func:`consilience.unique.unanchored_subject`: "Either way it is four months away"), and does not end just before a date or figure of its sentence that it was
    cut from (:func:`cut_before_value`: "The next decision will be announced" | "on 5
    November"), nor before a restrictive clause on one of its nouns
    (:func:`consilience.line_voice.cut_before_restriction`: "drilled out a core of ice" |
    "that is 1.5 million years old"), nor inside a noun phrase
    (:func:`consilience.line_voice.cut_inside_phrase`: "won the World Cup" | "downhill"),
    nor before its point
    (:func:`consilience.line_voice.cut_short`: "came from a set down" | "to beat X"), nor
    after a predicate whose complements it left out
    (:func:`consilience.line_voice.lost_complement`: "The gala was, by every account" |
    "a triumph"), and speaks in no first person outside quotation marks, in any role
    (:func:`consilience.line_voice.first_person_word`: "adopted *our* Pension Act")."""
    text = texts.text(article)
    if inside_quotation(text, start, end):
        return False
    analysis = getattr(texts.ctx, "analysis", None)
    if analysis is None:
        return True  # text only, no parse (a stand-in for tests): nothing more to read
    doc = analysis(article).doc
    return not (
        dangling_plural(doc, start, end)
        or dangling_rest(doc, start, end)
        or unanchored_subject(doc, start, end)
        or cut_before_value(doc, start, end)
        or cut_before_complement(doc, start, end)
        or cut_before_restriction(doc, start, end)
        or cut_inside_phrase(doc, start, end)
        or cut_short(doc, start, end)
        or lost_complement(doc, start, end)
        or first_person_word(doc, start, end)
        or not states_clause(doc, start, end)
    )


def inside_quotation(text: str, start: int, end: int) -> bool:
    """Characters ``start:end`` of ``text`` lie within one quotation's marks (the marks
    themselves may be left out of the span)."""
    return any(q.start - 1 <= start and end <= q.end + 1 for q in find_quotations(text))


def cut_before_value(doc, start: int, end: int) -> bool:
    """The line ``start:end`` gives no date or figure of its own and stops inside its
    sentence just before a value (a date, time or figure entity, a number), directly or
    after one preposition, that its last word is a verb of ("The next decision will be
    announced | on 5 November", "Levels have fallen | to 38 percent") or that hangs on a
    word it keeps ("The hail fell along a swath | some 30 km long"): the value it leaves
    out was the point. A line that keeps a value of its own ("The dam failed early Sunday |
    after almost a week of rain") or a complement of its verb ("The hospital was still
    working on paper | on Tuesday") says something."""
    inside = list(tokens_in(doc, start, end))
    if any(_value(t) for t in inside):
        return False
    after = [t for t in doc if t.idx >= end and not t.is_space]
    words = [t for t in inside if not t.is_punct]
    if not words or not after or after[0].is_punct:
        return False
    if inside[-1].sent.start != after[0].sent.start:
        return False  # the line ends where its sentence ends
    nxt = after[1] if after[0].pos_ == "ADP" and len(after) > 1 else after[0]
    if not _value(nxt):
        return False
    if words[-1].pos_ in ("VERB", "AUX"):
        return True
    kept = {t.i for t in words}  # "fell along a swath | some 30 km long": its measure
    return any(a.i in kept for a in nxt.ancestors)


def _value(tok) -> bool:
    """``tok`` is part of a date, time or figure."""
    return tok.ent_type_ in VALUE_LABELS or tok.like_num


#: words that open a definite reference: the source is a party the story names elsewhere
#: ("the company", "its head teacher") or the writer ("we")
_DEFINITE = frozenset(
    {"the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}
    | {"we", "i", "he", "she", "it", "they", "you", "both", "each"}
)
#: indefinite articles: "a person familiar with the policy"
_INDEFINITE = frozenset({"a", "an"})


def anonymous_source(attribution: str | None) -> bool:
    """The attribution (``Claim.attribution``) is a source the article does not name: no
    capitalised word, not a definite reference (:data:`_DEFINITE`: "the company", "its
    head teacher"), and either indefinite or counted ("a person familiar with the policy",
    "two officials briefed on the talks", "one engineer") or a bare noun described by what
    follows it ("people close to the board"). A bare plural of a profession alone
    ("firefighters", "health officials", "police") is not anonymous: it names who speaks."""
    from spacy.lang.en.lex_attrs import like_num

    words = (attribution or "").split()
    if not words or any(w[:1].isupper() for w in words):
        return False
    first = words[0].lower()
    if first in _DEFINITE:
        return False
    if first in _INDEFINITE or like_num(first):
        return True
    return len(words) >= 3
