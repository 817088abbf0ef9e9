"""Board gateware in Amaranth's simulator: the UART and the host link's protocol."""

import numpy as np
import pytest
from amaranth import Module, Signal
from amaranth.lib import memory, wiring
from amaranth.sim import Simulator

import accel
from accel.board.build import BuildError
from accel.board.link import HostLink
from accel.board.protocol import (Cmd, ProtocolError, Status, checksum, parse_reply,
                                  request)
from accel.board.uart import UARTRx, UARTTx


def run(dut, bench, deadline=None):
    sim = Simulator(dut)
    sim.add_clock(1e-8)
    sim.add_testbench(bench)
    sim.run_until(deadline) if deadline else sim.run()


def test_uart_loopback():
    m = Module()
    m.submodules.tx = tx = UARTTx(5)
    m.submodules.rx = rx = UARTRx(5)
    m.d.comb += rx.rx.eq(tx.tx)
    sent = [0x00, 0xFF, 0xA5, 0x5A, 0x01, 0x80]
    got = []

    async def bench(ctx):
        for b in sent:
            ctx.set(tx.stream.payload, b)
            ctx.set(tx.stream.valid, 1)
            await ctx.tick().until(tx.stream.ready)
            ctx.set(tx.stream.valid, 0)
            for _ in range(60):
                await ctx.tick()
                if ctx.get(rx.stream.valid):
                    got.append(ctx.get(rx.stream.payload))
    run(m, bench)
    assert got == sent


def test_uart_validates():
    with pytest.raises(ValueError, match="at least 4"):
        UARTRx(2)
    with pytest.raises(TypeError, match="integer"):
        UARTTx(5.0)


MEM, B, IMEM, CBITS, NCTR, CFG_ID = 256, 2, 8, 24, 3, 0x12345678


