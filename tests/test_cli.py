import json

import numpy as np
import pytest

from accel.cli import main
from accel.config import preset


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo")
    ck, js = d / "mlp.pt", d / "demo.json"
    rc = main(["demo", "--epochs", "2", "--hidden", "32", "--images", "40", "--preset",
               "ice40-up5k", "--checkpoint", str(ck), "--json", str(js), "-q"])
    return rc, ck, json.loads(js.read_text()), d


def test_demo_json(demo_run):
    rc, ck, out, _ = demo_run
    assert rc == 0 and ck.exists()
    for k in ("torch_accuracy", "model_accuracy", "mismatches", "cycles_per_inference",
              "energy_pj_per_inference", "layers", "inferences_per_second"):
        assert k in out
    assert out["mismatches"] == 0 and out["hidden_mismatches"] == 0
    assert out["torch_accuracy"] == out["model_accuracy"] and out["images"] == 40
    assert out["cycles_per_inference"] > 0 and out["energy_pj_per_inference"] > 0
    assert {"name", "macs", "cycles", "utilization", "dram_bytes", "energy_pj"} <= set(out["layers"][0])


def test_compile_simulate_disasm(demo_run, capsys):
    _, ck, demo, d = demo_run
    prog = d / "p.accel"
    assert main(["compile", str(ck), "--preset", "ice40-up5k", "-o", str(prog)]) == 0
    from accel.datasets import digits
    _, _, xte, yte = digits()
    np.save(d / "x.npy", xte[:40])
    np.save(d / "y.npy", yte[:40])
    js = d / "sim.json"
    assert main(["simulate", str(prog), "--input", str(d / "x.npy"), "--labels",
                 str(d / "y.npy"), "--json", str(js), "--output", str(d / "s.npy"),
                 "--counters", "--plot", str(d / "layers.png")]) == 0
    assert (d / "layers.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    sim = json.loads(js.read_text())
    assert sim["accuracy"] == demo["model_accuracy"]
    assert sim["cycles_per_inference"] == demo["cycles_per_inference"]
    assert np.load(d / "s.npy").shape == (40, 10)
    capsys.readouterr()
    assert main(["disasm", str(prog)]) == 0
    text = capsys.readouterr().out
    assert "GEMM" in text and "FINISH" in text and "fc0" in text


def test_errors_exit_2(demo_run, capsys, tmp_path):
    _, ck, _, d = demo_run
    bad = tmp_path / "bad.accel"
    bad.write_bytes(b"ACCELPRG" + b"\0" * 10)
    assert main(["simulate", str(bad)]) == 2
    assert "too short" in capsys.readouterr().err
    prog = d / "p2.accel"
    assert main(["compile", str(ck), "--preset", "ice40-up5k", "-o", str(prog)]) == 0
    assert main(["simulate", str(prog), "--preset", "default"]) == 2
    assert "compiled for config 'ice40-up5k'" in capsys.readouterr().err
    assert main(["compile", str(tmp_path / "nope.pt"), "-o", str(prog)]) == 2


def test_presets_and_help(capsys):
    assert main(["presets"]) == 0
    assert "ecp5-85f" in capsys.readouterr().out
    assert main(["presets", "--show", "ice40-up5k"]) == 0
    assert f"rows = {preset('ice40-up5k').rows}" in capsys.readouterr().out
    for sub in ("demo", "compile", "simulate", "disasm", "presets"):
        with pytest.raises(SystemExit) as e:
            main([sub, "--help"])
        assert e.value.code == 0
        assert "usage: accel" in capsys.readouterr().out


def test_corrupt_layer_metadata_exits_2_naming_file_and_key(demo_run, capsys, tmp_path):
    """A program file whose layer record lacks a key: one line naming the file, the
    layer and the key, exit 2, and no output written."""
    from test_program import _with_meta
    _, ck, _, d = demo_run
    good = tmp_path / "good.accel"
    assert main(["compile", str(ck), "--preset", "ice40-up5k", "-o", str(good)]) == 0
    bad = tmp_path / "bad.accel"
    bad.write_bytes(_with_meta(good.read_bytes(), lambda m: m["layers"][1].pop("out_words")))
    capsys.readouterr()
    out = tmp_path / "s.npy"
    assert main(["simulate", str(bad), "--random", "2", "--output", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(bad) in err and "layer 1: missing keys ['out_words']" in err
    assert not out.exists()
