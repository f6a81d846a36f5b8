"""The learned event type model: trained from an ACLED-format export, saved to the user's path, named in records."""

from __future__ import annotations

import csv
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.events import typemodel

#: Sentences written for these tests, in ACLED's export columns and type strings.
ROWS = [
    ("Protests", "Peaceful protest", "Teachers staged a peaceful protest demanding unpaid salaries."),
    ("Protests", "Peaceful protest", "Nurses held a rally outside the hospital over working hours."),
    ("Protests", "Peaceful protest", "Students marched to the ministry to protest fee increases."),
    ("Protests", "Peaceful protest", "Traders staged a sit-in against new market taxes."),
    ("Battles", "Armed clash", "Soldiers clashed with rebels near the border, killing three."),
    ("Battles", "Armed clash", "Militants attacked an army post and fought troops for hours."),
    ("Battles", "Armed clash", "Rebel fighters and government forces exchanged fire overnight."),
    ("Battles", "Armed clash", "Troops repelled an insurgent assault on their base."),
    ("Violence against civilians", "Attack", "Gunmen shot dead two farmers in their fields."),
    ("Violence against civilians", "Attack", "Armed men killed a village chief at his home."),
    ("Violence against civilians", "Abduction/forced disappearance", "Gunmen abducted four traders on the road."),
    ("Violence against civilians", "Abduction/forced disappearance", "Militants kidnapped a teacher from the school."),
]


def write_export(path: Path, rows=ROWS, columns=("event_id_cnty", "event_type", "sub_event_type", "actor1", "notes")):
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for i, (etype, sub, notes) in enumerate(rows):
            writer.writerow([f"X{i}", etype, sub, "", notes][: len(columns)])
    return path


def test_reads_acled_export_names_as_sitrep_names(tmp_path):
    rows = list(typemodel.read_acled_csv(write_export(tmp_path / "export.csv")))
    assert len(rows) == 12
    assert rows[0] == typemodel.TrainingRow(ROWS[0][2], "protests", "peaceful_protest")
    assert rows[-1].sub_event_type == "abduction"


def test_an_export_without_notes_is_refused_in_one_line(tmp_path):
    path = write_export(tmp_path / "bad.csv", columns=("event_id_cnty", "event_type", "sub_event_type"))
    with pytest.raises(typemodel.TypeModelError, match=r"lacks the column.s. notes"):
        list(typemodel.read_acled_csv(path))


def test_an_unknown_type_is_refused_with_its_line(tmp_path):
    path = write_export(tmp_path / "bad.csv", rows=[("Picnics", "Lunch", "A picnic was held.")])
    with pytest.raises(typemodel.TypeModelError, match=r"bad.csv:2: unknown ACLED type 'Picnics'"):
        list(typemodel.read_acled_csv(path))


@pytest.fixture(scope="module")
def model_path(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("typemodel")
    rows = typemodel.read_acled_csv(write_export(where / "export.csv"))
    model = typemodel.train(rows, "tiny")
    typemodel.save(model, where / "tiny.pkl")
    return where / "tiny.pkl"


def test_trained_model_reads_types_and_cites_words(model_path):
    model = typemodel.load(model_path)
    assert model.rows == 12
    assert model.labels["protests/peaceful_protest"] == 4
    text = "Hundreds of students staged a protest outside the ministry."
    guess = model.classify(text)
    assert (guess.event_type, guess.sub_event_type) == ("protests", "peaceful_protest")
    assert guess.evidence and all(text[a:b].isalpha() for a, b in guess.evidence)


def test_training_is_reproducible(tmp_path, model_path):
    again = typemodel.train(typemodel.read_acled_csv(write_export(tmp_path / "export.csv")), "tiny")
    first = typemodel.load(model_path)
    assert (again.sub_svm.coef_ == first.sub_svm.coef_).all()


def test_a_model_of_another_scikit_learn_is_refused(tmp_path, model_path):
    model = typemodel.load(model_path)
    model.sklearn_version = "0.0"
    with (tmp_path / "old.pkl").open("wb") as fh:
        pickle.dump(model, fh)
    with pytest.raises(typemodel.TypeModelError, match=r"built with scikit-learn 0\.0"):
        typemodel.load(tmp_path / "old.pkl")


def test_not_a_model_is_refused(tmp_path):
    (tmp_path / "junk.pkl").write_bytes(b"not a pickle")
    with pytest.raises(typemodel.TypeModelError, match="is not a sitrep type model"):
        typemodel.load(tmp_path / "junk.pkl")


def test_records_say_which_classifier_ran(model_path, monkeypatch):
    from sitrep.pipeline import extract

    text = "Gunmen abducted four traders on the road near the town on Monday."
    monkeypatch.delenv(typemodel.ENV_VAR, raising=False)
    rules = extract(text, published="2020-05-05").main_event
    assert rules.type_source == "rules"
    monkeypatch.setenv(typemodel.ENV_VAR, str(model_path))
    learned = extract(text, published="2020-05-05").main_event
    assert learned.type_source == "model:tiny"
    assert (learned.event_type, learned.sub_event_type) == ("violence_against_civilians", "abduction")
    assert learned.type_evidence


def test_a_street_shooting_stays_a_crime_with_the_model_on(model_path, monkeypatch):
    from sitrep.pipeline import extract

    monkeypatch.setenv(typemodel.ENV_VAR, str(model_path))
    text = (
        "A 24-year-old man was shot in the leg on Elm Street late Friday, police said. "
        "Detectives are looking for a suspect."
    )
    event = extract(text, published="2020-05-09").main_event
    assert (event.event_type, event.sub_event_type, event.type_source) == ("non_conflict", "crime", "rules")


def test_sitrep_train_writes_the_model_where_asked(tmp_path):
    export = write_export(tmp_path / "export.csv")
    target = tmp_path / "out" / "m.pkl"
    result = CliRunner().invoke(app, ["train", str(export), "--model-path", str(target), "--name", "mine"])
    assert result.exit_code == 0, result.output
    assert typemodel.load(target).name == "mine"


def test_sitrep_train_fails_in_one_line_on_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["train", str(tmp_path / "none.csv"), "--model-path", str(tmp_path / "m.pkl")])
    assert result.exit_code == 1
    assert "cannot read" in result.output and "Traceback" not in result.output


