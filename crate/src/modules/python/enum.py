"""enum: classes whose attributes are their only instances (members).

EnumType, the metaclass, turns each plain value in a class body into a
member when the class is made, and serves the class as a collection of
its members: iteration in definition order (aliases left out), len(),
Color['RED'] by name, Color(1) by value, `in`.
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "auto", "unique"]


class auto:
    """A member's value to be chosen by _generate_next_value_."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # CPython gives each auto() its value as the class body assigns it
    # (through its metaclass's __prepare__), so a later member may combine
    # earlier ones (`RW = READ | WRITE`): here the combination waits for
    # the values, chosen when the class is made.
    def _combined(self, other, op, swapped=False):
        combined = auto()
        combined._parts = (other, self, op) if swapped else (self, other, op)
        return combined

    def __or__(self, other):
        return self._combined(other, int.__or__)

    def __and__(self, other):
        return self._combined(other, int.__and__)

    def __xor__(self, other):
        return self._combined(other, int.__xor__)

    def __ror__(self, other):
        return self._combined(other, int.__or__, True)

    def __rand__(self, other):
        return self._combined(other, int.__and__, True)

    def __rxor__(self, other):
        return self._combined(other, int.__xor__, True)


def _resolved(part):
    """The value of an auto() whose value was chosen, or a combination of them."""
    if not isinstance(part, auto):
        return part
    if part.value is None and getattr(part, "_parts", None):
        left, right, op = part._parts
        part.value = op(_resolved(left), _resolved(right))
    return part.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


def _is_descriptor(value):
    # Functions, properties, class and static methods stay what they are.
    return callable(value) or isinstance(value, (property, classmethod, staticmethod))


class EnumType(type):
    """The metaclass of Enum and the enums derived from it."""

    def __new__(mcls, name, bases, ns, **kw):
        qualname = ns.get("__qualname__", name)
        private = "_%s__" % name
        members = {}
        for key, value in list(ns.items()):
            if (_is_dunder(key) or _is_sunder(key) or key.startswith(private)
                    or _is_descriptor(value)):
                continue
            members[key] = value
            del ns[key]
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if members and any(getattr(b, "_member_names_", None) for b in bases):
            raise TypeError("<enum %r> cannot extend %r"
                            % (name, [b for b in bases if getattr(b, "_member_names_", None)][0]))
        last_values = []
        for key, value in members.items():
            if isinstance(value, auto):
                if value.value is None and getattr(value, "_parts", None):
                    value.value = _resolved(value)
                if value.value is None:
                    value.value = cls._generate_next_value_(
                        key, 1, len(last_values), last_values[:])
                value = value.value
            cls._add_member_(key, value)
            last_values.append(value)
        return cls

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        if member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        object.__setattr__(member, "_value_", value)
        object.__setattr__(member, "_name_", name)
        member.__init__(*args)
        # An alias: an earlier member with an equal value.
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[member._value_] = member
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, *args, **kw):
        if args or kw:
            raise TypeError("creating new enums by a call is not supported by this page's Python")
        # Enum's lookup of a member, never a mixed-in type's `__new__`,
        # which comes first in the MRO (`int` of IntFlag).
        return Enum.__new__(cls, value)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._listed_names_())

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._listed_names_()))

    def __len__(cls):
        return len(cls._listed_names_())

    def _listed_names_(cls):
        # A Flag lists only its one-bit members: not 0, nor those that
        # name several bits (`RW = R | W`), as in CPython 3.11.
        names = cls._member_names_
        if Flag is None or not issubclass(cls, Flag):
            return names
        return [name for name in names if _one_bit(cls._member_map_[name]._value_)]

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


def _one_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0
Flag = None


def _member_type(bases):
    for base in bases:
        for klass in (int, str, float):
            if issubclass(base, klass):
                return klass
    return object


