"""`PerfCounters`: the hardware performance counters and their readback."""

from __future__ import annotations

from amaranth import Array, Module, Signal
from amaranth.lib import wiring
from amaranth.lib.wiring import In, Out

from ..config import AccelConfig
from ..perfcounters import CTR_GROUP, CTR_READ_LATENCY, hw_counters
from .engine import bits, check_config, inc_layout

__all__ = ["PerfCounters"]


class PerfCounters(wiring.Component):
    """One ``counter_bits`` register per name of `accel.perfcounters.hw_counters`.

    ``inc.<name>`` is what the engines count in a cycle; it is registered (the
    engines' decode does not chain into the counters' carry chains) and added a cycle
    later while ``running`` was high, so the counters are final one cycle after the
    run ends.  ``clear`` (the run's start) zeroes them.  ``sel`` selects one counter
    onto ``value`` `CTR_READ_LATENCY` (2) cycles later: a mux within its group of
    `CTR_GROUP`, registered, then a mux over the groups, registered.
    """

    def __init__(self, cfg: AccelConfig):
        self.cfg = cfg = check_config(cfg)
        self.names = names = hw_counters(cfg)
        super().__init__({
            "inc": In(inc_layout(names)), "running": In(1), "clear": In(1),
            "sel": In(bits(len(names))), "value": Out(cfg.counter_bits),
        })

    def elaborate(self, platform):
        cfg, names = self.cfg, self.names
        m = Module()
        ctr = {n: Signal(cfg.counter_bits, name=f"ctr_{n}", reset_less=True)   # zeroed by clear
               for n in names}
        assert CTR_READ_LATENCY == 2
        gb = (CTR_GROUP - 1).bit_length()
        groups = [Signal(cfg.counter_bits, name=f"ctr_group{g}")
                  for g in range(-(-len(names) // CTR_GROUP))]
        for g, grp in enumerate(groups):
            members = names[CTR_GROUP * g:CTR_GROUP * (g + 1)]
            m.d.sync += grp.eq(Array(ctr[n] for n in members)[self.sel[:gb]])
        sel_q = Signal(range(len(groups)))
        m.d.sync += [sel_q.eq(self.sel[gb:]), self.value.eq(Array(groups)[sel_q])]
        counting = Signal()
        m.d.sync += counting.eq(self.running)
        for n in names:
            inc_q = Signal(16, name=f"inc_q_{n}")
            m.d.sync += inc_q.eq(getattr(self.inc, n))
            with m.If(self.clear):
                m.d.sync += ctr[n].eq(0)
            with m.Elif(counting):
                m.d.sync += ctr[n].eq(ctr[n] + inc_q)
        return m
