ALTER TABLE "plan_sections" ADD COLUMN "ref" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "section_ref" text;