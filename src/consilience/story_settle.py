"""Settling articles added to an existing story index, as the batch passes would.

:func:`consilience.stories.cluster_index` adds a batch of articles online and then refines
(:meth:`consilience.stories.StoryIndex.refine`): lone reports re-assigned at the lower
``orphan_threshold``, fragments of one event merged by shared events and entity anchors.
A later ingest only *adds* (earlier assignments never change, story ids stay stable): a
report that the batch would have moved into a story in refinement (a live blog whose
entries score just under ``threshold`` against the wire copy) stayed alone when it came in
a later ingest. :class:`Settling` (a mixin of the index) runs the same
passes for the newly added articles only: every pair of stories considered holds a story
opened by them (two stories the store had never merge, no earlier article moves), and when
such a story meets an older one, the older one is kept, so its id (and every link to it)
survives. A story made only of new articles is then named after its members
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
        them: lone re-assignment (at most ``lone_passes`` passes), then the event and anchor
        passes, each over story pairs of which one was opened by them (:meth:`_touches`).
        Near-copies are not re-assigned (they follow their originals); ids not in the index
        are ignored. Stories made only of them are then named after their members."""
        self._fresh = frozenset(i for i in ids if i in self.items)
        try:
            if not self._fresh:
                return
            for _ in range(self.params.lone_passes):
                if not self._reassign_fresh():
                    break
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
        being settled; returns whether any moved."""
        live = self._live()
        if len(live) < 2:
            return False
        own = [i for i in self._fresh if self.items[i].duplicate_of is None]
        ids = sorted(own, key=lambda i: (self.items[i].day is None, self.items[i].day or 0, i))
        if not ids:
            return False
        moves = self._block_moves(ids, self._live_view(live))
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
        inside, when one of them was opened by the articles being settled
        (:meth:`_only_fresh`), so that two stories the store had before never merge and no
        earlier article changes story."""
        if not self._fresh:
            return True
        return self._only_fresh(a) or self._only_fresh(b)

    def _only_fresh(self, s: int) -> bool:
        """Whether story ``s`` was opened by the articles being settled (all its members
        are among them): such a story gives way to an older one it meets."""
        members = self.stories[s].members
        return bool(self._fresh) and bool(members) and all(m in self._fresh for m in members)
