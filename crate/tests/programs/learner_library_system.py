from abc import ABC, abstractmethod
from datetime import date, timedelta
from collections import defaultdict
import json
class LibraryError(Exception): pass
class NotAvailable(LibraryError):
    def __init__(self, item, due):
        super().__init__(f"{item.title!r} is checked out until {due:%Y-%m-%d}")
class LimitReached(LibraryError): pass
class Item(ABC):
    loan_days = 14
    def __init__(self, title, year):
        self.title, self.year = title, year
    @abstractmethod
    def kind(self) -> str: ...
    def __repr__(self): return f"<{self.kind()} {self.title!r} ({self.year})>"
    def __lt__(self, other): return (self.year, self.title) < (other.year, other.title)
    def to_dict(self): return {"kind": self.kind(), **vars(self)}
class Book(Item):
    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author, self.pages = author, pages
    def kind(self): return "Book"
class DVD(Item):
    loan_days = 7
    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes
    def kind(self): return "DVD"
class Member:
    LIMIT = 2
    def __init__(self, name):
        self.name = name
        self.loans = []
    def __str__(self): return self.name
class Library:
    def __init__(self):
        self.items = []
        self.loans = {}
        self.history = defaultdict(list)
    def add(self, *items):
        self.items.extend(items)
    def checkout(self, member, item, today):
        if item in self.loans:
            raise NotAvailable(item, self.loans[item][1])
        if len(member.loans) >= member.LIMIT:
            raise LimitReached(f"{member} already has {len(member.loans)} items")
        due = today + timedelta(days=item.loan_days)
        self.loans[item] = (member, due)
        member.loans.append(item)
        self.history[member.name].append(item.title)
        return due
    def checkin(self, item, today):
        member, due = self.loans.pop(item)
        member.loans.remove(item)
        late = (today - due).days
        return max(0, late) * 0.25
    def search(self, **criteria):
        return sorted(i for i in self.items if all(getattr(i, k, None) == v for k, v in criteria.items()))
lib = Library()
b1 = Book("Dune", 1965, "Herbert", 412)
b2 = Book("Neuromancer", 1984, "Gibson", 271)
b3 = Book("Emma", 1815, "Austen", 474)
d1 = DVD("Alien", 1979, 117)
lib.add(b1, b2, b3, d1)
ann, bo = Member("Ann"), Member("Bo")
today = date(2024, 3, 1)
print(lib.checkout(ann, b1, today), lib.checkout(ann, d1, today))
for who, what in [(bo, b1), (ann, b2), (bo, b2)]:
    try:
        print("due", lib.checkout(who, what, today))
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
print(lib.checkin(d1, date(2024, 3, 15)), lib.checkin(b1, date(2024, 3, 10)))
print(sorted(lib.items), lib.search(year=1984), lib.search(kind="Book"), lib.search(author="Austen"))
print(dict(lib.history), [str(m) for m in (ann, bo)], ann.loans, bo.loans)
print(json.dumps([i.to_dict() for i in sorted(lib.items)], indent=1))
try:
    Item("x", 1)
except TypeError as e:
    print(e)
total_pages = sum(i.pages for i in lib.items if isinstance(i, Book))
print(f"{total_pages:,} pages; avg {total_pages / 3:.1f}")
by_decade = defaultdict(list)
for i in lib.items:
    by_decade[i.year // 10 * 10].append(i.title)
print(sorted(by_decade.items()))
