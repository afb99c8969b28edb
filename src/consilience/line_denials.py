"""Claims another article denies: the same act of the same thing, done in one article and
denied in another ("The school has closed so that it can be deep cleaned" / "St Aldric's
will not close, the county council said"). A headline or summary line must be a claim no
article contradicts, whether or not the statement conflict made it into the brief's
conflicts (issue #11; held-out s12 k6, the headline one side of a dispute).

    Denials(nodes, texts).denied(i) -> bool

A claim on an event its object names ("has promised an independent inquiry") is denied by
another article's negated claim of the same actor on the same event in another verb
("will not open an inquiry"): promising, ordering or opening an inquiry all assert that it
takes place (:func:`event_patient`, WordNet's event nouns).

Two claims are one act of one thing when they share a specific predicate class (``frame``,
not "be", "say" and the other :data:`consilience.unique.GENERIC_FRAMES`) and an argument
(actor or patient key), or their arguments are two parts of one name that an article of
the story gives whole in one noun phrase or one's name shortened ("Harlow Museum" of
"Harlow Museum of Clocks"; "St Aldric's" and "Primary School" of "St
Aldric's Primary School"). One denies the other when exactly one is negated and the
negation is not merely of a plan's opposite: "has not paid" / "will pay next month" is a
plan, not a denial (:data:`consilience.opposition.PENDING`), and a hedged or conditional
negation ("may not close") denies nothing. A state the text places before now
(``Claim.superseded``) is history, not a reading.

An actor another article says was **not there** ("did not attend", "never arrived": a
negated verb of presence, :func:`presence_verb`) did nothing there: a done act of the same
actor ("watched from the royal box") is denied (:meth:`Denials._absence_denied`).

An act the text leaves **undone** denies that it was done, whatever the clause's own
predicate is read as ("The coroner has yet to rule on whether the find is treasure" is a
"have" clause to the claim reader): "has yet to V", "is yet to V", "has not yet V-ed", "still has to be V-ed", "still
needs to V" (:func:`undone_act`, from the parse). It denies a done act of another article with the
same actor whose predicate WordNet relates to V ("has yet to approve" / "approved"), or,
when V leaves a question open, that settles it (a "whether" clause under V, one of whose nouns
the done act names: "yet to rule on whether the find is treasure" / "declared the hoard
treasure").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .analyse import tokens_in
from .date_act_lexicon import is_event_noun
from .lexicon import antonyms, opposite, reaches, same_sense, senses
from .opposition import PENDING
from .subject_pronouns import PRONOUNS
from .unique import GENERIC_FRAMES
from .unique_paraphrase import related_verbs

if TYPE_CHECKING:
    from .align import Node
    from .claim_spans import Texts
    from .model import Claim

#: modalities of a negation that leaves the act open ("may not", "could not", "if ... not")
_OPEN = frozenset({"possible", "conditional", "hedged"})
#: claim kinds that only name or describe an entity: they assert no act
_NAMING = frozenset({"title", "appositive", "reduced"})


def denies(a: Claim, b: Claim) -> bool:
    """Exactly one of ``a`` and ``b`` is negated, and the negation denies the other's act:
    the asserted side is not a plan or expectation (:data:`consilience.opposition.
    PENDING`, future tense) while the negated side is a deed ("will pay" / "has not paid"),
    the negated side is not hedged or conditional, and neither is a superseded state."""
    if a.negated == b.negated or a.superseded or b.superseded:
        return False
    pos, neg = (a, b) if b.negated else (b, a)
    if neg.modality in _OPEN:
        return False
    pos_pending = pos.modality in PENDING or pos.tense == "future"
    neg_pending = neg.modality in PENDING or neg.tense == "future"
    return not (pos_pending and not neg_pending)


#: verbs whose first WordNet senses tell being present somewhere (:func:`presence_verb`)
PRESENCE = ("attend", "arrive", "show_up")


def _plain_act(c: Claim) -> bool:
    """``c`` asserts an act of a named actor: not negated, hedged, superseded or naming."""
    return bool(c.actor_keys) and not (
        c.negated or c.superseded or c.kind in _NAMING or c.modality in _OPEN
    )


def opposite_act(a: Claim, b: Claim) -> bool:
    """``a`` and ``b`` tell one actor (an actor key in common) doing opposite acts
    (WordNet antonyms, :func:`consilience.lexicon.opposite`: pass / fail, win / lose,
    accept / reject) on one thing: a noun in common besides the actor's words and
    points or spans of time (:func:`time_noun`)."""
    if not set(a.actor_keys) & set(b.actor_keys) or a.tense != b.tense:
        return False
    if not opposite(a.predicate, b.predicate, "v"):
        return False
    actor = {w for k in [*a.actor_keys, *b.actor_keys] for w in k.split()}
    shared = (set(a.nouns) & set(b.nouns)) - actor
    return any(not time_noun(w) for w in shared)


@lru_cache(maxsize=1024)
def presence_verb(frame: str) -> bool:
    """``frame`` (a predicate lemma) tells being present: it shares a synset among the
    first senses with one of :data:`PRESENCE` ("attend", "go_to"; "arrive", "come";
    "show_up", "turn_up", "appear")."""
    verb = frame.lower()
    return any(verb == p or same_sense(verb, p, "v", first=2) for p in PRESENCE)


def event_patient(c: Claim) -> str | None:
    """The key of ``c``'s object when its head noun names something that happens
    (:func:`consilience.date_act_lexicon.is_event_noun`: "inquiry", "strike", "vote"),
    else None: the act on it is the event's coming about, whatever the verb."""
    key = c.patient_key
    if not key or c.frame in GENERIC_FRAMES:
        return None
    return key if is_event_noun(key.split()[-1]) else None


