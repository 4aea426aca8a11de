"""parties.Cast: full names, titles from every construction, acronyms, and what a
surname, a pronoun or a description at a given offset refers to."""
from __future__ import annotations

import pytest

from msgparse import parties, sentences


def cast_of(text: str) -> parties.Cast:
    return parties.Cast.build(sentences.split(text))


def titles(cast: parties.Cast) -> dict[str, list[str]]:
    return {p.name: p.titles for p in cast.people}


def test_titles_before_the_name_split_at_and() -> None:
    c = cast_of(
        "General Secretary of the Communist Party of China (CPC) Central Committee and President of China "
        "Zhou Weiming met Party General Secretary and President Le Van Hung."
    )
    assert titles(c) == {
        "Zhou Weiming": ["General Secretary of the Communist Party of China Central Committee", "President of China"],
        "Le Van Hung": ["Party General Secretary", "President"],
    }


def test_apposition_list_and_relative_clause() -> None:
    c = cast_of(
        "Sheikh Saeed bin Rashid Al Mualla, UAE Vice President, Prime Minister and Ruler of Fujairah, "
        "received the envoy.\n\nKim Song Chol, who is also chairman of the State Affairs Commission, said so. "
        "Kim Song Chol, general secretary of the Workers' Party of Korea (WPK) and president of the DPRK, "
        "received a letter."
    )
    assert titles(c)["Sheikh Saeed bin Rashid Al Mualla"] == ["UAE Vice President", "Prime Minister", "Ruler of Fujairah"]
    assert titles(c)["Kim Song Chol"] == [
        "chairman of the State Affairs Commission", "general secretary of the Workers' Party of Korea", "president of the DPRK",
    ]


def test_apposition_before_the_name_and_honorifics_dropped() -> None:
    c = cast_of("He wrote to the President of Zimbabwe, Emmerson Chiwenga, and to President Dr Arif Khan.")
    assert titles(c) == {"Emmerson Chiwenga": ["President of Zimbabwe"], "Arif Khan": ["President"]}


def test_relative_clause_on_a_surname_and_a_description() -> None:
    c = cast_of(
        "Saudi King Fahd bin Turki and Crown Prince Nasser bin Fahd sent cables.\n\n"
        "In a separate cable, the crown prince, who is also deputy prime minister and minister of defense, "
        "said the ties were strong. Fahd, who is also Custodian of the Two Holy Mosques, wished them well."
    )
    assert titles(c)["Nasser bin Fahd"] == ["Crown Prince", "deputy prime minister", "minister of defense"]
    assert titles(c)["King Fahd bin Turki"] == ["Saudi King", "Custodian of the Two Holy Mosques"]


def test_office_from_re_election() -> None:
    c = cast_of("Leaders sent messages to Zhou Weiming, congratulating him on his re-election as Chinese president at the session.")
    assert titles(c) == {"Zhou Weiming": ["Chinese president"]}


def test_regnal_names_keep_their_prefix() -> None:
    c = cast_of("Pope Leo sent a telegram to King Harald V and to His Highness Sheikh Tamim bin Hamad Al Thani.")
    assert [p.name for p in c.people] == ["Pope Leo", "King Harald V", "Sheikh Tamim bin Hamad Al Thani"]


@pytest.mark.parametrize("text, name", [
    ("Ghanaian President Nana Kwame Akufo-Boateng arrived.", "Nana Kwame Akufo-Boateng"),
    ("Guinean President Alpha Camara Condé arrived.", "Alpha Camara Condé"),
    ("Egyptian President Abdel-Hamid al-Masri arrived.", "Abdel-Hamid al-Masri"),
    ("Irish President Michael D. Brennan arrived.", "Michael D. Brennan"),
    ("Indian Speaker K.R. Raman arrived.", "K.R. Raman"),
    ("Vietnamese President Nguyễn Văn Thắng arrived.", "Nguyễn Văn Thắng"),
    ("Chinese Foreign Minister Qiao Bin arrived.", "Qiao Bin"),
    ("North Korean leader Kim Yong Nam arrived.", "Kim Yong Nam"),
])
def test_name_shapes(text: str, name: str) -> None:
    assert [p.name for p in cast_of(text).people] == [name]


@pytest.mark.parametrize("text, names", [
    ("General Secretary To Lam arrived.", ["To Lam"]),
    ("Xi sent a letter to To Lam on Friday.", ["To Lam"]),
    ("Chairman An Kyong Ho arrived.", ["An Kyong Ho"]),
    # the preposition in lower case joins no names; a capitalised one opening a
    # sentence is no name either
    ("Xi Jinping wrote to Kim Jong Un.", ["Xi Jinping", "Kim Jong Un"]),
    ("To Washington, Xi Jinping sent a note.", ["Xi Jinping"]),
])
def test_surnames_that_are_common_words(text: str, names: list[str]) -> None:
    assert [p.name for p in cast_of(text).people] == names


