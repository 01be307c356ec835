"""Revise a draft without losing hand edits: re-render with changed answers, merge the writer's edits.

`drafter update 讲话.md --set place=南通市` reads the draft's record, renders the
speech again with the changes asked for (the same fragments where the
structure allows), and three-way merges the text drafter wrote last time, the
file as the writer edited it, and the new rendering (`drafter.merge`).
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from drafter.answers import Record, load_record, parse_set, record_path, standard_name
from drafter.drafting import DraftRequest, DraftResult, make_draft
from drafter.errors import DrafterError, LibraryError, UsageError
from drafter.limits import missing_or_not_regular
from drafter.merge import Conflict, has_conflict_marks, merge_texts
from drafter.model import Role
from drafter.render import change_answers
from drafter.render.ideas import relaxed
from drafter.render.values import whole_number
from drafter.text import cn_number, count_han

_ROLE_NAMES = {
    "标题": Role.TITLE, "称谓": Role.SALUTATION, "开场": Role.OPENING, "开头": Role.OPENING,
    "肯定": Role.ACKNOWLEDGEMENT, "肯定报告": Role.ACKNOWLEDGEMENT, "过渡": Role.TRANSITION,
    "结尾": Role.CLOSING, "结束语": Role.CLOSING,
}  # fmt: skip
_ROLE_NAMES.update({role.value: role for role in Role})


@dataclass(frozen=True, slots=True)
class UpdateRequest:
    """What `drafter update` was asked for."""

    draft: Path
    sets: tuple[str, ...] = ()
    points: int | None = None
    minutes: int | None = None
    picks: tuple[str, ...] = ()
    swaps: tuple[str, ...] = ()
    library: Path | tuple[Path, ...] | None = None
    templates: Path | None = None
    # The result goes elsewhere (-o 二稿.docx) or nowhere (--dry-run): a file sharing another's record (讲话.docx,
    # exported from 讲话.md and edited in Word) may then be updated, that record being left as it is (newuser38).
    elsewhere: bool = False
    # The record of a draft saved under another name (讲话（改）.docx, from 讲话.md): its new record goes beside it.
    record: Path | None = None


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """The merged speech, the new rendering it was merged with, and what still clashes."""

    path: Path
    before: str  # the file as the writer left it (Markdown)
    text: str  # the merged speech (Markdown)
    rendered: DraftResult  # the new rendering, for the record
    conflicts: tuple[Conflict, ...]
    notes: tuple[str, ...] = ()
    read_digest: str = ""  # SHA-256 of the file's bytes when the update read it ("" for a result built elsewhere)

    def diff(self) -> str:
        """What the update changes in the writer's file, as a unified diff."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.text.splitlines(keepends=True),
            fromfile=f"{self.path.name}（现在）", tofile=f"{self.path.name}（更新后）",
        )  # fmt: skip
        return "".join(lines)


def update_draft(request: UpdateRequest) -> UpdateResult:
    """Re-render a recorded draft with the changes asked for and merge the writer's hand edits in.

    Raises:
        UsageError: no record beside the draft, nothing to change, or a bad part to swap.
        DrafterError: anything `drafter draft` can raise for the new answers.
    """
    request = _length_from_sets(request)
    path = request.draft
    record = _record_of(path, shared=request.elsewhere, given=request.record)
    _refuse_unknown_sets(request)
    read_digest = _digest(path)  # taken before reading: a save in between is caught at write time
    before = _read_as_markdown(path)
    if has_conflict_marks(before):  # merged again, the marks nested: 你改过的“【冲突结束】……”与新生成的文字不同
        raise UsageError(
            "讲话稿里还有上次修改留下的冲突（【原稿】【新稿】标记），没有更新", path=path,
            hint="先在每处冲突中保留一种写法，删去其余文字和全部【】标记（drafter check 会列出位置），再运行 drafter update。",
        )  # fmt: skip
    if record.text is not None:
        base = record.text
    else:
        base = make_draft(DraftRequest(replay=request.record or record_path(path)), prompt=None).draft.text
    try:
        rendered = _rendered(record, request)
    except LibraryError as exc:  # a kept fragment deleted or merged away since: said as --replay says it
        gone = getattr(exc, "missing_id", None)
        if gone is None or gone not in {str(u.get("id")) for u in record.fragments}:
            raise
        from drafter.drafting import fragment_gone

        raise fragment_gone(record, gone) from None
    base_md, theirs_md = _same_form(path, base), _same_form(path, rendered.draft.text)
    merged = merge_texts(base_md, before, theirs_md, relevel=relevel_pairs(record.answers, rendered.draft.answers))
    notes = tuple(rendered.notes)
    if record.text is None:
        notes += ("记录中没有上一稿的原文，按记录重新生成了上一稿作为比较基础。",)
    return UpdateResult(path, before, merged.text, rendered, merged.conflicts, notes, read_digest)