#: light verbs: their object or goal noun carries the act ("take to court", "go to court",
#: "make an offer", "give a concert"), so two of them with one noun tell one act (the
#: closed class of English light/support verbs)
LIGHT_VERBS = frozenset({"take", "go", "make", "give", "get", "bring", "hold", "put", "come"})
#: WordNet 3.0 noun synsets of time: time unit ("day", "week"), point in time
#: ("deadline"), time period ("season")
_TIME_SYNSETS = ("time_unit", "point_in_time", "time_period")
#: hypernym steps from a noun's first sense to one of :data:`_TIME_SYNSETS`
TIME_DEPTH = 4


@lru_cache(maxsize=4096)
def time_noun(noun: str) -> bool:
    """``noun``'s first WordNet sense is a point or stretch of time (within
    :data:`TIME_DEPTH` hypernym steps of :data:`_TIME_SYNSETS`): "date", "day", "week",
    "deadline", "season"; not "time" (first sense: an instance), "plan" or "performance"."""
    targets = frozenset(off for name in _TIME_SYNSETS for off in senses(name, "n")[:1])
    return reaches(noun, "n", targets, 1, TIME_DEPTH)


def _holds(phrase: str, keys: set[str]) -> bool:
    """One of ``keys`` is in ``phrase`` as whole words."""
    return any(re.search(rf"\b{re.escape(k)}\b", phrase) for k in keys)


def _shortened(x: str, y: str) -> bool:
    """One key is the other's name shortened: all its words are the other's ("harlow
    museum" / "harlow museum of clocks")."""
    wx, wy = set(x.split()), set(y.split())
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def _keys(c: Claim) -> set[str]:
    return {k for k in (*c.actor_keys, c.actor_key, c.patient_key) if k}


