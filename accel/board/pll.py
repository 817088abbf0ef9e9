"""PLL settings for the board clocks (the searches of icepll and ecppll, in Python).

Each returns the settings closest to the requested output frequency within the
device's documented ranges, and the frequency they achieve.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Ice40Pll", "Ecp5Pll", "ice40_pll", "ecp5_pll"]


@dataclass(frozen=True)
class Ice40Pll:
    """``SB_PLL40_*`` with simple feedback: ``f_out = f_in * (DIVF+1) / ((DIVR+1) * 2**DIVQ)``."""
    divr: int
    divf: int
    divq: int
    filter_range: int
    f_out_mhz: float


@dataclass(frozen=True)
class Ecp5Pll:
    """``EHXPLLL`` fed back from CLKOP: ``f_out = f_in * CLKFB_DIV / CLKI_DIV``."""
    clki_div: int
    clkfb_div: int
    clkop_div: int
    clkop_cphase: int
    f_out_mhz: float


def ice40_pll(f_in_mhz: float, f_out_mhz: float) -> Ice40Pll:
    """iCE40 PLL (iCE40 sysCLOCK guide: PFD 10..133 MHz, VCO 533..1066 MHz)."""
    best = None
    for divr in range(16):
        pfd = f_in_mhz / (divr + 1)
        if not 10 <= pfd <= 133:
            continue
        for divf in range(128):
            vco = pfd * (divf + 1)
            if not 533 <= vco <= 1066:
                continue
            for divq in range(1, 7):
                f = vco / (1 << divq)
                if best is None or abs(f - f_out_mhz) < abs(best[0] - f_out_mhz):
                    best = (f, divr, divf, divq, pfd)
    if best is None:
        raise ValueError(f"no iCE40 PLL setting from {f_in_mhz} MHz")
    f, divr, divf, divq, pfd = best
    filter_range = next(i for i, lim in enumerate((17, 26, 44, 66, 101), 1) if pfd < lim) \
        if pfd < 101 else 6
    return Ice40Pll(divr, divf, divq, filter_range, f)


def ecp5_pll(f_in_mhz: float, f_out_mhz: float) -> Ecp5Pll:
    """ECP5 PLL (ECP5 sysCLOCK guide: PFD >= 3.125 MHz, VCO 400..800 MHz)."""
    best = None
    for clki in range(1, 129):
        pfd = f_in_mhz / clki
        if pfd < 3.125:
            break
        for fb in range(1, 81):
            f = pfd * fb
            for op in range(1, 129):       # ties go to the VCO nearest 600 MHz, as ecppll
                if 400 <= f * op <= 800:
                    key = (abs(f - f_out_mhz), abs(f * op - 600))
                    if best is None or key < best[4]:
                        best = (f, clki, fb, op, key)
    if best is None:
        raise ValueError(f"no ECP5 PLL setting from {f_in_mhz} MHz")
    f, clki, fb, op, _ = best
    return Ecp5Pll(clki, fb, op, op // 2 - 1, f)
