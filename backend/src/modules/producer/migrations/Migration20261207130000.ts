import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A producer's catalogue: the price history and the change requests held for review. */
export class Migration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer_price_change" ("id" text not null, "producer_id" text not null, "product_id" text not null, "variant_id" text not null, "old_amount" integer null, "new_amount" integer not null, "changed_by_id" text not null, "changed_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_price_change_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_price_change_producer_id" ON "producer_price_change" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_price_change_product_id" ON "producer_price_change" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_price_change_deleted_at" ON "producer_price_change" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "producer_change_request" ("id" text not null, "producer_id" text not null, "product_id" text not null, "proposed" jsonb not null, "status" text check ("status" in ('open', 'accepted', 'returned')) not null default 'open', "note" text null, "requested_by_id" text not null, "requested_by" text not null, "resolved_by_id" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_change_request_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_change_request_producer_id" ON "producer_change_request" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_change_request_product_id" ON "producer_change_request" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_change_request_deleted_at" ON "producer_change_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_change_request_product_id_unique" ON "producer_change_request" ("product_id") WHERE status = 'open' AND deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_change_request" cascade;`)
    this.addSql(`drop table if exists "producer_price_change" cascade;`)
  }
}
