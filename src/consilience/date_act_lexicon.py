"""The act a date attaches to, read through support verbs and compared with WordNet.

Two articles often date one act with other words: "Sentencing will take place on
December 10" / "The court will pass sentence on 3 December" / "set sentencing for
December 3"; "on sale since 2022" / "went on sale in March 2023"; "were seized on April 18"
/ "were abducted on 8 April". The verb that governs the date is then a support verb (be,
take, go, pass, set ...) that lends its date to an event noun, or one of two verbs that
WordNet puts in one synset or under one another. This module gives:

* :func:`act_head` -- the token naming the act (the event noun behind a support verb);
* :func:`act_lemmas` -- the act as lemmas: a verb and the nouns/verbs derived from it;
* :func:`same_act` -- two acts are one by lemma, shared sense or direct hypernym (first
  WordNet senses only: WordNet is polysemous);
* :func:`superlative_since` -- "the deadliest crash since 2011", "the worst on the
  railways since 2009": one property (a superlative of one subject) whose date is the last
  time it was matched;
* :func:`name_tokens` -- every word of the names in a clause ("Lucia Ferran" -> lucia,
  ferran), so a person named in full and by first name is one argument;
* :func:`role_names` / :func:`other_names` and :func:`act_things` / :func:`other_things`
  -- the act's named and common-noun arguments: one role named differently ("to Bergen" /
  "to Tromsø") or other things acted on ("a bakery" / "a warehouse") make two acts.

Pure functions over spaCy tokens; relations from :mod:`consilience.lexicon` (read-only),
with the transitive hypernym walk (:func:`is_event_noun`) built here on
:func:`consilience.lexicon.senses` and the table it reads.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .date_acts import VERB_CLASSES, verb_class
from .subject_pronouns import antecedent

#: verbs that lend their date to the event noun they take ("Sentencing will take place",
#: "went on sale", "pass sentence", "set the hearing for", "is due"): a closed class of
#: light, copular and scheduling verbs
SUPPORT_VERBS = {
    "be",
    "take",
    "go",
    "come",
    "have",
    "hold",
    "make",
    "do",
    "get",
    "give",
    "receive",  # "received a suspended sentence on 3 March": the sentencing
    "pass",
    "put",
    "stage",
    "set",
    "schedule",
    "slate",
    "plan",
    "fix",
    "book",
    "due",
}
#: the order in which a support verb's dependents are tried for its event noun
ARG_ORDER = ("dobj", "nsubjpass", "prep", "nsubj", "attr")
#: WordNet's top noun synsets of events and acts: a noun under one names something that
#: happens ("sale", "sentence", "display", "rematch"), unlike "kettle" or "place"
EVENT_TOPS = frozenset({"event"})
#: senses of a noun read when asking whether it names an event
EVENT_SENSES = 2
#: superlatives that rank on any scale ("the worst crash", "the best season"): one property
#: with any other superlative of the same subject
EVALUATIVE = frozenset({"bad", "good", "worst", "best"})
PRONOUNS = {"PRON"}


def _noun_synsets() -> dict:
    """WordNet's noun synsets by offset, as :func:`consilience.lexicon.table` holds them."""
    return lexicon.table()["synsets"]["n"]


@lru_cache(maxsize=16384)
def _ancestors(noun: str, first: int) -> frozenset[str]:
    """Head lemmas of every hypernym, transitively, of the first ``first`` senses of ``noun``."""
    out: set[str] = set()
    seen: set[int] = set()
    stack = list(lexicon.senses(noun, "n")[:first])
    while stack:
        off = stack.pop()
        if off in seen:
            continue
        seen.add(off)
        lemmas, hypers = _noun_synsets()[off][:2]
        out.add(lemmas[0])
        stack.extend(hypers)
    return frozenset(out)


def _gerund_verb(noun: str) -> str | None:
    """The verb of an "-ing" noun WordNet lacks ("sentencing" -> "sentence"), else None."""
    if not noun.endswith("ing") or len(noun) < 7:
        return None
    for stem in (noun[:-3], noun[:-3] + "e", noun[:-4]):
        if lexicon.senses(stem, "v"):
            return stem
    return None


