"""Reports in a real browser: headless Chromium (Debian's package) driven by Playwright.

Opens article pages and the index from file:// and checks: no console
errors, no network request, one highlight per JSON attribution, keyboard
focus reveals a source, sorting and filtering work, the page reads with
scripts off, and the hostile record runs nothing. Screenshots go to
tests/_screenshots/ (git-ignored). Skips cleanly without Playwright or
Chromium. Records are the fictional fixtures of tests/fixtures/report/.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from analyzer.report import render_article, render_index

pytestmark = pytest.mark.browser

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "report"
SCREENSHOTS = HERE / "_screenshots"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def load(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Exception as exc:  # a broken browser install is an environment problem, not ours
            pytest.skip(f"Chromium does not start: {exc}")
        yield b
        b.close()


class Watched:
    """A page with listeners for console errors, page errors, requests and dialogs."""

    def __init__(self, browser, *, javascript: bool = True) -> None:
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1100, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> "Watched":
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")
        return self

    def external_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith("file://")]

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A little report folder: two article pages and the index."""
    out = tmp_path_factory.mktemp("site")
    rows = []
    for name in ("basic", "hostile", "empty"):
        record = load(name)
        (out / f"{name}.html").write_text(render_article(record), encoding="utf-8")
        meta = record["metadata"]
        rows.append({"id": record["id"], "href": f"{name}.html", "title": meta.get("title", ""),
                     "outlet": meta.get("outlet", ""), "published": meta.get("published", ""),
                     "url": meta.get("url", ""), "scores": record["scores"], "warnings": record["warnings"]})
    (out / "index.html").write_text(render_index(rows, [], {"articles.csv": "articles.csv"}), encoding="utf-8")
    return out


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def _clean(w: Watched) -> None:
    assert w.errors == []
    assert w.external_requests() == []
    assert w.dialogs == []


def test_article_page_highlights_every_attribution(browser, site):
    w = Watched(browser).open(site / "basic.html")
    try:
        record = load("basic")
        count = w.page.locator("[data-attribution]").count()
        data = json.loads(w.page.locator("#analysis-data").text_content())
        assert count == len(record["attributions"]) == data["n_attributions"]
        ids = w.page.eval_on_selector_all("[data-attribution]", "els => els.map(e => e.dataset.attribution)")
        assert sorted(ids) == sorted(a["id"] for a in record["attributions"])
        shoot(w.page, "article.png")
        _clean(w)
    finally:
        w.close()


def test_keyboard_focus_reveals_the_source(browser, site):
    w = Watched(browser).open(site / "basic.html")
    try:
        page = w.page
        assert page.locator(".tip:visible").count() == 0
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement && document.activeElement.dataset.attribution !== undefined"):
                break
        focused = page.evaluate("document.activeElement.dataset.attribution")
        assert focused == "a1"
        tip = page.locator(f'[data-attribution="{focused}"] > .tip')
        assert tip.is_visible()
        assert "Ada Brenn" in tip.text_content()
        assert "GOV" in tip.text_content()
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "article-focus.png"))
        _clean(w)
    finally:
        w.close()


def test_hostile_record_runs_nothing(browser, site):
    w = Watched(browser).open(site / "hostile.html")
    try:
        page = w.page
        page.hover("[data-attribution]")  # onmouseover / onfocus payloads would fire here
        for _ in range(10):
            page.keyboard.press("Tab")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("[data-attribution]").count() == len(load("hostile")["attributions"])
        assert page.locator("script:not([type='application/json'])").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        title = page.title()
        assert "<script>" in title  # shown as text, not run
        shoot(page, "article-hostile.png")
        _clean(w)
    finally:
        w.close()


def _column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#articles tbody tr", f"rows => rows.filter(r => !r.hidden).map(r => r.cells[{index}].textContent.trim())")


def test_index_sorts_and_filters(browser, site):
    w = Watched(browser).open(site / "index.html")
    try:
        page = w.page
        assert page.locator("#articles tbody tr").count() == 3
        page.click("#articles thead th:nth-child(4) button")  # Attributed share
        first = _column(page, 3)
        assert first == ["40%", "52%", "n/a"]
        assert page.get_attribute("#articles thead th:nth-child(4)", "aria-sort") == "ascending"
        page.click("#articles thead th:nth-child(4) button")
        assert _column(page, 3) == ["52%", "40%", "n/a"]
        page.click("#articles thead th:nth-child(1) button")  # Title, as text
        titles = _column(page, 0)
        assert titles == sorted(titles, key=str.lower)
        assert page.locator("#filters").is_visible()
        page.select_option("#outlet-filter", "Ellin Courier")
        assert len(_column(page, 0)) == 1
        assert "1 of 3" in page.text_content("#filter-count")
        page.select_option("#outlet-filter", "")
        assert len(_column(page, 0)) == 3
        shoot(page, "index.png")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        _clean(w)
    finally:
        w.close()


