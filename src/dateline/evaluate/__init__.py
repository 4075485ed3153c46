"""Scorers for gold sets: PLOVER GSR, PETRARCH-2 validation records, and our own dev set."""