def _refuse_unknown_sets(request: UpdateRequest) -> None:
    """`--set 成积=…` (成绩 misspelt) is refused as `draft` refuses it, before anything is rendered or written."""
    from drafter.library import STANDARD_VARIABLES

    if all(name in STANDARD_VARIABLES for name in parse_set(request.sets)):
        return
    from drafter.drafting import refuse_unknown_sets
    from drafter.workspace import open_library, open_templates

    refuse_unknown_sets(request.sets, open_library(request.library), open_templates(request.templates), done="没有更新")


def _digest(path: Path) -> str:
    from drafter import hashes

    return hashes.sha256(path.read_bytes()).hexdigest()


def _length_from_sets(request: UpdateRequest) -> UpdateRequest:
    """`--set points=4` and `--set minutes=15` mean `--points 4` and `--minutes 15`, checked as they are.

    Otherwise they would take the replay path, which keeps the recorded fragments: the number would
    only be written into the record, unchecked, and break every later update. Given with the option
    too (--points), the option wins.

    Raises:
        UsageError: the value is not a whole number.
    """
    sets: list[str] = []
    lengths: dict[str, int] = {}
    for item in request.sets:
        key, sep, value = item.partition("=")
        name = standard_name(key.strip()) if sep else ""
        value = value.strip()
        if name in ("points", "minutes"):
            try:
                number = whole_number(value)
            except ValueError:
                what = "要点数（讲几点意见）" if name == "points" else "讲话时长（分钟）"
                raise UsageError(f"--set {key.strip()}：{what}应是整数，而不是“{value}”",
                                 hint="例如 --set points=4，或用 --points 4、--minutes 15。") from None  # fmt: skip
            if getattr(request, name) is None:
                lengths[name] = number
        else:
            sets.append(item)
    if not lengths:
        return request
    return replace(request, sets=tuple(sets), points=lengths.get("points", request.points),
                   minutes=lengths.get("minutes", request.minutes))  # fmt: skip


