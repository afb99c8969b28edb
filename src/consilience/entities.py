"""Entities of a story: people, organisations, places, systems, with aliases merged.

Section builder::

    build_entities(ctx) -> {"entities": [{"name", "type", "aliases", "articles",
                                          "mentions", "citations"}]}
    canonical_name(ctx_or_entities, surface) -> str

Merging (within one story, over spaCy entity mentions of the kept labels):

* surface clean-up: possessives ("Biden's"), a leading "the", titles before PERSON names
  ("President", "Representative") and trailing punctuation are stripped;
* a *key* folds case, dots and diacritics ("U.S." = "US"), maps a small table of country
  aliases ("United States"/"America"/"US" -> one key) and drops generic place suffixes
  ("Kursk region"/"Kursk Oblast" -> "kursk");
* person names: a one-word name joins the multi-word PERSON whose last word matches it
  ("Biden" -> "Joe Biden"); last words within one edit of each other are one name
  ("Zelensky"/"Zelenskyy"), as are full names differing by one edit;
* a one-word name that begins exactly one organisation's name is that organisation
  ("Torvane" -> "Torvane Lines"), unless it is a place or a person's surname; a name
  that is the last word(s) of exactly one longer organisation's name is that organisation
  ("Courier" -> "Harbour Courier");
* the canonical name is the longest full form (ties: most mentions, then alphabetical).

Mentions inside boilerplate (bylines, "Reporting by ...; editing by ..." sign-offs, photo
captions and credits, "Media contact:" notes: :func:`consilience.boilerplate.article_spans`)
and credit pairs glued by a slash ("Harbour Post/Ann Lee") give no entity; a dateline glued
to a name is cut off it; a title inside a PERSON span is cut off ("Coroner Alun Breck").

No entity: a unit of measure after a number ("450 MW", pint's registry). Types the name's
form or use gives whatever the tagger said: one word and a number ("Varne 4") a FAC; a
name used as a place ("bound for X", "flights to X", "between X and Y") a GPE; an acronym
("Broadcaster RVN", the leading noun cut off) an ORG.

Type: where the text describes a name (an appositive, the noun before it, a place noun it
names, its own head noun, an honorific), :mod:`consilience.entity_types` reads the type
from WordNet and the descriptions' majority decides (one outside the name counts twice one
inside it); with no description the majority spaCy label stays (ties: label order below).

Items are sorted by number of articles, then mentions (both descending), then name.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import entity_types, lexicon
from .boilerplate import article_spans, is_boilerplate
from .cues import CLUB_WORDS, is_outlet_name, is_reporting_verb
from .model import StoryContext
from .org_kinds import org_kind

VERSION = "6"  # session 42: an initialled name joins the one full name it abbreviates

KEEP_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC", "EVENT", "LAW")
_LABEL_RANK = {lab: i for i, lab in enumerate(KEEP_LABELS)}
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})
PERSON_TITLES = frozenset(
    """president prime minister defense defence foreign secretary representative rep rep.
    sen sen. senator gov gov. governor mayor general gen gen. chancellor king queen prince dr
    dr. mr mr. mrs mrs. ms ms. vice president-elect vice-president chief justice ambassador
    congressman congresswoman commander lt lt. col col. colonel admiral speaker leader deputy
    former acting pope cllr cllr. councillor captain capt capt. professor prof prof. sir dame
    judge inspector sergeant sgt detective""".split()
)
PLACE_SUFFIXES = ("region", "oblast", "province", "district", "county", "krai", "state", "city")
# Country aliases: key -> shared key (the canonical name is still the longest surface form).
COUNTRY_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "america": "united states",
    "the united states": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "russian federation": "russia",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "eu": "european union",
    "un": "united nations",
    "nato": "nato",
    # nationalities stand for their country where they name who acts ("British officials")
    "british": "united kingdom",
    "american": "united states",
    "french": "france",
    "russian": "russia",
    "ukrainian": "ukraine",
    "german": "germany",
    "chinese": "china",
    "north korean": "north korea",
}


#: capitals and seats of government that stand for their country when they act ("Moscow
#: warned", "the Kremlin said"): name key -> country key. Only for who acts or is acted
#: on (:func:`government_key`), never for a place ("fighting near Kyiv").
GOVERNMENT_SEATS = {
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "moscow": "russia",
    "kremlin": "russia",
    "washington": "united states",
    "white house": "united states",
    "pyongyang": "north korea",
    "beijing": "china",
    "london": "united kingdom",
    "downing street": "united kingdom",
    "paris": "france",
    "elysee": "france",
    "berlin": "germany",
    "tehran": "iran",
    "seoul": "south korea",
    "tokyo": "japan",
    "ottawa": "canada",
    "canberra": "australia",
    "new delhi": "india",
    "ankara": "turkey",
    "minsk": "belarus",
    "taipei": "taiwan",
    "damascus": "syria",
}


def government_key(key: str) -> str:
    """The country key a capital's or seat of government's key stands for when it is who
    acts ("kremlin" -> "russia"); any other key unchanged."""
    return GOVERNMENT_SEATS.get(key, key)


def _titled(surface: str) -> bool:
    """Whether a name's first word is a person's title (:data:`PERSON_TITLES`)."""
    words = surface.split()
    return len(words) > 1 and words[0].lower() in PERSON_TITLES


def _untitled(name: str) -> str:
    """A person's ``name`` without its leading titles when two or more words remain ("Cllr
    Marcus Lindqvist" -> "Marcus Lindqvist"; "Mayor Pell" is kept: the title is all that
    tells who Pell is)."""
    words = name.split()
    k = 0
    while k < len(words) and words[k].lower() in PERSON_TITLES:
        k += 1
    return " ".join(words[k:]) if len(words) - k >= 2 else name


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_surface(surface: str, label: str | None = None) -> str:
    """Strip possessives, a leading paragraph number ("4.4 Keystone" in a numbered report), a
    leading article, titles (PERSON) and edge punctuation."""
    s = re.sub(r"\s+", " ", surface.strip())
    s = entity_types.PARAGRAPH_NUMBER.sub("", s)
    s = re.sub(r"(['’]s|['’])$", "", s)
    s = s.strip(" ,;:-–—\"“”'‘’()")
    if s.endswith(".") and not re.search(r"(^|[\s.])[A-Za-z]\.$", s):
        s = s[:-1]  # a sentence full stop, not an initialism ("U.S.")
    s = s.lstrip(".")
    if re.match(r"(?i)^the\s+", s) and label != "WORK_OF_ART":
        s = s[4:]
    words = s.split(" ")
    if label in (None, "PERSON"):
        while len(words) > 1 and words[0].lower() in PERSON_TITLES:
            words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=1 << 16)
def name_key(surface: str, label: str | None = None) -> str:
    """The comparison key of a name (folded, titles and place suffixes dropped); cached,
    as canonical_name asks again for every name of the story."""
    s = _fold(clean_surface(surface, label)).lower()
    s = s.replace(".", "").replace("’", "'")
    s = re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", s)  # "Brightwater-Hendry" = "... Hendry"
    s = re.sub(r"[^\w' -]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[s]
    words = s.split()
    if label not in ("PERSON", "ORG") and len(words) > 1 and words[-1] in PLACE_SUFFIXES:
        s = " ".join(words[:-1])
    return COUNTRY_ALIASES.get(s, s)


def _edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are within one edit (insert/delete/substitute)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = 0
    edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


class _Cluster:
    def __init__(self, key: str):
        self.key = key
        self.surfaces: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.described: Counter[str] = Counter()  # types the text's descriptions give
        self.articles: list[str] = []
        self.firsts: dict[str, tuple[int, int]] = {}
        self.mentions = 0
        self.initial = 0  # mentions that are one word opening a sentence or a line
        self.spans: set[tuple[str, int, int]] = set()  # (article, start, end) of mentions

    def add(self, m: _Mention) -> None:
        surface, article, start, end = m.surface, m.article, m.start, m.end
        self.surfaces[surface] += 1
        self.labels[m.label] += len(surface.split())  # full names are labelled more reliably
        if m.described:
            self.described[m.described] += m.weight
        self.mentions += 1
        self.initial += m.initial
        self.spans.add((article, start, end))
        if article not in self.firsts:
            self.articles.append(article)
            self.firsts[article] = (start, end)
        elif start < self.firsts[article][0]:
            self.firsts[article] = (start, end)

    def merge(self, other: _Cluster) -> None:
        self.surfaces.update(other.surfaces)
        self.labels.update(other.labels)
        self.described.update(other.described)
        self.mentions += other.mentions
        self.initial += other.initial
        self.spans |= other.spans
        for a in other.articles:
            if a not in self.firsts:
                self.articles.append(a)
                self.firsts[a] = other.firsts[a]
            elif other.firsts[a][0] < self.firsts[a][0]:
                self.firsts[a] = other.firsts[a]

    @property
    def label(self) -> str:
        """The type the articles' descriptions of the name give (majority), else the
        majority spaCy label."""
        votes = self.described or self.labels
        if not self.described and self._place_known(votes):
            votes = Counter({k: v for k, v in votes.items() if k in ("GPE", "LOC")})
        return sorted(votes.items(), key=lambda kv: (-kv[1], _LABEL_RANK.get(kv[0], 99)))[0][0]

    def _place_known(self, votes: Counter[str]) -> bool:
        """Whether a one-word name the tagger took for a person in one mention is known as
        a place from another ("called at Rotterdam" PERSON, "a stop in Rotterdam" GPE): the
        model's own place reading across the story wins over PERSON, since a lone word with
        no full name beside it is no person's name the story gives."""
        one_word = all(" " not in s for s in self.surfaces)
        return one_word and "PERSON" in votes and bool({"GPE", "LOC"} & set(votes))

    @property
    def name(self) -> str:
        """The longest surface (ties: most mentions, then alphabetical), never one that is
        another surface's possessive with what it owns ("Parcelon's Ossington" beside
        "Parcelon": the tagger took the owner and its warehouse's town for one name), nor
        one in capitals when the story also writes it in mixed case (a transcript's label
        "SUNITA RAO" beside "Sunita Rao")."""
        ranked = sorted(self.surfaces.items(), key=lambda kv: (-len(kv[0]), -kv[1], kv[0]))
        cased = {s.lower() for s in self.surfaces if not s.isupper()}
        ranked = [kv for kv in ranked if not (kv[0].isupper() and kv[0].lower() in cased)]
        named = [kv for kv in ranked if not self._owned(kv[0])] or ranked
        if (self.described or self.labels) and self.label == "PERSON":  # not "Councillor …"
            named = [kv for kv in named if not _titled(kv[0])] or named
            return _untitled(named[0][0])
        return named[0][0]

    def _owned(self, surface: str) -> bool:
        """``surface`` is another surface of this cluster with "'s" and one proper word
        after it that is no common noun, as a place's name is ("Parcelon's Ossington";
        not "St Oswin's Children's Hospital", an institution's own name)."""
        parts = _POSSESSIVE.split(surface, maxsplit=1)
        if len(parts) != 2 or parts[0] not in self.surfaces or " " in parts[1]:
            return False
        word = parts[1].lower()
        forms = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ren")}
        return not any(lexicon.senses(f, "n") for f in forms if f)  # "Children": a noun


