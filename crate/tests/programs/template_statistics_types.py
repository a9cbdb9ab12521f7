import string
class MyT(string.Template):
    delimiter = "%"
print(MyT("%a and %{b} %% %").safe_substitute(a=1, b=2), MyT("%a %{b}").get_identifiers())
class Two(string.Template):
    delimiter = "##"
print(Two("##a ####b ##{c}").substitute(a=1, c=3), Two("x ## y").is_valid())
try: MyT("100% sure").substitute()
except ValueError as e: print(e)
T = string.Template("$who likes ${what}s, $$5 $")
print(T.safe_substitute(who="x"), T.get_identifiers(), T.is_valid())
import datetime, time
d=datetime.datetime(2024,3,5,4,7,9,5)
for c in 'dmHIMSjyeaUWCVGfpB%':
  print(c, repr(d.strftime('%-'+c)))
print(repr(d.strftime('%-')), repr(d.strftime('a%')), repr(datetime.date(2024,1,1).strftime("%-d %-j %-H")))
print(time.strftime('%-d/%-m', time.gmtime(0)))
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([F(1, 3), F(2, 3)]), st.mean([F(1,3), 1]), st.mean([D("1.1"), D("2.2")]), st.mean([D("1"), 2]))
print(st.median([F(1,3), F(1,2)]), st.variance([F(1,2), F(3,4), 1]), st.pvariance([D("1.5"), D("2.5")]))
print(st.stdev([F(1,2), F(3,4), 1]), st.fmean([F(1,2), 1]), st.harmonic_mean([F(1,2), F(1,3)]))
print(repr(st.mean([F(1,2), 0.5])), repr(st.mean([True, 2])), repr(st.variance([1, 2, 4])))
class MyF(float): pass
print(repr(st.mean([MyF(1.5), 2])), type(st.mean([MyF(1.5), 2])).__name__)
print(st.variance([F(1,2), F(3,4), 1], F(3, 4)))
