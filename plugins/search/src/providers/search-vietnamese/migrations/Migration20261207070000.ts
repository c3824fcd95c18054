import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The vocabulary the Vietnamese provider corrects misspelt and joined query words against
 * (`vocabulary.ts`): each index table's words, with a trigram index for the nearest word. Indexes
 * built before it are filled from their documents' `search_vector` here; the provider keeps it up
 * to date as documents are written.
 */
export class Migration20261207070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "search_vietnamese_word" (
        "index_table" text not null,
        "word" text not null,
        constraint "search_vietnamese_word_pkey" primary key ("index_table", "word")
      );`)
    // pg_trgm comes with the stock provider's migration; without it a correction finds no nearest
    // word and the provider falls back to typo tolerance, as before.
    this.addSql(`
      do $$
      begin
        create index if not exists "search_vietnamese_word_trgm_idx"
          on "search_vietnamese_word" using gin ("word" gin_trgm_ops);
      exception when others then
        raise notice 'search-vietnamese: no trigram index on the vocabulary (%).', sqlerrm;
      end
      $$;`)
    this.addSql(`
      do $$
      declare t text;
      begin
        for t in select "table_name" from "search_postgres_index" where to_regclass(quote_ident("table_name")) is not null
        loop
          execute format(
            'insert into "search_vietnamese_word" ("index_table", "word")
             select distinct %L, w from %I, unnest(tsvector_to_array("search_vector")) w
             on conflict do nothing', t, t);
        end loop;
      end
      $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_vietnamese_word";`)
  }
}
