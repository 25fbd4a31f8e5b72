"""The paste-in page for classrooms (issue 6): a local web page that reports on one article.

In: HTTP requests on a local address (127.0.0.1 by default) —
``GET /`` the form; ``POST /report`` with form data: ``text`` (pasted, or
read from a picked file by the page's small script) or ``file`` (sent as a
file when scripts are off), ``format``, optional ``title``, ``outlet``,
``url``, and ``action`` (``show`` or ``save``).
Out: the article's report page (``render_article_page``), as a download
when ``action=save``; or the form again with the problem stated on it.

Nothing is stored: the text lives only for the request. Errors are shown as
plain sentences, never a traceback (the traceback goes to the server's
stderr). Only the standard library's ``http.server`` is used.
"""
from __future__ import annotations

import dataclasses
import email.parser
import email.policy
import re
import sys
import traceback
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from analyzer.config import Options
from analyzer.report.render import (
    STYLE_PARTIAL, csp_for, partial_hash, render_article_page, render_template,
)

# A saved news page is 50-500 KB of HTML; 2 MB leaves room for pages with
# inline scripts while keeping one request's analysis to a few seconds.
MAX_UPLOAD_BYTES = 2_000_000
# Room for the form's other fields next to the file or text.
FORM_OVERHEAD_BYTES = 100_000
# Oversized bodies up to this size are read and dropped so the error page
# reaches the browser; beyond it the connection is simply closed.
DRAIN_LIMIT_BYTES = 10 * MAX_UPLOAD_BYTES
# Text characters accepted from the text box (after decoding).
MAX_TEXT_CHARS = 1_000_000
SERVE_SCRIPT_PARTIAL = "_serve.js"
FORMATS = (("auto", "Let the tool guess"), ("dump", "Text of a whole saved page (menus and all)"),
           ("html", "HTML of a saved page"), ("plain", "Just the article text"))
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
FILENAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class FormError(ValueError):
    """A request the page can explain to its user."""

    # A form shown again with its problem is an ordinary page (200), as form
    # frameworks do; a 4xx would also log a console error in the browser.
    def __init__(self, message: str, status: HTTPStatus = HTTPStatus.OK) -> None:
        super().__init__(message)
        self.status = status


def _form_csp() -> str:
    return ("default-src 'none'; base-uri 'none'; form-action 'self'; "
            f"style-src {partial_hash(STYLE_PARTIAL)}; script-src {partial_hash(SERVE_SCRIPT_PARTIAL)}")


def form_page(error: str = "", fields: dict[str, str] | None = None) -> str:
    """The paste-in form, refilled with what the user sent when there was a problem."""
    fields = fields or {}
    page = {
        "error": error, "text": fields.get("text", ""), "format": fields.get("format", "auto"),
        "title": fields.get("title", ""), "outlet": fields.get("outlet", ""), "url": fields.get("url", ""),
        "formats": [{"value": v, "label": label} for v, label in FORMATS],
        "max_bytes": MAX_UPLOAD_BYTES, "max_kb": MAX_UPLOAD_BYTES // 1000, "max_chars": MAX_TEXT_CHARS,
    }
    return render_template("serve.html", page=page, csp=_form_csp())


def parse_form(content_type: str, body: bytes) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """Form fields (text) and the uploaded file (name, bytes) if one was sent."""
    if content_type.startswith("application/x-www-form-urlencoded"):
        pairs = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return {k: v[0] for k, v in pairs.items()}, None
    if not content_type.startswith("multipart/form-data"):
        raise FormError("the form was sent in a way this page does not understand.")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise FormError("the form data could not be read.")
    fields: dict[str, str] = {}
    upload = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if name == "file":
            if filename and data:
                upload = (filename, data)
        elif isinstance(name, str):
            fields[name] = data.decode("utf-8", "replace")
    return fields, upload


def _metadata(fields: dict[str, str]) -> dict[str, str]:
    return {k: fields[k].strip() for k in ("title", "outlet", "url") if fields.get(k, "").strip()}


