"""parallax.terms gives the report of `parallax terms`, as objects and as the same JSON."""
import json
import subprocess

import parallax

TERMS = ["Совет Безопасности", "Генеральная Ассамблея"]


def test_same_json_and_text_as_the_cli(cli, corpora):
    original_path = corpora / "un-charter.ru.txt"
    translation_path = corpora / "un-charter.en.txt"
    original = parallax.read(original_path)
    report = parallax.terms(original, [parallax.align(original, translation_path)], TERMS)
    command = [cli, "terms", "-q", str(original_path), str(translation_path)]
    for term in TERMS:
        command += ["--term", term]
    cli_json = subprocess.run(command + ["--format", "json"], check=True, capture_output=True,
                              text=True).stdout
    assert json.loads(report.json) == json.loads(cli_json)
    cli_text = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    assert report.text == cli_text


def test_variants_per_translation(corpora):
    original = parallax.read(corpora / "un-charter.ru.txt")
    report = parallax.terms(original, [corpora / "un-charter.en.txt"], TERMS)
    assert [entry["term"] for entry in report.terms] == TERMS
    variants = report.variants("Генеральная Ассамблея")
    (renderings,) = variants.values()
    assert renderings[0][0] == "General Assembly"
    assert sum(count for _, count in renderings) > 50


def test_alignment_of_another_original_is_refused(corpora):
    original = parallax.read(corpora / "un-charter.ru.txt")
    other = parallax.align(corpora / "hotline-memorandum-1963.ru.txt",
                           corpora / "hotline-memorandum-1963.en.txt")
    try:
        parallax.terms(original, [other], TERMS)
    except parallax.OptionError as error:
        assert "original" in str(error)
    else:
        raise AssertionError("an alignment of another original was accepted")