#: a possessive inside a name: what comes before it owns what comes after
_POSSESSIVE = re.compile(r"['’]s\s")


@dataclass(frozen=True)
class _Mention:
    article: str
    surface: str
    label: str  # spaCy's
    start: int
    end: int
    described: str | None = None  # the type the text's description of the name gives
    weight: int = 0  # 2: a description outside the name; 1: the name's own head noun
    initial: bool = False  # one word opening its sentence or line, where any noun is capitalised


def _credit(text: str) -> bool:
    """A credit's "Outlet/Photographer" pair glued into one name ("Harbour Post/Ann Lee")."""
    return bool(re.search(r"\w\s*/\s*(?:[A-Z]|$)|^\s*/", text))


#: what may stand between a sign-off and a name of its writers: a dash, other names, "and"
_SIGNATURE_GAP = re.compile(r"\s*[-–—]\s*(?:[A-Z][\w'’.-]*(?:\s+|,\s*|\s+(?:and|&)\s+))*")


def _signed_after(spans, start: int, text: str) -> bool:
    """Whether a name at character ``start`` signs a boilerplate line: it follows, on the
    same line, a boilerplate span (a live blog's "Thanks for reading.") after a dash,
    with only other names between ("… - Jo Feld and Sam Ortiz")."""
    for s in spans:
        if s.end <= start and start - s.end < 80:
            gap = text[s.end : start]
            if "\n" not in gap and _SIGNATURE_GAP.fullmatch(gap):
                return True
    return False


