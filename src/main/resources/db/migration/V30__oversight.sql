-- Oversight: complaint and whistleblower channels, and the reports they receive, end-to-end encrypted to the
-- channel's recipients. Nothing a reporter wrote or attached is stored here in plaintext: answers, messages, notes
-- and attachment names are AES-256-GCM ciphertexts under the report's own key, which is itself stored only wrapped
-- (oversight_report_key) for each recipient's X25519 public key, for the body's recovery key and for a key derived
-- with Argon2id from the reporter's receipt. Attachments' bytes live in the blob store, encrypted the same way.

-- An officer's key pair. The private key is sealed (AES-256-GCM) under a key derived with Argon2id from the account's
-- password; the sealed form carries its own salt and Argon2 parameters (RecipientKeys).
create table oversight_recipient_key (
    account_id   bigint      primary key references account (id) on delete cascade,
    public_key   bytea       not null,
    sealed_private_key bytea not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    constraint oversight_recipient_key_length check (length(public_key) = 32)
);

-- A body's recovery key pair: its private key is given to the body's administrator once, or sealed under a recovery
-- passphrase the administrator chose (then sealed_private_key is set); Concord cannot use it without them.
create table oversight_recovery_key (
    organisation_id bigint      primary key references organisation (id) on delete cascade,
    public_key      bytea       not null,
    sealed_private_key bytea,
    created_at      timestamptz not null,
    created_by      bigint,
    constraint oversight_recovery_key_length check (length(public_key) = 32)
);

create table oversight_channel (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id),
    slug             varchar(80)  not null unique,
    acknowledge_days int          not null default 7 check (acknowledge_days between 1 and 365),
    feedback_days    int          not null default 90 check (feedback_days between 1 and 730),
    retention_days   int          not null default 1826 check (retention_days between 1 and 36500),
    open             boolean      not null default true,
    -- the questions, their kinds and labels in several languages (Questionnaire); not confidential
    questionnaire    jsonb        not null default '{"questions": []}',
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint oversight_channel_slug_format check (slug ~ '^[a-z0-9][a-z0-9-]{1,79}$')
);
create index oversight_channel_organisation_idx on oversight_channel (organisation_id);

create table oversight_channel_text (
    channel_id  bigint       not null references oversight_channel (id) on delete cascade,
    language    varchar(10)  not null,
    name        varchar(300) not null,
    description text,
    primary key (channel_id, language)
);

create table oversight_channel_category (
    channel_id bigint      not null references oversight_channel (id) on delete cascade,
    category   varchar(40) not null,
    primary key (channel_id, category),
    constraint oversight_channel_category_check check (category in (
        'UNLAWFUL_FORCE', 'TORTURE_ILL_TREATMENT', 'ARBITRARY_DETENTION', 'CORRUPTION_BRIBERY', 'PROCUREMENT_FRAUD',
        'DISCRIMINATION', 'SEXUAL_GENDER_BASED_VIOLENCE', 'PRIVACY_VIOLATION', 'RETALIATION', 'OTHER'))
);

create table oversight_channel_recipient (
    channel_id bigint not null references oversight_channel (id) on delete cascade,
    account_id bigint not null references account (id) on delete cascade,
    primary key (channel_id, account_id)
);
create index oversight_channel_recipient_account_idx on oversight_channel_recipient (account_id);

-- One report. received_at is rounded down to the hour; no address or user agent of the reporter is kept anywhere.
-- receipt_lookup is HMAC-SHA256 of the receipt under a pepper kept outside the database (ReceiptPepper): it finds the
-- report without an Argon2 computation per report, and is useless without the pepper. content is the sealed answers
-- (and contact details), null once purged.
create table oversight_report (
    id              bigserial    primary key,
    channel_id      bigint       not null references oversight_channel (id),
    organisation_id bigint       not null references organisation (id),
    category        varchar(40)  not null,
    received_at     timestamptz  not null,
    receipt_lookup  bytea        not null unique,
    content         bytea,
    retaliation_flagged boolean  not null default false,
    last_reporter_activity timestamptz not null,
    purged_at       timestamptz,
    constraint oversight_report_received_hour check (received_at = date_trunc('hour', received_at)),
    constraint oversight_report_category_check check (category in (
        'UNLAWFUL_FORCE', 'TORTURE_ILL_TREATMENT', 'ARBITRARY_DETENTION', 'CORRUPTION_BRIBERY', 'PROCUREMENT_FRAUD',
        'DISCRIMINATION', 'SEXUAL_GENDER_BASED_VIOLENCE', 'PRIVACY_VIOLATION', 'RETALIATION', 'OTHER'))
);
create index oversight_report_channel_idx on oversight_report (channel_id, received_at desc);
create index oversight_report_organisation_idx on oversight_report (organisation_id, received_at desc);

