"""The query page in a real browser (headless Debian chromium via Playwright), fully offline:
YASGUI loads from this server, a named query is picked from the list, run, and shown as a table."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from query_fixtures import live_server

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():  # pragma: no cover - .ci/run installs it with apt-get
    pytest.skip(f"no chromium at {CHROMIUM}", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(mini_build):
    with live_server(mini_build, timeout=5.0, workers=1) as url:
        yield url


def test_query_page_runs_a_named_query_offline(server, tmp_path):
    host = urlsplit(server).netloc
    foreign: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        # offline: every request to another host is recorded and aborted
        page.route("**/*", lambda route: (foreign.append(route.request.url), route.abort())
                   if urlsplit(route.request.url).netloc != host else route.continue_())
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(server + "/")
        page.wait_for_selector("#side a.q", timeout=20_000)
        page.get_by_text("Who leads and who co-builds a laboratory").click()
        editor_text = page.evaluate("() => window.kgYasgui.getTab().getQuery()")
        assert '"白马湖实验室"@zh' in editor_text
        page.evaluate("() => window.kgYasgui.getTab().query()")
        page.wait_for_selector(".yasr table tbody tr", timeout=20_000)
        cells = page.inner_text(".yasr table")
        page.screenshot(path=str(Path(os.environ.get("KG_SCREENSHOT_DIR", tmp_path)) / "query-page.png"))
        browser.close()
    assert "浙江省能源集团" in cells and "西湖大学" in cells
    assert not errors, errors
    assert not foreign, f"requests to other hosts: {foreign[:5]}"
