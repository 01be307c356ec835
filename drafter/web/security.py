"""What keeps the page safe on an office network: token, CSRF, bounded requests, checked paths.

- Access: on a non-loopback address every request carries the token (once in the
  address as ?token=…, then as an HttpOnly cookie).
- CSRF: every POST carries a token derived from a per-process secret; a forged
  one, or a form posted from another origin, is refused.
- Requests: bodies are read in bounded chunks and refused past MAX_UPLOAD_BYTES;
  a path containing `..` never reaches a handler.
- DNS rebinding: a page served on this computer only answers to the names of this
  computer (127.0.0.1, localhost), so another site whose name is made to point here
  cannot read it.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode

from drafter.errors import LimitError, UsageError
from drafter.limits import MAX_UPLOAD_BYTES

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
ErrorPage = Callable[[int, str, str], bytes]

TOKEN_COOKIE = "drafter_token"
CSRF_FIELD = "csrf"
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
]


def is_loopback(host: str) -> bool:
    """127.0.0.1, ::1 and localhost: only this computer can reach the page."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_token(host: str, token: str | None) -> None:
    """Refuse to listen on a network address without a token.

    Raises:
        UsageError: `host` is not loopback and no token (or one too short to resist guessing) was given.
    """
    if not is_loopback(host) and not token:
        raise UsageError(
            f"在 {host} 上开放网页必须设置访问口令，否则同一网络中的任何人都能使用和修改片段库",
            hint="加 --token 口令（或设置环境变量 DRAFTER_TOKEN）；只在本机使用时不要加 --host。",
        )
    if not is_loopback(host) and token is not None and len(token.strip()) < MIN_TOKEN_CHARS:
        # `--token 1` opened the office's library to anyone on the network who tried ten addresses (newuser38)
        raise UsageError(
            f"访问口令太短（{len(token.strip())} 个字符），同一网络中的人很容易猜中，至少要 {MIN_TOKEN_CHARS} 个字符",
            hint="用字母、数字混合的口令，如 --token qh2026anjian；只在本机使用时不要加 --host。",
        )


MIN_TOKEN_CHARS = 6  # characters of a token for a page open to the network


class Csrf:
    """CSRF tokens from a secret that lives as long as the server process."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def token(self) -> str:
        return hmac.new(self._secret, b"drafter-form", hashlib.sha256).hexdigest()

    def check(self, given: object) -> None:
        """Raises UsageError (a 403 page) when `given` is not this process's token."""
        if not isinstance(given, str) or not hmac.compare_digest(given, self.token()):
            raise CsrfError(
                "表单校验码不对，请求已拒绝，没有做任何修改",
                hint="这通常是页面放得太久（服务重启过）或请求不是从本页面发出的：刷新页面后重新提交。",
            )


class CsrfError(UsageError):
    """A POST without this process's CSRF token (or from another origin)."""


