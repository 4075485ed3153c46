"""Quote speakers: rules added on the speakers2 branch (each with sentences of our own)."""

from __future__ import annotations

from dateline.model import Quote, Story


def _quotes(coder, text: str, place: str | None = None) -> list[tuple[Quote, str | None]]:
    """The story's quotes, each with its speaker's name."""
    (rec,) = coder.code([Story(id="s", text=text, place=place)])
    names = {a.id: a.name for a in rec.actors}
    return [(q, names.get(q.speaker) if q.speaker else None) for q in rec.quotes]


def _speaker_of(coder, text: str, start: str, place: str | None = None) -> str | None:
    """The speaker's name of the (first) quote whose text starts with ``start``."""
    return next(name for q, name in _quotes(coder, text, place) if q.text.startswith(start))


def test_the_company_is_the_company_that_spoke_before(coder):
    text = (
        "Brantwood Mills Inc said its chief financial officer, Alan Pike, is leaving the"
        " company.\n\n"
        "    The company said it would name a successor by the end of the month.\n\n"
        "    The textile company also said it expected sales to rise this year."
    )
    assert _speaker_of(coder, text, "it would name") == "Brantwood Mills Inc"
    assert _speaker_of(coder, text, "it expected sales") == "Brantwood Mills Inc"


def test_the_company_is_no_company_the_lead_did_not_name(coder):
    text = (
        "Sales of frozen juice fell last year, traders said.\n\n"
        "    Demand shifted to Orchard Valley Foods Inc and Pell Juice Co in the spring.\n\n"
        "    The company said wet weather had slowed demand."
    )
    assert _speaker_of(coder, text, "wet weather") not in {"Orchard Valley Foods Inc"}


def test_the_government_is_its_state_not_a_body_named_for_good_government(coder):
    text = (
        "The head of the Commission on Good Government, Pedro Lacson, said the panel had"
        " recovered two billion pesos.\n\n"
        "    The government last week announced that a businessman had returned 50 mln pesos"
        " to the treasury."
    )
    speaker = _speaker_of(coder, text, "a businessman had returned", place="Manila")
    assert speaker == "Philippines"


def test_the_government_of_a_president_is_his_state(coder):
    text = (
        "Tin miners went on strike on Monday, union leaders said.\n\n"
        "    The government of president Hugo Banzer, faced with mounting unrest, has said the"
        " strike was part of a campaign to discredit it."
    )
    assert _speaker_of(coder, text, "the strike was part", place="La Paz") == "Bolivia"


def test_it_said_after_a_statement_goes_on_with_its_issuer(coder):
    text = (
        "Finland said it had been assured that the drilling would stop. A Foreign Ministry"
        " statement hinted Helsinki was claiming victory. The drilling company had given up"
        " its plans for the summer, it said."
    )
    assert _speaker_of(coder, text, "The drilling company had given up") == "Foreign Ministry"


def test_the_one_quoted_as_saying_speaks_however_the_as_is_attached(coder):
    text = (
        "The agency quoted a Chadian soldier, Idriss Mahamat, as saying heavy rains during the"
        ' past week "had stopped the enemy from moving" towards the border posts.'
    )
    assert _speaker_of(coder, text, "had stopped the enemy") == "Idriss Mahamat"


def test_sources_and_diplomats_of_a_state_speak_for_it(coder):
    text = (
        "Trade ministers met in Geneva on Monday.\n\n"
        "    Norwegian diplomats said they would insist on a clause on fisheries in any"
        " agreement.\n\n"
        "    New Zealand sources said the talks could last until Friday.\n\n"
        "    Western diplomats said the mood was gloomy."
    )
    assert _speaker_of(coder, text, "they would insist") == "Norway"
    assert _speaker_of(coder, text, "the talks could last") == "New Zealand"
    assert _speaker_of(coder, text, "the mood was gloomy") is None