def is_event_noun(noun: str) -> bool:
    """``noun`` (a lemma) names something that happens: one of its first
    :data:`EVENT_SENSES` WordNet senses lies under :data:`EVENT_TOPS`, or it is the "-ing"
    form of a verb."""
    noun = noun.lower()
    return bool(_ancestors(noun, EVENT_SENSES) & EVENT_TOPS) or _gerund_verb(noun) is not None


def is_person_noun(noun: str) -> bool:
    """``noun`` (a lemma) names a person by its first WordNet sense ("winner", "champion",
    "nominee"): that sense lies under the synset whose head lemma is "person"."""
    return "person" in _ancestors(noun.lower(), 1)


#: WordNet's top noun synsets of things that happen to places rather than are done: "the
#: 1998 flood", "an earthquake in 2011", "the 2003 storm" (natural phenomena)
HAPPENING_TOPS = frozenset({"phenomenon"})


def is_happening(noun: str) -> bool:
    """``noun`` (a lemma) names something that happens, done or not: an event noun
    (:func:`is_event_noun`) or one whose first :data:`EVENT_SENSES` senses lie under
    :data:`HAPPENING_TOPS` ("flood", "earthquake", "storm")."""
    noun = noun.lower()
    return is_event_noun(noun) or bool(_ancestors(noun, EVENT_SENSES) & HAPPENING_TOPS)


#: prepositions that place the clause's act before or after another event: their object
#: is that other event, never the act the date gives ("Following a ceiling collapse
#: overnight, the school is closed today": the closure is today, the collapse was not)
SEQUENCE_PREPS = frozenset({"following", "after", "before", "since"})


def _candidates(verb) -> list:
    """Nouns a support verb may lend its date to, in :data:`ARG_ORDER`: objects, passive
    subjects, the object of a preposition ("on sale"; not of :data:`SEQUENCE_PREPS`),
    subjects, attributes."""
    out = []
    for dep in ARG_ORDER:
        for c in verb.children:
            if dep == "prep" and c.dep_ == "prep" and c.lower_ not in SEQUENCE_PREPS:
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == dep:
                out.append(c)
    for c in verb.children:  # "Sentencing is due": the subject of the adjective's verb
        if c.dep_ == "acomp" and c.lemma_.lower() in SUPPORT_VERBS:
            out = [s for s in out if s.dep_ in ("nsubj", "nsubjpass")] + out
    if verb.dep_ in ("acl", "relcl"):
        # "the Annual General Meeting, to be held ... on 25 May", "the hearing, which was
        # held in March": the noun the clause describes is what is held, or that noun's
        # "of" object when the parse hangs the clause on a notice of it ("Notice of the
        # Meeting, to be held ...")
        out.append(verb.head)
        out += [g for c in verb.head.children if c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]  # fmt: skip
    return [t for t in out if _common_noun(t)]


#: entity types of a name that is never an event, whatever its head word ("Trial Street")
_NOT_EVENT_NAMES = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})


def _common_noun(tok) -> bool:
    """A common noun, or a capitalised one the tagger took for a name outside any entity
    ("Sentencing will take place ...") or, when it names an event, inside an entity that is
    no person or place (a notice's "Annual General Meeting", "the Public Inquiry")."""
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return True
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ not in _NOT_EVENT_NAMES
        and is_event_noun(tok.lemma_.lower())
    )


def _event_among(toks):
    """The first token of ``toks`` that names an event (:func:`is_event_noun`), or None."""
    return next((t for t in toks if is_event_noun(t.lemma_.lower())), None)


def _noun_state(span):
    """The event noun of a state a noun is in since the date ``span``: "The AquaBoil 200, on
    sale since 2022, ..." ("since 2022" and "on sale" both hang on the name) -> "sale"."""
    prep = span.root.head
    holder = prep.head
    if prep.dep_ != "prep" or holder.i == prep.i or holder.pos_ not in ("NOUN", "PROPN"):
        return None
    if holder.ent_type_ in ("TIME", "DATE"):
        return None  # "On the evening of Friday 19 May": a stretch of the day, no state
    if holder.dep_ == "pobj" and _common_noun(holder) and is_event_noun(holder.lemma_.lower()):
        return holder  # "on display since 2017" parsed with the date on "display"
    pobjs = [
        g
        for c in holder.children
        if c.dep_ == "prep" and c.i != prep.i
        for g in c.children
        if g.dep_ == "pobj" and _common_noun(g)
    ]
    return _event_among(pobjs)


