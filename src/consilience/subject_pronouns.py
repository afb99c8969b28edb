"""The antecedent of a third-person pronoun subject, where the text makes it unambiguous.

:func:`sayer_antecedent` ``(pronoun, reporting verb) -> token | None``: "the company said *it*
had suspended launches", "union leaders say *they* will meet": the reporting verb's subject,
when it agrees with the pronoun.

:func:`antecedent` ``(pronoun) -> token | None``: the one noun of matching number (and
person-ness for "he"/"she") that is a subject or object in the pronoun's sentence before it
or in the previous sentence ("Union leaders rejected the offer. *They* will meet ..."); None
when there is no such noun or more than one (different names or nouns).

Parse-based and deliberately cautious: a pronoun with two candidates stays unresolved.
"""

from __future__ import annotations

from typing import Any

#: pronoun (lower case) -> number/kind it refers to
PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "it": "thing",
    "they": "plural",
}
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "pobj", "appos"})
#: nouns that stand for a person ("the minister", "a spokeswoman")
PERSON_NOUNS = frozenset(
    "minister president chancellor governor mayor spokesman spokeswoman spokesperson "
    "director chief executive chairman chairwoman chair leader coach manager judge officer "
    "secretary senator commissioner official player striker captain doctor nurse lawyer "
    "attorney prosecutor witness victim suspect man woman boy girl driver pilot teacher "
    "father mother son daughter husband wife".split()
)


def _kind_of(tok) -> str | None:
    """What a noun phrase headed by ``tok`` can be referred to by: ``person`` | ``thing`` |
    ``plural``; None for a pronoun, a date or a figure."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    if any(c.dep_ == "conj" for c in tok.children) or tok.tag_ in ("NNS", "NNPS"):
        return "plural"
    if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_NOUNS or _surname(tok):
        return "person"
    return "thing"


def _surname(tok) -> bool:
    """A proper noun that ends a person's name elsewhere in the text ("Vance" after "Teodor
    Vance"), whatever the model labels it here."""
    if tok.pos_ != "PROPN":
        return False
    return any(e.label_ == "PERSON" and e[-1].text == tok.text for e in tok.doc.ents)


def agrees(pronoun, tok) -> bool:
    """Whether the noun ``tok`` can be what ``pronoun`` refers to (an organisation may be
    "it" or, in British usage, "they")."""
    want = PRONOUNS.get(pronoun.lower_)
    kind = _kind_of(tok)
    if want is None or kind is None:
        return False
    return kind == want or (want == "plural" and tok.ent_type_ == "ORG")


def sayer_antecedent(pronoun, verb) -> Any:
    """The subject of reporting verb ``verb`` when it agrees with ``pronoun``, the subject
    of the verb's content clause ("the club said *it* ...") and no other noun before the
    pronoun in its sentence agrees ("Lund's lawyer said *he*": Lund or the lawyer); else
    None."""
    subj = relative_subject(verb)
    if subj is None or not agrees(pronoun, subj):
        return None
    found = _candidates(pronoun, pronoun.sent.start)
    return subj if set(found) == {_key(subj)} else None


def relative_subject(verb) -> Any:
    """The subject of ``verb``; for a relative pronoun ("Vance, *who* says ...") the noun
    the relative clause hangs on; None without a subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _key(tok) -> str:
    if tok.ent_type_:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.text.lower()
    return tok.lemma_.lower()


def antecedent(pronoun) -> Any:
    """The one agreeing subject or object noun before ``pronoun`` in its sentence or in the
    previous one, else None (none or several)."""
    if pronoun.lower_ not in PRONOUNS:
        return None
    start = pronoun.sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    found = _candidates(pronoun, start)
    return next(iter(found.values())) if len(found) == 1 else None


def _candidates(pronoun, start: int) -> dict[str, Any]:
    """Key -> first token of each noun from token ``start`` up to ``pronoun`` that is an
    argument (subject, object, possessive, prepositional object) agreeing with it."""
    found: dict[str, Any] = {}
    for tok in pronoun.doc[start : pronoun.i]:
        if tok.dep_ in _ARGUMENT_DEPS and agrees(pronoun, tok):
            found.setdefault(_key(tok), tok)
    return found


def _age_description(tok) -> bool:
    """A definite noun phrase that names a person by age ("the 24-year-old", "the
    54-year-old Kenyan"): "the" and "N-year-old" among its words."""
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i]
    if not words or words[0] != "the":
        return False
    text = "".join(words[1:])
    return "-year-old" in text or "yearold" in text.replace("-", "")


def described_antecedent(tok) -> Any:
    """The one person named as an argument in ``tok``'s sentence before it or in the previous
    sentence when ``tok`` heads an age description ("Joram Kitenge won ... *The 24-year-old*
    passed halfway ..."), else None (no such description, or no or several persons)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _age_description(tok):
        return None
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    found: dict[str, Any] = {}
    for cand in tok.doc[start : tok.left_edge.i]:
        if cand.dep_ in _ARGUMENT_DEPS and _kind_of(cand) == "person" and cand.pos_ == "PROPN":
            found.setdefault(_key(cand), cand)
    return next(iter(found.values())) if len(found) == 1 else None