def test_official_sources_quoted_as_saying_are_the_state(coder):
    text = (
        "The Daily Mirror, owned by the ruling party, quoted official sources as saying the"
        " lenders had refused to keep financing fuel subsidies."
    )
    assert _speaker_of(coder, text, "the lenders had refused", place="Harare") == "Zimbabwe"


def test_banking_sources_of_a_state_stay_anonymous(coder):
    text = "Shares fell on Monday. Swiss banking sources said the writedown had weighed on them."
    assert _speaker_of(coder, text, "the writedown") is None


def test_a_newspaper_named_before_its_noun_is_the_outlet_that_speaks(coder):
    text = (
        "The privately owned Addis Standard newspaper reported on Wednesday that at least "
        "600 families had fled."
    )
    (rec,) = coder.code([Story(id="s", text=text, place="Addis Ababa")])
    (q,) = rec.quotes
    paper = next(a for a in rec.actors if a.id == q.speaker)
    assert (paper.name, paper.type, paper.country, paper.sector) == (
        "Addis Standard",
        "organisation",
        "ETH",
        "MED",
    )


def test_unnamed_people_of_a_named_body_speak_for_it(coder):
    text = (
        "Business leaders from the Hamburg Chamber of Commerce told reporters that the strike "
        "was costing the city millions."
    )
    (rec,) = coder.code([Story(id="s", text=text, place="Hamburg")])
    (q,) = rec.quotes
    body = next(a for a in rec.actors if a.id == q.speaker)
    assert (body.name, body.type, body.country) == (
        "Hamburg Chamber of Commerce",
        "organisation",
        "DEU",
    )


def test_an_indefinite_speaker_named_by_the_wires_formula_is_that_person(coder):
    text = (
        "A senior official at the National Migration Institute said the agency would not "
        "issue permits to groups.\n\n"
        '"Anyone who applies will be heard," the official, Rodrigo Cruz, told AFP.'
    )
    (rec,) = coder.code([Story(id="s", text=text, place="Tapachula")])
    first = min(rec.quotes, key=lambda q: q.span[0])
    assert next(a.name for a in rec.actors if a.id == first.speaker) == "Rodrigo Cruz"


def test_said_in_a_statement_that_reports_the_clause_the_parser_hangs_on_the_statement(coder):
    text = "Ukraine's foreign ministry said in a statement that the blockade was unacceptable."
    (rec,) = coder.code([Story(id="s", text=text, place="Kyiv")])
    (q,) = rec.quotes
    assert q.text == "the blockade was unacceptable" and q.speaker is not None


def test_people_described_by_age_or_who_are_people_and_the_age_points_back(coder):
    text = (
        "Coffee prices rose for a third week.\n\n"
        '"We have never sold so much coffee," said Ricardo Alves Pereira, who heads a '
        "growers' cooperative.\n\n"
        "Sebastiao Ferreira Lima, 58, who grows coffee outside Varginha, said he had sold "
        "most of his crop.\n\n"
        '"I am not going to make the same mistake," the 58-year-old farmer said.'
    )
    assert _speaker_of(coder, text, "We have never", "Varginha") == "Ricardo Alves Pereira"
    assert _speaker_of(coder, text, "he had sold", "Varginha") == "Sebastiao Ferreira Lima"
    assert _speaker_of(coder, text, "I am not going", "Varginha") == "Sebastiao Ferreira Lima"


def test_a_company_the_ner_missed_speaks_and_is_the_company(coder):
    text = (
        "Miners walked off the job on Tuesday.\n\n"
        "Kalulu Copper Mines, which owns the pit, said in a statement that it could not "
        "pay more. The company said output had fallen to almost nothing."
    )
    assert _speaker_of(coder, text, "it could not", "Kitwe") == "Kalulu Copper Mines"
    assert _speaker_of(coder, text, "output had fallen", "Kitwe") == "Kalulu Copper Mines"