def _mention(aid: str, e, spans) -> _Mention | None:
    """The mention of entity span ``e`` (cleaned), or None when it is no usable name:
    inside boilerplate (bylines, credits, captions, sign-offs), a credit pair, or no
    capitalised word."""
    if spans and is_boilerplate(spans, e.start_char, e.end_char, e.doc.text):
        return None
    if spans and _signed_after(spans, e.start_char, e.doc.text):
        return None  # "Thanks for reading. - Jo Feld and Sam Ortiz": the writers' names
    if _credit(e.text):
        return None
    for s in spans:  # a dateline glued to the name ("PORTMOR - Kell Ferries")
        if s.start <= e.start_char < s.end < e.end_char:
            cut = e.char_span(
                s.end - e.start_char, len(e.text), label=e.label_, alignment_mode="contract"
            )
            e = cut or e
    e = entity_types.name_core(e)  # "12:20 Network Rail", "Viktor Halloran 3-1"
    if e is None:
        return None
    e = _before_comma(e)  # "Northgate Homes, Harrowgate House": a name, then its address
    if _unit_after_number(e) or _sum_of_money(e):
        return None  # "the 450 MW unit", "EUR 24": a measure or a sum, no name
    title = entity_types.leading_title(e) if e.label_ == "PERSON" else 0
    title = title or _descriptor_before_acronym(e)
    span = _with_institution_noun(_without_counted_number(e[title:] if title else e))
    surface = clean_surface(span.text, e.label_)
    if not surface or not any(c.isalpha() for c in surface):
        return None
    if surface.lower() in PERSON_TITLES:
        return None  # "CLLR" of a transcript's label "CLLR ANNA DORE": a title, no name
    if not surface[:1].isupper() and not surface[:1].isdigit():
        return None
    inside = surface in span.text
    start = span.start_char + span.text.find(surface) if inside else span.start_char
    end = start + len(surface) if inside else span.end_char
    initial = len(span) == 1 and _opens_sentence(span[0])
    if initial and _field_label(span[0]):
        return None  # "Media contact: press@…": a label, no name
    if _org_by_own_words(e, surface):
        return _Mention(aid, surface, e.label_, start, end, "ORG", 1, initial)  # "Velmora FC"
    plain = _plain_type(e, span)
    if plain is not None:
        return _Mention(aid, surface, e.label_, start, end, plain, 2, initial)
    desc = entity_types.Description(e[0].text, ("PERSON",), how="honorific") if title else None
    desc = desc or entity_types.describe(e)
    if desc is None:
        return _Mention(aid, surface, e.label_, start, end, initial=initial)
    typed = entity_types.choose(e.label_, desc, [t.text for t in span if t.is_alpha])
    if typed == "PERSON" and org_kind(surface) in ("club", "company", "union", "body"):
        # "Kestrel Systems, the city's largest employer": a description whose noun may be
        # a person or a firm ("employer", "owner") does not make a firm's name a person's;
        # a person's role noun right before the name is a title ("Ashcombe manager Neil
        # Ferry"): a surname may be a company word
        if not (desc.how == "noun" and desc.kinds == ("PERSON",)):
            typed = "ORG"
    return _Mention(aid, surface, e.label_, start, end, typed, 1 if desc.inside else 2, initial)


def _before_comma(e):
    """Entity span ``e`` cut before its first comma when a capitalised word follows it:
    the tagger ran a name into an address or a list ("Northgate Homes, Harrowgate House,
    4 Civic Way"; "Wexcombe, Kent"); the name is its first part."""
    for t in e[1:-1]:
        if t.text == "," and t.nbor(1).text[:1].isupper():
            return e[: t.i - e.start]
    return e


def _org_by_own_words(e, surface: str) -> bool:
    """Whether the name's own words make an organisation of a mention the tagger typed
    otherwise: a person-labelled name that says a body's kind ("Velmora FC", "Kell
    Ferries"), unless a person's role noun describes it ("Ashcombe manager Neil Ferry":
    a surname may be a company word); a place- or thing-labelled name whose last word is
    a club's ("Brenmoor United", "Tarn Rovers": not "United States", whose club word
    comes first)."""
    if e.label_ == "PERSON":
        if org_kind(surface) not in ("club", "company", "union", "body"):
            return False
        desc = entity_types.describe(e)
        return not (desc and desc.kinds[:1] == ("PERSON",) and not desc.inside)
    words = surface.split()
    return (
        e.label_ in ("GPE", "LOC", "NORP", "PRODUCT")
        and len(words) >= 2
        and words[-1].lower() in CLUB_WORDS
    )


@functools.cache
def _units():
    import pint

    return pint.UnitRegistry()


def _unit_after_number(e) -> bool:
    """Whether the one-token entity ``e`` is a unit of measure right after a number ("450
    MW", "12 km"): a symbol or name pint knows (case-sensitive: "Watt" or "Henry" as a name
    is no unit)."""
    if len(e) != 1 or e.start == 0 or not e.doc[e.start - 1].like_num:
        return False
    try:
        unit = _units().parse_units(e.text)
    except Exception:  # pint raises its own errors (undefined unit, syntax) on non-units
        return False
    return not unit.dimensionless


