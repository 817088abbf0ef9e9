"""Per-instruction cycles and counters, in closed form.

Counter names are stable; the RTL's performance counters carry the same names.

==========================  ==========================================================
``cycles``                  total cycles, start to done
``instructions``            instructions executed
``<engine>_busy``           cycles engine ``load``/``store``/``gemm``/``post`` moved data
``<engine>_stall``          cycles it held an instruction without moving data
``array_active_cycles``     cycles the PE array stepped (= ``gemm_busy``)
``dram_read_bytes``         bytes moved DRAM -> chip (whole bus beats)
``dram_write_bytes``        bytes moved chip -> DRAM
``sram_<buf>_reads``        word reads of buffer ``act``/``weight``/``thresh``/``out``
``sram_<buf>_writes``       word writes of that buffer
``binary_macs``             XNOR-popcount bit operations the array performed (0 with
                            multi-bit PEs)
``macs``                    multiply-accumulates: binary ones, or products of an
                            ``elem_bits`` activation and a ``weight_bits`` weight
``acc_updates``             accumulator additions (one per PE per step)
``threshold_ops``           threshold compares / score offsets (per PE, per level, per POST)
``norm_ops``                values normalized by the LightNorm units (NORM APPLY)
``norm_stat_ops``           values taken into the LightNorm statistics (NORM STAT)
``norm_fin_ops``            columns finalized (NORM FIN: mean, range, scale)
==========================  ==========================================================
"""

from __future__ import annotations

from ..config import AccelConfig
from ..isa import Instr
from ..perfcounters import COUNTERS, CTR_GROUP, CTR_READ_LATENCY, ENGINES, HW_COUNTERS, hw_counters
from .engines import engine_of

__all__ = ["COUNTERS", "HW_COUNTERS", "hw_counters", "CTR_READ_LATENCY", "CTR_GROUP", "ENGINES", "derived_counters", "expand_hw_counters",
           "rtl_view", "instr_counters", "zero_counters"]


def derived_counters(cfg: AccelConfig) -> dict[str, tuple[str, int]]:
    """``{derived: (base, factor)}``: ``derived == factor * base`` for every program.

    The array steps once per busy GEMM cycle, doing ``rows * cols`` accumulator
    updates of ``elems_per_word`` MACs (``lane_bits`` binary ones for XNOR); every busy
    load/store cycle moves one bus beat.  (A test checks the model keeps these
    relations on random programs.)
    """
    R, C, E, B = cfg.rows, cfg.cols, cfg.elems_per_word, cfg.dram_bytes_per_cycle
    return {"array_active_cycles": ("gemm_busy", 1), "dram_read_bytes": ("load_busy", B),
            "dram_write_bytes": ("store_busy", B),
            "binary_macs": ("gemm_busy", 0 if cfg.multibit else R * C * E),
            "macs": ("gemm_busy", R * C * E), "acc_updates": ("gemm_busy", R * C)}


def expand_hw_counters(cfg: AccelConfig, hw: dict[str, int]) -> dict[str, int]:
    """All `COUNTERS` from the values of the counters the RTL of ``cfg`` reports
    (`hw_counters`); a counter it does not keep is zero in every run (a NORM counter of
    a configuration without LightNorm units, which refuses NORM)."""
    d, kept = derived_counters(cfg), hw_counters(cfg)
    return {n: d[n][1] * hw[d[n][0]] if n in d else hw[n] if n in kept else 0
            for n in COUNTERS}


def rtl_view(cfg: AccelConfig, counters: dict[str, int]) -> dict[str, int]:
    """What the RTL reports for the model's ``counters`` of one run: the hardware
    counters wrap modulo ``2**counter_bits`` and the derived ones follow them."""
    mask = (1 << cfg.counter_bits) - 1
    return expand_hw_counters(cfg, {n: counters[n] & mask for n in hw_counters(cfg)})


def zero_counters() -> dict[str, int]:
    return dict.fromkeys(COUNTERS, 0)


def instr_counters(cfg: AccelConfig, ins: Instr) -> dict[str, int]:
    """The counter increments caused by one instruction: its issue and its engine's
    busy/stall cycles and data counters (`accel.model.engines`).  A run's ``cycles``
    come from the schedule (`accel.model.schedule`): engines overlap."""
    engine = engine_of(ins.op)
    busy, stall = engine.cycles(cfg, ins)
    c = {"instructions": 1}
    if engine.name is not None:
        c[f"{engine.name}_busy"] = busy
        c[f"{engine.name}_stall"] = stall
    c.update(engine.counters(cfg, ins))
    return c
