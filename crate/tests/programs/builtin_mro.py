print(int.__mro__, bool.__mro__, object.__mro__, str.__bases__, bool.__base__, object.__bases__, object.__base__)
print(KeyError.__mro__)
print(ZeroDivisionError.__bases__, Exception.__base__)
print(type(1).__mro__, type(True).__mro__, type([]).__mro__)
class A(ValueError): pass
print(A.__mro__)
class B(dict): pass
print(B.__mro__)
