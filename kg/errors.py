"""One exception tree; the CLI maps each class to a distinct exit code."""


class KGError(Exception):
    """Base of every error the publisher reports to its user."""

    exit_code = 1


class UsageError(KGError):
    """The command was called with arguments that cannot work."""

    exit_code = 2


class SourceError(KGError):
    """An input file, folder or URL could not be read or understood."""

    exit_code = 3

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # pickled as it was made (between processes, in the build cache)
        return type(self), (self.source, self.reason)


class ValidationError(KGError):
    """Triples violated the SHACL shapes."""

    exit_code = 4


class ReasoningError(KGError):
    """OWL RL reasoning found an inconsistency."""

    exit_code = 5


class PublishError(KGError):
    """The release could not be written; the previous one is still served."""

    exit_code = 6


class QueryError(KGError):
    """A SPARQL query could not be run."""

    exit_code = 7


class NothingToPublish(KGError):
    """No article survived reading, extraction and validation."""

    exit_code = 8
