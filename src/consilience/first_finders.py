"""Who first found or reported a thing: one act of discovery with two different finders.

    finding(tok) -> Finding | None          # a verb of discovery with its finder and find
    rival_finders(a, b) -> bool             # two articles' findings name two finders

A thing the story is about is found once: "the fire was *reported by a hiker*" and "the
blaze was *spotted by a farmer*" name two first finders of one fire, which cannot both
be true. A *verb of discovery* is one :func:`consilience.discovery_verbs.discovery` names ("find",
"spot", "locate", "uncover", and the first alerts "report" and "alert"); raising the alarm ("a porter raised the alarm") is a first
alert whose find is the alarm itself.

A finding is read from the parse: the finder is the passive's "by" agent ("was spotted
*by a farmer*") or the active subject ("a hiker *found* the body"; the noun a "who" clause
hangs on: "the night watchman, *who* raised the alarm"); the find is the
passive's subject, inherited from the verb a conjoined passive hangs on ("The fire
started ... and was reported by a hiker"), or the active object. It is kept only when

- the find is a definite description ("the fire", "the footprints") -- one known thing,
  not "a body", "record profits" -- or "it" opening its clause after a sentence whose
  subject is one ("The mosaic lies under a car park. It was spotted by a student"), or
  "they" after one whose subject is a plural noun ("Quagga mussels are in the lake. They
  were spotted by a diver");
- the finder is a person (a PERSON name or a noun one of whose first two senses WordNet
  files under {person})
  and is not counted ("several residents", "two walkers": an act many did), so a news
  agency or a company reporting a figure is never a finder;
- the verb is not a judgement ("was found *guilty*", "found *to be* unsafe": a complement
  or a clause after it), not negated, not hedged.

Two findings of two articles are rivals (:func:`rival_finders`) when their finds are one
thing (one head lemma, or one a WordNet synonym or direct hypernym of the other: "blaze"
/ "fire") and their finders share no noun or name ("a dog walker, Mira Solt" / "students
from the university"; "a student" / "university students" are one side).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .class_denials import kinds
from .discovery_verbs import FIRST_ALERT, discovery
from .opposition import counted

#: determiners of a definite description
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: hypernym steps within which a noun's first sense is a kind of person
PERSON_DEPTH = 8


@dataclass(frozen=True)
class Finding:
    """One act of discovery read from the parse.

    ``verb``: the verb's lemma and ``surface`` its text; ``token``: its index in the doc;
    ``find``: the head lemma of what was found and ``find_phrase`` its words;
    ``finder``: lower-cased noun and name lemmas of the finder and ``finder_phrase``
    its text (the agent phrase, with its appositions and modifiers); ``finder_all``: the
    lemmas of all its nouns, the modifying ones too ("nursing" of "nursing team");
    ``person``: the find is a person told by a name or a pronoun ("name") or by a noun
    ("noun"), else ""; ``doing``: what a participle on the finder says it was doing
    (:func:`_doing`); ``named``: the finder is told by a name ("Maureen Tolley");
    ``described``: it is told by an indefinite description ("a dog walker", "a member of
    the public"), which may describe a person another article names;
    ``start``/``end``:
    the characters of the clause that states it, from the find (or, when the find is
    inherited from a conjoined verb, the verb's own first word) to the end of the
    finder or the find."""

    verb: str
    surface: str
    token: int
    find: str
    find_phrase: str
    finder: frozenset[str]
    finder_phrase: str
    start: int = 0
    end: int = 0
    finder_all: frozenset[str] = frozenset()
    person: str = ""
    doing: frozenset[str] = frozenset()
    named: bool = False
    described: bool = False
    #: lemmas of the common nouns of the finder phrase that say what the finder is
    #: ("graduate" of "a graduate, Nadia Ferreira"), not those modifying another
    roles: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def _person_noun(noun: str) -> bool:
    """One of the first two senses of ``noun`` is a kind of person (WordNet's {person}):
    "driver" is first an operator, a causal agent, and second a person who drives."""
    person = frozenset(lexicon.senses("person", "n")[:1])
    return lexicon.reaches(noun, "n", person, 2, PERSON_DEPTH)


def finding(tok) -> Finding | None:
    """The finding of verb token ``tok`` (module doc), or None."""
    lemma = _verb_lemma(tok)
    if tok.pos_ != "VERB" or _judged(tok) or _not_done(tok):
        return None
    light = _came_to_light(tok)
    if light is not None:
        finder, find = light
    elif discovery(lemma) or lemma in TROUBLE_FINDING or _raises_alarm(tok):
        finder, find = _finder_and_find(tok)
    else:
        return None
    person = _person_find(find) if find is not None else ""
    if find is not None and find.lower_ in ("it", "they"):
        find = _antecedent(find)
    elif find is not None and not _definite(find) and not person:
        return None
    if finder is None or find is None or not _one_finder(finder, lemma):
        return None
    if (light is not None or lemma in TROUBLE_FINDING) and not trouble(find):
        return None  # "the body was identified by his family": no finding of it
    words = _finder_words(finder) or frozenset({finder.lemma_.lower()})  # "a woman ..."
    kept = [t for t in _phrase_tokens(finder) if not t.is_punct]
    phrase = tok.doc[kept[0].i : kept[-1].i + 1].text
    find_phrase = tok.doc[find.left_edge.i : find.i + 1].text
    own = find.head.i == tok.i
    lead = finder.head.head if finder.dep_ == "pobj" and finder.head.head.lower_ == "one" else finder
    first = min(find.left_edge.idx if own else tok.left_edge.idx, lead.left_edge.idx, tok.idx)
    active = find.dep_ in ("dobj", "oprd")
    ends = (find.right_edge, kept[-1], tok) if own and active else (kept[-1], tok)
    last = max(t.idx + len(t) for t in ends)
    lemma_find = find.lemma_.lower()
    doing = _doing(finder)
    every = frozenset(
        t.lemma_.lower() for t in _phrase_tokens(finder) if t.pos_ in ("NOUN", "PROPN")
    ) | doing
    roles = frozenset(
        t.lemma_.lower() for t in _phrase_tokens(finder) if t.pos_ == "NOUN" and t.dep_ != "compound"
    )
    return Finding(
        lemma, tok.text, tok.i, lemma_find, find_phrase, words, phrase, first, last, every,
        person, doing, *_name_or_description(finder), roles - _GENERIC,
    )


#: verbs that find a fault, a loss or an error only, named because WordNet files them
#: elsewhere: "the error was *picked up* by an examiner", "the failure was *identified*
#: by engineers" (a body is identified, not found)
TROUBLE_FINDING = frozenset({"pick_up", "identify"})
#: head lemmas of what goes wrong, found once ("the error", "the blackout")
TROUBLES = frozenset(
    "problem error fault failure mistake blackout outage loss leak breach shortfall "
    "contamination discrepancy defect flaw fraud theft mix-up glitch bug".split()
)
#: WordNet kinds of what goes wrong
_TROUBLE_KINDS = frozenset(
    {"error", "failure", "fault", "mistake", "imperfection", "defect", "difficulty",
     "breakdown", "equipment_failure", "nonaccomplishment", "deficiency"}
)  # fmt: skip


def trouble(noun) -> bool:
    """Noun token ``noun`` names something that went wrong (:data:`TROUBLES` or a WordNet
    kind of one): what a check picks up or what comes to light."""
    lemma = noun.lemma_.lower()
    return lemma in TROUBLES or bool(_TROUBLE_KINDS & kinds(lemma, "n", 3))


def _verb_lemma(tok) -> str:
    """The lemma of verb ``tok``, a phrasal particle joined ("picked up" -> "pick_up")."""
    lemma = tok.lemma_.lower()
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    return f"{lemma}_{prt.lower_}" if lemma == "pick" and prt is not None else lemma


def _finder_and_find(tok):
    """``(finder, find)`` tokens of a verb of discovery ``tok`` (module doc); either may
    be None."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None and _passive(tok):
        agent = _checking_agent(tok)  # "found during an inspection *by the health board*"
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None), _passive_subject(tok)
    finder = _one_of(_subject(tok))
    find = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if find is None:  # "found Rory in the tunnel": the parser may make the name oprd
        find = next((c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    if finder is not None and finder.lower_ in ("who", "that"):
        # "It was a pharmacist at the branch who spotted it" (the parser may hang the
        # "who" clause on "branch"), else "the night watchman, who raised the alarm"
        finder = cleft_focus(tok) or (tok.head if tok.dep_ == "relcl" else finder)
    return finder, find


#: what a thing came to light through: "came to light *through* a nurse"
_THROUGH = frozenset({"through", "via"})
#: the conjunctions of the act it came to light in: "came to light *when* a graduate checked"
_WHEN = frozenset({"when", "after", "as"})


def _came_to_light(tok):
    """``(finder, find)`` of "X came to light through Y" / "... when Y checked ...", or
    None when verb ``tok`` is no "came to light" (the find is the subject)."""
    if tok.lemma_.lower() != "come" or not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "light" for g in c.children)
        for c in tok.children
    ):
        return None
    find = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _THROUGH:
            return next((g for g in c.children if g.dep_ == "pobj"), None), find
        if c.dep_ == "advcl" and any(m.dep_ == "advmod" or m.dep_ == "mark" for m in c.children
                                     if m.lower_ in _WHEN):
            return _one_of(_subject(c)), find
    return None, find


def _person_name(tok) -> bool:
    """``tok`` names a person: tagged so, or a name the tagger gave no place or body label."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("ORG", "GPE", "FAC", "NORP", "LOC")


def _name_or_description(finder) -> tuple[bool, bool]:
    """``(named, described)`` of the finder token (see :class:`Finding`): a person's name,
    its own or in apposition ("a student, Jonas Ek"), makes it named; a body's name is
    no person's."""
    names = [finder] + [c for c in finder.children if c.dep_ == "appos"]
    if any(_person_name(t) for t in names):
        return True, False
    if finder.pos_ == "PROPN":
        return False, False  # a body's name ("Marlow Water"): no one a description tells
    lead = finder.head.head if finder.dep_ == "pobj" and finder.head.head.lower_ == "one" else finder
    return False, any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lead.children) or lead is not finder


#: pronouns that name one person
_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})


