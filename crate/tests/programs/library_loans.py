from dataclasses import dataclass, field
from datetime import date, timedelta

class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    def __init__(self, book, due):
        super().__init__(f"'{book.title}' is out until {due:%d %b}")

@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1

@dataclass
class Member:
    name: str
    loans: dict = field(default_factory=dict)
    fines: float = 0.0

class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.out = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def lend(self, isbn, member, today):
        book = self.books[isbn]
        loans = self.out.setdefault(isbn, [])
        if len(loans) >= book.copies:
            raise NotAvailable(book, min(d for _, d in loans))
        due = today + timedelta(days=self.LOAN_DAYS)
        loans.append((member.name, due))
        member.loans[isbn] = due
        return due

    def give_back(self, isbn, member, today):
        due = member.loans.pop(isbn)
        self.out[isbn] = [(n, d) for n, d in self.out[isbn] if n != member.name]
        late = max(0, (today - due).days)
        member.fines += late * self.FINE_PER_DAY
        return late

lib = Library()
lib.add(Book("111", "Dune", "Herbert", 2), Book("222", "Emma", "Austen"))
ann, bob, cy = Member("Ann"), Member("Bob"), Member("Cy")
d0 = date(2024, 3, 1)
print(lib.lend("111", ann, d0), lib.lend("111", bob, d0 + timedelta(days=1)))
try:
    lib.lend("111", cy, d0)
except LibraryError as e:
    print(type(e).__name__, e)
print(lib.lend("222", cy, d0))
print(lib.give_back("111", ann, date(2024, 3, 20)), ann)
print(lib.give_back("222", cy, date(2024, 3, 10)), cy.fines, lib.out)
print(sorted(b.title for b in lib.books.values() if len(lib.out.get(b.isbn, [])) < b.copies))
lib.give_back("222", cy, date(2024, 4, 1))
