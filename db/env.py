"""Alembic environment: CoachDesk always hands in an open (unlocked) SQLCipher connection."""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - offline mode is not used
    raise RuntimeError("CoachDesk migrations run only on an unlocked vault connection")

FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config", "_content")


def include_object(obj, name, type_, reflected, compare_to):
    """Leave FTS5 virtual tables and their shadow tables out of autogenerate comparisons."""
    return not (type_ == "table" and name and ("_fts" in name))


context.configure(connection=connection, render_as_batch=True, include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
