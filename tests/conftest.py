"""Shared fixtures and the network guard.

Every test runs with a guard that fails any attempt to connect a socket to a non-loopback
address: nothing in this package may touch the network at run time.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds"
SEED = SEED_DIR / "washington_declaration_nuclear_consultative_group.txt"
BENCH = ROOT.parent / "shared" / "bench"
# Benchmark-only helpers (the textstat monkeypatch, the leveled-set reader) live in benchmarks/.
sys.path.insert(0, str(ROOT / "benchmarks"))


def _is_loopback(address) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Fail a test that connects a socket anywhere but loopback."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(self, address):
        if not _is_loopback(address):
            raise AssertionError(f"test tried to open a network connection to {address!r}")
        return real_connect(self, address)

    def guarded_ex(self, address):
        if not _is_loopback(address):
            raise AssertionError(f"test tried to open a network connection to {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)
    yield


@pytest.fixture(scope="session")
def seed_corpus():
    """The seed article as a corpus."""
    from analysis.corpus import load_corpus

    return load_corpus(SEED_DIR)
