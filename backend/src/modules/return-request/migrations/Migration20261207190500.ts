import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207190500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "return_request" ("id" text not null, "order_id" text not null, "display_id" integer not null, "part_id" text not null, "producer_id" text not null, "customer_id" text null, "status" text check ("status" in ('requested', 'accepted', 'refused', 'shipped_back', 'received', 'refunded')) not null default 'requested', "reason" text check ("reason" in ('damaged', 'wrong_item', 'not_as_described', 'expired', 'missing_parts', 'other')) not null, "note" text null, "photo_file_ids" jsonb not null default '{"ids":[]}', "amount" integer not null, "payment_method" text check ("payment_method" in ('cod', 'vietqr', 'stripe')) not null, "decided_at" timestamptz null, "decided_by" text null, "decision_note" text null, "return_id" text null, "location_id" text null, "carrier" text check ("carrier" in ('vnpost', 'viettelpost', 'ghn', 'ghtk', 'own')) null, "tracking_number" text null, "shipped_back_at" timestamptz null, "received_at" timestamptz null, "received_by" text null, "refund_bank_bin" text null, "refund_account_number" text null, "refund_account_holder" text null, "refunded_at" timestamptz null, "refunded_by" text null, "refund_reference" text null, "stripe_payment_intent" text null, "stripe_refund_status" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_request_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_order_id" ON "return_request" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_deleted_at" ON "return_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_producer_id_status_created_at" ON "return_request" ("producer_id", "status", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_status_created_at" ON "return_request" ("status", "created_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `create table if not exists "return_request_line" ("id" text not null, "line_id" text not null, "item_id" text not null, "title" text not null, "variant_title" text null, "quantity" integer not null, "unit_price" integer not null, "return_request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_request_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_line_line_id" ON "return_request_line" ("line_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_line_return_request_id" ON "return_request_line" ("return_request_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_line_deleted_at" ON "return_request_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `alter table if exists "return_request_line" add constraint "return_request_line_return_request_id_foreign" foreign key ("return_request_id") references "return_request" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "return_request_line" cascade;`)
    this.addSql(`drop table if exists "return_request" cascade;`)
  }
}