#: verbs of entering a state, whose adjective complement names the act: "fell ill" /
#: "became ill" / "got ill", "went missing" / "turned up missing", "went aground" / "ran
#: aground" are one onset each
ONSET_VERBS = frozenset({"become", "fall", "get", "go", "grow", "run", "turn"})


def _onset_state(verb):
    """The adjective naming the state a verb of entering a state (:data:`ONSET_VERBS`)
    enters: its adjective complement ("became *ill*", "fell *sick*"), or the word right
    after it that the tagger took for an adverb but WordNet knows as an adjective, not an
    "-ly" adverb nor a function word ("fell *ill*"; not "fell *sharply*", "fell
    *back*"); never a comparative ("fell
    *further*", "grew *stronger*": a change of degree).
    None for other verbs."""
    if verb.lemma_.lower() not in ONSET_VERBS:
        return None
    for c in verb.children:
        if c.tag_ in ("JJR", "JJS", "RBR", "RBS"):
            continue  # "fell further", "grew stronger": a change of degree, not a state
        if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ":
            return c
        if c.dep_ == "advmod" and c.i == verb.i + 1 and _adjective_adverb(c):
            return c
    return None


def _adjective_adverb(tok) -> bool:
    """An adverb-tagged word that is an adjective ("ill"), not an "-ly" adverb nor a
    function word of degree or direction ("further", "back", "down": spaCy stop words)."""
    lemma = tok.lower_
    if lemma.endswith("ly") or tok.is_stop:
        return False
    return bool(lexicon.senses(lemma, "a"))


def act_head(pred, span=None):
    """The token naming the act dated by ``span`` through ``pred`` (a verb or an event noun,
    or None): an event noun a noun is in since the date (:func:`_noun_state`); the
    adjective a verb of entering a state takes (:data:`ONSET_VERBS`: "fell *ill*"); for a
    support verb (:data:`SUPPORT_VERBS`) its first event noun among :func:`_candidates`;
    else ``pred`` itself."""
    state = _noun_state(span) if span is not None else None
    if state is not None:
        return state
    if pred is None or pred.pos_ not in ("VERB", "AUX"):
        return pred
    happening = _happening(pred)
    if happening is not None:
        return happening
    state = _onset_state(pred)
    if state is not None:
        return state
    if pred.lemma_.lower() in COMPLETING:
        return _completed_event(pred) or pred
    if pred.lemma_.lower() not in SUPPORT_VERBS or _gives_way(pred):
        return pred
    event = _event_among(_candidates(pred))
    if event is not None and _legal_text(event.lemma_.lower()):
        return pred  # "Parliament passed the act in 2024": the passing, not an "act" done
    return event or pred


#: verbs whose subject is an event by their sense alone: "The double collection took place
#: on Friday", "the collection happened on Thursday" date the collecting whatever rank
#: WordNet gives the noun's sense of an act ("collection" is first a group of things)
HAPPENING_VERBS = frozenset({"happen", "occur"})


def _happening(verb):
    """The common-noun subject of a verb of happening (:data:`HAPPENING_VERBS`, "take
    place"), or None: the noun is the act the date belongs to."""
    lemma = verb.lemma_.lower()
    place = any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma not in HAPPENING_VERBS and not (lemma == "take" and place):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((s for s in subjects if _common_noun(s)), None)


def _gives_way(verb) -> bool:
    """``verb`` is "give" with the object "way" ("the gate gave way"): one act, WordNet's
    give_way (collapse, fail), not a support verb with an event noun."""
    return verb.lemma_.lower() == "give" and any(
        c.dep_ == "dobj" and c.lower_ == "way" for c in verb.children
    )


