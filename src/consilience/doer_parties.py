"""Who a doer may be: the parties a claim's doer stands with, so that two doers of one act
are rivals only when no party is shared.

    party(analysis, claim) -> {"copper lantern", "aoife brennan", ...}
    one_side(analysis_a, a, analysis_b, b) -> True     # the doers may be one party
    named_rivals(analysis_a, a, analysis_b, b) -> True  # two named doers, no party shared

A "who did it" dispute (:func:`consilience.statements._other_doer`) needs two doers that
cannot be one. Read from the parse, a claim's doer stands with:

- the names inside its **doer stretch**, the words from the doer to the verb: an
  apposition or a modifier of the doer ("Copper Lantern, a 50-1 outsider *ridden by
  Aoife Brennan*, won"), the subject of a copula whose complement is the doer ("*Aoife
  Brennan* has become the first female jockey to win"), and a name the parser left
  between an inherited subject and its conjoined verb ("Celebrations went on ... after
  *Copper Lantern*, trained ..., won");
- the objects of an adverbial participle of its verb, or of the copula that governs it
  ("..., *steering* 50-1 outsider *Copper Lantern*"): the doer acts on that party while
  doing the act (a rider and a horse, a manager and a team) -- unless the participle is
  a contest ("..., *beating* Harbour Bell": a rival, :func:`_contest`);
- for a **definite description** with no name ("*the horse* beat Harbour Bell", "the
  firm"), every name its article mentions before the claim: the description may stand
  for any of them -- but a description of a group ("the army") never for a name whose
  last word is another group noun ("Dorne Police"), by WordNet (:func:`_other_group`).

A name preceded by "not", "rather than" or "instead of" is a rival, not a party. Two
doers whose parties share a name (one the other's words, last words alike) are one side:
the act is theirs together (rider and horse, a company and its chief), not disputed.
Someone named elsewhere in the sentence ("scored after Jones' cross") is no party.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .company_referents import business_noun
from .date_act_lexicon import is_person_noun
from .entities import PERSON_TITLES
from .model import Analysis, Claim
from .opposition import CONVERSE

#: entity labels that name a party that can act
PARTY_LABELS = frozenset("PERSON ORG NORP FAC PRODUCT".split())
#: entity labels of times and figures: a proper noun so tagged ("August") names no party
_NO_PARTY_LABELS = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())
#: words that make the name after them a rival ("Smith, *not* Jones, scored")
_RIVAL = re.compile(r"\b(?:not|rather than|instead of)\s+(?:the\s+)?$", re.I)
#: determiners of a definite description
_DEFINITE = frozenset({"the", "this", "that"})
#: hypernym steps within which a noun is a kind of social group
GROUP_DEPTH = 6


def party(analysis: Analysis, c: Claim) -> frozenset[str]:
    """Lower-cased names (and the doer's keys) the doer of ``c`` stands with (module
    doc), never the claim's own object ("won *the Northern Grand Chase*"); just the
    doer's keys when its clause cannot be found in the parse."""
    out = set(c.actor_keys)
    doc = analysis.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not c.actor:
        return frozenset(out)
    sent, verb = span.sent, _verb(span, c)
    head = _actor_head(sent, c.actor, verb)
    if head is None:
        return frozenset(out)
    start = _stretch_start(head)
    out |= _names(sent, start, verb.idx)
    for gov in _governors(verb):
        for adv in gov.children:
            if adv.dep_ == "advcl" and adv.tag_ == "VBG" and not _contest(adv.lemma_.lower()):
                for o in adv.children:
                    if o.dep_ == "dobj":
                        out |= _names(sent, o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
    if _described(head):
        out |= _earlier_names(doc, c.start, head.lemma_.lower())
    theme = c.patient_key or ""
    return frozenset(n for n in out if not (theme and _one_name(n, theme)))


def one_side(analysis_a: Analysis, a: Claim, analysis_b: Analysis, b: Claim) -> bool:
    """The doers of ``a`` and ``b`` share a party (module doc): one side of the act."""
    pa, pb = party(analysis_a, a), party(analysis_b, b)
    return any(_one_name(x, y) for x in sorted(pa) for y in sorted(pb))


def named(analysis: Analysis, c: Claim) -> frozenset[str]:
    """Lower-cased names the doer of ``c`` is given in its own phrase: the party names of
    its doer stretch, else the doer or its apposition when a proper noun the entity
    tagger missed or took for a place ("Arcwise installed ...", "our contractor,
    Lumenvale Highways, installed ..."); empty for a doer told only by a description ("our
    supplier") or not found in the parse. A proper-noun owner of a doer told by a noun of
    persons counts as a name ("Kaldera's coast guard" names Kaldera, which "seized by
    Kaldera" names too; "the Chief Executive's pay" names no doer)."""
    found = _doer_stretch(analysis, c)
    if found is None:
        return frozenset()
    sent, start, end, head = found
    out = _names(sent, start, end)
    for tok in [head, *(c for c in head.children if c.dep_ == "appos")]:
        if tok.ent_type_ in _NO_PARTY_LABELS:
            continue  # "on 8 August": a date the parser took for the doer names no one
        if tok.pos_ == "PROPN" and not out:  # a name the tagger missed or mislabelled
            chain = [t for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i]
            if not all(_role_word(t.lower_) for t in chain):  # "Minister urges": no name
                out.add(_name(" ".join(t.text for t in chain)))
    if is_person_noun(head.lemma_.lower()):  # the owner of the doer: "*Kaldera's* coast guard"
        for tok in head.children:
            chain = [t for t in tok.subtree if t.pos_ == "PROPN"] if tok.dep_ == "poss" else []
            if chain and not all(_role_word(t.lower_) for t in chain):
                out.add(_name(" ".join(t.text for t in chain)))
    return frozenset(out)


def _doer_stretch(analysis: Analysis, c: Claim):
    """``(sentence, start, end, head)``: the character stretch that tells the doer of
    ``c`` -- from the doer's left edge to the verb, or a passive's "by" agent after the
    verb ("was installed *by our supplier, Arcwise*") -- and the doer's head; None when
    the parse does not show it."""
    span = analysis.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not c.actor:
        return None
    verb = _verb(span, c)
    head = _actor_head(span.sent, c.actor, verb)
    if head is not None:
        return span.sent, _stretch_start(head), verb.idx, head
    head = _agent_head(verb)
    if head is None:
        return None
    return span.sent, head.left_edge.idx, head.right_edge.idx + len(head.right_edge), head


def doer_span(analysis: Analysis, c: Claim) -> tuple[int, int] | None:
    """``(start, end)``, character offsets in the article, of the phrase that names the
    doer of ``c`` ("*our contractor, Lumenvale Highways,* installed ...", "installed by
    *Arcwise*"), or None when the parse does not show one. In a who-did-it dispute this
    phrase is what the articles disagree on; the rest of the clause is not disputed."""
    found = _doer_stretch(analysis, c)
    if found is None:
        return None
    _sent, start, end, head = found
    end = min(end, head.right_edge.idx + len(head.right_edge))
    return start, end


def _doer_kind(analysis: Analysis, c: Claim) -> str:
    """"person" when the doer stretch of ``c`` names a person (an entity tagged PERSON or
    opening with a title, :func:`_titled`),
    "body" when it names only bodies (ORG, NORP, FAC, GPE), "" when the tagger named
    neither: a person may act for the body another article names ("Mayor Jo Finch" /
    "Hartley Council")."""
    found = _doer_stretch(analysis, c)
    if found is None:
        return ""
    sent, start, end, _head = found
    ents = [e for e in sent.ents if start <= e.start_char < end]
    labels = {"PERSON" if _titled(e) else "ORG" if _described_body(e) else e.label_ for e in ents}
    if "PERSON" in labels:
        return "person"
    return "body" if labels & {"ORG", "NORP", "FAC", "GPE"} else ""


def _described_body(ent) -> bool:
    """A name the tagger took for a person that a noun of a business describes
    ("drugmaker Corvane", "the Corvane company": :func:`consilience.company_referents.business_noun`)."""
    if ent.label_ != "PERSON" or _titled(ent):
        return False
    root = ent.root
    near = [t for t in root.children if t.dep_ in ("compound", "appos") and t.i < ent.start]
    if root.dep_ == "compound" and root.head.i >= ent.end:
        near.append(root.head)
    return any(t.is_lower and business_noun(t.lower_) for t in near)


def _titled(ent) -> bool:
    """Entity ``ent`` opens with a person's title or a noun of a person ("Farmer Neville
    Pardoe", "Mr Pardoe", "Cllr Ames"), whatever label the tagger gave it."""
    first = ent[0].lower_
    return first in PERSON_TITLES or (len(ent) > 1 and is_person_noun(first))


def named_rivals(
    analysis_a: Analysis, a: Claim, analysis_b: Analysis, b: Claim, one_kind: bool = False
) -> bool:
    """The doers of ``a`` and ``b`` are both named in their own phrases (:func:`named`:
    "Arcwise installed" / "our contractor, Lumenvale Highways, installed"), their names
    share no word, and they share no party (:func:`one_side`): two doers said to have
    done the act. ``one_kind``: never a person and a body, as a person may act for a body
    (:func:`_doer_kind`; a doer of no known kind goes with either)."""
    na, nb = named(analysis_a, a), named(analysis_b, b)
    if not (na and nb):
        return False
    kind_a, kind_b = _doer_kind(analysis_a, a), _doer_kind(analysis_b, b)
    if _name_words(na) & _name_words(nb) and not _relatives(na, nb, kind_a, kind_b):
        return False  # "Ruth Amane of Uganda" / "Ruth Amane": one name, told two ways
    if one_kind and "" != kind_a != kind_b != "":
        return False
    return not one_side(analysis_a, a, analysis_b, b)


def _relatives(na: frozenset[str], nb: frozenset[str], kind_a: str, kind_b: str) -> bool:
    """Two persons' full names that share their family name but not their given names
    ("Maisie Rook" / "Arthur Rook"): two people, not one told two ways. Titles and nouns of
    persons are left out ("Churchwarden Bill Harte"); each name needs two words left, and
    neither name's words may hold the other's ("Ruth Amane" / "Ruth Amane Okello")."""
    if kind_a != "person" or kind_b != "person" or len(na) != 1 or len(nb) != 1:
        return False
    x = [w for w in next(iter(na)).split() if not _role_word(w)]
    y = [w for w in next(iter(nb)).split() if not _role_word(w)]
    if len(x) < 2 or len(y) < 2 or set(x) <= set(y) or set(y) <= set(x):
        return False
    return x[-1] == y[-1] and x[0] != y[0] and x[0][0] != y[0][0]


def _role_word(word: str) -> bool:
    """``word`` is a title or a noun of a person ("minister", "mayor", "farmer"), which a
    capital letter in a heading does not make a name."""
    return word in PERSON_TITLES or is_person_noun(word)


def _agent_head(verb):
    """The object of the "by" agent of passive ``verb`` ("was installed by *our supplier*,
    Arcwise"), or None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None


def _name_words(names: frozenset[str]) -> set[str]:
    """The words of ``names`` but the little words between them ("of", "and")."""
    return {w for n in names for w in n.split() if w not in ("of", "and", "the", "for")}


def _one_name(x: str, y: str) -> bool:
    """One name: equal, or one's words all in the other's with one last word."""
    wx, wy = x.split(), y.split()
    if not wx or not wy:
        return False
    if x == y:
        return True
    return wx[-1] == wy[-1] and (set(wx) <= set(wy) or set(wy) <= set(wx))


def _verb(span, c: Claim):
    """The token of the claim's predicate in ``span`` (its first word's lemma), else the
    span's root."""
    lemma = c.predicate.split("_")[0]
    return next((t for t in span if t.lemma_.lower() == lemma), span.root)


