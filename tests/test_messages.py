"""messages.find: each construction of the genre, read from short stories written for
these tests (one sentence or three), checked field by field."""
from __future__ import annotations

import datetime as dt

import pytest

from msgparse import messages, parties, sentences
from msgparse.model import Message

BASE = dt.date(2023, 3, 15)  # a Wednesday


def find(text: str, base: dt.date | None = BASE) -> list[Message]:
    doc = sentences.split(text)
    return messages.find(doc, parties.Cast.build(doc), base)


def pairs(found: list[Message]) -> list[tuple[str, list[str]]]:
    return [(m.sender.name, [r.name for r in m.recipients]) for m in found]


def test_active_message_with_day_kind_occasion_and_titles() -> None:
    [m] = find(
        "Vietnamese President Luong Van Tu on Tuesday sent a message of condolence to "
        "Philippine President Ramon Delacruz Abad over the typhoon that hit the Visayas."
    )
    assert (m.sender.name, m.sender.titles) == ("Luong Van Tu", ["Vietnamese President"])
    assert [(r.name, r.titles) for r in m.recipients] == [("Ramon Delacruz Abad", ["Philippine President"])]
    assert (m.kind, m.medium, m.date, m.cameo) == ("condolence", "message", "2023-03-14", "018")
    assert m.occasion == "the typhoon that hit the Visayas"
    assert m.sentence == 0


def test_day_between_noun_and_recipient() -> None:
    [m] = find("Prime Minister Ana Ruiz sent a cable of congratulations on Monday to President Olaf Berg on his country's National Day.")
    assert m.date == "2023-03-13"
    assert (m.medium, m.kind) == ("cable", "greeting")  # a national day makes it greetings
    assert m.occasion == "his country's National Day"


def test_congratulated_in_a_telegram() -> None:
    [m] = find("Kazakh President Aidos Nurlanov congratulated Chinese President Zhou Weiming in a telegram, saying ties would grow.")
    assert pairs([m]) == [("Aidos Nurlanov", ["Zhou Weiming"])]
    assert (m.kind, m.medium) == ("congratulation", "telegram")


def test_congratulated_without_any_written_form_is_no_message() -> None:
    assert find("During the talks, President Kofi Mensah congratulated President Faure Amegah on the elections.") == []


def test_recipient_first_and_reply_letter_dated_later() -> None:
    found = find(
        "Premier Ri Chol Man has received a reply letter from Prime Minister Sisavath Keomany.\n\n"
        "The letter, dated October 6, came in response to the congratulatory message that Ri had "
        "sent to Sisavath on his appointment as prime minister of Laos.",
        base=dt.date(2022, 10, 9),
    )
    assert pairs(found) == [("Sisavath Keomany", ["Ri Chol Man"]), ("Ri Chol Man", ["Sisavath Keomany"])]
    assert (found[0].medium, found[0].date) == ("letter", "2022-10-06")
    assert (found[1].kind, found[1].medium, found[1].date) == ("congratulation", "message", None)
    assert found[1].occasion == "his appointment as prime minister of Laos"
    assert found[0].refs == [1]


def test_received_message_has_no_sending_day() -> None:
    [m] = find("President Milos Radovic on Sunday received a congratulatory message from Prime Minister Laszlo Kertesz.")
    assert pairs([m]) == [("Laszlo Kertesz", ["Milos Radovic"])]
    assert m.date is None


def test_written_message_addressed_to_a_third_party() -> None:
    [m] = find(
        "Sheikh Omar bin Saeed Al Nuaimi received a written message from King Fahd bin Turki Al Saud, "
        "addressed to Sheikh Rashid bin Hamdan Al Nuaimi, Ruler of Ajman."
    )
    assert pairs([m]) == [("King Fahd bin Turki Al Saud", ["Sheikh Rashid bin Hamdan Al Nuaimi"])]
    assert m.recipients[0].titles == ["Ruler of Ajman"]


def test_passive_forms() -> None:
    found = find(
        "A message of felicitation was sent by President Arif Khan to President Kemal Aydin on Monday on his re-election.\n\n"
        "A similar cable was sent to President Kemal Aydin by Prime Minister Nawaz Qureshi."
    )
    assert pairs(found) == [("Arif Khan", ["Kemal Aydin"]), ("Nawaz Qureshi", ["Kemal Aydin"])]
    assert (found[0].kind, found[0].date, found[0].occasion) == ("congratulation", "2023-03-13", "his re-election")


def test_a_message_delivered_by_an_envoy() -> None:
    [m] = find(
        "King Hassan III received Mr. Amadou Sow, Minister of Foreign Affairs of Mali, who delivered "
        "to the Sovereign a verbal message from the President of Mali, Mr. Modibo Traore."
    )
    assert pairs([m]) == [("Modibo Traore", ["King Hassan III"])]
    assert m.medium == "other"
    assert m.sender.titles == ["President of Mali"]


def test_the_courier_of_a_passive_is_not_the_sender() -> None:
    found = find(
        "Kim Song Chol received a verbal message from Zhou Weiming.\n\n"
        "The verbal message was conveyed to Kim Song Chol by Wang Lin, Chinese ambassador."
    )
    assert pairs(found) == [("Zhou Weiming", ["Kim Song Chol"])]


