import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Products producers propose: a record per draft product, for officials' list of proposals. */
export class Migration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer_proposal" ("id" text not null, "producer_id" text not null, "product_id" text not null, "proposed_by_id" text not null, "proposed_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_proposal_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_proposal_product_id_unique" ON "producer_proposal" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_proposal_producer_id" ON "producer_proposal" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_proposal_deleted_at" ON "producer_proposal" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_proposal" cascade;`)
  }
}