class Denials:
    """Which claims of a story another root article denies (:meth:`denied`).

    ``nodes``: the story's claims (:class:`consilience.align.Node`); ``texts`` gives the
    parses, read once for the story's noun phrases (names given whole)."""

    def __init__(self, nodes: list[Node], texts: Texts) -> None:
        self.nodes = nodes
        self.texts = texts
        self.by_frame: dict[str, list[int]] = {}
        self.by_event: dict[str, list[int]] = {}
        for j, n in enumerate(nodes):
            if n.claim.frame not in GENERIC_FRAMES and n.claim.kind not in _NAMING:
                self.by_frame.setdefault(n.claim.frame, []).append(j)
            if n.claim.kind not in _NAMING and (event := event_patient(n.claim)):
                self.by_event.setdefault(event, []).append(j)
        self._phrases: list[str] | None = None
        self._memo: dict[int, bool] = {}
        self._undone: dict[int, Undone] | None = None
        self._open: list[tuple[int, Undone]] | None = None

    def denied(self, i: int) -> bool:
        """Some claim of another root article denies claim ``i`` (:func:`denies`) and
        states the same act of the same thing (:meth:`one_thing`)."""
        if i not in self._memo:
            self._memo[i] = self._denied(i)
        return self._memo[i]

    def _denied(self, i: int) -> bool:
        c = self.nodes[i].claim
        if c.kind in _NAMING:
            return False
        if self._left_undone(i) or self.left_open(i):
            return True
        if self._event_denied(i) or self._absence_denied(i) or self._date_left_open(i):
            return True
        if self._light_denied(i):
            return True
        if c.frame in GENERIC_FRAMES:
            return False
        for j in self.by_frame.get(c.frame, []):
            o = self.nodes[j].claim
            if self.nodes[j].root == self.nodes[i].root or not denies(c, o):
                continue
            if self.one_thing(c, o):
                return True
        return False

    def _absence_denied(self, i: int) -> bool:
        """Another root article says the actor of claim ``i`` was not there (a negated
        verb of presence, :func:`presence_verb`: "did not attend because of illness"),
        while claim ``i`` tells that actor doing something done, not planned ("watched from
        the royal box"): being absent denies every act the actor is said to have done
        there."""
        c = self.nodes[i].claim
        if c.negated or not c.actor_keys or c.modality in PENDING or c.tense == "future":
            return False
        for n in self.nodes:
            o = n.claim
            if n.root == self.nodes[i].root or not o.negated or o.modality in _OPEN:
                continue
            if o.superseded or not presence_verb(o.frame):
                continue
            if set(c.actor_keys) & set(o.actor_keys):
                return True
        return False

    def _date_left_open(self, i: int) -> bool:
        """Claim ``i`` dates a planned act of an actor to whom another root article says no
        time is set: a negated, unhedged claim of the same actor whose object is a point or
        stretch of time (:func:`time_noun`: "The orchestra has not set a date", "has not
        fixed a day") leaves the date open, so "plans to give the first performance in May
        2027" is one article's reading, not the story's."""
        c = self.nodes[i].claim
        if c.negated or not c.dates or not c.actor_keys:
            return False
        if c.modality not in PENDING and c.tense != "future":
            return False
        for n in self.nodes:
            o = n.claim
            if n.root == self.nodes[i].root or not o.negated or o.modality in _OPEN:
                continue
            if o.superseded or o.dates or not any(time_noun(w) for w in o.nouns):
                continue
            if set(c.actor_keys) & set(o.actor_keys) or any(
                _shortened(x, y) for x in c.actor_keys for y in o.actor_keys
            ):
                return True
        return False

    def _light_denied(self, i: int) -> bool:
        """Claim ``i`` and a claim of another root article, one negated (:func:`denies`),
        tell one act of one actor in light verbs (:data:`LIGHT_VERBS`, whose act their noun
        carries): "will take the law to the Constitutional Court" / "it will not go to
        court after all" share "court", the act is going to court. The actors are one
        (a key in common or shortened, a pronoun subject read as its topic:
        :meth:`topic_keys`)."""
        c = self.nodes[i].claim
        if c.predicate not in LIGHT_VERBS or c.kind in _NAMING:
            return False
        mine = self._actors(c)
        if not mine:
            return False
        for n in self.nodes:
            o = n.claim
            if n.root == self.nodes[i].root or o.predicate not in LIGHT_VERBS or o.kind in _NAMING:
                continue
            theirs = self._actors(o)
            if not theirs or not denies(c, o):
                continue
            words = {w for k in mine | theirs for w in k.split()}
            if not (set(c.nouns) & set(o.nouns)) - words:
                continue
            if mine & theirs or any(_shortened(x, y) for x in mine for y in theirs):
                return True
        return False

    def _actors(self, c: Claim) -> set[str]:
        """Actor keys of ``c``, or its topic's (:meth:`topic_keys`) when it names none."""
        return set(c.actor_keys) or self.topic_keys(c)

    def _event_denied(self, i: int) -> bool:
        """Another root article's claim denies (:func:`denies`) that one actor brings
        about one event its object names (:func:`event_patient`), whatever the verbs:
        "has promised an independent inquiry" / "will not open an inquiry", both of Rui
        Tavel -- promising, ordering, opening or holding an inquiry all assert that it
        takes place."""
        c = self.nodes[i].claim
        event = event_patient(c)
        if not event or not c.actor_keys:
            return False
        for j in self.by_event.get(event, []):
            o = self.nodes[j].claim
            if self.nodes[j].root == self.nodes[i].root or not denies(c, o):
                continue
            if set(c.actor_keys) & set(o.actor_keys) or any(
                _shortened(x, y) for x in c.actor_keys for y in o.actor_keys
            ):
                return True
        return False

    def undone(self) -> dict[int, Undone]:
        """``claim index -> (verb lemma, question nouns)`` of every claim whose clause
        leaves an act undone (:func:`undone_act`), computed once."""
        if self._undone is None:
            self._undone = {}
            for j, n in enumerate(self.nodes):
                c = n.claim
                if _YET.search(c.text) and c.kind not in _NAMING:
                    doc = self.texts.ctx.analysis(c.article).doc
                    found = undone_act(doc, c.start, c.end)
                    if found is not None:
                        self._undone[j] = found
        return self._undone

    def _left_undone(self, i: int) -> bool:
        """Claim ``i`` is a done act that another root article leaves undone, or leaves
        undone an act another root article reports done (:func:`settles`), with one actor."""
        undone = self.undone()
        if not undone:
            return False
        mine = undone.get(i)
        for j, n in enumerate(self.nodes):
            if n.root == self.nodes[i].root:
                continue
            theirs = undone.get(j)
            if mine is None and theirs is not None:
                done, left = self.nodes[i].claim, (n.claim, theirs)
            elif mine is not None and theirs is None:
                done, left = n.claim, (self.nodes[i].claim, mine)
            else:
                continue
            if settles(done, *left):
                return True
        return False

    def open_questions(self) -> list[tuple[int, Undone]]:
        """``(claim index, (verb lemma, question nouns))`` of the questions the story's
        sentences leave open (:func:`open_question`), one per sentence, computed once."""
        if self._open is None:
            self._open = []
            seen: set[tuple[str, int]] = set()
            for j, n in enumerate(self.nodes):
                c = n.claim
                if (c.article, c.sentence) in seen or not _QUESTION_WORDS.search(c.text):
                    continue
                seen.add((c.article, c.sentence))
                doc = self.texts.ctx.analysis(c.article).doc
                s, e = self.texts.sentence(c)
                self._open.extend((j, q) for q in open_questions(doc, s, e))
        return self._open

    def left_open(self, i: int) -> bool:
        """Claim ``i`` settles a question another root article says is open ("Ticket
        holders will get a full refund" / "It is not clear whether fans will get refunds"):
        asserted, not negated, its predicate the open question's verb by WordNet
        (:func:`consilience.unique_paraphrase.related_verbs`) and naming one of its nouns."""
        c = self.nodes[i].claim
        if c.negated or c.superseded or c.modality in _OPEN or c.kind in _NAMING:
            return False
        for j, (verb, nouns) in self.open_questions():
            if self.nodes[j].root == self.nodes[i].root:
                continue
            if nouns & set(c.nouns) and related_verbs(verb, c.predicate):
                return True
        return False

    def opposed(self, i: int) -> bool:
        """Another root article tells the actor of claim ``i`` doing the opposite on the
        same thing (:func:`opposite_act`): "The ferry passed its safety check in May" /
        "the ferry had failed a hull check". Neither claim negated, hedged or superseded;
        a line stating one of them states one side of a dispute."""
        c = self.nodes[i].claim
        if not _plain_act(c):
            return False
        return any(
            n.root != self.nodes[i].root and _plain_act(n.claim) and opposite_act(c, n.claim)
            for n in self.nodes
        )

    def one_thing(self, a: Claim, b: Claim) -> bool:
        """``a`` and ``b`` share an argument key, one key is another shortened
        (:func:`_shortened`), or a key of each is part of one noun phrase of the story (a name given whole: "st aldric" and "primary school" in "St
        Aldric's Primary School"). A claim whose subject is a pronoun the claim reader left
        unresolved has the keys of its topic (:meth:`topic_keys`)."""
        ka, kb = self._keys(a), self._keys(b)
        if ka & kb or any(_shortened(x, y) for x in ka for y in kb):
            return True
        if not (ka and kb):
            return False
        return any(_holds(p, ka) and _holds(p, kb) for p in self.phrases())

    def _keys(self, c: Claim) -> set[str]:
        """Argument keys of ``c`` (:func:`_keys`), with its topic's (:meth:`topic_keys`)
        when it names no actor."""
        return _keys(c) | (set() if c.actor_keys else self.topic_keys(c))

    def topic_keys(self, c: Claim) -> set[str]:
        """The subject of the sentence before ``c``'s, as a key, when ``c``'s own subject
        is a third-person pronoun the claim reader could not resolve (two candidates or
        none by agreement): "Marchand lost control and was airlifted to hospital. *He*
        broke his left leg." The previous sentence's subject (a passive one included) is
        the topic a pronoun subject continues (the centering rule of discourse reference);
        empty when ``c`` has no pronoun subject or that subject is itself a pronoun."""
        doc = self.texts.ctx.analysis(c.article).doc
        if c.sentence < 1 or not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PRONOUNS
            for t in tokens_in(doc, c.start, c.end)
        ):
            return set()
        s, e = self.texts.sentence_spans(c.article)[c.sentence - 1]
        root = next((t for t in tokens_in(doc, s, e) if t.dep_ == "ROOT"), None)
        subj = next(
            (t for t in (root.children if root is not None else ()) if t.dep_.startswith("nsubj")),
            None,
        )
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return set()
        ent = next((x for x in doc.ents if x.start <= subj.i < x.end), None)
        return {ent.text.lower() if ent is not None else subj.lemma_.lower()}

    def phrases(self) -> list[str]:
        """Lower-cased noun phrases of the story's articles that hold a proper noun, in
        article order (computed once)."""
        if self._phrases is None:
            found: set[str] = set()
            for a in self.texts.ctx.analyses:
                doc = a.doc
                for chunk in doc.noun_chunks:
                    if any(t.pos_ == "PROPN" for t in chunk):
                        found.add(chunk.text.lower())
            self._phrases = sorted(found)
        return self._phrases