def test_a_bare_title_points_back_at_the_one_last_named_under_it(coder):
    text = (
        "Burundi's interior minister held talks with his Tanzanian counterpart, Hamisi "
        "Kombo, on Tuesday.\n\n"
        "A police official said six refugees were arrested.\n\n"
        "Human Rights Watch accused Tanzania of squeezing refugees out and urged Dodoma to "
        "let every family decide when to leave.\n\n"
        'Home Affairs Minister Kombo rejected the accusation. "No refugee will be forced '
        'onto a bus," the minister said.'
    )
    assert _speaker_of(coder, text, "No refugee", "Dodoma") == "Hamisi Kombo"


def test_a_group_of_people_speaks_as_those_people(coder):
    text = (
        "Uganda's parliament suspended four lawmakers on Tuesday.\n\n"
        "A group of 31 ruling party lawmakers said in a joint statement that the Speaker "
        "had acted lawfully."
    )
    assert _speaker_of(coder, text, "the Speaker had", "Kampala") == "ruling party lawmakers"


def test_a_quoted_fragment_before_a_trailing_attribution_is_the_attributions(coder):
    text = (
        'New Delhi welcomed the decision. India had "legitimate security interests" in the '
        "waters around its southern neighbour, External Affairs Ministry spokesman Arvind "
        "Bagchi told reporters in New Delhi."
    )
    assert _speaker_of(coder, text, "legitimate", "Colombo") == "Arvind Bagchi"


def test_a_name_described_as_a_body_is_that_body_when_no_step_made_it_one(coder):
    text = (
        "Coffee prices rose.\n\n"
        "The harvest in Minas Gerais was 81% complete by Tuesday, according to Conab, the "
        "national crop supply agency."
    )
    assert _speaker_of(coder, text, "The harvest", "Varginha") == "Conab"


def test_a_monitored_report_is_the_broadcasters_not_the_monitors(coder):
    text = (
        "Kenya's president warned cabinet ministers against corruption, Radio Kismayu "
        "said.\n\n"
        "    A report, monitored by the British Broadcasting Corporation, said he gave the "
        "warning at a closed meeting in Nairobi."
    )
    assert _speaker_of(coder, text, "he gave the warning") == "Radio Kismayu"


def test_the_paper_is_the_outlet_named_before(coder):
    text = (
        "A fire in a textile mill in the city of Kestrel Bay killed 12 workers, the official "
        "Harbour Daily News reported.\n\n"
        "    The newspaper said the fire started in a storeroom."
    )
    assert _speaker_of(coder, text, "the fire started") == "Harbour Daily News"


def test_a_quote_goes_on_with_the_reported_speech_that_opened_its_paragraph(coder):
    text = (
        "Trade ministers met in Taupo today.\n\n"
        "    Trade Minister Mike Moore said the talks had tended to drag on for years. "
        '"Nobody gets serious until the very end." He later added."We will see."'
    )
    said = {q.text[:6]: name for q, name in _quotes(coder, text)}
    assert said.get("Nobody") == "Mike Moore"
    # a mark right after the full stop still opens a quote
    assert said.get("We wil") == "Mike Moore"


def test_a_lead_speaker_is_the_titled_person_who_opens_the_next_paragraph(coder):
    text = (
        "A Chinese leader said the country's foreign debt was rising but the level was not "
        "dangerous.\n\n"
        "    Vice-Premier Tian Jiyun told a news conference the debt stood at 20 billion dlrs."
    )
    assert _speaker_of(coder, text, "the country's") == "Tian Jiyun"


def test_the_president_of_a_body_in_the_lead_is_the_person_the_next_paragraph_names(coder):
    text = (
        "The government must change the rice loan soon, the president of the National "
        "Rice Growers Association said.\n\n"
        '    "We cannot wait another season," Mary Okafor, the association\'s president, '
        "told Reuters."
    )
    (rec,) = coder.code([Story(id="s", text=text)])
    assert not any(a.type == "person" and "Association" in a.name for a in rec.actors)
    assert _speaker_of(coder, text, "The government must") == "Mary Okafor"


