"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 20:28:29.063742

Besides the tables: the two FTS5 search tables, the application id that marks the file as Cardfile's, and the
records every database starts with (the built-in activity types and the default "Sales" pipeline). Those seed
records have fixed ids, the same on every device, so two databases that sync never hold two "Sales" pipelines.
This migration is frozen: it must not import the current table declarations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

SEED_TIME = "2026-01-01 00:00:00.000000"


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "action",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("job_id", sa.String(), nullable=True),
        sa.Column("undoes", sa.String(), nullable=True),
        sa.Column("undone_by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_job_id"), ["job_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("type_id", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("details", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("timeless", sa.Boolean(), nullable=False),
        sa.Column("time_zone", sa.String(), nullable=False),
        sa.Column("priority", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("alarm_minutes", sa.Integer(), nullable=True),
        sa.Column("rrule", sa.String(), nullable=False),
        sa.Column("company_id", sa.String(), nullable=True),
        sa.Column("deal_id", sa.String(), nullable=True),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_activity_status_start", ["status", "starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_type_id"), ["type_id"], unique=False)

    op.create_table(
        "activity_type",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_type_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_type_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("action_id", sa.String(), nullable=False),
        sa.Column("job_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_action", ["action_id"], unique=False)
        batch_op.create_index("ix_change_record", ["record_id", "field"], unique=False)

    op.create_table(
        "company",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("industry", sa.String(), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("parent_id", sa.String(), nullable=True),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("addresses", sa.JSON(), nullable=False),
        sa.Column("urls", sa.JSON(), nullable=False),
        sa.Column("ims", sa.JSON(), nullable=False),
        sa.Column("dates", sa.JSON(), nullable=False),
        sa.Column("vcard_uid", sa.String(), nullable=True),
        sa.Column("vcard_extra", sa.JSON(), nullable=False),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_company_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_company_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_company_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_company_vcard_uid"), ["vcard_uid"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("prefix", sa.String(), nullable=False),
        sa.Column("given", sa.String(), nullable=False),
        sa.Column("additional", sa.String(), nullable=False),
        sa.Column("family", sa.String(), nullable=False),
        sa.Column("suffix", sa.String(), nullable=False),
        sa.Column("nickname", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("display_name_custom", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("phonetic_given", sa.String(), nullable=False),
        sa.Column("phonetic_additional", sa.String(), nullable=False),
        sa.Column("phonetic_family", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("department", sa.String(), nullable=False),
        sa.Column("company_id", sa.String(), nullable=True),
        sa.Column("birthday", sa.String(), nullable=True),
        sa.Column("anniversary", sa.String(), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_mime", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("addresses", sa.JSON(), nullable=False),
        sa.Column("urls", sa.JSON(), nullable=False),
        sa.Column("ims", sa.JSON(), nullable=False),
        sa.Column("dates", sa.JSON(), nullable=False),
        sa.Column("vcard_uid", sa.String(), nullable=True),
        sa.Column("vcard_extra", sa.JSON(), nullable=False),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_vcard_uid"), ["vcard_uid"], unique=False)

    op.create_table(
        "contact_group",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_group_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_group_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "custom_field",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("field_type", sa.String(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("custom_field", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custom_field_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_custom_field_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "deal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("company_id", sa.String(), nullable=True),
        sa.Column("pipeline_id", sa.String(), nullable=False),
        sa.Column("stage_id", sa.String(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("expected_close", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_pipeline_id"), ["pipeline_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "erasure",
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_table(
        "link",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source_type", sa.String(), nullable=False),
        sa.Column("source_id", sa.String(), nullable=False),
        sa.Column("target_type", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_link_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_link_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_link_source", ["source_type", "source_id"], unique=False)
        batch_op.create_index("ix_link_target", ["target_type", "target_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("body", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "pipeline",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pipeline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pipeline_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_pipeline_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "saved_lookup",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("query", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("saved_lookup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_lookup_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_saved_lookup_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "search_entry",
        sa.Column("rowid", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("rowid"),
        sa.UniqueConstraint("record_id"),
    )
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_entry_name"), ["name"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "stage",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pipeline_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stage_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stage_pipeline_id"), ["pipeline_id"], unique=False)

    op.execute("CREATE VIRTUAL TABLE search_text USING fts5(name, body, tokenize = 'trigram')")
    op.execute("CREATE VIRTUAL TABLE search_words USING fts5(words, tokenize = 'unicode61', prefix = '1 2')")
    # Merge index segments 16 at a time rather than 4: every write transaction adds a segment, and a bulk import
    # spends less rewriting them; lookups, which probe each segment, stay well under a millisecond.
    op.execute("INSERT INTO search_text (search_text, rank) VALUES ('automerge', 16)")
    op.execute("INSERT INTO search_words (search_words, rank) VALUES ('automerge', 16)")
    op.execute("PRAGMA application_id = 1128354372")  # 0x43415244, 'CARD'

    base = {
        "created_at": SEED_TIME,
        "updated_at": SEED_TIME,
        "owner_id": "",
        "private": 0,
        "deleted_at": None,
    }
    activity_types = [
        ("00000000-0000-7000-8000-000000000001", "Call", "call", 0),
        ("00000000-0000-7000-8000-000000000002", "Meeting", "meeting", 1),
        ("00000000-0000-7000-8000-000000000003", "To-do", "todo", 2),
    ]
    op.bulk_insert(
        sa.table("activity_type", *(sa.column(c) for c in [*base, "id", "name", "key", "position"])),
        [{**base, "id": i, "name": n, "key": k, "position": p} for i, n, k, p in activity_types],
    )
    pipeline = "00000000-0000-7000-8000-000000000010"
    op.bulk_insert(
        sa.table("pipeline", *(sa.column(c) for c in [*base, "id", "name", "position"])),
        [{**base, "id": pipeline, "name": "Sales", "position": 0}],
    )
    stages = [("Prospect", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75), ("Commitment", 90)]
    op.bulk_insert(
        sa.table("stage", *(sa.column(c) for c in [*base, "id", "pipeline_id", "name", "position", "probability"])),
        [
            {
                **base,
                "id": f"00000000-0000-7000-8000-00000000002{n}",
                "pipeline_id": pipeline,
                "name": name,
                "position": n,
                "probability": probability,
            }
            for n, (name, probability) in enumerate(stages)
        ],
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_words")
    op.execute("DROP TABLE search_text")

    with op.batch_alter_table("stage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_pipeline_id"))
        batch_op.drop_index(batch_op.f("ix_stage_owner_id"))
        batch_op.drop_index(batch_op.f("ix_stage_deleted_at"))

    op.drop_table("stage")
    op.drop_table("setting")
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_entry_name"))

    op.drop_table("search_entry")
    with op.batch_alter_table("saved_lookup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_lookup_owner_id"))
        batch_op.drop_index(batch_op.f("ix_saved_lookup_deleted_at"))

    op.drop_table("saved_lookup")
    with op.batch_alter_table("pipeline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pipeline_owner_id"))
        batch_op.drop_index(batch_op.f("ix_pipeline_deleted_at"))

    op.drop_table("pipeline")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_owner_id"))
        batch_op.drop_index(batch_op.f("ix_note_deleted_at"))

    op.drop_table("note")
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.drop_index("ix_link_target")
        batch_op.drop_index("ix_link_source")
        batch_op.drop_index(batch_op.f("ix_link_owner_id"))
        batch_op.drop_index(batch_op.f("ix_link_deleted_at"))

    op.drop_table("link")
    op.drop_table("erasure")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_stage_id"))
        batch_op.drop_index(batch_op.f("ix_deal_pipeline_id"))
        batch_op.drop_index(batch_op.f("ix_deal_owner_id"))
        batch_op.drop_index(batch_op.f("ix_deal_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_deal_company_id"))

    op.drop_table("deal")
    with op.batch_alter_table("custom_field", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custom_field_owner_id"))
        batch_op.drop_index(batch_op.f("ix_custom_field_deleted_at"))

    op.drop_table("custom_field")
    with op.batch_alter_table("contact_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_group_owner_id"))
        batch_op.drop_index(batch_op.f("ix_contact_group_deleted_at"))

    op.drop_table("contact_group")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_vcard_uid"))
        batch_op.drop_index(batch_op.f("ix_contact_sort_key"))
        batch_op.drop_index(batch_op.f("ix_contact_owner_id"))
        batch_op.drop_index(batch_op.f("ix_contact_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_contact_company_id"))

    op.drop_table("contact")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_vcard_uid"))
        batch_op.drop_index(batch_op.f("ix_company_sort_key"))
        batch_op.drop_index(batch_op.f("ix_company_parent_id"))
        batch_op.drop_index(batch_op.f("ix_company_owner_id"))
        batch_op.drop_index(batch_op.f("ix_company_deleted_at"))

    op.drop_table("company")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_record")
        batch_op.drop_index("ix_change_action")

    op.drop_table("change")
    with op.batch_alter_table("activity_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_type_owner_id"))
        batch_op.drop_index(batch_op.f("ix_activity_type_deleted_at"))

    op.drop_table("activity_type")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_type_id"))
        batch_op.drop_index("ix_activity_status_start")
        batch_op.drop_index(batch_op.f("ix_activity_owner_id"))
        batch_op.drop_index(batch_op.f("ix_activity_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_activity_deal_id"))
        batch_op.drop_index(batch_op.f("ix_activity_company_id"))

    op.drop_table("activity")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_job_id"))

    op.drop_table("action")
