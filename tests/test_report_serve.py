"""Tests for analyzer.serve over loopback HTTP (no browser): form, report, limits, errors.

Texts here are fictional.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

from analyzer import serve as serve_mod
from analyzer.serve import MAX_UPLOAD_BYTES, parse_form

TEXT = ('PORT ELLIN - Mayor Ada Brenn said on Monday that the new ferry "will sail by June." '
        'The pier was built in 1911.\n\nCritics claimed the budget was short.\n')


@pytest.fixture(scope="module")
def base(serve_url):
    return serve_url


def post(url: str, fields: dict[str, str], headers: dict[str, str] | None = None):
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        response = urllib.request.urlopen(request, timeout=60)
        return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode()


def multipart(fields: dict[str, str], file: tuple[str, bytes] | None) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    if file:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file[0]}"\r\n'
                     f'Content-Type: text/plain\r\n\r\n'.encode() + file[1] + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def test_form_page_is_served_with_a_strict_policy(base):
    response = urllib.request.urlopen(base + "/", timeout=30)
    html = response.read().decode()
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "form-action 'self'" in csp and "script-src 'sha256-" in csp
    assert '<form class="paste" method="post" action="/report"' in html
    assert response.headers["Cache-Control"] == "no-store"


def test_pasted_text_gives_its_report(base):
    status, headers, html = post(base + "/report", {"text": TEXT, "format": "plain", "title": "Ferry <b>news</b>",
                                                    "action": "show"})
    assert status == 200
    assert "Content-Disposition" not in headers
    assert "<h1>Ferry &lt;b&gt;news&lt;/b&gt;</h1>" in html
    assert "The article, marked up" in html
    assert 'class="worksheet"' in html and "Analyse another article" in html


def test_save_returns_a_download(base):
    status, headers, html = post(base + "/report", {"text": TEXT, "format": "plain", "title": "Ferry news",
                                                    "action": "save"})
    assert status == 200
    assert headers["Content-Disposition"] == 'attachment; filename="Ferry-news.html"'


def test_file_upload_without_scripts(base):
    body, ctype = multipart({"format": "auto", "action": "show"}, ("ferry.txt", TEXT.encode("utf-8")))
    request = urllib.request.Request(base + "/report", data=body, headers={"Content-Type": ctype})
    html = urllib.request.urlopen(request, timeout=60).read().decode()
    assert "The article, marked up" in html
    assert "Mayor Ada Brenn" in html


# (form fields, expected status, phrase shown on the page)
BAD_INPUTS = [
    ({"text": "   "}, 200, "paste some text or pick a file first."),
    ({"text": TEXT, "format": "pdf"}, 200, "choose one of the input kinds"),
    ({"text": "x" * (serve_mod.MAX_TEXT_CHARS + 1)}, 413, "too long"),
]


@pytest.mark.parametrize("fields, status, phrase", BAD_INPUTS)
def test_bad_input_is_explained_on_the_form(base, fields, status, phrase):
    got, _headers, html = post(base + "/report", fields)
    assert got == status
    assert phrase in html
    assert 'role="alert"' in html
    assert "Traceback" not in html


def test_too_large_request_is_refused_before_reading(base):
    body = b"text=" + b"x" * (MAX_UPLOAD_BYTES + 200_000)
    request = urllib.request.Request(base + "/report", data=body,
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=60)
    assert err.value.code == 413
    assert "too large" in err.value.read().decode()


def test_a_crash_in_a_stage_shows_no_traceback(base, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("analyzer.pipeline.analyze", boom)
    status, _h, html = post(base + "/report", {"text": TEXT})
    assert status == 500
    assert "the analysis failed on this input" in html
    assert "secret internal detail" not in html and "Traceback" not in html


def test_hostile_text_is_escaped_when_refilled(base):
    payload = "</textarea><script>window.__pwned=1</script>"
    status, _h, html = post(base + "/report", {"text": payload, "format": "pdf"})
    assert status == 200
    assert payload not in html
    assert "&lt;/textarea&gt;&lt;script&gt;" in html


def test_foreign_host_header_is_refused(base):
    request = urllib.request.Request(base + "/", headers={"Host": "evil.example:8765"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=30)
    assert err.value.code == 400


def test_unknown_path_is_404_on_the_form(base):
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(base + "/etc/passwd", timeout=30)
    assert err.value.code == 404


PARSE_CASES = [
    ("application/x-www-form-urlencoded", b"text=a%20b&format=plain", {"text": "a b", "format": "plain"}, None),
    ("multipart/form-data; boundary=zz",
     b'--zz\r\nContent-Disposition: form-data; name="text"\r\n\r\nh\xc3\xa9\r\n--zz--\r\n', {"text": "hé"}, None),
]


@pytest.mark.parametrize("ctype, body, fields, upload", PARSE_CASES)
def test_parse_form(ctype, body, fields, upload):
    assert parse_form(ctype, body) == (fields, upload)


def test_parse_form_refuses_other_types():
    with pytest.raises(serve_mod.FormError):
        parse_form("application/json", b"{}")
