"""A review page loaded in headless Chromium, recording every console message, page error and dialog."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"


class Page:
    """A loaded page with every console message, page error and dialog it produced."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page.set_default_timeout(10_000)
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.goto(path.as_uri())

    def classes(self, selector: str) -> list[list[str]]:
        return self.page.eval_on_selector_all(selector, "els => els.map(e => Array.from(e.classList))")

    def text(self, selector: str) -> str:
        """The text of every element the selector matches, joined."""
        return self.page.eval_on_selector_all(selector, "els => els.map(e => e.textContent).join('')")

    def visible_ids(self) -> list[int]:
        return self.page.eval_on_selector_all("li.item:not([hidden])", "els => els.map(e => Number(e.dataset.f))")

    def current(self) -> int:
        return int(self.page.get_attribute("li.item.current", "data-f"))

    def select(self, fid: int) -> None:
        """Click a finding in the list."""
        self.page.click(f'li.item[data-f="{fid}"]')

    def in_view(self, selector: str) -> bool:
        """True when the element is displayed and wholly inside the window."""
        return self.page.eval_on_selector(selector, """e => {
            const box = e.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }""")

    def shot(self, name: str, **kwargs) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), **kwargs)
