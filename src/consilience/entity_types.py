"""Entity types from the text's own description of a name, read from the parse.

A small NER model mistypes names it has never seen ("the tanker Sable Star" as a person, a
union leader as a place). Articles usually say what a name is: an appositive ("Kell Ferries,
a shipping company"; "the shipping company Kell Ferries"), a noun the name modifies ("the
Orla river", "the Dunmore hospital"), the name's own head noun ("Castlereagh Stadium"), a
title or honorific before a person ("harbour master Ivo Petrak", "Ms Petrak"). This module
reads such a *description noun* from the dependency parse and maps it to an entity type
through WordNet hypernyms (:mod:`consilience.lexicon`, first three senses)::

    noun_kinds("tanker") -> ("PRODUCT", "PERSON")     # one kind per sense, in sense order
    describe(span) -> Description(kinds=("PRODUCT", "PERSON"), noun="tanker") | None
    mention_type(span) -> "PRODUCT" | None           # the description's type for one mention

Kinds (spaCy's OntoNotes labels, plus one):

* PERSON: under person.n.01;
* ORG: under organization.n.01 or social_group.n.01, or medium.n.01 (a newspaper, a daily:
  a named outlet is an organisation); also a noun for one who does business
  (its person sense under businessperson.n.01 and it names what the agent does, as
  "provider", "operator", "supplier" do: a derived verb), which in news describes a firm;
* GPE: under urban_area, settlement, administrative_district, political_unit (towns,
  villages, counties, states);
* LOC: under location, body_of_water, geological_formation, land;
* FAC: under facility, structure, way (buildings, stadiums, bridges, airports, streets);
* PRODUCT: under conveyance (ships, trains, rockets: kept apart as VEHICLE inside this
  module, see :func:`choose`), device, container, commodity, instrumentality, artifact
  (what is left of the artifacts);
* EVENT: under social_event (races, tournaments, concerts; not every act or activity:
  "research" or "harvest" is no named event);
* WORK_OF_ART: under art.n.01 and publication (a painting, a book);
* TAXON (a kind of this module): under animal, plant, taxonomic_group (a dinosaur, a
  species): a living thing named, not a person;
* ORG again, last: any other group ("the consumer group X").

The nearest root in the hypernym graph decides (a hospital is a building before it is an
artifact). A mention's type is the first of the description's kinds, unless the spaCy label
is also one of them (a "court" is an ORG or a FAC: the tagger's choice between two readings
the text allows is kept; a PERSON label only when a person is the noun's first sense). Unknown words, or a description mapping to no kind, give ``None``:
the spaCy label stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .cues import ORG_FIRST_WORDS

#: a numbered report's paragraph number the tagger glues to the name that opens it ("4.4
#: Keystone has told officers ..."), or a committee transcript's question number ("Q44
#: Ann Roe: ..."): never part of the name
PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|Q\d{1,4})\s+(?=\D)")

#: (root lemma, sense number, kind), nearest root in the hypernym graph wins; a root is
#: looked up as the given sense of the lemma in WordNet 3.0
_ROOTS: tuple[tuple[str, int, str], ...] = (
    ("person", 0, "PERSON"),
    ("businessperson", 0, "BUSINESS"),
    ("organization", 0, "ORG"),
    ("social_group", 0, "ORG"),
    ("medium", 0, "ORG"),
    ("urban_area", 0, "GPE"),
    ("settlement", 1, "GPE"),
    ("administrative_district", 0, "GPE"),
    ("political_unit", 0, "GPE"),
    ("location", 0, "LOC"),
    ("body_of_water", 0, "LOC"),
    ("geological_formation", 0, "LOC"),
    ("land", 1, "LOC"),
    ("facility", 0, "FAC"),
    ("structure", 0, "FAC"),
    ("way", 5, "FAC"),
    ("art", 0, "WORK_OF_ART"),
    ("publication", 0, "WORK_OF_ART"),
    ("conveyance", 2, "VEHICLE"),
    ("device", 0, "PRODUCT"),
    ("container", 0, "PRODUCT"),
    ("commodity", 0, "PRODUCT"),
    ("instrumentality", 2, "PRODUCT"),
    ("artifact", 0, "PRODUCT"),
    ("social_event", 0, "EVENT"),
    ("storm", 0, "EVENT"),
    ("animal", 0, "TAXON"),
    ("plant", 1, "TAXON"),
    ("taxonomic_group", 0, "TAXON"),
    ("group", 0, "ORG"),
)

#: honorifics that stand before a person's name only (not nouns with a sense of their own)
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof"})

#: dependency relations of a noun that describes the name it is attached to
_DESCRIBING_DEPS = frozenset({"compound", "nmod", "appos"})
#: kinds a noun the name modifies may give ("the Orla river": the name is the river; "the
#: Kell quarry", "the Kell founder", "Kell fighters" name something else after the name)
_HEAD_KINDS = frozenset({"LOC", "GPE"})
#: kinds a noun "of" the name may give ("the village of Orla", not "in front of Orla")
_OF_KINDS = frozenset({"GPE"})
#: kinds the name's own last word may give ("Dunmore Community Hall")
_INSIDE_KINDS = frozenset({"ORG", "FAC", "GPE", "EVENT"})


@lru_cache(maxsize=1)
def _roots() -> dict[int, str]:
    """WordNet offset -> kind of every root in :data:`_ROOTS` that WordNet holds."""
    out: dict[int, str] = {}
    for lemma, sense, kind in _ROOTS:
        offsets = lexicon.senses(lemma, "n")
        if len(offsets) > sense:
            out.setdefault(offsets[sense], kind)
    return out


@lru_cache(maxsize=1 << 14)
def _sense_kind(offset: int) -> str | None:
    """The kind of the nearest root above the noun synset ``offset`` (breadth first)."""
    roots = _roots()
    synsets = lexicon.table()["synsets"]["n"]
    frontier, seen = [offset], {offset}
    while frontier:
        for off in frontier:
            if off in roots:
                return roots[off]
        nxt = []
        for off in frontier:
            for hyper in synsets.get(off, ((), ()))[1]:
                if hyper not in seen:
                    seen.add(hyper)
                    nxt.append(hyper)
        frontier = nxt
    return None


@lru_cache(maxsize=1 << 14)
def noun_kinds(lemma: str, first: int = 3) -> tuple[str, ...]:
    """Entity kinds of the first ``first`` noun senses of ``lemma``, most frequent sense
    first, each kind once; ``()`` for an unknown word. A business agent ("operator") gives
    ``ORG`` then ``PERSON``."""
    out: list[str] = []
    for off in lexicon.senses(lemma.lower(), "n")[:first]:
        kind = _sense_kind(off)
        if kind == "BUSINESS":
            kinds = ("ORG", "PERSON") if lexicon.verbs_of(lemma.lower()) else ("PERSON",)
        else:
            kinds = (kind,) if kind else ()
        out.extend(k for k in kinds if k not in out)
    return tuple(out)


def vehicle_free(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """``kinds`` with this module's VEHICLE shown as spaCy's PRODUCT."""
    return tuple(dict.fromkeys("PRODUCT" if k == "VEHICLE" else k for k in kinds))


@dataclass(frozen=True)
class Description:
    """The noun an article describes a name with, and the kinds it allows (sense order)."""

    noun: str
    kinds: tuple[str, ...]
    inside: bool = False  # the name's own head noun ("... Stadium"), a weaker description
    #: how the text gives it: "honorific" (Ms, Dr, a title inside the name), "place" (a
    #: place noun the name modifies: "the Orla river", "the town of Dunmore"), "appos"
    #: (an appositive: "Kell Ferries, a shipping firm"), "noun" (a noun before the name),
    #: "lead" (a class noun that opens the name: "Storm Hesper"), "group" (a plural head
    #: of people or animals taken with "the": "the Kings" of "Harbour Kings")
    how: str = "noun"


def _noun(tok) -> str | None:
    """The lemma of ``tok`` when it is a common noun (a capitalised one counts: "Minister",
    "Stadium"), else None."""
    nominal = tok.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "compound" for c in tok.children)
    if not nominal or not tok.text[:1].isalpha():  # a compound's head is a noun, whatever
        return None  # its tag ("the Orla estuary" tagged ADJ)
    if tok.pos_ == "PROPN" and tok.ent_type_ and tok.ent_iob_ != "O":
        return None  # another name, not a description
    lemma = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.text.lower()
    return lemma if lexicon.senses(lemma, "n") else None


def _outside(span, tok) -> bool:
    return not span.start <= tok.i < span.end


def _set_off(doc, a: int, b: int) -> bool:
    """Whether a colon, bracket or line break lies between tokens ``a`` and ``b``: a
    caption label ("Photo: Ann Lee") or an aside ("Ann Lee (left)") is no description."""
    lo, hi = sorted((a, b))
    return any(t.text in (":", "(", ")", "[", "]") or "\n" in t.text for t in doc[lo + 1 : hi])


def _external_nouns(span):
    """``(noun token, kinds allowed, how)`` outside the span describing it: a noun the name is
    in apposition with ("her lawyer, Ivo Petrak") or modifies as a place ("the Orla river",
    "the town of Dunmore");
    a noun before the name in its phrase ("the tanker Sable Star", "harbour master Ivo
    Petrak": the nearest one); a noun in apposition after it ("Kell Ferries, a shipping
    company")."""
    root, doc = span.root, span.doc
    head = root.head
    if head is not root and _outside(span, head) and root.dep_ in _DESCRIBING_DEPS:
        if root.dep_ == "appos" and not _set_off(doc, head.i, root.i):
            yield head, None, "appos"
        elif root.dep_ == "compound" and head.tag_ != "NNS" and head.i == span.end:
            yield (
                head,
                _HEAD_KINDS,
                "place",
            )  # "the Orla river"; not "NATO nations", "Kell's allies"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        yield (
            head.head,
            _OF_KINDS,
            "place",
        )  # "the town of Dunmore" (not "the founder of", "top of")
    kids = [t for t in root.children if _outside(span, t) and t.dep_ in _DESCRIBING_DEPS]
    left = [t for t in kids if t.i < span.start and not _set_off(doc, t.i, span.start)]
    if left:
        yield max(left, key=lambda t: t.i), None, "noun"  # "state rail operator" -> operator
    for t in kids:
        if t.i >= span.end and t.dep_ == "appos" and not _set_off(doc, span.end - 1, t.i):
            yield t, None, "appos"


