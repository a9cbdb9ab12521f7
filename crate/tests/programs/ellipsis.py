def todo():
    ...
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, todo(), repr(...), str(...), bool(...))
x = [1, 2, 3]
class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[..., 1], Grid()[1:2, ...], {...: "e"}[...], hash(...) == hash(Ellipsis))
