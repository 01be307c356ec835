"""The Chinese frame around drafter's help and usage errors.

Typer 0.28 vendors Click with its English frame written as plain strings (only a few
pass through gettext), so no message catalogue can reach them. Instead, the command
classes below translate the two places where that frame reaches the user: the help
text (`get_help`, `get_usage`) and usage errors (`main`). Our own help text is
Chinese already and passes through unchanged.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

try:  # typer >= 0.28 vendors Click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - older typer uses Click itself
    from click import exceptions as click_errors  # type: ignore[no-redef]

# (pattern, replacement) applied to help and usage text, in order.
_HELP = [
    (re.compile(r"^Usage: ", re.M), "用法："),
    (re.compile(r"\[OPTIONS\]"), "[选项]"),
    (re.compile(r"COMMAND \[ARGS\]\.\.\."), "命令 [参数]..."),
    (re.compile(r"^Options:$", re.M), "选项："),
    (re.compile(r"^Arguments:$", re.M), "参数："),
    (re.compile(r"^Commands:$", re.M), "命令："),
    (re.compile(r"Show this message and exit\."), "显示帮助并退出。"),
    (re.compile(r"\[required\]"), "[必填]"),
    (re.compile(r"\[default:\s+"), "[默认："),  # the help may wrap right after the colon
    (re.compile(r"; default: "), "；默认："),
    (re.compile(r"\[env var:\s+"), "[环境变量："),
    (re.compile(r"<path>"), "<路径>"),
    (re.compile(r"<str>"), "<文字>"),
    (re.compile(r"<int>"), "<整数>"),
    (re.compile(r"<float>"), "<数>"),
    (re.compile(r"<int range>"), "<整数>"),
    (re.compile(r"; x>=(\d+)\]"), r"；不小于 \1]"),  # a range after a default: [默认：10; x>=1]
    (re.compile(r"; (?=\d+(?:\.\d+)?<=x<=)"), "；"),  # [默认：30.0; 0.01<=x<=10080]
    # both ends first (resident start --idle 0 said “0.01<=不大于 10080”), decimals too
    (re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)<=x<=(\d+(?:\.\d+)?)"), r"\1 到 \2"),
    (re.compile(r"\bx>=(\d+(?:\.\d+)?)"), r"不小于 \1"),
    (re.compile(r"\bx<=(\d+(?:\.\d+)?)"), r"不大于 \1"),
    (re.compile(r"<float range>"), "<数>"),
]  # fmt: skip

_TYPES = {"int": "整数", "integer": "整数", "float": "数", "boolean": "true 或 false", "int range": "整数",
          "float range": "数", "UUID": "UUID"}  # fmt: skip

# (pattern, replacement) for the message of a usage error.
_ERRORS: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"^Got unexpected extra argument\(s\) \((.*)\)$", re.S), r"多余的参数：\1（这个命令不接受这些参数；带空格的值请加引号）"),
    (re.compile(r"^No such command '(.*)'\.$"), r"没有命令“\1”。"),
    # fragments lsit said “No such command 'lsit'. Did you mean 'list', 'lint'?” in English
    (re.compile(r"^No such command '(.*)'\. Did you mean (.*)\?$"),
     lambda m: f"没有命令“{m[1]}”（是不是：{_quoted_names(m[2])}？）"),
    (re.compile(r"^Missing command\.$"), "缺少命令。"),
    (re.compile(r"^No such option: (\S+) \(Possible options: (.*)\)$"), r"没有选项 \1（是不是：\2？）"),
    (re.compile(r"^No such option: (\S+)$"), r"没有选项 \1。"),
    (re.compile(r"^Missing argument '(.*)'\.(.*)$", re.S), lambda m: f"缺少参数 {_names(m[1])}。{m[2]}"),
    (re.compile(r"^Missing option '(.*)'\.(.*)$", re.S), lambda m: f"缺少选项 {_names(m[1])}。{m[2]}"),
    (re.compile(r"^Missing parameter:? '?(.*?)'?\.?$"), r"缺少参数 \1。"),
    (re.compile(r"^Option '(.*)' requires an argument\.$"), r"选项 \1 后面要跟一个值。"),
    (re.compile(r"^Option '(.*)' requires (\d+) arguments\.$"), r"选项 \1 后面要跟 \2 个值。"),
    (re.compile(r"^Option '(.*)' does not take a value\.$"), r"选项 \1 不带值。"),
    (re.compile(r"^Invalid value for (.*?): (.*)$", re.S), r"\1 的值无效：\2"),
    (re.compile(r"^Invalid value: (.*)$", re.S), r"值无效：\1"),
]  # fmt: skip

_VALUES = [
    (re.compile(r"^(.*) is not a valid (int range|float range|int|integer|float|boolean|UUID)\.(?: Recognized values: .*)?$"),
     lambda m: f"{m.group(1)} 不是{_TYPES[m.group(2)]}。"),
    (re.compile(r"^(.*) is not in the range (.*)\.$"), lambda m: f"{m.group(1)} 超出范围（{translate_help(m.group(2))}）。"),
    (re.compile(r"^(.*) is not one of (.*)\.$"), lambda m: f"{m.group(1)} 不是可选的值（{m.group(2)}）之一。"),
    (re.compile(r"^(File|Directory|Path) '(.*)' does not exist\.$"), lambda m: f"“{m.group(2)}”不存在。"),
    (re.compile(r"^(File|Directory|Path) '(.*)' is a directory\.$"), lambda m: f"“{m.group(2)}”是文件夹，这里要的是文件。"),
    (re.compile(r"^(File|Directory|Path) '(.*)' is a file\.$"), lambda m: f"“{m.group(2)}”是文件，这里要的是文件夹。"),
    (re.compile(r"^(File|Directory|Path) '(.*)' is not readable\.$"), lambda m: f"“{m.group(2)}”不可读。"),
]  # fmt: skip


def translate_help(text: str) -> str:
    """Click's English frame of a help or usage text, in Chinese."""
    for pattern, replacement in _HELP:
        text = pattern.sub(replacement, text)
    return text


