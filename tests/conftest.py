"""Fixtures shared by several test modules."""
import threading

import pytest


@pytest.fixture(scope="module")
def serve_url():
    """The paste-in page (analyzer.serve) on a free loopback port, for one test module."""
    from analyzer.serve import make_server

    server = make_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
