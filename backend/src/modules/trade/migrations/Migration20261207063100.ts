import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207063100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_sales_point" add column if not exists "name_en" text null, add column if not exists "address_en" text null, add column if not exists "opening_hours_en" text null, add column if not exists "operator_en" text null, add column if not exists "tours_en" text[] null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_sales_point" drop column if exists "name_en", drop column if exists "address_en", drop column if exists "opening_hours_en", drop column if exists "operator_en", drop column if exists "tours_en";`,
    )
  }
}
