"""Plain dataclasses passed between pipeline stages.

Every offset in this module is a *character* offset into ``Article.text`` (the stored,
normalised body text of one article), half-open: ``text[start:end]``.

Stages:

    read      -> RawArticle / Skipped
    normalise -> Article
    analyse   -> Analysis (Article + spaCy Doc: sentences, entities, parse)
    extract   -> Quantity, DateMention, Quote, Attribution, Claim (per article)
    stories   -> Story
    brief     -> Brief (the JSON contract ``consilience.brief/1``)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .boilerplate import BoilerplateSpan

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

T = TypeVar("T")


# --------------------------------------------------------------------------- reading


@dataclass
class RawArticle:
    """One article as a reader found it, before normalisation.

    ``source`` is the path or URL; for a record inside a JSON/JSONL file, a feed or a
    WARC it is ``FILE#KEY`` (KEY: the record's own id field, else its URL, else its
    1-based position).
    """

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as found
    fmt: str = "txt"  # txt | md | html | json | jsonl | feed | warc | url
    modified: str | None = None  # last-modified date or datetime, as found
    captured: str | None = None  # when a web archive captured the page (WARC-Date)


@dataclass
class Skipped:
    """An input that was not read, with a one-line human reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Article:
    """A normalised article, as stored. ``id`` is a hash of the normalised text."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    language: str = "en"
    url: str | None = None
    modified: str | None = None  # ISO date of the last update, when the page gives one
    captured: str | None = None  # ISO date a web archive captured the page
    #: the publication moment when the input gives a time of day (ISO 8601 datetime to the
    #: second, with the input's UTC offset when it gives one; its date is ``published``)
    published_at: str | None = None
    #: boilerplate spans of ``text`` (see :mod:`consilience.boilerplate`); None when not
    #: computed (callers then use ``boilerplate_spans(text, title)``, a pure function)
    boilerplate: list[BoilerplateSpan] | None = field(default=None, compare=False, repr=False)

    def header(self) -> dict[str, Any]:
        """The article entry of ``story.articles`` in the brief contract.

        ``published_at``, ``modified`` and ``captured`` appear only when known.
        """
        head: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
        }
        for key in ("published_at", "modified", "captured"):
            if getattr(self, key):
                head[key] = getattr(self, key)
        return head


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True)
class Span:
    """A citation: characters ``start:end`` of article ``article``'s stored text."""

    article: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class EntityMention:
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, PRODUCT, DATE, ...
    start: int
    end: int


@dataclass
class Analysis:
    """The shared document object of one article: the article and its spaCy Doc.

    ``doc.text == article.text``, so spaCy character offsets are citation offsets.
    """

    article: Article
    doc: Doc

    @property
    def sentences(self) -> list[Sentence]:
        return [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(self.doc.sents)]

    @property
    def entities(self) -> list[EntityMention]:
        return [EntityMention(e.text, e.label_, e.start_char, e.end_char) for e in self.doc.ents]


# --------------------------------------------------------------------------- extraction


@dataclass
class Quantity:
    """A figure found in an article.

    ``value``/``low``/``high`` are in the SI base unit named by ``unit`` ("m", "kg", "s",
    "USD", "%", or "" for a count of ``noun``). ``low``/``high`` is the interval the
    qualifier implies ("up to 300 km" -> [0, 300000]); None means unbounded.
    """

    article: str
    start: int
    end: int
    text: str
    value: float
    unit: str
    dimension: str  # length | mass | money | duration | percentage | count | speed | area | ...
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # "up to", "about", "more than", ...
    surface_unit: str | None = None  # unit as written: "miles", "km"
    noun: str | None = None  # the counted thing for counts: "troops", "missiles"
    measure: str | None = None  # the property it measures: "range", "death toll"
    entity: str | None = None  # whose property: "ATACMS"
    sentence: int = -1
    #: a time of day said with no word fixing its half of the day ("at about half past
    #: three"): ``value`` is the morning reading, and the story's other readings of its slot
    #: decide (:func:`consilience.figure_half_days.resolve_half_days`)
    twelve_hour: bool = False

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass
class DateMention:
    """A date found in an article, resolved against the publication date."""

    article: str
    start: int
    end: int
    text: str
    date: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY according to precision
    precision: str  # day | month | year
    sentence: int = -1
    until: str | None = None  # last year of a span of years ("2013-14"), else None

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass
class Quote:
    article: str
    speaker: str  # resolved name, or the description of an unnamed source
    text: str  # the quoted or reported words
    start: int  # span of ``text`` in the article
    end: int
    direct: bool
    cue: str | None = None  # said, told, noted, according to, ...
    speaker_start: int | None = None  # where the speaker is named in the article
    speaker_end: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass
