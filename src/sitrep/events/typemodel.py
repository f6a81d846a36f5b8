"""A learned reader of ACLED's event type and sub-type, trained from the user's own ACLED export.

The codebook rules (``events/event_type.py``) are the default. ACLED's
terms of use do not let a model trained on its data ship inside sitrep, so
``sitrep train ACLED.csv`` builds one into the user's data folder and
``SITREP_TYPE_MODEL`` (or ``--type-model``) turns it on. The model is two
linear classifiers over word and character n-grams of the event's sentences:
one for the type, one for the sub-type, the sub-type chosen among the type's
own. It loads in well under a second and classifies a note in a fraction of a
millisecond, so the bench's budget holds with it on.

A model file is a pickle: load only files you built yourself.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TypeModelError
from ..record import EventType, as_event_type

#: The environment variable naming the model file to use; unset, empty or "rules" means the codebook rules.
ENV_VAR = "SITREP_TYPE_MODEL"
FORMAT = 5

#: ACLED's sub-types as its export writes them, and sitrep's names (SPEC.md section 2).
SUB_TYPES: dict[str, tuple[EventType, str]] = {
    "Armed clash": ("battles", "armed_clash"),
    "Government regains territory": ("battles", "government_regains_territory"),
    "Non-state actor overtakes territory": ("battles", "non_state_actor_overtakes_territory"),
    "Air/drone strike": ("explosions_remote_violence", "air_drone_strike"),
    "Grenade": ("explosions_remote_violence", "grenade"),
    "Remote explosive/landmine/IED": ("explosions_remote_violence", "remote_explosive"),
    "Shelling/artillery/missile attack": ("explosions_remote_violence", "shelling_artillery_missile"),
    "Suicide bomb": ("explosions_remote_violence", "suicide_bomb"),
    "Excessive force against protesters": ("protests", "excessive_force_against_protesters"),
    "Peaceful protest": ("protests", "peaceful_protest"),
    "Protest with intervention": ("protests", "protest_with_intervention"),
    "Mob violence": ("riots", "mob_violence"),
    "Violent demonstration": ("riots", "violent_demonstration"),
    "Agreement": ("strategic_developments", "agreement"),
    "Arrests": ("strategic_developments", "arrests"),
    "Change to group/activity": ("strategic_developments", "change_to_group_activity"),
    "Disrupted weapons use": ("strategic_developments", "disrupted_weapons_use"),
    "Headquarters or base established": ("strategic_developments", "headquarters_or_base_established"),
    "Looting/property destruction": ("strategic_developments", "looting_property_destruction"),
    "Non-violent transfer of territory": ("strategic_developments", "non_violent_transfer_of_territory"),
    "Other": ("strategic_developments", "other"),
    "Abduction/forced disappearance": ("violence_against_civilians", "abduction"),
    "Attack": ("violence_against_civilians", "attack"),
    "Sexual violence": ("violence_against_civilians", "sexual_violence"),
}
_EVENT_TYPES: dict[str, EventType] = {
    "battles": "battles",
    "explosions/remote violence": "explosions_remote_violence",
    "violence against civilians": "violence_against_civilians",
    "riots": "riots",
    "protests": "protests",
    "strategic developments": "strategic_developments",
}


@dataclass(frozen=True)
class TrainingRow:
    notes: str
    event_type: EventType
    sub_event_type: str


@dataclass(frozen=True)
class TypeGuess:
    event_type: EventType
    sub_event_type: str
    #: the words of the text that weighed most for the sub-type, as (start, end) offsets
    evidence: tuple[tuple[int, int], ...] = ()
    #: the type classifier's margin for the type it chose (one against the rest): above 0 it claims the text
    margin: float = 0.0


@dataclass
class TypeModel:
    """The fitted classifiers and what they were trained from (for the model card and ``sitrep eval``)."""

    name: str
    # scikit-learn ships no types: the fitted FeatureUnion, the hints' vectoriser and the two LinearSVCs
    features: Any
    #: the codebook rules' verdict as features (``hint_tokens``): the rule's name, its type and its sub-type,
    #: and every rule's vote (``event_type.rule_votes``)
    hints: Any
    type_svm: Any
    sub_svm: Any
    rows: int
    source_sha256: str
    sklearn_version: str
    labels: dict[str, int] = field(default_factory=dict)
    format: int = FORMAT

    def classify(self, text: str, hint: str = "") -> TypeGuess:
        """Type, then the best sub-type of that type; the evidence is the sub-type's strongest words.

        ``hint`` is ``hint_tokens`` of the codebook rules' reading of the same text; every rule's own say
        (``event_type.rule_votes``) is added here.
        """
        note = normalise(text)
        x = _with_hints(self.features.transform([note]), self.hints.transform([with_votes(hint, note)]))
        type_scores = self.type_svm.decision_function(x)[0]
        scores = self.sub_svm.decision_function(x)[0]
        classes = list(self.sub_svm.classes_)
        # a type's score is its own classifier's plus a share of its best sub-type's: the two read the same
        # features with different labels, and where the type is in doubt the sub-type often is not
        best_sub: dict[str, float] = {}
        for s, c in zip(scores, classes, strict=True):
            t = c.split("/", 1)[0]
            best_sub[t] = max(best_sub.get(t, float("-inf")), float(s))
        mixed = [
            float(v) + SUB_SHARE * best_sub.get(str(t), 0.0)
            for v, t in zip(type_scores, self.type_svm.classes_, strict=True)
        ]
        etype = as_event_type(str(self.type_svm.classes_[max(range(len(mixed)), key=mixed.__getitem__)]))
        own = [(s, c) for s, c in zip(scores, classes, strict=True) if c.split("/", 1)[0] == etype]
        best = max(own)[1] if own else classes[int(scores.argmax())]
        return TypeGuess(
            etype,
            best.split("/", 1)[1],
            tuple(self._evidence(text, classes.index(best))),
            float(type_scores.max()),
        )

    def _evidence(self, text: str, row: int, top: int = 3) -> list[tuple[int, int]]:
        """The words whose own weight for the chosen sub-type is highest, where they stand in ``text``."""
        words = self.features.transformer_list[0][1]
        weights = self.sub_svm.coef_[row]
        scored = []
        for m in re.finditer(r"\w[\w'-]*", text):
            col = words.vocabulary_.get(m.group().lower())
            if col is not None and weights[col] > 0:
                scored.append((float(weights[col]), m.start(), m.end()))
        best = sorted(scored, reverse=True)[:top]
        return sorted((s, e) for _w, s, e in best)


def hint_tokens(rule: str | None, event_type: str | None, sub_event_type: str | None) -> str:
    """The rules' verdict as the model reads it: ``rule:<name> type:<type> sub:<type>/<sub>``, or ``rule:none``."""
    if rule is None:
        return "rule:none"
    return f"rule:{rule} type:{event_type} sub:{event_type}/{sub_event_type}"


