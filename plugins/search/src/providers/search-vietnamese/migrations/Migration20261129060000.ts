import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text search configuration for Vietnamese that the Search Module's PostgreSQL provider uses
 * with `language: "vietnamese"`: `simple` (no stop words, no stemming) after `unaccent`. The
 * default English configuration drops syllables that fold to English stop words ("mè" → "me",
 * "tô" → "to", "đồ" → "do"), so a search for sesame candy found nothing. A migration of this
 * provider (Medusa runs it with the Search Module's) rather than a migration script, so every
 * database the module is migrated into has it, test ones too. Databases that ran it as a migration
 * of the OCOP module, where it lived before, run it again here and nothing changes (`if not exists`).
 */
export class Migration20261129060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_ts_config where cfgname = 'medusa_search_vietnamese') then
          create text search configuration medusa_search_vietnamese (copy = simple);
          alter text search configuration medusa_search_vietnamese
            alter mapping for hword, hword_part, word with unaccent, simple;
        end if;
      end
      $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop text search configuration if exists medusa_search_vietnamese;`)
  }
}
