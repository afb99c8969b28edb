"""Years that fill one slot of one claim across articles, compared as date conflicts.

"the worst flood since 1987" / "since 1993"; "the bridge, built in 1931" / "opened in 1913";
"the mill burned down in 1802" / "in 1820": one article's year and another's answer the same
question (when was the thing made, when did the act last happen) when

* the year hangs on the same act (:func:`act_of`: the verb or event noun that governs it,
  read through copulas and support verbs), compared by lemma and WordNet (one sense, a
  derived verb, one direct hypernym; never two opposite acts: "began in 1990" / "ended in
  1995" are two properties);
* the act is about the same thing (:func:`frame_of`: the subject, object or modified noun
  and the names of the clause), or both are the last time a superlative was matched
  ("the first strike since 2011" / "the first walkout since 2008");
* the two readings are each other's best match between the two articles (by the
  similarity of their clauses with the years taken out), so an article that dates two
  acts pairs each with its own counterpart.

:func:`year_readings` reads every year of a story, :func:`year_conflicts` gives the
conflicts in the brief's ``kind: "date"`` shape (each article's reading, majority,
outliers); :func:`build_year_conflicts` is the section builder, leaving out the
conflicts the timeline already reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .figure_aspects import gerund_verb
from .model import Span, StoryContext

#: a year of the modern record (a four-digit token read as a year, not a count)
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: a day and a month written just before a year ("12 March ", "March 12, "): a day date
DAY_BEFORE = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+$"
)
#: prepositions that give a year as the time of an act or the start of a state
TIME_PREPS = {"in", "since", "from", "during", "until", "by", "of"}
#: dependency labels of the thing an act is about
THING_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "compound"}


@dataclass(frozen=True)
class YearReading:
    """One year in one article and the claim it dates.

    ``start``/``end`` is the year phrase ("since 1987", "in 1931", "1887") in the article
    text; ``act`` the lemma of the act it dates and ``pos`` its part of speech (``"v"`` or
    ``"n"``); ``things`` the noun lemmas and ``names`` the name words the act is about;
    ``since_record`` whether the year is the last time a superlative or first/last was
    matched ("the worst flood since 1987"); ``label`` whether the year stands before a
    noun of a happening, naming which of its kind ("the 2031 flood", not "the 1958 dam"); ``ahead`` whether
    the year is after the article's publication year (a plan, not a record); ``clause``
    the character span of the clause the year is in; ``sentence`` its sentence index; ``phrase`` the words from the thing
    or act to the year ("the bridge, built in 1931"), the conflict's subject."""

    article: str
    year: int
    start: int
    end: int
    text: str
    act: str
    pos: str
    things: frozenset[str] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)
    since_record: bool = False
    ahead: bool = False
    clause: tuple[int, int] = (0, 0)
    sentence: int = -1
    phrase: str = ""
    label: bool = False

    def describe(self) -> str:
        """A one-line account for probes: act, things, names, record flag, text."""
        rec = " record" if self.since_record else ""
        return f"{self.act}/{self.pos}{rec} things={sorted(self.things)} {self.text!r}"


#: a copyright notice before a year: "© Example News 2032", "(c) NorthCoast TV 2032"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)[^.\n]{0,60}$", re.I)


def reference_year(doc, tok) -> bool:
    """The year of a bibliographic reference or a copyright notice: in brackets right
    after a volume or article number ("Article number 2207 (2032)", "Metab. Front. 14,
    2207 (2032)"), it dates the volume a work is filed in; after "©" / "(c)" / "Copyright"
    in its line ("(c) NorthCoast TV 2032."), the rights; neither is an act of the story."""
    line = doc.text[max(0, tok.idx - 80) : tok.idx].rsplit("\n", 1)[-1]
    if _COPYRIGHT.search(line):
        return True
    if tok.i < 2 or tok.i + 1 >= len(doc):
        return False
    before, opening, closing = doc[tok.i - 2], doc[tok.i - 1], doc[tok.i + 1]
    return opening.text == "(" and closing.text == ")" and before.text.isdigit()


#: words whose "for <year>" is the year aimed at, not a period covered: "scheduled for
#: 2032", "a target for 2030", "the games are due for 2034"
AIMED_AT = frozenset({
    "schedule", "plan", "set", "slate", "due", "expect", "target", "earmark", "book",
    "pencil", "aim", "fix", "postpone", "delay", "push", "move", "bring", "reschedule",
    "deadline", "date", "timetable", "forecast", "predict", "project", "budget",
})  # fmt: skip


