"""Opposite words: two clauses assert opposite states of one bearer, in any word class.

    forms("die", "v") -> {"die", "decease", "death", ...}       # one concept's word forms
    counter_forms("alive", "a") -> {"dead", "deceased", "decease", ...}  # its opposite's
    opposite("alive", "a", "die", "v") -> True
    bearer(token) -> {"driver"}                                 # what a word is said of

Where :mod:`consilience.denied_matter` pairs a word one clause denies with the same word
another asserts, this pairs two *asserted* words that WordNet makes opposite ("was
pulled out *alive*" / "*died* in his cab"; "both guards were *unhurt*" / "taken to
hospital with a head *injury*"), in any word class, through WordNet's antonymy rather
than a table:

- a word's **forms** (:func:`forms`): itself, the synonyms whose first sense is its
  first sense ("decease" of "die"; never "go", whose first sense is to travel), its
  derivations in any word class ("injury" -> "injure"), and the verb of a participle
  adjective ("deceased" -> "decease");
- its **counter forms** (:func:`counter_forms`): the forms of the direct antonyms of the
  word and of the head adjective a satellite is similar to ("unhurt" -> "uninjured" ->
  "injured"), with the adjectives similar to those antonyms' first sense ("dead" ->
  "deceased", "injured" -> "hurt") and their participles' verbs;
- the words of physical damage WordNet files under shape or opening ("crack", "dent",
  "chip": :data:`DAMAGE_MARKS`) are forms of "damage", and "intact" / "unbroken" /
  "unscathed" (:data:`INTACT`) are the opposite of "damaged";
- two words are **opposite** (:func:`opposite`) when the forms of one meet the counter
  forms of the other, one of them an adjective (a state: verb-to-verb opposites, "rose"
  / "fell", are read with their arguments by :mod:`consilience.act_readings`).

Only the first sense of each word is used (WordNet 3.0 through :mod:`consilience.lexicon`;
the first sense is the most frequent in the SemCor counts WordNet orders senses by), so
"dead tired" never opposes "alive". The bearer of a word (:func:`bearer`) is what the
clause says it of: a predicative adjective's object or subject ("were *unhurt*",
"pulled out *alive*", "found him *dead*", the member of a set a relative clause
says it of: "the branch is among those that will stay *open*"; an attributive one picks a referent, "the *early* train" / "the *late* train"
are two trains, and bears nothing), a verb's passive subject,
object or intransitive subject, a state noun's ("with a head injury") verb's theme, the object of "have" its
subject ("the kettle has a *dent*");
through "one of the guards" and an apposition ("a third, a lorry driver"). The caller
(:mod:`consilience.statements`) asks that the two words share a bearer, the clauses their
matter and moment.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

_PARTICIPLE = ("ed", "d", "en", "n")


@lru_cache(maxsize=65536)
def forms(lemma: str, pos: str) -> frozenset[str]:
    """The word forms of ``lemma``'s first sense (module doc): itself, mutual first-sense
    synonyms, derivations in any class, a participle adjective's verb."""
    first = lexicon.senses(lemma, pos)[:1]
    if not first:
        return frozenset({lemma})
    out = {lemma}
    for s in lexicon._synset(pos, first[0])[0]:
        if lexicon.senses(s, pos)[:1] == first:
            out.add(s)
    for word in list(out):
        out |= {n for t in ("n", "v", "a") for n in lexicon._derived(word, pos, t)}
    if pos == "a":
        out |= _participle_verbs(out)
    if out & DAMAGE_MARKS.get(pos if pos != "a" else "v", frozenset()):
        out.add("damage")  # "was cracked", "has a small crack": damaged
    return frozenset(out)


#: words of physical damage a thing bears (the act, its participle, the mark it leaves),
#: which WordNet files under shape, opening or separation rather than under damage --
#: a closed class; per WordNet pos, kept to words whose first sense is the damage
DAMAGE_MARKS = {
    "v": frozenset(
        "crack dent scratch chip fracture shatter smash break rupture puncture scorch warp gash".split()
    ),
    "n": frozenset("crack dent scratch chip fracture gash scuff puncture".split()),
}
#: adjectives of a thing whole and unharmed, the opposite of damaged
INTACT = frozenset("intact unbroken undamaged unscathed".split())


