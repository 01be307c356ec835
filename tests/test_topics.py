"""The topic table (drafter/data/topics.yaml): every row names its work, and selection keeps to it."""

from __future__ import annotations

import pytest

from drafter.library import load_library, load_templates
from drafter.render import render_draft, topics_of
from drafter.render.select import fragment_topics
from drafter.topics import find_topics, load_topics, topic_of_tag

TOPICS = load_topics()
CANONICAL = [
    "安全生产", "防汛抗旱", "森林防火", "草原防火", "教育", "卫生健康", "乡村振兴", "经济工作", "营商环境",
    "生态环境", "党风廉政", "基层党建", "平安建设", "民政养老", "文明创建", "妇女儿童", "食品安全", "国防动员",
    "统计", "宣传思想文化", "统一战线", "审计", "就业社保", "城市管理", "文化旅游",
    "水利", "市场监管", "交通运输", "科技创新", "人大", "政协", "群团",
    "人才", "住建", "自然资源", "退役军人", "国家安全", "老干部", "财政", "机关党建", "医疗保障",
    "法治建设", "林业", "金融", "保密", "档案", "社会工作", "数据", "关心下一代", "国资国企", "体育",
    "政务公开", "能源保供", "粮食和物资储备", "机构编制", "地方志", "住房公积金", "文联", "残疾人事业",
    "机关事务", "气象", "防震减灾", "机要", "外事",
]  # fmt: skip


def test_the_table_holds_the_canonical_topics_once_each():
    assert sorted(t.tag for t in TOPICS) == sorted(CANONICAL)
    assert len({t.slug for t in TOPICS}) == len(TOPICS)


@pytest.mark.parametrize("topic", TOPICS, ids=[t.tag for t in TOPICS])
def test_every_word_of_a_row_names_that_topic_in_a_meeting(topic):
    for word in topic.words:
        found = [t.tag for t in find_topics(f"全县{word}工作会议")]
        shared = [t.tag for t in TOPICS if word in t.words]
        assert found == shared if len(shared) > 1 else found[-1] == topic.tag, (word, found)
    assert topic.tag in topics_of({"meeting": f"全市{topic.words[0]}工作会议"})


@pytest.mark.parametrize(
    ("meeting", "tag"),
    [
        ("全县防汛抗旱工作会议", "防汛抗旱"),
        ("全县应急管理暨防灾减灾工作会议", "防汛抗旱"),
        ("全县农村工作会议", "乡村振兴"),
        ("全市三农工作会议", "乡村振兴"),
        ("全县招商引资工作推进会", "经济工作"),
        ("全市经济工作会议", "经济工作"),
        ("全县纪检监察工作会议", "党风廉政"),
        ("全县警示教育大会", "党风廉政"),
        ("全县信访维稳工作会议", "平安建设"),
        ("全市政法工作会议", "平安建设"),
        ("全县养老服务工作推进会", "民政养老"),
        ("全市民政工作会议", "民政养老"),
        ("全市创建全国文明城市动员大会", "文明创建"),
        ("全县庆祝教师节暨表彰大会", "教育"),
        ("全县教育工作会议", "教育"),
        ("全市优化营商环境大会", "营商环境"),
        ("全县妇女维权联席会议", "妇女儿童"),
        ("全旗草原防火工作会议", "草原防火"),
        ("全县森林防火工作会议", "森林防火"),
        ("县食安委全体会议", "食品安全"),
        ("全县食品药品安全工作会议", "食品安全"),
        ("全县征兵工作会议", "国防动员"),
        ("全县兵役登记工作会议", "国防动员"),
        ("庆祝八一建军节双拥工作座谈会", "国防动员"),
        ("全市经济普查工作会议", "统计"),
        ("全县统计工作会议", "统计"),
        ("全县宣传思想文化工作会议", "宣传思想文化"),
        ("全县意识形态工作会议", "宣传思想文化"),
        ("全县网络安全和信息化工作会议", "宣传思想文化"),
        ("全县统战工作会议", "统一战线"),
        ("全县民族团结进步表彰大会", "统一战线"),
        ("全县审计整改工作推进会", "审计"),
        ("全县稳就业工作推进会", "就业社保"),
        ("全市高校毕业生就业创业工作会议", "就业社保"),
        ("全县社保扩面工作会议", "就业社保"),
        ("全县城乡居民养老保险工作会议", "就业社保"),
        ("全市城市工作会议", "城市管理"),
        ("全县城市管理工作会议", "城市管理"),
        ("全县老旧小区改造工作推进会", "城市管理"),
        ("全县市容环境整治工作动员大会", "城市管理"),
        ("全市文旅产业发展大会", "文化旅游"),
        ("全县旅游发展大会", "文化旅游"),
        ("全县文化和旅游工作会议", "文化旅游"),
        ("全县文物安全工作会议", "文化旅游"),
        ("全县创卫工作推进会", "卫生健康"),
    ],
)
def test_meeting_names_of_everyday_work_find_their_topic(meeting, tag):
    assert [t.tag for t in find_topics(meeting)] == [tag]


