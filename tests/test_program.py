import numpy as np
import pytest
import torch

import accel
from accel.config import preset
from accel.program import Program, ProgramError

from conftest import random_input, random_net


@pytest.fixture(scope="module")
def prog():
    model = random_net([20, 30, 5], seed=3)
    return accel.compile(model, torch.zeros(1, 20), preset("ice40-up5k"))


def test_round_trip(prog, tmp_path):
    p = tmp_path / "x.accel"
    prog.save(p)
    q = Program.load(p, preset("ice40-up5k"))
    assert q.instrs == prog.instrs and q.symbols == prog.symbols and q.tags == prog.tags
    assert [(s.name, s.addr, s.data) for s in q.segments] == \
           [(s.name, s.addr, s.data) for s in prog.segments]
    x = random_input(np.random.default_rng(0), 4, 20)
    np.testing.assert_array_equal(accel.simulate(q, x).scores, accel.simulate(prog, x).scores)


def test_truncated_everywhere(prog):
    blob = prog.to_bytes()
    for n in sorted({0, 1, 10, 50, 60, len(blob) // 2, len(blob) - 5, len(blob) - 1}):
        with pytest.raises(ProgramError):
            Program.from_bytes(blob[:n])


def test_bit_flips_rejected(prog):
    blob = bytearray(prog.to_bytes())
    rng = np.random.default_rng(0)
    for pos in rng.integers(0, len(blob), 200):
        b = bytearray(blob)
        b[pos] ^= 1 << int(rng.integers(0, 8))
        with pytest.raises(ProgramError):
            Program.from_bytes(bytes(b))


def test_bad_magic_version_instruction(prog):
    blob = bytearray(prog.to_bytes())
    with pytest.raises(ProgramError, match="bad magic"):
        Program.from_bytes(b"XXXXXXXX" + bytes(blob[8:]))
    b = bytearray(blob)
    b[8] = 99
    with pytest.raises(ProgramError, match="ISA version 99"):
        Program.from_bytes(bytes(b))
    # a corrupted instruction is a CRC mismatch (the CRC is checked before anything
    # is decoded); with a CRC that matches, the decoder names the word and the field
    jlen = int.from_bytes(blob[44:48], "little")
    b = bytearray(blob)
    b[56 + jlen] = (b[56 + jlen] & 0xF0) | 0x9
    with pytest.raises(ProgramError, match=r"CRC mismatch"):
        Program.from_bytes(bytes(b))
    with pytest.raises(ProgramError, match=r"word 0 .*opcode = 9"):
        Program.from_bytes(_recrc(b))


def _recrc(b) -> bytes:
    """``b`` with its CRC recomputed (a well-formed file with the damage inside)."""
    import zlib
    body = bytes(b[:-4])
    return body + zlib.crc32(body).to_bytes(4, "little")


def test_config_hash_mismatch(prog, tmp_path):
    p = tmp_path / "x.accel"
    prog.save(p)
    with pytest.raises(ProgramError, match="compiled for config 'ice40-up5k'.*'default'"):
        Program.load(p, preset("default"))
    with pytest.raises(ProgramError, match="differing fields"):
        accel.simulate(prog, np.zeros((2, 20)), config=preset("ecp5-85f"))
    # timing-only differences are accepted, and the run's own DRAM model is used
    base = accel.simulate(prog, np.zeros((2, 20)))
    slow = accel.simulate(prog, np.zeros((2, 20)),
                          config=preset("ice40-up5k").replace(dram_latency=99))
    # (every LOAD that holds the controller pays the latency; decoupled ones overlap)
    from accel.model import executed_stream
    from accel.model.schedule import schedule
    slow_cfg = preset("ice40-up5k").replace(dram_latency=99)
    held = sum(i.op.name == "LOAD" and not i.push_next for i in prog.instrs)
    assert slow.cycles == base.runs * schedule(slow_cfg, executed_stream(prog)).cycles
    assert slow.cycles - base.cycles >= base.runs * held * (99 - preset("ice40-up5k").dram_latency)
    np.testing.assert_array_equal(slow.scores, base.scores)


def test_disassembly_lists_everything(prog):
    text = prog.disassemble()
    assert text.count("\n") >= len(prog.instrs)
    for word in ("LOAD", "GEMM", "POST", "STORE", "FINISH", "symbol  input", "segment"):
        assert word in text


def _with_meta(blob: bytes, edit) -> bytes:
    """``blob`` with its JSON metadata passed through ``edit`` (lengths and CRC redone)."""
    import json
    import struct
    import zlib
    from accel.program import _HEAD
    head = list(_HEAD.unpack(blob[:_HEAD.size]))
    jlen = head[4]
    meta = json.loads(blob[_HEAD.size:_HEAD.size + jlen])
    edit(meta)
    mj = json.dumps(meta, sort_keys=True).encode()
    head[4] = len(mj)
    body = _HEAD.pack(*head) + mj + blob[_HEAD.size + jlen:-4]
    return body + struct.pack("<I", zlib.crc32(body))


def test_layer_metadata_is_typed_and_checked(prog):
    """Layers load as `LayerInfo`; a missing, unknown or mistyped key is named."""
    from accel.program import LayerInfo
    q = Program.from_bytes(_with_meta(prog.to_bytes(), lambda m: None))
    assert q.layers == prog.layers and all(isinstance(l, LayerInfo) for l in q.layers)
    assert q.layers[0].in_fm == (20, 1, 1) and q.layers[-1].kind == "final"
    cases = [
        (lambda m: m["layers"][0].pop("macs"), r"layer 0: missing keys \['macs'\]"),
        (lambda m: m["layers"][1].update(extra=1), r"layer 1: unknown keys \['extra'\]"),
        (lambda m: m["layers"][0].update(planes="8"), r"layer 0: planes: expected int, got '8'"),
        (lambda m: m["layers"][0].update(n_out=True), r"layer 0: n_out: expected int, got True"),
        (lambda m: m["layers"][0].update(in_fm=[1, 2]), r"in_fm: expected 3 integers, got \[1, 2\]"),
        (lambda m: m["layers"][0].update(kind="middle"), r"kind: expected one of"),
        (lambda m: m["layers"].__setitem__(0, 5), r"layer 0: expected an object, got int"),
    ]
    for edit, msg in cases:
        with pytest.raises(ProgramError, match=msg):
            Program.from_bytes(_with_meta(prog.to_bytes(), edit))


def test_symbols_are_typed_and_checked(prog):
    from accel.program import InputSymbol, Symbols
    q = Program.from_bytes(prog.to_bytes())
    assert isinstance(q.symbols, Symbols) and isinstance(q.symbols.input, InputSymbol)
    assert q.symbols.input.image_shape == (20,) and q.symbols.output.shape == (prog.batch, 5)
    cases = [
        (lambda m: m["symbols"]["input"].pop("row_stride"),
         r"symbols: input: missing keys \['row_stride'\]"),
        (lambda m: m["symbols"]["output"].update(addr=-1.5),
         r"symbols: output: addr: expected int, got -1.5"),
        (lambda m: m["symbols"]["input"].update(image_shape=[0]),
         r"image_shape: expected a list of positive integers, got \[0\]"),
        (lambda m: m["symbols"].update(epilogue_scale="x"),
         r"epilogue_scale: expected a list of numbers, got 'x'"),
        (lambda m: m["symbols"].pop("output"), r"symbols: missing keys \['output'\]"),
        (lambda m: m["layout"].update(weights_resident=1),
         r"layout: weights_resident: expected bool, got 1"),
        (lambda m: m.pop("layout"), r"metadata lacks \['layout'\]"),
    ]
    for edit, msg in cases:
        with pytest.raises(ProgramError, match=msg):
            Program.from_bytes(_with_meta(prog.to_bytes(), edit))


def test_unfold_is_torch_unfold():
    """The host's im2col (`accel.hostio.unfold`) is `torch.nn.functional.unfold` with
    the pad bit in every padding tap, for strides, paddings and non-square kernels."""
    from accel.hostio import unfold
    rng = np.random.default_rng(5)
    for kh, kw, sh, sw, ph, pw, pad in [(3, 3, 1, 1, 1, 1, 0), (3, 2, 2, 1, 0, 1, 1),
                                        (1, 1, 1, 1, 0, 0, 1), (5, 3, 2, 3, 2, 0, 0)]:
        bits = rng.random((2, 3, 4, 9, 7)) < 0.5                # (n, P, C, H, W)
        got = unfold(bits, (kh, kw, sh, sw, ph, pw, pad))
        t = torch.nn.functional.pad(torch.as_tensor(bits, dtype=torch.float32).flatten(0, 1),
                                    (pw, pw, ph, ph), value=float(pad))
        ref = torch.nn.functional.unfold(t, (kh, kw), stride=(sh, sw))
        oh, ow = (9 + 2 * ph - kh) // sh + 1, (7 + 2 * pw - kw) // sw + 1
        assert got.shape == (2, 3, 4 * kh * kw, oh, ow)
        np.testing.assert_array_equal(got.reshape(6, 4 * kh * kw, -1), ref.numpy() > 0.5)


def test_corrupt_im2col_symbol_is_named():
    """A program file whose input unfolding does not fit its image is refused by the
    host packing with the numbers, never packed into the wrong words."""
    from conftest import random_conv_net
    from accel.hostio import InputError, pack_input
    model = random_conv_net(seed=2, image=(3, 6, 5), layers=((5, 3, 1, 1, 1.0, 1),), fc=0)
    x = np.random.default_rng(1).integers(0, 256, (2, 3, 6, 5)).astype(np.float32)
    good = accel.compile(model, x, preset("default"))
    assert good.symbols.input.im2col is not None
    for edit, msg in [
        (lambda s: s.update(im2col=[3, 3, 1]), r"im2col: expected 7 integers"),
        (lambda s: s.update(im2col=[9, 3, 1, 1, 1, 1, 0]), r"does not fit a 3x6x5 input"),
        (lambda s: s.update(im2col=[3, 3, 1, 1, 1, 1, 2]), r"does not fit a 3x6x5 input"),
        (lambda s: s.update(im2col=[3, 3, 2, 1, 1, 1, 0]), r"says 30 words per plane, but "
                                                           r"its map 27x3x5 packs into 15"),
        (lambda s: s.update(words=31), r"says 31 words per plane"),
    ]:
        try:
            bad = Program.from_bytes(_with_meta(good.to_bytes(),
                                                lambda m: edit(m["symbols"]["input"])))
        except ProgramError as e:
            assert __import__("re").search(msg, str(e)), e
            continue
        with pytest.raises(InputError, match=msg):
            pack_input(bad, x)


def test_cli_refuses_a_corrupt_im2col_symbol_and_writes_nothing(tmp_path, capsys):
    """`accel simulate` of a program whose input unfolding does not fit its image
    exits 2 with one line naming the numbers, and writes none of its outputs."""
    from conftest import random_conv_net
    from accel.cli import main
    model = random_conv_net(seed=2, image=(3, 6, 5), layers=((5, 3, 1, 1, 1.0, 1),), fc=0)
    x = np.random.default_rng(1).integers(0, 256, (2, 3, 6, 5)).astype(np.float32)
    good = accel.compile(model, x, preset("default"))
    bad = tmp_path / "bad.accel"
    bad.write_bytes(_with_meta(good.to_bytes(), lambda m: m["symbols"]["input"].update(
        im2col=[9, 3, 1, 1, 1, 1, 0])))
    np.save(tmp_path / "x.npy", x)
    out, js = tmp_path / "s.npy", tmp_path / "r.json"
    assert main(["simulate", str(bad), "--input", str(tmp_path / "x.npy"),
                 "--output", str(out), "--json", str(js)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "im2col [9, 3, 1, 1, 1, 1, 0]" in err[0] and "3x6x5" in err[0]
    assert not out.exists() and not js.exists()


def test_narrow_input_round_trip_and_refused_word_bytes(tmp_path):
    """A program whose input words are one bus beat in DRAM (a narrow LOAD completes
    them) keeps that through its file; an input symbol whose words are wider than the
    accelerator's is refused with both numbers."""
    import dataclasses
    from accel.isa import Opcode
    from accel.model import SimError
    from conftest import SMALL_CONFIGS
    cfg = SMALL_CONFIGS[0]                       # 16-bit words, 1-byte bus
    model = random_net([5, 7, 3], seed=2)
    prog = accel.compile(model, torch.zeros(1, 5), cfg)
    assert prog.symbols.input.word_bytes == 1
    assert any(i.op == Opcode.LOAD and i.narrow for i in prog.instrs)
    p = tmp_path / "n.accel"
    prog.save(p)
    q = Program.load(p, cfg)
    assert q.symbols.input.word_bytes == 1 and q.instrs == prog.instrs
    x = random_input(np.random.default_rng(1), 3, 5)
    want = model(torch.as_tensor(x)).detach().numpy().round()
    np.testing.assert_array_equal(accel.simulate(q, x).scores, want)
    bad = dataclasses.replace(prog, symbols=dataclasses.replace(
        prog.symbols, input=dataclasses.replace(prog.symbols.input, word_bytes=3)))
    with pytest.raises(SimError, match="input words are 3 bytes in DRAM but the "
                                       "accelerator's words are 2"):
        accel.simulate(bad, x)
