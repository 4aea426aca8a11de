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
from .patterncache import regex


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    headline: str | None
    published: str | None


_HTML_START = regex(r"\s{0,200}(?:<!--.{0,2000}?-->\s{0,200})?<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = regex(r"<(?:p|div|br|article|section|span|a\s+href|meta|title|h1)\b[^<>]{0,500}>", re.I)


def looks_like_html(text: str) -> bool:
    """An HTML page or fragment: starts like a document, or is dense in common tags."""
    head = text[:4096]
    if "<" not in head:  # every test below needs a tag
        return False
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
_WORD_SPLIT = regex(r"[^a-z0-9]+")
# an element flagged as chrome by its class is kept if it looks like prose: long, few links
_PROSE_CHARS = 500

_BLOCKS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "thead", "tbody", "tr", "td", "th",
    "header", "footer", "aside", "nav", "form", "hr", "address", "center", "fieldset", "details",
    "summary", "figure", "figcaption", "body", "html",
}
_PARA_SEP = "\u2029"  # marks a <br> or block edge while whitespace is collapsed
_SPACE = regex(r"[^\S\u2029]+")

_ISO_DAY = regex(r"\s*(\d{4})-(\d{2})-(\d{2})")
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
    tags = _tags(soup)
    ld = list(_json_ld(tags))
    metas = _metas(tags)
    headline = _headline(soup, tags, metas, ld)
    published = _published(tags, metas, ld)
    body = next((v for obj in ld if isinstance(v := obj.get("articleBody"), str) and len(v.strip()) >= 200), None)
    if body is not None:
        text = _text_of_string(body)
    else:
        _strip_chrome(soup, tags)
        for h1 in tags:  # the headline is a field of its own
            if h1.name == "h1" and not _gone(h1):
                h1.decompose()
        live = [t for t in tags if not _gone(t)]
        text = "\n\n".join(p for el in _story_elements(soup, live) for p in _paragraphs(el))
    return Page(text, headline, published)


def _tags(root: Any) -> list[Any]:
    """Every element below `root`, in page order.

    One walk of the tree serves every later question; bs4's `find_all` builds a
    filter and matches it against each element anew on every call.
    """
    from bs4.element import Tag

    return [node for node in root.descendants if isinstance(node, Tag)]


def _text_of_string(body: str) -> str:
    if looks_like_html(body) or "<p" in body:
        from bs4 import BeautifulSoup

        return "\n\n".join(_paragraphs(BeautifulSoup(body, "lxml")))
    paras = (" ".join(p.split()) for p in body.split("\n"))
    return "\n\n".join(p for p in paras if p)


# ---- metadata ---------------------------------------------------------------

_LD_TYPE = regex(r"ld\+json", re.I)


