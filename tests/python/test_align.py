"""parallax.align from Python gives what `parallax align` gives, in every output format."""
import subprocess
import xml.etree.ElementTree as ElementTree

import numpy
import pytest

import parallax

PAIRS = [
    ("un-charter.ru.txt", "un-charter.en.txt"),
    ("hotline-memorandum-1963.ru.txt", "hotline-memorandum-1963.en.txt"),
    ("khrushchev-1963-06-08.en.txt", "khrushchev-1963-06-08.en-embassy.partial.txt"),
]


def cli_output(cli, source, target, output_format):
    return subprocess.run([cli, "align", "-q", "--format", output_format, str(source), str(target)],
                          check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("source_name,target_name", PAIRS)
def test_same_beads_and_json_as_the_cli(cli, corpora, source_name, target_name):
    source, target = corpora / source_name, corpora / target_name
    alignment = parallax.align(str(source), str(target))
    assert alignment.to_beads() == cli_output(cli, source, target, "beads")
    assert alignment.to_json() == cli_output(cli, source, target, "json")
    assert alignment.to_tsv() == cli_output(cli, source, target, "tsv")


def test_every_sentence_in_exactly_one_bead(corpora):
    alignment = parallax.align(corpora / "un-charter.ru.txt", corpora / "un-charter.en.txt")
    source_ids = [i for bead in alignment for i in bead.source_ids]
    target_ids = [j for bead in alignment for j in bead.target_ids]
    assert source_ids == list(range(len(alignment.source)))
    assert target_ids == list(range(len(alignment.target)))
    assert all(bead.source_ids or bead.target_ids for bead in alignment)


def test_bead_texts_and_confidences(corpora):
    alignment = parallax.align(corpora / "hotline-memorandum-1963.ru.txt",
                               corpora / "hotline-memorandum-1963.en.txt")
    first = alignment[0]
    assert first.source_text == alignment.source[0].text
    assert first.target_text.startswith("For use in time of emergency")
    confidences = alignment.confidences
    assert confidences.dtype == numpy.float32
    assert confidences.shape == (len(alignment),)
    assert numpy.allclose(confidences, [bead.confidence for bead in alignment])


def test_documents_keep_positions(corpora):
    document = parallax.read(corpora / "un-charter.en.txt")
    assert document.language == "en"
    assert document.encoding == "UTF-8"
    for sentence in document:
        raw = document.text.encode("utf-8")[sentence.begin:sentence.end].decode("utf-8")
        assert raw == sentence.text
        assert sentence.line >= 1
    lines = (corpora / "un-charter.en.txt").read_text(encoding="utf-8").split("\n")
    assert document[5].text in lines[document[5].line - 1]


def test_lists_of_sentences_align(corpora):
    source = ["Каждое Правительство примет необходимые меры.", "Это первое предложение."]
    target = ["Each Government shall take the necessary steps.", "This is the first sentence."]
    alignment = parallax.align(source, target, from_="ru", to="en")
    assert [(b.source_ids, b.target_ids) for b in alignment] == [((0,), (0,)), ((1,), (1,))]


def test_tmx_is_written_and_parses(corpora, tmp_path):
    alignment = parallax.align(corpora / "hotline-memorandum-1963.ru.txt",
                               corpora / "hotline-memorandum-1963.en.txt")
    path = tmp_path / "hotline.tmx"
    text = alignment.to_tmx(path)
    assert path.read_text(encoding="utf-8") == text
    units = ElementTree.parse(path).getroot().findall("./body/tu")
    assert len(units) == sum(1 for b in alignment if b.source_ids and b.target_ids)


def test_to_pandas(corpora):
    alignment = parallax.align(corpora / "un-charter.ru.txt", corpora / "un-charter.en.txt")
    frame = alignment.to_pandas()
    assert len(frame) == len(alignment)
    assert list(frame.columns) == ["bead", "source_ids", "target_ids", "source", "target",
                                   "confidence", "evidence"]
    weakest = frame.nsmallest(10, "confidence")
    assert weakest["confidence"].max() <= frame["confidence"].median()


def test_no_dictionary_and_own_lexicon(corpora, tmp_path):
    source = corpora / "hotline-memorandum-1963.ru.txt"
    target = corpora / "hotline-memorandum-1963.en.txt"
    without = parallax.align(source, target, lexicon=None)
    assert len(without) > 0
    lexicon_file = tmp_path / "mini.tsv"
    lexicon_file.write_text("# parallax-lexicon source=ru target=en\nправительство\tgovernment\n",
                            encoding="utf-8")
    lexicon = parallax.lexicon("ru", "en", [lexicon_file])
    assert len(lexicon) == 1
    assert len(parallax.align(source, target, lexicon=lexicon)) == len(without)