def analyze_form(fields: dict[str, str], upload: tuple[str, bytes] | None, options: Options) -> dict[str, Any]:
    """The analysis record for what the user sent; FormError for input the page can explain."""
    from analyzer.ingest import IngestError, article_from_bytes
    from analyzer.pipeline import analyze, analyze_article

    fmt = fields.get("format", "auto")
    if fmt not in {v for v, _l in FORMATS}:
        raise FormError("choose one of the input kinds in the list.")
    options = dataclasses.replace(options, format=fmt)
    metadata = _metadata(fields)
    text = fields.get("text", "").replace("\r\n", "\n")
    try:
        if upload is not None:
            name, data = upload
            article = article_from_bytes(data, name=name, format=fmt, metadata=metadata,
                                         max_bytes=MAX_UPLOAD_BYTES)
            return analyze_article(article, options).to_dict()
        if not text.strip():
            raise FormError("paste some text or pick a file first.")
        if len(text) > MAX_TEXT_CHARS:
            raise FormError(f"the text is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}).",
                            HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        name = fields.get("filename", "")
        if fmt == "auto" and name.lower().endswith((".html", ".htm")):
            fmt = "html"
        return analyze(text, format=fmt, id=_slug(name or metadata.get("title", "")) or "article",
                       options=options, **metadata).to_dict()
    except IngestError as exc:
        raise FormError(str(exc)) from exc


def _slug(text: str) -> str:
    return FILENAME_UNSAFE.sub("-", text).strip("-._")[:60]


def make_handler(options: Options, allowed_hosts: set[str] | None) -> type[BaseHTTPRequestHandler]:
    """A request handler bound to the run's options and the host names it answers to."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "analyzer-serve"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if not self._host_ok():
                return
            path = urllib.parse.urlsplit(self.path).path
            if path in ("/", "/index.html"):
                self._send(HTTPStatus.OK, form_page(), _form_csp())
            elif path == "/favicon.ico":
                self._send(HTTPStatus.NO_CONTENT, "", "")
            else:
                self._send(HTTPStatus.NOT_FOUND, form_page("there is no page at that address."), _form_csp())

        def do_POST(self) -> None:  # noqa: N802
            if not self._host_ok():
                return
            if urllib.parse.urlsplit(self.path).path != "/report":
                self._send(HTTPStatus.NOT_FOUND, form_page("there is no page at that address."), _form_csp())
                return
            fields: dict[str, str] = {}
            try:
                body = self._read_body()
                fields, upload = parse_form(self.headers.get("Content-Type", ""), body)
                record = analyze_form(fields, upload, options)
            except FormError as exc:
                self._send(exc.status, form_page(_sentence(str(exc)), _refill(fields)), _form_csp())
                return
            except Exception:  # any bug in a stage: say so on the page, keep the details in the log
                traceback.print_exc(file=sys.stderr)
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR,
                           form_page("the analysis failed on this input. This is a bug in the tool; "
                                     "the details are in the window where it runs.", _refill(fields)),
                           _form_csp())
                return
            html = render_article_page(record, index_href="/", back_label="Analyse another article",
                                       worksheet=True)
            download = ""
            if fields.get("action") == "save":
                download = (_slug(record.get("metadata", {}).get("title", "")) or "report") + ".html"
            self._send(HTTPStatus.OK, html, csp_for("article"), download=download)

        def _read_body(self) -> bytes:
            length = self.headers.get("Content-Length")
            if length is None or not length.isdigit():
                raise FormError("the request did not say how long it is.")
            if int(length) > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES:
                self._discard(int(length))
                raise FormError(f"the input is too large (the limit is {MAX_UPLOAD_BYTES // 1000} KB).",
                                HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return self.rfile.read(int(length))

        def _discard(self, length: int) -> None:
            # Reading a modestly oversized body lets the browser show our
            # message instead of a reset connection; a huge one is cut off.
            self.close_connection = True
            if length > DRAIN_LIMIT_BYTES:
                return
            while length > 0:
                chunk = self.rfile.read(min(length, 65536))
                if not chunk:
                    break
                length -= len(chunk)

        def _host_ok(self) -> bool:
            # A page on another site could point a name at 127.0.0.1 (DNS
            # rebinding); answering only to our own names keeps it out.
            if allowed_hosts is None:
                return True
            try:
                host = urllib.parse.urlsplit("//" + (self.headers.get("Host") or "")).hostname
            except ValueError:
                host = None
            if host in allowed_hosts:
                return True
            self._send(HTTPStatus.BAD_REQUEST, "", "")
            return False

        def _send(self, status: HTTPStatus, html: str, csp: str, download: str = "") -> None:
            data = html.encode("utf-8")
            self.send_response(status)
            if html:
                self.send_header("Content-Type", "text/html; charset=utf-8")
            if csp:
                self.send_header("Content-Security-Policy", csp)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("Cache-Control", "no-store")
            if download:
                self.send_header("Content-Disposition", f'attachment; filename="{download}"')
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if data and self.command != "HEAD":
                self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (base class signature)
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler


def _refill(fields: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in fields.items() if k in ("text", "format", "title", "outlet", "url")}


def _sentence(message: str) -> str:
    message = message.strip() or "the input could not be read"
    return message if message.endswith((".", "!", "?")) else message + "."


def make_server(host: str = "127.0.0.1", port: int = 8765, options: Options | None = None) -> ThreadingHTTPServer:
    """A ready server (port 0 picks a free port); ``serve`` runs one until Ctrl+C."""
    allowed = set(LOOPBACK_NAMES) if host in LOOPBACK_NAMES else None
    server = ThreadingHTTPServer((host, port), make_handler(options or Options(), allowed))
    server.daemon_threads = True
    return server


def serve(host: str = "127.0.0.1", port: int = 8765, options: Options | None = None) -> None:
    """Serve the paste-in page until interrupted."""
    server = make_server(host, port, options)
    shown_host = f"[{host}]" if ":" in host else host
    print(f"Paste-in page on http://{shown_host}:{server.server_address[1]}/ — press Ctrl+C to stop.",
          file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


__all__ = ["serve", "make_server", "form_page", "parse_form", "analyze_form"]
