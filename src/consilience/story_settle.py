"""Settling articles added to an existing story index, as the batch passes would.

:func:`consilience.stories.cluster_index` adds a batch of articles online and then refines
(:meth:`consilience.stories.StoryIndex.refine`): lone reports re-assigned at the lower
``orphan_threshold``, fragments of one event merged by shared events and entity anchors.
A later ingest used to only *add* (earlier assignments never changed): a report that the
batch would have moved into a story in refinement (a live blog whose entries score just
under ``threshold`` against the wire copy) stayed alone when it came in a later ingest, and
two fragments of one event stored earlier never met again even when the new article gave
the figure or the follow-up that ties them (held-out s15: the wire, live blog and
``UPDATE 1`` in one story, the council's release and the local paper in another, when the
articles came one by one). :class:`Settling` (a mixin of the index) runs the batch's passes
again for the story pairs the new articles *touch*: every pair considered holds a story
holding one of them (:meth:`_touches`), so the evidence they bring may join two stories the
store already had, and a lone report the store had moves to the story they joined when the
batch would move it. Two stories neither of them touches never merge. When a new story
meets an older one, the older one is kept; when two older ones merge, the id of one is kept
and the other resolves to it (:meth:`consilience.stories.StoryIndex.resolve`: a bookmarked
``brief --story ID`` of the absorbed story gives the story it joined). A story made only of
new articles is then named after its members
(:func:`consilience.stories.members_story_id`), as a batch names it: the same articles give
the same story id whether they came in one ingest or after others.
"""

from __future__ import annotations

from collections.abc import Iterable


class Settling:
    """The settle pass of :class:`consilience.stories.StoryIndex` (a mixin: it works on the
    index's own stories, items and passes)."""

    #: the articles being settled (ids, near-copies included); empty outside :meth:`settle`
    _fresh: frozenset[str] = frozenset()

    def settle(self, ids: Iterable[str]) -> None:
        """Give the articles ``ids`` (already added) the refinement passes the batch gives
        them: the centroid merge and lone re-assignment (at most ``lone_passes`` passes: the
        new articles, and lone reports moving to a story holding one of them), then the
        follow-up, event, anchor and figure passes, each over story pairs of which one holds
        one of them (:meth:`_touches`).
        Near-copies are not re-assigned (they follow their originals); ids not in the index
        are ignored. Stories made only of them are then named after their members."""
        self._fresh = frozenset(i for i in ids if i in self.items)
        try:
            if not self._fresh:
                return
            self._merge()
            for _ in range(self.params.lone_passes):
                if not self._reassign_fresh():
                    break
                self._merge()
            self._join_follow_ups()
            self._merge_events()
            self._attach_orphans()
            self._attach_anchored()
            self._merge_anchored()
            self._merge_figures()
            self._name_fresh()
        finally:
            self._fresh = frozenset()

    def _reassign_fresh(self) -> bool:
        """One re-assignment pass (the batch's rule, :meth:`_best_move`) over the articles
        being settled and the reports alone in their story; a lone report the store had moves
        only to a story holding an article being settled. Returns whether any moved."""
        live = self._live()
        if len(live) < 2:
            return False
        lone = {m for s in live.tolist() if self._tiny(s) for m in self.stories[s].members}
        own = [i for i in self._fresh | lone if self.items[i].duplicate_of is None]
        ids = sorted(own, key=lambda i: (self.items[i].day is None, self.items[i].day or 0, i))
        if not ids:
            return False
        moves = [
            (i, s)
            for i, s in self._block_moves(ids, self._live_view(live))
            if i in self._fresh or self._holds_fresh(s)
        ]
        if moves:
            self._apply_moves(moves)
        return bool(moves)

    def _name_fresh(self) -> None:
        """Name every story opened by the articles being settled after its members."""
        for s in {self.items[i].story for i in self._fresh}:
            if self._only_fresh(s):
                self.stories[s].id = self._members_id(s)

    def _touches(self, a: int, b: int) -> bool:
        """Whether a pass may join stories ``a`` and ``b``: always outside :meth:`settle`;
        inside, when one of them holds an article being settled (:meth:`_holds_fresh`): the
        evidence the new articles bring, never a re-run over stories they do not touch."""
        if not self._fresh:
            return True
        return self._holds_fresh(a) or self._holds_fresh(b)

    def _holds_fresh(self, s: int) -> bool:
        """Whether story ``s`` holds an article being settled."""
        return any(m in self._fresh for m in self.stories[s].members)

    def _only_fresh(self, s: int) -> bool:
        """Whether story ``s`` was opened by the articles being settled (all its members
        are among them): such a story gives way to an older one it meets."""
        members = self.stories[s].members
        return bool(self._fresh) and bool(members) and all(m in self._fresh for m in members)