def test_pages_read_with_scripts_off(browser, site):
    w = Watched(browser, javascript=False).open(site / "index.html")
    try:
        assert w.page.locator("#articles tbody tr").count() == 3
        assert not w.page.locator("#filters").is_visible()
        w.open(site / "basic.html")
        assert w.page.locator("[data-attribution]").count() == 6
        w.page.focus('[data-attribution="a5"]')
        assert w.page.locator('[data-attribution="a5"] > .tip').is_visible()  # CSS only
        assert w.external_requests() == []
    finally:
        w.close()


def test_print_view_hides_interactive_parts(browser, site):
    w = Watched(browser).open(site / "basic.html")
    try:
        w.page.emulate_media(media="print")
        assert not w.page.locator("section[aria-labelledby=h-removed]").is_visible()
        assert w.page.locator(".article-body").is_visible()
        assert w.page.locator(".print-only").is_visible()
    finally:
        w.close()


def test_worksheet_prints_on_one_page(browser, tmp_path):
    import re

    from analyzer.report.render import render_article_page

    path = tmp_path / "worksheet.html"
    path.write_text(render_article_page(load("basic"), index_href="/", back_label="Analyse another article",
                                        worksheet=True), encoding="utf-8")
    w = Watched(browser).open(path)
    try:
        pdf = w.page.pdf(format="A4", print_background=True)
        assert re.findall(rb"/Count (\d+)", pdf) == [b"1"]
    finally:
        w.close()


def test_seed_report_if_available(browser, tmp_path):
    seed = SHARED / "seeds" / "000_3a7f4ac74752c148.txt"
    if not seed.exists():
        pytest.skip("../shared/seeds is not available")
    from analyzer import analyze

    record = analyze(seed.read_text(encoding="utf-8"), format="dump").to_dict()
    path = tmp_path / "seed.html"
    path.write_text(render_article(record), encoding="utf-8")
    w = Watched(browser).open(path)
    try:
        assert w.page.locator("[data-attribution]").count() == len(record["attributions"])
        shoot(w.page, "article-seed.png")
        _clean(w)
    finally:
        w.close()


@pytest.fixture(scope="module")
def server_url(serve_url):
    return serve_url


def _local(w: Watched, base: str) -> list[str]:
    return [u for u in w.requests if not u.startswith(base)]


SERVE_TEXT = ('PORT ELLIN - Mayor Ada Brenn said on Monday that the new ferry "will sail by June." '
              'The pier was built in 1911.\n\nCritics claimed the budget was short.\n')


def test_serve_page_paste_gives_a_report(browser, server_url):
    seed = SHARED / "seeds" / "000_3a7f4ac74752c148.txt"
    text = seed.read_text(encoding="utf-8") if seed.exists() else SERVE_TEXT  # fictional fallback
    from analyzer import analyze

    expected = len(analyze(text, format="auto").to_dict()["attributions"])
    w = Watched(browser)
    try:
        page = w.page
        page.goto(server_url + "/")
        shoot(page, "serve-form.png")
        page.fill("#text", text)
        with page.expect_navigation():
            page.click("button[value=show]")
        assert page.locator("h2#h-text").is_visible()
        assert page.locator("[data-attribution]").count() == expected
        shoot(page, "serve-report.png")
        page.emulate_media(media="print")
        assert not page.locator("#h-measures").is_visible()  # the worksheet prints article + questions
        assert page.locator("#h-questions").is_visible()
        assert w.errors == [] and w.dialogs == []
        assert _local(w, server_url) == []
    finally:
        w.close()


def test_serve_page_reads_a_picked_file_and_shows_errors(browser, server_url, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(SERVE_TEXT, encoding="utf-8")
    w = Watched(browser)
    try:
        page = w.page
        page.goto(server_url + "/")
        with page.expect_navigation():
            page.click("button[value=show]")  # nothing pasted
        assert page.locator("#error").is_visible()
        assert "paste some text" in page.text_content("#error")
        page.set_input_files("#file", str(path))
        page.wait_for_function("document.getElementById('text').value.length > 0")
        assert "Mayor Ada Brenn" in page.input_value("#text")
        with page.expect_navigation():
            page.click("button[value=show]")
        assert page.locator("[data-attribution]").count() >= 0
        assert "Mayor Ada Brenn" in page.text_content(".article-body")
        assert w.errors == [] and w.dialogs == []
        assert _local(w, server_url) == []
    finally:
        w.close()
