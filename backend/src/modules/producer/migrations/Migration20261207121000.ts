import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207121000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer" ("id" text not null, "subject_id" text not null, "business_id" text not null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "suspension_reason" text null, "suspended_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_business_id" ON "producer" ("business_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_subject_id_unique" ON "producer" ("subject_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "producer_member" ("id" text not null, "producer_id" text not null, "customer_id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_member_producer_id" ON "producer_member" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_customer_id_unique" ON "producer_member" ("customer_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "producer_invite" ("id" text not null, "producer_id" text not null, "email" text not null, "token_hash" text not null, "locale" text check ("locale" in ('vi', 'en')) not null, "expires_at" timestamptz not null, "invited_by" text not null, "accepted_at" timestamptz null, "accepted_by" text null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invite_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id" ON "producer_invite" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_invite_deleted_at" ON "producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_invite_producer_id_email" ON "producer_invite" ("producer_id", "email") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "producer_access_change" ("id" text not null, "producer_id" text not null, "action" text check ("action" in ('suspend', 'restore')) not null, "reason" text null, "official_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_access_change_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_access_change_producer_id" ON "producer_access_change" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_access_change_deleted_at" ON "producer_access_change" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_access_change" cascade;`)
    this.addSql(`drop table if exists "producer_invite" cascade;`)
    this.addSql(`drop table if exists "producer_member" cascade;`)
    this.addSql(`drop table if exists "producer" cascade;`)
  }
}
