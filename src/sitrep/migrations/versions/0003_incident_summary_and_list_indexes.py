"""incident summary kept for the list, and indexes for the list's order and filters

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("summary", sa.JSON(), nullable=True))
        batch_op.create_index("ix_incidents_newest", ["date_start", "id"], unique=False)
        batch_op.create_index("ix_incidents_date_end", ["date_end"], unique=False)
        batch_op.create_index("ix_incidents_country_type_newest", ["country", "event_type", "date_start"], unique=False)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_incident_report", ["incident_id", "report_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_incident_report")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_country_type_newest")
        batch_op.drop_index("ix_incidents_date_end")
        batch_op.drop_index("ix_incidents_newest")
        batch_op.drop_column("summary")