def test_a_meeting_on_no_known_work_takes_general_material_only():
    assert find_topics("全县对台工作会议") == []  # 机关事务 has a work of its own now (review36)
    assert topics_of({"meeting": "全县对台工作会议"}) == {"通用"}


def test_narrower_tags_belong_to_their_topic():
    assert topic_of_tag("维权").tag == "妇女儿童"
    assert topics_of({"meeting": "全县妇女维权联席会议"}) >= {"妇女儿童", "维权"}


def test_a_work_answer_names_the_topic_too():
    assert "安全生产" in topics_of({"meeting": "县政府第三次常务会议", "work": "安全生产工作"})


def test_selection_never_takes_another_topics_material(mini_library):
    extra = "".join(
        f"- id: opening.{t.slug}\n  role: opening\n  tags: [{t.tag}]\n"
        f"  text: 今天，我们召开{{{{ meeting }}}}，专门研究{t.name}工作。\n  source: {{speech: s-01}}\n"
        for t in TOPICS
    )
    (mini_library / "topics.yaml").write_text(extra, encoding="utf-8")
    lib = load_library(mini_library)
    template = load_templates()["work-meeting"]
    for topic in TOPICS:
        meeting = f"全县{topic.words[0]}工作会议"
        for seed in range(3):
            draft = render_draft(lib, template, {"place": "清河县", "meeting": meeting}, seed=seed)
            opening = next(u.id for u in draft.uses if u.role == "opening")
            assert topic.tag in fragment_topics(lib.get(opening))  # the meeting's own material first
            others = {
                tag for u in draft.uses for tag in fragment_topics(lib.get(u.id))
            } - {topic.tag, *topic.tags}
            assert not others, (meeting, others)


def test_a_grassland_meeting_gets_grassland_text_and_a_combined_meeting_both():
    """鄂托克旗 is grassland: 全旗草原防火工作会议 says nothing of forests; 森林草原防灭火 takes both families."""
    library, template = load_library(), load_templates()["work-meeting"]
    assert [t.tag for t in find_topics("全旗森林草原防灭火工作会议")] == ["森林防火", "草原防火"]
    for seed in range(3):
        draft = render_draft(library, template, {"place": "鄂托克旗", "meeting": "全旗草原防火工作会议"}, seed=seed)
        topics = {t for u in draft.uses for t in fragment_topics(library.get(u.id))}
        assert topics == {"草原防火"}
        text = draft.text.replace("森林草原防灭火", "")  # the name of the work (总书记的重要指示) may stand
        assert not any(w in text for w in ("森林", "林区", "山林", "进山", "山头")), seed
    both: set[str] = set()
    for seed in range(6):
        draft = render_draft(library, template, {"place": "鄂托克旗", "meeting": "全旗森林草原防灭火工作会议", "minutes": 20}, seed=seed)
        both |= {t for u in draft.uses for t in fragment_topics(library.get(u.id))}
    assert both == {"森林防火", "草原防火"}


def test_a_meeting_on_elderly_care_deploys_elderly_care():
    """全县养老服务工作会议 drew 社会组织 and 困境儿童 as its tasks (the whole 民政养老 pool); its 任务 points are now
    the 养老 ones, while a 全县民政工作会议 still draws from every part of 民政."""
    library, templates = load_library(), load_templates()
    seen_civil: set[str] = set()
    for seed in range(5):
        for meeting, civil in (("全县养老服务工作会议", False), ("全县民政工作会议", True)):
            draft = render_draft(library, templates["work-meeting"], {"place": "清河县", "meeting": meeting, "points": 4}, seed=seed)
            tasks = [library.get(u.id) for u in draft.uses if u.role.value == "point" and library.get(u.id).stage == "任务"]
            if civil:
                seen_civil |= {f.id for f in tasks}
            else:
                assert tasks and all("养老" in f.tags for f in tasks), [f.id for f in tasks]
    assert any("养老" not in library.get(i).tags for i in seen_civil)


def test_a_tags_topic_is_looked_up_not_walked_for(monkeypatch):
    # Selection asks for the topic of every tag of every candidate fragment (#18): the answer is the first topic of the
    # table carrying the tag, as walking the table says, without building the topics' tag sets again on each call.
    from drafter import topics

    tags = sorted({tag for t in TOPICS for tag in t.tags} | {"工作会议", "认识", "无此标签"})
    walked = [next((t for t in TOPICS if tag in t.tags), None) for tag in tags]
    topic_of_tag("维权")
    built = []
    real = topics.Topic.tags
    monkeypatch.setattr(topics.Topic, "tags", property(lambda self: built.append(self.tag) or real.fget(self)))
    assert [topic_of_tag(tag) for tag in tags] == walked
    assert built == []