def _actor_head(sent, actor: str, verb):
    """The head token of the doer phrase ``actor`` in ``sent`` before ``verb``, or None."""
    phrase = actor.strip(" ,-–—")
    at = sent.text.find(phrase)
    if at < 0 or not phrase:
        return None
    first = sent.start_char + at
    last = first + len(phrase)
    tokens = [t for t in sent if first <= t.idx < last]
    if not tokens or tokens[0].idx >= verb.idx:
        return None
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head is t), tokens[0])


def _stretch_start(head) -> int:
    """Where the doer stretch starts: the doer's left edge, or the copula subject's when
    the doer is a copula's complement ("Brennan has become the first jockey to win")."""
    start = head.left_edge.idx
    if head.dep_ == "attr":
        for s in head.head.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                start = min(start, s.left_edge.idx)
    return start


def _governors(verb) -> list:
    """The verb and, for a verb of a clause modifying a copula's complement ("the first
    jockey *to win*"), the copula."""
    out = [verb]
    if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "attr":
        out.append(verb.head.head)
    return out


@lru_cache(maxsize=4096)
def _contest(verb: str) -> bool:
    """``verb`` names a contest its object loses: one of
    :data:`consilience.opposition.CONVERSE`, or a kind of "defeat" in WordNet."""
    return verb in CONVERSE or "defeat" in lexicon.hypernyms(verb, "v", 1) or verb == "defeat"


