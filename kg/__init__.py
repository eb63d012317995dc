"""International-relations news knowledge-graph publisher."""

__version__ = "0.1.0"