class Guard:
    """ASGI middleware: bad paths, the access token and the body limit, before any handler runs."""

    def __init__(self, app: ASGIApp, error_page: ErrorPage, token: str | None = None,
                 limit: int = MAX_UPLOAD_BYTES, local_only: bool = True) -> None:  # fmt: skip
        self.app, self.error_page, self.token, self.limit = app, error_page, token, limit
        self.local_only = local_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        raw = unquote(unquote(scope.get("raw_path", b"").decode("latin-1") or scope["path"]))
        if ".." in raw or "\\" in raw or "\0" in raw:
            await self._refuse(send, 400, "地址中含有“..”等不允许的字符，请求已拒绝", "请从页面上的链接进入。")
            return
        if self.local_only and not is_loopback(_host_name(_header(scope, b"host"))):
            await self._refuse(send, 400, "只能用 127.0.0.1 或 localhost 打开本页面", "请在地址栏输入 http://127.0.0.1:端口/。")
            return
        if self.token and not await self._authorised(scope, send):
            return
        length = _header(scope, b"content-length")
        if length and (not length.isdigit() or int(length) > self.limit):
            mb = self.limit // 1024 // 1024
            # a client still sending (a script, not a browser) was reset, not told 413: the rest is read and dropped
            # after the page is sent (newuser39); one that waits for 100 Continue sends nothing more
            drain = receive if length.isdigit() and int(length) <= _DRAIN_MAX and not _header(scope, b"expect") else None
            await self._refuse(send, 413, f"上传的内容过大（上限 {mb} MB），已拒绝，没有做任何处理",
                               "讲话稿一般不超过几百 KB；请检查所选文件。", drain=drain)  # fmt: skip
            return
        await self.app(scope, _bounded(receive, self.limit), send)

    async def _authorised(self, scope: Scope, send: Send) -> bool:
        assert self.token is not None
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = (query.get("token") or [""])[0]
        if given and hmac.compare_digest(given.encode(), self.token.encode()):
            rest = {k: v for k, v in query.items() if k != "token"}
            location = scope["path"] + ("?" + urlencode(rest, doseq=True) if rest else "")
            cookie = f"{TOKEN_COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode()), (b"set-cookie", cookie.encode())]})  # fmt: skip
            await send({"type": "http.response.body", "body": b""})
            return False
        cookie = _cookies(scope).get(TOKEN_COOKIE, "")
        if cookie and hmac.compare_digest(cookie.encode(), self.token.encode()):
            return True
        await self._refuse(send, 403, "需要访问口令", "请使用管理员给出的完整网址（含 ?token=…）打开本页面。")
        return False

    async def _refuse(self, send: Send, status: int, message: str, hint: str, drain: Receive | None = None) -> None:
        """Send the error page; with `drain`, read the rest of the request body before the response ends (its
        length is in the headers, so a client reading it is not kept waiting)."""
        body = self.error_page(status, message, hint)
        headers = [(b"content-type", b"text/html; charset=utf-8"), (b"connection", b"close"),
                   (b"content-length", str(len(body)).encode())]  # fmt: skip
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": drain is not None})
        if drain is not None:
            await _drain(drain)
            await send({"type": "http.response.body", "body": b""})


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            message["headers"] = [*message.get("headers", []), *HEADERS]
        await send(message)

    return wrapped


def _bounded(receive: Receive, limit: int) -> Receive:
    """Count the body as it arrives and stop past `limit` (a body sent without a length)."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                if message.get("more_body", False):
                    await _drain(receive)  # read the rest first: a connection closed on unread data is reset
                raise LimitError(
                    f"上传的内容过大（上限 {limit // 1024 // 1024} MB），已拒绝，没有做任何处理",
                    hint="讲话稿一般不超过几百 KB；请检查所选文件。",
                )
        return message

    return wrapped


_DRAIN_MAX = 1024 * 1024 * 1024  # bytes of a refused body read and thrown away so the client is told, not reset
_DRAIN_SECONDS = 30.0


async def _drain(receive: Receive) -> None:
    """Read and discard the rest of a request body (at most _DRAIN_MAX bytes, _DRAIN_SECONDS).

    A server that answers and closes while the client is still sending resets the connection: a script posting 20 MB
    (requests, http.client, curl without Expect) got ConnectionResetError instead of the 413 page. Past the bounds the
    refusal is sent as it is.
    """
    import asyncio
    import time

    seen, deadline = 0, time.monotonic() + _DRAIN_SECONDS
    while seen <= _DRAIN_MAX:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        try:
            message = await asyncio.wait_for(receive(), timeout=left)
        except TimeoutError:
            return
        if message.get("type") != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return ""


def _host_name(host: str) -> str:
    """The name in a Host header, without the port ([::1]:8765 → ::1)."""
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookies(scope: Scope) -> dict[str, str]:
    out = {}
    for part in _header(scope, b"cookie").split(";"):
        key, sep, value = part.strip().partition("=")
        if sep:
            out[key] = value
    return out
