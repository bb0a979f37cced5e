"""Initial schema: projects, documents, sentences, alignment runs, beads, review log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _tz() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("name", name=op.f("uq_projects_name")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source_name", sa.String(1000), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("paragraphs", sa.JSON(), nullable=False),
        sa.Column("footnotes", sa.JSON(), nullable=False),
        sa.Column("language_guess", sa.JSON(), nullable=True),
        sa.Column("created_at", _tz(), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], ondelete="CASCADE",
                                name=op.f("fk_documents_project_id_projects")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("project_id", "sha256", name="uq_documents_project_sha256"),
    )
    op.create_index(op.f("ix_documents_project_id"), "documents", ["project_id"])
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("sid", sa.String(100), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("footnotes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_sentences_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentences")),
        sa.UniqueConstraint("document_id", "index", name="uq_sentences_document_index"),
    )
    op.create_table(
        "alignment_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("source_document_id", sa.Integer(), nullable=False),
        sa.Column("target_document_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(300), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("automatic", sa.JSON(), nullable=False),
        sa.Column("created_at", _tz(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=True),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], ondelete="CASCADE",
                                name=op.f("fk_alignment_runs_project_id_projects")),
        sa.ForeignKeyConstraint(["source_document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_alignment_runs_source_document_id_documents")),
        sa.ForeignKeyConstraint(["target_document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_alignment_runs_target_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alignment_runs")),
    )
    op.create_index(op.f("ix_alignment_runs_project_id"), "alignment_runs", ["project_id"])
    op.create_index("ix_alignment_runs_pair", "alignment_runs", ["source_document_id", "target_document_id"])
    op.create_table(
        "beads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("order", sa.Float(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("source_ids", sa.JSON(), nullable=False),
        sa.Column("target_ids", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("drift_score", sa.Float(), nullable=True),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("changed_by", sa.String(200), nullable=True),
        sa.Column("changed_at", _tz(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["alignment_runs.id"], ondelete="CASCADE",
                                name=op.f("fk_beads_run_id_alignment_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_beads")),
    )
    op.create_index("ix_beads_run_order", "beads", ["run_id", "order"])
    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("bead_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("at", _tz(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["alignment_runs.id"], ondelete="CASCADE",
                                name=op.f("fk_review_events_run_id_alignment_runs")),
        sa.ForeignKeyConstraint(["bead_id"], ["beads.id"], ondelete="CASCADE",
                                name=op.f("fk_review_events_bead_id_beads")),
        sa.ForeignKeyConstraint(["ref_id"], ["review_events.id"], ondelete="SET NULL",
                                name=op.f("fk_review_events_ref_id_review_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_events")),
    )


def downgrade() -> None:
    op.drop_table("review_events")
    op.drop_index("ix_beads_run_order", table_name="beads")
    op.drop_table("beads")
    op.drop_index("ix_alignment_runs_pair", table_name="alignment_runs")
    op.drop_index(op.f("ix_alignment_runs_project_id"), table_name="alignment_runs")
    op.drop_table("alignment_runs")
    op.drop_table("sentences")
    op.drop_index(op.f("ix_documents_project_id"), table_name="documents")
    op.drop_table("documents")
    op.drop_table("projects")
