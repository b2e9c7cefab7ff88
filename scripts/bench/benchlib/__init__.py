"""The benchmark driver's parts: workload catalogue, runtimes, measurement,
Markdown report, SVG chart and self-test.  `scripts/bench/__main__.py` ties
them together."""
