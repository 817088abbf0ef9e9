"""Energy per action and the roll-up ``energy = sum(count(action) * energy(action))``.

The default table (``accel/data/energy.toml``) cites its source beside each entry.
A user table overrides any subset of entries.

SRAM energy per bit depends on the buffer's size: a buffer is charged at the
smallest tabulated SRAM size class that holds it (8 KB, 32 KB, 1 MB; larger ones at
the 1 MB figure).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .config import AccelConfig, read_toml
from .lightnorm import LIGHTNORM_SPEC, bfp_in_bits, fixed_bits, stats_sum_bits

__all__ = ["EnergyTable", "EnergyError", "PJ_MAX", "energy_breakdown", "lightnorm_energy", "sram_class", "BUFFERS"]

BUFFERS = ("act", "weight", "thresh", "out")
_SRAM_CLASSES = ((8 * 1024, "sram_bit_8kb"), (32 * 1024, "sram_bit_32kb"),
                 (None, "sram_bit_1mb"))


class EnergyError(ValueError):
    """An energy table that cannot be used (unreadable, unknown actions, bad numbers)."""


#: Largest energy an action may cost, in pJ (a DRAM bit is ~20 pJ; 1 uJ per bit
#: action is no technology's figure, and keeps every roll-up finite)
PJ_MAX = 1e6


@dataclass(frozen=True)
class EnergyTable:
    pj: dict[str, float]
    source: dict[str, str]

    @classmethod
    def default(cls) -> "EnergyTable":
        text = (Path(__file__).parent / "data" / "energy.toml").read_text()
        return cls._from_toml(tomllib.loads(text), "accel/data/energy.toml")

    @classmethod
    def _from_toml(cls, data: dict, where: str) -> "EnergyTable":
        pj, src = {}, {}
        for k, v in data.items():
            if not isinstance(v, dict) or "pj" not in v:
                raise EnergyError(f"{where}: entry {k!r} needs a table with a 'pj' number")
            val = v["pj"]
            if not isinstance(val, (int, float)) or isinstance(val, bool) \
                    or not 0 <= val <= PJ_MAX:       # also refuses nan and inf
                raise EnergyError(f"{where}: {k}.pj = {val!r} must be a number in "
                                  f"0..{PJ_MAX:g} (picojoules)")
            pj[k] = float(val)
            src[k] = str(v.get("source", "user table"))
        return cls(pj, src)

    @classmethod
    def load(cls, path) -> "EnergyTable":
        """The default table with the entries of the TOML file at ``path`` overriding it."""
        base = cls.default()
        p = Path(path)
        data = read_toml(p, "an energy table", EnergyError)
        user = cls._from_toml(data, str(p))
        unknown = sorted(set(user.pj) - set(base.pj))
        if unknown:
            raise EnergyError(f"{path}: unknown energy action(s) {unknown}; known: {sorted(base.pj)}")
        return cls({**base.pj, **user.pj}, {**base.source, **user.source})


def sram_class(bits: int) -> str:
    """Energy-table key for an SRAM of ``bits`` bits."""
    nbytes = bits / 8
    for limit, key in _SRAM_CLASSES:
        if limit is None or nbytes <= limit:
            return key
    raise AssertionError


def energy_breakdown(counters: dict, cfg: AccelConfig,
                     table: EnergyTable | None = None) -> dict[str, float]:
    """Energy in pJ per action for a set of counters (see `accel.model` for names)."""
    t = (table or EnergyTable.default()).pj
    out = {
        "dram": (counters["dram_read_bytes"] + counters["dram_write_bytes"]) * 8 * t["dram_bit"],
    }
    for b in BUFFERS:
        accesses = counters[f"sram_{b}_reads"] + counters[f"sram_{b}_writes"]
        out[f"sram_{b}"] = (accesses * cfg.buffer_word_bits(b)
                            * t[sram_class(cfg.buffer_bits(b))])
    if cfg.multibit:
        # a product (ESB: m + 1 shift-adds of the activation; int: an n x b multiplier),
        # then one addition of its width in the adder tree
        n, b = cfg.elem_bits, cfg.weight_bits
        if cfg.pe_kind == "esb":
            f = cfg.esb_format
            out["multiply"] = counters["macs"] * (f.mantissa + 1) * (n + f.mantissa + 1) \
                * t["add_bit"]
            product_bits = n + f.magnitude_bits + 1
        else:
            out["multiply"] = counters["macs"] * n * b * t["mult_bit2"]
            product_bits = n + b
        out["adder_tree"] = counters["macs"] * product_bits * t["add_bit"]
    else:
        out["xnor"] = counters["binary_macs"] * t["xnor_bit"]
        out["popcount"] = counters["binary_macs"] * t["popcount_bit"]
    out["accumulate"] = counters["acc_updates"] * cfg.acc_bits * t["add_bit"]
    out["threshold"] = counters["threshold_ops"] * cfg.acc_bits * t["add_bit"]
    if cfg.lightnorm:
        out["lightnorm"] = lightnorm_energy(counters, cfg, t)
    return out


def lightnorm_energy(counters: dict, cfg: AccelConfig, pj: dict) -> float:
    """pJ of the LightNorm units' work (`accel.hdl.lightnorm`), from their arithmetic:

    - a value normalized (``norm_ops``): the difference and the sum with the bias in
      the unit's fixed point (`accel.lightnorm.fixed_bits`, 39 bits) and one product
      of two ``stat_bits`` mantissas (8 x 8);
    - a value into the statistics (``norm_stat_ops``): the sum (`accel.lightnorm.
      stats_sum_bits`) and the chunk's maximum and minimum compares (the BFP values'
      width, `accel.lightnorm.bfp_in_bits`, each);
    - a column finalized (``norm_fin_ops``): the sum and the range times an 8-bit
      reciprocal, and the gain times one (8 x 8).

    The BFP truncations' leading-one detectors and shifters are not charged (the
    table has no entry for them): a lower bound for the normalize.
    """
    spec, add, mul = LIGHTNORM_SPEC, pj["add_bit"], pj["mult_bit2"]
    S, Q = spec.stat_bits, bfp_in_bits(cfg.acc_bits, spec)
    sum_bits = stats_sum_bits(Q)
    return (counters["norm_ops"] * (2 * fixed_bits(spec) * add + S * S * mul)
            + counters["norm_stat_ops"] * (sum_bits + 2 * Q) * add
            + counters["norm_fin_ops"] * (2 * sum_bits + S) * S * mul)
