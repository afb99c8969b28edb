"""Arguments that keep a denied word and an asserted word apart: two clauses that deny and
assert one concept (:mod:`consilience.denied_matter`) but of different participants.

    apart(denied_tok, asserted_tok) -> str | None   # why the pair is of two matters, or None

Each takes the two spaCy tokens of a denial pair (the pivot words; one parse each) and
reads their arguments:

- **other recipients** ("No notice has been served *on the Trust*" / "has served a notice
  *on the production's contractor*"): the two acts have an object of one case-marking
  preposition (:data:`CASE_PREPS`: on, to, against, upon) that names two different things,
  or two people an act is "for" ("was not meant *for you*" / "intended *for a single
  patient*");
- **a role denied** ("given to the band, *not to the bank*" / "The bank spotted the
  transfers"): a noun denied by a "not" on its own case-marking preposition is denied only
  in that role, so it is set against the same preposition's object alone;
- **an elided subject** ("Joel Ashdown treated on site. *Did not go* to hospital." /
  "Two of my castmates went to hospital"): a note's denial with no subject of its own
  speaks of the person of the note, never of the subject another clause names;
- **an unresolved object** ("I have not deducted *it*" / "A transaction fee is deducted
  from each donation"): a denial whose object is a bare pronoun names no matter another
  clause's noun object can be checked against;
- **an elided object** ("the line had been cut off and *nobody had noticed*" / "The leak
  was discovered at 8.15am"): a verb denied of anyone with nothing acted on says nothing of
  the thing another clause's verb names as its patient (an act named by a noun, "handed
  in her *resignation*", is no patient: "has refused to resign" still denies it);
- **other patients** ("the two marshals left *no spare radio*" / "one of the marshals got
  *him* out"): the denied act is done to a thing and the asserted one to a person, so the
  two verbs, however alike in WordNet, are two acts;
- **a rule** ("a marrow with a split *cannot be weighed* for a prize", "Numbers from a void
  draw *will not be shown*" / "the judges weighed his marrow", "seven numbers were shown"):
  a clause with a modal whose subject is any member of a class (an indefinite, "any" or
  "no" noun, a bare plural) says what may or will happen to such things, no account of
  what happened; only another rule is a side of it, never a done act or a thing named,
  whichever of the two is the denial ("No person may move bees or honey" / "there will
  be no Honey and Bee Tent");
- **other frames** ("Harbour Logistics, which runs *the depot*" / "the depot's *pumps*
  were not running"): one verb acts on a thing, the other has no object and is said of a
  third thing, neither that patient nor that doer;
- **a thing lacked** ("students suddenly *without a college*" / "*The college* emailed
  all students"): what a thing is without, with no determiner or an indefinite one, is
  no side against a clause whose subject that thing is;
- **a name's word** ("there will be no *Honey* and Bee Tent" / "a honey bee colony"): a
  capitalised word of a name inside a sentence, denied, denies the named thing, not what
  the word means in lower case elsewhere;
- **another referent** ("the weigh-off went ahead without *his pumpkin*" / "won with *a
  pumpkin* of 702.5 kg"): a thing the denial picks by owner or "the" is not the one the
  assertion brings in with "a";
- **other owners** ("*Your* monthly payment has fallen" / "*his* monthly payment had not
  fallen"): one argument owned by parties of two grammatical persons (the writer's side,
  the reader, a third party) is two people's.

The case-marking prepositions are those of the recipient and goal roles (Fillmore 1968,
"The case for case"); "from" and "with" are left out, as they often mark the matter itself
("withdrawn *from* the 200m butterfly", "charged *with* fraud"); place prepositions ("not
*among* the fruit" / "*inside* boxes of bananas") are left to the caller's matter test.
"""

from __future__ import annotations

from .date_act_lexicon import is_person_noun
from .same_act import acts_related

#: prepositions that mark a participant's role, not a place
CASE_PREPS = frozenset({"on", "to", "against", "upon"})
#: pronoun objects that name no matter by themselves
_BARE_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass", "agent"})
_PATIENTS = ("dobj", "nsubjpass")
_AUX = ("aux", "auxpass")


