"""Benchmarks: a generator of synthetic articles with gold (`bench.generate`) and the build benchmark
(`bench.build`). Not part of the ``kg`` package; nothing here is imported by it."""
