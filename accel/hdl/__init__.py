"""Amaranth HDL of the accelerator; every width comes from `AccelConfig` and `accel.isa`."""

from .array import PEArray
from .pe import Popcount, XnorPopcountPE
from .threshold import ThresholdUnit
from .top import Accelerator

__all__ = ["Popcount", "XnorPopcountPE", "PEArray", "ThresholdUnit", "Accelerator"]
