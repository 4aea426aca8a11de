"""dates: the genre's calendar forms against a base date, without dateparser."""
from __future__ import annotations

import datetime as dt

import pytest

from msgparse import dates

MON = dt.date(2021, 1, 11)  # a Monday


@pytest.mark.parametrize("day, want", [
    ("Monday", dt.date(2021, 1, 11)),   # the base day itself
    ("sunday", dt.date(2021, 1, 10)),
    ("Tuesday", dt.date(2021, 1, 5)),   # never a day after the base
])
def test_last_weekday_on_or_before_base(day: str, want: dt.date) -> None:
    assert dates.last_weekday(day, MON) == want


def test_last_weekday_needs_a_base_and_a_weekday() -> None:
    assert dates.last_weekday("Monday", None) is None
    assert dates.last_weekday("Someday", MON) is None


@pytest.mark.parametrize("text, want", [
    ("on Sept. 9 the leaders met", dt.date(2021, 9, 9)),
    ("dated November 1", dt.date(2021, 11, 1)),
    ("Jan. 11", dt.date(2021, 1, 11)),                  # not today's day, as dateparser has it
    ("9 June 2019", dt.date(2019, 6, 9)),
    ("January 18, 1950", dt.date(1950, 1, 18)),
    ("12th March, 2024", dt.date(2024, 3, 12)),
    ("published 2021-01-11", dt.date(2021, 1, 11)),
    ("no date here", None),
])
def test_parse_date_takes_the_year_from_the_base(text: str, want: dt.date | None) -> None:
    assert dates.parse_date(text, dt.date(2021, 12, 1)) == want


def test_a_december_day_in_a_january_story_is_last_year() -> None:
    assert dates.infer_year(12, 31, dt.date(2019, 1, 2)) == dt.date(2018, 12, 31)
    assert dates.infer_year(1, 1, dt.date(2019, 1, 2)) == dt.date(2019, 1, 1)
    assert dates.infer_year(2, 30, dt.date(2019, 1, 2)) is None


def test_day_of_month() -> None:
    assert dates.day_of_month(15, dt.date(2021, 1, 15)) == dt.date(2021, 1, 15)
    assert dates.day_of_month(28, dt.date(2021, 3, 15)) == dt.date(2021, 2, 28)
    assert dates.day_of_month(31, dt.date(2021, 3, 15)) is None  # no February 31
    assert dates.day_of_month(3, None) is None


def test_to_date_and_iso() -> None:
    assert dates.to_date("2021-01-11") == MON
    assert dates.to_date("2021-13-01") is None
    assert dates.to_date(None) is None
    assert dates.iso(MON) == "2021-01-11" and dates.iso(None) is None
