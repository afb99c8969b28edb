"""The reporting act of a reported claim, as a claim of its own: "the ministry *denied*
that the talks had collapsed" states the ministry's denial as much as the collapse.

    stance_claim(analysis, claim) -> Claim | None
    nominal_claim(analysis, claim) -> Claim | None   # "announced her resignation": resign
    with_referent(analysis, claim) -> Claim     # "he" / "the 24-year-old": the person named

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

from dataclasses import replace

from .claims import FRAMES, arg_keys, article_names
from .entity_types import PRONOUN_SEX
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


#: subjects that refer back to a person named before ("he", "the 24-year-old")
ANAPHORS = frozenset({"he", "she"})
#: nouns of a definite description that refers back to a person ("the striker")
BACK_NOUNS = frozenset(
    "striker forward midfielder defender goalkeeper keeper winger player coach manager "
    "veteran youngster teenager newcomer incumbent challenger".split()
)
#: where a person a later "he" means is named: as a clause's subject or object, not inside
#: a prepositional phrase ("signed Tomas Arrieta *from Sporting Valmora*")
CORE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "attr", "ROOT"})
LOOK_BACK = 3  # sentences before the claim's own in which its referent may be named


def with_referent(analysis: Analysis, c: Claim, names=None) -> Claim:
    """``c`` with the person its subject or object refers back to: when the subject is
    "he"/"she" or a definite description of a person ("the 24-year-old Uruguayan", "the
    defender"), that person's key added to ``actor_keys``; when the object is "him"/"her"
    ("the judge remanded him"), its ``patient_key`` set to it. The person is the last one
    named in the claim's sentence (before the claim) or the :data:`LOOK_BACK` sentences
    before it, preferring one named as a subject or object (:data:`CORE_ROLES`); else
    ``c`` is returned. ``names``: the article's :func:`consilience.claims.article_names`
    (computed when None)."""
    subject, obj = anaphoric(c), object_pronoun(c)
    if not (subject or obj):
        return c
    keys = _referent(analysis, c, names)
    if not keys:
        return c
    if obj:
        return replace(c, patient_key=keys[0])
    new = [k for k in keys if k not in c.actor_keys]
    return replace(c, actor_keys=[*new, *c.actor_keys]) if new else c


def _referent(analysis: Analysis, c: Claim, names) -> list[str]:
    """Keys of the person an anaphor of ``c`` refers back to (see :func:`with_referent`)."""
    doc = analysis.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return []
    sents = [s for s in doc.sents if s.start <= span.sent.start][-(LOOK_BACK + 1) :]
    first = sents[0].start_char
    people = [e.root for e in doc.ents if e.label_ == "PERSON" and first <= e.start_char < c.start]
    people = sorted([*people, *_surnames(doc, first, c.start)], key=lambda t: t.i)
    sex = PRONOUN_SEX.get(_anaphor(c))
    if sex is not None:  # "Police haven't named her yet": never the man named before
        people = [t for t in people if _told_sex(t) in (None, sex)]
    core = [t for t in people if t.dep_ in CORE_ROLES] or people
    if not core:
        return []
    return arg_keys(core[-1], names if names is not None else article_names(doc))


#: titles that tell a person's sex
_TITLE_SEX = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _anaphor(c: Claim) -> str:
    """The pronoun an anaphoric claim refers back with: its object "him"/"her" or its
    subject "he"/"she"; "" for a description ("the defender")."""
    if object_pronoun(c):
        return (c.patient or "").lower().strip()
    return (c.actor or "").lower().strip()


def _told_sex(tok) -> str | None:
    """The sex the text tells of the person named at token ``tok``: a title before the
    name ("Mrs Dovey"), else the first personal pronoun after it in its sentence or the
    next ("Arthur Penhallow, aged 81, who was found in *his* cottage"); None when
    neither tells."""
    doc = tok.doc
    before = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    for t in (*tok.subtree, before):
        if t is not None and t.i <= tok.i and t.lower_.rstrip(".") in _TITLE_SEX:
            return _TITLE_SEX[t.lower_.rstrip(".")]
    sent = tok.sent
    end = min(len(doc), sent.end + len(next(iter(doc[sent.end :].sents), [])))
    for t in doc[tok.i + 1 : end]:
        if t.pos_ == "PRON" and t.lower_ in PRONOUN_SEX:
            return PRONOUN_SEX[t.lower_]
    return None


def _surnames(doc, first: int, end: int) -> list:
    """Proper nouns between character offsets ``first`` and ``end`` that the tagger left
    out of every entity but that are the last word of a full name the article gives
    earlier, all proper nouns, whatever type the tagger gave it ("France's Theo Marchand"
    typed a place ... "*Marchand* lost control"): a surname, the person again."""
    full = [e for e in doc.ents if len(e) > 1 and all(t.pos_ == "PROPN" for t in e)]
    return [
        t
        for t in doc
        if first <= t.idx < end
        and t.pos_ == "PROPN"
        and not t.ent_type_
        and any(e[-1].lower_ == t.lower_ and e.end <= t.i for e in full)
    ]


def object_pronoun(c: Claim) -> bool:
    """The claim's object is "him" or "her" with no key of its own."""
    return (c.patient or "").lower().strip() in ("him", "her") and not c.patient_key


def anaphoric(c: Claim) -> bool:
    """The subject is "he"/"she" or "the" + a description of a person with no name."""
    words = (c.actor or "").lower().replace(",", " ").split()
    if not words or words[0] not in ("he", "she", "the"):
        return False
    if words in (["he"], ["she"]) or any(w.endswith("-year-old") for w in words):
        return True  # whatever the tagger made of "the 24-year-old Uruguayan"
    return words[0] == "the" and words[-1] in BACK_NOUNS and c.actor_label != "PERSON"


#: nouns that name an act (a nominalisation) -> the act's predicate lemma
NOMINALS: dict[str, str] = {
    "resignation": "resign",
    "retirement": "retire",
    "closure": "close",
    "shutdown": "shut_down",
    "reopening": "reopen",
    "approval": "approve",
    "rejection": "reject",
    "acquittal": "acquit",
    "conviction": "convict",
    "cancellation": "cancel",
    "suspension": "suspend",
    "withdrawal": "withdraw",
    "dismissal": "dismiss",
    "sacking": "sack",
    "victory": "win",
    "defeat": "lose",
    "concession": "concede",
    "completion": "complete",
    "destruction": "destroy",
    "survival": "survive",
}
#: verbs that report an act named by their object as done ("announced her resignation",
#: "handed in his resignation", "confirmed the closure of the depot")
CARRIERS = frozenset(
    "announce declare confirm hand hand_in tender submit order accept report".split()
)


def nominal_claim(analysis: Analysis, c: Claim) -> Claim | None:
    """The act named by the object of a reporting or handing verb, as a claim of its own:
    "Penrose announced her resignation" -> resign(Penrose); "the council confirmed the
    closure of the Fenwick Road depot" -> close(council, the depot). None unless ``c`` is
    an asserted, not negated :data:`CARRIERS` verb with a :data:`NOMINALS` object. Offsets
    are those of ``c``."""
    if c.negated or c.predicate not in CARRIERS or c.patient_key not in NOMINALS:
        return None
    span = analysis.doc.char_span(c.start, c.end, alignment_mode="expand")
    noun = next((t for t in span or () if t.lemma_.lower() == c.patient_key), None)
    if noun is None:
        return None
    verb = NOMINALS[c.patient_key]
    arg = _argument(noun)
    out = replace(
        c, kind="nominal", predicate=verb, frame=FRAMES.get(verb, verb), nouns=[*c.nouns, verb]
    )
    if arg is None:
        return replace(out, patient=None, patient_key=None)
    keys = arg_keys(arg, article_names(analysis.doc))
    phrase = arg.doc[arg.left_edge.i : arg.right_edge.i + 1].text
    if verb in INTRANSITIVE:  # "the resignation of her deputy": the deputy resigned
        return replace(
            out,
            actor=phrase,
            actor_key=keys[0] if keys else None,
            actor_keys=keys,
            actor_label=arg.ent_type_ or None,
            patient=None,
            patient_key=None,
        )
    return replace(out, patient=phrase, patient_key=keys[0] if keys else None)


#: acts whose nominalisation names their doer with "of" or a possessive ("the resignation
#: of the deputy", "Penrose's resignation"); of the others it names their object ("the
#: closure of the depot", "the depot's closure")
INTRANSITIVE = frozenset("resign retire survive win lose concede".split())


def _argument(noun):
    """The "of" object or the named possessive of a nominalisation, else None (a pronoun
    possessive, "her resignation", is the carrier's subject)."""
    of = next((g for p in noun.children if p.lower_ == "of" for g in p.children), None)
    if of is not None:
        return of
    return next((t for t in noun.children if t.dep_ == "poss" and t.pos_ != "PRON"), None)