def period_year(tok) -> bool:
    """A bare year after "for" names the period a thing covers ("approve the Remuneration
    Report for 2032", "Pay for 2032 was made under the old policy", "results for 2031"),
    not a day anything happened; a year a plan is set for ("scheduled for 2032", "a target
    for 2030": :data:`AIMED_AT`) is still a date."""
    if tok.i == 0 or not YEAR.match(tok.text):
        return False
    prep = tok.doc[tok.i - 1]
    if prep.lower_ != "for" or tok.head.i != prep.i:
        return False
    gov = prep.head
    return gov.lemma_.lower() not in AIMED_AT and gov.lower_ not in AIMED_AT


#: capitalised words after which a year dates the time named, not a name's edition
_TIME_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn winter fall "
    "easter christmas".split()
)


def name_year(tok) -> bool:
    """A year that ends a capitalised name, bare or in brackets ("Draft Memorial Safety
    Policy 2042", "the council's Memorial Safety Policy (2039)", "Tree of the Year 2040"):
    it tells which edition of a document, prize or scheme is meant, not when an act of the
    story happened; a month's or season's name before it ("March 2041") keeps it a date."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.text == "(" and tok.i > 1:
        before = tok.doc[tok.i - 2]
    if before is None or before.is_sent_start or not before.text[:1].isupper():
        return False
    return before.is_alpha and before.lower_ not in _TIME_WORDS and before.pos_ != "ADP"


#: words between the two years of a span
_SPAN_SEPARATORS = frozenset({"to", "-", "–", "—"})


def years_covered(tok) -> bool:
    """``tok`` is one year of a span set after a noun by a comma or a bracket ("minute
    books and committee papers, 1710 to 1974", "the Common Council minute book
    (1742-1761)"): the years a thing covers, never when an act of the story happened. A
    verb's span ("served from 1998 to 2004") is no such span."""
    doc = tok.doc
    for first in (tok.i, tok.i - 2):
        if first < 1 or first + 2 >= len(doc):
            continue
        a, sep, b = doc[first], doc[first + 1], doc[first + 2]
        if sep.text in _SPAN_SEPARATORS and YEAR.match(a.text) and YEAR.match(b.text):
            return doc[first - 1].text in (",", "(") and tok.i in (a.i, b.i)
    return False


def _is_year(tok) -> bool:
    """``tok`` is a year standing alone or with a month ("in 1931", "since March 2023", "the
    1887 painting"), not a count ("1931 people") nor part of a day date ("3 May 2024",
    which the timeline compares)."""
    if not YEAR.match(tok.text) or not tok.like_num or reference_year(tok.doc, tok):
        return False  # "Article number 2207 (2032)": a reference's volume year
    if period_year(tok):
        return False  # "the remuneration report for 2032": a period covered
    if name_year(tok):
        return False  # "the Memorial Safety Policy (2039)": which edition, not when
    if years_covered(tok):
        return False  # "minute books and committee papers, 1710 to 1974": what they cover
    by_prep = tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS
    if tok.ent_type_ != "DATE" and not by_prep:
        return False
    if DAY_BEFORE.search(tok.doc.text[max(0, tok.idx - 24) : tok.idx]):
        return False  # "| 12 March 2029", "March 12, 2029": whatever the entity tagger saw
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = list(ent) if ent is not None else [tok]
    return not any(t.i != tok.i and t.like_num and t.text.isdigit() for t in words)


def _date_top(tok):
    """The head of the date the year is part of ("since March 2023" -> March, "in late
    2024" -> 2024): climbs from the year while its head is in the same date entity and the
    year is not itself the object of a preposition."""
    while tok.dep_ != "pobj" and tok.head.i != tok.i and tok.head.ent_type_ == "DATE":
        if tok.head.ent_iob_ == "B" and tok.ent_iob_ == "B":
            break  # two dates side by side
        tok = tok.head
    return tok


def _phrase(top, year) -> tuple[int, int]:
    """Character span of the year's phrase: the preposition and its object ("since March
    2023") or the date with its modifiers ("early 2019"); ``top`` is the date's head
    (:func:`_date_top`), ``year`` the year token."""
    head = top.head if top.dep_ == "pobj" and top.head.dep_ in ("prep", "agent") else top
    toks = [t for t in head.subtree if t.i <= year.i]
    return toks[0].idx, year.idx + len(year.text)


def _governor(tok):
    """The word the year's phrase hangs on: the head of its preposition ("built in 1931" ->
    built) or the noun it modifies ("the 1887 painting" -> painting)."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return tok.head.head
    return tok.head


#: words that make a dated act the latest of its kind ("last erupted in 1971", "the
#: previous record"): with superlatives and ordinals, a closed grammatical class
LATEST = {"last", "previous", "prior", "earlier"}


def _is_record(tok, gov) -> bool:
    """The year is the last time something was matched: "since" after a superlative or an
    ordinal of its sentence ("the worst flood since 1987", "the first strike since 2011"),
    an act in a "since" clause after one (:func:`_since_clause`: "the first trophy since
    they won the cup in 1987"), or an act marked as the latest of its kind by a word of
    :data:`LATEST` ("last erupted in 1971", "the previous record was set in 2010")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        before = tok.doc[tok.sent.start : tok.i]
        if any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in before):
            return True
    if _since_clause(gov):
        return True
    scope = gov.head if gov.dep_ in ("attr", "acomp", "acl", "relcl") else gov
    return any(t.lower_ in LATEST for t in scope.subtree)


#: nouns that only count occasions ("for the first time since 1991", "the first occasion
#: since 2008"): what is first is the clause they hang on, not the noun
OCCASION_NOUNS = frozenset({"time", "occasion"})


def _occasion_clause(gov):
    """The verb of the clause an occasion noun (:data:`OCCASION_NOUNS`) ranked by an ordinal
    or superlative hangs on ("Brenmoor are cup winners *for the first time* since 1991" ->
    "are"), else None."""
    if gov.lemma_.lower() not in OCCASION_NOUNS or gov.dep_ != "pobj":
        return None
    if not any(_ranking(c) for c in gov.children):
        return None
    verb = gov.head.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("attr", "dobj", "nsubj"):
        verb = verb.head  # "are cup winners for the first time": the phrase on the noun
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != gov.i else None


#: words that rank an occasion in order ("the first time", "the last time")
RANKS = frozenset({"first", "last"})


def _ranking(tok) -> bool:
    """An ordinal or superlative ("first", "third", "last", "biggest")."""
    return tok.ent_type_ == "ORDINAL" or tok.tag_ in ("JJS", "RBS") or tok.lower_ in RANKS


def _attribute_kinds(gov) -> frozenset[str]:
    """Lemmas of the noun modifiers of a verb's attribute ("are *cup* winners" -> {"cup"}):
    the kind of the thing a copula ranks when an occasion noun ranks the clause."""
    nouns = [c for c in gov.children if c.dep_ == "attr"]
    return frozenset(
        m.lemma_.lower()
        for c in nouns
        for m in c.children
        if m.dep_ == "compound" and m.pos_ == "NOUN"
    )


def _since_clause(verb) -> bool:
    """``verb`` heads a clause opened by "since" after an ordinal or superlative of its
    sentence ("its first major trophy *since they won the cup* in 1987"): the year dates the
    last time the ranked thing happened, as "since 1987" would."""
    if not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    before = verb.doc[verb.sent.start : verb.left_edge.i]
    return any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in before)


