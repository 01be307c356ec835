"""`drafter audit --engine spark`: the same pairs and figures as the local engine.

One SparkSession (local[2], no UI) serves the whole module; the engine reuses it.
PySpark is in the [test] extra and Java is installed by .ci/run: under CI a missing
one fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import shutil

import pytest
from audit_archive import build

from drafter.audit import audit_archive


def _need_spark() -> None:
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("PySpark（pip install -e '.[test]'）")
    if shutil.which("java") is None:
        missing.append("Java 17（apt-get install openjdk-17-jre-headless）")
    if not missing:
        return
    reason = f"未安装 {'、'.join(missing)}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI 必须运行 Spark 测试，但{reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def spark():
    _need_spark()
    from drafter.audit.spark import spark_session

    with spark_session("local[2]") as session:
        yield session


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    planted = build(folder)
    (folder / "坏.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    return folder, planted


def test_spark_gives_the_local_result(spark, archive):
    folder, planted = archive
    local = audit_archive([folder], engine="local").to_dict()
    remote = audit_archive([folder], engine="spark").to_dict()
    assert remote["engine"] == "spark"
    assert remote | {"engine": "local"} == local
    assert {(p["a"]["name"], p["b"]["name"]) for p in remote["pairs"]} == {(p.source, p.copy) for p in planted}
    assert [s["name"] for s in remote["skipped"]] == ["坏.txt"]
    assert len(remote["common_text"]) == 1


def test_spark_settings_reach_the_executors(spark, archive):
    folder, _ = archive
    # the superior's text is in five speeches: with common_docs=6 it makes ten pairs of its own
    local = audit_archive([folder], engine="local", min_chars=90, common_docs=6).to_dict()
    remote = audit_archive([folder], engine="spark", min_chars=90, common_docs=6).to_dict()
    assert remote | {"engine": "local"} == local
    assert len(local["pairs"]) == 4 + 10 and not local["common_text"]


def test_spark_logs_stay_off_the_terminal(spark, archive, capfd):
    audit_archive([archive[0]], engine="spark")
    captured = capfd.readouterr()
    assert "WARN" not in captured.err and "INFO" not in captured.err
    assert captured.out == ""
