"""Claims: each reporting construction of the genre, speakers, spans, and each message's
share of the claims."""
from __future__ import annotations

import pytest

from msgparse import claims, parties, quotes, sentences
from msgparse.model import Claim, Message, Party


def find(text: str, messages: list[Message] | None = None) -> list[Claim]:
    doc = sentences.split(text)
    found = claims.find(doc, parties.Cast.build(doc), messages or [])
    for c in found:
        assert text[c.span[0]:c.span[1]] == c.text
    return found


def triples(found: list[Claim]) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.text) for c in found]


def message(sender: str, recipient: str, sentence: int) -> Message:
    return Message("congratulation", "message", None, Party(sender), [Party(recipient)], sentence=sentence)


LEAD = "Chinese President Xi Jinping on Monday sent a message to Kim Jong Un.\n\n"


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Xi said the congress is of great significance.", "said", "the congress is of great significance"),
        ("Xi said that the congress is of great significance.", "said", "the congress is of great significance"),
        ("Xi said on Monday that the congress is of great significance.", "said", "the congress is of great significance"),
        ("Xi said in his message that the congress is of great significance.", "said", "the congress is of great significance"),
        ("Xi also stressed that the congress is of great significance.", "stressed", "the congress is of great significance"),
        ("Xi pointed out that the congress is of great significance.", "pointed out", "the congress is of great significance"),
        ("The congress is of great significance, Xi said.", "said", "The congress is of great significance"),
        ("The congress is of great significance, Xi said in the message.", "said", "The congress is of great significance"),
        ("The congress is of great significance, said Xi.", "said", "The congress is of great significance"),
        ("The congress is of great significance, according to Xi.", "according to", "The congress is of great significance"),
        ("According to Xi, the congress is of great significance.", "According to", "the congress is of great significance"),
        ("Xi expressed confidence that the two sides will keep making progress.", "expressed confidence",
         "the two sides will keep making progress"),
        ("Xi expressed his firm belief that the two sides will keep making progress.", "expressed his firm belief",
         "the two sides will keep making progress"),
        ("Xi voiced the hope that the two sides will keep making progress.", "voiced the hope",
         "the two sides will keep making progress"),
        ("Xi expressed his determination to give new impetus to cooperation.", "expressed his determination",
         "to give new impetus to cooperation"),
        ("Xi wished Kim every success in his work.", "wished", "Kim every success in his work"),
        ("Xi urged the two sides to remain committed to dialogue.", "urged", "the two sides to remain committed to dialogue"),
        ("Xi called for concerted efforts to carry out the consensus.", "called for", "concerted efforts to carry out the consensus"),
        ("Xi called on both sides to exercise restraint.", "called on", "both sides to exercise restraint"),
        ("Xi told reporters that the talks had gone well.", "told", "the talks had gone well"),
        ("Xi believed the talks had gone well.", "believed", "the talks had gone well"),
    ],
)
def test_one_cue(sentence: str, cue: str, content: str) -> None:
    assert triples(find(LEAD + sentence)) == [("Xi Jinping", cue, content)]


def test_adding_that_is_a_second_claim() -> None:
    found = find(LEAD + "China and the DPRK are friendly neighbours, Xi said, adding that it was an unswerving policy "
                 "of China to develop the ties.")
    assert triples(found) == [
        ("Xi Jinping", "said", "China and the DPRK are friendly neighbours"),
        ("Xi Jinping", "adding", "it was an unswerving policy of China to develop the ties"),
    ]


def test_participle_before_the_main_clause() -> None:
    found = find(LEAD + "Noting that this year marks the 70th anniversary of ties, Xi said the friendship has stood the test of time.")
    assert triples(found) == [
        ("Xi Jinping", "Noting", "this year marks the 70th anniversary of ties"),
        ("Xi Jinping", "said", "the friendship has stood the test of time"),
    ]
    found = find(LEAD + "While noting that the world is changing, Xi said the two countries should stay close.")
    assert [c.text for c in found] == ["the world is changing", "the two countries should stay close"]


