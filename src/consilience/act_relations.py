"""Whether two predicates name one act or state, or opposite ones, from WordNet
(:mod:`consilience.lexicon`), across parts of speech.

    relation("survive", "v", "die", "v") -> -1      # opposite
    relation("free", "a", "detain", "v") -> -1      # the adjective through its verb
    relation("custody", "n", "free", "v") -> -1     # the noun through "detention" -> "detain"
    relation("injure", "v", "hurt", "v") -> 1       # one sense: one act
    relation("survive", "v", "sail", "v") -> 0      # unrelated
    caused("kill") -> {"die", ...}                  # what a verb causes its object to do
    converse("buy", "v", "sell", "v") -> True       # one change of hands, two sides

A predicate stands for its own lemma and, across parts of speech: a noun for the verbs
derivationally related to the lemmas of its first senses ("custody" is "detention", whose
verb is "detain"); an adjective for the verb spelt alike ("free", "open"), and the reverse.
Two predicates are opposite when some pair of those forms (one part of speech) is
opposite as :func:`consilience.lexicon.opposite` says but held to the first senses of
both (:func:`_sense_opposite`), or when an antonym of one is a kind of the other
(the antonym of "survive" is "succumb", a kind of "die"). WordNet is polysemous: only the
first :data:`FIRST` senses of each word count, and the caller must also match the acts'
arguments (one person, one object) before it reads two clauses as opposed.

:func:`caused` keeps WordNet's *cause* pointers apart from its entailments (which
:func:`consilience.lexicon.entailed` merges): "kill" causes "die" -- what the killed one
does -- while "beat" entails "win" -- what the one who beats does. Only a cause turns a
verb's object into the subject of another verb.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

FIRST = 2  # senses of a word that count (most frequent first)
#: letters a noun shares with a verb of any of its senses for the verb to be its own
#: ("complaint" / "complain", though "complaint" as an illness comes first)
STEM = 5
_OTHER = {"a": "v", "v": "a"}


@lru_cache(maxsize=16384)
def forms(word: str, pos: str) -> frozenset[tuple[str, str]]:
    """``{(pos, lemma), ...}`` a predicate stands for (module doc); itself always."""
    out = {(pos, word)}
    if pos == "n":
        out |= {("v", v) for v in _noun_verbs(word)}
    elif pos in _OTHER and lexicon.senses(word, _OTHER[pos]):
        out.add((_OTHER[pos], word))
    return frozenset(out)


def _noun_verbs(noun: str) -> set[str]:
    """Verbs derivationally related to the lemmas of the first :data:`FIRST` senses of
    ``noun`` (the derivation pointers of WordNet are per sense: "hold" as custody is
    "hold" as keeping in custody), and those of any sense spelt with the noun's first
    :data:`STEM` letters (its morphological verb: "complaint" -> "complain")."""
    table = lexicon.table()["synsets"]["n"]
    out: set[str] = set()
    for offset in lexicon.senses(noun, "n")[:FIRST]:
        for derived in table[offset][3].values():
            out.update(name for tag, name in derived if tag == "v")
    stem = noun[:STEM]
    return out | {v for v in lexicon.verbs_of(noun) if v.startswith(stem)}


@lru_cache(maxsize=65536)
def relation(a: str, pa: str, b: str, pb: str) -> int:
    """+1 when predicates ``a`` (part of speech ``pa``: "n", "v" or "a") and ``b`` share a
    form or a sense among their first :data:`FIRST`; -1 when they are opposite (module
    doc); 0 otherwise, and when they are both (a polysemy WordNet cannot settle)."""
    fa, fb = forms(a, pa), forms(b, pb)
    same = opposite = False
    for pos, x in fa:
        for pos_b, y in fb:
            if pos != pos_b:
                continue
            same = same or _same(x, y, pos)
            opposite = opposite or _opposite(x, y, pos)
    if same == opposite:
        return 0
    return 1 if same else -1


@lru_cache(maxsize=65536)
def direct_opposite(a: str, pa: str, b: str, pb: str) -> bool:
    """Some forms of the two predicates are antonyms in their first senses
    (:func:`_sense_opposite`; not only through an antonym's hypernym)."""
    return any(
        pos == pos_b and x != y and _sense_opposite(x, y, pos)
        for pos, x in forms(a, pa)
        for pos_b, y in forms(b, pb)
    )


@lru_cache(maxsize=4096)
def ceases(verb: str) -> bool:
    """``verb`` names the end of an act or process: "cease" is the verb, one of its
    synonyms or a hypernym among its first :data:`FIRST` senses ("stop", "end", "halt",
    "finish"; WordNet 3.0). Its being done presupposes the act began, so "the race was
    stopped" and "the race starts" both hold."""
    near = {verb} | lexicon.synonyms(verb, "v", FIRST) | lexicon.hypernyms(verb, "v", FIRST)
    return "cease" in near or "stop" in lexicon.hypernyms(verb, "v", FIRST)


#: two axes of going on against ending, each ``(going on, ending)`` heads: keeping a thing
#: or an act going on against ending or getting rid of it (WordNet 3.0 files the antonymy
#: under "continue" / "discontinue"), and staying in a place or post against leaving it
#: ("stay" / "depart"); two axes, so "held the ship" (keeping) is no opposite of "left
#: the ship" (leaving a place)
AXES = (
    (
        ("continue", "keep", "maintain", "preserve", "retain"),
        ("discontinue", "end", "terminate", "cancel", "abolish", "discard"),
    ),
    (("stay", "remain"), ("leave", "leave_office")),
)
#: hypernym steps within which a verb's first sense reaches a pole's head
POLE_DEPTH = 2


@lru_cache(maxsize=8)
def _pole(heads: tuple[str, ...]) -> frozenset[int]:
    """The first-sense synsets of a pole's ``heads``."""
    return frozenset(off for h in heads for off in lexicon.senses(h, "v")[:1])


@lru_cache(maxsize=65536)
def pole(verb: str) -> int:
    """Which pole of :data:`AXES` ``verb`` names: +k going on, -k ending, on axis k (1:
    keeping, "maintain", "retain" / "scrap", "abolish", "call off"; 2: staying, "stay on"
    / "step down", "resign", "quit"); 0 when none or more than one. A verb is on a pole
    when its first sense (the most frequent: "run" is moving fast before fleeing) is, or
    has within :data:`POLE_DEPTH` hypernym steps, a first sense of one of its heads."""
    found = {
        sign * k
        for k, heads in enumerate(AXES, start=1)
        for sign, side in ((1, heads[0]), (-1, heads[1]))
        if lexicon.reaches(verb, "v", _pole(side), 1, POLE_DEPTH)
    }
    return found.pop() if len(found) == 1 else 0


def poles_apart(x: str, y: str) -> bool:
    """Verbs ``x`` and ``y`` are the two poles of one axis of :data:`AXES`: "will
    maintain the dividend" / "scrapped the dividend"; "I am staying" / "will step down".
    The caller matches their arguments (one thing kept and ended)."""
    return pole(x) != 0 and pole(x) == -pole(y)


def _same(x: str, y: str, pos: str) -> bool:
    """One lemma, or one is a synonym among the other's first :data:`FIRST` senses."""
    return x == y or y in lexicon.synonyms(x, pos, FIRST) or x in lexicon.synonyms(y, pos, FIRST)


def _opposite(x: str, y: str, pos: str) -> bool:
    """Antonyms (through synonyms or similar heads, :func:`consilience.lexicon.opposite`),
    or an antonym of one is a kind of the other ("succumb", a kind of "die", is the
    antonym of "survive")."""
    if x == y:
        return False
    if _sense_opposite(x, y, pos):
        return True
    return _kind_of_antonym(x, y, pos) or _kind_of_antonym(y, x, pos)


def _sense_opposite(x: str, y: str, pos: str) -> bool:
    """:func:`consilience.lexicon.opposite` held to the first :data:`FIRST` senses on both
    sides: an antonym pointer of a lemma *in one of those senses* of ``x`` (or of their
    head adjectives) reaches a lemma of those of ``y``, or the reverse ("hold" as keeping
    is no antonym of "collapse", though "hold up" as withstanding is)."""
    return _held_antonym(x, y, pos) or _held_antonym(y, x, pos)


@lru_cache(maxsize=65536)
def _held_antonym(x: str, y: str, pos: str) -> bool:
    """An antonym pointer of a lemma in the first senses of ``x`` reaches a lemma of those
    of ``y`` in a sense of ``y``'s that is the antonym's own: the one that holds the
    antonymy, or one of the antonym's first :data:`FIRST` senses ("keep", the antonym of
    "break" a rule, is "hold" in keeping's first sense). A word form met only in a far
    sense is no opposite: "go", the antonym of "come" as travelling, is also "die" in a
    far sense of "go", yet "came ashore" and "have died" are no opposites."""
    if not _sense_antonyms(x, pos) & _sense_names(y, pos):
        return False
    table = lexicon.table()["synsets"][pos]
    mine = _first_synsets(y, pos)
    for off in _first_synsets(x, pos):
        for lemma, ants in table[off][2].items():
            if any(_own_sense(w, lemma, o, pos) for w in ants for o in mine):
                return True
    return False


def _own_sense(word: str, antonym_of: str, offset: int, pos: str) -> bool:
    """Synset ``offset`` holds ``word`` as its antonymy to ``antonym_of`` or as one of
    ``word``'s first :data:`FIRST` senses."""
    record = lexicon.table()["synsets"][pos][offset]
    if word not in record[0]:
        return False
    return antonym_of in record[2].get(word, ()) or offset in lexicon.senses(word, pos)[:FIRST]


@lru_cache(maxsize=65536)
def _first_synsets(word: str, pos: str) -> tuple[int, ...]:
    """Offsets of the first :data:`FIRST` senses of ``word`` and, of an adjective, the
    head synsets they are similar to."""
    table = lexicon.table()["synsets"][pos]
    first = lexicon.senses(word, pos)[:FIRST]
    heads = [h for off in first for h in table[off][4]] if pos == "a" else []
    return tuple(dict.fromkeys([*first, *heads]))


def sense_antonyms(word: str, pos: str) -> frozenset[str]:
    """Antonyms of ``word`` in its first :data:`FIRST` senses or their head adjectives
    ("unharmed" -> {"injured"}); empty for an unknown word."""
    return frozenset(_sense_antonyms(word, pos))


@lru_cache(maxsize=16384)
def participle_verbs(adjective: str) -> frozenset[str]:
    """Verbs whose regular past participle ``adjective`` is ("injured" -> {"injure"},
    "harmed" -> {"harm"}); empty for another adjective ("dead")."""
    if not adjective.endswith("ed"):
        return frozenset()
    stems = {adjective[:-1], adjective[:-2]}
    return frozenset(v for v in stems if lexicon.senses(v, "v"))


@lru_cache(maxsize=65536)
def _sense_names(word: str, pos: str) -> frozenset[str]:
    table = lexicon.table()["synsets"][pos]
    return frozenset({n for off in _first_synsets(word, pos) for n in table[off][0]})


@lru_cache(maxsize=65536)
def _sense_antonyms(word: str, pos: str) -> frozenset[str]:
    table = lexicon.table()["synsets"][pos]
    return frozenset(
        {n for off in _first_synsets(word, pos) for ants in table[off][2].values() for n in ants}
    )


@lru_cache(maxsize=65536)
def _kind_of_antonym(x: str, y: str, pos: str) -> bool:
    """An antonym of a lemma in the first :data:`FIRST` senses of ``x``, in the sense
    that holds the antonymy, has ``y`` among its hypernyms' lemmas, and ``x`` is no kind of
    ``y`` itself ("acquit", the antonym of "convict", is a kind of "judge", and so is
    "convict": no opposites)."""
    if y in lexicon.hypernyms(x, pos, FIRST):
        return False
    table = lexicon.table()["synsets"][pos]
    for off in _first_synsets(x, pos):
        for lemma, ants in table[off][2].items():
            for w in ants:
                for off_w in lexicon.senses(w, pos):
                    record = table[off_w]
                    if lemma in record[2].get(w, ()) and any(y in table[h][0] for h in record[1]):
                        return True
    return False


#: hypernym steps within which a verb is a kind of getting (:func:`converse`)
GETTING_DEPTH = 3


@lru_cache(maxsize=16384)
def converse(a: str, pa: str, b: str, pb: str) -> bool:
    """Verbs ``a`` and ``b`` tell one change of hands from its two sides: both verbs, and
    exactly one of them, in its first sense, a kind of getting (WordNet 3.0's synset
    {get, acquire} "come into the possession of something" within
    :data:`GETTING_DEPTH` hypernym steps: "buy", "borrow", "receive", "earn"), the other
    not ("sell", "lend"). Opposite by antonymy, yet one sale is both a buying and a
    selling: the caller reads them as opposed only of one doer."""
    if pa != "v" or pb != "v":
        return False
    getting = _getting()
    return lexicon.reaches(a, "v", getting, 1, GETTING_DEPTH) != lexicon.reaches(
        b, "v", getting, 1, GETTING_DEPTH
    )


@lru_cache(maxsize=1)
def _getting() -> frozenset[int]:
    """The synset of "acquire" in its first sense ({get, acquire})."""
    return frozenset(lexicon.senses("acquire", "v")[:1])


def caused(verb: str) -> frozenset[str]:
    """Lemmas of what the first :data:`FIRST` senses of ``verb`` cause
    (:func:`consilience.lexicon.caused`: "kill" -> "die", "raise" -> "rise"); empty when
    none."""
    return lexicon.caused(verb, FIRST)
