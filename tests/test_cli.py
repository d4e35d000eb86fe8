"""The kg command, run through its console-script entry point as a user would."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")


def kg(*args, cwd=ROOT, timeout=600):
    return subprocess.run([KG, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def commands():
    import typer.main

    from kg.cli import app
    return sorted(typer.main.get_command(app).commands)


def test_every_command_has_help():
    assert {"build", "validate", "stats", "export"} <= set(commands())
    top = kg("--help")
    assert top.returncode == 0
    for command in commands():
        assert command in top.stdout
        r = kg(command, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout, command


def test_every_command_and_option_is_documented():
    import typer.main

    from kg.cli import app
    readme = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"## `kg {name}" in readme, f"`kg {name}` is not documented in docs/cli.md"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}" in readme, f"option {opt} of `kg {name}` is not documented in docs/cli.md"


def test_build_from_the_command_line_then_validate_stats_export(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "news.txt").write_bytes(
        "白马湖实验室由浙江省能源集团牵头，联合浙江大学、西湖大学共建。".encode("gbk"))
    (docs / "empty.txt").write_text("")
    out = tmp_path / "out"
    r = kg("build", docs, "--out", out, "--quiet", "--no-maps")
    assert r.returncode == 0, r.stderr
    assert "skipped: E002" in r.stderr and "empty.txt" in r.stderr
    assert "built" in r.stdout
    r = kg("validate", out)
    assert r.returncode == 0, r.stdout + r.stderr
    r = kg("stats", out, "--format", "json")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["entities_by_type"]["University"] >= 2
    r = kg("export", out, "--format", "turtle", "--format", "graphml", "--out", tmp_path / "exp")
    assert r.returncode == 0 and (tmp_path / "exp" / "kg.ttl").exists() and (tmp_path / "exp" / "network.graphml").exists()
    r = kg("build", docs, "--out", tmp_path / "strict", "--quiet", "--strict", "--no-maps")
    assert r.returncode != 0 and "E103" in r.stderr and not (tmp_path / "strict").exists()


@pytest.mark.parametrize("args,code", [
    (("build", "no/such/folder", "--out", "{tmp}/o", "--quiet"), "E001"),
    (("stats", "{tmp}/nothing"), "E101"),
    (("validate", "{tmp}/nothing"), "E101"),
    (("export", "{tmp}/nothing", "--format", "docx"), "E302"),
])
def test_errors_are_one_line_and_exit_non_zero(tmp_path, args, code):
    r = kg(*[a.format(tmp=tmp_path) for a in args])
    assert r.returncode != 0
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert any(code in l for l in lines), r.stderr
    assert "Traceback" not in r.stderr