def test_two_verbs_of_one_subject() -> None:
    found = find(LEAD + "Xi urged the state to care for the injured and called on residents to stay away from the site.")
    assert triples(found) == [
        ("Xi Jinping", "urged", "the state to care for the injured"),
        ("Xi Jinping", "called on", "residents to stay away from the site"),
    ]
    found = find(LEAD + "Xi expressed thanks and said he was deeply moved by the gesture.")
    assert triples(found) == [("Xi Jinping", "said", "he was deeply moved by the gesture")]
    # the subject opens the clause after its "but": "..., but Xi welcomed ... and said"
    found = find(LEAD + "The talks ended, but Xi welcomed the result and said the visit was a success.")
    assert triples(found) == [("Xi Jinping", "said", "the visit was a success")]


def test_cue_inside_content_stays_content() -> None:
    found = find(LEAD + "He said he believes that the relations will continue to grow.")
    assert triples(found) == [("Xi Jinping", "said", "he believes that the relations will continue to grow")]


def test_acts_without_content_are_not_claims() -> None:
    text = LEAD + ("Xi extended warm regards to Kim. Xi expressed deep condolences over the deaths. "
                   "Xi thanked Kim for his support. Xi expressed hope for an early recovery.")
    assert find(text) == []


def test_pronoun_and_description_resolve_to_the_full_name() -> None:
    text = LEAD + "He said the ties are strong.\n\nThe Chinese president said the region needs peace."
    assert [c.speaker for c in find(text)] == ["Xi Jinping", "Xi Jinping"]


def test_surname_and_titled_mentions_resolve_to_the_full_name() -> None:
    text = ("Pakistani President Arif Alvi wrote to Turkish President Recep Tayyip Erdogan on Friday.\n\n"
            "President Alvi said the floods had affected millions. Alvi noted that relief had arrived. "
            "Erdogan said Turkey stood with Pakistan.")
    assert [c.speaker for c in find(text)] == ["Arif Alvi", "Arif Alvi", "Recep Tayyip Erdogan"]


def test_joint_subject_gives_each_speaker_the_claim() -> None:
    text = ("Prime Minister Pham Minh Chinh and Premier Li Qiang exchanged messages.\n\n"
            "Chinh and Li expressed their belief that trade would keep growing.")
    assert triples(find(text)) == [
        ("Pham Minh Chinh", "expressed their belief", "trade would keep growing"),
        ("Li Qiang", "expressed their belief", "trade would keep growing"),
    ]


def test_unresolved_speaker_is_kept_as_written() -> None:
    assert triples(find("The talks will resume next week, a spokesman said.")) == [
        ("a spokesman", "said", "The talks will resume next week")]
    assert triples(find("Sources said the plan had been dropped.")) == [("Sources", "said", "the plan had been dropped")]


def test_the_message_speaks_for_its_sender() -> None:
    text = LEAD + "The message said the two countries are close neighbours. In his message, he noted that ties are strong."
    msg = message("Xi Jinping", "Kim Jong Un", 0)
    found = find(text, [msg])
    assert triples(found) == [
        ("Xi Jinping", "said", "the two countries are close neighbours"),
        ("Xi Jinping", "noted", "ties are strong"),
    ]
    assert msg.claims == found


# -- quotations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ('"We will never forget your help," Xi said.', "said"),
        ("\u201cWe will never forget your help,\u201d Xi said.", "said"),
        ('"We will never forget your help," said Xi.', "said"),
        ('Xi said: "We will never forget your help."', "said"),
        ('Xi said, "We will never forget your help."', "said"),
        ("Xi wrote: \u201cWe will never forget your help.\u201d", "wrote"),
        ("Xi said 'We will never forget your help.'", "said"),
        ('Xi said in his message: "We will never forget your help."', "said"),
        ("\u00abWe will never forget your help,\u00bb Xi wrote.", "wrote"),
        ("\u201eWe will never forget your help\u201c, Xi said.", "said"),
    ],
)
def test_direct_quotation(sentence: str, cue: str) -> None:
    found = find(LEAD + sentence)
    assert [(c.speaker, c.cue, c.text, c.direct) for c in found] == [
        ("Xi Jinping", cue, "We will never forget your help", True)]


