"""A line that dates an act to a day another article dates otherwise gives a reading of a
dispute, whether or not a conflict stage found it (held-out s19 kind 3: "a one-day national
strike for December 10" beside "its national strike will take place on December 12").

    DayReadings(nodes, texts).rivalled(article, start, end) -> bool
    DayReadings(nodes, texts).unshared(article, start, end) -> bool   # a day no other root gives

A date in a sentence belongs to what it is attached to in the dependency parse: the noun or
verb its preposition hangs on ("strike *for December 10*", "failed *on Monday*"); for a verb
that only says the act takes place ("take place", "happen", "begin", "be held", "be set")
also its subject ("the strike will *take place on December 12*"); for a date a verb's
object is set *for*, the object ("has called a strike *for December 10*"). Two sentences of
different articles whose dates hang on one act (one lemma, a verb and its WordNet
derivationally related noun counted as one: "strike"/"strike", "vote"/"voting") and share
no day (:func:`consilience.unique.days_differ`) date that act differently. Dates hung on
different acts ("called the strike on Monday" / "the strike begins on December 12") are no
rival readings. A journey is one act by where it goes (:func:`destinations`: "will
leave *for* Keta on Saturday" / "will be flown *to* Keta on Sunday").
"""

from __future__ import annotations

from . import lexicon
from .claim_spans import Texts
from .date_act_lexicon import is_event_noun
from .meta_lines import communication_verb
from .speech_senses import says_by_sense
from .unique import days_differ

#: verbs that only say that their subject takes place (their subject is the dated act)
OCCURRENCE = frozenset({"take", "happen", "occur", "begin", "start", "go", "hold", "set", "be"})
#: relations a date's words hang by before reaching what they date
_DATE_LINKS = frozenset({"pobj", "npadvmod", "nummod", "compound", "appos", "prep", "tmod"})


def _dated(tok) -> tuple[object, str]:
    """``(word, preposition)``: the word a date token dates, up its heads through
    prepositions and noun links, and the preposition it hangs by ("" when none)."""
    while tok.dep_ in _DATE_LINKS and tok.head is not tok and tok.head.ent_type_ != "DATE":
        tok = tok.head
        if tok.dep_ == "prep" or tok.pos_ == "ADP":
            return tok.head, tok.lower_
    return tok, ""


def _act_keys(tok, prep: str) -> set[str]:
    """The lemma of the dated word (not of a verb of occurrence, :data:`OCCURRENCE`: "take
    place" says nothing of what; nor of a verb of saying or communication,
    :func:`consilience.speech_senses.says_by_sense`,
    :func:`consilience.meta_lines.communication_verb`: "both sides said on Wednesday" and
    "the union said on Tuesday" are two sayings, not one act dated twice) and, for such a verb or a passive, its subject noun's; for
    a date a verb's object may be set for (:func:`_dates_object`: "called a strike *for*
    May 3", "set the vote for Friday"), the object's; each with its WordNet derivationally related verbs, so a noun
    and its verb ("vote", "voting") meet."""
    lemma = tok.lemma_.lower()
    told = tok.pos_ == "VERB" and (says_by_sense(lemma) or communication_verb(lemma))
    out = set() if lemma in OCCURRENCE or told else {lemma}
    if tok.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        subjects = ("nsubj", "nsubjpass") if lemma in OCCURRENCE or passive else ()
        out |= {
            c.lemma_.lower()
            for c in tok.children
            if c.pos_ == "NOUN"
            and (c.dep_ in subjects or (c.dep_ == "dobj" and _dates_object(c, prep)))
        }
        out |= destinations(tok)
    return out | {v for w in list(out) for v in lexicon.verbs_of(w)}


#: prepositions that name where a movement goes ("fly *to* Keta")
TOWARDS = frozenset({"to", "towards", "toward"})
#: verbs of departure, whose "for" names where the journey goes ("leave *for* Keta",
#: "set off for the coast"): these and their WordNet synonyms (:func:`departure_verb`)
DEPARTURE = ("depart", "leave", "head")


def departure_verb(lemma: str) -> bool:
    """``lemma`` is a verb of setting off (:data:`DEPARTURE` or a WordNet synonym of one
    among its first senses: "set_off", "go_away", "set_out")."""
    return lemma in DEPARTURE or any(lemma in lexicon.synonyms(v, "v") for v in DEPARTURE)