def _names(sent, start: int, end: int) -> set[str]:
    """Lower-cased party names of ``sent`` wholly within ``[start, end)``, not rivals."""
    out = set()
    for e in sent.ents:
        if e.label_ in PARTY_LABELS and start <= e.start_char and e.end_char <= end:
            before = sent.doc.text[max(sent.start_char, e.start_char - 20) : e.start_char]
            if not _RIVAL.search(before):
                out.add(_name(e.text))
    return out


def _name(text: str) -> str:
    words = re.findall(r"[\w'-]+", text.lower())
    return " ".join(w.removesuffix("'s") for w in words if w not in ("the", "'s"))


def _described(head) -> bool:
    """``head`` heads a definite description with no name ("the horse", "the first
    female jockey"): a common noun after "the", no proper noun or entity among its
    own modifiers."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    mods = [t for t in head.children if t.dep_ in ("det", "compound", "amod", "poss", "nmod")]
    if not any(t.dep_ == "det" and t.lower_ in _DEFINITE for t in mods):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in mods)


def _earlier_names(doc, before: int, noun: str) -> set[str]:
    """Party names the document mentions before char ``before`` that a description whose
    head is ``noun`` may stand for (not a name of another group, :func:`_other_group`)."""
    out = set()
    for e in doc.ents:
        if e.label_ in PARTY_LABELS and e.end_char <= before:
            name = _name(e.text)
            if name and not _other_group(noun, name.split()[-1]):
                out.add(name)
    return out


@lru_cache(maxsize=8192)
def _other_group(noun: str, last: str) -> bool:
    """``noun`` (a description's head) is a kind of social group and ``last`` (a name's
    last word) is another kind of group it is not a hypernym of ("the army" / "Dorne
    Police"), in their first WordNet senses."""
    if noun == last or not _group(noun) or not _group(last):
        return False
    return noun not in lexicon.hypernyms(last, "n", 1) and not lexicon.reaches(
        last, "n", frozenset(lexicon.senses(noun, "n")[:1]), 1, GROUP_DEPTH
    )


@lru_cache(maxsize=8192)
def _group(noun: str) -> bool:
    """The first sense of ``noun`` is a kind of social group (WordNet's {social_group})."""
    return lexicon.reaches(noun, "n", frozenset(lexicon.senses("social_group", "n")[:1]), 1, 8)