class Enum(metaclass=EnumType):
    """Generic enumeration: members have a name and a value."""

    _member_type_ = object

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        member_type = _member_type(cls.__mro__[1:])
        type.__setattr__(cls, "_member_type_", member_type)
        # A mixed-in type comes before Enum in the MRO (`class S(str,
        # Enum)`): its comparison and hash are the members', not Enum's.
        if member_type is not object:
            for name in ("__eq__", "__hash__"):
                if name not in cls.__dict__ and getattr(cls, name) is getattr(Enum, name):
                    type.__setattr__(cls, name, getattr(member_type, name))
            # But its members show as an enum's unless the class says
            # otherwise, as CPython's EnumType sees to.
            first_enum = next(b for b in cls.__mro__[1:] if isinstance(b, EnumType))
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in cls.__dict__:
                    found = getattr(cls, name)
                    if found in (getattr(member_type, name, None), getattr(object, name, None)):
                        type.__setattr__(cls, name, getattr(first_enum, name))

    def __init__(self, *args, **kw):
        pass

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, found))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __eq__(self, other):
        return self is other

    def __reduce_ex__(self, protocol):
        return type(self), (self._value_,)

    def __setattr__(self, name, value):
        if name in ("name", "value", "_name_", "_value_"):
            raise AttributeError("cannot set attribute %r" % (name,))
        object.__setattr__(self, name, value)


class IntEnum(int, Enum):
    """An enum whose members are ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == other

    def __lt__(self, other):
        return self._value_ < other

    def __le__(self, other):
        return self._value_ <= other

    def __gt__(self, other):
        return self._value_ > other

    def __ge__(self, other):
        return self._value_ >= other


class StrEnum(str, Enum):
    """An enum whose members are strs; auto() is the lowercased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == other


def _bits(num, width):
    """`num` in binary as a Flag's error shows it: "0b0 0101", a sign
    digit, then `width` digits (a negative number's in two's complement)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace("1", "0", 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return "%s %s" % (sign, digits)


class Flag(Enum):
    """Members combine with | & ^ ~ into flags of the same class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1
        return 2 ** max(last_values).bit_length()

    @classmethod
    def _all_bits_(cls):
        bits = 0
        for member in cls:
            bits |= member._value_
        return bits

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = cls._all_bits_()
        if value < 0:
            # -1 is every flag, as ~0 is every bit.
            value = all_bits + 1 + value
        if value < 0 or value & ~all_bits:
            given = value if value >= 0 else value - all_bits - 1
            width = max(given.bit_length(), all_bits.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, given, _bits(given, width), _bits(all_bits, width)))
        return cls._pseudo_member_(value)

    @classmethod
    def _pseudo_member_(cls, value):
        found = cls._value2member_map_.get(value)
        if found is not None:
            return found
        member_type = cls._member_type_
        member = object.__new__(cls) if member_type is object else member_type.__new__(cls, value)
        object.__setattr__(member, "_value_", value)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        object.__setattr__(member, "_name_", "|".join(names) if names else None)
        cls._value2member_map_[value] = member
        return member

    def __iter__(self):
        return (m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        return type(self)(self._all_bits_() & ~self._value_)

    def __repr__(self):
        name = self._name_
        if name is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, name, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


class IntFlag(int, Flag):
    """A Flag whose members are ints and combine with ints."""

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return cls._pseudo_member_(value)

    @classmethod
    def _pseudo_member_(cls, value):
        member = Flag._pseudo_member_.__func__(cls, value)
        extra = value & ~cls._all_bits_()
        if extra and member._name_ is not None:
            object.__setattr__(member, "_name_", "%s|%d" % (member._name_, extra))
        elif extra:
            object.__setattr__(member, "_name_", None)
        return member

    def __or__(self, other):
        if isinstance(other, int):
            return type(self)(self._value_ | _int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return type(self)(self._value_ & _int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return type(self)(self._value_ ^ _int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._all_bits_() & ~self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        return self._value_ == other


def _int(value):
    # A member's own int, or the int given.
    return value._value_ if isinstance(value, Enum) else value


def unique(enumeration):
    """Class decorator: a ValueError if any member is an alias."""
    duplicates = [(name, member._name_)
                  for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        listed = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, listed))
    return enumeration