def destinations(verb) -> set[str]:
    """``"to:<place>"`` keys of the named places ``verb`` goes to: the proper noun object
    of a preposition of direction (:data:`TOWARDS`; "for" after a verb of departure,
    :func:`departure_verb`). A journey is one act by where it goes, whatever the verb
    ("will leave *for* Keta on Saturday" / "will be flown *to* Keta on Sunday"). The
    small parser's entity label of a place name is unreliable, so any proper noun counts."""
    out = set()
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        towards = prep.lower_ in TOWARDS or (prep.lower_ == "for" and departure_verb(lemma))
        if prep.dep_ != "prep" or not towards:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                out.add("to:" + obj.lemma_.lower())
    return out


def _dates_object(obj, prep: str) -> bool:
    """A date on the verb of ``obj`` (its object) may date the object: always after "for"
    ("called a strike *for* May 3"), and when the object names an act
    (:func:`consilience.date_act_lexicon.is_event_noun`: "announced a strike *on* 10
    December" is read either way; a line only loses its place by it)."""
    return prep == "for" or is_event_noun(obj.lemma_.lower())


def date_acts(doc, start: int, end: int) -> set[str]:
    """The act keys (:func:`_act_keys`) of every date entity in ``start:end`` of ``doc``."""
    keys: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "DATE" and start <= ent.start_char < end:
            keys |= _act_keys(*_dated(ent.root))
    return keys


class DayReadings:
    """The sentences of a story that date an act to a day, read once per story."""

    def __init__(self, nodes, texts: Texts) -> None:
        self.texts = texts
        per: dict[tuple[str, int], list[str]] = {}
        for n in nodes:
            days = [d for d in n.claim.dates if d.endswith("|day")]
            if days:
                per.setdefault((n.claim.article, n.claim.sentence), []).extend(days)
        self.days = per
        self.nodes = nodes
        self._acts: dict[tuple[str, int], set[str]] = {}

    def _sentence_acts(self, key: tuple[str, int]) -> set[str]:
        """The act keys of the dates of sentence ``key`` (``(article, sentence)``)."""
        if key not in self._acts:
            node = next(n for n in self.nodes if (n.claim.article, n.claim.sentence) == key)
            s, e = self.texts.sentence(node.claim)
            self._acts[key] = date_acts(self.texts.ctx.analysis(key[0]).doc, s, e)
        return self._acts[key]

    def rivalled(self, article: str, start: int, end: int) -> bool:
        """The line ``start:end`` of ``article`` dates an act to a day that a sentence of
        another article dates to another day (module doc)."""
        mine = [
            d
            for (aid, _k), days in self.days.items()
            if aid == article
            for d in days
            if self._inside(aid, _k, start, end)
        ]
        if not mine:
            return False
        acts = date_acts(self.texts.ctx.analysis(article).doc, start, end)
        for key, days in self.days.items():
            if key[0] == article or not days_differ(mine, days):
                continue
            if acts & self._sentence_acts(key):
                return True
        return False

    def unshared(self, article: str, start: int, end: int) -> bool:
        """The line ``start:end`` of ``article`` dates something to a day (month and day)
        that no sentence of another root article gives, whatever it dates there: a line
        resting on one source carries that source's own day ("at Monday's meeting" where
        every other report has the vote on Tuesday), no reading the story shares. False in a
        story of one root article."""
        roots = {n.claim.article: n.root for n in self.nodes}
        if len(set(roots.values())) < 2:
            return False  # one source: no other report to share its day with
        mine = {
            d.split("|")[0][5:]
            for (aid, k), days in self.days.items()
            if aid == article and self._inside(aid, k, start, end)
            for d in days
        }
        theirs = {
            d.split("|")[0][5:]
            for (aid, _k), days in self.days.items()
            if roots.get(aid) != roots.get(article)
            for d in days
        }
        return bool(mine - theirs)

    def _inside(self, article: str, sentence: int, start: int, end: int) -> bool:
        """Sentence ``sentence`` of ``article`` overlaps ``start:end``."""
        node = next(
            n for n in self.nodes if (n.claim.article, n.claim.sentence) == (article, sentence)
        )
        s, e = self.texts.sentence(node.claim)
        return s < end and start < e
