import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207054500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_trade_business_tax_code_unique";`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_business_tax_code" ON "trade_business" ("tax_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_business_tax_code_verified" ON "trade_business" ("tax_code") WHERE status = 'verified' AND deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "trade_delivery" add column if not exists "status" text check ("status" in ('pending', 'confirmed', 'disputed')) not null default 'pending', add column if not exists "confirmed_by" text null, add column if not exists "confirmed_at" timestamptz null, add column if not exists "over_delivery" boolean not null default false;`,
    )
    // Deliveries recorded before confirmations existed were counted at once; they stay counted.
    this.addSql(`update "trade_delivery" set "status" = 'confirmed', "confirmed_at" = "created_at";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_delivery" drop column if exists "status", drop column if exists "confirmed_by", drop column if exists "confirmed_at", drop column if exists "over_delivery";`,
    )
    this.addSql(`drop index if exists "IDX_trade_business_tax_code_verified";`)
    this.addSql(`drop index if exists "IDX_trade_business_tax_code";`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_business_tax_code_unique" ON "trade_business" ("tax_code") WHERE deleted_at IS NULL;`,
    )
  }
}