def test_a_trailing_attribution_reports_its_whole_sentence(coder):
    text = (
        "Rice growers met in Lagos.\n\n"
        "    The ministry is not offering new loans, and Agriculture Minister Sani Bello "
        "has not consulted the growers, Mary Okafor said."
    )
    (rec,) = coder.code([Story(id="s", text=text)])
    (q,) = [q for q in rec.quotes if q.text.startswith("The ministry")]
    assert q.text.endswith("has not consulted the growers")


def test_he_after_an_unnamed_spokesman_who_said_nothing_is_his_body(coder):
    text = (
        '"The deal died because Washington did not want it," said Paul Johnson of Keller '
        "Securities.\n\n"
        "    A spokesman for Brantwood Mills Inc declined to elaborate on the release.\n\n"
        "    He said only that the company was reviewing its options."
    )
    assert _speaker_of(coder, text, "only that the company") == "Brantwood Mills Inc"


def test_a_body_named_like_a_small_town_is_the_body_the_story_names_it(coder):
    # Time is also a Norwegian town; "Time magazine" says which is meant.
    text = (
        "The former adviser told the president of the diversion twice in 1986, according "
        "to a Time magazine report.\n\n"
        '    "Indeed, he is likely to testify that he told the president," Time said.'
    )
    assert _speaker_of(coder, text, "Indeed") == "Time"


def test_unnamed_officials_go_on_for_the_body_whose_officials_the_story_quotes(coder):
    text = (
        "The Food Department will stop importing sugar on April 1, senior officials of the "
        "Food and Cooperatives Ministry told Reuters.\n\n"
        '    "The Department will cease trading in sugar," a senior official said.\n\n'
        "    Officials said the buffer stock would be halved.\n\n"
        "    An Importers Association official said members would not buy more."
    )
    minister = "Food and Cooperatives Ministry"
    assert _speaker_of(coder, text, "The Department will cease", "Colombo") == minister
    assert _speaker_of(coder, text, "the buffer stock", "Colombo") == minister
    assert _speaker_of(coder, text, "members would", "Colombo") == "Importers Association"


def test_a_lead_speaker_is_the_person_who_speaks_the_quote_opening_the_next_paragraph(coder):
    text = (
        "A former Brantwood Mills Inc controller told a Congressional hearing that the "
        "company had acted unethically.\n\n"
        '    "It is my contention that the company is not an honest contractor," Larry '
        "Eagleton said in testimony."
    )
    assert _speaker_of(coder, text, "the company had acted") == "Larry Eagleton"


def test_an_unnamed_union_speaks_for_the_workers_its_sentence_names(coder):
    text = (
        "Brazil's labour unrest spread today.\n\n"
        "    A union spokesman in Rio de Janeiro told Reuters about half the seamen had "
        "returned to work."
    )
    assert _speaker_of(coder, text, "about half", "Rio de Janeiro") == "seamen"
    # a union the story names speaks for itself
    named = (
        "Jorge Franco, a senior official of the National Merchant Marine Union, spoke.\n\n"
        "    A union spokesman told Reuters about half the seamen had returned to work."
    )
    assert _speaker_of(coder, named, "about half", "Rio de Janeiro") != "seamen"


def test_a_name_after_said_that_opens_the_reported_clause_is_not_the_speaker(coder):
    text = (
        "Brantwood Mills Inc, recently formed from the merger of two textile firms, said "
        "Juergen Dormann, a former board member, has been named chairman."
    )
    assert _speaker_of(coder, text, "Juergen Dormann") == "Brantwood Mills Inc"


def test_a_lead_title_is_the_person_named_under_it_two_paragraphs_on(coder):
    text = (
        "The chairman of the U.S. Senate committee with jurisdiction over trade said he "
        "was concerned about a resolution of the Canadian House of Commons.\n\n"
        "    The resolution supports a bilateral trade agreement.\n\n"
        "    Senate Finance Committee chairman Lloyd Bentsen said the resolution may "
        "jeopardize the agreement."
    )
    assert _speaker_of(coder, text, "he was concerned") == "Lloyd Bentsen"