def test_exchange_gives_two_messages_in_one_sentence() -> None:
    found = find(
        "Chinese President Zhou Weiming and Mongolian President Batbayar Ganzorig exchanged congratulatory "
        "messages on Friday on the 75th anniversary of diplomatic ties.\n\n"
        "Chinese Premier Han Lijun exchanged messages with Mongolian Prime Minister Otgonbaatar Sukhbat, "
        "while Chinese Foreign Minister Qiao Bin and Mongolian Foreign Minister Enkhtuya Dorj also exchanged messages."
    )
    assert pairs(found) == [
        ("Zhou Weiming", ["Batbayar Ganzorig"]), ("Batbayar Ganzorig", ["Zhou Weiming"]),
        ("Han Lijun", ["Otgonbaatar Sukhbat"]), ("Otgonbaatar Sukhbat", ["Han Lijun"]),
        ("Qiao Bin", ["Enkhtuya Dorj"]), ("Enkhtuya Dorj", ["Qiao Bin"]),
    ]
    assert found[0].sentence == found[1].sentence == 0
    assert all(m.date == "2023-03-10" and m.kind == "congratulation" for m in found)
    assert found[4].occasion == "the 75th anniversary of diplomatic ties"


def test_glued_exchange_verb() -> None:
    found = find("President Tran Van Lam and President Li Wenhua exchangedcongratulatory letters on the anniversary.")
    assert pairs(found) == [("Tran Van Lam", ["Li Wenhua"]), ("Li Wenhua", ["Tran Van Lam"])]
    assert found[0].medium == "letter"


def test_several_recipients_make_one_message() -> None:
    [m] = find(
        "North Korean leader Ri Jong Ho sent New Year cards on Saturday to Chinese President Zhou Weiming, "
        "Russian President Pavel Orlov and Laotian President Sisavath Keomany."
    )
    assert [r.name for r in m.recipients] == ["Zhou Weiming", "Pavel Orlov", "Sisavath Keomany"]
    assert (m.kind, m.medium, m.date) == ("greeting", "card", "2023-03-11")
    assert m.sender.titles == ["North Korean leader"]


def test_separate_messages_in_one_sentence() -> None:
    found = find(
        "Vietnamese President Vo Minh Quan sent a message to Zhou Weiming, and a separate one to "
        "Han Lijun on his election as Chinese vice president."
    )
    assert pairs(found) == [("Vo Minh Quan", ["Zhou Weiming"]), ("Vo Minh Quan", ["Han Lijun"])]
    assert found[0].occasion is None
    assert found[1].occasion == "his election as Chinese vice president"


def test_respectively_and_the_recipients_named_later() -> None:
    found = find(
        "Chinese President Zhou Weiming and Premier Han Lijun on Wednesday sent condolence messages to their "
        "Nepali counterparts, respectively, over the landslides.\n\n"
        "In his message to Nepali President Ram Adhikari, Zhou said he was shocked.\n\n"
        "In his message to Nepali Prime Minister Prakash Oli, Han said China would help."
    )
    assert pairs(found) == [("Zhou Weiming", ["Ram Adhikari"]), ("Han Lijun", ["Prakash Oli"])]
    assert all(m.date == "2023-03-15" and m.occasion == "the landslides" for m in found)
    assert found[0].refs == [1] and found[1].refs == [2]


def test_respectively_with_named_lists_pairs_them_in_order() -> None:
    found = find(
        "Party General Secretary and President Le Van Hung, Prime Minister Tran Quoc Bao and Chairwoman of the "
        "National Assembly Pham Thi Lan sent their messages to President Khamtai Siphan, Prime Minister "
        "Sonexay Phomvihane and President of the Lao National Assembly Saysomphone Keo, respectively."
    )
    assert pairs(found) == [
        ("Le Van Hung", ["Khamtai Siphan"]), ("Tran Quoc Bao", ["Sonexay Phomvihane"]), ("Pham Thi Lan", ["Saysomphone Keo"]),
    ]
    assert found[0].sender.titles == ["Party General Secretary", "President"]


def test_roundup_one_message_per_named_leader() -> None:
    found = find(
        "Leaders of several countries have sent messages to President Emeka Nwosu, congratulating him on his re-election.\n\n"
        "Kenyan President Daniel Mwangi said in his message that the vote was peaceful.\n\n"
        "In a cable to Nwosu sent on Monday, Egyptian President Hassan Farouk expressed confidence in the ties.\n\n"
        "Senegalese President Ousmane Diallo and Malian President Ibrahim Keita also sent congratulatory messages "
        "to their Nigerian counterpart."
    )
    assert pairs(found) == [
        ("Daniel Mwangi", ["Emeka Nwosu"]), ("Hassan Farouk", ["Emeka Nwosu"]),
        ("Ousmane Diallo", ["Emeka Nwosu"]), ("Ibrahim Keita", ["Emeka Nwosu"]),
    ]
    assert [m.medium for m in found] == ["message", "cable", "message", "message"]
    assert [m.date for m in found] == [None, "2023-03-13", None, None]
    assert all(m.kind == "congratulation" and m.occasion == "his re-election" for m in found)


def test_roundup_layout_headers() -> None:
    found = find(
        "On Sunday, leaders from many countries sent congratulatory messages to President Ernesto Valdes on his birthday.\n\n"
        "Bolivian President Juan Carlos Mamani:\n\nYour life is an example for our peoples.\n\n"
        "Venezuelan President Rafael Quintero:\n\nWe send you a fraternal embrace."
    )
    assert pairs(found) == [("Juan Carlos Mamani", ["Ernesto Valdes"]), ("Rafael Quintero", ["Ernesto Valdes"])]
    assert all(m.date == "2023-03-12" and m.occasion == "his birthday" for m in found)


def test_follow_up_references_are_not_new_messages() -> None:
    found = find(
        "Chinese President Zhou Weiming on Monday sent a message of greetings to Ri Jong Ho on the founding anniversary.\n\n"
        "In his message, Zhou said the friendship has stood the test of time.\n\n"
        "The message said the two sides would keep in close touch.\n\n"
        "Zhou, in his message to Ri, also wished the people happiness."
    )
    assert pairs(found) == [("Zhou Weiming", ["Ri Jong Ho"])]
    assert found[0].refs == [1, 2, 3]


