"""Unique facts: whole sentences only one article (with its near-copies) states, ranked by
newsworthiness.

A sentence is unique when none of its claims is aligned with or close to a claim of
another article (cosine below ``UNIQUE_MAX_COSINE``, the sentence below
``UNIQUE_SENTENCE_COSINE``, no figure in common, not one actor doing one specific thing),
none is disputed, and it adds a name, figure or date no other article gives. All are
listed with their ``rank``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from . import lexicon
from .align import GENERAL_NOUNS, Node, _close, _figure, _names_meet, kinds_meet
from .analyse import tokens_in
from .assessment_lines import topic_line
from .claim_spans import BACKGROUND_KINDS, Texts, disputed, figure_disputed
from .conflict_sides import fact_sides, states_side
from .contact_lines import contact_line, trailer_line
from .disputed_figures import Disputed, disputed_kinds, gives_disputed_figure
from .issuer_lines import issuer_line
from .line_entries import entry_start
from .line_rivals import RivalValues
from .line_voice import first_person_voice, states_clause
from .meta_lines import availability_line, coverage_line, meta_line, reader_address
from .meta_lines import expressive as _expressive
from .model import Claim, Span
from .quote_marks import find_quotations
from .same_act import is_a
from .silent_lines import quote_lead_in, silence_line
from .unique_elsewhere import ClauseWords, stated_elsewhere
from .unique_events import event_mentions, states_mention
from .unique_paraphrase import related_verbs, same_act

UNIQUE_MAX_COSINE = 0.5  # a unique sentence's main claims are below this to every other article
UNIQUE_SENTENCE_COSINE = 0.6  # ... and the sentence below this to every other article's
#: ... and both below this, unless the sentence gives a name or figure no other article gives
UNIQUE_PLAIN_COSINE = 0.5
UNIQUE_MIN_WORDS = 5


def unique_facts(
    nodes, sim, groups, texts: Texts, disputed_at, conflicts=()
) -> list[dict[str, Any]]:
    """Whole sentences only one article (with its near-copies) states, ranked by
    :func:`_newsworthiness` (rank 1 = most newsworthy); every one is returned.

    A sentence qualifies when its main claims (background clauses -- relative, appositive,
    reduced, participial -- may be shared) are aligned with no other article's claim and
    come close to none (:func:`_said_elsewhere`), none gives a disputed figure or date (a
    reading of one of the brief's ``conflicts``, or a figure of a disputed kind telling
    what a reading tells, :func:`consilience.disputed_figures.gives_disputed_figure`, or a
    count another article gives differently, :func:`count_disputed`), it
    holds no clause any of the brief's ``conflicts`` cites (a side of a statement conflict --
    "refused to meet" against "met" -- is disputed, not unique; nor is an update's
    superseded reading: :func:`conflict_citations`) nor tells a side of a statement
    conflict again in another sentence or other words
    (:func:`consilience.conflict_sides.states_side`), it is a complete, self-contained
    sentence with
    balanced quotation marks (:func:`whole_sentence`) whose subject is not a pronoun
    opening it ("She added that ...": whose words?), and it
    adds something: a name, figure or date no other article gives, or a named actor with
    words no other article uses; it is no first-person courtesy (:func:`courtesy`) and no
    clause of it is stated by another article in its own words (a mutual best clause
    match, :func:`consilience.unique_elsewhere.stated_elsewhere`). Items: ``{"article",
    "text", "citation", "rank"}``."""
    words = ClauseWords(nodes, texts)
    cands = [
        line
        for line, members in unique_candidates(nodes, sim, groups, texts, disputed_at, conflicts)
        if not stated_elsewhere(members, nodes, sim, words)
    ]
    cands.sort()
    return [
        {"article": aid, "text": text, "citation": Span(aid, s, e).to_json(), "rank": rank}
        for rank, (_neg, _o, s, aid, e, text) in enumerate(cands, start=1)
    ]


def unique_candidates(
    nodes, sim, groups, texts: Texts, disputed_at, conflicts=()
) -> list[tuple[tuple, list[int]]]:
    """``(line, claim indices)`` of every unit that passes :func:`reject_reason` and cites
    no conflict, before the stated-elsewhere check
    (:func:`consilience.unique_elsewhere.stated_elsewhere`); ``line`` is ``(-score,
    order, start, article, end, text)``."""
    st = _Story(nodes, sim, groups, texts, disputed_at)
    st.kinds = disputed_kinds(list(conflicts), nodes)
    cited = conflict_citations(conflicts)
    sides = fact_sides(list(conflicts), nodes)
    rivals = RivalValues(texts.ctx, {n.claim.article: n.root for n in nodes})
    out = []
    for members, span in units(nodes, texts).values():
        why, line = reject_reason(members, st, span)
        if why is not None or line is None or _cites_conflict(line, cited):
            continue
        if rivals.rivalled(line[3], line[2], line[4]):
            continue  # "The parade will be held on Monday" where another says Sunday
        if any(states_side(i, nodes, sides) for i in _main(members, nodes)):
            continue  # "Holt stepped down, Verdane said": a side the conflict shows
        out.append((line, members))
    return out


def conflict_citations(conflicts) -> dict[str, list[tuple[int, int]]]:
    """Per article id, the ``(start, end)`` character spans that the readings of
    ``conflicts`` (brief conflict items of any kind) cite; of an update, only the superseded
    readings (the latest figure is no dispute: "31 cases, up from 19" stays its article's)."""
    cited: dict[str, list[tuple[int, int]]] = {}
    for conflict in conflicts:
        old = set(conflict.get("superseded") or []) if conflict.get("update") else None
        for r in conflict.get("readings", []):
            c = r.get("citation") or {}
            if "article" in c and (old is None or c["article"] in old):
                cited.setdefault(c["article"], []).append((c["start"], c["end"]))
    return cited


def _cites_conflict(line: tuple, cited: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a unique candidate ``line`` (``(-score, order, start, article, end, text)``)
    overlaps a span a conflict cites in its article."""
    s, aid, e = line[2], line[3], line[4]
    return any(cs < e and s < ce for cs, ce in cited.get(aid, ()))


class _Story:
    """What the unique test reads of a story: its claims, their similarities, the claims
    aligned across articles, the texts, the disputed spans, the lexicon and entities."""

    def __init__(self, nodes, sim, groups, texts: Texts, disputed_at):
        self.nodes, self.sim, self.texts, self.disputed_at = nodes, sim, texts, disputed_at
        self.elsewhere = _grouped_elsewhere(nodes, groups)
        self.lex = Lexicon(nodes, texts)
        self.ents = _entities_by_root(nodes, texts)
        self.kinds = Disputed()


def reject_reason(
    members: list[int], st: _Story, span: tuple[int, int] | None = None
) -> tuple[str | None, tuple | None]:
    """``(reason, None)`` when the unit (a sentence, or the sentences of one quotation,
    ``span`` in its article; default the sentence of the first claim) holding the claims
    ``members`` is not a unique fact (the reason a short word: "copy", "aligned",
    "disputed", "report", "close", "figure", "event", "fragment", "pronoun", "courtesy",
    "meta" -- a sentence about the reporting, :func:`consilience.meta_lines.meta_line` --,
    "address" -- a line said to the reader, :func:`consilience.meta_lines.reader_address` --,
    or about the outlet's own coverage, :func:`consilience.meta_lines.coverage_line`, or
    a formula about communication or a lead-in to a quotation
    (:mod:`consilience.silent_lines`), or an analysis' topic sentence
    (:func:`consilience.assessment_lines.topic_line`: "The bill is another matter."), as
    "meta" --, "fragment" also for a line with no clause
    (:func:`consilience.line_voice.states_clause`: "Less than a mile to go.") --,
    "contact" -- a help line addressed to the reader,
    :func:`consilience.contact_lines.contact_line`, or a release's trailer,
    :func:`consilience.contact_lines.trailer_line` --,
    "first person" -- the writer's own voice telling the act another article reports, or a
    quoted speaker's telling what two others report, :func:`_echo_roots` --, "nothing
    new"), else
    ``(None, (-score, order, start, article, end, text))``."""
    nodes = st.nodes
    node = nodes[members[0]]
    aid = node.claim.article
    main = _main(members, nodes)
    why = _shared_reason(members, main, st)
    if why is not None:
        return why, None
    s, e = span or st.texts.sentence(node.claim)
    s = entry_start(st.texts.text(aid), s, e)  # "14:35 Sad news ...": the time is no text
    if _names_act_elsewhere(node, (s, e), st):
        return "event", None  # "The boarding of the tanker ..." where another says "boarded"
    full = st.texts.text(aid)
    text = " ".join(full[s:e].split())
    doc = st.texts.ctx.analysis(aid).doc
    outlet = st.texts.ctx.analysis(aid).article.outlet
    why = _form_reason(doc, s, e, text, full) or _furniture_reason(doc, s, e, full, outlet)
    if why is not None:
        return why, None
    return _scored(members, main, st, doc, (s, e), text)


def _shared_reason(members: list[int], main: list[int], st: _Story) -> str | None:
    """The reason (a word of :func:`reject_reason`) the claims ``members`` (``main``: its
    main clauses) are told by another article or disputed, else None."""
    nodes = st.nodes
    if nodes[members[0]].root != nodes[members[0]].claim.article:
        return "copy"
    if any(i in st.elsewhere for i in main):
        return "aligned"
    if any(nodes[i].claim.heading for i in members):
        return "heading"
    if figure_disputed(members, nodes, st.disputed_at):
        return "disputed"
    if any(gives_disputed_figure(i, nodes, st.kinds, strict=True) for i in main):
        return "disputed"
    if any(count_disputed(i, nodes, lambda a, b: float(st.sim[a, b])) for i in members):
        return "disputed"  # "about 150 visitors" where two others say 212
    if all(nodes[i].claim.frame == "report" for i in members):
        return "report"  # "The Courier reported on Sunday": who reported, not what
    whole = not any(i in st.elsewhere for i in members)  # no shared background clause
    new = _gives_new(main, nodes, st.ents)
    if _said_elsewhere(main, nodes, st.sim, st.lex, new, whole):
        return "close"
    if _figure_elsewhere(members, nodes):
        return "figure"
    if _identity_echo(members, nodes, st.sim):
        return "close"  # "The gang behind it, X" / "A group calling itself X claimed it"
    return None


def _form_reason(doc, s: int, e: int, text: str, full: str) -> str | None:
    """The reason the line ``s:e`` (``text``, whitespace folded) of the article text
    ``full`` (parse ``doc``) cannot stand alone -- "fragment" or "pronoun" --, else None."""
    if not whole_sentence(text) or len(text.split()) > UNIT_MAX_WORDS:
        return "fragment"
    if _PRONOUN_OPENING.match(text):
        return "pronoun"  # "She added that ...": the line does not say who
    if unnamed_speaker(doc, s, e, full):
        return "pronoun"  # '"We knew it was coming," he said.': who is "he"?
    if dangling_plural(doc, s, e) or unanchored_subject(doc, s, e):
        return "pronoun"  # "X accounts for half of them": of what?
    return None


def _furniture_reason(doc, s: int, e: int, full: str, outlet: str | None = None) -> str | None:
    """The reason the line ``s:e`` of ``doc`` (of the article text ``full``, published by
    ``outlet``) is no fact of the story but a courtesy, a line about the reporting, to the
    reader or about the issuer (:func:`consilience.issuer_lines.issuer_line`) ("courtesy",
    "meta", "address", "fragment", "contact"), else None."""
    if courtesy(doc, s, e):
        return "courtesy"  # "We are grateful to the volunteers": no fact of the story
    if meta_line(doc, s, e):
        return "meta"  # "Accounts of its size differ.": about the reporting, no fact
    if reader_address(doc, s, e):
        return "address"  # "Thanks for following - goodnight": said to the reader
    if coverage_line(doc, s, e):
        return "meta"  # "Our reporter will be on the six o'clock bulletin."
    if silence_line(doc, s, e) or quote_lead_in(doc, s, e):
        return "meta"  # "The club will make no further comment.", a quote's lead-in
    if topic_line(doc, s, e):
        return "meta"  # "The bill is another matter.": an analysis' topic sentence
    if not states_clause(doc, s, e):
        return "fragment"  # "Less than a mile to go.": a live blog's note, no clause
    if contact_line(doc, s, e):
        return "contact"  # "Anyone with information should call 0800 ...": a service
    if availability_line(doc, s, e):
        return "contact"  # "The full report is available on the website": a pointer
    if trailer_line(full, s):
        return "contact"  # "Notes for editors: ...", after "ENDS": about the issuer
    if issuer_line(doc, s, e, outlet):
        return "contact"  # "Upland Weather Service is a not-for-profit company."
    return None


def _scored(
    members: list[int], main: list[int], st: _Story, doc, span: tuple[int, int], text: str
) -> tuple[str | None, tuple | None]:
    """The rank of the unique line ``text`` at ``span`` (claims ``members``, main clauses
    ``main``; ``doc`` its article's parse) as :func:`reject_reason` returns it, or its
    rejection: "first person" (a voice telling again what others report) or "nothing new"."""
    nodes = st.nodes
    s, e = span
    node = nodes[members[0]]
    own_voice = first_person_voice(doc, s, e)
    quoted = not own_voice and first_person_voice(doc, s, e, quoted=True)
    if own_voice and _echo_roots(main or members, nodes, st.sim) >= 1:
        return "first person", None  # "Two of our pilots died" where others say "two pilots"
    if quoted and _echo_roots(main or members, nodes, st.sim, act=False) >= 2:
        return "first person", None  # '"We lifted all four," she said', two others report it
    stated = disputed(members, nodes, st.disputed_at)  # one side of a statement conflict
    hedged = [i for i in main if _raising_hedge(nodes[i].claim, st.texts)]
    score = _newsworthiness(members, nodes, st.ents, st.lex, text, stated, set(hedged))
    if own_voice:
        score = min(score, FIRST_PERSON_SCORE)  # a party's own words rank after the reports
    if score <= 0:
        return "nothing new", None
    return None, (-score, node.order, s, node.claim.article, e, text)


#: the highest rank score of a unique line in the writer's first person (a release's "we"):
#: below any line that names one new entity (a score of 1 + the lead bonus)
FIRST_PERSON_SCORE = 0.5
#: a first-person clause and its best match elsewhere must be at least this close to be
#: one fact told in two voices (only mutual best matches sharing a thing are compared)
FIRST_PERSON_ECHO_COSINE = 0.3


def _echo_roots(members: list[int], nodes: list[Node], sim: np.ndarray, act: bool = True) -> int:
    """How many other root articles hold a claim that is a claim of ``members``' mutual
    best match (each the other's best, among that article's claims and among the claims
    of ``members``' article), at least ``FIRST_PERSON_ECHO_COSINE`` close, naming one
    thing (:func:`_share_thing`) and one act (WordNet-related predicates,
    :func:`consilience.unique_paraphrase.related_verbs`; "we shut down the system" is not
    "the systems went down"; with ``act`` False, any act): a release's "Two of our pilots lost their lives" and a
    report's "Both pilots were killed" tell one fact in two voices, which the first
    person keeps further apart than the plain cosine test of :func:`_said_elsewhere`
    allows ("we stand by them" is not "we have not yet accounted for")."""
    aid, root = nodes[members[0]].claim.article, nodes[members[0]].root
    mine = [k for k, n in enumerate(nodes) if n.claim.article == aid]
    by_root: dict[str, list[int]] = {}
    for j, n in enumerate(nodes):
        if n.root != root:
            by_root.setdefault(n.root, []).append(j)
    found = 0
    for theirs in by_root.values():
        for i in members:
            j = max(theirs, key=lambda k: (sim[i, k], -k))
            back = max(mine, key=lambda k: (sim[k, j], -k))
            if back != i or sim[i, j] < FIRST_PERSON_ECHO_COSINE or _differ(i, j, nodes):
                continue
            a, b = nodes[i].claim, nodes[j].claim
            if _share_thing(a, b) and (not act or related_verbs(a.predicate, b.predicate)):
                found += 1
                break
    return found


def _share_thing(a: Claim, b: Claim) -> bool:
    """Claims ``a`` and ``b`` name one thing: a noun lemma in common, or nouns that are
    WordNet synonyms among their first senses ("rooftops" / "roofs")."""
    mine, theirs = set(a.nouns), set(b.nouns)
    if mine & theirs:
        return True
    return any(t in lexicon.synonyms(n, "n") for n in mine for t in theirs)


#: clauses that only say who or what someone is: "striker Tomas Arrieta", "X, the Y"
IDENTITY_KINDS = frozenset({"title", "appositive"})
#: a sentence opening with these words points back to another sentence ("Such a move
#: ...", "But the plan ...") and does not stand alone; a pronoun subject ("It will carry
#: two million passengers") still states a fact of its article
_DEPENDENT_OPENING = re.compile(
    r"^(?:this|that|these|those|such|then|also|but|and|so|yet|however|"
    r"meanwhile|instead|indeed|thus)\b",
    re.I,
)


#: a line whose subject is a personal pronoun opening it (outside a quotation) does not
#: say who: "She added that the force had informed Interpol"; the first person of a
#: statement ("We have shut down the system") is its author, a possessive ("Her lawyer,
#: Marcus Feld, said ...") names its head, and "it" is as often no one ("It is the first
#: time ...")
_PRONOUN_OPENING = re.compile(r"^(?:he|she|they)\b", re.I)


#: plural pronouns that need a plural antecedent in the sentence to stand alone
_PLURAL_PRONOUNS = frozenset({"they", "them", "these", "those", "theirs"})


#: pronouns that stand for a speaker named elsewhere
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it"})


def unnamed_speaker(doc, start: int, end: int, text: str) -> bool:
    """The line ``start:end`` of ``text`` (its article's text; ``doc`` its parse) quotes
    words whose speaker it does not name: every word lies inside quotation marks (the
    rest of a quotation whose speaker an earlier sentence names, or paragraphs of one
    quotation glued: '"People here have mortgages. "We will fight ..."'), or the words
    outside them give the speaker as a pronoun and name no one as subject or apposition
    ('"We knew something was coming," he said.', '"...," she told the paper outside the
    court.'). A unique line tells a fact readable alone, and who said it."""
    parts = [p for q in find_quotations(text) for p in q.parts if p[0] < end and start < p[1]]
    if not parts:
        return False
    outside = [
        t
        for t in tokens_in(doc, start, end)
        if t.is_alpha and not any(a <= t.idx < b for a, b in parts)
    ]
    if not outside:
        return True
    if any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in _NAMING_DEPS for t in outside):
        return False
    return any(t.lower_ in _SPEAKER_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in outside)


#: dependencies by which a noun outside a quotation names its speaker ("said the mayor",
#: "Councillor Ann Ford said", "she said, a spokeswoman for ..."); a noun of an adverbial
#: ('he said outside the branch', 'she told the BBC') names no speaker
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})


def dangling_plural(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of the parse ``doc`` uses a plural pronoun ("them",
    "these") outside quotation marks with no plural noun or coordinated pair before it in
    the sentence to stand for: "Calder International alone accounts for almost half of
    them" points back to another sentence and says nothing on its own; "Officials said
    they had found it" names its antecedent. A noun of the pronoun's own clause cannot be
    its antecedent (an object pronoun does not stand for its clause's subject: "The
    trustees thanked each of them", "Our thanks go to them" point back too)."""
    quoted = False
    plural: list = []
    for tok in tokens_in(doc, start, end):
        if tok.text in ('"', "“", "”"):
            quoted = not quoted if tok.text == '"' else tok.text == "“"
            continue
        if tok.tag_ in ("NNS", "NNPS") or (tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN")):
            plural.append(tok)
        elif tok.lower_ in _PLURAL_PRONOUNS and tok.pos_ == "PRON" and not quoted:
            own = clause_head(tok).i
            outside = [n for n in plural if clause_head(n).i != own]
            if not (outside or _has_own_clause(tok) or _speaker_subject(tok)):
                return True
    return False


def dangling_rest(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` names a remainder of a set it does not name
    ("*The other two* had been recaptured overnight", "*The rest* were evacuated", "*The
    remaining three* were freed"): a "the" phrase headed by "others", "rest" or
    "remainder", or by a number that "other" or "remaining" modifies, with no "of" phrase
    of its own and no noun before it in the sentence (outside quotation marks) to be the
    whole: "the other two" of what? "One wolf was hurt and the other two were caught" and
    "The rest of the crew" say whom."""
    quoted = False
    named = False
    for tok in tokens_in(doc, start, end):
        if tok.text in ('"', "“", "”"):
            quoted = not quoted if tok.text == '"' else tok.text == "“"
            continue
        if not quoted and _remainder(tok) and not named:
            return True
        named = named or (tok.pos_ in ("NOUN", "PROPN") and not _remainder(tok))
    return False


#: heads of a phrase naming what is left of a set ("the rest", "the others")
_REST_HEADS = frozenset({"others", "rest", "remainder"})
#: modifiers of a number naming what is left of a set ("the other two")
_REST_MODIFIERS = frozenset({"other", "remaining"})


def _remainder(tok) -> bool:
    """``tok`` heads a "the" phrase naming the rest of a set it gives no "of" phrase for
    (:func:`dangling_rest`)."""
    kids = list(tok.children)
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids):
        return False
    if any(k.dep_ == "prep" for k in kids):
        return False  # "the rest of the crew"
    if tok.lower_ in _REST_HEADS:
        return True
    return tok.pos_ == "NUM" and any(k.lower_ in _REST_MODIFIERS for k in kids)


_FIRST_PERSON = frozenset({"we", "i", "our", "my", "us"})
#: pronouns that stand for a thing or person named elsewhere
_BACK_PRONOUNS = frozenset({"it", "he", "she", "they", "this", "that", "these", "those"})
#: dependencies by which a noun before the pronoun names someone or something it may stand
#: for (a subject or object of a clause, an apposition): "When the council met, it voted"
_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "attr", "conj"})
#: complements of a main verb that make its "it" an expletive ("It is likely that ...")
_EXTRAPOSED = frozenset({"ccomp", "xcomp", "csubj"})


def unanchored_subject(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` opens with an adverbial and then a main clause
    whose subject is a pronoun pointing back ("it", "they", "this", ...) to nothing the
    sentence names before it ("Either way it is barely four months away.", "Even so, they
    voted it through."): an analysis's connective that says nothing on its own. A sentence
    opening with its subject, an expletive "it" ("On Monday it emerged that ..."), a pronoun
    with a phrase of its own ("those on the drug") and a pronoun after a subject or object
    it may stand for ("When the council met, it voted ...") are not."""
    for root in (t for t in tokens_in(doc, start, end) if t.dep_ == "ROOT"):
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lower_ not in _BACK_PRONOUNS or subj[0].pos_ != "PRON":
            continue
        if any(c.dep_ in _EXTRAPOSED and c.i > subj[0].i for c in root.children):
            continue  # "It is clear that ...", "It was decided to ..."
        if any(c.dep_ in ("prep", "relcl", "acl") for c in subj[0].children):
            continue  # "Those on the drug had ...": the pronoun's own phrase says whom
        opening = [c for c in root.children if c.i < subj[0].i and not c.is_punct]
        if not opening or any(c.dep_ not in _ADVERBIAL_DEPS for c in opening):
            continue  # it opens the sentence, or follows a quotation or another clause
        before = [t for t in tokens_in(doc, start, end) if t.i < subj[0].i]
        if not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in _ANTECEDENT_DEPS for t in before):
            return True
    return False


#: dependents of a main verb that open a sentence as an adverbial ("Either way", "Even so",
#: "For now", "When the council met")
_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep", "advcl", "cc", "intj"})


def courtesy(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` is its writer's courtesy, not a fact of the
    story: outside quotation marks, its main verb's subject is the first person ("We",
    "Our thanks") and the verb is an expressive act (:func:`_expressive`: "We thank each
    rescuer", "Our thanks go to ...", via the subject noun's verb) or a copula with an
    adjective (a feeling: "We are deeply grateful to ...", "I am sorry that ...")."""
    sent = list(tokens_in(doc, start, end))
    if not sent or sent[0].text in ('"', "“", "‘"):
        return False
    for root in (t for t in sent if t.dep_ == "ROOT"):
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not _first_person(subj[0]):
            continue
        if root.lemma_ == "be" and any(c.dep_ == "acomp" for c in root.children):
            return True
        verbs = [root] + [c for c in root.children if c.dep_ == "xcomp"]  # "would like to thank"
        nouns = {subj[0].lemma_.lower(), subj[0].lower_}
        acts = {v.lemma_.lower() for v in verbs} | nouns  # "Our thanks go to ..."
        acts |= {v for n in nouns for v in lexicon.verbs_of(n)}  # "Our condolences"
        if any(_expressive(a) for a in acts):
            return True
    return False


def _first_person(tok) -> bool:
    """``tok`` is a first-person pronoun or a noun it owns ("our thanks")."""
    if tok.lower_ in _FIRST_PERSON:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in tok.children)


def clause_head(tok):
    """The verb (or the root) heading the clause of ``tok``: its nearest verbal ancestor,
    through noun phrases and prepositions ("each of *them*" -> "thank"), and up through
    open complements whose subject is their governor's ("would like to *thank*" ->
    "like")."""
    head = tok.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    while head.dep_ == "xcomp" and head.i != head.head.i:
        head = head.head
    return head


def _has_own_clause(tok) -> bool:
    """ "those who were evacuated", "those on the drug": the pronoun's own clause or
    phrase says whom it means."""
    return any(c.dep_ in ("relcl", "acl", "prep") for c in tok.children)


def _speaker_subject(tok) -> bool:
    """The pronoun is the subject of a clause whose governing verb has a noun subject:
    "Staff on the picket line said they had not taken it lightly" (a collective noun
    standing for a plural)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("ccomp", "conj", "advcl"):
        return False
    gov = tok.head.head
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in gov.children)


UNIT_MAX_WORDS = 90  # a quotation longer than this (a transcript) is no unique line


def units(nodes: list[Node], texts: Texts) -> dict[tuple[str, int], tuple[list, tuple]]:
    """``(article, first sentence) -> (claim indices, (start, end))``: every sentence
    stating a claim is a unit, except that the sentences of one quotation that runs over
    a sentence boundary ('"We are sorry. We will pay," Lund said.') are one unit with the
    sentence that closes it, so no unit starts or ends inside a quotation."""
    merged: dict[tuple[str, int], tuple[str, int]] = {}
    for aid in {n.claim.article for n in nodes}:
        merged.update(_quotation_units(aid, texts))
    out: dict[tuple[str, int], list[int]] = {}
    last: dict[tuple[str, int], int] = {}
    for key, members in _by_sentence(nodes).items():
        head = merged.get(key, key)
        out.setdefault(head, []).extend(members)
        last[head] = max(last.get(head, key[1]), key[1])
    for (_aid, si), head in merged.items():
        if head in out:
            last[head] = max(last[head], si)
    return {
        head: (members, texts.unit(head[0], head[1], last[head]))
        if last[head] > head[1]
        else (members, texts.sentence(nodes[members[0]].claim))
        for head, members in out.items()
    }


def _quotation_units(aid: str, texts: Texts) -> dict[tuple[str, int], tuple[str, int]]:
    """``(article, sentence) -> (article, first sentence)`` for every sentence of a
    quotation of article ``aid`` that spans several sentences."""
    sents = texts.sentence_spans(aid)
    out: dict[tuple[str, int], tuple[str, int]] = {}
    for q in find_quotations(texts.text(aid)):
        inside = [k for k, (s, e) in enumerate(sents) if s < q.end and q.start < e]
        for k in inside[1:]:
            out[(aid, k)] = (aid, inside[0])
    for key, head in list(out.items()):  # a quotation opening inside an earlier one
        while head in out:
            head = out[head]
        out[key] = head
    return out


def _by_sentence(nodes: list[Node]) -> dict[tuple[str, int], list[int]]:
    """``(article, sentence index)`` -> indices of the nodes of that sentence."""
    out: dict[tuple[str, int], list[int]] = {}
    for i, n in enumerate(nodes):
        out.setdefault((n.claim.article, n.claim.sentence), []).append(i)
    return out


def _main(members: list[int], nodes: list[Node]) -> list[int]:
    """The sentence's claims that are not background clauses (all when every one is)."""
    main = [i for i in members if nodes[i].claim.kind not in BACKGROUND_KINDS]
    return main or members


def _grouped_elsewhere(nodes: list[Node], groups: list[list[int]]) -> set[int]:
    """Nodes aligned with a claim of another article, a near-copy included: a sentence a
    wire story and its reprint both state is stated by two articles, not by one."""
    out: set[int] = set()
    for g in groups:
        if len({nodes[i].claim.article for i in g}) > 1:
            out.update(g)
    return out


def whole_sentence(text: str) -> bool:
    """A complete sentence that stands alone: at least ``UNIQUE_MIN_WORDS`` words, a
    capital (or quotation mark, or digit) first, final punctuation, balanced curly and
    straight quotation marks and parentheses, and no opening that points back ("It",
    "This", "But")."""
    t = text.strip()
    if len(t.split()) < UNIQUE_MIN_WORDS or not t.endswith((".", "!", "?", '"', "”")):
        return False
    if not (t[0].isupper() or t[0].isdigit() or t[0] in '"“‘'):
        return False
    if t.count("“") != t.count("”") or t.count("(") != t.count(")"):
        return False  # a quote or an aside cut open: "Kyiv) – ..."
    return t.count('"') % 2 == 0 and not _DEPENDENT_OPENING.match(t.lstrip('"“‘'))


UNIQUE_NEAR_COSINE = 0.6  # ... or this close and sharing most of its words (LEXICAL_SHARE)
LEXICAL_SHARE = 0.5
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_LIGHT_LEMMAS = frozenset({"say", "tell", "report", "add", "be", "have", "do", "make", "other"})


class Lexicon:
    """Content lemmas (nouns, proper nouns, verbs, adjectives, numbers; no stop words or
    light verbs such as "say") of every sentence of the story's articles, by root article."""

    def __init__(self, nodes: list[Node], texts: Texts):
        self.roots = {n.claim.article: n.root for n in nodes}
        self.sentences: dict[tuple[str, int], frozenset[str]] = {}
        self.by_root: dict[str, set[str]] = {}
        for a in texts.ctx.analyses:
            aid = a.article.id
            root = self.roots.get(aid, aid)
            for si, sent in enumerate(a.doc.sents):
                words = frozenset(
                    t.lemma_.lower()
                    for t in sent
                    if t.pos_ in _CONTENT_POS
                    and not t.is_stop
                    and (t.is_alpha or t.like_num)
                    and t.lemma_.lower() not in _LIGHT_LEMMAS
                )
                self.sentences[(aid, si)] = words
                self.by_root.setdefault(root, set()).update(words)

    def words(self, c: Claim) -> frozenset[str]:
        """The content lemmas of the sentence stating ``c``."""
        return self.sentences.get((c.article, c.sentence), frozenset())

    def share(self, a: Claim, b: Claim) -> float:
        """Share of the content lemmas of ``a``'s sentence found in ``b``'s (0..1)."""
        mine = self.words(a)
        return len(mine & self.words(b)) / len(mine) if mine else 0.0

    def novel(self, c: Claim, root: str) -> set[str]:
        """The content lemmas of ``c``'s sentence that no other root article uses."""
        others = [w for r, w in self.by_root.items() if r != root]
        return set(self.words(c)) - set().union(*others) if others else set(self.words(c))


def _said_elsewhere(
    members: list[int],
    nodes: list[Node],
    sim: np.ndarray,
    lex: Lexicon | None = None,
    new: bool = False,
    whole: bool = True,
) -> bool:
    """Whether another article (not a near-copy) states or comes close to the claims
    ``members``: a claim within ``UNIQUE_MAX_COSINE`` (``UNIQUE_PLAIN_COSINE`` when the
    sentence gives no name or figure of its own, ``new`` False); the sentence as close
    (:func:`_close_sentence`; not tested when ``whole`` is False: a background clause the
    sentence shares with another article makes the two sentences alike, not its news);
    or one actor doing one specific thing (:func:`_same_event`), one act on one date
    (:func:`_same_dated_act`), one specific act on one thing (:func:`_same_act_on`) or one
    act in other words (:func:`_paraphrase`)."""
    others = _comparable(members, nodes)
    if not others:
        return False
    limit = UNIQUE_MAX_COSINE if new else UNIQUE_PLAIN_COSINE
    if any(sim[i, j] >= limit for i in members for j in others if not _differ(i, j, nodes)):
        return True
    if whole and _close_sentence(members, others, nodes, lex, limit):
        return True
    return any(
        not _differ(i, j, nodes)
        and (
            _same_event(nodes[i].claim, nodes[j].claim)
            or _same_dated_act(nodes[i].claim, nodes[j].claim)
            or _same_act_on(nodes[i].claim, nodes[j].claim)
            or _paraphrase(nodes[i].claim, nodes[j].claim)
        )
        for i in members
        for j in others
    )


def _identity_echo(members: list[int], nodes: list[Node], sim: np.ndarray) -> bool:
    """A clause of the sentence and a clause of another root article, one of them an
    apposition about a name both give ("The gang behind it, Gravel Spider"), the other not
    ("A criminal group calling itself Gravel Spider claimed the attack"), at least
    ``UNIQUE_SENTENCE_COSINE`` apart: the apposition states what the other clause states,
    whichever of the two articles holds it."""
    root = nodes[members[0]].root
    for i in members:
        a = nodes[i].claim
        for j, n in enumerate(nodes):
            b = n.claim
            if n.root == root or (a.kind == "appositive") == (b.kind == "appositive"):
                continue
            ident = a if a.kind == "appositive" else b
            shared = set(a.entities) & set(b.entities) & set(ident.actor_keys)
            if shared and sim[i, j] >= UNIQUE_SENTENCE_COSINE:
                return True
    return False


def _names_act_elsewhere(node: Node, span: tuple[int, int], st: _Story) -> bool:
    """The sentence ``span`` of ``node``'s article names an act in a noun phrase ("the
    boarding of the Sable Horizon", "the failed dam":
    :func:`consilience.unique_events.event_mentions`) that a claim of another root article
    states (:func:`consilience.unique_events.states_mention`)."""
    doc = st.texts.ctx.analysis(node.claim.article).doc
    mentions = event_mentions(doc, *span)
    return any(
        states_mention(m, n.claim) for m in mentions for n in st.nodes if n.root != node.root
    )


def _paraphrase(a: Claim, b: Claim) -> bool:
    """One specific act told in other words: WordNet-related predicates or event nouns
    with one doer or one patient (:func:`consilience.unique_paraphrase.same_act`); a
    generic predicate ("be", "say") on either side states no act of its own."""
    if a.frame in GENERIC_FRAMES or b.frame in GENERIC_FRAMES:
        return False
    return same_act(a, b)


def _comparable(members: list[int], nodes: list[Node]) -> list[int]:
    """The claims of the other articles (near-copies included) that could state what the
    claims ``members`` state: an identity clause ("striker Tomas Arrieta", "X, the Y")
    says who someone is and states no act, so it is compared only with identity clauses."""
    aid = nodes[members[0]].claim.article
    identity = all(nodes[i].claim.kind in IDENTITY_KINDS for i in members)
    return [
        j
        for j, n in enumerate(nodes)
        if n.claim.article != aid and (identity or n.claim.kind not in IDENTITY_KINDS)
    ]


def _differ(i: int, j: int, nodes: list[Node]) -> bool:
    """Claims ``i`` and ``j`` cannot state one fact, however close their words: opposite
    polarity ("has refused to resign" / "handed in her resignation" is not negated, the
    refusal is), dates of different days ("will undergo a medical on Saturday" /
    "completed his medical on Thursday"), or figures of one kind that do not meet ("rose
    to 52" / "38 cases")."""
    a, b = nodes[i].claim, nodes[j].claim
    if a.negated != b.negated and a.frame == b.frame:
        return True
    if days_differ(a.dates, b.dates):
        return True
    return figures_differ(a.figures, b.figures)


def days_differ(mine: list[str], theirs: list[str]) -> bool:
    """Both claims are dated to a day and share no day (month and day compared: the year
    a bare "March 14" resolves to may differ between articles)."""
    da = {d.split("|")[0][5:] for d in mine if d.endswith("|day")}
    db = {d.split("|")[0][5:] for d in theirs if d.endswith("|day")}
    return bool(da and db and not da & db)


#: two claims giving one counted noun this close state one count
SAME_COUNT_COSINE = 0.55


def _counted(figure: str) -> tuple[str, str, str] | None:
    """``(dimension, unit, counted noun)`` of a precise figure string that names its noun,
    else None."""
    parts = (figure.split("|") + [""] * 6)[:6]
    noun = parts[5].split("/")[0].strip().lower()
    if not noun or not is_precise(figure):
        return None
    return parts[0], parts[1], noun


def count_disputed(i: int, nodes: Sequence[Node], cos: Callable[[int, int], float]) -> bool:
    """Claim ``i`` gives a precise figure of a counted noun that a close claim (cosine of
    the claim vectors, ``cos(i, j)``, at least :data:`SAME_COUNT_COSINE`) of another
    root article gives as a precise figure of the same noun, dimension and unit, and the two
    do not meet (:func:`consilience.unique._figures_meet`), the two telling one act
    (:func:`_tells_act`, either way round) or both counting their patient ("carried 480
    rare books" / "transferred roughly 300 rare books"): a superseded, outlier or disputed
    count. ``vecs``: (n, d) array of unit vectors, one per node."""
    mine = [(f, k) for f in nodes[i].claim.figures if (k := _counted(f)) is not None]
    if not mine:
        return False
    c = nodes[i].claim
    for j, n in enumerate(nodes):
        if n.root == nodes[i].root or cos(i, j) < SAME_COUNT_COSINE:
            continue
        acts = _tells_act(c.predicate, n.claim) or _tells_act(n.claim.predicate, c)
        for g in n.claim.figures:
            kind = _counted(g)
            for f, k in mine:
                if kind != k or _figures_meet(f, g) or _figures_meet(g, f):
                    continue
                if acts or c.patient_key == n.claim.patient_key == k[2]:
                    return True
    return False


def _tells_act(verb: str, c: Claim) -> bool:
    """Claim ``c`` tells the act of the verb lemma ``verb``: its predicate is WordNet-related
    (:func:`consilience.unique_paraphrase.related_verbs`: "postpone" / "call_off"), or its
    text holds a word of the verb ("the number of postponed operations rose to 310")."""
    if related_verbs(verb, c.predicate):
        return True
    stem = verb.split("_")[0][:5]
    return len(stem) >= 4 and any(w.startswith(stem) for w in re.findall(r"[a-z]+", c.text.lower()))


def figures_disagree(mine: list[str], theirs: list[str]) -> bool:
    """Of some kind of figure, both give precise figures and none of ``mine`` meets one of
    ``theirs``: "95 million euros" / "90 million euros"; not "from 4.5% to 4.75%" /
    "4.75%", which share a figure (one states a change the other's end point is in)."""
    for kind in {_figure(f)[0] for f in mine}:
        a = [f for f in mine if _figure(f)[0] == kind]
        b = [g for g in theirs if _figure(g)[0] == kind]
        if not b or not all(map(is_precise, a + b)):
            continue
        if not any(_figures_meet(f, g) or _figures_meet(g, f) for f in a for g in b):
            return True
    return False


def figures_differ(mine: list[str], theirs: list[str]) -> bool:
    """Some precise figure of ``mine`` has precise figures of one kind in ``theirs`` and
    meets none of them (:func:`_figures_meet`); a vague amount ("thousands of homes")
    differs from nothing."""
    for f in filter(is_precise, mine):
        kind = _figure(f)[0]
        same = [g for g in theirs if _figure(g)[0] == kind]
        if same and all(is_precise(g) for g in same):
            if not any(_figures_meet(f, g) or _figures_meet(g, f) for g in same):
                return True
    return False


def is_precise(figure: str) -> bool:
    """A figure string whose stated interval is within a fifth of its value (rounding:
    "about 12,000"), not a vague or open amount ("thousands", "more than 2,000")."""
    _dim, _unit, value, low, high = (figure.split("|") + [""] * 5)[:5]
    try:
        v, lo, hi = float(value), float(low or value), float(high or "inf")
    except ValueError:
        return False
    return v > 0 and v * 0.8 <= lo and hi <= v * 1.2


def _same_dated_act(a: Claim, b: Claim) -> bool:
    """One act on one date: one predicate (a generic one such as "be" with a word of its
    complement in common), or one clause naming the other's act: "The panel is due to
    report in two weeks" / "It is due to report by March 31" (both dated to the 31st,
    whatever the precision); "He will be sentenced on May 2" / "bail until his
    sentencing on May 2"."""
    if a.negated != b.negated:
        return False
    if not {d.split("|")[0] for d in a.dates} & {d.split("|")[0] for d in b.dates}:
        return False
    if a.frame != b.frame:  # "will be sentenced on May 2" / "until his sentencing on May 2"
        return _names_act(a, b.text) or _names_act(b, a.text)
    if a.frame not in GENERIC_FRAMES:
        return True
    return bool(_words(a.patient) & _words(b.patient))  # "be due to report" twice


def _names_act(c: Claim, text: str) -> bool:
    """``text`` names the act of claim ``c`` (its specific predicate, by a word sharing its
    first six letters: "sentence" / "sentencing")."""
    pred = c.predicate.split("_")[0].lower()
    if c.frame in GENERIC_FRAMES or len(pred) < 6:
        return False
    return any(w.startswith(pred[:6]) for w in _words(text))


def _words(text: str | None) -> set[str]:
    """Lower-cased words of four letters or more (months and weekdays left out)."""
    words = set(re.findall(r"[a-z]{4,}", (text or "").lower()))
    return words - _CALENDAR


_CALENDAR = frozenset(
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday week weeks month months "
    "year years days".split()
)


def _figure_elsewhere(members: list[int], nodes: list[Node]) -> bool:
    """Whether every figure of the claims ``members`` (background clauses included) is
    given by another article: one of one dimension and unit within ``FIGURE_TOLERANCE``
    of it, or inside its stated interval ("thousands of soldiers", 1,000-20,000, is given
    elsewhere when another article says "10,000 troops"). A sentence adding a figure of
    its own ("rose to 52, up from 38") is not."""
    aid = nodes[members[0]].claim.article
    theirs = {f for n in nodes if n.claim.article != aid for f in n.claim.figures}
    mine = [f for i in members for f in nodes[i].claim.figures]
    return bool(mine) and all(any(_figures_meet(a, b) for b in theirs) for a in mine)


def _figures_meet(mine: str, theirs: str) -> bool:
    """Figure strings (``"dimension|unit|value|low|high|noun"``) of one dimension and unit
    whose values are close, or ``mine`` a vague amount ("thousands", "tens of thousands":
    an interval at least ``VAGUE_SPAN`` wide, :func:`_vague_holds`) that holds
    ``theirs``."""
    pa, pb = (mine.split("|") + [""] * 6)[:6], (theirs.split("|") + [""] * 6)[:6]
    if pa[:2] != pb[:2]:
        return False
    if pa[0] == "time of day":
        return _clock_meet(pa, pb)
    if counts_other_things(mine, theirs):
        return False  # "all 40 of her hives" is not told by "40 fire engines"
    (_, x), (_, y) = _figure(mine), _figure(theirs)
    if _close(x, y) or _vague_holds(pa[3], pa[4], y):
        return True
    same_noun = bool(pa[5]) and pa[5] == pb[5]  # "about 40 minutes" / "less than an hour"
    return same_noun and (_bound_holds(pb[3], pb[4], x) or _bound_holds(pa[3], pa[4], y))


def counts_other_things(mine: str, theirs: str) -> bool:
    """Two count figure strings (``"count|unit|value|low|high|counted/owner"``) that both
    name what they count, neither a general noun (:data:`consilience.align.GENERAL_NOUNS`:
    "number", "people"), and count things of different kinds
    (:func:`consilience.align.kinds_meet`, the counted noun in its class): "two aircraft"
    and "two separate places", "40 hives" and "40 fire engines" are two facts; "10,000
    troops" and "10,000 soldiers", "60 jets" and "60 aircraft" one. Both counted nouns
    must be physical things in WordNet (:func:`consilience.same_act.is_a`): an abstract
    count is often one figure in two words ("900 roles", "900 jobs"). A count with no
    counted noun is of no known kind: False."""
    if not (mine.startswith("count|") and theirs.startswith("count|")):
        return False
    (ka, _), (kb, _) = _figure(mine), _figure(theirs)
    dim, unit, na = ka.split("|", 2)
    nb = kb.split("|", 2)[2]
    ca, cb = na.partition("/")[0], nb.partition("/")[0]
    if not ca or not cb or ca in GENERAL_NOUNS or cb in GENERAL_NOUNS:
        return False
    if not (is_a(ca, "physical_entity") and is_a(cb, "physical_entity")):
        return False  # "900 roles" / "900 jobs": abstract counts are worded apart
    return not kinds_meet(f"{dim}|{unit}|{ca}", f"{dim}|{unit}|{cb}")


def _clock_meet(pa: list[str], pb: list[str]) -> bool:
    """Two split clock-time figure strings (seconds after midnight, ``[dim, unit, value,
    low, high, noun]``) whose rounding intervals overlap: a time of day is a point on a
    clock, so 8.20am is not "within rounding" of 7:45 a.m. (7% apart as amounts), while
    "shortly after 8am" (8:00 to 8:30) holds it (as :func:`consilience.align.figures_agree` compares clock times)."""
    try:
        return float(pa[3]) <= float(pb[4]) and float(pb[3]) <= float(pa[4])
    except ValueError:
        return pa[2] == pb[2]


def _bound_holds(low: str, high: str, value: float) -> bool:
    """A bounded reading ``[low, high]`` ("less than an hour": 0 to 3,600 s) holds
    ``value`` and is not much wider than it (high at most three times the value, and an
    upper bound or a close range: "thousands" does not say "12,000")."""
    try:
        lo, hi = float(low or 0.0), float(high)
    except ValueError:
        return False
    narrow = lo == 0 or hi <= 3 * lo  # an upper bound, or a close range; not "thousands"
    return narrow and lo <= value <= hi and 0 < hi <= 3 * value


#: a vague amount spans at least this ratio: "thousands" (1,000-9,999), "tens of
#: thousands" (20,000-99,999), "hundreds"
VAGUE_SPAN = 4


def _vague_holds(low: str, high: str, value: float) -> bool:
    """An interval ``[low, high]`` of a vague amount (low above 0, high at least
    ``VAGUE_SPAN`` times low) holds ``value``."""
    try:
        lo, hi = float(low), float(high)
    except ValueError:
        return False
    return 0 < lo and hi >= VAGUE_SPAN * lo and lo <= value <= hi


def _close_sentence(
    members: list[int], others: list[int], nodes: list[Node], lex: Lexicon | None, limit: float
) -> bool:
    """The sentence of ``members`` is near another article's sentence: cosine at least
    ``limit``, or ``UNIQUE_NEAR_COSINE`` with ``LEXICAL_SHARE`` of its content words in
    common."""
    node = nodes[members[0]]
    sv = node.sentence_vector
    if sv is None:
        return False
    for j in others:
        ov = nodes[j].sentence_vector
        if ov is None or any(_differ(i, j, nodes) for i in members):
            continue
        cos = float(sv @ ov)
        if cos >= min(limit, UNIQUE_SENTENCE_COSINE):
            return True
        if lex is None or cos < UNIQUE_NEAR_COSINE:
            continue
        if lex.share(node.claim, nodes[j].claim) >= LEXICAL_SHARE:
            return True
    return False


GENERIC_FRAMES = frozenset({"be", "have", "say", "report", "do", "make", "take", "get"})


def _same_event(a: Claim, b: Claim) -> bool:
    """One actor (by name or alias) doing one specific thing (same frame, not a generic
    one such as "be" or "say"), whatever the wording around it: "Vance resigned as
    treasurer on Monday" / "Vance, 61, stepped down" state one event."""
    if a.frame != b.frame or a.frame in GENERIC_FRAMES or a.negated != b.negated:
        return False
    if not (a.actor_keys and b.actor_keys):
        return False
    return _names_meet(a.actor_keys, set(b.actor_keys)) or _names_meet(
        b.actor_keys, set(a.actor_keys)
    )


def _same_act_on(a: Claim, b: Claim) -> bool:
    """One specific act on one thing, whoever the text makes its doer: the same predicate
    class (not a generic one), the same polarity and the same patient ("Prime Minister X
    declared a state of emergency" / "The government declared a state of emergency";
    "Many families spent the night in cars" / "residents would spend a second night
    outdoors")."""
    if a.frame != b.frame or a.frame in GENERIC_FRAMES or a.negated != b.negated:
        return False
    return bool(a.patient_key) and a.patient_key == b.patient_key


def _entities_by_root(nodes: list[Node], texts: Texts) -> dict[str, set[str]]:
    """root article -> the entity keys (``"e:"``) and dates (``"d:"``) its claims give,
    and its whole text lower-cased (``"t:"``: names stated outside any claim count)."""
    found: dict[str, set[str]] = {}
    for n in nodes:
        seen = found.setdefault(n.root, set())
        seen.update(f"e:{e}" for e in n.claim.entities)
        seen.update(f"d:{d}" for d in n.claim.dates)
        seen.add("t:" + texts.text(n.claim.article).lower())
    return found


def _newsworthiness(
    members: list[int],
    nodes: list[Node],
    ents: dict[str, set[str]],
    lex: Lexicon,
    text: str,
    contested: bool = False,
    hedged: set[int] = frozenset(),
) -> float:
    """How much a unique sentence (claims ``members``, text ``text``) adds, > 0 to be
    listed: names and dates no other article gives (new actors), its figures (a figure
    given elsewhere already ruled it out), words no other article uses (new actions and
    objects, up to four), earlier in the article first; a quotation (colour) and a hedged
    claim score lower. 0 when it adds no name, figure or date of its own and does not
    name anyone or anything (a named entity, or any actor: "The first stage performed
    exactly as planned") doing something no other article mentions (two words of its own
    at least), and is not one side of a statement conflict (``contested``: "refused to
    meet the unions" where another article says she met them): commentary that names
    nothing or rewords the others' claims. A claim in ``hedged`` (a forecast told by a
    raising adjective, :func:`_raising_hedge`) does not count as acting, and a sentence of
    such forecasts only does not count a figure of one ("beyond one faulty update")."""
    root = nodes[members[0]].root
    elsewhere = set().union(*[v for k, v in ents.items() if k != root]) if len(ents) > 1 else set()
    mine = {f"e:{e}" for i in members for e in nodes[i].claim.entities}  # no "t:" here
    mine |= {f"d:{d}" for i in members for d in nodes[i].claim.dates}
    new = {m for m in mine - elsewhere if not _named_elsewhere(m, elsewhere)}
    figures = {f for i in members for f in nodes[i].claim.figures}
    if hedged and all(i in hedged for i in _main(members, nodes)):
        figures = {f for f in figures if _figure(f)[1] != 1}  # "beyond one faulty update"
    if all(_no_comment(nodes[i].claim) for i in _main(members, nodes)):
        return 0.0  # "X would not say when ...", "Y declined to comment": no fact
    novel = lex.novel(nodes[members[0]].claim, root)
    named = any(nodes[i].claim.entities or nodes[i].claim.attribution for i in members)
    acting = any(_acts(nodes[i].claim) for i in _main(members, nodes) if i not in hedged)
    if not (new or figures or contested or ((named or acting) and len(novel) >= 2)):
        return 0.0
    new_ents = sum(1 for m in new if m.startswith("e:"))
    new_dates = len(new) - new_ents
    first = nodes[members[0]].claim.sentence
    score = new_ents + 0.75 * len(figures) + 0.5 * new_dates + 0.25 * min(len(novel), 4)
    score += 1.0 / (1 + 0.2 * first)
    if all(nodes[i].claim.modality in ("possible", "conditional") for i in members):
        score -= 0.5
    if text.lstrip()[:1] in '"“‘':
        score -= 0.75  # a quotation: colour, after the facts
    return max(score, 0.01)


def _raising_hedge(c: Claim, texts: Texts) -> bool:
    """Claim ``c`` is a copula with an adjective raising a to-infinitive ("The questions are
    likely to go beyond ...", "Costs are bound to rise"): a forecast, however its
    modality was read; told by the parse (``acomp`` with an ``xcomp`` child marked "to")."""
    doc = texts.ctx.analysis(c.article).doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    for tok in span or ():
        if tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            if any(
                x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children)
                for x in tok.children
            ):
                return True
    return False


#: verbs of expecting or feeling: "Nobody in the village expects to be dry by Friday"
#: states a mood, not an act
_ATTITUDE = frozenset({"expect", "hope", "think", "believe", "fear", "feel", "wonder", "wish"})


def _acts(c: Claim) -> bool:
    """An actor asserted doing something (not expecting, hoping or fearing it)."""
    return bool(c.actor) and c.modality == "asserted" and c.predicate not in _ATTITUDE


_SPEECH_FRAMES = frozenset(
    {"say", "comment", "answer", "confirm", "disclose", "reveal", "explain", "respond", "tell"}
)


#: speech acts whose negation with an object still states a fact: "has not confirmed the
#: cause" (the cause is not known), "did not disclose the fee"
_UNKNOWN_FRAMES = frozenset({"confirm", "disclose", "reveal"})


def _no_comment(c: Claim) -> bool:
    """A refusal to speak: a negated speech act ("would not say", "did not answer
    questions", "declined to comment"); not a negated confirmation of something named
    ("The board has not confirmed the date": the date is not known, a fact)."""
    if c.predicate in _UNKNOWN_FRAMES and c.patient:
        return False
    return c.negated and (c.frame in _SPEECH_FRAMES or c.predicate in _SPEECH_FRAMES)


def _gives_new(main: list[int], nodes: list[Node], ents: dict[str, set[str]]) -> bool:
    """Whether the main claims ``main`` of a sentence give a figure, or have as actor or
    patient someone or something no other article names (a new actor or object, not a
    place in passing)."""
    if any(nodes[i].claim.figures for i in main):
        return True
    root = nodes[main[0]].root
    elsewhere = set().union(*[v for k, v in ents.items() if k != root]) if len(ents) > 1 else set()
    for i in main:
        c = nodes[i].claim
        actor, patient = (c.actor or "").lower(), (c.patient or "").lower()
        for e in c.entities:
            m = f"e:{e}"
            role = e in actor or patient.removeprefix("the ").startswith(e)
            if role and m not in elsewhere and not _named_elsewhere(m, elsewhere):
                return True
    return False


def _named_elsewhere(mention: str, elsewhere: set[str]) -> bool:
    """An entity mention ``"e:nandakumar"`` whose words are all in one name given
    elsewhere ("e:priya nandakumar") or that another article's text contains."""
    if not mention.startswith("e:"):
        return False
    names = {m[2:] for m in elsewhere if m.startswith("e:")}
    if _names_meet([mention[2:]], names):
        return True
    pattern = re.compile(rf"\b{re.escape(mention[2:])}\b")
    return any(m.startswith("t:") and pattern.search(m) for m in elsewhere)
