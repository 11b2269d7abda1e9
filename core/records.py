"""Record classes without ``@dataclass``: for the records every ``snmpscope-cli`` process builds.

``@dataclass`` compiles each method it writes (``__init__``, ``__repr__``, ``__eq__`` and, for
a frozen class, ``__setattr__``, ``__delattr__``, ``__hash__``) from source text when the class
is defined, and ``slots=True`` then builds the class a second time: ~0.5 ms a class, and
importing :mod:`dataclasses` brings :mod:`inspect` (with ``ast``, ``dis``, ``tokenize``). A
numeric ``snmpscope-cli get`` defined 28 such classes: ~20 ms of its 77 ms CPU, a quarter of
the process, before it sent anything (issue 14: a CLI that starts like a C tool).

The records on that path therefore derive from :class:`Record` (mutable) or
:class:`FrozenRecord` (immutable, hashable) instead. Each declares its fields once in
``__slots__`` (the order is the positional order of its ``__init__``) with their annotations,
and writes its own ``__init__`` (as fast as the generated one: records are built per request
and per varbind). What is generic over ``__slots__`` lives here, with the semantics of the
dataclass methods it replaces: the ``Name(field=value, ...)`` repr, equality of same-class
records field by field, ``hash`` of a frozen record's fields, no assignment to a frozen one,
copy and pickle through ``__init__``, and :meth:`Record.replace` for ``dataclasses.replace``.
Records that no such process builds (saved agents, say) stay dataclasses.
"""

from __future__ import annotations

from typing import Any, Self

__all__ = ["FrozenRecord", "Record"]


class Record:
    """A mutable record: fields in ``__slots__``, an ``__init__`` of its own."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self.__slots__])

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable

    def __reduce__(self) -> tuple[type[Self], tuple[Any, ...]]:
        return (type(self), self._values())

    def replace(self, **changes: Any) -> Self:
        """A new record with ``changes`` applied (what ``dataclasses.replace`` does)."""
        unknown = changes.keys() - set(self.__slots__)
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return type(self)(**values)


class FrozenRecord(Record):
    """An immutable record: its ``__init__`` sets fields with ``object.__setattr__``."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a {type(self).__qualname__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a {type(self).__qualname__}")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._values())
