import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129132648 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_event_buyer" drop constraint if exists "trade_event_buyer_event_id_business_id_unique";`,
    )
    this.addSql(
      `alter table if exists "trade_exhibitor" drop constraint if exists "trade_exhibitor_event_id_subject_id_unique";`,
    )
    this.addSql(`alter table if exists "trade_event" drop constraint if exists "trade_event_handle_unique";`)
    this.addSql(
      `alter table if exists "trade_sales_point" drop constraint if exists "trade_sales_point_stock_location_id_unique";`,
    )
    this.addSql(`alter table if exists "trade_sales_point" drop constraint if exists "trade_sales_point_key_unique";`)
    this.addSql(
      `alter table if exists "trade_meeting_booking" drop constraint if exists "trade_meeting_booking_event_id_slot_start_holder_unique";`,
    )
    this.addSql(`alter table if exists "trade_business" drop constraint if exists "trade_business_tax_code_unique";`)
    this.addSql(`alter table if exists "trade_business" drop constraint if exists "trade_business_customer_id_unique";`)
    this.addSql(
      `create table if not exists "trade_agreement" ("id" text not null, "kind" text check ("kind" in ('mou', 'contract')) not null, "status" text check ("status" in ('draft', 'signed_mou', 'contract', 'in_delivery', 'fulfilled', 'cancelled', 'expired')) not null default 'draft', "buyer_id" text not null, "seller_id" text not null, "event_id" text null, "meeting_id" text null, "value" numeric not null, "term_start" text not null, "term_end" text not null, "buyer_signed_at" timestamptz null, "seller_signed_at" timestamptz null, "signed_on" text null, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_agreement_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_buyer_id" ON "trade_agreement" ("buyer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_seller_id" ON "trade_agreement" ("seller_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_deleted_at" ON "trade_agreement" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_agreement_document" ("id" text not null, "agreement_id" text not null, "file_id" text not null, "filename" text not null, "size" integer not null, "uploaded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_agreement_document_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_document_agreement_id" ON "trade_agreement_document" ("agreement_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_document_deleted_at" ON "trade_agreement_document" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_agreement_line" ("id" text not null, "agreement_id" text not null, "product_id" text not null, "title" text not null, "quantity" integer not null, "unit_price" numeric not null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_agreement_line_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_line_agreement_id" ON "trade_agreement_line" ("agreement_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_line_product_id" ON "trade_agreement_line" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_agreement_line_deleted_at" ON "trade_agreement_line" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_business" ("id" text not null, "customer_id" text not null, "company_name" text not null, "tax_code" text not null, "type" text check ("type" in ('distributor', 'supermarket', 'hotel_restaurant', 'exporter', 'processor', 'producer')) not null, "subject_id" text null, "commune_code" text null, "latitude" real null, "longitude" real null, "phone" text null, "status" text check ("status" in ('pending', 'verified', 'rejected')) not null default 'pending', "verified_at" timestamptz null, "verified_by" text null, "review_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_business_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_business_customer_id_unique" ON "trade_business" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_business_tax_code_unique" ON "trade_business" ("tax_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_business_subject_id" ON "trade_business" ("subject_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_business_deleted_at" ON "trade_business" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_delivery" ("id" text not null, "agreement_id" text not null, "delivered_on" text not null, "quantity" integer not null, "value" numeric not null, "order_id" text null, "note" text null, "recorded_by" text not null, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_delivery_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_delivery_agreement_id" ON "trade_delivery" ("agreement_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_delivery_deleted_at" ON "trade_delivery" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_meeting" ("id" text not null, "event_id" text not null, "requester_id" text not null, "counterpart_id" text not null, "need_id" text null, "offer_id" text null, "slot_start" timestamptz not null, "table_no" integer null, "status" text check ("status" in ('requested', 'accepted', 'declined', 'cancelled')) not null default 'requested', "message" text null, "requester_notes" text null, "counterpart_notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_meeting_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_meeting_deleted_at" ON "trade_meeting" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_meeting_requester_id" ON "trade_meeting" ("requester_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_meeting_counterpart_id" ON "trade_meeting" ("counterpart_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_meeting_event_id_slot_start" ON "trade_meeting" ("event_id", "slot_start") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_meeting_booking" ("id" text not null, "meeting_id" text not null, "event_id" text not null, "slot_start" timestamptz not null, "holder" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_meeting_booking_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_meeting_booking_meeting_id" ON "trade_meeting_booking" ("meeting_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_meeting_booking_deleted_at" ON "trade_meeting_booking" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_meeting_booking_event_id_slot_start_holder_unique" ON "trade_meeting_booking" ("event_id", "slot_start", "holder") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_need" ("id" text not null, "business_id" text not null, "title" text not null, "group_code" text null, "keywords" text[] not null default '{}', "quantity" integer not null, "min_stars" integer not null default 3, "commune_code" text null, "latitude" real null, "longitude" real null, "deadline" text not null, "price_ceiling" integer null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_need_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_need_business_id" ON "trade_need" ("business_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_need_deleted_at" ON "trade_need" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_offer" ("id" text not null, "business_id" text not null, "product_id" text not null, "monthly_capacity" integer not null, "price_min" integer not null, "price_max" integer not null, "delivery_radius_km" integer null, "certifications" text[] not null default '{}', "note" text null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_offer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_offer_business_id" ON "trade_offer" ("business_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_offer_product_id" ON "trade_offer" ("product_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_offer_deleted_at" ON "trade_offer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_sales_point" ("id" text not null, "key" text not null, "stock_location_id" text not null, "type" text check ("type" in ('administrative_centre', 'traditional_market', 'supermarket', 'tourist_site', 'festival', 'craft_village', 'station', 'other')) not null, "commune_code" text not null, "latitude" real null, "longitude" real null, "opening_hours" text null, "operator" text null, "tours" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_sales_point_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_sales_point_key_unique" ON "trade_sales_point" ("key") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_sales_point_stock_location_id_unique" ON "trade_sales_point" ("stock_location_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_sales_point_commune_code" ON "trade_sales_point" ("commune_code") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_sales_point_deleted_at" ON "trade_sales_point" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_event" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('fair', 'conference', 'delegation', 'festival')) not null, "name" text not null, "name_en" text null, "starts_on" text not null, "ends_on" text not null, "venue" text not null, "commune_code" text null, "organiser" text not null, "description" text null, "programme" jsonb not null default '{"items":[]}', "meeting_from" text not null default '08:00', "meeting_to" text not null default '17:00', "slot_minutes" integer not null default 30, "tables" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_event_handle_unique" ON "trade_event" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_deleted_at" ON "trade_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_exhibitor" ("id" text not null, "event_id" text not null, "subject_id" text not null, "booth" text null, "product_ids" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_exhibitor_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_exhibitor_event_id" ON "trade_exhibitor" ("event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_exhibitor_deleted_at" ON "trade_exhibitor" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_exhibitor_event_id_subject_id_unique" ON "trade_exhibitor" ("event_id", "subject_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "trade_event_buyer" ("id" text not null, "event_id" text not null, "business_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trade_event_buyer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_buyer_event_id" ON "trade_event_buyer" ("event_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_trade_event_buyer_deleted_at" ON "trade_event_buyer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trade_event_buyer_event_id_business_id_unique" ON "trade_event_buyer" ("event_id", "business_id") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "trade_agreement_document" add constraint "trade_agreement_document_agreement_id_foreign" foreign key ("agreement_id") references "trade_agreement" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "trade_agreement_line" add constraint "trade_agreement_line_agreement_id_foreign" foreign key ("agreement_id") references "trade_agreement" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "trade_delivery" add constraint "trade_delivery_agreement_id_foreign" foreign key ("agreement_id") references "trade_agreement" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "trade_exhibitor" add constraint "trade_exhibitor_event_id_foreign" foreign key ("event_id") references "trade_event" ("id") on update cascade;`,
    )

    this.addSql(
      `alter table if exists "trade_event_buyer" add constraint "trade_event_buyer_event_id_foreign" foreign key ("event_id") references "trade_event" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "trade_agreement_document" drop constraint if exists "trade_agreement_document_agreement_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "trade_agreement_line" drop constraint if exists "trade_agreement_line_agreement_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "trade_delivery" drop constraint if exists "trade_delivery_agreement_id_foreign";`,
    )

    this.addSql(`alter table if exists "trade_exhibitor" drop constraint if exists "trade_exhibitor_event_id_foreign";`)

    this.addSql(
      `alter table if exists "trade_event_buyer" drop constraint if exists "trade_event_buyer_event_id_foreign";`,
    )

    this.addSql(`drop table if exists "trade_agreement" cascade;`)

    this.addSql(`drop table if exists "trade_agreement_document" cascade;`)

    this.addSql(`drop table if exists "trade_agreement_line" cascade;`)

    this.addSql(`drop table if exists "trade_business" cascade;`)

    this.addSql(`drop table if exists "trade_delivery" cascade;`)

    this.addSql(`drop table if exists "trade_meeting" cascade;`)

    this.addSql(`drop table if exists "trade_meeting_booking" cascade;`)

    this.addSql(`drop table if exists "trade_need" cascade;`)

    this.addSql(`drop table if exists "trade_offer" cascade;`)

    this.addSql(`drop table if exists "trade_sales_point" cascade;`)

    this.addSql(`drop table if exists "trade_event" cascade;`)

    this.addSql(`drop table if exists "trade_exhibitor" cascade;`)

    this.addSql(`drop table if exists "trade_event_buyer" cascade;`)
  }
}
