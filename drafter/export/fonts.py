"""Font profiles: which font, size and weight each part of a speech uses in .docx.

A profile is a YAML file (read with yaml.safe_load). Fonts are named, never
bundled: the machine that opens the document supplies them. Two profiles ship
in drafter/data: `default` (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体, 宋体)
and `noto` (Debian's free Noto CJK and AR PL UKai fonts). A user profile may
list only the parts it changes; the rest come from the default profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from drafter.errors import ExportError, FragmentFormatError, UsageError

# The parts of a speech that have their own font (salutation uses `body`).
ROLES = ("title", "byline", "body", "heading1", "heading2", "heading3", "heading4", "page_number")
ROLE_NAMES = {
    "title": "标题",
    "byline": "讲话人/日期",
    "body": "正文",
    "heading1": "一级标题",
    "heading2": "二级标题",
    "heading3": "三级标题",
    "heading4": "四级标题",
    "page_number": "页码",
}
DEFAULT_PROFILE = "default"
_TOP_KEYS = {"name", "description", "latin", "fonts", "alternates"}
_SPEC_KEYS = {"font", "size", "bold"}


@dataclass(frozen=True, slots=True)
class FontSpec:
    """Font name, size in points and weight of one part of the speech."""

    font: str
    size: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class FontProfile:
    """Every font the .docx uses; `latin` (optional) is for ASCII letters and digits."""

    name: str
    description: str
    specs: tuple[tuple[str, FontSpec], ...]
    latin: str | None = None
    # Font Word should use where a named font is missing (仿宋_GB2312 → 仿宋).
    alternates: tuple[tuple[str, str], ...] = ()

    def fonts(self) -> list[str]:
        """Every font name the profile uses, in role order, without repeats."""
        names = [spec.font for _, spec in self.specs] + ([self.latin] if self.latin else [])
        return list(dict.fromkeys(names))

    def spec(self, role: str) -> FontSpec:
        """The FontSpec of `role` (one of ROLES)."""
        return dict(self.specs)[role]

    def with_fonts(self, fonts: dict[str, str]) -> FontProfile:
        """A copy with some font names replaced ({role: font}; role `latin` too).

        Raises:
            UsageError: an unknown role.
        """
        specs = dict(self.specs)
        latin = self.latin
        for role, font in fonts.items():
            if role == "latin":
                latin = font.strip() or None
            elif role in specs:
                specs[role] = replace(specs[role], font=_font_name(font, role, None))
            else:
                raise UsageError(f"没有名为“{role}”的字体项", hint=f"可用的字体项：{'、'.join((*ROLES, 'latin'))}。")
        return replace(self, specs=tuple((r, specs[r]) for r in ROLES), latin=latin)


def data_dir() -> Path:
    """The folder holding the shipped font profiles."""
    return Path(__file__).resolve().parent.parent / "data"


def profile_names() -> list[str]:
    """Names of the shipped profiles (fonts-NAME.yaml), sorted."""
    return sorted(p.stem.removeprefix("fonts-") for p in data_dir().glob("fonts-*.yaml"))


def load_font_profile(name_or_path: str | Path | None = None) -> FontProfile:
    """Load a shipped profile by name (default, noto) or a profile YAML file by path.

    Raises:
        UsageError: no shipped profile of that name and no such file.
        ExportError: the file is not valid YAML or not a valid profile.
    """
    if name_or_path is None or str(name_or_path) == DEFAULT_PROFILE:
        return _load_default()
    path = _profile_path(str(name_or_path))
    return _profile_from_data(_read_yaml(path), path, _load_default())


def _load_default() -> FontProfile:
    path = data_dir() / f"fonts-{DEFAULT_PROFILE}.yaml"
    return _profile_from_data(_read_yaml(path), path, None)


def _profile_path(value: str) -> Path:
    shipped = data_dir() / f"fonts-{value}.yaml"
    if "/" not in value and "\\" not in value and shipped.is_file():
        return shipped
    path = Path(value).expanduser()
    if path.is_file():
        return path
    raise UsageError(
        f"没有名为“{value}”的字体方案，也没有这个文件",
        hint=f"自带的字体方案：{'、'.join(profile_names())}；或给出字体方案 YAML 文件的路径。",
    )


def _read_yaml(path: Path) -> Any:
    """A profile file through the library's guarded YAML reader (size, aliases, duplicate keys).

    Messages never quote the file's content: a wrong --fonts path may name any
    file on the machine, and its lines are not ours to print.
    """
    from drafter.library.yamlio import read_yaml  # lazily: only export needs it here

    try:
        return read_yaml(path)
    except FragmentFormatError as exc:
        raise ExportError(
            "无法读取字体方案：文件不存在、不是 UTF-8 编码的 YAML，或内容有误", path=path,
            line=exc.line, hint="--fonts 应是 default、noto 或字体方案 YAML 文件的路径。" + _HINT,
        ) from exc  # fmt: skip


def _profile_from_data(data: Any, path: Path, base: FontProfile | None) -> FontProfile:
    if not isinstance(data, dict):
        raise ExportError("字体方案应是一个映射（name、fonts 等键）", path=path, hint=_HINT)
    _reject_unknown(data, _TOP_KEYS, path, "")
    fonts = data.get("fonts") or {}
    if not isinstance(fonts, dict):
        raise ExportError("fonts 应是一个映射（标题、正文等各项的字体）", path=path, hint=_HINT)
    _reject_unknown(fonts, set(ROLES), path, "fonts.")
    specs = dict(base.specs) if base else {}
    for role in ROLES:
        if role in fonts:
            specs[role] = _spec(fonts[role], role, path, specs.get(role))
        elif role not in specs:
            raise ExportError(f"字体方案缺少 fonts.{role}（{ROLE_NAMES[role]}）", path=path, hint=_HINT)
    latin = data.get("latin", base.latin if base else None)
    if latin is not None and not isinstance(latin, str):
        raise ExportError("latin 应是字体名称或留空（~）", path=path)
    name = str(data.get("name") or path.stem.removeprefix("fonts-"))
    description = str(data.get("description") or name)
    alternates = dict(base.alternates) if base else {}
    alternates.update(_alternates(data.get("alternates") or {}, path))
    ordered = tuple((r, specs[r]) for r in ROLES)
    return FontProfile(name, description, ordered, latin or None, tuple(sorted(alternates.items())))


def _alternates(value: Any, path: Path) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ExportError("alternates 应是“字体: 替代字体”的映射", path=path, hint=_HINT)
    return {_font_name(k, "alternates", path): _font_name(v, "alternates", path) for k, v in value.items()}


_HINT = "参照 drafter/data/fonts-default.yaml 的写法。"


def _reject_unknown(data: dict[Any, Any], allowed: set[str], path: Path, prefix: str) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        # Name a few short keys only: a file that is no profile at all must not be echoed.
        shown = [prefix + k for k in unknown if _PLAIN_KEY.fullmatch(k)][:3]
        named = f"：{'、'.join(shown)}{'等' if len(unknown) > len(shown) else ''}" if shown else ""
        raise ExportError(
            f"字体方案中有 {len(unknown)} 个未知的键{named}（这可能不是字体方案文件）",
            path=path,
            hint=f"可用的键：{'、'.join(prefix + k for k in sorted(allowed))}。",
        )


_PLAIN_KEY = re.compile(r"[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]{0,23}")


def _spec(value: Any, role: str, path: Path, base: FontSpec | None) -> FontSpec:
    if isinstance(value, str):
        value = {"font": value}
    if not isinstance(value, dict):
        raise ExportError(f"fonts.{role} 应是字体名称或 {{font, size, bold}}", path=path, hint=_HINT)
    _reject_unknown(value, _SPEC_KEYS, path, f"fonts.{role}.")
    font = value.get("font", base.font if base else None)
    size = value.get("size", base.size if base else None)
    bold = value.get("bold", base.bold if base else False)
    if isinstance(size, bool) or not isinstance(size, int | float) or not 5 <= size <= 72:
        raise ExportError(f"fonts.{role}.size 应是 5–72 之间的磅值（如 16）", path=path)
    if not isinstance(bold, bool):
        raise ExportError(f"fonts.{role}.bold 应是 true 或 false", path=path)
    return FontSpec(_font_name(font, role, path), float(size), bold)


def _font_name(font: Any, role: str, path: Path | None) -> str:
    if not isinstance(font, str) or not font.strip() or len(font) > 64 or any(ord(c) < 32 for c in font):
        raise ExportError(f"{ROLE_NAMES.get(role, role)}的字体名称无效：{font!r}", path=path, hint="写字体的名称，如 仿宋_GB2312。")
    return font.strip()
