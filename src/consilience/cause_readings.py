"""What caused what, read from any frame of a clause, and when two such readings clash.

    cause_readings(analysis, claim, names) -> [Reading, ...]   # kind "cause"
    cause_clash(a, b, published) -> bool                        # the two cannot both hold

One proposition, "Y caused X", is stated or denied in many frames; each gives a
:class:`consilience.event_states.Reading` of kind ``"cause"`` whose theme is the effect X
(``head``: its event word, a noun or a verb lemma; ``mods``: the nouns that say whose event
it is, "the *brewery* fire", "the closure of *the museum*", "*the roof* collapsed") and
whose doer is the cause Y (``doer_head``, ``doer_mods``):

* a causal verb, active or passive ("a power cut *caused* / *triggered* the stoppage", "the
  stoppage *was sparked by* a power cut", "a fault *led to* the delay"): a verb whose first
  senses are, or sit within :data:`VERB_STEPS` hypernym steps below, WordNet's synsets of
  causing (:data:`CAUSE_VERB`); "resulted *from* Y" reads the other way round;
* a noun of the relation after a copula: "X was the *result* / *consequence* of Y" (a
  noun of WordNet's synset of a result), "the *cause* of X was Y" (its synset of a cause);
* an adjective with "to": "X was *due* / *attributable* to Y" (WordNet's synset of
  ascribable);
* a preposition of cause on any predicate: "the roof collapsed *because of* the snow",
  "was closed *due to* the earthquake" (the effect is the predicate with its subject);
* "it was no Y" / "it was not a Y": Y denied as the cause of what "it" is (no effect named).

A link with no direction, "X was (un)related / linked to Y" (WordNet's synset of relate,
and the antonyms of "related"), has predicate ``"link"``. Polarity is
:func:`consilience.event_states._negated`'s, turned by an antonym ("unrelated").

Two readings clash (:func:`cause_clash`) when one states and the other denies one cause of
one effect: the effects are one event (one word, one sense or one derivation: "stoppage" /
"stopped") of one thing (their participant nouns, when both name some, share one), and
the causes are one (one head, one sense, one head a modifier of the other, or the stated
cause a kind of the denied one). A stated link does not state a cause, so a stated link
against a denied cause is no clash; a denied link denies a cause either way round.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .claims import arg_keys
from .class_denials import kinds
from .event_states import Reading, _negated, _time, partitive
from .model import Analysis, Claim
from .noun_branches import PERSON, kind_of, known, one_branch

#: hypernym steps from a verb's sense up to a synset of causing
VERB_STEPS = 3
#: senses of a word read (the most frequent first)
SENSES = 2
#: anchor (lemma, part of speech, sense index) of each relation: WordNet synsets, not
#: phrasings; every word of the language that WordNet puts in or under them is read
CAUSE_VERB = (("cause", "v", 0), ("bring_about", "v", 1))
RESULT_NOUN = ("result", "n", 0)
CAUSE_NOUN = ("cause", "n", 0)
ASCRIBABLE = ("ascribable", "a", 0)
LINK_VERB = ("relate", "v", 0)
LINK_ADJ = ("related", "a", 0)
OCCUR_VERB = ("happen", "v", 0)
#: prepositions of cause on a predicate (a closed class of the grammar): the first word
#: with the word that follows it ("because of", "due to", "owing to")
CAUSE_PREPS = frozenset({("because", "of"), ("due", "to"), ("owing", "to")})
PRONOUNS = frozenset("it this that".split())


def _anchor(spec: tuple[str, str, int]) -> int | None:
    word, pos, index = spec
    found = lexicon.senses(word, pos)
    return found[index] if len(found) > index else None


@lru_cache(maxsize=32768)
def _under(word: str, pos: str, specs: tuple, steps: int) -> bool:
    """One of the first :data:`SENSES` senses of ``word`` is an anchor of ``specs`` or sits
    within ``steps`` hypernym steps below one."""
    anchors = {a for a in (_anchor(s) for s in specs) if a is not None}
    table = lexicon.table()["synsets"][pos]
    level = set(lexicon.senses(word, pos)[:SENSES])
    for _ in range(steps + 1):
        if level & anchors:
            return True
        level = {h for off in level for h in table[off][1]}
    return False


def causal_verb(lemma: str) -> bool:
    """A verb of causing (module doc): "cause", "trigger", "spark", "prompt", "lead"."""
    return _under(lemma, "v", CAUSE_VERB, VERB_STEPS)


def link_verb(lemma: str) -> bool:
    """A verb of an undirected link ("link", "relate", "connect", "associate")."""
    return _under(lemma, "v", (LINK_VERB,), 0)


def link_sign(adjective: str) -> int:
    """+1 for an adjective of relatedness, -1 for its antonym ("unrelated"), else 0."""
    if _under(adjective, "a", (LINK_ADJ,), 0):
        return 1
    ants = lexicon.antonyms(adjective, "a")
    return -1 if any(_under(w, "a", (LINK_ADJ,), 0) for w in ants) else 0


def cause_readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """The cause readings of every predicate inside ``claim``'s span (module doc); empty
    when the span does not map onto tokens. ``names``: the article's
    :func:`consilience.claims.article_names` (or None)."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out: list[Reading] = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        time = _time(tok, claim)
        if time is None or time[0]:
            continue  # a hedge or a plan states no cause
        for found in _frames(tok):
            out.append(_reading(tok, claim, names, *found))
    return out