class LinkHarness(wiring.Component):
    """The link with a real memory and stand-ins for the accelerator's signals."""

    def __init__(self):
        self.link = HostLink(mem_bytes=MEM, beat_bytes=B, imem_depth=IMEM, counter_bits=CBITS,
                             counters=NCTR, divisor=4)
        super().__init__({})
        self.busy, self.imem = Signal(), Signal(128 * IMEM)

    def elaborate(self, platform):
        m = Module()
        m.submodules.link = link = self.link
        m.submodules.mem = mem = memory.Memory(shape=8 * B, depth=MEM // B, init=[])
        w, r = mem.write_port(granularity=8), mem.read_port()
        m.d.comb += [w.addr.eq(link.mem_addr), w.data.eq(link.mem_wdata), w.en.eq(link.mem_wen),
                     r.addr.eq(link.mem_addr), r.en.eq(link.mem_ren),
                     link.mem_rdata.eq(r.data), link.busy.eq(self.busy),
                     link.config_id.eq(CFG_ID), link.tx.ready.eq(1),
                     link.ctr_value.eq(0x010203 * (link.ctr_sel + 1))]
        for i in range(IMEM):          # instruction memory: bytes as the link writes them
            for j in range(16):
                with m.If((link.imem_addr == i) & link.imem_we[j]):
                    m.d.sync += self.imem[128 * i + 8 * j:128 * i + 8 * j + 8].eq(link.imem_data[:8])
        return m


def exchange(frames, busy=False, gap_cycles=1):
    """Send request frames to the link (byte by byte, ``gap_cycles`` apart: the UART's
    are ten bit times apart, the link needs one); return each reply frame and the
    harness at the end."""
    dut = LinkHarness()
    link = dut.link
    replies, starts = [], []

    async def bench(ctx):
        ctx.set(dut.busy, busy)
        for f in frames:
            for b in f:
                ctx.set(link.rx.payload, b)
                ctx.set(link.rx.valid, 1)
                await ctx.tick()
                ctx.set(link.rx.valid, 0)
                for _ in range(gap_cycles):
                    await ctx.tick()
            rep = []
            for _ in range(TIMEOUT_CYCLES + 400):
                if ctx.get(link.start):
                    starts.append(len(replies))
                if ctx.get(link.tx.valid):
                    rep.append(ctx.get(link.tx.payload))
                await ctx.tick()
                if len(rep) >= 4 and len(rep) == 5 + rep[2] + 256 * rep[3]:
                    break
            replies.append(bytes(rep))
        dut.result_imem = ctx.get(dut.imem)
    run(dut, bench)
    return replies, starts, dut


TIMEOUT_CYCLES = 64 * 10 * 4


def ok(frame):
    st, payload = parse_reply(frame)
    assert st == Status.OK, st
    return payload


def test_link_config_write_read_memory_and_instructions():
    data = bytes(range(7, 7 + 37))
    instrs = bytes(np.random.default_rng(0).integers(0, 256, 32, dtype=np.uint8))
    reps, _, dut = exchange([
        request(Cmd.CONFIG),
        request(Cmd.WRITE_MEM, (11).to_bytes(4, "little") + data),
        request(Cmd.READ_MEM, (11).to_bytes(4, "little") + len(data).to_bytes(2, "little")),
        request(Cmd.READ_MEM, (10).to_bytes(4, "little") + (3).to_bytes(2, "little")),
        request(Cmd.WRITE_INSTR, (3).to_bytes(2, "little") + instrs),
        request(Cmd.STATUS),
        request(Cmd.COUNTERS),
    ])
    info = ok(reps[0])
    assert int.from_bytes(info[:4], "little") == CFG_ID
    assert int.from_bytes(info[4:8], "little") == MEM and info[8] == CBITS and info[9] == NCTR
    assert ok(reps[1]) == b""
    assert ok(reps[2]) == data
    assert ok(reps[3]) == b"\x00" + data[:2]           # byte 10 was never written
    assert ok(reps[4]) == b""
    imem = dut.result_imem
    assert (imem >> (128 * 3)) & ((1 << 256) - 1) == int.from_bytes(instrs, "little")
    assert ok(reps[5]) == b"\x00"
    ctrs = ok(reps[6])
    assert [int.from_bytes(ctrs[3 * i:3 * i + 3], "little") for i in range(NCTR)] == \
        [0x010203 * (i + 1) for i in range(NCTR)]


def test_link_start_checks_config_id():
    reps, starts, _ = exchange([request(Cmd.START, (CFG_ID + 1).to_bytes(4, "little")),
                                request(Cmd.START, CFG_ID.to_bytes(4, "little"))])
    assert parse_reply(reps[0])[0] == Status.BAD_CONFIG
    assert ok(reps[1]) == b"" and starts == [1]


@pytest.mark.parametrize("frame,status", [
    (request(Cmd.CONFIG)[:-1] + bytes([1]), Status.BAD_CHECKSUM),
    (request(0x7E, b"xy"), Status.UNKNOWN_CMD),
    (request(Cmd.READ_MEM, b"\x00" * 5), Status.BAD_LENGTH),
    (request(Cmd.WRITE_MEM, (MEM - 1).to_bytes(4, "little") + b"ab"), Status.BAD_ADDRESS),
    (request(Cmd.READ_MEM, (MEM - 2).to_bytes(4, "little") + (3).to_bytes(2, "little")),
     Status.BAD_ADDRESS),
    (request(Cmd.WRITE_INSTR, (IMEM).to_bytes(2, "little") + bytes(16)), Status.BAD_ADDRESS),
])
def test_link_refuses_bad_frames_and_stays_usable(frame, status):
    reps, _, _ = exchange([frame, request(Cmd.CONFIG)])
    assert parse_reply(reps[0]) == (status, b"")
    assert ok(reps[1])[:4] == CFG_ID.to_bytes(4, "little")


def test_link_busy_and_truncated_frame():
    reps, _, _ = exchange([request(Cmd.WRITE_MEM, bytes(6))], busy=True)
    assert parse_reply(reps[0])[0] == Status.BUSY
    reps, _, _ = exchange([request(Cmd.WRITE_MEM, bytes(8))[:5], request(Cmd.CONFIG)])
    assert parse_reply(reps[0])[0] == Status.TIMEOUT
    assert ok(reps[1])[:4] == CFG_ID.to_bytes(4, "little")


def test_protocol_frames():
    f = request(Cmd.READ_MEM, b"\x01\x02")
    assert f[0] == 0xA5 and sum(f[1:]) % 256 == 0 and checksum(b"\x01\xff") == 0
    with pytest.raises(ProtocolError, match="checksum"):
        parse_reply(bytes([0x5A, 0, 0, 0, 1]))
    with pytest.raises(ProtocolError, match="length"):
        parse_reply(bytes([0x5A, 0, 3, 0, 0]))


@pytest.mark.parametrize("latency,beat,size", [(5, 1, 512), (6, 2, 8192), (8, 2, 512),
                                               (20, 4, 16384)])
def test_onchip_dram_keeps_the_bus_contract(latency, beat, size):
    """Beat for beat and cycle for cycle the same as the cosim's DramModel, on LOAD-like
    traffic: a few bursts of one length requested on consecutive cycles, stores, gaps;
    in one block RAM and in several banks."""
    from accel.board.memory import OnChipDram
    from accel.cosim.dram import DramModel
    dut = OnChipDram(size, beat, latency, queue=4)
    rng = np.random.default_rng(latency * 10 + beat)
    image = rng.integers(0, 256, size, dtype=np.uint8).tobytes()
    ref = DramModel(size, latency, beat)
    ref.write(0, image)
    # per cycle: (rd_valid, rd_addr, rd_len, wr_valid, wr_addr, wr_data)
    trace = []
    for _ in range(6):
        n, ln = int(rng.integers(1, 5)), int(rng.integers(1, 6))
        for _ in range(n):
            trace.append((1, int(rng.integers(0, size // beat - ln)) * beat, ln, 0, 0, 0))
        trace += [(0, 0, 0, 0, 0, 0)] * (latency + n * ln + int(rng.integers(0, 3)))
        for _ in range(int(rng.integers(0, 3))):
            trace.append((0, 0, 0, 1, int(rng.integers(0, size // beat)) * beat,
                          int(rng.integers(0, 1 << (8 * beat)))))
    got, want = [], []

    async def bench(ctx):
        ctx.set(dut.host_sel, 1)
        for a in range(size // beat):
            ctx.set(dut.host_addr, a)
            ctx.set(dut.host_wdata, int.from_bytes(image[a * beat:(a + 1) * beat], "little"))
            ctx.set(dut.host_wen, (1 << beat) - 1)
            await ctx.tick()
        ctx.set(dut.host_wen, 0)
        ctx.set(dut.host_sel, 0)
        for rv, ra, rl, wv, wa, wd in trace:
            for k, v in (("mem_rd_valid", rv), ("mem_rd_addr", ra), ("mem_rd_len", rl),
                         ("mem_wr_valid", wv), ("mem_wr_addr", wa), ("mem_wr_data", wd)):
                ctx.set(getattr(dut, k), v)
            dv = ctx.get(dut.mem_rd_data_valid)
            got.append((dv, ctx.get(dut.mem_rd_data) if dv else 0))
            want.append(ref.step(rv, ra, rl, wv, wa, wd))
            await ctx.tick()
    run(dut, bench)
    assert sum(v for v, _ in want) > 10
    assert got == want


@pytest.mark.slow
def test_board_core_uart_host_runs_digits_demo_verilator():
    """accel.host (the code `accel run` uses) drives the board core's UART pins in
    Verilator: loads the digits demo MLP, runs it, reads scores and counters back
    bit-exact with the model; each bad frame gets its error reply and the board stays
    usable."""
    import torch
    import accel
    from accel.cosim.board import run_board_cosim
    from accel.datasets import digits
    from accel.models import RECIPES, digits_mlp
    from accel.train import train
    xtr, ytr, xte, _ = digits()
    torch.manual_seed(0)
    m = digits_mlp()
    train(m, xtr, ytr, progress=False, **RECIPES["digits_mlp"])
    prog = accel.compile(m, torch.as_tensor(xte[:1], dtype=torch.float32),
                         accel.preset("ice40-up5k"))
    r = run_board_cosim(prog, xte[:2])
    assert r.mismatches == 0 and not r.counter_diffs, r.to_dict()
    assert r.model_cycles == r.rtl_cycles > 10_000
    assert r.bad_input == dict(bad_checksum=True, unknown_command=True, truncated_frame=True,
                               out_of_range_address=True, other_config=True,
                               usable_after=True)


def test_pll_settings_match_icepll_and_ecppll():
    from accel.board.pll import ecp5_pll, ice40_pll
    # `yowasp-icepll -i 12 -o 30` and `yowasp-ecppll -i 25 -o 100`
    p = ice40_pll(12, 30)
    assert (p.divr, p.divf, p.divq, p.filter_range, p.f_out_mhz) == (0, 79, 5, 1, 30.0)
    e = ecp5_pll(25, 100)
    assert (e.clki_div, e.clkfb_div, e.clkop_div, e.clkop_cphase, e.f_out_mhz) == (1, 4, 6, 2, 100.0)
    assert abs(ice40_pll(12, 33.3).f_out_mhz - 33.3) < 0.5


def test_build_refuses_a_design_that_does_not_fit():
    """nextpnr's utilisation lines (this one from the first iCEBreaker build, whose DRAM
    stand-in had been mapped to block RAM) name the resource and both numbers."""
    from accel.board.build import FitError, _check_fit, _utilisation_from_log
    log = ("Info: Device utilisation:\nInfo: \t         ICESTORM_LC:    7366/   5280   139%\n"
           "Info: \t        ICESTORM_RAM:     153/     30   510%\n"
           "Info: \t      ICESTORM_SPRAM:       0/      4     0%\n")
    util = _utilisation_from_log(log)
    assert util == {"ICESTORM_LC": (7366, 5280), "ICESTORM_RAM": (153, 30),
                    "ICESTORM_SPRAM": (0, 4)}
    with pytest.raises(FitError, match="needs 7,366 ICESTORM_LC but the device has 5,280"):
        _check_fit(util)
    _check_fit({"ICESTORM_LC": (4000, 5280)})


def test_board_registry_and_validation():
    import dataclasses
    from accel.board.boards import BOARDS, board
    from accel.board.memory import OnChipDram
    assert {b.preset for b in BOARDS.values()} == {"ice40-up5k", "ecp5-85f", "xc7a35t"}
    small = accel.preset("ecp5-85f").replace(rows=1, cols=4, clock_mhz=100.0)
    b = dataclasses.replace(board("ulx3s-85f"), override=small)   # accel build --config
    assert b.config == small and board("ulx3s-85f").config == accel.preset("ecp5-85f")
    with pytest.raises(BuildError, match="unknown board 'nope'"):
        board("nope")
    with pytest.raises(ValueError, match="latency must be at least 5"):
        OnChipDram(256, 2, 4, 4)
    with pytest.raises(ValueError, match="SPRAMs hold 16-bit words"):
        OnChipDram(64 * 1024, 4, 8, 4, spram=True)


def test_accel_run_names_a_silent_port(tmp_path, capsys):
    """`accel run` on a serial port where no board answers: exit 2 and a clear reason."""
    import os
    import pty
    import torch
    import accel
    from accel.cli import main
    from accel.models import digits_mlp
    _, slave = pty.openpty()
    prog = accel.compile(digits_mlp().eval(), torch.zeros(1, 64), accel.preset("ice40-up5k"))
    prog.save(tmp_path / "d.accel")
    assert main(["run", "--port", os.ttyname(slave), "--timeout", "0.2",
                 str(tmp_path / "d.accel"), "--images", "1"]) == 2
    assert "sent 0 of 4 expected bytes" in capsys.readouterr().err


def test_accel_build_bad_input_exits_2_with_one_line(tmp_path, capsys, monkeypatch):
    from accel.board import build as build_mod
    from accel.cli import main
    from accel.config import DSP_REGS
    assert main(["build", "--board", "nope", "-q"]) == 2
    err = capsys.readouterr().err.strip()
    assert "unknown board 'nope'" in err and "icebreaker" in err and len(err.splitlines()) == 1

    def no_fit(b, out, **kw):
        build_mod._check_fit({"ICESTORM_LC": (7082, 5280)})
    monkeypatch.setattr(build_mod, "build_board", no_fit)
    js = tmp_path / "r.json"
    assert main(["build", "--board", "icebreaker", "-q", "-o", str(tmp_path / "b"),
                 "--json", str(js)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == ("accel build: error: icebreaker: the design does not fit: it needs "
                   "7,082 ICESTORM_LC but the device has 5,280")
    assert not js.exists()
    # --config: a file that is no TOML, and an impossible config, before anything is built
    cf = tmp_path / "c.toml"
    for text, why in (("nope", f"{cf}: not valid TOML"),
                      ('[accel]\npreset = "ecp5-85f"\nrows = 0\n',
                       "AccelConfig 'ecp5-85f': rows = 0 must be in 1..256"),
                      (f'[accel]\npreset = "ecp5-85f"\npop_stages = {2 * DSP_REGS - 1}\n',
                       f"AccelConfig 'ecp5-85f': pop_stages = {2 * DSP_REGS - 1} must be at "
                       f"least {2 * DSP_REGS} with plane_dsp")):
        cf.write_text(text)
        assert main(["build", "--board", "ulx3s-85f", "--config", str(cf), "-q",
                     "-o", str(tmp_path / "c"), "--json", str(js)]) == 2
        err = capsys.readouterr().err.strip()
        assert why in err, err
        assert len(err.splitlines()) == 1 and not js.exists() and not (tmp_path / "c").exists()


@pytest.mark.parametrize("field,value,why", [
    ("conv", "yes", "must be true or false"),
    ("dram_addr_bits", 8, "must be in 12..32"),
    ("counter_bits", 80, "must be in 16..64"),
])
def test_new_config_fields_are_validated(tmp_path, capsys, field, value, why):
    from accel.cli import main
    toml = tmp_path / "bad.toml"
    toml.write_text(f'[accel]\npreset = "ice40-up5k"\n{field} = {value!r}\n'.replace("'", '"'))
    assert main(["presets", "--show", "ice40-up5k"]) == 0
    capsys.readouterr()
    assert main(["compile", str(tmp_path / "none.pt"), "--config", str(toml),
                 "-o", str(tmp_path / "p.accel")]) == 2
    err = capsys.readouterr().err.strip()
    assert f"{field} = {value!r}" in err and why in err and len(err.splitlines()) == 1
    assert not (tmp_path / "p.accel").exists()


def test_lut_count_of_each_family():
    """A CCU2C carry cell holds two LUT4s; ECP5 LUT4s are not counted twice as a
    Xilinx LUTn (they were, once: the ECP5 array showed 8.8 LUT4 per MAC, not 4.8)."""
    from accel.board.build import _luts
    assert _luts({"LUT4": 32384, "CCU2C": 3584, "TRELLIS_FF": 9}) == 39552
    assert _luts({"SB_LUT4": 337, "SB_CARRY": 40}) == 337
    assert _luts({"LUT6": 10, "LUT2": 3, "CARRY4": 2}) == 13


def test_operand_copies_survive_synthesis(tmp_path):
    """The array's register copies (one per group of OPERAND_FANOUT columns) are
    marked keep by the board build; without it Yosys merges them into one register
    that drives the whole row."""
    import re
    import subprocess
    from amaranth.back import verilog
    from accel.board.build import KEEP_COPIES, tool
    from accel.hdl.array import OPERAND_FANOUT, PEArray
    from accel.config import DSP_REGS
    from accel.hdl.pe import PLANE_BITS, SCALE_BITS
    R, C, W, A = 1, 2 * OPERAND_FANOUT, 8, 8

    def ff_bits(script, array):
        (tmp_path / "a.v").write_text(verilog.convert(array, name="arr"))
        subprocess.run([tool("YOSYS"), "-q", "-p", f"read_verilog a.v; proc; {script}"
                        "synth -flatten -top arr; tee -q -o stat.txt stat"], cwd=tmp_path,
                       check=True)
        out = (tmp_path / "stat.txt").read_text()
        return sum(int(n) for n in re.findall(r"(\d+)\s+\$_S?DFFE?_\w+", out))

    merged, kept = (ff_bits(s, PEArray(R, C, W, A, 1)) for s in ("", f"{KEEP_COPIES}; "))
    # a second copy of the row's word and of the
    # group's valid, zero and plane; behind it, the PEs' delay of valid and plane
    # (one popcount stage) is the second group's own
    assert kept - merged == W + (1 + 1 + PLANE_BITS) + (1 + PLANE_BITS), (merged, kept)
    # plane_dsp: the group's one-hot scale is copied instead of the plane, and every
    # PE has its own multiplier scale register (next to its DSP block); the second
    # group's PEs delay valid to the multiplier and to the product themselves
    merged, kept = (ff_bits(s, PEArray(R, C, W, A, 4, True)) for s in ("", f"{KEEP_COPIES}; "))
    assert kept - merged == (W + (1 + 1 + SCALE_BITS) + (C - 1) * SCALE_BITS * DSP_REGS
                             + 2 * DSP_REGS), (merged, kept)
