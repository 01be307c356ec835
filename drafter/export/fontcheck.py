"""Which fonts of a profile this machine lacks, and what they will fall back to.

Asks fontconfig (fc-list, fc-match) where it exists: Linux, and macOS or
Windows with fontconfig installed. Elsewhere nothing can be said and nothing is
reported. A missing font is a warning, never an error: the .docx still names
it, and the computer that opens it may well have it.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

from drafter.export.fonts import ROLE_NAMES, FontProfile, load_font_profile, profile_names
from drafter.limits import FONTCONFIG_SECONDS as _TIMEOUT


@dataclass(frozen=True, slots=True)
class MissingFont:
    """A font of the profile not installed here, the parts that use it and its stand-in."""

    font: str
    roles: tuple[str, ...]
    fallback: str


@dataclass(frozen=True, slots=True)
class FontCheck:
    """The result of checking a profile against this machine's fonts."""

    profile: str
    missing: tuple[MissingFont, ...]
    complete_profiles: tuple[str, ...]  # shipped profiles whose fonts are all here

    def message(self) -> str:
        """The warning in Chinese, or "" when nothing is missing."""
        if not self.missing:
            return ""
        fallbacks = {m.fallback for m in self.missing}
        text = f"本机缺少字体方案“{self.profile}”中的字体，转 PDF 或在本机打开时"
        if len(fallbacks) == 1:
            names = "、".join(f"{m.font}（{'、'.join(m.roles)}）" for m in self.missing)
            verb = "都将显示为" if len(self.missing) > 1 else "将显示为"
            text += f"{names}{verb} {fallbacks.pop() or '其他字体'}"
            if len(self.missing) > 1:
                text += "，标题、正文和各级标题难以区分"
        else:
            text += "将以其他字体显示：" + "；".join(
                f"{m.font}（{'、'.join(m.roles)}）→ {m.fallback or '未知字体'}"
                for m in self.missing
            )
        others = [p for p in self.complete_profiles if p != self.profile]
        if others:
            return text + f"。可改用 --fonts {others[0]}（本机字体齐全）。"
        return text + "。可安装缺少的字体，或在装有这些字体的电脑上用 Word/WPS 打开。"


def check_fonts(profile: FontProfile) -> FontCheck:
    """Check `profile` against the fonts installed here (empty result without fontconfig)."""
    installed = installed_families()
    if installed is None:
        return FontCheck(profile.name, (), ())
    missing = []
    for font in profile.fonts():
        if font.casefold() not in installed:
            roles = tuple(ROLE_NAMES[r] for r, spec in profile.specs if spec.font == font) or (
                "西文",
            )
            missing.append(MissingFont(font, roles, fallback_for(font)))
    complete = tuple(
        name for name in profile_names()
        if all(f.casefold() in installed for f in load_font_profile(name).fonts())
    )  # fmt: skip
    return FontCheck(profile.name, tuple(missing), complete)


@cache
def installed_families() -> frozenset[str] | None:
    """Every family name fontconfig knows (all languages, casefolded), or None without it."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return None
    try:
        out = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, text=True, timeout=_TIMEOUT, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    names = {
        name.strip().casefold() for line in out.stdout.splitlines() for name in line.split(",")
    }
    return frozenset(n for n in names if n)


def fallback_for(font: str) -> str:
    """The family fontconfig substitutes for `font` in Chinese text ("" if unknown)."""
    fc_match = shutil.which("fc-match")
    if not fc_match:
        return ""
    try:
        out = subprocess.run(
            [fc_match, "-f", "%{family[0]}", f"{font}:lang=zh-cn"],
            capture_output=True, text=True, timeout=_TIMEOUT, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()