def rules_hint(text: str) -> str:
    """``hint_tokens`` of the codebook rules' reading of a whole note (what training sees)."""
    from .event_type import read_type

    reading = read_type(text)
    return hint_tokens(*((reading.rule, reading.event_type, reading.sub_event_type) if reading else (None,) * 3))


#: The rules vote on this many characters of an event at most, cut at a sentence end: ACLED's notes are all
#: shorter (the longest of 15,782 has 764), so training is not cut; a long article's later sentences tell its
#: aftermath, and reading them would cost the rules' time again on every event.
VOTE_CHARS = 1000


def with_votes(hint: str, note: str) -> str:
    """``hint`` followed by every rule's vote on ``note`` (``event_type.rule_votes``) and the sides it names
    (``event_type.side_votes``), read up to ``VOTE_CHARS``."""
    from .event_type import rule_votes, side_votes

    if len(note) > VOTE_CHARS:
        end = note.rfind(". ", 0, VOTE_CHARS)
        note = note[: end + 1 if end > 0 else VOTE_CHARS]
    return " ".join((hint, *rule_votes(note), *side_votes(note)))


def _hint_vectorizer() -> Any:
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True)


#: The type margin above which the model's reading stands where neither the rules nor the event words find an
#: event. ACLED's notes all tell one, news articles often none: at 0.5 the model trained on half the ACLED notes
#: finds none in local news articles (LGL) where the rules find none, and still reads most of the notes the
#: rules have no word for ("Russian forces conducted a patrol").
NEW_EVENT_MARGIN = 0.5

#: The same margin where the event's sentences name an organised armed side, a crowd or state forces that
#: acted (``event_type.names_side``): a side named is half the evidence of an event, so the model needs less.
#: At 0.35 the model trained on fold A finds no event in the LGL articles that name a side (at 0.3, one: a
#: feature on a baseball family), and reads the ACLED notes of a checkpoint or a patrol the rules have no word for.
SIDE_EVENT_MARGIN = 0.35

#: How much the rules' verdict weighs beside the tf-idf words (each word block has unit length): half a word block.
HINT_WEIGHT = 0.5

#: The share of a type's best sub-type score added to the type's own score when the type is chosen: on fold B
#: of the ACLED notes, 0.5 reads 0.2 points more types right than the type classifier alone (1.0: 0.15).
SUB_SHARE = 0.5


def _with_hints(words: Any, hints: Any) -> Any:
    from scipy.sparse import hstack

    return hstack([words, HINT_WEIGHT * hints]).tocsr()


_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*$", re.I)


def normalise(text: str) -> str:
    """The note without ACLED's trailing size tag, on one line."""
    return " ".join(_SIZE_TAG.sub("", text).split())


