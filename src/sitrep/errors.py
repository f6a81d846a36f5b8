"""sitrep's exceptions: one hierarchy under ``SitrepError``, a subclass per way a thing can be refused.

    SitrepError
    ├── InputError               the input cannot be read as an English news report
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── EncodingError
    │   ├── InputTooLarge
    │   ├── NotEnglish
    │   └── PublicationDateError (also a ValueError)
    ├── ReportFieldError         a field of a JSON report line that the store cannot take
    ├── ModelError               a spaCy pipeline that cannot be loaded
    ├── TypeModelError           a training file or event type model sitrep cannot use
    ├── GazetteerError           a gazetteer index or GeoNames dump sitrep cannot read (also a ValueError)
    ├── StoreError               the store cannot be opened or written
    ├── NotStored                one report the store refused; the ingest goes on
    ├── IngestError              an ingest that cannot finish as asked
    ├── GoldFileError            a gold file line that is not a gold report
    ├── CorpusError              a folder that is not an incidents corpus
    ├── BenchError               a benchmark that has no numbers to report
    ├── RuleError                a rule table that is not well formed (also a ValueError)
    ├── VocabularyError          a value outside the record's closed vocabulary (also a ValueError)
    └── SettingError             an option or argument value out of range (also a ValueError)

The classes that are also a ``ValueError`` are the ones that stand for a bad value handed in, so that
code which already catches ``ValueError`` around them keeps working.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """The input cannot be read as an English news report."""


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingError(InputError):
    pass


class InputTooLarge(InputError):
    pass


class NotEnglish(InputError):
    pass


class PublicationDateError(InputError, ValueError):
    """A publication date that is not YYYY-MM-DD, or not a day a news report can be published on."""


class ReportFieldError(SitrepError):
    """A field of a JSON report line that is not a string, too long, or not valid Unicode."""


class ModelError(SitrepError):
    """The spaCy pipeline asked for cannot be loaded or is not usable."""


class TypeModelError(SitrepError):
    """A training file or model file sitrep cannot use."""


class GazetteerError(SitrepError, ValueError):
    """A gazetteer index or GeoNames dump file sitrep cannot read."""


class StoreError(SitrepError):
    """The store cannot be opened or written."""


class NotStored(SitrepError):
    """A report the store refused (a value it cannot hold): listed, and the ingest goes on."""


class IngestError(SitrepError):
    """An ingest that cannot finish as asked (the extractor returned fewer records than it was given)."""


class GoldFileError(SitrepError):
    """A gold file line that is not a gold report."""


class CorpusError(SitrepError):
    """A folder that is not an incidents corpus."""


class BenchError(SitrepError):
    """A benchmark child process failed, or was asked for what it cannot measure: no numbers to report."""


class RuleError(SitrepError, ValueError):
    """A rule or pattern table that is not well formed (an unknown step, a rule with no example)."""


class VocabularyError(SitrepError, ValueError):
    """A value outside one of the record's closed vocabularies (a figure kind, an event type, a certainty)."""


class SettingError(SitrepError, ValueError):
    """An option or argument value sitrep does not take (a log level it does not know, a negative size)."""