def test_relative_clause_message_and_its_date() -> None:
    found = find(
        "President Arif Khan sent a reply letter to President Kemal Aydin, thanking him for his support.\n\n"
        "The President made the remarks in a letter dispatched on Tuesday in response to the message of condolence "
        "over the floods that President Aydin had sent him on March 1."
    )
    assert pairs(found) == [("Arif Khan", ["Kemal Aydin"]), ("Kemal Aydin", ["Arif Khan"])]
    assert (found[0].kind, found[0].date, found[0].occasion) == ("thanks", "2023-03-14", "his support")
    assert (found[1].kind, found[1].date, found[1].occasion) == ("condolence", "2023-03-01", "the floods")


def test_organisations_send_and_receive() -> None:
    [m] = find(
        "Earlier the same day, the Central Committee of the Communist Party of Laos sent a telegram of condolences "
        "to the Central Committee of the Communist Party of Vietnam over the passing of its chairman."
    )
    assert pairs([m]) == [("the Central Committee of the Communist Party of Laos", ["the Central Committee of the Communist Party of Vietnam"])]
    assert (m.medium, m.kind, m.date) == ("telegram", "condolence", "2023-03-15")


def test_wrote_to_and_its_purpose() -> None:
    [m] = find("Tunisian President Karim Ben Salah wrote to Moroccan Prime Minister Aziz Bennani on Friday to invite him to a forum.")
    assert pairs([m]) == [("Karim Ben Salah", ["Aziz Bennani"])]
    assert (m.kind, m.medium, m.date, m.cameo) == ("invitation", "letter", "2023-03-10", "040")


@pytest.mark.parametrize("text", [
    "President Kofi Mensah held phone calls with President Faure Amegah, who offered his condolences.",
    "President Kofi Mensah signed the book of condolence opened at the embassy of India.",
    "President Kofi Mensah received letters of credence from the new ambassadors of Brazil and Japan.",
    "President Kofi Mensah does not plan to send a congratulatory telegram to President Joe Tanner.",
    "Asked whether President Kofi Mensah would send a letter to President Joe Tanner, the spokesman said no.",
    "In a written speech upon arrival, President Kofi Mensah extended greetings to the people of Togo.",
    "President Kofi Mensah asked the ambassadors to convey his greetings to their presidents.",
    "Leaders of many countries exchanged messages on important dates, the ministry said.",
])
def test_not_messages(text: str) -> None:
    assert find(text) == []


def test_a_denied_letter_is_no_message_anywhere_in_the_story() -> None:
    found = find(
        "The Kremlin on Tuesday denied a media report that President Pavel Orlov had sent a letter to President Joe Tanner.\n\n"
        "A tabloid had reported, citing unnamed sources, that Orlov had written to Tanner to propose an agenda."
    )
    assert found == []


def test_no_base_date_leaves_relative_days_unresolved() -> None:
    [m] = find("Chinese President Zhou Weiming on Monday sent a message to President Olaf Berg.", base=None)
    assert m.date is None


def test_the_same_day_is_the_day_last_named() -> None:
    found = find(
        "President Zhou Weiming on July 20 visited the embassy to pay tribute to the late leader, who died on July 19.\n\n"
        "Earlier the same day, President Zhou Weiming sent a message of condolence to President Le Van Hung."
    , base=dt.date(2024, 7, 21))
    assert found[0].date == "2024-07-20"


def test_hostile_long_sentence_is_read_quickly_and_without_error() -> None:
    text = "President Zhou Weiming sent a message to " + "and ".join(["President Olaf Berg "] * 20000) + "."
    found = find(text)
    assert found and found[0].sender.name == "Zhou Weiming"


def test_a_message_from_x_to_y_delivered_by_an_envoy() -> None:
    [m] = find(
        "A message from Chinese President Zhou Weiming to Cambodian King Norodom Sihamoni was delivered "
        "by the Chinese ambassador on Monday."
    )
    assert pairs([m]) == [("Zhou Weiming", ["King Norodom Sihamoni"])]
    assert m.date is None  # the day of delivery is not the day of sending
    assert m.recipients[0].titles == ["Cambodian King"]


def test_wrote_to_thank() -> None:
    [m] = find("President Kofi Mensah on Thursday wrote to his Nigerian counterpart, President Emeka Nwosu, to thank him for his support.")
    assert (m.kind, m.medium, m.date, m.occasion) == ("thanks", "letter", "2023-03-09", "his support")
    assert m.recipients[0].name == "Emeka Nwosu"


def test_a_pronoun_sender_and_the_same_day() -> None:
    found = find(
        "Chinese President Zhou Weiming on Monday sent a message of condolence to President Kemal Aydin over the earthquake.\n\n"
        "He also sent a message of sympathy to Prime Minister Ahmet Kaya on the same day."
    )
    assert pairs(found) == [("Zhou Weiming", ["Kemal Aydin"]), ("Zhou Weiming", ["Ahmet Kaya"])]
    assert [m.date for m in found] == ["2023-03-13", "2023-03-13"]
    assert [m.kind for m in found] == ["condolence", "condolence"]


def test_recipient_as_indirect_object() -> None:
    [m] = find("Chinese President Zhou Weiming on Monday sent Kim Song Chol a congratulatory message on his re-election.")
    assert pairs([m]) == [("Zhou Weiming", ["Kim Song Chol"])]
    assert (m.kind, m.date, m.occasion) == ("congratulation", "2023-03-13", "his re-election")