def test_quotation_within_reported_speech() -> None:
    found = find(LEAD + 'Kim said he was sure the people would "overcome the misfortune soon."')
    assert [(c.cue, c.text, c.direct) for c in found] == [
        ("said", 'he was sure the people would "overcome the misfortune soon."', False)]


def test_remark_of_several_sentences_is_one_claim() -> None:
    found = find(LEAD + '"The ties are strong. They will grow," Xi told reporters.')
    assert [(c.cue, c.text) for c in found] == [("told", "The ties are strong. They will grow")]


def test_quotation_running_over_paragraphs() -> None:
    text = ("The Central Committee of the Communist Party of China sent a telegram of condolences.\n\n"
            "The telegram said: \u201cComrade Tran was an outstanding leader. His passing is a great loss.\n\n"
            "\u201cThe Chinese side has lost a close friend.\u201d\n\nThe funeral is on Friday.")
    msg = message("the Central Committee of the Communist Party of China", "the Communist Party of Vietnam", 0)
    found = find(text, [msg])
    assert [(c.speaker, c.cue, c.text, c.direct) for c in found] == [
        ("the Central Committee of the Communist Party of China", "said", "Comrade Tran was an outstanding leader", True),
        ("the Central Committee of the Communist Party of China", "", "His passing is a great loss", True),
        ("the Central Committee of the Communist Party of China", "", "The Chinese side has lost a close friend", True),
    ]


def test_quotation_without_closing_mark_ends_with_its_paragraph() -> None:
    text = LEAD + 'Xi stressed that "China and the DPRK are good neighbours.\n\nThe meeting ended at noon.'
    assert [(c.text, c.direct) for c in find(text)] == [("China and the DPRK are good neighbours", True)]


def test_message_text_drops_salutations_and_acts() -> None:
    text = ("Russian President Vladimir Putin sent a message to Alexander Lukashenko.\n\n"
            'The message reads: "Dear Alexander Grigoryevich! I warmly congratulate you on the holiday. '
            'Our countries are building the Union State. I wish you good health."')
    found = find(text, [message("Vladimir Putin", "Alexander Lukashenko", 0)])
    assert triples(found) == [
        ("Vladimir Putin", "reads", "Our countries are building the Union State"),
        ("Vladimir Putin", "", "I wish you good health"),
    ]


def test_round_up_with_a_line_per_leader() -> None:
    text = ("Leaders of many countries sent messages to Xi Jinping.\n\n"
            "Russian President Vladimir Putin:\n\n"
            "I warmly congratulate you. Relations between our countries are at a high level.\n\n"
            "Kazakh President Kassym-Jomart Tokayev, chairman of the party:\n\n"
            "Kazakhstan values its ties with China.")
    assert triples(find(text)) == [
        ("Vladimir Putin", "", "Relations between our countries are at a high level"),
        ("Kassym-Jomart Tokayev", "", "Kazakhstan values its ties with China"),
    ]


def test_labelled_quotation() -> None:
    text = ("Leaders sent greetings to Xi Jinping on his birthday.\n\n"
            "CUBA: President Miguel Diaz-Canel: \u201cDear friend, happy birthday. Your leadership has shown the way.\u201d")
    assert triples(find(text)) == [("Miguel Diaz-Canel", "", "Your leadership has shown the way")]


# -- messages ---------------------------------------------------------------------


