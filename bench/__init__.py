"""Throughput and memory benchmarks of claimledger, with the builder of their corpus (``make bench``).

Run from the repository root: ``python -m bench.corpus``, ``python -m bench.run``,
``python -m bench.profile_extract``. Nothing here is imported by the package.
"""
