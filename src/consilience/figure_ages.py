"""The age of a thing told as the year it came into being: "the Marit Sol, built in 1990",
"a plant that was commissioned in 1983", "the club, founded in 1902". It is the same
property as "the 31-year-old ferry" elsewhere: the age at the publication date, so the
year is converted (publication year minus the year, give or take the year not yet
complete: [pub - year - 1, pub - year]).

A verb brings its subject into being when WordNet puts one of :data:`_BEGINNING_ROOTS`
among its hypernyms (first two senses): "build", "construct", "manufacture", "erect"
(make, create), "found", "establish", "launch" (initiate, open), "bear" (bring forth).
The holder is the thing so made: the passive subject ("the ferry was built in 1990"),
the noun a participle or relative clause hangs on ("the Marit Sol, built in 1990", "a
ferry which was built in 1990"). A person's birth year is left to the dates: a person's
age is told with "N-year-old" far more often, and "born in" is no property of a thing.
"""

from __future__ import annotations

from dataclasses import dataclass

#: hypernyms of verbs that bring their object into being
_BEGINNING_ROOTS = frozenset({"make", "create", "initiate", "bring_forth", "produce"})
#: WordNet classes of the things whose age a story reports (made objects, bodies founded)
THING_ROOTS = frozenset({"artifact", "organization", "organisation"})
_YEAR_MIN, _YEAR_MAX = 1000, 2100


@dataclass(frozen=True)
class BuildYear:
    """A year of build read at token ``year`` (``start``-``end`` the tokens from the verb to
    the year), ``holder`` the token of the thing built."""

    year: int
    start: int
    end: int
    holder: object


def brings_into_being(lemma: str) -> bool:
    """``lemma`` is a verb WordNet makes one of bringing something into being (see the
    module docstring)."""
    from .lexicon import hypernyms

    return lemma in _BEGINNING_ROOTS or bool(_BEGINNING_ROOTS & hypernyms(lemma, "v", 2))


def _holder(verb):
    """The thing a participle or passive verb of making is about, or None."""
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return _past_place(verb.head)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        return subj
    if subj is not None and subj.dep_ and verb.dep_ == "relcl":
        return verb.head
    return None


def _past_place(tok):
    """The thing a name hangs on through a preposition ("the lighthouse at Skarr, built in
    1962": the lighthouse), else ``tok``."""
    prep = tok.head
    if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and prep.dep_ == "prep":
        if prep.head.pos_ == "NOUN" and _thing_noun(prep.head.lemma_.lower()):
            return prep.head  # the tagger may take the place for a person: the noun decides
    return tok


def build_year_at(doc, i: int) -> BuildYear | None:
    """The year of build at token ``i`` ("built in 1990": ``i`` is "1990"), or None: a
    four-digit year, object of "in", on a passive or participle verb of making whose
    holder is a thing (no person)."""
    tok = doc[i]
    if not (tok.text.isdigit() and len(tok.text) == 4):
        return None
    year = int(tok.text)
    prep = tok.head
    if not _YEAR_MIN <= year <= _YEAR_MAX or tok.dep_ != "pobj" or prep.lower_ != "in":
        return None
    verb = prep.head
    if verb.tag_ != "VBN" or not brings_into_being(verb.lemma_.lower()):
        return None
    holder = _holder(verb)
    if holder is None or not is_thing(holder):
        return None
    return BuildYear(year, min(verb.i, i), i + 1, holder)


def is_thing(tok) -> bool:
    """``tok`` names a made thing or a founded body (:data:`THING_ROOTS` among the WordNet
    ancestors of its first two senses: "ferry", "reactor", "club"; not "man", "decision"),
    or is a name whose own common noun does ("the ferry Marit Sol"), or a name the tagger
    takes for no person's ("the Marit Sol, built in 1990")."""
    if tok.pos_ == "NOUN":
        return _thing_noun(tok.lemma_.lower())
    if tok.pos_ != "PROPN":
        return False
    nouns = [c for c in tok.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    if nouns:
        return all(_thing_noun(c.lemma_.lower()) for c in nouns)
    return tok.ent_type_ not in ("PERSON", "")


def _thing_noun(lemma: str) -> bool:
    from .figure_sets import ancestors

    ups = ancestors(lemma, 12, first=2)
    return bool(THING_ROOTS & set(ups)) and "person" not in ups


def age_interval(year: int, published: str | None) -> tuple[float, float] | None:
    """(low, high) years of age at the publication date (``YYYY-...``) of a thing made in
    ``year``; None when the date is unknown or before the year."""
    if not published or not published[:4].isdigit():
        return None
    age = int(published[:4]) - year
    return (max(age - 1, 0), age) if age >= 0 else None


#: WordNet's person classes of each sex ("woman", "girl", "widow" / "man", "boy", "son")
_SEXES = (("female", "female_person"), ("male", "male_person"))


def sex_of(noun: str | None) -> str | None:
    """The sex "female" or "male" when WordNet makes ``noun`` a person of that sex only, else None
    ("guest", "driver", "pensioner": either)."""
    from .noun_branches import kind_of

    if not noun or not noun.isalpha():
        return None
    found = [sex for sex, root in _SEXES if kind_of(noun.lower(), root)]
    return found[0] if len(found) == 1 else None


def split_sexes(groups: dict[tuple, list]) -> None:
    """Ages of unnamed people told with nouns of opposite sex ("a 72-year-old woman" in one
    report, "a 31-year-old man" in another) are two people's: each sex's readings leave the
    slot for one of their own (the subject names the sex). Readings whose noun tells no sex
    stay. Changed in place; ``groups`` maps slot keys (dimension, property, owner) to
    Quantity lists."""
    for key in sorted((k for k in groups if k[0] == "age" and k[-1] is None), key=repr):
        by_sex: dict[str, list] = {}
        for q in groups[key]:
            sex = sex_of(q.noun)
            if sex is not None:
                by_sex.setdefault(sex, []).append(q)
        if len(by_sex) < 2:
            continue
        moved = {id(q) for qs in by_sex.values() for q in qs}
        rest = [q for q in groups[key] if id(q) not in moved]
        if rest:
            groups[key] = rest
        else:
            del groups[key]
        for sex, qs in sorted(by_sex.items()):
            groups.setdefault((key[0], f"{key[1]} ({sex})", *key[2:]), []).extend(qs)