def _participle_verbs(words) -> set[str]:
    """Verbs whose participle an adjective is ("deceased" -> "decease", "wounded" ->
    "wound"), as WordNet knows them."""
    out = set()
    for w in words:
        for suffix in _PARTICIPLE:
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) > 2 and lexicon.senses(stem, "v"):
                out.add(stem)
                break
    return out


@lru_cache(maxsize=65536)
def counter_forms(lemma: str, pos: str) -> frozenset[str]:
    """The forms of what ``lemma``'s first sense is the opposite of (module doc)."""
    own = {lemma} | first_heads(lemma, pos)
    out: set[str] = set(forms("damaged", "a")) if pos == "a" and lemma in INTACT else set()
    for word in own:
        for anti in _first_antonyms(word, pos):
            out |= forms(anti, pos)
            similar = first_heads(anti, pos)
            out |= similar | (_participle_verbs(similar) if pos == "a" else set())
    return frozenset(out)


def _first_antonyms(word: str, pos: str) -> set[str]:
    """Direct antonyms of ``word`` in its first sense."""
    first = lexicon.senses(word, pos)[:1]
    return set(lexicon._synset(pos, first[0])[2].get(word, ())) if first else set()


def first_heads(word: str, pos: str) -> set[str]:
    """Adjectives similar to ``word``'s first sense (a satellite's head, a head's
    satellites) whose own first sense is that similar one ("deceased" of "dead"; not
    "late" or "cold", first of all of time and of heat)."""
    if pos != "a":
        return set()
    first = lexicon.senses(word, pos)[:1]
    if not first:
        return set()
    return {
        n
        for off in lexicon._synset(pos, first[0])[4]
        for n in lexicon._synset(pos, off)[0]
        if lexicon.senses(n, pos)[:1] == (off,)
    }


@lru_cache(maxsize=65536)
def opposite(x: str, xpos: str, y: str, ypos: str) -> bool:
    """Whether words ``x`` and ``y`` (WordNet pos) are opposite (module doc); one of
    them an adjective."""
    if "a" not in (xpos, ypos) or x == y:
        return False
    return bool(forms(x, xpos) & counter_forms(y, ypos) or forms(y, ypos) & counter_forms(x, xpos))


#: determiners and modifiers that make a bearer another member than the one stated
_OTHER = frozenset("other another second remaining rest".split())


def bearer(t) -> frozenset[str]:
    """Head lemmas of what token ``t`` (an adjective, verb or noun) is said of (module
    doc); empty when unknown or another member ("the *other* guard")."""
    return frozenset(_through_of(h).lemma_.lower() for h in _bearer_heads(t))


def bearer_names(t) -> frozenset[str]:
    """Lower-case words of the proper names that pick what ``t`` is said of ("the *Hill
    Lane* pool", "*Dornau*'s branch on *Market Street*"): two bearers of one head noun
    whose names share no word are two things."""
    out: set[str] = set()
    for h in _bearer_heads(t):
        h = _through_of(h)
        mods = [c for c in h.children if c.dep_ in ("compound", "poss", "prep")]
        for m in mods:
            words = m.subtree if m.dep_ != "prep" else (x for o in m.children for x in o.subtree)
            out |= {w.lower_ for w in words if w.pos_ == "PROPN"}
    return frozenset(out)


def bearer_phrase(t) -> str:
    """The phrase naming what ``t`` is said of: its first head noun with the words before
    it in its phrase ("the Market Street branch"), or "" (none, or a pronoun)."""
    heads = [h for h in _bearer_heads(t) if h.pos_ != "PRON"]
    if not heads:
        return ""
    h = _through_of(heads[0])
    start = min((c.left_edge.i for c in h.lefts), default=h.i)
    return h.doc[start : h.i + 1].text.strip(" ,\"'")


