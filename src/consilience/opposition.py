"""When two claims of one actor cannot both hold: opposite predicates (an explicit antonym
lexicon of claim frames), opposite polarity, or one done and the other still to come.

    opposed(a, b) -> "antonym" | "polarity" | "modality" | None

Used by the aligner (opposed claims never align) and by the statement conflicts
(:mod:`consilience.statements`). Frame names are :data:`consilience.claims.FRAMES` values.
"""

from __future__ import annotations

from .model import Claim

#: frames that cannot both hold of one actor and patient at one time
ANTONYMS: frozenset[frozenset[str]] = frozenset(
    frozenset(p)
    for p in [
        ("approve", "reject"),
        ("run", "shut_down"),
        ("open", "shut_down"),
        ("confirm", "deny"),
        ("support", "oppose"),
        ("praise", "criticize"),
        ("join", "dissent"),
        ("convict", "acquit"),
        ("arrest", "release"),
        ("win", "lose"),
        ("rise", "fall"),
        ("accept", "reject"),
        ("survive", "die"),
    ]
)


def opposed(a: Claim, b: Claim) -> str | None:
    """Why two claims with one actor state incompatible things, or None: ``"antonym"``
    (approve / reject), ``"polarity"`` (approved / did not approve), ``"modality"`` (done in
    one, only expected or planned in the other). A state the text places before now
    ("until now ... had been reluctant") opposes nothing current: it is history, not a
    reading."""
    if a.superseded != b.superseded:
        return None
    if frozenset((a.frame, b.frame)) in ANTONYMS:
        return "antonym"
    if a.frame != b.frame:
        return None
    if a.negated != b.negated:
        return "polarity"
    done = {"asserted"}
    pending = {"expected", "planned", "future", "possible"}
    if (a.modality in done and a.tense == "past" and b.modality in pending) or (
        b.modality in done and b.tense == "past" and a.modality in pending
    ):
        return "modality"
    return None