def _noun_lemma(tok) -> str | None:
    """The lemma of a common or proper noun, None for pronouns and other words."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.lemma_.lower()
    return None


def _things(gov, act) -> tuple[frozenset[str], frozenset[str]]:
    """(noun lemmas, name words) of what the dated act is about: the subject, object and
    attribute of the governing verb, the noun a participle or relative clause modifies
    ("the bridge, built in 1931"), or the governing noun itself ("the 1887 painting")."""
    heads = []
    for t in {gov, act} - {None}:
        if t.pos_ in ("NOUN", "PROPN"):
            heads.append(t)
        heads += [c for c in t.children if c.dep_ in THING_DEPS - {"pobj", "compound"}]
        if t.dep_ in ("acl", "relcl", "appos") or (
            t.pos_ in ("NOUN", "PROPN") and t.dep_ == "attr"
        ):
            heads.append(t.head)
        if t.dep_ in ("attr", "acomp"):
            heads += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = {_other_marked(h, n) for h in heads if (n := _noun_lemma(h))}
    names = {w.lower_ for h in heads for w in h.subtree if w.pos_ == "PROPN" and w.i <= h.i}
    return frozenset(nouns), frozenset(names)


#: words that make a noun another thing of its kind than the story's ("a *rival* gym
#: opened in 2042" is not the gym of the story; "*another* body")
OTHER_OF_KIND = frozenset({"another", "other", "rival"})


def _other_marked(head, noun: str) -> str:
    """``noun`` (the lemma of ``head``), marked "other " when a word before it makes it
    another thing of its kind (:data:`OTHER_OF_KIND`), so it is no thing of an unmarked
    reading."""
    before = head.doc[head.left_edge.i : head.i]
    return f"other {noun}" if any(t.lower_ in OTHER_OF_KIND for t in before) else noun


#: the longest subject phrase, in tokens ("the first nationwide school walkout since 2008")
PHRASE_TOKENS = 14


def _phrase_text(act, gov, year) -> str:
    """The words that name the dated claim, ending with the year: from the left edge of the
    act's noun phrase, the noun a participle modifies ("the bridge, built in 1931") or the
    subject of the act's verb ("the mill burned down in 1802"), else from the act itself;
    at most :data:`PHRASE_TOKENS` tokens."""
    doc = year.doc
    starts = [act.left_edge.i] if act.pos_ in ("NOUN", "PROPN") else []
    for t in (act, gov):
        if t.dep_ in ("acl", "relcl"):
            starts.append(t.head.left_edge.i)
        starts += [c.left_edge.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    starts = [i for i in starts if year.i - PHRASE_TOKENS < i <= year.i] or [min(act.i, year.i)]
    return " ".join(doc[min(starts) : year.i + 1].text.split())


def _clause(gov) -> tuple[int, int]:
    """Character span of the clause of the governing word (its sentence)."""
    sent = gov.sent
    return sent.start_char, sent.end_char


#: era words that make a number a year ("AD 270", "410 AD", "300 BC"); BC years are negative
ERAS = {"ad": 1, "ce": 1, "bc": -1, "bce": -1}


def _era(tok) -> str:
    return tok.lower_.replace(".", "")


def era_year(tok) -> tuple[int, object] | None:
    """(year, number token) when ``tok`` is an era word with its number ("AD 270", "410
    AD", "300 BC": the parser hangs the number on the era word), else None."""
    sign = ERAS.get(_era(tok))
    if sign is None:
        return None
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.text.isdigit()]
    if len(nums) != 1 or not 0 < int(nums[0].text) < 10000:
        return None
    return sign * int(nums[0].text), nums[0]


