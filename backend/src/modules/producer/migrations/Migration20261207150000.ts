import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Producers' parts of orders and their lines (orders routed to producers). */
export class Migration20261207150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer_order" ("id" text not null, "order_id" text not null, "producer_id" text not null, "display_id" integer not null, "placed_at" timestamptz not null, "status" text check ("status" in ('new', 'confirmed', 'shipped', 'delivered', 'canceled')) not null default 'new', "kind" text check ("kind" in ('delivery', 'pickup')) not null, "location_id" text null, "payment_method" text check ("payment_method" in ('cod', 'vietqr', 'stripe')) not null, "delivery_fee" integer not null default 0, "fulfillment_id" text null, "carrier" text check ("carrier" in ('vnpost', 'viettelpost', 'ghn', 'ghtk', 'own')) null, "tracking_number" text null, "confirmed_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "canceled_at" timestamptz null, "updated_by_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_order_id" ON "producer_order" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_order_id_producer_id_unique" ON "producer_order" ("order_id", "producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id_placed_at" ON "producer_order" ("producer_id", "placed_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id_status_placed_at" ON "producer_order" ("producer_id", "status", "placed_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_deleted_at" ON "producer_order" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "producer_order_line" ("id" text not null, "item_id" text not null, "product_id" text not null, "variant_id" text null, "title" text not null, "variant_title" text null, "quantity" integer not null, "unit_price" integer not null, "product_group" text null, "canceled_at" timestamptz null, "cancel_reason" text null, "canceled_by_id" text null, "order_edited_at" timestamptz null, "refunded" integer not null default 0, "refunded_at" timestamptz null, "producer_order_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `alter table if exists "producer_order_line" add constraint "producer_order_line_producer_order_id_foreign" foreign key ("producer_order_id") references "producer_order" ("id") on update cascade on delete cascade;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_item_id" ON "producer_order_line" ("item_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_producer_order_id" ON "producer_order_line" ("producer_order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_deleted_at" ON "producer_order_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_order_line" cascade;`)
    this.addSql(`drop table if exists "producer_order" cascade;`)
  }
}