def _quoted_names(text: str) -> str:
    """'list', 'lint' (click's suggestions) as list、lint."""
    return "、".join(re.findall(r"'([^']*)'", text)) or text


def _names(quoted: str) -> str:
    """--output' / '-o (Click quotes each name of the option) as --output（-o）."""
    first, *others = quoted.split("' / '")
    return first + (f"（{'、'.join(others)}）" if others else "")


def translate_error(message: str) -> str:
    """The message of a Click usage error, in Chinese (unknown messages stay as they are)."""
    for pattern, replacement in _ERRORS:
        translated, count = pattern.subn(replacement, message)
        if count:
            message = translated
            break
    head, sep, value = message.rpartition("的值无效：")
    for value_pattern, describe in _VALUES:
        match = value_pattern.match(value)
        if match:
            return f"{head}{sep}{describe(match)}"
    return message


def show_usage_error(exc: click_errors.UsageError) -> None:
    """Print a usage error like Click does, in Chinese, on stderr."""
    if isinstance(exc, click_errors.NoArgsIsHelpError):
        typer.echo(exc.format_message(), err=True)  # the help text, translated by get_help
        return
    ctx = exc.ctx
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        option = ctx.help_option_names[0] if ctx.help_option_names else "--help"
        lines.append(f"用 {ctx.command_path} {option} 查看帮助。\n")
    lines.append(f"错误：{_answer_as_option(exc) or _extra_file_as_against(exc) or translate_error(exc.format_message())}")
    typer.echo("\n".join(lines), err=True)


def _answer_as_option(exc: click_errors.UsageError) -> str:
    """--place 清河县 on a command that takes answers by --set: say how to give that answer (Click's guess was
    --replay)."""
    if not isinstance(exc, click_errors.NoSuchOption) or exc.ctx is None:
        return ""
    if not any("--set" in p.opts for p in exc.ctx.command.params):
        return ""
    from drafter.library.names import STANDARD_VARIABLES  # only on this error: start-up stays light

    key = exc.option_name.lstrip("-").replace("-", "_")
    var = STANDARD_VARIABLES.get(key)
    if var is None:
        return ""
    by_file = "，也可以写进答案文件用 --answers" if any("--answers" in p.opts for p in exc.ctx.command.params) else ""
    return f"没有选项 {exc.option_name}。{var.prompt.split('（')[0]}是一项答案，要用 --set 给出：--set {key}=…（每项答案一个 --set{by_file}）。"


