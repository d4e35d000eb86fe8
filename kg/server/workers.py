"""Query worker processes that can be stopped.

A pyoxigraph query cannot be interrupted from Python (the evaluation runs in Rust
and never checks for signals or thread cancellation), so each query runs in a
worker *process* holding its own read-only handle on the store. When a query
exceeds the time limit, the server kills that worker, answers the client with an
error and starts a fresh worker; the other workers keep serving meanwhile.

>>> pool = WorkerPool("build/store", size=0)   # size 0: no processes, for the doctest
>>> pool.size
0
"""
from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

#: spawn, not fork: the server process runs threads (uvicorn, tokio inside pyoxigraph)
_CTX = mp.get_context("spawn")


@dataclass
class Answer:
    status: int  # HTTP status
    media_type: str
    body: bytes
    seconds: float = 0.0


def _identity(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _worker_main(store_path: str, conn) -> None:  # runs in the child process
    import pyoxigraph as ox

    from kg.errors import KGError
    from kg.query.formats import media_type, serialize
    from kg.query.run import execute

    store = ox.Store.read_only(store_path)
    opened = _identity(store_path)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        text, fmt_for, max_rows, dataset = job
        started = time.perf_counter()
        try:
            # `kg build` swaps in a new build directory atomically: follow it (a read-only
            # handle is a snapshot of the store as it was when opened)
            current = _identity(store_path)
            if current != opened:
                store, opened = ox.Store.read_only(store_path), current
            result = execute(store, text, max_rows=max_rows, **dataset)
            fmt = fmt_for["graph" if result.form == "graph" else "select"]
            answer = Answer(200, media_type(result.form, fmt), serialize(result, fmt))
        except KGError as err:
            msg = str(err)
            status = 400 if msg.startswith(("E201", "E209", "E211")) else 403 if msg.startswith("E207") else 500
            if msg.startswith("E206"):
                status = 413
            answer = Answer(status, "text/plain; charset=utf-8", (msg + "\n").encode())
        except Exception as exc:  # an engine error must not kill the worker
            answer = Answer(500, "text/plain; charset=utf-8", f"E211 query failed while running: {exc}\n".encode())
        answer.seconds = time.perf_counter() - started
        conn.send(answer)


class Worker:
    def __init__(self, store_path: str):
        self.conn, child = _CTX.Pipe()
        self.process = _CTX.Process(target=_worker_main, args=(store_path, child), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(60) or self.conn.recv() != "ready":
            self.kill()
            raise RuntimeError(f"query worker did not start on {store_path}")

    def run(self, job, timeout: float) -> Answer | None:
        """Send a job and wait; None when the time limit passed (the worker must then be killed)."""
        self.conn.send(job)
        if self.conn.poll(timeout):
            return self.conn.recv()
        return None

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query workers handed out to requests one at a time."""

    def __init__(self, store_path: str | Path, size: int = 2):
        self.store_path = str(store_path)
        self.size = size
        self._idle: asyncio.Queue | None = None
        self._all: list[Worker] = []
        self._lock = threading.Lock()

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        loop = asyncio.get_running_loop()
        workers = await asyncio.gather(*[loop.run_in_executor(None, Worker, self.store_path) for _ in range(self.size)])
        for w in workers:
            self._all.append(w)
            self._idle.put_nowait(w)

    async def stop(self) -> None:
        for w in self._all:
            w.kill()
        self._all.clear()

    async def run(self, text: str, fmt_for: dict, max_rows: int, timeout: float, dataset: dict | None = None) -> Answer | None:
        """Run one query on an idle worker; None on timeout (that worker is replaced).

        ``dataset`` may hold ``default_graphs`` / ``named_graphs`` (lists of IRIs).
        """
        assert self._idle is not None, "WorkerPool.start() was not awaited"
        loop = asyncio.get_running_loop()
        worker: Worker = await self._idle.get()
        try:
            answer = await loop.run_in_executor(None, worker.run, (text, fmt_for, max_rows, dataset or {}), timeout)
        except (EOFError, OSError, BrokenPipeError):  # the worker died (e.g. out of memory)
            answer = Answer(500, "text/plain; charset=utf-8", b"E211 query failed while running: worker died\n")
            worker = await self._replace(worker)
            self._idle.put_nowait(worker)
            return answer
        if answer is None:
            worker = await self._replace(worker)
        self._idle.put_nowait(worker)
        return answer

    async def _replace(self, worker: Worker) -> Worker:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, worker.kill)
        fresh = await loop.run_in_executor(None, Worker, self.store_path)
        with self._lock:
            self._all = [w for w in self._all if w is not worker] + [fresh]
        return fresh
