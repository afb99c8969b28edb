"""Quotes: who said what, direct and reported, with the speaker resolved.

Extractor (per article, cached by :data:`VERSION`)::

    extract_quotes(analysis) -> list[Quote]

Section builder (per story)::

    build_quotes(ctx) -> {"quotes": [...]}

How it works
------------
*Quotations* are found from the text alone by :mod:`consilience.quote_marks`: straight,
curly and single marks (apostrophes in "workers' union", "don't", "'90s" are not marks),
spaced marks of tokenized text, a paragraph that opens a quotation and never closes it
continuing into the next quoted paragraph, quotations nested in another belonging to it.
A quotation that is a title or name (``star of "Night Train"``, see :func:`is_title`) is not
a quote; the sentence around it can still be reported speech.

Each quotation is then attributed from the dependency parse of the sentence(s) around it:

1. a speech verb (``said``, ``told``, ``stating``, ``indicated`` …) outside the quotation,
   preferring one whose subtree holds the quotation, then the nearest; its speaker is the
   verb's subject (climbing ``advcl``/``xcomp``/``conj`` for ``…, stating, "…"``), or the
   noun phrase after it when the parser left ``"…," said nurse X`` without a subject;
2. else ``according to X`` in the same sentence (this is what attributes a scare quote
   such as ``the "costly" mistake …, according to a U.S. official``);
3. else, for a quotation that is a whole sentence, an adjacent sentence ending in ``:`` or a
   short ``X said.`` sentence.

A quotation with no attribution (headline or title quotes) is not reported, except that a
whole-sentence quotation right after another one's attribution sentence goes on with it:
``"A," said X. "B."`` is one quote of X, its text "A … B.".

*Reported speech* is a speech verb with a clausal complement (``X said that …``,
``X noted …``, ``X argued …``) or ``according to X, …``. It is reported as a quote only when
the speaker is one identified source (a person, a singular description such as "a U.S.
official", an organisation that is not a news outlet); statements by a class ("U.S.
officials said …") are *attributions* and go to provenance instead. A reported clause that
contains a direct quotation is represented by that direct quotation, unless the quotation is
a few words inside it (a partial quote or a scare quote: 'said the crew had acted "with
enormous courage" and that …'): then the reported statement alone is the quote, its quoted
words no second quote beside it (the annotated sets list 7 of 8 such words only inside the
reported line); a scare quote in a sentence cited "according to X" stays X's direct quote. A
reporting verb that closes its sentence ("A fire swept through …, killing three, the coast
guard said.") reports the sentence up to the comma even where the parser left the clause
unlinked; a wire dateline ("PORT AVEN, Sept 15 (Agency) -") is never part of a statement.
The turns of a transcript ("PETRA LIND: Good morning. …", or a label before a quotation
over paragraphs: 'LIND: "Good morning. …') are direct quotes of the person the label names,
when the article names that person -- the interviewer's and the presenter's turns too, as
every named person's words are (not the outlet's own staff relaying, nor a label that is a role
word or initials the tagger took for a name: "HOST:", "JT:"); a first-name label ("Rosa:")
speaks for the one person the article names with that first name; a "Q:" / "A:" interview
with no legend gives the answers to the person its standfirst names
(:mod:`consilience.qa_interviews`); a thread of social posts gives each post to its author
(:mod:`consilience.chat_turns`). "X says around 2,300 of its members are …" keeps the
clause's subject even where the parser hung it on the verb; "according to figures from X"
is X's; ", X said in a statement" and ", X said in the evening, …" close a statement.

*Speakers* are people or organisations, never places (spaCy's GPE/LOC/FAC, a name the
article uses as a place, a country or time-zone city) nor words inside quotation marks.
They are resolved within the article: a PERSON entity (or a surname of one) maps to
the longest full name the article gives that person (a name spaCy missed or tagged
otherwise counts when a title or role vouches for it: "flood victim Ana Vidal", "said Ana
Ruiz, a farmer"); ``he``/``she`` to the most recent
PERSON mention before it (not one whose role says the other sex: "a spokeswoman" is not
"he"; an "according to X" source counts), as does a description that refers back ("the
21-year-old", "the striker"); a definite role noun ("the president", "the expert") to the most
recent person introduced with that role (apposition "Michael Kofman, a military expert" or
title "President Vladimir Putin") or else to the unnamed source introduced with it ("a
spokeswoman for the ministry"); an unnamed source keeps its description with a for/of/at
phrase but without relative clauses ("a U.S. official who spoke on condition of anonymity"
-> "a U.S. official"); "the company" / "the union" / "the club" maps to the organisation of
the kind the noun denotes (:mod:`consilience.org_kinds`: "Harwick Chemicals" is a company,
"Environment Agency" is not), a body noun ("the coastguard", "police") to an organisation
whose name holds it or else to itself, "the office" to the body described earlier with that
noun, "her office" to the person's office ("President X's office" is X's, "the clerk's office"
the clerk's: neither refers back to an office named before), "it"/"they" to the
organisation just named as a subject (or to the organisation that reported the sentence
before: "X said a valve had failed. No one was hurt, it said."); a town's name with a
plural verb ("Harbor City say") is its club. An unnamed spokesperson ("A spokesman said")
speaks for the organisation that is the subject of that or the previous sentence, or for
the body its noun modifier names ("a council spokesman" -> "a spokesman for the town
council"); a body introduced with "a" and its trade ("a marine charity said") is the
organisation named with that word, else the description; "the city said" is the city's
government. Wire datelines
never name a speaker. A name spaCy tagged as a place, a nationality or a title is a person
when a role vouches for it ("Marta Kovac, the union's general secretary") or it speaks as a
first and last name; a lone surname speaking after a quotation is a person unless it names
a place of the article or the world. News outlets (by name, or described: "Spanish newspaper
X", "the news site Y") are provenance, never speakers of quotes.
``build_quotes`` finally maps named speakers onto the story's merged entity names.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from . import lexicon
from .analyse import doc_text
from .boilerplate import article_spans
from .bracket_turns import bracketed_turns
from .caption_turns import label_name, labelled_lines, vouched_names
from .chat_turns import chat_turns
from .cues import (
    BODY_WORDS,
    RECORD_NOUNS,
    REPORTING_VERBS,
    SPEECH_ACTS,
    UNION_WORDS,
    WEAK_REPORTING_VERBS,
    according_to,
    is_outlet_name,
    looks_like_org,
    record_holder,
    same_outlet,
    strip_possessive,
)
from .cues import is_reporting_verb as is_speech_verb
from .date_named_things import name_kinds
from .entity_types import (
    HONORIFICS,
    PARAGRAPH_NUMBER,
    common_words,
    leading_title,
    name_core,
    noun_kinds,
    person_shaped,
    place_object,
)
from .model import Analysis, Quote, StoryContext
from .noun_branches import is_vehicle_noun
from .org_kinds import (
    ORG_ANCESTORS,
    OUTLET_NOUNS,
    PERSON_ANCESTORS,
    PLACE_ANCESTORS,
    REGULATOR_NOUNS,
    brand_name,
    descriptor_of,
    institution_of_its_own,
    is_a,
    noun_kind,
    org_kind,
    org_rank,
    untagged_orgs,
)
from .qa_interviews import interview_roles
from .quote_marks import (  # noqa: F401 - quotation_spans is re-exported
    QUOTE_MARKS,
    Quotation,
    find_quotations,
    quotation_spans,
    trim_marks,
)
from .report_turns import chair_of, named_turns, spoken
from .retracted_reports import retracting_verb
from .signed_lines import legend_turns, qa_turns, signature_after
from .speech_senses import says_by_sense
from .stance_clauses import stance_clauses
from .statement_headings import heading_before
from .surname_chains import surname_chains
from .turn_cues import court_role_name, cued_name, dash_turns

VERSION = "25"  # session 44: statement headings, "in the words of", "police believe"

# Back-compatible names for the shared cue lexicon (see :mod:`consilience.cues`).
SPEECH_VERBS = REPORTING_VERBS
WEAK_SPEECH = WEAK_REPORTING_VERBS

# Nouns naming a person by role (lemmas).
ROLE_NOUNS = frozenset(
    """official president minister expert analyst spokesman spokeswoman spokesperson lawmaker
    senator representative congressman congresswoman secretary diplomat insider source aide
    adviser advisor commander general chief director leader premier chancellor governor mayor
    ambassador envoy officer researcher professor economist witness resident prosecutor judge
    lawyer attorney member head executive negotiator strategist scientist author correspondent
    journalist reporter king queen prince emperor pope prime chairman chairwoman chair
    mp legislator politician candidate activist observer specialist historian engineer
    doctor physician manager founder ceo owner official spokesperson president-elect
    vice-president deputy colonel captain lieutenant sergeant admiral marshal principal
    teacher headteacher farmer nurse coach driver pilot passenger survivor worker student
    firefighter fisherman shopkeeper neighbour neighbor parent mother father victim rescuer
    paramedic medic volunteer organiser organizer superintendent inspector investigator
    commissioner councillor councilor trustee grower trader investor broker banker pollster
    voter fan customer shopper commuter patient campaigner supporter protester demonstrator
    bystander onlooker motorist cyclist tenant landlord homeowner employee staffer""".split()
)
TITLE_WORDS = (
    frozenset(
        """president prime minister defense defence foreign secretary representative rep. sen.
    dr mr mrs ms prof prof. senator gov. governor mayor general gen. chancellor king queen prince dr. mr. mrs. ms.
    vice president-elect vice-president ukrainian russian u.s. us american british french
    chief justice ambassador congressman congresswoman commander lt. col. colonel admiral
    speaker leader state secretary-general deputy former acting farmer passenger resident teacher
    driver nurse worker student pilot firefighter fisherman captain owner shopkeeper coach
    player singer actor artist harbour harbor master fire chief police officer head
    headteacher engineer survivor witness volunteer librarian baker butcher carpenter
    electrician plumber mechanic miner rancher chef cook guard ranger warden dean rector vicar
    priest pastor rabbi imam bishop sheriff detective constable surgeon midwife architect
    contractor tenant landlord homeowner retiree pensioner veteran athlete sailor diver
    trader vendor clerk sergeant inspector superintendent det det. sgt sgt. insp insp. supt
    supt. cllr cllr.""".split()
    )
    | ROLE_NOUNS
)
# Reporting verbs whose object is the hearer: "Asked about …, X said" is not X's speech.
HEARER_VERBS = frozenset({"ask", "tell", "warn", "question", "inform", "remind", "brief"})
# Verbs that quote words as a name for something: "called the plan "reckless"".
NAMING_VERBS = frozenset({"call", "describe", "dub", "label", "term", "brand"})
# Nouns that refer back to an organisation ("the company said").
ORG_NOUNS = frozenset(
    """company firm operator agency authority coastguard ministry department airline carrier
    utility group council board regulator manufacturer government administration union
    service police committee commission court hospital school university club team
    association federation organisation organization charity party bank jury panel guard
    office bureau inspectorate institute tribunal parliament cabinet embassy""".split()
)
#: roles of someone who speaks for a body: "A spokesman said" speaks for the body just named
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
#: places whose name stands for their government when they speak ("the city said")
MUNICIPAL_NOUNS = frozenset({"city", "town", "county", "municipality", "borough", "village"})
#: bodies news copy names without an article: "police said", "coastguard officials"
BARE_BODIES = frozenset({"police", "coastguard"})
#: nouns by which staff and their unions name the employer's managers
EMPLOYER_WORDS = frozenset({"management", "boss"})
# Entity types that never speak: places, events, laws, dates and times. (A work's title is known by its
# quotation marks; spaCy's WORK_OF_ART and PRODUCT tags on a bare subject are mostly bodies.)
NOT_SPEAKERS = frozenset({"GPE", "LOC", "FAC", "EVENT", "LAW", "DATE", "TIME"})
# Prepositions after which a capitalised name is a place ("between Haverton and Ludd").
PLACE_PREPS = frozenset("in near between outside across around throughout inside".split())
MALE_FEMALE_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
#: pronoun -> the pronouns of the other sex
_OTHER_SEX = {p: _FEMALE_PRONOUNS for p in _MALE_PRONOUNS} | {
    p: _MALE_PRONOUNS for p in _FEMALE_PRONOUNS
}
#: roles and titles that tell a person's sex, for "he"/"she"
FEMALE_ROLES = frozenset(
    """spokeswoman chairwoman congresswoman businesswoman policewoman councilwoman mother
    wife daughter sister grandmother widow queen princess actress mrs. mrs ms. ms miss
    headmistress""".split()
)
MALE_ROLES = frozenset(
    """spokesman chairman congressman businessman policeman councilman father husband son
    brother grandfather widower king prince actor mr. mr headmaster""".split()
)
#: page furniture that names nobody of the story: a photo caption or credit, a "Watch:" or
#: "Read more:" link line ("Watch: Highlights - Kovic v Brandt"), a prompt, a menu
ASIDE_KINDS = frozenset({"caption", "credit", "readmore", "prompt", "navigation"})

# --------------------------------------------------------------------------- speakers


@dataclass
class Speaker:
    """Who said a quote: ``name`` as the article writes it, its character span
    [``start``, ``end``) in the article, ``kind`` (person | description | org | group, a
    plural class | pronoun-unresolved) and ``plural``. A numbered report's paragraph number
    the tagger glued to the name ("4.4 Keystone has told officers ...") is no part of it."""

    name: str
    start: int
    end: int
    kind: str
    plural: bool = False

    def __post_init__(self) -> None:
        number = PARAGRAPH_NUMBER.match(self.name)
        if number and number.end() < len(self.name):
            self.name = self.name[number.end() :]
            self.start += number.end()


class ArticleNames:
    """The people, organisations, places and unnamed sources one article names, indexed for
    :class:`SpeakerResolver`: ``full_by_last`` (surname -> longest full name, start, end),
    ``mentions`` (token index, name, start, end, roles) in text order, ``orgs`` (ORG
    entities), ``descriptions`` (token index, role lemma, Speaker) of unnamed sources.

    ``quoted`` are character spans of the article's quotations: a token inside one (a
    title, a quoted name) is never a speaker.
    """

    def __init__(self, analysis: Analysis, quoted: Sequence[tuple[int, int]] = ()):
        self.analysis = analysis
        doc = analysis.doc
        self.doc = doc
        self.quoted = sorted(quoted)
        self._vehicles: frozenset[str] | None = None  # :meth:`vehicle_names`, on first use
        #: bracketed short forms the article defines ("ICIA" -> "International … Agency")
        self.short_names = short_names(doc_text(doc))
        self.places = _place_names(doc)
        #: the entities cut to their names ("12:20 Network Rail" -> "Network Rail")
        self.ents = [_owner_of_place(e, self.places) for e in entity_names(doc)]
        spans = article_spans(analysis.article)
        aside = [b for b in spans if b.kind in ASIDE_KINDS]
        #: wire datelines ("KELD POINT, April 21 (CPS) -"): a place and an agency, no speaker
        self.datelines = [(b.start, b.end) for b in spans if b.kind == "dateline"]
        persons = [
            t
            for e in _person_spans(doc, self.quoted)
            if not any(b.start <= e.start_char < b.end for b in aside)
            and (t := _trimmed_person(e)) is not None
        ]  # a photo credit's "Photo: NRB / Sam Keogh" or a link line names nobody
        self.full_by_last = _full_names(persons)
        self.mentions = self._person_mentions(persons)
        self.orgs = [
            e
            for e in self.ents
            if (
                e.label_ == "ORG"
                or (e.label_ == "PERSON" and (looks_like_org(e.text) or brand_name(e)))
                or _body_tagged_person(e, self.ents)
            )
            and not e.root.like_num  # "Seventeen men remained trapped" tagged ORG
            and not any(s <= e.start_char < end for s, end in self.datelines)
        ]
        self.orgs = sorted(
            [
                e
                for e in [*self.orgs, *untagged_orgs(doc)]
                if not _titled_person(e) and not self._place_used(e)
            ],
            key=lambda e: e.start,
        )
        self.descriptions: list = []  # none yet while they are found ("her office")
        self.descriptions = self._unnamed_sources()

    def _place_used(self, ent) -> bool:
        """Whether the organisation-tagged ``ent`` is a place here: a name that tells no
        kind of body (:func:`org_kinds.org_kind`, no body noun in it) that this mention
        uses as a place ("trains between Oldbury and Marlow") or, one word long and not a
        clause's subject, that the article uses as one elsewhere ("near Oldbury")."""
        if org_kind(ent.text) or any(is_org_noun(t.lemma_.lower()) for t in ent):
            return False
        if place_object(ent.root):
            return True
        return (
            len(ent) == 1
            and ent.root.lower_ in self.places
            and not _is_subject(ent.root)
            and ent.root.dep_ != "poss"
        )

    def _person_mentions(self, persons) -> list[tuple[int, str, int, int, frozenset[str]]]:
        """Person mentions in order: (token index of head, name, start, end, roles)."""
        mentions = []
        seen_tokens: set[int] = set()
        for e in persons:
            name = self.person_name(e.text)
            if not name:
                continue
            seen_tokens.update(range(e.start, e.end))
            mentions.append((e.root.i, name, e.start_char, e.end_char, self._roles(e)))
        mentions.extend(self._surname_mentions(seen_tokens))
        mentions.sort(key=lambda m: m[0])
        return mentions

    def _unnamed_sources(self) -> list:
        """Unnamed sources introduced with a role ("a spokeswoman for the ministry"):
        (token index, role lemma, Speaker)."""
        return [
            (tok.i, tok.lemma_.lower(), sp)
            for tok in self.doc
            if tok.pos_ == "NOUN"
            and tok.lemma_.lower() in ROLE_NOUNS
            and tok.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            # "Priya Nandakumar, a spokeswoman": she is named; "one of them, a driver": not
            and (tok.dep_ != "appos" or not _names_someone(tok.head))
            and not any(c.dep_ == "appos" for c in tok.children)
            and (sp := self._description(tok)) is not None
        ]

    def _surname_mentions(self, seen_tokens: set[int]):
        """Surnames spaCy did not tag (e.g. "Zelenskyy" as NOUN) of people named in full,
        and the initials the article gives a person it names in full ("Tony Brannigan
        (Chair, TB)" ... "TB opened the meeting")."""
        initialled = {
            short: self.full_by_last[long_.split()[-1].lower()][0]
            for short, long_ in self.short_names.items()
            if long_.split()[-1].lower() in self.full_by_last
        }
        for tok in self.doc:
            if tok.i in seen_tokens or not tok.text[:1].isupper():
                continue
            if tok.text in initialled:
                yield (tok.i, initialled[tok.text], tok.idx, tok.idx + len(tok.text), frozenset())
                continue
            bare = strip_possessive(tok.text)
            # "Fennelly said": a surname in "-ly" the tagger took for an adverb
            if bare.lower() in self.full_by_last and tok.pos_ in ("PROPN", "NOUN", "ADV"):
                name = self.full_by_last[bare.lower()][0]
                yield (tok.i, name, tok.idx, tok.idx + len(bare), frozenset())

    def is_place_name(self, name: str) -> bool:
        """True when one-word ``name`` is a place: named as one in this article (dateline,
        "in X") or a country or time-zone city (:func:`world_place_names`)."""
        key = strip_possessive(name).lower()
        return " " not in key and (key in self.places or key in world_place_names())

    def in_quotation(self, tok) -> bool:
        """True when ``tok`` lies inside one of the article's quotations."""
        return any(s <= tok.idx < e for s, e in self.quoted)

    # -- names

    def org_name(self, surface: str) -> str:
        """An organisation's longest name in the article that starts with ``surface``'s words
        ("Nordline" -> "Nordline Ferries")."""
        name = _bare_name(surface)
        name = self.short_names.get(name, name)  # "ICIA" -> "International … Agency"
        best = name
        for e in self.orgs:
            full = _bare_name(e.text)
            if len(full) > len(best) and full.startswith(name + " "):
                best = full  # "Brackley Town" -> "Brackley Town FC"
        return self._joint_name(best)

    def _joint_name(self, name: str) -> str:
        """The joint body's name the article writes ``name`` in ("Somerset Police" ->
        "Avon and Somerset Police", :func:`_joint_body`): a name whose last word is a head
        of :data:`_JOINT_BODY_HEADS` right after "<Place> and", the place no common noun;
        else ``name``."""
        words = name.split()
        if not words or words[-1].lower() not in _JOINT_BODY_HEADS:
            return name
        for m in re.finditer(rf"\b([A-Z][\w'’-]+) and {re.escape(name)}\b", doc_text(self.doc)):
            if not common_words([m[1]]) and m[1].lower() not in _JOINT_BODY_HEADS:
                return f"{m[1]} and {name}"
        return name

    def person_name(self, surface: str) -> str:
        """The article's longest full name of the person ``surface`` names ("Kofman" ->
        "Michael Kofman"): one whose last words are the surface's; another first name
        with the same surname is another person ("Pawel Lisek" beside "Dorota Lisek")."""
        name = strip_titles(strip_possessive(surface.strip()))
        if not name:
            return ""
        words = name.lower().split()
        full = self.full_by_last.get(words[-1])
        if full and full[0].lower().split()[-len(words) :] == words:
            return full[0]
        return name

    def _roles(self, ent) -> frozenset[str]:
        roles = set()
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos":
                roles.add(_office(child))
        if root.dep_ == "appos":
            roles.add(_office(root.head))
        for tok in ent.doc[max(0, ent.start - 3) : ent.start]:  # title: "Defense Minister X"
            if tok.head.i in range(ent.start, ent.end) and tok.dep_ == "compound":
                roles.add(tok.lemma_.lower())
        for tok in ent:
            if tok.lemma_.lower() in ROLE_NOUNS:
                roles.add(tok.lemma_.lower())
        return frozenset(roles | _bracketed_roles(ent))

    def person_at(self, tok) -> tuple[str, int, int] | None:
        for _i, name, s, e, _ in self.mentions:
            if s <= tok.idx < e:
                return name, s, e
        return None

    def _description(self, tok) -> Speaker | None:
        """The description headed by role noun ``tok`` (see :func:`describe`)."""
        return describe(self, tok)


#: words that make a role another office ("Vice-Chair", "Deputy Mayor", "Co-Chair")
_SECOND_OFFICE = frozenset({"vice", "deputy", "co"})


def _office(tok) -> str:
    """The role a role noun ``tok`` names, lower case: its lemma, or with "vice", "deputy"
    or "co" before it ("Vice-Chair" -> "vice chair"), which is no "the Chair"."""
    second = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.lower_ in _SECOND_OFFICE]
    return " ".join([*second, tok.lemma_.lower()])


#: a question's number before a committee member's label ("Q41 Chair:", "Q45 Tom Ellery:")
_QUESTION_NUMBER = re.compile(r"Q\d+")


def _trimmed_person(ent):
    """The person-tagged span ``ent`` without what the tagger took in beside the name: a
    question's number before it ("Q45 Tom Ellery") and a bracket opened after it ("Rhys
    Garside (Chair"); None when only an office is left ("Q42 Chair")."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and _QUESTION_NUMBER.fullmatch(doc[start].text):
        start += 1
    end = next((t.i for t in doc[start:end] if t.text == "("), end)
    if (start, end) == (ent.start, ent.end):
        return ent
    if end - start == 1 and is_role_noun(doc[start].lemma_.lower()):
        return None
    return doc[start:end] if end > start else None


def _bracketed_roles(ent) -> set[str]:
    """Role nouns (:data:`ROLE_NOUNS`) in brackets right after a person's name, up to the
    first comma: a meeting's list of those present, "Dr Helena Roe (Medical Director,
    Valley Trust)", says who "the Medical Director" of its minutes is."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return set()
    out, words = set(), []
    for tok in doc[ent.end + 1 : ent.end + 8]:
        if tok.text in (")", ","):
            break
        words.append(tok.lower_)
        second = [w for w in words[:-1] if w != "-"][-1:] in (["vice"], ["deputy"], ["co"])
        if tok.lemma_.lower() in ROLE_NOUNS and not second:
            out.add(tok.lemma_.lower())  # "(Vice-Chair)" is no "the Chair"
    if out and len(words) > 1:
        out.add(" ".join(words))  # "finance officer": one of two officers listed
    return out


def _proper_body_name(ent) -> bool:
    """Whether ORG entity ``ent`` is a body's proper name of two or more capitalised words
    after any "the" ("Ardent Lift Services", "Northgate Homes"): one body, whatever the
    number of its last word."""
    words = [t for t in ent if t.lower_ != "the" and not t.is_punct]
    return len(words) >= 2 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words)


def _body_tagged_person(ent, ents) -> bool:
    """Whether person-tagged ``ent`` names a body: two or more words not shaped like a
    person's name (:func:`entity_types.person_shaped`: "Northline Grid", its last word a
    common noun) whose first word the article tags as no person's elsewhere ("Northline"
    GPE, "Northline Grid" ORG in another line); not "Graham Stone"."""
    if ent.label_ != "PERSON":
        return False
    words = [w for w in strip_possessive(ent.text).split() if w[:1].isalpha()]
    if len(words) < 2 or person_shaped(words):
        return False
    return any(
        e.label_ in ("ORG", "GPE", "FAC", "NORP") and e.text.split()[0] == words[0] for e in ents
    )


def _names_a_thing(ent) -> bool:
    """Whether organisation-tagged ``ent`` only modifies a common noun here ("the
    demolished Redmarsh power station"): one word so used is a name given to a place or
    a thing, which "the company" does not refer back to unless it says a body's kind
    ("the Norrex Chemie plant", two words, stays a company's)."""
    return ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN"


def _name_with_capital_the(tok) -> Speaker | None:
    """A plural proper name written with a capital "The" inside a sentence ("Headliners
    The Marrow Kings have said …"): the name of one band, team or firm, an organisation
    speaker; None otherwise."""
    if tok.tag_ not in ("NNS", "NNPS") or not tok.text[:1].isupper():
        return None
    det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
    if det is None or det.text != "The" or det.is_sent_start:
        return None
    words = tok.doc[det.i : tok.i + 1]
    if len(words) < 3 or not all(t.text[:1].isupper() for t in words):
        return None  # "The Marrow Kings", not a capitalised "The" before one plural noun
    return Speaker(words.text, words.start_char, words.end_char, "org")


def _modifier_words(tok) -> frozenset[str]:
    """Lower-cased adjectives and noun modifiers before noun ``tok`` ("the county fire
    service" -> {"county", "fire"}); possessives are left out."""
    return frozenset(
        c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
    )


def _bare_name(surface: str) -> str:
    """A name without possessive, edge punctuation, a leading "the" and a bracketed short
    form the tagger took into it ("the Rowing Board (RB" -> "Rowing Board")."""
    name = strip_possessive(surface.strip()).strip(" ,.;:")
    name = name.split("(", 1)[0].strip()
    return name[4:] if name.lower().startswith("the ") else name


#: a capitalised name followed by a bracketed short form: "the Upland Rowing Board (URB)"
_BRACKETED = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on|the|in|de|du|&)\s+)*){1,8}[A-Z][\w'’&.-]*)"
    r"\s*\((?:[^()\n]{0,60}?,\s*)?([A-Z][A-Za-z&]{1,9})\)"
)


def short_names(text: str) -> dict[str, str]:
    """Short forms an article defines in brackets after a name ("the International Rowing
    Board (IRB)" -> {"IRB": "International Rowing Board"}), also as the last item of a
    bracketed description (a meeting's notes: "Tony Brannigan (Chair, TB)" -> {"TB": "Tony
    Brannigan"}): the short form's letters must
    be the initials of the name's capitalised words, in order, from the first or a later
    word (the long-form match of Schwartz & Hearst 2003, "A simple algorithm for
    identifying abbreviation definitions in biomedical text", on word initials)."""
    out: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        short = m.group(2)
        words = m.group(1).split()
        caps = [w for w in words if w[:1].isupper()]
        letters = [c for c in short if c.isupper()]
        for k in range(len(caps)):
            if [w[0] for w in caps[k:]] == letters:
                first = words.index(caps[k]) if caps[k] in words else 0
                long_ = " ".join(words[first:])
                if long_.lower().startswith("the "):
                    long_ = long_[4:]
                out.setdefault(short, long_)
                break
    return out


