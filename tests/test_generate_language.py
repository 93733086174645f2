"""The generator writes questions from English text only: a document in another language is
refused with a message naming the file and the language, both by `relayquiz generate` (exit
status 1) and by `generate_pack`, which the window's generate path calls; English documents,
also those quoting another language, are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from game import i18n
from game.cli import main
from game.generate import GenerateError, document_from_bytes, generate_pack, read_document
from game.generate.language import detect, sample
from tests.generate_helpers import DATA

PARAGRAPHS = {
    "de": ("Der Bodensee liegt an der Grenze zwischen Deutschland, Österreich und der Schweiz. Er ist "
           "der drittgrößte See Mitteleuropas und wird vom Rhein durchflossen, der bei Bregenz in den See "
           "mündet und ihn bei Stein am Rhein wieder verlässt. Im Winter friert der See nur sehr selten zu; "
           "das letzte Mal geschah dies im Jahr 1963, als viele Menschen zu Fuß über das Eis gingen. "
           "Auf der Insel Mainau wachsen Palmen, weil das Klima am Ufer mild ist und die Sonne oft scheint."),
    "fr": ("La Loire est le plus long fleuve de France. Elle prend sa source au mont Gerbier de Jonc, dans "
           "le Massif central, et se jette dans l'océan Atlantique près de Saint-Nazaire. Ses rives sont "
           "bordées de châteaux construits pendant la Renaissance, comme Chambord et Chenonceau. Le fleuve "
           "est connu pour ses bancs de sable qui changent de place à chaque crue, ce qui rendait la "
           "navigation difficile pour les bateliers qui transportaient du vin et du sel."),
    "es": ("El lago Titicaca se encuentra en la frontera entre Perú y Bolivia, a más de tres mil ochocientos "
           "metros sobre el nivel del mar. Es el lago navegable más alto del mundo y en sus aguas viven "
           "especies de ranas que no se encuentran en ningún otro lugar. Los uros construyen islas flotantes "
           "con la totora, una planta que crece en las orillas, y las renuevan cada pocos meses porque la "
           "parte de abajo se pudre con el tiempo."),
    "it": ("Il Po è il fiume più lungo d'Italia e attraversa la pianura padana da ovest a est. Nasce dal "
           "Monviso, nelle Alpi occidentali, e sfocia nel mare Adriatico con un ampio delta. Lungo il suo "
           "corso si trovano città come Torino, Piacenza e Cremona, che per secoli hanno vissuto del "
           "commercio sul fiume. Le piene del Po sono state spesso gravi e nel 1951 l'acqua ha coperto "
           "gran parte del Polesine."),
    "pt": ("O rio Tejo nasce na Espanha e desagua no oceano Atlântico em Lisboa, onde forma um grande "
           "estuário. É o rio mais longo da Península Ibérica e foi durante séculos uma via importante para "
           "o comércio. Os navegadores portugueses partiam do Tejo para as suas viagens, e a Torre de Belém "
           "foi construída na margem do rio para proteger a cidade. Hoje a ponte 25 de Abril liga as duas "
           "margens e é atravessada por milhares de carros todos os dias."),
    "nl": ("De Afsluitdijk is een dijk van ruim dertig kilometer die de Waddenzee scheidt van het IJsselmeer. "
           "Hij werd in 1932 voltooid en beschermt het land tegen overstromingen. Voor de bouw van de dijk "
           "was de Zuiderzee een binnenzee met zout water, maar door de afsluiting werd het water langzaam "
           "zoet. Op de dijk staat een monument op de plek waar het laatste gat werd gedicht, en er loopt "
           "een snelweg over die Noord-Holland met Friesland verbindt."),
    "ru": ("Байкал — самое глубокое озеро на Земле. Его глубина превышает полторы тысячи метров, а вода "
           "настолько прозрачна, что камни на дне видны на глубине сорока метров. В озеро впадает более "
           "трёхсот рек, а вытекает только одна — Ангара. Зимой лёд на Байкале бывает толщиной больше метра, "
           "и по нему прокладывают дороги. В озере живёт байкальская нерпа, единственный тюлень, который "
           "обитает в пресной воде."),
    "el": ("Η Ακρόπολη της Αθήνας είναι ένας βράχος πάνω από την πόλη, όπου χτίστηκε ο Παρθενώνας τον "
           "πέμπτο αιώνα προ Χριστού. Ο ναός ήταν αφιερωμένος στη θεά Αθηνά, την προστάτιδα της πόλης. "
           "Πολλά από τα γλυπτά του βρίσκονται σήμερα σε μουσεία, και οι εργασίες αποκατάστασης συνεχίζονται "
           "εδώ και δεκαετίες."),
    "zh": ("长江是中国最长的河流，全长六千三百多公里，发源于青藏高原，流经十一个省、自治区和直辖市，最后在上海"
           "注入东海。三峡大坝位于湖北省宜昌市，是世界上最大的水力发电站之一。长江流域人口众多，农业发达，自古"
           "以来就是中国经济和文化的重要地区。"),
    "ja": ("富士山は日本で一番高い山で、高さは三千七百七十六メートルです。静岡県と山梨県にまたがっており、"
           "晴れた日には東京からも見ることができます。夏になると多くの人が山頂を目指して登り、朝日を見るのを"
           "楽しみにしています。二千十三年には世界文化遺産に登録されました。"),
    "ar": ("نهر النيل هو أطول نهر في أفريقيا، ويجري من الجنوب إلى الشمال حتى يصب في البحر الأبيض المتوسط. "
           "يتكون من رافدين رئيسيين هما النيل الأبيض والنيل الأزرق، ويلتقيان في مدينة الخرطوم. اعتمد "
           "المصريون القدماء على فيضان النيل كل عام لري أراضيهم الزراعية."),
}
NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
         "ru": "Russian", "el": "Greek", "zh": "Chinese", "ja": "Japanese", "ar": "Arabic"}

ENGLISH_QUOTING_FRENCH = (
    "The Eiffel Tower was built for the World's Fair of 1889 in Paris. Its engineer, Gustave Eiffel, "
    "answered the artists who called it useless with a short letter to the newspaper Le Temps. Parisians "
    "soon gave it a nickname, \"la dame de fer\", which means the iron lady. The tower is 330 metres tall "
    "and was the tallest structure in the world until the Chrysler Building was finished in New York in "
    "1930. A sign at the entrance still reads \"Bienvenue à la tour Eiffel, le symbole de Paris et de la "
    "France\", and most visitors take the lift to the second floor before they climb the last stairs.")


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_paragraph_in_another_language_is_detected_as_that_language(code):
    assert detect(PARAGRAPHS[code]) == code


def test_every_english_test_document_is_read_as_english():
    paths = sorted(DATA.iterdir()) + sorted((DATA.parent / "blind" / "documents").glob("*.*"))
    paths += sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
    assert len(paths) > 60
    refused = {path.name: detect(read_document(path).text) for path in paths}
    assert {name: code for name, code in refused.items() if code} == {}


def test_an_english_text_quoting_french_still_generates():
    assert detect(ENGLISH_QUOTING_FRENCH) is None
    pack = generate_pack([document_from_bytes(ENGLISH_QUOTING_FRENCH.encode(), "eiffel.txt")])
    assert pack.questions


def test_an_english_text_with_a_german_title_and_a_russian_name_is_english():
    text = ("Der Blaue Reiter\n\n" + ENGLISH_QUOTING_FRENCH + " The guide that day was Наталья Петрова.")
    assert detect(text) is None


def test_too_little_text_is_not_judged():
    assert detect("Der Rhein.") is None
    assert detect("Байкал") is None


def test_the_sample_of_a_long_text_comes_from_all_over_it():
    text = "a" * 100_000 + "Z" * 100_000
    piece = sample(text)
    assert len(piece) < 70_000 and "a" in piece and "Z" in piece


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_generating_from_another_language_is_refused_naming_the_file_and_the_language(code):
    # Chinese and Japanese are refused while reading (their full stops are not English ones),
    # the others when the pack is written; either way before any question is.
    with pytest.raises(GenerateError) as caught:
        generate_pack([document_from_bytes(PARAGRAPHS[code].encode("utf-8"), f"notes-{code}.txt")])
    assert str(caught.value) == (f"notes-{code}.txt: this document looks {NAMES[code]}; the generator writes "
                                 "questions from English text only")


def test_the_command_refuses_a_german_document_with_exit_status_1(tmp_path, capsys):
    path = tmp_path / "bodensee.txt"
    path.write_text(PARAGRAPHS["de"], encoding="utf-8")
    out = tmp_path / "pack.yaml"
    assert main(["generate", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: this document looks German; the generator writes questions from English text only" in err
    assert not out.exists()


def test_one_foreign_document_among_english_ones_is_named(tmp_path, capsys):
    path = tmp_path / "baikal.txt"
    path.write_text(PARAGRAPHS["ru"], encoding="utf-8")
    assert main(["generate", "-q", str(DATA / "short.txt"), str(path)]) == 1
    assert "baikal.txt: this document looks Russian" in capsys.readouterr().err


def test_the_refusal_speaks_the_game_language():
    document = document_from_bytes(PARAGRAPHS["fr"].encode("utf-8"), "loire.txt")
    i18n.set_language("de")
    with pytest.raises(GenerateError) as caught:
        generate_pack([document])
    assert str(caught.value) == ("loire.txt: dieses Dokument ist offenbar auf Französisch verfasst; der "
                                 "Generator schreibt Fragen nur aus englischen Texten")
    i18n.set_language("ru")
    with pytest.raises(GenerateError) as caught:
        generate_pack([document])
    assert str(caught.value) == ("loire.txt: похоже, этот документ написан на французском языке; генератор "
                                 "составляет вопросы только по текстам на английском")