def apart(denied, asserted) -> str | None:
    """Why the denied token and the asserted token (spaCy tokens of two parses) speak of
    two matters ("recipients", "role", "elided subject", "unresolved object", "speaker",
    "elided object", "patients", "rule", "referent", "complements", "frames",
    "lacked", "name", "owners"), else None."""
    if _other_recipients(_act(denied), _act(asserted)):
        return "recipients"
    if _role_denied(denied, asserted):
        return "role"
    if _elided_subject(denied) and _named_subject(_act(asserted)):
        return "elided subject"
    if _pronoun_object(_act(denied)) and _noun_patient(_act(asserted)):
        return "unresolved object"
    if _no_object(denied) and asserted.pos_ == "VERB" and _noun_patient(asserted):
        return "elided object"
    if _speaker_object(_act(denied)) and _noun_patient(_act(asserted)):
        return "speaker"
    if _thing_patient(_act(denied)) and _person_object(_act(asserted)):
        return "patients"
    if _rule(_act(denied)) != _rule(_act(asserted)):
        return "rule"  # either way round: "No person may move honey" / "no Honey Tent"
    if _picked(denied) and _new_referent(asserted):
        return "referent"
    if _other_complement_acts(denied, asserted):
        return "complements"
    if _other_frames(_act(denied), _act(asserted)):
        return "frames"
    if _lacked(denied) and _in_subject(asserted):
        return "lacked"
    if _name_word(denied) and asserted.text.islower():
        return "name"
    if _other_owners(_act(denied), _act(asserted)):
        return "owners"
    return None


#: possessive pronouns by grammatical person: the speaker's side, the reader's, a third party's
_OWNER_PERSON = {
    "my": 1, "our": 1, "your": 2, "his": 3, "her": 3, "their": 3,
}


def _owner_persons(verb) -> dict[str, int]:
    """Per role of ``verb`` ("subj", "obj"), the grammatical person of the possessive pronoun
    that owns that argument ("*Your* monthly payment has fallen" -> {"subj": 2})."""
    out = {}
    for c in verb.children:
        role = "subj" if c.dep_ in ("nsubj", "nsubjpass") else "obj" if c.dep_ == "dobj" else ""
        if not role:
            continue
        owner = next((g for g in c.children if g.dep_ == "poss" and g.pos_ == "PRON"), None)
        if owner is not None and owner.lower_ in _OWNER_PERSON:
            out[role] = _OWNER_PERSON[owner.lower_]
    return out


def _other_owners(denied, asserted) -> bool:
    """The two acts are said of one argument owned by two parties told apart by grammatical
    person ("*Your* monthly payment has fallen" in a letter to a borrower / "*his* monthly
    payment had not fallen" of a customer the regulator cites): two people's payments."""
    x, y = _owner_persons(denied), _owner_persons(asserted)
    return any(role in y and x[role] != y[role] for role in x)


