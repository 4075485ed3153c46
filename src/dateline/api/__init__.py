"""The HTTP API: ``dateline serve`` (FastAPI, read-only, loopback by default)."""

from dateline.api.app import create_app

__all__ = ["create_app"]
