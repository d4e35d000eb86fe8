"""Helpers for the query, server and push tests: small builds and a live server on loopback."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox


def make_build(out: Path, trig: Path) -> Path:
    """A minimal build directory: ``store/`` bulk-loaded from a TriG file, and ``maps/index.html``."""
    (out / "maps").mkdir(parents=True, exist_ok=True)
    (out / "maps" / "index.html").write_text("<!DOCTYPE html><title>maps</title><p>maps index</p>", encoding="utf-8")
    store = ox.Store(str(out / "store"))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store  # release the read-write handle: workers open the store read-only
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(build_dir: Path, **kwargs):
    """Run ``create_app(build_dir, **kwargs)`` with uvicorn on 127.0.0.1:<free port> in a thread.

    Yields the base URL; stops the server (and its worker processes) on exit.
    """
    import uvicorn

    from kg.server import create_app

    port = free_port()
    app = create_app(build_dir, **kwargs)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)
