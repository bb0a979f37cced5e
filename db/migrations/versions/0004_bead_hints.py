"""Drift hints: weaker evidence kept beside a bead's flags (issue 16: two tiers).

A bead's ``kinds``/``reasons``/``evidence`` hold only what passes the calibrated cut; ``hints`` holds
the rest (kind, reason, strength, spans), shown on request. Older beads have none.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("beads") as batch:
        batch.add_column(sa.Column("hints", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("beads") as batch:
        batch.drop_column("hints")
