import shlex
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
@dataclass
class Task:
    id: int
    title: str
    priority: Priority = Priority.MEDIUM
    done: bool = False
    tags: set = field(default_factory=set)
    due: date | None = None
class CommandError(Exception):
    pass
class TodoApp:
    def __init__(self):
        self.tasks: dict[int, Task] = {}
        self.next_id = 1
    def dispatch(self, line):
        parts = shlex.split(line)
        if not parts:
            return
        cmd, *args = parts
        handler = getattr(self, f"cmd_{cmd}", None)
        if handler is None:
            raise CommandError(f"unknown command {cmd!r}")
        return handler(*args)
    def cmd_add(self, title, *opts):
        t = Task(self.next_id, title)
        for opt in opts:
            key, _, val = opt.partition("=")
            if key == "p":
                try:
                    t.priority = Priority[val.upper()]
                except KeyError:
                    raise CommandError(f"bad priority {val}") from None
            elif key == "tag":
                t.tags.add(val)
            elif key == "due":
                t.due = date.fromisoformat(val)
            else:
                raise CommandError(f"unknown option {key}")
        self.tasks[t.id] = t
        self.next_id += 1
        print(f"added #{t.id}: {t.title}")
    def cmd_done(self, tid):
        try:
            self.tasks[int(tid)].done = True
        except (KeyError, ValueError) as e:
            raise CommandError(f"no task {tid}") from e
        print(f"completed #{tid}")
    def cmd_rm(self, tid):
        t = self.tasks.pop(int(tid))
        print(f"removed {t.title!r}")
    def cmd_list(self, *flags):
        items = sorted(self.tasks.values(), key=lambda t: (t.done, -t.priority.value, t.due or date.max, t.id))
        if "--open" in flags:
            items = [t for t in items if not t.done]
        for t in items:
            mark = "x" if t.done else " "
            tags = " ".join(f"#{x}" for x in sorted(t.tags))
            due = f" (due {t.due:%b %d})" if t.due else ""
            print(f"[{mark}] {t.id:>2} {t.priority.name:<6} {t.title}{due} {tags}".rstrip())
    def cmd_stats(self):
        total = len(self.tasks)
        done = sum(t.done for t in self.tasks.values())
        pct = done / total if total else 0
        print(f"{done}/{total} done ({pct:.0%})")
        by = {}
        for t in self.tasks.values():
            by[t.priority] = by.get(t.priority, 0) + 1
        print(", ".join(f"{p.name.title()}: {n}" for p, n in sorted(by.items(), key=lambda kv: kv[0].value)))
app = TodoApp()
script = """
add "Buy milk" tag=home p=low
add 'Write report' p=high due=2024-05-01 tag=work
add "Call mom" tag=family tag=home
add Exercise p=urgent
done 2
done 9
done x
frobnicate
list
add "Fix bug #12" p=HIGH due=2024-04-15 tag=work
list --open
rm 1
stats
add "unterminated
"""
for line in script.strip().splitlines():
    print(f"> {line}")
    try:
        app.dispatch(line)
    except CommandError as e:
        print(f"error: {e}" + (f" (caused by {type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else ""))
    except ValueError as e:
        print("parse error:", e)
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