def _person_find(noun) -> str:
    """What kind of person the find ``noun`` is: "name" (a name or a personal pronoun:
    "found *Rory*", "found *him*"), "noun" (a noun whose first sense is a person: "found a
    young *boy*"), or "" for a thing."""
    if noun.lower_ in _PERSON_PRONOUNS or noun.ent_type_ == "PERSON":
        return "name"
    if noun.pos_ == "PROPN" and not noun.ent_type_:
        return "name"
    return "noun" if noun.pos_ == "NOUN" and _person_noun(noun.lemma_.lower()) else ""


#: prepositions of the act during which a thing was found ("found *during* an inspection")
_DURING = frozenset({"during", "in", "at", "on"})
#: WordNet kinds of the acts of checking a thing ("inspection", "audit", "test", "check")
_CHECKS = frozenset({"examination", "review", "verification", "investigation", "analysis"})


def _passive(tok) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN"


def _checking_agent(tok):
    """The "by" phrase of the act of checking during which passive ``tok`` found its
    thing ("was found during an unannounced inspection *by the health board*"), or None."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in _DURING:
            continue
        for act in (c for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if _CHECKS & kinds(act.lemma_.lower(), "n", 3):
                by = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                if by is not None:
                    return by
    return None


#: WordNet kinds of a body of people that can find a thing ("the health board")
_BODIES = frozenset({"organization", "administrative_body", "social_group"})


def _one_finder(noun, verb: str) -> bool:
    """``noun`` can be the finder of a find by ``verb``: one person or people not counted
    (:func:`_one_person`), or, finding (not first reporting: :data:`FIRST_ALERT`), a body
    of people ("the health board", "Aldwick Council") or a device or a check that finds
    ("our water monitoring *system*", "the routine *inspection*")."""
    if _one_person(noun):
        return True
    finds = discovery(verb) or verb in TROUBLE_FINDING or verb == "come"  # came to light
    if verb in FIRST_ALERT or not finds:
        return False  # a body that first reports or raises the alarm is no finder
    if counted(noun.doc[noun.left_edge.i : noun.i + 1].text):
        return False
    if noun.ent_type_ == "ORG" or bool(_BODIES & kinds(noun.lemma_.lower(), "n")):
        return True
    return noun.pos_ == "NOUN" and bool(_FINDING_THINGS & kinds(noun.lemma_.lower(), "n"))


#: WordNet kinds of a thing that finds: a device, an inspection or a watch
_FINDING_THINGS = frozenset(
    {"instrumentality", "device", "equipment", "examination", "investigation", "scrutiny",
     "observation", "coding_system", "program"}
)  # fmt: skip


def _doing(noun) -> frozenset[str]:
    """Lemmas of what a participle on ``noun`` says it was doing, and of that act's
    object ("a woman *walking* her *dog*" -> {"walk", "dog"}): kin to "a dog walker"."""
    out = set()
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBG":
            out.add(c.lemma_.lower())
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "dobj" and g.pos_ == "NOUN")
    return frozenset(out)


def _one_of(subj):
    """The group noun of "one of our nurses" (one person of it), else ``subj``."""
    if subj is None or subj.lower_ != "one":
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group if group is not None else subj


def _subject(tok):
    """The active subject of ``tok``, or of the verb it is conjoined to ("a guest smelled
    smoke and raised the alarm")."""
    for t in (tok, tok.head if tok.dep_ == "conj" else None):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t is not None else None
        if subj is not None:
            return subj
    return None


def _passive_subject(tok):
    """The passive subject of ``tok``, or of the verb it is conjoined to."""
    for t in (tok, tok.head if tok.dep_ == "conj" else None):
        if t is None:
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is not None:
            return subj
    return None


#: verbs that raise an alarm, and the nouns of the alarm: "raised the alarm", "sounded
#: the alert" -- the first alert of a thing, which one person gives
_ALARM_VERBS = frozenset({"raise", "sound", "give"})
_ALARM_NOUNS = frozenset({"alarm", "alert"})


def _raises_alarm(tok) -> bool:
    """Verb token ``tok`` raises the alarm ("a porter raised the alarm", "the alarm was
    raised by a ranger")."""
    return tok.lemma_.lower() in _ALARM_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ALARM_NOUNS for c in tok.children
    )