def _record_of(path: Path, *, shared: bool = False, given: Path | None = None) -> Record:
    """The record beside `path` (or `given`: a draft saved under another name); with `shared`, also one written for
    the draft's other format (讲话.md's for 讲话.docx).

    Raises:
        UsageError: the draft is missing, is a record, has none, or (unless `shared`) its record is another file's.
    """
    if not path.is_file():
        hint = "检查路径。"
        # deleted or moved while its record stays (newuser36)
        if not path.exists() and record_path(path).is_file():
            rec = record_path(path)
            hint = (f"它的起草记录 {rec.name} 还在：drafter draft --replay {rec} -o {path} 可以重新写出这份讲话稿"
                    "（之后的手工修改不在记录里）；文件只是换了位置时，写出新的路径。")  # fmt: skip
            owner = _owner_beside(rec, path)
            if owner is not None:  # the record is 讲话.md's: the replay above is refused for that very reason (user52)
                hint = (f"起草记录 {rec.name} 是 {owner} 的：更新 {owner}（drafter update {path.with_name(owner)} …），"
                        f"要 {path.name} 时再导出：drafter export {path.with_name(owner)} -o {path}。")  # fmt: skip
        raise UsageError(missing_or_not_regular(path, "讲话稿文件不存在"), path=path, hint=hint)
    rec = record_path(path)
    if given is not None:
        return _given_record(path, given, rec)
    if not rec.is_file() and path.name.endswith(".answers.yaml"):  # said 找不到…起草记录（讲话.answers.answers.yaml） (newuser37)
        draft = _draft_of_record(path)
        raise UsageError(
            "这是起草记录，不是讲话稿", path=path,
            hint=f"drafter update 后面写讲话稿的文件名：drafter update {draft} …；起草记录随之更新。",
        )  # fmt: skip
    if not rec.is_file():
        near = _record_nearby(path)
        if near is not None:  # 讲话（王主任改）.docx, saved in Word from 讲话.docx: 重新起草 lost every edit (newuser38)
            hint = (f"它是 {Path(_draft_of_record(near)).name} 另存为别的名字的修改稿时，写出那份讲话稿的起草记录："
                    f"drafter update {path.name} --record {near.name} …（你在这份稿子里的修改都保留，新的记录写在它旁边，"
                    f"{near.name} 不动）；不是时，用 drafter draft 重新起草。")  # fmt: skip
        else:
            hint = ("drafter update 只能更新 drafter draft -o 写出的讲话稿（旁边有同名的 .answers.yaml）；"
                    "讲话稿另存为别的名字时，用 --record 写出原来的起草记录；其他稿子请用 drafter draft 重新起草。")  # fmt: skip
        raise UsageError(f"找不到这份讲话稿的起草记录（{rec.name}）", path=path, hint=hint)
    record = load_record(rec)
    owner = record.output_file
    if owner and owner != path.name and (path.parent / owner).is_file() and not shared:  # 讲话.md and 讲话.docx share 讲话.answers.yaml
        second = path.with_name(f"{path.stem}-二稿{path.suffix}").name
        raise UsageError(
            f"起草记录 {rec.name} 是 {owner} 的，不是这个文件的：在这里更新会把 {owner} 的记录改成这个文件的", path=path,
            hint=f"在 {path.name} 里改过（如在 Word 里修改）时，写成二稿：drafter update {path.name} … -o {second}"
            f"（合并你在 {path.name} 里的修改，二稿有自己的起草记录，{owner} 不动）；没有改过时，更新 {owner}"
            f"（drafter update {owner} …），再用 drafter export {owner} -o {path.name} 重新导出。",
        )  # fmt: skip
    if not record.fragments or record.seed is None:
        raise UsageError("起草记录中没有 fragments 或 seed，无法更新", path=rec,
                         hint="用 drafter draft -o 重新起草一次，再在新稿上修改。")  # fmt: skip
    return record


def _owner_beside(rec: Path, path: Path) -> str | None:
    """The name of another draft beside `path` that the record `rec` was written for (讲话.md for 讲话.docx), or None."""
    try:
        owner = load_record(rec).output_file
    except DrafterError:
        return None
    return owner if owner and owner != path.name and (path.parent / owner).is_file() else None


def _given_record(path: Path, given: Path, beside: Path) -> Record:
    """The record named by --record for a draft saved under another name, checked as a record beside it would be.

    Raises:
        UsageError: `given` is missing or no record, or `path` has a record of its own (which the update would replace).
    """
    if not given.name.endswith(".answers.yaml") or not given.is_file():
        raise UsageError(missing_or_not_regular(given, "--record 给出的起草记录不存在") if not given.is_file() else
                         "--record 应是起草记录（.answers.yaml）", path=given,
                         hint="写 drafter draft -o 写出讲话稿时旁边的 .answers.yaml，如 --record 讲话.answers.yaml。")  # fmt: skip
    if beside.is_file() and beside.resolve() != given.resolve():
        raise UsageError(f"这份讲话稿旁边已有自己的起草记录 {beside.name}，更新会用它，不用 --record", path=path,
                         hint=f"去掉 --record 再运行；要按 {given.name} 修改时，先把 {beside.name} 移到别处。")  # fmt: skip
    record = load_record(given)
    if not record.fragments or record.seed is None:
        raise UsageError("起草记录中没有 fragments 或 seed，无法更新", path=given,
                         hint="用 drafter draft -o 重新起草一次，再在新稿上修改。")  # fmt: skip
    return record


def _record_nearby(path: Path) -> Path | None:
    """The record of the draft `path` was most likely saved from: 讲话.answers.yaml for 讲话（王主任改）.docx."""
    try:
        records = sorted(p for p in path.parent.glob("*.answers.yaml") if p.is_file())
    except OSError:
        return None
    prefixed = [r for r in records if path.stem.startswith(r.name.removesuffix(".answers.yaml"))]
    if prefixed:
        return max(prefixed, key=lambda r: len(r.name))
    return records[0] if len(records) == 1 else None


def check_updatable(path: Path, record: Path | None = None) -> None:
    """Refuse, as `update` would, a draft that cannot be updated (missing, a folder, a record, no record).

    Raises:
        UsageError: what is wrong with `path` and what to do.
    """
    _record_of(path, given=record)