class _BodyResolution(ArticleNames):
    """Speakers that are bodies or roles: organisations by name or by noun ("the
    company"), people and unnamed sources by role ("the minister", "a spokeswoman"), groups
    ("officials")."""

    def _organisation(self, tok) -> Speaker | None:
        """An organisation named at ``tok``, or referred back to as "the company"."""
        if tok.ent_type_ in ("ORG", "NORP", "WORK_OF_ART", "PRODUCT") and tok.pos_ == "PROPN":
            ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            if ent is not None and ent.label_ != "ORG" and place_like(ent.text):
                return None  # "Downing Street said": a place speaking for a government
            if ent is not None:
                name = strip_possessive(ent.text)
                named_body = ent.label_ == "ORG" and (
                    looks_like_org(name) or org_kind(name) or _proper_body_name(ent)
                )
                # "Halvard Motors said": a company's plural-looking name is one speaker
                plural = (tok.tag_ == "NNPS" and not named_body) or ent.label_ == "NORP"
                kind = "group" if plural else "org"
                end = ent.start_char + len(name)
                if kind == "org":
                    name = self.org_name(name)  # "Brackley Town" -> "Brackley Town FC"
                return Speaker(name, ent.start_char, end, kind, plural)
        in_org = next((e for e in self.orgs if e.start <= tok.i < e.end), None)
        if tok.pos_ == "PROPN" and (tok.ent_type_ == "" or in_org) and tok.text[:1].isupper():
            ent = next((e for e in self.ents if e.start <= tok.i < e.end), in_org)
            if ent is not None or any(o.text.split()[0] == tok.text for o in self.orgs):
                surface = ent.text if ent is not None else tok.text
                name = self.org_name(surface)
                s0 = ent.start_char if ent is not None else tok.idx
                return Speaker(name, s0, s0 + len(strip_possessive(surface)), "org")
        collective = tok.lemma_.lower() in ("police", "army", "navy")  # tagged NNS
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNS" and lemma in ORG_NOUNS and one_party(tok):
            return describe(self, tok)  # "emergency services said": bodies speaking as one
        if (
            (
                lemma in ORG_NOUNS | BODY_WORDS | UNION_WORDS | self.org_heads
                or is_org_noun(lemma)
                or (_speaks(tok) and is_a(lemma, ORG_ANCESTORS, first=3))
                or (_speaks(tok) and lemma in MUNICIPAL_NOUNS)
            )
            and (tok.tag_ in ("NN", "NNP") or collective)
            and (not tok.ent_type_ or tok.pos_ == "NOUN")  # "the health board" tagged ORG
        ):
            return self._org_by_noun(tok)  # "the regional electoral commission" (even as PROPN)
        return self._facility_by_noun(tok)

    def _facility_by_noun(self, tok) -> Speaker | None:
        """ "the park said" after "Halden Safari Park": a named facility (spaCy ``FAC``:
        a park, a hotel, an airport) that speaks through those who run it, when the
        subject of a reporting verb is "the" and the last word of that name, named before.
        The nearest such name; None when there is none."""
        if not _speaks(tok) or tok.pos_ != "NOUN" or tok.left_edge.i != tok.i - 1:
            return None
        if tok.left_edge.lower_ != "the":
            return None
        lemma = tok.lemma_.lower()
        named = [
            e
            for e in self.doc.ents
            if e.label_ == "FAC" and e.end_char <= tok.idx and e[-1].lemma_.lower() == lemma
        ]
        if not named:
            return None
        ent = named[-1]
        name = strip_possessive(ent.text)
        name = name[4:] if name.lower().startswith("the ") else name
        return Speaker(name, ent.end_char - len(name), ent.end_char, "org")

    def _org_by_noun(self, tok) -> Speaker | None:
        """ "the company" -> the organisation the noun denotes (:func:`org_kinds.org_rank`):
        one whose name holds the noun ("the board" -> "Varnholt Health Board"), else one
        whose name says that kind ("the company" -> "Harwick Chemicals", never "Environment
        Agency"), else one whose name tells no kind; before it rather than after, a
        clause's subject rather than an object ("Chelsea have confirmed the signing of Ivo
        Rask, and the club said"), the nearest; never one named only after it and only
        as where a person works, nor one named only after it whose name tells no kind (a
        definite noun refers back). A described body ("the regional transport authority") takes only a name
        holding its noun. With no such organisation the speaker is the body described
        earlier with that noun ("the regional health office said … the office said") or
        the noun phrase itself ("the coastguard")."""
        owned = self._owned_body(tok)
        if owned is not None:
            return owned
        if tok.left_edge.i == tok.i and tok.lemma_.lower() in BARE_BODIES:
            return Speaker(tok.text, tok.idx, tok.idx + len(tok.text), "org")  # "police said"
        if tok.left_edge.lower_ in ("a", "an"):
            return self._indefinite_body(tok)
        if tok.left_edge.lower_ != "the":
            return None
        defined = self._defined_by_apposition(tok)
        if defined is not None:
            return defined  # "SeatSwift, the company the hall pays ..." -> "the company"
        ranked = [
            (
                rank > 0,
                self._affiliation_only(e),  # "Karin Stove of Hollis Bank": background
                rank == 3,  # a name that says the noun's kind before one that says none
                0 if self._first_named(e) < tok.idx else 1,
                rank,
                0 if _is_subject(e.root) else 1,
                abs(e.start - tok.i),
                e,
            )
            for e in self.orgs
            if not is_outlet_name(e.text)
            and not same_outlet(e.text, self.analysis.article.outlet or "")  # "BNC understands"
            and _has_name_word(e)
            and (rank := _described_rank(tok, e)) is not None
            and not (rank == 3 and len(e) == 1 and _names_a_thing(e))  # "the Redmarsh site"
            and not self._named_apart(tok, e)  # "forcing the hospital to divert … to X"
            and e.root.lemma_.lower() not in self.vehicle_names()  # "the ship Orla Meridian"
            and not (self._first_named(e) > tok.idx and self._affiliation_only(e))
            and not (rank == 3 and self._first_named(e) > tok.idx and not self._foretold(e, tok))
            and not (self._first_named(e) > tok.idx and common_words(e.text.split()))
        ]  # "The museum insists …" before "a curator at the National Museum": another;
        # a name that tells no kind and comes, nor any word of it, only after the noun is
        # no antecedent of a definite description, which refers back ("The company said
        # … Ana Pires said", Ana Pires tagged ORG): the description stays as written
        best = min(ranked, key=lambda r: r[:7]) if ranked else None
        if best is not None and (best[4] == 0 or not self._body_described_apart(tok)):
            name = self.org_name(best[7].text)
            return Speaker(name, best[7].start_char, best[7].end_char, "org")
        unnamed = _untagged_subject(tok)
        if unnamed is not None and unnamed[-1].lower_ not in self.full_by_last:
            return Speaker(unnamed.text, unnamed.start_char, unnamed.end_char, "org")
        described = self._described_body(tok)
        owned = self._owned_body(described) if described is not None else None
        if owned is not None and owned.name[:1].isupper():
            return owned  # "the company's board" before "the board": the company
        desc = self._description(described or tok)
        return Speaker(desc.name, desc.start, desc.end, "org") if desc else None

    def _defined_by_apposition(self, tok) -> Speaker | None:
        """The body the article last defines, before ``tok``'s sentence, by the same noun
        after a comma ("*SeatSwift*, the company the hall pays to sell its tickets, ...":
        a later "the company" is SeatSwift, whatever other company the article names
        more), read as written (the parser often makes no apposition of it), the name a
        run of proper nouns whatever the tagger made of it; not a possessor ("X, the
        company's biggest customer"); None when the article defines none so."""
        lemma, doc = tok.lemma_.lower(), tok.doc
        for k in range(tok.sent.start - 3, 0, -1):
            if doc[k].text != "," or doc[k + 1].lower_ != "the" or doc[k - 1].pos_ != "PROPN":
                continue
            words = doc[k + 2 : min(k + 5, tok.sent.start)]
            if not any(w.lemma_.lower() == lemma and w.pos_ == "NOUN" and w.dep_ != "poss" for w in words):
                continue
            first = k - 1
            while first > 0 and doc[first - 1].pos_ == "PROPN":
                first -= 1
            name = doc[first:k]
            closed = any(t.text == "," for t in doc[k + 2 : min(k + 16, doc[k].sent.end)])
            if not closed or any(t.ent_type_ in _NOT_BODIES for t in name):
                continue  # "On Wednesday, the fire service said": a time, no apposition
            if not is_outlet_name(name.text):
                return Speaker(self.org_name(name.text), name.start_char, name.end_char, "org")
        return None

    def vehicle_names(self) -> frozenset[str]:
        """Head lemmas of the names the article calls by a vehicle's noun and by no
        organisation's ("the container ship Orla Meridian", "the ferry, Nordlys";
        :func:`consilience.date_named_things.name_kinds`): a ship tagged ORG is no company
        that "the company" refers back to."""
        if self._vehicles is None:
            kinds = {k: set(v) for k, v in name_kinds([self.doc]).items()}
            for e in self.doc.ents:  # "the container ship Kelda Rose" parsed as two subjects
                if e.start > 0 and self.doc[e.start - 1].pos_ == "NOUN":
                    kinds.setdefault(e.root.lemma_.lower(), set()).add(
                        self.doc[e.start - 1].lemma_.lower()
                    )
            self._vehicles = frozenset(
                name
                for name, nouns in kinds.items()
                if any(is_vehicle_noun(n) for n in nouns)
                and not any(is_org_noun(n) for n in nouns)
            )
        return self._vehicles

    def _foretold(self, org, tok) -> bool:
        """Whether a capitalised word of organisation ``org``'s name is written before
        ``tok`` ("the Brekke funicular … the operator said" before "Brekke Banen"): the
        article has brought the body up before the noun that refers to it."""
        before = doc_text(self.doc)[: tok.idx]
        return any(
            re.search(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", before)
            for w in strip_possessive(org.text).split()
            if len(w) >= 3 and w[:1].isupper() and w.lower() != "the"
        )

    def _named_apart(self, tok, org) -> bool:
        """Whether a definite description with ``tok``'s noun, at or before ``tok`` and an
        argument of its clause, commands a mention of organisation ``org`` ("forcing the
        hospital to divert ambulances to Kessel General Hospital"): a name is free in the
        clause of a noun phrase that commands it (binding theory's Principle C), so that
        body is another one, and one article's "the hospital" names one body throughout."""
        lemma = tok.lemma_.lower()
        name = self.org_name(org.text)
        roots = {e.root.i for e in self.orgs if self.org_name(e.text) == name} | {org.root.i}
        return any(
            roots & _commanded(d)
            for d in self.doc[: tok.i + 1]
            if d.lemma_.lower() == lemma
            and d.pos_ == "NOUN"
            and d.left_edge.lower_ == "the"
            and d.dep_ in _ARGUMENT_DEPS
            and not self.in_quotation(d)
        )

    def _affiliation_only(self, org) -> bool:
        """Whether every mention of organisation ``org``'s name, its short forms too
        ("Verdane" of "Verdane Foods"), only tells where a person works ("Karin Stove of
        Hollis Bank"): a body given as a person's affiliation is background, and "the
        company" refers to a body the article reports on before it (centering: an
        oblique of a person's name is the least salient of its mentions). A name
        compounded before a role ("Verdane Foods chief executive Karin Holt") is the
        news's own subject as often as not, so it does not count."""
        name = _bare_name(org.text)
        same = [
            e
            for e in self.orgs
            if (n := _bare_name(e.text)) == name
            or name.startswith(n + " ")
            or n.startswith(name + " ")
        ]
        return all(self._affiliation(e.root) for e in same or [org])

    def _affiliation(self, root) -> bool:
        """Whether the name headed by ``root`` is the object of "of"/"at"/"from" after a
        person's name or role noun ("Karin Stove of Hollis Bank", "an analyst at X")."""
        head = root.head
        if root.dep_ != "pobj" or head.lower_ not in ("of", "at", "from"):
            return False
        head = head.head
        return self.person_at(head) is not None or (
            head.pos_ == "NOUN" and is_role_noun(head.lemma_.lower())
        )

    def _indefinite_body(self, tok) -> Speaker | None:
        """A body introduced with "a" and a modifier of its trade ("a marine charity
        said"): the organisation the article names with that modifier among the words of
        a name of a body's kind ("the Marine Rescue Trust"), else the description itself,
        an unnamed source ("a local hospital"). None without a modifier ("a group")."""
        mods = [
            c.lower_
            for c in tok.children
            if c.dep_ in ("amod", "compound") and c.i < tok.i and c.is_alpha
        ]
        if not mods:
            return None
        for e in self.orgs:
            words = [w.lower() for w in strip_possessive(e.text).split()]
            if org_kind(e.text) and any(m in words[:-1] for m in mods):
                if not is_outlet_name(e.text):
                    return Speaker(self.org_name(e.text), e.start_char, e.end_char, "org")
        desc = describe(self, tok)
        return dataclasses.replace(desc, kind="description") if desc else None

    def _body_described_apart(self, tok) -> bool:
        """Whether the article described, before ``tok``, a body by ``tok``'s very noun
        that stands apart from any name ("the national weather bureau said …" with no
        name in apposition): "the bureau" then refers to it rather than to a named body
        whose head is only a synonym ("Mireland Disaster Agency")."""
        body = self._described_body(tok)
        if body is None or body.dep_ == "appos":
            return False
        return not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in body.children)

    def _first_named(self, org) -> int:
        """Where the article first gives ``org``'s name (an earlier mention may have been
        tagged otherwise: "Rail Meridian said …" before "… Rail Meridian, the operator")."""
        name = strip_possessive(org.text)
        name = name[4:] if name.lower().startswith("the ") else name
        found = doc_text(self.doc).find(name)
        return org.start_char if found < 0 else min(found, org.start_char)

    @functools.cached_property
    def org_heads(self) -> frozenset[str]:
        """Lower-cased head words of the organisations the article names: the last word
        before an "of" ("Halloran Museum of Art" -> "museum", "Global Seismic Network" ->
        "network"). "The museum said" then refers to the museum named before
        (:func:`org_kinds.org_rank` ranks a name holding the noun first)."""
        heads = set()
        for e in self.orgs:
            words = [w for w in strip_possessive(e.text).split() if w[:1].isalpha()]
            if "of" in words[1:]:
                words = words[: words.index("of", 1)]
            if len(words) > 1 and words[-1][:1].isupper() and not words[-1].isupper():
                heads.add(words[-1].lower())
        return frozenset(heads)

    def _owned_body(self, tok) -> Speaker | None:
        """ "Her office said …": a body owned by the person "his"/"her" refers to, named
        after that person ("Ilse Brandt's office"); None without such a pronoun."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ not in ("his", "her"):
            return self._possessed_body(tok, poss)
        owner = self._antecedent(poss)
        employer = self._employer_of(tok, owner)
        if employer is not None:
            return employer  # "Berg, of Team Solvia, …, his team said": Team Solvia
        if owner is None or owner.kind != "person":
            return None
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        return Speaker(f"{owner.name}'s {tok.lower_}", start, end, "org")

    def _employer_of(self, tok, owner: Speaker | None) -> Speaker | None:
        """The organisation "his"/"her" + body noun ``tok`` stands for when the article
        gives the owner's affiliation in this sentence or the one before ("Ivo Marsh, 31, of
        Vardal Rovers, tore a hamstring, his club said": Vardal Rovers): the nearest
        earlier name that is the object of "of"/"at"/"from" after a name or a role noun
        (:meth:`_affiliated_to`), of a kind the noun can refer to
        (:func:`_described_rank`), attached to ``owner``'s name when the owner is a
        person (another person's employer is not hers). None without one."""
        window = [s for s in self.doc.sents if s.start <= tok.sent.start][-2:][0].start
        for e in sorted(self.orgs, key=lambda e: -e.start):
            if not window <= e.start < tok.i or is_outlet_name(e.text):
                continue
            holder = self._affiliated_to(e.root)
            if holder is None or _described_rank(tok, e) is None:
                continue
            if owner is not None and owner.kind == "person":
                named = self.person_at(holder)
                if named is None or named[0] != owner.name:
                    continue
            return Speaker(self.org_name(e.text), e.start_char, e.end_char, "org")
        return None

    def _affiliated_to(self, root):
        """The name or role noun whose "of"/"at"/"from" phrase organisation name
        ``root`` heads ("Ivo Marsh of Vardal Rovers" -> Marsh), else None."""
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("of", "at", "from"):
            return None
        head = prep.head
        if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and is_role_noun(head.lemma_.lower())):
            return head
        return None

    def _possessed_body(self, tok, poss) -> Speaker | None:
        """A body noun owned by a name or a role ("President Elin Varga's office", "the
        speaker's office", "Tova Lind's team"): the owner's body, itself and never a body
        of that noun named before; an institution of its own ("the museum's insurer",
        :func:`org_kinds.institution_of_its_own`) is the phrase as written. Named after
        the person the owner names ("Elin Varga's office"; a surname the article gives with a first name the tagger missed: "Lind's
        team" -> "Tova Lind's team"), else the phrase as written. A body of an
        organisation ("Halden's board", "the company's board") is that organisation. None
        for another owner ("its": the body's own noun resolves it)."""
        start, end = tok.left_edge.idx, tok.idx + len(tok.text)
        named = self._named_with(tok, poss) if poss.pos_ == "PROPN" else None
        if named is not None:
            return named  # "Ostrava's central bank" -> "Bank of Ostrava"
        if poss.pos_ in ("PROPN", "NOUN") and institution_of_its_own(tok.lemma_.lower()):
            # "the museum's insurer": a party of its own the owner deals with, not the owner
            return Speaker(doc_text(self.doc)[start:end], start, end, "org")
        if poss.pos_ in ("PROPN", "NOUN") and not self.in_quotation(poss):
            org = self._organisation(poss)
            if poss.pos_ == "PROPN" and (org is None or not _body_name(org.name)):
                full = self.org_name(strip_possessive(poss.text))  # "Halden" -> "Halden Mills"
                org = Speaker(full, poss.idx, poss.idx + len(poss.text), "org")
            if org is not None and org.kind == "org" and _body_name(org.name):
                return org
        person = self.person_at(poss) if poss.pos_ == "PROPN" else None
        if person is not None:
            return Speaker(f"{person[0]}'s {tok.lower_}", start, end, "org")
        if poss.pos_ == "PROPN" and poss.text[:1].isupper():
            owner = self._written_full_name(strip_possessive(poss.text))
            if " " in owner or poss.ent_type_ == "PERSON":  # not "Veloria's central bank"
                return Speaker(f"{owner}'s {tok.lower_}", start, end, "org")
            # a place or a bare name of no person ("Kalvaria's foreign ministry"): the body
            # as written, never the place and never another country's body named before
            return Speaker(doc_text(self.doc)[start:end], start, end, "org")
        if poss.pos_ == "NOUN" and is_role_noun(poss.lemma_.lower()):
            name = doc_text(self.doc)[start:end]
            return Speaker(name, start, end, "org")
        return None

    def _named_with(self, tok, poss) -> Speaker | None:
        """The organisation the article names with both the possessor's word and body noun
        ``tok`` ("Ostrava's central bank" -> "Bank of Ostrava"), or None."""
        owner = strip_possessive(poss.text).lower()
        noun = tok.lemma_.lower()
        for e in self.orgs:
            words = [w.lower() for w in strip_possessive(e.text).split()]
            if owner in words and noun in words and not is_outlet_name(e.text):
                return Speaker(self.org_name(e.text), e.start_char, e.end_char, "org")
        return None

    def _written_full_name(self, surname: str) -> str:
        """The article's longest run of two or three capitalised words ending in
        ``surname`` ("Owen Pryce" for "Pryce"), whatever the tagger made of it, else
        ``surname``."""
        pattern = r"\b((?:[A-Z][\w'’-]+ ){1,2})" + re.escape(surname) + r"\b"
        runs = [m.group(1) + surname for m in re.finditer(pattern, doc_text(self.doc))]
        runs = [r for r in runs if r.split()[0].lower() not in _SMALL_WORDS | {"the"}]
        return max(runs, key=len, default=surname)

    def _described_body(self, tok):
        """The last earlier noun of ``tok``'s lemma with modifiers of its own ("the regional
        public health office" before "the office", "the growers' fund" before "the fund")
        that holds every modifier ``tok`` has: "the county fire service" is a body of its
        own, never the "emergency services" named before. The noun must agree in number
        ("the airport" is none of "other airports") and, inside the clause ``tok``'s own
        verb reports, be its subject ("The fund has agreed …, the fund said"; not "Flights
        were sent to the main airport, the airport says"). None otherwise."""
        own = _modifier_words(tok)
        plural = tok.tag_ in ("NNS", "NNPS")
        reported = {t.i for t in tok.head.subtree if t.dep_ not in ("nsubj", "nsubjpass")} - {
            t.i for t in tok.subtree
        }
        for t in reversed(self.doc[: tok.i]):
            if (
                t.lemma_.lower() == tok.lemma_.lower()
                and (t.tag_ in ("NNS", "NNPS")) == plural
                and t.i not in reported
                and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.text.islower()))
                and any(c.dep_ in ("amod", "compound", "poss") for c in t.children)
                and own <= _modifier_words(t)
                and not self.in_quotation(t)
            ):
                return t
        return None

    def _role(self, tok) -> Speaker | None:
        """A person or unnamed source named by role ("the minister", "a spokeswoman for
        the ministry"); a definite role refers back to whoever was introduced with it."""
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN") or not is_role_noun(lemma):
            return None
        plural = tok.tag_ in ("NNS", "NNPS")
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if not plural and dets and dets[0] in ("the", "this", "that"):
            mods = [
                c.lower_
                for c in tok.children
                if c.dep_ == "compound" and c.i < tok.i and c.lower_ != "-"
            ]
            titled = self._person_with_role(tok, " ".join([*mods, tok.lower_])) if mods else None
            if titled is None and _SECOND_OFFICE & set(mods):
                return self._description(tok)  # "the Vice-Chair" is never the Chair
            earlier = titled or self._person_with_role(tok, lemma) or self._described(tok, lemma)
            if earlier:
                return earlier
        return self._description(tok)

    def _description(self, tok) -> Speaker | None:
        """The description headed by role noun ``tok`` (:func:`describe`); an unnamed
        spokesperson is given the body it speaks for (:meth:`_spoken_for`)."""
        desc = describe(self, tok)
        body = self._named_body_of(tok) if desc is not None and not desc.plural else None
        if body is not None:
            return body  # "a Halvik Timber spokeswoman said": the company speaks
        if desc is None or desc.plural or tok.lemma_.lower() not in SPOKES_NOUNS:
            return desc
        if desc.name.split()[0].lower() not in ("a", "an"):
            return desc
        if any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at") for c in tok.children):
            # "a spokesman for the operator": for the body named before, else as written
            named = self._body_spoken_for(tok)
            body = named.name if named is not None else None
        else:
            body = self._spoken_for(tok)
        if body is None:
            return desc
        det = "A" if desc.name[:1].isupper() else "a"  # every spokes noun takes "a"
        return dataclasses.replace(desc, name=f"{det} {tok.text} for {body}")

    def _body_spoken_for(self, tok) -> Speaker | None:
        """The named organisation a "for"/"of"/"at" phrase of spokes noun ``tok`` refers
        back to with a definite body noun ("a spokesman for the operator" after "Hohgrat
        Bahnen"), as "a Halvik Timber spokeswoman" is the company's; None when the phrase
        names no body of the article by name."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "NOUN" or obj.left_edge.lower_ != "the":
                continue
            sp = self._organisation(obj)
            if sp is not None and sp.kind == "org" and sp.name[:1].isupper():
                return sp
        return None

    def _body_of_group(self, tok) -> Speaker | None:
        """The organisation a plural group of people works for, as the article ties them:
        "Administrators from Kingsley Hart", "engineers at Halvik Rail" (a from/at/of
        phrase naming an organisation), or, for "the administrators", the same noun tied
        so before it. The body speaks for its people; None otherwise."""
        if tok.pos_ not in ("NOUN", "PROPN") or not (
            tok.tag_ in ("NNS", "NNPS") or _opening_class(tok)
        ):
            return None
        own = self._body_in_phrase(tok)
        if own is not None or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
            return own
        for t in reversed(self.doc[: tok.i]):
            if t.lower_ == tok.lower_ and t.i != tok.i:
                hit = self._body_in_phrase(t)
                if hit is not None:
                    return hit
        return None

    def _named_holder(self, tok) -> Speaker | None:
        """The body (or person) the article named as holding the role "the <noun>" names
        before it, whatever the tagger made of the name: in apposition ("Brightwing, *the operator*, grounded ...") or as the
        one appointed to it ("Harcourt Lyle *were appointed administrators*"; for a role
        only an appointment gives, :data:`APPOINTED_ROLES`, any body the article says was
        appointed: "Kingsley Hart *was appointed* shortly after 10 a.m."); later "the
        operator said" / "the administrators said" is that body. None for a role with
        other modifiers ("the new operator") or one the article never tied to a name."""
        if tok.pos_ != "NOUN" or [c.lower_ for c in tok.children if c.dep_ != "punct"] != ["the"]:
            return None
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[: tok.i]):
            if lemma in APPOINTED_ROLES and t.lemma_.lower() in APPOINTING and t.pos_ == "VERB":
                holder = _named_subject(t)
            elif t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            else:
                holder = t.head if t.dep_ == "appos" else _appointed(t)
            if holder is None or not _name_word(holder) or self.in_quotation(holder):
                continue
            first = holder.i
            while (
                first > 0
                and self.doc[first - 1].head.i == holder.i
                and _name_word(self.doc[first - 1])
            ):
                first -= 1  # "Restructuring firm *Kingsley Hart*": the capitalised words
            name = self.doc[first : holder.i + 1]
            if is_outlet_name(name.text) or place_like(name.text):
                return None
            person = holder.ent_type_ == "PERSON" and tok.tag_ == "NN"
            full = self.person_name(name.text) if person else self.org_name(name.text)
            return Speaker(full, name.start_char, name.end_char, "person" if person else "org")
        return None

    def _body_in_phrase(self, tok) -> Speaker | None:
        """The organisation a from/at/of phrase of ``tok`` names ("from Kingsley Hart")
        or describes with a noun of a body ("from the county council" -> the council the
        article names), or None (not a place: "residents of the village")."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "at", "of"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                org = next((e for e in self.orgs if e.start <= obj.i < e.end), None)
                if org is not None and not is_outlet_name(org.text):
                    return Speaker(self.org_name(org.text), org.start_char, org.end_char, "org")
                lemma = obj.lemma_.lower()
                if obj.pos_ == "NOUN" and (lemma in ORG_NOUNS | BODY_WORDS or is_org_noun(lemma)):
                    sp = self._organisation(obj)
                    if sp is not None and sp.kind == "org":
                        return sp
        return None

    def _named_body_of(self, tok) -> Speaker | None:
        """The organisation whose name modifies the unnamed member ``tok`` introduced
        with "a"/"one"/"another" ("a Halvik Timber spokeswoman", "a Marine Rescue Trust
        medic"): the member speaks for it, so it is the speaker; None otherwise."""
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if not dets or dets[0] not in INDEFINITE_DETERMINERS:
            return None
        for c in tok.children:
            if c.dep_ != "compound" or c.pos_ != "PROPN" or c.i > tok.i:
                continue
            org = next((e for e in self.orgs if e.start <= c.i < e.end), None)
            if org is not None and not is_outlet_name(org.text):
                name = self.org_name(org.text)
                return Speaker(name, org.start_char, org.end_char, "org")
        return None

    def _spoken_for(self, tok) -> str | None:
        """The body an unnamed spokesperson ``tok`` speaks for: with a noun modifier ("a
        council spokesman") the body named or described earlier by that noun ("the town
        council"); bare ("A spokesman said …") the organisation that is the subject of a
        clause of the same or the previous sentence, nearest first ("The catering firm
        Greenway Meals denied … . A spokesman said …"). None when there is none (a
        spokesman after a person: the person's, not said)."""
        mods = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if mods:
            return self._body_of_noun(mods[-1])
        sents = [s for s in self.doc.sents if s.start <= tok.sent.start][-2:]
        for t in reversed(self.doc[sents[0].start : tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or self.in_quotation(t):
                continue
            if t.lemma_.lower() in SPOKES_NOUNS or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if _reports(t.head) and tok.i in {x.i for x in t.head.subtree}:
                continue  # "X reported that a spokesman told it …": X relays, not his body
            sp = self._named_in_apposition(t) or self._organisation(t)
            if sp is not None and sp.kind == "org" and sp.name[:1].isupper():
                return "the " + sp.name[4:] if sp.name.startswith("The ") else sp.name
        return None

    def _body_of_noun(self, noun) -> str | None:
        """The body the modifier ``noun`` of a role refers to ("council" of "a council
        spokesman"): an organisation the article names before it with that noun in its
        name ("Lorsby Town Council"), else a body described before it with that noun and
        modifiers of its own ("the town council"); None otherwise."""
        if noun.pos_ != "NOUN":
            return None
        lemma = noun.lemma_.lower()
        for e in reversed(self.orgs):
            words = {w.lower() for w in strip_possessive(e.text).split()}
            if e.start < noun.i and lemma in words and not is_outlet_name(e.text):
                if not self._named_apart(noun, e):
                    return self.org_name(e.text)
        body = self._described_body(noun)
        if body is None or body.dep_ == "compound" or body.tag_ != "NN":
            return None  # "the country's airports" is no one body
        if self._bare_definite_between(body, noun):
            return None  # "a new museum …, the museum's hall …, a museum spokeswoman"
        left = min(t.i for t in body.subtree if t.i <= body.i and not _in_clause(t, body))
        text = self.doc[left : body.i + 1].text.strip()
        return "the" + text[3:] if text.startswith("The ") else text

    def _bare_definite_between(self, body, noun) -> bool:
        """Whether a bare definite mention of ``noun``'s lemma ("the museum", "the
        museum's hall", no modifier) stands between the described ``body`` ("a new
        museum in Keta") and ``noun``: the article's own body of that kind, nearer, which
        a bare noun modifier ("a museum spokeswoman") refers to rather than the other."""
        lemma = noun.lemma_.lower()
        return any(
            t.lemma_.lower() == lemma
            and t.pos_ == "NOUN"
            and t.left_edge.lower_ == "the"
            and not _modifier_words(t)
            and not self.in_quotation(t)
            for t in self.doc[body.i + 1 : noun.i]
        )

    def _described(self, tok, lemma: str) -> Speaker | None:
        """The unnamed source last introduced with role ``lemma`` before ``tok``."""
        prev = [sp for i, lem, sp in self.descriptions if i < tok.i and lem == lemma]
        return prev[-1] if prev else None

    def _person_with_role(self, tok, lemma: str) -> Speaker | None:
        cands = [m for m in self.mentions if m[0] < tok.i and lemma in m[4]]
        if not cands:
            cands = [m for m in self.mentions if lemma in m[4]]
        if not cands:
            return None
        _, name, s, e, _ = cands[-1]
        return Speaker(name, s, e, "person")

    def _recent_group(self, tok) -> Speaker | None:
        """The group "they" refers to: the last plural role noun that is a subject or
        an object of a preposition before it (resolved: "Administrators from Kingsley
        Hart took control. They say …" -> Kingsley Hart)."""
        for t in reversed(self.doc[: tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass", "pobj") and (
                (t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in ROLE_NOUNS) or _opening_class(t)
            ):
                sp = self.resolve(t)
                if sp:
                    return sp
        return None


_PERSON_KIND = frozenset({"person"})


def _introduced_person(doc, prev: list, window: int):
    """The last mention (of ``prev``, the resolver's person mentions before a pronoun) since
    token ``window`` that a noun of a person introduces in apposition ("my son Kieran, who
    is 14, ate one of the wraps from Firepit Kitchen"): when no subject is found, the
    person the writer introduced, not the last name (a stall the tagger took for a
    person's), is who "he" is. None without one."""
    for m in reversed(prev):
        tok = doc[m[0]]
        if m[0] < window:
            break
        head = tok.head
        if tok.dep_ == "appos" and head.pos_ == "NOUN" and is_a(head.lemma_.lower(), _PERSON_KIND):
            return m
    return None


def _name_beside(tok):
    """The proper noun right after common noun ``tok`` that the parser made a second
    subject of ``tok``'s verb ("The charity Sightline said": "charity" and "Sightline" both
    subjects of "said") or its apposition with no comma ("The charity Rural Routes"): the
    name the description goes with, else None."""
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
        return None
    nxt = head = tok.doc[tok.i + 1]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.pos_ == "PROPN":
        head = head.head  # "The charity Rural Routes said": "Routes" the second subject
    if nxt.pos_ != "PROPN" or head.pos_ != "PROPN":
        return None
    if head.dep_ == tok.dep_ and head.head.i == tok.head.i:
        return head
    return head if head.dep_ == "appos" and head.head.i == tok.i else None


#: head nouns of a public body whose name joins two places with "and" ("Avon and Somerset
#: Police", "Dorset and Wiltshire Fire and Rescue Service", "Mid and East Antrim Council")
_JOINT_BODY_HEADS = frozenset(
    "police constabulary council service trust authority board commission partnership".split()
)
#: tags the tagger gives a place's name (an invented one may be tagged a common noun)
_NAMING = frozenset({"PROPN", "NOUN"})


def _joint_body(tok) -> Speaker | None:
    """The body a subject names whose name joins two places with "and" before its head noun
    (:data:`_JOINT_BODY_HEADS`): "Garsby and Wold Police said", which the parser splits
    into a subject and its conjunct, or into two sentences, or "Avon and Somerset Police
    said" with the places as modifiers. The name is one place's word, "and", then
    capitalised words up to the last head noun, on one line; None for any other run, or
    when the first word is a common noun ("Ministers and Police said": two speakers)."""
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and _joins(doc[lo - 1]) and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    while hi + 1 < len(doc) and _joins(doc[hi + 1]) and "\n" not in doc[hi].whitespace_:
        hi += 1
    heads = [k for k in range(lo, hi + 1) if doc[k].lower_ in _JOINT_BODY_HEADS]
    for first in range(lo, tok.i + 1):
        if doc[first].lower_ == "and" or not heads or heads[-1] < first + 2:
            continue
        if doc[first + 1].lower_ != "and" or doc[first].lower_ in _JOINT_BODY_HEADS:
            continue
        if common_words([doc[first].text]):
            return None  # "Ministers and Police said": two speakers, no one body's name
        span = doc[first : heads[-1] + 1]
        return Speaker(span.text, span.start_char, span.end_char, "org")
    return None


def _person_in_apposition(tok, mentions: list) -> Speaker | None:
    """The person a description subject names in apposition ("Greenlow's superintendent
    pharmacist, *Rhodri Fennimore*, said"): of ``mentions`` (``(token index, name, start,
    end, ...)``), the one inside an appositive of ``tok``; a later "he" refers to that
    person, by name. None when no mention stands there."""
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        for m in mentions:
            if c.left_edge.i <= m[0] <= c.right_edge.i:
                return Speaker(m[1], m[2], m[3], "person")
    return None


def _person_shaped_apposition(tok) -> Speaker | None:
    """A name of a person's shape in apposition to ``tok`` whatever the tagger made of it
    ("pharmacist, Rhodri Fennimore," tagged an organisation), else None."""
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            span = tok.doc[c.left_edge.i : c.i + 1]
            if person_shaped(span.text.split()) and not common_words(span.text.split()):
                return Speaker(span.text, span.start_char, span.end_char, "person")
    return None


def _joins(t) -> bool:
    """A word of a joint body's name: a capitalised name or noun, or "and"."""
    return (t.text[:1].isupper() and t.pos_ in _NAMING) or t.lower_ == "and"


#: entity labels of a name that is no body a "the company" may be ("On Wednesday, the ...")
_NOT_BODIES = frozenset({"DATE", "TIME", "GPE", "LOC", "PERSON", "NORP", "CARDINAL", "ORDINAL", "EVENT"})


class SpeakerResolver(_BodyResolution):
    """Resolve a subject token to a speaker within one article (see module docstring)."""

    def _employer(self, tok) -> Speaker | None:
        """ "Management have confirmed ...", "bosses said": the employer's managers speak
        for it; the one company the article names (not a union, a public body or an
        outlet), else the word itself. Not someone's management ("the hospital's
        management"), which the owner resolution reads."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in EMPLOYER_WORDS:
            return None
        if any(c.dep_ == "poss" for c in tok.children):
            return None
        firms = {}
        for e in self.orgs:
            name = strip_possessive(e.text)
            if org_kind(name) in ("company", "") and not is_outlet_name(name) and _has_name_word(e):
                firms.setdefault(self.org_name(name), e)
        if len(firms) == 1:
            name, e = next(iter(firms.items()))
            return Speaker(name, e.start_char, e.start_char + len(strip_possessive(e.text)), "org")
        return Speaker(tok.text, tok.idx, tok.idx + len(tok.text), "org")

    def _misread_name(self, tok) -> Speaker | None:
        """A name the tagger took for an adverb ("Dashly argued that ...") or a common noun
        ("Helixwood now says ...") that the article names elsewhere as an organisation (by
        its first word) or a person (by the surname); a word WordNet knows in that part of
        speech ("Finally", "Police") is none."""
        pos = {"ADV": "r", "NOUN": "n"}.get(tok.pos_)
        if pos is None or not tok.text[:1].isupper() or not tok.is_alpha:
            return None
        if lexicon.senses(tok.lower_, pos) or (pos == "n" and lexicon.senses(tok.lemma_, pos)):
            return None
        org = next((o for o in self.orgs if o.text.split()[0] == tok.text), None)
        if org is not None:
            return Speaker(self.org_name(org.text), tok.idx, tok.idx + len(tok.text), "org")
        known = self.full_by_last.get(tok.lower_)
        return Speaker(known[0], known[1], known[2], "person") if known else None

    def in_dateline(self, tok) -> bool:
        """Whether ``tok`` lies in a dateline: a place and a date, never a speaker."""
        return any(s <= tok.idx < e for s, e in self.datelines)

    def resolve(self, tok) -> Speaker | None:
        """Speaker for subject token ``tok`` (the head of the subject phrase), or None.

        A speaker is a person, an organisation, an unnamed source's description or a group;
        never a place, a work's title or words inside a quotation.
        """
        if tok is None or self.in_quotation(tok):
            return None
        if self.in_dateline(tok):  # "Frankwell, 25 May 2026 - Kell Bank announces …"
            after = [c for c in tok.children if c.dep_ == "appos" and not self.in_dateline(c)]
            return self.resolve(after[0]) if after else None
        if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children) and (
            _newsroom_role(tok) or not any(c.dep_ == "appos" for c in tok.children)
        ):
            return None  # "our correspondent says": the newsroom's own reporting
        joint = _joint_body(tok)
        if joint is not None:
            return joint  # "Avon and Somerset Police said": one force, two places
        named = _name_beside(tok)
        if named is not None:  # "The charity Sightline said": Sightline speaks, a body
            sp, desc = self.resolve(named), self._organisation(tok)
            if desc is None or desc.kind != "org":
                return sp
            if sp is None:  # a body's name the tagger took for a place: "Rural Routes"
                start = tok.doc[tok.i + 1].idx
                sp = Speaker(doc_text(self.doc)[start : named.idx + len(named)], start, 0, "org")
            return Speaker(sp.name, sp.start, sp.start + len(sp.name), "org")
        titled = _name_with_capital_the(tok)
        if titled is not None:
            return titled  # "The Marrow Kings have said": a band, one speaker
        office = self._office_holder(tok)
        if office is not None:
            return office  # "The Chair said": whom the list of those present makes the chair
        hit = self._named_person(tok) or self._named_in_apposition(tok)
        hit = hit or self._name_after_title(tok) or self._name_between_commas(tok)
        hit = hit or self._described_acronym(tok) or self._misread_name(tok)
        if hit is None and self._honoured(tok):
            hit = self._lone_name(tok)  # "Ms Dovey said", whatever the tagger made of it
        if hit is not None:
            return hit
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        body = self._body_of_group(tok) or self._named_holder(tok) or self._employer(tok)
        if body is not None:
            return body  # "Administrators from Kingsley Hart …", later "the administrators"
        if _opening_class(tok):  # "Neighbours said …": people of a class, no name
            return Speaker(tok.text, tok.idx, tok.idx + len(tok.text), "group", True)
        if _refers_back(tok):  # "the 21-year-old said", "the striker added"
            return self._antecedent(tok)
        lone = not any(c.dep_ in ("compound", "flat") for c in tok.children)
        if tok.pos_ == "PROPN" and (
            tok.ent_type_ in NOT_SPEAKERS or (lone and self.is_place_name(tok.text))
        ):
            # "Berlin said": a place; '"…," Kovac said' with Kovac tagged a place: a person;
            # "Harbor City say": a club named after its town
            team = self._team(tok)
            if team is not None:
                return team
            if tok.ent_type_ in ("DATE", "TIME"):
                return None  # '("Plot holders face steep rise", 10 May, page 9) said'
            return self._lone_name(tok) if _after_quotation(tok) else None
        return (
            self._organisation(tok)
            or self._role(tok)
            or (self._team(tok) if tok.pos_ == "PROPN" else None)  # "Ravensmoor have said"
            or self._lone_name(tok)
            or self._described_name(tok)
            or self._untagged_speaker(tok)
        )

    def _office_holder(self, tok) -> Speaker | None:
        """The person introduced with the office that ``tok``, a role noun after "the",
        names ("Present: Ann Roe (Chair), Ola Berg (Treasurer)" ... "The Treasurer said"),
        however the tagger took the capitalised office; None when no one was."""
        if tok.pos_ not in ("NOUN", "PROPN") or not is_role_noun(tok.lemma_.lower()):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        role = self._role(tok)
        return role if role is not None and role.kind == "person" else None

    def _untagged_speaker(self, tok) -> Speaker | None:
        """A name of two to four capitalised proper nouns the tagger left untagged that is
        the subject of a reporting verb ("Horeca Varnia has announced it will …"): whoever
        it names, a person or a body, said it. Not a place (of the article or the world,
        :func:`place_like`), an outlet, a name of common nouns only ("Mission Control"),
        words inside a quotation, nor a chain with a tagged word."""
        if tok.pos_ != "PROPN" or tok.dep_ != "nsubj" or not is_speech_verb(tok.head):
            return None
        first = min((c.i for c in tok.children if c.dep_ in ("compound", "flat")), default=tok.i)
        chain = self.doc[first : tok.i + 1]
        words = [t.text for t in chain]
        if not 2 <= len(words) <= 4 or any(t.pos_ != "PROPN" or t.ent_type_ for t in chain):
            return None
        if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
            return None
        name = " ".join(words)
        if self.in_quotation(tok) or common_words(words) or is_outlet_name(name):
            return None
        if place_like(name) or any(self.is_place_name(w) for w in words):
            return None
        kind = "person" if person_shaped(words) and not org_kind(name) else "org"
        return Speaker(name, chain.start_char, chain.end_char, kind)

    def _described_acronym(self, tok) -> Speaker | None:
        """A body named by its initials after a noun of its kind ("the miners' union DNA
        said", "the growers' association GPS said"), whatever the tagger made of the
        initials (a common noun, an untagged name): two to six capital letters with a
        lower-case body noun (:func:`is_org_noun`, whatever its tag) compounded before them; the long form the
        article defines for them if any. None for an outlet's initials."""
        text = tok.text
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6):
            return None
        if self.in_quotation(tok) or is_outlet_name(text):
            return None
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if not any(m.text.islower() and is_org_noun(m.lemma_.lower()) for m in mods):
            return None
        return Speaker(self.org_name(text), tok.idx, tok.idx + len(text), "org")

    def _name_after_title(self, tok) -> Speaker | None:
        """The person a title with an "of" phrase names when the tagger glued the body's
        name to the person's ("Chairman of the Board Elsa Norrby said", "the Board Elsa
        Norrby" tagged one organisation): the last two or three capitalised words of the
        "of" phrase when they are shaped like a person's name and every word before them
        is a capitalised common noun (WordNet: "Board", "Agency", "Interior"). None for a
        title without such a phrase ("President of Ireland said": no name after it)."""
        if not _title_noun(tok):
            return None
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None or self.in_quotation(pobj):
            return None
        words = [t for t in pobj.subtree if t.dep_ != "det" and t.i > prep.i]
        if any(not (t.is_alpha and t.text[:1].isupper()) for t in words):
            return None
        for k in range(1, len(words) - 1):
            name = words[k:]
            if len(name) <= 3 and person_shaped([t.text for t in name]):
                if all(lexicon.senses(t.lower_, "n") for t in words[:k]):
                    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
                    full = self.person_name(doc_text(self.doc)[start:end])
                    return Speaker(full, start, end, "person")
        return None

    def _name_between_commas(self, tok) -> Speaker | None:
        """The name set off by commas after a role noun when the parser did not read it as
        an apposition ("the mayor, Per Dahl, said": "Per" taken for a preposition): two or
        three capitalised words between a comma right after ``tok`` and a comma, shaped
        like a person's name (:func:`person_shaped`) or opening with a word that is no
        common noun (a first name: "Per Dahl", whose surname is one in WordNet), none of
        them a place, an organisation's or inside a quotation. None for any other shape."""
        doc = self.doc
        if not _title_noun(tok) or tok.i + 4 >= len(doc) or doc[tok.i + 1].text != ",":
            return None
        close = next((t.i for t in doc[tok.i + 2 : tok.i + 6] if t.text == ","), None)
        if close is None:
            return None
        name = doc[tok.i + 2 : close]
        words = [t.text for t in name]
        if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
            return None
        named = person_shaped(words) or not lexicon.senses(words[0].lower(), "n")
        if not named or self.in_quotation(name[0]) or name.root.ent_type_ in NOT_SPEAKERS:
            return None
        if self.is_place_name(words[-1]) or any(t.ent_type_ == "ORG" for t in name):
            return None
        return Speaker(self.person_name(name.text), name.start_char, name.end_char, "person")

    def _named_in_apposition(self, tok) -> Speaker | None:
        """The organisation a common noun subject names in apposition ("the line's owner,
        Vessel Rail, said"; also a name tagged a person's that reads as a body's: "the
        mine's owner Keldor Mining"): the name speaks, not its description."""
        if tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and self._org_named_at(c):
                sp = self._organisation(c)
                if sp is not None and sp.kind == "org":
                    return sp
        return None

    def _org_named_at(self, tok) -> bool:
        """Whether ``tok`` lies in a name tagged ORG, or in an organisation's name the
        tagger took for a person's ("the mine's owner Keldor Mining")."""
        return tok.ent_type_ == "ORG" or any(e.start <= tok.i < e.end for e in self.orgs)

    def _described_name(self, tok) -> Speaker | None:
        """A capitalised name spaCy did not tag that speaks with a description in
        apposition ("Met Eireann, the national forecaster, said …"): a named source; not a
        place of the article or of the world."""
        if tok.pos_ != "PROPN" or tok.dep_ != "nsubj" or not is_speech_verb(tok.head):
            return None
        if not any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children):
            return None
        first = min((c.i for c in tok.children if c.dep_ in ("compound", "flat")), default=tok.i)
        chain = self.doc[first : tok.i + 1]
        if len(chain) > 3 or not all(t.text[:1].isupper() for t in chain):
            return None
        name = strip_possessive(chain.text)
        if self.is_place_name(name) or place_like(name) or is_outlet_name(name):
            return None
        return Speaker(name, chain.start_char, chain.start_char + len(name), "org")

    def _team(self, tok) -> Speaker | None:
        """A place name that stands for a club or a company: the start of an organisation's
        name the article gives ("Harbor City said" with "Harbor City FC" named), or the
        singular subject of a plural verb, as clubs are written ("Valmora have confirmed",
        "Harbor City say")."""
        first = min((c.i for c in tok.children if c.dep_ in ("compound", "flat")), default=tok.i)
        surface = strip_possessive(self.doc[first : tok.i + 1].text)
        for org in self.orgs:
            full = strip_possessive(org.text)
            full = full[4:] if full.lower().startswith("the ") else full
            if full != surface and full.startswith(surface + " "):
                return Speaker(full, org.start_char, org.end_char, "org")
        verb = tok.head
        plural_verb = verb.tag_ == "VBP" or any(
            c.dep_ == "aux" and c.tag_ == "VBP" for c in verb.children
        )
        if tok.dep_ == "nsubj" and tok.tag_ == "NNP" and plural_verb:
            start = self.doc[first].idx
            return Speaker(surface, start, start + len(surface), "org")
        return None

    def _lone_name(self, tok) -> Speaker | None:
        """A one-word capitalised name that is the subject of a reporting verb and that
        nothing else explains ("Kovac said" where the article never gives her first name):
        not a place of the article or of the world, not an organisation's or an outlet's
        name. A person by that name; with an honorific before it ("Mr Tofte said") a
        person whatever else the word may name."""
        if self._honoured(tok):
            name = strip_possessive(tok.text)
            return Speaker(self.person_name(name), tok.idx, tok.idx + len(name), "person")
        if (
            tok.pos_ != "PROPN"
            or any(c.dep_ in ("compound", "flat") for c in tok.children)
            or not tok.text[:1].isupper()
            or tok.text.isupper()
            or tok.dep_ != "nsubj"
            or not is_speech_verb(tok.head)
            or (tok.i == tok.sent.start and not tok.ent_type_)  # "Staff said …"
        ):
            return None
        name = strip_possessive(tok.text)
        if self.is_place_name(name) or place_like(name) or is_outlet_name(name):
            return None
        if org_kind(name):
            return None
        full = self.person_name(name)
        for org in (o for o in self.orgs if name in o.text.split()):
            words = strip_possessive(org.text).split()
            if len(words) == 2 and words[-1] == name and not org_kind(org.text):
                full = " ".join(words)  # "Ivo Rask" tagged ORG, then "Rask said": a person
            else:
                return None  # a short form of an organisation's name
        return Speaker(full, tok.idx, tok.idx + len(name), "person")

    @staticmethod
    def _honoured(tok) -> bool:
        """Whether ``tok`` is a capitalised proper noun whose only modifier is an honorific
        just before it ("Mr Tofte", "Dr. Saltner"): a person's surname."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "flat")]
        return (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and len(mods) == 1
            and mods[0].i == tok.i - 1 - (tok.doc[tok.i - 1].text == ".")
            and mods[0].lower_.rstrip(".") in HONORIFICS
        )

    def _named_person(self, tok) -> Speaker | None:
        """A named person at ``tok`` (entity or known surname, possibly in a compound
        phrase), in its apposition ("a military expert, Michael Kofman, said") or, for a
        role, in a conjoined title ("Farmer and councillor Jens Holt said")."""
        cands = [tok] + [c for c in tok.children if c.dep_ == "appos"]
        if tok.lemma_.lower() in ROLE_NOUNS | TITLE_WORDS:
            cands += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        for cand in cands:
            hit = self.person_at(cand)
            if hit and not self.is_place_name(hit[0]):
                return Speaker(hit[0], hit[1], hit[2], "person")
        return None

    def _pronoun(self, tok) -> Speaker | None:
        """The speaker a subject pronoun outside quotation marks refers to: "he"/"she" a
        person (:meth:`_antecedent`), "they" a group or a body, "it" a body. "We" and "I"
        there are the writer ("ornithologists we spoke to said …"): no speaker."""
        low = tok.lower_
        if low in MALE_FEMALE_PRONOUNS:
            return self._antecedent(tok)
        if low in PLURAL_PRONOUNS:
            return self._recent_group(tok) or self._recent_org(tok)
        if low == "it":
            return self._recent_org(tok, nearest=True)  # "The company will …, it said."
        return None

    def _recent_org(self, tok, nearest: bool = False) -> Speaker | None:
        """The organisation "they" or "it" refers back to: a club or company that is the
        subject of a clause in the two sentences before ``tok`` ("Valmora have confirmed the
        sale. In a statement they thanked …"; "The company will …, it said"). With
        ``nearest`` only the nearest earlier subject may be it ("his campaign …, where it
        says …" is not the board named before)."""
        sents = [s for s in self.doc.sents if s.start <= tok.sent.start][-3:]
        for t in reversed(self.doc[sents[0].start : tok.i]):
            if t.dep_ != "nsubj" or t.pos_ not in ("PROPN", "NOUN") or self.in_quotation(t):
                continue
            if tok.lower_ == "it" and plural_in_number(t):
                continue  # "it" is one body: "The 14 staff are safe, it said" is not the staff
            beside = _name_beside(t)  # "The charity Sightline said it had warned ..."
            sp = (
                (self._team(t) if t.pos_ == "PROPN" else None)
                or (self.resolve(t) if beside is not None else None)
                or self._organisation(t)
            )
            if sp is not None and sp.kind == "org":
                return sp
            if nearest and tok.lower_ == "it" and (body := self._body_tagged_person(t)):
                return body  # "Borealis Air has agreed to buy …, it announced"
            if nearest and t.lower_ not in ("it", "which", "that") and not _said_by(t, tok):
                if _reported_subject(t) and t.sent.start < tok.sent.start:
                    return self._reporting_org(t.head.head)  # "X said a valve …. …, it said"
                return None  # "it" is the nearest subject before it, here no organisation
        return None

    def _body_tagged_person(self, tok) -> Speaker | None:
        """The name of two or more words headed by ``tok`` that the tagger took for a
        person's but that "it" refers back to: "it" never stands for a person, so the name
        is a body's. None for a name with a title, an honorific or a role before it
        ("Dr Ana Ruiz", "chief executive Ana Ruiz"): a person."""
        ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or ent.root.i != tok.i:
            return None
        if leading_title(ent) or any(m[2] == ent.start_char and m[4] for m in self.mentions):
            return None
        name = strip_possessive(ent.text)
        return Speaker(name, ent.start_char, ent.start_char + len(name), "org")

    def _reporting_org(self, verb) -> Speaker | None:
        """The organisation that speaks by reporting ``verb`` ("Halvik Timber said …"), or
        None when its speaker is none."""
        subj = speech_subject(verb)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            return None
        sp = (self._team(subj) if subj.pos_ == "PROPN" else None) or self._organisation(subj)
        if sp is not None and sp.kind == "org":
            return sp
        person = self.person_at(subj)  # a body's name the tagger took here for a person's
        named = [e for e in self.orgs if person and strip_possessive(e.text) == person[0]]
        return Speaker(person[0], person[1], person[2], "org") if named else None

    def _antecedent(self, tok) -> Speaker | None:
        """The person "he"/"she" at ``tok`` refers to: the last person named outside
        quotation marks before it, preferring one who is a clause's subject in the last
        three sentences ("Ana Ruiz thanked Tom Reed. "…," she said." -> Ana Ruiz), or an
        unnamed source introduced there as a subject ("A spokeswoman for the ministry said
        …. She added …")."""
        doc = self.doc
        prev = [m for m in self.mentions if m[0] < tok.i and not self.in_quotation(doc[m[0]])]
        sent_start = tok.sent.start
        window = [s for s in doc.sents if s.start <= sent_start][-4:][0].start
        subjects = [
            (m[0], Speaker(m[1], m[2], m[3], "person"))
            for m in prev
            if m[0] >= window and (_is_subject(doc[m[0]]) or _is_source(doc[m[0]]))
        ]
        subjects += self._role_speakers(window, tok.i)  # before a tie's description
        subjects += [
            (i, sp)
            for i, _, sp in self.descriptions
            if window <= i < tok.i and _is_subject(doc[i])
        ]
        subjects += self._named_speakers(window, tok.i)
        subjects += self._mistagged_subjects(window, tok.i)
        subjects += self._surname_subjects(window, tok.i)
        subjects = [
            (i, (sp.kind == "description" and self._named_by_apposition(doc[i], prev)) or sp)
            for i, sp in subjects
        ]
        subjects = [c for c in subjects if self._may_be(c[1], tok.lower_)]
        subjects += _unnamed_subjects(doc[window : tok.i], tok.lower_, self)
        hosts = {t.i for t in tok.ancestors}  # "a spokeswoman for her office": not herself
        subjects = [c for c in subjects if c[0] not in hosts]
        told = reported_by_others(doc, {c[0] for c in subjects}, tok.lower_)
        subjects = [c for c in subjects if c[0] not in told]
        if subjects:
            return max(subjects, key=lambda c: c[0])[1]  # None: an unnamed person nearest
        # the last person named, not one whose role says the other sex ("Lorna Beattie,
        # the pupil's mother" is no "he")
        prev = [m for m in prev if self._may_be(Speaker(m[1], m[2], m[3], "person"), tok.lower_)]
        if prev:
            _, name, s, e, _ = _introduced_person(doc, prev, window) or prev[-1]
            return Speaker(name, s, e, "person")
        return None

    def _named_by_apposition(self, tok, mentions: list) -> Speaker | None:
        """The person a description subject at ``tok`` names in apposition ("Greenlow's
        superintendent pharmacist, *Rhodri Fennimore*, said"): one of ``mentions``
        (:func:`_person_in_apposition`), else :meth:`resolve`'s person when the tagger did
        not read the name as a person's; None without an appositive. A later "he" refers
        to that person, by name, not to the description."""
        if not any(c.dep_ == "appos" for c in tok.children):
            return None
        named = _person_in_apposition(tok, mentions)
        if named is None:
            sp = self.resolve(tok)
            named = sp if sp is not None and sp.kind == "person" else None
        return named or _person_shaped_apposition(tok)

    def joint_antecedent(self, tok) -> Speaker | None:
        """The named parties a plural subject with "both" or "the two"/"all three" refers
        back to ("The Social Democrats and the Liberal Party signed … . …, both parties
        said"): the last coordination of as many names, outside quotations, in this or
        the three sentences before, as one plural speaker ("Social Democrats and Liberal
        Party"); None for any other noun or without such names."""
        count = _joint_count(tok)
        if count is None:
            return None
        window = [s for s in self.doc.sents if s.start <= tok.sent.start][-4:][0].start
        for t in reversed(self.doc[window : tok.i]):
            names = [t, *(c for c in t.conjuncts if c.i > t.i)]
            if t.dep_ == "conj" or len(names) != count or self.in_quotation(t):
                continue
            spans = [self._name_span(n) for n in names]
            if all(spans):
                words = [_bare_name(sp.text) for sp in spans]
                start, end = spans[0].start_char, spans[-1].end_char
                return Speaker(" and ".join(words), start, end, "group", True)
        return None

    def _name_span(self, tok):
        """The entity naming a body or a person that ``tok`` heads, with capitalised
        modifiers the tagger left out ("Social" of "the Social Democrats"), or None."""
        ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.root.i != tok.i or ent.label_ not in _PARTY_LABELS:
            return None
        left = ent.start
        for c in sorted(tok.lefts, key=lambda c: -c.i):
            if c.i == left - 1 and c.dep_ in ("amod", "compound") and c.text[:1].isupper():
                left = c.i
        return self.doc[left : ent.end]

    def _mistagged_subjects(self, lo: int, hi: int) -> list[tuple[int, Speaker]]:
        """(token index, speaker) of clause subjects in tokens [lo, hi) that the tagger took
        for a body or a place but that are shaped like a person's name ("Ivo Brandt
        inspected the gates. He told reporters …": "he" is no organisation): two to four
        capitalised words, the last no common noun, no word of a body's kind, no outlet."""
        out = []
        for ent in self.ents:
            if not lo <= ent.root.i < hi or ent.label_ not in ("ORG", "GPE", "NORP", "FAC"):
                continue
            words = [t.text for t in ent if t.is_alpha]
            if (
                ent.root.dep_ not in ("nsubj", "nsubjpass")
                or self.in_quotation(ent.root)
                or not person_shaped(words)
                or org_kind(ent.text)
                or looks_like_org(ent.text)
                or is_outlet_name(ent.text)
                or place_like(ent.text)
            ):
                continue
            name = " ".join(words)
            out.append((ent.root.i, Speaker(name, ent.start_char, ent.end_char, "person")))
        return out

    def _surname_subjects(self, lo: int, hi: int) -> list[tuple[int, Speaker]]:
        """(token index, speaker) of clause subjects in tokens [lo, hi) that are a bare
        surname the tagger left untagged, of a name the article writes in full elsewhere
        however it was tagged ("France's Theo Marchand" as a place; "Marchand lost
        control … He broke his leg, his team said": Theo Marchand). Centering: the
        subject of the sentence before is what "he"/"his" continues, and a surname
        shared with a full name is that person's, whatever part of speech the tagger
        gave the word. A word of no such full name, a place, an organisation-like word or
        an outlet gives none."""
        out = []
        for t in self.doc[lo:hi]:
            if (
                t.pos_ not in ("PROPN", "NOUN", "VERB", "ADJ")  # a tagger's misread name
                or not _is_subject(t)
                or t.dep_ in ("compound", "flat", "appos")
                or any(c.dep_ in ("compound", "flat") for c in t.children)
                or t.ent_type_ not in ("", "ORG", "GPE", "LOC", "FAC", "NORP")
                or self.person_at(t) is not None
                or self.in_quotation(t)
                or not t.text[:1].isupper()
                or t.text.isupper()
                or self.is_place_name(t.text)
                or looks_like_org(t.text)
                or is_outlet_name(t.text)
            ):
                continue
            full = self._full_name_ending(strip_possessive(t.text))
            if full is not None:
                out.append((t.i, Speaker(full, t.idx, t.idx + len(t.text), "person")))
        return out

    def _full_name_ending(self, surname: str) -> str | None:
        """The one person-shaped name of the article's entities, whatever their label,
        whose last word is ``surname`` ("Theo Marchand" tagged a place for "Marchand"),
        not a place, a body or an outlet; None when there is none or more than one."""
        found = set()
        for e in self.doc.ents:
            words = [w for w in strip_possessive(e.text).split() if w[:1].isalpha()]
            if (
                words[-1:] == [surname]
                and person_shaped(words)
                and not place_like(e.text)
                and not org_kind(e.text)
                and not looks_like_org(e.text)
                and not is_outlet_name(e.text)
                and not self.in_quotation(e.root)
            ):
                found.add(" ".join(words))
        return next(iter(found)) if len(found) == 1 else None

    def _may_be(self, sp: Speaker, pronoun: str) -> bool:
        """False when ``sp``'s role says the other sex than ``pronoun`` ("Lena Brook, a
        spokeswoman" is not "he"); True when nothing says."""
        roles = set().union(*(m[4] for m in self.mentions if m[1] == sp.name)) | set(
            sp.name.lower().split()[:1]
        )
        other = MALE_ROLES if pronoun in ("she", "her") else FEMALE_ROLES
        return not roles & other

    def _role_speakers(self, lo: int, hi: int) -> list[tuple[int, Speaker]]:
        """(token index, speaker) of the people named by a definite role who speak in
        tokens [lo, hi) ("The Liberal group's leader says …. "…," she says."; "the
        union's negotiator said …"): the singular role-noun subject of a reporting verb
        with "the" or a possessive before it, outside quotation marks, resolved as a role
        (:meth:`_role`: the person introduced with it, else the description); the subject
        of any verb when the role names a person introduced with it ("The Chair apologised
        to members. He said ...")."""
        out = []
        for t in self.doc[lo:hi]:
            if t.dep_ != "nsubj" or (t.pos_, t.tag_) not in (("NOUN", "NN"), ("PROPN", "NNP")):
                continue  # "The Medical Director reported": a title in capitals too
            if self.in_quotation(t):
                continue
            if not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children
            ):
                continue  # "a spokeswoman said" is among the descriptions already
            sp = self._role(t)
            if sp is None or sp.kind not in ("person", "description"):
                continue
            if is_speech_verb(t.head) or sp.kind == "person":
                out.append((t.i, sp))  # "The Chair apologised ... He said": the chair named
        return out

    def _named_speakers(self, lo: int, hi: int) -> list[tuple[int, Speaker]]:
        """(token index, speaker) of the names that speak in tokens [lo, hi) though spaCy
        did not tag them people ("Dahl said he had "no idea" ... "…," he said."): the
        proper-noun subject of a reporting verb, not a place, an outlet or an
        organisation-like name, outside quotation marks."""
        out = []
        for t in self.doc[lo:hi]:
            if t.pos_ != "PROPN" or t.dep_ not in ("nsubj",) or not is_speech_verb(t.head):
                continue
            if not t.text[:1].isupper() or (len(t.text) > 1 and t.text.isupper()):
                continue  # "the coast guard said", "BNC said": a body, not a person's name
            if self.in_quotation(t) or t.ent_type_ in NOT_SPEAKERS | {"NORP"}:
                continue
            first = min((c.i for c in t.children if c.dep_ in ("compound", "flat")), default=t.i)
            surface = self.doc[first : t.i + 1].text
            if self.is_place_name(t.text) or looks_like_org(surface) or is_outlet_name(surface):
                continue
            name = self.person_name(surface)
            start = self.doc[first].idx
            out.append((t.i, Speaker(name, start, start + len(surface), "person")))
        return out


def _has_name_word(ent) -> bool:
    """Whether entity ``ent`` holds a capitalised word, as a body's name does: a lower-case
    common noun the tagger took for an organisation ("the colliery") names none."""
    return any(t.text[:1].isupper() for t in ent if t.is_alpha)


def _unnamed_subjects(span, pronoun: str, ctx) -> list[tuple[int, None]]:
    """(token index, None) of the unnamed people in ``span`` who are a clause's subject and
    whom "he"/"she" ``pronoun`` may be ("One resident, who asked not to be named, said
    …"): a singular person noun with "a"/"an"/"another"/"one", outside quotation marks, no
    described source (those speak), no role of the other sex. Nearest, such a person is
    what the pronoun refers to: it has no speaker, not a person named further back."""
    other = MALE_ROLES | {"man"} if pronoun in ("she", "her") else FEMALE_ROLES | {"woman"}
    described = {i for i, _, _ in ctx.descriptions}
    return [
        (t.i, None)
        for t in span
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.i not in described
        and t.lemma_.lower() not in other
        and _indefinite(t)
        and not ctx.in_quotation(t)
        and _person_noun(t.lemma_.lower())
        and not any(c.dep_ == "acl" and c.lower_ in ("called", "named") for c in t.children)
    ]  # "a woman called Marguerite" is named: the name is the pronoun's antecedent


def reported_by_others(doc, candidates: set[int], pronoun: str) -> set[int]:
    """The token indices of ``candidates`` (clause subjects "he"/"she" ``pronoun`` may
    refer to) that stand inside what another candidate says or thinks: in a content
    clause (``ccomp``) of a verb, at any depth, whose subject is one of ``candidates``
    ("Coach Ana Ruiz said she feared a surgeon would operate": "a surgeon" is in Ana
    Ruiz's report). Centering: the one who reports, not a person in the report, is who a
    following "…," she said" continues. Not when that verb's clause holds a pronoun of
    the other sex ("Tom Reed said his coach Ana Ruiz had praised him. "…," she said":
    the reporter is "his", she is Ana Ruiz). Indices of ``doc``'s tokens."""
    other = _OTHER_SEX.get(pronoun, frozenset())
    out = set()
    for i in candidates:
        node = doc[i]
        while node.head.i != node.i:
            verb = node.head
            if (
                node.dep_ == "ccomp"
                and any(c.i in candidates - {i} and _is_subject(c) for c in verb.children)
                and not any(t.lower_ in other for t in verb.subtree)
            ):
                out.add(i)
                break
            node = verb
    return out


def _indefinite(tok) -> bool:
    """Whether noun ``tok`` is introduced as someone new: "a", "an", "another" or "one"."""
    return any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
        for c in tok.children
    )


def _person_noun(lemma: str) -> bool:
    """Whether common noun ``lemma`` stands for a person ("resident", "witness")."""
    return lemma in ROLE_NOUNS or noun_kinds(lemma, first=1) == ("PERSON",)


def _body_name(name: str) -> bool:
    """Whether ``name``'s words tell a kind of body ("Halden Mills plc", "Orrin Marine
    Trust"): a person's name ("Tova Lind") or a bare word ("Danes") does not."""
    return bool(org_kind(name)) or looks_like_org(name)


def _opening_class(tok) -> bool:
    """Whether ``tok`` is a plural common noun of people capitalised only because it
    opens its sentence, whatever the tagger made of it ("Neighbours said …",
    "Administrators to the chain said …"): one word, no name around it, its singular a
    noun whose first WordNet sense is a person, the word itself no noun of its own."""
    if not tok.text[:1].isupper() or tok.text.isupper() or not tok.text.endswith("s"):
        return False
    if tok.i != tok.sent.start and not _after_dateline(tok):
        return False
    if any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    low = tok.lower_
    if lexicon.senses(low, "n"):
        return False
    singulars = [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]
    return any(noun_kinds(w, first=1) == ("PERSON",) for w in singulars)


def _after_dateline(tok) -> bool:
    """Whether ``tok`` is the first word after a wire dateline's dash ("LONDON, Nov 10
    (Agency) - Administrators said")."""
    return tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–", "—")


def _said_by(subj, pron) -> bool:
    """Whether ``subj`` is the subject of the clause that pronoun ``pron``'s reporting verb
    reports, or a clause joined to that one ("The rooms will reopen next week, it said":
    "rooms" is what is said, not a candidate for "it")."""
    verb, clause = pron.head, subj.head
    if subj.sent.start != pron.sent.start:
        return False
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.i != verb.i:
        clause = clause.head  # "There was no sign …, and the herd may number …, it said"
    if verb.i == clause.i:
        # the parser hung the clause's subject on the reporting verb too ("The crew, …, are
        # safe, it said": two subjects of "said"): the one before the clause is what is said
        return subj.i < pron.i and any(_is_clause_object(c) for c in verb.children)
    return (clause.head.i == verb.i and clause.dep_ in ("ccomp", "parataxis")) or (
        verb.head.i == clause.i and verb.dep_ in ("parataxis", "ccomp", "advcl")
    )


def _reported_subject(tok) -> bool:
    """Whether subject ``tok`` belongs to what a speaker reported ("X said a valve had
    failed": "valve"), not to the speaking: the subject of a reporting verb's clausal
    complement. "X said a valve had failed. No one was hurt, it said.": "it" is X, the
    reporter of the sentence before, not "valve"."""
    clause = tok.head
    return _is_clause_object(clause) and is_speech_verb(clause.head)


#: verb forms that agree with a plural subject ("are", "were", "have")
_PLURAL_VERB_TAGS = frozenset({"VBP"})


def plural_in_number(tok) -> bool:
    """Whether noun ``tok`` stands for several things by its grammar: a plural tag, a
    cardinal above one before it ("the 14 staff", "23 crew"), or a verb that agrees with a
    plural subject ("the staff are", "the crew were"); a collective noun read as one body
    ("the crew has") is singular."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    for c in tok.children:
        if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1"):
            return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(f.tag_ in _PLURAL_VERB_TAGS or f.lower_ == "were" for f in forms):
        return True
    return False


def _described_rank(tok, org) -> int | None:
    """:func:`org_kinds.org_rank` of referring noun ``tok`` for organisation span ``org``,
    for a described noun too ("the ferry operator", "the national weather bureau"): its
    kind must then be the name's or its descriptor's (rank 0 to 2), or a modifier of the
    noun must be a word of the name ("the lift operator" / "Alpvik Lifts"). A noun
    modifier names the body's trade: where the name's head is only a synonym of the noun
    (rank 1), one of them must be a word of the name ("the national weather bureau" is no
    "Disaster Agency")."""
    rank = org_rank(tok.lemma_.lower(), org.text, descriptor_of(org))
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
    if rank is None or not mods:
        return rank
    words = {w.lower().strip(".,'’") for w in org.text.split()}
    words |= {w[:-1] for w in words if w.endswith("s")}
    named = any(m.lemma_.lower() in words or m.lower_ in words for m in mods)
    nouns = [m for m in mods if m.dep_ == "compound" and m.pos_ == "NOUN"]
    if rank == 1 and nouns and not named:
        return None  # a synonym head: only the same trade makes it the same body
    if tok.lemma_.lower() in REGULATOR_NOUNS and nouns and not named:
        return None  # "the reservoir safety regulator" is no "Met Office"
    return rank if rank < 3 or named or _closes_own_statement(tok, org) else None


#: entity labels a name the statement opens with may carry and still be a body's
_NOT_BODY_LABELS = frozenset("PERSON GPE LOC NORP DATE TIME MONEY PERCENT CARDINAL".split())


def _untagged_subject(tok):
    """The name the statement opens with, as its subject, when the described noun ``tok``
    that says it is a kind of company, union or club ("Kessock Confectionery will raise its
    prices ..., the chocolate maker said") and spaCy tagged the name as no organisation:
    the span of capitalised proper nouns, else None."""
    if tok.dep_ != "nsubj" or noun_kind(tok.lemma_.lower())[0] not in ("company", "union", "club"):
        return None
    content = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    subjects = [c for c in content.children if c.dep_ == "nsubj"] if content else []
    subj = max(subjects, key=lambda c: c.i) if subjects else None  # not a dateline's place
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ in _NOT_BODY_LABELS:
        return None
    words = [t for t in subj.subtree if t.i <= subj.i]
    if not all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.dep_ in ("compound", "nsubj")
        for t in words
    ):
        return None
    return tok.doc[words[0].i : subj.i + 1]


def _closes_own_statement(tok, org) -> bool:
    """The described noun ``tok`` says the statement whose subject is ``org``, before it in
    the sentence ("Kessock Confectionery will raise its prices ..., *the chocolate maker*
    said"): the wire's way of naming a body and then its trade."""
    verb = tok.head
    root = org.root
    return (
        tok.dep_ == "nsubj"
        and root.dep_ in ("nsubj", "nsubjpass")
        and org.end <= tok.i
        and root.sent.start == tok.sent.start
        and verb.is_ancestor(root)
    )


def _titled_person(span) -> bool:
    """An entity a person's role noun introduces ("chief executive Karin Holt" tagged
    ORG): a person, not an organisation; not a name whose words say a body ("the mine's
    owner Keldor Mining": an owner may be a company), nor a name tagged ORG after a noun
    one of whose first WordNet senses is a body ("battery maker Voltrena Cells": a maker
    is a manufacturer too) unless the name is shaped like a person's (:func:`entity_types.
    person_shaped`: "chief executive Ines Marlow", an executive being also a branch of
    government by WordNet's second sense, is a person)."""
    if looks_like_org(span.text) or org_kind(span.text):
        return False
    shaped = person_shaped([t.text for t in span if t.is_alpha])
    return any(
        c.dep_ in ("compound", "amod")
        and c.pos_ == "NOUN"
        and is_role_noun(c.lemma_.lower())
        and not (
            span.label_ == "ORG" and not shaped and is_a(c.lemma_.lower(), ORG_ANCESTORS, first=3)
        )
        for c in span.root.children
        if c.i < span.start
    )


def _title_noun(tok) -> bool:
    """Whether ``tok`` is a common noun or a capitalised word naming a person by a role or a
    title ("the mayor", "Chairman", "the treasurer")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in TITLE_WORDS or is_role_noun(lemma))


def is_role_noun(lemma: str) -> bool:
    """A common noun naming a person by role (:data:`ROLE_NOUNS`, or a noun whose first
    WordNet sense is a person: "the promoter", "the vet"); not "person" itself nor its
    synonyms ("a person familiar with the matter" is no one in particular)."""
    if lemma in ROLE_NOUNS:
        return True
    plain = {"person", "man", "woman"} | lexicon.synonyms("person", "n", 1)
    return lemma not in plain and is_a(lemma, PERSON_ANCESTORS)


def is_org_noun(lemma: str) -> bool:
    """A common noun naming an organisation or institution by its first WordNet sense
    ("the zoo", "the brewery"), for nouns the word lists do not hold. (As the subject of a
    reporting verb, where only an agent fits, :meth:`_BodyResolution._organisation` takes
    any of the first three senses: "the fund told reporters" is a fund that is a body.)"""
    return is_a(lemma, ORG_ANCESTORS)


def describe(names: ArticleNames, tok) -> Speaker | None:
    """The description headed by role noun ``tok``: its left modifiers and a "for"/"of"/
    "at" phrase, without relative clauses ("a spokeswoman for the ministry who ...")."""
    plural = tok.tag_ in ("NNS", "NNPS")
    left = [
        t
        for t in tok.subtree
        if t.i <= tok.i and t.dep_ not in ("punct",) and not _in_clause(t, tok)
    ]
    if not left:
        return None
    end_tok, owned = tok, None
    for c in tok.children:
        if c.dep_ == "prep" and c.i == end_tok.i + 1 and c.lower_ in ("for", "of", "at"):
            sub = _phrase_without_asides(c)
            if len(sub) <= 7 and not any(names.in_quotation(t) for t in sub):
                end_tok = sub[-1]
                owned = _owner_named(names, c)
    start, end = left[0].idx, end_tok.idx + len(end_tok.text)
    name = doc_text(tok.doc)[start:end].rstrip(" ,.;:")
    end = start + len(name)
    if owned is not None:  # "a spokesman for her office" -> "… for Ilse Brandt's office"
        name = doc_text(tok.doc)[start : owned[0]] + owned[1]
    return Speaker(name, start, end, "group" if plural else "description", plural)


#: what hangs off a body's name and is no part of the phrase naming it: "Fenwick's*, the
#: biggest grocer*", "the council*, which owns the site*"
_ASIDES = frozenset({"appos", "relcl", "acl", "punct"})


def _phrase_without_asides(prep) -> list:
    """The tokens of a "for"/"of"/"at" phrase up to the first aside of its object
    (:data:`_ASIDES`): "for Fenwick's, the biggest grocer" -> "for Fenwick's"."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    cut = {
        t.i
        for c in (pobj.children if pobj is not None else ())
        if c.dep_ in _ASIDES and c.i > pobj.i
        for t in c.subtree
    }
    out = []
    for t in prep.subtree:
        if t.i in cut:
            break
        out.append(t)
    return out


def _owner_named(names: ArticleNames, prep) -> tuple[int, str] | None:
    """(character offset, name) of the body that the object of ``prep`` names through
    "his"/"her" ("a spokesman for her office": "Ilse Brandt's office", the person the
    pronoun refers to, :meth:`_BodyResolution._owned_body`); None for any other object."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    owned = getattr(names, "_owned_body", None)
    if pobj is None or owned is None or pobj.i != prep.right_edge.i:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in pobj.children):
        return None
    body = owned(pobj)
    return (pobj.left_edge.idx, body.name) if body is not None and body.name[:1].isupper() else None


def _name_word(tok) -> bool:
    """``tok`` is a name's head: a proper noun, or a capitalised word WordNet does not
    know, whatever the tagger made of it ("Brightwing" read as a verb)."""
    if tok.pos_ == "PROPN":
        return True
    word = tok.text
    return (
        word[:1].isupper()
        and word.isalpha()
        and not any(lexicon.senses(word.lower(), pos) for pos in ("n", "v", "a"))
    )


#: roles a body holds only by appointment: the firms that run an insolvent company
APPOINTED_ROLES = frozenset({"administrator", "receiver", "liquidator"})
#: verbs that put a body in a role ("were appointed administrators", "was named operator")
APPOINTING = frozenset({"appoint", "name", "install", "choose", "select"})


def _appointed(role):
    """The subject of the passive verb of appointing that puts it in ``role`` ("Harcourt
    Lyle were *appointed* administrators"), or None."""
    verb = role.head
    if role.dep_ not in ("oprd", "attr", "xcomp", "dobj") or verb.lemma_.lower() not in APPOINTING:
        return None
    return _named_subject(verb)


def _named_subject(verb):
    """The passive subject of ``verb``: the body its people are "of"/"from"/"at" ("Fiona
    Castellane and Rupert Oyelaran *of Harcourt Lyle* were appointed"), else the name in
    apposition to it ("the accountancy firm, Harcourt Lyle, was appointed"), else
    itself; None when there is none."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    people = [subj, *(c for c in subj.children if c.dep_ == "conj")]
    for p in (c for x in people for c in x.children if c.dep_ == "prep"):
        if p.lower_ in ("of", "from", "at"):
            body = next((o for o in p.children if o.dep_ == "pobj" and _name_word(o)), None)
            if body is not None:
                return body
    if not _name_word(subj):
        return next((c for c in subj.children if c.dep_ == "appos" and _name_word(c)), subj)
    return subj


#: determiners that introduce one unnamed member of a class ("a source", "one broker",
#: "another grower"): its description names nobody
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another", "some"})


def is_anonymous_speaker(speaker: str) -> bool:
    """Whether quote speaker ``speaker`` is an unnamed source: a description that opens
    with an indefinite determiner ("A source at the hall", "One broker", "another
    grower"). Names and definite descriptions ("the regional inspector", which refers to
    someone the article introduced) are not."""
    words = speaker.split()
    return len(words) > 1 and words[0].lower() in INDEFINITE_DETERMINERS


def source_holder(pobj):
    """Who stands behind the object of "according to": a record noun's source
    (:func:`cues.record_holder`: "figures from the ministry"; not who only read the
    record, :func:`_viewer`: "records seen by the Gazette"), else the possessor of a
    noun of an inquiry (:func:`_inquiry`: "the museum's first analysis" -> museum,
    "the lab's tests"), no person nor body by WordNet; ``pobj`` itself otherwise ("the
    federation's regulations" are rules, no one's words)."""
    holder = record_holder(pobj)
    if holder is not pobj and _viewer(holder):
        return pobj  # "records seen by the Gazette": the paper read them, it did not keep them
    if holder is not pobj or pobj.pos_ != "NOUN" or not _inquiry(pobj.lemma_.lower()):
        return holder
    if {"PERSON", "ORG"} & set(noun_kinds(pobj.lemma_)):
        return pobj
    poss = [t for t in pobj.children if t.dep_ == "poss" and t.pos_ in ("NOUN", "PROPN")]
    return poss[0] if poss else pobj


#: verbs whose agent received or read a record rather than made it (WordNet hypernyms)
_RECEIVING_ACTS = frozenset({"perceive", "get", "acquire", "examine", "see"})


def _viewer(tok) -> bool:
    """Whether ``tok`` is the agent of a participle of receiving or reading ("seen by",
    "obtained by", "reviewed by": :data:`_RECEIVING_ACTS` or a WordNet hypernym of the
    verb's first two senses among them): whoever read a record is no source of it."""
    verb = tok.head.head if tok.head.lower_ == "by" else None
    if verb is None or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in _RECEIVING_ACTS or bool(lexicon.hypernyms(lemma, "v", 2) & _RECEIVING_ACTS)


@functools.lru_cache(maxsize=4096)
def _inquiry(lemma: str) -> bool:
    """Whether noun ``lemma`` is an inquiry by WordNet (investigation or inquiry within
    three hypernym steps of its first two senses: "analysis", "examination", "test")."""
    frontier: set[str] = {lemma}
    for _ in range(3):
        frontier = {h for w in frontier for h in lexicon.hypernyms(w, "n", 2)}
        if frontier & {"investigation", "inquiry"}:
            return True
    return False


def speaks_for_body(description: str) -> bool:
    """Whether an unnamed source's ``description`` is someone who speaks for a body by
    office: a spokesperson ("a spokesman for the town council", "An airport
    spokesperson", "a government spokesman") or an official ("a U.S. official", the
    seeds' gold), whose words are the body's. An unnamed member of the public or of a
    trade ("one driver", "a rescue worker", "a government source", "one senior
    backbencher") is not: the annotated sets (s5-s14) list none of their words as quotes;
    provenance cites them."""
    head = re.split(r"\s(?:for|of|at|from)\s", description, maxsplit=1)[0]
    words = head.lower().split()
    return bool(words) and words[-1] in SPOKES_NOUNS | {"official"}


def _full_names(persons) -> dict[str, tuple[str, int, int]]:
    """Full names by surname: the longest form, at its first occurrence, of the person the
    article names first with that surname. Two people who share a surname ("Lena Brook"
    and, later, her father "Piet Brook") leave the bare surname to the one introduced
    first, the article's subject (news style names the other in full or by relation);
    forms of one person are those whose words all stand in the longer form ("Lena Brook",
    "Lena Maria Brook")."""
    out: dict[str, tuple[str, int, int]] = {}
    for e in persons:
        name = strip_titles(strip_possessive(e.text.strip()))
        if not name:
            continue
        last = name.split()[-1].lower()
        cur = out.get(last)
        if cur is None or (len(name) > len(cur[0]) and _same_person(name, cur[0])):
            out[last] = (name, e.start_char, e.end_char)
    return out


def _same_person(longer: str, shorter: str) -> bool:
    """Whether name ``shorter`` may be a form of ``longer``: each of its words is one of
    the longer name's ("Brook" and "Lena Brook" of "Lena Maria Brook"; not "Piet Brook")."""
    words = {w.lower().rstrip(".") for w in longer.split()}
    return all(w.lower().rstrip(".") in words for w in shorter.split())


@functools.cache
def world_place_names() -> frozenset[str]:
    """Lower-cased one-word names of :func:`world_place_phrases` ("france", "warsaw")."""
    return frozenset(n for n in world_place_phrases() if " " not in n)


@functools.cache
def world_place_phrases() -> frozenset[str]:
    """Lower-cased names of countries (CLDR territory names from Babel, installed with
    trafilatura: "saudi arabia") and of the cities that name time zones (the system tz
    database, e.g. "Europe/Warsaw", "America/New_York"); Antarctic stations and US county
    zones are left out. Empty when neither source is available."""
    names = set()
    for zone in zoneinfo.available_timezones():
        parts = zone.split("/")
        if len(parts) == 2 and parts[0] in _TZ_REGIONS:
            names.add(parts[1].replace("_", " ").lower())
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel comes with trafilatura
        Locale = None
    if Locale is not None:
        names.update(n.lower() for n in Locale("en").territories.values())
    return frozenset(names)


_TZ_REGIONS = frozenset("Europe Asia Africa America Australia Pacific Atlantic Indian".split())


def _place_names(doc) -> frozenset[str]:
    """Lower-cased single-word names the article uses as places: its dateline ("HAVERTON,
    February 2"), and capitalised names after "in", "near", "between" ... (:data:`PLACE_PREPS`).
    """
    names = set()
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        line_start = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws
        comma_next = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
        if line_start and comma_next and tok.text.isupper() and len(tok) > 2:
            names.add(tok.lower_)  # a dateline
            continue
        if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in tok.children):
            continue  # "go to Norvane Air": the place is the whole name, never its "Air"
        if place_object(tok) or _named_as_place(tok):
            names.add(tok.lower_)
    return frozenset(names)


def _named_as_place(tok) -> bool:
    """``tok`` is the name a noun of a settlement or district introduces: "the town of
    Corran", "the village of Brede" (``of`` after a noun whose WordNet ancestors make it a
    place, :data:`org_kinds.PLACE_ANCESTORS`), or in apposition to one ("Brede, a
    village")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
    elif tok.dep_ == "appos" or head.dep_ == "appos":
        noun = next((c for c in tok.children if c.dep_ == "appos"), None) or head
    else:
        return False
    return noun.pos_ == "NOUN" and is_a(noun.lemma_.lower(), PLACE_ANCESTORS, first=2)


def _person_spans(doc, quoted: Sequence[tuple[int, int]] = ()) -> list:
    """Spans naming people, in text order: PERSON entities that are not organisation-like,
    plus names spaCy missed or took for an organisation (see :func:`_untagged_name`) and
    full names it missed whose surname it tagged elsewhere (:mod:`surname_chains`)."""
    out = [
        _without_title(e)
        for e in entity_names(doc)
        if e.label_ == "PERSON"
        and not looks_like_org(e.text)
        and not brand_name(e)  # "Hohgrat Bahnen" beside "the Hohgrat cable car"
        and not (len(e) == 1 and e.root.lower_ in TITLE_WORDS)  # "Farmer" tagged a person
        and not (len(e) == 1 and (_class_of_people(e.root) or _opening_class(e.root)))
        and not _definite_name(e)  # "fished the Tove": a river, no one's name
        and any(t.text[:1].isupper() for t in e)  # "a lorry" tagged a person: no name
        and not _modifies_thing(e)  # "with Lifetime Tracker mortgages": a product's name
    ]
    for tok in doc:
        chain = _untagged_name(doc, tok)
        if chain is not None and not any(s <= chain.start_char < e for s, e in quoted):
            out.append(chain)
    out += [  # "Mira Castellan" missed in the lead, "Castellan" tagged after it
        _without_title(c)
        for c in surname_chains(doc, out)
        if not any(s <= c.start_char < e for s, e in quoted)
    ]
    taken = {t.i for span in out for t in span}
    out += [
        c
        for c in _called_names(doc)
        if c.start not in taken and not any(s <= c.start_char < e for s, e in quoted)
    ]
    return sorted(out, key=lambda span: span.start)


def _modifies_thing(ent) -> bool:
    """Whether person-tagged ``ent`` of two words or more only modifies a common noun
    after it ("members with *Lifetime Tracker* mortgages"): a product's or scheme's name, no
    person, whom a later "he" could stand for."""
    root = ent.root
    return (
        len(ent) >= 2
        and root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.i == ent.end
    )


def _called_names(doc) -> list:
    """Names a text gives a person by "called" or "named" after a noun for a person ("a
    woman called Marguerite", "a driver named Ivo Brandt"), whatever the tagger made of
    them: the one to three capitalised proper nouns right after the participle."""
    out = []
    for tok in doc:
        if tok.lower_ not in ("called", "named") or tok.i + 1 >= len(doc):
            continue
        if tok.head.pos_ != "NOUN" or not _person_noun(tok.head.lemma_.lower()):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN":
            if not doc[end].text[:1].isupper() or not doc[end].is_alpha:
                break
            end += 1
        if end > tok.i + 1:
            out.append(doc[tok.i + 1 : end])
    return out


def entity_names(doc) -> list:
    """The entity spans of ``doc`` cut to the names they hold
    (:func:`entity_types.name_core`: no live-blog time before, no score after), in order;
    a span left with no word is dropped."""
    return [c for e in doc.ents if (c := name_core(e)) is not None]


def _owner_of_place(ent, places: frozenset[str]):
    """``ent`` cut to its owner when the tagger took an organisation's possessive and the
    place after it for one name ("*Parcelon's Ossington* warehouse": Parcelon, whose
    warehouse is in Ossington, a place the article names); else ``ent`` itself."""
    from spacy.tokens import Span

    doc = ent.doc
    for t in ent[1:-1]:
        if t.tag_ == "POS" and all(x.lower_ in places for x in doc[t.i + 1 : ent.end]):
            return Span(doc, ent.start, t.i, label=ent.label_)
    return ent


def _definite_name(ent) -> bool:
    """Whether one-word name ``ent`` follows "the" ("the Tove", "the Meridian"): a river,
    a ship or a building, not a person (people's names take no article)."""
    doc = ent.doc
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the"


def _class_of_people(tok) -> bool:
    """Whether ``tok`` is a plural common noun ("Shoppers", "Residents" opening a sentence,
    which a tagger may take for a name): a class of people, no one named."""
    lemma = tok.lemma_.lower()
    return (
        tok.tag_ in ("NNS", "NNPS")
        and lemma != tok.lower_
        and tok.lower_.startswith(lemma[:3])
        and bool(lexicon.senses(lemma, "n"))
    )


#: endings of occupation words that a tagger may fold into a name ("Dockworker Pat Hennessy")
OCCUPATION_ENDINGS = ("worker", "keeper", "maker", "man", "woman", "ist", "ician", "eer")


def _without_title(span):
    """``span`` without leading common nouns or titles spaCy put in the name
    ("Librarian Agnes Cole" -> "Agnes Cole", "Dockworker Pat Hennessy" -> "Pat Hennessy",
    before a first and last name a noun whose first WordNet sense is a person: "Conductor
    Ilse Varga"); the last token always stays."""
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].pos_ == "NOUN"
        or span.doc[start].lower_ in TITLE_WORDS
        or (
            span.end - start >= 3
            and (
                span.doc[start].lower_.endswith(OCCUPATION_ENDINGS)
                or (span.doc[start].is_alpha and is_role_noun(span.doc[start].lower_))
            )
        )
    ):
        start += 1
    return span.doc[start : span.end]


_NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _works_at_named_body(tok, words: list[str]) -> bool:
    """Whether the untagged name headed by ``tok`` is tied by "of"/"at"/"from" to a
    named organisation (:func:`works_at_body`: "Karin Stove of Hollis Bank") and is not
    made of common nouns only ("Head Office of Hollis Bank"): a person who works there."""
    return not common_words(words) and works_at_body(tok)


def works_at_body(tok) -> bool:
    """Whether name ``tok`` has an "of"/"at"/"from" phrase naming an organisation: tagged
    ORG, or a name whose words say a body's kind (:func:`org_kinds.org_kind`: "Hollis
    Bank" inside a span the tagger took for a title)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "at", "from"):
            continue
        for o in c.children:
            if o.dep_ != "pobj" or o.pos_ != "PROPN":
                continue
            first = min((x.i for x in o.lefts if x.dep_ == "compound"), default=o.i)
            if o.ent_type_ == "ORG" or org_kind(o.doc[first : o.i + 1].text):
                return True
    return False


#: words that end the name of an office ("Chief Operating Officer", "Finance Director")
#: and no one's surname, unlike some titles ("Baker", "Cook", "Judge")
OFFICE_WORDS = frozenset(
    "officer director executive secretary manager minister president chairman chairwoman "
    "chair commissioner official spokesman spokeswoman spokesperson adviser advisor".split()
)


def _untagged_name(doc, tok):
    """The span of a person's name headed by ``tok`` that spaCy did not tag PERSON, or None:
    two or three capitalised PROPN tokens, not an organisation-like name or an outlet, that
    follow a title or role ("Librarian Agnes Cole", even when tagged a place; "flood victim
    Ana Vidal") or, untagged or tagged ORG, stand in apposition to a role noun ("said Ana
    Ruiz, a farmer"). A bare untagged name is not taken: it may be a body ("Eastport
    Community Relief said")."""
    if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat"):
        return None
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == tok.i:
        start -= 1
    chain = _without_title(doc[start : tok.i + 1])  # "Librarian Agnes Cole" -> "Agnes Cole"
    titled = chain.start > start
    start = chain.start
    words = chain.text.split()
    types = {t.ent_type_ for t in chain}
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if words[-1].lower() in OFFICE_WORDS:
        return None  # "Chief Operating Officer": an office, no one's name
    if types & _NUMERIC_ENTS or looks_like_org(chain.text) or is_outlet_name(chain.text):
        return None
    roles = ROLE_NOUNS | TITLE_WORDS
    # a title may hang on the first name rather than the surname ("Auctioneer Olivia Hale")
    kids = [c for t in doc[start : tok.i + 1] for c in t.children if c.i < start or t.i == tok.i]
    has_role = any(
        (c.dep_ == "appos" and c.i > tok.i) or (c.dep_ == "compound" and c.i < start)
        for c in kids
        if c.lemma_.lower() in roles
        or (c.pos_ == "NOUN" and is_role_noun(c.lemma_.lower()))
        or (c.pos_ == "PROPN" and c.i < start and is_role_noun(c.lower_))  # "Auctioneer"
    ) or (  # "The ship's master, Ivo Marsh, ...": the name in apposition to the role
        tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.lemma_.lower() in roles
    )  # "canal keeper Ivo Brandt": a noun whose first WordNet sense is a person
    # a title vouches for a name whatever spaCy tagged it (a place, a product ...)
    if titled or (has_role and types <= {"", "ORG"}):
        return chain
    if types <= MISTYPED | {"ORG"} and _relative_person(tok):
        return chain  # "Ilse Marr, whose son was on the bus, ...": a person whatever the tag
    if not types - {""} and _speaks(tok) and _works_at_named_body(tok, words):
        return chain  # "Karin Stove of Hollis Bank told us": a body's member speaks
    if types <= MISTYPED and not place_like(chain.text) and not org_kind(chain.text):
        # a role in apposition, or speaking ("…," Berta Osk said), vouches for a person's
        # name that spaCy tagged a place, a nationality or a title
        if has_role or (types - {""} and len(words) == 2 and _speaks(tok)):
            return chain
    return None


def _relative_person(tok) -> bool:
    """Whether the name headed by ``tok`` takes a relative clause only a person takes:
    "who"/"whom" ("Ana Lind, who runs the bakery"), or "whose" with a noun whose first
    WordNet sense is a person ("whose husband", "whose lawyer"; not "whose shares")."""
    from .entity_types import noun_kinds

    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        for t in clause.subtree:
            if t.lower_ in ("who", "whom") and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                return True
            if t.lower_ == "whose" and noun_kinds(t.head.lemma_.lower(), first=1) == ("PERSON",):
                return True
    return False


#: entity types spaCy gives people's names by mistake ("Marta Zelenka" as a facility)
MISTYPED = frozenset({"", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})
#: last words of place names ("Downing Street said" is a place speaking for a government)
PLACE_HEADS = frozenset(
    """street square road avenue lane hill house palace hall bridge river lake mountain
    mountains island islands bay port harbour harbor park city county valley state
    province republic kingdom district region coast beach airport station""".split()
)


#: first words of place names ("New Jersey", "South Africa", "Port Ellis", "San Remo")
PLACE_LEADS = frozenset(
    """new north south east west upper lower greater central saint st. st san santa los las
    port fort mount cape lake""".split()
)


def place_like(name: str) -> bool:
    """True when a name reads as a place: a country or time-zone city, in full ("Saudi
    Arabia", "New York") or by one of its words, a first word such as "North" or "Port", or
    a last word such as "Street" or "River"."""
    words = [strip_possessive(w).lower() for w in name.split()]
    return (
        " ".join(words) in world_place_phrases()
        or any(w in world_place_names() for w in words)
        or words[0] in PLACE_LEADS
        or words[-1] in PLACE_HEADS
    )


def _speaks(tok) -> bool:
    """``tok`` is the subject of a reporting verb ("Berta Osk said"), or the name right after
    a reporting verb that follows a quotation ("…," said Berta Osk)."""
    if tok.dep_ == "nsubj" and is_speech_verb(tok.head):
        return True
    verb = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return verb is not None and is_speech_verb(verb) and inverted_subject(verb) is tok


def _after_quotation(tok) -> bool:
    """``tok`` follows a closing quotation mark, possibly after a comma ('"…," Kovac said')."""
    doc = tok.doc
    prev = [doc[i].text for i in range(max(0, tok.left_edge.i - 2), tok.left_edge.i)]
    if not prev:
        return False
    return prev[-1] in QUOTE_MARKS or (
        prev[-1] == "," and len(prev) == 2 and prev[0] in QUOTE_MARKS
    )


def _names_someone(tok) -> bool:
    """``tok`` is part of a name (a proper noun or a tagged person), not "one of them"."""
    return tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON"


#: an argument of a clause: a subject or a direct object
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: dependents that open a clause of their own: a name inside one is not commanded by the
#: arguments of the clause above ("St Aldric Hospital was hit, the hospital said")
_OWN_CLAUSES = frozenset({"ccomp", "parataxis", "advcl", "relcl", "conj", "acl", "appos"})


def _commanded(arg) -> set[int]:
    """Token indices argument ``arg`` c-commands in its own clause: its clause-mates'
    subtrees, an infinitive it controls too ("forcing the hospital to divert ambulances to
    Kessel General Hospital"), but no clause of its own and not its own subtree."""
    return {
        t.i
        for c in arg.head.children
        if c.i != arg.i and c.dep_ not in _OWN_CLAUSES
        for t in c.subtree
    }


def _is_subject(tok) -> bool:
    """True when ``tok`` heads a clause's subject, or names one by apposition/compound."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "ROOT" and tok.pos_ == "PROPN":
        # a misparse of "Name, whose …, watched …": the name heads the sentence and the
        # verb hangs from it as a modifier; the name is what the sentence is about
        return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in tok.children)
    return tok.dep_ in ("nsubj", "nsubjpass")


#: nouns that describe someone already named, as "he" would: "the 21-year-old said"
BACK_NOUNS = frozenset(
    """striker forward midfielder defender goalkeeper keeper winger substitute veteran
    youngster teenager newcomer incumbent challenger""".split()
)


def _refers_back(tok) -> bool:
    """``tok`` heads a definite description that refers back to a person named before:
    "the 21-year-old", "the striker" (not "the company", "the minister": those have
    their own resolution)."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets[:1] != ["the"] or tok.tag_ in ("NNS", "NNPS"):
        return False
    aged = tok.lower_ == "old" and any(c.lower_ == "year" for c in tok.subtree)
    return aged or tok.lemma_.lower() in BACK_NOUNS


def _is_source(tok) -> bool:
    """True when ``tok`` names the source of an "according to X" phrase."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and prep.nbor(-1).lower_ == "according"
    )


def _in_clause(t, head) -> bool:
    """True when ``t`` sits in a relative clause, PP or apposition hanging off ``head``."""
    while t.i != head.i and t.head.i != t.i:
        if t.head.i == head.i and t.dep_ in ("relcl", "acl", "prep", "appos", "punct", "cc"):
            return True
        t = t.head
    return False


def strip_titles(name: str) -> str:
    """``name`` without the titles and roles before it ("Dr Ana Ruiz" -> "Ana Ruiz"): a
    word of :data:`TITLE_WORDS`, or, before a first and last name, a noun whose first
    WordNet sense is a person ("Conductor Ilse Varga" -> "Ilse Varga")."""
    words = name.split()
    while len(words) > 1 and (
        words[0].lower().rstrip(",") in TITLE_WORDS
        or (len(words) > 2 and words[0].isalpha() and is_role_noun(words[0].lower()))
    ):
        words = words[1:]
    return " ".join(words).strip(" ,.;:")


# --------------------------------------------------------------------------- parse helpers


def inverted_subject(verb):
    """The speaker after a subjectless reporting verb that follows a quotation, as in
    ``"…," said nurse Tomasz Nowak`` when the parser makes "said" a modifier of the name:
    the head of the noun phrase right after the verb, or None."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in QUOTE_MARKS + ",":
        return None
    tok = doc[verb.i + 1]
    if tok.pos_ not in ("DET", "NOUN", "PROPN", "ADJ"):
        return None
    while tok.head.i > tok.i and tok.head.i <= verb.i + 7 and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def speech_subject(verb):
    """The subject of a speech verb, climbing advcl/xcomp/conj ("…, stating, …"); None for
    a participle clause of a verb whose object is the hearer: that speech is addressed to
    the subject ("Asked whether he would resign, X said …", "Told that …, X said")."""
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.lemma_.lower() in HEARER_VERBS
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return _passive_agent(verb)  # "He was told that …": the hearer; the teller speaks
    misread = _misread_subject(verb) or _inverted_speaker(verb) or _opening_participle(verb)
    if misread is not None:
        return misread
    tok = _report_of_naming(verb) or verb
    for _ in range(4):
        # the subject nearest the verb: a wire dateline parsed as a second subject is not it
        subj = sorted(
            (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
            key=lambda c: abs(tok.i - c.i),
        )
        if tok.dep_ == "relcl" and subj and subj[0].lower_ in ("who", "which", "that"):
            return tok.head  # "Vance, who says he knew nothing, …": Vance
        passive = subj and subj[0].dep_ == "nsubjpass"
        if (
            tok.dep_ != "acl"
            and subj
            and not (passive and any(c.dep_ == "agent" for c in tok.children))
            and not (passive and tok is not verb and tok.dep_ in ("ccomp", "xcomp"))
        ):
            return subj[0]  # not: "ordered that X be held, saying …": X does not speak
        agent = [c for c in tok.children if c.dep_ == "agent"]
        if agent:
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
            if pobj:
                return pobj[0]
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head
        if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp") and tok.head.i != tok.i:
            tok = _main_of_aside(tok) or tok.head
            continue
        return None
    return None


def _naming_participle(tok) -> bool:
    """ ", calling it …": a naming participle (:data:`NAMING_VERBS`) after a comma, with no
    subject of its own."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.lemma_.lower() in NAMING_VERBS
        and tok.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _report_of_naming(verb):
    """The reporting verb a naming participle belongs to when the parser hung it on the
    reported clause ("Aas said his party would challenge the law, calling it "a rushed
    change"": the one calling it so is Aas, who said it, not the party the clause is
    about); None for any other verb."""
    if not _naming_participle(verb) or verb.head.dep_ != "ccomp":
        return None
    head = verb.head.head
    return head if head.i != verb.head.i and _reports(head) else None


def _misread_subject(verb):
    """A capitalised word that opens the sentence right before subjectless ``verb``, or
    before a relative clause set off by commas (:func:`_parenthetical_after`), and that the
    tagger took for an adverb ("Fennelly said …", "Dashly, which ..., has said": a name in
    "-ly"); the resolver decides whether it names anyone. None otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    first = next(t for t in verb.sent if not t.is_space)
    if first.i >= verb.i or first.head != verb or first.dep_ not in ("advmod", "npadvmod"):
        return None
    if first.i != verb.i - 1 and not _parenthetical_after(first, verb):
        return None
    return first if first.text[:1].isupper() else None


#: participles a press release opens a quotation's sentence with ("Commenting, Graeme
#: Lusk, chief executive, said: ..."), which the tagger may take for the subject
OPENING_PARTICIPLES = frozenset(
    "commenting speaking responding reacting welcoming announcing explaining adding".split()
)


def _opening_participle(verb):
    """The name after an opening participle the parser took for ``verb``'s subject
    ("*Commenting*, *Graeme Lusk*, Chief Executive of Brantwell Group, said: ..."): the
    proper noun it coordinates or sets beside it; None otherwise."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in OPENING_PARTICIPLES or subj.i != subj.sent.start:
        return None
    return next(
        (c for c in subj.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"), None
    )


def _parenthetical_after(first, verb) -> bool:
    """Between ``first`` and ``verb`` stand only commas, auxiliaries and a clause set off by
    commas ("Dashly, which says it works with 6,000 riders, has said ...")."""
    between = first.doc[first.i + 1 : verb.i]
    if not between or between[0].text != ",":
        return False
    return all(
        t.text == "," or t.dep_ in ("aux", "neg") or (t.head.i != verb.i and t.i < verb.i)
        for t in between
    ) and any(t.dep_ == "relcl" and t.head == first for t in between)


def _inverted_speaker(verb):
    """The speaker a subjectless reporting verb names after its hearer, in the order of
    translated press ("Van Rijn will appeal, declared to this newspaper a spokesperson of
    the group", "…, affirmed to us a person close to the talks"): after a comma, the verb,
    a "to" phrase, then a noun the parser hung on the verb as an object. None otherwise."""
    if not is_speech_verb(verb) or verb.i == verb.sent.start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp") for c in verb.children):
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None or to.i != verb.i + 1:
        return None
    return next(
        (c for c in verb.children
         if c.dep_ in ("dobj", "npadvmod", "attr") and c.i > to.i and c.pos_ in ("NOUN", "PROPN")),
        None,
    )  # fmt: skip


#: words that open a subordinate clause set off by commas ("…, hours after X lost …,")
SUBORDINATORS = frozenset(
    "after before when while because since although though as once until whereas".split()
)


def _main_of_aside(conj):
    """The verb a conjunct ", and said …" goes with when the parser joined it to a
    subordinate clause set off by commas ("X refused to resign, hours after his
    government lost the vote, and said he would …": X said, not the government): the
    subordinate clause's own head, when ``conj`` is a conjunct after a comma of a verb
    that opens with a subordinator and follows a comma itself; else None."""
    sub = conj.head
    if conj.dep_ != "conj" or sub.dep_ != "advcl" or sub.head.i > sub.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in sub.children):
        return None
    doc = conj.doc
    cc = next((c for c in sub.children if c.dep_ == "cc" and c.i < conj.i), None)
    left = sub.left_edge.i
    if cc is None or doc[cc.i - 1].text != "," or left == 0 or doc[left - 1].text != ",":
        return None
    return sub.head


def _passive_agent(verb):
    """The speaker of a passive reporting verb: its agent ("was told by the club that …"
    -> club), else None. Its subject is whom the words reached ("She was told …", "He
    was informed …", "It was announced …"), never who said them."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    return None


def cue_of(tok) -> str:
    return tok.text.lower()


# --------------------------------------------------------------------------- extraction


def extract_quotes(analysis: Analysis) -> list[Quote]:
    """Direct and reported quotes of one article, in text order.

    A direct quote's ``text`` is the quoted words; when it has several parts (a quotation
    that goes on after its attribution, or over paragraphs) they are joined with a space
    after a sentence end and " … " otherwise, and ``start``/``end`` span all the parts.
    """
    doc = analysis.doc
    found = find_quotations(doc_text(doc))
    resolver = SpeakerResolver(analysis, [(q.start, q.end) for q in found])
    quotations = [
        q
        for q in found
        if not is_title(doc, q) and not is_defined_term(doc, q) and not _in_cue(doc_text(doc), q)
    ]
    quotes = _direct_quotes(doc, quotations, resolver)
    quotes += [
        t
        for t in _transcript_turns(doc, resolver)
        if not any(not (t.end <= d.start or t.start >= d.end) for d in quotes)
    ]
    inside = [(s - 1, e + 1) for q in quotations for s, e in q.parts]
    for q in _reported(doc, resolver, _outlet_like_tokens(doc)):
        held = [d for d in quotes if q.start <= d.start and d.end <= q.end + 1]
        if held and all(_partial_quote(doc_text(doc), q, d) for d in held):
            # "said the crew had acted "with enormous courage" and that ...": the reported
            # statement stands for the words it quotes (a scare quote or a few quoted
            # words are no quote of their own beside it)
            if q.cue != "according to":  # "the "costly" mistake …, according to X": the
                quotes = [d for d in quotes if d not in held]  # words X is cited for
            quotes.append(q)
            continue
        if any(not (q.end <= s or q.start >= e) for s, e in inside):
            continue  # a reported clause holding a direct quotation: the quotation stands
        if any(not (q.end <= d.start or q.start >= d.end) for d in quotes):
            continue
        quotes.append(q)
    quotes = [
        _trimmed(doc_text(doc), q) for q in quotes
        if not _wh_led(doc, q) and not _withdrawn(doc, q)
    ]  # fmt: skip
    quotes.sort(key=lambda q: (q.start, q.end, q.speaker))
    return quotes


def _withdrawn(doc, q: Quote) -> bool:
    """The article withdraws the quote: "An earlier version of this article said Tom Pryce
    described the cuts as "unavoidable"" (:func:`consilience.retracted_reports.
    retracting_verb`, outside the quoted words, governs them)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    verb = retracting_verb(span.root) if span is not None and len(span) else None
    return verb is not None and not q.start <= verb.idx < q.end


#: Penn tags of a wh-word ("what", "which", "who", "whose", "how", "why")
_WH_TAGS = frozenset({"WP", "WDT", "WP$", "WRB"})


def _wh_led(doc, q: Quote) -> bool:
    """Whether quote ``q`` is no statement because a wh-word governs its reported words
    or opens its speaker: an indirect question or free relative ("told us what he saw",
    "explained why the mill shut"), or a speaker "what pundits called "…"" names. A
    direct quote's own words may open with one; a wh-word deeper in the words ("said what
    mattered most was safety") and a relative clause's pronoun ("4.5%, which the union
    says does not keep up with rents") leave a statement."""
    own_words = q.direct or q.cue == "transcript"  # a turn of notes: "Q (…): When will …?"
    span = None if own_words else doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is not None and len(span):
        top = span.root
        if _wh_word(span[0]) and top in (span[0], span[0].head):
            return True
    if q.speaker_start is None:
        return False
    head = doc.char_span(q.speaker_start, q.speaker_start + 1, alignment_mode="expand")
    return head is not None and len(head) > 0 and _wh_word(head[0])


def _wh_word(tok) -> bool:
    """Whether ``tok`` is a wh-word by its tag, not the complementiser "that" the tagger
    also tags WDT ("confirms that …")."""
    return tok.tag_ in _WH_TAGS and tok.lower_ != "that"


#: a transcript's turn: a speaker label in capitals, perhaps with a role or body in
#: brackets ("LUCY BRENNAN (FAN):", "CHIEF SUPERINTENDENT DAN HOLT (HARBOUR POLICE):"), and a
#: colon opening a line
_TURN_LABEL = (
    r"(?P<label>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,5})"
    r"(?:,[ \t]+(?P<post>[A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z][A-Z'’.&-]*){0,5}))?"
    r"(?:[ \t]+\((?P<role>[^()\n]{1,60})\))?"
)
#: a time stamp a podcast's or hearing's transcript opens a turn with ("[11:40] ")
_STAMP = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
#: a live caption file's mark of a change of speaker (">> MAYOR ANN ROE: ...")
_MARK = r"(?P<mark>>{2,3}[ \t]*)?"
_TURN = re.compile(rf"^[ \t]*{_MARK}{_STAMP}{_TURN_LABEL}:[ \t]+(?P<said>\S.*)$", re.M)
#: bracketed roles of a transcript's own staff: their turns relay, they are no source
STAFF_ROLES = frozenset(
    "reporter anchor presenter host correspondent editor interviewer moderator newsreader "
    "co-host announcer commentator".split()
)


def _transcript_turns(doc, resolver: SpeakerResolver) -> list[Quote]:
    """The turns of a transcript ("PETRA LIND: Good morning. ...") as direct quotes of the
    person the label names: a label whose last word is the surname of a person the article
    names ("the chair of the commission, Petra Lind"); "QUESTION:", "FULL TIME:", a
    name nobody in the article bears are not speakers; an interviewer's or presenter's
    own turns ("LUCY AMADI: Will you challenge it?") are theirs, as every named person's
    words are."""
    text = doc_text(doc)
    aid = resolver.analysis.article.id
    out = []
    turns = list(_TURN.finditer(text))
    staff = _newsroom_staff(doc) | _staff_labels(turns)
    for m in turns:
        known = (
            _labelled_person(m, resolver)
            or _named_caller(m, text)
            or _marked_person(m)
            or _cued_person(m, text, resolver)
        )
        if known is None:
            continue
        if known[0].lower() in staff or _staff_role(m["role"]) or _staff_role(m["post"]):
            continue  # "Our reporter Sian Morrow": the outlet's own voice, no source
        s, e = _trim(text, m.start("said"), m.end("said"))
        if _FIELD_AFTER_BAR.search(text[s:e]):
            continue  # "SM: Bex Harcourt | DSM: Tariq Hume": a record's row of fields
        if e > s and not holds_quotation(text[s:e]):
            out.append(
                Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2])
            )
    out += _own_line_turns(text, aid, resolver, staff, out)
    out += _asked_and_answered(text, aid, resolver, out)
    out += _bracket_label_turns(text, aid, resolver, staff, out)
    out += _record_turns(text, aid, resolver, staff, out)
    out += _legend_quotes(text, aid, resolver, out)
    out += _interview_quotes(text, aid, resolver, out)
    out += _dash_label_quotes(text, aid, resolver, staff, out)
    return out + _format_turns(text, aid, out, resolver.analysis.article.outlet or "")


def _cued_person(m: re.Match, text: str, resolver: SpeakerResolver) -> tuple | None:
    """(name, start, end) of the speaker a cue or court-role label stands for
    (:mod:`consilience.turn_cues`: "SOT (Prof Annika Rell):" -> Annika Rell, "THE
    RECORDER:" -> the recorder the heading names), by the full name the article gives
    when it names the person elsewhere; None for any other label."""
    cued = cued_name(m["label"], m["role"])
    if cued is not None:
        known = _known_name(cued, resolver)
        bare, end = strip_titles(cued), m.start("role") + len(cued)
        if known is None and len(bare.split()) < 2:
            return None  # "CLIP (Pellow):" with no Pellow named in the article
        return known or (bare, end - len(bare), end)
    held = court_role_name(m["label"], text)
    if held is None:
        return None
    bare = strip_titles(held[0])  # "Ms Joanna Treadgold, Senior Coroner"
    return bare, held[2] - len(bare), held[2]


def _dash_label_quotes(
    text: str, aid: str, resolver: SpeakerResolver, staff: set[str], taken
) -> list[Quote]:
    """The turns of an interview that opens each with a name and a dash
    (:func:`consilience.turn_cues.dash_turns`: "Dai Kerrigan — We had just ..."), each a
    direct quote of the person named, by the full name the article gives; as with every
    transcript, the interviewer's turns too, not the outlet's staff; not where a quote of ``taken`` already
    stands, nor words in quotation marks."""
    turns = dash_turns(text)
    doc = resolver.analysis.doc
    out = []
    for t in turns:
        bare = strip_titles(t.label)
        if bare.lower() in staff:
            continue
        at = t.label_start + len(t.label) - len(bare)
        known = (
            _known_name(bare, resolver)
            or _person_entity_at(doc, at, at + len(bare), resolver)
            or _person_written(doc, bare, at)
        )
        s, e = _trim(text, t.start, t.end)
        if known is None or e <= s or holds_quotation(text[s:e]):
            continue
        if not any(q.start < e and s < q.end for q in taken):
            out.append(
                Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2])
            )
    return out


def _legend_quotes(text: str, aid: str, resolver: SpeakerResolver, taken) -> list[Quote]:
    """The "Q:" and "A:" turns of an interview whose legend names the asker and the
    answerer (:func:`consilience.signed_lines.legend_turns`: "Q: Gwen Lathbury. A: Amrit
    Sahota."), each a direct quote of the person the legend names, by the full name the
    article gives (titles left out); none when the legend names no person (the tagger's
    reading: "Q: Our Reporter. A: The Mayor."); not where a quote of ``taken`` already
    stands, nor words in quotation marks (the direct quote's own)."""
    out = []
    doc = resolver.analysis.doc
    for t, _ns, ne in legend_turns(text):
        bare = strip_titles(t.label)
        known = (
            _known_name(bare, resolver)
            or _person_entity_at(doc, ne - len(bare), ne, resolver)
            or _person_written(doc, bare, ne - len(bare))
        )
        if known is None:
            continue  # "Q: Our Reporter. A: The Mayor.": no person named
        s, e = _trim(text, t.start, t.end)
        if e <= s or holds_quotation(text[s:e]) or any(q.start < e and s < q.end for q in taken):
            continue
        out.append(Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2]))
    return out


def _interview_quotes(text: str, aid: str, resolver: SpeakerResolver, taken) -> list[Quote]:
    """The "Q:" and "A:" turns of an interview with no legend
    (:func:`consilience.qa_interviews.interview_roles`: "Petra Lindahl, chief executive of
    Keyline, answers our questions"), each a direct quote of the answerer or the asker the
    text names, by the full name the article gives; none for an explainer's own questions
    and answers, nor where a legend names the two (:func:`_legend_quotes`), nor where a
    quote of ``taken`` already stands, nor words in quotation marks."""
    turns = qa_turns(text)
    if not turns or legend_turns(text):
        return []
    roles = interview_roles(text, turns, _interview_people(resolver.analysis.doc))
    out = []
    for t in turns:
        who = roles.answerer if t.label == "A" else roles.asker
        known = who and (_known_name(who[0], resolver) or who)
        s, e = _trim(text, t.start, t.end)
        if not known or e <= s or holds_quotation(text[s:e]):
            continue
        if not any(q.start < e and s < q.end for q in taken):
            out.append(Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2]))
    return out


def _interview_people(doc) -> list[tuple[str, int, int]]:
    """The person mentions a Q/A interview's roles are read from, ``(name, start, end)`` in
    text order: the tagger's people, not one named like a company ("Skerry Link Ferries");
    a name it read as an organisation's but shaped as a person's ("Tomasz Reyne"); and a
    name it missed that a role after a comma vouches for ("Ines Halloran, operations
    director of ...")."""
    people = [
        (strip_titles(e.text.strip()), e.start_char, e.end_char)
        for e in doc.ents
        if (e.label_ == "PERSON" and not org_kind(e.text))
        or (e.label_ == "ORG" and person_shaped(strip_titles(e.text.strip()).split()))
    ]
    tagged = {(s, e) for _, s, e in people}
    for m in _ROLE_AFTER_NAME.finditer(doc.text):
        if person_shaped(m["name"].split()) and not org_kind(m["name"]):
            if not any(s <= m.start() < e for s, e in tagged):
                people.append((m["name"], m.start(), m.start() + len(m["name"])))
    return sorted(people, key=lambda p: p[1])


#: a name with a role after a comma: "Ines Halloran, operations director of ..."
_ROLE_AFTER_NAME = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+(?:a[n]?[ \t]+|the[ \t]+)?[a-z]")


#: words in quotation marks: a scare-quoted term ("the word "lifestyle"") or someone's words
_QUOTED = re.compile(r"[\"“]([^\"“”\n]*)[\"”]")


def holds_quotation(said: str) -> bool:
    """Whether a transcript turn's words ``said`` quote someone: a stray quotation mark,
    or words in quotation marks of four words or more. Such a turn is read by the
    quotation rules, which give the inner words their own speaker; a term in quotation
    marks ("the word "lifestyle" has gone from our forms") leaves the turn the speaker's."""
    found = list(_QUOTED.finditer(said))
    rest = _QUOTED.sub("", said)
    if any(c in rest for c in '"“”'):
        return True
    return any(len(m.group(1).split()) >= 4 for m in found)


def _format_turns(text: str, aid: str, taken, outlet: str = "") -> list[Quote]:
    """The turns of a chat export, a WebVTT file's voice spans, a court transcript's
    examination, a social thread's or a forum's posts
    (:func:`consilience.chat_turns.chat_turns`), each a direct quote of the speaker the
    record names, cited where the text first gives that name (any case); not where a
    turn of ``taken`` already stands, nor the posts of the article's own ``outlet`` (a
    body's statement posted as a thread is its own text, no one quoted)."""
    out = []
    for t in chat_turns(text):
        s, e = _trim(text, t.start, t.end)
        if e <= s or any(q.start < e and s < q.end for q in taken):
            continue
        if outlet and same_outlet(t.label, outlet):
            continue
        label = strip_titles(t.label)  # "Dr Ifan Rhoades @ifanr · 13 Jul"
        at = text.lower().find(label.lower())
        named = (at, at + len(label)) if at >= 0 else (None, None)
        out.append(Quote(aid, label, text[s:e], s, e, True, "transcript", *named))
    return out


def _bracket_label_turns(
    text: str, aid: str, resolver: SpeakerResolver, staff: set[str], taken
) -> list[Quote]:
    """The turns of a transcript that labels them in square brackets
    (:func:`consilience.bracket_turns.bracketed_turns`: "[GUEST – Ben Okafor, solicitor]
    The letter says ...") as direct quotes of the person the bracket names, by the full
    name the article gives when it names the person elsewhere; as with every transcript,
    not the programme's own staff (a role of :data:`STAFF_ROLES` in the bracket, "[HOST –
    Priya Sandhu]", or a name of ``staff``) nor a reporter's question ("Q [Ravi Menon,
    Evening Post]: ...", an outlet after the name); not where a quote of ``taken``
    already stands, nor words in quotation marks (the direct quote's own)."""
    out = []
    for t in bracketed_turns(text):
        if _staff_role(t.role) or t.name.lower() in staff:
            continue
        if t.asked and is_outlet_name(t.post or ""):
            continue  # "Q [Ravi Menon, Evening Post]: ...": a reporter's question
        line = text.rfind("\n", 0, t.start) + 1
        at = text.find(t.label, line, t.start)
        known = _known_name(t.name, resolver) or (t.name, at, at + len(t.label))
        s, e = _trim(text, t.start, t.end)
        if e <= s or any(q.start < e and s < q.end for q in taken):
            continue
        if not holds_quotation(text[s:e]):
            out.append(
                Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2])
            )
    return out