@lru_cache(maxsize=4096)
def _legal_text(noun: str) -> bool:
    """``noun`` names a legal document in one of its first two WordNet senses, within
    three hypernym steps ("act", "bill", "law", "statute", "treaty")."""
    target = frozenset(lexicon.senses("legal_document", "n")[:1])
    return lexicon.reaches(noun, "n", target, 2, 3)


#: verbs of bringing an act to its end, whose date is the act's own when the act is told
#: by a noun: "a refurbishment completed in 2021" dates the refurbishing as "was
#: refurbished in 2021" does (a plain past verb tells a done act); not verbs of starting
#: ("work began in 2019" is no date of the work done)
COMPLETING = frozenset({"complete", "finish"})


def _completed_event(verb):
    """The noun of an act with a verb of its own (WordNet's derived verbs: "refurbishment"
    -> "refurbish", "construction" -> "construct") that a verb of completing
    (:data:`COMPLETING`) completes: its object or passive subject ("completed the
    renovation", "the renovation was completed") or the noun it modifies as a participle
    ("a refurbishment completed in 2021"); None when there is none or the noun names a
    thing ("the bridge was completed")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        nouns.append(verb.head)
    for n in nouns:
        if _common_noun(n) and (is_event_noun(n.lemma_.lower()) or _nominal(n.lemma_.lower())):
            return n
    return None


def _nominal(noun: str) -> bool:
    """``noun`` is a verb made a noun by a suffix (WordNet's derived verb, other than the
    noun itself, begins it: "refurbishment" -> "refurbish", "demolition" -> "demolish"),
    not a thing that is also a verb by conversion ("bridge")."""
    for verb in lexicon.verbs_of(noun):
        if verb != noun and noun.startswith(verb[: max(4, len(verb) - 2)]):
            return True
    return False


def act_agents(head) -> frozenset[str]:
    """Lemmas of the named subjects of the act ``head`` when it is a verb ("Olsen resigned"
    -> {"olsen"}); none for an event noun (the subject of its support verb, "Judge Moss set
    sentencing for ...", did not do the act)."""
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    return frozenset(
        c.lemma_.lower() for c in head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
    )


def act_lemmas(tok) -> frozenset[str]:
    """The act named by ``tok`` as lemmas: a verb's lemma (with its class of starting or
    ending, :data:`consilience.date_acts.VERB_CLASSES`); an event noun's lemma with its
    derived verbs (:func:`consilience.lexicon.verbs_of`; without any, those of its "-ing"
    synonyms, :func:`_synonym_verbs`: "theft" -> "steal") and the verb of an "-ing" noun
    ("sentencing" -> {"sentencing", "sentence"}); a verb with its phrasal form
    (:func:`phrasal_preps`: "looked at" -> {"look", "look_at"}; a particle's,
    "turned up" -> {"turn", "turn_up"}). Empty for None and for a support verb
    left without an event noun (it names no act on its own)."""
    if tok is None:
        return frozenset()
    lemma = tok.lemma_.lower()
    folded = verb_class(tok)  # "opened" / "begins" / "got under way" -> "start"
    if folded in VERB_CLASSES:
        return frozenset({lemma, folded})
    if tok.pos_ in ("VERB", "AUX"):
        if _gives_way(tok):
            return frozenset({"give_way"})  # "the gate gave way": WordNet's give_way, fail
        if lemma in SUPPORT_VERBS:
            return frozenset()
        phrasal = {f"{lemma}_{p.lower_}" for p in phrasal_preps(tok)}
        return frozenset({lemma} | phrasal | _particle_verbs(tok))
    out = {lemma} | (set(lexicon.verbs_of(lemma)) or _synonym_verbs(lemma))
    gerund = _gerund_verb(lemma)
    if gerund:
        out.add(gerund)
    return frozenset(out)


def _particle_verbs(verb) -> set[str]:
    """The phrasal verb a particle makes with ``verb`` when WordNet knows it ("turned up"
    -> "turn_up", "called off" -> "call_off"); empty otherwise."""
    lemma = verb.lemma_.lower()
    return {
        f"{lemma}_{c.lower_}"
        for c in verb.children
        if c.dep_ == "prt" and lexicon.senses(f"{lemma}_{c.lower_}", "v")
    }


def _synonym_verbs(noun: str) -> set[str]:
    """Verbs of the "-ing" synonyms of an event noun WordNet derives no verb from, in its
    first sense ("theft" = "stealing" -> "steal")."""
    return {v for s in lexicon.synonyms(noun, "n", first=1) if (v := _gerund_verb(s))}


def co_acts(tok) -> list:
    """Verbs coordinated with the verb ``tok`` that share its subject and take no date of
    their own ("broke into the museum early on Friday *and stole* four paintings"): the
    date given to the first dates them too. Empty for a noun or None."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not _own_date(c)
    ]


#: entity labels of a date or time a verb may take
WHEN_ENTS = ("DATE", "TIME")


def _own_date(verb) -> bool:
    """``verb`` takes a date or time of its own: a bare one ("left Monday") or one through a
    preposition ("stole them on Saturday"); one inside its object ("the 19th-century
    painter") is no date of the act."""
    for c in verb.children:
        if c.ent_type_ in WHEN_ENTS and c.dep_ in ("npadvmod", "tmod"):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ in WHEN_ENTS for g in c.children):
            return True
    return False


def _related(x: str, y: str) -> bool:
    """Two verb lemmas name one act: a shared synset among their first two senses, or the
    direct hypernym of one's first sense is one of the other's first three senses
    ("abduct" -> "seize"), synset to synset: a lemma of an unrelated sense of that
    hypernym is no match ("request" is a way to "communicate", also called "pass", which
    says nothing of an act being passed)."""
    if lexicon.same_sense(x, y, "v", first=2):
        return True
    return _direct_kind(x, y) or _direct_kind(y, x)


def _direct_kind(x: str, y: str) -> bool:
    """The first sense of verb ``x`` has a direct hypernym among ``y``'s first three."""
    heads = {h for off in lexicon.senses(x, "v")[:1] for h in lexicon._synset("v", off)[1]}
    return bool(heads & set(lexicon.senses(y, "v")[:3]))


def same_act(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two acts (as :func:`act_lemmas` gives them) are one: a shared lemma, or two lemmas
    related in WordNet (:func:`_related`). Empty acts are never the same."""
    if not a or not b:
        return False
    if a & b:
        return True
    return any(_related(x, y) for x in sorted(a) for y in sorted(b))


class Superlative(NamedTuple):
    """ "the deadliest rail accident since 2011": adjective lemma ("deadly"), the noun it
    ranks ("accident", "" when elided), the subject's lemma ("" for a pronoun)."""

    adjective: str
    noun: str
    subject: str


def _superlative_token(span):
    """The superlative adjective before "since <date>" in the date's sentence, or None."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "since":
        return None
    for tok in reversed(doc[span.sent.start : span.start - 1]):
        if tok.tag_ == "JJS" or (tok.tag_ == "JJ" and tok.i > 0 and doc[tok.i - 1].tag_ == "RBS"):
            return tok
    return None


def _copula_subject(tok) -> str:
    """The subject lemma of the clause a superlative stands in ("The crash is the worst")."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ in PRONOUNS:
        return ""
    return subj[0].lemma_.lower()


def superlative_since(span) -> Superlative | None:
    """The superlative a "since <date>" span dates ("the country's deadliest rail accident
    since 2011", "the worst on its railways since 2009", "the most severe flooding since
    1953"), or None."""
    tok = _superlative_token(span)
    if tok is None:
        return None
    noun = tok.head if tok.head.pos_ == "NOUN" and tok.head.i > tok.i else None
    return Superlative(
        tok.lemma_.lower(),
        noun.lemma_.lower() if noun is not None else "",
        _copula_subject(tok),
    )


def _same_noun(x: str, y: str) -> bool:
    """Two nouns name one kind of thing: one lemma, a shared sense, a shared derived verb
    ("flood" / "flooding"), or one is a hypernym of the other among their first two senses
    ("crash" / "accident")."""
    if x == y:
        return True
    if _noun_verbs(x) & _noun_verbs(y):
        return True
    if lexicon.same_sense(x, y, "n", first=2):
        return True
    return y in _ancestors(x, 2) or x in _ancestors(y, 2)


def _noun_verbs(noun: str) -> set[str]:
    """Verbs a noun is derived from or names (:func:`consilience.lexicon.verbs_of`, the
    verb of an "-ing" noun)."""
    gerund = _gerund_verb(noun)
    return set(lexicon.verbs_of(noun)) | ({gerund} if gerund else set())


def _same_scale(x: str, y: str) -> bool:
    """Two superlative adjectives rank on one scale: one lemma, one sense, or either ranks
    on any scale (:data:`EVALUATIVE`, "worst")."""
    if x == y or x in EVALUATIVE or y in EVALUATIVE:
        return True
    return lexicon.same_sense(x, y, "a", first=2)


def same_superlative(a: Superlative, b: Superlative) -> bool:
    """One property of one subject: superlatives on one scale (:func:`_same_scale`) of one
    kind of thing (:func:`_same_noun`; an elided noun, "the worst on the railways", takes the
    subject's) or two events, one ranked on any scale (:func:`_evaluated_events`), with
    subjects that are not two different things."""
    if not _same_scale(a.adjective, b.adjective):
        return False
    na, nb = a.noun or a.subject, b.noun or b.subject
    if na and nb and not (_same_noun(na, nb) or _same_noun(a.subject or na, b.subject or nb)):
        return _evaluated_events(a, b, na, nb)
    sa, sb = a.subject, b.subject
    return not (sa and sb and not _same_noun(sa, sb))


def _evaluated_events(a: Superlative, b: Superlative, na: str, nb: str) -> bool:
    """Two events ranked, one on any scale ("the worst in the strait", :data:`EVALUATIVE`):
    one event of the story named twice ("the deadliest ferry accident" / "the sinking was
    the worst"), unless their subjects are two things."""
    if not ({a.adjective, b.adjective} & EVALUATIVE):
        return False
    if not (is_event_noun(na) and is_event_noun(nb)):
        return False
    return not (a.subject and b.subject and not _same_noun(a.subject, b.subject))


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}


def name_tokens(doc, start: int, end: int) -> frozenset[str]:
    """Lower-cased words of every name entity within characters ``start:end`` of ``doc``
    ("Lucia Ferran and Tomas Ekberg" -> lucia, ferran, tomas, ekberg)."""
    return frozenset(
        t.lower_
        for e in doc.ents
        if e.label_ in NAME_LABELS and start <= e.start_char and e.end_char <= end
        for t in e
        if t.is_alpha and t.is_title
    )


#: dependents that belong to a name or describe it in place ("the trawler Solvik", "Tomas
#: Ekberg, 36, and Lucia Ferran")
NAME_PART_DEPS = {"compound", "appos", "flat", "nmod", "npadvmod", "conj", "nummod"}


def _name_words(tok) -> set[str]:
    """Words of the names ``tok`` stands for, with the names compounded, conjoined or in
    apposition to it ("Lucia Ferran and Tomas Ekberg" -> lucia, ferran, tomas, ekberg;
    "the trawler Solvik" -> solvik); empty when no name is there. A date is no name."""
    out: set[str] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        stack.extend(c for c in t.children if c.dep_ in NAME_PART_DEPS)
        if t.pos_ != "PROPN" and t.ent_type_ not in NAME_LABELS or t.ent_type_ in TIME_LABELS:
            continue  # a date is no name ("On 12 March 2040 thirty walkers ...")
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        words = ent if ent is not None else [t]
        out |= {w.lower_ for w in words if w.is_alpha and w.is_title}
    return out


ROLE_DEPS = {"nsubj", "nsubjpass", "dobj"}
#: entity labels of dates and times: the dated act's own date is no argument of it
TIME_LABELS = {"DATE", "TIME"}


def role_names(head) -> dict[str, frozenset[str]]:
    """{role: name words} of the act ``head``'s named arguments: subject, passive subject,
    object, and each preposition's object by its preposition ("moved to Bergen" ->
    {"prep:to": {"bergen"}}). Two acts with different names in one role are two acts."""
    if head is None:
        return {}
    out: dict[str, frozenset[str]] = {}
    for c in head.children:
        if c.dep_ in ROLE_DEPS:
            role, toks = c.dep_, [c]
        elif c.dep_ == "prep":
            role = "prep:" + c.lower_
            toks = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in TIME_LABELS]
        else:
            continue
        words = set().union(*(_name_words(t) for t in toks)) if toks else set()
        if words:
            out[role] = frozenset(words)
    return out


