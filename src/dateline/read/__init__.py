"""Readers: files in many formats -> :class:`dateline.model.Story`, one per story.

``read_paths`` is the one entry point. Each format is a function registered in
:data:`READERS`; the extension picks one and a sniff of the content confirms or overrides it.
"""

from dateline.read.base import READERS, read_bytes, read_paths

__all__ = ["READERS", "read_bytes", "read_paths"]