def _in_subject(tok) -> bool:
    """``tok`` is a clause's subject or a noun inside its subject phrase ("the *heating*
    and hot water went off", which the parser may give as a modifier of "water")."""
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("conj", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _name_word(tok) -> bool:
    """``tok`` is a capitalised word inside a sentence, not all capitals, in a run of such
    words: a word of a name ("no *Honey* and Bee Tent"), which names the thing, not what
    the word means."""
    if tok.is_sent_start or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    doc = tok.doc
    near = [doc[k] for k in (tok.i - 1, tok.i + 1, tok.i + 2) if 0 <= k < len(doc)]
    return any(t.text[:1].isupper() and t.is_alpha and not t.is_sent_start for t in near)


def _lacked(noun) -> bool:
    """``noun`` is what a thing is said to be without, under "a"/"an"/"any" or no
    determiner ("four hundred students suddenly *without a college*", "homes without
    heating"): the clause says what something lacks, not whether the thing itself exists
    or acts, so it is no side against a clause whose subject that thing is ("The college
    emailed all students", "the heating went off")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "without":
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return not dets or dets[0] in ("a", "an", "any")


def _other_frames(va, vb) -> bool:
    """One verb, used on a thing in one clause and, with no object, of a third thing in
    the other ("Harbour Logistics, which runs *the depot*" / "the depot's *pumps* were
    not running"): the intransitive's subject is neither the transitive's patient (as in "the
    museum did not open" / "staff opened the museum", one act) nor its doer ("the firm did
    not appeal" / "the firm appealed the notice"; "Her rival, Tomas Brandt, conceded
    defeat" / "Her opponent, Tomas Brandt, has not conceded": one name, :func:`_names`),
    so the two clauses tell of two acts."""
    if va.lemma_.lower() != vb.lemma_.lower():
        return False  # two verbs: "would not go to court" / "would challenge the law"
    for one, other in ((va, vb), (vb, va)):
        subject = _intransitive_subject(one)
        patient = _patient(other)
        doer = _doer(other)
        if subject is None or patient is None or (doer is not None and doer.pos_ == "PRON"):
            continue  # "it would challenge ...": whom "it" stands for is not read here
        heads = _names(patient) | (_names(doer) if doer is not None else set())
        if not _names(subject) & heads:
            return True
    return False


def _names(noun) -> set[str]:
    """Lower-case lemmas of what a noun phrase is called: its head, the proper nouns
    compounded with it and those of a name in apposition ("Her *rival*, *Tomas Brandt*")."""
    out = {noun.lemma_.lower()}
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            out.add(c.lemma_.lower())
        elif c.dep_ == "appos":
            out |= {t.lemma_.lower() for t in (c, *c.children) if t.pos_ == "PROPN"}
    return out


def _intransitive_subject(verb):
    """The noun subject of ``verb`` used in the active with nothing acted on (no object,
    complement or clause; a preposition allowed: "not running *on either night*"), or
    None."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "attr", "acomp", "dative")
        for c in verb.children
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _patient(verb):
    """The noun ``verb`` acts on: its direct object or its passive subject, or None."""
    if verb.pos_ != "VERB":
        return None
    return next(
        (c for c in verb.children if c.dep_ in _PATIENTS and c.pos_ in ("NOUN", "PROPN")), None
    )


def _doer(verb):
    """The active subject of ``verb`` (a relative pronoun read as the noun it stands
    for: "Harbour Logistics, *which* runs the depot"), or None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _other_complement_acts(denied, asserted) -> bool:
    """Both words are verbs that take an act to do ("asked them *to consider* a notice" /
    "nobody is asking them *to close*"), the two acts are not one
    (:func:`consilience.same_act.acts_related`) and not done to one thing (objects with a
    head in common: "agreed to pay for the classrooms" / "not agreed to fund a single
    classroom" is one act in two verbs): asking, planning or agreeing to do one thing
    neither states nor denies doing another."""
    x, y = _complement_act(denied), _complement_act(asserted)
    if x is None or y is None or acts_related(x.lemma_.lower(), y.lemma_.lower()):
        return False
    return not _object_heads(x) & _object_heads(y)


def _complement_act(verb):
    """The to-infinitive a verb takes ("asked them to *consider*"), or None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in c.children
        ):
            return c
    return None


def _object_heads(verb) -> set[str]:
    """Lemmas of the nouns ``verb`` acts on: its direct object, or the object of a
    preposition on it ("pay *for* the classrooms")."""
    out = set()
    for c in verb.children:
        if c.dep_ == "dobj":
            out.add(c.lemma_.lower())
        elif c.dep_ == "prep":
            out |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
    return out


def _picked(noun) -> bool:
    """``noun`` names one known thing: under a possessive or "the", "this", "that"
    ("went ahead without *his* pumpkin")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for c in noun.children
    )


def _new_referent(noun) -> bool:
    """``noun`` brings in a thing not named before, under "a" or "an" ("won with *a
    pumpkin* of 702.5 kg"): no mention of a thing another clause picks by owner or
    "the"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    )


#: first-person objects: the speaker or writer and the people with them
_SPEAKER_PRONOUNS = frozenset({"us", "me"})


def _speaker_object(verb) -> bool:
    """``verb`` is done to the speaker ("nobody tells *us* anything", "they never told
    *me*"): said of the speaker's own case, not of a participant another article names
    ("its 2,300 staff were told by text")."""
    return any(
        c.dep_ in ("dobj", "dative") and c.lower_ in _SPEAKER_PRONOUNS for c in verb.children
    )


def _act(tok):
    """The verb a pivot word belongs to: itself, or the verb of which it is the subject
    or object ("*No notice* has been served": served)."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ in ("compound", "amod"):
        tok = tok.head  # "No *warning* letter has been sent": the letter's verb
    for _ in range(8):
        if tok.dep_ != "conj" or tok.head.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head  # "move bees, hives or *honey*": the first conjunct's verb
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head  # "Did not go to *hospital*": went
    return tok


def _case_objects(verb) -> dict[str, set[str]]:
    """Case preposition -> lemmas of its objects among the dependents of ``verb`` and of
    its object ("served a notice *on the contractor*"; pronouns left out: "served on
    them" names no one)."""
    out: dict[str, set[str]] = {}
    patients = [c for c in verb.children if c.dep_ in _PATIENTS]
    for prep in [c for t in (verb, *patients) for c in t.children]:
        if prep.dep_ not in ("prep", "dative"):
            continue
        if prep.lower_ in CASE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    out.setdefault(prep.lower_, set()).add(obj.lemma_.lower())
        elif prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _beneficiary(obj):
                    out.setdefault("for", set()).add(
                        obj.lower_ if obj.pos_ == "PRON" else obj.lemma_.lower()
                    )
    return out


#: object pronouns that name people: "meant *for you*"
_PERSON_OBJECTS = frozenset({"me", "you", "him", "her", "us", "them"})


def _beneficiary(obj) -> bool:
    """The object of "for" names the person an act is for ("was not meant *for you*",
    "intended *for a single patient*"): a personal pronoun or a noun of a person; "for"
    before anything else often marks a time or a reason ("for three days", "for the
    repairs"), left to the caller."""
    if obj.pos_ == "PRON":
        return obj.lower_ in _PERSON_OBJECTS
    return obj.pos_ == "NOUN" and is_person_noun(obj.lemma_.lower())


def _other_recipients(va, vb) -> bool:
    """Both acts have objects of one case preposition and those share no lemma."""
    oa, ob = _case_objects(va), _case_objects(vb)
    return any(oa[p].isdisjoint(ob[p]) for p in oa.keys() & ob.keys())


def _role_denied(denied, asserted) -> bool:
    """``denied`` is the noun object of a case preposition that "not" itself negates
    ("to the band, *not to the bank*"; never "did not go to court", where the act is
    denied) and ``asserted`` is no object of that same preposition."""
    prep = denied.head
    if denied.dep_ != "pobj" or prep.lower_ not in CASE_PREPS or prep.i == 0:
        return False
    negated = any(c.dep_ == "neg" for c in prep.children) or prep.doc[prep.i - 1].lower_ == "not"
    if not negated:
        return False
    return not (asserted.dep_ == "pobj" and asserted.head.lower_ == prep.lower_)


def _elided_subject(tok) -> bool:
    """``tok`` is the verb of a finite past clause with no subject at all, opened by its
    own auxiliary or by itself ("Did not go to hospital.", "Was not injured."): a note
    whose subject is the person it is about."""
    verb = _act(tok)
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    first = next((t for t in verb.sent if not t.is_punct), None)
    if first is None or first.i > verb.i:
        return False
    if first.i == verb.i:
        return True
    return first.head.i == verb.i and first.tag_ in ("VBD", "VBZ") and first.dep_ in _AUX


def _named_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _pronoun_object(verb) -> bool:
    """``verb``'s object is a bare pronoun that no noun object of the verb it is joined to
    names ("accepted a scanned copy of his diploma and did not verify *it*": the copy)."""
    pron = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _BARE_PRONOUNS), None)
    if pron is None:
        return False
    return _joined_object(verb) is None or pron.lower_ not in ("it", "them")


def _joined_object(verb):
    """The noun object of the verb ``verb`` is conjoined to ("accepted *a copy* ... and did
    not verify it"), else None."""
    if verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


#: dependencies of what a verb acts on or tells
_ACTED_ON = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "prep", "dative", "attr", "acomp"})


