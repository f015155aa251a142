"""Fixtures of the unit suite: the seeded state of a fresh database, and a database with one of everything."""

from __future__ import annotations

import pytest

from cardfile.services import Services
from tests.unit.changelog import Rows, snapshot
from tests.unit.world import World, build_world


@pytest.fixture
def seed(services: Services) -> Rows:
    """The records a new database starts with (built-in activity types, the Sales pipeline), taken before any write."""
    return snapshot(services).rows


@pytest.fixture
def world(services: Services, seed: Rows) -> World:
    return build_world(services)
