"""The UART host link's framed protocol, declared once for the gateware and the host.

Every exchange is one request frame from the host and one reply frame from the board::

    request: SYNC_REQ  cmd  len_lo len_hi  payload[len]  check
    reply:   SYNC_REP  status  len_lo len_hi  payload[len]  check

``check`` makes the bytes from ``cmd`` (``status``) to ``check`` sum to 0 modulo 256.
Multi-byte fields are little-endian.  The board answers every request, a bad one
with an error status and no payload, and is then ready for the next frame:

=============  ====  ===================================  =============================
command        code  request payload                      reply payload
=============  ====  ===================================  =============================
CONFIG         0x01  (none)                               config_id (4), DRAM bytes (4),
                                                          counter bits (1), counters (1)
WRITE_MEM      0x02  address (4), data (len - 4)          (none)
READ_MEM       0x03  address (4), count (2)               the ``count`` bytes
WRITE_INSTR    0x04  index (2), 16 bytes per instruction  (none)
START          0x05  config_id of the program (4)         (none)
STATUS         0x06  (none)                               flags (1): busy, done, error
COUNTERS       0x07  (none)                               every hardware counter,
                                                          ``ceil(counter_bits / 8)`` bytes
=============  ====  ===================================  =============================

A payload is written to memory as it arrives, so a frame refused for its checksum
may have written some of its bytes; the host sends it again.  Memory and
instructions cannot be written or read while the accelerator runs (``BUSY``).
A frame that stops arriving for `TIMEOUT_BYTES` byte times is answered with
``TIMEOUT``.
"""

from __future__ import annotations

import enum

__all__ = ["SYNC_REQ", "SYNC_REP", "Cmd", "Status", "MAX_PAYLOAD", "TIMEOUT_BYTES",
           "CONFIG_FIELDS", "counter_bytes", "checksum", "request", "parse_reply",
           "ProtocolError"]

SYNC_REQ = 0xA5
SYNC_REP = 0x5A
#: Largest payload of one frame (the length field is 16 bits).
MAX_PAYLOAD = 0xFFFF
#: Silence, in byte times, after which a half-received frame is dropped.
TIMEOUT_BYTES = 64
#: The CONFIG reply: ``(field, bytes)`` in order, little-endian.
CONFIG_FIELDS = (("config_id", 4), ("mem_bytes", 4), ("counter_bits", 1), ("counters", 1))


def counter_bytes(counter_bits: int) -> int:
    """Bytes of one counter in the COUNTERS reply."""
    return -(-counter_bits // 8)


class Cmd(enum.IntEnum):
    CONFIG = 0x01
    WRITE_MEM = 0x02
    READ_MEM = 0x03
    WRITE_INSTR = 0x04
    START = 0x05
    STATUS = 0x06
    COUNTERS = 0x07


class Status(enum.IntEnum):
    OK = 0x00
    BAD_CHECKSUM = 0x01
    UNKNOWN_CMD = 0x02
    BAD_LENGTH = 0x03       #: the payload length does not fit the command
    BAD_ADDRESS = 0x04      #: memory or instruction index outside the board's
    BUSY = 0x05             #: the accelerator is running
    BAD_CONFIG = 0x06       #: START for a program compiled for another accelerator
    TIMEOUT = 0x07          #: the frame stopped arriving


class ProtocolError(RuntimeError):
    """A reply frame that is malformed, or an error status from the board."""

    def __init__(self, msg: str, status: Status | None = None):
        super().__init__(msg)
        self.status = status


def checksum(body: bytes) -> int:
    """The byte that makes ``body + check`` sum to 0 modulo 256."""
    return -sum(body) & 0xFF


def request(cmd: int, payload: bytes = b"") -> bytes:
    """One request frame."""
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"payload of {len(payload)} bytes exceeds {MAX_PAYLOAD}")
    body = bytes([cmd]) + len(payload).to_bytes(2, "little") + payload
    return bytes([SYNC_REQ]) + body + bytes([checksum(body)])


def parse_reply(frame: bytes) -> tuple[Status, bytes]:
    """``(status, payload)`` of one complete reply frame; `ProtocolError` if malformed."""
    if len(frame) < 5 or frame[0] != SYNC_REP:
        raise ProtocolError(f"malformed reply {frame[:8].hex()}")
    n = int.from_bytes(frame[2:4], "little")
    if len(frame) != 5 + n:
        raise ProtocolError(f"reply of {len(frame)} bytes but its length field says {n}")
    if sum(frame[1:]) & 0xFF:
        raise ProtocolError(f"reply checksum fails: {frame.hex()}")
    try:
        status = Status(frame[1])
    except ValueError:
        raise ProtocolError(f"unknown reply status {frame[1]:#04x}") from None
    return status, frame[4:4 + n]
