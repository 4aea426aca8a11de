"""HTML pages: headline, publication date, body paragraphs, and no page chrome."""
from __future__ import annotations

import pytest

from msgparse import html

LEAD = ("President Amara Okonkwo on Monday sent a message to Prime Minister Lena Petrova "
        "congratulating her on the 30th anniversary of diplomatic relations.")
SECOND = "In the message, Okonkwo said the two countries had built a partnership of trust."
THIRD = "She wished the people of the country peace and prosperity."


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


STORY = f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>"


def test_paragraphs_keep_their_breaks() -> None:
    assert html.extract(page(f"<article>{STORY}</article>")).text == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"


def test_chrome_never_reaches_the_text() -> None:
    body = f"""
    <header><a href="/">Daily Wire</a><nav><a href="/world">World</a></nav></header>
    <nav>Home | Politics | Sport</nav>
    <main><article>
      <h1>Okonkwo writes to Petrova</h1>
      <div class="byline">By Staff Reporter, 3 May 2021</div>
      <div class="social-share"><a href="#">Share on Facebook</a></div>
      <figure><img src="x.jpg"><figcaption>Okonkwo in 2019. Photo: Daily Wire</figcaption></figure>
      {STORY}
      <div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
      <form><input type="email"><button>Subscribe</button></form>
      <script>var tracking = "Okonkwo";</script><style>p {{ color: red }}</style>
    </article>
    <aside><h3>Related stories</h3><ul><li><a href="/a">Petrova visits Lima</a></li></ul></aside></main>
    <footer><p>Copyright 2021 Daily Wire. All rights reserved.</p></footer>"""
    text = html.extract(page(body)).text
    assert text == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"


def test_headline_prefers_og_title_then_h1_then_title() -> None:
    og = '<meta property="og:title" content="From og:title"><title>From title | Site</title>'
    assert html.extract(page("<h1>From h1</h1>" + STORY, og)).headline == "From og:title"
    assert html.extract(page("<h1>From  h1</h1>" + STORY, "<title>From title</title>")).headline == "From h1"
    head = '<title>From title | Daily Wire</title><meta property="og:site_name" content="Daily Wire">'
    assert html.extract(page(STORY, head)).headline == "From title"


def test_headline_is_not_repeated_in_the_text() -> None:
    p = html.extract(page(f"<article><h1>Okonkwo writes</h1>{STORY}</article>"))
    assert p.headline == "Okonkwo writes"
    assert "Okonkwo writes" not in p.text


@pytest.mark.parametrize("head,expected", [
    ('<meta property="article:published_time" content="2021-12-06T18:18:00+04:00">', "2021-12-06"),
    ('<meta name="pubdate" content="2019-09-09">', "2019-09-09"),
    ('<meta itemprop="datePublished" content="2020-01-02T00:00:00Z">', "2020-01-02"),
    ('<meta name="dc.date.issued" content="June 9, 2021">', "2021-06-09"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-11-14T01:05:00+03:00"}</script>',
     "2016-11-14"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"datePublished": "2018-03-19"}]}</script>',
     "2018-03-19"),
    ('<script type="application/ld+json">{not json</script>', None),
    ("", None),
])
def test_published_from_meta_and_json_ld(head: str, expected: str | None) -> None:
    assert html.extract(page(STORY, head)).published == expected


def test_published_from_a_time_element_with_itemprop() -> None:
    body = f'<article><time itemprop="datePublished" datetime="2022-07-05T10:00">5 July</time>{STORY}</article>'
    assert html.extract(page(body)).published == "2022-07-05"


def test_json_ld_article_body_is_the_text() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "'
            + LEAD + "\\n" + SECOND + '"}</script>')
    p = html.extract(page("<div><p>Teaser only.</p></div>", head))
    assert p.text == f"{LEAD}\n\n{SECOND}"


def test_densest_block_wins_over_scattered_paragraphs() -> None:
    body = f"""<div class="col"><p>Weather: 31 degrees.</p></div>
    <div class="story-text">{STORY}</div>
    <div class="col"><p>Most read: markets close higher.</p></div>"""
    assert html.extract(page(body)).text == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"


def test_body_split_into_like_blocks_is_kept_whole() -> None:
    body = (f'<div class="main"><div class="txt"><p>{LEAD}</p><p>{SECOND}</p></div>'
            f'<div class="ad">Advertisement</div><div class="txt"><p>{THIRD}</p></div></div>'
            '<div class="foot"><p>Contact the newsroom.</p></div>')
    assert html.extract(page(body)).text == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"


def test_br_separated_paragraphs_and_inline_markup() -> None:
    body = f"<div class='story'>{LEAD}<br><br>In the <b>message</b>, Okonkwo said <a href='#'>the two countries</a> had built a partnership of trust.<br>{THIRD}</div>"
    assert html.extract(page(body)).text == f"{LEAD}\n\nIn the message, Okonkwo said the two countries had built a partnership of trust.\n\n{THIRD}"


def test_page_wrapped_in_a_form_keeps_its_story() -> None:
    body = f'<form id="aspnetForm"><div class="content">{STORY}</div></form>'
    assert LEAD in html.extract(page(body)).text


def test_content_div_with_a_chrome_looking_class_is_kept() -> None:
    # "comments" and "ad" in its class, but it holds the story's prose
    body = f'<div class="post-content has-comments ad-free">{STORY}</div><div class="comments"><p>First!</p></div>'
    text = html.extract(page(body)).text
    assert LEAD in text and THIRD in text
    assert "First!" not in text


def test_page_without_paragraphs_gives_its_text() -> None:
    assert html.extract(page(f"<div>{LEAD}</div>")).text == LEAD


@pytest.mark.parametrize("text,expected", [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("  <html lang='en'>", True),
    ("<!-- saved page --><html>", True),
    ("<p>One.</p><p>Two.</p>", True),
    ("Plain story with <b>one</b> tag, no more.", False),
    ("BEIJING, Sept. 9 (Xinhua) -- a story with x < y and y > z.", False),
])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert html.looks_like_html(text) is expected
