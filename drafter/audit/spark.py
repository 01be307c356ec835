"""The Spark engine: the same steps as the local engine, as Spark jobs (PySpark).

Documents are read on the executors (the archive's paths are the input), the
fingerprint postings are shuffled by fingerprint, candidate pairs are counted with
reduceByKey and joined with both documents' texts, and passages are measured on
the executors by the same `engine.compare`. Only the document list, the common
fingerprints and the findings come back to the driver.

Local mode (`local[2]`) by default; DRAFTER_SPARK_MASTER names a cluster. Spark's
own logging is turned down to errors, so the terminal shows drafter's output only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from operator import add
from pathlib import Path
from typing import Any

from drafter.audit.documents import Digest, DocInfo, Skipped, digest
from drafter.audit.engine import (
    CommonHash,
    Settings,
    common_passages,
    compare,
    date_key,
    finish,
    reduce_fingerprint,
)
from drafter.audit.report import AuditReport
from drafter.audit.shingles import distinct_fingerprints, fold
from drafter.errors import DrafterError

MASTER = "local[2]"
_LOG4J = """rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
"""


class SparkUnavailable(DrafterError):
    """PySpark or Java is missing, or Spark could not start."""


def run_spark(entries: list[tuple[int, str, str]], settings: Settings) -> AuditReport:
    """Audit the documents `entries` on Spark (see the module docstring)."""
    with spark_session() as spark:
        return _audit(spark.sparkContext, entries, settings)


@contextmanager
def spark_session(master: str | None = None) -> Iterator[Any]:
    """A quiet SparkSession (reused when one is already running in this process).

    Raises:
        SparkUnavailable: PySpark is not installed or Spark (Java) cannot start.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable(
            "--engine spark 需要 PySpark，本机没有安装",
            hint="pip install 'drafter[spark]'（还需要 Java 17 或更新版本）；或不加 --engine，用本机引擎。",
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    with tempfile.TemporaryDirectory(prefix="drafter-spark-") as tmp:
        spark = _start(SparkSession, master or os.environ.get("DRAFTER_SPARK_MASTER", MASTER), Path(tmp))
        try:
            yield spark
        finally:
            spark.stop()


def _start(session_class: Any, master: str, tmp: Path) -> Any:
    """Start Spark with its log level at errors and the JVM's start-up chatter in a log file."""
    (tmp / "log4j2.properties").write_text(_LOG4J, encoding="utf-8")
    saved_conf = os.environ.get("SPARK_CONF_DIR")
    os.environ["SPARK_CONF_DIR"] = str(tmp)  # the JVM reads log4j2.properties from its conf folder
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        session_class.builder.master(master).appName("drafter-audit")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.local.dir", str(tmp))
    )  # fmt: skip
    try:
        with _stderr_to(tmp / "spark.log"):
            spark = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - py4j and Spark raise many kinds when Java is missing
        raise SparkUnavailable(
            f"无法启动 Spark（{str(exc).splitlines()[0][:200]}）",
            hint="确认已安装 Java 17 或更新版本（java -version），或不加 --engine，用本机引擎。",
        ) from exc
    finally:
        if saved_conf is None:
            os.environ.pop("SPARK_CONF_DIR", None)
        else:
            os.environ["SPARK_CONF_DIR"] = saved_conf
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Point file descriptor 2 at `path` while the JVM starts: it keeps what it inherits, so its
    warnings (incubator modules, native libraries) never reach the user's terminal."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "wb") as log:
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _audit(sc: Any, entries: list[tuple[int, str, str]], settings: Settings) -> AuditReport:
    slices = max(2, min(len(entries) // 200, 64))
    from pyspark import StorageLevel

    # texts stay on the executors between jobs; spilled to disk rather than read again
    read = sc.parallelize(entries, slices).map(lambda e: digest(*e)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        skipped = read.filter(lambda d: isinstance(d, Skipped)).collect()
        docs = read.filter(lambda d: isinstance(d, Digest))
        infos: dict[int, DocInfo] = dict(docs.map(lambda d: (d.info.index, d.info)).collect())
        keys = sc.broadcast({i: k for i, info in infos.items() if (k := date_key(info)) is not None})
        reduced = (
            docs.flatMap(lambda d: [(h, d.info.index) for h in distinct_fingerprints(fold(d.norm)).tolist()])
            .groupByKey()
            .filter(lambda kv: len(kv[1]) > 1)
            .map(lambda kv: reduce_fingerprint(kv[0], sorted(kv[1]), keys.value, settings))
            .cache()
        )  # fmt: skip
        commons = {c.hash: c for c in reduced.filter(lambda r: isinstance(r, CommonHash)).collect()}
        findings = _verify(sc, docs, reduced, commons, settings)
        texts = _common_texts(sc, docs, commons, settings)
        reduced.unpersist()
    finally:
        read.unpersist()
    return finish(infos, skipped, findings, texts, settings, "spark")


def _verify(sc: Any, docs: Any, reduced: Any, commons: dict[int, CommonHash], settings: Settings) -> list:
    import numpy as np

    common = sc.broadcast(np.array(sorted(commons), dtype=np.uint64))
    need = settings.min_shared
    pairs = (
        reduced.filter(lambda r: not isinstance(r, CommonHash))
        .flatMap(lambda r: [(p, 1) for p in r])
        .reduceByKey(add)
        .filter(lambda kv: kv[1] >= need)
        .keys()
    )
    by_index = docs.map(lambda d: (d.info.index, d))
    with_a = pairs.map(lambda p: (p[0], p[1])).join(by_index)  # a → (b, doc a)
    with_b = with_a.map(lambda kv: (kv[1][0], kv[1][1])).join(by_index)  # b → (doc a, doc b)
    found = with_b.map(lambda kv: compare(kv[1][0], kv[1][1], common.value, settings))
    return found.filter(lambda f: f is not None).collect()


def _common_texts(sc: Any, docs: Any, commons: dict[int, CommonHash], settings: Settings) -> list:
    by_doc: dict[int, dict[int, CommonHash]] = {}
    for h, c in commons.items():
        by_doc.setdefault(c.first, {})[h] = c
    groups = sc.broadcast(by_doc)
    return (
        docs.filter(lambda d: d.info.index in groups.value)
        .flatMap(lambda d: [(d.info.index, t) for t in common_passages(d, groups.value[d.info.index], settings)])
        .collect()
    )  # fmt: skip
