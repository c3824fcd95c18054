import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Monthly statements and the producers' payout accounts (settlement). */
export class Migration20261207170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer_statement" ("id" text not null, "producer_id" text not null, "month" text not null, "status" text check ("status" in ('open', 'paid')) not null default 'open', "orders" integer not null default 0, "sales_cod" integer not null default 0, "sales_vietqr" integer not null default 0, "sales_stripe" integer not null default 0, "delivery_fees" integer not null default 0, "canceled_lines" integer not null default 0, "canceled_value" integer not null default 0, "refunds" integer not null default 0, "refunds_on_sales" integer not null default 0, "fee" integer not null default 0, "net" integer not null default 0, "computed_at" timestamptz not null, "paid_at" timestamptz null, "paid_reference" text null, "paid_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_statement_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_statement_producer_id_month_unique" ON "producer_statement" ("producer_id", "month") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_statement_month_status" ON "producer_statement" ("month", "status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_statement_deleted_at" ON "producer_statement" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "producer_payout_account" ("id" text not null, "producer_id" text not null, "bank_bin" text not null, "account_number" text not null, "account_holder" text not null, "updated_by_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_payout_account_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_payout_account_producer_id_unique" ON "producer_payout_account" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_payout_account_deleted_at" ON "producer_payout_account" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    // Settlement reads a month's delivered parts and cancelled lines by date.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_delivered_at" ON "producer_order" ("delivered_at") WHERE deleted_at IS NULL AND delivered_at IS NOT NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_canceled_at" ON "producer_order_line" ("canceled_at") WHERE deleted_at IS NULL AND canceled_at IS NOT NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_statement" cascade;`)
    this.addSql(`drop table if exists "producer_payout_account" cascade;`)
    this.addSql(`drop index if exists "IDX_producer_order_delivered_at";`)
    this.addSql(`drop index if exists "IDX_producer_order_line_canceled_at";`)
  }
}
