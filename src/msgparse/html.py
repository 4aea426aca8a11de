"""HTML pages to headline, publication date and body text (beautifulsoup4)."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(slots=True)
class Page:
    text: str
    headline: str | None
    published: str | None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(html|head|body|p|div)\b", head))


def extract(markup: str) -> Page:
    from bs4 import BeautifulSoup  # noqa: PLC0415 - only HTML inputs pay for it

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    title = soup.find("h1") or soup.find("title")
    paras = [" ".join(p.get_text(" ").split()) for p in soup.find_all("p")]
    text = "\n\n".join(p for p in paras if p) or soup.get_text("\n")
    return Page(text, " ".join(title.get_text(" ").split()) if title else None, None)
