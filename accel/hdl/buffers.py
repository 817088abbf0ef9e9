"""`Buffers`: the accelerator's on-chip memories behind their request ports."""

from __future__ import annotations

from amaranth import Module, Signal, unsigned
from amaranth.lib import memory, wiring
from amaranth.lib.wiring import In, Out

from ..config import AccelConfig
from ..perfcounters import BUFS
from ..timing import BUFFER_READ_REGS
from .engine import ReadRequest, WriteRequest, bits, check_config

__all__ = ["Buffers", "request_ports", "tob_depth", "scores_base", "beats_per_word",
           "dma_counter_bits"]


def tob_depth(cfg: AccelConfig) -> int:
    """Words of the threshold/score memory: the thresholds, then each row's scores."""
    return cfg.thresh_depth + cfg.rows * cfg.out_depth


def scores_base(cfg: AccelConfig) -> int:
    """The threshold/score memory's first score word (row r's from
    ``scores_base + r * out_depth``)."""
    return cfg.thresh_depth


def beats_per_word(cfg: AccelConfig) -> dict[str, int]:
    """Memory bus beats per DRAM word of each buffer (`accel.perfcounters.BUFS`)."""
    return {b: cfg.dram_word_bytes(b) // cfg.dram_bytes_per_cycle for b in BUFS}


def dma_counter_bits(cfg: AccelConfig) -> tuple[int, int]:
    """Widths of a LOAD's or STORE's word and bank counters: ``words`` and ``banks``
    are legal up to a buffer's depth and banks (`AccelConfig.buffer_depth`,
    `AccelConfig.buffer_banks`; the model refuses more)."""
    return (bits(max(cfg.buffer_depth(b) for b in BUFS) + 1),
            bits(max(cfg.buffer_banks(b) for b in BUFS) + 1))


def request_ports(cfg: AccelConfig) -> dict[str, wiring.Signature]:
    """The buffers' request ports, the requesting engine's side: ``<buf>_rd`` and
    ``<buf>_wr`` for ``act``, ``weight`` and ``tob`` (thresholds and scores)."""
    R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
    WW = cfg.weight_word_bits
    ab = {"act": bits(cfg.act_depth), "weight": bits(cfg.weight_depth),
          "tob": bits(tob_depth(cfg))}
    return {"act_rd": ReadRequest(ab["act"]),
            "act_wr": WriteRequest(ab["act"], R * W, R * cfg.lanes_per_word),
            "weight_rd": ReadRequest(ab["weight"]),
            "weight_wr": WriteRequest(ab["weight"], C * WW, C),
            "tob_rd": ReadRequest(ab["tob"]),
            "tob_wr": WriteRequest(ab["tob"], C * A, C)}


class _RegisteredWrite:
    """A memory write port behind a register stage: ``addr``, ``data`` and ``en``
    requested in cycle t are on the port, and written, in cycle t + 1."""

    def __init__(self, m: Module, port, request, name: str):
        # address and data without a reset (the reset reaches control logic only)
        addr_q, data_q = (Signal.like(getattr(port, n), name=f"{name}_{n}_q", reset_less=True)
                          for n in ("addr", "data"))
        en_q = Signal.like(port.en, name=f"{name}_en_q")
        m.d.sync += [addr_q.eq(request.addr), data_q.eq(request.data), en_q.eq(request.en)]
        m.d.comb += [port.addr.eq(addr_q), port.data.eq(data_q), port.en.eq(en_q)]


class Buffers(wiring.Component):
    """The activation, weight and threshold/score buffers of one `AccelConfig`.

    ==============  =========================  ==========================================
    buffer          word                       depth
    ==============  =========================  ==========================================
    act             ``rows * lane_bits``       ``act_depth`` (bank r: row r's lanes)
    weight          ``cols * weight_word``     ``weight_depth`` (bank c: column c's;
                                               ``weight_word_bits``: ``lane_bits`` for
                                               XNOR)
    thresh / out    ``cols * acc_bits``        ``thresh_depth + rows * out_depth``: a
                                               threshold entry (all columns) at word e,
                                               row r's scores at
                                               ``thresh_depth + r * out_depth + e``
    ==============  =========================  ==========================================

    Thresholds and scores share one memory: no two engines use them in one cycle
    (POST reads thresholds then writes scores, LOAD writes thresholds, STORE reads
    either).  Each buffer has one read and one write request port (``*_rd``,
    ``*_wr``, `accel.hdl.engine`).

    Latency: a write requested in cycle t lands in cycle t + 1, so what crosses the
    chip to the block RAMs (a weight word goes to 16 banks) starts at a flip-flop.  A
    read at the edge ending cycle t shows its word in ``tob_data`` in cycle t + 1; the
    activation and weight words are registered once more (`BUFFER_READ_REGS`) into
    ``act_data`` and ``weight_data``, in cycle t + 2 (``act_hold`` keeps ``act_data``,
    for a STORE stalled by the memory).
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        super().__init__({
            **{k: In(sig) for k, sig in request_ports(cfg).items()},
            "act_data": Out(R * W), "act_hold": In(1),
            "weight_data": Out(C * cfg.weight_word_bits),
            "tob_data": Out(C * A),
        })

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        R, C, W, A = cfg.rows, cfg.cols, cfg.lane_bits, cfg.acc_bits
        WW = cfg.weight_word_bits
        m.submodules.act_buf = act = memory.Memory(shape=unsigned(R * W), depth=cfg.act_depth,
                                                   init=[])
        m.submodules.weight_buf = wgt = memory.Memory(shape=unsigned(C * WW),
                                                      depth=cfg.weight_depth, init=[])
        m.submodules.thresh_out_buf = tob = memory.Memory(shape=unsigned(C * A),
                                                          depth=tob_depth(cfg), init=[])
        # (an activation lane: cols elements, written by POST; a weight bank: a word)
        _RegisteredWrite(m, act.write_port(granularity=C * cfg.elem_bits), self.act_wr, "act")
        _RegisteredWrite(m, wgt.write_port(granularity=WW), self.weight_wr, "weight")
        _RegisteredWrite(m, tob.write_port(granularity=A), self.tob_wr, "thresh_out")
        act_r, wgt_r, tob_r = act.read_port(), wgt.read_port(), tob.read_port()
        for port, req in ((act_r, self.act_rd), (wgt_r, self.weight_rd), (tob_r, self.tob_rd)):
            m.d.comb += [port.addr.eq(req.addr), port.en.eq(req.en)]
        # the activation and weight words registered as read (`BUFFER_READ_REGS`)
        assert BUFFER_READ_REGS == 1
        act_q = Signal(R * W, name="act_q", reset_less=True)
        wgt_q = Signal(C * WW, name="wgt_q", reset_less=True)
        with m.If(~self.act_hold):
            m.d.sync += act_q.eq(act_r.data)
        m.d.sync += wgt_q.eq(wgt_r.data)
        m.d.comb += [self.act_data.eq(act_q), self.weight_data.eq(wgt_q),
                     self.tob_data.eq(tob_r.data)]
        return m