@functools.cache
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 currency codes (Babel's CLDR data, current and historic)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _sum_of_money(e) -> bool:
    """Whether entity ``e`` is a currency code with a number ("EUR 24", "USD 1.5
    billion", "24 EUR"): a sum of money the tagger took for a name; not a code alone
    nor a name holding one word of three capitals ("ADP Group")."""
    codes = [t for t in e if t.text in _currency_codes()]
    rest = [t for t in e if t not in codes]
    return len(codes) == 1 and bool(rest) and all(t.like_num or t.is_punct for t in rest)


def _descriptor_before_acronym(e) -> int:
    """How many leading common nouns describe an acronym name ("Broadcaster NRB",
    "Regulator ESMA" -> 1): capitalised dictionary nouns before one all-capitals word;
    0 otherwise."""
    last = e[-1]
    if len(e) < 2 or not (last.text.isupper() and last.is_alpha and len(last.text) >= 2):
        return 0
    lead = [t.text for t in e[:-1]]
    return len(lead) if entity_types.common_words(lead) and lead[0][:1].isupper() else 0


def _plain_type(e, span) -> str | None:
    """The type the name's form or its use says whatever the tagger labelled it, or None:
    a name one word and a number ("Korsnes 2", "Varne 4": a unit of a plant, a facility;
    never a person); a name used as a place ("bound for Rennick", "flights to Rennick",
    "between Oldbury and Marlow": :func:`entity_types.place_object`) that tells no kind of
    body (a GPE; a one-word name typed a product too: "a warehouse in Ravensby"); the agent of a business's act, not shaped like a person's name ("operated
    by Northline Cargo": :func:`entity_types.business_agent`, an ORG); a name of several
    words is read as a place so only when its last word is a geographic noun ("in Meriden
    Falls"), not a person's ("between Anna Berg and ..."); an acronym with a
    common noun before it ("Broadcaster NRB": an organisation, no person)."""
    label = e.label_
    numbered = len(span) == 2 and span[0].pos_ == "PROPN" and span[1].text.isdigit()
    if numbered and label in ("PERSON", "LAW"):
        return "FAC"
    words = [t.text for t in span if t.is_alpha]
    if (
        (
            label in ("PERSON", "ORG")
            or (label == "PRODUCT" and len(words) == 1 and not words[0].isupper())
        )
        and entity_types.place_object(span.root)
        and not org_kind(span.text)
        and not (label == "PERSON" and len(words) > 1 and not entity_types.geographic_head(words))
    ):
        return "GPE"
    if (
        label in ("PERSON", "FAC", "PRODUCT")
        and not entity_types.person_shaped(words)
        and entity_types.business_agent(span.root)
    ):
        return "ORG"  # "a cargo plane operated by Northline Cargo"
    acronym = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
    if acronym and (label == "PERSON" or (label == "ORG" and span.start > e.start)):
        return "ORG"  # an acronym is no person's name, nor its describing noun's kind
    if label == "PERSON" and (_named_for_saint(words) or _outlet_as_source(span, words)):
        return "ORG"
    return None


#: how a name opens when it is named after a saint ("St Anne's", "Saint Jude")
_SAINT_WORDS = frozenset({"st", "st.", "saint"})


def _with_institution_noun(span):
    """A saint's name in the possessive with the capitalised nouns of its institution
    after it ("St Elowen's" + "University Hospital" -> "St Elowen's University
    Hospital"): the whole phrase is the name; other spans are returned as they are. A
    name that already says its kind of body ("St Aldric Hospital's" IT) is whole: what
    follows its possessive is a part of that body, no name."""
    doc = span.doc
    words = [t.text for t in span if t.is_alpha]
    if not _named_for_saint(words) or span[-1].lower_ not in ("'s", "’s"):
        return span
    if org_kind(span[:-1].text):
        return span
    end = span.end
    while (
        end < len(doc)
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
        and doc[end].pos_ in ("NOUN", "PROPN")
        and doc[end].ent_type_ in ("", "ORG", "FAC")
    ):
        end += 1
    return doc[span.start : end] if end > span.end and span.root.dep_ == "poss" else span


def _named_for_saint(words: list[str]) -> bool:
    """Whether a name tagged as a person is named after a saint ("St Anne's", "St Mary"):
    in news a hospital, a church or a school, no one living."""
    return len(words) >= 2 and words[0].lower() in _SAINT_WORDS


def _outlet_as_source(span, words: list[str]) -> bool:
    """Whether a name tagged as a person is a news outlet: its last word is an outlet's
    (:func:`cues.is_outlet_name`: "Herald", "Courier"), it is not shaped like a person's
    name or takes "the" ("the Kemble Herald"), and it stands where a source does: the
    subject of a reporting verb, the hearer of "told", the object of "according to" or of
    "by" ("reported by")."""
    if not is_outlet_name(" ".join(words)):
        return False
    doc, root = span.doc, span.root
    the = span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if not the and entity_types.person_shaped(words):
        return False
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and is_reporting_verb(head):
        return True
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
        return True
    return (
        root.dep_ == "pobj"
        and head.lower_ in ("to", "by")
        and (head.head.lower_ == "according" or head.head.pos_ == "VERB")
    )


def _without_counted_number(span):
    """``span`` without a number at its end that counts a noun after it ("put Nandal 87
    votes ahead": the tagger glued "87" to the name)."""
    last = span[-1]
    if len(span) > 1 and last.like_num and last.dep_ == "nummod" and last.head.i >= span.end:
        return span[:-1]
    return span


def _field_label(tok) -> bool:
    """Whether ``tok`` opens a label that ends in a colon within three words, the words
    between lower-case nouns ("Media enquiries:", "Press office:")."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 4, len(doc))):
        if doc[j].text == ":":
            return True
        if doc[j].pos_ not in ("NOUN", "PROPN") or not doc[j].text.islower():
            return False
    return False


def _opens_sentence(tok) -> bool:
    """Whether ``tok`` is the first word of its sentence or of its line ("Turnout was
    41%", "Media contact: …"), or the first word after a live-blog entry's time that
    opens one ("14:35 Sad news …")."""
    doc = tok.doc
    if tok.i > 0 and entity_types.clock_token(doc[tok.i - 1]):
        tok = doc[tok.i - 1]
    return (
        tok.is_sent_start
        or tok.i == 0
        or "\n" in tok.doc[tok.i - 1].whitespace_ + (tok.doc[tok.i - 1].text)
    )


def titled_untagged_names(doc) -> list:
    """Person names the tagger left untagged after a title ("Mayor Ines Carrow asked …",
    "Coach Tove Lind"): two or three capitalised proper nouns, none in an entity and
    none a common noun, compounded with a title word before them onto their last word;
    the title is a person's title (:data:`PERSON_TITLES`) or a noun whose only kind is a
    person by WordNet ("Mayor", "Judge", "Coach"). Spans labelled PERSON, the title left
    out."""
    from spacy.tokens import Span

    out = []
    for tok in doc:
        title = tok.lower_ in PERSON_TITLES or entity_types.noun_kinds(tok.lower_) == ("PERSON",)
        if not (title and tok.text.istitle() and tok.dep_ == "compound" and not tok.ent_type_):
            continue
        head = tok.head
        names = doc[tok.i + 1 : head.i + 1]
        if not 2 <= len(names) <= 3 or head.i <= tok.i:
            continue
        if all(
            t.pos_ == "PROPN"
            and t.text.istitle()
            and t.is_alpha
            and not t.ent_type_
            and not entity_types.common_words([t.text])
            and (t.i == head.i or (t.dep_ in ("compound", "flat") and t.head.i == head.i))
            for t in names
        ):
            out.append(Span(doc, names.start, names.end, label="PERSON"))
    return out


def _mentions(ctx: StoryContext) -> Iterable[_Mention]:
    for a in ctx.analyses:
        spans = article_spans(a.article)
        for e in [*a.doc.ents, *titled_untagged_names(a.doc)]:
            if e.label_ not in KEEP_LABELS:
                continue
            m = _mention(a.article.id, e, spans)
            if m is not None and _short_own_outlet(m.surface, a.article.outlet):
                # "the Review understands" in The Varnia Review: the paper itself, under
                # its own name, so it merges with the outlet and is no entity of its own
                own = clean_surface(a.article.outlet or "", "ORG")
                m = dataclasses.replace(m, surface=own, described="ORG", weight=2)
            if m is not None:
                yield m


def _short_own_outlet(surface: str, outlet: str | None) -> bool:
    """Whether ``surface`` is the short form an article uses for its own outlet: the last
    words of the outlet's longer name ("the Echo understands" in the Kestrel Bay Echo) or
    its initials in capitals ("MPA" in the Meridian Press Agency's report), an organisation whatever the tagger made of the word."""
    if not outlet:
        return False
    words, own = surface.split(), clean_surface(outlet).split()
    if len(words) == 1 and surface.isupper() and surface == _initials(own):
        return True  # "polled by MPA" in the Meridian Press Agency's own report
    return 0 < len(words) < len(own) and own[-len(words) :] == words


def _initials(words: list[str]) -> str:
    """The capitals an acronym of a name of ``words`` takes, its small words left out
    ("Meridian Press Agency" -> "MPA"); "" for a one-word name."""
    kept = [w for w in words if w.lower() not in _ACRONYM_SKIPS]
    return "".join(w[0] for w in kept).upper() if len(kept) > 1 else ""


def _head_words(key: str) -> list[str]:
    """The words of name key ``key`` without a possessive ending ("st aldric's primary
    school" -> st, aldric, primary, school)."""
    return [re.sub(r"'s?$", "", w) for w in key.split()]


def _merge_short_org_names(clusters, keys, parent, find) -> None:
    """A name that is the first word(s) of exactly one organisation's longer name is that
    organisation ("Torvane" -> "Torvane Lines", "Brackenford General" -> "Brackenford
    General Hospital", "St Aldric's" -> "St Aldric's Primary School"), unless it is a place
    ("Dunmore" beside "Dunmore Council") or already merged as a person's surname; a name
    of several words must be an organisation's itself. Its mentions then count as the
    organisation's (the tagger's labels of the short form are dropped). Changes ``parent``
    and the short name's cluster."""
    for k in keys:
        c = clusters[k]
        words = _head_words(k)
        if len(k) < 3 or find(k) != k:
            continue
        if c.label in _PLACE_TYPES and not _brand_of_company(k, c, clusters, keys):
            continue
        if len(words) > 1 and (c.label != "ORG" or _is_person(c)):
            continue
        if any(find(o) == k for o in keys if o != k):
            continue  # other names were merged into this one (a surname)
        orgs = {
            find(m)
            for m in keys
            if len(m.split()) > len(words)
            and _head_words(m)[: len(words)] == words
            and clusters[m].label == "ORG"
            and (len(words) == 1 or _capitalised(_without_joining_words(clusters[m].name)))
        }
        if len(orgs) == 1:
            parent[k] = orgs.pop()
            c.labels = Counter({"ORG": sum(c.labels.values())})  # it names that organisation
            c.described = Counter()


def _brand_of_company(k: str, c, clusters, keys) -> bool:
    """Whether one-word name ``k`` (cluster ``c``), which the tagger labelled a place, is
    the brand of a company of the story: the first word of a longer name whose words say
    a company ("Northline" of "Northline Rail"), and never used as a place (no place
    description from "in"/"near" or a dateline, :func:`_clusters`). A town is written
    "in Dunmore" somewhere; a firm's short name is a subject ("Northline said")."""
    if " " in k or set(c.described) & {"GPE", "LOC", "FAC"}:
        return False
    return any(
        m.split()[0] == k and len(m.split()) > 1 and org_kind(clusters[m].name) == "company"
        for m in keys
    )


#: small words an acronym leaves out ("Office for National Statistics" -> ONS)
_ACRONYM_SKIPS = frozenset({"of", "for", "the", "and", "&", "on", "in"})
#: last words of a political party's name, whose members its first word names in the
#: plural ("Green League" -> "Greens", "Liberal Alliance" -> "Liberals")
PARTY_HEADS = frozenset({"party", "league", "alliance", "front", "movement", "bloc"})


def _merge_acronyms(clusters, keys, parent, find) -> None:
    """An acronym written in capitals that is the initials of exactly one organisation's
    longer name ("WHPA" / "Western Health Protection Agency"; small words such as "of"
    left out) is that organisation. Changes ``parent``."""
    for k in keys:
        c = clusters[k]
        if find(k) != k or " " in k or not 2 <= len(k) <= 6:
            continue
        if not all(s.isupper() and s.isalpha() for s in c.surfaces):
            continue
        longer = {
            find(m)
            for m in keys
            if clusters[find(m)].label == "ORG"
            and "".join(w[0] for w in m.split() if w not in _ACRONYM_SKIPS) == k
            and len(m.split()) >= len(k)
        }
        if len(longer) == 1 and find(k) not in longer:
            parent[k] = longer.pop()


def _singular(key: str) -> str:
    """``key`` with a plural ending of its last word taken off ("social democrats" ->
    "social democrat", "greens" -> "green")."""
    return re.sub(r"(?<=[a-z])s$", "", key)


def _merge_number_forms(clusters, keys, parent, find) -> None:
    """Group and party names given in the singular and the plural ("Social Democrat" /
    "Social Democrats") are one; a plural group name whose singular is the first word of
    exactly one party's name ("Greens" / "Green League") names that party's members, the
    party (a one-word name, typed NORP or ORG as taggers give "Greens"). Only for names
    typed NORP or ORG. Changes ``parent``."""
    groups = [k for k in keys if clusters[k].label in ("NORP", "ORG") and find(k) == k]
    for k in groups:
        if not k.endswith("s") or find(k) != k:
            continue
        one = _singular(k)
        same = [m for m in groups if m == one and find(m) != find(k)]
        if same:
            parent[find(same[0])] = find(k)
            continue
        if " " in k:
            continue
        parties = {
            find(m)
            for m in keys
            if clusters[find(m)].label == "ORG"
            and len(m.split()) == 2
            and m.split()[0] == one
            and m.split()[-1] in PARTY_HEADS
        }
        if len(parties) == 1:
            parent[k] = parties.pop()


def _without_joining_words(name: str) -> str:
    """``name`` without the small words that join a proper name's parts inside it
    ("National Bank of Valdoria" -> "National Bank Valdoria")."""
    words = name.split()
    inner = [w for w in words[1:-1] if w.lower() not in _ACRONYM_SKIPS]
    return " ".join(words[:1] + inner + words[1:][-1:])


def _capitalised(name: str) -> bool:
    """Whether every word of ``name`` opens with a capital or a digit (a proper name, not
    a tagged phrase such as "Halcyon-4 satellite on board")."""
    return all(w[:1].isupper() or w[:1].isdigit() for w in name.split())


def _merge_tail_names(clusters, keys, parent, find) -> None:
    """A name that is the last word(s) of exactly one longer organisation's name of the
    story is that organisation ("Courier" / "Harbour Courier", "Tidende" / "Korsnes
    Tidende", "Post" / "Velden Post"): an outlet or a firm is called by the end of its
    name. Only organisations (a place's tail, "York" of "New York", is another place; a
    person's surname is merged above). Changes ``parent``."""
    for k in keys:
        c = clusters[k]
        if find(k) != k or c.label != "ORG" or len(k) < 3:
            continue
        words = k.split()
        longer = {
            find(m)
            for m in keys
            if len(m.split()) > len(words)
            and m.split()[-len(words) :] == words
            and clusters[find(m)].label == "ORG"
        }
        if len(longer) == 1 and find(k) not in longer:
            parent[k] = longer.pop()


def story_entities(ctx: StoryContext) -> list[dict[str, Any]]:
    """Merged entity items of a story (the ``entities`` section): one dict per entity with
    ``name``, ``type`` (a spaCy label), ``aliases``, ``articles`` (story order),
    ``mentions`` and ``citations`` (the first mention per article), most widely cited
    first."""
    clusters, order = _clusters(ctx)
    keys = sorted(order, key=lambda k: (-len(k.split()), k))
    parent: dict[str, str] = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    _merge_same_surfaces(clusters, keys, parent, find)
    _merge_titled_persons(clusters, keys, parent, find)
    _merge_person_names(clusters, keys, parent, find)
    _merge_short_org_names(clusters, keys, parent, find)
    _merge_tail_names(clusters, keys, parent, find)
    _merge_acronyms(clusters, keys, parent, find)
    _merge_number_forms(clusters, keys, parent, find)
    merged: dict[str, _Cluster] = {}
    for k in keys:
        root = find(k)
        if root not in merged:
            merged[root] = _Cluster(root)
        merged[root].merge(clusters[k])
    _count_untagged_mentions(ctx, merged)
    story_order = {a.article.id: i for i, a in enumerate(ctx.analyses)}
    items = [_item(c, story_order) for c in merged.values() if not _common_word_only(c)]
    items.sort(key=lambda it: (-len(it["articles"]), -it["mentions"], it["name"], it["type"]))
    return items


def _count_untagged_mentions(ctx: StoryContext, merged: dict[str, _Cluster]) -> None:
    """Count the mentions the tagger missed: every occurrence, in any article of the
    story, of a name of two or more capitalised words that the story's merged entities
    give ("Greenway Meals" tagged in one article and written in four), word-bounded, with
    its capitals, outside boilerplate and outside any tagged mention. Adds the articles,
    mentions and first citations to the clusters of ``merged``."""
    names = sorted(
        (surface, root)
        for root, c in merged.items()
        for surface in c.surfaces
        if len(surface.split()) >= 2 and _capitalised(surface) and not _tail_form(surface, c.name)
    )
    names.sort(key=lambda n: -len(n[0]))  # the longest name first takes its characters
    for a in ctx.analyses:
        aid, text = a.article.id, a.article.text
        spans = article_spans(a.article)
        taken = [(s, e) for c in merged.values() for art, s, e in c.spans if art == aid]
        for surface, root in names:
            for m in re.finditer(rf"(?<![\w'’]){re.escape(surface)}(?![\w])", text):
                s0, e0 = m.start(), m.end()
                if any(s0 < e and s < e0 for s, e in taken):
                    continue
                if spans and is_boilerplate(spans, s0, e0, text):
                    continue
                taken.append((s0, e0))
                _add_found(merged[root], aid, s0, e0)


def _tail_form(surface: str, name: str) -> bool:
    """Whether ``surface`` is the last words of the longer ``name`` ("Primary School" of
    "St Aldric's Primary School"): a generic head other names share, not searched for."""
    words, full = surface.split(), name.split()
    return len(words) < len(full) and full[-len(words) :] == words


def _add_found(c: _Cluster, aid: str, start: int, end: int) -> None:
    """Add to ``c`` a mention found by its name in article ``aid`` at [start, end)."""
    c.mentions += 1
    c.spans.add((aid, start, end))
    if aid not in c.firsts:
        c.articles.append(aid)
        c.firsts[aid] = (start, end)
    elif start < c.firsts[aid][0]:
        c.firsts[aid] = (start, end)


def _clusters(ctx: StoryContext) -> tuple[dict[str, _Cluster], list[str]]:
    """The story's mentions grouped by name key (:func:`name_key`), and the keys in the
    order first met; a name a wire dateline gives is voted a place."""
    clusters: dict[str, _Cluster] = {}
    order: list[str] = []
    for m in _mentions(ctx):
        key = name_key(m.surface, m.label)
        if not key:
            continue
        if key not in clusters:
            clusters[key] = _Cluster(key)
            order.append(key)
        clusters[key].add(m)
    for key in _dateline_places(ctx):
        if key in clusters:
            clusters[key].described["GPE"] += 2  # "CARROWFIELD, Nov 12 (Wire) -": a place
    return clusters, order


def _is_person(c: _Cluster) -> bool:
    """Described as a person, or tagged so and not described."""
    return "PERSON" in c.described or (c.labels.get("PERSON", 0) > 0 and not c.described)


def _name_like(c: _Cluster) -> bool:
    """Two or three capitalised words in every surface (spaCy sometimes labels a full
    name ORG)."""
    return 2 <= len(c.key.split()) <= 3 and all(
        w[:1].isupper() for s in c.surfaces for w in s.split()
    )


def _merge_person_names(clusters, keys, parent, find) -> None:
    """Union person-like names in ``parent``: a one-word surname into the one full name
    it ends ("zelensky" -> "volodymyr zelensky"), and spelling variants one edit apart
    ("volodymyr zelensky" ~ "volodymyr zelenskyy"; "zelensky" ~ "zelenskyy")."""
    multi = [
        k
        for k in keys
        if len(k.split()) > 1 and (_is_person(clusters[k]) or _name_like(clusters[k]))
    ]
    for k in keys:
        words = k.split()
        c = clusters[k]
        if len(words) > 1:
            if _is_person(c):
                for m in multi:  # "volodymyr zelensky" ~ "volodymyr zelenskyy"
                    if m != k and find(m) != find(k) and len(m) >= 8 and _edit1(m, k):
                        parent[find(k)] = find(m)
                _merge_initialled(clusters, multi, k, parent, find)
            continue
        if len(words[0]) >= 3:
            _merge_surname(clusters, keys, multi, k, parent, find)


def _merge_titled_persons(clusters, keys, parent, find) -> None:
    """Union a person's name written with a title the tagger kept ("Councillor Nadia
    Farouk", tagged ORG, so keyed with its title) with the same name without it ("Nadia
    Farouk"): one key once a person's titles are dropped (:func:`name_key` with PERSON)."""
    for k in keys:
        if not (_is_person(clusters[k]) and _titled(clusters[k].name)):
            continue
        bare = name_key(k, "PERSON")
        if bare != k and bare in clusters and find(bare) != find(k):
            parent[find(k)] = find(bare)


def _merge_initialled(clusters, multi, k: str, parent, find) -> None:
    """Union an initialled name ("p fenn", "jr tolkien": initials, then a surname) with the
    one full person name of the story whose given names start with those initials ("paolo
    fenn"); with two such names ("paolo fenn", "pia fenn") nothing is merged."""
    *given, last = k.split()
    if len(given) != 1 or not given[0].isalpha() or len(given[0]) > 3:
        return
    initials = given[0]
    if len(initials) > 1 and initials not in {"".join(w[0] for w in m.split()[:-1]) for m in multi}:
        return  # "ian smith": a short given name, no initials
    matches = sorted(
        {
            find(m)
            for m in multi
            if m != k
            and m.split()[-1] == last
            and len(m.split()[0]) > 1
            and "".join(w[0] for w in m.split()[:-1]).startswith(initials)
            and _is_person(clusters[m])
        }
    )
    if len(matches) == 1 and find(k) != matches[0]:
        parent[find(k)] = matches[0]


def _merge_surname(clusters, keys, multi, k, parent, find) -> None:
    """Union the one-word name ``k`` with the one full name whose last word it is (or
    one edit from it); with none, with one-word person names one edit from it."""
    last = k
    c = clusters[k]
    matches = sorted(
        {
            find(m)
            for m in multi
            if m.split()[-1] == last or (len(last) >= 6 and _edit1(m.split()[-1], last))
        }
    )
    if len(matches) == 1 and _body_named(clusters[find(matches[0])]):
        return  # "Brenford" is no surname of "Radio Brenford": a place inside a body's name
    if len(matches) == 1 and (_is_person(c) or _is_person(clusters[find(matches[0])])):
        if _called_by_surname(clusters[matches[0]], k):
            clusters[matches[0]].described["PERSON"] += 1
        parent[find(k)] = matches[0]
    elif matches and not c.described and all(_is_person(clusters[m]) for m in matches):
        # the surname of a family ("Menon" beside "Arjun Menon" and "Suresh Menon"): a
        # person, whichever of them, whatever the tagger made of the lone word
        c.described["PERSON"] += 1
    elif not matches and _given_name_of(clusters, multi, k, find) is not None:
        parent[find(k)] = _given_name_of(clusters, multi, k, find)
    elif not matches and _is_person(c):
        # one-word variants of each other ("Zelensky" / "Zelenskyy")
        for other in keys:
            if other != k and len(other.split()) == 1 and len(last) >= 6 and _edit1(other, last):
                if _is_person(clusters[other]) and find(other) != find(k):
                    a, b = sorted([find(other), find(k)])
                    parent[b] = a


def _called_by_surname(full: _Cluster, word: str) -> bool:
    """Whether full name ``full``, called elsewhere in the story by its last word ``word``
    alone ("Tomas Reyes" … "Reyes"), is a person's name whatever the tagger typed it: a
    news story calls a person back by the surname, a body or a place by its first words
    ("Brenmoor United" … "Brenmoor"). Only a name of two or three capitalised words that
    tells no body's kind and is no outlet's, whose first word is no common noun of a
    place, a thing or a living kind ("Lake Orla" … "Orla", "Port Halla" … "Halla")."""
    words = full.name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() != word:
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if _body_named(full) or "of" in (w.lower() for w in words):
        return False
    first_kinds = entity_types.noun_kinds(words[0].lower())[:1]
    return first_kinds in ((), ("PERSON",)) and not entity_types.adjective(words[0])


def _merge_same_surfaces(clusters, keys, parent, find) -> None:
    """Union clusters that share a written name of two or more words: a key depends on
    the tagger's label ("Ashcombe City" as a GPE drops its place suffix, as an ORG keeps
    it), but one name written alike in one story is one entity; the type votes of all
    its mentions then decide."""
    by_surface: dict[str, str] = {}
    for k in keys:
        for surface in sorted(clusters[k].surfaces):
            if len(surface.split()) < 2:
                continue
            other = by_surface.setdefault(surface, k)
            if find(other) != find(k):
                a, b = sorted([find(other), find(k)])
                parent[b] = a


def _body_named(c) -> bool:
    """Whether name cluster ``c`` is a body's: the story's descriptions make it one and
    never a person ("Radio Brenford", tagged PERSON but described as a broadcaster), or
    its words read as an outlet's or say a body's kind (:func:`cues.is_outlet_name`,
    :func:`org_kinds.org_kind`)."""
    if is_outlet_name(c.name) or org_kind(c.name):
        return True
    return bool(c.described) and "PERSON" not in c.described and c.label == "ORG"


def _given_name_of(clusters, multi, k: str, find) -> str | None:
    """The root of the one full person name whose first word is the one-word name ``k``
    ("Arjun" -> "arjun menon"; "Menon's father, Suresh," -> "suresh menon"), when ``k``
    is no other name's first word, not described as something else than a person and
    not a place the story writes "in"/"near" (:func:`entity_types.place_object` gives
    it a GPE description)."""
    c = clusters[k]
    if set(c.described) - {"PERSON"}:
        return None
    starts = sorted({find(m) for m in multi if m.split()[0] == k})
    if len(starts) != 1 or not _is_person(clusters[starts[0]]):
        return None
    return starts[0]


def _item(c: _Cluster, story_order: dict[str, int]) -> dict[str, Any]:
    """The entities-section item of merged cluster ``c``."""
    name = c.name
    arts = sorted(c.articles, key=lambda a: story_order.get(a, 1 << 30))
    return {
        "name": name,
        "type": c.label,
        "aliases": sorted(s for s in c.surfaces if s != name),
        "articles": arts,
        "mentions": c.mentions,
        "citations": [{"article": a, "start": c.firsts[a][0], "end": c.firsts[a][1]} for a in arts],
    }


#: a wire dateline's place: "PORT HALLA, July 6 (Wire) - ", "DALSTEN - "
_DATELINE_PLACE = re.compile(r"^\s*([A-Z][A-Z .'’-]*[A-Z])\s*(?:,|\s[-–—]\s)")


def _dateline_places(ctx: StoryContext) -> list[str]:
    """Name keys of the places the story's wire datelines name, once per dateline: a
    dateline says where the report was filed, so the name is a place (a town, a city),
    whatever the tagger made of it elsewhere."""
    keys = []
    for a in ctx.analyses:
        for span in article_spans(a.article):
            if span.kind != "dateline":
                continue
            m = _DATELINE_PLACE.match(a.article.text[span.start : span.end])
            if m:
                keys.append(name_key(m.group(1).title(), "GPE"))
    return keys


def _common_word_only(c: _Cluster) -> bool:
    """Whether cluster ``c`` is a common noun capitalised only because it opens a sentence
    or a line ("Turnout was 41%", "Media contact: …"): one word, every mention opening its
    sentence (or a live-blog entry's time: "14:35 Sad news …"), a noun or an adjective of
    the dictionary, and no description making it a name."""
    words = sorted({w for s in c.surfaces for w in s.split()})
    return (
        len(words) == 1
        and c.initial == c.mentions
        and not c.described
        and (entity_types.common_words(words) or entity_types.adjective(words[0]))
    )


def build_entities(ctx: StoryContext) -> dict[str, list[dict]]:
    return {"entities": story_entities(ctx)}


def entity_items(ctx: StoryContext) -> list[dict[str, Any]]:
    """The story's entity items: the brief's ``entities`` section when built, else
    :func:`story_entities` (computed once per context and kept on it)."""
    ents = ctx.brief.get("entities")
    if ents is not None:
        return ents
    cache = getattr(ctx, "_consilience_entities", None)
    if cache is None:
        cache = story_entities(ctx)
        try:
            ctx._consilience_entities = cache  # type: ignore[attr-defined]
        except AttributeError:  # pragma: no cover
            pass
    return cache


def canonical_name(ctx_or_entities: StoryContext | list[dict[str, Any]], surface: str) -> str:
    """The merged entity name for ``surface`` ("Zelensky" -> "Volodymyr Zelenskyy"), or the
    cleaned surface when no entity matches."""
    if isinstance(ctx_or_entities, StoryContext):
        ents = entity_items(ctx_or_entities)
    else:
        ents = ctx_or_entities
    cleaned = clean_surface(surface)
    key = name_key(cleaned)
    if not key:
        return surface
    by_key: dict[str, str] = {}
    for it in ents:
        for s in [it["name"], *it.get("aliases", [])]:
            by_key.setdefault(name_key(s, it.get("type")), it["name"])
            by_key.setdefault(name_key(s), it["name"])
    if key in by_key:
        if _shouted(ents, by_key[key], cleaned):
            return cleaned  # "Jess" beside a transcript's label "[JESS, STATION ROAD]"
        return _spelled_out(ents, by_key[key]) or by_key[key]  # "MDA" of its own
    last = key.split()[-1]
    persons = sorted(
        {
            it["name"]
            for it in ents
            if it.get("type") == "PERSON"
            and any(
                name_key(s, "PERSON").split()[-1:] == [last]
                or (len(last) >= 6 and _edit1(name_key(s, "PERSON").split()[-1], last))
                for s in [it["name"], *it.get("aliases", [])]
                if name_key(s, "PERSON")
            )
        }
    )
    if len(persons) == 1 and _other_given_name(cleaned, persons[0]):
        return cleaned  # "Robert Marlowe" is not "Edith Marlowe", his mother
    if len(persons) == 1 and len(persons[0].split()) >= len(cleaned.split()):
        return persons[0]
    if len(persons) == 1:
        return cleaned  # "Anna Dore" beside the story's "Dore" alone: the fuller name
    spelled = _spelled_out(ents, cleaned)
    return spelled or cleaned


def _other_given_name(surface: str, person: str) -> bool:
    """Whether ``surface`` and ``person`` are full names (given name and surname, titles
    left out) of one surname whose given names differ: two people of one family, not one
    person; an initial of the given name ("R. Marlowe") is the same name."""
    a, b = name_key(surface, "PERSON").split(), name_key(person, "PERSON").split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    return not (a[0] == b[0] or (len(a[0]) == 1 and b[0].startswith(a[0])))


def _shouted(ents: list[dict[str, Any]], name: str, surface: str) -> bool:
    """Whether the entity ``name`` is ``surface`` set in capitals (a transcript's label,
    "JESS", "ROBERT MARLOWE", which the tagger may take for an organisation) and not an
    organisation's one-word short form ("NATO"): the name as written in mixed case is the
    one to show."""
    kind = next((it.get("type") for it in ents if it["name"] == name), None)
    short_form = kind == "ORG" and " " not in name
    return name.isupper() and not surface.isupper() and not short_form and name.title() == surface


def _spelled_out(ents: list[dict[str, Any]], surface: str) -> str | None:
    """The one organisation of the story whose name's initials ``surface`` is ("MDA" ->
    "Medicines and Devices Authority", its small words skipped: :func:`_initials`), when
    ``surface`` is two to six capitals; None when none or several are."""
    if not (surface.isalpha() and surface.isupper() and 2 <= len(surface) <= 6):
        return None
    found = {
        it["name"]
        for it in ents
        if it.get("type") == "ORG"
        for s in [it["name"], *it.get("aliases", [])]
        if all(w[:1].isupper() for w in s.split() if w.lower() not in _ACRONYM_SKIPS)
        and _initials(s.split()) == surface
    }
    return found.pop() if len(found) == 1 else None