@pytest.mark.parametrize("text, name, titles", [
    ("Pope Leo XIV sent a telegram.", "Pope Leo XIV", []),
    ("New Zealand Governor-General Cindy Kiro arrived.", "Cindy Kiro", ["New Zealand Governor-General"]),
    ("HE Prime Minister Mohammed Al Thani arrived.", "Mohammed Al Thani", ["Prime Minister"]),
    ("It went to the President of the Republic of Turkiye Recep Tayyip Erdogan.", "Recep Tayyip Erdogan",
     ["President of the Republic of Turkiye"]),
])
def test_regnal_numbers_hyphenated_offices_and_honorifics(text: str, name: str, titles: list[str]) -> None:
    assert [(p.name, p.titles) for p in cast_of(text).people] == [(name, titles)]


@pytest.mark.parametrize("text, titles", [
    ("National Assembly Chairman Tran Thanh Man arrived.", ["National Assembly Chairman"]),
    ("On Monday National Assembly Chairman Tran Thanh Man arrived.", ["National Assembly Chairman"]),
    ("South Korea's President Lee Jae-myung arrived.", ["South Korea's President"]),
])
def test_capitalised_qualifiers_and_two_word_countries_open_a_title(text: str, titles: list[str]) -> None:
    assert [p.titles for p in cast_of(text).people] == [titles]


def test_a_headline_verb_in_title_case_is_no_word_of_a_name() -> None:
    assert [p.name for p in cast_of("A deal is within reach, Lindsey Graham Says.").people] == ["Lindsey Graham"]


def test_sentence_openers_and_offices_are_no_names() -> None:
    c = cast_of("Kindly Share This Story.\n\nThe Korean Central News Agency said the Supreme People's Assembly met.")
    assert c.people == []


def test_surnames_resolve_to_the_fullest_form() -> None:
    text = "Nana Akufo-Boateng spoke. President Nana Kwame Akufo-Boateng then left. Akufo-Boateng said more."
    c = cast_of(text)
    assert [p.name for p in c.people] == ["Nana Kwame Akufo-Boateng"]
    assert c.resolve("Akufo-Boateng", text.rindex("Akufo-Boateng")) == "Nana Kwame Akufo-Boateng"
    assert c.resolve("President Akufo-Boateng", 0) == "Nana Kwame Akufo-Boateng"


def test_a_surname_shared_by_two_people_goes_to_the_one_named_last() -> None:
    text = "Kim Song Chol met Kim Ha Yun. Kim said the talks went well."
    c = cast_of(text)
    assert c.resolve("Kim", text.index("Kim said")) == "Kim Ha Yun"


def test_descriptions_by_office_and_nationality() -> None:
    text = (
        "Chinese President Zhou Weiming sent a message to Turkish President Kemal Aydin and Prime Minister Ahmet Kaya.\n\n"
        "The Chinese president said China stands with Turkey. He wished the Turkish president well."
    )
    c = cast_of(text)
    assert c.resolve("The Chinese president", text.index("The Chinese")) == "Zhou Weiming"
    assert c.resolve("the Turkish president", text.index("the Turkish")) == "Kemal Aydin"
    assert c.resolve("the Chinese leader", len(text)) == "Zhou Weiming"
    assert c.resolve("the Sovereign", len(text)) is None


def test_the_sovereign_and_the_holy_father() -> None:
    text = "King Hassan III received a message. Pope Leo sent a telegram. The Sovereign thanked him. The Holy Father prayed."
    c = cast_of(text)
    assert c.resolve("The Sovereign", text.index("The Sovereign")) == "King Hassan III"
    assert c.resolve("The Holy Father", text.index("The Holy")) == "Pope Leo"


def test_pronouns_take_the_subject_of_the_sentence_or_the_one_before() -> None:
    text = (
        "Chinese President Zhou Weiming sent a message to Kim Song Chol.\n\n"
        "In his message to Kim, Zhou said he was glad. He also wished Kim success.\n\n"
        "Kim Song Chol thanked him."
    )
    c = cast_of(text)
    assert c.resolve("he", text.index("he was")) == "Zhou Weiming"
    assert c.resolve("He", text.index("He also")) == "Zhou Weiming"
    assert c.resolve("his", text.index("his message")) == "Zhou Weiming"
    assert c.resolve("him", text.index("him.")) == "Kim Song Chol"


def test_she_prefers_a_woman() -> None:
    text = "Chairwoman of the National Assembly Pham Thi Lan met Prime Minister Tran Quoc Bao. She said ties were good."
    c = cast_of(text)
    assert c.resolve("She", text.index("She")) == "Pham Thi Lan"


def test_unknown_mentions_resolve_to_none() -> None:
    c = cast_of("Chinese President Zhou Weiming arrived.")
    assert c.resolve("Bob", 10) is None
    assert c.resolve("  ", 10) is None
    assert c.resolve("he", 0) is None


