"""What drafter wrote where: a file edited since drafter wrote it is never overwritten.

`draft -o` keeps the hash in the answers record beside the draft (see `answers`);
`export -o` and every draft also note it in a small state file in the user's
drafter folder (`outputs.json` under DRAFTER_HOME or the platformdirs data folder).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from drafter.errors import DrafterError, OverwriteError
from drafter.files import write_text_atomic
from drafter.library.paths import user_data_dir
from drafter.limits import file_lock

_KEEP = 2000  # entries kept in the state file (oldest dropped first)


def state_file() -> Path:
    """The file that records the hash of every file drafter wrote."""
    return user_data_dir() / "outputs.json"


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def was_written_by_drafter(path: str | Path) -> bool:
    """Whether `path` holds exactly what drafter last wrote there."""
    path = Path(path)
    known = _load().get(str(path.resolve()))
    return known is not None and path.is_file() and known == file_digest(path)


def check_output(path: str | Path, *, force: bool = False) -> None:
    """Refuse to overwrite `path` unless drafter wrote it and it is unchanged since.

    Raises:
        OverwriteError: the file exists and was edited, or drafter did not write it.
    """
    path = Path(path)
    if force or not path.exists() or was_written_by_drafter(path):
        return
    how = f"换一个输出文件名（如 -o {path.stem}-2{path.suffix}），或确认不要其中的内容后加 --force 覆盖。"
    if str(path.resolve()) in _load():
        raise OverwriteError("这个文件在 drafter 上次写入之后被改过，为免覆盖你的修改，没有写入", path=path, hint=how)
    raise OverwriteError("已有同名文件，不是 drafter 写下的，为免覆盖，没有写入", path=path, hint=how)


def remember_output(path: str | Path) -> None:
    """Note the hash of a file drafter has just written (best effort: never fails a write)."""
    path = Path(path)
    state = state_file()
    try:
        state.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(state):
            known = _load()
            known.pop(str(path.resolve()), None)
            known[str(path.resolve())] = file_digest(path)
            kept = dict(list(known.items())[-_KEEP:])
            write_text_atomic(state, json.dumps(kept, ensure_ascii=False, indent=0))
    except (OSError, DrafterError):  # the record is a safety net: it never fails the write itself
        pass


def _load() -> dict[str, str]:
    try:
        data = json.loads(state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