def cleft_focus(tok):
    """The noun a cleft sentence puts first ("*It was* the gas engineer, checking the
    boiler, *who* raised the alarm": engineer) when verb ``tok``'s "who" clause is its
    second part, whatever clause the parser hung it on; None when the sentence is no
    cleft (its root is no "be" with the subject "it" and a noun complement before ``tok``)."""
    root = tok.sent.root
    if root.lemma_.lower() != "be" or root.i > tok.i:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children):
        return None
    return next(
        (c for c in root.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i < tok.i),
        None,
    )


#: entity labels of who or where, never of a thing found
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _antecedent(pron, hops: int = 3):
    """The thing "it" (or the things "they") stands for: the noun subject of the sentence
    before ("A mosaic was found under a car park. It was first spotted by a student" ->
    "mosaic"; "Zebra mussels are in the lake. They were spotted by a diver" -> "mussels";
    named once, it is one known thing), through up to ``hops`` sentences that go on with
    the same pronoun; else None. "They" stands only for a plural noun."""
    sent = pron.sent
    if sent.start == 0:
        return None
    before = pron.doc[sent.start - 1].sent
    subj = next(
        (t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None
    )
    if subj is not None and subj.lower_ == pron.lower_ and hops > 1:
        return _antecedent(subj, hops - 1)  # "The mosaic ... It is made of ... It was spotted"
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "ADJ") or subj.ent_type_ in _NAMED:
        return None  # a name is no thing found ("Ruth said ... It was ...")
    if pron.lower_ == "they" and subj.tag_ not in ("NNS", "NNPS"):
        return None
    return subj