def _extra_file_as_against(exc: click_errors.UsageError) -> str:
    """`drafter diff 讲话.md "去年 讲话.docx"`: the second file is last year's speech, to be given by --against (the
    message said to quote a value with spaces, which it was; newuser39)."""
    match = re.match(r"^Got unexpected extra argument\(s\) \((.*)\)$", exc.format_message(), re.S)
    if match is None or exc.ctx is None:
        return ""
    extras = [a for a in (exc.ctx.args or []) if isinstance(a, str)] or [match[1]]
    if not all(os.path.exists(a) for a in extras):
        return ""
    command = exc.ctx.command_path
    if not any("--against" in p.opts for p in exc.ctx.command.params):  # check 一稿.md 二稿.md: one file a run
        again = "；".join(f"{command} {_quoted(a)}" for a in extras)
        return f"多余的参数：{match[1]}（这个命令一次只处理一个文件）。其余的文件另行运行（选项照写）：{again}"
    against = " ".join(f"--against {_quoted(a)}" for a in extras)
    speech = next((str(exc.ctx.params[p.name]) for p in exc.ctx.command.params
                   if p.name and p.param_type_name == "argument" and exc.ctx.params.get(p.name)), "讲话稿")  # fmt: skip
    return (f"多余的参数：{match[1]}（这个命令只读一篇讲话稿）。要与 {'、'.join(extras)} 对比时用 --against 写出："
            f"{command} {_quoted(speech)} {against}")


def _quoted(arg: str) -> str:
    return f"'{arg}'" if any(c.isspace() for c in arg) else arg


# Help of the options Typer adds itself (shell completion).
_PARAM_HELP = {
    "install_completion": "为当前 shell 安装命令补全（按 Tab 补全命令和选项）。",
    "show_completion": "显示当前 shell 的补全脚本，可复制后自行安装。",
}


_SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _install_completion(ctx: Any, param: Any, value: Any) -> Any:
    """`drafter --install-completion`, said in Chinese (Typer's own said “bash completion installed in …”)."""
    if not value or ctx.resilient_parsing:
        return value
    from typer import completion

    shell = value if isinstance(value, str) else completion._get_shell_name()
    if shell not in _SHELLS:
        which = shell or "当前 shell"
        message = f"错误：不能为 {which} 安装命令补全：只支持 bash、zsh、fish、PowerShell。"
        typer.echo(message, err=True)
        sys.exit(1)
    shell, path = completion.install(shell=shell)
    typer.echo(f"已为 {shell} 安装命令补全：{path}")
    typer.echo("重新打开终端后生效，之后按 Tab 可补全命令和选项。")
    sys.exit(0)


class _Chinese:
    """Mixin: Chinese help frame and usage errors for a Typer command or group."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if param.name in _PARAM_HELP:
                param.help = _PARAM_HELP[param.name]
            if param.name == "install_completion":
                param.callback = _install_completion
        return params

    def get_usage(self, ctx: Any) -> str:
        return translate_help(super().get_usage(ctx))  # type: ignore[misc]

    def get_help(self, ctx: Any) -> str:
        return translate_help(super().get_help(ctx))  # type: ignore[misc]

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:  # fmt: skip
        call = super().main  # type: ignore[misc]
        extra["windows_expand_args"] = windows_expand_args
        if not standalone_mode:
            return call(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = call(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click_errors.UsageError as exc:
            show_usage_error(exc)
            sys.exit(exc.exit_code)
        except click_errors.ClickException as exc:
            typer.echo(f"错误：{translate_error(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("已取消。", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


class ChineseGroup(_Chinese, TyperGroup):
    """A Typer group with a Chinese frame."""


class ChineseCommand(_Chinese, TyperCommand):
    """A Typer command with a Chinese frame."""