def test_each_message_takes_its_senders_claims_until_the_next_message() -> None:
    text = ("Chinese President Xi Jinping sent a message to Kim Jong Un on Monday.\n\n"
            "Xi said the ties are strong.\n\n"
            "South Korean President Moon Jae-in also sent a message to Kim.\n\n"
            "Moon said the region needs peace. A ministry spokesman said the messages were routine. "
            "Xi said on Tuesday that he would visit soon.")
    xi, moon = message("Xi Jinping", "Kim Jong Un", 0), message("Moon Jae-in", "Kim Jong Un", 2)
    found = find(text, [xi, moon])
    assert [c.text for c in xi.claims] == ["the ties are strong"]
    assert [c.text for c in moon.claims] == ["the region needs peace"]
    assert len(found) == 4


def test_exchange_gives_each_side_its_own_claims() -> None:
    text = ("Xi Jinping and Kim Jong Un exchanged messages on Monday.\n\n"
            "Kim said the friendship is unbreakable. Xi said he was ready to work with Kim.")
    to_kim, to_xi = message("Xi Jinping", "Kim Jong Un", 0), message("Kim Jong Un", "Xi Jinping", 0)
    find(text, [to_kim, to_xi])
    assert [c.text for c in to_kim.claims] == ["he was ready to work with Kim"]
    assert [c.text for c in to_xi.claims] == ["the friendship is unbreakable"]


# -- robustness -------------------------------------------------------------------


def test_quotation_marks_scan() -> None:
    text = 'He said "yes," then \u201cno\u201d and "maybe\n\nnext "x'
    found = [(text[q.start:q.end], q.closed) for q in quotes.scan(text)]
    assert found == [("yes,", True), ("no", True), ("maybe", False), ("x", False)]
    assert len(quotes.mask(text, quotes.scan(text))) == len(text)


@pytest.mark.parametrize("text", ["said " * 2000, '"' * 3001, "Xi said, " * 2000, ", adding that " * 2000,
                                  "according to " * 2000, "\u201c" * 2000 + "\u201d" * 2000, "Dear X:\n\n" * 500])
def test_degenerate_text_gives_well_formed_claims(text: str) -> None:
    for c in find(text):
        assert c.text and c.span[0] < c.span[1]


def test_messages_reported_together_share_the_claims_after_them() -> None:
    text = ("Party chief Nguyen Van An sent a message to Xi Jinping on Sunday. "
            "Prime Minister Tran Van Binh sent a message to Li Qiang on the same day.\n\n"
            "An said the friendship is a treasure. Binh said trade is growing.")
    an, binh = message("Nguyen Van An", "Xi Jinping", 0), message("Tran Van Binh", "Li Qiang", 1)
    find(text, [an, binh])
    assert [(c.speaker, c.text) for c in an.claims] == [("Nguyen Van An", "the friendship is a treasure")]
    assert [(c.speaker, c.text) for c in binh.claims] == [("Tran Van Binh", "trade is growing")]


def test_unquoted_paragraph_after_a_colon() -> None:
    text = "The newspaper Rodong Sinmun says in a commentary:\n\nThe talks are a farce staged by the warmongers.\n\nEnd."
    assert triples(find(text)) == [("Rodong Sinmun", "says", "The talks are a farce staged by the warmongers")]


def test_second_verb_and_participles_without_content() -> None:
    text = LEAD + "The letter said and went on: nothing. The flood hit the town, claiming many lives."
    assert find(text) == []


def test_pronoun_after_a_sentence_opened_by_a_named_person() -> None:
    text = (LEAD + "Foreign Ministry spokeswoman Mao Ning thanked the press for the questions. "
            "She said the visit would go ahead.")
    assert triples(find(text)) == [("Mao Ning", "said", "the visit would go ahead")]


def test_relative_clause_and_told_with_a_quotation() -> None:
    found = find("The bill was backed by economists who have argued that the plan would pay for itself.")
    assert triples(found) == [("economists", "argued", "the plan would pay for itself")]
    found = find('Trump told Limbaugh: "The media is against us."')
    assert [(c.speaker, c.cue, c.text, c.direct) for c in found] == [("Trump", "told", "The media is against us", True)]
    assert triples(find("The ministry issued a statement. It said the talks would resume.")) == [
        ("It", "said", "the talks would resume")]