def _json_ld(tags: list[Any]) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD, nested @graph lists flattened."""
    for tag in tags:
        if tag.name != "script" or not _LD_TYPE.search(str(tag.get("type") or "")):
            continue
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


def _metas(tags: list[Any]) -> list[tuple[str, str]]:
    """(key lower-cased, content with white space collapsed) of each `<meta>` that has content."""
    out = []
    for tag in tags:
        if tag.name == "meta":
            key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
            content = " ".join((tag.get("content") or "").split())
            if content:
                out.append((key.lower(), content))
    return out


def _meta(metas: list[tuple[str, str]], *keys: str) -> str | None:
    wanted = {k.lower() for k in keys}
    return next((content for key, content in metas if key in wanted), None)


def _headline(soup: Any, tags: list[Any], metas: list[tuple[str, str]], ld: list[dict[str, Any]]) -> str | None:
    title = _meta(metas, "og:title", "twitter:title")
    if not title:
        title = next((" ".join(v.split()) for o in ld if isinstance(v := o.get("headline"), str) and v.strip()), None)
    if not title and (h1 := next((t for t in tags if t.name == "h1"), None)):
        title = " ".join(h1.get_text(" ").split())
    if not title and soup.title:
        title = " ".join(soup.title.get_text(" ").split())
        site = _meta(metas, "og:site_name")
        for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
            if site and title.endswith(sep + site):
                title = title[: -len(sep + site)]
    return title or None


def _published(tags: list[Any], metas: list[tuple[str, str]], ld: list[dict[str, Any]]) -> str | None:
    candidates: list[str] = []
    if value := _meta(metas, *_PUBLISHED_META):
        candidates.append(value)
    candidates += [v for o in ld if isinstance(v := o.get("datePublished"), str)]
    marked = [t for t in tags if t.get("itemprop") == "datePublished"][:3]
    for tag in marked:
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
    inside = _tags(tag)
    if n < _PROSE_CHARS and _p_chars(inside, {}) < 0.5 * page_chars:
        return False
    links = sum(len(" ".join(a.get_text().split())) for a in inside if a.name == "a")
    return links < n / 2


def _gone(tag: Any) -> bool:
    """Whether `tag` was decomposed. Not bs4's `tag.decomposed`: on a live tag it falls
    through to `Tag.__getattr__`, a search of the whole subtree for a `<_decomposed>`
    element, which makes a loop over a deeply nested page quadratic."""
    return bool(tag.__dict__.get("_decomposed", False))


_ALWAYS_SET = frozenset(_ALWAYS)
_REGIONS_SET = frozenset(_REGIONS)


def _strip_chrome(soup: Any, tags: list[Any]) -> None:
    """Decompose the page's chrome. `tags` is every element of `soup` in page order.

    The passes keep their order (always-chrome tags, then regions, then forms, then
    widgets by role and class) because a widget's prose test reads its text after
    the earlier passes have emptied it.
    """
    page_chars = _p_chars(tags, {})
    for names in (_ALWAYS_SET, _REGIONS_SET):
        for tag in tags:
            if tag.name in names and not _gone(tag):
                tag.decompose()
    for tag in tags:
        if tag.name == "form" and not _gone(tag) and not _is_prose(tag, page_chars):
            tag.decompose()
    for tag in tags:
        if _gone(tag) or tag.name in {"html", "body", "main", "article"}:
            continue
        attrs = tag.attrs or {}
        role = str(attrs.get("role") or "").lower()
        hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true"
        if role in _ROLES or hidden or (_words(tag) & _CHROME_WORDS and not _is_prose(tag, page_chars)):
            tag.decompose()


def _story_elements(soup: Any, tags: list[Any]) -> list[Any]:
    """The densest block of paragraphs with its like siblings (same tag and class:
    a body that the page splits into several blocks), in page order. `tags` is every
    element still in `soup`, in page order."""
    lengths: dict[int, int] = {}
    best = _story_element(soup, tags, lengths)
    parent = best.parent
    if parent is None or best.name in {"body", "html", "[document]"}:
        return [best]
    kind = (best.name, tuple((best.attrs or {}).get("class") or ()))
    return [el for el in parent.find_all(best.name, recursive=False)
            if el is best or ((el.name, tuple((el.attrs or {}).get("class") or ())) == kind
                              and _p_chars(_tags(el), lengths))]


def _story_element(soup: Any, tags: list[Any], lengths: dict[int, int]) -> Any:
    """The element holding the story: itemprop=articleBody, else the <article> with the
    most paragraph text, else the page; inside it, the densest block of paragraphs,
    widened to an ancestor when that block holds less than 60% of the paragraph text
    (a body split into several blocks by an advertisement)."""
    page = soup.body or soup
    total = _p_chars(tags if page is soup else _tags(page), lengths)
    scope = page
    marked = next((t for t in tags if t.get("itemprop") == "articleBody"), None)
    if marked is not None and _p_chars(_tags(marked), lengths) >= 0.3 * total:
        scope = marked
    else:
        articles = [(_p_chars(_tags(t), lengths), t) for t in tags if t.name == "article"]
        if articles:
            chars, best = max(articles, key=lambda a: a[0])  # the first of equals, in page order
            if chars >= 0.3 * total:
                scope = best
    own: dict[int, int] = {}
    by_id: dict[int, Any] = {}
    below: dict[int, int] = {}
    scope_total = 0
    # one pass in reverse page order: every element is seen after its descendants, so
    # the paragraph text below it is summed without climbing (linear in deep pages)
    for tag in reversed([scope, *_tags(scope)]):
        key = id(tag)
        if tag.name == "p":
            n = _p_length(tag, lengths)
            if n and tag.parent is not None:
                scope_total += n
                own[id(tag.parent)] = own.get(id(tag.parent), 0) + n
                below[key] = below.get(key, 0) + n
        by_id[key] = tag
        if tag is not scope and tag.parent is not None and key in below:
            below[id(tag.parent)] = below.get(id(tag.parent), 0) + below[key]
    if not own:
        return scope
    order = {key: i for i, key in enumerate(reversed(list(by_id)))}  # page order
    best = by_id[max(own, key=lambda k: (own[k], -order[k]))]  # a tie goes to the outermost
    while best is not scope and below.get(id(best), 0) < 0.6 * scope_total and best.parent is not None:
        best = best.parent
    return best


def _p_length(p: Any, lengths: dict[int, int]) -> int:
    """Characters of a paragraph's text, white space collapsed; kept in `lengths`
    while the tree does not change, since the story search asks for each one several times."""
    n = lengths.get(id(p))
    if n is None:
        n = lengths[id(p)] = len(" ".join(p.get_text().split()))
    return n


def _p_chars(tags: list[Any], lengths: dict[int, int]) -> int:
    """Paragraph characters among `tags`."""
    return sum(_p_length(t, lengths) for t in tags if t.name == "p")


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
