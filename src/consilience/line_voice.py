"""Two more tests of whether a span of an article can stand as a headline, summary or
unique line, read from the dependency parse (spaCy tokens) only, with no word list beyond
the closed class of first-person pronouns (and the reporting verbs of :mod:`consilience.cues`
for an attribution):

    first_person_voice(doc, start, end) -> bool   # "Two of our pilots lost their lives."
    first_person_word(doc, start, end) -> bool    # "The Assembly adopted our Pension Act."
    cut_before_complement(doc, start, end) -> bool  # "A cargo plane crashed" | "into a field"
    cut_short(doc, start, end) -> bool  # "came from a set down" | "to beat X"; "in the world" | "rankings"
    lost_complement(doc, start, end) -> bool  # "The gala was, by every account" | "a triumph"
    attribution_cut(doc, start, end, whole) -> int  # "..., X told reporters" | "at the scene"

A sentence whose subject is the writer's own first person, outside quotation marks, is the
voice of a statement (a press release: "We are deeply saddened", "Our crews rescued nine
people"): the party's words, not a fact the story's sources establish. A span that ends on
its predicate while the sentence goes on with a dependent of that predicate ("... crashed |
into a field near Y") has lost the predicate's complement and says less than its sentence.
"""

from __future__ import annotations

from .analyse import tokens_in
from .cues import REPORTING_VERBS
from .meta_lines import communication_verb

#: personal and possessive pronouns of the first person (a closed class of English)
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})
#: relations that keep a word inside the noun phrase of its head ("two *of* our pilots")
_NOUN_PHRASE_DEPS = frozenset(
    {"poss", "pobj", "prep", "compound", "amod", "det", "nmod", "appos", "conj", "cc", "nummod"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_QUOTES = frozenset({'"', "“", "”", "«", "»"})


def _unquoted(doc, start: int, end: int) -> list:
    """Tokens of ``doc`` in characters ``start:end`` that lie outside quotation marks
    (straight marks toggle; curly ones open and close)."""
    out, quoted = [], False
    for tok in doc:
        if not start <= tok.idx < end:
            continue
        if tok.text in _QUOTES:
            quoted = (not quoted) if tok.text == '"' else tok.text in ("“", "«")
            continue
        if not quoted:
            out.append(tok)
    return out


def _in_subject(tok) -> bool:
    """``tok`` is a clause's subject or lies inside its noun phrase (through possessives,
    prepositions and modifiers: "Two of *our* pilots", "*Our* crews"), and that subject is
    not a noun that reports a clause ("*Our* reporter at the scene says 38 people ...": an
    outlet naming its own source, the reported clause being the line's fact)."""
    while True:
        if tok.dep_ in _SUBJECT_DEPS:
            return not _reports_clause(tok)
        if tok.dep_ not in _NOUN_PHRASE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head


def _reports_clause(subject) -> bool:
    """``subject`` is a noun (not a pronoun) whose verb takes a clausal complement: the
    source of a report ("Our correspondent says ..."), not the doer of the line's act."""
    verb = subject.head
    return subject.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "ccomp" for c in verb.children)


def first_person_voice(doc, start: int, end: int, quoted: bool = False) -> bool:
    """The span ``start:end`` (character offsets into ``doc``, a spaCy ``Doc``) has a
    clause whose subject is, or is owned by, a first-person pronoun outside quotation
    marks: "We are deeply saddened by the loss", "Two of our pilots lost their lives". A
    first person inside a quotation ('"We will rebuild," she said') or as an object ("the
    police told us") is not the line's own voice. With ``quoted``, a subject inside a
    quotation counts too (the quoted speaker telling their own act: '"We were lifting
    people off rooftops," the fire chief said')."""
    toks = [t for t in doc if start <= t.idx < end] if quoted else _unquoted(doc, start, end)
    return any(
        t.lower_ in FIRST_PERSON and t.pos_ in ("PRON", "DET") and _in_subject(t) for t in toks
    )


def first_person_word(doc, start: int, end: int) -> bool:
    """The span ``start:end`` of ``doc`` uses a first-person pronoun or possessive outside
    quotation marks, in any role: "the Assembly adopted *our* Pension Act", "This is the
    highest fine in *our* history"), except the outlet addressed by a verb of
    communication (:func:`_told`: "a judge tells *us*" keeps its attribution). Shown as the
    brief's own line it would make the brief speak for the party that wrote it."""
    return any(
        t.lower_ in FIRST_PERSON and t.pos_ in ("PRON", "DET") and not _told(t)
        for t in _unquoted(doc, start, end)
    )


def _told(tok) -> bool:
    """``tok`` ("us", "me") is who a verb of communication addresses ("One judge *tells
    us* the panel split", "said *to us*"): the outlet being told, the line's attribution,
    not the party's own voice."""
    if tok.lower_ not in ("us", "me") or tok.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.pos_ == "VERB" and communication_verb(verb.lemma_.lower())


#: dependents that complete a predicate or direct it ("crashed *into a field*", "handed
#: *over*", "reached *the men*"): a line may not stop just before one
_COMPLEMENT_DEPS = frozenset(
    {"prep", "prt", "dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "agent", "advmod"}
)


def cut_before_complement(doc, start: int, end: int) -> bool:
    """The span ``start:end`` of ``doc`` ends on a verb inside its sentence and the very
    next word is a complement or directional phrase of that verb
    (:data:`_COMPLEMENT_DEPS`): "A cargo plane operated by Aerolinea Sur crashed" cut
    from "... crashed into a field near Tolva, killing two". A span ending where its
    sentence ends, or before a comma, keeps its predicate whole."""
    inside = [t for t in doc if start <= t.idx < end and not t.is_space]
    words = [t for t in inside if not t.is_punct]
    if not words or words[-1].pos_ not in ("VERB", "AUX"):
        return False
    if inside[-1].is_punct and inside[-1].i > words[-1].i:
        return False  # "...crashed." or "...crashed,": the span closes the predicate
    after = [t for t in doc if t.idx >= end and not t.is_space]
    if not after or after[0].is_punct or after[0].sent.start != words[-1].sent.start:
        return False
    verb = words[-1]
    return after[0].head.i == verb.i and after[0].dep_ in _COMPLEMENT_DEPS


#: relations of a verb that modifies a noun rather than heading a clause of its own
_MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})