def test_participle_speaks_for_the_person_the_sentence_opens_with() -> None:
    text = ("For his part, Sheikh Mohamed bin Zayed thanked the envoys for their visit, stressing "
            "that the two countries share a common destiny.")
    assert triples(find(text)) == [("Sheikh Mohamed bin Zayed", "stressing", "the two countries share a common destiny")]


def test_coordinated_verb_inside_reported_content_stays_content() -> None:
    found = find(LEAD + "Xi said China had never sought conflict and wished to see the ties restored.")
    assert triples(found) == [("Xi Jinping", "said", "China had never sought conflict and wished to see the ties restored")]


def test_the_message_as_subject_of_a_second_verb() -> None:
    text = ("Kim Jong Un sent a message to the President of Grenada. The message sent warm congratulations to him "
            "and hoped that the friendly relations would grow.")
    msg = message("Kim Jong Un", "the President of Grenada", 0)
    assert triples(find(text, [msg])) == [("Kim Jong Un", "hoped", "the friendly relations would grow")]


def test_a_spokesman_is_not_the_sender_of_a_prime_ministers_letter() -> None:
    import msgparse

    rec = msgparse.parse(
        "TOKYO (Kyodo) - Japanese Prime Minister Taro Hayashi sent a letter to Indian Prime "
        "Minister Arjun Mehta on Friday, a cabinet spokesman said.\n\n"
        "The spokesman did not disclose the contents of the letter but said it was a reply "
        "to an earlier message.")
    speakers = [(c["speaker"], c["text"]) for c in rec["claims"]]
    assert ("a cabinet spokesman", "it was a reply to an earlier message") in speakers
    assert rec["messages"][0]["claims"] == []


def test_a_bare_office_the_sender_holds_is_the_sender() -> None:
    import msgparse

    rec = msgparse.parse(
        "HAVANA, May 2 (ACN) -- Cuban President Ana Lopez sent a message to Mexican President "
        "Luis Ortega on Monday.\n\nIn the message, the Cuban head of state wished the Mexican "
        "people peace and prosperity.")
    assert [(c["speaker"], c["cue"]) for c in rec["messages"][0]["claims"]] == [("Ana Lopez", "wished")]


def test_it_that_speaks_after_the_message_is_the_message() -> None:
    text = (LEAD + "The message extended warm congratulations to Kim on the anniversary.\n\n"
            "It said that the friendship between the two countries would grow stronger.\n\n"
            "It noted that the two sides had much to gain.\n\n"
            "Analysts said the talks would resume. It said the weather was fine.")
    found = find(text, [message("Xi Jinping", "Kim Jong Un", 0)])
    assert [(c.speaker, c.cue) for c in found] == [
        ("Xi Jinping", "said"), ("Xi Jinping", "noted"), ("Analysts", "said"), ("It", "said")]


def test_a_cue_word_used_as_a_noun_has_no_speaker() -> None:
    found = find(LEAD + "Please accept my best wishes for your good health and happiness.", [message("Xi Jinping", "Kim Jong Un", 0)])
    assert triples(found) == []


def test_in_the_message_before_the_subject_is_no_speaker() -> None:
    found = find(LEAD + "In the message Xi extended warm congratulations to Kim and wished him good health.",
                 [message("Xi Jinping", "Kim Jong Un", 0)])
    assert triples(found) == [("Xi Jinping", "wished", "him good health")]


def test_two_apostrophes_make_a_double_quotation_mark() -> None:
    text = "''I have admiration for the mechanics'' of the plans, Mr. Holtz said. ''They are detailed.'' He didn't."
    assert [text[q.start:q.end] for q in quotes.scan(text)] == ["I have admiration for the mechanics", "They are detailed."]
    found = find("Ben Holtz met reporters.\n\n''We are ready, they said, and we will win,'' Mr. Holtz said.")
    assert triples(found) == [("Ben Holtz", "said", "We are ready, they said, and we will win")]


