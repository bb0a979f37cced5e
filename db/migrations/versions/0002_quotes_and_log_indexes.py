"""Quotations and their matches in source documents; indexes for undo/redo look-ups in the review log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("qid", sa.String(100), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("marks", sa.String(20), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("footnote", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_quotes_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("document_id", "index", name="uq_quotes_document_index"),
    )
    op.create_table(
        "quote_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("matched_document_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("verdict", sa.String(40), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["quote_id"], ["quotes.id"], ondelete="CASCADE",
                                name=op.f("fk_quote_matches_quote_id_quotes")),
        sa.ForeignKeyConstraint(["matched_document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_quote_matches_matched_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_matches")),
    )
    op.create_index(op.f("ix_quote_matches_quote_id"), "quote_matches", ["quote_id"])
    op.create_index(op.f("ix_quote_matches_matched_document_id"), "quote_matches", ["matched_document_id"])
    op.create_index("ix_review_events_run_actor", "review_events", ["run_id", "actor"])
    op.create_index(op.f("ix_review_events_bead_id"), "review_events", ["bead_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_review_events_bead_id"), table_name="review_events")
    op.drop_index("ix_review_events_run_actor", table_name="review_events")
    op.drop_index(op.f("ix_quote_matches_matched_document_id"), table_name="quote_matches")
    op.drop_index(op.f("ix_quote_matches_quote_id"), table_name="quote_matches")
    op.drop_table("quote_matches")
    op.drop_table("quotes")
