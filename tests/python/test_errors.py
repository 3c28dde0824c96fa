"""The library's typed errors arrive as the module's exception classes, with the CLI's messages."""
import pytest

import parallax


def test_missing_file_is_cannot_open(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(parallax.CannotOpen) as caught:
        parallax.read(missing)
    assert caught.value.source == str(missing)
    assert "no such file" in str(caught.value)
    assert isinstance(caught.value, parallax.InputError)
    assert isinstance(caught.value, parallax.Error)


def test_bad_input_names_the_line(tmp_path):
    path = tmp_path / "gap.txt"
    path.write_text("first\n\nthird\n", encoding="utf-8")
    with pytest.raises(parallax.InputError) as caught:
        parallax.read(path, lines=True)
    assert caught.value.source == str(path)
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2:")


def test_invalid_encoding_is_an_input_error(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("naïve café\n".encode("latin-1"))
    with pytest.raises(parallax.InputError) as caught:
        parallax.read(path, encoding="UTF-8")
    assert caught.value.line == 1


def test_bad_option_is_option_error():
    with pytest.raises(parallax.OptionError):
        parallax.align(["a."], ["b."], max_side=9)
    with pytest.raises(parallax.OptionError):
        parallax.segment("text", paragraphs="sometimes")
    with pytest.raises(parallax.OptionError):
        parallax.segment(["one\ntwo"])


def test_malformed_lexicon_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("# parallax-lexicon source=ru target=en\nслово без перевода\n",
                    encoding="utf-8")
    with pytest.raises(parallax.InputError) as caught:
        parallax.lexicon("ru", "en", [path])
    assert caught.value.line == 2


def test_unknown_term_option(corpora):
    original = parallax.read(corpora / "hotline-memorandum-1963.ru.txt")
    with pytest.raises(parallax.OptionError):
        parallax.terms(original, [corpora / "hotline-memorandum-1963.en.txt"], ["Правительство"],
                       max_gapp=2)
