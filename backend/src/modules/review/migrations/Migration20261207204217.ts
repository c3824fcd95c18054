import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The producer's reply waits for officials as reviews do (docs/reviews.md): its state, the decision
 * and the number of submissions. Replies written before were shown at once: they stay published. The
 * size bought is kept by id too, so pages show its title in their language.
 */
export class Migration20261207204217 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_review" add column if not exists "variant_id" text null, add column if not exists "reply_status" text check ("reply_status" in ('pending', 'approved', 'rejected')) null, add column if not exists "reply_rejection_reason" text null, add column if not exists "reply_moderated_at" timestamptz null, add column if not exists "reply_moderated_by" text null, add column if not exists "reply_attempts" integer not null default 0;`,
    )
    this.addSql(
      `update "product_review" set "reply_status" = 'approved', "reply_attempts" = 1, "reply_moderated_at" = "replied_at" where "reply_text" is not null and "reply_status" is null;`,
    )
    // Reviews written before: their variant read from the order line (Medusa's order module, in the
    // same database), when that table is there.
    this.addSql(
      `do $$ begin if to_regclass('order_line_item') is not null then update "product_review" r set "variant_id" = li."variant_id" from "order_line_item" li where li."id" = r."item_id" and r."variant_id" is null; end if; end $$;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_reply_status_replied_at" ON "product_review" ("reply_status", "replied_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_product_review_reply_status_replied_at";`)
    this.addSql(
      `alter table if exists "product_review" drop column if exists "variant_id", drop column if exists "reply_status", drop column if exists "reply_rejection_reason", drop column if exists "reply_moderated_at", drop column if exists "reply_moderated_by", drop column if exists "reply_attempts";`,
    )
  }
}
