"""Fixtures for the MIB tests: the MIB corpus subset, compiled once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from mibkit import CORPUS, copy_subset

from snmpscope.core.mib.names import MibNames


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "SNMPv2-SMI").is_file():
        pytest.skip(f"the MIB corpus is not at {CORPUS} (set SNMPSCOPE_TEST_MIBS)")
    return CORPUS


@pytest.fixture(scope="session")
def subset_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the SUBSET modules and what they import (~60 files)."""
    folder = tmp_path_factory.mktemp("subset-mibs")
    copy_subset(folder)
    return folder


@pytest.fixture(scope="session")
def subset_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("subset-cache")


@pytest.fixture(scope="session")
def subset_names(subset_dir: Path, subset_cache: Path) -> MibNames:
    """``-m ALL -M subset`` compiled once for the session."""
    names = MibNames(["ALL"], dirs=[str(subset_dir)], cache_dir=subset_cache)
    names.ensure_loaded()
    return names
