"""A count of one told without a number: "the only person arrested", "the only man charged",
"the sole survivor of the crash" is a figure of 1, to be compared with "Police arrested two
men" in another article.

    only_ones(doc, article, sentence_of) -> [Quantity, ...]

An only-one is a noun with "the" and "only" or "sole" before it ("the only person", "the
sole passenger") and a participle or relative clause after it that tells what befell it
("arrested", "who was charged", "to survive"); the figure's noun is the noun's lemma and its
property the participle's lemma, as a counted figure's verb gives it ("two men were
arrested": "arrest"). Not "the only way", "the only time" (nouns of no thing counted:
:data:`NOT_COUNTED`), nor "not the only ..." (a denial of being alone).
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Quantity

#: words that make the noun one of one
ALONE = frozenset({"only", "sole"})
#: nouns an "only" picks out of no count: "the only way", "the only time"
NOT_COUNTED = frozenset({
    "way", "time", "thing", "option", "reason", "choice", "hope", "answer", "question",
    "place", "day", "year", "moment", "chance", "difference", "problem", "issue",
})  # fmt: skip


def only_ones(doc, article: str, sentence_of: Callable[[int], int]) -> list[Quantity]:
    """Every only-one of the spaCy ``doc`` of article ``article`` as a count of 1 (module
    doc); ``sentence_of(token_index)`` gives the sentence index a figure records."""
    out = []
    for tok in doc:
        if tok.lower_ not in ALONE or tok.dep_ != "amod" or tok.head.pos_ not in ("NOUN", "PRON"):
            continue
        noun = tok.head
        det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if det is None or noun.lemma_.lower() in NOT_COUNTED or _denied(noun):
            continue
        act = _what_befell(noun)
        if act is None:
            continue
        end = act.idx + len(act.text)
        out.append(
            Quantity(
                article=article,
                start=det.idx,
                end=end,
                text=doc.text[det.idx : end],
                value=1.0,
                unit="",
                dimension="count",
                low=1.0,
                high=1.0,
                noun=noun.lemma_.lower(),
                measure=act.lemma_.lower(),
                sentence=sentence_of(noun.i),
            )
        )
    return out


def _what_befell(noun):
    """The participle ("arrested") or relative clause's verb ("who was charged") after
    ``noun`` that tells what befell it; None without one."""
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "acl" and c.tag_ == "VBN":
            return c  # "the only person arrested"
        if c.dep_ == "relcl" and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children):
            return c  # "the only man who was charged"
    return None


def _denied(noun) -> bool:
    """ "He was not the only person arrested": the copula that makes ``noun`` its
    complement is negated."""
    verb = noun.head
    return noun.dep_ == "attr" and any(c.dep_ == "neg" for c in verb.children)
