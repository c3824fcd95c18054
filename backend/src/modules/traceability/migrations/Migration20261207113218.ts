import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207113218 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "trace_counterfeit_report" ("id" text not null, "code_path" text not null, "token_state" text not null, "product_id" text not null, "lot_id" text null, "serial_id" text null, "reason" text check ("reason" in ('packaging_differs', 'code_already_used', 'suspicious_seller', 'other')) not null, "details" text null, "place" text null, "contact" text null, "photo_file_id" text null, "locale" text check ("locale" in ('vi', 'en')) not null, "status" text check ("status" in ('new', 'reviewing', 'closed')) not null default 'new', "official_note" text null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_counterfeit_report_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_counterfeit_report_deleted_at" ON "trace_counterfeit_report" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_counterfeit_report_status_created_at" ON "trace_counterfeit_report" ("status", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_counterfeit_report_serial_id" ON "trace_counterfeit_report" ("serial_id") WHERE serial_id IS NOT NULL AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "trace_counterfeit_report" cascade;`)
  }
}
