"""Bad and hostile input, subcommand by subcommand: every case exits 2 with one line
naming the file or option and the problem, and leaves no file created or changed.

The classes are issue 14's: unwritable paths, outputs written one by one, checkpoint
contents, silently wrong results (labels, counts, energy tables), `check` agreeing
with `compile`, a golden model as strict as the hardware, memory, and messages that
named the wrong thing.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
import torch

from accel.cli import main
from accel.compiler import compile as accel_compile
from accel.config import preset
from accel.datasets import digits
from accel.isa import Instr, Opcode
from accel.models import digits_mlp, save_checkpoint
from accel.program import Program


# --- fixtures ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A checkpoint, its program, inputs, labels, and a zoo of bad files."""
    d = tmp_path_factory.mktemp("inputs")
    torch.manual_seed(0)
    model = digits_mlp(hidden=16).eval()
    save_checkpoint(d / "ck.pt", model, "digits_mlp", {"hidden": 16}, (8, 8))
    _, _, xte, yte = digits()
    prog = accel_compile(model, torch.as_tensor(xte[:1], dtype=torch.float32),
                         preset("default"))
    prog.save(d / "good.accel")
    np.save(d / "x.npy", xte[:20])
    np.save(d / "y.npy", yte[:20])
    np.save(d / "y_col.npy", yte[:20, None])                  # (n, 1)
    np.save(d / "y_str.npy", np.array([str(v) for v in yte[:20]]))
    np.save(d / "y_half.npy", yte[:20] + 0.5)
    np.save(d / "y_short.npy", yte[:7])
    np.save(d / "y_big.npy", np.full(20, 10))
    np.save(d / "y_neg.npy", np.full(20, -1))
    np.save(d / "y_bool.npy", yte[:20] > 4)
    np.save(d / "obj.npy", np.array([{"a": 1}] * 20, dtype=object), allow_pickle=True)
    np.save(d / "x_shape.npy", xte[:20].reshape(20, -1)[:, :50])
    np.save(d / "x_empty.npy", np.zeros((0, 64)))
    np.save(d / "x_nan.npy", np.full((4, 64), np.nan))
    np.save(d / "x_range.npy", np.full((4, 64), 300.0))
    np.savez(d / "x.npz", x=xte[:4])
    (d / "adir").mkdir()
    (d / "afile").write_text("not a folder\n")
    (d / "notnpy.npy").write_text("hello\n")
    (d / "garbage.pt").write_bytes(os.urandom(300))
    torch.save(torch.zeros(3), d / "tensor.pt")
    torch.save(torch.nn.Linear(2, 2), d / "module.pt")           # pickles code
    good = torch.load(d / "ck.pt", weights_only=True)

    def ck(name, **edit):
        c = dict(good, **edit)
        for k in [k for k, v in edit.items() if v is _DROP]:
            del c[k]
        torch.save(c, d / name)
    ck("shapes.pt", state_dict=digits_mlp(hidden=32).state_dict())
    ck("empty_sd.pt", state_dict={})
    ck("kw_unknown.pt", kwargs={"hiddn": 16})
    ck("kw_list.pt", kwargs=[16])
    ck("kw_value.pt", kwargs={"hidden": -3})
    ck("no_shape.pt", image_shape=_DROP)
    ck("shape_str.pt", image_shape="8x8")
    ck("shape_wrong.pt", image_shape=[3, 32, 32])
    ck("arch.pt", arch="resnet1000")
    nan = {k: v.clone() for k, v in good["state_dict"].items()}
    nan["1.weight"][0] = float("nan")
    ck("nan.pt", state_dict=nan)
    ck("fanin.pt", arch="digits_mlp", kwargs={"in_features": 100_000},
       image_shape=[100_000],
       state_dict=digits_mlp(in_features=100_000).state_dict())
    from accel.models import digits_esb
    ck("esb.pt", arch="digits_esb", kwargs={}, state_dict=digits_esb().state_dict())
    energy = {"nan": "[dram_bit]\npj = nan\n", "inf": "[dram_bit]\npj = inf\n",
              "huge": "[dram_bit]\npj = 1e308\n", "neg": "[dram_bit]\npj = -1.0\n",
              "unknown": "[warp_drive]\npj = 1.0\n", "text": "[dram_bit]\npj = 'abc'\n",
              "toml": "this is = = not toml\n"}
    for k, v in energy.items():
        (d / f"e_{k}.toml").write_text(v)
    configs = {"big": "[accel]\nrows = 256\ncols = 256\nlane_bits = 512\nact_depth = 65536\n"
                      "weight_depth = 65536\nthresh_depth = 65536\nout_depth = 65536\n",
               "rows0": "[accel]\npreset = \"default\"\nrows = 0\n",
               "field": "[accel]\npreset = \"default\"\nrowz = 4\n",
               "toml": "[accel\nrows = 1\n"}
    for k, v in configs.items():
        (d / f"c_{k}.toml").write_text(v)
    blob = (d / "good.accel").read_bytes()
    _program_files(d, prog, blob)
    return d


