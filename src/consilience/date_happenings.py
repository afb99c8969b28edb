"""One happening told by two verbs: "The fireball lit up the county on Monday night" /
"A fireball crossed the county at 9.47pm on Tuesday", "The avalanche buried the pass on
Sunday" / "An avalanche blocked the pass on Saturday".

When a clause's subject is the happening itself (a noun WordNet puts under an event or a
natural phenomenon, :func:`consilience.date_act_lexicon.is_happening`: "fireball",
"avalanche", "earthquake", "blast"), its verb only tells how the happening showed
("lit up", "crossed", "hit"); two articles that give that subject and the same thing it
acted on ("the county", "the pass") tell one happening whatever verb each uses, so two
days for them are a date conflict. The caller adds its own checks of the clauses (alike
enough, no different arguments). Not one happening: a subject that is no happening ("The
club signed the striker on Monday" / "The club sold the striker on Tuesday" are two
acts), no shared subject noun, no shared thing ("The storm flooded the harbour on
Monday" / "The storm closed the airport on Tuesday"), or a plan beside a done act.
"""

from __future__ import annotations

import re
from typing import Any

from .date_act_lexicon import is_happening


def happening_subjects(a: dict[str, Any], b: dict[str, Any]) -> frozenset[str]:
    """The subject nouns (lemmas) two date mentions share that name a happening; empty
    when either mention is planned or they share no thing acted on (:func:`_acted_on`).
    ``a`` and ``b`` are date mentions as :func:`consilience.dates._mentions` gives them
    (keys ``"subjects"``, ``"things"``, ``"planned"``, ``"text"``); never raises on a
    missing key."""
    if a.get("planned") or b.get("planned"):
        return frozenset()
    if not (_acted_on(a, b) or _acted_on(b, a)):
        return frozenset()
    shared = (a.get("subjects") or frozenset()) & (b.get("subjects") or frozenset())
    return frozenset(n for n in shared if is_happening(n))


def _acted_on(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A thing ``a``'s act acts on (a lemma of ``a["things"]``) is a word of ``b``'s clause,
    as its object or in a phrase ("rocked the refinery" / "tore through the refinery"),
    singular or plural; subjects of ``b`` are not counted."""
    words = set(re.findall(r"[a-z]+", str(b.get("text") or "").lower()))
    words -= set(b.get("subjects") or ())
    things = set(a.get("things") or ()) - set(a.get("subjects") or ())
    return any(t in words or t + "s" in words or t + "es" in words for t in things)
