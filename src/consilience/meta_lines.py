"""Meta lines: sentences about the reporting itself, not about the story's events.

    meta_line(doc, start, end) -> bool   # "Accounts of its size differ."

An analysis or a live blog links its facts with connective sentences that state no fact:
"Estimates vary.", "Details remain sketchy.", "Which version is right may never be clear."
Such a sentence is never a unique fact, a headline or a summary line (held-out s13 kind
10). It is recognised by its structure and by WordNet, not by its words:

* it gives **no argument of the story**: no named entity, no number, no date or time (an
  entity that asks for one, "at what hour", gives none);
* its main clause's **subject is the reporting**: a clause ("*Which account was right*
  may never be clear") or a noun whose first WordNet sense is a kind of communication
  or of cognition (:data:`DISCOURSE_KINDS`: "account", "report", "estimate",
  "valuation", "detail", "version"), through the hypernyms of
  :mod:`consilience.lexicon`;
* its **predicate takes nothing else**: a copula with an adjective ("are even less
  certain") or an active verb with no object, clausal complement or agent ("differ",
  "vary"), and so does every clause joined to it; a passive tells an act done to the
  subject ("No new talks have been scheduled" is a fact):
  "Reports say the bridge fell" (a complement) or "The report found defects" (an object)
  tell a fact through their report and are not meta lines.

Source of the kinds: Princeton WordNet 3.0's top nouns under "abstraction" (Miller 1995).

    reader_address(doc, start, end) -> bool   # "Thanks for following - goodnight from Rona."

A live blog or a release also speaks to its reader: it welcomes, thanks, signs off, asks to
stay or to follow ("We're bringing you the latest - stay with us.", "Welcome to the count.",
"Thanks for following - goodnight from Oban."). Such a discourse act tells no fact of the
story and is never a unique fact, a headline or a summary line (held-out s14 kind 13). It is
recognised by its speech act, not by its words (:func:`reader_address`): outside quotation
marks, an **imperative** (a base-form verb opening its clause, no subject, no auxiliary) or
an **expressive act** (Searle 1976: thanking, greeting, welcoming, apologising, ...; WordNet
synonyms count, :func:`expressive`) with no subject or the writer's own ("We thank ..."),
in a sentence no third party is said to say (a speech verb with a subject of its own:
"Stay indoors, police said" reports the police's advice).

    coverage_line(doc, start, end) -> bool   # "Our reporter will be on the six o'clock bulletin."

A live blog or a broadcaster also tells its own newsgathering: who has spoken to the
outlet, what it will bring the reader, where its reporter will appear ("Lyle has spoken to
us at the scene.", "We'll bring you the latest throughout the day."). Such a line is about
the coverage, not the story (held-out s15 kind 12). It is recognised by the participants
of its main clause (:func:`coverage_line`), outside quotation marks: the writer (first
person) or the reader (second person) takes part in a communication that carries no
content of the story (no clausal complement, no object besides the writer or reader).
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .analyse import tokens_in
from .speech_senses import says_by_sense

#: WordNet nouns whose hyponyms are what is said or known about something rather than a
#: thing of the story: communication (message, account, report, statement, figure) and
#: cognition (knowledge, estimate, valuation, detail)
DISCOURSE_KINDS = ("communication", "cognition")
#: steps up WordNet's hypernyms searched (the deepest path from a news noun to
#: "cognition" seen is 8: estimate > calculation > ... > cognition)
DEPTH = 12
#: dependents that give a predicate an argument of its own: an object, a clausal
#: complement, an agent, a dative, an object predicate
_ARGUMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "agent", "dative", "oprd", "attr"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "become", "stay"})
#: interrogative words: an entity holding one asks for a date or a name ("at what hour")
#: and gives none
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: entity labels that are no argument of the story (an ordinal: "the first account")
_NO_ARGUMENT_LABELS = frozenset({"ORDINAL"})


def meta_line(doc, start: int, end: int) -> bool:
    """The text ``start:end`` of ``doc`` (an article's parse; character offsets) is a
    sentence about the reporting (module doc): no entity, number or date; a main clause
    whose subject is a clause or a discourse noun (:func:`discourse_noun`) and whose
    predicate is a copula with an adjective or a verb with no argument."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_space]
    asked = {t.i for ent in doc.ents if any(w.tag_ in _WH_TAGS for w in ent) for t in ent}
    if not toks or any(_argument_token(t) and t.i not in asked for t in toks):
        return False
    roots = [t for t in toks if t.dep_ == "ROOT"]
    return bool(roots) and all(_meta_clause(r) for r in roots)


def _argument_token(tok) -> bool:
    """``tok`` names something of the story: a named entity, a number, a date or time."""
    if tok.ent_type_ in _NO_ARGUMENT_LABELS:
        return False
    return bool(tok.ent_type_) or tok.like_num or tok.pos_ == "NUM"


def _meta_clause(verb) -> bool:
    """The clause headed by ``verb`` has the reporting as subject and no other argument."""
    kids = list(verb.children)
    if any(c.dep_ in _ARGUMENT_DEPS for c in kids):
        return False
    if verb.lemma_.lower() in _COPULAS and not any(c.dep_ == "acomp" for c in kids):
        return False  # "The find is treasure" (an attribute), "It was there"
    if any(c.dep_ == "csubj" for c in kids):
        return True  # "Which account was right may never be clear"
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _meta_clause(c) for c in kids):
        return False  # "..., and neither side has signalled it will move": a fact joined
    subjects = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and all(
        s.dep_ == "nsubj" and s.pos_ == "NOUN" and discourse_noun(s.lemma_.lower())
        for s in subjects
    )