def states_clause(doc, start: int, end: int) -> bool:
    """The span ``start:end`` of ``doc`` holds a clause: a verb that heads its own clause
    (not a modifier of a noun, :data:`_MODIFIER_DEPS`) with its subject inside the span,
    or its sentence's root verb. "A hot-air balloon flown by Skyward Tours" is a noun
    phrase (its verb "flown" modifies "balloon"); "A balloon landed near Ostrava" is a
    clause."""
    inside = [t for t in doc if start <= t.idx < end]
    for t in inside:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in _MODIFIER_DEPS:
            continue
        if t.dep_ == "ROOT" or any(
            c.dep_ in _SUBJECT_DEPS and start <= c.idx < end for c in t.children
        ):
            return True
    return False


#: relations on which a negative determiner denies the clause ("*No* one was hurt", "There
#: was *no* sign", "found *no* damage")
_DENIED_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "dobj"})


def denies(doc, start: int, end: int) -> bool:
    """The main clause of the span ``start:end`` of ``doc`` denies: its root verb has a
    negation ("did not reopen") or its subject, attribute or object carries a negative
    determiner (:data:`consilience.event_states.NEGATIVE_DETS`: "There was no sign of
    nests", "Neither keeper was hurt")."""
    from .event_states import NEGATIVE_DETS

    roots = [t for t in doc if start <= t.idx < end and t.dep_ == "ROOT"]
    for root in roots:
        if any(c.dep_ == "neg" for c in root.children):
            return True
        args = [c for c in root.children if c.dep_ in _DENIED_ARGUMENT_DEPS]
        if any(d.dep_ == "det" and d.lower_ in NEGATIVE_DETS for a in args for d in a.children):
            return True
    return False