#: ``(verb lemma, nouns of the question it leaves open)`` of an undone act
Undone = tuple[str, frozenset[str]]
_YET = re.compile(r"\b(?:yet|still)\b", re.I)
#: subordinators of an open question: "rule on *whether* ...", "decide *if* ..."
_QUESTION_MARKS = frozenset({"whether", "if"})


def undone_act(doc, start: int, end: int) -> Undone | None:
    """The act the text ``start:end`` of ``doc`` (an article's parse; character offsets)
    leaves undone, as ``(verb lemma, question nouns)``: the infinitive after "yet" ("has
    yet to rule", "is yet to approve") or a negated verb with "yet" ("has not yet
    decided"); the question nouns are the noun lemmas of a "whether"/"if" clause that
    verb governs, directly or through a preposition ("rule on whether the find is
    treasure" -> {"find", "treasure"}). None when the text leaves no act undone."""
    for tok in tokens_in(doc, start, end):
        if tok.dep_ != "advmod" or not _undone_marker(tok):
            continue
        head = tok.head
        verb = next((c for c in head.children if c.dep_ == "xcomp" and tok.i < c.i), None)
        if verb is None and any(c.dep_ == "neg" for c in head.children):
            verb = head
        if verb is not None:
            return verb.lemma_.lower(), _question_nouns(verb)
    return None


