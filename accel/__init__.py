"""accel: binary PyTorch networks -> instruction stream -> golden model -> verified RTL.

    prog = accel.compile(model, example_input, accel.preset("default"))
    res = accel.simulate(prog, images)      # scores, cycles, counters, energy

Names are imported lazily, so tools that only need the model or the program format
(the cocotb bench, for one) do not pay for importing torch.
"""

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "AccelConfig": "config", "ConfigError": "config", "PRESETS": "config", "preset": "config",
    "compile": "compiler", "CompileError": "compiler",
    "simulate": "model", "SimResult": "model", "SimError": "model",
    "Program": "program", "ProgramError": "program",
}
__all__ = list(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'accel' has no attribute {name!r}")
