"""A consensus member whose sentence states the item's act in a clause subordinate to
another act is cited with that clause, not its main clause (issue #11, session 25, kind 1
of heldout_s24/judged.md: "they apparently expected little resistance beyond the hotel
lobby." cited for "the council voted to charge visitors a nightly tax").

:func:`consilience.subclause_cites.reanchored` narrows such a member to the clause of its
sentence whose verb names the act another article's member states, when that clause states
its act as done (a subject of its own, no negation or modal, not opened by "if" or
"unless", never a complement of "denied" or "feared"). Every sentence is written for this
file, about other events than the held-out sets'.
"""

from __future__ import annotations

import pytest

from consilience.claim_spans import Texts
from consilience.model import Claim
from consilience.subclause_cites import reanchored


def _claim(aid: str, text: str, sentence: str, predicate: str) -> Claim:
    start = text.index(sentence)
    end = start + len(sentence.rstrip("."))
    return Claim(aid, start, end, text[start:end], 0, "main", predicate, predicate)


def _narrowed(make_ctx, member: str, predicate: str, other: str, act: str) -> str | None:
    ctx = make_ctx(member, other)
    texts = Texts(ctx)
    got = reanchored(
        _claim("a0", member, member, predicate), [_claim("a1", other, other, act)], texts
    )
    return None if got is None else got.text


@pytest.mark.parametrize(
    ("member", "predicate", "other", "act", "want"),
    [
        (  # an adverbial clause opened by "when", in the past
            "When the jury convicted the treasurer of fraud, her supporters wept outside.",
            "weep",
            "A jury convicted the former treasurer of fraud on Friday.",
            "convict",
            "the jury convicted the treasurer of fraud",
        ),
        (  # passive inside an "after" clause
            "Shops reopened on the high street after the evacuation order was lifted by police.",
            "reopen",
            "Police lifted the evacuation order at noon.",
            "lift",
            "the evacuation order was lifted by police",
        ),
        (  # "as", the act inside a longer sentence with a quote-free main clause
            "Thousands of fans cheered in the square as the captain lifted the cup.",
            "cheer",
            "The captain lifted the cup in front of a sell-out crowd.",
            "lift",
            "the captain lifted the cup",
        ),
        (  # "because", WordNet relating "shut" and "close"
            "Commuters waited for hours because the operator shut the tunnel overnight.",
            "wait",
            "The operator closed the tunnel on Tuesday night.",
            "close",
            "the operator shut the tunnel overnight",
        ),
    ],
)
def test_the_clause_stating_the_act_is_cited(make_ctx, member, predicate, other, act, want):
    assert _narrowed(make_ctx, member, predicate, other, act) == want


@pytest.mark.parametrize(
    ("member", "predicate", "other", "act"),
    [
        (  # a complement of "denied" is not asserted
            "The bakery denied that it had cut forty jobs.",
            "deny",
            "The bakery cut forty jobs in March.",
            "cut",
        ),
        (  # a condition states nothing done
            "Hotels will raise prices if the council approves the levy.",
            "raise",
            "The council approved the levy on Monday.",
            "approve",
        ),
        (  # a negated clause says the opposite
            "Although the referee did not send him off, the player apologised.",
            "apologise",
            "The referee sent the player off in the second half.",
            "send_off",
        ),
        (  # the member's own predicate states the act: it stays as it is
            "The jury convicted the treasurer after the judge summed up the case.",
            "convict",
            "A jury convicted the former treasurer of fraud on Friday.",
            "convict",
        ),
    ],
)
def test_no_clause_is_taken_when_it_does_not_state_the_act(make_ctx, member, predicate, other, act):
    """Precision: a denied, conditional or negated clause, and a member whose own verb
    already names the act, are left as they are."""
    assert _narrowed(make_ctx, member, predicate, other, act) is None