#: marks that set a clause off from the noun before it (a non-restrictive clause)
_SET_OFF = frozenset({",", "(", "–", "—", "-"})


def restrictive_clause(tok) -> bool:
    """``tok`` heads a clause that restricts the noun before it, with no comma between
    ("drilled out a core of ice *that is about 1.5 million years old*", "two men *injured
    in the blast* died"): it says which one the noun is, so a line without it says
    something else, or nothing ("drilled out a core of ice"). A relative clause hangs on a
    nominal whatever the noun's tag (the parser may tag "a glacier" ADJ)."""
    if tok.dep_ != "relcl" and not (tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")):
        return False
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return before is not None and before.text not in _SET_OFF


def cut_before_restriction(doc, start: int, end: int) -> bool:
    """A restrictive clause (:func:`restrictive_clause`) on a noun of the line
    ``start:end`` lies after it in its sentence: the line names something without saying
    which, cut before its point ("Scientists have drilled out a core of Antarctic ice" |
    "that is about 1.5 million years old")."""
    toks = tokens_in(doc, start, end)
    if not len(toks):
        return False
    inside = {t.i for t in toks}
    return any(
        t.i not in inside and t.head.i in inside and restrictive_clause(t)
        for t in tokens_in(doc, end, toks[-1].sent.end_char)
    )


#: relations of a verb's infinitive that says what the act was for or came to ("came from a
#: set down *to beat the top seed*"): the clause's point
_POINT_DEPS = frozenset({"advcl", "xcomp"})
#: relations that keep a word inside the noun phrase of a later head ("the *world* rankings")
_PRENOMINAL_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "det"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def cut_short(doc, start: int, end: int) -> bool:
    """The span ``start:end`` of ``doc`` (character offsets) stops inside its sentence
    before its point, with no punctuation at the cut: its last word modifies a noun after
    the cut, or a noun runs on after it ("rise to No. 4 in the world" | "rankings": a noun
    phrase cut in half, whatever the tagger made of the second noun); a verb of the span
    has a to-infinitive after the cut ("Mara Kovic came from a set down" | "to beat the
    top seed": what the act came to); or the span ends inside an aside it opened with a
    comma after its verb and that closes after the cut ("Her victory looked, to most" |
    "in the hall, like a vote"). A span ending where its sentence ends, or on a
    punctuation mark, is not cut short. Read from the parse and the Penn tags only."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    if not words or toks[-1].i > words[-1].i:
        return False
    last = words[-1]
    after = [t for t in doc[last.i + 1 : last.sent.end] if not t.is_space]
    if not after or after[0].is_punct:
        return False
    nxt, inside = after[0], {t.i for t in toks}
    if last.dep_ in _PRENOMINAL_DEPS and last.head.i > last.i and last.head.i not in inside:
        return True
    if last.tag_ in _NOUN_TAGS and last.dep_ == "pobj" and nxt.tag_ in _NOUN_TAGS | {"VBZ"}:
        return True
    if any(_infinitive_point(t, inside) for t in after):
        return True
    return _open_aside(toks, after)


def _infinitive_point(tok, inside: set[int]) -> bool:
    """``tok`` heads a to-infinitive clause (:data:`_POINT_DEPS`) of a verb in ``inside``."""
    if tok.dep_ not in _POINT_DEPS or tok.head.i not in inside or tok.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _open_aside(toks: list, after: list) -> bool:
    """The span ``toks`` has a comma after its root verb, and the rest of the sentence
    (``after``) goes on to another comma: the span stops inside an aside."""
    roots = [t for t in toks if t.dep_ == "ROOT"]
    if not roots:
        return False
    opened = any(t.text == "," and t.i > roots[0].i for t in toks)
    return opened and any(t.text == "," for t in after)


#: a predicate's complements: what it says of its subject or does to its object ("was | *a
#: triumph*", "are | *closed*", "destroyed | *the bridge*", "said | *that ...*")
_PREDICATE_DEPS = frozenset({"attr", "acomp", "dobj", "ccomp", "xcomp", "oprd"})


def lost_complement(doc, start: int, end: int) -> bool:
    """The span ``start:end`` of ``doc`` (character offsets) stops inside its sentence after
    a verb or copula whose every complement (:data:`_PREDICATE_DEPS`) lies after the cut:
    "The reopening on Saturday was, by every account" | "a triumph on the night" says
    nothing of its subject. Unlike :func:`cut_before_complement` the cut need not follow
    the verb: an aside may come between. A span ending where its sentence ends keeps its
    predicates whole. Read from the parse only."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    if not words:
        return False
    last = words[-1]
    if not any(not t.is_punct and not t.is_space for t in doc[last.i + 1 : last.sent.end]):
        return False
    inside = {t.i for t in toks}
    for verb in words:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        kids = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS]
        if kids and all(c.i > last.i for c in kids) and not any(c.i in inside for c in kids):
            return True
    return _lost_message(words, doc[last.i + 1 : last.sent.end], inside)


