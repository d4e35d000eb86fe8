"""`kg push` and `kg query --endpoint` against a real Virtuoso started on 127.0.0.1 for this module."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from query_fixtures import free_port

from kg.errors import KGError
from kg.push import push_build, push_store
from kg.query import prepare, run_query
from kg.query.remote import query_endpoint
from kg.store import open_store

pytestmark = [pytest.mark.virtuoso, pytest.mark.slow]

VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
VSP = "/var/lib/virtuoso-opensource-7/vsp"

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 60
DirsAllowed = ., {d}
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {vsp}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A fresh Virtuoso (Debian virtuoso-opensource) with its own database in a temp dir; yields its base URL."""
    if not Path(VIRTUOSO).exists():
        pytest.skip("virtuoso-t not installed (Debian package virtuoso-opensource; .ci/run installs it)")
    d = tmp_path_factory.mktemp("virtuoso")
    http = free_port()
    (d / "virtuoso.ini").write_text(INI.format(d=d, sql=free_port(), http=http, vsp=VSP if Path(VSP).is_dir() else d))
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(d / "virtuoso.ini")],
                            cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    deadline = time.time() + 90
    while True:
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.time() > deadline or proc.poll() is not None:
            proc.kill()
            log = (d / "virtuoso.log").read_text(errors="replace")[-2000:] if (d / "virtuoso.log").exists() else ""
            pytest.fail("Virtuoso did not start:\n" + log)
        time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def pushed(virtuoso, mini_build):
    report = push_build(mini_build, virtuoso + "/sparql-graph-crud-auth", user="dba", password="dba")
    return virtuoso, report


def _graph_counts(result) -> dict[str, int]:
    return {r["g"]: int(r["n"]) for r in result.records() if r["g"].startswith("https://w3id.org/innokg/")}


COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def test_push_preserves_named_graphs(pushed, mini_build):
    url, report = pushed
    local = _graph_counts(run_query(open_store(mini_build), COUNTS))
    assert report.graphs == len(local) == 5 and report.triples == sum(local.values()) == 727
    assert _graph_counts(query_endpoint(url + "/sparql", COUNTS)) == local


def test_push_again_replaces_rather_than_duplicates(pushed, mini_build):
    url, _ = pushed
    push_build(mini_build, url + "/sparql-graph-crud-auth", user="dba", password="dba")
    remote = _graph_counts(query_endpoint(url + "/sparql", COUNTS))
    assert sum(remote.values()) == 727


@pytest.mark.parametrize("name", ["co-builders", "platform-tiers", "documents-mentioning", "evidence", "tier-evidence",
                                  "universities-cooperating", "only-in-document"])
def test_named_queries_on_virtuoso_match_local(pushed, mini_build, name):
    url, _ = pushed
    params = {"a": "4960", "b": "ede1"} if name == "only-in-document" else {}
    text = prepare(name, params).text
    local = run_query(open_store(mini_build), text)
    remote = query_endpoint(url + "/sparql", text)
    assert remote.variables == local.variables
    assert _canonical(remote.records()) == _canonical(local.records())
    assert len(local) > 0


def _canonical(rows):
    """Rows comparable across engines: GROUP_CONCAT order is unspecified in SPARQL, so sort its parts."""
    def value(v):
        return ", ".join(sorted(str(v).split(", "))) if v and ", " in str(v) else str(v)
    return sorted(tuple(sorted((k, value(v)) for k, v in r.items())) for r in rows)


def test_cli_query_endpoint(pushed):
    url, _ = pushed
    out = subprocess.run([str(Path(sys.executable).parent / "kg"), "query", "co-builders", "--endpoint", url + "/sparql",
                          "--format", "csv"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert set(out.stdout.splitlines()[1:]) >= {
        "leads,https://w3id.org/innokg/id/enterprise/zhe-jiang-sheng-neng-yuan-ji-tuan,浙江省能源集团,1"}


def test_truncation_at_result_set_max_rows_is_detected(virtuoso):
    big = ox.Store()
    g = ox.NamedNode("http://example.org/big")
    p = ox.NamedNode("http://example.org/p")
    big.extend(ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(str(i)), g) for i in range(12_000))
    report = push_store(big, virtuoso + "/sparql-graph-crud-auth", user="dba", password="dba", chunk=5_000)
    assert report.triples == 12_000
    q = "SELECT ?s WHERE { GRAPH <http://example.org/big> { ?s ?p ?o } }"
    result = query_endpoint(virtuoso + "/sparql", q)
    assert len(result) == 10_000 and result.truncated_at == 10_000
    ok = query_endpoint(virtuoso + "/sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/big> { ?s ?p ?o } }")
    assert ok.truncated_at is None and ok.column("n") == ["12000"]
    out = subprocess.run([str(Path(sys.executable).parent / "kg"), "query", q, "--endpoint", virtuoso + "/sparql",
                          "--format", "tsv"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 3
    assert "E212" in out.stderr and "10000" in out.stderr


def test_wrong_password_is_a_clear_error(virtuoso, mini_build):
    with pytest.raises(KGError, match=r"E213 push to .* failed for graph .*: HTTP 401"):
        push_build(mini_build, virtuoso + "/sparql-graph-crud-auth", user="dba", password="wrong")


def test_unreachable_endpoint_is_a_clear_error():
    with pytest.raises(KGError, match="E208 endpoint http://127.0.0.1:9/sparql failed"):
        query_endpoint("http://127.0.0.1:9/sparql", "ASK {}")