def _reading(
    aid: str, tok, sentence: int, published: int | None, era: tuple[int, object] | None = None
) -> YearReading | None:
    """The :class:`YearReading` of the year token ``tok`` of article ``aid`` (or of the
    era word ``tok`` with ``era``, its :func:`era_year`)."""
    from .date_act_lexicon import act_head

    year, last = (era[0], max(tok, era[1], key=lambda t: t.i)) if era else (int(tok.text), tok)
    top = _date_top(tok)
    gov = _governor(top)
    occasion = _occasion_clause(gov)
    if occasion is not None:
        gov = occasion  # "are cup winners for the first time since 1991": what is first
    act = act_head(gov, tok.doc[tok.i : tok.i + 1]) or gov
    start, end = _phrase(top, last)
    if _denied_act(act) and not tok.doc.text[start:end].lower().startswith("since"):
        return None  # "has not opened for the 2035 season": no act that year to date
    nouns, names = _things(gov, act)
    record = _is_record(top, gov)
    if occasion is not None:
        nouns |= _attribute_kinds(gov)  # "are *cup* winners for the first time since 1991"
    pos = "v" if act.pos_ in ("VERB", "AUX") else "n"
    return YearReading(
        article=aid,
        year=year,
        start=start,
        end=end,
        text=tok.doc.text[start:end],
        act=act.lemma_.lower(),
        pos=pos,
        things=nouns,
        names=names,
        since_record=record,
        ahead=published is not None and year > published,
        clause=_clause(gov),
        sentence=sentence,
        phrase=_phrase_text(act, gov, last),
        label=pos == "n" and tok.i < act.i and act in tok.ancestors and _happening(act),
    )


