CREATE SEQUENCE "public"."cockpit_inputs_generation" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "cockpit_answers" (
	"plan_id" uuid NOT NULL,
	"period" text NOT NULL,
	"as_of" date NOT NULL,
	"generation" bigint NOT NULL,
	"body" text NOT NULL,
	"etag" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cockpit_answers_plan_id_period_as_of_pk" PRIMARY KEY("plan_id","period","as_of")
);
--> statement-breakpoint
ALTER TABLE "cockpit_answers" ADD CONSTRAINT "cockpit_answers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every table the cockpit's answer is made from moves the generation on, once per statement;
-- a cached answer of an older generation is not served (src/server/cockpit/queries.ts).
CREATE FUNCTION "cockpit_inputs_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('cockpit_inputs_generation');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_sections" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicators" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "zones" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_status" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cockpit_rollup" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_monthly" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_clearance_monthly" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "routes" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_nodes" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_links" FOR EACH STATEMENT EXECUTE FUNCTION "cockpit_inputs_changed"();
