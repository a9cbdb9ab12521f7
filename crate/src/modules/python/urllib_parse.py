# urllib.parse: splitting URLs (urlparse, urlsplit, urljoin for the common
# cases), and quoting (quote, unquote, quote_plus, unquote_plus,
# unquote_to_bytes, urlencode, parse_qs, parse_qsl).

from collections import namedtuple

_SAFE = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"

_ParseResultBase = namedtuple("ParseResult", "scheme netloc path params query fragment")
_SplitResultBase = namedtuple("SplitResult", "scheme netloc path query fragment")


class _NetlocParts:
    @property
    def hostname(self):
        host = self.netloc.rpartition("@")[2]
        if host.startswith("["):
            return host[1:host.find("]")].lower() or None
        host = host.partition(":")[0]
        return host.lower() or None

    @property
    def port(self):
        host = self.netloc.rpartition("@")[2]
        if host.startswith("["):
            host = host[host.find("]") + 1:]
        _, colon, port = host.partition(":")
        if not colon or not port:
            return None
        if not port.isdigit() or not 0 <= int(port) <= 65535:
            raise ValueError("Port out of range 0-65535")
        return int(port)

    @property
    def username(self):
        user, at, _ = self.netloc.rpartition("@")
        return user.partition(":")[0] if at else None

    @property
    def password(self):
        user, at, _ = self.netloc.rpartition("@")
        if not at or ":" not in user:
            return None
        return user.partition(":")[2]

    def geturl(self):
        return urlunsplit((self.scheme, self.netloc, self.path, self.query, self.fragment))


class ParseResult(_ParseResultBase, _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class SplitResult(_SplitResultBase, _NetlocParts):
    __slots__ = ()


def _scheme_chars(text):
    return all(c.isalnum() or c in "+-." for c in text)


def urlsplit(url, scheme="", allow_fragments=True):
    netloc = query = fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0].isalpha() and _scheme_chars(url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == "//":
        end = len(url)
        for c in "/?#":
            at = url.find(c, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ""
    if ";" in path:
        slash = path.rfind("/")
        semi = path.find(";", slash + 1 if slash >= 0 else 0)
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(parts):
    scheme, netloc, url, query, fragment = parts
    if netloc or (scheme and url[:2] != "//" and scheme in ("http", "https", "ftp", "file")):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(parts):
    scheme, netloc, url, params, query, fragment = parts
    if params:
        url = f"{url};{params}"
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, "", allow_fragments)
    u = urlparse(url, b.scheme, allow_fragments)
    if u.scheme and u.scheme != b.scheme:
        return url
    scheme = b.scheme
    if u.netloc:
        return urlunparse((scheme, u.netloc, u.path, u.params, u.query, u.fragment))
    if not u.path and not u.params:
        return urlunparse((scheme, b.netloc, b.path, b.params, u.query or b.query, u.fragment))
    if u.path.startswith("/"):
        segments = u.path.split("/")
    else:
        segments = b.path.split("/")[:-1] + u.path.split("/")
    resolved = []
    for seg in segments[1:] if segments and segments[0] == "" else segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg != ".":
            resolved.append(seg)
    if segments and segments[-1] in (".", ".."):
        resolved.append("")
    return urlunparse((scheme, b.netloc, "/" + "/".join(resolved), u.params, u.query, u.fragment))


def quote_from_bytes(bs, safe="/"):
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    keep = _SAFE + bytes(safe)
    return "".join(chr(b) if b in keep else f"%{b:02X}" for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        string = string.encode(encoding or "utf-8", errors or "strict")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if isinstance(string, str) and " " not in string or isinstance(string, bytes) and b" " not in string:
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        safe = safe + " "
    else:
        safe = safe + b" "
    return quote(string, safe, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode("utf-8")
    out = bytearray()
    i = 0
    hexdigits = b"0123456789abcdefABCDEF"
    while i < len(string):
        b = string[i]
        if b == 37 and i + 2 < len(string) + 0 and string[i + 1] in hexdigits and string[i + 2] in hexdigits:
            out.append(int(string[i + 1:i + 3].decode("ascii"), 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    if "%" not in string:
        return string
    return unquote_to_bytes(string).decode(encoding, errors)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    parts = []
    for k, v in query:
        k = quote_via(k if isinstance(k, (str, bytes)) else str(k), safe)
        items = None
        if doseq and not isinstance(v, (str, bytes)):
            try:
                items = list(v)
            except TypeError:
                items = None
        if items is not None:
            for item in items:
                parts.append(k + "=" + quote_via(item if isinstance(item, (str, bytes)) else str(item), safe))
        else:
            parts.append(k + "=" + quote_via(v if isinstance(v, (str, bytes)) else str(v), safe))
    return "&".join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace", separator="&"):
    pairs = []
    for field in qs.split(separator):
        if not field:
            continue
        name, eq, value = field.partition("=")
        if not eq and strict_parsing:
            raise ValueError(f"bad query field: {field!r}")
        if value or keep_blank_values:
            pairs.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace", separator="&"):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, separator):
        result.setdefault(name, []).append(value)
    return result
