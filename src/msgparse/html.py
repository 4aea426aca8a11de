"""HTML pages to headline, publication date and body text (beautifulsoup4 + lxml).

`extract(markup)` returns a `Page`:

- `headline`: `og:title`, else JSON-LD `headline`, else the first `<h1>`, else
  `<title>` less a trailing " | Site name";
- `published`: `YYYY-MM-DD` from `article:published_time` and the other usual meta
  tags, JSON-LD `datePublished`, or an `itemprop=datePublished` element; the date
  is taken as the page writes it (local to the publisher), not shifted to UTC;
- `text`: the story's paragraphs separated by a blank line. The body is JSON-LD
  `articleBody` when the page has one; otherwise the `itemprop=articleBody` element
  or the `<article>`, and inside it the densest block of paragraphs. Page chrome
  (script, style, navigation, header, footer, aside, forms, figures and their
  captions, share/related/byline/newsletter widgets) never reaches the text.

Only the stages after this one decide what is boilerplate inside the story's own
paragraphs (a closing "-- VNS", "(Reporting by ...)").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from . import dates


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    headline: str | None
    published: str | None


_HTML_START = re.compile(r"\s{0,200}(?:<!--.{0,2000}?-->\s{0,200})?<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"<(?:p|div|br|article|section|span|a\s+href|meta|title|h1)\b[^<>]{0,500}>", re.I)


def looks_like_html(text: str) -> bool:
    """An HTML page or fragment: starts like a document, or is dense in common tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    if head.lstrip().startswith("<") and _HTML_TAG.match(head.lstrip()) and "</" in head:
        return True  # a fragment such as a crawler's "<p>...</p><p>...</p>"
    return len(_HTML_TAG.findall(head)) >= 3


# Removed wherever they are: they never hold story text.
_ALWAYS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
           "button", "input", "select", "textarea", "label", "video", "audio", "picture", "img", "map"]
# Page regions that are chrome by their HTML5 meaning.
_REGIONS = ["nav", "header", "footer", "aside", "figure", "figcaption", "menu", "dialog"]
_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"}
# class/id words of widgets inside the story's column. Not "credit" or "source": a
# "Reuters contributed to this report" line names the story's agencies, and the
# cleaning stage cuts it as boilerplate after reading them.
_CHROME_WORDS = {
    "share", "sharing", "sharebar", "social", "byline", "author", "authors", "related", "recommended",
    "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
    "breadcrumb", "breadcrumbs", "advert", "advertisement", "ad", "ads", "adslot", "promo", "sponsored",
    "tags", "tag", "caption", "comments", "comment", "disclaimer", "meta", "metadata",
    "date", "timestamp", "time", "published", "updated", "also", "readmore",
    "read-more", "more-stories", "outbrain", "taboola", "popup", "modal", "banner", "toolbar", "menu",
    "nav", "navbar", "sidebar", "widget", "footer", "header", "masthead", "print", "email", "login",
    "paywall", "standards", "copyright", "rights", "hidden", "visually-hidden", "sr-only",
}
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
# an element flagged as chrome by its class is kept if it looks like prose: long, few links
_PROSE_CHARS = 500

_BLOCKS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "thead", "tbody", "tr", "td", "th",
    "header", "footer", "aside", "nav", "form", "hr", "address", "center", "fieldset", "details",
    "summary", "figure", "figcaption", "body", "html",
}
_PARA_SEP = "\u2029"  # marks a <br> or block edge while whitespace is collapsed
_SPACE = re.compile(r"[^\S\u2029]+")

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "published_time", "datepublished",
    "date_published", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
    "og:published_time", "article.published", "cxenseparse:recs:publishtime",
)