def _bearer_heads(t) -> list:
    """The noun tokens ``t`` is said of, with their appositions (module doc)."""
    noun = _bearer_noun(t)
    if noun is None or _aim(t):
        return []
    if any(c.lower_ in _OTHER for c in noun.children if c.dep_ in ("det", "amod")):
        return []
    if noun.lower_ in ("who", "whom", "that", "which") and noun.head.dep_ == "relcl":
        noun = noun.head.head  # "the driver who was trapped"
        noun = _member(noun) or noun
    noun = _through_of(noun)
    heads = {noun} | {c for c in noun.children if c.dep_ == "appos"}
    if noun.dep_ == "appos":
        heads.add(noun.head)
    return sorted((h for h in heads if h.pos_ in ("NOUN", "PROPN", "NUM")), key=lambda h: h.i)


def _member(noun):
    """The subject of a copula that makes it one of ``noun`` ("*the branch* is among
    those that will stay open", "*the clinic* is one of the sites that will close"):
    what is said of the set is said of the member; None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("among", "of"):
        return None
    host = prep.head
    if prep.lower_ == "of":
        if host.lower_ != "one" or host.dep_ != "attr":
            return None
        host = host.head
    return _subject(host) if host.lemma_ == "be" else None


def _aim(t) -> bool:
    """``t`` is, or is inside, an infinitive complement ("trying *to keep* the whales
    *alive*"): an aim, not a state."""
    return any(
        x.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)
        for x in [t, *t.ancestors]
    )


def bearer_count(t) -> str:
    """The number the bearer of ``t`` is counted with ("*47* stores"; "*Eleven* divers",
    which the parser may read as an adjective at the head of a sentence), lower case, or
    ""."""
    noun = _bearer_noun(t)
    if noun is None:
        return ""
    noun = _through_of(noun)
    return next(
        (c.lower_ for c in noun.children if c.dep_ == "nummod" or (c.dep_ == "amod" and c.like_num)),
        "",
    )


def _through_of(noun):
    """ "one *of the guards*", "two of the miners": the noun counted."""
    if noun.pos_ == "NUM" or noun.lower_ in ("one", "both", "each", "all", "none"):
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return noun


def _bearer_noun(t):
    """The noun token ``t`` is said of, or None."""
    if t.pos_ == "ADJ" and t.dep_ in ("acomp", "oprd", "attr", "advcl", "xcomp", "ccomp"):
        objects = [c for c in t.head.children if c.dep_ == "dobj"]
        return objects[0] if objects else _subject(t.head)  # "found *him* dead"
    if t.pos_ == "VERB":
        objects = [c for c in t.children if c.dep_ == "dobj"]
        return _subject(t) if not objects else objects[0]
    verb = _depicted_by(t)
    if verb is not None:  # "was pulled from the water *alive*"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return objects[0] if objects else _subject(verb)
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ == "have":
        return _subject(t.head)  # "the violin has a small crack"
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("with", "without"):
        verb = t.head.head  # "left homes *without* water", "customers who went without"
        if verb.pos_ in ("VERB", "AUX"):
            objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            return objects[0] if objects else _subject(verb)
    return None


def _depicted_by(t):
    """The verb whose subject or object an adjective the parser hangs after the noun of a
    prepositional phrase describes ("was pulled *from the water alive*": an English
    adjective does not follow the noun it modifies, so it says how the verb's participant
    came out of the act); None otherwise."""
    noun = t.head
    if t.pos_ != "ADJ" or t.dep_ != "amod" or t.i < noun.i or any(t.children):
        return None
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "VERB":
        return None
    return noun.head.head


def _subject(verb):
    """The subject of ``verb`` (passive first), through conjoined verbs."""
    for x in (verb, verb.head if verb.dep_ == "conj" else verb):
        for c in x.children:
            if c.dep_ in ("nsubjpass", "nsubj"):
                return c
    return None


def opposite_pairs(pa, pb) -> list[tuple]:
    """``(x, y)`` pairs of asserted words (:class:`consilience.denied_matter.Polar`) of
    two clauses, ``x`` of ``pa`` and ``y`` of ``pb``, that are :func:`opposite` and
    said of one bearer (a shared head lemma, not counted with two numbers: "its *312*
    stores remain open" / "*47* stores would close" are a whole and a part), in text
    order."""
    return [
        (x, y)
        for x in pa
        if x.sign > 0 and x.bearer
        for y in pb
        if y.sign > 0
        and x.bearer & y.bearer
        and not (x.count and y.count and x.count != y.count)
        and opposite(x.lemma, x.pos, y.lemma, y.pos)
    ]