def _draft_of_record(path: Path) -> str:
    """The draft file a record was written for (讲话.md), as the user would type it beside the record."""
    try:
        named = load_record(path).output_file
    except DrafterError:
        named = ""
    stem = path.name.removesuffix(".answers.yaml")
    found = named or next((f"{stem}{ext}" for ext in (".md", ".docx", ".txt") if (path.parent / f"{stem}{ext}").is_file()), f"{stem}.md")
    return str(path.parent / found) if str(path.parent) not in ("", ".") else found


def swap_parts(
    record: Record, parts: Sequence[str], *, library: Path | tuple[Path, ...] | None = None,
    templates: Path | None = None,
) -> DraftResult:
    """The recorded draft with `parts` (开场, 结尾, 一, 2 …) drawn again and every other part kept.

    The same as `drafter update --swap`, for a record held in memory (the web page).

    Raises:
        UsageError: a part that does not exist, or no other fragment for it.
    """
    request = UpdateRequest(Path(record.path or "."), swaps=tuple(parts), library=library, templates=templates)
    return _rendered(record, request)


def _rendered(record: Record, request: UpdateRequest, tries: int = 40) -> DraftResult:
    """The new rendering; a part to swap gets a fragment other than the recorded one.

    The kept fragments are picked; for the swapped parts the seed moves on until
    each has a new fragment.

    Raises:
        UsageError: the library has no other fragment for a part to swap.
    """
    new = _new_request(record, request)
    swapped = _swapped_parts(request)
    old = _part_ids(record.fragments)
    best: tuple[tuple[int, float], DraftResult] | None = None
    found = 0  # the step of the first draw that swapped every part
    # A timed draft keeps its length: a draw whose swapped part makes it a tenth longer or shorter counts against it (a
    # 10-minute 镇 speech's 三、 of three short sections came back as three long ones, a quarter longer, swap53).
    timed = bool(record.answers.get("minutes")) and record.text is not None
    length = count_han(record.text or "") or 1
    for step in range(tries if swapped else 1):
        # Half the tries keep the preference for new ideas; then a part to swap may echo a kept point rather
        # than never change (every other 安全生产 opening names a point the draft keeps).
        with contextlib.nullcontext() if step < tries // 2 else relaxed():
            moved = replace(new, seed=(new.seed or 0) + step, render_seed=new.seed) if step else new
            result = make_draft(moved, prompt=None)
        now = _part_ids([{"id": u.id, "role": u.role.value, "section": u.section} for u in result.draft.uses])
        if all(now.get(part) != old.get(part) for part in swapped):
            # A gathered point swapped says other areas, not two of its three again (a 20-minute 教育 speech's 二、
            # swapped kept 义务教育 and 职业教育, swapped again kept 学前教育 and 义务教育, swap53): a draw sharing
            # none of them wins; else the one sharing fewest of a few more (a user's task may fix one area).
            shared = sum(len(set(now.get(part, "").split("|")) & set(old.get(part, "").split("|"))) for part in swapped)
            off = abs(result.draft.han_chars - length) / length if timed else 0.0
            score = (shared + (off > _LENGTH_KEPT), off)
            if best is None:
                found = step
            if best is None or score < best[0]:
                best = (score, result)
            if score[0] == 0:
                return result
        if best is not None and step >= found + _FEWER_SHARED:
            break
    if best is not None:
        return best[1]
    raise UsageError("片段库中没有可以换用的其他片段", hint="去掉 --swap，或用 drafter fragments add 补充片段。")


# Further draws an update --swap tries for a gathered point that says none of its former areas again (or a timed
# draft within `_LENGTH_KEPT` of its length).
_FEWER_SHARED = 3
_LENGTH_KEPT = 0.10


