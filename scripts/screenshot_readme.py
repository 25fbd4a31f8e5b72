"""Make the README's picture: a report of a fictional corpus article, in headless Chromium.

In: the reports written by `analyzer report` (default reports/) and Debian's /usr/bin/chromium.
Out: docs/report.png (the top of the article page of dump_tallinn_drone).

    analyzer report && python scripts/screenshot_readme.py [REPORTS_DIR]
"""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(reports: Path) -> None:
    page_path = reports / "articles" / "dump_tallinn_drone.html"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 1300})
        page.goto(page_path.resolve().as_uri())
        page.screenshot(path=str(ROOT / "docs" / "report.png"))
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "reports")
