class Animal:
    sound = "..."
    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def speak(self):
        base = super().speak()
        return base + "!" * len(self.tricks)

class Bird(Animal):
    sound = "tweet"
    def __init__(self, name):
        super().__init__(name, legs=2)

class Parrot(Bird):
    def __init__(self, name, words):
        super().__init__(name)
        self.words = words
    def speak(self):
        return f"{self.name} says {', '.join(self.words)}"

class Flyer:
    def move(self):
        return f"{self.name} flies"

class Walker:
    def move(self):
        return f"{self.name} walks"
    def describe(self):
        return "walker"

class Bat(Flyer, Walker, Animal):
    sound = "squeak"
    def describe(self):
        return "bat and " + super().describe()

zoo = [Dog("Rex", ["sit", "roll"]), Bird("Tweety"), Parrot("Polly", ["hello", "cracker"]), Bat("Bruce")]
for a in zoo:
    print(repr(a), a.legs, a.speak())
print(zoo[3].move(), zoo[3].describe(), [c.__name__ for c in Bat.__mro__])
print(isinstance(zoo[2], Bird), issubclass(Parrot, Animal), Dog.__bases__, Bat.__base__)
print(super(Dog, zoo[0]).speak(), Animal.speak(zoo[0]))
print(vars(zoo[0]), Dog.sound, zoo[0].__class__.__name__)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), D.mro())
class X: pass
class Y(X): pass
class Z(X, Y): pass