def test_party_carries_titles_and_unknown_names_pass_through() -> None:
    c = cast_of("Chinese President Zhou Weiming arrived.")
    assert c.party("Zhou Weiming").titles == ["Chinese President"]
    assert c.party("the Central Committee").titles == []


def test_acronyms_whose_initials_spell_them() -> None:
    c = cast_of(
        "Kim Song Chol, general secretary of the Workers' Party of Korea (WPK) of the Democratic People's Republic "
        "of Korea (DPRK), met the General Secretary of the Communist Party of China Central Committee (CPCCC)."
    )
    assert c.acronyms == {
        "WPK": "Workers' Party of Korea",
        "DPRK": "Democratic People's Republic of Korea",
        "CPCCC": "Communist Party of China Central Committee",
    }


def test_cast_is_picklable() -> None:
    import pickle

    c = cast_of("Chinese President Zhou Weiming sent a message to Kim Song Chol.")
    assert pickle.loads(pickle.dumps(c)) == c


def test_titles_after_of_place_in_signatures_and_no_clause_as_title() -> None:
    c = cast_of(
        "The telegram was addressed to Archbishop Pedro Alvarez of Cusco, president of the Episcopal Conference of Peru.\n\n"
        "In a post addressed to Zhou Weiming, the Cuban head of state wished the Chinese leader good health.\n\n"
        "Fraternally,\n\nMiguel Ortiz Ramos President of the Republic of Cuba"
    )
    assert titles(c) == {
        "Pedro Alvarez": ["Archbishop of Cusco", "president of the Episcopal Conference of Peru"],
        "Zhou Weiming": [],
        "Miguel Ortiz Ramos": ["President of the Republic of Cuba"],
    }


def test_an_office_from_re_election_gives_way_to_the_full_apposition() -> None:
    c = cast_of(
        "Kim Song Chol sent a message to Zhou Weiming on his re-election as general secretary of the CPC Central Committee.\n\n"
        "Zhou Weiming, general secretary of the Central Committee of the Communist Party of China, replied."
    )
    assert titles(c)["Zhou Weiming"] == ["general secretary of the Central Committee of the Communist Party of China"]


def test_capitalised_words_that_open_an_organisation_name_no_person() -> None:
    cast = cast_of(
        "The Speaker of the Parliament Ingrid Tanaka wrote to the Central Committee of the Popular Unity Movement "
        "of Lunaria and to the Lunarian Friendship Association (LFA)."
    )
    assert [p.name for p in cast.people] == ["Ingrid Tanaka"]
    assert cast.acronyms == {"LFA": "Lunarian Friendship Association"}


def test_a_lone_word_with_an_office_of_a_place_in_apposition_is_a_name() -> None:
    cast = cast_of(
        "Premier Ho Sung Chol sent a message of greeting to Henri, grand duke of Lunaria, on Tuesday. "
        "It was attended by Sheikh Rashid bin Saeed, First Deputy Ruler of Dubai, Deputy Prime Minister and Minister of Finance."
    )
    assert titles(cast) == {"Ho Sung Chol": ["Premier"], "Henri": ["grand duke of Lunaria"],
                            "Sheikh Rashid bin Saeed": ["First Deputy Ruler of Dubai", "Deputy Prime Minister", "Minister of Finance"]}


def test_a_name_spelt_two_ways_is_one_person() -> None:
    cast = cast_of("President Salim M. Al-Malik sent a message. Salim Mohammed El Malek said the team had won. "
                   "Ri Yong Ho met Ri Yong Hui.")
    assert [p.name for p in cast.people] == ["Salim M. Al-Malik", "Ri Yong Ho", "Ri Yong Hui"]


def test_a_lone_word_right_after_an_office_is_a_whole_name() -> None:
    text = ("Indonesian President Prabowo sent a message to U.S. President Trump. "
            "Foreign Minister Wang said Wang Yi would travel. Prime Minister Office staff met.")
    cast = cast_of(text)
    assert titles(cast) == {"Prabowo": ["Indonesian President"], "Trump": ["U.S. President"], "Wang Yi": []}
    assert [(text[s:e], n) for s, e, n in cast.spans] == [
        ("Prabowo", "Prabowo"), ("Trump", "Trump"), ("Wang", "Wang Yi"), ("Wang Yi", "Wang Yi")]


def test_an_office_takes_the_place_after_the_name_with_its_article() -> None:
    text = ("King Salman sent a cable to President Xi Jinping of the People's Republic of China over the earthquake. "
            "Chairman An Kyong Ho of the Korean committee sent a card. The Chinese President thanked him.")
    cast = cast_of(text)
    assert titles(cast) == {"King Salman": [], "Xi Jinping": ["President of the People's Republic of China"],
                            "An Kyong Ho": ["Chairman"]}
    assert [n for s, e, n in cast.spans if text[s:e] == "The Chinese President"] == ["Xi Jinping"]
