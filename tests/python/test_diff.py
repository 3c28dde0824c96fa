"""parallax.diff from Python gives what `parallax diff` gives."""
import json
import subprocess

import pytest

import parallax


def test_same_json_and_text_as_the_cli(cli, corpora):
    a = corpora / "khrushchev-1963-06-08.en.txt"
    b = corpora / "khrushchev-1963-06-08.en-embassy.partial.txt"
    result = parallax.diff(a, b)
    command = [cli, "diff", "-q", str(a), str(b)]
    cli_json = subprocess.run(command + ["--format", "json"], check=True, capture_output=True,
                              text=True).stdout
    assert json.loads(result.json) == json.loads(cli_json)
    assert result.text == subprocess.run(command, check=True, capture_output=True,
                                         text=True).stdout
    kinds = {(c["kind"], c["a"], c["b"]) for c in result.changes}
    assert ("lexical", "seek", "search") in kinds
    assert ("inflection", "negotiation", "negotiations") in kinds
    assert "<html" in result.to_html()


def test_two_languages_are_refused(corpora):
    with pytest.raises(parallax.OptionError) as caught:
        parallax.diff(corpora / "un-charter.ru.txt", corpora / "un-charter.en.txt")
    assert "one language" in str(caught.value)


def test_through_the_original(corpora):
    original = parallax.read(corpora / "hotline-memorandum-1963.ru.txt")
    english = corpora / "hotline-memorandum-1963.en.txt"
    same = parallax.diff(english, english, original=original)
    assert same.changes == []
    edited = parallax.segment([s.text.replace("Government", "government")
                               for s in parallax.read(english)], "en")
    changed = parallax.diff(english, edited, original=original)
    assert {c["kind"] for c in changed.changes} == {"case"}
