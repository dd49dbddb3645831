CREATE TABLE "input_generation_marks" (
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "input_generations" (
	"name" text PRIMARY KEY NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- A generation moves at the writer's commit, in its transaction (see schema.ts). The first
-- writing statement of a transaction on an input table leaves one mark (a transaction-local flag
-- keeps the others to a setting lookup); the mark's deferred trigger moves the number and removes
-- the mark at the commit. So a statement of any size costs the same, and a rolled-back write
-- (or savepoint) moves nothing.
INSERT INTO "input_generations" ("name", "n") SELECT 'cockpit', last_value FROM "cockpit_inputs_generation";
--> statement-breakpoint
CREATE FUNCTION "input_generation_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('hubline.generation_' || TG_ARGV[0], true) IS DISTINCT FROM 'marked' THEN
    PERFORM set_config('hubline.generation_' || TG_ARGV[0], 'marked', true);
    INSERT INTO "input_generation_marks" ("name") VALUES (TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "input_generation_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "input_generations" SET "n" = "n" + 1 WHERE "name" = NEW."name";
  DELETE FROM "input_generation_marks" WHERE "name" = NEW."name";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "input_generation_move" AFTER INSERT ON "input_generation_marks" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "input_generation_move"();
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "plans";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "plan_sections";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_sections" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "indicators";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicators" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "zones";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "zones" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "indicator_status";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_status" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "cockpit_rollup";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cockpit_rollup" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "corridor_monthly";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_monthly" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "corridor_clearance_monthly";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_clearance_monthly" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "routes";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "routes" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "corridor_nodes";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_nodes" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP TRIGGER "cockpit_inputs_changed" ON "corridor_links";
--> statement-breakpoint
CREATE TRIGGER "cockpit_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "corridor_links" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('cockpit');
--> statement-breakpoint
DROP FUNCTION "cockpit_inputs_changed"();
--> statement-breakpoint
DROP SEQUENCE "public"."cockpit_inputs_generation";
