"""sitrep's exceptions: one base class, one subclass per way input can be refused."""

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


class ModelError(SitrepError):
    """The spaCy pipeline asked for cannot be loaded or is not usable."""
