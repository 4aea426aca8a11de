"""The cleaner: boilerplate out, dateline, agencies, headline and publication date in."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msgparse import agencies, boilerplate, dateline
from msgparse.clean import clean
from msgparse.model import Dateline

STORY = (
    "Chinese President Xi Jinping on Monday sent a message of condolence to Mongolian President "
    "Ukhnaa Khurelsukh over the floods in the west of the country.\n\n"
    "Xi said China stands ready to help with the relief work."
)
STORY2 = (
    "Kim Jong Un on Tuesday sent a message of greetings to Lao President Thongloun Sisoulith on the "
    "National Day of Laos.\n\nThe message wished the Lao people prosperity."
)


# ---- scrape header and published ---------------------------------------------------------

def test_scrape_header_glued_to_the_story_is_cut_and_gives_published() -> None:
    c = clean(" date 2021-01-11 Kindly Share This Story:\n\n" + STORY)
    assert c.published == "2021-01-11"
    assert c.removed == ["date 2021-01-11", "Kindly Share This Story:"]
    assert c.text.startswith("Chinese President Xi Jinping on Monday")


def test_scrape_header_wins_over_metadata_even_when_wrong() -> None:
    c = clean(" date 2009-01-01 " + STORY, published="2019-02-28")
    assert c.published == "2009-01-01"


def test_metadata_wins_over_a_stamp_and_a_stamp_over_the_dateline() -> None:
    text = "Published: 2018/3/18 18:12:03\n\nMOSCOW, Mar. 17 (Xinhua) -- " + STORY
    assert clean(text).published == "2018-03-18"
    assert clean(text, published="2018-03-20").published == "2018-03-20"
    assert clean("MOSCOW, Mar. 17, 2018 (Xinhua) -- " + STORY).published == "2018-03-17"


def test_metadata_dates_in_other_forms() -> None:
    assert clean(STORY, published="2021-06-08T10:42:00-04:00").published == "2021-06-08"
    assert clean(STORY, published="June 8, 2021").published == "2021-06-08"
    assert clean(STORY, published="soon").published is None


def test_partial_header_gives_the_year_to_a_dateline_but_no_date_alone() -> None:
    c = clean(" date 2019-09 By Esi Owusu-Ansah, GNA\n\nAccra, Sept. 4, GNA - " + STORY)
    assert c.published == "2019-09-04"
    assert c.dateline == Dateline("Accra", "2019-09-04", "GNA")
    assert c.removed[:3] == ["date 2019-09", "By Esi Owusu-Ansah, GNA", "Accra, Sept. 4, GNA -"]
    assert clean(" date 2024-10 " + STORY).published is None


def test_december_dateline_on_a_january_page_is_the_previous_year() -> None:
    c = clean(" date 2021-01-02 Pyongyang, December 31 (KCNA) -- " + STORY)
    assert c.dateline == Dateline("Pyongyang", "2020-12-31", "KCNA")
    assert c.published == "2021-01-02"


def test_dateline_without_year_and_no_other_date_leaves_published_null() -> None:
    c = clean("Pyongyang, May 8 (KCNA) -- " + STORY)
    assert c.published is None
    assert c.dateline == Dateline("Pyongyang", None, "KCNA")


@pytest.mark.parametrize("stamp, day", [
    ("(Xinhua) 10:05, March 03, 2019", "2019-03-03"),
    ("Xinhua) 07:41, May 05, 2022", "2022-05-05"),
    ("2018-03-19 08:46", "2018-03-19"),
    ("13:40, June 27, 2021", "2021-06-27"),
    ("All News 09:12 April 14, 2021", "2021-04-14"),
    ("Last Updated: 2019-06-02 08:30 | Xinhua", "2019-06-02"),
    ("Published — Tuesday 3 May 2016", "2016-05-03"),
    ("MAP 07 October 2021", "2021-10-07"),
    ("Published on 25/09/2023 at 14:32", "2023-09-25"),
    ("Posted: 09/25/2023", "2023-09-25"),
    ("Last updated: 03.11.2024 21:05", None),  # 3 November or March 11: no date
])
def test_publication_stamps(stamp: str, day: str | None) -> None:
    c = clean(stamp + "\n\n" + STORY)
    assert c.published == day
    assert c.removed == [stamp]
    assert stamp not in c.text


@pytest.mark.parametrize("stamp, day", [
    ("Xinhua) 09:49, June 22, 2021", "2021-06-22"),
    ("2018-03-19 08:46", "2018-03-19"),
])
def test_a_stamp_glued_to_the_story_is_cut(stamp: str, day: str) -> None:
    c = clean(stamp + " BEIJING, June 22 (Xinhua) -- " + STORY)
    assert c.removed == [stamp, "BEIJING, June 22 (Xinhua) --"]
    assert c.published == day
    assert c.text == STORY


def test_a_dated_line_inside_a_quoted_letter_is_kept() -> None:
    text = STORY + "\n\nHavana, November 25, 2020\n\nDear President and friend:\n\nFraternally,"
    assert "Havana, November 25, 2020" in clean(text).text


# ---- datelines ------------------------------------------------------------------------

@pytest.mark.parametrize("opening, place, date, agency", [
    ("BEIJING, Sept. 9 (Xinhua) --", "BEIJING", "Sept. 9", "Xinhua"),
    ("EIJING, Sept. 9 (Xinhua) --", "EIJING", "Sept. 9", "Xinhua"),
    ("PYONGYANG, January 1 (KCNA) --", "PYONGYANG", "January 1", "KCNA"),
    ("ABUJA (NAN) -", "ABUJA", None, "NAN"),
    ("Moscow, 12 June 2021 (TASS) \u2014", "Moscow", "12 June 2021", "TASS"),
    ("HANOI (VNA) \u2013", "HANOI", None, "VNA"),
    ("MOSCOW, April 2. /TASS/.", "MOSCOW", "April 2", "TASS"),
    ("Havana, Jun 15 (ACN)", "Havana", "Jun 15", "ACN"),
    ("ISLAMABAD, Sep 07 (APP):", "ISLAMABAD", "Sep 07", "APP"),
    ("Accra, March 4, GNA -", "Accra", "March 4", "GNA"),
    ("DUBAI, 12th March, 2024 (WAM) --", "DUBAI", "12th March, 2024", "WAM"),
    ("Xinhua News Agency, Beijing, January 15th-", "Beijing", "January 15th", "Xinhua"),
    ("APA-Abuja (Nigeria)", "Abuja", None, "APA"),
    ("MOSCOW (Reuters) -", "MOSCOW", None, "Reuters"),
    ("BEIJING, Sept. 9 (CGTN) --", "BEIJING", "Sept. 9", "CGTN"),
    ("Tehran, IRNA --", "Tehran", None, "IRNA"),
    ("(Xinhua) --", None, None, "Xinhua"),
    ("Havana, Jan 2 (PL)", "Havana", "Jan 2", "Prensa Latina"),
    ("Rabat \u2013", "Rabat", None, None),
    ("SEOUL\u2013", "SEOUL", None, None),
    ("RIYADH:", "RIYADH", None, None),
])
def test_dateline_forms(opening: str, place: str | None, date: str | None, agency: str | None) -> None:
    f = dateline.match(opening + " " + STORY)
    assert f is not None
    assert (f.text, f.place, f.date, f.agency) == (opening, place, date, agency)


def test_dateline_is_cut_from_text_and_parsed() -> None:
    c = clean(" date 2019-09-09 EIJING, Sept. 9 (Xinhua) -- " + STORY)
    assert c.dateline == Dateline("EIJING", "2019-09-09", "Xinhua")
    assert c.text.startswith("Chinese President")
    assert c.agencies == ["Xinhua"]


def test_a_broadcaster_in_the_dateline_is_no_agency() -> None:
    c = clean("BEIJING, Sept. 9 (CGTN) -- " + STORY)
    assert c.dateline is not None and c.dateline.agency == "CGTN"
    assert c.agencies == []


def test_dateline_line_of_its_own() -> None:
    c = clean("Abu Dhabi - WAM\n" + STORY)
    assert c.dateline == Dateline("Abu Dhabi", None, "WAM")
    assert c.removed == ["Abu Dhabi - WAM"]


def test_dateline_glued_behind_a_photo_credit() -> None:
    text = ("Kim Jong-un (R) shakes hands with Xi Jinping in Dalian in this file photo. "
            "KCNA via REUTERS/File PhotoREUTERSSEOUL, Jan. 1 (Yonhap) -- " + STORY)
    c = clean(text, published="2019-01-02")
    assert c.removed == [
        "Kim Jong-un (R) shakes hands with Xi Jinping in Dalian in this file photo.",
        "KCNA via REUTERS/File PhotoREUTERS",
        "SEOUL, Jan. 1 (Yonhap) --",
    ]
    assert c.dateline == Dateline("SEOUL", "2019-01-01", "Yonhap")
    assert c.agencies == ["Yonhap"]  # the photo credit names no agency of the story


def test_a_title_glued_before_the_dateline_becomes_the_headline() -> None:
    title = "Xi sends condolences to Nepali leaders over landslide"
    c = clean(" date 2019-04-23 " + title + " EIJING, April 22 (Xinhua) -- " + STORY)
    assert c.headline == title
    assert c.removed == ["date 2019-04-23", "EIJING, April 22 (Xinhua) --"]
    assert c.text == STORY
    c = clean(title + " EIJING, April 22 (Xinhua) -- " + STORY, headline="Other title")
    assert c.removed == [title, "EIJING, April 22 (Xinhua) --"]


def test_a_sentence_before_a_dateline_is_kept() -> None:
    text = "Kim sent a card to Xi. SEOUL, Jan. 1 (Yonhap) -- " + STORY
    assert clean(text).text.startswith("Kim sent a card to Xi.")


def test_dateline_glued_behind_a_byline() -> None:
    c = clean("By Lee Ji-hoon SEOUL, Jan. 1 (Yonhap) -- " + STORY, published="2019-01-02")
    assert c.removed == ["By Lee Ji-hoon", "SEOUL, Jan. 1 (Yonhap) --"]
    assert c.dateline == Dateline("SEOUL", "2019-01-01", "Yonhap")
    assert c.text == STORY


@pytest.mark.parametrize("opening", [
    "By the way - nothing",
    "Photo: Xinhua",
    "Jane Roe: Voters worried about the economy",
    "Maria Lopez \u2014 surgeon and television host \u2014 has been praised by her peers.",
    "Sanders - who lost the primary - said he would campaign for her.",
])
def test_names_and_headlines_are_no_datelines(opening: str) -> None:
    assert dateline.match(opening) is None


def test_mojibake_is_no_copyright_sign() -> None:
    line = "The envoy thanked his protegÃ©s for the gifts and said the letter would reach the president soon."
    assert line in clean(STORY + "\n\n" + line).text


# ---- agencies ----------------------------------------------------------------------------

def test_closing_tag_gives_agencies_in_order() -> None:
    c = clean(STORY + " (Xinhua/NAN)")
    assert c.agencies == ["Xinhua", "NAN"]
    assert c.removed == ["(Xinhua/NAN)"]
    assert c.text.endswith("relief work.")


@pytest.mark.parametrize("credit, names", [
    ("Source: Xinhua", ["Xinhua"]),
    ("Source: Yonhap News Agency", ["Yonhap"]),
    ("Source: Agence Marocaine De Presse", ["MAP"]),
    ("(Taken from Prensa Latina)", ["Prensa Latina"]),
    ("( MENAFN - Kuwait News Agency (KUNA))", ["KUNA"]),
    ("WAM/Khalid Saeed/Mona Ali", ["WAM"]),
    ("Reuters and AP contributed to this report.", ["Reuters", "AP"]),
    ("Viet Nam News / Source: VNS", []),
    ("(Web editor: Sun Mei, Gao Rui)", []),
    ("Xinhua", ["Xinhua"]),
])
def test_credit_lines(credit: str, names: list[str]) -> None:
    c = clean(STORY + "\n\n" + credit)
    assert c.agencies == names
    assert c.removed == [credit]


@pytest.mark.parametrize("end, names", [
    ("/Xinhua/", ["Xinhua"]),
    ("(NAN)", ["NAN"]),
    ("-VNA", ["VNA"]),
    ("\u2014 Reuters", ["Reuters"]),
    ("\u2014 VNS", []),  # the outlet's own sign-off
    ("Enditem", []),
    ("(END)", []),
    ("(end) za", []),
    ("./.", []),
    ("-- END --", []),
    (" Source: Xinhua", ["Xinhua"]),
    (" Editor: Li Yan", []),
])
def test_sign_offs_glued_to_the_last_sentence(end: str, names: list[str]) -> None:
    c = clean(STORY + end)
    assert c.text.endswith("relief work.")
    assert c.removed == [end.strip()]
    assert c.agencies == names


def test_agencies_named_as_the_source_in_the_story() -> None:
    text = ("SEOUL, Jan. 1 (Yonhap) -- Kim sent a card to Xi, the North's official Korean Central "
            "News Agency (KCNA) reported Tuesday. Xi replied, according to the KNCA.")
    assert clean(text, published="2019-01-02").agencies == ["Yonhap", "KCNA"]


@pytest.mark.parametrize("sentence, names", [
    ("The message was sent on Monday, according to VNA's correspondent in Vientiane.", ["VNA"]),
    ("Kim sent the card, according to the North's official KCNA.", ["KCNA"]),
    ("Turnout rose, according to a recent Reuters survey of voters.", []),
    ("CNS reported Monday that the letter had arrived.", []),  # an ambiguous acronym
    ("The Saudi Press Agency (SPA) reported that the king sent a cable.", ["SPA"]),
    ("Kim said in the letter, the agency said.", []),
])
def test_agencies_credited_by_the_story(sentence: str, names: list[str]) -> None:
    assert clean(sentence).agencies == names


@pytest.mark.parametrize("caption", [
    "Chinese President Xi Jinping meets Lao President Thongloun Sisoulith in Beijing, Nov. 30, 2023. (Xinhua/Li Hua)",
    "Crown Prince Mohammed bin Salman greets guests at Al-Salam Palace in Jeddah on Monday. (SPA)",
    "Photo taken on Jan. 1, 2021 shows the venue of the ceremony in Hanoi.",
])
def test_captions_amid_the_story_are_cut_and_credit_no_agency(caption: str) -> None:
    c = clean(STORY + "\n\n" + caption + "\n\n" + STORY2)
    assert c.removed == [caption]
    assert c.agencies == []
    assert c.text == STORY + "\n\n" + STORY2


def test_photo_credits_name_no_agency() -> None:
    text = STORY + "\n\nKing Salman at the palace. (AP Photo/Jane Doe, Pool, File)\n\n" + STORY2
    c = clean(text)
    assert c.agencies == []
    assert "King Salman at the palace. (AP Photo/Jane Doe, Pool, File)" in c.removed


@pytest.mark.parametrize("credit", ["\u00a9 AP Photo/Mark Stone", "Photo by Anna Petrova /Reuters",
                                    "(File photo: VNA)", "KCNA via REUTERS/File Photo"])
def test_photo_credit_lines_are_cut_and_name_no_agency(credit: str) -> None:
    c = clean(STORY + "\n\n" + credit + "\n\n" + STORY2)
    assert c.removed == [credit]
    assert c.agencies == []


def test_agency_names_are_canonical_and_capitals_matter() -> None:
    assert agencies.canonical("Korean Central News Agency") == "KCNA"
    assert agencies.canonical("the Saudi Press Agency") == "SPA"
    assert agencies.canonical("REUTERS") == "Reuters"
    assert agencies.canonical("map") is None
    assert agencies.canonical("KNCA") is None
    assert agencies.all_in("a map of Xinhuanet, ITAR-TASS and APA-Abuja") == ["TASS", "APA"]


# ---- boilerplate lines -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Kindly Share This Story:", "Share this:", "Follow us on Twitter", "Click here to subscribe",
    "Subscribe to our newsletter", "Read more", "Also read: Heat wave breaks records",
    "READ ALSO: Senate confirms new commissioners", "Related:", "Advertisement",
    "Editor: Li Yan", "Web editor: Zhang Yue", "Text:AAAPrint", "Save  Print   E-mail",
    "Copyright \u00a9 2000-2024 Asia Wire Service. All rights reserved.", "\u00a9 Vatican Media",
    "Photo taken on June 1 shows the venue in Beijing.", "File photo", "By John Doe",
    "Click to share on Facebook (Opens in new window)", "Like Loading...", "hslee@yna.co.kr",
    "MENAFN15092023000071011013ID1107112233", "[Original text: French]", "Comment (0)",
    "The post Ruto thanks Tinubu for message appeared first on Nairobi Daily Wire.",
    "Facebook Twitter WhatsApp", "Share: WeChat | Weibo | E-mail",
])
def test_furniture_lines_are_cut_verbatim(line: str) -> None:
    c = clean(STORY + "\n\n" + line + "\n\n" + STORY2)
    assert c.removed == [line]
    assert line not in c.text
    assert c.text == STORY + "\n\n" + STORY2


@pytest.mark.parametrize("line", [
    "Subscribers to the state broadcaster heard the message read in full on Monday evening.",
    "Source: a diplomat in Beijing said the two leaders had exchanged letters on the eve of the summit, "
    "and that the letters touched on trade, security, the pandemic and the coming visit of the premier.",
    "Kim Jong Un (R) and Xi Jinping have met five times since 2018, the agency said.",
    "Edited by the foreign ministry before it was sent, the letter said the two countries would "
    "deepen cooperation in trade and energy.",
    "The Korean Central News Agency (KCNA)",
])
def test_story_lines_that_look_like_furniture_stay(line: str) -> None:
    assert line in clean(STORY + "\n\n" + line + "\n\n" + STORY2).text


def test_header_lines_are_cut_and_the_title_kept_as_headline() -> None:
    text = "Pledge Times\nXi sends condolences over floods\n\n" + STORY
    c = clean(text)
    assert c.headline == "Xi sends condolences over floods"
    assert c.removed == ["Pledge Times"]
    assert c.text.startswith("Chinese President")


def test_a_title_repeated_from_metadata_is_cut() -> None:
    text = "Greetings to President of Guinea\r\n&nbsp;&nbsp; Pyongyang, October 2 (KCNA) -- " + STORY
    c = clean(text, headline="Greetings to President of Guinea")
    assert c.headline == "Greetings to President of Guinea"
    assert c.removed == ["Greetings to President of Guinea", "Pyongyang, October 2 (KCNA) --"]


def test_the_title_repeated_is_cut_whatever_its_form() -> None:
    title = 'Greetings to Kim Jong Un from Chairman of "Party of Labour"'
    c = clean(title + "\r\n Pyongyang, October 14 (KCNA) -- " + STORY, headline=title)
    assert c.removed == [title, "Pyongyang, October 14 (KCNA) --"]
    assert c.text == STORY


def test_wrapped_prose_at_the_top_is_no_header() -> None:
    text = "Chinese President Xi Jinping on Monday sent a message to\nKim Jong Un on the anniversary.\n"
    assert clean(text).text == "Chinese President Xi Jinping on Monday sent a message to Kim Jong Un on the anniversary."


def test_link_lists_under_a_related_heading_go_up_to_the_next_prose() -> None:
    text = (STORY + "\n\nRelated News\n\nLeaders meet in Vientiane\nMinister receives envoy\n\n"
            "The two countries also signed a trade deal on Monday, officials said.")
    c = clean(text)
    assert c.removed == ["Related News", "Leaders meet in Vientiane", "Minister receives envoy"]
    assert c.text.endswith("officials said.")


def test_a_teaser_line_after_the_sign_off_is_cut() -> None:
    text = STORY + "-VNA\nVietnam and Mongolia leaders exchange messages on floods."
    c = clean(text)
    assert c.removed == ["-VNA", "Vietnam and Mongolia leaders exchange messages on floods."]


def test_a_repeated_standfirst_is_kept_once() -> None:
    lead = "Lao leaders have sent messages of greetings to their Cambodian counterparts on Independence Day."
    c = clean(lead + "\n\nHanoi (VNA) \u2013 " + lead + "\n\nThongloun wished Cambodia prosperity.")
    assert c.text == lead + "\n\nThongloun wished Cambodia prosperity."
    assert c.removed == [lead, "Hanoi (VNA) \u2013"]


# ---- text shape ------------------------------------------------------------------------

def test_paragraphs_one_blank_line_apart_white_space_folded_entities_unescaped() -> None:
    text = "  First\tparagraph  with &amp; and&nbsp;space.\r\n\r\n\r\n\n Second\n paragraph here.  \n"
    assert clean(text).text == "First paragraph with & and space.\n\nSecond paragraph here."


def test_indented_lines_after_a_finished_sentence_open_paragraphs() -> None:
    text = "Pyongyang, June 30 (KCNA) -- Kim sent a message.\r\n   The message wished him success.\r\n"
    assert clean(text).text == "Kim sent a message.\n\nThe message wished him success."


def test_a_plain_story_comes_back_whole() -> None:
    c = clean(STORY)
    assert c.text == STORY
    assert c.removed == [] and c.agencies == [] and c.dateline is None and c.published is None


def test_boilerplate_kind_of_a_long_line_is_judged_by_footer_phrases_only() -> None:
    assert boilerplate.kind("Share this " * 100) is None
    assert boilerplate.kind("All rights reserved. " * 40) == "furniture"


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=200, deadline=None)
@given(words)
def test_clean_never_raises_and_inserts_nothing(text: str) -> None:
    c = clean(text)
    assert "\n\n\n" not in c.text and c.text == c.text.strip()
    import html as _html  # the cleaner unescapes entities; compare with the unescaped input

    source = _html.unescape(text)
    for token in c.text.split():
        assert token in source


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Kindly Share This Story:", "BEIJING, Sept. 9 (Xinhua) --", "(Xinhua/NAN)", "Related News",
    "Kim sent a message to Xi on Monday, the agency said.", "Xi wished Kim success.", "\n\n", "\n",
    "By John Doe", "Source: Xinhua", "date 2021-01-11", "(END)", "KCNA via REUTERS/File Photo",
    "Persons", "Topics", "Vladimir Putin", "Abu Dhabi - WAM", "-VNA", "Xinhua",
]), max_size=30))
def test_story_sentences_survive_any_arrangement_of_furniture(parts: list[str]) -> None:
    c = clean("\n\n".join(parts))
    for sentence in ("Kim sent a message to Xi on Monday, the agency said.", "Xi wished Kim success."):
        if sentence in parts:
            assert sentence in c.text


@pytest.mark.parametrize("closing", ["(end) ab.gta", "Edition: Carolina Pimentel"])
def test_closing_lines_of_kuna_and_agencia_brasil(closing: str) -> None:
    c = clean(STORY + "\n\n" + closing)
    assert c.removed[-1] == closing and closing not in c.text


def test_agencia_brasil_is_credited() -> None:
    c = clean("BRASILIA, May 11 (Agencia Brasil) -- " + STORY)
    assert c.agencies == ["Agencia Brasil"]
