"""The parts of `inspect` a program asks most: what kind of object it has
(`isfunction`, `isclass`…), `getmembers`, `getdoc`, and a function's
`signature` with its parameters and `bind`. Written for this page from the
documented behaviour; `getsource` has no source files to read."""

import types as _types
import enum as _enum


class _empty:
    """Marker for a parameter with no default or annotation."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return {0: "positional-only", 1: "positional or keyword",
                2: "variadic positional", 3: "keyword-only",
                4: "variadic keyword"}[self.value]


class Parameter:
    empty = _empty
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = _ParameterKind(kind)
        self.default = default
        self.annotation = annotation

    def __str__(self):
        text = self.name
        if self.annotation is not _empty:
            text += ": " + formatannotation(self.annotation)
        if self.default is not _empty:
            between = " = " if self.annotation is not _empty else "="
            text += between + repr(self.default)
        if self.kind == _ParameterKind.VAR_POSITIONAL:
            text = "*" + text
        elif self.kind == _ParameterKind.VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return f'<Parameter "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self.name, self.kind, self.default, self.annotation) == (
            other.name, other.kind, other.default, other.annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(self.name if name is None else name,
                         self.kind if kind is None else kind,
                         default=self.default if default is _empty else default,
                         annotation=self.annotation if annotation is _empty else annotation)


def formatannotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, _types.GenericAlias):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param in self._signature.parameters.values():
            if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                break
            if param.name not in self.arguments:
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                args.extend(self.arguments[param.name])
            else:
                args.append(self.arguments[param.name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for param in self._signature.parameters.values():
            if not started:
                if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                    started = True
                elif param.name not in self.arguments:
                    started = True
                    continue
            if not started or param.name not in self.arguments:
                continue
            if param.kind == Parameter.VAR_KEYWORD:
                kwargs.update(self.arguments[param.name])
            elif param.kind != Parameter.VAR_POSITIONAL:
                kwargs[param.name] = self.arguments[param.name]
        return kwargs

    def apply_defaults(self):
        arguments = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                arguments[name] = self.arguments[name]
            elif param.default is not _empty:
                arguments[name] = param.default
            elif param.kind == Parameter.VAR_POSITIONAL:
                arguments[name] = ()
            elif param.kind == Parameter.VAR_KEYWORD:
                arguments[name] = {}
        self.arguments = arguments

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.arguments.items())
        return f"<BoundArguments ({items})>"


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self.return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    def __str__(self):
        parts = []
        slash = star = False
        for param in self._parameters.values():
            if param.kind != Parameter.POSITIONAL_ONLY and slash:
                parts.append("/")
                slash = False
            if param.kind == Parameter.POSITIONAL_ONLY:
                slash = True
            if param.kind == Parameter.KEYWORD_ONLY and not star:
                parts.append("*")
            if param.kind in (Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY):
                star = True
            parts.append(str(param))
        if slash:
            parts.append("/")
        text = "(" + ", ".join(parts) + ")"
        if self.return_annotation is not _empty:
            text += " -> " + formatannotation(self.return_annotation)
        return text

    def __repr__(self):
        return f"<Signature {self}>"

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self.return_annotation == other.return_annotation)

    def replace(self, *, parameters=None, return_annotation=_empty):
        return Signature(self._parameters.values() if parameters is None else parameters,
                         return_annotation=self.return_annotation
                         if return_annotation is _empty else return_annotation)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                arguments[param.name] = tuple(args[i:])
                i = len(args)
                break
            if i < len(args):
                if param.kind != Parameter.POSITIONAL_ONLY and param.name in kwargs:
                    raise TypeError(f"multiple values for argument '{param.name}'")
                arguments[param.name] = args[i]
                i += 1
        if i < len(args):
            raise TypeError("too many positional arguments")
        var_keyword = None
        for param in params:
            if param.kind == Parameter.VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == Parameter.VAR_POSITIONAL or param.name in arguments:
                continue
            if param.kind == Parameter.POSITIONAL_ONLY:
                if param.default is _empty and not partial:
                    raise TypeError(f"missing a required argument: '{param.name}'")
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                raise TypeError(f"missing a required argument: '{param.name}'")
        if kwargs:
            if var_keyword is None:
                raise TypeError(
                    f"got an unexpected keyword argument '{next(iter(kwargs))}'")
            arguments[var_keyword.name] = kwargs
        return BoundArguments(self, arguments)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    positional = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    params = []
    first_default = positional - len(defaults)
    for i in range(positional):
        name = names[i]
        kind = Parameter.POSITIONAL_ONLY if i < posonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = positional + kwonly
    if code.co_flags & 0x4:
        name = names[at]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[positional:positional + kwonly]:
        params.append(Parameter(name, Parameter.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x8:
        name = names[at]
        params.append(Parameter(name, Parameter.VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    if skip_first:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _empty))


def signature(obj):
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if isinstance(obj, _types.MethodType):
        return _function_signature(obj.__func__, skip_first=True)
    if isinstance(obj, _types.FunctionType):
        return _function_signature(obj)
    if isinstance(obj, type):
        init = getattr(obj, "__init__", None)
        if isinstance(init, _types.FunctionType):
            return _function_signature(init, skip_first=True)
        return Signature()
    call = getattr(type(obj), "__call__", None)
    if isinstance(call, _types.FunctionType):
        return _function_signature(call, skip_first=True)
    wrapped = getattr(obj, "__wrapped__", None)
    if wrapped is not None:
        return signature(wrapped)
    raise ValueError(f"no signature found for builtin {obj!r}")


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def isgeneratorfunction(obj):
    if ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & 0x20)


def iscoroutinefunction(obj):
    return False


def isabstract(obj):
    return bool(getattr(obj, "__abstractmethods__", False))


def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    lines[0] = lines[0].lstrip()
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    import sys
    return sys.modules.get(getattr(obj, "__module__", None))


def getsource(obj):
    raise OSError("could not get source code")


getsourcelines = getsource
