"""The boards `accel build` knows: platform, preset, family, memory and link settings."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ..config import AccelConfig, preset

__all__ = ["Board", "BOARDS", "board"]


@dataclass(frozen=True)
class Board:
    """One board build.

    ``mem_bytes`` of on-chip RAM stand in for DRAM (SPRAM on the iCE40, block RAM on the
    ECP5); ``baud`` is the UART rate of the host link; the accelerator runs at its
    preset's ``clock_mhz`` from a PLL.
    """
    name: str
    preset: str
    platform: str            # "module:Class" of amaranth-boards
    family: str              # "ice40", "ecp5" or "xilinx"
    mem_bytes: int
    baud: int = 115200
    place_and_route: bool = True
    #: the device's resources (``luts``, ``ffs``, ``brams``, ``dsps``, iCE40 ``sprams``):
    #: what synthesis is checked against (`accel sweep`'s synth level, `accel fit`) and
    #: the whole report of a board without place and route; a build reports nextpnr's
    #: own figures (the same numbers: its "available")
    capacity: dict | None = None
    #: an accelerator config to build in place of the preset (`accel build --config`)
    override: AccelConfig | None = None
    #: nextpnr's placer seed for this board's build (`accel build --seed` overrides
    #: it): placement, and with it fmax, varies from seed to seed (on the ULX3S by
    #: 30 MHz: where the placer puts the PEs' multipliers); the committed report
    #: was built with it
    seed: int = 1

    @property
    def config(self) -> AccelConfig:
        return self.override if self.override is not None else preset(self.preset)

    def make_platform(self):
        mod, cls = self.platform.split(":")
        return getattr(importlib.import_module(mod), cls)()

    def divisor(self) -> int:
        """UART clock cycles per bit at the preset's clock."""
        return round(self.config.clock_mhz * 1e6 / self.baud)


BOARDS: dict[str, Board] = {
    "icebreaker": Board("icebreaker", "ice40-up5k", "amaranth_boards.icebreaker:ICEBreakerPlatform",
                        "ice40", mem_bytes=64 * 1024,
                        capacity={"luts": 5280, "ffs": 5280, "brams": 30, "dsps": 8, "sprams": 4}),
    # 16 KiB of stand-in (8 block RAM banks; the digits demo needs 13 KiB at batch 4):
    # with 64 KiB its 32 banks, their registers and mux tree made place and route
    # take 17.7 min on a 1 x 4 array that routes in 100 s with 16 KiB
    # placer seed 3: 102.8 MHz at the preset's 100 MHz (other seeds: boards/README.md)
    "ulx3s-85f": Board("ulx3s-85f", "ecp5-85f", "amaranth_boards.ulx3s:ULX3S_85F_Platform",
                       "ecp5", mem_bytes=16 * 1024, seed=3,
                       capacity={"luts": 83640, "ffs": 83640, "brams": 208, "dsps": 156}),
    # no open place and route for the 7 series: synth_xilinx utilization only
    "arty-a7-35": Board("arty-a7-35", "xc7a35t", "amaranth_boards.arty_a7:ArtyA7_35Platform",
                        "xilinx", mem_bytes=32 * 1024, place_and_route=False,
                        capacity={"luts": 20800, "ffs": 41600, "brams": 50, "dsps": 90}),
}


def board(name: str) -> Board:
    try:
        return BOARDS[name]
    except KeyError:
        from .build import BuildError
        raise BuildError(f"unknown board {name!r}; boards: {sorted(BOARDS)}") from None