#: subjects that deny a deed of anyone
_NOBODY = frozenset({"nobody", "no-one", "none"})


def _no_object(verb) -> bool:
    """Denied ``verb`` (a verb itself) is denied of anyone ("*nobody* had noticed", "*no
    one* saw") and has no object, complement or prepositional phrase."""
    if verb.pos_ != "VERB" or any(c.dep_ in _ACTED_ON for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in _NOBODY or (
        subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)
    )


def _noun_patient(verb) -> bool:
    return any(c.dep_ in _PATIENTS and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


#: object pronouns of one person
_PERSON_PRONOUNS = frozenset({"him", "her"})


def _thing_patient(verb) -> bool:
    """``verb``'s direct object is a common noun that names no person ("left *no spare
    radio*")."""
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and not is_person_noun(c.lemma_)
        for c in verb.children
    )


def _person_object(verb) -> bool:
    """``verb``'s direct object is a person: "him"/"her" or a noun WordNet makes a person
    ("got *her* out", "pulled *the boy* clear")."""
    return any(
        c.dep_ == "dobj"
        and (c.lower_ in _PERSON_PRONOUNS or (c.pos_ == "NOUN" and is_person_noun(c.lemma_)))
        for c in verb.children
    )


#: modals of what may, must or will be done: with a class as subject, a rule
_RULE_MODALS = frozenset({"can", "could", "may", "must", "shall", "will", "should", "ca", "wo"})
#: determiners of any member of a class ("a pumpkin with a hole", "any entry")
_CLASS_DETERMINERS = frozenset({"a", "an", "any", "every", "each", "no"})


