"""Every exception sitrep raises on purpose is in sitrep.errors, under SitrepError, and exported."""

from __future__ import annotations

import inspect

import pytest

import sitrep
from sitrep import errors
from sitrep.errors import (
    BenchError,
    GazetteerError,
    GoldFileError,
    IngestError,
    InputError,
    NotStored,
    PublicationDateError,
    ReportFieldError,
    SettingError,
    SitrepError,
    StoreError,
    VocabularyError,
)
from sitrep.logs import setup
from sitrep.read import parse_published

CLASSES = [obj for _, obj in inspect.getmembers(errors, inspect.isclass) if obj.__module__ == "sitrep.errors"]


def test_every_class_is_a_sitrep_error_exported_from_the_package() -> None:
    assert len(CLASSES) == 21
    for cls in CLASSES:
        assert issubclass(cls, SitrepError)
        assert getattr(sitrep, cls.__name__) is cls
        assert cls.__name__ in sitrep.__all__


def test_the_classes_once_elsewhere_are_the_same_objects() -> None:
    from sitrep.evaluate import GoldFileError as gold_error
    from sitrep.store import StoreError as store_error

    assert gold_error is GoldFileError
    assert store_error is StoreError
    assert not issubclass(BenchError, RuntimeError)
    assert not issubclass(IngestError, RuntimeError)
    assert not issubclass(NotStored, StoreError)
    assert issubclass(PublicationDateError, InputError)


def test_a_bad_publication_date_is_a_named_error() -> None:
    with pytest.raises(PublicationDateError, match="not YYYY-MM-DD"):
        parse_published("yesterday")


def test_an_unknown_log_level_is_a_setting_error() -> None:
    with pytest.raises(SettingError, match="log level 'loud' is not one of"):
        setup("loud")


@pytest.mark.parametrize("cls", [GazetteerError, PublicationDateError, SettingError, VocabularyError])
def test_a_bad_value_handed_in_is_also_a_value_error(cls: type[SitrepError]) -> None:
    assert issubclass(cls, ValueError)


def test_a_bad_field_of_a_report_line_is_a_report_field_error() -> None:
    assert issubclass(ReportFieldError, SitrepError)
    assert not issubclass(ReportFieldError, ValueError)
