"""Plain records with slots: what `@dataclass(frozen=True, slots=True)` gives, without making the class at import.

Every dataclass is made when its module is imported: dataclasses reads the annotations, writes the source of
__init__, __repr__, __eq__, __hash__, __setattr__ and __delattr__, runs it (from kept code: drafter/execcache.py) and,
for slots, makes the class a second time — ~0.6–1.3 M instructions a class, ~11 M of the ~150 M of a `drafter check`
of three lines, whose path defined 14 of them (startup52, #18; `python -c pass` is 38 M). A `Record` is a plain class
that names its fields in `__slots__` and writes its own `__init__` (so that type checkers and readers see it); this
base gives the rest, built once per class from `__slots__` (`__init_subclass__`), with what dataclasses gives:

- `==` between two records of the same class compares their fields in order (NotImplemented for another class);
- `hash()` hashes the fields' tuple (a frozen record) or is None (`frozen=False`: unhashable, as a mutable dataclass);
- `repr()` is `Name(field=value, …)`; setting or deleting a field of a frozen record raises `FrozenInstanceError`
  (an AttributeError, as dataclasses.FrozenInstanceError);
- pickling keeps the list of field values (`__getstate__`), as a frozen dataclass with slots does (a mutable one,
  object's own state): a record pickles to the same bytes as the dataclass it replaces, and either reads the other's;
- `__match_args__` is the fields; `replace(record, **changes)` is `dataclasses.replace` (which accepts both).

A subclass adds its own fields after its base's (`__slots__` holds only the new ones). Records import nothing.
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time (#18: ~10 M instructions)
if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeVar

    T = TypeVar("T")


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was set or deleted (dataclasses.FrozenInstanceError, without importing it)."""


class Record:
    """Base of a record class: `__slots__` names its fields; `frozen=False` in the class line makes it mutable."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _values: ClassVar[Any]

    def __init_subclass__(cls, frozen: bool = True, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__slots__", ())
        cls._fields = fields = (*cls._fields, *((own,) if isinstance(own, str) else own))
        cls.__match_args__ = fields  # type: ignore[attr-defined,misc] # set per class (dataclasses does)
        # one C call makes the tuple compared and hashed (attrgetter of one name gives the value alone)
        cls._values = attrgetter(*fields) if len(fields) > 1 else (lambda self: (getattr(self, fields[0]),))
        if not frozen:  # fields set as on any object; eq without frozen: unhashable, as a dataclass
            cls.__setattr__ = object.__setattr__  # type: ignore[method-assign,assignment]
            cls.__delattr__ = object.__delattr__  # type: ignore[method-assign,assignment]
            cls.__hash__ = None  # type: ignore[assignment]
            cls.__getstate__ = object.__getstate__  # type: ignore[method-assign,assignment] # (None, slots), as a dataclass

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._fields)})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list[Any]:
        return [getattr(self, name) for name in self._fields]

    def __setstate__(self, state: Any) -> None:
        if type(state) is tuple:  # a mutable record's: object's own (None, {slot: value})
            for name, value in state[1].items():
                object.__setattr__(self, name, value)
            return
        for name, value in zip(self._fields, state, strict=False):
            object.__setattr__(self, name, value)


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of `obj` with `changes`: a record's fields, or a dataclass's (`dataclasses.replace`, imported then)."""
    fields = getattr(obj.__class__, "_fields", None)
    if fields is None or not isinstance(obj, Record):
        from dataclasses import replace as replace_dataclass

        return replace_dataclass(obj, **changes)  # type: ignore[type-var]
    for name in changes:
        if name not in fields:
            raise TypeError(f"{obj.__class__.__qualname__}.__init__() got an unexpected keyword argument {name!r}")
    return obj.__class__(**{name: changes[name] if name in changes else getattr(obj, name) for name in fields})
