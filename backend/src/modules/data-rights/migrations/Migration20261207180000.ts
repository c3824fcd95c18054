import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "data_request" ("id" text not null, "kind" text check ("kind" in ('export', 'erase')) not null, "customer_id" text not null, "channel" text check ("channel" in ('self', 'official')) not null, "official_id" text null, "reference" text null, "status" text check ("status" in ('running', 'done')) not null default 'running', "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "data_request_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_data_request_deleted_at" ON "data_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_data_request_customer_id" ON "data_request" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_data_request_created_at" ON "data_request" ("created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "personal_data_access" ("id" text not null, "actor_id" text not null, "method" text not null, "path" text not null, "status" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "personal_data_access_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_personal_data_access_deleted_at" ON "personal_data_access" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_personal_data_access_created_at" ON "personal_data_access" ("created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_personal_data_access_actor_id_created_at" ON "personal_data_access" ("actor_id", "created_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_request" cascade;`)
    this.addSql(`drop table if exists "personal_data_access" cascade;`)
  }
}