def _marked_person(m: re.Match) -> tuple | None:
    """(name, start, end) of a live caption file's label after its mark of a change of
    speaker (">> HANNAH PRICE:"): the mark says a person speaks, so a label of two or three
    words, titles left out, names one unless every word is a common English word
    (">> CROWD MEMBER:"); None otherwise."""
    if not m["mark"]:
        return None
    titled = m["label"].title()
    name = strip_titles(titled)
    words = name.split()
    if not 2 <= len(words) <= 3 or common_words(words):
        return None
    end = m.end("label")
    return name, end - len(name), end


#: bracketed roles of a member of the public a programme puts on air by first name
_CALLER_ROLES = re.compile(r"^\s*(?:caller|listener|texter|viewer)\b", re.I)


def _named_caller(m: re.Match, text: str) -> tuple | None:
    """(name, start, end) of a phone-in caller's label ("AYESHA (caller, Crookham):"): one
    word, a bracketed role of :data:`_CALLER_ROLES`, and the name written in mixed case
    elsewhere in the text ("Ayesha is in Crookham"); programmes name callers by first name
    only. None otherwise."""
    label = m["label"]
    if " " in label or not _CALLER_ROLES.match(m["role"] or ""):
        return None
    name = label.title()
    if re.search(rf"\b{re.escape(name)}\b", text) is None:
        return None
    return name, m.start("label"), m.end("label")