def describe(span) -> Description | None:
    """The description of the entity ``span`` (a spaCy Span) in its sentence, or None.

    Looked for in order: an honorific just before the name (PERSON); a noun outside the
    name in apposition or compound with it; the name's own last word when it is a common
    noun of an ORG, FAC, GPE or EVENT kind ("Dunmore Community Hall"; never a surname-like
    natural place such as "Marsh" or "Stone")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text.lower().rstrip(".") in HONORIFICS:
        return Description(doc[span.start - 1].text, ("PERSON",), how="honorific")
    if span[0].text.lower().rstrip(".") in HONORIFICS and len(span) > 1:
        return Description(span[0].text, ("PERSON",), how="honorific")
    if span.label_ == "NORP":
        return None  # a nationality adjective describes its head noun, not itself
    for tok, allowed, how in _external_nouns(span):
        if tok.i > 0 and doc[tok.i - 1].text == "-":
            continue  # the tail of a hyphenated word ("President-elect"): not "elect"
        lemma = _noun(tok)
        kinds = noun_kinds(lemma) if lemma else ()
        if allowed is not None and lemma:  # a place noun: one of its first two senses
            kinds = tuple(k for k in noun_kinds(lemma, first=2) if k in allowed)[:1]
        if kinds:
            return Description(lemma, kinds, how=how)
    lead = _class_noun_first(span) or _side_first(span) or _title_first(span)
    if lead is not None:
        return lead
    group = _group_name(span)
    if group is not None:
        return group
    last = span[-1]
    if len(span) > 1 and last.text[:1].isupper() and last.pos_ in ("NOUN", "PROPN"):
        kinds = noun_kinds(last.text.lower())
        if kinds and kinds[0] in _INSIDE_KINDS:
            return Description(last.text.lower(), kinds, inside=True)
    return None


def _group_name(span) -> Description | None:
    """A name of a group, not of one person, when its last word is the plural of a noun
    whose first sense is a person or an animal and the text takes that word with "the" as
    a plural ("Harbour Kings" ... "the Kings trailed", "Eastfield Wolves" ... "the Wolves"):
    a team, a band, a club (ORG, ``how="group"``). A person's surname that is such a
    plural ("Jim Parsons") is not written "the Parsons" for him; None otherwise."""
    last = span[-1]
    word = last.text
    if len(span) < 2 or not word[:1].isupper() or not word.endswith("s") or word.endswith("ss"):
        return None
    singular = last.lemma_.lower()
    if singular == word.lower():
        singular = singular[:-1]
    if noun_kinds(singular, first=1) not in (("PERSON",), ("TAXON",)):
        return None
    doc = span.doc
    if not any(t.text == word and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in doc):
        return None
    return Description(singular, ("ORG",), how="group")


def _class_noun_first(span) -> Description | None:
    """The class a name's capitalised first word gives when that word is a common noun
    of an event that is given names ("Storm Hesper", "Hurricane Tomas", "Cyclone Dara":
    a storm by WordNet's first two senses) before one more capitalised word; None
    otherwise. A given name that is also a noun of another kind ("Rose", "Cliff") gives
    none."""
    if len(span) != 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
        return None
    word = span[0].text.lower()
    kinds = noun_kinds(word, first=2)
    if kinds[:1] != ("EVENT",) or noun_kinds(word, first=1) not in ((), ("EVENT",)):
        return None
    return Description(word, kinds[:1], how="lead")


def _side_first(span) -> Description | None:
    """An organisation for a name of two or three capitalised words that opens with a
    common noun for a side (:data:`cues.ORG_FIRST_WORDS`: "Team Kestrel", "Club
    Brenna"), which no person's name does; None otherwise."""
    words = [t.text for t in span]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    first = words[0].lower()
    return Description(first, ("ORG",), how="lead") if first in ORG_FIRST_WORDS else None


def _title_first(span) -> Description | None:
    """The person a name of two or three capitalised words gives by a title before a
    given name ("Crown Princess Ingrid", "Archbishop Tove"): a word before the last whose
    first WordNet sense is a person, the last word no common noun (a given name; "Prince
    Albert Dock" ends in a structure's noun). None otherwise."""
    words = [t.text for t in span]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if any(w.isupper() for w in words) or _common(words[-1]):
        return None
    for w in words[:-1]:
        low = w.lower()
        if lexicon.senses(low, "n") and noun_kinds(low, first=1) == ("PERSON",):
            return Description(low, ("PERSON",), how="honorific")
    return None


def leading_title(span) -> int:
    """How many leading tokens of a PERSON span are a title describing the person
    ("Prosecutor Nils Aho" -> 1): common nouns whose first sense is a person, followed by
    a name of at least two words (so "Hunter Vale" keeps its given name); 0 when none."""
    n = 0
    while n < len(span) - 2:
        tok = span[n]
        kinds = noun_kinds(tok.text.lower(), first=1) if tok.text[:1].isupper() else ()
        if kinds != ("PERSON",) or tok.pos_ not in ("NOUN", "PROPN"):
            break
        if not lexicon.senses(tok.text.lower(), "n"):
            break
        n += 1
    return n


def untitled_name(key: str) -> str:
    """A lower-case name key without the leading words that are a title describing the
    person ("winger tom leary" -> "tom leary", "kings coach gareth vale" -> "gareth
    vale"): words whose first noun sense is a person (WordNet), while at least two words
    (a given name and a surname) are left, as :func:`leading_title` cuts a parsed span.
    A sentence-opening title ("Winger Tom Leary scored") is capitalised, so the tagger
    takes it into the name; the key of the name itself is the same in every article.
    Any other key is returned unchanged ("harbour kings", "hunter vale")."""
    words = key.split()
    n = 0
    while len(words) - n > 2 and noun_kinds(words[n], first=1) == ("PERSON",):
        n += 1
    return " ".join(words[n:]) if n else key


#: plural endings after a sibilant, as WordNet's morphy detaches them ("carcasses" ->
#: "carcass", "boxes" -> "box", "churches" -> "church")
_SIBILANT_PLURALS = ("sses", "xes", "zes", "ches", "shes")


def _common(word: str) -> bool:
    """Whether ``word`` (or its singular, "Foods" -> "food", "Carcasses" -> "carcass") is a
    common English noun."""
    w = word.lower()
    if lexicon.senses(w, "n") or (w.endswith("s") and lexicon.senses(w[:-1], "n")):
        return True
    return w.endswith(_SIBILANT_PLURALS) and bool(lexicon.senses(w[:-2], "n"))


def adjective(word: str) -> bool:
    """Whether ``word`` is an English adjective of the dictionary ("Sad", "Live")."""
    return bool(lexicon.senses(word.lower(), "a"))


def common_words(words: list[str]) -> bool:
    """Whether every word of a name is also a common English noun ("Rail Meridian",
    "Kestrel Sound"; not "Karl Berg", whose given name is no noun)."""
    return bool(words) and all(_common(w) for w in words)


def person_shaped(words: list[str]) -> bool:
    """Whether a name looks like a person's: two to four capitalised words, not all in
    capitals, the last (the surname) no common noun ("Karin Holt"; not "RTR", not
    "Verdane Foods", not "Kestrel Sound")."""
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return not all(w.isupper() for w in words) and not _common(words[-1])


def choose(label: str, description: Description | None, words: list[str] | None = None) -> str:
    """The type of one mention from the spaCy ``label``, the text's description and the
    name's ``words``.

    Measured on ECB+ (real news), a description noun is often a figure of speech ("icon",
    "cornerstone") or a rare sense ("bomber": an aircraft first, "center", "point"), so it
    overrides the tagger only where the name agrees:

    * an honorific or a title inside the name makes a PERSON;
    * a PERSON label yields to an animal noun, to an appositive organisation noun with
      no person sense ("Ferelith Maritime, a shipping firm"), to a business agent ("the ferry
      operator Kestrel Sound", "Varnex, the plant's operator") when the name is all common
      nouns or not shaped like a person's (one word), and, for a name not
      shaped like a person's, to a vessel or organisation noun ("the tanker Sable Star",
      "the quarry company Krelling Stone"), a place noun the
      name modifies ("the Helmsby estuary") or its own head noun ("Dunmarra Stadium");
    * a PERSON description overrides another label only for a person-shaped name
      ("Verdane chief executive Karin Holt" tagged ORG; not "the Academy ... member");
    * else the label stays when the description allows it ("court": ORG or FAC), when it
      is a GPE described as a location or facility, when it is ORG and the description is polysemous
      or the name's own head noun ("Skyline Research"), and when the description is a
      location noun in apposition ("his point", "the center");
    * else the description's first kind decides."""
    if description is None or not description.kinds:
        return label
    words = words or []
    kinds = description.kinds
    first = "PRODUCT" if kinds[0] == "VEHICLE" else kinds[0]
    if description.how == "honorific":
        return "PERSON"
    if description.how in ("lead", "group"):
        return first  # "Storm Hesper": the class noun names what the name is; a team
    if label == "PERSON":
        return _from_person(first, description, words)
    if first == "PERSON":
        return "PERSON" if person_shaped(words) or _named_by_role(description, words) else label
    if label in kinds:
        return label
    if label == "GPE" and first in ("LOC", "FAC"):
        return label  # a town described as a location, or misparsed with its facility
    if label == "ORG" and (description.inside or len(kinds) > 1):
        return label
    if first == "LOC" and description.how != "place" and not description.inside:
        return label
    return first


def _named_by_role(description: Description, words: list[str]) -> bool:
    """Whether a name of two to four capitalised words stands in apposition to a noun that
    is only a person ("A spokeswoman, Irina Bast, said": a person even where "bast" is
    also a common noun), its last word no noun of a body, a building or a place; or a
    given name alone that is no common noun ("Ruiz's mother, Lakshmi, a nurse")."""
    if len(words) == 1 and _common(words[0]):
        return False
    return (
        description.how == "appos"
        and description.kinds == ("PERSON",)
        and 1 <= len(words) <= 4
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not set(noun_kinds(words[-1].lower())) & _INSIDE_KINDS
    )  # not "The ship's manager, Halcyon Tanker Management": its last word names a body


def _from_person(first: str, description: Description, words: list[str]) -> str:
    """The type of a mention the tagger labelled PERSON (see :func:`choose`)."""
    kinds = description.kinds
    if kinds[:2] == ("ORG", "PERSON"):  # a business agent: "operator", "provider"
        return "ORG" if common_words(words) or not person_shaped(words) else "PERSON"
    if first == "PERSON":
        return "PERSON"
    if first == "TAXON":
        return first  # "the giraffe Tamsin Longstride"
    if first == "ORG" and "PERSON" not in kinds and description.how == "appos":
        return first  # "Ferelith Maritime, a shipping firm"
    if person_shaped(words):
        return "PERSON"
    if kinds[0] == "VEHICLE" or first == "ORG" or description.how == "place" or description.inside:
        return first
    if description.how == "appos" and first in ("FAC", "GPE", "LOC") and _ends_in_noun(words):
        return first  # "The Tolley Dam, a 43-metre embankment": a structure, not a person
    return "PERSON"


def geographic_head(words: list[str]) -> bool:
    """Whether a name's last word is a noun whose most frequent sense is a place or a
    landform in WordNet ("Falls", "Heights", "Bay", "Ridge"): the head of a place name.
    A surname may be such a noun too ("Marsh", "Berg"), so this is one sign, to be used
    with another (the name used as a place)."""
    return bool(words) and noun_kinds(words[-1].lower())[:1] == ("LOC",)


def _ends_in_noun(words: list[str]) -> bool:
    """Whether a name's last word is a common noun of a place or a structure
    (:data:`_INSIDE_KINDS`): "Dam", "Bridge", "Quay"; not a surname."""
    return bool(words) and bool(set(noun_kinds(words[-1].lower())) & _INSIDE_KINDS)


#: a clock time: "12:20", "9.05", "08:15" (a live-blog entry's time before its first word)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
#: the labels a result's score may be glued to ("Viktor Halloran 3-1", "Harbor City 2-0")
_SCORED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: a score or a number of one, as tokenized: "3", "2.5", "3-1", "2.5-1.5"
_SCORE_PART = re.compile(r"\d+(?:\.\d+)?(?:[-–]\d+(?:\.\d+)?)?")


def clock_token(tok) -> bool:
    """Whether token ``tok`` is a clock time written with a colon or a dot ("14:35")."""
    return bool(_CLOCK.fullmatch(tok.text))


def name_core(span):
    """The name inside the entity ``span`` (a spaCy Span, label kept), or None when no
    word of it is left: clock times at its start cut (a live-blog entry's time glued to
    its first word: "12:20 Network Rail", "14:35 Sad"), and at the end of a person's, a
    club's or a place's name a score the tagger glued to it ("Viktor Halloran 3-1",
    "Harbor City 2-0"). A number that is part of a name ("A487", "Apollo 11", "Varne 4"
    as a facility) stays. A one-word person's name takes the given name the tagger left
    out before it (:func:`_given_name_before`)."""
    from spacy.tokens import Span

    a, b = span.start, span.end
    doc = span.doc
    while a < b and (clock_token(doc[a]) or doc[a].is_punct or doc[a].is_space):
        a += 1
    if span.label_ in _SCORED_LABELS:
        end = b
        while end > a and (doc[end - 1].is_punct or _SCORE_PART.fullmatch(doc[end - 1].text)):
            end -= 1
        if any("-" in t.text or "–" in t.text for t in doc[end:b]):
            b = end  # "3-1" or "3 - 1": a score, no part of the name
    if a >= b:
        return None
    if span.label_ == "PERSON" and b - a == 1 and _given_name_before(doc, a):
        a -= 1  # "Stallholder Priya Sandhu" tagged only on "Sandhu": "Priya Sandhu"
    elif (
        span.label_ == "ORG"
        and a == span.start
        and _name_word_before(doc, a, b)
        and not adjective(doc[a - 1].text)  # "Other Brightwell kettles": no word of the name
    ):
        a -= 1  # "Saltmere Borough Council" tagged only on "Borough Council"
    if (a, b) == (span.start, span.end):
        return span
    return Span(doc, a, b, label=span.label_)


def _given_name_before(doc, i: int) -> bool:
    """Whether the token before one-word person name ``doc[i]`` is a given name the
    tagger left out: a capitalised proper noun compounded on it that is no common English
    noun ("Priya" in "Stallholder Priya Sandhu"; not "Inspector", "Coach") nor an
    honorific."""
    return _name_word_before(doc, i, i + 1)


def _name_word_before(doc, a: int, b: int) -> bool:
    """Whether the token before the name ``doc[a:b]`` is a word of it the tagger left out:
    a capitalised proper noun of no entity, compounded on a word of the name, that is no
    common English noun nor an honorific ("Priya" of "Priya Sandhu", "Saltmere" of
    "Saltmere Borough Council")."""
    if a == 0:
        return False
    tok = doc[a - 1]
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and a <= tok.head.i < b
        and tok.text.istitle()
        and tok.is_alpha
        and tok.lower_ not in HONORIFICS
        and not _common(tok.text)
        and not tok.ent_type_
    )


def mention_type(span) -> str | None:
    """The description's type for the entity ``span``, or None when the text gives none."""
    desc = describe(span)
    return choose(span.label_, desc, [t.text for t in span if t.is_alpha]) if desc else None


#: prepositions whose object is where something is ("in Rennick", "between Ost and Lund")
PLACE_PREPS = frozenset("in near between outside across around throughout inside".split())
#: prepositions of a path, whose object is a place when the path is a motion's
PATH_PREPS = frozenset({"to", "from", "towards", "toward", "via", "into"})
#: WordNet verbs (hypernyms of a verb's first two senses) that make a verb one of motion
_MOTION_VERBS = frozenset({"travel", "go", "locomote", "journey", "proceed", "go_forward"})
#: WordNet nouns a noun of a journey descends from ("trip", "voyage", "flight")
_JOURNEY_NOUNS = frozenset({"travel", "journey", "air_travel", "water_travel"})


@lru_cache(maxsize=1 << 12)
def _motion_word(lemma: str, pos: str) -> bool:
    """Whether ``lemma`` denotes a motion: a verb under travel/go (first two WordNet
    senses: "fly", "sail", "return"), or a noun of a vehicle ("ferry", "freighter") or of
    a journey ("trip", "voyage", up to three hypernym steps)."""
    if pos == "v":
        return lemma in _MOTION_VERBS or bool(lexicon.hypernyms(lemma, "v", 2) & _MOTION_VERBS)
    kinds = noun_kinds(lemma, first=2)
    if kinds[:1] == ("VEHICLE",):
        return True
    frontier, seen = {lemma}, set()
    for step in range(3):
        first = 2 if step == 0 else 1  # "flight": a formation first, a trip second
        frontier = {h for w in frontier for h in lexicon.hypernyms(w, "n", first)} - seen
        if frontier & _JOURNEY_NOUNS:
            return True
        seen |= frontier
    return False


def place_object(tok) -> bool:
    """Whether the name headed by ``tok`` is used as a place in its sentence: the object
    of a place preposition ("in Rennick", "between Oldbury and Marlow") or of a path
    preposition that a motion governs ("flights to Rennick", "the ferry from Ostrand",
    "sailed from Tarn", "bound for Vessby") or that goes "from" one place "to" another. A conjunct counts as its first conjunct."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False  # "sailed in May"
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    low = prep.lower_
    if low in PLACE_PREPS:
        return True
    gov = prep.head
    if low == "for":
        return gov.lower_ == "bound"  # "bound for Vessby": the one path sense of "for"
    if low not in PATH_PREPS:
        return False
    preps = {c.lower_ for c in gov.children if c.dep_ == "prep"}
    if {"from", "to"} <= preps:
        return True  # "shipments from Halvard to Orrin": a path, whatever travels on it
    if gov.pos_ == "VERB":
        return _motion_word(gov.lemma_.lower(), "v") or _vehicle_sent(gov)
    return gov.pos_ == "NOUN" and _motion_word(gov.lemma_.lower(), "n")


#: WordNet verbs (hypernyms of a verb's first two senses) of making something move along
#: a path: "divert", "redirect" (direct, send), "tow", "ferry" (transport, convey)
_SENDING_VERBS = frozenset({"send", "direct", "transport", "convey", "displace", "pull_along"})


def _vehicle_sent(verb) -> bool:
    """Whether ``verb`` moves a vehicle or a journey along a path: a verb of sending or
    carrying (:data:`_SENDING_VERBS`) whose subject is a vehicle or a journey noun
    ("flights were diverted to Lenz", "the trawler was towed to Kessby"); its path's
    end is a place."""
    lemma = verb.lemma_.lower()
    if lemma not in _SENDING_VERBS and not (lexicon.hypernyms(lemma, "v", 2) & _SENDING_VERBS):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ == "NOUN"
        and _motion_word(c.lemma_.lower(), "n")
        for c in verb.children
    )


def business_agent(tok) -> bool:
    """Whether the name headed by ``tok`` is the agent of a passive verb whose doer, by
    WordNet, is first a business ("operated by X": an operator; "owned by", "supplied by",
    "insured by"; not "built by", "managed by": a builder or a manager is a person)."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head.lemma_.lower()
    agents = [n for n in lexicon.nouns_of(verb) if n.endswith(("er", "or"))]
    return any(noun_kinds(n)[:1] == ("ORG",) for n in agents)


#: the sex a personal pronoun tells ("Police haven't named *her*")
PRONOUN_SEX = {
    "he": "male", "him": "male", "his": "male", "himself": "male", "she": "female",
    "her": "female", "hers": "female", "herself": "female",
}  # fmt: skip