def _judged(tok) -> bool:
    """``tok`` judges rather than finds: a complement or a clause follows it ("found
    guilty", "found to be unsafe", "reported that ...")."""
    return any(
        c.dep_ in ("acomp", "xcomp", "ccomp") or (c.dep_ == "oprd" and c.pos_ != "PROPN")
        for c in tok.children
    )  # a name as "oprd" is the parser's object: "found *Rory* in the tunnel"


def _not_done(tok) -> bool:
    """``tok`` is negated or hedged ("was not spotted", "may have been reported")."""
    for t in (tok, tok.head if tok.dep_ == "conj" else tok):
        if any(c.dep_ == "neg" for c in t.children):
            return True
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def _definite(noun) -> bool:
    """``noun`` heads a definite description: "the", "this" or a possessive before it."""
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False  # an adjective heading a subject or object is a mis-tagged noun
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children
    )


def _one_person(noun) -> bool:
    """``noun`` names a person or people not counted: a PERSON name, or a noun whose
    first sense is a kind of person, with no number or quantity word before it."""
    span = noun.doc[noun.left_edge.i : noun.i + 1]
    if counted(span.text) or any(c.lemma_.lower() in _MANY for c in noun.children):
        return False
    if noun.ent_type_ == "PERSON":
        return True
    return noun.pos_ == "NOUN" and _person_noun(noun.lemma_.lower())


