"""Drafting a meeting in-process for the tests of named and narrower works (test_named_works, test_narrow_works)."""

from __future__ import annotations

from drafter.library import load_library, load_templates
from drafter.meeting import parse_meeting
from drafter.render import render_draft


def draft_meeting(meeting: str, place: str = "清河县", seed: int = 0, **more: object):
    """The shipped library and a draft of `meeting` for `place` (more answers by their standard names)."""
    library, templates = load_library(), load_templates()
    template = templates[parse_meeting(meeting).kind.template]
    draft = render_draft(library, template, {"place": place, "meeting": meeting, **more}, seed=seed)
    return library, draft


def used_ids(draft, role: str) -> list[str]:
    """Ids of the fragments a draft used in `role` (point, opening …), in order."""
    return [u.id for u in draft.uses if u.role.value == role]
