"""argparse: command-line parsing as CPython 3.11's: ArgumentParser,
add_argument (positionals and options, the common actions, type, default,
choices, nargs, required, help, dest, metavar), argument groups, mutually
exclusive groups, subparsers, and help and error text laid out as CPython
lays it out (80 columns, as CPython's when its output is not a terminal).

On the page a program has no command line: sys.argv is ['main.py'], so
parse_args() sees no arguments; pass a list to try some.
"""

import os
import re as _re
import sys
import textwrap as _textwrap

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType",
           "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
           "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action",
           "BooleanOptionalAction", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
           "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        extra = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append(name + "=" + repr(value))
            else:
                extra[name] = value
        if extra:
            parts.append("**" + repr(extra))
        return "Namespace(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """A bad argument: its message names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message
        super().__init__(argument, message)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument " + self.argument_name + ": " + self.message


class ArgumentTypeError(Exception):
    pass


def _argument_name(action):
    # How an error names an argument: its option strings, else its metavar or dest.
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else " ".join(action.metavar)
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


# -- Actions -------------------------------------------------------------------

class Action:
    """One argument: what strings it is given by and what it does with them."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return type(self).__name__ + "(" + ", ".join(
            n + "=" + repr(getattr(self, n)) for n in names) + ")"

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help,
                         metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        sys.stdout.write(version.replace("%(prog)s", parser.prog) + "\n")
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(strings, dest, 0, None, default, type, choices, required, help,
                         metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = name + (" (" + ", ".join(aliases) + ")" if aliases else "")
            super().__init__([], name, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None,
                         self._name_parser_map, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = self._prog_prefix + " " + name
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: " + name)
        if "help" in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            raise ArgumentError(self, "invalid choice: %r (choose from %s)" % (
                name, ", ".join(map(repr, self._name_parser_map))))
        sub_namespace, extras = self._name_parser_map[name].parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if extras:
            # (Through setattr: a change made through an instance's __dict__
            # does not reach the instance in this interpreter.)
            pending = getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR", [])
            setattr(namespace, "_UNRECOGNIZED_ARGS_ATTR", pending + extras)


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "count": _CountAction,
    "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == "-":
            return sys.stdin if "r" in self._mode else sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# -- Help formatting -------------------------------------------------------

class HelpFormatter:
    """Lays out usage and help text in the terminal's width less two."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        text = " ".join(text.split())
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(" ".join(text.split()), width)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help or ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


def _metavar(action, default):
    if action.metavar is not None:
        return action.metavar
    if action.choices is not None:
        return "{" + ",".join(str(c) for c in action.choices) + "}"
    return default


def _format_args(action, default):
    """The placeholder text of an argument's values: FOO, [FOO], [FOO ...]..."""
    metavar = _metavar(action, default)

    def names(n):
        if isinstance(metavar, tuple):
            if len(metavar) != n:
                raise ValueError("length of metavar tuple does not match nargs")
            return metavar
        return (metavar,) * n

    nargs = action.nargs
    if nargs is None:
        return "%s" % names(1)
    if nargs == OPTIONAL:
        return "[%s]" % names(1)
    if nargs == ZERO_OR_MORE:
        m = names(1) if not isinstance(metavar, tuple) or len(metavar) == 1 else metavar
        if len(m) == 2:
            return "[%s [%s ...]]" % m
        return "[%s ...]" % m
    if nargs == ONE_OR_MORE:
        m = metavar if isinstance(metavar, tuple) and len(metavar) == 2 else names(1) * 2
        return "%s [%s ...]" % tuple(m)
    if nargs == REMAINDER:
        return "..."
    if nargs == PARSER:
        return "%s ..." % names(1)
    if nargs == SUPPRESS:
        return ""
    return " ".join(names(nargs))


def _default_metavar(action):
    return action.dest.upper() if action.option_strings else action.dest


def _invocation(action):
    # How the help lists an argument: "-f FOO, --foo FOO" or "name".
    if not action.option_strings:
        return "%s" % _metavar(action, action.dest) if not isinstance(
            _metavar(action, action.dest), tuple) else " ".join(_metavar(action, action.dest))
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    args = _format_args(action, _default_metavar(action))
    return ", ".join(s + " " + args for s in action.option_strings)


# -- The parser ----------------------------------------------------------------