def _happening(noun) -> bool:
    """``noun`` names a happening ("flood", "meeting"), not a thing a year before it dates
    the making of ("the 1958 dam", "the 1910 canvas")."""
    from .date_act_lexicon import is_happening

    return is_happening(noun.lemma_.lower())


def _denied_act(act) -> bool:
    """The act a year hangs on is negated ("has not opened for the 2035 season", "never
    ran in 2019"): nothing happened then. With "since" the year dates the last time it did
    ("has not sailed since 2008"), which :func:`_reading` keeps."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in act.children)


def article_years(aid: str, doc, published: int | None = None) -> list[YearReading]:
    """Every year reading (:class:`YearReading`) of one article's spaCy ``doc``, in text
    order; ``published`` is the article's publication year (None: unknown, every year
    read as past)."""
    out = []
    for i, sent in enumerate(doc.sents):
        for tok in sent:
            era = era_year(tok)
            if era is not None or _is_year(tok):
                r = _reading(aid, tok, i, published, era)
                if r is not None:
                    out.append(r)
    return out


def year_readings(ctx: StoryContext) -> list[YearReading]:
    """Every year reading of the story, article by article in story order."""
    return [r for a in ctx.analyses for r in article_years(a.article.id, a.doc, _year_of(a))]


def _year_of(analysis) -> int | None:
    """The publication year of an analysed article, None when unknown."""
    published = analysis.article.published or ""
    return int(published[:4]) if published[:4].isdigit() else None


def _nouns(doc) -> frozenset[str]:
    """Lemmas of the common and proper nouns of a document."""
    return frozenset(t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN"))


# --------------------------------------------------------------------------- pairing


def _same_noun(x: str, y: str) -> bool:
    """Two noun lemmas name one thing or kind: one lemma, a shared sense among the first
    two, a shared derived verb ("flood" / "flooding"), or one a direct hypernym of the
    other ("walkout" -> "strike")."""
    if x == y or lexicon.same_sense(x, y, "n", first=2):
        return True
    if lexicon.verbs_of(x) & lexicon.verbs_of(y):
        return True
    return y in lexicon.hypernyms(x, "n", first=1) or x in lexicon.hypernyms(y, "n", first=1)


def _acts(r: YearReading) -> frozenset[str]:
    """The act of a reading as lemmas: its own and, for an event noun, the verbs derived
    from it ("eruption" -> "erupt"), the verb of a gerund ("stranding" -> "strand") and,
    for a work of art dated by its year ("the 1910 canvas"), its making ("create", which
    WordNet puts over "paint", "sculpt", "compose")."""
    if r.pos != "n":
        return frozenset({r.act})
    out = {r.act} | lexicon.verbs_of(r.act)
    verb = gerund_verb(r.act)
    if verb is not None:
        out.add(verb)
    if is_artwork(r.act):
        out.add(MAKING)
    return frozenset(out)


#: the act a year on a work of art dates ("the 1887 portrait": when it was made)
MAKING = "create"
#: WordNet nouns over works of visual art ("canvas" -> "oil_painting" -> "painting" ->
#: "graphic_art" -> "fine_arts"; "sculpture", "statue" -> "plastic_art"; "sketch" ->
#: "artwork"); not "art" nor "graphic_art" alone, which WordNet also puts over "report"
#: and "law"
_ART = frozenset({"fine_arts", "plastic_art", "artwork", "work_of_art"})
#: how far up WordNet's noun hierarchy a work of art is looked for
_ART_DEPTH = 7


@lru_cache(maxsize=4096)
def is_artwork(noun: str) -> bool:
    """``noun`` (a lemma) names a work of art in one of its first two WordNet senses: a
    hypernym within :data:`_ART_DEPTH` steps is in :data:`_ART` ("canvas", "portrait",
    "sculpture"; not "retrospective", "bridge", "report")."""
    seen: set[str] = set()
    front = {noun}
    for _ in range(_ART_DEPTH):
        front = set().union(*(lexicon.hypernyms(x, "n", first=2) for x in front)) - seen
        if front & _ART:
            return True
        if not front:
            return False
        seen |= front
    return False


def same_act(a: YearReading, b: YearReading) -> bool:
    """The two readings date one act: a shared lemma (or derived verb), or two verbs in one
    WordNet sense or one a direct hypernym of the other (:func:`consilience.date_act_lexicon.
    same_act`), never two opposite acts ("began" / "ended")."""
    from .date_act_lexicon import same_act as same_act_lemmas

    xa, xb = _acts(a), _acts(b)
    if any(lexicon.opposite(x, y, "v") for x in xa for y in xb if x != y):
        return False
    return same_act_lemmas(xa, xb)


def _kinds(r: YearReading) -> frozenset[str]:
    """What a record reading ranks ("the first walkout since 2008" -> walkout): its things
    and its act (with the verbs derived from an event noun)."""
    return r.things | _acts(r)


def same_thing(a: YearReading, b: YearReading, nouns_b: frozenset[str] = frozenset()) -> bool:
    """The two acts are about one thing: a shared name word, two nouns of one kind
    (:func:`_same_noun`), or ``a``'s thing is a noun the other article uses (``nouns_b``:
    "the ground opened in 2009" / "the stadium opened in 2011", where the second article
    also calls it "the ground")."""
    if a.names & b.names or a.things & nouns_b:
        return True
    return any(_same_noun(x, y) for x in a.things for y in b.things)


def same_slot(
    a: YearReading,
    b: YearReading,
    nouns_a: frozenset[str] = frozenset(),
    nouns_b: frozenset[str] = frozenset(),
) -> bool:
    """Two readings (of two articles) give the year of one claim: both on one side of the
    publication date (done or yet to come), both the last time a record was matched (of
    one kind, :func:`_kinds`) or neither, with one act (:func:`same_act`) about one thing
    (:func:`same_thing` either way; an act about no named thing on either side is enough).
    ``nouns_a``/``nouns_b`` are the noun lemmas of each reading's article."""
    if a.since_record != b.since_record or a.ahead != b.ahead:
        return False
    if a.label and b.label and a.year != b.year:
        return False  # "the 2031 flood" / "the 2036 flood": each year names its own flood
    if a.label != b.label and "v" in (a.pos, b.pos):
        return False  # "the 2030 meeting" / "met in October 2032": which one, and an act
    if a.since_record:
        return any(_same_noun(x, y) for x in _kinds(a) for y in _kinds(b))
    if not same_act(a, b):
        return False
    if not (a.things or a.names) or not (b.things or b.names):
        return True
    if _other_of(a, b) or _other_of(b, a):
        return False  # "a rival gym opened in 2042" / "the gym opened in 2039"
    return same_thing(a, b, nouns_b) or same_thing(b, a, nouns_a)