_DROP = object()


def _with_meta(blob: bytes, edit) -> bytes:
    """The program file with its metadata JSON edited, lengths and CRC made right."""
    jlen = int.from_bytes(blob[44:48], "little")
    meta = json.loads(blob[56:56 + jlen])
    edit(meta)
    mj = json.dumps(meta, sort_keys=True).encode()
    body = blob[:44] + len(mj).to_bytes(4, "little") + blob[48:56] + mj + blob[56 + jlen:-4]
    return body + zlib.crc32(body).to_bytes(4, "little")


def _program_files(d: Path, prog: Program, blob: bytes):
    import dataclasses

    def save(name, p):
        (d / name).write_bytes(p.to_bytes())
    fin = prog.instrs[-1]
    save("past_finish.accel", dataclasses.replace(
        prog, instrs=prog.instrs + [fin], tags=prog.tags + [-1]))
    save("no_finish.accel", dataclasses.replace(prog, instrs=prog.instrs[:-1],
                                                tags=prog.tags[:-1]))
    n = 5039
    nop = Instr(Opcode.LOAD, buf=0, sram_addr=0, banks=1, words=1, dram_addr=0, dram_stride=0)
    save("long.accel", dataclasses.replace(
        prog, instrs=[nop] * (n - 1) + [fin], tags=[-1] * n))
    (d / "batch0.accel").write_bytes(_with_meta(blob, lambda m: m.update(batch=0)))
    (d / "batch_neg.accel").write_bytes(_with_meta(blob, lambda m: m.update(batch=-8)))
    (d / "no_input.accel").write_bytes(_with_meta(blob, lambda m: m["symbols"].pop("input")))
    (d / "tag.accel").write_bytes(_with_meta(blob, lambda m: m["tags"].__setitem__(3, 7)))
    (d / "dram.accel").write_bytes(_with_meta(blob, lambda m: m.update(dram_size=10 ** 12)))
    (d / "seg.accel").write_bytes(_with_meta(
        blob, lambda m: m["segments"][0].update(addr=m["dram_size"])))
    (d / "out_sym.accel").write_bytes(_with_meta(
        blob, lambda m: m["symbols"]["output"].update(addr=m["dram_size"] - 4)))
    (d / "kind.accel").write_bytes(_with_meta(
        blob, lambda m: m["layers"][0].update(kind="final")))
    (d / "n_out.accel").write_bytes(_with_meta(blob, lambda m: m["layers"][1].update(n_out=0)))
    b = bytearray(blob)
    b[44] ^= 0x04                                   # the metadata length, one bit
    (d / "jlen.accel").write_bytes(bytes(b))
    (d / "cut.accel").write_bytes(blob[:-100])      # cut inside the DRAM image
    (d / "tiny.accel").write_bytes(blob[:30])
    (d / "sw.toml").write_text('[space]\nrows = [1]\n[[network]]\nbuilder = "digits_mlp"\n')
    (d / "sw_seed.toml").write_text('[space]\npnr_seed = [-1]\n[[network]]\nbuilder = "cnv"\n')
    (d / "sw_range.toml").write_text('[space]\nrows = {min = 1, max = 4}\n'
                                     '[[network]]\nbuilder = "digits_mlp"\n')
    (d / "other_prog.accel").write_bytes(
        accel_compile(digits_mlp(hidden=16).eval(), torch.zeros(1, 8, 8),
                      preset("ecp5-85f")).to_bytes())