def _class_subject(verb) -> bool:
    """The subject of ``verb`` is any member of a class: a noun with "a"/"any"/"every", or
    a plural noun with no determiner ("Numbers from a void draw")."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.pos_ != "NOUN":
            continue
        dets = [c.lower_ for c in subj.children if c.dep_ == "det"]
        if dets and dets[0] in _CLASS_DETERMINERS:
            return True
        if not dets and subj.tag_ == "NNS" and not any(c.dep_ == "poss" for c in subj.children):
            return True
    return False


def _rule(verb) -> bool:
    """``verb`` states a rule (module doc): a modal on it and a class as its subject, or a
    simple present with any member of a class acting on any member of one ("any hole
    that reaches the cavity *rules* a pumpkin out", "a hole into the cavity rules a
    pumpkin out"; not "a new report finds no evidence": one report, one finding)."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _named_subject(verb):
        verb = verb.head  # "No person may move bees or *used* parts": the modal's verb
    modal = any(c.dep_ == "aux" and c.lower_ in _RULE_MODALS for c in verb.children)
    if modal:
        return _class_subject(verb)
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in _AUX for c in verb.children):
        return False
    return _class_subject(verb) and (_any_subject(verb) or _indefinite_object(verb))


def _any_subject(verb) -> bool:
    """The subject of ``verb`` is a noun under "any", "every" or "each"."""
    return any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "each")
        for s in verb.children if s.dep_ == "nsubj" for c in s.children
    )  # fmt: skip


def _indefinite_object(verb) -> bool:
    """The object of ``verb`` is a noun under "a" or "an" ("rules *a pumpkin* out")."""
    return any(
        c.dep_ == "det" and c.lower_ in ("a", "an")
        for o in verb.children if o.dep_ == "dobj" for c in o.children
    )  # fmt: skip


def _done(verb) -> bool:
    """``verb`` tells a done act: a past form, or a perfect or past passive ("has weighed",
    "were shown")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in _AUX and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in verb.children
    )
