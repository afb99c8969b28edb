"""Kinds of organisation, from the words of a name or of a common noun that refers to one.

    org_kind(name) -> "company" | "union" | "club" | "body" | "outlet" | ""
    noun_kind(lemma) -> (kind, specific)

A reporter writes "the company said" for the firm of the story, "the union said" for the
workers' organisation, "the coastguard said" for the coastguard: the noun denotes a kind of
organisation, and refers back to the organisation of that kind named before, not to whichever
organisation was named last ("Harwick Chemicals" is a company, "Environment Agency" is not).
:func:`org_kind` reads the kind off a name's words ("Harwick Chemicals" -> company,
"United Nursing Guild" -> union, "Varnholt Health Board" -> body); "" when the name does not
say ("Aster", "Kelda"). :func:`noun_kind` gives the kind a referring noun denotes and whether
the noun names one specific body ("coastguard", "police": then only an organisation whose
name holds that noun is its referent) or a generic kind ("company", "firm", "union").

The word lists live in :mod:`consilience.cues` (the shared lexicon); nouns the lists do not
hold are placed by their WordNet hypernyms (:func:`is_a`, over :mod:`consilience.lexicon`):
"the airline" is a business, "the town of X" names a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import BODY_WORDS, CLUB_WORDS, COMPANY_WORDS, UNION_WORDS

OUTLET_NOUNS = frozenset(
    """newspaper paper daily tabloid broadsheet broadcaster channel station network magazine
    site website outlet agency publication radio newsletter blog""".split()
)

#: referring noun -> kind it denotes; nouns of one specific body are in SPECIFIC_NOUNS
NOUN_KINDS = {
    **dict.fromkeys(
        "company firm operator manufacturer maker airline carrier utility group bank "
        "house".split(),  # "the auction house", "the fashion house"
        "company",
    ),
    **dict.fromkeys("union guild federation".split(), "union"),
    **dict.fromkeys("club team".split(), "club"),
}
#: nouns that name one body: it is only the organisation whose name holds the noun
SPECIFIC_NOUNS = frozenset(
    """coastguard police ministry department council court government administration
    parliament cabinet embassy regulator jury panel tribunal inspectorate army navy
    committee commission""".split()
)


#: nouns for a body that oversees a trade ("the regulator said"), and the head words of
#: the names such bodies bear ("Financial Markets Authority", "Gaming Commission")
REGULATOR_NOUNS = frozenset("regulator watchdog supervisor".split())
REGULATOR_HEADS = frozenset(
    "authority commission agency office board inspectorate ombudsman regulator".split()
)


def _head(words: list[str]) -> str:
    """The head word of a name's words: the last before a complement's preposition
    ("Office for Road Safety" -> "office")."""
    cut = next((i for i, w in enumerate(words) if i and w in _COMPLEMENT_PREPS), len(words))
    return words[cut - 1] if cut else ""


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z][a-z.&'’-]*", name.lower())


#: prepositions that open a name's complement after its head ("Office for Road Safety")
_COMPLEMENT_PREPS = frozenset({"of", "for", "on"})


def org_kind(name: str) -> str:
    """The kind of organisation ``name`` names by its words: ``"union"``, ``"club"``,
    ``"body"``, ``"company"``, or ``""`` when no word tells. The last telling word before
    a preposition that opens the name's complement wins ("Harbour Workers Union" -> union;
    "Bank of Ardel" -> company; "Ministry of Transport" and "Department for Transport" ->
    body: the head comes before "of", "for" or "on"); partners' names joined by "&" are a
    company."""
    words = _words(name)
    cut = next((i for i, w in enumerate(words) if i and w in _COMPLEMENT_PREPS), None)
    if cut is not None:
        words = words[:cut]  # "Department for Transport": a department
    for word in reversed(words):
        word = word.rstrip("'’")
        if word in UNION_WORDS:
            return "union"
        if word in CLUB_WORDS:
            return "club"
        if word in BODY_WORDS:
            return "body"
        if word in COMPANY_WORDS:
            return "company"
    if _PARTNERS.search(name):
        return "company"
    return ""


#: two capitalised names joined by "&" ("Lindqvist & Hale", "Hobbs & Sons"): a firm of
#: partners
_PARTNERS = re.compile(r"\b[A-Z][\w'’-]+ & [A-Z][\w'’-]+")


def noun_kind(lemma: str) -> tuple[str, bool]:
    """``(kind, specific)`` of a referring noun's lemma: ``("company", False)`` for
    "company"/"firm"/"operator"; ``("body", True)`` for "coastguard", "police", "ministry"
    (one body, its own referent); ``("body", False)`` for any other body noun ("agency",
    "board", "office"); ``("", False)`` for a noun that names no kind."""
    lemma = lemma.lower()
    if lemma in NOUN_KINDS:
        return NOUN_KINDS[lemma], False
    if lemma in SPECIFIC_NOUNS:
        return "body", True
    if lemma in BODY_WORDS:
        return "body", False
    if is_a(lemma, BUSINESS_ANCESTORS):
        return "company", False  # "the airline", "the utility"
    return "", False


def org_rank(noun_lemma: str, org_name: str, descriptor: str = "") -> int | None:
    """How well "the <noun>" fits the organisation ``org_name``, best first: 0 when its
    name holds the noun ("the board" / "Varnholt Health Board"); 1 when the name's head
    word is, by its first WordNet sense, the noun or a kind of it ("the orchestra" /
    "Brenna Philharmonic", "the bureau" / "Disaster Agency"): the same kind of body under
    another word, weaker than the noun itself; 2 when the name says the noun's kind ("the
    company" / "Harwick Chemicals", "the union" / "United Nursing Guild"); 3 when a generic
    noun ("the company", "the club") meets a name that tells no kind ("Aster"); None when
    the noun cannot refer to it (a body noun such as "the coastguard" or "the agency"
    refers only to a name holding it). ``descriptor`` is the common noun the article gave
    the name ("drivers' union Aslef" -> "union"): it counts as a word of the name, and a
    descriptor of another kind rules the name out ("the company" is not "union Aslef")."""
    words = [w.rstrip("'’") for w in _words(org_name)]
    if noun_lemma.lower() in words or noun_lemma.lower() == descriptor:
        return 0
    if words and _names_a(words[-1], noun_lemma.lower()):
        return 1  # "the orchestra" / "Brenna Philharmonic": a philharmonic is an orchestra
    if noun_lemma.lower() in REGULATOR_NOUNS and _head(words) in REGULATOR_HEADS:
        return 2  # "the regulator" / "Financial Markets Authority"
    kind, _ = noun_kind(noun_lemma)
    described = noun_kind(descriptor)[0] if descriptor else ""
    if described and kind and described == kind:
        return 2
    if described and kind and described != kind:
        return None  # "the airline" never refers to "the workers' union, Luftfart"
    if kind not in ("company", "union", "club"):
        return None
    have = org_kind(org_name)
    if have == kind:
        return 2
    return 3 if not have and kind in ("company", "club") else None


def _names_a(head: str, noun: str) -> bool:
    """Whether a name's head word ``head`` is, by its first WordNet sense, a ``noun``: a
    synonym or a direct hyponym ("philharmonic" is an "orchestra", "infirmary" a
    "hospital")."""
    from . import lexicon

    if head == noun:
        return True
    return noun in lexicon.synonyms(head, "n", 1) or noun in lexicon.hypernyms(head, "n", 1)


#: common nouns that describe a proper name as an organisation ("union Aslef")
DESCRIPTOR_NOUNS = (
    frozenset(NOUN_KINDS) | SPECIFIC_NOUNS | BODY_WORDS | UNION_WORDS | frozenset({"regulator"})
)


def descriptor_of(span) -> str:
    """The lemma of the common noun that describes the proper name ``span`` as an
    organisation: a compound before it ("drivers' union Aslef"), its apposition ("Ofpow,
    the regulator") or the noun it stands in apposition to ("the regulator, Ofpow"); ""
    when there is none."""
    root = span.root
    near = [
        c
        for c in root.children
        if c.dep_ in ("compound", "appos") and c.i not in range(span.start, span.end)
    ]
    if root.dep_ == "appos" or _set_off_after(span):
        near.append(root.head)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.head == root.head and before.dep_ == root.dep_:
        near.append(before)  # "the airline Nordflyg cancelled": parsed as two subjects
    for tok in near:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (lemma in DESCRIPTOR_NOUNS or is_a(lemma, BUSINESS_ANCESTORS)):
            return lemma
    return ""


def _set_off_after(span) -> bool:
    """Whether the name ``span`` follows its head noun set off by a comma, an apposition
    the parser labelled otherwise ("The aviation workers' union, Luftfart, welcomed …"
    parsed as a modifier of "union")."""
    root, doc = span.root, span.doc
    return (
        root.dep_ == "npadvmod"
        and root.head.pos_ == "NOUN"
        and root.head.i < span.start
        and span.start > 0
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].i == root.head.i
    )


def brand_name(ent) -> bool:
    """Whether the PERSON-tagged name ``ent`` is a body's: the article uses its first word
    alone as a name modifying a common noun elsewhere ("Hohgrat Bahnen" beside "the
    Hohgrat cable car", "Borealis Air" beside "Borealis shares"). A person's given name
    does not stand alone before a noun (a surname may: "the Kovic camp"); a firm's short
    form names its goods and shares."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not ent[0].text[:1].isupper():
        return False
    first = ent[0].text
    for tok in ent.doc:
        if tok.text != first or ent.start <= tok.i < ent.end or tok.pos_ != "PROPN":
            continue
        nxt = ent.doc[tok.i + 1] if tok.i + 1 < len(ent.doc) else None
        if nxt is not None and nxt.text == ent[1].text:
            continue  # the full name again
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            return True
    return False


def untagged_orgs(doc) -> list:
    """Spans of organisation names spaCy did not tag, outside any entity tagged ORG: a
    chain of two or more capitalised proper nouns whose last word says a kind of
    organisation ("Harbor City FC", "Tolsby Water Board"), or a proper name described by a
    common noun of an organisation ("drivers' union Aslef", see :func:`descriptor_of`)."""
    tagged = {t.i for e in doc.ents if e.label_ == "ORG" for t in e}
    out = []
    for tok in doc:
        inside = tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN"
        if tok.pos_ != "PROPN" or inside or tok.i in tagged:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and (
            start <= doc[start - 1].head.i <= tok.i or _hung_beside(doc[start - 1], tok)
        ):
            start -= 1
        span = doc[start : tok.i + 1]
        if not all(t.text[:1].isupper() for t in span):
            continue
        last = tok.lower_.rstrip(".")
        if len(span) >= 2 and last in UNION_WORDS | CLUB_WORDS | BODY_WORDS | COMPANY_WORDS:
            out.append(span)
        elif len(span) >= 2 and tok.ent_type_ in ("", "ORG") and _which_clause(tok):
            out.append(span)  # "Greenway Meals, which supplies …, said": a body, no person
        elif descriptor_of(span) and tok.ent_type_ in ("", "PERSON", "GPE", "NORP"):
            out.append(span)  # "drivers' union Aslef", "the regulator, Ofpow"
        elif _employer(span):
            out.append(span)  # "Verdane Kitchens chief executive Ola Holt"
    return out


def _hung_beside(word, tok) -> bool:
    """Whether capitalised proper noun ``word``, right before name word ``tok``, is the
    first word of ``tok``'s name that the parser hung on ``tok``'s head as an unlabelled
    dependent ("Greenway" of "Greenway Meals, which …, said" parsed as a ``dep`` of
    "said")."""
    return (
        word.i == tok.i - 1
        and word.dep_ == "dep"
        and word.head.i == tok.head.i
        and word.text[:1].isupper()
        and not word.ent_type_
    )


def _which_clause(tok) -> bool:
    """Whether the name headed by ``tok`` takes a relative clause with "which" ("X, which
    supplies the school, said"): a thing or a body, not a person."""
    return any(
        t.lower_ == "which" and t.head.i == clause.i
        for clause in tok.children
        if clause.dep_ == "relcl"
        for t in clause.children
    )


def _employer(span) -> bool:
    """A name of two or more words, not a place, that modifies a noun of a person's role
    ("<Name> chief executive <Person>", "<Name> spokeswoman"): the role's employer."""
    root = span.root
    head = root.head
    return (
        len(span) >= 2
        and root.dep_ in ("compound", "nmod")
        and head.pos_ == "NOUN"
        and root.ent_type_ not in ("GPE", "LOC", "FAC")
        and is_a(head.lemma_.lower(), PERSON_ANCESTORS)
    )


#: WordNet ancestors of a noun naming a settlement or district ("town", "village", "county")
PLACE_ANCESTORS = frozenset(
    {"geographical_area", "administrative_district", "region", "settlement"}
)
#: WordNet ancestors of a noun naming a person ("promoter", "vet")
PERSON_ANCESTORS = frozenset({"person"})
#: WordNet ancestors of a noun naming an organisation or an institution ("zoo", "brewery")
ORG_ANCESTORS = frozenset({"organization", "institution", "establishment", "facility"})
#: WordNet ancestors of a noun naming a business ("airline", "utility", "manufacturer")
BUSINESS_ANCESTORS = frozenset({"business", "company", "enterprise"})


@lru_cache(maxsize=4096)
def ancestors(noun: str, first: int = 1) -> frozenset[str]:
    """Every WordNet hypernym lemma above the first ``first`` senses of ``noun`` (the
    transitive closure, the noun's own synonyms included); empty for an unknown word."""
    from . import lexicon

    synsets = lexicon.table()["synsets"]["n"]
    todo = list(lexicon.senses(noun.lower(), "n")[:first])
    seen: set[int] = set()
    names: set[str] = set()
    while todo:
        off = todo.pop()
        if off in seen:
            continue
        seen.add(off)
        names.update(synsets[off][0])
        todo.extend(synsets[off][1])
    return frozenset(names)


def is_a(noun: str, kinds: frozenset[str], first: int = 1) -> bool:
    """Whether one of ``kinds`` (WordNet lemmas) is an ancestor of ``noun``'s first
    ``first`` senses: ``is_a("town", PLACE_ANCESTORS)`` is True."""
    return bool(ancestors(noun, first) & kinds)


def institution_of_its_own(noun: str) -> bool:
    """Whether body noun ``noun`` names, by its first WordNet sense, an institution (an
    insurer, a firm, a bank as lender): a party in its own right that an owner deals with
    ("the museum's insurer"), unlike a unit that is part of its owner ("the company's
    board", "the council's press office"), whose words are the owner's."""
    return "institution" in ancestors(noun)
