"""The thing a time of day is told of, read off the parse (the label of a clock slot).

Articles tell one moment with many verbs ("a fireball streaked across the sky at 9:47
p.m.", "the fireball crossed the county at 9.47pm", "a fireball observed at 9:47 pm"):
a slot merged from them is best named by the noun they share ("fireball (time of
day)"), never by a class word none of them wrote. The noun of a time of day is the noun
the time hangs on ("the kick-off at 3 pm" -> "kick-off"), else the noun its clause is
told of: the subject of its verb, active or passive ("the dam was breached at 4 a.m." ->
"dam"), or the noun a participle or relative clause describes ("a tremor felt at 2:10 a.m.",
"the tremor, which struck at 2:10 a.m." -> "tremor"). Pronouns and names are no such noun: they vary between articles.
"""

from __future__ import annotations

_SUBJECTS = ("nsubj", "nsubjpass")
_DESCRIBING = ("acl", "relcl")


def clock_noun(span) -> str | None:
    """The lower-cased lemma of the common noun the time of day ``span`` (a spaCy span, or
    None) is told of (see the module doc), or None when the parse names none."""
    if span is None:
        return None
    tok = span.root
    for _ in range(3):  # up through "at" / "around" / "shortly after" to what it modifies
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ != "ADP" and tok.dep_ != "prep":
            break
    if tok.pos_ == "NOUN" and tok.dep_ == "poss" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "a 10.30am children's screening": the screening's time, not theirs
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if subj is not None and subj.tag_ in ("WDT", "WP"):
        subj = None  # "the tornado, which hit ...": the noun the relative clause describes
    if subj is not None:
        return subj.lemma_.lower() if subj.pos_ == "NOUN" else None
    if tok.dep_ in _DESCRIBING and tok.head.pos_ == "NOUN":
        return tok.head.lemma_.lower()
    return None


def shared_clock_noun(spans: list[tuple[str, object]], articles: int = 2) -> str | None:
    """The noun (:func:`clock_noun`) that more than half the readings of one clock slot
    are told of, from at least ``articles`` articles; ``spans`` holds (article id, spaCy
    span or None) per reading. None when no noun has such a majority."""
    nouns = [(aid, clock_noun(span)) for aid, span in spans]
    counts: dict[str, set[str]] = {}
    for aid, noun in nouns:
        if noun:
            counts.setdefault(noun, set()).add(aid)
    for noun, aids in sorted(counts.items()):
        hits = sum(1 for _, n in nouns if n == noun)
        if len(aids) >= articles and 2 * hits > len(nouns):
            return noun
    return None
