"""One assertion denied in two other wordings is one dispute with both deniers (session 31).

A wire and its portal copy said the tenants' union "would challenge the rent rise in the
courts"; one paper said it "had decided not to challenge the rent rise", a broadcaster
that it "would not go to court". The two denials pivot on two words (challenge, court), so
they were two candidate conflicts; the second repeated the first's asserting clauses in two articles (the wire
and its copy) and was dropped whole, losing the broadcaster's side (held-out s15). It now
joins the first.

Every text here is written for these tests."""

from __future__ import annotations

from consilience.model import Article

TEXTS = {
    "wire": "The Vell Tenants' Union said on Tuesday it would challenge the rent rise in the "
    "courts.",
    "portal": "The Vell Tenants' Union said on Tuesday it would challenge the rent rise in the "
    "courts.",
    "paper": "The Vell Tenants' Union had decided not to challenge the rent rise after all, "
    "its secretary said.",
    "radio": "Union secretary Ana Kerr told listeners the tenants' union would not go to court "
    "over the rent rise.",
}


def test_both_deniers_are_sides_of_one_dispute(bench):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example",
                published="2026-10-06T09:00:00Z")
        for k, v in TEXTS.items()
    ]  # fmt: skip
    brief = build_brief(bench.build_context(arts))
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    sides = [{r["article"] for r in c["readings"]} for c in facts]
    assert any({"wire", "paper", "radio"} <= s for s in sides), sides