class Attribution:
    """Whom an article cites: an outlet, agency, official or person."""

    article: str
    source: str  # "The New York Times", "Reuters", "U.S. officials"
    cue: str  # "reported", "according to", "via", "told", ...
    start: int  # the span of the citing clause/sentence
    end: int
    kind: str = "outlet"  # outlet | agency | official | person | other

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass
class Claim:
    """One asserted clause of an article (see :mod:`consilience.claims`).

    ``start:end`` is the clause in the article text. ``actor_key``/``patient_key`` are the
    comparison keys of the actor and patient (voice undone); ``entities`` the alias-merged
    keys of every named entity in the clause, ``nouns`` its noun lemmas; ``figures`` are
    ``"dimension|unit|value|low|high|noun/entity"`` strings of the quantities in the clause (SI
    units, empty low/high = unbounded), ``dates`` ``"date|precision"`` strings.
    """

    article: str
    start: int
    end: int
    text: str
    sentence: int
    #: main | conj | content | subordinate | participial | relative | passive | absolute |
    #: reduced | appositive | title ("CEMA director Daniel Okoro": be) | nominal ("the
    #: decision to close X": close X) | permitted ("allowed X to do Y": do(X, Y)) | event
    #: ("the loss of the rocket": lose(rocket), an event noun standing alone)
    kind: str
    predicate: str  # lemma, with particle ("shut_down") or light-verb meaning
    frame: str  # class of synonymous predicates (claims.FRAMES), else the predicate
    actor: str | None = None
    actor_key: str | None = None
    actor_label: str | None = None  # spaCy entity label of the actor's head, when named
    actor_keys: list[str] = field(default_factory=list)  # with coordinated actors
    patient: str | None = None
    patient_key: str | None = None
    entities: list[str] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    negated: bool = False
    #: asserted|expected|planned|possible|conditional|future|hedged|permitted (what a granted
    #: permission lets happen: "allowed X to use Y" -> use(X, Y) permitted; not done, not denied)
    modality: str = "asserted"
    tense: str = "present"  # past | present | future
    attribution: str | None = None  # "U.S. officials", "the New York Times"
    heading: bool = False  # a headline or subheading line
    #: a state the text places before the time of writing ("until now", "previously",
    #: "in the past"): not in conflict with a later claim of the opposite polarity
    superseded: bool = False
    #: event | identity (an appositive or title: who or what an entity is) | attribute (a
    #: modifier of a noun: "a rocket built by X", "X, which cited Y"): rank below events
    role: str = "event"
    #: its text does not read alone as a statement: its subject is a pronoun whose
    #: antecedent is outside the span ("they will meet ...") or is not in the span at all
    #: ("... and *completed his medical*"), or it is an event noun phrase ("the loss of the
    #: rocket"); ``actor_key`` holds the antecedent's key when the article resolves it
    dangling: bool = False
    #: the office a role claim gives its actor (:mod:`consilience.role_nouns`):
    #: ``"normalised role|qualifier,..."``, e.g. ``"chief executive|interim"`` for "Interim
    #: chief executive X", "appointed X as interim CEO", "X takes over as acting boss"
    office: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.article, self.start, self.end)


@dataclass
class Extraction:
    """Everything the extract stage finds in one article."""

    article: str
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


# --------------------------------------------------------------------------- stories


@dataclass
class Story:
    id: str
    title: str
    articles: list[str]  # article ids, in a stable order
    duplicates: dict[str, str] = field(default_factory=dict)  # article id -> id it copies


@dataclass
class StoryContext:
    """The shared object of one story that every brief section reads (spaCy-style).

    ``analyses`` are in story order; ``extractions`` and ``sentence_vectors`` are keyed by
    article id. ``sentence_vectors[a]`` has shape ``(len(analysis.sentences), 384)``, float32,
    unit length, row i for sentence i of ``analysis.doc.sents``. ``duplicates`` maps an article
    id to the id of the article it is a near-copy of. ``brief`` holds sections already built,
    so a later section may read an earlier one.
    """

    story: Story
    analyses: list[Analysis]
    extractions: dict[str, Extraction]
    sentence_vectors: dict[str, Any]  # article id -> np.ndarray (n_sentences, 384)
    duplicates: dict[str, str] | None = None  # None: not known yet (computed on demand)
    brief: dict[str, Any] = field(default_factory=dict)
    #: article id -> {text: (384,) vector} of the article's ``brief.unit_texts``, embedded
    #: at ingest; a builder embeds whatever is missing here itself
    unit_vectors: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: article id -> the outlets that printed its text, for texts several sources printed
    printings: dict[str, list[str]] = field(default_factory=dict)

    def analysis(self, article_id: str) -> Analysis:
        for a in self.analyses:
            if a.article.id == article_id:
                return a
        raise KeyError(article_id)


# --------------------------------------------------------------------------- serialisation


def to_json(obj: Any) -> Any:
    """Dataclasses (and lists/dicts of them) to plain JSON-able data."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if isinstance(obj, list | tuple):
        return [to_json(o) for o in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    return obj


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a flat dataclass from ``asdict`` output, ignoring unknown keys."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})