def test_a_body_of_people_without_an_article_may_speak() -> None:
    found = find("According to police, officers saw the man leave the car.\n\nAuthorities said a curfew would continue.")
    assert triples(found) == [("police", "According to", "officers saw the man leave the car"),
                              ("Authorities", "said", "a curfew would continue")]


def test_a_bare_office_is_the_writer_who_holds_it() -> None:
    text = ("President Amara Diallo sent a message to President Lars Dahl on his re-election.\n\n"
            "Their ties are strong, Diallo said, adding that trade would grow. "
            "Prime Minister Ingrid Holm also congratulated Lars Dahl in a tweet on Sunday.\n\n"
            "In the tweet, the Prime Minister wrote: \"Your win is a testament to your leadership.\"")
    sent = [Message("congratulation", "message", None, Party("Amara Diallo", ["President"]), [Party("Lars Dahl")], sentence=0),
            Message("congratulation", "other", None, Party("Ingrid Holm", ["Prime Minister"]), [Party("Lars Dahl")], sentence=2)]
    found = find(text, sent)
    assert [(c.speaker, c.cue) for c in found][-1] == ("Ingrid Holm", "wrote")


def test_a_speaker_spelt_another_way_is_the_person_named_first() -> None:
    text = ("President Salim M. Al-Malik sent a message to Kim Jong Un.\n\n"
            "Salim Mohammed El Malek said the two countries would grow closer.")
    found = find(text, [message("Salim M. Al-Malik", "Kim Jong Un", 0)])
    assert triples(found) == [("Salim M. Al-Malik", "said", "the two countries would grow closer")]


def test_a_claim_filed_under_an_earlier_sentence_than_its_place_still_ends_a_message_stretch() -> None:
    # claims come in text order; one filed under sentence 0 (a quotation opened there)
    # follows one of sentence 1: sentence 1's claim still ends Xi's stretch before Kim's report
    xi = Message("congratulation", "message", None, Party("Xi Jinping"), [Party("Kim Jong Un")], sentence=1)
    kim = Message("congratulation", "message", None, Party("Kim Jong Un"), [Party("Xi Jinping")], sentence=2)
    c1 = Claim("Xi Jinping", "said", "ties will grow", False, (50, 64))
    c0 = Claim("Xi Jinping", "said", "grow", False, (60, 64))
    c3 = Claim("Xi Jinping", "said", "peace matters", False, (120, 133))
    claims.assign([(1, c1), (0, c0), (3, c3)], [xi, kim])
    assert (xi.claims, kim.claims) == ([c1], [])


@pytest.mark.parametrize("sentence,expected", [
    ("Xi wished Kim good health and expressed the hope that the ties would flourish.",
     [("Xi Jinping", "wished", "Kim good health"), ("Xi Jinping", "expressed the hope", "the ties would flourish")]),
    ("Xi wished Laos prosperity and wished the Lao people happiness.",
     [("Xi Jinping", "wished", "Laos prosperity"), ("Xi Jinping", "wished", "the Lao people happiness")]),
    # after "said", what opens the content is the subject of what was said
    ("Xi said Laos had never intended to harm the ties and wished to see them restored.",
     [("Xi Jinping", "said", "Laos had never intended to harm the ties and wished to see them restored")]),
])
def test_a_second_cue_after_an_object_has_the_first_ones_speaker(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.speaker, c.cue, c.text) for c in find(LEAD + sentence)] == expected


def test_a_quotation_interrupted_by_its_speaker_gives_both_halves() -> None:
    found = find(LEAD + '"China is ready to work with the DPRK," Xi said, "and we will deepen our ties."')
    assert [(c.speaker, c.text, c.direct) for c in found] == [
        ("Xi Jinping", "China is ready to work with the DPRK", True), ("Xi Jinping", "and we will deepen our ties", True)]


