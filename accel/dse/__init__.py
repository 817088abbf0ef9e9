"""Design-space exploration: ``accel sweep`` (`run_sweep`) over accelerator configs and
networks on Ray Tune, the Pareto report (`accel.dse.pareto`) and ``accel fit``
(`accel.dse.fit`)."""

from .spec import SweepError, SweepSpec
from .sweep import run_sweep

__all__ = ["SweepError", "SweepSpec", "run_sweep"]
