class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass

class Positive(Field):
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")

class Text(Field):
    def __init__(self, maxlen):
        self.maxlen = maxlen
    def validate(self, value):
        if len(value) > self.maxlen:
            raise ValueError(f"{self.name} longer than {self.maxlen}: {value!r}")

class Product:
    name = Text(10)
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"

p = Product("pen", 1.5, 10)
print(p, p.price * p.qty)
print(Product.price.name, Product.price.owner, Product.name.private)
print(sorted(k for k in vars(p)))
for args in [("pencil case xl", 3, 1), ("ink", -2, 1), ("ink", 2, "3")]:
    try:
        Product(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")
print(f.name, f.owner)
