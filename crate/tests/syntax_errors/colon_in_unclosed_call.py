f(a, :
