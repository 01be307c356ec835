"""drafter check on two planted misses of batch 61 (issue #13, lead41): a one-line paste whose 二、 is missing, and a pledge
that announces its aspects after 我代表…，. Texts are our own writing."""

from __future__ import annotations

from check_fixtures import found

_ONE_LINE = (
    "镇党委书记在全镇工作会议上的讲话 同志们:刚才,镇长总结了去年全镇工作,安排部署了今年的工作。下面,我就做好今年各项工作"
    "讲四点意见。一、统一思想,认清当前形势。过去一年,全镇经济运行总体平稳,重点工程稳步推进,群众生活持续改善。"
    "我们要认清形势,抓住机遇,确保全年目标任务顺利实现。{second}、全力以赴,加快产业发展。发展是解决一切问题的基础,"
    "要抓好农业结构调整,培育壮大特色产业。一是加快发展设施农业。要扩大种植规模"
)


def test_a_missing_second_point_in_a_one_line_paste_is_a_numbering_error() -> None:
    flawed = _ONE_LINE.format(second="三")
    assert found(flawed, rule="numbering") == [("numbering", "三、")]
    # the same page with its 二、 in place: no numbering error, and the cut copy is no count error either
    whole = _ONE_LINE.format(second="二")
    assert found(whole, rule="numbering") == []
    assert found(whole, rule="count-mismatch") == []
    # a mark past the count announced is not read as a point (五、 after 一、 in a speech of 四点)
    assert found(_ONE_LINE.format(second="五"), rule="numbering") == []


_PLEDGE = (
    "在全县乡村振兴工作推进会上的表态发言\n\n各位领导、同志们：\n\n今天，县委召开乡村振兴工作推进会。下面，我代表镇党委、"
    "镇政府，从{n}个方面作表态发言，请各位领导监督。\n\n一、以思想上的清醒保证行动上的坚定\n\n我们把乡村振兴作为全镇工作的"
    "重中之重来抓，班子成员分片包村。\n\n二、以项目建设带动产业发展\n\n我们将抓好特色种养，壮大村级集体经济。\n\n"
    "三、以作风转变推动任务落实\n\n我们将坚持一线工作法，把问题解决在基层。\n\n以上表态，请各位领导监督。谢谢大家！\n"
)


def test_a_pledge_that_announces_its_aspects_after_speaking_for_its_town_is_counted() -> None:
    assert found(_PLEDGE.format(n="三"), rule="count-mismatch") == []
    assert found(_PLEDGE.format(n="四"), rule="count-mismatch") == [("count-mismatch", "从四个方面作表态发言")]
    # the work's own way (从四个方面入手抓好…) announces nothing
    work = _PLEDGE.format(n="四").replace("作表态发言，请各位领导监督", "入手抓好乡村振兴")
    assert found(work, rule="count-mismatch") == []
