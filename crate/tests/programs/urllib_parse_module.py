from urllib.parse import urlparse, urlsplit, urljoin, quote, unquote, quote_plus, unquote_plus, urlencode, parse_qs, parse_qsl, urlunparse
u = urlparse("https://user:pw@www.Example.com:8080/a/b;p?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), urlunparse(u))
print(urlsplit("http://python.org/downloads/?x=1"))
print(urlparse("data:text/plain,hello"))
for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "/g"),
                  ("http://a/b/c/d;p?q", "//x/y"), ("http://a/b/c/d", "?y"), ("http://a/b/c/d", "#s"), ("http://a/b/", "c/./d/../e")]:
    print(base, rel, "->", urljoin(base, rel))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("a%20b%C3%A9"), unquote_plus("a+b%21"))
print(urlencode({"q": "gil playground", "n": 3}), urlencode([("a", [1, 2])], doseq=True))
print(parse_qs("a=1&b=2&a=3&c="), parse_qsl("a=1&b=&c=3", keep_blank_values=True))
