"""Errors of the co-simulation flow."""

__all__ = ["CosimError", "ToolchainError"]


class ToolchainError(RuntimeError):
    """A simulator is missing or too old."""


class CosimError(RuntimeError):
    """The RTL run did not complete (the message says why and where the log is)."""