def test_congratulated_on_a_new_post_is_no_message() -> None:
    assert find("Prime Minister Ali Khan congratulated President Kemal Aydin on his new post as head of the party.") == []


def test_congratulated_in_a_post_on_twitter() -> None:
    [m] = find(
        "President Ali Khan on Sunday congratulated President Kemal Aydin on his birthday.\n\n"
        "In a post on his Twitter account, Khan wished him health."
    )
    assert pairs([m]) == [("Ali Khan", ["Kemal Aydin"])]
    assert (m.kind, m.medium, m.date, m.occasion) == ("congratulation", "other", "2023-03-12", "his birthday")


def test_greetings_conveyed_at_a_meeting_are_no_message() -> None:
    assert find(
        "Chinese President Zhou Weiming met Kim Song Chol in Beijing on Monday. "
        "Zhou conveyed the greetings of the Chinese people to Kim."
    ) == []


@pytest.mark.parametrize("text, date", [
    ("Foreign Minister Ali Reza handed over a letter from President Kemal Aydin to President Milos Radovic on Monday.", None),
    ("On Monday, Foreign Minister Ali Reza handed over a letter sent on Friday by President Kemal Aydin to President Milos Radovic.",
     "2023-03-10"),
])
def test_the_envoy_who_hands_over_a_letter_is_not_its_sender(text: str, date: str | None) -> None:
    [m] = find(text)
    assert pairs([m]) == [("Kemal Aydin", ["Milos Radovic"])]
    assert (m.medium, m.date) == ("letter", date)


def test_an_office_holder_the_story_does_not_name() -> None:
    [m] = find(
        "President Kofi Mensah has received a congratulatory message from the President of Burkina Faso "
        "on Ghana's 62nd Independence anniversary."
    )
    assert pairs([m]) == [("the President of Burkina Faso", ["Kofi Mensah"])]
    assert (m.kind, m.occasion) == ("greeting", "Ghana's 62nd Independence anniversary")


def test_a_family_is_the_recipient_and_a_later_clause_no_occasion() -> None:
    found = find(
        "Vietnamese Prime Minister Tran Quoc Bao on Wednesday sent his condolences to the family of late Chinese Premier Han Lijun.\n\n"
        "Prime Minister Lee Sang-min sent a letter to his Japanese counterpart Kenji Tanaka on Monday, proposing talks on the fisheries dispute."
    )
    assert pairs(found) == [
        ("Tran Quoc Bao", ["the family of late Chinese Premier Han Lijun"]), ("Lee Sang-min", ["Kenji Tanaka"]),
    ]
    assert [m.occasion for m in found] == [None, None]
    assert [m.date for m in found] == ["2023-03-15", "2023-03-13"]


def test_an_office_from_inauguration() -> None:
    [m] = find("Zhou Weiming on Tuesday sent a congratulatory message to Maria Lopez Vidal on her inauguration as president of Peru.")
    assert m.recipients[0].titles == ["president of Peru"]


@pytest.mark.parametrize("text", [
    # the subject of "sent" comes after the last of several clause breaks
    "The talks ended; the envoys left; Premier Ana Ruiz sent a message to President Olaf Berg.",
    "The talks ended, but the envoys stayed, while Premier Ana Ruiz sent a message to President Olaf Berg.",
    # and after the last "that" of a chain of reporting clauses
    "Officials said that the agency reported that Premier Ana Ruiz sent a message to President Olaf Berg.",
])
def test_sender_after_several_clauses(text: str) -> None:
    assert pairs(find(text)) == [("Ana Ruiz", ["Olaf Berg"])]


def test_a_verb_scan_starts_before_the_words_of_a_lexicon_entry() -> None:
    # a verb entry of several words ("was also sent") moves its keyword in: the scan for
    # the construction must start that many words earlier, as well as before "has also"
    assert messages._lead_words(("came", "handed over"), 2) == 2
    assert messages._lead_words(("came", "was also sent"), 0) == 2


def test_names_written_with_initials() -> None:
    found = find(
        "Premier Ho Sung Chol received a congratulatory message from V.K. Menon, chairman of the "
        "Socialist Party of Lanka, on Friday.\n\n"
        "Ho Sung Chol sent a message of thanks to Amadou B.J. Sowe, president of Gambia, on Monday.\n\n"
        "Ho Sung Chol received a congratulatory message from Sh. Rahmonov, chairman of the Farmers' Party, on Tuesday."
    )
    assert pairs(found) == [("V.K. Menon", ["Ho Sung Chol"]), ("Ho Sung Chol", ["Amadou B.J. Sowe"]),
                            ("Sh. Rahmonov", ["Ho Sung Chol"])]


def test_message_came_to_the_recipient_from_the_sender() -> None:
    [m] = find("A message of greetings came to leader Ho Sung Chol from Queen Amina Diallo on September 8 upon his reelection.")
    assert pairs([m]) == [("Queen Amina Diallo", ["Ho Sung Chol"])]  # "Queen" stays, as in "King Mohammed VI"
    assert (m.kind, m.medium, m.date) == ("greeting", "message", "2022-09-08")


def test_a_name_after_of_belongs_to_the_title_before_it() -> None:
    [m] = find(
        "Chairman Pak Myong Su of the Supreme Assembly sent messages of greetings to Chairman R.K. Das "
        "of Rajya Parishad and speaker T.N. Rao of Lok Parishad on the day of the republic."
    )
    assert pairs([m]) == [("Pak Myong Su", ["R.K. Das", "T.N. Rao"])]


