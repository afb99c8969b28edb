"""Provenance: whom each article cites, which primary report it rests on, and how many
independent sources stand behind a set of articles.

Extractor (per article, cached by :data:`VERSION`)::

    extract_attributions(analysis) -> list[Attribution]

Story level::

    build_provenance(ctx) -> {"provenance": [...], "provenance_notes": [...]}
    independent_sources(ctx, article_ids) -> int
    duplicates_of(ctx) -> {copy_id: original_id}   (consilience.near_copies, oriented)

What counts as a source
-----------------------
Provenance lists the sources an article *rests on*: news outlets and agencies
("reported by X", "X reported", "X reports via Y", "according to X", "citing X", "told X",
"an insider speaking to X", "the X report notes"), and officials or institutions as a class
("U.S. officials said", "according to a U.S. official", "the White House indicated").
Named people who are quoted (a president, an analyst, a lawmaker) are *quotes*, not
provenance: what they said is reported in the quotes section; the article does not rest on
them for its account of events.

Source names are normalised: outlets drop a leading "the" for matching and take "The" when
the text writes "the X" ("the New York Times" -> "The New York Times"; "NYT" too); officials
become "<place> officials" from their place modifiers ("unnamed U.S. officials", "senior U.S.
officials", "a U.S. official" -> "U.S. officials"); a bare "officials"/"they" takes the
nearest qualified group of officials in the article; well-known seats of government map to
their officials ("the White House" -> "U.S. officials").

Primary report
--------------
An article *rests on* outlet X when its lead (the first :data:`LEAD_SENTENCES` sentences)
attributes the story to X: "X reported", "reported by X", "via X", "according to X",
"the X report". "Y reports via X" rests on X (Y only relays it). Otherwise the article is its
own primary report. Officials cited by an article that rests on an outlet are that outlet's
sources, relayed second-hand: they are listed under ``relayed`` with ``via``, not under
``cites``. Near-duplicate copies (:mod:`consilience.near_copies`) are one report with their
original. :func:`independent_sources` counts distinct primary reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .analyse import doc_text
from .cues import (  # noqa: F401 - AGENCIES, OUTLET_*, looks_like_org, same_outlet re-exported
    AGENCIES,
    OUTLET_ALIASES,
    OUTLET_SUFFIXES,
    OUTLET_WORDS,
    SOURCE_VERBS,
    according_to,
    fold_accents,
    is_outlet_name,
    looks_like_org,
    outlet_key,
    same_outlet,
    strip_possessive,
)
from .cues import is_reporting_verb as is_speech_verb
from .entity_types import common_words
from .model import Analysis, Attribution, StoryContext
from .outlet_initials import initials, initials_outlet
from .quote_marks import quotation_spans
from .quotes import (
    ROLE_NOUNS,
    SpeakerResolver,
    is_anonymous_speaker,
    place_like,
    works_at_body,
)

VERSION = "12"  # session 44: "in the words of X" and "X's notes" cite X
LEAD_SENTENCES = 4

# Seats of government -> the officials they speak for.
INSTITUTIONS = {
    "white house": "U.S. officials",
    "pentagon": "U.S. officials",
    "state department": "U.S. officials",
    "kremlin": "Russian officials",
    "downing street": "British officials",
    "elysee": "French officials",
    "élysée": "French officials",
}
OFFICIAL_NOUNS = frozenset(
    {
        "official",
        "officials",
        "source",
        "sources",
        "insider",
        "insiders",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "diplomat",
        "diplomats",
        "administration",
        "government",
        "ministry",
        "authorities",
        "authority",
    }
)
#: nouns of one public body: with a place ("the Israeli government") they stand for its
#: officials; described by common words ("the regional health authority") they name it
BODY_NOUNS = frozenset({"administration", "government", "ministry", "authority"})
PLACE_ALIASES = {
    "us": "U.S.",
    "usa": "U.S.",
    "united states": "U.S.",
    "the united states": "U.S.",
    "american": "U.S.",
    "uk": "British",
    "britain": "British",
    "united kingdom": "British",
}
REPORT_NOUNS = frozenset({"report", "reports", "story", "investigation", "article", "reporting"})
# Nouns naming information a body publishes: "figures published by X", "X's findings".
INFO_NOUNS = frozenset(
    """figure figures data finding findings statement statements estimate estimates document
    documents record records assessment analysis count tally number numbers report reports
    study survey release filing letter memo""".split()
)
VAGUE_MODIFIERS = frozenset(
    """unnamed senior various some several other anonymous top high-ranking former current
    many few two three four numerous certain multiple""".split()
)
# Public bodies (kind "agency") by a word in their name; other organisations are "other".
AGENCY_WORDS = frozenset(
    """agency authority coastguard guard police service department ministry commission office
    council bureau administration government army military navy court parliament committee
    inspectorate regulator fire brigade directorate""".split()
)
# Plural lay witnesses cited as a group ("Residents of Millbeck said").
PEOPLE_GROUPS = frozenset(
    """residents witnesses passengers villagers survivors locals neighbours neighbors families
    workers farmers crew""".split()
)
#: common nouns that say the name beside them is a news outlet: "the Ledger newspaper",
#: "the technology site ByteGuard News", "the broadcaster Nordic Radio"
MEDIA_NOUNS = frozenset(
    """newspaper paper daily weekly tabloid magazine site website broadcaster channel network
    station outlet publication portal blog newswire wire""".split()
)
# A person speaking *for* an organisation: "director of X", "a spokeswoman for X".
REPRESENTATIVE_ROLES = frozenset(
    """director spokesman spokeswoman spokesperson head chief official minister secretary
    chairman chairwoman chair ceo president commander leader manager representative""".split()
)


# --------------------------------------------------------------------------- names


def outlet_kind(name: str) -> str:
    """News outlets and wire services are both "outlet" (kind "agency" is a public body)."""
    return "outlet"


def outlet_display(name: str, with_the: bool = False) -> str:
    k = outlet_key(name)
    if k in AGENCIES:
        return AGENCIES[k]
    if k in OUTLET_ALIASES:
        return OUTLET_ALIASES[k]
    base = re.sub(r"^(the|The)\s+", "", strip_possessive(name.strip()).strip(" ,.;:"))
    return f"The {base}" if with_the else base


def officials_name(tok) -> str | None:
    """'unnamed U.S. officials' -> 'U.S. officials'; None when not an official phrase. A body
    described by common words keeps its own words ("the regional health authority" ->
    "regional health authority", not "regional health officials")."""
    lemma = tok.lemma_.lower()
    if tok.lower_ not in OFFICIAL_NOUNS and lemma not in OFFICIAL_NOUNS:
        return None
    places, named = [], False
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss"):
            if c.lower_ in VAGUE_MODIFIERS or c.pos_ in ("NUM", "DET"):
                continue
            ent = next((e for e in tok.doc.ents if e.start <= c.i < e.end), None)
            place = strip_possessive(ent.text if ent is not None else _modifier_words(c))
            if ent is None and c.pos_ != "PROPN":
                place = place.lower()
            named = named or ent is not None or c.pos_ == "PROPN"
            places.append(PLACE_ALIASES.get(place.lower().replace(".", ""), place))
    if places and not named and tok.tag_ == "NN" and lemma in BODY_NOUNS:
        return f"{' '.join(dict.fromkeys(places))} {tok.lower_}"  # "the roads authority"
    noun = "officials"
    if lemma in ("source", "insider"):
        noun = "sources"
    elif lemma in ("administration", "government", "ministry", "authority"):
        noun = "officials"
    if places:
        return f"{' '.join(dict.fromkeys(places))} {noun}"
    return noun


def _modifier_words(mod) -> str:
    """The words of a common-noun modifier of an officials noun with the compound chain
    before it: "city hall" of "a senior city hall official" (not "hall" alone)."""
    start = mod
    while True:
        prev = next(
            (c for c in start.children if c.dep_ == "compound" and c.i == start.i - 1), None
        )
        if prev is None or prev.pos_ not in ("NOUN", "PROPN"):
            break
        start = prev
    return mod.doc[start.i : mod.i + 1].text


# --------------------------------------------------------------------------- extraction


def _expand_name(doc, tok):
    """The whole name around ``tok``: its entity, its compound chain, and glued
    punctuation ("Caliber.Az" split by the tokenizer)."""
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    start, end = tok.i, tok.i + 1
    if ent is not None:
        start, end = min(start, ent.start), max(end, ent.end)
    for c in tok.children:
        if c.dep_ == "compound" and c.i < start and c.i >= tok.i - 6:
            start = c.i
    # glue tokens with no whitespace between them
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        if doc[start - 1].text in ',;:()"“”':
            break
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in ",;:.)\"”'’s":
        end += 1
    span = doc[start:end]
    s, e = span.start_char, span.end_char
    if doc_text(doc)[s:e].lower().startswith("the ") and doc_text(doc)[s + 4 : s + 5].isupper():
        s += 4
    text = doc_text(doc)[s:e]
    stripped = strip_possessive(text)
    return s, s + len(stripped.rstrip(" ,.;:"))


def _org_kind(name: str) -> str:
    words = set(outlet_key(name).replace("-", " ").split())
    return "agency" if words & AGENCY_WORDS else "other"


def _org_source(doc, tok, resolver: SpeakerResolver):
    """A non-outlet organisation named at ``tok`` (or referred to as "the company")."""
    s, e = _expand_name(doc, tok)
    surface = doc_text(doc)[s:e]
    org_like = tok.ent_type_ == "ORG" or looks_like_org(surface)
    named = org_like or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC", "DATE")
    )
    if named and surface[:1].isupper():  # "the fire service": a body by its noun, below
        if resolver.person_at(tok) and not org_like:
            return None
        key = outlet_key(surface)
        if key in INSTITUTIONS:
            return INSTITUTIONS[key], "official", s, e
        if is_outlet_name(surface):
            with_the = s >= 4 and doc_text(doc)[s - 4 : s].lower() == "the "
            return outlet_display(surface, with_the), "outlet", s, e
        name = resolver.org_name(surface)
        return name, _org_kind(name), s, e
    sp = resolver.resolve(tok) if tok.pos_ in ("NOUN", "PROPN") else None  # "the coast guard"
    if sp is not None and sp.kind == "org":
        if is_outlet_name(sp.name):
            return outlet_display(sp.name), "outlet", sp.start, sp.end
        return sp.name, _org_kind(sp.name), sp.start, sp.end
    return None


def _affiliation(doc, tok, resolver: SpeakerResolver):
    """The organisation a person speaks for: "X, director of Y", "a Y spokesman",
    "X, who leads Y"."""
    cands = [tok] + [c for c in tok.children if c.dep_ == "appos"]
    for c in cands:
        if c.lemma_.lower() in REPRESENTATIVE_ROLES:
            for ch in c.children:
                if ch.dep_ == "prep" and ch.lower_ in ("of", "for"):
                    pobj = next((x for x in ch.children if x.dep_ == "pobj"), None)
                    if pobj is not None and not _title_word(doc, pobj):
                        hit = _org_source(doc, pobj, resolver)
                        if hit:
                            return hit
                if (
                    ch.dep_ in ("compound", "poss")
                    and ch.i < c.i
                    and ch.pos_ == "PROPN"
                    and not _is_place(doc, ch, resolver)
                    and not _title_word(doc, ch)
                ):
                    hit = _org_source(doc, ch, resolver)
                    if hit:
                        return hit
    for c in tok.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in ("lead", "head", "run", "represent", "direct"):
            obj = next((x for x in c.children if x.dep_ == "dobj"), None)
            if obj is not None:
                hit = _org_source(doc, obj, resolver)
                if hit:
                    return hit
    return None


def _title_word(doc, tok) -> bool:
    """Whether the capitalised ``tok`` is part of a job title, not a body's name: its
    name's words all common English nouns, with no article before them, whatever spaCy
    tagged them ("Plant Manager", "Head of Safety", "Director of Operations"; not "a
    Nordkraft spokesman", "head of the Harbour Authority")."""
    if any(c.dep_ == "det" for c in tok.children):
        return False
    words = [w for w in doc_text(doc)[slice(*_expand_name(doc, tok))].split() if w.isalpha()]
    return common_words(words)


def _is_place(doc, tok, resolver: SpeakerResolver) -> bool:
    """``tok`` names a place, not a body: tagged one (GPE, LOC), or a name the article uses
    as a place ("in Corran", "the town of Corran", a dateline) or a country or city of the
    world. "Corran's fire chief" speaks for a service of the town, not for "Corran"."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    name = doc_text(doc)[slice(*_expand_name(doc, tok))]
    return resolver.is_place_name(name) or place_like(name)


def _source_for(doc, tok, resolver: SpeakerResolver, cue: str, outlet_cue: bool):
    """(source, kind, start, end) for a token cited as a source, or None. ``outlet_cue``:
    the cue names outlets ("reported by X"), so an organisation name is read as one."""
    if tok is None:
        return None
    if resolver.in_dateline(tok):  # "ARDEN, Dec 13 (GSW) - Maya Okafor said": the place is no source
        after = [c for c in tok.children if c.dep_ == "appos" and not resolver.in_dateline(c)]
        return _source_for(doc, after[0], resolver, cue, outlet_cue) if after else None
    hit = _spoken_to(doc, tok, resolver, cue)
    if hit:
        return hit
    lemma = tok.lemma_.lower()
    named = _media_name(tok)
    if named is not None:  # a name a media noun describes is an outlet, whatever its tag
        start, end = _expand_name(doc, named)
        with_the = doc_text(doc)[max(0, start - 4) : start].lower() == "the "
        return outlet_display(doc_text(doc)[start:end], with_the), "outlet", start, end
    if tok.pos_ == "PROPN" and any(_is_media_noun(c) for c in tok.children):
        return _media_modified(doc, tok)  # "the regional news site Kystposten"
    if tok.pos_ == "NOUN" and (
        lemma in REPORT_NOUNS or lemma in INFO_NOUNS or tok.lower_ in INFO_NOUNS
    ):
        return _report_owner(doc, tok, resolver, cue, lemma in REPORT_NOUNS)
    if tok.pos_ == "PRON":
        return None
    name_start, name_end = _expand_name(doc, tok)
    surface = doc_text(doc)[name_start:name_end]
    key = outlet_key(surface)
    if key in INSTITUTIONS:
        return INSTITUTIONS[key], "official", name_start, name_end
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "WORK_OF_ART"):
        return _named_source(doc, tok, resolver, (name_start, name_end), outlet_cue)
    off = officials_name(tok)
    if off is not None:
        return off, "official", tok.left_edge.idx, tok.idx + len(tok.text)
    if tok.pos_ == "NOUN" and tok.lower_ in PEOPLE_GROUPS:
        return tok.lower_, "other", tok.idx, tok.idx + len(tok.text)
    # "a CEMA spokesman", then "the company", then an unnamed "one broker"
    return (
        _affiliation(doc, tok, resolver)
        or _org_source(doc, tok, resolver)
        or _anonymous_source(tok, resolver)
    )


def _anonymous_source(tok, resolver: SpeakerResolver):
    """ "One broker said", "another grower said": an unnamed member of a class, cited as
    ``(description, "anonymous", start, end)``; None for anything else."""
    sp = resolver.resolve(tok) if tok.pos_ == "NOUN" else None
    if sp is None or sp.plural or not is_anonymous_speaker(sp.name):
        return None
    return sp.name, "anonymous", sp.start, sp.end


def _media_name(tok):
    """The proper name a media noun (:data:`MEDIA_NOUNS`) stands beside, in apposition or
    as its modifier ("the technology site ByteGuard News" -> "News" of "ByteGuard News",
    "the Ledger newspaper" -> "Ledger"); "the news agency X" too. None otherwise."""
    if not _is_media_noun(tok):
        return None
    for c in tok.children:
        if c.pos_ == "PROPN" and c.dep_ in ("appos", "compound", "nmod"):
            return c
    return _split_name(tok)


def _split_name(tok):
    """The proper name right after media noun ``tok`` that the parser made a second
    subject (or object) of the same verb instead of its apposition: "the local paper
    Kelso Herald reported" parsed as two subjects of "reported"; None otherwise."""
    for sib in tok.head.children:
        if (
            sib.i > tok.i
            and sib.dep_ == tok.dep_
            and sib.pos_ == "PROPN"
            and sib.left_edge.i == tok.i + 1
        ):
            return sib
    return None


def _media_modified(doc, tok):
    """(outlet, "outlet", start, end) of a name a media noun modifies ("the news site
    Kystposten"): the name's own proper-noun tokens, without the noun."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    start = min([tok.idx] + [c.idx for c in names if c.i > tok.i - 4])
    end = tok.idx + len(tok.text)
    return outlet_display(doc_text(doc)[start:end]), "outlet", start, end


def _is_media_noun(tok) -> bool:
    """``tok`` is a common noun of a news outlet (:data:`MEDIA_NOUNS`, "news agency")."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if lemma == "agency":
        return any(c.lower_ in ("news", "wire") for c in tok.children)
    return lemma in MEDIA_NOUNS


def _spoken_to(doc, tok, resolver: SpeakerResolver, cue: str):
    """ "an insider speaking to Reuters": the outlet the source spoke to, or None."""
    for c in tok.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in ("speak", "talk", "tell"):
            continue
        for p in c.children:
            obj = None
            if p.dep_ == "prep" and p.lower_ == "to":
                obj = next((x for x in p.children if x.dep_ == "pobj"), None)
            elif p.dep_ in ("dative", "dobj"):
                obj = p
            hit = _source_for(doc, obj, resolver, cue, True) if obj is not None else None
            if hit:
                return hit
    return None


def _report_owner(doc, tok, resolver: SpeakerResolver, cue: str, report_noun: bool):
    """The source of a report or information noun: "the New York Times report", "the
    coastguard's findings", "figures published by X"; None when it names none."""
    for c in tok.children:
        if c.dep_ in ("compound", "poss") and (c.pos_ in ("PROPN", "NOUN") or c.ent_type_):
            hit = _source_for(doc, c, resolver, cue, report_noun)
            if hit:
                return hit
        if c.dep_ == "acl":
            agent = next((x for x in c.children if x.dep_ == "agent"), None)
            pobj = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent else None
            hit = _source_for(doc, pobj, resolver, cue, False) if pobj is not None else None
            if hit:
                return hit
    return None


def _named_source(doc, tok, resolver: SpeakerResolver, span: tuple[int, int], outlet_cue: bool):
    """The source a name stands for: an outlet (by name, or any organisation after an
    outlet cue), the body a named person speaks for (a person is quoted, not a source),
    None for a place or people, else the organisation."""
    name_start, name_end = span
    surface = doc_text(doc)[name_start:name_end]
    if is_outlet_name(surface) or (outlet_cue and tok.ent_type_ not in ("PERSON", "GPE", "NORP")):
        with_the = name_start >= 4 and doc_text(doc)[name_start - 4 : name_start].lower() == "the "
        with_the = with_the or surface.lower().startswith("the ")
        return outlet_display(surface, with_the), outlet_kind(surface), name_start, name_end
    if _person_of_body(tok) or (
        (tok.ent_type_ == "PERSON" or resolver.person_at(tok)) and not looks_like_org(surface)
    ):
        return _affiliation(doc, tok, resolver)
    if tok.ent_type_ in ("GPE", "NORP", "LOC"):
        return None
    return _org_source(doc, tok, resolver)


def _person_of_body(tok) -> bool:
    """Whether the name headed by ``tok`` is a person's tied to an organisation by
    "of"/"at"/"from" ("Karin Stove of Hollis Bank", whatever the tagger made of it): two
    or three capitalised words before the preposition, not all common nouns ("Royal
    Bank of Scotland" is a body) and no body's name. A person quoted is no cited
    source; the body is one only when the person speaks for it (:func:`_affiliation`)."""
    if tok.pos_ != "PROPN":
        return False
    words = [c.text for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    words.append(tok.text)
    if not 2 <= len(words) <= 3 or common_words(words) or looks_like_org(" ".join(words)):
        return False
    return works_at_body(tok)


#: how a cue finder records a source: add(source token, cue words, outlet cue?, anchor token).
#: A finder is ``(doc, cue, add, told) -> bool``: True when it found a "told X" cue (the
#: token's speech verb then names the outlet spoken to, so its subject is no source).
_Add = Callable[[Any, str, bool, Any], None]


def extract_attributions(analysis: Analysis) -> list[Attribution]:
    """Every citation of an outlet, public body, official or organisation in one article,
    in text order. Each token goes through the cue finders (:data:`_CUES`: "X reported",
    "reported by X", "published by X", "via X", "citing X", "told X", "X said"), then each
    sentence through "according to X"."""
    doc = analysis.doc
    quoted = quotation_spans(doc_text(doc))
    resolver = SpeakerResolver(analysis, quoted)  # a quotation's words refer to no body
    found: list[tuple[int, str, str, str, int, int]] = []  # (tok idx, source, cue, kind, s, e)

    def add(
        tok, cue: str, outlet_cue: bool, anchor, only_outlet: bool = False, witness: bool = False
    ) -> None:
        if tok is not None and any(s <= tok.idx < e for s, e in quoted):
            return  # '"… a listed company," X said': words inside a quotation cite no one
        hit = _source_for(doc, tok, resolver, cue, outlet_cue)
        if only_outlet and (hit is None or hit[1] not in OUTLET_KINDS):
            return
        if witness and hit is not None and _unnamed_person(tok, hit):
            return  # "the fire was reported by a hiker": one who raised the alarm
        if (
            hit is None
            and tok is not None
            and tok.pos_ == "PRON"
            and tok.lower_ in ("they", "them")
        ):
            grp_tok = _recent_group_token(doc, tok)
            if grp_tok is not None:
                hit = _source_for(doc, grp_tok, resolver, cue, False)
        if hit is None and tok is not None and tok.lower_ == "it" and tok.pos_ == "PRON":
            hit = _body_it(doc, tok, resolver, cue)
        if hit is None:
            return
        source, kind, _, _ = hit
        sent = anchor.sent
        found.append((anchor.i, source, cue, kind, sent.start_char, sent.end_char))

    for tok in doc:
        cue = _Cue(tok, tok.lower_, tok.lemma_.lower())
        told = False
        for finder in _CUES:
            told = finder(doc, cue, add, told) or told
    for sent in doc.sents:
        for prep, pobj in according_to(sent):
            add(pobj, "according to", False, prep)
    own = analysis.article.outlet
    for verb, subj in _told_own_outlet(doc, own):
        add(subj, "told", False, verb)
    found = _outlet_short_forms(found)
    found = [f for f in found if not (f[3] == "outlet" and own and _own_outlet(f[1], own))]
    return _attributions(analysis.article.id, found)


def _told_own_outlet(doc, own: str):
    """(verb, subject) of each "X told <the article's own outlet>" ("One wolf was hurt, a
    keeper told The Courier" in The Courier): the outlet is no source of its own story,
    so the one who told it is the source cited."""
    if not own:
        return
    for tok in doc:
        if tok.lemma_.lower() != "tell" or not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")):
            continue
        obj = next((c for c in tok.children if c.dep_ in ("dative", "dobj")), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or obj.pos_ != "PROPN":
            continue
        if _own_outlet(doc_text(doc)[slice(*_expand_name(doc, obj))], own):
            yield tok, subj


def _own_outlet(source: str, own: str) -> bool:
    """Whether cited outlet ``source`` is the article's own outlet ``own``, by name or short
    form (:func:`same_outlet`) or by its initials ("she told the NBC" in an article of the
    National Broadcasting Corporation): an article naming its own outlet cites no report."""
    bare = source.strip().removeprefix("the ").removeprefix("The ")
    return same_outlet(source, own) or (bare.isupper() and bare == initials(own))


def _outlet_short_forms(found: list[tuple]) -> list[tuple]:
    """A source written as an outlet's initials in the same article ("according to CPA"
    after "The Continental Press Agency said") is that outlet: its full name, kind
    "outlet" (so the articles resting on it count once); other sources unchanged."""
    outlets = {initials(f[1]): f[1] for f in found if f[3] == "outlet"}
    out = []
    for f in found:
        short = f[1].strip()
        full = outlets.get(short) if short.isupper() and 2 <= len(short) <= 6 else None
        if f[3] != "outlet" and full is not None and len(initials(full)) >= 2:
            f = (f[0], full, f[2], "outlet", f[4], f[5])
        out.append(f)
    return out


def _body_it(doc, tok, resolver: SpeakerResolver, cue: str):
    """The source "it" stands for: the singular organisation the quotes resolver finds for
    it (never a plural noun: "The 23 crew are safe, it said" cites the body named before),
    as :func:`_source_for` reads that organisation's name; None when there is none."""
    sp = resolver.resolve(tok)
    if sp is None or sp.kind != "org":
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return _source_for(doc, span.root, resolver, cue, False) if span is not None else None


@dataclass(frozen=True)
class _Cue:
    """One token as the cue finders see it."""

    tok: Any
    low: str
    lemma: str

    @property
    def is_verb(self) -> bool:
        return self.tok.pos_ in ("VERB", "AUX") or self.tok.tag_.startswith("VB")

    def child(self, *deps: str) -> Any:
        """The first child with one of dependency labels ``deps``, or None."""
        return next((c for c in self.tok.children if c.dep_ in deps), None)


def _pobj(tok: Any) -> Any:
    return next((c for c in tok.children if c.dep_ == "pobj"), None) if tok is not None else None


def _cue_reported(doc, cue: _Cue, add: _Add, told: bool) -> bool:
    """ "reported by X", "X reported", "X reports via Y"."""
    if not (cue.is_verb and cue.lemma == "report"):
        return False
    agent = cue.child("agent")
    if agent is not None:
        adv = [c.lower_ for c in cue.tok.children if c.dep_ == "advmod" and c.i < cue.tok.i]
        witness = not any(c.dep_ in ("ccomp", "xcomp") for c in cue.tok.children)
        add(_pobj(agent), " ".join([*adv, "reported by"]), True, cue.tok, False, witness)
    subj = cue.child("nsubj")
    if subj is not None and _event_report(cue.tok):
        add(subj, cue.low, False, cue.tok, True)  # "the pilot reported a fire": an act
    elif subj is not None:
        add(subj, cue.low, True, cue.tok)
    return False


def _unnamed_person(tok: Any, hit: tuple) -> bool:
    """Whether source ``hit`` of ``tok`` is an unnamed person or group of people ("a
    hiker", "a neighbour", "residents"), not an outlet, body, official or named person.
    Such an agent of "<an event> was reported by X" is one who saw it and raised the
    alarm, an actor of the story rather than a source the article retells."""
    if hit[1] == "anonymous":
        return True
    return hit[1] == "other" and tok.pos_ == "NOUN" and tok.lower_ in PEOPLE_GROUPS


#: kinds of source whose "reported <noun phrase>" is a report about the story: media and
#: public authorities ("the coastguard reported two sailors missing"), not the story's actors
OUTLET_KINDS = frozenset({"outlet", "agency", "official"})


def _event_report(verb) -> bool:
    """Whether "X reported" at ``verb`` is an act of the story rather than a report about
    it: negated ("the crew did not report any problem") or with a noun phrase as object
    and no clause ("the pilot reported a fire", "guards reported no injuries"). Only a
    medium or a public authority is cited by such a verb ("the Herald reported a rise
    ...": :data:`OUTLET_KINDS`)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in verb.children)


def _cue_published_by(doc, cue: _Cue, add: _Add, told: bool) -> bool:
    """ "documents obtained / published / seen by <outlet>"."""
    if not (cue.is_verb and cue.lemma in ("obtain", "publish", "see", "review", "release")):
        return False
    agent = cue.child("agent")
    if agent is None or cue.tok.head.lemma_.lower() not in REPORT_NOUNS | INFO_NOUNS:
        return False
    pobj = _pobj(agent)
    if pobj is not None and is_outlet_name(doc_text(doc)[slice(*_expand_name(doc, pobj))]):
        add(pobj, f"{cue.low} by", True, cue.tok)
    return False


def _cue_via(doc, cue: _Cue, add: _Add, told: bool) -> bool:
    """ "via X"."""
    if cue.low == "via" and cue.tok.dep_ == "prep":
        add(_pobj(cue.tok), "via", True, cue.tok)
    return False


def _cue_citing(doc, cue: _Cue, add: _Add, told: bool) -> bool:
    """ "citing X", "X cited" ("Citing Reuters" parsed as a compound is read too)."""
    if cue.low not in ("cite", "cites", "cited", "citing"):
        return False
    obj = cue.child("dobj", "pobj")
    if obj is None and cue.tok.dep_ == "compound":
        obj = cue.tok.head
    add(obj, "citing", False, cue.tok)
    return False


def _cue_told(doc, cue: _Cue, add: _Add, told: bool) -> bool:
    """ "told X", "spoke to X", "talking to X" where X is an outlet or organisation;
    True when found (the speech verb's subject is then a speaker, not a source)."""
    if cue.lemma not in ("tell", "speak", "talk") or not cue.is_verb or cue.tok.dep_ == "acl":
        return False
    found = False
    for c in cue.tok.children:
        obj = None
        if c.dep_ in ("dative", "dobj") and cue.lemma == "tell":
            obj = c
        elif c.dep_ == "prep" and c.lower_ == "to":
            obj = _pobj(c)
        if obj is None:
            continue
        name = doc_text(doc)[slice(*_expand_name(doc, obj))]
        if (obj.pos_ == "PROPN" or obj.ent_type_ == "ORG") and (
            is_outlet_name(name) or obj.ent_type_ == "ORG"
        ):
            add(obj, "told" if cue.lemma == "tell" else f"{cue.low} to", True, cue.tok)
            found = True
    return found


def _cue_said(doc, cue: _Cue, add: _Add, told: bool) -> bool:
    """ "X said / confirmed / announced", "as confirmed by X" (not after a "told X")."""
    if told or not is_speech_verb(cue.tok) or cue.lemma not in SOURCE_VERBS:
        return False
    if cue.lemma == "report" or _inside_report(cue.tok) or not _asserted(cue.tok):
        return False
    subj = _nearest_subject(cue.tok)
    if subj is not None:
        add(subj, cue.low, False, cue.tok)
        return False
    pobj = _pobj(cue.child("agent"))
    if pobj is not None:
        add(pobj, f"{cue.low} by", False, cue.tok)
    return False


#: auxiliaries that leave an act undone: "would confirm", "may announce", "must confirm"
UNDONE_AUXILIARIES = frozenset("will shall may might could would should must".split())


def _asserted(verb) -> bool:
    """Whether the article states that the act of reporting ``verb`` took place: not when
    negated ("has not confirmed it"), under a modal ("would confirm"), or an infinitive
    ("still has to be confirmed by X", "declined to confirm"): then X has said nothing
    yet, and the sentence cites nobody."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNDONE_AUXILIARIES):
            return False
    return not (
        verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _inside_report(verb) -> bool:
    """Whether reporting ``verb`` is itself part of what another source says: the content
    clause of a reporting verb with a subject ("the union said miners had warned
    managers"; "Miners had warned managers ..., the union said"). Its subject is then
    the reported content's actor, not a source the article cites."""
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and head.i != verb.i and _says(head):
        return True
    # the parser may hang the tail attribution on the content's verb instead
    return any(c.dep_ == "parataxis" and c.i > verb.i and _says(c) for c in verb.children)


def _says(tok) -> bool:
    """A reporting verb with its own subject."""
    return is_speech_verb(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _nearest_subject(verb):
    """The subject of reporting ``verb`` nearest to it: where the parser hung a fronted
    clause's subject on the verb too ("The crew, …, are unharmed, it said"), the one beside
    the verb is who speaks."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(c.i - verb.i), default=None)


#: the cue finders, in the order they see each token ("told X" before "X said")
_CUES = (_cue_reported, _cue_published_by, _cue_via, _cue_citing, _cue_told, _cue_said)


def _attributions(aid: str, found: list[tuple[int, str, str, str, int, int]]) -> list[Attribution]:
    """One Attribution per token and source, in text order; a bare "officials" or "sources"
    becomes the nearest qualified group of officials in the article."""
    qualified = [(f[0], f[1]) for f in found if f[3] == "official" and f[1] != "officials"]
    out: list[Attribution] = []
    seen: set[tuple[int, str]] = set()
    for idx, source, cue, kind, s, e in sorted(found, key=lambda f: (f[0], f[1], f[2])):
        if source in ("officials", "sources") and qualified:
            nearest = min(qualified, key=lambda q: (abs(q[0] - idx), q[0]))
            source = nearest[1]
        if (idx, source) in seen:
            continue
        seen.add((idx, source))
        out.append(Attribution(aid, source, cue, s, e, kind))
    return out


def _recent_group_token(doc, tok):
    for t in reversed(doc[: tok.i]):
        if (
            t.dep_ in ("nsubj", "nsubjpass", "pobj")
            and t.tag_ in ("NNS", "NNPS")
            and t.lemma_.lower() in ROLE_NOUNS | OFFICIAL_NOUNS
        ):
            return t
    return None


# --------------------------------------------------------------------------- duplicates


# near-copies (near_duplicates, orient_copies, orient_article_copies, oriented_stories):
# consilience.near_copies, the one definition the brief and the store share.


# --------------------------------------------------------------------------- story level


def primary_report(attributions: Iterable[Attribution], analysis: Analysis | None = None):
    """The outlet an article rests on (display name), or None when it is its own report.

    An outlet cited in the lead (the first :data:`LEAD_SENTENCES` sentences) is the report
    the article rests on, unless the first sentence states the lead on the article's own
    sources ("…, police said") and cites no outlet: an outlet credited for a later detail
    ("…, the local newspaper X reported") is that detail's source, not the article's. A
    lead that cites two or more outlets (not one through another, "via") weighs their
    reports against each other and rests on none of them."""
    attributions = list(attributions)
    lead_end = first_end = None
    if analysis is not None:
        sents = list(analysis.doc.sents)
        if sents:
            lead_end = sents[min(LEAD_SENTENCES, len(sents)) - 1].end_char
            first_end = sents[0].end_char
    outlets = [
        a for a in attributions if a.kind == "outlet" and (lead_end is None or a.start < lead_end)
    ]
    if not outlets:
        return None
    if first_end is not None and not any(a.start < first_end for a in outlets):
        if any(a.start < first_end for a in attributions):
            return None  # the lead rests on the article's own sources
    via = [a for a in outlets if a.cue == "via"]
    if not via and len(_distinct_outlets(outlets)) > 1:
        return None  # "X reported 130,000; Y reported 150,000": it weighs reports
    chosen = via[0] if via else outlets[0]
    return chosen.source


def _distinct_outlets(outlets: Sequence[Attribution]) -> set[str]:
    """Source keys of ``outlets``, a name and its initials counted once ("the Nordic Press
    Service" and "NPS"); an outlet another one cites ("X reported, citing Y") is X's."""
    keys = {_source_key(a.source) for a in outlets if a.cue != "citing"}
    return {k for k in keys if not any(k != o and initials(o).lower() == k for o in keys)}


def duplicates_of(ctx: StoryContext) -> dict[str, str]:
    """The story's near-copies (copy id -> original id): those the pipeline found when it
    grouped the story, else computed once here; oriented by who credits whom
    (:func:`orient_copies`) and kept on the context."""
    if ctx.duplicates is None:
        from .near_copies import near_duplicates, orient_copies

        found = dict(ctx.story.duplicates) or near_duplicates(ctx.analyses)
        ctx.duplicates = orient_copies(ctx.analyses, found)
    return dict(ctx.duplicates)


def _source_key(name: str) -> str:
    return outlet_key(name)


_DATELINE_CREDIT = re.compile(r"\(([A-Z][A-Za-z&.]{1,15}(?: [A-Z][A-Za-z&.]{1,15}){0,3})\)")


def dateline_credit(article) -> str | None:
    """The agency credited in the article's opening dateline, "LONDON (Reuters) -" ->
    "Reuters", "EASTFIELD (CPA) -" -> "CPA": the wire report the article prints; None when
    the article opens without such a dateline."""
    from .boilerplate import article_spans

    for span in article_spans(article):
        if span.kind != "dateline":
            continue
        if article.text[: span.start].strip():
            return None  # only the opening dateline credits the whole article
        m = _DATELINE_CREDIT.search(article.text[span.start : span.end])
        return m.group(1) if m else None
    return None


#: a credit line's lead words: "Source: Sports Wire Europe", "Copyright 2026 X", "© X"
_CREDIT_LEAD = re.compile(
    r"^\s*(?:source|copyright|\(c\)|©)\s*(?:\d{4}\s*)?[:\-–]?\s*([^.;|]{2,80})", re.I
)


def credit_line(article, outlets: Sequence[str] = ()) -> str | None:
    """The outlet an article's credit line names ("Copyright 2026 Continental News
    Agency. All rights reserved.", "Source: Sports Wire Europe"): one of ``outlets`` (the
    story's, other than the article's own) it names, else the capitalised name after
    "Source:" or "Copyright <year>" (the text's provider); None when there is none."""
    from .boilerplate import article_spans

    own = outlet_key(article.outlet) if article.outlet else ""
    for span in article_spans(article):
        if span.kind != "credit":
            continue
        line = article.text[span.start : span.end]
        folded = fold_accents(line).lower()
        for name in outlets:
            key = outlet_key(name)
            if key and key != own and re.search(rf"\b{re.escape(key)}\b", folded):
                return name
        m = _CREDIT_LEAD.match(line)
        name = m.group(1).strip() if m else ""
        if name[:1].isupper() and outlet_key(name) != own:
            return name
    return None


def _root(aid: str, dups: dict[str, str]) -> str:
    """The original a near-copy ``aid`` copies (itself when it copies none)."""
    root = aid
    for _ in range(len(dups) + 1):
        if root in dups and dups[root] != root:
            root = dups[root]
        else:
            break
    return root


def report_keys(ctx: StoryContext) -> dict[str, str]:
    """Article id -> key of the primary report it rests on ("outlet:..." or "article:...").

    A text several outlets printed verbatim (``ctx.printings``, syndication) is one report
    whoever printed it: it is not keyed by the outlet of one printing, and an article whose
    lead credits an outlet that printed it (and wrote nothing else in the story) rests on
    that text (:func:`_credited_printings`). An article's own outlet (its metadata) keys its
    own report; an article whose opening dateline or credit line names an outlet
    (:func:`dateline_credit`, :func:`credit_line`) rests on that outlet's report."""
    dups = duplicates_of(ctx)
    keys: dict[str, str] = {}
    credited: set[str] = set()  # articles keyed by an outlet their text credits
    outlets = sorted({a.article.outlet for a in ctx.analyses if a.article.outlet})
    for a in ctx.analyses:
        aid = a.article.id
        root = _root(aid, dups)
        ra = ctx.analysis(root) if any(x.article.id == root for x in ctx.analyses) else a
        own = ra.article.outlet
        ext = ctx.extractions.get(root)
        prim = primary_report(ext.attributions if ext else [], ra)
        credit = dateline_credit(ra.article) or credit_line(ra.article, outlets)
        if prim is not None or credit is not None:
            keys[aid] = "outlet:" + _source_key(prim if prim is not None else credit)
            credited.add(aid)
        elif own and root not in ctx.printings:
            keys[aid] = "outlet:" + _source_key(own)
        else:
            keys[aid] = "article:" + root
    printed = _credited_printings(ctx, keys)
    return {
        aid: keys[printed[key]] if aid in credited and key in printed else key
        for aid, key in keys.items()
    }


def _credited_printings(ctx: StoryContext, keys: dict[str, str]) -> dict[str, str]:
    """Report key ``"outlet:<name>"`` -> id of the story's text that outlet printed
    verbatim (one of ``ctx.printings``), for outlets with no article of their own in the
    story (there crediting the outlet is ambiguous, and the credit stands as it is)."""
    own = {
        "outlet:" + _source_key(a.article.outlet)
        for a in ctx.analyses
        if a.article.outlet and a.article.id not in ctx.printings
    }
    out: dict[str, str] = {}
    for aid in sorted(ctx.printings):
        if aid not in keys:
            continue
        for name in ctx.printings[aid]:
            key = "outlet:" + _source_key(name)
            if key not in own:
                out.setdefault(key, aid)
    return out


def independent_sources(
    ctx: StoryContext, article_ids: Sequence[str], citations: Sequence[dict] | None = None
) -> int:
    """Number of distinct primary reports behind ``article_ids``: near-copies and articles
    resting on the same outlet's report count once.

    ``citations`` (optional, ``{"article", "start", "end"}``): the sentences stating the
    fact. Where an article's sentence attributes the fact to an outlet ("…, The Calder
    Courier reported", or by its initials, "…, according to CPA",
    :func:`consilience.outlet_initials.initials_outlet`), that outlet's report is the
    fact's source in that article, whatever the article's lead rests on; an outlet's own
    article and the articles citing it then count once. A text several outlets printed is
    one report (:func:`report_keys`)."""
    keys = report_keys(ctx)
    printed = _credited_printings(ctx, keys)
    found = {a: keys.get(a, "article:" + a) for a in article_ids}
    outlets = sorted({a.article.outlet for a in ctx.analyses if a.article.outlet})
    for c in citations or []:
        aid = c.get("article")
        ext = ctx.extractions.get(aid)
        if aid not in found or ext is None:
            continue
        own = next((a.article.outlet for a in ctx.analyses if a.article.id == aid), None)
        for att in sorted(ext.attributions, key=lambda x: x.start):
            if not (att.start < c["end"] and c["start"] < att.end):
                continue
            origin = (
                att.source if att.kind == "outlet" else initials_outlet(att.source, outlets, own)
            )
            if origin is not None:
                key = "outlet:" + _source_key(origin)
                found[aid] = keys[printed[key]] if key in printed else key
                break
    return _count_reports(ctx, found)


def _count_reports(ctx: StoryContext, found: dict[str, str]) -> int:
    """How many reports the article -> report-key map ``found`` holds, an outlet's articles
    counting as one report (a newsroom's morning story and its own later update are one
    source, not two), and a report credited to an outlet of the story ("Copyright 2026
    Continental News Agency", "according to the Ardmouth Post") one with that outlet's
    own articles."""
    outlets = {  # a text several outlets printed (syndication) is no outlet's own report
        a.article.id: a.article.outlet
        for a in ctx.analyses
        if a.article.outlet and a.article.id not in ctx.printings
    }
    parent = {k: k for k in found.values()}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[str, str] = {}
    for aid, key in sorted(found.items()):
        outlet = outlets.get(aid)
        if outlet is not None:
            union(key, first.setdefault(_source_key(outlet), key))
    # a report credited to an outlet of the story ("the Sentinel" for "The Selvik
    # Sentinel") is that outlet's own report
    for key in sorted(set(found.values())):
        if not key.startswith("outlet:"):
            continue
        for outlet, other in sorted(first.items()):
            if same_outlet(key.removeprefix("outlet:"), outlet):
                union(key, other)
    return len({root(k) for k in found.values()})


def build_provenance(ctx: StoryContext) -> dict[str, list[dict]]:
    """Per article, whom it cites and the report it rests on (its lead's outlet, else the
    outlet its credit line names, :func:`credit_line`); plus a plain-words note when
    several rest on one report (the outlet's own articles among them) and one per
    near-copy. Shape: ``{"provenance": [item per article], "provenance_notes":
    [{"text", "articles", "source"}]}`` (DESIGN.md)."""
    display = _display_names(ctx)
    outlets = sorted({a.article.outlet for a in ctx.analyses if a.article.outlet})
    items: list[dict] = []
    resting: dict[str, list[str]] = {}
    for a in ctx.analyses:
        item = _article_provenance(ctx, a, display)
        if item["rests_on"] is None:
            credit = credit_line(a.article, outlets)
            item["rests_on"] = display.get(_source_key(credit), credit) if credit else None
        items.append(item)
        if item["rests_on"]:
            resting.setdefault(item["rests_on"], []).append(a.article.id)
    for source, ids in resting.items():  # the outlet's own articles are that report too
        ids += [
            a.article.id
            for a in ctx.analyses
            if a.article.outlet
            and a.article.id not in ids
            and a.article.id not in ctx.printings
            and same_outlet(source, a.article.outlet)
        ]
    _own_reports(ctx, resting)
    return {"provenance": items, "provenance_notes": _provenance_notes(ctx, resting)}


def _own_reports(ctx: StoryContext, resting: dict[str, list[str]]) -> None:
    """Add to ``resting`` (source -> article ids) each outlet with two or more articles of
    its own in the story (a wire's morning story and its own "UPDATE 1-"): they rest on
    one report, the outlet's, as :func:`independent_sources` counts them. Printings of a
    shared text, articles already grouped together, and near-copies of one another (noted
    apart) add nothing."""
    dups = duplicates_of(ctx)
    groups: dict[str, list[str]] = {}
    for a in ctx.analyses:
        outlet = a.article.outlet
        if outlet and a.article.id not in ctx.printings:
            name = next((n for n in groups if same_outlet(n, outlet)), outlet)
            groups.setdefault(name, []).append(a.article.id)
    for name, ids in groups.items():
        if len({_root(i, dups) for i in ids}) < 2:
            continue
        if not any(set(ids) <= set(held) for held in resting.values()):
            held = resting.setdefault(name, [])
            held += [i for i in ids if i not in held]


def _display_names(ctx: StoryContext) -> dict[str, str]:
    """One display name per source key across the story (the "The X" form preferred)."""
    display: dict[str, str] = {}
    for a in ctx.analyses:
        ext = ctx.extractions.get(a.article.id)
        for att in ext.attributions if ext else []:
            k = _source_key(att.source)
            cur = display.get(k)
            if cur is None or (att.source.startswith("The ") and not cur.startswith("The ")):
                display[k] = att.source
    return display


def _article_provenance(ctx: StoryContext, a: Analysis, display: dict[str, str]) -> dict:
    """The provenance item of one article: the sources it cites (each once, with its first
    citation and how often it is cited), the primary report it rests on, and the officials
    it quotes only through that report (``relayed``, each with ``via``)."""
    aid = a.article.id
    ext = ctx.extractions.get(aid)
    atts = sorted(ext.attributions if ext else [], key=lambda x: (x.start, x.source))
    prim = primary_report(atts, a)
    prim_name = display.get(_source_key(prim), prim) if prim else None
    cites: dict[str, dict] = {}
    relayed: dict[str, dict] = {}
    for att in atts:
        name = display.get(_source_key(att.source), att.source)
        target = relayed if prim is not None and att.kind == "official" else cites
        entry = target.get(name)
        if entry is None:
            entry = {
                "source": name,
                "cue": att.cue,
                "kind": att.kind,
                "citation": {"article": aid, "start": att.start, "end": att.end},
                "mentions": 0,
            }
            if target is relayed:
                entry["via"] = prim_name
            target[name] = entry
        entry["mentions"] += 1
    item = {"article": aid, "cites": list(cites.values()), "rests_on": prim_name}
    if relayed:
        item["relayed"] = list(relayed.values())
    return item


def _provenance_notes(ctx: StoryContext, resting: dict[str, list[str]]) -> list[dict]:
    """Plain-words notes: "3 of 5 articles (...) rest on one report: X" for every report
    two or more articles rest on, then "A is a near-copy of B" per near-copy."""
    notes = []
    n = len(ctx.analyses)
    label = article_labels(ctx)
    for source, ids in sorted(resting.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(ids) < 2:
            continue
        labels = ", ".join(label.get(i, i) for i in ids)
        notes.append(
            {
                "text": f"{len(ids)} of {n} articles ({labels}) rest on one report: {source}",
                "articles": ids,
                "source": source,
            }
        )
    present = {a.article.id for a in ctx.analyses}
    for copy, orig in sorted(duplicates_of(ctx).items()):
        if copy in present:
            notes.append(
                {
                    "text": f"{label.get(copy, copy)} is a near-copy of {label.get(orig, orig)}",
                    "articles": [orig, copy],
                    "source": None,
                }
            )
    return notes


def article_labels(ctx: StoryContext) -> dict[str, str]:
    """A short human name per article for plain-words notes: its outlet, else its file
    name; made unique with the publication date, and time when the input gave one (else
    the id), where two would read alike."""
    from .outlet_count import article_name

    base = {
        a.article.id: article_name(a.article.outlet, a.article.source, a.article.id)
        for a in ctx.analyses
    }
    counts: dict[str, int] = {}
    for name in base.values():
        counts[name] = counts.get(name, 0) + 1
    out = {}
    for a in ctx.analyses:
        aid, name = a.article.id, base[a.article.id]
        when = a.article.published or aid
        if a.article.published_at and len(a.article.published_at) >= 16:
            when = a.article.published_at[:16].replace("T", " ")
        out[aid] = f"{name} ({when})" if counts[name] > 1 else name
    return out
