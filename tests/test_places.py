"""Places: homonyms, spelling variants, the sentence's own clues to a place and its
country. Every sentence here is written for the test."""

from __future__ import annotations

from dateline.nlp.gazetteer import gazetteer, spelling_variants


def test_a_world_known_city_abroad_outranks_a_namesake_at_home():
    gaz = gazetteer()
    # GeoNames counts only Venice's old town, yet it is the Venice of a Washington story.
    assert gaz.lookup("Venice", prefer_country="USA").country == "ITA"
    # A home namesake about as well known still wins at home.
    assert gaz.lookup("Cambridge", prefer_country="USA").country == "USA"
    assert gaz.lookup("Valencia", prefer_country="ESP").country == "ESP"


def test_another_languages_spelling_of_a_bigger_city_does_not_take_a_citys_name():
    gaz = gazetteer()
    # Chattogram and Ibadan carry these spellings among their alternate names.
    assert gaz.lookup("Islamabad").country == "PAK"
    assert gaz.lookup("Abadan").country == "IRN"


def test_spelling_variants_reach_small_places():
    assert "Thasos" in spelling_variants("Thassos")
    assert "Al Faw" in spelling_variants("Faw")
    assert "Machupicchu" in spelling_variants("Machu Picchu")
    gaz = gazetteer()
    assert gaz.lookup_any("Thassos").country == "GRC"
    assert gaz.lookup_any("Faw").country == "IRQ"