def other_names(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """Two acts' :func:`role_names` give one role different names ("to Bergen" / "to
    Tromsø")."""
    return any(a[r] and not a[r] & b[r] for r in a.keys() & b.keys())


def other_things(a: set[str], b: set[str]) -> bool:
    """Two acts act on other things: both name common nouns (lemmas) and none of ``a`` is
    one kind with any of ``b`` (:func:`_same_noun`: lemma, sense, derived verb, hypernym)."""
    if not a or not b:
        return False
    return not any(_same_noun(x, y) for x in sorted(a) for y in sorted(b))


def _common(toks) -> set[str]:
    """Lemmas of the common nouns among ``toks`` that are no part of a name entity, a
    third-person pronoun read as the one noun its text leaves for it ("The lake was hardly
    a secret. *It* has been watched since 2021": the lake;
    :func:`consilience.subject_pronouns.antecedent`)."""
    nouns = (antecedent(t) if t.pos_ == "PRON" else t for t in toks)
    return {
        t.lemma_.lower() for t in nouns if t is not None and t.pos_ == "NOUN" and not t.ent_type_
    }


def phrasal_preps(verb) -> list:
    """The prepositions of ``verb`` that make one verb with it in WordNet and take an
    object ("looked *at* the slope" -> "look_at", "dealt *with* the claim" -> "deal_with"):
    the act is the phrasal verb and what it acts on is the preposition's object."""
    lemma = verb.lemma_.lower()
    return [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.i > verb.i  # "On Wednesday the bells turned up": no "turn_on"
        and any(g.dep_ == "pobj" for g in c.children)
        and lexicon.senses(f"{lemma}_{c.lower_}", "v")
    ]


def act_things(head) -> frozenset[str]:
    """The common nouns the act ``head`` acts on: an event noun's "of" object ("the auction
    of the violin" -> violin); a verb's object or passive subject, the verb a verb of
    starting or ending governs ("started exporting" -> export), the object of a phrasal
    verb's preposition ("looked at the slope" -> slope), the noun a past participle
    modifies ("a disc cut from the stump" -> disc), else the subject of an intransitive
    verb ("the plant opened" -> plant). Names are left to :func:`role_names`."""
    if head is None:
        return frozenset()
    kids = list(head.children)
    if head.pos_ not in ("VERB", "AUX"):
        return frozenset(_common(g for c in kids if c.lower_ == "of" for g in c.children))
    found = _common(c for c in kids if c.dep_ in ("dobj", "nsubjpass"))
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ == "NOUN":
        found |= _common([head.head])  # "a disc *cut* from the stump": the disc is cut
    found |= _common(g for p in phrasal_preps(head) for g in p.children if g.dep_ == "pobj")
    if verb_class(head) in VERB_CLASSES:  # "started exporting": what is started
        found |= {c.lemma_.lower() for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB"}
    if not found and not any(c.dep_ in ("dobj", "nsubjpass", "xcomp") for c in kids):
        found = _common(controlled_subjects(head))
    return frozenset(found)


def controlled_subjects(verb) -> list:
    """The subjects of ``verb``; of an infinitive with none that complements another verb
    ("A 48-hour strike is *to begin* on 22 May", "the union decided *to strike*"), the
    other's object when it has one ("ordered the crew *to leave*"), else its subjects."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return own
    gov = list(verb.head.children)
    objects = [c for c in gov if c.dep_ == "dobj"]
    return objects or [c for c in gov if c.dep_ in ("nsubj", "nsubjpass")]
