# struct: packing numbers and bytes into binary records and back.
import struct
for f,a in [('b',300),('<b',300),('B',-1),('<B',300),('h',70000),('>h',70000),('H',-1),('<H',-1),('i',2**31),('<i',2**31),('I',-1),('<I',-1),('l',2**63),('<l',2**31),('L',-1),('q',2**63),('<Q',-1),('b','x'),('f',1e300),('<f',1e300),('<e',1e6),('d','x'),('s',1),('?',[]),('<c',b'ab'),('c',1), ('n', 1), ('<n',1),('z',1),('ii',1),('i',1.5)]:
    try: print(f, struct.pack(f, a))
    except Exception as e: print(f, type(e).__module__, type(e).__name__, e)
for f,b in [('<i', b'12'), ('<ii', b'12345678x')]:
    try: print(struct.unpack(f,b))
    except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bi'), struct.calcsize('@ib'), struct.calcsize('<bi'), struct.calcsize('@bq'), struct.calcsize('@hd'), struct.calcsize('3s2xi'), struct.calcsize('P'), struct.calcsize('@?d'), struct.calcsize('!4h'), struct.calcsize('=q'))
print(struct.error, struct.Struct('<i').size, struct.Struct('<i').format)
print(struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('>e', 0.1), struct.unpack('>e', struct.pack('>e', 65504.0)))
print(struct.pack('5p', b'ab'), struct.pack('3s', b'abcdef'), struct.pack('<?', 5), struct.unpack('<3?', b'\x00\x01\x02'))
data = struct.pack('<hhl', 1, 2, 3)
print(data, struct.unpack('<hhl', data), struct.pack('>hhl', 1, 2, 3), struct.pack('!I', 0xDEADBEEF), struct.pack('@bi', 1, 2))
rec = struct.pack('<4sIf?', b'abcd', 7, 2.5, True)
print(rec, struct.unpack('<4sIf?', rec))
for x in [0.0, -0.0, 1.0, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), 3.141592653589793, 1e-40, 1e-46, 65519.0, 6e-8, 1e-5]:
    out = []
    for f in ['<d', '>f', '<e']:
        try:
            b = struct.pack(f, x); out.append((b.hex(), struct.unpack(f, b)[0]))
        except OverflowError as e:
            out.append(str(e))
    print(x, out)
print(struct.pack('<d', float('nan')).hex(), struct.pack('<f', float('nan')).hex(), struct.unpack('<d', struct.pack('<d', float('nan'))))
s = struct.Struct('<HH')
print(s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x04\x00')), s.unpack_from(b'xx\x01\x00\x02\x00', 2))
buf = bytearray(8); s.pack_into(buf, 2, 5, 6); print(buf)
try: s.unpack_from(b'abc', 1)
except struct.error as e: print(e)
try: list(s.iter_unpack(b'abc'))
except struct.error as e: print(e)
print(struct.unpack('<q', struct.pack('<q', -2**63)), struct.unpack('>Q', b'\xff' * 8), struct.unpack('bB', b'\xff\xff'), struct.pack('<i', True))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'), struct.pack('2i', 1, 2), struct.unpack('<2h2x', b'\x01\x00\x02\x00\x00\x00'))
