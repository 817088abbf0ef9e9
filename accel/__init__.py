"""accel: binary PyTorch networks -> instruction stream -> golden model -> verified RTL.

    prog = accel.compile(model, example_input, accel.preset("default"))
    res = accel.simulate(prog, images)      # scores, cycles, counters, energy
"""

from .config import AccelConfig, ConfigError, PRESETS, preset
from .compiler import CompileError, compile
from .model import SimError, SimResult, simulate
from .program import Program, ProgramError

__all__ = ["AccelConfig", "ConfigError", "PRESETS", "preset", "compile", "CompileError",
           "simulate", "SimResult", "SimError", "Program", "ProgramError"]
__version__ = "0.1.0"
