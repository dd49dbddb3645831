-- The kept answers of the read endpoints (indicator overview, gaps, entry form, plan detail;
-- core/answers.ts) are good while the `reads` generation has not moved. It moves at the commit of
-- a transaction that wrote any table one of those reads reads, or that decides a caller's scope
-- (users, their roles, units): the same mark and deferred move as the cockpit's (0015).
INSERT INTO "input_generations" ("name", "n") VALUES ('reads', 0);
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "plan_sections" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tasks" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "task_assignments" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicators" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_targets" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_milestones" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_zones" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_status" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "observations" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "zones" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
-- users: only the columns a read can show or that decide who the caller is. A sign-in writes the
-- login bookkeeping (failed_logins, locked_until, last_login_at) and must not drop every answer.
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed_columns" AFTER UPDATE OF "username", "display_name", "unit_id", "active" ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
--> statement-breakpoint
CREATE TRIGGER "reads_inputs_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "user_roles" FOR EACH STATEMENT EXECUTE FUNCTION "input_generation_mark"('reads');