def attention_line(doc, start: int, end: int) -> bool:
    """The text ``start:end`` of ``doc`` is told about the public's or the reporters'
    attention rather than the events: the subject of its main clause is a noun whose first
    WordNet sense is a kind of cognition ("Attention has turned to a report ...", "Focus
    has shifted to ..."), whatever else the sentence names. A headline is such a line only
    when no other line is left (:func:`consilience.summary._pick_headline`)."""
    roots = [t for t in tokens_in(doc, start, end) if t.dep_ == "ROOT"]
    return bool(roots) and all(any(_cognition_subject(c) for c in r.children) for r in roots)


def _cognition_subject(tok) -> bool:
    """``tok`` is a subject naming a kind of cognition; a capitalised common noun the tagger
    read as a name ("Focus has shifted") counts when it is no entity."""
    if tok.dep_ != "nsubj" or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
        return False
    return discourse_noun(tok.lemma_.lower(), COGNITION)


#: the kinds of :func:`attention_line`: what is thought, not what is said ("report" and
#: "statement" are communication and may head a headline: "The report blamed the pilots")
COGNITION = ("cognition",)


@lru_cache(maxsize=4096)
def discourse_noun(noun: str, kinds: tuple[str, ...] = DISCOURSE_KINDS) -> bool:
    """The first WordNet sense of ``noun`` is, within :data:`DEPTH` hypernym steps, one of
    the senses of a ``kinds`` noun (default :data:`DISCOURSE_KINDS`: "account" -> record ->
    evidence -> indication -> communication). Unknown words are not."""
    targets = {off for kind in kinds for off in lexicon.senses(kind, "n")}
    return lexicon.reaches(noun, "n", targets, first=1, depth=DEPTH)


#: Searle's expressive speech acts (thanking, greeting, congratulating, apologising,
#: welcoming, condoling, praising); their WordNet synonyms count too (:func:`expressive`)
EXPRESSIVE_ACTS = ("thank", "greet", "congratulate", "apologize", "welcome", "condole", "praise")
_WRITER = frozenset({"we", "i", "us", "our", "my"})
#: punctuation after which a new clause opens inside a sentence ("... - stay with us")
_CLAUSE_BREAKS = frozenset({"-", "–", "—", ":", ";"})
_QUOTES = frozenset({'"', "“", "”"})


def expressive(verb: str) -> bool:
    """``verb`` is one of :data:`EXPRESSIVE_ACTS` or a WordNet synonym of one (first two
    senses)."""
    return verb in EXPRESSIVE_ACTS or any(
        verb in lexicon.synonyms(act, "v", first=2) for act in EXPRESSIVE_ACTS
    )


