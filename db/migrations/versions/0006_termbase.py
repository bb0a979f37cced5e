"""A project termbase (issue 16, item 5): term and name entries that the drift checks honour.

One row per entry (a concept): ``terms`` maps a language code to its terms, several allowed.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "term_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], name="fk_term_entries_project_id_projects",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_term_entries"),
    )
    op.create_index("ix_term_entries_project_id", "term_entries", ["project_id"])


def downgrade() -> None:
    op.drop_index("ix_term_entries_project_id", table_name="term_entries")
    op.drop_table("term_entries")