def extract(markup: str) -> Page:
    """The story of one HTML page: see the module docstring."""
    from bs4 import BeautifulSoup  # only HTML inputs pay for bs4 and lxml

    soup = BeautifulSoup(markup, "lxml")
    ld = list(_json_ld(soup))
    headline = _headline(soup, ld)
    published = _published(soup, ld)
    body = next((v for obj in ld if isinstance(v := obj.get("articleBody"), str) and len(v.strip()) >= 200), None)
    if body is not None:
        text = _text_of_string(body)
    else:
        _strip_chrome(soup)
        for h1 in soup.find_all("h1"):  # the headline is a field of its own
            h1.decompose()
        text = "\n\n".join(p for el in _story_elements(soup) for p in _paragraphs(el))
    return Page(text, headline, published)


def _text_of_string(body: str) -> str:
    if looks_like_html(body) or "<p" in body:
        from bs4 import BeautifulSoup

        return "\n\n".join(_paragraphs(BeautifulSoup(body, "lxml")))
    paras = (" ".join(p.split()) for p in body.split("\n"))
    return "\n\n".join(p for p in paras if p)


# ---- metadata ---------------------------------------------------------------

def _json_ld(soup: Any) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD, nested @graph lists flattened."""
    for tag in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        try:
            data = json.loads(tag.string or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(reversed(obj))
            elif isinstance(obj, dict):
                yield obj
                if isinstance(obj.get("@graph"), list):
                    stack.extend(reversed(obj["@graph"]))


def _meta(soup: Any, *keys: str) -> str | None:
    wanted = {k.lower() for k in keys}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        if key.lower() in wanted:
            content = " ".join((tag.get("content") or "").split())
            if content:
                return content
    return None


def _headline(soup: Any, ld: list[dict[str, Any]]) -> str | None:
    title = _meta(soup, "og:title", "twitter:title")
    if not title:
        title = next((" ".join(v.split()) for o in ld if isinstance(v := o.get("headline"), str) and v.strip()), None)
    if not title and (h1 := soup.find("h1")):
        title = " ".join(h1.get_text(" ").split())
    if not title and soup.title:
        title = " ".join(soup.title.get_text(" ").split())
        site = _meta(soup, "og:site_name")
        for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
            if site and title.endswith(sep + site):
                title = title[: -len(sep + site)]
    return title or None


def _published(soup: Any, ld: list[dict[str, Any]]) -> str | None:
    candidates: list[str] = []
    if value := _meta(soup, *_PUBLISHED_META):
        candidates.append(value)
    candidates += [v for o in ld if isinstance(v := o.get("datePublished"), str)]
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}, limit=3):
        candidates.append(tag.get("datetime") or tag.get("content") or tag.get_text(" "))
    for value in candidates:
        if m := _ISO_DAY.match(value):
            d = dates.to_date("-".join(m.groups()))
        else:
            d = dates.parse_date(value[:100])
        if d:
            return d.isoformat()
    return None


# ---- body ---------------------------------------------------------------------

def _words(tag: Any) -> set[str]:
    attrs = tag.attrs or {}
    cls = attrs.get("class") or []
    names = " ".join(cls if isinstance(cls, list) else [cls]) + " " + str(attrs.get("id") or "")
    return set(_WORD_SPLIT.split(names.lower())) - {""}


def _is_prose(tag: Any, page_chars: int) -> bool:
    """Long text, or most of the page's paragraphs, and few of its words in links: a
    story container that a site happens to class "comments" or "ad-free"."""
    n = len(" ".join(tag.get_text().split()))
    if n < _PROSE_CHARS and _p_chars(tag) < 0.5 * page_chars:
        return False
    links = sum(len(" ".join(a.get_text().split())) for a in tag.find_all("a"))
    return links < n / 2


def _gone(tag: Any) -> bool:
    """Whether `tag` was decomposed. Not bs4's `tag.decomposed`: on a live tag it falls
    through to `Tag.__getattr__`, a search of the whole subtree for a `<_decomposed>`
    element, which makes a loop over a deeply nested page quadratic."""
    return bool(tag.__dict__.get("_decomposed", False))


def _strip_chrome(soup: Any) -> None:
    page_chars = _p_chars(soup)
    for tag in soup.find_all(_ALWAYS):
        tag.decompose()
    for tag in soup.find_all(_REGIONS):
        if not _gone(tag):
            tag.decompose()
    for tag in soup.find_all("form"):
        if not _gone(tag) and not _is_prose(tag, page_chars):
            tag.decompose()
    for tag in soup.find_all(True):
        if _gone(tag) or tag.name in {"html", "body", "main", "article"}:
            continue
        role = str((tag.attrs or {}).get("role") or "").lower()
        hidden = "hidden" in (tag.attrs or {}) or (tag.attrs or {}).get("aria-hidden") == "true"
        if role in _ROLES or hidden or (_words(tag) & _CHROME_WORDS and not _is_prose(tag, page_chars)):
            tag.decompose()


def _story_elements(soup: Any) -> list[Any]:
    """The densest block of paragraphs with its like siblings (same tag and class:
    a body that the page splits into several blocks), in page order."""
    best = _story_element(soup)
    parent = best.parent
    if parent is None or best.name in {"body", "html", "[document]"}:
        return [best]
    kind = (best.name, tuple((best.attrs or {}).get("class") or ()))
    return [el for el in parent.find_all(best.name, recursive=False)
            if el is best or ((el.name, tuple((el.attrs or {}).get("class") or ())) == kind and _p_chars(el))]


def _story_element(soup: Any) -> Any:
    """The element holding the story: itemprop=articleBody, else the <article> with the
    most paragraph text, else the page; inside it, the densest block of paragraphs,
    widened to an ancestor when that block holds less than 60% of the paragraph text
    (a body split into several blocks by an advertisement)."""
    page = soup.body or soup
    total = _p_chars(page)
    scope = page
    marked = soup.find(attrs={"itemprop": "articleBody"})
    if marked is not None and _p_chars(marked) >= 0.3 * total:
        scope = marked
    else:
        articles = soup.find_all("article")
        if articles:
            best = max(articles, key=_p_chars)
            if _p_chars(best) >= 0.3 * total:
                scope = best
    own: dict[int, int] = {}
    tags: dict[int, Any] = {}
    below: dict[int, int] = {}
    scope_total = 0
    # one pass in reverse page order: every element is seen after its descendants, so
    # the paragraph text below it is summed without climbing (linear in deep pages)
    for tag in reversed([scope, *scope.find_all(True)]):
        key = id(tag)
        if tag.name == "p":
            n = len(" ".join(tag.get_text().split()))
            if n and tag.parent is not None:
                scope_total += n
                own[id(tag.parent)] = own.get(id(tag.parent), 0) + n
                below[key] = below.get(key, 0) + n
        tags[key] = tag
        if tag is not scope and tag.parent is not None and key in below:
            below[id(tag.parent)] = below.get(id(tag.parent), 0) + below[key]
    if not own:
        return scope
    order = {key: i for i, key in enumerate(reversed(list(tags)))}  # page order
    best = tags[max(own, key=lambda k: (own[k], -order[k]))]  # a tie goes to the outermost
    while best is not scope and below.get(id(best), 0) < 0.6 * scope_total and best.parent is not None:
        best = best.parent
    return best


def _p_chars(tag: Any) -> int:
    return sum(len(" ".join(p.get_text().split())) for p in tag.find_all("p"))


def _paragraphs(root: Any) -> list[str]:
    """The text of `root` as paragraphs: each block element and each <br> breaks one."""
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction, CData

    skip = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
    parts: list[str] = []
    stack: list[Any] = [root]
    while stack:  # iterative walk: a deeply nested hostile page must not hit the recursion limit
        node = stack.pop()
        if isinstance(node, str):
            if node is _PARA_SEP:
                parts.append(_PARA_SEP)
            elif not isinstance(node, skip):
                parts.append(str(node))
            continue
        if node.name == "br":
            parts.append(_PARA_SEP)
            continue
        block = node.name in _BLOCKS
        if block:
            parts.append(_PARA_SEP)
            stack.append(_PARA_SEP)
        stack.extend(reversed(list(node.children)))
    text = _SPACE.sub(" ", "".join(parts))
    paras = (p.strip() for p in text.split(_PARA_SEP))
    return [p for p in paras if p]