class _Container:
    """What ArgumentParser and its groups share: add_argument."""

    def add_argument(self, *args, **kwargs):
        chars = self._prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(
            action_name, (str, type(None))) else action_name
        if not callable(action_class):
            raise ValueError("unknown action %r" % (action_name,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(**kwargs)
        return self._add_action(action)

    def _positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for s in args:
            if s[:1] not in self._prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (s, self._prefix_chars))
            option_strings.append(s)
            if len(s) > 1 and s[1] in self._prefix_chars:
                long_strings.append(s)
        dest = kwargs.pop("dest", None)
        if dest is None:
            first = long_strings[0] if long_strings else option_strings[0]
            dest = first.lstrip(self._prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % first)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _add_action(self, action):
        for s in action.option_strings:
            if s in self._option_string_actions:
                raise ArgumentError(action, "conflicting option string: " + s)
        self._actions.append(action)
        for s in action.option_strings:
            self._option_string_actions[s] = action
        if action.option_strings and _re.match(r"^-\d+$|^-\d*\.\d+$", action.option_strings[0]):
            self._has_negative_number_optionals.append(True)
        return action


class _ArgumentGroup(_Container):
    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []
        self._prefix_chars = parser._prefix_chars
        self._defaults = parser._defaults
        self.argument_default = parser.argument_default
        self._actions = parser._actions
        self._option_string_actions = parser._option_string_actions
        self._has_negative_number_optionals = parser._has_negative_number_optionals

    def _add_action(self, action):
        action = _Container._add_action(self, action)
        self._group_actions.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required, container=self)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, parser, container, required=False):
        super().__init__(parser)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_Container):
    """Parses a list of argument strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "main.py"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self._prefix_chars = prefix_chars
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._has_negative_number_optionals = []
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        if add_help:
            p = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(p + "h", p * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help"]
        values = [self.prog, self.usage, self.description, self.formatter_class, "error",
                  self.add_help]
        return "ArgumentParser(" + ", ".join(
            n + "=" + repr(v) for n, v in zip(names, values)) + ")"

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False, container=None):
        group = _MutuallyExclusiveGroup(self, container or self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def add_subparsers(self, title=None, description=None, prog=None, dest=SUPPRESS,
                       required=False, help=None, metavar=None, parser_class=None,
                       action=None):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        if title or description:
            self._subparsers = self.add_argument_group(title or "subcommands", description)
        else:
            self._subparsers = self._positionals
        if prog is None:
            # The sub-parsers' prog: this one's usage up to the positionals.
            positionals = [a for a in self._actions if not a.option_strings]
            prog = self._usage_text(positionals_too=False, actions=positionals)
        subparsers = _SubParsersAction([], prog, parser_class or type(self), dest, required,
                                       help, metavar)
        self._subparsers._add_action(subparsers)
        return subparsers

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- Parsing ---------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: " + " ".join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = list(sys.argv[1:] if args is None else args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            extras.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, extras

    def _parse_optional(self, arg):
        """(action, option string, explicit argument) for an option-like
        string, or None for a positional one."""
        if not arg or arg[0] not in self._prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if "=" in arg:
            option, _, explicit = arg.partition("=")
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        matches = self._prefix_matches(arg)
        if len(matches) > 1:
            options = ", ".join(option for _, option, _ in matches)
            self.error("ambiguous option: %s could match %s" % (arg, options))
        if len(matches) == 1:
            return matches[0]
        if _re.match(r"^-\d+$|^-\d*\.\d+$", arg) and not self._has_negative_number_optionals:
            return None
        if " " in arg:
            return None
        return None, arg, None

    def _prefix_matches(self, arg):
        # Options that `arg` abbreviates, and a short option with its value joined on.
        result = []
        chars = self._prefix_chars
        if arg[0] in chars and len(arg) > 1 and arg[1] in chars:
            if not self.allow_abbrev:
                return result
            option, _, explicit = arg.partition("=")
            explicit = explicit if "=" in arg else None
            for s, action in self._option_string_actions.items():
                if s.startswith(option):
                    result.append((action, s, explicit))
        else:
            short, explicit = arg[:2], arg[2:]
            for s, action in self._option_string_actions.items():
                if s == short:
                    result.append((action, s, explicit))
                elif self.allow_abbrev and s.startswith(arg) and len(s) > 2 and \
                        s[1] not in chars:
                    result.append((action, s, None))
        return result

    def _parse_known_args(self, args, namespace):
        # Each string as 'O' (an option), 'A' (an argument) or '-' ('--').
        option_tuples = {}
        pattern = []
        rest_positional = False
        for i, arg in enumerate(args):
            if rest_positional:
                pattern.append("A")
            elif arg == "--":
                pattern.append("-")
                rest_positional = True
            else:
                found = self._parse_optional(arg)
                if found is None:
                    pattern.append("A")
                else:
                    option_tuples[i] = found
                    pattern.append("O")
        pattern = "".join(pattern)

        seen = set()
        seen_non_default = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for j, action in enumerate(group._group_actions):
                others = group._group_actions[:j] + group._group_actions[j + 1:]
                conflicts.setdefault(action, []).extend(others)
        extras = []

        def take(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument " +
                                            _argument_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_optional(start):
            action, option_string, explicit = option_tuples[start]
            while True:
                if action is None:
                    extras.append(args[start])
                    return start + 1
                if explicit is not None:
                    if self._count_pattern(action, "A") == 0 and \
                            option_string[1] not in self._prefix_chars and explicit != "":
                        # -vx: -v takes nothing, so x is another short option.
                        take(action, [], option_string)
                        option_string = option_string[0] + explicit[0]
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit = explicit[1:] or None
                            continue
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                    if self._count_pattern(action, "A") == 1:
                        take(action, [explicit], option_string)
                        return start + 1
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                count = self._match_argument(action, pattern[start + 1:])
                take(action, args[start + 1:start + 1 + count], option_string)
                return start + 1 + count

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                strings = args[start:start + count]
                start += count
                take(action, strings)
            del positionals[:len(counts)]
            return start

        option_indices = sorted(option_tuples)
        start = 0
        max_option = option_indices[-1] if option_indices else -1
        while start <= max_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_tuples:
                extras.extend(args[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(args[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_argument_name(action))
                elif action.default is not None and isinstance(action.default, str) and \
                        hasattr(namespace, action.dest) and \
                        action.default is getattr(namespace, action.dest):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            raise ArgumentError(None, "the following arguments are required: " +
                                ", ".join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_argument_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, "one of the arguments " + " ".join(names) +
                                    " is required")
        return namespace, extras

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            p = "(-*A-*)"
        elif nargs == OPTIONAL:
            p = "(-*A?-*)"
        elif nargs == ZERO_OR_MORE:
            p = "(-*[A-]*)"
        elif nargs == ONE_OR_MORE:
            p = "(-*A[A-]*)"
        elif nargs == REMAINDER:
            p = "([-AO]*)"
        elif nargs == PARSER:
            p = "(-*A[-AO]*)"
        elif nargs == SUPPRESS:
            p = "(-*-*)"
        else:
            p = "(-*%s-*)" % "-*".join("A" * nargs)
        if action.option_strings:
            # An option's values never include '--'.
            p = p.replace("-*", "").replace("-", "")
        return p

    def _count_pattern(self, action, text):
        m = _re.match(self._nargs_pattern(action), text)
        return len(m.group(1)) if m else None

    def _match_argument(self, action, pattern):
        m = _re.match(self._nargs_pattern(action), pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                message = "expected one argument"
            elif nargs == OPTIONAL:
                message = "expected at most one argument"
            elif nargs == ONE_OR_MORE:
                message = "expected at least one argument"
            else:
                message = "expected %s argument%s" % (nargs, "" if nargs == 1 else "s")
            raise ArgumentError(action, message)
        return len(m.group(1))

    def _match_partial(self, actions, pattern):
        # As many of the positionals as can take their strings, from the first.
        for i in range(len(actions), 0, -1):
            m = _re.match("".join(self._nargs_pattern(a) for a in actions[:i]), pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            strings = [s for s in strings if s != "--"] if not action.option_strings else strings
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            if value is not action.default:
                self._check_value(action, value)
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if action.nargs == REMAINDER:
            return [self._get_value(action, s) for s in strings]
        if action.nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        if action.nargs == 0:
            return []
        value = [self._get_value(action, s) for s in strings]
        for v in value:
            self._check_value(action, v)
        return value

    def _get_value(self, action, string):
        convert = action.type
        if convert is None:
            return string
        try:
            return convert(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(convert, "__name__", repr(convert))
            raise ArgumentError(action, "invalid %s value: %r" % (name, string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            if isinstance(action, _SubParsersAction):
                return
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # -- Help and errors ---------------------------------------------------------

    def _formatter(self):
        return self.formatter_class(prog=self.prog)

    def _usage_parts(self, actions):
        """The usage's parts for options and for positionals."""
        grouped = {}
        for group in self._mutually_exclusive_groups:
            members = [a for a in group._group_actions if a in actions]
            if members and len(members) == len(group._group_actions):
                for a in members:
                    grouped[a] = group
        options, positionals = [], []
        done = set()
        for action in actions:
            if action.help is SUPPRESS and action not in grouped:
                continue
            if action in grouped:
                group = grouped[action]
                if group in done:
                    continue
                done.add(group)
                parts = [self._usage_part(a, bare=True) for a in group._group_actions
                         if a.help is not SUPPRESS]
                text = " | ".join(parts)
                if group.required:
                    text = "(" + text + ")" if len(parts) > 1 else text
                else:
                    text = "[" + text + "]"
                (options if action.option_strings else positionals).append(text)
            elif action.option_strings:
                options.append(self._usage_part(action))
            else:
                part = self._usage_part(action)
                if part:
                    positionals.append(part)
        return options, positionals

    def _usage_part(self, action, bare=False):
        if not action.option_strings:
            return _format_args(action, action.dest)
        text = action.format_usage()
        if action.nargs != 0:
            text += " " + _format_args(action, _default_metavar(action))
        if not action.required and not bare:
            text = "[" + text + "]"
        return text

    def _usage_text(self, positionals_too=True, actions=None):
        # The usage without 'usage: ', wrapped as CPython wraps it.
        if self.usage is not None:
            return self.usage.replace("%(prog)s", self.prog)
        actions = self._actions if actions is None else actions
        options, positionals = self._usage_parts(actions)
        prog = self.prog
        text = " ".join([prog] + options + positionals)
        formatter = self._formatter()
        width = formatter._width
        prefix = "usage: "
        if len(prefix) + len(text) <= width or not positionals_too:
            return text

        def lines_of(parts, indent, first_prefix=None):
            lines, line = [], []
            length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if length + 1 + len(part) > width and line:
                    lines.append(indent + " ".join(line))
                    line = []
                    length = len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if options:
                lines = lines_of([prog] + options, indent, prefix)
                lines.extend(lines_of(positionals, indent))
            elif positionals:
                lines = lines_of([prog] + positionals, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = lines_of(options + positionals, indent)
            if len(lines) > 1:
                lines = lines_of(options, indent)
                lines.extend(lines_of(positionals, indent))
            lines = [prog] + lines
        return "\n".join(lines)

    def format_usage(self):
        return "usage: " + self._usage_text() + "\n"

    def format_help(self):
        formatter = self._formatter()
        width = formatter._width
        out = [self.format_usage()]
        if self.description:
            out.append("\n" + formatter._fill_text(self.description, width, "") + "\n")
        # Where the help column starts: after the longest invocation, within bounds.
        invocations = []
        for group in self._action_groups:
            for action in group._group_actions:
                if action.help is SUPPRESS:
                    continue
                invocations.append(len(_invocation(action)) + 2)
                if isinstance(action, _SubParsersAction):
                    for sub in action._get_subactions():
                        invocations.append(len(_invocation(sub)) + 2)
        longest = max(invocations, default=0)
        help_position = min(longest + 2, formatter._max_help_position)
        help_width = max(width - help_position, 11)
        for group in self._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            section = ["\n" + (group.title or "") + ":\n"]
            if group.description:
                section.append(formatter._fill_text(group.description, width - 2, "  ") + "\n")
                if actions:
                    section.append("\n")
            for action in actions:
                section.append(self._format_action(formatter, action, 2, help_position,
                                                   help_width))
            out.append("".join(section))
        if self.epilog:
            out.append("\n" + formatter._fill_text(self.epilog, width, "") + "\n")
        text = _re.sub(r"\n\n\n+", "\n\n", "".join(out))
        return text.strip("\n") + "\n"

    def _format_action(self, formatter, action, indent, help_position, help_width):
        header = _invocation(action)
        action_width = help_position - indent - 2
        text = []
        help_text = formatter._get_help_string(action)
        if not help_text:
            text.append(" " * indent + header + "\n")
        elif len(header) <= action_width:
            text.append(" " * indent + header.ljust(action_width) + "  ")
        else:
            text.append(" " * indent + header + "\n")
        if help_text:
            lines = formatter._split_lines(self._expand_help(action, help_text), help_width)
            if lines:
                if len(header) <= action_width:
                    text.append(lines[0] + "\n")
                else:
                    text.append(" " * help_position + lines[0] + "\n")
                for line in lines[1:]:
                    text.append(" " * help_position + line + "\n")
            elif len(header) <= action_width:
                text[-1] = text[-1].rstrip() + "\n"
        if isinstance(action, _SubParsersAction):
            for sub in action._get_subactions():
                text.append(self._format_action(formatter, sub, indent + 2, help_position,
                                                help_width))
        return "".join(text)

    def _expand_help(self, action, text):
        params = dict(vars(action), prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return text % params

    def print_usage(self, file=None):
        (file or sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
