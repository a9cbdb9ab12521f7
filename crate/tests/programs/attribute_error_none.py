class User:
    def __init__(self, name, email=None):
        self.name = name
        self.email = email

users = {u.name: u for u in [User("ann", "ann@x.org"), User("bob")]}

def domain(user):
    return user.email.split("@")[1]

print(domain(users["ann"]))
for name in ("ann", "bob"):
    try:
        print(name, domain(users[name]))
    except AttributeError as e:
        print(name, "->", e)
found = users.get("cid")
print(found)
print(found.name.upper())
