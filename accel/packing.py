"""Bit and word packing shared by the compiler, the golden model and the host driver.

Bit ``i`` of a ``W``-bit word ``k`` is element ``k*W + i`` of a vector; words are
little-endian in DRAM.  The golden model holds a word as ``ceil(W/64)`` uint64 limbs,
limb ``j`` bit ``b`` being bit ``64*j + b`` of the word.
"""

from __future__ import annotations

import numpy as np

__all__ = ["pack_bits", "pack_fields", "unpack_fields", "bytes_to_words", "words_to_bytes",
           "round_up", "int_to_bytes",
           "bytes_to_int"]


def round_up(n: int, m: int) -> int:
    return -(-n // m) * m


def pack_bits(bits: np.ndarray, word_bits: int, pad: int) -> np.ndarray:
    """Pack a ``(..., n)`` bool array into ``(..., K*word_bits/8)`` bytes, K = ceil(n/W).

    Bits past ``n`` in the last word take the value ``pad`` (0 or 1).
    """
    bits = np.asarray(bits, dtype=bool)
    n = bits.shape[-1]
    total = round_up(max(n, 1), word_bits)
    if total != n:
        fill = np.full(bits.shape[:-1] + (total - n,), bool(pad))
        bits = np.concatenate([bits, fill], axis=-1)
    return np.packbits(bits, axis=-1, bitorder="little")


def bytes_to_words(b: np.ndarray, word_bits: int) -> np.ndarray:
    """``(..., nbytes)`` uint8 -> ``(..., nwords, limbs)`` uint64."""
    b = np.ascontiguousarray(b, dtype=np.uint8)
    if word_bits >= 64:
        w = b.view("<u8")
        return w.reshape(b.shape[:-1] + (-1, word_bits // 64)).astype(np.uint64, copy=False)
    w = b.view(f"<u{word_bits // 8}").astype(np.uint64)
    return w[..., None]


def words_to_bytes(w: np.ndarray, word_bits: int) -> np.ndarray:
    """Inverse of `bytes_to_words`."""
    w = np.ascontiguousarray(w, dtype=np.uint64)
    if word_bits >= 64:
        return w.astype("<u8").view(np.uint8).reshape(w.shape[:-2] + (-1,))
    return w[..., 0].astype(f"<u{word_bits // 8}").view(np.uint8).reshape(w.shape[:-2] + (-1,))


def int_to_bytes(v: np.ndarray, nbytes: int) -> np.ndarray:
    """Integers (two's complement) -> ``(..., nbytes)`` little-endian uint8 per value."""
    v = np.asarray(v, dtype=np.int64).astype(np.uint64)
    shifts = (np.arange(nbytes, dtype=np.uint64) * np.uint64(8))
    return ((v[..., None] >> shifts) & np.uint64(0xFF)).astype(np.uint8)


def bytes_to_int(b: np.ndarray, nbytes: int, signed: bool) -> np.ndarray:
    """``(..., n*nbytes)`` uint8 -> ``(..., n)`` int64, little-endian."""
    b = np.asarray(b, dtype=np.uint8)
    b = b.reshape(b.shape[:-1] + (-1, nbytes)).astype(np.int64)
    v = np.zeros(b.shape[:-1], np.int64)
    for i in range(nbytes):
        v |= b[..., i] << (8 * i)
    if signed:
        sign = 1 << (8 * nbytes - 1)
        v = (v ^ sign) - sign
    return v


def pack_fields(fields: np.ndarray, bits: int, word_bytes: int) -> np.ndarray:
    """Pack ``(..., k)`` unsigned fields of ``bits`` bits each into one little-endian
    word of ``word_bytes`` bytes (field ``i`` in bits ``[i*bits, (i+1)*bits)``, the rest
    0): ``(..., word_bytes)`` uint8."""
    fields = np.asarray(fields, dtype=np.int64)
    k = fields.shape[-1]
    if k * bits > 8 * word_bytes:
        raise ValueError(f"{k} fields of {bits} bits do not fit {word_bytes} bytes")
    b = ((fields[..., None] >> np.arange(bits)) & 1).astype(bool).reshape(*fields.shape[:-1], -1)
    full = np.zeros(fields.shape[:-1] + (8 * word_bytes,), bool)
    full[..., :k * bits] = b
    return np.packbits(full, axis=-1, bitorder="little")


def unpack_fields(raw: np.ndarray, k: int, bits: int) -> np.ndarray:
    """Inverse of `pack_fields`: ``(..., word_bytes)`` uint8 -> ``(..., k)`` int64."""
    b = np.unpackbits(np.asarray(raw, np.uint8), axis=-1, bitorder="little")[..., :k * bits]
    b = b.reshape(*b.shape[:-1], k, bits).astype(np.int64)
    return (b << np.arange(bits)).sum(axis=-1)
