"""`kg serve` as a separate process, and a bounded load test: 50 concurrent clients on loopback."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from query_fixtures import free_port

from kg.query import prepare

pytestmark = pytest.mark.slow

CLIENTS = 50
REQUESTS_PER_CLIENT = 8
QUERIES = ["co-builders", "platform-tiers", "documents-mentioning", "most-connected", "evidence", "policies-by-issuer"]


@pytest.fixture(scope="module")
def served(mini_build):
    """`kg serve DIR --port N` in a subprocess; stopped by its pid at the end."""
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    cmd = [str(kg), "serve", str(mini_build), "--port", str(port), "--timeout", "5", "--max-rows", "2000"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.time() > deadline or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("kg serve did not start: " + (proc.stdout.read() or b"").decode())
        time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_kg_serve_answers(served):
    r = httpx.post(served + "/sparql", data={"query": prepare("co-builders").text})
    names = {b["orgName"]["value"] for b in r.json()["results"]["bindings"]}
    assert names == {"浙江省能源集团", "浙江大学", "西湖大学"}


def test_fifty_concurrent_clients(served):
    texts = [prepare(q).text for q in QUERIES]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(CLIENTS)

    def client(i: int) -> None:
        with httpx.Client(timeout=30) as c:
            barrier.wait()
            for j in range(REQUESTS_PER_CLIENT):
                text = texts[(i + j) % len(texts)]
                started = time.perf_counter()
                try:
                    r = c.post(served + "/sparql", data={"query": text})
                    ok = r.status_code == 200 and "results" in r.json()
                    err = None if ok else f"HTTP {r.status_code}: {r.text[:100]}"
                except httpx.HTTPError as exc:
                    err = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if err:
                        errors.append(err)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    wall = time.perf_counter() - started
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
    print(f"\nload test: {CLIENTS} clients x {REQUESTS_PER_CLIENT} requests = {len(latencies)} in {wall:.1f} s "
          f"({len(latencies) / wall:.0f} req/s); p50 {p50:.0f} ms, p99 {p99:.0f} ms, errors {len(errors)}")
    assert not errors, errors[:5]
    assert len(latencies) == CLIENTS * REQUESTS_PER_CLIENT
    assert p99 < 10_000
