"""sentences.split: paragraphs and sentences with offsets into the text."""
from __future__ import annotations

from msgparse import sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences.split(text).sentences]


def test_offsets_slice_the_text_and_paragraphs_count() -> None:
    text = "Xi sent a message. Kim replied.\n\nThe letter said so."
    doc = sentences.split(text)
    assert [(s.text, s.para) for s in doc.sentences] == [
        ("Xi sent a message.", 0), ("Kim replied.", 0), ("The letter said so.", 1),
    ]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    assert texts("On Sept. 9 Mr. Lee met U.S. envoys and Michael D. Brennan. Then he left.") == [
        "On Sept. 9 Mr. Lee met U.S. envoys and Michael D. Brennan.", "Then he left.",
    ]


def test_a_month_abbreviation_before_a_capitalised_word_ends_a_sentence() -> None:
    assert texts("The congress met in Dec. The two leaders wrote on Jan. 4, and in Sept. 2021. \u201cYes,\u201d he said.") == [
        "The congress met in Dec.", "The two leaders wrote on Jan. 4, and in Sept. 2021.", "\u201cYes,\u201d he said.",
    ]
    assert texts("In Feb. \u201cWe will,\u201d he said.") == ["In Feb.", "\u201cWe will,\u201d he said."]


def test_glued_sentences_are_split() -> None:
    assert texts("the coming years.Prime Minister Ali Khan also wrote.") == [
        "the coming years.", "Prime Minister Ali Khan also wrote.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts('He said: "We are ready." Kim agreed.') == ['He said: "We are ready."', "Kim agreed."]


def test_empty_text() -> None:
    assert sentences.split("").sentences == ()
    assert sentences.split("  \n\n ").sentences == ()


def test_initials_run_together() -> None:
    assert texts("He wrote to V.V. Zhirinovsky and Yaya A.J.J. Jammeh. They replied.") == [
        "He wrote to V.V. Zhirinovsky and Yaya A.J.J. Jammeh.", "They replied.",
    ]


def test_a_first_name_cut_short_does_not_end_a_sentence() -> None:
    assert texts("He received a message from Sh. Rahmonov and Kh. Battulga. The message said so to Kim Jong Un. He met us. We left.") == [
        "He received a message from Sh. Rahmonov and Kh. Battulga.", "The message said so to Kim Jong Un.", "He met us.", "We left.",
    ]
