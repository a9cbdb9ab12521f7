# Decimal's sqrt, exp, ln and log10: correctly rounded at the context's precision.
from decimal import Decimal, localcontext

out = []
for s in ["1", "10", "100", "0.001", "1E+5", "2", "0.5", "1.0000000001", "0.9999999999", "0", "-0", "Infinity", "-Infinity", "NaN", "1E-40", "-1E-40", "1E+20", "2.302585092994045684017991454684364", "12345.678", "0.1", "1.00", "1000.000"]:
    d = Decimal(s)
    for name in ["sqrt", "exp", "ln", "log10"]:
        try:
            r = getattr(d, name)()
            out.append("%s %s %r" % (name, s, r))
        except Exception as e:
            out.append("%s %s %s" % (name, s, type(e).__name__))
for prec in [1, 3, 9, 28, 50]:
    with localcontext() as c:
        c.prec = prec
        for s in ["2", "0.5", "3.14159", "-1.5", "12345.678", "1E-7", "0.999", "1.001", "7E+20", "123456789"]:
            d = Decimal(s)
            for name in ["sqrt", "exp", "ln", "log10"]:
                try:
                    out.append("%s %s %s %s" % (prec, name, s, getattr(d, name)()))
                except ArithmeticError as e:
                    out.append("%s %s %s %s" % (prec, name, s, type(e).__name__))
print("\n".join(out))
