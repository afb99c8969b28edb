"""Attribution cues shared by quotes, provenance and claims (interim)."""

from __future__ import annotations

from .quotes import SPEECH_VERBS

REPORTING_VERBS = SPEECH_VERBS | {"report", "believe", "say"}


def is_reporting_verb(tok) -> bool:
    """Whether a spaCy token is a verb that reports speech or belief."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS
