"""NLP: one story at a time, from a spaCy ``Doc`` to actors, places, events and quotes."""