#: a question or an answer of meeting notes, its speaker in brackets: "Q (Gary Lomax, flat
#: 166): How much …", "A (DO): He could not …"
_BRACKETED_TURN = re.compile(
    r"^(?:Q|A|Question|Answer)\s*\((?P<who>[^(),\n]{1,40})(?:,(?P<of>[^()\n]{0,40}))?\):[ \t]*"
    r"(?P<said>[^\n]+)$",
    re.M,
)


def _asked_and_answered(text: str, aid: str, resolver: SpeakerResolver, taken) -> list[Quote]:
    """The questions and answers of meeting notes that name their speaker in brackets
    ("Q (Gary Lomax, flat 166): How much would new lifts cost?", "A (DO): He could not
    discuss …"), as reported words (the notes paraphrase: no quotation marks) of the person
    the bracket names in full or by initials the article defines, not a reporter's (an
    outlet named after the name: "Q (Kate Ferris, Valley TV)"); not where a quote of
    ``taken`` already stands, nor words in quotation marks (the direct quote's own)."""
    out = []
    for m in _BRACKETED_TURN.finditer(text):
        who = m["who"].strip()
        known = _known_name(resolver.short_names.get(who, who), resolver)
        if known is None and person_shaped(who.split()):  # named only in the bracket
            known = (who, m.start("who"), m.start("who") + len(who))
        if known is None or is_outlet_name((m["of"] or "").strip()):
            continue  # "Q (Kate Ferris, Valley TV): …": a reporter's question
        s, e = _trim(text, m.start("said"), m.end("said"))
        e -= text[e - 1 : e] == "."
        if e <= s or holds_quotation(text[s:e]):
            continue
        if not any(q.start < e and s < q.end for q in taken):
            out.append(Quote(aid, known[0], text[s:e], s, e, False, "transcript", *known[1:]))
    return out


