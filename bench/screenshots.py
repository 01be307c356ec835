"""Screenshots of each page of `drafter serve` at 1280×800 into docs/serve-*.png.

    python bench/screenshots.py            # needs Debian's chromium (/usr/bin/chromium) and playwright

The server runs in this process on a free port; the browser is the system
Chromium (never a downloaded one).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from drafter.web import create_app
from drafter.web.server import start_in_thread

DOCS = Path(__file__).resolve().parent.parent / "docs"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"]  # fmt: skip
SPEECH = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def main() -> int:
    running = start_in_thread(create_app())
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="zh-CN")
            shoot_draft(page, running.url)
            shoot_check(page, running.url)
            shoot_diff(page, running.url)
            shoot_library(page, running.url)
            browser.close()
    finally:
        running.stop()
    return 0


def shoot_draft(page: object, url: str) -> None:
    page.goto(f"{url}/draft")  # type: ignore[attr-defined]
    page.fill("#f-place", "清河县")  # type: ignore[attr-defined]
    page.fill("#f-meeting", "全县安全生产工作会议")  # type: ignore[attr-defined]
    page.fill("#f-achievements", "全县生产安全事故起数同比下降12%\n排查整改隐患3200余处")  # type: ignore[attr-defined]
    page.fill("#f-problems", "部分企业主体责任落实不到位")  # type: ignore[attr-defined]
    page.click("#btn-draft")  # type: ignore[attr-defined]
    page.wait_for_selector("#preview")  # type: ignore[attr-defined]
    page.screenshot(path=DOCS / "serve-draft.png")  # type: ignore[attr-defined]
    page.click("#point-1 button.lock")  # type: ignore[attr-defined]
    page.wait_for_selector("#point-1 button[aria-pressed=true]")  # type: ignore[attr-defined]
    page.click("#point-2 button:has-text('换一段')")  # type: ignore[attr-defined]
    page.wait_for_selector("#point-2")  # type: ignore[attr-defined]
    page.hover("#point-2")  # type: ignore[attr-defined]
    page.screenshot(path=DOCS / "serve-draft-swap.png")  # type: ignore[attr-defined]


def shoot_check(page: object, url: str) -> None:
    page.goto(f"{url}/check")  # type: ignore[attr-defined]
    page.fill("textarea[name=text]", SAMPLE)  # type: ignore[attr-defined]
    page.click("button.primary")  # type: ignore[attr-defined]
    page.wait_for_selector(".report")  # type: ignore[attr-defined]
    page.screenshot(path=DOCS / "serve-check.png")  # type: ignore[attr-defined]


def shoot_diff(page: object, url: str) -> None:
    page.goto(f"{url}/diff")  # type: ignore[attr-defined]
    page.fill("textarea[name=text]", SAMPLE)  # type: ignore[attr-defined]
    page.click("button.primary")  # type: ignore[attr-defined]
    page.wait_for_selector(".report")  # type: ignore[attr-defined]
    page.screenshot(path=DOCS / "serve-diff.png")  # type: ignore[attr-defined]


def shoot_library(page: object, url: str) -> None:
    page.goto(f"{url}/fragments?topic=安全生产&role=point")  # type: ignore[attr-defined]
    page.screenshot(path=DOCS / "serve-fragments.png")  # type: ignore[attr-defined]


SAMPLE = """在全县安全生产工作会议上的讲话

同志们：

今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，安排部署今年任务。下面，我讲三点意见。

一、提高认识，切实增强做好安全生产工作的责任感

安全生产事关人民群众生命财产安全，事关改革发展稳定大局。我市各级各部门要牢固树立安全发展理念，坚持又好又快发展。

二、突出重点，扎实推进安全生产各项工作

一是要加强隐患排查治理。三是要加强执法检查，XX同志要亲自抓,确保不出问题。

最后，希望大家的的工作再上新台阶。
"""


if __name__ == "__main__":
    sys.exit(main())