def _frames(tok) -> list[tuple[str, int, object, object]]:
    """``(predicate, sign, effect token, cause token)`` of every frame predicate ``tok``
    heads (module doc); the effect token is None for "it was no Y"."""
    sign = -1 if _negated(tok) else 1
    out = []
    verb = _verb_frame(tok, sign)
    if verb is not None:
        out.append(verb)
    if tok.lemma_.lower() == "be":
        out += _copula_frames(tok, sign)
    nothing = _nothing_to_do(tok, sign)
    if nothing is not None:
        out.append(nothing)
    prep = _prep_frame(tok, sign)
    if prep is not None:
        out.append(prep)
    return [f for f in out if _noun(f[3])]


def _noun(tok) -> bool:
    """A noun, or a phrase head the tagger took for an adjective ("a burst *main*")."""
    if tok is None:
        return False
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ == "pobj")


def _child(tok, deps: tuple[str, ...], word: str | None = None):
    return next(
        (c for c in tok.children if c.dep_ in deps and (word is None or c.lower_ == word)),
        None,
    )


def _pobj(tok, prep: str):
    """The object of ``tok``'s preposition ``prep``, or None."""
    p = _child(tok, ("prep", "agent"), prep)
    return _child(p, ("pobj",)) if p is not None else None


def _verb_frame(tok, sign: int):
    """A causal or link verb, active or passive (module doc)."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    passive = _child(tok, ("auxpass", "nsubjpass")) is not None
    subj = partitive(_child(tok, ("nsubj", "nsubjpass")))
    if tok.dep_ == "acl" and subj is None:
        subj = tok.head  # "a signal failure *led* to the delay", parsed as a modifier
    if link_verb(lemma):
        other = _pobj(tok, "to") or _pobj(tok, "with")
        return ("link", sign, subj, other) if passive and subj is not None else None
    if not causal_verb(lemma):
        return None
    if passive:
        return ("cause", sign, subj, _pobj(tok, "by"))
    source = _pobj(tok, "from")
    if source is not None and _child(tok, ("dobj",)) is None:
        return "cause", sign, subj, source  # "the delay resulted from a fault"
    effect = _child(tok, ("dobj",)) or _pobj(tok, "to") or _pobj(tok, "in")
    return ("cause", sign, effect, subj) if effect is not None else None


def _copula_frames(tok, sign: int) -> list:
    """Frames of a copula: a noun of result or cause, an adjective of ascription or
    link, "it was no Y" (module doc)."""
    subj = partitive(_child(tok, ("nsubj",)))
    attr = _child(tok, ("attr",))
    acomp = _child(tok, ("acomp",))
    out = []
    if attr is not None and subj is not None:
        word = attr.lemma_.lower()
        if _under(word, "n", (RESULT_NOUN,), 0):
            out.append(("cause", sign, subj, _pobj(attr, "of")))
        elif _under(word, "n", (CAUSE_NOUN,), 0):
            out.append(("cause", sign, _pobj(attr, "of"), subj))
        elif subj.lower_ in PRONOUNS and sign < 0:
            out.append(("cause", sign, None, attr))  # "it was no accident"
    if subj is not None and subj.lower_ not in PRONOUNS:
        word = subj.lemma_.lower()
        if attr is not None and _under(word, "n", (CAUSE_NOUN,), 0):
            out.append(("cause", sign, _pobj(subj, "of"), attr))  # "the cause of X was Y"
    if acomp is not None and subj is not None:
        cause = _pobj(acomp, "to")
        if cause is not None and _ascribable(acomp.lemma_.lower()):
            out.append(("cause", sign, subj, cause))
        elif link_sign(acomp.lemma_.lower()):
            out.append(("link", sign * link_sign(acomp.lemma_.lower()), subj, cause))
    return [f for f in out if f[2] is not None or f[0] == "cause"]


@lru_cache(maxsize=4096)
def _ascribable(adjective: str) -> bool:
    """Some sense of ``adjective`` is WordNet's synset of ascribable ("due", "attributable"):
    with a "to" object, that is the sense read."""
    anchor = _anchor(ASCRIBABLE)
    return anchor is not None and anchor in lexicon.senses(adjective, "a")


def _prep_frame(tok, sign: int):
    """A preposition of cause on predicate ``tok`` ("collapsed *because of* the snow")."""
    for p in tok.children:
        if p.dep_ != "prep":
            continue
        second = _child(p, ("pcomp", "prep"))
        if second is None or (p.lower_, second.lower_) not in CAUSE_PREPS:
            continue
        subj = partitive(_child(tok, ("nsubj", "nsubjpass")))
        effect = tok if subj is not None else None
        if subj is not None and _occurrence(tok.lemma_.lower()):
            effect = subj  # "the landslide *happened* because of the rain": the landslide
        cause = _child(second, ("pobj",)) or _child(p, ("pobj",))  # either, as parsed
        return "cause", sign, effect, cause
    return None


def _occurrence(lemma: str) -> bool:
    """A copula or a verb of taking place (WordNet's synset of "happen"): the event is
    its subject, not the verb."""
    return lemma == "be" or _under(lemma, "v", (OCCUR_VERB,), 0)


def _nothing_to_do(tok, sign: int):
    """ "X had nothing to do with Y": the link of X and Y denied."""
    if tok.lemma_.lower() != "have":
        return None
    none = _child(tok, ("dobj",))
    if none is None or none.lower_ not in ("nothing", "anything"):
        return None
    do = _child(none, ("relcl", "acl"))
    if do is None or do.lemma_.lower() != "do":
        return None
    subj = partitive(_child(tok, ("nsubj",)))
    return ("link", sign, subj, _pobj(do, "with")) if subj is not None else None


def _reading(tok, claim: Claim, names, predicate, sign, effect, cause) -> Reading:
    """A :class:`Reading` of kind "cause" (module doc)."""
    head, mods, theme, phrase, pos = "", frozenset(), frozenset(), "", "n"
    if effect is not None and effect.pos_ == "PRON":
        effect = None  # "it was not the result of X": what "it" is, the clauses' closeness
    if effect is not None:
        head, mods, pos = _event_word(effect)
        theme = frozenset(arg_keys(effect, names)) if effect.pos_ != "VERB" else frozenset()
        phrase = effect.doc[effect.left_edge.i : effect.right_edge.i + 1].text[:80]
        if effect.pos_ == "VERB":
            phrase = " ".join(t.text for t in effect.subtree if t.i <= effect.i)[:80]
    return Reading(
        token=tok.i,
        kind="cause",
        predicate=predicate,
        surface=tok.text,
        sign=sign,
        theme=theme,
        head=head,
        mods=mods,
        doer=frozenset(arg_keys(cause, names)),
        doer_head=cause.lemma_.lower(),
        doer_mods=_nouns(cause) | _adjectives(cause),
        plan=False,
        start="",
        until="",
        phrase=phrase,
        negated=sign < 0,
        pos=pos,
        dated=tuple(claim.dates),
    )


def _event_word(effect) -> tuple[str, frozenset[str], str]:
    """``(head lemma, participant nouns, pos)`` of an effect: a noun with the nouns that
    say whose event it is, or a verb with its subject's head."""
    if effect.pos_ == "VERB":
        subj = partitive(_child(effect, ("nsubj", "nsubjpass")))
        who = frozenset({subj.lemma_.lower()}) if subj is not None else frozenset()
        return effect.lemma_.lower(), who, "v"
    of = _pobj(effect, "of")
    who = _nouns(effect) | ({of.lemma_.lower()} if of is not None else set())
    return effect.lemma_.lower(), frozenset(who), "n"


def _nouns(tok) -> frozenset[str]:
    """Lemmas of the compound and possessive nouns of ``tok``."""
    return frozenset(
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("NOUN", "PROPN")
    )


def _adjectives(tok) -> frozenset[str]:
    return frozenset(c.lemma_.lower() for c in tok.children if c.dep_ == "amod")


# --------------------------------------------------------------------------- clash


def cause_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether cause readings ``a`` and ``b`` (of articles published on the ISO days
    ``published``) state and deny one cause of one effect, or state two causes of one
    effect that exclude each other (module doc)."""
    if a.kind != "cause" or b.kind != "cause":
        return False
    if a.sign == b.sign:
        return a.sign > 0 and alternative_causes(a, b)
    denied, stated = (a, b) if a.sign < 0 else (b, a)
    if stated.predicate == "link" and denied.predicate == "cause":
        return False  # "X was linked to Y" does not say that Y caused X
    if not _one_cause(stated, denied):
        return _swapped(stated, denied)
    if not (stated.head and denied.head):
        return bool(stated.head or denied.head)  # "it was no Y": the effect left to the clause
    return one_event(stated, denied)


def _swapped(stated: Reading, denied: Reading) -> bool:
    """A link has no direction: "X was unrelated to Y" denies "X caused Y" too."""
    if "link" not in (stated.predicate, denied.predicate):
        return False
    if not (stated.head and denied.head):
        return False
    return _same_word(stated.head, denied.doer_head) and _same_word(denied.head, stated.doer_head)


def one_event(a: Reading, b: Reading) -> bool:
    """The two effects are one event of one thing (module doc)."""
    if not _same_word(a.head, b.head):
        return False
    if a.mods and b.mods and not a.mods & b.mods:
        return False  # "the closure of the museum" / "the closure of the harbour"
    return True


def alternative_causes(a: Reading, b: Reading) -> bool:
    """Two stated causes of one effect that exclude each other: two kinds of one kind of
    thing, neither a kind of the other ("caused by a *gas* leak" / "by a *water* leak" is
    one head with two owners; "a *keeper's* error" / "a *door* fault": one kind of cause of
    two things of different branches), or two heads of one branch of WordNet
    (:func:`consilience.noun_branches.one_branch`) neither a kind of the other. A link is
    no cause; causes of different branches ("a storm" / "a faulty pump") may both hold,
    and so may two descriptions of people ("three masked *men*" / "the *robbers*" may be
    one gang: who did it is :func:`consilience.statements._other_doer`'s question)."""
    if "link" in (a.predicate, b.predicate) or not (a.head and b.head):
        return False
    if not one_event(a, b) or a.doer & b.doer or _people(a.doer_head, b.doer_head):
        return False
    x, y = a.doer_head, b.doer_head
    if _same_word(x, y):
        return _other_owners(a, b)
    if not (known(x) and known(y)) or x in kinds(y, "n") or y in kinds(x, "n"):
        return False
    return one_branch(x, y) and not (x in b.doer_mods or y in a.doer_mods)


def _people(x: str, y: str) -> bool:
    """Both causes are WordNet kinds of person ("man", "robber", "official")."""
    return bool(x and y) and kind_of(x, PERSON) and kind_of(y, PERSON)


def _other_owners(a: Reading, b: Reading) -> bool:
    """Both causes have noun modifiers, none shared, of different branches of WordNet."""
    ma = frozenset(m for m in a.doer_mods if known(m))  # nouns: whose, what of
    mb = frozenset(m for m in b.doer_mods if known(m))
    if not (ma and mb) or ma & mb:
        return False
    return not any(one_branch(x, y) for x in ma for y in mb)


def _one_cause(stated: Reading, denied: Reading) -> bool:
    """One cause (module doc): the stated cause is the denied one in other words or a kind
    of it, not one of another owner ("a keeper's error" / "a door fault")."""
    if stated.doer & denied.doer:
        return True
    s, d = stated.doer_head, denied.doer_head
    if _same_word(s, d) and _other_owners(stated, denied):
        return False
    if _same_word(s, d) or s in denied.doer_mods or d in stated.doer_mods:
        return True
    return d in kinds(s, "n", 4)


@lru_cache(maxsize=32768)
def _same_word(x: str, y: str) -> bool:
    """One event word: one lemma, one sense among the first three (noun or verb), or one
    derivation ("stoppage" / "stop", "closure" / "close")."""
    if not (x and y):
        return False
    if x == y or lexicon.same_sense(x, y, "n") or lexicon.same_sense(x, y, "v"):
        return True
    vx = lexicon.verbs_of(x) | ({x} if lexicon.senses(x, "v") else set())
    vy = lexicon.verbs_of(y) | ({y} if lexicon.senses(y, "v") else set())
    return bool(vx & vy)
