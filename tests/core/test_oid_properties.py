"""Property-based tests: OID string <-> tuple, and SnmpOidCompare against a reference model."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from snmpscope.core.smi.oid import is_prefix, oid_compare, oid_from_str, oid_to_str

subids = st.integers(min_value=0, max_value=2**32 - 1)
# OIDs X.690 can encode: first arc 0..2; under 0 and 1 the second arc is 0..39.
first_arcs = st.one_of(
    st.tuples(st.integers(0, 1), st.integers(0, 39)), st.tuples(st.just(2), subids)
)
oids = st.tuples(first_arcs, st.lists(subids, max_size=126)).map(lambda t: (*t[0], *t[1]))
any_oids = st.lists(st.integers(min_value=0, max_value=50), min_size=0, max_size=12).map(tuple)


@given(oids)
def test_string_round_trip(oid: tuple[int, ...]) -> None:
    text = oid_to_str(oid)
    if len(text) <= 1408:
        assert oid_from_str(text) == oid
        assert oid_from_str("." + text) == oid


def reference_compare(x: tuple[int, ...], y: tuple[int, ...], maxlen: int) -> int:
    """The reference §5.8 algorithm, written the slow obvious way."""
    if maxlen:
        x, y = x[:maxlen], y[:maxlen]
        if len(x) == len(y) == maxlen:
            return (x > y) - (x < y)
    return (x > y) - (x < y)  # Python tuple order is lexicographic, shorter-prefix first


@given(any_oids, any_oids, st.integers(min_value=0, max_value=14))
def test_compare_matches_reference(x: tuple[int, ...], y: tuple[int, ...], maxlen: int) -> None:
    assert oid_compare(x, y, maxlen) == reference_compare(x, y, maxlen)


@given(any_oids, any_oids)
def test_compare_is_antisymmetric(x: tuple[int, ...], y: tuple[int, ...]) -> None:
    assert oid_compare(x, y) == -oid_compare(y, x)


@given(any_oids, any_oids)
def test_prefix_compare(x: tuple[int, ...], y: tuple[int, ...]) -> None:
    if x:
        assert (oid_compare(x, y, len(x)) == 0) == is_prefix(x, y)


@given(st.lists(any_oids, min_size=1, max_size=20))
def test_compare_sorts_like_snmp(values: list[tuple[int, ...]]) -> None:
    import functools

    ordered = sorted(values, key=functools.cmp_to_key(oid_compare))
    assert ordered == sorted(values)