def test_an_organisation_speaker_keeps_its_country() -> None:
    found = find(LEAD + "The Saudi Press Agency said the cable was delivered on Tuesday.")
    assert [(c.speaker, c.text) for c in found] == [("Saudi Press Agency", "the cable was delivered on Tuesday")]


def test_an_attribution_by_an_office_in_lower_case_is_not_content() -> None:
    found = find(LEAD + "Xi wished Kim good health, presidential spokesman Ma Lin said.")
    assert [(c.speaker, c.cue, c.text) for c in found] == [("Xi Jinping", "wished", "Kim good health")]


def test_the_word_joining_a_second_speaker_is_not_content() -> None:
    found = find(LEAD + "Xi said the railway would bring new impetus, while Kim noted that ties would deepen.")
    assert [(c.speaker, c.text) for c in found] == [
        ("Xi Jinping", "the railway would bring new impetus"), ("Kim Jong Un", "ties would deepen")]


@pytest.mark.parametrize("sentence, expected", [
    # a comma before "and" closes what was said: the next verb is the speaker's
    ("Xi said China is ready to work with Kim, and stressed that the two sides would deepen trade.",
     [("Xi Jinping", "said", "China is ready to work with Kim"),
      ("Xi Jinping", "stressed", "the two sides would deepen trade")]),
    ("Xi said China is ready to work with Kim, and expressed hope that trade would grow.",
     [("Xi Jinping", "said", "China is ready to work with Kim"),
      ("Xi Jinping", "expressed hope", "trade would grow")]),
    # without the comma the verb is the reported subject's
    ("Xi said China had never meant to harm the ties and wished to see them restored.",
     [("Xi Jinping", "said", "China had never meant to harm the ties and wished to see them restored")]),
])
def test_a_second_verb_after_said(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(find(LEAD + sentence)) == expected


def test_a_participle_speaks_for_the_surname_opening_its_sentence() -> None:
    text = ("Kremlin spokesman Dmitry Peskov said the talks were useful. President Vladimir Putin spoke later.\n\n"
            "Earlier, Putin addressed the forum by video link, saying the economy had adapted.")
    assert triples(find(text))[-1] == ("Vladimir Putin", "saying", "the economy had adapted")


@pytest.mark.parametrize("sentence, speaker", [
    ("Japan's chief cabinet secretary, Yoshimasa Hayashi, said the aid had arrived.", "Yoshimasa Hayashi"),
    ("The spokesman, Stephane Dujarric, said the aid had arrived.", "Stephane Dujarric"),
    ("Kim Jong Un, also president of the State Affairs Commission, said the aid had arrived.", "Kim Jong Un"),
])
def test_a_name_in_apposition_after_an_office_speaks(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in find(LEAD + sentence)] == [speaker]


def test_an_office_of_a_place_stands_for_its_holder() -> None:
    text = ("Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, sent a cable to the King of Bahrain.\n\n"
            "In the cable, the Emir of Qatar wished Bahrain further prosperity.")
    assert triples(find(text)) == [("Sheikh Tamim bin Hamad Al Thani", "wished", "Bahrain further prosperity")]


def test_an_indefinite_office_is_not_the_writer() -> None:
    text = ("Kemi Badenoch on Monday wrote a letter to Prime Minister Keir Starmer.\n\n"
            "A Treasury spokesperson said in a statement that the letter would be answered.")
    doc = sentences.split(text)
    m = Message("other", "letter", None, Party("Kemi Badenoch"), [Party("Keir Starmer")], sentence=0)
    found = claims.find(doc, parties.Cast.build(doc), [m])
    assert [c.speaker for c in found] == ["A Treasury spokesperson"]
    assert m.claims == []


@pytest.mark.parametrize("sentence, speaker", [
    ("Kim Jong Un, in his reply, thanked Xi for the warm words and said the ties were strong.", "Kim Jong Un"),
    ("Kim Jong Un, 41, thanked Xi for the warm words and said the ties were strong.", "Kim Jong Un"),
])
def test_asides_between_the_speaker_and_a_first_verb(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in find(LEAD + sentence)] == [speaker]


def test_a_time_before_the_speaker_is_no_content() -> None:
    assert find(LEAD + "On the same day, Xi wrote to the president of the assembly.") == []


def test_the_message_to_a_recipient_speaks_for_its_sender() -> None:
    text = ("Xi Jinping sent a message to Droupadi Murmu. Li Qiang sent a message to Narendra Modi.\n\n"
            "The message to Murmu said ties were strong.")
    doc = sentences.split(text)
    msgs = [message("Xi Jinping", "Droupadi Murmu", 0), message("Li Qiang", "Narendra Modi", 1)]
    found = claims.find(doc, parties.Cast.build(doc), msgs)
    assert [c.speaker for c in found] == ["Xi Jinping"]


def test_a_described_subject_of_two_verbs_speaks_for_the_second() -> None:
    text = LEAD + "The Chinese leader asked Kim to convey his regards and wished the people happiness."
    assert triples(find(text)) == [("Xi Jinping", "wished", "the people happiness")]


def test_a_form_of_address_before_an_office_in_a_message_is_its_sender() -> None:
    text = ("Sheikh Mohamed bin Zayed Al Nahyan sent a cable to President Mohamed Ould Ghazouani of Mauritania.\n\n"
            "In his cable, His Highness the President wished the Mauritanian leader good health.")
    doc = sentences.split(text)
    m = message("Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed Ould Ghazouani", 0)
    found = claims.find(doc, parties.Cast.build(doc), [m])
    assert [c.speaker for c in found] == ["Sheikh Mohamed bin Zayed Al Nahyan"]


@pytest.mark.parametrize("text, speaker", [
    ("Narendra Modi received a letter from King Charles III.\n\nMr Modi thanked the King, saying the ties were deep.",
     "Narendra Modi"),
    ("Sultan Haitham bin Tarik received a cable from President Abdelmadjid Tebboune of Algeria, "
     "who wished the Sultan good health.", "Abdelmadjid Tebboune"),
])
def test_offices_honorifics_and_countries_around_a_speaker(text: str, speaker: str) -> None:
    assert [c.speaker for c in find(text)] == [speaker]


@pytest.mark.parametrize("sentence, cue", [
    ("Volodymyr Zelenskiy said in a letter to U.S. President Donald Trump that Ukraine was ready.", "said"),
    ("Volodymyr Zelenskiy said in a letter to Donald Trump on Monday that Ukraine was ready.", "said"),
    ("Volodymyr Zelenskiy expressed hope in a letter to Donald Trump that Ukraine was ready.", "expressed hope"),
])
def test_a_message_with_its_recipient_and_day_between_cue_and_that(sentence: str, cue: str) -> None:
    assert triples(find(sentence)) == [("Volodymyr Zelenskiy", cue, "Ukraine was ready")]


def test_other_phrases_before_that_stay_short() -> None:
    # "agreed to build ... with a shared future that carries": "that" opens a relative clause
    text = ("Nguyen Van Minh noted that during the visit last year, the two sides agreed to build a Lao-Thai "
            "community with a shared future that carries strategic significance.")
    assert triples(find(text)) == [("Nguyen Van Minh", "noted", text[len("Nguyen Van Minh noted that "):-1])]


@pytest.mark.parametrize("sentence, text", [
    ('Trump told reporters the letter was "very nice" and that Putin would reply.',
     'the letter was "very nice" and that Putin would reply'),
    ('Trump told reporters "the letter was very nice".', "the letter was very nice"),
    ('Trump told the crowd "the letter was very nice".', "the letter was very nice"),
])
def test_told_listeners_then_content_with_a_quotation_inside(sentence: str, text: str) -> None:
    assert [(c.speaker, c.text) for c in find(sentence)] == [("Trump", text)]
