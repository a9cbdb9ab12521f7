# urllib.request: urlopen, SIMULATED. The page makes no network request:
# each download is a real wait (time.sleep, which releases the GIL, as a
# socket read does) followed by a page of the size the articles measured for
# their four sites; any other http(s) URL gets the default below. data: URLs
# are decoded for real, as CPython does, without any wait.

import time
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, unquote_to_bytes

# Host: (seconds to wait, bytes of the page), as the articles measured them.
SIMULATED_SITES = {
    "python.org": (0.45, 50234),
    "google.com": (0.38, 15632),
    "github.com": (0.52, 98745),
    "stackoverflow.com": (0.41, 67821),
}
# Any other host.
SIMULATED_DEFAULT = (0.25, 10000)
SIMULATED_NOTICE = "urllib.request.urlopen is simulated on this page: no network request is made"


class _Headers:
    """The response's headers (an email.message.Message in CPython)."""

    def __init__(self, pairs):
        self._pairs = list(pairs)

    def get(self, name, default=None):
        for key, value in self._pairs:
            if key.lower() == name.lower():
                return value
        return default

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def items(self):
        return list(self._pairs)

    def keys(self):
        return [k for k, _ in self._pairs]

    def values(self):
        return [v for _, v in self._pairs]

    def get_content_type(self):
        return (self.get("Content-Type") or "text/plain").split(";")[0].strip().lower()

    def get_content_charset(self, failobj=None):
        for part in (self.get("Content-Type") or "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset":
                return value.strip('"').lower()
        return failobj

    def __str__(self):
        return "".join(f"{k}: {v}\n" for k, v in self._pairs) + "\n"


class HTTPResponse:
    """What urlopen returns: read() the body, status, headers, with/close."""

    def __init__(self, url, body, status, reason, headers):
        self.url = url
        self._body = body
        self._at = 0
        self.status = status
        self.code = status
        self.reason = reason
        self.headers = _Headers(headers)
        self.msg = reason
        self.closed = False

    def read(self, amt=None):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if amt is None or amt < 0:
            end = len(self._body)
        else:
            end = min(len(self._body), self._at + amt)
        chunk = self._body[self._at:end]
        self._at = end
        return chunk

    def readline(self, limit=-1):
        end = self._body.find(b"\n", self._at)
        end = len(self._body) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._at + limit)
        line = self._body[self._at:end]
        self._at = end
        return line

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return iter(self.readlines())

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def getheader(self, name, default=None):
        return self.headers.get(name, default)

    def getheaders(self):
        return list(self.headers.items())

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return f"<http.client.HTTPResponse object (simulated) for {self.url}>"


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers)
        self.method = method

    def get_method(self):
        if self.method is not None:
            return self.method
        return "POST" if self.data is not None else "GET"

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def get_full_url(self):
        return self.full_url

    @property
    def host(self):
        return urlsplit(self.full_url).netloc


def _page(host, size):
    """`size` bytes of an HTML page, the same every time for a host."""
    head = f"<!doctype html>\n<html><head><title>{host} (simulated)</title></head><body>\n".encode()
    tail = b"</body></html>\n"
    line = f"<p>A page of {host}, made up by the page: {SIMULATED_NOTICE}.</p>\n".encode()
    room = max(0, size - len(head) - len(tail))
    body = (line * (room // len(line) + 1))[:room]
    return (head + body + tail)[:size]


def _b64decode(text):
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    bits = 0
    count = 0
    out = bytearray()
    for c in text:
        if c == 61:  # "="
            break
        at = alphabet.find(bytes([c]))
        if at < 0:
            continue
        bits = (bits << 6) | at
        count += 6
        if count >= 8:
            count -= 8
            out.append((bits >> count) & 0xFF)
    return bytes(out)


def _open_data(url):
    """A data: URL, decoded (RFC 2397), as CPython's DataHandler does."""
    try:
        header, data = url[5:].split(",", 1)
    except ValueError:
        raise ValueError("data error", "bad data URL")
    data = unquote_to_bytes(data)
    if header.endswith(";base64"):
        data = _b64decode(data)
        header = header[:-7]
    if not header:
        header = "text/plain;charset=US-ASCII"
    headers = [("Content-type", header), ("Content-length", str(len(data)))]
    return HTTPResponse(url, data, None, None, headers)


def urlopen(url, data=None, timeout=None, *, cafile=None, capath=None, cadefault=False, context=None):
    if isinstance(url, Request):
        url = url.full_url
    if not isinstance(url, str):
        raise TypeError(f"expected string or Request, not {type(url).__name__}")
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme:
        raise ValueError(f"unknown url type: {url!r}")
    if parts.scheme == "data":
        return _open_data(url)
    if parts.scheme not in ("http", "https"):
        raise URLError(f"unknown url type: {parts.scheme}")
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if not host:
        raise URLError("no host given")
    seconds, size = SIMULATED_SITES.get(host, SIMULATED_DEFAULT)
    time.sleep(seconds)
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Length", str(size)),
        ("X-Simulated", SIMULATED_NOTICE),
    ]
    return HTTPResponse(url, _page(host, size), 200, "OK", headers)