def test_a_similar_message_has_the_kind_and_occasion_of_the_one_before() -> None:
    first, second = find(
        "Premier Ho Sung Chol sent a message of greetings to Prime Minister Lars Dahl on the national day of his country.\n\n"
        "Meanwhile, Foreign Minister Kang Il Su sent a similar message to his counterpart Ingrid Holm."
    )
    assert pairs([second]) == [("Kang Il Su", ["Ingrid Holm"])]
    assert (second.kind, second.occasion) == ("greeting", first.occasion) == ("greeting", "the national day of his country")


def test_thanks_for_sending_a_message_is_no_message_of_the_one_who_thanks() -> None:
    found = find(
        "President Ho Sung Chol received a message from President Lars Dahl on Monday.\n\n"
        "Ho Sung Chol extended deep thanks to Lars Dahl for sending the kind message and the gifts."
    )
    assert pairs(found) == [("Lars Dahl", ["Ho Sung Chol"])]


def test_an_organisation_named_after_of_is_the_recipient_not_its_words() -> None:
    [m] = find(
        "The Central Committee of the Workers' Party sent a congratulatory message to the Central Committee "
        "of the Popular Unity Movement of Lunaria on Wednesday on the anniversary of its foundation."
    )
    assert [r.name for r in m.recipients] == ["the Central Committee of the Popular Unity Movement of Lunaria"]


def test_a_body_of_people_sends_and_receives_as_written() -> None:
    found = find(
        "Marshal Ho Sung Chol received a floral basket and a congratulatory letter from the diplomatic corps here "
        "on the occasion of the New Year.\n\n"
        "Ho Sung Chol sent a message of greeting to the participants in the congress of the Union of Farmers on Friday."
    )
    assert pairs(found) == [("the diplomatic corps", ["Ho Sung Chol"]),
                            ("Ho Sung Chol", ["the participants in the congress of the Union of Farmers"])]
    assert found[0].recipients[0].titles == ["Marshal"]


def test_a_body_needs_its_noun_to_stand_alone() -> None:
    # "students" is not the head of "the students' parents": no body is named
    assert find("Ho Sung Chol sent a letter to the students' parents and thanked them.") == []


def test_a_body_keeps_what_follows_its_noun() -> None:
    found = find(
        "The military attaches' corps in Lunaburg sent a congratulatory letter to Marshal Ho Sung Chol on his birthday.\n\n"
        "Ho Sung Chol received a letter on March 26 from the members of the delegations of overseas compatriots "
        "who took part in the memorial service."
    )
    assert pairs(found) == [("the military attaches' corps in Lunaburg", ["Ho Sung Chol"]),
                            ("the members of the delegations of overseas compatriots", ["Ho Sung Chol"])]


def test_an_unnamed_office_holder_sends_when_the_office_says_whose_it_is() -> None:
    [m] = find("The foreign minister of Lunaria on Friday sent a letter to the president of the Security Council on the exercises.")
    assert pairs([m]) == [("the foreign minister of Lunaria", ["the president of the Security Council"])]
    # "the Senegalese minister" is someone named before more often than not: no sender
    assert find("The Lunarian minister sent a letter to the president of the Security Council.") == []


def test_the_message_a_party_is_thanked_for_is_one_of_its_own() -> None:
    found = find(
        "President Amara Diallo has sent a letter of thanks to President Lars Dahl for his message of sympathy "
        "over the floods.\n\n"
        "Premier Ho Sung Chol thanked Prime Minister Ingrid Holm for her congratulatory letter on his reelection.\n\n"
        "In the message, Ho thanked Lars Dahl for his condolences over the floods."
    )
    assert pairs(found) == [("Amara Diallo", ["Lars Dahl"]), ("Lars Dahl", ["Amara Diallo"]), ("Ingrid Holm", ["Ho Sung Chol"])]
    assert [(m.kind, m.medium, m.date, m.occasion) for m in found[1:]] == [
        ("condolence", "message", None, "the floods"), ("congratulation", "letter", None, "his reelection")]


def test_a_name_in_parentheses_after_a_party_is_an_aside() -> None:
    [m] = find(
        "Ho Sung Chol received a message of greeting from Ram Prasad Oli, chairman of the Lunarian Communist Party "
        "(United Marxist-Leninist), on October 6."
    )
    assert pairs([m]) == [("Ram Prasad Oli", ["Ho Sung Chol"])]


def test_a_greetings_card_is_a_card() -> None:
    [m] = find("Indian President Anita Rao on Tuesday sent a greetings card to Bhutanese King Dorji Wangchuk.")
    assert (m.medium, m.date) == ("card", "2023-03-14")


def test_a_complement_of_the_senders_praise_is_no_occasion() -> None:
    [m] = find("Pope Leo on Monday sent a letter to Senator Margaret Hollis praising her work for refugee families.")
    assert m.occasion is None
    [m] = find("Kim Jong Un sent her message of sympathy to Xi Jinping over the floods.")
    assert m.occasion == "the floods"


def test_an_apposition_gives_the_name_before_it_its_office_even_when_another_holds_it() -> None:
    found = find("Yoon Suk Yeol sent a message to Fumio Kishida, the prime minister of Japan, on the success of the "
                 "summit. Yoon also wrote to the family of the late Japanese Prime Minister Shinzo Abe.")
    assert [(r.name, r.titles) for r in found[0].recipients] == [("Fumio Kishida", ["prime minister of Japan"])]


def test_a_name_inside_a_recipients_apposition_is_no_recipient() -> None:
    [m] = find("Pope Leo sent a message to Ecumenical Patriarch Bartholomew I, the spiritual leader of the world's "
               "Orthodox Christians, on the feast of St. Andrew.")
    assert [r.name for r in m.recipients] == ["Ecumenical Patriarch Bartholomew I"]
    assert m.occasion == "the feast of St. Andrew"