def _lost_message(words: list, after, inside: set[int]) -> bool:
    """A verb of communication among ``words`` keeps no clause of what was said, and a
    "that" clause or clausal complement after the cut (``after``) hangs on it, however the
    parser attached it ("Chief executive X told analysts" | "on a call that the problem
    was ..."): the line gives who spoke to whom, not what was said."""
    for verb in words:
        if verb.pos_ != "VERB" or not communication_verb(verb.lemma_.lower()):
            continue
        if any(t.dep_ in ("ccomp", "xcomp") and t.i in inside for t in verb.subtree):
            continue
        for t in after:
            opens = t.dep_ in ("ccomp", "xcomp") or (t.dep_ == "mark" and t.lower_ == "that")
            if opens and any(a.i == verb.i for a in t.ancestors):
                return True
    return False


#: dependents inside a noun phrase: a line that keeps one and cuts its head ends inside
#: the phrase ("the World Cup | downhill")
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"})


def cut_inside_phrase(doc, start: int, end: int) -> bool:
    """The line ``start:end`` (character offsets) of ``doc`` ends inside a noun phrase: a
    word it keeps modifies a noun it leaves out (:data:`_PHRASE_DEPS`): "won the World
    Cup | downhill in Valdora" keeps "World Cup" and drops the noun it qualifies, so the
    line names another thing than the event. A clause whose reporting verb is left out
    ("... parachuted into the desert | , the agency said") is no such cut."""
    return any(
        t.dep_ in _PHRASE_DEPS and not start <= t.head.idx < end for t in tokens_in(doc, start, end)
    )


def attribution_cut(doc, start: int, end: int, whole: int) -> int:
    """End of the cut line ``start:end`` (its uncut line ending at ``whole``) without a
    trailing attribution the cut left half: when the sentence's root is a reporting verb
    (:data:`consilience.cues.REPORTING_VERBS`) or a verb of communication
    (:func:`consilience.meta_lines.communication_verb`) whose reported
    content, a clause before its subject, the line keeps, and the cut took some of the
    attribution's words ("The ferry sank within minutes, coastguard spokesman Ivo Marn
    told reporters | at the harbour"), the line ends with the content ("The ferry sank
    within minutes"): an attribution is whole or left out. ``end`` itself otherwise."""
    if end >= whole:
        return end
    root = next((t for t in tokens_in(doc, start, end) if t.head.i == t.i), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return end
    if root.lemma_ not in REPORTING_VERBS and not communication_verb(root.lemma_):
        return end
    subject = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    content = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
    if not subject or not content or content[0].right_edge.i >= subject[0].left_edge.i:
        return end
    edge = content[0].right_edge
    if content[0].left_edge.idx < start:
        return end
    cut = edge.idx + len(edge.text)
    text = doc.text
    while cut > start and (text[cut - 1].isspace() or text[cut - 1] in ",;:–—-"):
        cut -= 1
    return cut
