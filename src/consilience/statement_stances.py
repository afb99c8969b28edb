"""The reporting act of a reported claim, as a claim of its own: "the ministry *denied*
that the talks had collapsed" states the ministry's denial as much as the collapse.

    stance_claim(analysis, claim) -> Claim | None

The claim extractor (:mod:`consilience.claims`) keeps the content clause of a reporting
verb ("the talks had collapsed") with the speaker as its attribution and drops the verb.
When that verb takes a side on the truth of its content (:data:`TRUTH_VERBS`: confirm,
acknowledge, admit / deny, dismiss, dispute, refute), the act is a claim of the speaker --
frame ``confirm`` or ``deny``, actor the verb's subject, negated when the verb is ("did not
confirm that ..."), its object the content's subject and nouns -- so that "the ministry
confirmed that the talks had collapsed" and "the ministry denied that the talks had
collapsed" are opposed (:mod:`consilience.opposition`, scale ``truth``), and so are "the
fire service confirmed that the fire was caused by a fault" and "the fire service did not
confirm the cause of the fire". The stance claim spans the whole sentence.
"""

from __future__ import annotations

from .claims import arg_keys, article_names
from .model import Analysis, Claim

#: reporting verbs that take a side on their content's truth: lemma -> frame
TRUTH_VERBS: dict[str, str] = {
    **dict.fromkeys("confirm verify acknowledge admit".split(), "confirm"),
    **dict.fromkeys("deny dismiss dispute refute".split(), "deny"),
}


def stance_claim(analysis: Analysis, c: Claim) -> Claim | None:
    """The reporting act of content claim ``c`` when its verb is one of
    :data:`TRUTH_VERBS`, else None (module doc). Offsets are those of the sentence."""
    if c.kind != "content":
        return None
    doc = analysis.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    verb = root.head if root.dep_ == "ccomp" else None
    if verb is None or verb.lemma_.lower() not in TRUTH_VERBS:
        return None
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    keys = arg_keys(subj, article_names(doc)) if subj is not None else []
    if not keys:
        return None
    sent = verb.sent
    phrase = doc[subj.left_edge.i : subj.right_edge.i + 1].text
    return Claim(
        article=c.article,
        start=sent.start_char,
        end=sent.end_char,
        text=sent.text,
        sentence=c.sentence,
        kind="stance",
        predicate=verb.lemma_.lower(),
        frame=TRUTH_VERBS[verb.lemma_.lower()],
        actor=phrase,
        actor_key=keys[0],
        actor_label=subj.ent_type_ or None,
        actor_keys=keys,
        patient_key=c.actor_key or c.frame,
        entities=list(c.entities),
        nouns=[*c.nouns, c.frame],
        negated=any(t.dep_ == "neg" for t in verb.children),
        tense="past",
        heading=c.heading,
    )
