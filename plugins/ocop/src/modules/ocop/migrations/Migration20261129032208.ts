import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129032208 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_number_unique";`)
    this.addSql(`alter table if exists "ocop_subject" drop constraint if exists "ocop_subject_key_unique";`)
    this.addSql(
      `alter table if exists "ocop_legal_framework" drop constraint if exists "ocop_legal_framework_code_unique";`,
    )
    this.addSql(
      `alter table if exists "ocop_admin_unit_succession" drop constraint if exists "ocop_admin_unit_succession_from_code_to_code_unique";`,
    )
    this.addSql(`alter table if exists "ocop_admin_unit" drop constraint if exists "ocop_admin_unit_code_unique";`)
    this.addSql(
      `create table if not exists "ocop_admin_unit" ("id" text not null, "code" text not null, "name" text not null, "level" text check ("level" in ('province', 'district', 'commune')) not null, "parent_code" text null, "valid_from" text null, "valid_to" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_admin_unit_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_admin_unit_code_unique" ON "ocop_admin_unit" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_admin_unit_deleted_at" ON "ocop_admin_unit" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_admin_unit_succession" ("id" text not null, "from_code" text not null, "to_code" text not null, "effective_date" text not null, "type" text check ("type" in ('merge', 'split', 'rename', 'partial')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_admin_unit_succession_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_admin_unit_succession_from_code" ON "ocop_admin_unit_succession" ("from_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_admin_unit_succession_to_code" ON "ocop_admin_unit_succession" ("to_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_admin_unit_succession_deleted_at" ON "ocop_admin_unit_succession" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_admin_unit_succession_from_code_to_code_unique" ON "ocop_admin_unit_succession" ("from_code", "to_code") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_legal_framework" ("id" text not null, "code" text not null, "name" text not null, "effective_from" text not null, "effective_to" text null, "star_bands" jsonb not null, "min_certified_stars" integer not null, "validity_months" integer not null, "renewal_notice_days" integer not null, "score_parts_max" jsonb not null, "recognised_by" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_legal_framework_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_legal_framework_code_unique" ON "ocop_legal_framework" ("code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_legal_framework_deleted_at" ON "ocop_legal_framework" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_registry_run" ("id" text not null, "source" text check ("source" in ('feed', 'csv', 'seed')) not null, "dry_run" boolean not null default false, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "started_at" timestamptz not null, "finished_at" timestamptz null, "counts" jsonb null, "errors" jsonb null, "etag" text null, "last_modified" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_registry_run_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_registry_run_deleted_at" ON "ocop_registry_run" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_subject" ("id" text not null, "key" text not null, "name" text not null, "type" text check ("type" in ('enterprise', 'cooperative', 'cooperative_group', 'household')) not null, "tax_code" text null, "email" text null, "commune_code" text not null, "legacy_locality" text null, "story_vi" text null, "story_en" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_subject_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_subject_key_unique" ON "ocop_subject" ("key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_subject_commune_code" ON "ocop_subject" ("commune_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_subject_deleted_at" ON "ocop_subject" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "ocop_certificate" ("id" text not null, "number" text not null, "stars" integer not null, "score" real not null, "score_a" real not null, "score_b" real not null, "score_c" real not null, "framework_code" text not null, "decision_number" text not null, "decision_date" text not null, "authority" text not null, "valid_from" text not null, "valid_until" text not null, "status" text check ("status" in ('active', 'expired', 'revoked', 'superseded', 'suspended')) not null default 'active', "status_reason" text check ("status_reason" in ('process_noncompliance', 'food_safety_violation', 'quality_or_packaging_changed', 'missing_qc_or_trace_records', 'ceased_operation', 'failed_mandatory_on_reeval', 'not_reevaluated_in_time', 'fraud_or_false_dossier', 'other')) null, "status_decision_number" text null, "status_decision_date" text null, "superseded_by" text null, "subject_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"), constraint certificate_stars_range check (stars between 1 and 5), constraint certificate_score_range check (score between 0 and 100));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_number_unique" ON "ocop_certificate" ("number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_valid_until" ON "ocop_certificate" ("valid_until") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_subject_id" ON "ocop_certificate" ("subject_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "ocop_certificate" add constraint "ocop_certificate_subject_id_foreign" foreign key ("subject_id") references "ocop_subject" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_subject_id_foreign";`,
    )

    this.addSql(`drop table if exists "ocop_admin_unit" cascade;`)

    this.addSql(`drop table if exists "ocop_admin_unit_succession" cascade;`)

    this.addSql(`drop table if exists "ocop_legal_framework" cascade;`)

    this.addSql(`drop table if exists "ocop_registry_run" cascade;`)

    this.addSql(`drop table if exists "ocop_subject" cascade;`)

    this.addSql(`drop table if exists "ocop_certificate" cascade;`)
  }
}