def _snapshot(*dirs) -> dict:
    """Every file under ``dirs`` (hidden ones included) with its content hash."""
    out = {}
    for d in dirs:
        for p in Path(d).rglob("*"):
            out[p] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
    return out


def _run(argv, files, tmp_path, capsys, monkeypatch):
    """``accel ARGV`` in ``tmp_path`` (``{d}`` is the input folder, ``{t}`` the
    output one): ``(exit status, last stderr line, whether no file changed)``."""
    monkeypatch.chdir(tmp_path)
    argv = [a.format(d=files, t=tmp_path) for a in argv]
    before = _snapshot(files, tmp_path)
    try:
        rc = main(argv)
    except SystemExit as e:                     # argparse's errors
        rc = e.code
    err = capsys.readouterr().err.strip().splitlines()
    return rc, err, before == _snapshot(files, tmp_path)


# (argv, what the message must name) -- each exits 2 and writes nothing
CASES = [
    # 1. a directory or an unwritable path
    (["simulate", "{d}/good.accel", "--input", "{d}/adir"], "--input"),
    (["simulate", "{d}/good.accel", "--energy", "{d}/adir"], "adir: is a directory"),
    (["compile", "{d}/ck.pt", "-o", "{d}/adir"], "-o"),
    (["generate", "-o", "{d}/afile"], "afile: exists and is not a directory"),
    (["compile", "{d}/ck.pt", "-o", "/dev/full"], "/dev/full: is not a regular file"),
    (["simulate", "{d}/good.accel", "--json", "{d}/adir"], "--json"),
    (["simulate", "{d}/good.accel", "--output", "{d}/adir"], "--output"),
    (["compile", "{d}/ck.pt", "-o", "{d}/afile/x.accel"], "afile is a file"),
    (["check", "{d}/ck.pt", "--json", "{d}/adir"], "--json"),
    (["presets", "--json", "{d}/adir"], "--json"),
    (["export", "{d}/ck.pt", "-o", "{d}/afile/m.onnx"], "afile is a file"),
    (["disasm", "{d}/adir"], "adir: is a directory"),
    (["simulate", "{d}/adir"], "adir: is a directory"),
    (["compile", "{d}/adir", "-o", "{t}/p.accel"], "adir: is a directory"),
    (["cosim", "{d}/good.accel", "--build-dir", "{d}/afile"], "--build-dir"),
    (["build", "--board", "icebreaker", "-o", "{d}/afile"], "-o"),
    (["build", "--board", "icebreaker", "--reports", "{d}/afile"], "--reports"),
    (["run", "{d}/good.accel", "--port", "/dev/null", "--output", "{d}/adir"], "--output"),
    (["demo", "--checkpoint", "{d}/adir", "-q"], "--checkpoint"),
    (["disasm", "{t}/missing.accel"], "missing.accel"),
    (["compile", "{t}/missing.pt", "-o", "{t}/p.accel"], "missing.pt"),
    # 2. every output checked before any work: nothing written when one is bad
    (["simulate", "{d}/good.accel", "--output", "{t}/s.npy", "--json", "{d}/afile/x.json"],
     "--json"),
    (["simulate", "{d}/good.accel", "--output", "{t}/s.npy", "--json", "{t}/s.json",
      "--plot", "{t}/x.xyz"], "--plot"),
    (["simulate", "{d}/good.accel", "--output", "{t}/s.txt"], "--output"),
    (["simulate", "{d}/good.accel", "--output", "{t}/s.npy", "--json", "{t}/s.npy"],
     "the same file as"),
    (["export", "{d}/ck.pt", "-o", "{t}/net.txt"], "must end in .onnx"),
    # 3. checkpoint contents
    *[([cmd, "{d}/" + f, *extra], msg)
      for f, msg in (("shapes.pt", "state_dict['1.weight'] is"),
                     ("empty_sd.pt", "missing"), ("kw_unknown.pt", "['hiddn']"),
                     ("kw_list.pt", "kwargs must be a dict"),
                     ("no_shape.pt", "missing keys ['image_shape']"),
                     ("shape_str.pt", "image_shape '8x8'"),
                     ("shape_wrong.pt", "image_shape [3, 32, 32] does not fit"),
                     ("arch.pt", "unknown architecture 'resnet1000'"),
                     ("nan.pt", "holds inf or NaN"),
                     ("garbage.pt", "garbage.pt is not an accel checkpoint"),
                     ("tensor.pt", "holds a Tensor"),
                     ("module.pt", "Python objects other than tensors"))
      for cmd, extra in (("compile", ["-o", "{t}/p.accel"]), ("check", []))],
    (["compile", "{d}/kw_value.pt", "-o", "{t}/p.accel"], "do not build digits_mlp"),
    (["export", "{d}/empty_sd.pt", "-o", "{t}/m.onnx"], "empty_sd.pt"),
    (["simulate", "{d}/shapes.pt"], "shapes.pt"),
    # 4. silently wrong results
    *[(["simulate", "{d}/good.accel", "--input", "{d}/x.npy", "--labels", "{d}/" + f], msg)
      for f, msg in (("y_col.npy", "--labels"), ("y_str.npy", "is not numeric"),
                     ("y_half.npy", "labels must be integers"),
                     ("y_short.npy", "7 labels for 20 images"),
                     ("y_big.npy", "class indices 0..9"), ("y_neg.npy", "class indices 0..9"),
                     ("y_bool.npy", "booleans"))],
    (["simulate", "{d}/good.accel", "--labels", "{d}/y.npy"], "20 labels for 360 images"),
    (["simulate", "{d}/good.accel", "--labels", "{d}/obj.npy"], "Python objects"),
    (["simulate", "{d}/good.accel", "--images", "-1"], "argument --images"),
    (["simulate", "{d}/good.accel", "--images", "0"], "argument --images"),
    (["simulate", "{d}/good.accel", "--images", "1000"], "--images 1000"),
    (["simulate", "{d}/good.accel", "--input", "{d}/x.npy", "--images", "21"], "--images 21"),
    (["simulate", "{d}/good.accel", "--random", "0"], "argument --random"),
    (["simulate", "{d}/good.accel", "--random", "5", "--input", "{d}/x.npy"],
     "not allowed with argument --random"),
    (["simulate", "{d}/good.accel", "--random", "5", "--labels", "{d}/y.npy"], "--labels"),
    (["simulate", "{d}/good.accel", "--random", "5", "--images", "3"], "--images 3"),
    (["simulate", "{d}/good.accel", "--batch", "16"], "--batch 16"),
    (["simulate", "{d}/good.accel", "--seed", "-1"], "argument --seed"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--batch", "-8"], "argument --batch"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--batch", "12"], "batch"),
    (["demo", "--lr", "nan", "-q"], "argument --lr"),
    (["demo", "--images", "1000", "-q", "--checkpoint", "{t}/c.pt"], "--images 1000"),
    (["cosim", "--demo", "--images", "0"], "argument --images"),
    (["run", "{d}/good.accel", "--port", "/dev/null", "--baud", "0"], "argument --baud"),
    *[(["simulate", "{d}/good.accel", "--energy", "{d}/e_%s.toml" % k], msg)
      for k, msg in (("nan", "dram_bit.pj = nan"), ("inf", "dram_bit.pj = inf"),
                     ("huge", "dram_bit.pj = 1e+308"), ("neg", "dram_bit.pj = -1.0"),
                     ("unknown", "warp_drive"), ("text", "dram_bit.pj = 'abc'"),
                     ("toml", "e_toml.toml: not valid TOML"))],
    (["simulate", "{d}/good.accel", "--input", "{d}/x_shape.npy"], "shape (20, 50)"),
    (["simulate", "{d}/good.accel", "--input", "{d}/x_empty.npy"], "holds no images"),
    (["simulate", "{d}/good.accel", "--input", "{d}/x_nan.npy"], "integers in 0..255"),
    (["simulate", "{d}/good.accel", "--input", "{d}/x_range.npy"], "integers in 0..255"),
    (["simulate", "{d}/good.accel", "--input", "{d}/x.npz"], ".npz archive"),
    (["simulate", "{d}/good.accel", "--input", "{d}/notnpy.npy"], "not a .npy array"),
    (["simulate", "{d}/good.accel", "--input", "{d}/obj.npy"], "Python objects"),
    # 6. the golden model refuses what the hardware refuses
    (["simulate", "{d}/past_finish.accel"], "FINISH at instruction"),
    (["simulate", "{d}/no_finish.accel"], "no FINISH"),
    (["simulate", "{d}/long.accel"], "5039 instructions"),
    (["simulate", "{d}/batch0.accel"], "batch 0 must be a positive multiple"),
    (["simulate", "{d}/batch_neg.accel"], "batch -8 must be a positive multiple"),
    (["simulate", "{d}/no_input.accel"], "missing keys ['input']"),
    (["simulate", "{d}/tag.accel"], "layer tag 7 of instruction 3"),
    (["disasm", "{d}/tag.accel"], "layer tag 7 of instruction 3"),
    (["simulate", "{d}/dram.accel"], "dram_size 1000000000000"),
    (["simulate", "{d}/seg.accel"], "outside the program's DRAM"),
    (["simulate", "{d}/out_sym.accel"], "symbols.output"),
    (["disasm", "{d}/kind.accel"], "only the last layer is 'final'"),
    (["simulate", "{d}/n_out.accel"], "{'n_out': 0} must be positive"),
    # 7. memory: a config too large for any FPGA is refused, naming its file
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--config", "{d}/c_big.toml"],
     "c_big.toml"),
    (["simulate", "{d}/ck.pt", "--config", "{d}/c_big.toml"], "Mbit"),
    (["generate", "--config", "{d}/c_big.toml", "-o", "{t}/rtl"], "c_big.toml"),
    # 8. messages that name the right thing
    (["disasm", "{d}/jlen.accel"], "jlen.accel: CRC mismatch"),
    (["simulate", "{d}/cut.accel"], "truncated in the DRAM image"),
    (["disasm", "{d}/tiny.accel"], "too short"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--config", "{d}/c_rows0.toml"],
     "c_rows0.toml: AccelConfig"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--config", "{d}/c_field.toml"],
     "c_field.toml: unknown AccelConfig field(s) ['rowz']"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--config", "{d}/c_toml.toml"],
     "c_toml.toml: not valid TOML"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--config", "{d}/adir"], "adir"),
    (["simulate", "{d}/other_prog.accel", "--preset", "default"], "compiled for config"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--preset", "nosuch"], "unknown preset"),
    (["presets", "--show", "nosuch"], "unknown preset 'nosuch'"),
    (["build", "--board", "nosuch"], "nosuch"),
    (["cosim", "{d}/good.accel", "--sim", "ghdl"], "argument --sim"),
    (["cosim"], "give a PROGRAM file or --demo"),
    (["compile", "{d}/ck.pt", "-o", "{t}/p.accel", "--first-layer", "sideways"],
     "argument --first-layer"),
    (["check", "{d}/ck.pt", "--preset", "nosuch"], "unknown preset"),
    # 9. design-space exploration (issue 15): specs, networks, boards, folders
    (["sweep", "{t}/missing.toml"], "missing.toml: no such sweep specification"),
    (["sweep", "{d}/adir"], "adir: is a directory"),
    (["sweep", "{d}/c_field.toml", "-o", "{t}/o"], "unknown table(s) ['accel']"),
    (["sweep", "{d}/sw_range.toml", "-o", "{t}/o"], "a grid search needs a list"),
    (["sweep", "{d}/sw_seed.toml", "-o", "{t}/o"],
     "sw_seed.toml: [space] pnr_seed: value -1 is not a valid int (pnr_seed: an integer in "
     "0..2,147,483,647)"),
    (["fit", "--board", "icebreaker", "--net", "cnv", "--space", "{d}/sw_seed.toml"],
     "pnr_seed: value -1"),
    (["sweep", "{d}/sw.toml", "-o", "{d}/afile"], "-o"),
    (["sweep", "{d}/sw.toml", "--cpus", "0"], "argument --cpus"),
    (["sweep", "{d}/sw.toml", "--top", "0"], "argument --top"),
    (["fit", "--board", "nosuch", "--net", "cnv", "-o", "{t}/f"], "unknown board 'nosuch'"),
    (["fit", "--board", "icebreaker", "--net", "vgg", "-o", "{t}/f"], "--net 'vgg'"),
    (["fit", "--board", "arty-a7-35", "--net", "cnv", "-o", "{t}/f"], "no open place and route"),
    (["fit", "--board", "icebreaker", "--net", "{t}/missing.pt"], "missing.pt: no such file"),
    (["fit", "--board", "icebreaker", "--net", "cnv", "--margin", "1.5"], "argument --margin"),
    (["fit", "--board", "icebreaker", "--net", "cnv", "--samples", "0"], "argument --samples"),
    (["fit", "--board", "icebreaker", "--net", "cnv", "--space", "{t}/none.toml"],
     "none.toml: no such file"),
    (["fit", "--board", "icebreaker", "--net", "cnv", "--space", "{d}/c_field.toml"],
     "[space] must list at least one field"),
    (["fit", "--board", "icebreaker", "--net", "cnv", "-o", "{d}/afile"], "-o"),
]


@pytest.mark.parametrize("argv,names", CASES, ids=[f"{i}-{c[0][0]}" for i, c in
                                                   enumerate(CASES)])
def test_bad_input_exits_2_naming_it_and_writes_nothing(argv, names, files, tmp_path,
                                                       capsys, monkeypatch):
    rc, err, unchanged = _run(argv, files, tmp_path, capsys, monkeypatch)
    assert rc == 2, err
    assert err and f"accel {argv[0]}: error: " in err[-1], err
    assert names in err[-1], err[-1]
    assert "Traceback" not in "\n".join(err)
    assert "allow_pickle" not in err[-1] and "weights_only" not in err[-1]
    assert unchanged, "a file was created or changed"


def test_there_are_at_least_80_cases_across_every_subcommand():
    from accel.cli import build_parser
    sub = next(a for a in build_parser()._actions if a.dest == "cmd")
    assert len(CASES) >= 80
    assert {c[0][0] for c in CASES} == set(sub.choices)


def test_check_says_what_compile_says(files, tmp_path, capsys, monkeypatch):
    """`accel check` compiles for the preset, so it refuses what `accel compile`
    refuses, with its reason: a fan-in of 100,000 (the accumulator overflows) and
    4-bit activations on the binary preset."""
    for ck, why in (("fanin.pt", "acc"), ("esb.pt", "")):
        rc, err, _ = _run(["compile", "{d}/" + ck, "--preset", "default", "-o",
                           "{t}/p.accel"], files, tmp_path, capsys, monkeypatch)
        assert rc == 2, err
        reason = err[-1].split("error: ", 1)[1]
        assert why in reason
        monkeypatch.chdir(tmp_path)
        js = tmp_path / "c.json"
        assert main(["check", str(files / ck), "--preset", "default", "--json", str(js)]) == 1
        rep = json.loads(js.read_text())
        assert not rep["compiles"] and rep["configs"]["default"]["error"] == reason
    # every shipped preset by default, one verdict each
    assert main(["check", str(files / "ck.pt"), "--json", str(js)]) == 0
    rep = json.loads(js.read_text())
    from accel.config import PRESETS
    assert set(rep["configs"]) == set(PRESETS) and rep["compiles"]


def test_a_file_size_limit_leaves_no_truncated_program(files, tmp_path):
    """Under ``ulimit -f`` the program file cannot be written whole: exit 2 naming
    it, and no file (not even a temporary one) is left."""
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024)); "
            "from accel.cli import main; sys.exit(main(sys.argv[1:]))")
    r = subprocess.run([sys.executable, "-c", code, "compile", str(files / "ck.pt"), "-o",
                        str(tmp_path / "p.accel")], capture_output=True, text=True,
                       cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "-o " in r.stderr and "p.accel: could not be written: File too large" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_cosim_refuses_another_accelerators_program_before_building(files, tmp_path, capsys,
                                                                   monkeypatch):
    t0 = time.perf_counter()
    rc, err, unchanged = _run(["cosim", "{d}/other_prog.accel", "--preset", "default",
                               "--build-dir", "{t}/b"], files, tmp_path, capsys, monkeypatch)
    assert rc == 2 and "compiled for config 'ecp5-85f'" in err[-1] and unchanged
    assert time.perf_counter() - t0 < 10          # refused before minutes of building


def test_outputs_commit_together_or_not_at_all(tmp_path):
    from accel.outputs import Outputs
    with Outputs() as out:
        out.add(tmp_path / "a" / "x.json", "--json")
        out.add(tmp_path / "y.npy", "--output")
        out.write_json(tmp_path / "a" / "x.json", {"v": float("nan"), "w": [1.5]})
        out.save_npy(tmp_path / "y.npy", np.arange(3))
        assert not (tmp_path / "y.npy").exists()         # staged, not yet in place
    assert json.loads((tmp_path / "a" / "x.json").read_text()) == {"v": None, "w": [1.5]}
    assert np.load(tmp_path / "y.npy").tolist() == [0, 1, 2]
    before = _snapshot(tmp_path)
    with pytest.raises(RuntimeError):
        with Outputs() as out:
            out.write_bytes(tmp_path / "y.npy", b"new")
            out.write_bytes(tmp_path / "b" / "c" / "z.bin", b"z")
            raise RuntimeError("the command failed")
    assert _snapshot(tmp_path) == before                   # no temp file, no new folder


def test_json_is_standard_json(files, tmp_path, capsys, monkeypatch):
    """A zero-energy table gives a finite JSON; JSON never holds NaN or Infinity."""
    (tmp_path / "zero.toml").write_text("".join(
        f"[{k}]\npj = 0\n" for k in __import__("accel.energy", fromlist=["x"])
        .EnergyTable.default().pj))
    monkeypatch.chdir(tmp_path)
    js = tmp_path / "s.json"
    assert main(["simulate", str(files / "good.accel"), "--images", "8", "--energy",
                 str(tmp_path / "zero.toml"), "--json", str(js)]) == 0
    text = js.read_text()
    json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard JSON {c}"))


def test_an_unexpected_exception_is_an_internal_error(monkeypatch, capsys):
    """A bug exits 1 saying so, with its traceback, not 2 as if the input were bad."""
    import accel.cli as cli
    monkeypatch.setattr(cli, "cmd_presets", lambda args: 1 // 0)
    monkeypatch.setattr(cli, "build_parser", _parser_with(cli, "presets", cli.cmd_presets))
    assert main(["presets"]) == 1
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err and "internal error" in err and "Traceback" in err


def _parser_with(cli, cmd, fn):
    build = cli.build_parser

    def parser():
        p = build()
        sub = next(a for a in p._actions if a.dest == "cmd")
        sub.choices[cmd].set_defaults(fn=fn)
        return p
    return parser


def test_a_long_loop_runs_in_bounded_memory(files):
    """A legal LOOP of 65,535 iterations is scheduled and costed without unrolling it
    into memory (the model once held 16.7 M unrolled instructions and died)."""
    import dataclasses
    import tracemalloc
    from accel.model import _static_costs, executed_stream
    prog = Program.load(files / "good.accel")
    k = next(i for i, ins in enumerate(prog.instrs) if ins.op == Opcode.GEMM)
    gemm = prog.instrs[k]
    loop = Instr(Opcode.LOOP, count=65535, body=2, act_step=0, ix_step=0, dst_step=0,
                 src_step=0)
    n = len(prog.instrs)
    long = dataclasses.replace(prog, instrs=prog.instrs[:-1] + [loop, gemm, gemm,
                                                                prog.instrs[-1]],
                               tags=prog.tags[:-1] + [prog.tags[k]] * 3 + [-1])
    long.validate()
    tracemalloc.start()
    try:
        total, _ = _static_costs(long, long.config, executed_stream(long))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    base, _ = _static_costs(prog, prog.config, executed_stream(prog))
    assert total["instructions"] == base["instructions"] + 1 + 2 * 65535
    from accel.model.counters import instr_counters
    assert total["macs"] == base["macs"] + 2 * 65535 * instr_counters(prog.config, gemm)["macs"]
    assert total["cycles"] > base["cycles"] + 2 * 65535
    assert peak < 20e6, f"{peak / 1e6:.0f} MB traced for {n + 3 + 2 * 65534} instructions"
