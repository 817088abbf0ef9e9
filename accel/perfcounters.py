"""Performance counters: their names, the ones the RTL keeps and how it reads them back.

The contract between the golden model (`accel.model.counters` computes every counter
of a run), the RTL (`accel.hdl.counters.PerfCounters` keeps `HW_COUNTERS`) and the
host, which reads those back and derives the rest (`accel.model.counters`).
"""

from __future__ import annotations

__all__ = ["ENGINES", "BUFS", "COUNTERS", "DERIVED", "NORM_COUNTERS", "HW_COUNTERS",
           "hw_counters", "CTR_READ_LATENCY", "CTR_GROUP"]

#: The engines with busy/stall counters, and the buffers with read/write counters.
ENGINES = ("load", "store", "gemm", "post")
BUFS = ("act", "weight", "thresh", "out")
COUNTERS = (("cycles", "instructions")
            + tuple(f"{e}_{k}" for e in ENGINES for k in ("busy", "stall"))
            + ("array_active_cycles", "dram_read_bytes", "dram_write_bytes")
            + tuple(f"sram_{b}_{k}" for b in BUFS for k in ("reads", "writes"))
            + ("binary_macs", "macs", "acc_updates", "threshold_ops"))
#: The LightNorm units' work (`accel.isa.NormOp`): values normalized (APPLY), values
#: taken into the statistics (STAT), columns finalized (FIN).  Counted by the RTL of a
#: configuration with LightNorm units only (other configurations cannot run a NORM).
NORM_COUNTERS = ("norm_ops", "norm_stat_ops", "norm_fin_ops")
COUNTERS += NORM_COUNTERS

#: Counters that are a constant multiple of another one in every instruction; the RTL
#: keeps no register for them (the host multiplies, `accel.model.counters.derived_counters`).
DERIVED = ("array_active_cycles", "dram_read_bytes", "dram_write_bytes", "binary_macs",
           "macs", "acc_updates")
#: The counters the RTL of every configuration keeps, in ``ctr_sel`` order
#: (`hw_counters`: those of one configuration).
HW_COUNTERS = tuple(n for n in COUNTERS if n not in DERIVED + NORM_COUNTERS)


def hw_counters(cfg) -> tuple[str, ...]:
    """The counters the RTL of ``cfg`` keeps, in ``ctr_sel`` order: `HW_COUNTERS`, then
    `NORM_COUNTERS` with LightNorm units."""
    return HW_COUNTERS + (NORM_COUNTERS if cfg.lightnorm else ())
#: The RTL's readback: ``ctr_value`` shows the counter ``ctr_sel`` selects this many
#: cycles later (a mux over groups of ``CTR_GROUP`` counters, registered, then a mux
#: over the groups, registered).
CTR_READ_LATENCY = 2
CTR_GROUP = 4
