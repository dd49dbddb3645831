CREATE TABLE "corridor_clearance_monthly" (
	"month" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"median_minutes" double precision NOT NULL,
	"p90_minutes" double precision NOT NULL,
	"within_60" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "corridor_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"name" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "corridor_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"kind" text NOT NULL,
	"unlocode" text,
	"lat" double precision,
	"lon" double precision,
	"zone_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "corridor_nodes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "shipment_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text,
	"source" text NOT NULL,
	"status" text DEFAULT 'staging' NOT NULL,
	"rows" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"months" jsonb,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_staging" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"operator" text NOT NULL,
	"reference" text NOT NULL,
	"mode" text NOT NULL,
	"origin" text NOT NULL,
	"destination" text NOT NULL,
	"origin_country" text NOT NULL,
	"destination_country" text NOT NULL,
	"via_corridor" boolean NOT NULL,
	"node" text NOT NULL,
	"direction" text NOT NULL,
	"weight_kg" double precision NOT NULL,
	"teu" double precision,
	"value_cny" double precision NOT NULL,
	"currency" text,
	"declared_value" double precision,
	"fx_rate" double precision,
	"hs_code" text NOT NULL,
	"commodity_class" text NOT NULL,
	"fresh" boolean NOT NULL,
	"passed_at" timestamp with time zone NOT NULL,
	"month" text NOT NULL,
	"arrived_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"inspected" boolean NOT NULL,
	"content_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_versions" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"shipment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"replaced_by" uuid,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "corridor_monthly" DROP CONSTRAINT "corridor_monthly_month_zone_id_mode_pk";--> statement-breakpoint
ALTER TABLE "corridor_monthly" ALTER COLUMN "zone_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "corridor_monthly" ADD COLUMN "node_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "corridor_monthly" ADD COLUMN "direction" text NOT NULL;--> statement-breakpoint
ALTER TABLE "corridor_monthly" ADD COLUMN "via_corridor" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "corridor_monthly" ADD COLUMN "weight_kg" double precision NOT NULL;--> statement-breakpoint
ALTER TABLE "corridor_monthly" ADD COLUMN "asean_value_cny" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "operators" ADD COLUMN "code" text NOT NULL;--> statement-breakpoint
ALTER TABLE "operators" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "operators" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "routes" ADD COLUMN "airline" text;--> statement-breakpoint
ALTER TABLE "routes" ADD COLUMN "weekly_frequency" integer;--> statement-breakpoint
ALTER TABLE "routes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "routes" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "origin_country" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "destination_country" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "node_id" uuid;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "weight_kg" double precision;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "currency" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "declared_value" double precision;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "fx_rate" double precision;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "hs_code" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "commodity_class" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "fresh" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "passed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "month" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "released_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "inspected" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "standard" text DEFAULT 'dcsa' NOT NULL;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "event_type" text;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "classifier" text;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "event_key" text;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD COLUMN "payload" jsonb;--> statement-breakpoint
ALTER TABLE "corridor_links" ADD CONSTRAINT "corridor_links_from_node_id_corridor_nodes_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."corridor_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corridor_links" ADD CONSTRAINT "corridor_links_to_node_id_corridor_nodes_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."corridor_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corridor_nodes" ADD CONSTRAINT "corridor_nodes_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_versions" ADD CONSTRAINT "shipment_versions_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_versions" ADD CONSTRAINT "shipment_versions_replaced_by_shipment_imports_id_fk" FOREIGN KEY ("replaced_by") REFERENCES "public"."shipment_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shipment_staging_import_idx" ON "shipment_staging" USING btree ("import_id","operator","reference");--> statement-breakpoint
CREATE INDEX "shipment_versions_shipment_idx" ON "shipment_versions" USING btree ("shipment_id");--> statement-breakpoint
ALTER TABLE "corridor_monthly" ADD CONSTRAINT "corridor_monthly_node_id_corridor_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."corridor_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_node_id_corridor_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."corridor_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_import_id_shipment_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."shipment_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "corridor_monthly_uq" ON "corridor_monthly" USING btree ("month","node_id","mode","direction","via_corridor");--> statement-breakpoint
CREATE INDEX "shipments_month_idx" ON "shipments" USING btree ("month","node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tracking_events_key_uq" ON "tracking_events" USING btree ("shipment_id","event_key");--> statement-breakpoint
ALTER TABLE "operators" ADD CONSTRAINT "operators_code_unique" UNIQUE("code");