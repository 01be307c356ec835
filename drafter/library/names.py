"""The names a fragment's text may use: standard answers and the renderer's helpers."""

from __future__ import annotations

from drafter.model import Variable, VarType

# Answers every fragment may use without declaring them (PRODUCT.md, answers).
STANDARD_VARIABLES: dict[str, Variable] = {
    v.name: v
    for v in (
        Variable("place", "地名（如 清河县、南通市）"),
        Variable("level", "层级（如 县、县级市、自治州、旗、市辖区、镇、街道，可由地名推出）"),
        Variable("place_kind", "地方的种类（如 县级市，由地名和层级推出）"),
        Variable("superior", "上级地方（如 无锡市，可由地名推出）", required=False),
        Variable("meeting", "会议名称（如 全县妇女儿童工作会议）"),
        Variable("work", "工作名称（如 妇女儿童工作，可由会议名称推出）"),
        Variable("kind", "会议种类（如 工作会议、推进会，可由会议名称推出）"),
        Variable("convenor", "召集方（党委/政府/党委和政府/纪委/领导小组，可由会议名称推出）"),
        Variable("audience", "听众（如 企业家；干部：本级各部门，可由会议名称推出）", required=False),
        Variable("date", "讲话日期（如 2026年12月1日，可留空）", required=False),
        Variable("speaker", "讲话人（如 副县长 张三，可留空）", required=False),
        Variable("reporter", "作工作报告的同志（如 李明）"),
        Variable("plans", "规划名称", VarType.LIST, required=False),
        Variable("targets", "讲话必须讲到的目标和数字（可留空）", VarType.LIST, default=[]),
        Variable("upper", "要贯彻落实的上级会议或文件精神（可留空）", VarType.LIST, required=False),
        Variable(
            "achievements", "一年来的主要成绩，可带数字（可留空）", VarType.LIST, required=False
        ),
        Variable("problems", "存在的主要问题（可留空）", VarType.LIST, required=False),
        Variable("tasks", "今年的重点工作（可留空）", VarType.LIST, required=False),
        Variable(
            "gaps",
            "没有给出的成绩、问题、任务等处留出〔待补：…〕标记",
            choices=("是", "否"),
            default="否",
        ),
        Variable("points", "讲几点意见（2–6）", VarType.INT, required=False),
        Variable("minutes", "讲话时长（分钟，可留空）", VarType.INT, required=False),
        Variable("awards", "会上是否表彰先进", choices=("是", "否"), default="否"),
        Variable("features", "地方特点（城区、平原、山区、沿海，多个用顿号隔开；可留空）", required=False),
        Variable("speeches", "会上是否有单位或同志发言、表态", choices=("是", "否"), default="否"),
    )
}

# Names the renderer provides itself: level words, the level above, count words.
CONTEXT_HELPERS = frozenset(
    {
        "lv", "party", "government", "leadership", "scope", "we", "below",
        "own_depts", "wcwc", "upper", "count", "sub_count", "title",
        "all_units", "all_places", "all_governments", "all_leaderships", "all_wcwc", "village", "grassroots", "committees", "seat", "township", "host", "honorees", "honorees_of_work", "honoured_from", "honoured_for", "they", "meeting_kind", "body",
        "festival", "festival_people", "members", "period", "spoken", "lay_class", "plan_start", "town", "community", "season",
        "lacks", "left_out", "woods", "woods_folk", "party_body", "party_bodies", "discipline_body", "party_board",
    }
)  # fmt: skip
