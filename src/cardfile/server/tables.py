"""The server's tables (SQLAlchemy Core): accounts, devices, the entry log, and what it knows of each record.

The server keeps no rows of contacts or companies: it keeps every entry (one field set to a value) in one
sequence, the winning entry of each field (`field_state`), and per record only what authorization needs — its
owner, whether it is private, and who may therefore see it (`visible_to`: NULL for everyone in the office).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

meta = Table(
    "server_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

account = Table(
    "account",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("admin", Boolean, nullable=False, default=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("account", String(64), nullable=False, index=True),
    Column("name", Text, nullable=False, default=""),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    Column("last_batch", Integer, nullable=False, default=0),
)

# The answer to every batch a device pushed, stored in the transaction that applied it: a repeated batch is
# answered from here and applied once.
batch = Table(
    "push_batch",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("nonce", String(64)),  # drawn by the device for this batch: the same batch sent again carries it
    Column("response", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Failed sign-ins, per user name ("user:NAME") and per client address ("address:IP"): after a few, further
# attempts wait, longer after each failure (see `ServerStore.sign_in`). A success clears its user's count.
sign_in_failure = Table(
    "sign_in_failure",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failure", DateTime(timezone=True), nullable=False),
    Column("blocked_until", DateTime(timezone=True)),
)

entry = Table(
    "entry",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("record_type", String(32), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("field", String(64), nullable=False),
    Column("value", Text),
    Column("hlc", BigInteger, nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("account", String(64), nullable=False),
    # 'all': delivered to every account whatever the record's visibility (an erasure, a record turning private:
    # they carry only the id, and every holder must hear of them).
    Column("audience", String(8)),
    # A change is written once, however often it is delivered.
    UniqueConstraint("record_id", "field", "hlc", "device_id", name="ux_entry_write"),
)

field_state = Table(
    "field_state",
    metadata,
    Column("record_id", String(64), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("device_id", String(64), nullable=False),
)

record = Table(
    "record",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("record_type", String(32), nullable=False),
    Column("owner", String(64), nullable=False),
    Column("private", Boolean, nullable=False, default=False),
    Column("visible_to", String(64)),  # NULL: every account; else only this one
    Column("refers_a", String(64)),  # a link's source, a conflict's record
    Column("refers_b", String(64)),  # a link's target
    Column("erased", Boolean, nullable=False, default=False),
    Index("ix_record_refers_a", "refers_a"),
    Index("ix_record_refers_b", "refers_b"),
)