def read_acled_csv(path: Path) -> Iterator[TrainingRow]:
    """Rows of an ACLED export (CSV with ``notes``, ``event_type``, ``sub_event_type``); unknown labels stop."""
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise TypeModelError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        reader = csv.DictReader(fh)
        missing = {"notes", "event_type", "sub_event_type"} - set(reader.fieldnames or [])
        if missing:
            raise TypeModelError(f"{path}: not an ACLED export, it lacks the column(s) {', '.join(sorted(missing))}")
        for number, row in enumerate(reader, 2):
            notes = (row.get("notes") or "").strip()
            if not notes:
                continue
            pair = SUB_TYPES.get((row["sub_event_type"] or "").strip())
            etype = _EVENT_TYPES.get((row["event_type"] or "").strip().lower())
            if pair is None or etype is None:
                raise TypeModelError(
                    f"{path}:{number}: unknown ACLED type {row['event_type']!r} / {row['sub_event_type']!r}"
                )
            if etype != pair[0]:
                raise TypeModelError(
                    f"{path}:{number}: sub-type {row['sub_event_type']!r} is not of type {row['event_type']!r}"
                )
            yield TrainingRow(notes, *pair)


def consistent(rows: Iterable[TrainingRow]) -> list[TrainingRow]:
    """The rows without the notes ACLED codes twice with different sub-types (once for each side's event):
    the same words cannot teach two answers, so neither copy is fitted. Copies that agree all stay."""
    data = list(rows)
    labels: dict[str, set[str]] = {}
    for r in data:
        labels.setdefault(normalise(r.notes).lower(), set()).add(f"{r.event_type}/{r.sub_event_type}")
    return [r for r in data if len(labels[normalise(r.notes).lower()]) == 1]


def _features() -> Any:
    """Word 1-2-grams and character 2-5-grams, across word boundaries, tf-idf weighted: near the AESPEN
    baseline's features. On fold B of the ACLED notes these read 0.3 points more types right than word
    1-3-grams and character n-grams inside words only (a pair of words such as "police dispersed" is
    seen whole by the characters)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    min_df=2,
                    sublinear_tf=True,
                    lowercase=True,
                    token_pattern=r"\w[\w'-]*",
                    max_features=120_000,
                ),
            ),
            (
                "chars",
                TfidfVectorizer(analyzer="char", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=120_000),
            ),
        ]
    )


def train(rows: Iterable[TrainingRow], name: str, source_sha256: str = "", seed: int = 0) -> TypeModel:
    """Fit the two classifiers; the same rows and seed give the same model."""
    import sklearn

    data = consistent(rows)
    if len({r.event_type for r in data}) < 2:
        raise TypeModelError("training needs rows of at least two ACLED event types")
    from sklearn.svm import LinearSVC

    features, hints = _features(), _hint_vectorizer()
    x = _with_hints(
        features.fit_transform([normalise(r.notes) for r in data]),
        hints.fit_transform([with_votes(rules_hint(r.notes), normalise(r.notes)) for r in data]),
    )
    # unweighted: weighting the types by their rarity read 0.08 points fewer of them right on fold B
    type_svm = LinearSVC(C=1.0, random_state=seed).fit(x, [r.event_type for r in data])
    sub_svm = LinearSVC(C=1.0, random_state=seed).fit(x, [f"{r.event_type}/{r.sub_event_type}" for r in data])
    labels: dict[str, int] = {}
    for r in data:
        key = f"{r.event_type}/{r.sub_event_type}"
        labels[key] = labels.get(key, 0) + 1
    return TypeModel(
        name,
        features,
        hints,
        type_svm,
        sub_svm,
        len(data),
        source_sha256,
        sklearn.__version__,
        dict(sorted(labels.items())),
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def default_path() -> Path:
    """Where ``sitrep train`` writes by default: the user's data folder, never the package."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "sitrep" / "acled-types.pkl"


def save(model: TypeModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def load(path: Path) -> TypeModel:
    """A model file written by ``save``; one built by another scikit-learn version is refused."""
    import sklearn

    try:
        with path.open("rb") as fh:
            model = pickle.load(fh)
    except OSError as exc:
        raise TypeModelError(f"cannot read the type model {path}: {exc.strerror or exc}") from None
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        raise TypeModelError(f"{path} is not a sitrep type model ({exc.__class__.__name__})") from None
    if not isinstance(model, TypeModel) or model.format != FORMAT:
        raise TypeModelError(f"{path} is not a sitrep type model of format {FORMAT}: rebuild it with `sitrep train`")
    if model.sklearn_version != sklearn.__version__:
        raise TypeModelError(
            f"{path} was built with scikit-learn {model.sklearn_version}, this is "
            f"{sklearn.__version__}: rebuild it with `sitrep train`"
        )
    return model


_ACTIVE: dict[str, TypeModel] = {}


def active() -> TypeModel | None:
    """The model ``SITREP_TYPE_MODEL`` names, loaded once per process; None means the codebook rules."""
    where = os.environ.get(ENV_VAR, "").strip()
    if not where or where == "rules":
        return None
    if where not in _ACTIVE:
        _ACTIVE[where] = load(Path(where).expanduser())
    return _ACTIVE[where]


def source_name() -> str:
    """What ``type_source`` says for the classifier in force: ``rules`` or ``model:<name>``."""
    model = active()
    return "rules" if model is None else f"model:{model.name}"