def test_the_default_model_path_is_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert typemodel.default_path() == tmp_path / "sitrep" / "acled-types.pkl"


def test_the_rules_verdict_is_a_feature_named_by_rule_and_type():
    assert typemodel.hint_tokens(None, None, None) == "rule:none"
    assert typemodel.hint_tokens("armed_clash", "battles", "armed_clash") == (
        "rule:armed_clash type:battles sub:battles/armed_clash"
    )
    assert typemodel.rules_hint("Soldiers clashed with Boko Haram militants near the border.") == (
        "rule:armed_clash type:battles sub:battles/armed_clash"
    )


def test_trained_model_knows_the_rules_verdicts_of_its_rows(model_path):
    model = typemodel.load(model_path)
    vocabulary = set(model.hints.vocabulary_)
    assert {"type:protests", "type:battles", "rule:abduction"} <= vocabulary
    guess = model.classify(
        "Gunmen kidnapped two traders on the road.", "rule:abduction type:violence_against_civilians"
    )
    assert (guess.event_type, guess.sub_event_type) == ("violence_against_civilians", "abduction")


def test_where_no_rule_finds_an_event_only_a_sure_model_makes_one(model_path, monkeypatch):
    from sitrep.pipeline import extract

    monkeypatch.setenv(typemodel.ENV_VAR, str(model_path))
    text = "The council approved the new budget for the library on Tuesday."
    assert typemodel.load(model_path).classify(text).margin < typemodel.NEW_EVENT_MARGIN
    assert extract(text, published="2020-05-09").events == []
    monkeypatch.setattr(typemodel, "NEW_EVENT_MARGIN", -100.0)  # a model sure of everything
    event = extract(text, published="2020-05-09").main_event
    assert event is not None and event.type_source == "model:tiny"


def test_the_rules_vote_on_the_first_sentences_of_a_long_article():
    lead = "Soldiers clashed with rebels near the border. "
    filler = "The market reopened and traders returned to their stalls. " * 20
    votes = typemodel.with_votes("rule:none", lead + filler + "A mob lynched a suspected thief.")
    assert "any:armed_clash" in votes.split()
    assert "any:mob_violence" not in votes.split()


def test_a_note_coded_twice_with_different_types_is_not_fitted():
    note = "Gunmen and soldiers exchanged fire in the village; two residents died."
    rows = [
        typemodel.TrainingRow(note, "battles", "armed_clash"),
        typemodel.TrainingRow(note + " ", "violence_against_civilians", "attack"),
        typemodel.TrainingRow("Soldiers clashed with rebels.", "battles", "armed_clash"),
        typemodel.TrainingRow("Soldiers clashed with rebels.", "battles", "armed_clash"),
    ]
    assert [r.notes for r in typemodel.consistent(rows)] == ["Soldiers clashed with rebels."] * 2
