import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129104653 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_serial" drop constraint if exists "trace_serial_lot_id_serial_unique";`)
    this.addSql(`alter table if exists "trace_lot" drop constraint if exists "trace_lot_product_id_code_unique";`)
    this.addSql(
      `create table if not exists "trace_lot" ("id" text not null, "product_id" text not null, "variant_id" text null, "code" text not null, "produced_on" text not null, "expires_on" text null, "quantity" integer not null, "origin" text null, "tests" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_lot_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_lot_deleted_at" ON "trace_lot" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_lot_product_id_code_unique" ON "trace_lot" ("product_id", "code") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trace_journey_event" ("id" text not null, "lot_id" text not null, "type" text check ("type" in ('harvested', 'processed', 'packed', 'shipped', 'received')) not null, "occurred_at" timestamptz not null, "place" text not null, "actor" text not null, "stock_location_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_journey_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_journey_event_lot_id" ON "trace_journey_event" ("lot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_journey_event_deleted_at" ON "trace_journey_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_journey_event_lot_id_occurred_at" ON "trace_journey_event" ("lot_id", "occurred_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trace_scan" ("id" text not null, "lot_id" text null, "serial_id" text null, "product_id" text not null, "scanned_at" timestamptz not null, "lat" real null, "lon" real null, "country" text null, "device" text not null, "verdict" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_scan_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_scan_deleted_at" ON "trace_scan" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_scan_serial_id_scanned_at" ON "trace_scan" ("serial_id", "scanned_at") WHERE serial_id IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_scan_product_id_scanned_at" ON "trace_scan" ("product_id", "scanned_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trace_serial" ("id" text not null, "serial" text not null, "lot_id" text not null, "scan_count" integer not null default 0, "first_scanned_at" timestamptz null, "last_scanned_at" timestamptz null, "clone_reasons" jsonb null, "flagged_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_serial_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_serial_lot_id" ON "trace_serial" ("lot_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_serial_deleted_at" ON "trace_serial" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_serial_lot_id_serial_unique" ON "trace_serial" ("lot_id", "serial") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trace_serial_flagged_at" ON "trace_serial" ("flagged_at") WHERE flagged_at IS NOT NULL AND deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "trace_journey_event" add constraint "trace_journey_event_lot_id_foreign" foreign key ("lot_id") references "trace_lot" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "trace_serial" add constraint "trace_serial_lot_id_foreign" foreign key ("lot_id") references "trace_lot" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "trace_journey_event" drop constraint if exists "trace_journey_event_lot_id_foreign";`,
    )

    this.addSql(`alter table if exists "trace_serial" drop constraint if exists "trace_serial_lot_id_foreign";`)

    this.addSql(`drop table if exists "trace_lot" cascade;`)

    this.addSql(`drop table if exists "trace_journey_event" cascade;`)

    this.addSql(`drop table if exists "trace_scan" cascade;`)

    this.addSql(`drop table if exists "trace_serial" cascade;`)
  }
}
