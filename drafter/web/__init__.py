"""`drafter serve`: the same engine as the command line behind a local web page.

Starlette and uvicorn are imported only here (and by `drafter serve`), so the
other commands do not pay for them. Modules: `app` (the application and its
error pages), `security` (token, CSRF, request limits), `forms` (form fields →
answers), `draft`, `proofread` and `library` (the pages).
"""

from __future__ import annotations

from drafter.web.app import create_app

__all__ = ["create_app"]