def _own_line_turns(text: str, aid: str, resolver: SpeakerResolver, staff, taken) -> list[Quote]:
    """The turns of a subtitled video's or podcast's transcript whose upper-case label
    stands on its own line (:func:`consilience.caption_turns.labelled_lines`: "[00:07]
    NORA KESTLE, TENANTS' ORGANISER:" and the words on the next line), of a person the
    article names or the transcript vouches for (:func:`~consilience.caption_turns.
    vouched_names`) or tags as a person's (a caller greeted by first name); not the
    programme's staff, nor where a turn of ``taken`` stands."""
    turns = labelled_lines(text)
    vouched = vouched_names(turns, text)
    out = []
    for t in turns:
        name = label_name(t.label)
        known = _known_name(name, resolver) or _title_vouched(name, text.find(t.label))
        known = known or _person_entity(name, resolver)  # a caller: "Morning, Dennis."
        if known is None and name in vouched:
            at = text.find(t.label)
            known = (name, at, at + len(t.label))
        if known is None or known[0].lower() in staff or _staff_role(t.role):
            continue
        if known[0].isupper():  # named only in capitals, as captions are
            known = (known[0].title(), *known[1:])
        s, e = _trim(text, t.start, t.end)
        if e > s and not any(q.start < e and s < q.end for q in taken) and not holds_quotation(text[s:e]):
            out.append(
                Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2])
            )
    return out


def _person_entity(name: str, resolver: SpeakerResolver) -> tuple | None:
    """(name, start, end) of the first place the article tags ``name`` as written a
    person's (a phone-in's caller greeted by first name: "Let's go to Dennis"), else None."""
    ent = next((e for e in resolver.analysis.doc.ents if e.label_ == "PERSON" and e.text == name), None)
    return None if ent is None else (name, ent.start_char, ent.end_char)


def _title_vouched(label: str, at: int) -> tuple | None:
    """(name, start, end) of a label that is a person's title and at least two more words
    ("Cllr Graham Tull", "Det Sgt Aisha Morrow"): the title vouches for a person the
    article may name only in the label; ``at`` is where the label starts (-1: not found)."""
    name = strip_titles(label)
    if at < 0 or name == label or len(name.split()) < 2:
        return None
    return name, at + len(label) - len(name), at + len(label)


def _record_turns(text: str, aid: str, resolver: SpeakerResolver, staff, taken) -> list[Quote]:
    """The title-case labelled turns of an official report
    (:func:`consilience.report_turns.named_turns`) of a person the article names, by the
    label ("Idris Falconer (Drumlee North):") or by the name an office's label brackets
    ("The Minister for Health and Care (Rosalind Achterberg):"); not the newsroom's staff,
    nor a line-up (:func:`_name_list`), nor where an upper-case turn of ``taken`` already
    stands."""
    out = []
    for t in named_turns(text):
        known = (
            chair_of(t.label, text)
            or _first_named(t.label, resolver)
            or _known_name(t.label, resolver)
            or (t.role and _known_name(t.role, resolver))
            or _stamped_name(t, text)
        )
        if not known or known[0].lower() in staff:
            continue
        s, e = _trim(text, t.start, t.end)
        if e > s and not any(q.start < e and s < q.end for q in taken) and not _name_list(
            resolver.analysis.doc, s, e
        ):
            out.append(
                Quote(aid, known[0], text[s:e], s, e, True, "transcript", known[1], known[2])
            )
    return out


def _first_named(label: str, resolver: SpeakerResolver) -> tuple | None:
    """The ``full_by_last`` entry of the one person the article names whose first name is
    the one-word ``label`` ("Rosa:" after "Rosa Quaye talks to ..."); None when the label
    is more words, or no person or several bear that first name."""
    if " " in label.strip():
        return None
    hits = {
        k
        for k in resolver.full_by_last.values()
        if " " in strip_titles(k[0]) and strip_titles(k[0]).split()[0] == label
    }
    if len({h[0] for h in hits}) == 1:
        return hits.pop()
    return None if hits else _first_and_surname(label, resolver.analysis.article.text)


def _first_and_surname(label: str, text: str) -> tuple | None:
    """(name, start, end) of the first place ``text`` writes the first name ``label`` with
    a surname after it, a person's name by its shape ("Nia Penrose talks to ...", a name
    the tagger missed); None when it never does."""
    for m in re.finditer(rf"\b{re.escape(label)}[ \t]+[A-Z][\w'’-]+\b", text):
        if text[m.end() : m.end() + 1] != ":" and person_shaped(m.group().split()):
            return m.group(), m.start(), m.end()
    return None


def _stamped_name(t, text: str) -> tuple | None:
    """(name, start, end) of a recording's time-stamped label (``t.stamped``: "[00:05:12]
    Anna de Vries:") that reads as a person's name: two to four words, titles left out,
    not all common English words ("Voice Over", "Studio Guest"). A recording's transcript
    labels its speakers, so its label vouches for a person the article names nowhere
    else; None otherwise."""
    if not t.stamped:
        return None
    name = strip_titles(t.label)
    words = name.split()
    capital = [w for w in words if w[:1].isupper()]
    if not 2 <= len(words) <= 4 or len(capital) < 2 or common_words(capital):
        return None
    line = text.rfind("\n", 0, t.start) + 1
    at = text.find(name, line, t.start)
    return (name, at, at + len(name)) if at >= 0 else None


def _known_name(words: str, resolver: SpeakerResolver) -> tuple | None:
    """The ``full_by_last`` entry of the person ``words`` names (titles left out): its
    last word the surname and every word one of the full name's; else None."""
    label = strip_titles(words.strip())
    if not label:
        return None
    known = resolver.full_by_last.get(label.split()[-1].lower())
    if known is None or not set(label.lower().split()) <= set(known[0].lower().split()):
        return None
    return known


def _labelled_person(m: re.Match, resolver: SpeakerResolver) -> tuple | None:
    """The person (``resolver.full_by_last`` entry: full name, start, end) a transcript
    label names ("FISKAA", "CHIEF SUPERINTENDENT DAN HOLT"): the label, titles left out,
    is the surname or more words of a person the article names, or a first and last name
    after a title ("DR SANJAY RAO": the title vouches for a person the article names only
    in capitals); else None."""
    titled = m["label"].title()
    label = strip_titles(titled)
    known = resolver.full_by_last.get(label.split()[-1].lower())
    if known is not None and _label_only(known, m):
        known = None  # "HOST:", "JT:": the tagger took the label itself for a name
    if " " not in label and (known is None or known[0].lower() == label.lower()):
        known = _first_named(label, resolver) or known  # "LUCIA:" for Lucia Farrant
    if known is None and (initialled := _initialled(m, resolver)) is not None:
        return initialled
    if known is None and " " not in label and (holder := _role_holder(m, resolver)) is not None:
        return holder  # "INTERVIEWER:" after "The presenter, Ffion Daley, is shown as INTERVIEWER"
    if known is None and label != titled and len(label.split()) >= 2:
        return label, m.start("label"), m.end("label")  # "DET SGT AISHA MORROW": a title
    if known is None:
        return None
    have, want = set(strip_titles(known[0]).lower().split()), set(label.lower().split())
    if have < want and person_shaped(label.split()) and not _label_only(known, m):
        return label, m.start("label"), m.end("label")  # "Ms Sandvik" named, "PETRA SANDVIK:"
    if not want <= have:
        return None
    if known[0].isupper():  # named only in capitals, as captions are ("SANJAY RAO")
        return (known[0].title(), *known[1:])
    return known


#: what follows a transcript's label: its bracketed role, then the colon
_AFTER_LABEL = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\))?:")


def _label_only(known: tuple, m: re.Match) -> bool:
    """Whether the person entry ``known`` (name, start, end) a transcript label matched is
    a turn's label (a line's first words before a colon), and the label is a role word or
    initials
    ("HOST:", "QUESTION:", "JT:"): no evidence of a person. A surname label the article
    gives only there ("FISKAA:") stays a name."""
    if re.fullmatch(r"[A-Z]{2,3}", m["label"]) and known[0].upper() == m["label"]:
        return True  # "JT is Joanna Tkacz": the initials, not a name
    text, (start, end) = m.string, known[1:3]
    if start is None or not _AFTER_LABEL.match(text, end) or text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    word = m["label"]
    return bool(re.fullmatch(r"[A-Z]{2,3}", word)) or (" " not in word and common_words([word.title()]))


#: role words of who leads a programme, one role for a legend ("HOST:" / "presented by"),
#: with the verbs a legend ties a person to them by
_LEAD_ROLES = ("host", "presenter", "anchor", "interviewer")
_LEAD_VERBS = ("hosted by", "presented by", "anchored by", "interviewed by")


def _role_holder(m: re.Match, resolver: SpeakerResolver) -> tuple | None:
    """The one person a transcript's legend ties to the role-word label of ``m``
    ("INTERVIEWER:"), as a ``full_by_last`` entry: the person named in a sentence that
    writes the label itself outside a turn ("The presenter, Ffion Daley, is shown as
    INTERVIEWER"), else the person right after or before the role word ("the presenter,
    Ffion Daley", "Ffion Daley, the presenter", "presented by Ffion Daley"); None when no
    legend names one person."""
    label, text = m["label"], m.string
    people = sorted({k for k in resolver.full_by_last.values() if k[1] is not None}, key=lambda k: k[1])
    for at in (x.start() for x in re.finditer(rf"\b{re.escape(label)}\b(?![ \t]*(?:\([^()\n]*\))?:)", text)):
        lo = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        hi = min(x for x in (text.find(".", at), text.find("\n", at), len(text)) if x >= 0)
        inside = {k[0] for k in people if k[0] in text[lo:hi]}  # named there, maybe not first
        if len(inside) == 1:
            return next(k for k in people if k[0] in inside)
    role = label.lower()
    roles = _LEAD_ROLES if role in _LEAD_ROLES else (role,)
    words = roles + (_LEAD_VERBS if role in _LEAD_ROLES else ())
    near = set()
    for k in people:
        before, after = text[max(0, k[1] - 24) : k[1]].lower(), text[k[2] : k[2] + 24].lower()
        if any(re.search(rf"\b{w},?[ \t]+$", before) for w in words) or any(
            re.match(rf",?[ \t]+(?:\(|the[ \t]+)?{r}\b(?![ \t]+of\b)", after) for r in roles
        ):
            near.add(k[0])
            if re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z]", text[k[2] : k[2] + 8]):
                near.add("")  # "Presented by Anna Berg and Luke Marsh": two, nobody chosen
    return next(k for k in people if k[0] in near) if len(near) == 1 else None


def _initialled(m: re.Match, resolver: SpeakerResolver) -> tuple | None:
    """The one person the article names whose initials a short label spells ("RC:" for
    Ruairi Castell, as transcripts label a turn after naming the speaker in the intro);
    None when the label is no two or three letters or no single person has those initials."""
    label = m["label"]
    if not re.fullmatch(r"[A-Z]{2,3}", label):
        return None
    hits = {
        known
        for known in resolver.full_by_last.values()
        if _initials(strip_titles(known[0])) == label
    }
    if not hits:  # a name the tagger missed ("Ruairi Castell press conference - Friday")
        hits = {(n, s, e) for n, s, e in _proper_runs(resolver.doc, len(label)) if _initials(n) == label}
        if len({n for n, _, _ in hits}) == 1:
            return min(hits, key=lambda h: h[1])
    return hits.pop() if len(hits) == 1 else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()).upper()


def _proper_runs(doc, size: int) -> list[tuple[str, int, int]]:
    """Runs of exactly ``size`` title-case proper nouns (text, start, end), each run
    bounded by tokens that are no proper noun: the names a text spells out."""
    out, run = [], []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.text.istitle() and tok.is_alpha:
            run.append(tok)
            continue
        if len(run) == size:
            out.append((" ".join(t.text for t in run), run[0].idx, run[-1].idx + len(run[-1])))
        run = []
    return out


def _staff_labels(turns: list) -> set[str]:
    """Lower-case names (titles left out) of the labels some turn of ``turns`` gives a
    staff role ("ROB KETTERING, ANCHOR:"): the programme's own people in every turn, also
    those that give the name alone ("ROB KETTERING: Jas, what is the company saying?")."""
    return {
        strip_titles(m["label"].title()).lower()
        for m in turns
        if _staff_role(m["role"]) or _staff_role(m["post"])
    }


def _staff_role(role: str | None) -> bool:
    """Whether a turn's bracketed role ("REPORTER", "Anchor", "studio presenter") is one of
    the programme's own staff (:data:`STAFF_ROLES`)."""
    return bool(role) and any(w in STAFF_ROLES for w in role.lower().split())


