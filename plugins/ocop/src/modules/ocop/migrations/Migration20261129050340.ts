import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129050340 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_subject" add column if not exists "commune_id" text null;`)
    this.addSql(
      `alter table if exists "ocop_subject" add constraint "ocop_subject_commune_id_foreign" foreign key ("commune_id") references "ocop_admin_unit" ("id") on update cascade on delete set null;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_subject_commune_id" ON "ocop_subject" ("commune_id") WHERE deleted_at IS NULL;`,
    )
    // Producers imported before this column existed: their code is a commune still in force
    // (the seed's are); older codes get resolved on their next registry run.
    this.addSql(
      `update "ocop_subject" s set "commune_id" = u."id" from "ocop_admin_unit" u where u."code" = s."commune_code" and u."valid_to" is null and u."deleted_at" is null and s."commune_id" is null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_subject" drop constraint if exists "ocop_subject_commune_id_foreign";`)

    this.addSql(`drop index if exists "IDX_ocop_subject_commune_id";`)
    this.addSql(`alter table if exists "ocop_subject" drop column if exists "commune_id";`)
  }
}
