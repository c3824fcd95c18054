import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207063000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_lot" add column if not exists "origin_en" text null;`)
    this.addSql(
      `alter table if exists "trace_journey_event" add column if not exists "place_en" text null, add column if not exists "actor_en" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "trace_lot" drop column if exists "origin_en";`)
    this.addSql(
      `alter table if exists "trace_journey_event" drop column if exists "place_en", drop column if exists "actor_en";`,
    )
  }
}