#: words before a noun that make it many people ("several residents")
_MANY = frozenset("several many some numerous multiple various other".split())


def _finder_words(noun) -> frozenset[str]:
    """Lower-cased lemmas of the nouns and names of the finder phrase (its appositions
    and prepositional modifiers, not its clauses: "a dog walker, *who alerted the
    university*" names no university as the finder; not a common noun modifying another:
    "a night porter" and "the night watchman" share no finder word)."""
    return frozenset(
        t.lemma_.lower()
        for t in _phrase_tokens(noun)
        if t.pos_ in ("NOUN", "PROPN")
        and t.lemma_.lower() not in _GENERIC
        and not (t.dep_ == "compound" and t.pos_ == "NOUN")  # "night" of "night porter"
    )


#: dependencies of a clause inside a noun phrase
_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _phrase_tokens(noun) -> list:
    """The tokens of ``noun``'s phrase, its clauses left out, in text order."""
    out = [noun]
    for c in noun.children:
        if c.dep_ not in _CLAUSES:
            out.extend(_phrase_tokens(c))
    return sorted(out, key=lambda t: t.i)


#: nouns that name anyone, shared by any two finders
_GENERIC = frozenset("person people man woman member resident local".split())


def one_thing(a: str, b: str) -> bool:
    """Two head lemmas name one thing: equal, synonyms, or one a direct hypernym of the
    other in their first WordNet senses ("blaze" / "fire")."""
    if a == b:
        return True
    if b in lexicon.synonyms(a, "n", 1) or a in lexicon.synonyms(b, "n", 1):
        return True
    return b in lexicon.hypernyms(a, "n", 1) or a in lexicon.hypernyms(b, "n", 1)


def rival_finders(a: Finding, b: Finding) -> bool:
    """Findings ``a`` and ``b`` name two finders of one find (module doc), whose words are
    not kin (:func:`_kin_finders`); never a name and an indefinite description ("Maureen
    Tolley" / "a dog walker"), which may tell one person."""
    for x, y in ((a, b), (b, a)):
        if x.named and y.described and not x.roles:
            return False  # "Maureen Tolley spotted him" / "a dog walker found him": maybe one
    return _one_find(a, b) and not a.finder & b.finder and not _kin_finders(a, b)


def _one_find(a: Finding, b: Finding) -> bool:
    """The finds of ``a`` and ``b`` are one: one thing (:func:`one_thing`), or two people
    one of whom is told by a name or a pronoun ("found Rory" / "found a young boy"): a
    story's person found is one person."""
    if one_thing(a.find, b.find):
        return True
    if _the_trouble(a) and _the_trouble(b) and GENERIC_TROUBLES & {a.find, b.find}:
        return True  # "the error" / "the blackout": one story's one trouble; not "the leak" / "the fraud"
    return bool(a.person and b.person) and "name" in (a.person, b.person)


#: nouns that name whatever went wrong, whichever it was ("the problem", "the error")
GENERIC_TROUBLES = frozenset({"problem", "error", "fault", "failure", "mistake", "issue", "glitch"})


def _the_trouble(f: Finding) -> bool:
    """The find of ``f`` is the story's trouble named by a bare definite noun ("the
    error", "the blackout", "the problem"): what went wrong, one thing in one story."""
    words = f.find_phrase.lower().split()
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in TROUBLES


def _stems(words: frozenset[str]) -> set[str]:
    """``words`` with the verbs WordNet derives each from ("nursing", "nurse" -> nurse)."""
    return set(words).union(*(lexicon.verbs_of(w) for w in words))


def _kin_finders(a: Finding, b: Finding) -> bool:
    """One finder's noun is kin to a noun of the other, a modifier included: "a dental
    *nurse*" / "a member of the *nursing* team", "the *inspectors*" / "an *inspection* by
    the office", or both were doing one thing ("a woman walking her dog" / "a member of
    the public walking her dog"). Two modifiers alone ("*night* porter" / "*night*
    watchman") are no kin."""
    if a.doing & b.doing:
        return True  # "a woman walking her dog" / "a member of the public walking her dog"
    return bool(
        _stems(a.finder_all) & _stems(b.finder) or _stems(a.finder) & _stems(b.finder_all)
    )