def reader_address(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` (character offsets) is a discourse act said
    to the reader (module doc): outside quotation marks it holds an imperative
    (:func:`_imperative`) or its main predicate is an expressive act with no subject or
    the writer's own (:func:`_greeting`), and no third party is said to say it."""
    toks = _unquoted(list(tokens_in(doc, start, end)))
    if not toks or any(_reported(t) for t in toks):
        return False
    return any(_imperative(t) for t in toks) or any(_greeting(t) for t in toks if t.dep_ == "ROOT")


def _unquoted(toks: list) -> list:
    """The tokens of ``toks`` outside quotation marks (none when the sentence opens with
    one: a quotation is its speaker's, not the writer's)."""
    if toks and toks[0].text in _QUOTES:
        return []
    out, inside = [], False
    for t in toks:
        if t.text in _QUOTES:
            inside = not inside if t.text == '"' else t.text == "“"
            continue
        if not inside:
            out.append(t)
    return out


def _reported(tok) -> bool:
    """``tok`` is a speech verb (:func:`consilience.speech_senses.says_by_sense`) with a
    subject of its own that is not the writer: the sentence reports someone's words."""
    if tok.pos_ != "VERB" or not says_by_sense(tok.lemma_.lower()):
        return False
    return any(c.dep_ in _SUBJECTS and c.lower_ not in _WRITER for c in tok.children)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _imperative(tok) -> bool:
    """``tok`` is an imperative: a base-form verb (tag ``VB``) with no subject, auxiliary
    or marker that opens the sentence or a clause after a spaced dash, a colon or a
    semicolon ("Stay tuned.", "... at Oban - stay with us.") or opens an item of a list
    ("- Put your bin out by 6.30am."), "please" before it or not,
    or that follows an opening adverbial clause of its own ("If you own one, update it
    tonight.")."""
    if tok.tag_ != "VB" or any(
        c.dep_ in _SUBJECTS | {"aux", "auxpass", "mark"} for c in tok.children
    ):
        return False
    start = tok.i
    while start > tok.sent.start and tok.doc[start - 1].lower_ == "please":
        start -= 1  # "Please update it tonight."
    if start == tok.sent.start:
        return True
    prev = tok.doc[start - 1]
    if prev.text == "," and tok.dep_ == "ROOT" and _opening_clause(tok, start):
        return True  # "If you own a TA-600, please update it tonight."
    if _bullet(prev):
        return True  # "- Put your bin out by 6.30am.": an item of a list of steps
    if prev.text not in _CLAUSE_BREAKS:
        return False
    return prev.text != "-" or (prev.i > 0 and bool(prev.nbor(-1).whitespace_))


#: marks that open an item of a list
_BULLETS = frozenset({"-", "*", "•", "–"})


def _bullet(tok) -> bool:
    """``tok`` is a list item's mark: a dash, star or bullet that opens its line."""
    if tok.text not in _BULLETS:
        return False
    return tok.i == 0 or tok.nbor(-1).is_space or "\n" in tok.nbor(-1).text


def _opening_clause(verb, start: int) -> bool:
    """Everything of ``verb``'s sentence before token ``start`` (a comma) is an adverbial
    clause of ``verb``'s ("If you own one, ...")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < start]
    return any(c.left_edge.i == verb.sent.start and c.right_edge.i == start - 2 for c in clauses)


def _greeting(root) -> bool:
    """The main predicate ``root`` or a predicate joined to it is an expressive act whose
    subject, if any, is the writer: a verb (:func:`expressive`), or a noun naming one --
    derived from such a verb ("Congratulations to ...") or a kind of acknowledgment in
    WordNet, alone or with its adjective ("Thanks for following", "Good afternoon and
    welcome to ...")."""
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    if any(c.lower_ not in _WRITER for c in subjects):
        return False
    preds = [root] + [c for c in root.children if c.dep_ == "conj"]
    return any(_expressive_word(p) for p in preds)


#: the WordNet noun whose kinds are said to acknowledge someone: thanks, greeting,
#: farewell, apology, condolence
ACKNOWLEDGMENT = ("acknowledgment",)


def _expressive_word(tok) -> bool:
    """``tok`` is an expressive verb, or a noun of one (see :func:`_greeting`)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN":
        return tok.pos_ in ("VERB", "INTJ", "ADJ") and expressive(lemma)
    if any(expressive(v) for v in lexicon.verbs_of(lemma)):
        return True
    words = [lemma, tok.lower_]
    words += [f"{c.lower_}_{lemma}" for c in tok.children if c.dep_ == "amod"]
    return any(discourse_noun(w, ACKNOWLEDGMENT) for w in words)


#: the reader's pronouns (second person); the writer's are :data:`_WRITER`
_READER = frozenset({"you", "your", "yours"})
#: the WordNet verb whose kinds communicate (speak, tell, write, publish, update)
COMMUNICATE = "communicate"
#: dependents that carry what is communicated: a reported clause or an infinitive
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "csubj"})


def coverage_line(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` (character offsets) tells the outlet's own
    coverage (module doc): outside quotation marks, a main clause with no reported clause
    in which the writer is told something ("X has spoken to us at the cordon": a verb of
    communication, :func:`communication_verb`, with "us" or "me" as its only object or
    addressee), the writer gives the reader something ("We'll bring you the latest"), or a
    subject the writer owns appears on a kind of communication ("Our reporter will be on
    the six o'clock bulletin"; :func:`discourse_noun` of "communication")."""
    toks = _unquoted(list(tokens_in(doc, start, end)))
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    return any(_coverage_clause(r, inside) for r in roots)


def _coverage_clause(verb, inside: set[int]) -> bool:
    """The clause of ``verb`` (its dependents among the tokens ``inside``, outside
    quotation marks) tells the coverage (see :func:`coverage_line`); a reported clause,
    quoted or not, is content."""
    if _among_writer_and_reader(verb, inside):
        return True
    kids = [c for c in verb.children if c.i in inside]
    if any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return False  # "The minister told us the bridge would reopen": a report's content
    objects = [c for c in kids if c.dep_ in ("dobj", "dative")]
    objects += [g for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in kids if c.dep_ in _SUBJECTS]
    writer_told = any(o.lower_ in ("us", "me") for o in objects) and all(
        o.lower_ in ("us", "me") or o.head.dep_ == "prep" for o in objects
    )
    if writer_told and communication_verb(verb.lemma_.lower()):
        return True
    if any(s.lower_ in _WRITER for s in subjects) and any(o.lower_ in _READER for o in objects):
        return True
    return any(_owned_by_writer(s) for s in subjects) and _on_communication(verb, kids)


def _among_writer_and_reader(verb, inside: set[int]) -> bool:
    """The clause of ``verb``, through the verbs of its open complements ("are going to
    *wrap up*", "do not need to *contact*"), has the writer, the reader or what the writer
    owns as its subject ("We", "You", "Our correspondent Nadia Shah") and no participant
    besides them and the coverage (:func:`_coverage_participant`; a time, :func:`_timed`),
    and at least one such
    participant besides the subject (a writer's "We hope to reopen" is a fact of a release):
    "We're going to wrap up our coverage here.", "You do not need to contact us.", "Our correspondent will report
    on the evening news." A reported clause, or any other participant ("We counted forty
    lorries", "Our reporter saw the fire"), makes it a fact."""
    chain = [verb]
    while (nxt := _open_complement(chain[-1])) is not None:
        chain.append(nxt)
    kids = [c for v in chain for c in v.children if c.i in inside]
    if any(t.dep_ in ("ccomp", "csubj") and t.i in inside for t in verb.subtree):
        return False  # "We are proud to announce that ...": a content
    subjects = [c for c in kids if c.dep_ in _SUBJECTS]
    if not any(_writer_side(s) for s in subjects):
        return False
    if not all(_writer_side(s) or s.ent_type_ == "PERSON" for s in subjects):
        return False  # "Our editor Rhys Madoc will report": the name may parse as a subject
    args = [c for c in kids if c.dep_ in _ARGUMENT_DEPS and c.dep_ not in ("xcomp", "ccomp")]
    args += _prepositional_objects(kids)
    return bool(args) and all(_coverage_participant(a) for a in args)


def _prepositional_objects(kids) -> list:
    """The objects of the prepositions among ``kids`` and under their adverbs or
    particles ("flew *back from Milan*": "from" hangs on "back", and Milan is a participant
    of the clause as much as "on Tuesday")."""
    preps = [c for c in kids if c.dep_ == "prep"]
    preps += [g for c in kids if c.dep_ in ("advmod", "prt") for g in c.children if g.dep_ == "prep"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _open_complement(verb):
    """The verb of ``verb``'s open complement, directly ("going *to wrap up*") or through
    its adjective ("are about *to end*"), else None."""
    for c in verb.children:
        if c.dep_ == "xcomp":
            return c
        if c.dep_ == "acomp":
            found = next((g for g in c.children if g.dep_ == "xcomp"), None)
            if found is not None:
                return found
    return None


def _time_noun(tok) -> bool:
    """``tok`` is a common noun whose first WordNet sense is a time period ("night",
    "evening", "week")."""
    return tok.pos_ == "NOUN" and discourse_noun(tok.lemma_.lower(), ("time_period",))


def _timed(tok) -> bool:
    """``tok`` names a time: a date or time entity, a time noun ("the night"), or a noun
    a time word modifies ("with *the morning rush*", "for the evening peak")."""
    if tok.ent_type_ in ("DATE", "TIME") or _time_noun(tok):
        return True
    return any(
        c.dep_ in ("compound", "amod") and (c.ent_type_ in ("DATE", "TIME") or _time_noun(c))
        for c in tok.children
    )


def _writer_side(tok) -> bool:
    """``tok`` (a subject or argument) is the writer or the reader ("we", "us", "you") or
    a noun the writer or reader owns ("our correspondent", "your ticket" is not: see
    :func:`_coverage_participant`)."""
    return tok.lower_ in _WRITER or tok.lower_ in _READER or _owned_by_writer(tok)


def _coverage_participant(tok) -> bool:
    """``tok`` takes part in a clause about the coverage: the writer's side
    (:func:`_writer_side`), a time after a preposition ("on Sunday"), "here", a live page
    ("this live page"), or a kind of communication (:func:`_communication`: "the evening
    news", "the bulletin", "our coverage")."""
    if _writer_side(tok) or tok.lower_ == "here":
        return True
    if tok.dep_ == "pobj" and _timed(tok):
        return True  # "back on Sunday", "for the night"; not "cancelled the final day"
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ == "live" for c in tok.children):
        return True  # "this live page", "our live coverage": the live page itself
    return _communication(tok.lemma_.lower())


@lru_cache(maxsize=4096)
def _communication(noun: str) -> bool:
    """One of the first three WordNet senses of ``noun`` is, within :data:`DEPTH` hypernym
    steps, a kind of communication ("bulletin"; "coverage" in its third sense, the news
    reported)."""
    targets = set(lexicon.senses("communication", "n"))
    return lexicon.reaches(noun, "n", targets, first=3, depth=DEPTH)


def _owned_by_writer(subject) -> bool:
    """``subject``'s noun phrase holds the writer's possessive ("Our reporter Jess ...")."""
    return any(t.lower_ in ("our", "my") and t.dep_ == "poss" for t in subject.subtree)


def _on_communication(verb, kids) -> bool:
    """``verb`` is a copula with no object or attribute and a prepositional phrase whose
    object is a kind of communication ("will be on the bulletin")."""
    if verb.lemma_.lower() not in _COPULAS or any(c.dep_ in _ARGUMENT_DEPS for c in kids):
        return False
    return any(
        g.dep_ == "pobj"
        and g.pos_ == "NOUN"
        and discourse_noun(g.lemma_.lower(), ("communication",))
        for c in kids
        if c.dep_ == "prep"
        for g in c.children
    )


@lru_cache(maxsize=4096)
def communication_verb(verb: str) -> bool:
    """One of the first two WordNet senses of ``verb`` is, within :data:`DEPTH` hypernym
    steps, a sense of :data:`COMMUNICATE` ("speak", "talk", "tell", "write", "publish")."""
    targets = set(lexicon.senses(COMMUNICATE, "v"))
    return lexicon.reaches(verb, "v", targets, first=2, depth=DEPTH)


#: determiners that keep a noun phrase generic ("a glacier", "each year")
_GENERIC_DETS = frozenset({"a", "an", "each", "every", "any", "some"})
#: tags of a verb in the simple present ("work", "works")
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
#: dependents that make a noun phrase specific: an article or demonstrative, a possessive,
#: a number, a name
_SPECIFIC_DEPS = frozenset({"det", "poss", "nummod", "compound"})


def generic_statement(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` states what holds of a kind, not what
    happened in the story: an explainer's "Ice cores work like tree rings." or "Snow that
    falls each year is pressed into ice." (held-out s16 kind 16). A generic sentence in
    the sense of Carlson (1977): its main verb is in the simple present (no tense, aspect
    or modal auxiliary beyond a passive "is"), its subject a bare common noun (no article,
    possessive, number or name on it), and nothing in it is specific: no named entity, no
    figure or date, no definite or demonstrative determiner, no reported clause.
    "Firefighters remain at the scene" (the scene) and "Residents say the water is unsafe"
    (a report) are facts of the story."""
    toks = list(tokens_in(doc, start, end))
    roots = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if len(roots) != 1 or not _simple_present(roots[0]):
        return False
    subjects = [c for c in roots[0].children if c.dep_ in _SUBJECTS]
    if not subjects:  # "Ice cores work ...": the parser may leave the subject a compound
        subjects = [c for c in roots[0].lefts if c.pos_ == "NOUN"][-1:]
    if len(subjects) != 1 or not _bare_noun(subjects[0]):
        return False
    for t in toks:
        if t.like_num or t.dep_ in ("ccomp", "csubj", "poss"):
            return False
        if t.ent_type_ and not (t.ent_type_ == "DATE" and _every(t)):
            return False  # a name, a date; "each year" is a kind's habit
        if t.dep_ == "det" and t.lower_ not in _GENERIC_DETS:
            return False  # "the", "this", "their": a specific thing
    return True


def habitual(verb) -> bool:
    """``verb`` tells a kind's habit, not an event of the story: in the simple present
    (:func:`_simple_present`) with a bare noun for subject ("Maerl grows a millimetre a
    year", "Snow falls every winter"), or in a relative clause of a noun under "a"/"an" or
    none ("maerl, *a seaweed that forms* tiny branches"). A sentence's first word that the
    tagger made a proper noun and no entity counts as a bare noun."""
    if verb.pos_ not in ("VERB", "AUX") or not _simple_present(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        kind = verb.head
        return kind.pos_ == "NOUN" and all(
            c.lower_ in ("a", "an") for c in kind.children if c.dep_ in _SPECIFIC_DEPS
        )
    if subject.pos_ == "PROPN" and subject.is_sent_start and not subject.ent_type_:
        return not any(c.dep_ in _SPECIFIC_DEPS for c in subject.children)
    return _bare_noun(subject)


def _simple_present(verb) -> bool:
    """``verb`` is in the simple present: tagged so, or a passive with a present "is"/"are"
    and no other auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT_TAGS:
        return not auxes
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].dep_ == "auxpass"
        and auxes[0].tag_ in _PRESENT_TAGS
    )


def _bare_noun(tok) -> bool:
    """``tok`` is a common noun with nothing making it specific (:data:`_SPECIFIC_DEPS`; a
    compound only when a name: "Vostok cores", not "ice cores")."""
    if tok.pos_ != "NOUN":
        return False
    return not any(
        c.dep_ in _SPECIFIC_DEPS and (c.dep_ != "compound" or c.pos_ == "PROPN")
        for c in tok.children
    )


def _every(tok) -> bool:
    """``tok`` is in a date entity that quantifies over times ("each year", "every
    winter")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and any(t.lower_ in ("each", "every") for t in ent)


#: predicates of a copula that tell where a reader may get something ("is available on the
#: website")
_OBTAINABLE = frozenset({"available", "accessible", "downloadable", "obtainable"})


def availability_line(doc, start: int, end: int) -> bool:
    """The sentence ``start:end`` of ``doc`` points the reader to a piece of communication
    rather than telling the story: outside quotation marks, a main copula whose
    predicate is "available" (:data:`_OBTAINABLE`) and whose subject is a kind of
    communication (:func:`discourse_noun`: "The full report is available on the Office's
    website", "A transcript is available online"). A thing that is no communication
    ("A vaccine is available at pharmacies") is a fact."""
    toks = _unquoted(list(tokens_in(doc, start, end)))
    inside = {t.i for t in toks}
    for root in (t for t in toks if t.dep_ == "ROOT" and t.lemma_ in _COPULAS):
        kids = [c for c in root.children if c.i in inside]
        said = [c for c in kids if c.dep_ == "acomp" and c.lower_ in _OBTAINABLE]
        subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
        if said and subj and discourse_noun(subj[0].lemma_.lower(), ("communication",)):
            return True
    return False