def test_an_epithet_between_the_quote_and_its_cue_is_the_person_it_describes(coder):
    text = (
        "Senator Robert Dole, a key ally, told reporters the report disclosed blunders.\n\n"
        '    "If you do not protect the president, you should move on," the Kansas '
        "Republican, a likely presidential candidate next year, said."
    )
    assert _speaker_of(coder, text, "If you do not") == "Robert Dole"


def test_an_attribution_inside_its_sentence_reports_the_whole_sentence(coder):
    text = (
        "Trade adviser Beryl Sprinkel spoke in Washington.\n\n"
        "    Improvements in the U.S. trade balance, he said, will come about largely from "
        "a swing in manufactures trade."
    )
    ((q, name),) = [(q, n) for q, n in _quotes(coder, text) if q.text.startswith("Improvements")]
    assert q.text.endswith("manufactures trade") and name == "Beryl Sprinkel"


def test_a_news_magazine_the_ner_calls_a_person_speaks_as_the_magazine(coder):
    text = (
        "Der Spiegel said Kohl would have preferred to offer the post to a party member.\n"
        "    But the magazine noted Poehl enjoyed a good international reputation.\n"
    )
    (rec,) = coder.code([Story(id="s", text=text, place="Bonn")])
    spiegel = next(a for a in rec.actors if a.name == "Der Spiegel")
    assert (spiegel.type, spiegel.country, spiegel.sector) == ("organisation", "DEU", "MED")
    assert _speaker_of(coder, text, "Poehl enjoyed", "Bonn") == "Der Spiegel"


def test_a_senior_economist_is_no_news_magazine(coder):
    text = '"Growth will slow," said Takashi Kiuchi, senior economist for a Tokyo bank.'
    (rec,) = coder.code([Story(id="s", text=text, place="Tokyo")])
    assert not [a for a in rec.actors if a.sector == "MED"]


def test_the_party_is_the_party_not_its_leader_who_spoke_last(coder):
    text = (
        "New Zealand's opposition National Party said it would cut taxes.\n"
        "    Party leader Jim Bolger said the party would float the dollar.\n"
        "    The party said tight monetary policies alone would hurt exporters.\n"
    )
    (rec,) = coder.code([Story(id="s", text=text, place="Wellington")])
    party = next(a for a in rec.actors if a.name == "National Party")
    assert party.country == "NZL"  # from the owner the description set off
    assert _speaker_of(coder, text, "tight monetary", "Wellington") == "National Party"
    # a state's body named with its possessive keeps it
    text = "Turkey's Foreign Ministry said the talks would resume."
    (rec,) = coder.code([Story(id="s", text=text, place="Ankara")])
    assert "Turkey's Foreign Ministry" in [a.name for a in rec.actors]


def test_a_hyphenated_rank_is_no_name_and_a_state_agency_speaks_as_itself(coder):
    text = '"Tariffs will be reviewed," said chief of general staff Rear-Admiral Augustus Aikhomu.'
    (rec,) = coder.code([Story(id="s", text=text, place="Lagos")])
    assert [a.name for a in rec.actors if a.type != "country"] == ["Augustus Aikhomu"]
    assert _speaker_of(coder, text, "Tariffs", "Lagos") == "Augustus Aikhomu"
    text = (
        "The state news agency Tanjug was more optimistic. It said the proposals indicated "
        "reforms were coming."
    )
    assert _speaker_of(coder, text, "the proposals", "Belgrade") == "Tanjug"


def test_coordinated_unnamed_speakers_are_the_first_named(coder):
    text = "Opposition parties and some industry groups say the tax breaks campaign promises."
    assert _speaker_of(coder, text, "the tax breaks", "Tokyo") == "opposition parties"