#: verbs of a pending obligation, "still" on which leaves their infinitive undone: "*still
#: has to* be confirmed", "*still needs to* be ratified", "*is still to* be approved",
#: "*still remains to* be signed" (the closed class of English semi-modals of obligation)
_PENDING_HEADS = frozenset({"have", "need", "be", "remain"})


def _undone_marker(tok) -> bool:
    """``tok`` (an adverb) marks its verb's act as not yet done: "yet", or "still" on a
    verb of pending obligation (:data:`_PENDING_HEADS`) or on a negated verb ("has still
    not decided"); "still wants to run" leaves nothing undone."""
    if tok.lower_ == "yet":
        return True
    if tok.lower_ != "still":
        return False
    head = tok.head
    return head.lemma_.lower() in _PENDING_HEADS or any(c.dep_ == "neg" for c in head.children)


def _question_nouns(verb) -> frozenset[str]:
    """Noun lemmas of the open question a verb governs ("on whether the find is
    treasure"): a clausal dependent, or one through a preposition, marked by
    :data:`_QUESTION_MARKS`."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
    clauses += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    for cl in clauses:
        if any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in cl.children):
            return frozenset(t.lemma_.lower() for t in cl.subtree if t.pos_ in ("NOUN", "PROPN"))
    return frozenset()


def settles(done: Claim, left: Claim, undone: Undone) -> bool:
    """Claim ``done`` reports done the act claim ``left`` leaves undone (``undone``, from
    :func:`undone_act`): ``done`` is asserted, not negated, not a plan, of the same actor
    or done to the subject of ``left`` (a passive left undone: "Its discovery still has to
    be confirmed" / "The centre has confirmed the discovery"),
    and it names a noun of the question the undone verb leaves open, or, when the verb
    leaves no question open, its predicate is that verb by WordNet
    (:func:`consilience.unique_paraphrase.related_verbs`)."""
    if done.negated or done.superseded or done.modality != "asserted" or done.tense == "future":
        return False
    left_subject = set(left.actor_keys or [left.actor_key]) - {None}
    same_actor = set(done.actor_keys or [done.actor_key]) & left_subject
    if not same_actor and done.patient_key not in left_subject:
        return False  # neither one doer nor "its discovery still has to be confirmed"
    if done.actor_key is None:
        return False
    verb, question = undone
    if question:  # what is undone is the question: the deed must settle that one
        return bool(question & set(done.nouns) - set(done.actor_keys))
    return related_verbs(verb, done.predicate)


_QUESTION_WORDS = re.compile(r"\b(?:whether|if)\b", re.I)
#: how far up from a "whether" clause the word that leaves it open may sit ("too early
#: *to say* whether", "not clear whether", "has not said whether")
_OPEN_REACH = 3


def open_questions(doc, start: int, end: int) -> list[Undone]:
    """The questions the text ``start:end`` of ``doc`` leaves open, as ``(verb lemma,
    noun lemmas)`` of each "whether"/"if" clause whose governor, or one of its next
    :data:`_OPEN_REACH` heads, says the answer is not known (:func:`_not_known`): "it is
    not clear whether fans will get refunds" -> ("get", {"fan", "refund"}); "too early to
    say whether the leak caused the collapse"; "has not said whether it holds insurance".
    An inquiry "into whether" or a question asked leaves no such doubt of the writer's."""
    found: list[Undone] = []
    for tok in tokens_in(doc, start, end):
        if tok.dep_ != "mark" or tok.lower_ not in _QUESTION_MARKS:
            continue
        clause = tok.head
        conditional = tok.lower_ == "if" and clause.dep_ != "ccomp"  # "if it rains, ..."
        head, steps = clause.head, 0
        while steps < _OPEN_REACH and head.i != clause.i:
            if _not_known(head, unknown_only=conditional):
                nouns = {t.lemma_.lower() for t in clause.subtree if t.pos_ in ("NOUN", "PROPN")}
                found.append((clause.lemma_.lower(), frozenset(nouns)))
                break
            if head.head.i == head.i:
                break
            head, steps = head.head, steps + 1
    return found


def _not_known(tok, unknown_only: bool = False) -> bool:
    """``tok`` (or its adjective complement: "it was *unclear* whether") says an answer is
    not known: an adjective whose WordNet antonym is itself without its "un-" ("unclear",
    "uncertain", "unknown"); unless ``unknown_only`` (an "if" clause that may be a
    condition), also a negated word ("not clear", "has not said") or one modified by "too"
    ("too early to say")."""
    for t in [tok] + [c for c in tok.children if c.dep_ == "acomp"]:
        word = t.lower_
        if word.startswith("un") and word[2:] in antonyms(word, "a"):
            return True
        if unknown_only:
            continue
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.lower_ == "too" and c.dep_ == "advmod" for c in t.children):
            return True
    return False
