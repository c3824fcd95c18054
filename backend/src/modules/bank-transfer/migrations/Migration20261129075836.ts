import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129075836 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payment_reference" drop constraint if exists "payment_reference_payment_id_unique";`,
    )
    this.addSql(
      `alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_transaction_id_unique";`,
    )
    this.addSql(
      `create table if not exists "bank_transfer" ("id" text not null, "transaction_id" text not null, "account_number" text not null, "amount" numeric not null, "description" text not null, "received_at" timestamptz not null, "reference" text null, "status" text check ("status" in ('matched', 'unmatched', 'underpaid', 'already_paid')) not null, "payment_id" text null, "order_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_transaction_id_unique" ON "bank_transfer" ("transaction_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_deleted_at" ON "bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_reference" ON "bank_transfer" ("reference") WHERE reference IS NOT NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_order_id" ON "bank_transfer" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "payment_reference" ("id" text not null, "reference" text not null, "payment_id" text not null, "order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_reference_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reference_reference" ON "payment_reference" ("reference") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_reference_payment_id_unique" ON "payment_reference" ("payment_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_reference_deleted_at" ON "payment_reference" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_transfer" cascade;`)

    this.addSql(`drop table if exists "payment_reference" cascade;`)
  }
}