def test_government_economists_and_sources_speak_for_the_state(coder):
    text = (
        "The Bank of Japan was silent on Tuesday.\n"
        "    Government sources said the yen would rise.\n"
        "    A senior government economist suggested that Japan needed to ease policy. "
        '"They need to support the markets," he said.\n'
        "    Private economists said the dollar would fall.\n"
    )
    for start in ("the yen", "Japan needed", "They need"):
        assert _speaker_of(coder, text, start, "Tokyo") == "Japan"
    assert _speaker_of(coder, text, "the dollar", "Tokyo") is None


def test_bodies_named_only_in_the_plural_are_one_group_that_speaks_on(coder):
    text = (
        "All grain producers must do their part, two U.S. wheat organizations said.\n"
        "    Future talks should include three topics, the two organizations said.\n"
        "    Organizations said nothing new.\n"
    )
    for start in ("All grain", "Future talks"):
        assert _speaker_of(coder, text, start, "Washington") == "U.S. wheat organizations"
    (rec,) = coder.code([Story(id="s", text=text, place="Washington")])
    (group,) = [a for a in rec.actors if a.type == "group"]
    assert group.country == "USA"


def test_a_spokesman_of_a_body_named_by_its_head_word_speaks_for_it(coder):
    text = (
        "The Canadian Wheat Board has advised the federal government to cut prices, a "
        "board spokesman said.\n"
        '    "They are all lower," he said.\n'
        "    The committee agreed to open debate, trade officials said.\n"
    )
    assert _speaker_of(coder, text, "The Canadian", "Winnipeg") == "Canadian Wheat Board"
    assert _speaker_of(coder, text, "They are", "Winnipeg") == "Canadian Wheat Board"
    # "trade" ends no body's name here: the officials are not a body's
    assert _speaker_of(coder, text, "The committee", "Winnipeg") != "Canadian Wheat Board"


def test_official_figures_speak_for_the_state_and_other_figures_for_no_one(coder):
    text = (
        "Taiwan has large reserves, according to official figures.\n"
        "Its deficit rose to 34 billion, according to government statistics.\n"
        "Exports rose to 12 billion dlrs last year, according to preliminary trade figures.\n"
        "Chadian troops killed 384 Libyans, a Chadian government statement said.\n"
    )
    assert _speaker_of(coder, text, "Taiwan has", "Taipei") == "Taiwan"
    assert _speaker_of(coder, text, "Its deficit", "Taipei") == "Taiwan"
    assert _speaker_of(coder, text, "Exports rose", "Taipei") is None
    # a demonym on the document still says whose it is
    assert _speaker_of(coder, text, "Chadian troops", "Taipei") == "Chad"


def test_an_office_owned_by_a_title_speaks_for_its_one_holder(coder):
    text = (
        "Prime Minister Jacques Chirac said the deficit would fall, a statement from the "
        "Prime Minister's office said.\n"
        "    The Prime Minister's office said taxes would be cut.\n"
    )
    assert _speaker_of(coder, text, "Prime Minister Jacques", "Paris") == "Jacques Chirac"
    assert _speaker_of(coder, text, "taxes", "Paris") == "Jacques Chirac"


def test_party_sources_and_officials_speak_for_the_party_last_named(coder):
    text = (
        "Nakasone's ruling Liberal Democratic Party (LDP) is to consider new measures, "
        "party sources said.\n"
        "A senior party official said the package would be large.\n"
    )
    for start in ("Nakasone's ruling", "the package"):
        assert _speaker_of(coder, text, start, "Tokyo") == "Liberal Democratic Party"


def test_community_sources_speak_for_the_european_community(coder):
    text = (
        "Britain would coordinate action with its European Community partners.\n"
        "    Community sources said after a meeting of trade officials that the group might "
        "impose tariffs.\n"
    )
    assert _speaker_of(coder, text, "the group", "London") == "European Community"
