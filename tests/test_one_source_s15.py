"""One source corroborating itself (session 15): a figure a wire gives in its morning story
and again in its own evening update is one outlet's report, not two that agree; the same
figure from another outlet corroborates it (reconcile.reconcile_slot counts the readings'
independent sources, consilience.provenance.independent_sources)."""

from __future__ import annotations

MORNING = "A quarry wall at Denholm collapsed at 6:10 a.m. on Friday, burying two diggers."
EVENING = (
    "Rescuers freed both digger drivers on Friday evening, hours after the quarry wall at "
    "Denholm gave way at 6:10 a.m., the operator said."
)


def _time_items(ctx) -> list[tuple[str, int]]:
    from consilience.reconcile import build_quantities

    out = build_quantities(ctx)
    return [
        (kind, len(item["readings"]))
        for kind in ("conflicts", "corroborated")
        for item in out[kind]
        if item["subject"].endswith("(time of day)")
    ]


def test_an_outlets_update_does_not_corroborate_its_morning_story(make_ctx):
    ctx = make_ctx(MORNING, EVENING, published=["2026-05-08", "2026-05-08"])
    assert _time_items(ctx) == [("corroborated", 2)]  # two outlets: corroborated
    ctx.analyses[1].article.outlet = ctx.analyses[0].article.outlet
    assert _time_items(ctx) == []  # one outlet's two printings: one source
