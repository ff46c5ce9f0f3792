"""One local Spark session for the whole test run (Java 17 is required: CI installs it)."""

from __future__ import annotations

import os
import sys

import pytest


@pytest.fixture(scope="session")
def spark():
    from claimledger.scale.spark import java_missing, local_session

    reason = java_missing()
    if reason:
        pytest.fail(f"the Spark tests cannot run: {reason} (.ci/run installs it)")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = local_session("local[2]", app="claimledger-tests")
    yield session
    session.stop()