def _other_of(a: YearReading, b: YearReading) -> bool:
    """A thing of ``a`` is marked as another of the kind of one of ``b``'s things
    (:func:`_other_marked`: "other gym" / "gym")."""
    return any(t.removeprefix("other ") in b.things for t in a.things if t.startswith("other "))


def _cosine(ctx: StoryContext, a: YearReading, b: YearReading) -> float:
    """Cosine of the two readings' sentences (the story's stored sentence vectors)."""
    va = ctx.sentence_vectors.get(a.article)
    vb = ctx.sentence_vectors.get(b.article)
    if va is None or vb is None or a.sentence >= len(va) or b.sentence >= len(vb):
        return 0.0
    return float(va[a.sentence] @ vb[b.sentence])


def _mutual_pairs(ctx: StoryContext, xs: list[YearReading], ys: list[YearReading], nouns):
    """Pairs (x, y) of two articles' readings in one slot (:func:`same_slot`) that are each
    other's most alike candidate (:func:`_cosine`; ties broken by text order). ``nouns``
    maps an article id to its noun lemmas."""
    if not xs or not ys:
        return []
    na, nb = nouns[xs[0].article], nouns[ys[0].article]
    cands = [(x, y, _cosine(ctx, x, y)) for x in xs for y in ys if same_slot(x, y, na, nb)]
    best_x: dict[int, tuple] = {}
    best_y: dict[int, tuple] = {}
    for x, y, c in cands:
        if id(x) not in best_x or c > best_x[id(x)][2]:
            best_x[id(x)] = (x, y, c)
        if id(y) not in best_y or c > best_y[id(y)][2]:
            best_y[id(y)] = (x, y, c)
    return [(x, y) for x, y, c in cands if best_x[id(x)][1] is y and best_y[id(y)][0] is x]


