"""`Accelerator`: the controller, the engines, the buffers and the counters, connected.

Everything here is sized from one `AccelConfig` and decodes instructions through the
`accel.isa` layouts; the cycle each engine takes is the formula of `accel.timing`
(the co-simulation checks it).

Memory bus (all signals in the accelerator's clock domain; ``B`` =
``dram_bytes_per_cycle``):

==================  ===  ===================================================================
``mem_rd_valid``    out  read burst request: ``mem_rd_len`` beats from byte ``mem_rd_addr``
``mem_rd_ready``    in   request accepted when ``valid & ready`` at a clock edge
``mem_rd_data_valid`` in one data beat (``mem_rd_data``, ``8*B`` bits, little-endian) this
                         cycle; beats of successive requests arrive in request order.  The
                         load engine always accepts (no ready).
``mem_wr_valid``    out  one write beat: ``mem_wr_data`` to byte ``mem_wr_addr``
``mem_wr_ready``    in   beat accepted when ``valid & ready`` at a clock edge
==================  ===  ===================================================================

Timing contract with the memory (what `accel.timing` assumes): ``mem_rd_ready`` and
``mem_wr_ready`` stay high, and a read request accepted in cycle ``c`` delivers its
first beat in cycle ``c + dram_latency`` at the earliest, with beats back to back.
A slower memory makes the engines wait (and the cycle counts then exceed the model's).

Host interface: write the program with ``imem_we/imem_addr/imem_data`` (``imem_we``
has one enable per byte of the instruction word, so a host link can write it a byte
at a time), pulse ``start``; ``done`` rises when FINISH is reached, and the counters
are final one cycle later.  ``ctr_sel`` selects one of the hardware performance
counters (`accel.perfcounters.hw_counters` order, each ``counter_bits`` wide) onto
``ctr_value`` ``CTR_READ_LATENCY`` (2) cycles later; the host derives the others
(`accel.model.counters.expand_hw_counters`).  ``config_id`` is the first 32 bits of
the config hash.
"""

from __future__ import annotations

import functools
import operator

from amaranth import Module
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from .. import isa
from ..config import AccelConfig
from ..perfcounters import hw_counters
from .buffers import Buffers
from .controller import ENGINES, Controller, State
from .counters import PerfCounters
from .engine import bits, check_config, join
from .gemm import GemmEngine
from .load import RD_LEN_BITS, LoadEngine, read_bus
from .post import PostEngine
from .store import StoreEngine, write_bus

__all__ = ["Accelerator", "accelerator_signature", "State", "RD_LEN_BITS", "config_id"]


def config_id(cfg: AccelConfig) -> int:
    return cfg.id


def accelerator_signature(cfg: AccelConfig) -> wiring.Signature:
    """The ports of `Accelerator(cfg)` (also written into the RTL manifest)."""
    return wiring.Signature({
        "start": In(1), "done": Out(1), "busy": Out(1), "error": Out(1),
        "imem_we": In(isa.WORD_BITS // 8), "imem_addr": In(bits(cfg.imem_depth)),
        "imem_data": In(isa.WORD_BITS),
        **read_bus(cfg), **write_bus(cfg),
        "ctr_sel": In(bits(len(hw_counters(cfg)))), "ctr_value": Out(cfg.counter_bits),
        "config_id": Out(32),
    })


class Accelerator(wiring.Component):
    """The binary accelerator for one `AccelConfig` (see the module docstring).

    The `Controller` issues each instruction to its engine (`LoadEngine`,
    `StoreEngine`, `GemmEngine`, `PostEngine`), which reads and writes the `Buffers`
    through request ports that the top joins; `PerfCounters` counts what they report.

    Latency: each instruction takes `accel.timing.ISSUE_CYCLES` plus the cycles its
    engine holds the controller, GEMM and POST overlap (`accel.timing`, "Overlap");
    ``done`` rises the cycle after FINISH is issued.
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        super().__init__(accelerator_signature(cfg))

    def elaborate(self, platform):
        cfg = self.cfg
        m = Module()
        m.submodules.controller = ctrl = Controller(cfg)
        m.submodules.buffers = bufs = Buffers(cfg)
        m.submodules.load = load = LoadEngine(cfg)
        m.submodules.store = store = StoreEngine(cfg)
        m.submodules.gemm = gemm = GemmEngine(cfg)
        m.submodules.post = post = PostEngine(cfg)
        m.submodules.counters = ctrs = PerfCounters(cfg)
        engines = {"load": load, "store": store, "gemm": gemm, "post": post}
        assert set(engines) == set(ENGINES)

        # host, memory bus and identification
        for port in ("start", "imem_we", "imem_addr", "imem_data"):
            m.d.comb += getattr(ctrl, port).eq(getattr(self, port))
        for port in ("done", "busy", "error"):
            m.d.comb += getattr(self, port).eq(getattr(ctrl, port))
        for port, flow in read_bus(cfg).items():
            src, dst = (load, self) if flow.flow == wiring.Flow.Out else (self, load)
            m.d.comb += getattr(dst, port).eq(getattr(src, port))
        for port, flow in write_bus(cfg).items():
            src, dst = (store, self) if flow.flow == wiring.Flow.Out else (self, store)
            m.d.comb += getattr(dst, port).eq(getattr(src, port))
        m.d.comb += self.config_id.eq(config_id(cfg))

        # commands
        for name, engine in engines.items():
            wiring.connect(m, getattr(ctrl, name), engine.cmd)

        # buffers: each request port joins the engines that use it
        join(m, bufs.act_rd, gemm.act_rd, post.act_rd, store.act_rd)
        join(m, bufs.act_wr, load.act_wr, post.act_wr)
        join(m, bufs.weight_rd, gemm.weight_rd)
        join(m, bufs.weight_wr, load.weight_wr)
        join(m, bufs.tob_rd, post.tob_rd, store.tob_rd)
        join(m, bufs.tob_wr, load.tob_wr, post.tob_wr)
        m.d.comb += [bufs.act_hold.eq(store.act_hold),
                     gemm.act_data.eq(bufs.act_data), gemm.weight_data.eq(bufs.weight_data),
                     post.act_data.eq(bufs.act_data), post.tob_data.eq(bufs.tob_data),
                     store.act_data.eq(bufs.act_data), store.tob_data.eq(bufs.tob_data),
                     post.acc.eq(gemm.acc), post.land.eq(gemm.land),
                     post.pending.eq(gemm.pending)]

        # performance counters: each counts what the units that name it report
        units = [ctrl, *engines.values()]
        for n in hw_counters(cfg):
            sources = [getattr(u.inc, n) for u in units if n in u.inc.shape().members]
            assert sources, n
            # units that name one counter never count in the same cycle (GEMM and POST
            # overlap, but a POST reads activation words only before the next GEMM
            # issues: `accel.timing`)
            m.d.comb += getattr(ctrs.inc, n).eq(functools.reduce(operator.or_, sources))
        m.d.comb += [ctrs.running.eq(ctrl.busy), ctrs.clear.eq(ctrl.clear),
                     ctrs.sel.eq(self.ctr_sel), self.ctr_value.eq(ctrs.value)]
        return m