def _part_ids(uses: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Recorded fragments by part: the role for frame parts, 1, 2 … for points (a gathered point: its areas)."""
    out: dict[str, str] = {}
    n = 0
    for use in uses:
        role = str(use.get("role"))
        if role == Role.POINT.value:
            if use.get("section"):
                # An area a point gathers belongs to the point before it: the point is swapped when its areas
                # change (a user's task draws the same first area each time: 医共体 of 推进县域医共体建设, review19).
                out[str(n)] += "|" + str(use["id"])
                continue
            n += 1
            out[str(n)] = str(use["id"])
        else:
            out[role] = str(use["id"])
    return out


def _swapped_parts(request: UpdateRequest) -> list[str]:
    roles, points = _parse_swaps(request.swaps)
    return [*sorted(roles), *(str(n) for n in sorted(points))]


def _new_request(record: Record, request: UpdateRequest) -> DraftRequest:
    """The draft request for the new rendering: the record's answers plus the changes."""
    changes = parse_set(request.sets)
    structural = request.points is not None or request.minutes is not None or request.picks or request.swaps
    kind_changes = {"meeting", "kind", "template"} & set(changes)
    options = record.options
    if not structural and not kind_changes:
        # Same fragments, same choices: only the answers change.
        return DraftRequest(replay=record_path(request.draft), sets=tuple(request.sets),
                            library=request.library, templates=request.templates, measure=False)  # fmt: skip
    answers = change_answers(record.answers, changes)
    for key, value in (("points", request.points), ("minutes", request.minutes)):
        if value is not None:
            answers[key] = value
    if request.points and "minutes" not in changes and request.minutes is None:
        answers.pop("minutes", None)  # more points: the length follows them
    keep = _kept_fragments(record, request)
    if kind_changes:
        keep = _on_the_new_work(keep, record, answers, request, tuple(options.get("tags", [])))
    alts = _recorded_alts(record)
    # A swap alone keeps every other part as its record holds it (`swap_plan`); the parts drawn again say their own words.
    only_swap = bool(request.swaps) and not (request.points or request.minutes or request.picks or changes)
    if only_swap:
        alts = {fid: ways for fid, ways in alts.items() if fid in keep}
    return DraftRequest(
        answers=answers, seed=int(record.seed or 0), picks=(*keep, *request.picks),
        tags=tuple(options.get("tags", [])), rate=int(options.get("rate", 200)),
        template=None if kind_changes else record.template, library=request.library,
        templates=request.templates, alts=alts, history=False, measure=False,
        recorded=tuple(record.fragments) if only_swap else None, swapped=tuple(request.swaps) if only_swap else (),
    )  # fmt: skip


def swap_plan(
    library: Any, template: Any, answers: Mapping[str, Any], seed: int, request: DraftRequest, steer: Any
) -> Any:
    """The plan of `update --swap`: the parts asked for drawn again, every other part as the record holds it.

    The new parts are drawn around the kept ones (`request.picks`) as a speech of the recorded number of points,
    not fitted to its minutes again: a timed draft's swap then refused every part (`--pick 指定的要点 … 与本次的要点结构
    不符`: its gathered areas read as points), and an untimed one's kept points took other sub-points or areas as the
    plan around them changed (swap53). The kept parts are then put back as recorded: fragments, sub-points, areas.
    """
    from drafter.render import plan_draft
    from drafter.render.select import PlannedPoint

    recorded = request.recorded or ()
    roles, numbers = _parse_swaps(request.swapped)
    frame_ids: dict[str, str] = {}
    points: list[tuple[Mapping[str, Any], list[Mapping[str, Any]]]] = []
    for use in recorded:
        role = str(use.get("role"))
        if role != Role.POINT.value:
            frame_ids[role] = str(use["id"])
        elif use.get("section") and points:
            points[-1][1].append(use)
        else:
            points.append((use, []))
    drawn_answers = dict(answers)
    picks = request.picks
    if drawn_answers.pop("minutes", None) is not None:
        # a timed draft gathers areas under any point (认识 and 保障 too), which an untimed plan cannot place: the kept
        # areas are put back below; one of other than the usual number of points is drawn as one of its own number
        areas = {str(u["id"]) for _, secs in points for u in secs}
        picks = tuple(p for p in picks if p not in areas)
        if not drawn_answers.get("points") and len(points) != template.default_points:
            drawn_answers["points"] = len(points)
    plan = plan_draft(library, template, drawn_answers, seed=seed, picks=picks, tags=request.tags,
                      rate=request.rate, steer=steer)  # fmt: skip

    def kept(use: Mapping[str, Any]) -> Any:
        fragment = library.get(str(use["id"]))
        subs = use.get("subpoints")
        return PlannedPoint(fragment, tuple(int(i) for i in subs) if subs is not None else tuple(range(len(fragment.subpoints))))

    kept_ids = {str(u["id"]) for n, (main, secs) in enumerate(points, 1) if n not in numbers for u in (main, *secs)}
    out: list[Any] = []
    for n, (main, secs) in enumerate(points, 1):
        if n not in numbers:
            point = kept(main)
            out.append(replace(point, sections=tuple(kept(u) for u in secs)) if secs else point)
            continue
        new = [p for p in plan.points if p.fragment.id not in kept_ids and p not in out]
        same = [p for p in new if plan.points.index(p) == n - 1] or new
        out.append(same[0] if same else plan.points[min(n, len(plan.points)) - 1])
    frame = {}
    for role, fid in frame_ids.items():
        key = Role(role)
        frame[key] = plan.frame[key] if role in roles and key in plan.frame else library.get(fid)
    plan = replace(plan, frame=frame, points=tuple(out))
    if "minutes" in answers:
        plan = _as_many_areas(library, template, drawn_answers, seed, plan, request, points, numbers)
    return plan


def _as_many_areas(
    library: Any, template: Any, answers: Mapping[str, Any], seed: int, plan: Any, request: DraftRequest,
    recorded: Sequence[tuple[Mapping[str, Any], list[Mapping[str, Any]]]], numbers: set[int],
) -> Any:
    """A swapped point of a timed draft gathers as many areas as the point it replaces, each of as many sub-points:
    drawn as an untimed plan, a 20-minute 教育 speech's 二、 of four areas came back with three, the speech a tenth
    short, and a 10-minute 镇 speech's 二、 of one area with three, the speech three quarters long again (swap53)."""
    import random

    from drafter.render.select import draw_seed, grow_plan

    rng = random.Random(draw_seed(seed, answers))
    for number in sorted(numbers):
        index = number - 1
        if index >= len(plan.points) or index >= len(recorded):
            continue
        main, secs = recorded[index]
        former = {str(u["id"]) for u in (main, *secs)}
        # the areas it said before make way for others (a 30-minute 经济 speech's 二、 swapped said three of its four
        # areas again: the untimed draw gathers the work's leading areas first)
        point = plan.points[index]
        if point.sections and any(p.fragment.id in former for p in point.sections):
            point = replace(point, sections=tuple(p for p in point.sections if p.fragment.id not in former))
            plan = replace(plan, points=(*plan.points[:index], point, *plan.points[index + 1 :]))
        while len(plan.points[index].parts()) < 1 + len(secs):
            grown = None
            for _ in range(_REDRAWS):  # an area the swapped point said is drawn again only when no other comes
                grown = grow_plan(library, template, answers, rng, plan, index, request.tags, same_work=True,
                                  part_twice=False) or grow_plan(library, template, answers, rng, plan, index, request.tags)  # fmt: skip
                if grown is None or grown.points[index].parts()[-1].fragment.id not in former:
                    break
            if grown is None:
                break
            plan = grown
        # … each keeping as many sub-points as the part in its place had: the length the draft was fit to
        # (and no more areas than it had: drawn untimed, a 10-minute 镇 speech's 任务 point gathered three)
        point = plan.points[index]
        wanted = [len(u.get("subpoints", ())) for u in (main, *secs)]
        parts = [replace(part, keep=part.keep[: wanted[i]]) if wanted[i] else part
                 for i, part in enumerate(point.parts()[: len(wanted)])]  # fmt: skip
        point = replace(parts[0], sections=tuple(parts[1:])) if len(parts) > 1 else parts[0]
        plan = replace(plan, points=(*plan.points[:index], point, *plan.points[index + 1 :]))
    return plan


# Draws for an area of a swapped timed point that its former areas do not hold.
_REDRAWS = 4


def _on_the_new_work(
    keep: list[str], record: Record, answers: Mapping[str, Any], request: UpdateRequest, tags: tuple[str, ...]
) -> list[str]:
    """The kept fragments that suit the new meeting's work: another work's are drawn again.

    `update 讲话.md --set meeting=全市安全生产工作会议` of a 乡村振兴 draft kept its three 乡村振兴 points under the new
    title, as picks are kept whatever they are about (user52).
    """
    from drafter.render import resolve_answers
    from drafter.render.select import _topic_test
    from drafter.render.values import topics_of
    from drafter.workspace import open_library

    old, new = resolve_answers(record.answers), resolve_answers(answers)
    if topics_of(old) == topics_of(new):
        return keep
    library = open_library(request.library)
    suits = _topic_test(new, topics_of(new), tags)
    out = []
    for fragment_id in keep:
        try:
            fragment = library.get(fragment_id)
        except LibraryError:  # gone from the library: the new rendering says so
            out.append(fragment_id)
            continue
        if suits(fragment):
            out.append(fragment_id)
    return out


def _recorded_alts(record: Record) -> dict[str, dict[str, int]]:
    """The phrasings the record chose, so that kept fragments keep their words."""
    return {str(u["id"]): dict(u["alts"]) for u in record.fragments if u.get("alts")}


def _kept_fragments(record: Record, request: UpdateRequest) -> list[str]:
    """Recorded fragments the new rendering keeps: all but the parts to swap (and extra points)."""
    swapped_roles, swapped_points = _parse_swaps(request.swaps)
    keep = []
    point_no = 0
    wanted = request.points
    fewer = _points_kept_when_fewer(record, request)
    for use in record.fragments:
        role = str(use.get("role"))
        if role == Role.POINT.value:
            point_no += 0 if use.get("section") else 1  # a gathered area goes (or stays) with its point
            if point_no in swapped_points or (wanted is not None and point_no not in fewer):
                continue
            if use.get("section") and (wanted is not None or request.minutes is not None):
                # a speech of a chosen number of points or minutes has one area a point: they are drawn again
                # (`update --minutes 15` of a draft with a gathered 任务 point stopped on a --pick never given)
                continue
        elif role in swapped_roles:
            continue
        keep.append(str(use["id"]))
    if swapped_points and max(swapped_points) > point_no:
        # said as the writer wrote it (--swap 五, not --swap 5), with the parts there are (swap53)
        asked = next((p for p in request.swaps if _parse_swaps([p])[1] == {max(swapped_points)}), str(max(swapped_points)))
        numbers = "、".join(cn_number(n) for n in range(1, point_no + 1))
        raise UsageError(f"--swap {asked.strip()}：这份讲话稿只有 {point_no} 点意见",
                         hint=f"要点的序号写 {numbers} 之一；要多讲几点，用 --points。")  # fmt: skip
    return keep


def _points_kept_when_fewer(record: Record, request: UpdateRequest) -> set[int]:
    """The recorded points (1, 2 …) that fit the structure of `request.points` points.

    Four points are 认识、任务、任务、保障 and three 认识、任务、保障: keeping the first three would
    keep two 任务 and no 保障, which the new structure cannot place (update --points 4, then
    --points 3, stopped on a --pick the user never gave). A point is kept while its stage is
    still wanted, in the recorded order.
    """
    wanted = request.points
    points = [
        str(u["id"]) for u in record.fragments if str(u.get("role")) == Role.POINT.value and not u.get("section")
    ]
    if wanted is None or wanted >= len(points):
        return set(range(1, len(points) + 1))
    from collections import Counter

    from drafter.drafting import find_template
    from drafter.render.select import point_stages
    from drafter.workspace import open_library, open_templates

    library = open_library(request.library)
    template = find_template(open_templates(request.templates), record.template)
    left: Counter[str | None] = Counter(point_stages(template, wanted))
    kept: set[int] = set()
    for number, fragment_id in enumerate(points, start=1):
        try:
            stage = library.get(fragment_id).stage
        except LibraryError:  # gone from the library: the new rendering says so
            stage = None
        if len(kept) < wanted and left[stage] > 0:
            left[stage] -= 1
            kept.add(number)
    return kept


def _parse_swaps(swaps: Sequence[str]) -> tuple[set[str], set[int]]:
    from drafter.text import parse_cn_number

    roles: set[str] = set()
    points: set[int] = set()
    for part in swaps:
        name = part.strip().rstrip("、")
        if name in _ROLE_NAMES:
            roles.add(_ROLE_NAMES[name].value)
            continue
        try:
            number = parse_cn_number(name.removeprefix("第").removesuffix("点"))
            if number < 1:  # --swap 0 tried 40 drafts for 40 seconds, then said no other fragment was there
                raise ValueError(name)
            points.add(number)
        except ValueError:
            choices = "开场、肯定、过渡、结尾，或要点的序号（一、二 或 1、2）"
            raise UsageError(f"--swap 不认识“{part}”", hint=f"可以换的部分：{choices}。") from None
    return roles, points


def relevel_pairs(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, str]:
    """Words the new answers change mechanically: level words, the superior's words, place, meeting.

    Single characters (县 → 市) are left out: they occur inside ordinary words.
    """
    from drafter.render import resolve_answers
    from drafter.render.sandbox import helpers

    before, after = _flat(helpers(resolve_answers(old), 3, 0)), _flat(helpers(resolve_answers(new), 3, 0))
    pairs = {before[k]: after[k] for k in before if k in after and before[k] != after[k]}
    for key in ("place", "meeting", "work", "speaker", "reporter", "date"):
        if old.get(key) and new.get(key) and old[key] != new[key]:
            pairs[str(old[key])] = str(new[key])
    return {a: b for a, b in pairs.items() if isinstance(a, str) and isinstance(b, str) and len(a) >= 2}


def _flat(words: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in words.items():
        if isinstance(value, Mapping):
            out.update(_flat(value, f"{prefix}{key}."))
        elif isinstance(value, str):
            out[prefix + key] = value
    return out


def _read_as_markdown(path: Path) -> str:
    """The writer's file as draft Markdown (a .txt or .docx is read back as `ingest` reads it)."""
    from drafter.export import to_markdown
    from drafter.reader import read_document

    text = read_document(path)
    return text if path.suffix.lower() in (".md", ".markdown") else to_markdown(text)


def _same_form(path: Path, markdown: str) -> str:
    """A rendering in the form the writer's file is read back in (Markdown survives .txt/.docx)."""
    from drafter.export import to_markdown, to_plain_text

    if path.suffix.lower() in (".md", ".markdown"):
        return markdown
    return to_markdown(to_plain_text(markdown))


def write_update(result: UpdateResult, output: Path | None = None, *, force: bool = False) -> Path | None:
    """Keep the previous file as .bak, write the merged speech and its new record.

    With `output`, the merged speech and its record go there instead (the writer's 二稿) and the
    draft and its record are left as they are: no backup is needed.
    Otherwise the file must still hold what the update read (a save in an editor, or a second
    update run at the same time, is not overwritten), checked under the file's lock. Every round
    keeps its own backup: the second update keeps the first one's result as .bak2 (the .bak of the
    first round, the draft before any update, is never overwritten); of .bak2, .bak3 … the newest
    `BACKUPS_KEPT` stay.
    Returns the backup's path (None with `output`).

    Raises:
        OverwriteError: the file changed since the update read it, or `output` was edited since
            drafter wrote it (unless `force`).
    """
    from drafter import hashes
    from drafter.answers import dump_record
    from drafter.errors import OverwriteError
    from drafter.export import export_text
    from drafter.files import (
        all_or_none,
        free_backup_path,
        prune_backups,
        signals_held,
        told_if_cancelled,
        write_bytes_atomic,
        write_text_atomic,
    )
    from drafter.limits import file_lock
    from drafter.outputs import check_draft_output, check_update_other_draft, remember_output

    if output is not None:
        check_draft_output(output, force=force)
        check_update_other_draft(output, result.rendered.draft.answers, result.path, force=force)
    path = output or result.path
    backup: Path | None = None
    written: list[Path] = []
    with file_lock(path, tidy=True), told_if_cancelled(written), signals_held():  # backup, speech and record: all written, or (Ctrl+C, SIGTERM) none
        if output is None:
            before = path.read_bytes()
            if result.read_digest and hashes.sha256(before).hexdigest() != result.read_digest:
                raise OverwriteError(
                    "这份讲话稿在更新期间被改过（在编辑器里保存了，或另一个 drafter update 同时在改），为免丢失那次修改，没有写入",
                    path=path, hint="文件里现在是那次修改后的样子；重新运行这条 drafter update 命令，会在它的基础上更新。",
                )  # fmt: skip
            backup = free_backup_path(path, before)
        # a full disk at the record puts the speech (and its record) back and leaves no backup of an unchanged file
        with all_or_none(path, record_path(path), *([backup] if backup else [])):
            if backup is not None:
                write_bytes_atomic(backup, before)
            export_text(result.text, path)
            write_text_atomic(record_path(path), dump_record(result.rendered.draft, result.rendered.options, path))
            remember_output(path)
        written += [path, record_path(path)] + ([backup] if backup else [])
    if backup is not None:
        prune_backups(path)
    return backup