def test_gulf_names_and_titles() -> None:
    [m] = find("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud sent a cable to Sheikh Sultan "
               "bin Muhammad Al Qasimi, Ruler of Sharjah.")
    assert (m.sender.name, m.sender.titles) == ("King Salman bin Abdulaziz Al Saud", ["Custodian of the Two Holy Mosques"])
    assert [(r.name, r.titles) for r in m.recipients] == [("Sheikh Sultan bin Muhammad Al Qasimi", ["Ruler of Sharjah"])]


def test_two_recipients_each_in_apposition_to_an_office() -> None:
    [m] = find("President Bola Tinubu wrote to the President of Ghana, Nana Akufo-Addo, and the President of Liberia, "
               "Joseph Boakai, commending them for their support.")
    assert [(r.name, r.titles) for r in m.recipients] == [
        ("Nana Akufo-Addo", ["President of Ghana"]), ("Joseph Boakai", ["President of Liberia"])]


@pytest.mark.parametrize("text, expected", [
    ("Xi Jinping plans to send a message to Kim Jong Un.", []),
    ("Xi Jinping is to send a letter to Kim Jong Un.", []),
    # a capitalised "To" before a name is the name's own word
    ("General Secretary To Lam sent a message to Kim Jong Un.", [("To Lam", ["Kim Jong Un"])]),
])
def test_a_message_yet_to_be_sent_is_none(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert pairs(find(text)) == expected


def test_an_occasion_after_a_comma_and_following() -> None:
    [m] = find("Prime Minister Anwar Ibrahim conveyed a message of sympathy to President Luong Cuong, "
               "following the devastating floods in the central provinces.")
    assert m.occasion == "the devastating floods in the central provinces"


def test_a_leader_described_by_country_is_the_one_sworn_in() -> None:
    found = find("Lee Jae-myung was sworn in as President of South Korea on Wednesday. General Secretary To Lam "
                 "on Thursday sent a message of congratulations to the new South Korean leader.")
    assert pairs(found) == [("To Lam", ["Lee Jae-myung"])]
    assert found[0].recipients[0].titles == ["President of South Korea"]


def test_greetings_in_a_letter_delivered_during_a_visit() -> None:
    found = find("President Prabowo Subianto sent greetings to Prime Minister Shigeru Ishiba in a letter "
                 "delivered by Foreign Minister Sugiono during his visit to Tokyo.")
    assert pairs(found) == [("Prabowo Subianto", ["Shigeru Ishiba"])]
    assert found[0].medium == "letter"


def test_a_similar_cable_with_no_recipient_goes_to_the_one_before() -> None:
    found = find("Sheikh Mohamed bin Zayed Al Nahyan sent a cable of congratulations to President Mohamed Ould "
                 "Ghazouani on his country's Independence Day.\n\nSheikh Mohammed bin Rashid Al Maktoum sent a similar cable.")
    assert pairs(found) == [("Sheikh Mohamed bin Zayed Al Nahyan", ["Mohamed Ould Ghazouani"]),
                            ("Sheikh Mohammed bin Rashid Al Maktoum", ["Mohamed Ould Ghazouani"])]
    assert found[1].occasion == "his country's Independence Day"


@pytest.mark.parametrize("sentence, kind", [
    ("General Secretary To Lam sent a letter to President Thongloun Sisoulith to thank him for his support.", "thanks"),
    ("President Recep Tayyip Erdogan sent a letter to Prime Minister Giorgia Meloni to invite her to Ankara.", "invitation"),
])
def test_an_infinitive_of_purpose_gives_the_kind(sentence: str, kind: str) -> None:
    [m] = find(sentence)
    assert m.kind == kind


def test_a_list_inside_a_name_does_not_end_the_occasion() -> None:
    [m] = find("Xi Jinping sent a message to Kim Jong Un on the 64th anniversary of the Treaty of Friendship, "
               "Cooperation and Mutual Assistance.")
    assert m.occasion == "the 64th anniversary of the Treaty of Friendship, Cooperation and Mutual Assistance"


def test_a_message_received_that_was_sent_by_someone() -> None:
    [m] = find("Egyptian President Abdel Fattah el-Sisi received on Tuesday a written message sent last week by "
               "Iranian President Masoud Pezeshkian.")
    assert pairs([m]) == [("Masoud Pezeshkian", ["Abdel Fattah el-Sisi"])]
    assert m.date is None  # the day it was received


def test_a_new_year_message_is_a_greeting() -> None:
    [m] = find("Kim Jong Un received a New Year message from Vladimir Putin.")
    assert m.kind == "greeting"


_SENT = "Chinese President Xi Jinping sent a message to Brazilian President Luiz Inacio Lula da Silva on Monday. "


@pytest.mark.parametrize("reply, medium", [
    ("Lula wrote back on Tuesday.", "letter"),
    ("Lula wrote back to Xi on Tuesday.", "letter"),
    ("Lula replied in a letter on Tuesday.", "letter"),
    ("Lula replied to Xi in a cable on Tuesday.", "cable"),
    ("Lula responded in a message to Xi on Tuesday.", "message"),
])
def test_a_reply_in_writing_goes_to_the_one_replied_to(reply: str, medium: str) -> None:
    sent, back = find(_SENT + reply)
    assert pairs([back]) == [("Luiz Inacio Lula da Silva", ["Xi Jinping"])]
    assert (back.medium, back.date, back.kind) == (medium, "2023-03-14", "other")


@pytest.mark.parametrize("reply", [
    "Lula replied that he was glad.",
    "Lula responded to questions in a news conference on Tuesday.",
    "Lula has not replied in a letter.",
    "Lula replied in an interview on Tuesday.",
])
def test_a_reply_not_in_writing_is_no_message(reply: str) -> None:
    assert len(find(_SENT + reply)) == 1


def test_a_reply_with_no_one_written_to_before_is_no_message() -> None:
    assert find("Lula replied in a letter on Tuesday.") == []


@pytest.mark.parametrize("sentence", [
    "Xi Jinping sent a message to William Ruto, and Li Qiang to Musalia Mudavadi.",
    "Xi Jinping sent a message to William Ruto on the anniversary of ties, and Li Qiang to Musalia Mudavadi.",
    "Messages were sent by Xi Jinping to William Ruto, and by Li Qiang to Musalia Mudavadi.",
    "Xi Jinping sent a message to William Ruto. Li Qiang sent one to Musalia Mudavadi.",
    "Xi Jinping sent a message to William Ruto, and Li Qiang sent a similar one to Musalia Mudavadi.",
])
def test_a_second_message_with_its_verb_or_noun_left_out(sentence: str) -> None:
    assert pairs(find(sentence)) == [("Xi Jinping", ["William Ruto"]), ("Li Qiang", ["Musalia Mudavadi"])]


def test_a_second_exchange_with_its_verb_left_out() -> None:
    found = find("Xi Jinping exchanged messages with William Ruto on the anniversary of ties, "
                 "and Li Qiang with Musalia Mudavadi.")
    assert pairs(found) == [("Xi Jinping", ["William Ruto"]), ("William Ruto", ["Xi Jinping"]),
                            ("Li Qiang", ["Musalia Mudavadi"]), ("Musalia Mudavadi", ["Li Qiang"])]
    assert {m.occasion for m in found} == {"the anniversary of ties"}


def test_recipients_joined_by_and_stay_recipients() -> None:
    assert pairs(find("Xi Jinping sent messages to William Ruto and Musalia Mudavadi to congratulate them.")) == [
        ("Xi Jinping", ["William Ruto", "Musalia Mudavadi"])]


@pytest.mark.parametrize("sentence, kind, occasion", [
    ("In a message to Kim Jong Un on Tuesday, Vladimir Putin congratulated him on the anniversary of the founding "
     "of the DPRK.", "congratulation", "the anniversary of the founding of the DPRK"),
    ("In a message to Kim Jong Un, Vladimir Putin on Tuesday expressed deep condolences over the floods.",
     "condolence", "the floods"),
])
def test_a_message_that_opens_its_sentence_takes_kind_occasion_and_day_from_the_clause_after(
        sentence: str, kind: str, occasion: str) -> None:
    [m] = find(sentence)
    assert (m.sender.name, [r.name for r in m.recipients]) == ("Vladimir Putin", ["Kim Jong Un"])
    assert (m.kind, m.occasion, m.date) == (kind, occasion, "2023-03-14")


@pytest.mark.parametrize("sentence, recipient", [
    ("Cyril Ramaphosa sent a message of condolence to the government and people of Japan.",
     "the government and people of Japan"),
    ("Cyril Ramaphosa sent a message of condolence to the people of Japan.", "the people of Japan"),
    ("Antonio Guterres wrote to the Security Council on Thursday.", "the Security Council"),
    ("Emmanuel Macron wrote to the Vatican on Thursday.", "the Vatican"),
])
def test_a_body_or_organisation_written_to(sentence: str, recipient: str) -> None:
    [m] = find(sentence)
    assert pairs([m]) == [(m.sender.name, [recipient])]


def test_wrote_to_listeners_is_no_message() -> None:
    assert find("Antonio Guterres wrote to reporters that the situation was dire.") == []


@pytest.mark.parametrize("sentence, date", [
    ("Volodymyr Zelenskiy said in a letter to U.S. President Donald Trump that Ukraine was ready.", None),
    ("Volodymyr Zelenskiy said in a letter to Donald Trump on Monday that Ukraine was ready.", "2023-03-13"),
    ("Volodymyr Zelenskiy said in a letter to Donald Trump that Ukraine would be ready on Monday.", None),
    ("In a letter dated March 3 and addressed to Donald Trump, Volodymyr Zelenskiy urged talks.", "2023-03-03"),
    ("In a letter dated March 3 to Donald Trump, Volodymyr Zelenskiy urged talks.", "2023-03-03"),
])
def test_a_letter_named_beside_what_was_said_in_it(sentence: str, date: str | None) -> None:
    [m] = find(sentence)
    assert pairs([m]) == [("Volodymyr Zelenskiy", ["Donald Trump"])]
    assert (m.medium, m.date) == ("letter", date)


def test_an_unnamed_envoy_at_or_to_a_body_sends() -> None:
    [m] = find("The DPRK permanent representative at the United Nations sent a letter to the president of the UN "
               "Security Council on March 14.")
    assert pairs([m]) == [("the DPRK permanent representative at the United Nations",
                           ["the president of the UN Security Council"])]


@pytest.mark.parametrize("follow, kind", [
    ("Also sending congratulatory messages were Han Zheng and Wang Yi.", "congratulation"),
    ("Messages of condolence also came from Han Zheng and Wang Yi.", "condolence"),
    ("Sending messages to William Ruto were also Han Zheng and Wang Yi.", None),
])
def test_more_senders_to_the_one_written_to_before(follow: str, kind: str | None) -> None:
    found = find("Xi Jinping on Monday sent a congratulatory message to William Ruto. " + follow)
    assert pairs(found) == [("Xi Jinping", ["William Ruto"]), ("Han Zheng", ["William Ruto"]),
                            ("Wang Yi", ["William Ruto"])]
    assert found[1].kind == (kind or "other")


def test_something_else_that_came_from_someone_is_no_message() -> None:
    assert len(find("Xi Jinping sent a message to William Ruto. Help came from Han Zheng.")) == 1


def test_recipients_named_after_including() -> None:
    [m] = find("Vladimir Putin sent New Year greetings to leaders of foreign countries, including Xi Jinping, "
               "Narendra Modi and Recep Tayyip Erdogan.")
    assert pairs([m]) == [("Vladimir Putin", ["Xi Jinping", "Narendra Modi", "Recep Tayyip Erdogan"])]


def test_a_body_written_to_ends_before_the_form_of_the_message() -> None:
    [m] = find("Vladimir Putin extended his condolences to the people of Myanmar in a telegram to the country's leader.")
    assert pairs([m]) == [("Vladimir Putin", ["the people of Myanmar"])]
    assert m.medium == "telegram"


def test_writes_to_in_the_present_of_a_headline_lead() -> None:
    [m] = find("Prime Minister Narendra Modi writes to President Anura Kumara Dissanayake, congratulating him on his victory.")
    assert pairs([m]) == [("Narendra Modi", ["Anura Kumara Dissanayake"])]
    assert (m.kind, m.medium, m.occasion) == ("congratulation", "letter", "his victory")


@pytest.mark.parametrize("sentence, date", [
    ("The letter, signed by Keir Starmer, was sent to Donald Trump on Monday.", "2023-03-13"),
    ("A letter from Keir Starmer was handed to Donald Trump by the ambassador on Monday.", None),
])
def test_the_writer_named_between_the_noun_and_a_passive(sentence: str, date: str | None) -> None:
    [m] = find(sentence)
    assert pairs([m]) == [("Keir Starmer", ["Donald Trump"])]
    assert m.date == date  # a day of delivery is not the day it was sent


@pytest.mark.parametrize("sentence, date", [
    ("Kim Jong Un sent a letter to Vladimir Putin, state media reported Tuesday.", None),
    ("Kim Jong Un exchanged greetings with Vladimir Putin, state media said on Tuesday.", None),
    ("Kim Jong Un sent a letter to Vladimir Putin on Monday, state media said on Tuesday.", "2023-03-13"),
    ("Kim Jong Un said on Tuesday that he had sent a letter to Vladimir Putin.", None),
])
def test_the_day_of_a_report_is_no_sending_day(sentence: str, date: str | None) -> None:
    assert {m.date for m in find(sentence)} == {date}


def test_a_body_held_here_writes_to_an_unnamed_office_of_an_acronym() -> None:
    [m] = find("The participants in the solidarity meeting held here sent a letter to the UN secretary general on Tuesday.")
    assert pairs([m]) == [("the participants in the solidarity meeting", ["the UN secretary general"])]


def test_an_organisation_whose_name_holds_capitals_after_for() -> None:
    [m] = find("The Committee for the Peaceful Reunification of the Fatherland sent a letter to the UN secretary general "
               "in the name of the Korean Committee for Solidarity with the World People.")
    assert pairs([m]) == [("the Committee for the Peaceful Reunification of the Fatherland", ["the UN secretary general"])]
    assert m.occasion is None


def test_an_organisation_noun_then_for_and_an_occasion() -> None:
    [m] = find("Kim Jong Un sent a message to the Central Committee for its founding anniversary.")
    assert m.occasion == "its founding anniversary"


@pytest.mark.parametrize("sentence, date", [
    ("Kim Jong Un received Xi Jinping's letter on Monday.", None),
    ("Xi Jinping's congratulatory message to Kim Jong Un was read out at the meeting on Monday.", None),
    ("Xi Jinping\u2019s letter to Kim Jong Un, dated March 5, was made public on Monday.", "2023-03-05"),
    ("Xi Jinping's earlier letter to Kim Jong Un, dated March 5, was made public.", "2023-03-05"),
])
def test_the_owner_of_a_message_wrote_it(sentence: str, date: str | None) -> None:
    [m] = find(sentence)
    assert pairs([m]) == [("Xi Jinping", ["Kim Jong Un"])]
    assert m.date == date  # the day it was received, read out or made public is not it


@pytest.mark.parametrize("sentence", [
    "Xi Jinping's tweet to invite Kim Jong Un was deleted.",
    "Kim Jong Un praised Xi Jinping's greetings.",
    "Xi Jinping's letter of credence to Kim Jong Un was presented.",
])
def test_what_an_owner_did_not_write_to_anyone(sentence: str) -> None:
    assert find(sentence) == []


def test_a_second_passive_verb_names_a_courier() -> None:
    [m] = find("The letter, signed by Volodymyr Zelenskiy, was sent to Marco Rubio and delivered by Andrii Sybiha.")
    assert pairs([m]) == [("Volodymyr Zelenskiy", ["Marco Rubio"])]


@pytest.mark.parametrize("participle, kind, occasion", [
    ("extending sympathies over the floods", "condolence", "the floods"),
    ("expressing deep condolences over the victims of the floods", "condolence", "the victims of the floods"),
    ("expressing hope for closer ties", "other", None),
])
def test_a_participle_of_the_message_s_purpose_leads_to_its_occasion(participle: str, kind: str, occasion: str | None) -> None:
    [m] = find("Xi Jinping sent a message to Luiz Inacio Lula da Silva, " + participle + ".")
    assert (m.kind, m.occasion) == (kind, occasion)


@pytest.mark.parametrize("sentence", [
    "Wang Yi conveyed Xi Jinping's verbal message to Vladimir Putin during the meeting on Monday.",
    "Wang Yi handed over Xi Jinping's letter to Vladimir Putin on Monday.",
])
def test_a_courier_of_someone_s_message(sentence: str) -> None:
    [m] = find(sentence)
    assert pairs([m]) == [("Xi Jinping", ["Vladimir Putin"])]
    assert m.date is None  # the day it was delivered
