"""Things a document writes that are not what they first look like: a section heading on the line
above its paragraph, a surname two people of the text share, a number that is part of a name.
None may end up in a question as something it is not."""

from __future__ import annotations

from game.generate.clean import split_paragraphs
from tests.generate_helpers import generate

LONG = ("Okafor married the painter Ruth Ellison in 1962; they had two sons and a daughter, and the "
        "family settled in a farmhouse outside Ely.")


def test_a_heading_on_the_line_above_its_paragraph_is_its_own_line():
    assert split_paragraphs(f"Later life\n{LONG}\n") == ["Later life", LONG]
    assert split_paragraphs(f"12/03 PLANNING APPLICATIONS\n{LONG}\n") == ["12/03 PLANNING APPLICATIONS", LONG]
    assert split_paragraphs(f"2. OKAFOR'S FIRST BRIDGE (1958)\n{LONG}\n") == ["2. OKAFOR'S FIRST BRIDGE (1958)", LONG]
    # Minutes and reports letter their items: "(a) ...", "(b) ..." are items of their own.
    items = ["(a) Grants totalling \u00a3640 were approved for the youth club and the village hall.",
             "(b) The reserve account stood at \u00a38,210.55 on 30 June."]
    assert split_paragraphs("14/06 FINANCE\n" + "\n".join(items) + "\n") == ["14/06 FINANCE", *items]


def test_wrapped_prose_is_still_joined():
    wrapped = ("The new lock gates were fitted over the winter of 1894, when the canal was drained for\n"
               "six weeks and the company paid its boatmen half wages to wait.\n")
    assert split_paragraphs(wrapped) == [" ".join(line for line in wrapped.split("\n") if line)]
    # A short first line that ends mid-sentence, or on a comma, is not a heading.
    assert len(split_paragraphs(f"In the spring the\n{LONG}\n")) == 1
    assert len(split_paragraphs(f"After the war,\n{LONG}\n")) == 1


OKAFOR = ("OKAFOR, Daniel Chike (1921-1994)\n\nNigerian civil engineer whose bridges crossed three rivers of the "
          "Niger delta.\n\nEarly years\nOkafor was born on 3 May 1921 in Onitsha, the only son of the French-born "
          "trader Pierre Emeka Okafor and his wife, Grace Nwosu. After school in Lagos he was sent to study in "
          "London.\n\nBridges\nWhile teaching in Enugu, Okafor entered a competition to bridge the Niger at "
          "Onitsha. His design was chosen in 1958, but funds ran short and the bridge was finished only in 1965. "
          "Okafor was appointed chief engineer of the Eastern Railway in 1960.\n")


def okafor_prompts(tmp_path) -> list[str]:
    doc = tmp_path / "okafor.txt"
    doc.write_text(OKAFOR, encoding="utf-8")
    prompts = [q.prompt for q in generate(doc, keep_all=True).questions]
    assert len(prompts) >= 3, prompts
    return prompts


def test_a_heading_never_opens_a_prompt(tmp_path):
    prompts = okafor_prompts(tmp_path)
    assert not [p for p in prompts if "Early years" in p or "Bridges" in p], prompts
    assert any(p.startswith("Okafor was born on what date") for p in prompts), prompts


def test_a_surname_used_alone_for_the_son_is_not_written_out_as_the_father(tmp_path):
    # "Okafor was born ..., the only son of ... Pierre Emeka Okafor": the surname alone is the
    # son, so neither "Okafor" nor the "he" after it becomes the father's full name.
    prompts = okafor_prompts(tmp_path)
    assert not [p for p in prompts if "Pierre Emeka Okafor" in p], prompts


def test_a_surname_with_one_full_name_and_no_one_else_is_still_written_out(tmp_path):
    doc = tmp_path / "vance.txt"
    doc.write_text(
        "Margaret Vance built the first lighthouse on the Farne coast in 1838. Vance designed its lamp, "
        "which burned whale oil until 1867. Vance retired to Alnwick in 1852 and died there in 1870.\n",
        encoding="utf-8")
    prompts = [q.prompt for q in generate(doc, keep_all=True).questions]
    assert any("Margaret Vance" in p for p in prompts), prompts


def test_a_number_that_is_part_of_a_name_is_never_asked():
    from game.generate.quantities import number_spans

    def numbers(text: str) -> list[str]:
        return [span.text for span in number_spans(text)]

    assert numbers("Halden is recalling batches of the Strider 4 children's bicycle.") == []
    assert numbers("The coins were declared treasure under the Heritage Act 2003 last week.") == []
    # A month, an era, a clause's opening word or a describing word before it leaves a number.
    assert numbers("In 1987 the ferry sank.") == ["1987"]
    assert "1931" in numbers("The dam was finished in June 1931 after two floods.")
    assert numbers("The city was rebuilt after AD 410 by its bishops.") == ["AD 410"]
    assert "400" in numbers("She kept her Olympic 400 metres title in 1996.")
