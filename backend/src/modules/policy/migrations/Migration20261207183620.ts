import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207183620 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "policy_operator" ("id" text not null, "name" text not null, "address" text not null, "phone" text not null, "email" text not null, "registration_number" text not null, "moit_status" text check ("moit_status" in ('not_submitted', 'submitted', 'notified', 'registered')) not null, "moit_number" text null, "moit_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "policy_operator_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_operator_deleted_at" ON "policy_operator" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "policy_version" ("id" text not null, "kind" text check ("kind" in ('operating_rules', 'terms', 'privacy', 'delivery_payment', 'returns')) not null, "version" text not null, "title_vi" text not null, "title_en" text not null, "body_vi" text not null, "body_en" text not null, "effective_at" timestamptz not null, "published_at" timestamptz not null, "published_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "policy_version_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_version_deleted_at" ON "policy_version" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_policy_version_kind_version_unique" ON "policy_version" ("kind", "version") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "policy_consent" ("id" text not null, "purpose" text check ("purpose" in ('processing', 'marketing', 'operating_rules')) not null, "policy_kind" text check ("policy_kind" in ('operating_rules', 'terms', 'privacy', 'delivery_payment', 'returns')) not null, "policy_version_id" text not null, "policy_version" text not null, "channel" text check ("channel" in ('signup', 'checkout', 'account', 'business_portal', 'producer_invite')) not null, "customer_id" text null, "email" text null, "cart_id" text null, "given_at" timestamptz not null, "withdrawn_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "policy_consent_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_consent_deleted_at" ON "policy_consent" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_consent_customer_id" ON "policy_consent" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_consent_cart_id" ON "policy_consent" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_consent_email" ON "policy_consent" ("email") WHERE email IS NOT NULL AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_consent" cascade;`)
    this.addSql(`drop table if exists "policy_version" cascade;`)
    this.addSql(`drop table if exists "policy_operator" cascade;`)
  }
}
