"""The channel a message went by, and when two articles give one message two channels.

    means_readings(analysis, claim, names) -> [Reading, ...]   # kind "means"
    means_clash(a, b, published) -> bool                        # the two cannot both hold

A clause gives a means reading when a verb carries a phrase naming the channel it went
by -- "parents were told *by email*", "the request came *in an email*", "a letter that
arrived *by post*", "she was warned *over the phone*" -- or when the verb itself names one
("the college *emailed* all students", "officers *phoned* the family"). The channel is one
class of :data:`consilience.channel_words.CHANNELS` (email, post, phone, text message, fax,
in person); the reading's predicate is the verb's lemma, its theme the verb's object (or a passive's subject, or the
subject of "came" / "arrived"), its value ``("channel", class)``.

Two means readings clash (:func:`means_clash`) when both are stated (not denied, not a
plan), their channel classes differ, and they are of one message: one undergoer (a shared
key, or one head noun: "the request" / "a request") of one act, or of two communication
acts (:data:`MESSAGE_ACTS`: "was told" / "was informed", "came" / "arrived"). A message
that went by two channels at once is rare in news; an article saying so gives both
channels in one clause, and readings of one article never clash (they are compared across
articles only).
"""

from __future__ import annotations

from dataclasses import replace

from .channel_words import CLASS_OF
from .claims import arg_keys
from .event_states import Reading, _mods, _negated, _time, dated_apart
from .model import Analysis, Claim

#: verbs that name their channel ("emailed all students")
CHANNEL_VERBS = {
    "email": "email",
    "e-mail": "email",
    "text": "text",
    "phone": "phone",
    "telephone": "phone",
    "ring": "phone",
    "fax": "fax",
}
#: prepositions that introduce a channel ("by email", "via text", "over the phone",
#: "in an email", "through the post")
CHANNEL_PREPS = frozenset({"by", "via", "over", "in", "through"})
#: verbs of sending, receiving or telling a message: two of them may state one message
MESSAGE_ACTS = frozenset(
    "tell inform notify warn alert ask request contact send receive come arrive reach "
    "write learn hear email text phone ring".split()
)


def means_readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """The means readings inside ``claim``'s span (module doc); empty when the span does
    not map onto tokens. ``names``: the article's :func:`consilience.claims.article_names`."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or _negated(tok):
            continue
        time = _time(tok, claim)
        if time is None or time[0]:
            continue  # a hedge or a plan
        found = _channel_of(tok)
        if found is None:
            continue
        channel, end = found
        out.append(_reading(tok, channel, end, names, time))
    return [replace(r, dated=tuple(claim.dates)) for r in out]


def _channel_of(verb) -> tuple[str, int] | None:
    """``(channel class, last token index)`` of the channel ``verb`` names or carries;
    None when it names none or more than one ("by email and by text", "by email or
    phone": both or either, no one channel)."""
    own = CHANNEL_VERBS.get(verb.lemma_.lower())
    if own is not None and verb.tag_ != "NN":
        return own, verb.i
    found = {}
    for prep in _channel_preps(verb):
        for obj in _objects(prep):
            cls = _class_of(obj, prep)
            if cls is not None:
                found.setdefault(cls, obj.right_edge.i)
    return next(iter(found.items())) if len(found) == 1 else None


def _objects(prep) -> list:
    """The objects of a preposition with those coordinated with them ("by email or
    phone")."""
    out = [o for o in prep.children if o.dep_ == "pobj"]
    return out + [c for o in out for c in o.conjuncts]


def _class_of(obj, prep) -> str | None:
    word = obj.lemma_.lower()
    if word == "message" and any(c.lower_ == "text" for c in obj.children):
        word = "text"
    if word == "person":
        return "person" if prep.lower_ == "in" else None
    return CLASS_OF.get(word)


def _channel_preps(verb) -> list:
    """The verb's prepositions that may name a channel, with those the parser hung on the
    noun of one of its own prepositional phrases ("told of the sale *by email*")."""
    own = [c for c in verb.children if c.dep_ in ("prep", "agent")]
    nested = [
        p
        for c in own
        for o in c.children
        if o.dep_ == "pobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ != "in"
    ]
    found = own + nested
    found += [c for p in found for c in p.conjuncts]  # "by email and by text"
    return [p for p in found if p.lower_ in CHANNEL_PREPS]


def _theme(verb):
    """The message or the one told: the object, a passive's subject, or the subject of an
    intransitive verb of arriving ("the request came in an email")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    if verb.lemma_.lower() not in ("come", "arrive", "reach"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ in ("acl", "relcl") and (subj is None or subj.tag_ in ("WDT", "WP")):
        root = verb.sent.root
        if verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i:
            return root  # "A request to move the payments to X arrived by post": no verb found
        return verb.head  # "a request that arrived by post"
    return subj


def _reading(verb, channel: str, end: int, names, time) -> Reading:
    _plan, start, until = time
    theme = _theme(verb)
    if theme is not None and theme.pos_ == "PRON":
        theme = None  # "they were told": whom, unknown here
    first = min(verb.i, theme.left_edge.i) if theme is not None else verb.i
    return Reading(
        token=verb.i,
        kind="means",
        predicate=verb.lemma_.lower(),
        surface=verb.doc[first : end + 1].text,
        sign=1,
        theme=frozenset(arg_keys(theme, names)) if theme is not None else frozenset(),
        head=theme.lemma_.lower() if theme is not None else "",
        mods=_mods(theme) if theme is not None else frozenset(),
        doer=frozenset(),
        plan=False,
        start=start,
        until=until,
        phrase=theme.doc[theme.left_edge.i : theme.right_edge.i + 1].text[:80]
        if theme is not None
        else "",
        preps=frozenset({("channel", channel)}),
    )


def channel_of(r: Reading) -> str:
    """The channel class of means reading ``r``."""
    return next((w for k, w in r.preps if k == "channel"), "")


def means_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether means readings ``a`` and ``b`` give one message two channels (module doc).
    ``published``: the two articles' ISO days; readings dated to two days
    (:func:`consilience.event_states.dated_apart`) tell of two messages."""
    if a.kind != "means" or b.kind != "means" or a.plan or b.plan:
        return False
    if channel_of(a) == channel_of(b):
        return False
    one_act = a.predicate == b.predicate or (
        a.predicate in MESSAGE_ACTS and b.predicate in MESSAGE_ACTS
    )
    if not one_act or not (a.head and b.head):
        return False
    if dated_apart(a, b, published) or (a.dated and b.dated and not set(a.dated) & set(b.dated)):
        return False  # "told by email on Monday" / "told by letter on Friday": two messages
    return bool(a.theme & b.theme) or a.head == b.head
