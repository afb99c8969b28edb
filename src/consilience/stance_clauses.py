"""A holder's stance told as what it "is": "The Directorate's working view is that the virus
came in from wild birds", "The company's position is that no rule was broken", "the
union's case is that riders are staff". The clause after "is that" is what the holder
says, as if "The Directorate said that ..." had been written, so it is the holder's
reported speech.

    stance_clauses(doc) -> [Stance(holder, start, end), ...]

A stance is a copula ("is", "was", "remains") whose subject is a noun of holding a view
(:data:`STANCE_NOUNS`) with a possessive before it (the holder: "the Directorate's",
"Tessellate's", "our") and whose complement is a "that" clause; not a negated copula ("the
view is not that ..."). ``start:end`` are the characters of the clause after "that".
Read from the parse alone; which holder speaks is the caller's to resolve.
"""

from __future__ import annotations

from dataclasses import dataclass

#: nouns of a view held or put: "view", "position", "assessment", "understanding"
STANCE_NOUNS = frozenset({
    "view", "position", "assessment", "belief", "understanding", "conclusion", "stance",
    "opinion", "expectation", "advice", "case", "argument", "contention", "finding",
    "judgement", "judgment", "verdict", "line", "message", "response", "hope", "fear",
})  # fmt: skip
_COPULAS = frozenset({"be", "remain"})


@dataclass(frozen=True)
class Stance:
    """One stance: ``holder`` the possessive token ("Directorate"), ``start:end`` the
    characters of what the holder holds."""

    holder: object
    start: int
    end: int


def stance_clauses(doc) -> list[Stance]:
    """Every stance of the spaCy ``doc`` (module doc), in text order."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in _COPULAS or tok.pos_ not in ("AUX", "VERB"):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in STANCE_NOUNS:
            continue
        holder = next((c for c in subj.children if c.dep_ == "poss"), None)
        clause = next((c for c in tok.children if c.i > tok.i and _that_clause(c)), None)
        if holder is None or clause is None:
            continue
        first = next(t for t in clause.subtree if t.dep_ != "mark")
        last = clause.right_edge
        while last.i > first.i and last.is_punct:
            last = doc[last.i - 1]
        out.append(Stance(holder, first.idx, last.idx + len(last.text)))
    return out


def _that_clause(tok) -> bool:
    """``tok`` heads a clause opened by "that" ("is *that* the virus came in")."""
    return tok.dep_ in ("ccomp", "attr", "advcl") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
    )