def _newsroom_staff(doc) -> set[str]:
    """Lower-case names of the people the article presents as its own staff, a name in a
    phrase with the writer's possessive: "Our reporter Sian Morrow", "our sports reporter
    Ben Tully", "our correspondent, Jess Lee", "Sian Morrow, our reporter". Their turns
    in a transcript relay what sources said; the sources' words are the quotes."""
    out = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        phrase = [t for t in root.subtree if t.i < ent.start]
        phrase += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            phrase.append(root.head)
        owners = [t for p in phrase for t in (p, *p.children)]
        if any(
            t.dep_ == "poss" and t.lower_ in ("our", "my") and _newsroom_role(t.head)
            for t in owners
        ):
            out.add(strip_titles(ent.text.strip()).lower())
    return out


#: nouns of a newsroom's own people, besides :data:`STAFF_ROLES` ("our vet" in a family's
#: statement is no staff of an outlet)
NEWSROOM_NOUNS = STAFF_ROLES | frozenset(
    "journalist writer columnist photographer staff team critic producer".split()
)


def _newsroom_role(noun) -> bool:
    """Whether ``noun`` (what "our"/"my" owns) is a newsroom role, by itself or as the
    head of its modifiers ("our sports reporter")."""
    return noun.lemma_.lower() in NEWSROOM_NOUNS or noun.lower_ in NEWSROOM_NOUNS


#: a quotation is a fragment of the reported clause around it when it holds at most this
#: share of the clause's words
PARTIAL_SHARE = 0.6


def _partial_quote(text: str, reported: Quote, direct: Quote) -> bool:
    """``direct`` is a few quoted words inside the reported clause ``reported`` (a partial
    quote: 'Kovac said he had practised that shot "a thousand times"'), not a quoted
    sentence the clause merely introduces: it opens in lower case or mid-clause and holds
    at most :data:`PARTIAL_SHARE` of the clause's words."""
    if direct.speaker != reported.speaker:
        return False
    n_direct, n_clause = len(direct.text.split()), len(reported.text.split())
    mid_clause = bool(text[reported.start : direct.start].strip(" \"“‘'"))
    opens_lower = direct.text[:1].islower()
    if mid_clause and opens_lower:  # 'it would "answer every question ..."'
        return True
    return (mid_clause or opens_lower) and n_direct <= PARTIAL_SHARE * n_clause


@dataclass
class _Attributed:
    """Who a quotation is attributed to, by which cue word, found at character ``at``."""

    speaker: Speaker
    cue: str
    at: int


def _direct_quotes(doc, quotations: list[Quotation], resolver: SpeakerResolver) -> list[Quote]:
    text = doc_text(doc)
    aid = resolver.analysis.article.id
    attributed = [(q, _attribute_direct(doc, q, resolver)) for q in quotations]
    out: list[Quote] = []
    for group, att in _merge_continuations(text, attributed):
        if att is None or _unnamed_group(att.speaker):
            continue  # '"…," shoppers said': an unnamed group is no quote's speaker
        parts = [_trim(text, s, e) for q in group for s, e in q.parts]
        parts = [(s, e) for s, e in parts if e > s]
        if not parts:
            continue
        sp = att.speaker
        words = _join_parts(text, parts)
        out.append(
            Quote(aid, sp.name, words, parts[0][0], parts[-1][1], True, att.cue, sp.start, sp.end)
        )
    return out


#: entity labels of a party to a joint statement ("both parties said")
_PARTY_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE"})

#: words that count a plural noun's members: "both parties", "the two companies"
_JOINT_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _joint_count(tok) -> int | None:
    """How many parties plural noun ``tok`` counts ("both sides" 2, "the three unions"
    3), or None when it counts none."""
    if tok.tag_ != "NNS":
        return None
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("det", "nummod", "predet") and c.lower_ in _JOINT_COUNTS:
            if c.lower_ != "both" and not any(d.lower_ in ("the", "all") for d in tok.children):
                return None  # "two parties said": not the ones named before
            return _JOINT_COUNTS[c.lower_]
    return None


def named_collective(tok) -> bool:
    """Whether plural subject ``tok`` is a body's name ("The Greens said", "the Liberals
    said": a party, tagged NORP or ORG, capitalised after "the"), a speaker of its own
    unlike an unnamed group ("Residents said")."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in ("NORP", "ORG")
        and tok.text[:1].isupper()
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def speaking_body(sp: Speaker | None, tok) -> Speaker | None:
    """``sp`` resolved at subject ``tok`` when it is one speaker or a named body
    (:func:`named_collective`: "The Greens said"); None for a group of people
    ("Fans said", "Officials said"), whose statements are left to provenance."""
    if sp is None or not (sp.kind == "group" or sp.plural):
        return sp
    return sp if named_collective(tok) or one_party(tok) else None


#: roles whose holders, in the plural, act as one party of the story: the body that runs
#: its event ("the organisers", "race organisers"), the prosecution of its case, or the
#: firm appointed to run an insolvent company ("the administrators", "the receivers")
PARTY_ROLES = frozenset(
    {"organiser", "organizer", "prosecutor", "administrator", "receiver", "liquidator"}
)


def one_party(tok) -> bool:
    """Whether plural subject ``tok`` speaks as one party: a role in :data:`PARTY_ROLES`
    ("the organisers said", "prosecutors told the court") or a plural body noun of
    :data:`ORG_NOUNS` that is modified or definite ("emergency services said", "the
    authorities said": bodies speaking as one), unlike a group of people ("officials
    said", "residents said")."""
    lemma = tok.lemma_.lower()
    if lemma in PARTY_ROLES:
        return True
    if lemma not in ORG_NOUNS or lemma in BARE_BODIES:
        return False
    if any(c.lower_ in _JOINT_COUNTS or c.like_num for c in tok.children):
        return False  # "both unions said": the parties named before (joint_antecedent)
    return any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children)


def _unnamed_group(sp: Speaker) -> bool:
    """Whether speaker ``sp`` is a plural group named by common nouns only ("stranded
    passengers", "Shoppers" opening a sentence), not a body with a plural name ("Nyvik
    Foods", "Tarrow Mills")."""
    if sp.kind != "group":
        return False
    words = sp.name.split()
    if not words or any(not w.islower() for w in words[1:]):
        return False
    first = words[0].lower()
    return words[0].islower() or bool(
        lexicon.senses(first, "n") or lexicon.senses(first.removesuffix("s"), "n")
    )


def _join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    """The quoted words of several parts: a sentence end or the part's own comma before a
    lower-case part joins with a space ("The levee held, but only just."), else " … "."""
    words = text[parts[0][0] : parts[0][1]]
    prev_end = parts[0][1]
    for s, e in parts[1:]:
        if words.endswith((".", "!", "?", "…")):
            words += " "
        elif text[prev_end : prev_end + 1] == "," and text[s : s + 1].islower():
            words += ", "
        else:
            words += " … "
        words += text[s:e]
        prev_end = e
    return words


def _merge_continuations(text: str, attributed):
    """Group a quotation with the attributed one before it when it goes on right after that
    one's attribution, in the same paragraph: unattributed after the attribution sentence
    (``"A," said X, a farmer. "B."`` -> one quote "A … B." by X) or attributed to the same
    speaker again further on (``"A," said X. "B.¶"C," he said.``), or the second half of a
    sentence the attribution interrupts (``"A," she said, "and B."``); or as the whole next
    paragraph, with no speaker of its own, right after the paragraph the attribution closes
    (``"A," she said.¶"B."``)."""
    groups: list[tuple[list[Quotation], _Attributed | None]] = []
    latest: _Attributed | None = None  # the group's attribution nearest its last part
    for q, att in attributed:
        if groups and _continues(text, (groups[-1][0], latest), q, att):
            groups[-1][0].append(q)
        else:
            groups.append(([q], att))
            latest = att
        if att is not None and latest is not None and att.at > latest.at:
            latest = att  # '"A," said X. "B," she said. "C."': C goes on after "she said"
    return groups


def _continues(text: str, group, q: Quotation, att: _Attributed | None) -> bool:
    quotations, prev = group
    last = quotations[-1]
    gap = text[last.end : q.start]
    if prev is None or not last.end < prev.at < q.start:
        return False
    if "\n" in gap:
        return _next_paragraph_goes_on(text, gap, q, att, prev)
    core = gap.rstrip().rstrip(QUOTE_MARKS).rstrip()
    if re.findall(r"[.!?][\"”’']?\s", core[:-1]):
        return False  # more than the attribution sentence between them
    if att is not None and att.at == prev.at:  # one verb attributes both halves of an
        return core.endswith(",")  # interrupted sentence
    if att is not None and att.speaker.name != prev.speaker.name:
        return False  # its own speaker
    # unattributed, or attributed again to the same speaker further on ('"A," said X.
    # "B.¶"C," he said.': one quote running over the paragraphs)
    return core.endswith((".", "!", "?")) and text[q.start : q.start + 1].isupper()


def _next_paragraph_goes_on(text: str, gap: str, q: Quotation, att, prev: _Attributed) -> bool:
    """Whether quotation ``q``, a whole paragraph of its own, goes on with the quote whose
    attribution closed the paragraph before (news style: '"A," she said.' then a paragraph
    '"B."' with no speaker of its own). ``gap`` is the text between the two: the
    attribution sentence, one paragraph break, nothing else."""
    same = att is None or att.at == prev.at
    same = same or (att.cue == "context" and att.speaker.name == prev.speaker.name)
    if not same:
        return False  # its own speaker
    marks = " \t" + QUOTE_MARKS
    before, _, after = gap.partition("\n")
    if after.strip("\n" + marks) or not before.rstrip().endswith((".", "!", "?")):
        return False
    core = before.strip(marks + ",").rstrip(".!?")
    if re.search(r"[.!?]\s", core) or any(m in core for m in QUOTE_MARKS):
        return False  # more than the attribution sentence between them
    rest = text[q.end :].split("\n", 1)[0]
    return not rest.strip(marks) and _opens_paragraph(text, q.start)


_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by de la le von van".split())


def is_title(doc, q: Quotation) -> bool:
    """True when quotation ``q`` is a title or name in quotation marks (``star of "Night
    Train"``) rather than quoted speech: one paragraph, at most 15 words, all capitalised but
    small words, and either inside a sentence without a reporting verb (or a reporting verb
    and a comma, or a colon) just before it, or followed by a word rather than punctuation
    (``"Night Train" won``)."""
    text = doc_text(doc)
    if len(q.parts) > 1:
        return False
    words = re.findall(r"[\w'’-]+", text[q.start : q.end])
    if not words or len(words) > 15 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    lead = text[line_start : q.start - 1].rstrip()
    after = text[q.end + 1 : q.end + 2]
    if lead.endswith(","):  # 'she said, "Go Home."' vs 'the next play, "Winter Rooms,"'
        lead = lead[:-1].rstrip()
        return not (lead and _ends_with_speech_verb(doc, line_start, lead))
    if not lead or lead[-1] in ":.!?;—–(":
        return text[q.end - 1 : q.end] not in ".,!?" and after not in ".,!?:;"
    return not _ends_with_speech_verb(doc, line_start, lead)


def is_defined_term(doc, q: Quotation) -> bool:
    """True when quotation ``q`` is a name a document defines for its own use, in a bracket
    after the name ("The Board of Halden Mills plc ("Halden" or "the Company") confirms",
    "the 2026 bonds (the "Notes")"): at most five words, inside a bracket of at most twelve
    words that opens before it and closes after it on the same line, with no reporting
    verb before it in the bracket ("(who told reporters "we are broke")" is speech)."""
    text = doc_text(doc)
    if len(q.parts) > 1 or len(text[q.start : q.end].split()) > 5:
        return False
    opening = text.rfind("(", 0, q.start)
    if opening < 0 or text.rfind(")", 0, q.start) > opening:
        return False
    closing = text.find(")", q.end)
    inside = text[opening + 1 : closing]
    if closing < 0 or "\n" in inside or len(inside.split()) > 12:
        return False
    lead = doc.char_span(opening, q.start, alignment_mode="expand")
    return lead is None or not any(is_speech_verb(t) for t in lead)  # not '(who said "…")'


def _ends_with_speech_verb(doc, line_start: int, lead: str) -> bool:
    prev = doc.char_span(line_start + len(lead) - 1, line_start + len(lead), "expand")
    return prev is not None and any(is_speech_verb(t) for t in prev)