def _components(readings: list[YearReading], pairs) -> list[list[YearReading]]:
    """Connected groups of readings joined by ``pairs``, each in story order."""
    parent = {id(r): id(r) for r in readings}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for x, y in pairs:
        parent[root(id(x))] = root(id(y))
    groups: dict[int, list[YearReading]] = {}
    for r in readings:
        groups.setdefault(root(id(r)), []).append(r)
    return [g for g in groups.values() if len(g) > 1]


def _disputed(group: list[YearReading]) -> bool:
    """A group gives two or more years, each from other articles than the rest."""
    years: dict[int, set[str]] = {}
    for r in group:
        years.setdefault(r.year, set()).add(r.article)
    if len(years) < 2:
        return False
    sets = list(years.values())
    return all(s - set().union(*(o for o in sets if o is not s)) for s in sets)


def _entry(group: list[YearReading], order: dict[str, int]) -> dict:
    """The brief's conflict of a disputed group: each article's reading (its year phrase
    cited, its sentence as context), the articles of the most given year as majority (none
    on a tie) and the rest as outliers."""
    group = sorted(group, key=lambda r: (order.get(r.article, 1 << 30), r.start))
    support: dict[int, list[str]] = {}
    for r in group:
        if r.article not in support.setdefault(r.year, []):
            support[r.year].append(r.article)
    ranked = sorted(support, key=lambda y: (-len(support[y]), y))
    tie = len(ranked) > 1 and len(support[ranked[0]]) == len(support[ranked[1]])
    majority = [] if tie else support[ranked[0]]
    arts = list(dict.fromkeys(r.article for r in group))
    values = ", ".join(
        f"{y} ({len(support[y])} article{'s' * (len(support[y]) > 1)})" for y in ranked
    )
    readings = [
        {
            "article": r.article,
            "text": r.text,
            "value": str(r.year),
            "precision": "year",
            "citation": Span(r.article, r.start, r.end).to_json(),
            "context": Span(r.article, *r.clause).to_json(),
        }
        for r in group
    ]
    return {
        "kind": "date",
        "subject": _subject(group[0]),
        "readings": readings,
        "majority": majority,
        "outliers": [a for a in arts if a not in majority],
        "explanation": f"the same act is dated in different years: {values}"
        + ("; no majority" if tie else ""),
    }


def _subject(r: YearReading) -> str:
    """The conflict's subject: the first reading's phrase ("The lighthouse, erected in
    1874"), else its thing and act ("lighthouse erect (year)")."""
    if r.phrase:
        return r.phrase
    thing = sorted(r.things)[0] if r.things else ""
    return " ".join(w for w in (thing, r.act, "(year)") if w)


def year_conflicts(ctx: StoryContext) -> list[dict]:
    """Date conflicts of years across the story's articles: readings in one slot that are
    each other's best match between two articles (:func:`_mutual_pairs`), grouped, where
    different articles give different years. Conflicts in the brief's ``kind: "date"``
    shape, in story order."""
    order = {aid: i for i, aid in enumerate(ctx.story.articles)}
    readings = year_readings(ctx)
    by_article: dict[str, list[YearReading]] = {}
    for r in readings:
        by_article.setdefault(r.article, []).append(r)
    arts = list(by_article)
    nouns = {a.article.id: _nouns(a.doc) for a in ctx.analyses}
    pairs = []
    for i, a in enumerate(arts):
        for b in arts[i + 1 :]:
            pairs += _mutual_pairs(ctx, by_article[a], by_article[b], nouns)
    groups = [g for g in _components(readings, pairs) if _disputed(g)]
    return [_entry(g, order) for g in groups]


def _overlaps(a: dict, b: dict) -> bool:
    """Two citations of one article share characters."""
    return a["article"] == b["article"] and a["start"] < b["end"] and b["start"] < a["end"]


def build_year_conflicts(ctx: StoryContext) -> list[dict]:
    """The year conflicts (:func:`year_conflicts`) the brief does not hold yet: one whose
    readings cite none of the spans of a date conflict already in ``ctx.brief`` (the
    timeline's). A list of conflicts in the brief's ``kind: "date"`` shape."""
    known = [
        r["citation"]
        for c in ctx.brief.get("conflicts", [])
        if c.get("kind") == "date"
        for r in c.get("readings", [])
        if "citation" in r
    ]
    out = []
    for c in year_conflicts(ctx):
        cites = [r["citation"] for r in c["readings"]]
        if not any(_overlaps(x, k) for x in cites for k in known):
            out.append(c)
    return out
