"""Whether another source restates a one-source line: a summary made of the articles' lead
sentences (when no two articles share a claim the aligner found) must still rest on what
several articles state (issue #11). A lead sentence no other root article retells in its
own words ("Ministers have not yet signed off the rise, the Gazette understands" beside
"The Department for Transport approved the increase last week") is one source's fact, a
unique line, not a summary line.

    Echoes(nodes, texts).echoed(article, start, end) -> bool

A line is **echoed** when some sentence of another root article holds at least
:data:`ECHO_SHARE` of the line's content words (nouns, proper nouns, verbs, adjectives and
numbers that are no stop words), by lemma or by a WordNet synonym among their first senses
(:func:`consilience.lexicon.synonyms`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .analyse import tokens_in

if TYPE_CHECKING:
    from .align import Node
    from .claim_spans import Texts

#: share of a line's content words a sentence of another root article must hold
ECHO_SHARE = 0.5
#: spaCy parts of speech of content words, with their WordNet part of speech
_POS = {"NOUN": "n", "PROPN": "n", "VERB": "v", "ADJ": "a", "NUM": "n"}

Word = tuple[str, str]


def content_words(tokens) -> set[Word]:
    """``(lemma, WordNet pos)`` of the content words among ``tokens``."""
    return {
        (t.lemma_.lower(), _POS[t.pos_])
        for t in tokens
        if t.pos_ in _POS and not t.is_stop and (t.is_alpha or t.like_num)
    }


class Echoes:
    """The content words of every sentence of a story, per root article (module doc)."""

    def __init__(self, nodes: list[Node], texts: Texts) -> None:
        self.texts = texts
        self.roots = {n.claim.article: n.root for n in nodes}
        self.sentences: dict[str, list[set[Word]]] = {}
        for article in sorted(self.roots):
            doc = texts.ctx.analysis(article).doc
            root = self.roots[article]
            self.sentences.setdefault(root, []).extend(content_words(s) for s in doc.sents)

    def echoed(self, article: str, start: int, end: int) -> bool:
        """Some sentence of another root article holds :data:`ECHO_SHARE` of the content
        words of ``start:end`` of ``article``; True for a line of no content words, and in a
        story of one root article (nothing else could restate it: its brief is one source's)."""
        if len(self.sentences) < 2:
            return True
        doc = self.texts.ctx.analysis(article).doc
        mine = content_words(tokens_in(doc, start, end))
        if not mine:
            return True
        need = ECHO_SHARE * len(mine)
        own = self.roots.get(article)
        return any(
            _found(mine, there) >= need
            for root, sents in self.sentences.items()
            if root != own
            for there in sents
        )


def _found(mine: set[Word], there: set[Word]) -> int:
    """How many of ``mine`` ``there`` holds, by lemma or by a WordNet synonym, each of the
    same part of speech."""
    return sum(
        1
        for lemma, pos in mine
        if (lemma, pos) in there
        or any(w in lexicon.synonyms(lemma, pos) for w, p in there if p == pos)
    )
