"""an insert sentinel on figures and incident figures: their rows are written many to a statement

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 03:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("figures", "incident_figures"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("insert_sentinel", sa.Integer(), nullable=True))


def downgrade() -> None:
    for table in ("incident_figures", "figures"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("insert_sentinel")