-- The report's key, wrapped for one holder: a recipient (account_id set), the body's recovery key, or the receipt.
create table oversight_report_key (
    id         bigserial   primary key,
    report_id  bigint      not null references oversight_report (id) on delete cascade,
    holder     varchar(10) not null check (holder in ('RECIPIENT', 'RECOVERY', 'RECEIPT')),
    account_id bigint      references account (id) on delete cascade,
    wrapped    bytea       not null,
    constraint oversight_report_key_holder check ((holder = 'RECIPIENT') = (account_id is not null))
);
create unique index oversight_report_key_unique on oversight_report_key (report_id, holder, coalesce(account_id, 0));
create index oversight_report_key_account_idx on oversight_report_key (account_id);

-- Messages between officers and the reporter, both ways. A reporter's message has no author account and its time is
-- rounded to the hour.
create table oversight_message (
    id         bigserial   primary key,
    report_id  bigint      not null references oversight_report (id) on delete cascade,
    direction  varchar(14) not null check (direction in ('TO_REPORTER', 'FROM_REPORTER')),
    author_id  bigint      references account (id) on delete set null,
    sent_at    timestamptz not null,
    body       bytea       not null
);
create index oversight_message_report_idx on oversight_message (report_id, sent_at, id);

-- Officers' internal notes on a report, never shown to the reporter.
create table oversight_note (
    id         bigserial   primary key,
    report_id  bigint      not null references oversight_report (id) on delete cascade,
    author_id  bigint      references account (id) on delete set null,
    written_at timestamptz not null,
    body       bytea       not null
);
create index oversight_note_report_idx on oversight_note (report_id, written_at, id);

-- Attachments: the encrypted bytes are in the blob store under blob_key; their name is sealed too.
create table oversight_attachment (
    id          bigserial    primary key,
    report_id   bigint       not null references oversight_report (id) on delete cascade,
    message_id  bigint       references oversight_message (id) on delete cascade,
    question    varchar(40),
    blob_key    varchar(100) not null unique,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sealed_name bytea        not null,
    added_at    timestamptz  not null
);
create index oversight_attachment_report_idx on oversight_attachment (report_id, id);

-- Intake counted per channel and minute, shared by every instance (IntakeRateLimit).
create table oversight_intake_rate (
    channel_id   bigint      not null references oversight_channel (id) on delete cascade,
    minute       timestamptz not null,
    submissions  int         not null,
    primary key (channel_id, minute)
);

-- Wrong receipts, counted for everyone ('global', key '') and per keyed hash of the source ('source'); rows go once
-- their window has passed. No address is stored, only HMAC(pepper, address) truncated.
create table oversight_receipt_throttle (
    scope         varchar(10) not null check (scope in ('global', 'source')),
    key           varchar(64) not null,
    attempts      int         not null,
    window_start  timestamptz not null,
    blocked_until timestamptz,
    primary key (scope, key)
);

insert into application_privilege (relation, access) values
    ('oversight_recipient_key', 'write'),
    ('oversight_recovery_key', 'write'),
    ('oversight_channel', 'write'),
    ('oversight_channel_text', 'write'),
    ('oversight_channel_category', 'write'),
    ('oversight_channel_recipient', 'write'),
    ('oversight_report', 'write'),
    ('oversight_report_key', 'write'),
    ('oversight_message', 'write'),
    ('oversight_note', 'write'),
    ('oversight_attachment', 'write'),
    ('oversight_intake_rate', 'write'),
    ('oversight_receipt_throttle', 'write');