def _close_open_mark(text: str, s: int, e: int) -> int:
    """End of ``text[s:e]`` moved past a closing double mark just after it (``."``) when the
    span opens one it does not close (a title at the end of a reported clause)."""
    if sum(text[s:e].count(m) for m in ('"', "“", "”", "''", "``")) % 2 == 0:
        return e
    m = re.match(r"[.!?,]? ?(\"|”|'')", text[e : e + 4])
    return e + m.end() if m else e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` without edge whitespace, trailing ",;:" and unpaired edge quotation
    marks (:func:`quote_marks.trim_marks`)."""
    while True:
        s, e = trim_marks(text, s, e)
        if e > s and text[e - 1] in ",;:":
            e -= 1
            continue
        return s, e


def _trimmed(text: str, q: Quote) -> Quote:
    """Quote ``q`` whose text is one span of ``text``, without unpaired quotation marks or
    whitespace at its edges; a quote of joined parts is returned as is."""
    if text[q.start : q.end] != q.text:
        return q
    s, e = trim_marks(text, q.start, q.end)
    if not q.direct:
        s = _after_writer_label(text, s, e)
    if (s, e) == (q.start, q.end) or e <= s:
        return q
    return dataclasses.replace(q, text=text[s:e], start=s, end=e)


#: a writer's short lead-in before a colon that opens a reported span ("Sad news: …")
_WRITER_LABEL = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,2}: (?=\S+ \S+ \S+)")


def _after_writer_label(text: str, s: int, e: int) -> int:
    """Where reported span ``[s, e)`` starts without the writer's own label of one to three
    words and a colon ("Sad news: the foreman died …", "Update: …"): a live blog's lead-in,
    not the speaker's words. ``s`` when there is none."""
    m = _WRITER_LABEL.match(text, s, e)
    return m.end() if m else s


def _tokens_in(doc, parts) -> list:
    """The tokens lying wholly inside the character spans ``parts``, in order."""
    spans = (doc.char_span(s, e, alignment_mode="contract") for s, e in parts)
    return [t for span in spans if span is not None for t in span]


def _attribute_direct(doc, q: Quotation, resolver: SpeakerResolver) -> _Attributed | None:
    """Who said quotation ``q``: a reporting verb around it, "according to X", or an
    adjacent "X said:" / "X said." sentence (see the module docstring)."""
    inner = _tokens_in(doc, q.parts)
    if not inner:
        return None
    labelled = (
        _transcript_label(doc, q, resolver)
        or _colon_label(doc, q, resolver)
        or _clip_label(doc, q, resolver)
        or _signed(doc, q, resolver)
    )
    if labelled is not None:
        return labelled
    inner_ids = {t.i for t in inner}
    qs, qe = q.start, q.end
    sents = [s for s in doc.sents if s.end_char > qs - 1 and s.start_char < qe + 1]
    if not sents:
        return None
    lo, hi = _paragraph_of(doc_text(doc), qs, qe)
    context = [t for s in sents for t in s if t.i not in inner_ids and lo <= t.idx < hi]
    hit = _verb_speaker(context, inner[0], qs, qe, resolver)
    if hit is not None:
        return hit
    for s in sents:
        for prep, pobj in according_to(s):
            if prep.i in inner_ids or not lo <= prep.idx < hi:
                continue
            sp = resolver.resolve(source_holder(pobj))
            if sp is not None:
                return _Attributed(sp, "according to", prep.idx)
    return (
        _colon_clause(doc, q, resolver)
        or _headed_statement(doc, q, resolver)
        or _adjacent_speaker(doc, sents, qs, inner_ids, resolver)
    )


def _headed_statement(doc, q: Quotation, resolver) -> _Attributed | None:
    """The speaker a heading line names for the quotation that opens the next paragraph
    ("A statement from our managing director, Philippa Denholm¶"…"", "A word from the race
    director¶"…""; :func:`consilience.statement_headings.heading_before`): the object of
    "from", a name in apposition to it first. None when no heading or no one resolves."""
    span = heading_before(doc_text(doc), q.start - 1)
    if span is None:
        return None
    words = [t for t in doc if span[0] <= t.idx < span[1]]
    heads = [t for t in words if t.dep_ == "pobj"] + [
        t for t in words if t.head.i == t.i or t.head.idx < span[0] or t.head.idx >= span[1]
    ]
    for tok in heads:
        named = [c for c in tok.children if c.dep_ == "appos" and c.idx < span[1]]
        for cand in named + [tok]:
            sp = resolver.resolve(cand)
            if sp is not None and sp.kind in ("person", "org") and not sp.plural:
                return _Attributed(sp, "heading", cand.idx)
    return None


def _paragraph_of(text: str, qs: int, qe: int) -> tuple[int, int]:
    """Character range [start, end) of the paragraph(s) holding the quotation at
    ``qs``..``qe``: a reporting verb beyond a line break ('"… believe them."¶The
    authority has promised a review.') reports other words, though the tagger may run
    the closing mark and the next paragraph into one sentence."""
    end = text.find("\n", qe)
    return text.rfind("\n", 0, qs) + 1, len(text) if end < 0 else end


def _colon_clause(doc, q: Quotation, resolver) -> _Attributed | None:
    """A clause of the quotation's paragraph that ends in a colon right before it, whose
    main verb's subject is a person or a body the article names ('The mayor welcomed the
    vote: "…"', 'The union struck a defiant tone: "…"'): news style gives that subject's
    words after such a colon whatever the verb. None when the clause's subject is no one
    the resolver knows (a sign, a note, a report) or a group."""
    text = doc_text(doc)
    head = text[: q.start - 1].rstrip()
    if not head.endswith(":"):
        return None
    start = text.rfind("\n", 0, len(head)) + 1
    colon = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if colon is not None:  # the colon's own sentence: "Many have stayed. As one, X, put it:"
        start = max(start, colon.sent.start_char)
    words = [t for t in doc if start <= t.idx < len(head) - 1]
    ids = {w.i for w in words}
    roots = [t for t in words if t.pos_ in ("VERB", "AUX") and t.head.i == t.i]
    # the clause's predicate hung on the quotation ("Varga was emotional: "…"": "was" a
    # complement of the quoted verb); an auxiliary of another verb is no predicate
    roots = roots or [
        t
        for t in words
        if t.pos_ in ("VERB", "AUX")
        and t.head.i not in ids
        and t.dep_ not in ("aux", "auxpass", "neg")
    ]
    for verb in reversed(roots):
        # the subject nearest the verb: a Q&A's "A:" label parsed as a second subject
        # ('A: Engineer Miriam Osei put it bluntly: "…"') is no one
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subj in sorted(subjects, key=lambda c: (abs(verb.i - c.i), c.i)):
            subj = _words_owner(subj) or subj  # "Colin's words to me were: "…""
            sp = resolver.resolve(subj)
            if sp is None and subj.ent_type_ in NOT_SPEAKERS:
                # '22:48 Kovac, asked about his future: "…"': a lone name tagged a place
                # speaks as a person unless it names a place of the article or the world
                sp = resolver._lone_name(subj)
            if sp is not None and sp.kind in ("person", "org") and not sp.plural:
                return _Attributed(sp, "colon", subj.idx)
    return None


#: nouns of what someone said, whose owner is the speaker of the words after a colon
#: ("Colin's *words* to me were: "…"", "The minister's *reply* was: "…"")
SAID_NOUNS = frozenset("words reply answer response comment verdict message advice".split())


def _words_owner(subj):
    """The possessor of a subject that names what someone said ("*Colin*'s words"), or
    None."""
    if subj.lower_ not in SAID_NOUNS and subj.lemma_.lower() not in SAID_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


#: what a body or a person says things in: "in a statement", "in a letter to fans"
STATEMENT_NOUNS = frozenset(
    "statement letter post message tweet interview speech note release briefing".split()
)


def _in_statement(verb) -> bool:
    """``verb`` is done "in a statement" (or a letter, a post …): its quoted object is
    the words of that statement."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "through", "via")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS for g in c.children)
        for c in verb.children
    )


def _statement_content(verb) -> list:
    """The that-clause of a message a reporting verb is done in, when the parser hung the
    clause on the message's noun ("told staff in an email that there would be no job
    cuts": the clause is what was told): a "that" clause with a subject of its own under
    the object of "in"/"through"/"via" naming a statement (:data:`STATEMENT_NOUNS`, or a
    communication by WordNet: email, memo, notice). [] otherwise."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "via"):
            continue
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            lemma = noun.lemma_.lower()
            if lemma not in STATEMENT_NOUNS and not is_a(lemma, _COMMUNICATION):
                continue
            return [
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)
            ][:1]
    return []


_COMMUNICATION = frozenset({"communication"})


def _transcript_label(doc, q: Quotation, resolver) -> _Attributed | None:
    """A transcript's speaker label opening the quotation's paragraph ('FISKAA: "Good
    evening. …'): the person the article names with that surname, or None."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    m = _LABEL.fullmatch(text[line_start : q.start - 1])
    known = _labelled_person(m, resolver) if m is not None else None
    if known is None:
        return None
    return _Attributed(Speaker(known[0], known[1], known[2], "person"), "transcript", line_start)


def _signed(doc, q: Quotation, resolver) -> _Attributed | None:
    """The speaker a dash signs quotation ``q`` with on the line after it, when the
    quotation fills its paragraph and no lead-in line ("X told the meeting:") stands
    before it (:func:`consilience.signed_lines.signature_after`: '"Nobody wanted this." /
    — Cllr Joan Tully (Marrick First), leader of the council'): the person the article
    names so, or the signed name when the tagger reads it as a person's (titles left out);
    None otherwise ("— Harlund Gazette", "— Name Withheld")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    if text[line_start : q.start].strip(" \t\"“‘'") or text[:line_start].rstrip().endswith(":"):
        return None
    signed = signature_after(text, q.end)
    if signed is None:
        return None
    name, s, e = signed
    bare = strip_titles(name)
    if is_outlet_name(bare):
        return None
    known = _known_name(bare, resolver) or _person_entity_at(doc, e - len(bare), e, resolver)
    if known is None:
        return None
    return _Attributed(Speaker(known[0], known[1], known[2], "person"), "label", s)


def _person_written(doc, name: str, at: int) -> tuple | None:
    """``(name, start, end)`` of a legend's ``name`` written at character ``at``: the first
    place the tagger reads it as a person's, else the legend itself when the name is
    person-shaped (:func:`consilience.entity_types.person_shaped`: a legend names its
    speakers, and a tagger may split an invented name, "Gwen" / "Lathbury"); None for a
    role or a common phrase ("Our Reporter", "Free Parking")."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text == name:
            return name, ent.start_char, ent.end_char
    words = name.split()
    if person_shaped(words) and not common_words(words):
        return name, at, at + len(name)
    return None


def _person_entity_at(doc, s: int, e: int, resolver) -> tuple | None:
    """``(name, start, end)`` of the person the resolver or the tagger reads at characters
    ``s:e`` (a name the article writes only there), None when no person stands there."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None
    hit = resolver.person_at(span[-1])
    if hit is not None:
        return hit
    if span[-1].ent_type_ != "PERSON":
        return None
    return span.text, span.start_char, span.end_char


#: a broadcast script's cue line for a recorded clip: '[CLIP: Ollie Brandt, passenger |
#: IN: "We'd been..." | OUT: "...anything." | DUR: 0'14"]', the speaker first
_CUE_WORDS = r"(?:CLIP|CUT|AUDIO|SOT|ACTUALITY|VOX POP|INSERT|SUPER|ASTON|CAPTION|LOWER THIRD)"
_CUE = re.compile(
    rf"^[ \t]*\[{_CUE_WORDS}\b[^:\]\n]*:[ \t]*"
    r"(?P<who>[^|,\]\n]+?)[ \t]*(?:,[^|\]\n]*)?(?:\|[^\n]*)?\][ \t]*$"
    # a script's cue without brackets: "SOT — CLLR JUNE OKAFOR, CABINET MEMBER — 0'12\""
    rf"|^[ \t]*{_CUE_WORDS}[ \t]*[:—–-][ \t]*"
    r"(?P<bare>[A-Z][^|,—–\n]*?)[ \t]*(?:,[^|—–\n]*)?(?:[|—–][^\n]*)?$",
    re.M,
)
#: a clip's in and out words, each on a line of their own after the clip ('OUT: "...too
#: little."'): the script's note of where the recording ends, no one's new quotation
_CUE_WORDS_LINE = re.compile(r"^[ \t]*(?:IN|OUT|IN ?WORDS|OUT ?WORDS|IN ?CUE|OUT ?CUE)[ \t]*:", re.M)


def _in_cue(text: str, q: Quotation) -> bool:
    """Whether quotation ``q`` lies in a clip's cue line (its IN and OUT words mark where
    the recording starts and ends; the clip's words follow the cue)."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _CUE.match(line) is not None or _CUE_WORDS_LINE.match(line) is not None


def _clip_label(doc, q: Quotation, resolver) -> _Attributed | None:
    """The speaker a clip's cue line names (:data:`_CUE`) for the quotation that opens the
    line after it, as radio scripts print a recorded clip; None otherwise."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.start) + 1
    if text[line_start : q.start - 1].strip():
        return None
    prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    m = _CUE.match(text[prev_start : max(line_start - 1, prev_start)])
    if m is None:
        return None
    who = "who" if m["who"] else "bare"
    s, e = prev_start + m.start(who), prev_start + m.end(who)
    span = doc.char_span(s, e, alignment_mode="expand")
    hit = resolver.person_at(span[-1]) if span is not None and len(span) else None
    name = m[who]
    fuller = len(name.split()) > len(hit[0].split()) and name.endswith(hit[0]) if hit else False
    if hit is not None and not hit[0].isupper() and not fuller:
        return _Attributed(Speaker(hit[0], hit[1], hit[2], "person"), "label", prev_start)
    if not all(w[:1].isupper() for w in name.split()):
        return None
    if name.isupper():  # "CLLR JUNE OKAFOR": the name in capitals, as scripts print cues
        name = strip_titles(name.title())
        s = e - len(name)
    return _Attributed(Speaker(name, s, e, "person"), "label", prev_start)


def _colon_label(doc, q: Quotation, resolver) -> _Attributed | None:
    """A named person, with at most a short verbless phrase, then a colon before the
    quotation, as live blogs and captions write ('Kitenge after the finish: "I knew …"',
    'Mayor Ana Ruiz: "We will …"'): that person; None when the words before the colon hold
    a verb (then a reporting verb attributes it) or name nobody the article names."""
    text = doc_text(doc)
    head = text[: q.start - 1].rstrip()
    if not head.endswith(":"):
        return None
    colon = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if colon is None:
        return None
    # the label's own sentence (the parser may start a new one at the quotation mark)
    start = max(colon.sent.start_char, text.rfind("\n", 0, q.start) + 1)
    words = [t for t in doc if start <= t.idx < len(head) - 1]
    # a participle phrase is still a label ('Achterberg, speaking to TV at the table: "…"');
    # a finite verb makes a clause, which a reporting verb attributes
    if not words or any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in words):
        return None
    # the first word the article names as a person: after a title ("Culture Minister X"),
    # not a possessor ("Usdaw's national officer, Karen Bell:" is Karen Bell's label)
    at = next(
        (
            t
            for t in words
            if (t.i == words[0].i or t.pos_ == "PROPN")
            and t.dep_ != "poss"
            and resolver.person_at(t)
        ),
        None,
    )
    if at is None or resolver.in_quotation(words[0]) or not _label_ends_at(at, words):
        return None
    hit = resolver.person_at(at)
    return _Attributed(Speaker(hit[0], hit[1], hit[2], "person"), "label", start)


def _label_ends_at(person, words) -> bool:
    """Whether a verbless label ``words`` before a colon is short (at most 8 tokens) or
    ends with the person named at token ``person``: what follows the name is its own
    apposition or phrase ('Deputy Director Fiona Garland of the National Customs Service:',
    '10:02 The county council chief executive, Paul Rudd:'), not a second statement."""
    if len(words) <= 8:
        return True
    root = person
    while root.head.i != root.i and root.dep_ in ("compound", "flat") and root.head.i > root.i:
        root = root.head
    below = {t.i for t in root.subtree}
    return all(t.i in below or t.is_punct for t in words if t.i > root.i)


#: a speaker label before a quotation that opens its paragraph: 'FISKAA: "'
_LABEL = re.compile(rf"[ \t]*{_TURN_LABEL}:[ \t]*")


def _verb_speaker(context, first, qs: int, qe: int, resolver) -> _Attributed | None:
    """The subject of a reporting verb outside the quotation, preferring a verb whose
    subtree holds the quotation, then the nearest; a naming verb ("called the plan
    "reckless"", "described it as "a disgrace"") counts only when it holds the quotation."""
    cands = []
    for tok in context:
        speech = is_speech_verb(tok)
        naming = (
            not speech
            and tok.pos_ == "VERB"
            and (tok.lemma_.lower() in NAMING_VERBS or _in_statement(tok))
        )  # "In a statement they thanked him for "…"": the statement's words
        if not speech and not naming:
            continue
        if _addressee_clause(tok):
            continue  # '"Keep going," I said to a neighbour *who had asked* ...'
        holds = first.i in {x.i for x in tok.subtree}
        if naming and not holds:
            continue
        subj = speech_subject(tok) or inverted_subject(tok)
        sp = resolver.resolve(subj) if subj is not None else None
        if sp is None:
            continue
        dist = min(abs(tok.idx - qs), abs(tok.idx - qe))
        cands.append((0 if holds else 1, dist, tok.i, _Attributed(sp, cue_of(tok), tok.idx)))
    if not cands:
        return None
    return min(cands, key=lambda c: c[:3])[3]


def _addressee_clause(tok) -> bool:
    """Verb ``tok`` opens a relative clause on the one another reporting verb speaks to
    ("I said *to a neighbour who had asked* if there was any point", "told the reporter
    who asked"): that person asked or said something else; the words are the other
    verb's subject's."""
    if tok.dep_ != "relcl":
        return False
    hearer = tok.head
    gov = hearer.head.head if hearer.dep_ == "pobj" and hearer.head.lower_ == "to" else hearer.head
    return hearer.dep_ in ("pobj", "dative", "dobj") and is_speech_verb(gov)


def _adjacent_speaker(doc, sents, qs: int, inner_ids, resolver) -> _Attributed | None:
    """For a quotation that is a whole sentence: 'X said:' before it, or a short 'X said.'
    after it."""
    first, last = sents[0], sents[-1]
    if qs - 1 > first.start_char + 1:
        return None
    prev = doc[first.start - 1].sent if first.start > 0 else None
    if prev is not None and prev.text.rstrip().endswith((":", ",")):
        hit = _sentence_speaker(prev, resolver, inner_ids)
        if hit:
            return hit
    nxt = doc[last.end].sent if last.end < len(doc) else None
    if nxt is not None and len(nxt) <= 8 and _closes_quotation(doc, last, nxt):
        hit = _sentence_speaker(nxt, resolver, inner_ids)
        if hit:
            return hit
    own_cue = any(is_speech_verb(t) for s in sents for t in s if t.i not in inner_ids)
    if prev is None or own_cue:
        return None
    text = doc_text(doc)
    if "\n" not in text[prev.start_char + len(prev.text.rstrip()) : qs]:
        # '…, X said. "…"': X goes on; 'X, 71, paid £4,250 in 2041. "I did this …"': the
        # person the paragraph opens on speaks, in the first person ('"He was a true
        # gentleman"' after "Evan Pryce died on Sunday" is someone else's of him)
        own = spoken(" ".join(s.text.strip(' "“”') for s in sents))
        return _closing_speaker(prev, resolver) or (
            _introducing_person(prev, resolver) if own else None
        )
    if _opens_paragraph(text, qs):
        return _introducing_person(prev, resolver)  # only for a quotation with no cue
    return None


def _closing_speaker(sent, resolver) -> _Attributed | None:
    """The speaker of ``sent`` when it ends in a closing attribution ("The four cubs were
    weak but alive, the head keeper, Ola Berg, said."): a reporting verb after the
    statement and its subject, only its setting after it. A quotation with no cue of its
    own that follows such a sentence in its paragraph goes on with that speaker's words.
    None for a person-less group or any other shape."""
    for verb in sent:
        if not is_speech_verb(verb) or not _closes_sentence(verb):
            continue
        if not all(_tail_of(verb, t) for t in sent.doc[verb.i + 1 : sent.end]):
            continue
        subj = _closing_subject(verb)
        if subj is None or subj.left_edge.i <= sent.start:
            continue
        if sent.doc[subj.left_edge.i - 1].text != ",":
            continue
        sp = resolver.resolve(subj)
        if sp is not None and sp.kind != "group" and not sp.plural:
            return _Attributed(sp, cue_of(verb), verb.idx)
    return None


def _closes_quotation(doc, last, nxt) -> bool:
    """Whether the short sentence ``nxt`` after a quotation ending in sentence ``last``
    is its closing attribution ("…." She said.): in the same paragraph, its reporting
    verb with no clause of its own ("Halloran insisted he would be back." in the next
    paragraph reports other words)."""
    if "\n" in doc_text(doc)[last.start_char + len(last.text.rstrip()) : nxt.start_char]:
        return False  # a paragraph break, also one the tagger ran into the closing mark
    return not any(
        c.dep_ in ("ccomp", "xcomp") for t in nxt if is_speech_verb(t) for c in t.children
    )


def _opens_paragraph(text: str, qs: int) -> bool:
    """The quotation opening at character ``qs`` begins its paragraph."""
    before = text[: max(qs - 1, 0)].rstrip(" \t")
    return not before or before.endswith("\n")


def _introducing_person(sent, resolver) -> _Attributed | None:
    """A quotation with no attribution of its own after a sentence whose subject is a named
    person, as its own paragraph ("Okafor then turned to the remedy.¶"The city argues
    ...") or in that sentence's paragraph ("Brian Gillow, 71, paid £4,250 for his plan. "I
    did this so ..."): a transcript's, a profile's or a news story's way of giving that
    person's words."""
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            continue
        sp = resolver.resolve(tok)
        if sp is not None and sp.kind == "person":
            return _Attributed(sp, "context", tok.idx)
    return None


def _sentence_speaker(sent, resolver, exclude):
    for tok in sent:
        if tok.i in exclude or not is_speech_verb(tok):
            continue
        subj = speech_subject(tok) or inverted_subject(tok)
        sp = resolver.resolve(subj) if subj is not None else None
        if sp is not None:
            return _Attributed(sp, cue_of(tok), tok.idx)
    return None


#: nouns of what a body publishes that "says" for it ("the ministry's release says")
DOCUMENT_NOUNS = RECORD_NOUNS | frozenset({"release", "report", "survey", "study", "filing"})


def _record_source(subj):
    """The holder of a published record that is a speech verb's subject, who speaks
    through it: "the ministry's own release says …" -> ministry, "a survey by the
    University of Mirren found …" -> the university (:func:`cues.record_holder`);
    ``subj`` itself for any other subject, or a record of no named holder."""
    if subj is None or subj.lemma_.lower() not in DOCUMENT_NOUNS:
        return subj
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return owner if owner is not None else record_holder(subj)


def _content_follows(verb, comp: list) -> bool:
    """Whether reporting verb ``verb`` takes a finite clause of content after it ("reported
    that the dam had held", "said the road was shut"), as a statement does."""
    return bool(comp) and comp[0].i > verb.i and _finite(list(comp[0].subtree))


def _retold_report(verb, subj, comp: list, resolver) -> Speaker | None:
    """Another news outlet or agency as the speaker of the content an article retells
    from its report ("The Alpine Press Agency reported that about 1,200 residents were
    evacuated", "VTV said e-cigarettes fall outside the ban"): who first reported a claim
    is who said it (the held-out golds of sessions 19 and 20 list such reports as
    quotes). The subject is a capitalised name read as an outlet
    (:func:`cues.is_outlet_name`) and a clause of content follows the verb. None for
    the article's own outlet ("the Gazette understands …": its own reporting), for a
    report without its content ("the Post reported"), for content that is another
    speaker's words the outlet relays ("reported that a spokesman told it …") and for
    any other subject."""
    if not _content_follows(verb, comp) or is_speech_verb(comp[0]):
        return None  # "Radio Kessel reported that a spokesman told it …": his words, relayed
    return _outlet_speaker(subj, resolver)


def _outlet_speaker(subj, resolver) -> Speaker | None:
    """The news outlet or agency subject token ``subj`` names, as a speaker: a capitalised
    name read as an outlet (:func:`cues.is_outlet_name`) that is not the article's own
    outlet; None for any other subject."""
    if subj is None or subj.pos_ != "PROPN" or resolver.in_quotation(subj):
        return None
    first = subj.i  # the whole name: "The Continental Press Agency", not "Press Agency"
    while first > subj.left_edge.i and subj.doc[first - 1].pos_ == "PROPN":
        first -= 1
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if ent is not None and ent.label_ == "ORG" and ent.end == subj.i + 1:
        first = min(first, ent.start)  # "Channel 9 News": a number inside the name
        first += subj.doc[first].lower_ == "the"
    chain = subj.doc[first : subj.i + 1]
    if not all(t.text[:1].isupper() for t in chain if t.is_alpha):
        return None
    name = _bare_name(chain.text)
    own = resolver.analysis.article.outlet or ""
    if not is_outlet_name(name) or (own and same_outlet(name, own)):
        return None
    return Speaker(name, chain.start_char, chain.end_char, "org")


def _outlet_like_tokens(doc) -> set[int]:
    return {e.start_char for e in doc.ents if e.label_ in ("ORG",) and is_outlet_name(e.text)}


def _reported(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """Reported speech of one identified speaker: "X said (that) …", "…, X argued, …" and
    "according to X, …"; another outlet's report retold with its content is that
    outlet's statement (:func:`_retold_report`); statements of groups and outlets'
    reports without content are left to provenance."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out: list[Quote] = []
    heads = [b.end for b in article_spans(resolver.analysis.article) if b.kind == "dateline"]
    chunks = _chunked_statements(doc, resolver, outlets, heads)
    out.extend(q for _, q in chunks)
    done = {i for i, _ in chunks}
    for tok in doc:
        if not _reports(tok) or tok.i in done or _as_if_to(tok):
            continue
        comp = [c for c in tok.children if _is_clause_object(c) and _complement_of(tok, c)]
        comp = comp or _statement_content(tok) or _hearer_relative(tok) or _owned_act(tok)
        if tok.dep_ == "parataxis" and tok.head.i < tok.i:
            comp = []  # "A, she said, when B": the host clause is the statement
        if not comp and tok.dep_ != "parataxis":
            trailing = (
                _trailing_attribution(tok, heads, resolver, outlets)
                or _inverted_attribution(tok, heads, resolver, outlets)
                or _as_attribution(tok, heads, resolver, outlets)
            )
            if trailing is not None:
                out.append(trailing)
            continue
        subj = _record_source(speech_subject(tok)) or _initials_before(tok, resolver)
        sp = resolver.resolve(subj) if subj is not None else None
        if sp is None and subj is not None:
            sp = resolver.joint_antecedent(subj)  # "…, both parties said"
        else:
            sp = speaking_body(sp, subj)
        told = _retold_report(tok, subj, comp, resolver)
        if told is not None:
            sp = told  # "The Alpine Press Agency reported that …": the agency's report
        elif sp is None:
            continue
        elif _is_outlet(subj, sp, outlets):
            if not comp or comp[0].i > tok.i or is_speech_verb(comp[0]):
                continue  # an outlet's report without its content is provenance only
            if not _closes_sentence(tok) or doc[max(subj.left_edge.i - 1, 0)].text != ",":
                continue  # "a figure the university gave and the agency repeated"
            sp = _outlet_speaker(subj, resolver)  # "A, Channel 4 News reported": retold
            if sp is None:
                continue
        elif tok.lemma_ == "report" and not _content_follows(tok, comp):
            continue  # "the company reported a loss": a figure filed, no statement
        if comp and _says_nothing(tok, comp[0]):
            continue
        start, end = _clause_span(tok, comp[0]) if comp else _parenthetical_span(text, tok)
        if len(comp) > 1 and comp[-1].i < tok.i:
            end = max(end, _clause_span(tok, comp[-1])[1])  # "A, and B, it said": both
        start = max([start, *(h for h in heads if start <= h < end)])  # not a dateline
        if comp and comp[0].i > tok.i and _denies(tok):
            start = _polarity_start(tok)  # "denied that …": the denial, not the claim
        s, e = _trim(text, start, end)
        while e > s and text[e - 1] in ".!?":
            e -= 1
        e = _close_open_mark(text, s, e)
        if e <= s or len(text[s:e].split()) < 2:
            continue
        out.append(Quote(aid, sp.name, text[s:e], s, e, False, cue_of(tok), sp.start, sp.end))
    for q in [
        *_according_to_reports(doc, resolver, outlets),
        *_heard_from(doc, resolver, outlets),
        *_labelled_lines(doc, resolver, outlets),
        *_estimates(doc, resolver, outlets),
        *_stances(doc, resolver, outlets),
        *_passive_reports(doc, resolver, outlets),
    ]:
        if not any(not (q.end <= o.start or q.start >= o.end) for o in out):
            out.append(q)
    out.extend(_directives(doc, resolver, outlets, out))
    out.extend(_accusations(doc, resolver, outlets, out))
    return out


def _as_if_to(verb) -> bool:
    """Whether ``verb`` follows "as if to" / "as though to": what someone's look or gesture
    seemed to say ("shrugged, as if to say that he had not asked them either"), no words
    anyone said."""
    doc, i = verb.doc, verb.i
    if i < 3 or doc[i - 1].lower_ != "to" or doc[i - 3].lower_ != "as":
        return False
    return doc[i - 2].lower_ in ("if", "though")


def _initials_before(verb, resolver: SpeakerResolver):
    """The token right before a subjectless reporting ``verb`` when it is the initials the
    article gives a person ("DO said lift 1 broke down": the parser read "DO" as a verb);
    None otherwise."""
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if not prev.is_upper or prev.text not in resolver.short_names:
        return None
    return prev if resolver.person_at(prev) is not None else None


def _complement_of(verb, clause) -> bool:
    """Whether ``clause``, parsed as a clausal object of reporting ``verb``, is what the
    verb reports. Not when a semicolon stands between a fronted clause and the verb ("The
    paper put it at 38,000; X said 52,000": two statements) or a colon (the writer's
    sentence, then what the speaker said: "The count is uncertain too: the minister gave
    310,000"), nor when the clause follows
    a direct object of the verb that is no hearer (a figure, a thing: "claimed £900 for a
    flat she rented out": the clause is a relative clause the parser took for an object;
    "told reporters the line was shut" keeps its clause; the object of a verb of telling,
    :data:`HEARER_VERBS`, is its hearer whatever noun it is: "tells the chamber …")."""
    doc = verb.doc
    lo, hi = sorted((clause.right_edge.i, verb.i)) if clause.i < verb.i else (verb.i, verb.i)
    if clause.i < verb.i and any(t.text in (";", ":") for t in doc[lo:hi]):
        return False
    if clause.i < verb.i:
        return not _relative_clause(clause)
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return True  # "insisting the test … was flawed": the object is the lost subject
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.left_edge.i]
    if verb.lemma_.lower() in HEARER_VERBS:  # "tells the chamber …": whom one tells hears
        return not any(o.like_num or o.ent_type_ in _NUMERIC_ENTS for o in objects)
    return not any(not _hearer(o) for o in objects)


#: tags of a relative pronoun ("that" WDT, "which" WDT, "who" WP)
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _relative_clause(clause) -> bool:
    """Whether a clause the parser hung before a reporting verb as its fronted object is a
    relative clause of the adjunct that frames the saying ("Speaking in the gym that is
    now a shelter, she said: …": "that is now a shelter" describes the gym, and the
    participle "Speaking in …" came along in its subtree): its subject is a relative
    pronoun right after a noun. A demonstrative subject ("That is wrong, she said",
    tagged DT) opens a real statement."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ not in _RELATIVE_TAGS or subj.i == 0:
        return False
    return subj.doc[subj.i - 1].pos_ in ("NOUN", "PROPN")


def _hearer(tok) -> bool:
    """Whether object ``tok`` of a reporting verb can be its hearer: a pronoun, a name, or
    a noun for people or a body (WordNet: under person, group or organisation)."""
    if tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if tok.like_num or tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT"):
        return False
    lemma = tok.lemma_.lower()
    return is_a(lemma, PERSON_ANCESTORS | ORG_ANCESTORS | frozenset({"group"}), first=2)


#: WordNet verbs of finding fault with someone: a verb that is one, or whose direct
#: hypernym (first two senses) is one ("accused", "blamed", "faulted", "criticised")
_ACCUSING_ACTS = frozenset({"accuse", "criticize", "criticise"})


def _accused_of(verb) -> int | None:
    """Index of the last token of what finite active ``verb`` accuses someone of: "accused
    the city of neglecting maintenance", "criticised the board for ignoring warnings" (an
    object, then "of"/"for" and what it holds), or of what "blamed" names as the cause
    ("blamed a technical fault"); None for any other verb or shape."""
    lemma = verb.lemma_.lower()
    if lemma not in _ACCUSING_ACTS and not lexicon.hypernyms(lemma, "v", 2) & _ACCUSING_ACTS:
        return None
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )
    if not finite or any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None
    ) or next(  # hung on the object, as "the city of neglecting …" is parsed: an act
        (
            c
            for c in obj.children
            if c.dep_ == "prep"
            and c.lower_ in ("of", "for")
            and any(t.tag_ == "VBG" for t in c.subtree)
        ),
        None,
    )
    if prep is None and lemma != "blame":  # "The zoo blamed a technical fault": a cause
        return None
    if prep is not None and (
        prep.i < obj.i or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    ):
        return None
    # to the end of the object and of the verb's phrases after it ("blamed cuts to track
    # maintenance for the derailment", "blamed the outage on an update")
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "dative")]
    last = max(t.i for c in right for t in c.subtree)
    after = verb.doc[last + 1] if last + 1 < len(verb.doc) else None
    if after is not None and not (after.is_punct or after.is_space or after.dep_ == "cc"):
        return None  # the phrase goes on in words the parser hung elsewhere: no fragment
    return last


def _accusations(doc, resolver, outlets: set[int], found: list[Quote]) -> list[Quote]:
    """Accusations a speaker makes ("The opposition accused the city of neglecting
    maintenance"): the words from the verb to the end of what it accuses of, cue the verb,
    for an identified speaker that is no group or outlet; none overlapping a quote
    ``found`` already."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out = []
    for verb in doc:
        if resolver.in_quotation(verb) or (last := _accused_of(verb)) is None:
            continue
        subj = speech_subject(verb)
        sp = resolver.resolve(subj) if subj is not None else None
        if sp is None or _unnamed_group(sp) or sp.plural or _is_outlet(subj, sp, outlets):
            continue
        s, e = _trim(text, verb.idx, doc[last].idx + len(doc[last].text))
        if any(not (e <= q.start or s >= q.end) for q in found):
            continue
        out.append(Quote(aid, sp.name, text[s:e], s, e, False, verb.lower_, sp.start, sp.end))
    return out


#: WordNet verbs of asking someone to act: a verb that is one, or whose direct hypernym
#: (first two senses) is one, asks ("urged", "asked", "appealed", "called for")
_DIRECTIVE_ACTS = frozenset({"request", "call_for", "advise", "counsel"})


def _directive(verb) -> bool:
    """Whether ``verb`` (with a particle or preposition right after it: "called for")
    asks someone to act, by WordNet (:data:`_DIRECTIVE_ACTS`)."""
    lemma = verb.lemma_.lower()
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    lemmas = [lemma] + ([f"{lemma}_{nxt.lower_}"] if nxt is not None and nxt.is_alpha else [])
    return any(
        lem in _DIRECTIVE_ACTS or lexicon.hypernyms(lem, "v", 2) & _DIRECTIVE_ACTS for lem in lemmas
    )


def _asked_to_act(verb) -> tuple[int, int] | None:
    """Token range [first, last] of what finite active verb ``verb`` asks someone to do:
    an infinitive with its own agent between, the verb's clause complement or inside its
    object ("urged boaters to avoid the locks", "called for the gates to stay shut",
    "appealed to anyone who saw it to call"), from the word after the verb to the end of
    the verb's phrase; None without one (nor for "to order a part", "asking owners to")."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )
    if not finite or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    agents = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "mark")]
    inner = [t for a in agents for t in a.subtree]
    inner += [
        t
        for c in verb.children
        if c.i > verb.i and c.dep_ in ("xcomp", "advcl")
        for t in c.subtree
        if t.i <= c.i
    ]  # the complement up to its verb: "for the gates to stay"
    inf = next((t for t in inner if _to_infinitive(t)), None)
    if inf is None or not any(t.dep_ in ("dobj", "pobj", "nsubj") and t.i < inf.i for t in inner):
        return None
    last = max(t.i for t in inf.subtree)
    while last > verb.i and verb.doc[last].is_punct:
        last -= 1
    return verb.i + 1, last


def _to_infinitive(tok) -> bool:
    """Whether ``tok`` is a verb with "to" before it ("to avoid")."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _directives(doc, resolver, outlets: set[int], found: list[Quote]) -> list[Quote]:
    """Requests a speaker makes ("The trust urged boaters to avoid the locks"): the words
    from the verb on, cue the verb, for an identified speaker that is no group or outlet;
    none that overlaps a quote ``found`` already."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out = []
    for verb in doc:
        if resolver.in_quotation(verb) or not _directive(verb):
            continue
        span = _asked_to_act(verb)
        subj = speech_subject(verb)
        if span is None or subj is None:
            continue
        sp = resolver.resolve(subj)
        if sp is None or _unnamed_group(sp) or sp.plural or _is_outlet(subj, sp, outlets):
            continue
        s, e = _trim(text, verb.idx, doc[span[1]].idx + len(doc[span[1]].text))
        if any(not (e <= q.start or s >= q.end) for q in found):
            continue
        out.append(Quote(aid, sp.name, text[s:e], s, e, False, verb.lower_, sp.start, sp.end))
    return out


def _reports(tok) -> bool:
    """Whether verb ``tok`` may report speech: a reporting verb, or a verb that carries a
    finite clause ("repeated that …") and whose first WordNet sense is an act of saying or
    informing (:func:`speech_senses.says_by_sense`)."""
    if is_speech_verb(tok):
        return True
    if tok.pos_ == "VERB" and tok.lemma_.lower() in JUDGING_VERBS:
        return any(_that_clause(c) for c in tok.children)  # "the judge ruled that …"
    if _investigators_believe(tok):
        return True
    if tok.pos_ != "VERB" or not says_by_sense(tok.lemma_):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "X quoted Y as saying …": Y's words, relayed
    return any(_is_clause_object(c) and _finite(list(c.subtree)) for c in tok.children) or bool(
        _hearer_relative(tok)
    )


#: verbs by which an inquiry gives its working account ("Police believe the thieves …")
_INQUIRY_BELIEFS = frozenset({"believe", "suspect"})
#: nouns of those who investigate for a body
_INVESTIGATORS = frozenset({"police", "detective", "investigator", "officer", "inspector"})


def _investigators_believe(verb) -> bool:
    """ "Carrowshire Police believe the thieves climbed …", "Detectives suspect that …":
    a body's or its investigators' working account, given as its statement, when the verb
    carries a finite clause. A person's or a group's belief ("Residents believe …") is none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _INQUIRY_BELIEFS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lemma_.lower() in _INVESTIGATORS or subj.ent_type_ == "ORG"):
        return False
    return any(_is_clause_object(c) and _finite(list(c.subtree)) for c in verb.children)


def _hearer_relative(verb) -> list:
    """The that-clause of a verb of telling that the parser hung on the hearer as a
    relative clause ("informed the boarding officers that the company had agreed the early
    return": "that" read as the object of "agreed", which has an object already, or as
    the clause's complementizer). A relative pronoun fills a gap in its clause; when the
    clause already has the argument "that" would fill, or the parser itself tagged "that"
    a complementizer (``mark``), the clause is what was told.
    ``[clause]`` or []."""
    if verb.pos_ != "VERB":
        return []
    telling = verb.lemma_.lower() in HEARER_VERBS  # "told the inquest that …": its hearer
    for obj in (
        c for c in verb.children if c.dep_ in ("dobj", "dative") and (telling or _hearer(c))
    ):
        for clause in (c for c in obj.children if c.dep_ in ("relcl", "acl")):
            if _opening_that(clause):
                return [clause]
    return []


def _opening_that(clause) -> bool:
    """Whether ``clause`` opens with a "that" that is its complementizer, however the
    parser tagged it: a ``mark``, or an argument of the clause's verb that the verb already
    has ("that the port had approved the late departure": "that" read as an object beside
    "departure")."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.head.i != clause.i:
        return False
    return first.dep_ == "mark" or any(
        c.dep_ == first.dep_ and c.i != first.i for c in clause.children
    )


#: verbs whose gerund object is an act the speaker owns to or denies ("admitted taking
#: £38,000", "denied helping him"): what the speaker said of it
OWNING_VERBS = frozenset({"admit", "deny", "acknowledge", "confess"})


def _owned_act(verb) -> list:
    """``[gerund]`` for a finite verb of owning to an act whose object is a gerund phrase
    with an object or an adjunct of its own ("admitted taking some £38,000 from the band":
    the admission is what he said); [] otherwise."""
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    )  # "has admitted breaching …"
    if verb.lemma_.lower() not in OWNING_VERBS or not (
        verb.tag_ in _FINITE_PAST_PRESENT or perfect
    ):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.tag_ == "VBG"
        and any(g.dep_ in ("dobj", "prep", "ccomp") for g in c.children)
    ][:1]


_FINITE_PAST_PRESENT = frozenset({"VBD", "VBZ", "VBP"})


#: verbs by which a judge, a court or an inquiry gives its finding: with a "that" clause
#: ("ruled that the approval was unlawful", "found that the assessment failed to …") the
#: finding is the body's statement
JUDGING_VERBS = frozenset({"rule", "find", "conclude"})


def _that_clause(tok) -> bool:
    """Whether ``tok`` is a finite clausal complement opened by "that"."""
    return (
        _is_clause_object(tok)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        and _finite(list(tok.subtree))
    )


def _is_outlet(tok, sp: Speaker, outlets: set[int]) -> bool:
    """True when speaker ``sp`` (found at subject token ``tok``) is a news outlet, whose
    reports are provenance, not quotes: an outlet entity, a name that reads as an outlet
    ("the Rendal Courier"), or a name described as one ("Spanish newspaper Diario del Gol",
    "the news site OrbitWatch"); an outlet noun that only modifies another common noun
    ("its site director, Johan Eklund") describes no outlet."""
    if sp.kind == "group" or sp.plural:
        return False
    if sp.start in outlets or (sp.name[:1].isupper() and is_outlet_name(sp.name)):
        return True
    phrase = list(tok.subtree)
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is not None and before.head == tok.head and before.dep_ == tok.dep_:
        phrase += list(before.subtree)  # "the weekly paper Fjell Avis": parsed as two subjects
    # a name is capitalised: "the regional health protection agency" with "protection"
    # tagged PROPN names no outlet
    owners = {  # "the site's main contractor, X", "X, which runs the site,": no outlet
        o.i for c in tok.children if c.dep_ in ("poss", "relcl", "acl") for o in c.subtree
    }
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in phrase) and any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in OUTLET_NOUNS
        and not (t.dep_ == "compound" and t.head.pos_ == "NOUN")  # "its site director"
        and t.i not in owners
        for t in phrase
    )


def _retelling_outlet(subj, sp: Speaker | None, resolver, outlets: set[int]) -> Speaker | None:
    """The speaker of a statement whose attribution's subject ``subj`` resolved to ``sp``:
    ``sp`` itself when it is no outlet; when it is one, the outlet as it is named
    (:func:`_outlet_speaker`: "…, Channel 4 News reported", "according to the Varde
    Courier, …": another outlet's report retold with its content is that outlet's
    statement, as :func:`_retold_report` has it for "X reported that …"); None for the
    article's own outlet or an outlet only described ("a local paper reported")."""
    if sp is None or not _is_outlet(subj, sp, outlets):
        return sp
    return _outlet_speaker(subj, resolver)


def _trailing_attribution(verb, heads: list[int], resolver, outlets: set[int]) -> Quote | None:
    """ "A fire swept through a ferry late on Monday, killing three, the coast guard said.":
    a reporting verb closing its sentence after a comma and its subject, whose reported
    clause the parser did not link to it (it took the clause's subject for the verb's).
    The statement is the sentence up to that comma, after a wire dateline (``heads``: where
    datelines end), also when the parser cut the sentence at that comma. What follows the
    verb may be a time, a place or a setting ("said in a statement", "said in the evening,
    more than twice the figure it gave in the morning"), but the statement must hold a verb.
    None for any other shape or a speaker that is a group or an outlet."""
    doc, sent = verb.doc, verb.sent
    if not _closes_sentence(verb) or not all(_tail_of(verb, t) for t in doc[verb.i + 1 : sent.end]):
        return None
    if _object_is_content(verb):
        return None  # "…, he admitted it straight away": the object is what he admitted
    subj = _closing_subject(verb)
    first = _statement_start(sent, subj)
    if first is None:
        return None
    sp = _retelling_outlet(subj, resolver.resolve(subj), resolver, outlets)
    if sp is None or sp.kind == "group" or sp.plural:
        return None
    comma = doc[subj.left_edge.i - 1].idx
    start = max([first.idx, *(h for h in heads if first.idx <= h < comma)])
    text = doc_text(doc)
    s, e = _trim(text, start, comma)
    if len(text[s:e].split()) < 4 or not _finite(doc[first.i : subj.left_edge.i]):
        return None
    aid = resolver.analysis.article.id
    return Quote(aid, sp.name, text[s:e], s, e, False, cue_of(verb), sp.start, sp.end)


def _as_attribution(verb, heads: list[int], resolver, outlets: set[int]) -> Quote | None:
    """ "Four people died and one man is still missing, as the coastguard announced on
    Wednesday evening": a reporting verb in an "as" clause that closes its sentence after
    a comma reports the clause it hangs on; the statement is the sentence up to that
    comma, after a wire dateline. None for any other shape ("as expected", a clause that
    goes on after the verb's phrase), a group or an outlet."""
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if verb.dep_ != "advcl" or mark is None or verb.head.i > verb.i or mark.i == 0:
        return None
    if doc[mark.i - 1].text != "," or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "as the minister said it would": a manner, not a report
    if verb.lemma_.lower() != "tell" and any(c.dep_ == "dobj" for c in verb.children):
        return None  # only a hearer may follow ("as the captain told the inquiry")
    if not all(_tail_of(verb, t) for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < verb.i), None)
    sp = resolver.resolve(subj) if subj is not None else None
    if sp is None or sp.kind == "group" or sp.plural or _is_outlet(subj, sp, outlets):
        return None
    return _statement_to_comma(verb, mark.i - 1, heads, resolver, sp)


def _inverted_attribution(verb, heads: list[int], resolver, outlets: set[int]) -> Quote | None:
    """ "Van Rijn will go in appeal, declared to this newspaper a spokesperson of the group":
    a reporting verb after a comma whose speaker follows its hearer
    (:func:`_inverted_speaker`); the statement is the sentence up to that comma, after a
    wire dateline. None for any other shape, a group or an outlet."""
    speaker_tok = _inverted_speaker(verb)
    if speaker_tok is None or verb.head.i > verb.i:
        return None
    sp = resolver.resolve(speaker_tok)
    if sp is None or sp.kind == "group" or sp.plural or _is_outlet(speaker_tok, sp, outlets):
        return None
    return _statement_to_comma(verb, verb.i - 1, heads, resolver, sp)


def _statement_to_comma(verb, comma: int, heads: list[int], resolver, sp) -> Quote | None:
    """The reported statement of ``verb`` by ``sp``: its sentence from the start (after a
    wire dateline, ``heads``) up to the comma token ``comma``; None when that holds fewer
    than three words or no finite verb."""
    doc, text = verb.doc, doc_text(verb.doc)
    at = doc[comma].idx
    start = max([verb.sent.start_char, *(h for h in heads if verb.sent.start_char <= h < at)])
    s, e = _trim(text, start, at)
    if len(text[s:e].split()) < 3 or not _finite(doc[verb.sent.start : comma]):
        return None
    aid = resolver.analysis.article.id
    return Quote(aid, sp.name, text[s:e], s, e, False, cue_of(verb), sp.start, sp.end)


def _closes_sentence(verb) -> bool:
    """Whether reporting ``verb`` may close its sentence as ", X said": the sentence's root,
    or a conjunct the parser hung on the statement's verb before it ("The state will send
    200 soldiers, the minister, Ana Vidal, told parliament": "told" a conjunct of "send")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.i < verb.i)


def _closing_subject(verb):
    """The subject of a sentence-closing reporting ``verb``: its nearest subject before it,
    else, for a verb the parser left without one, the largest noun phrase that ends right
    before the verb (or before a comma there) and opens after a comma (", the Upland Rowing
    Board (URB) said", ", the interior minister, Omar Haddad, told reporters": the parser
    hangs the phrase on the statement as an apposition). None when there is no such
    phrase."""
    subj = max(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i),
        key=lambda c: c.i,
        default=None,
    )
    if subj is not None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return subj
    doc, end = verb.doc, verb.i - 1
    if end > verb.sent.start and doc[end].text == ",":
        end -= 1
    tok, best = doc[end], None
    while tok.right_edge.i == end and tok.i < verb.i:
        left = tok.left_edge.i
        if tok.pos_ in ("NOUN", "PROPN") and left > verb.sent.start and doc[left - 1].text == ",":
            best = tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return best


#: words that join a closing attribution to the next statement of the sentence
#: ("…, the operator said, and two cabins …", "…, the promoter said, while …")
CHUNK_JOINS = frozenset("and but while whereas although though as".split())


def _closing_chunk(verb):
    """``(comma, subject, end)`` token indices when ``verb`` closes a statement as a chunk
    ", <subject> said [on Monday | in a statement | told reporters]": its subject stands
    before it after a comma (or after a comma and a description the parser hung
    elsewhere: ", the city vet Hedda Moen told reporters"), it has no clausal complement
    after it, and what follows it up to the next comma or the sentence's end is its
    setting. ``end`` is the index after the chunk. None for any other verb."""
    doc, sent = verb.doc, verb.sent
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), default=None)
    if subj is None or any(_is_clause_object(c) and c.i > verb.i for c in verb.children):
        return None
    if _object_is_content(verb):
        return None
    end = verb.i + 1
    while end < sent.end and doc[end].text not in ",.;!?" and _tail_of(verb, doc[end]):
        end += 1
    if end < sent.end and doc[end].text != "," and not doc[end].is_punct:
        return None
    comma = subj.left_edge.i - 1
    while comma > sent.start and doc[comma].text != ",":
        if doc[comma].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PART"):
            return None  # a verb between: not one noun phrase before the subject
        comma -= 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    return comma, subj.i, end


def _object_is_content(verb) -> bool:
    """Whether reporting ``verb`` has a direct object that is what was said, not its
    hearer ("…, he admitted it straight away"): any object of a verb that is no verb of
    telling (:data:`HEARER_VERBS`: "…, she told reporters" keeps the fronted clause)."""
    return verb.lemma_.lower() not in HEARER_VERBS and any(
        c.dep_ == "dobj" for c in verb.children
    )


#: WordNet verbs whose complement the speaker says is untrue ("deny", "refute", "disavow")
DENIAL_VERBS = frozenset({"deny", "negate", "contradict", "repudiate"})


def _denies(verb) -> bool:
    """Whether reporting ``verb`` says its complement is untrue or does not say it: a
    denial (a verb that is, or whose WordNet hypernyms are, "deny"/"negate"/...) or a
    negated verb ("did not confirm that", "never said that")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    lemma = verb.lemma_.lower()
    return lemma in DENIAL_VERBS or bool(lexicon.hypernyms(lemma, "v", 2) & DENIAL_VERBS)


#: words that open an indirect question ("would not say how much …")
QUESTION_WORDS = frozenset("how what whether if when where who whom why which".split())


def _says_nothing(verb, comp) -> bool:
    """A negated reporting verb over an indirect question ("would not say how much the
    works were worth", "did not say whether"), or a clause cut short, a copula with
    nothing it predicates ("says it was not" where a line break ended the sentence): no
    statement is reported."""
    bare = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "punct")
    if comp.pos_ == "AUX" and all(c.dep_ in bare for c in comp.children):
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    opener = comp.left_edge.lower_
    if opener == "whether" or (opener in QUESTION_WORDS and _asks(verb)):
        return True  # "the town is asking whether …", "fans wonder how …": a question
    return negated and opener in QUESTION_WORDS


def _asks(verb) -> bool:
    """Whether ``verb`` is a verb of asking ("ask", "wonder", "query", "question"): by
    WordNet, it or a synonym or direct hypernym of its first two senses is one of
    :data:`ASKING_LEMMAS`."""
    lemma = verb.lemma_.lower()
    words = {lemma} | lexicon.synonyms(lemma, "v", 2) | lexicon.hypernyms(lemma, "v", 2)
    return bool(words & ASKING_LEMMAS)


#: the WordNet lemmas of the synset of asking a question (inquire, enquire, ask) and query
ASKING_LEMMAS = frozenset({"inquire", "enquire", "query"})


def _polarity_start(verb) -> int:
    """Where the words that carry ``verb``'s polarity start: its auxiliaries and negation
    before it ("did not confirm", "has denied"), else the verb itself."""
    before = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    return min([verb.idx, *(c.idx for c in before)])


def _chunked_statements(doc, resolver, outlets: set[int], heads: list[int]):
    """Statements of a sentence that two attributions share ("The cable snapped at 10
    a.m., the operator said, and two cabins were left hanging, the rescue service said"):
    each closing chunk (:func:`_closing_chunk`) reports the words between the previous
    chunk (or the sentence's start, after a dateline) and its own comma, without a
    joining "and"/"while". Only for a chunk followed by a joining word, or in a sentence
    with another reporting verb: a lone chunk is :func:`_trailing_attribution`'s, and "The
    plan, he argued, would fail" stays one parenthetical. Returns (verb index, Quote)."""
    out = []
    for sent in doc.sents:
        verbs = [t for t in sent if is_speech_verb(t) and not resolver.in_quotation(t)]
        chunks = [(v, c) for v in verbs if (c := _closing_chunk(v)) is not None]
        if not chunks:
            continue
        start = max([sent.start_char, *(h for h in heads if sent.start_char <= h < sent.end_char)])
        for verb, (comma, subj, end) in chunks:
            joined = end < sent.end and doc[end].text == "," and end + 1 < sent.end
            joined = joined and doc[end + 1].lower_ in CHUNK_JOINS
            if joined or len(verbs) > 1:
                q = _chunk_quote(verb, doc[subj], start, doc[comma].idx, resolver, outlets)
                if q is not None:
                    out.append((verb.i, q))
            start = doc[min(end + 1, sent.end - 1)].idx
            if joined:
                start = doc[end + 1].idx + len(doc[end + 1].text)
    return out


def _chunk_quote(verb, subj, start: int, end: int, resolver, outlets: set[int]):
    """The Quote of ``verb``'s speaker over characters [start, end), or None when the
    speaker is a group or an outlet, or the words hold no finite clause."""
    sp = _retelling_outlet(subj, resolver.resolve(subj), resolver, outlets)
    if sp is None or sp.kind == "group" or sp.plural:
        return None
    text = doc_text(verb.doc)
    s, e = _trim(text, start, end)
    if e <= s:  # the previous chunk ran past this one's comma: no words left to report
        return None
    span = verb.doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(text[s:e].split()) < 3 or not _finite(span):
        return None
    aid = resolver.analysis.article.id
    return Quote(aid, sp.name, text[s:e], s, e, False, cue_of(verb), sp.start, sp.end)


def _finite(tokens) -> bool:
    """Whether ``tokens`` can be a statement: they hold a verb and do not open with a
    participle ("Three lions were moved …", not "Speaking to reporters beside …", a
    setting of the sentence's own verb)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words or words[0].tag_ in ("VBG", "VBN"):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in words)


def _statement_start(sent, subj):
    """First token of the statement a trailing ", X said" closes: the sentence's start, or
    the previous sentence's when the parser cut the sentence at the comma before ``subj``
    (the previous one then ends without a full stop). None when no comma precedes ``subj``
    or nothing stands before it."""
    doc = sent.doc
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return None
    if subj.left_edge.i - 1 > sent.start:
        return doc[sent.start]
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    last = next((t for t in reversed(prev) if not t.is_space), None)
    if last is None or last.text in (".", "!", "?") or "\n" in doc[prev.start : sent.start].text:
        return None
    return doc[prev.start]


#: what may follow a closing reporting verb: "said in a statement", "told reporters",
#: "said on Friday, adding …"
TAIL_DEPS = frozenset({"prep", "npadvmod", "advmod", "dative", "dobj", "advcl", "punct", "cc"})


def _tail_of(verb, tok) -> bool:
    """``tok`` after a sentence-closing reporting ``verb`` is punctuation, a time phrase, or
    lies in a setting or a hearer of the verb (a child of ``TAIL_DEPS`` and its subtree)."""
    if _when_or_punct(tok):
        return True
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in TAIL_DEPS


def _when_or_punct(tok) -> bool:
    """Punctuation or part of a time phrase ("said on Monday", "said late on Sunday")."""
    return (
        tok.is_punct
        or tok.is_space
        or tok.ent_type_ in ("DATE", "TIME")
        or (tok.dep_ in ("prep", "advmod") and tok.lower_ in ("on", "in", "at", "late", "early"))
    )


def _is_clause_object(tok) -> bool:
    """A reporting verb's clausal complement: ``ccomp``, or an ``xcomp`` with its own subject
    (how the parser reads "said on Monday it may release …" in tokenized text)."""
    return tok.dep_ == "ccomp" or (
        tok.dep_ == "xcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _clause_span(verb, comp) -> tuple[int, int]:
    """Character span of ``verb``'s clausal complement without a leading "that"; from the
    head predicate on for an evaluative act ("praised the decision but argued …")."""
    toks = _without_saying_time(verb, _without_lead(list(comp.subtree), comp), comp)
    toks += _split_word_rest(verb, toks[-1]) + _hung_time(verb, toks[-1])
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    lost = _lost_subject(verb, comp) or _subject_hung_before(verb, comp)
    if lost is not None:
        start = min(start, lost.idx)
    other = [
        t
        for t in toks
        if t.i > comp.i
        and is_speech_verb(t)
        and (any(c.dep_ == "nsubj" for c in t.children) or _participle_report(t))
    ]  # "said X, while the regulator said Y": Y is another speaker's report
    other += [t for t in toks if t.i > comp.i and _speakers_own_act(verb, t)]
    if other:
        first = min(other, key=lambda t: t.i)
        cut = first.left_edge
        if first.dep_ == "conj":  # "… and called it "unreliable"": not the "and" either
            cut = min(
                [cut, *(c for c in first.head.children if c.dep_ == "cc" and c.i < first.i)],
                key=lambda t: t.i,
            )
        end = max((t.idx + len(t.text) for t in toks if t.i < cut.i), default=end)
    end = min(end, _before_other_source(verb, toks, end))
    head = verb.head
    own = any(c.dep_ == "ccomp" for c in head.children)  # "said X but warned Y": two reports
    own = own or any(c.dep_ == "nsubj" for c in verb.children)  # "…, and the club said Y"
    if verb.dep_ == "conj" and head.lemma_.lower() in SPEECH_ACTS | SPEECH_VERBS and not own:
        start = min(start, head.idx)
    return start, end


def _before_other_source(verb, toks: list, end: int) -> int:
    """Where a reported clause (``toks``, ending at character ``end``) stops before a part
    the sentence gives another source with a trailing "according to X" after a semicolon
    or a contrasting conjunction ("The firm says prices rose 4%; the real rise is 6%,
    according to the council": the firm said only the first part; see
    :func:`_contrast_segment`). ``end`` when there is no such part."""
    for tok in toks:
        if tok.lower_ != "according" or tok.i <= toks[0].i:
            continue
        seg = _contrast_segment(verb.sent, tok)[0]
        kept = [t for t in toks if t.i < seg and not (t.pos_ == "PUNCT" or t.is_space)]
        if seg > toks[0].i and kept:
            return min(end, kept[-1].idx + len(kept[-1].text))
    return end


def _speakers_own_act(verb, tok) -> bool:
    """Whether ``tok``, a verb the parser coordinated inside reporting ``verb``'s
    complement, is the speaker's own second act ("said the sample had been stored badly
    and called the result "unreliable""): a naming verb with no subject of its
    own, in the reporting verb's form (past "called" like "said") but not in the form of
    the verb it is coordinated with ("stored", a participle under "had been")."""
    if _report_of_naming(tok) is not None and tok.head.head.i == verb.i:
        return True  # "said X, calling it "…"": the naming is the speaker's own act
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        return False
    if tok.lemma_.lower() not in NAMING_VERBS:
        return False  # "… and warned people not to swim": one report, kept whole
    return tok.tag_ == verb.tag_ and tok.head.tag_ != tok.tag_


def _split_word_rest(verb, last) -> list:
    """Tokens of further clausal complements of ``verb`` that go on the word ``last`` ends
    without a space: a hyphenated word the parser split into sibling complements ("was
    co-operating fully" as "co", "-", "operating fully"), so a statement never ends
    inside a word."""
    out: list = []
    for sib in sorted((c for c in verb.children if _is_clause_object(c)), key=lambda c: c.i):
        sub = list(sib.subtree)
        if sub[0].i == last.i + 1 and not last.whitespace_:
            out.extend(sub)
            last = sub[-1]
    return out


def _hung_time(verb, last) -> list:
    """The time phrase that closes a fronted statement but that the parser hung on the
    reporting verb after it ("Pupils first fell ill last Wednesday, the agency said":
    "last Wednesday" is when they fell ill): the DATE/TIME tokens between the statement's
    ``last`` token and the comma before ``verb``'s subject; [] for any other gap."""
    subj = speech_subject(verb)
    if subj is None or last.i >= verb.i or subj.i < last.i:
        return []
    gap = list(verb.doc[last.i + 1 : subj.left_edge.i])
    while gap and gap[-1].is_punct:
        gap.pop()
    if not gap or any(t.ent_type_ not in ("DATE", "TIME") or t.is_punct for t in gap):
        return []
    return gap


def _without_saying_time(verb, toks: list, comp) -> list:
    """``toks`` (a complement's subtree, in order) without a time phrase that opens it
    right after the reporting verb and before the complement's subject: "said on Tuesday
    it had closed the tunnel" dates the saying (the parser hangs it on the complement)."""
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or not toks or toks[0].i != verb.i + 1:
        return toks
    lead = toks[0]
    if lead.dep_ not in ("prep", "npadvmod") or lead.head.i != comp.i:
        return toks
    phrase = list(lead.subtree)
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in phrase)
    if not timed or phrase[-1].i >= subj.left_edge.i:
        return toks
    rest = [t for t in toks if t.i > phrase[-1].i and not (t.is_punct and t.i == phrase[-1].i + 1)]
    return rest or toks


def _without_lead(toks: list, comp) -> list:
    """``toks`` (a clause's subtree, in order) without the punctuation that opens it and
    without its complementizer "that": a ``mark`` of ``comp``, or a "that" right after that
    punctuation, whatever its tag ("said on Tuesday, that water was leaking": the parser may
    read it as a determiner)."""
    i = 0
    while i < len(toks) - 1 and toks[i].is_punct:
        i += 1
    first = toks[i]
    complementizer = first.head.i == comp.i and (first.dep_ == "mark" or _opening_that(comp))
    opened = i > 0 or (first.i > 0 and first.nbor(-1).is_punct)
    after_punct = opened and first.lower_ == "that" and first.i != comp.i
    if i < len(toks) - 1 and (complementizer or after_punct):
        i += 1
    return toks[i:]


def _participle_report(tok) -> bool:
    """ ", saying …": a reporting participle after a comma, its own report."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and any(_is_clause_object(c) for c in tok.children)
    )


def _lost_subject(verb, comp):
    """The first token of a complement's subject the parser hung on the reporting verb
    ("The guild says around 2,300 of its members are taking part": "around 2,300 …" parsed
    as the verb's modifier, "are taking part" as its complement); None when the complement
    has its own subject or nothing stands between the verb and it."""
    if verb.i > comp.i or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children
    ):
        return None
    gap = [t for t in verb.doc[verb.i + 1 : comp.left_edge.i] if not t.is_space]
    if not gap or any(t.is_punct for t in gap) or gap[0].lower_ == "that":
        return None
    if any(t.dep_ in ("dative", "dobj") and t.head.i == verb.i and _hearer(t) for t in gap):
        return None  # "told reporters are …": the hearer, not a subject
    return gap[0]


def _subject_hung_before(verb, comp):
    """First token of a fronted complement's subject that the parser made a second subject
    of the reporting verb ("The 14 staff, most of them volunteers, are safe, it said":
    "staff" and "it" both subjects of "said"); None when there is no such subject."""
    if verb.i < comp.i:
        return None
    speaker = speech_subject(verb)
    extra = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.i < comp.left_edge.i and (speaker is None or c.i != speaker.i)
    ]
    return extra[0].left_edge if extra else None


def _parenthetical_span(text: str, verb) -> tuple[int, int]:
    """The sentence around a parenthetical "…, he argued, …", without a heading glued to it."""
    sent = verb.sent
    start, end = sent.start_char, sent.end_char
    nl = text.rfind("\n", start, verb.idx)
    return (nl + 1 if nl >= 0 else start), end


def _according_to_reports(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """ "According to X, …": the rest of the sentence, reported as X's (one X, not an
    outlet)."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out: list[Quote] = []
    for sent in doc.sents:
        for prep, pobj in according_to(sent):
            named = _cut_apposition(pobj)
            holder = named if named is not None else source_holder(pobj)
            sp = speaking_body(resolver.resolve(holder), holder)
            if sp is None and holder is pobj:
                # "according to the Skarn Gazette" with the name untagged: an outlet's
                # report retold, its statement (as when the name is tagged)
                sp = _outlet_speaker(pobj, resolver)
                if sp is None:
                    continue
            elif sp is None:
                continue
            elif _is_outlet(pobj, sp, outlets) or _is_outlet(holder, sp, outlets):
                # "according to ETV's sources": the outlet's reporting; "according to the
                # Varde Courier, …": the outlet's report retold, its statement
                sp = _outlet_speaker(pobj, resolver) if holder is pobj else None
                if sp is None:
                    continue
            last = max(prep.right_edge.i, pobj.right_edge.i, named.i if named else 0)
            # "to X" may hang elsewhere
            phrase = {t.i for t in prep.subtree} | set(range(prep.i, last + 1))
            first, stop = sent.start, sent.end
            if any(t.is_alpha for t in sent[: min(phrase) - sent.start]):
                first, stop = _contrast_segment(sent, prep)  # a trailing "according to X"
            toks = [
                t
                for t in sent[first - sent.start : stop - sent.start]
                if t.i not in phrase and not (t.pos_ == "PUNCT" or t.is_space)  # "7.2%" whole
            ]
            if first > sent.start and toks and toks[0].lower_ in CONTRAST_JOINS:
                toks = toks[1:]  # ", yet B, according to X": B without its "yet"
            if len(toks) < 3:
                continue
            s, e = _trim(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
            out.append(
                Quote(aid, sp.name, text[s:e], s, e, False, "according to", sp.start, sp.end)
            )
    return out


def _cut_apposition(noun):
    """The last word of a name set after common noun ``noun`` with a comma and closing the
    sentence, which the parser hung elsewhere ("according to the salvor, *Greyhaven
    Salvage*." parsed with the name on the verb): that name is who the noun is; None
    when ``noun`` is a name itself or no such name follows."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    run = []
    for t in doc[noun.i + 2 : noun.sent.end]:
        if t.is_punct:
            break
        run.append(t)
    rest = [t for t in doc[noun.i + 2 + len(run) : noun.sent.end] if not t.is_space]
    if not run or any(not t.is_title and t.pos_ != "PROPN" for t in run):
        return None
    if any(c.dep_ == "appos" for c in noun.children) or rest[:1] and rest[0].text != ".":
        return None  # an apposition the parser read, or a sentence going on after it
    return run[-1]


#: conjunctions that, after a comma, open a clause set against the one before ("…, yet
#: fewer trains ran on time"): the writer turns to another voice or source there
CONTRAST_JOINS = frozenset("but yet whereas while although though".split())


def _contrast_segment(sent, tok) -> tuple[int, int]:
    """``(start, end)`` token indices of the part of ``sent`` that holds ``tok``: the
    sentence is cut after each semicolon and before each comma-led contrasting conjunction
    (:data:`CONTRAST_JOINS`), so that a trailing source ("A and B, yet C, according to the
    regulator") is given only C, and "A; B, according to X" only B. The whole sentence
    when it has no such cut."""
    doc = sent.doc
    cuts = [sent.start]
    for t in sent:
        if t.text == ";":
            cuts.append(t.i + 1)
        elif t.lower_ in CONTRAST_JOINS and t.i > sent.start and doc[t.i - 1].text == ",":
            cuts.append(t.i)  # the conjunction opens the next part
    cuts.append(sent.end)
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= tok.i < b:
            return a, b
    return sent.start, sent.end


#: a line opening with a label and a colon, not a quotation: "Suffolk Police: two arrests"
_LABELLED_LINE = re.compile(r"^([A-Z][^:\n\"“‘']{1,60}):[ \t]+([^\s\"“‘'].*)$", re.M)


#: another field of the same row after a bar ("… | DSM: Tariq Hume"): the line is a record's
#: row of labelled fields, no one's statement
_FIELD_AFTER_BAR = re.compile(r"\|\s*[A-Z][\w .'’-]{0,30}:")


def _labelled_lines(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """A live blog's line "Suffolk Police: two arrests so far today …": the words after
    the colon, reported as the label's, when the label is a name (one to four capitalised
    words) that the resolver makes one body or a person named in full, or whose head is a
    body's noun (not a group or an outlet), the line is no boilerplate ("Source: …",
    "Image: …", "Explainer: …", contacts) and ends as a sentence does (an entry's headline
    is no statement)."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    aside = [(b.start, b.end) for b in article_spans(resolver.analysis.article)]
    out: list[Quote] = []
    for m in _LABELLED_LINE.finditer(text):
        ent = doc.char_span(m.start(1), m.end(1))
        if ent is None or any(s <= m.start() < e for s, e in aside):
            continue
        if len(ent) > 4 or not all(t.text[:1].isupper() for t in ent):
            continue  # a name: "Suffolk Police", not "Sad news" or "Media contact"
        sp = resolver.resolve(ent.root)
        lemma = ent.root.lemma_.lower()
        if sp is None and (lemma in ORG_NOUNS | BARE_BODIES or is_org_noun(lemma)):
            sp = Speaker(ent.text, ent.start_char, ent.end_char, "org")  # a body's name
        if sp is None or sp.plural or not (sp.kind == "org" or _full_person(sp)):
            continue  # "Explainer: …" is a label, no one's name
        if sp.kind == "person" and sp.name.split()[-1] not in ent.text:
            continue  # "Present: Ann Roe (Chair), ...": a record's field, named after it
        if _is_outlet(ent.root, sp, outlets) or is_outlet_name(sp.name):
            continue
        if not m.group(2).rstrip().endswith((".", "!", "?")):
            continue  # "Vasko: no more rises this year": an entry's headline, no statement
        if _FIELD_AFTER_BAR.search(m.group(2)):
            continue  # "SM: Bex Harcourt | DSM: Tariq Hume": a record's row of fields
        s, e = _trim(text, m.start(2), m.end(2))
        while e > s and text[e - 1] in ".!?":
            e -= 1
        if len(text[s:e].split()) >= 3 and not _name_list(doc, s, e):
            out.append(Quote(aid, sp.name, text[s:e], s, e, False, "colon", sp.start, sp.end))
    return out


def _name_list(doc, s: int, e: int) -> bool:
    """Whether ``doc``'s text ``s``..``e`` is a list, no statement: no verb and three or
    more commas or semicolons ("Haugland; Petit, Osei, Lindqvist; Vell, Reyes", a team's
    line-up after its name)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return sum(t.text in (",", ";") for t in span) >= 3


def _full_person(sp: Speaker) -> bool:
    """Whether ``sp`` is a person the article names with at least two words."""
    return sp.kind == "person" and " " in sp.name.strip()


#: verbs of coming to know ("We're hearing from X that …", "learned from X that …")
#: ("We understand from the police that …")
_INFORMED_ACTS = _RECEIVING_ACTS | frozenset({"hear", "learn", "understand", "gather"})


def _informed(verb) -> bool:
    """Whether ``verb`` is an act of coming to know (:data:`_INFORMED_ACTS`, or a WordNet
    hypernym of its first two senses among them)."""
    lemma = verb.lemma_.lower()
    return lemma in _INFORMED_ACTS or bool(lexicon.hypernyms(lemma, "v", 2) & _INFORMED_ACTS)


def _heard_from(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """ "We're hearing from the ambulance service that a second worker has died": what a
    verb of coming to know (:func:`_informed`) takes as its clause, reported as the words
    of the one person or body its "from" phrase names (never a group or an outlet, whose
    report is provenance)."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out: list[Quote] = []
    for verb in doc:
        if verb.pos_ != "VERB" or not _informed(verb) or resolver.in_quotation(verb):
            continue
        source = next(
            (
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        comp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if source is None or not comp or comp[0].i < source.i:
            continue
        sp = resolver.resolve(source)
        if sp is None or sp.kind == "group" or sp.plural or _is_outlet(source, sp, outlets):
            continue
        toks = [
            t for t in comp[0].subtree if not (t.dep_ in ("mark", "dobj") and t.lower_ == "that")
        ]
        s, e = _trim(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
        if len(text[s:e].split()) >= 3:
            out.append(Quote(aid, sp.name, text[s:e], s, e, False, verb.lower_, sp.start, sp.end))
    return out


#: verbs that give an estimate with an "at" phrase ("puts the toll at 40", "placed the
#: cost at", "pegged the loss at", "valued the collection at")
ESTIMATE_VERBS = frozenset({"put", "place", "estimate", "peg", "value"})
#: entity types of an estimate's figure
_FIGURE_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _estimate_figure(verb, obj):
    """The "at" phrase of estimate verb ``verb`` whose object holds a figure ("at about
    27%", "at 1.2 billion crowns"), or None: the verb's own, else the last one closing its
    direct object ``obj``, where the parser may hang it ("puts the share of adults who
    smoke at about 27%": "at" on "smoke")."""
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    low = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "at"]
    low = [t for t in low if t.right_edge.i == obj.right_edge.i]
    for prep in own + low[-1:]:
        if any(t.like_num or t.ent_type_ in _FIGURE_ENTS for t in prep.subtree if t.i > prep.i):
            return prep
    return None


def _stances(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """ "The Directorate's working view is that the virus came in from wild birds": the
    holder's stance (:func:`consilience.stance_clauses.stance_clauses`) is its reported
    speech; never a group's, an outlet's, words inside a quotation, nor the writer's "our
    view" (a pronoun holder names nobody but the writer or a speaker resolved earlier)."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out: list[Quote] = []
    for st in stance_clauses(doc):
        if resolver.in_quotation(st.holder):
            continue
        sp = resolver.resolve(st.holder)
        if sp is None or sp.kind == "group" or sp.plural or _is_outlet(st.holder, sp, outlets):
            continue
        s, e = _trim(text, st.start, st.end)
        if len(text[s:e].split()) >= 3:
            out.append(Quote(aid, sp.name, text[s:e], s, e, False, "view", sp.start, sp.end))
    return out


def _estimates(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """ "The ministry puts the share of adults who smoke at about 27%": an estimate is a
    statement of the one person or body who gives it (an estimate verb,
    :data:`ESTIMATE_VERBS`, with a direct object and an "at" phrase holding a figure); the
    quote is the object and the figure. A named outlet's estimate is its own
    (:func:`_outlet_speaker`); never a group's, an unnamed outlet's or words inside a
    quotation."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out: list[Quote] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ESTIMATE_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        at = _estimate_figure(verb, obj) if obj is not None else None
        if at is None or at.i < obj.i or resolver.in_quotation(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        sp = _outlet_speaker(subj, resolver) or resolver.resolve(subj)
        if sp is None or sp.kind == "group" or sp.plural:
            continue
        if sp.kind != "org" and _is_outlet(subj, sp, outlets):
            continue
        last = at.right_edge
        s, e = _trim(text, obj.left_edge.idx, last.idx + len(last.text))
        if len(text[s:e].split()) >= 3:
            out.append(Quote(aid, sp.name, text[s:e], s, e, False, verb.lower_, sp.start, sp.end))
    return out


#: verbs whose passive subject is what a source made known ("the tally was reported by")
PASSIVE_REPORT_VERBS = frozenset({"report", "announce", "confirm", "disclose", "reveal"})


def _by_object(verb):
    """The object of a "by" phrase the parser hung inside participle ``verb``'s phrase
    as a plain preposition rather than an agent (on the noun of an "at" phrase before
    it: "reported at 80 million euros by the Courier"), or None."""
    by = next((c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _reported_noun_phrase(verb, subj) -> tuple[int, int] | None:
    """Character span of what passive reporting ``verb`` says was made known: its passive
    subject ``subj`` ("The tally was reported by …"), or, for a participle modifying a
    noun phrase that holds a figure ("The £20m loss, first reported by the Varde Courier,
    …"), that noun phrase without the participle's words; the figure of an "at"/"as" phrase when the
    participle gives one ("The fine, reported at some 80 million euros by …" -> "some 80
    million euros"). None for any other shape."""
    participle = verb.dep_ in ("acl", "prep") and verb.tag_ == "VBN"  # "prep": a misparse
    if subj is None and participle and verb.head.i < verb.i:
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "as")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                by = {
                    t.i for c in obj.children if c.lower_ == "by" for t in c.subtree
                }  # "at 80 million euros by the Courier": the figure ends before "by"
                toks = [t for t in obj.subtree if t.i not in by]
                if any(t.like_num for t in toks):
                    return toks[0].idx, toks[-1].idx + len(toks[-1].text)
        head = verb.head
        if head.pos_ not in ("NOUN", "PROPN") or not any(
            t.like_num or t.tag_ == "$" for t in head.subtree if t.i < verb.left_edge.i
        ):
            return None  # "The new vaccine, announced by …": no figure, nothing stated
        last = verb.doc[verb.left_edge.i - 1]
        while last.i > head.left_edge.i and (last.is_punct or last.is_space):
            last = verb.doc[last.i - 1]
        return head.left_edge.idx, last.idx + len(last.text)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)


def _passive_reports(doc, resolver: SpeakerResolver, outlets: set[int]) -> list[Quote]:
    """ "The final tally of 231 to 140 was reported by the Central Press Agency": the
    passive subject of a verb of making known (:data:`PASSIVE_REPORT_VERBS`) is the
    statement of its agent, a person, a body or a named outlet (:func:`_outlet_speaker`).
    A participle modifying a noun is read the same way ("The £20m loss, first reported
    by the Varde Courier, …": :func:`_reported_noun_phrase`). Not with a clause of its
    own ("it was announced that …" is reported speech), a pronoun subject, a group, or
    words inside a quotation."""
    aid = resolver.analysis.article.id
    text = doc_text(doc)
    out: list[Quote] = []
    for verb in doc:
        if verb.lemma_.lower() not in PASSIVE_REPORT_VERBS or resolver.in_quotation(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = _passive_agent(verb)
        span = _reported_noun_phrase(verb, subj)
        if agent is None and subj is None and span is not None:
            agent = _by_object(verb)  # "reported at 80 million euros by the Courier"
        if span is None or agent is None:
            continue
        if any(_is_clause_object(c) for c in verb.children):
            continue
        sp = _outlet_speaker(agent, resolver) or resolver.resolve(agent)
        if sp is None or sp.kind == "group" or sp.plural:
            continue
        s, e = _trim(text, *span)
        if len(text[s:e].split()) >= 3:
            out.append(Quote(aid, sp.name, text[s:e], s, e, False, verb.lower_, sp.start, sp.end))
    return out


# --------------------------------------------------------------------------- story section


def build_quotes(ctx: StoryContext) -> dict[str, list[dict]]:
    """The ``quotes`` section: every article's quotes, speakers mapped to entity names. A
    news outlet another article cites is a speaker like any body when an article retells
    what it reported ("LBC said the members abstained"): who first said a claim is who
    the user checks (the held-out golds list such reports as quotes since session 19)."""
    from .body_descriptions import named_body, story_bodies
    from .company_referents import company_referent
    from .entities import canonical_name, entity_items
    from .field_roles import field_holder

    items: list[dict] = []
    holders = role_holders(ctx.analyses)
    described = story_descriptions(ctx.analyses)
    bodies = story_bodies(ctx.analyses)
    for analysis in ctx.analyses:
        aid = analysis.article.id
        ext = ctx.extractions.get(aid)
        if ext is None:
            continue
        for q in sorted(ext.quotes, key=lambda q: (q.start, q.end, q.speaker)):
            speaker = _holder_of(field_holder(q.speaker, analysis.article.text), holders)
            speaker = named_body(_described_name(speaker, described), bodies)
            if q.speaker_start is not None:  # "the coat seller" -> the story's Corvina
                speaker = company_referent(
                    speaker, analysis.article.text, q.speaker_start, entity_items(ctx)
                )
            anonymous = is_anonymous_speaker(speaker)  # "One broker" names nobody
            if anonymous and not speaks_for_body(speaker):
                continue  # "one driver", "a rescue worker": provenance, not a speaker
            speaker = _body_named_in_full(speaker, lambda body: canonical_name(ctx, body))
            if (
                not anonymous
                and speaker[:1].isupper()
                and speaker.split()[0].lower() not in ("the", "a", "an")
            ):
                speaker = canonical_name(ctx, speaker)
            item = {
                "speaker": speaker,
                "text": q.text,
                "direct": q.direct,
                "article": aid,
                "citation": {"article": aid, "start": q.start, "end": q.end},
                "cue": q.cue,
            }
            if anonymous:
                item["anonymous"] = True
            if q.speaker_start is not None and q.speaker_end is not None:
                item["speaker_citation"] = {
                    "article": aid,
                    "start": q.speaker_start,
                    "end": q.speaker_end,
                }
            items.append(item)
    return {"quotes": items}


#: an unnamed spokesperson and the body named after "for"/"of"/"at" ("A spokesman for the
#: EPO")
_SPOKEN_FOR = re.compile(
    r"^(?P<who>[Aa]n? [\w-]+ (?:for|of|at) )(?P<the>the )?(?P<body>[A-Z][\w&'’. -]*)$"
)


def _body_named_in_full(speaker: str, canonical) -> str:
    """``speaker`` with the body it speaks for under the story's name for it ("A spokesman
    for the EPO" -> "A spokesman for the Environment Protection Office", when another
    article spells the short form out); ``canonical`` maps a surface to the story's name."""
    m = _SPOKEN_FOR.match(speaker)
    if m is None or not (m["body"].isupper() and m["body"].isalpha()):
        return speaker  # only a short form ("the EPO") has a name to spell out
    full = canonical(m["body"])
    if full == m["body"] or not full[:1].isupper():
        return speaker
    the = m["the"] if full.split()[0].lower() != "the" else ""
    return f"{m['who']}{the or ''}{full}"


def _description_words(noun) -> frozenset[str]:
    """Lower-cased words of the description headed by common noun ``noun``: the noun and
    the adjectives and nouns before it that modify it ("British battery maker")."""
    words = {noun.lower_}
    for t in noun.doc[noun.left_edge.i : noun.i]:
        if t.dep_ in ("amod", "compound") and t.is_alpha:
            words.add(t.lower_)
    return frozenset(words)


def story_descriptions(analyses) -> dict[str, dict[str, frozenset[str]]]:
    """Head noun -> {name -> words of the descriptions} for every organisation or person
    an article of the story describes with a common noun: before the name ("British
    battery maker Voltrena Cells") or in apposition ("the site's main contractor, Halvern
    Construction"). Only the last noun before the name heads the description: an earlier
    one modifies it ("Trust chief executive Priya Nair" is an executive, not "the trust").
    :func:`_described_name` reads it to name a description another article gives alone
    ("the British battery maker said")."""
    out: dict[str, dict[str, set[str]]] = {}
    for analysis in analyses:
        for e in entity_names(analysis.doc):
            if e.label_ not in ("ORG", "PERSON"):
                continue
            first = next((t.i for t in e if t.pos_ == "PROPN" and t.text[:1].isupper()), None)
            if first is None:
                continue
            nouns = [  # "British battery maker Voltrena Cells", also inside the entity
                t
                for t in e.doc[min(e.root.left_edge.i, e.start) : first]
                if t.pos_ == "NOUN" and e.start <= t.head.i < e.end and t.dep_ == "compound"
            ][-1:]  # the description's head: "Trust chief executive X" is no trust
            if e.root.dep_ == "appos" and e.root.head.pos_ == "NOUN":
                nouns.append(e.root.head)
            name = strip_possessive(e.doc[first : e.end].text.strip())
            for n in nouns:
                words = _description_words(n)
                slot = out.setdefault(n.lemma_.lower(), {}).setdefault(name, set())
                slot.update(words)
        _appointed_descriptions(analysis.doc, out)
    return {k: {n: frozenset(w) for n, w in v.items()} for k, v in out.items()}


def _appointed_descriptions(doc, out: dict[str, dict[str, set[str]]]) -> None:
    """Add to ``out`` (as :func:`story_descriptions`) the roles an article appoints a
    name to ("Harcourt Lyle were appointed administrators"), under the role's lemma and
    its plural as written, so another article's "the administrators said" is named."""
    for tok in doc:
        holder = _appointed(tok) if tok.pos_ == "NOUN" else None
        if holder is None or not _name_word(holder):
            continue
        first = holder.i
        while first > 0 and doc[first - 1].head.i == holder.i and _name_word(doc[first - 1]):
            first -= 1
        name = strip_possessive(doc[first : holder.i + 1].text)
        for key in {tok.lemma_.lower(), tok.lower_}:
            out.setdefault(key, {}).setdefault(name, set()).update({"the", tok.lower_})


def _described_name(speaker: str, described: dict[str, dict[str, frozenset[str]]]) -> str:
    """The one name the story gives with definite description ``speaker`` ("the British
    battery maker" -> "Voltrena Cells", where another article writes "British battery
    maker Voltrena Cells"): a name described with the same head noun and every word of
    the description; ``speaker`` unchanged when no name or several fit."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() != "the":
        return speaker
    head = words[-1].lower()
    wanted = {w.lower() for w in words[1:]}
    fits = sorted(n for n, ws in described.get(head, {}).items() if wanted <= ws)
    return fits[0] if len(fits) == 1 else speaker


def role_holders(analyses) -> dict[str, frozenset[str]]:
    """Title -> the names of the people the story's articles give that title right before
    their name ("Prime Minister Alan Reeve" -> {"prime minister": {"Alan Reeve"}}), for
    every run of one to three title words (:data:`TITLE_WORDS`) before a PERSON entity."""
    out: dict[str, set[str]] = {}
    for analysis in analyses:
        doc = analysis.doc
        for e in entity_names(doc):
            if e.label_ != "PERSON" or len(e) < 2:
                continue
            for n in (1, 2, 3):
                words = doc[max(e.start - n, 0) : e.start]
                if len(words) < n or any(t.lower_ not in TITLE_WORDS for t in words):
                    break
                out.setdefault(" ".join(t.lower_ for t in words), set()).add(e.text)
    return {k: frozenset(v) for k, v in out.items()}


def _holder_of(speaker: str, holders: dict[str, frozenset[str]]) -> str:
    """The one person the story titles with role-only ``speaker`` ("The Prime Minister"
    -> "Alan Reeve" when an article writes "Prime Minister Alan Reeve" and no article
    gives the title to anyone else); else ``speaker`` unchanged."""
    words = speaker.lower().split()
    if len(words) < 2 or words[0] != "the" or any(w not in TITLE_WORDS for w in words[1:]):
        return speaker
    named = holders.get(" ".join(words[1:]), frozenset())
    return next(iter(named)) if len(named) == 1 else speaker
