"""Properties of the ISMP number style: the text read back is the number rounded to the
decimals shown, never a trailing zero after the decimal point, always a leading zero, thousands
grouped by commas; limits compared with ≥ and ≤ include the limit."""

from __future__ import annotations

import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.numbers import at_least, at_most, ismp, mg, signed_percent

values = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)
decimals = st.integers(0, 4)


def read_back(text: str) -> float:
    return float(text.replace(",", ""))


@settings(max_examples=400)
@given(values, decimals)
def test_the_text_reads_back_as_the_number_rounded(value: float, places: int) -> None:
    text = ismp(value, places)
    assert math.isclose(read_back(text), round(value, places), rel_tol=1e-12,
                        abs_tol=10 ** -(places + 3))


@settings(max_examples=400)
@given(values, decimals)
def test_no_trailing_zero_a_leading_zero_and_grouped_thousands(value: float,
                                                               places: int) -> None:
    text = ismp(value, places)
    assert re.fullmatch(r"-?\d{1,3}(,\d{3})*(\.\d*[1-9])?", text), text
    assert not text.startswith(".") and not text.startswith("-.")


@settings(max_examples=200)
@given(values)
def test_milligrams_and_percentages_follow_the_same_style(value: float) -> None:
    assert mg(value) == f"{ismp(value)} mg"
    text = signed_percent(value)
    sign, number = text[0], text[1:].removesuffix(" %")
    assert sign in "+−" and text.endswith(" %")
    assert math.isclose(read_back(number), abs(round(value, 1)), abs_tol=1e-9)
    assert (sign == "−") == (round(value, 1) < 0)


@settings(max_examples=300)
@given(values, values)
def test_limits_include_their_own_value_and_agree_with_the_order(value: float,
                                                                 limit: float) -> None:
    assert at_least(limit, limit) and at_most(limit, limit)
    if value > limit:
        assert at_least(value, limit)
    if value < limit:
        assert at_most(value, limit)
    if not math.isclose(value, limit, rel_tol=1e-9):
        assert at_least(value, limit) != at_most(value, limit)
