"""Alembic migrations of the Parallax schema (run by ``db.session.init_db``)."""
