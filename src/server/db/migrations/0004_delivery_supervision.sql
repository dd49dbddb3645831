CREATE TABLE "alert_rules" (
	"kind" text PRIMARY KEY NOT NULL,
	"params" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "measure_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"unit_id" uuid,
	"user_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_evidence" (
	"rectification_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	CONSTRAINT "rectification_evidence_rectification_id_attachment_id_pk" PRIMARY KEY("rectification_id","attachment_id")
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"comment" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "kind" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "task_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "indicator_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "reason_en" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "since" date;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "supersedes_id" uuid;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "approved_by" uuid;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "percent_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "role" text DEFAULT 'lead' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "progress" text DEFAULT 'not_started' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "problems" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "next_steps" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "coordination" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "milestone_progress" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rectifications" ADD COLUMN "kind" text DEFAULT 'report' NOT NULL;--> statement-breakpoint
ALTER TABLE "rectifications" ADD COLUMN "comment" text;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "due_day" integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "status" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "opened_by" uuid;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD COLUMN "report_id" uuid;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD COLUMN "source" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD COLUMN "level" text DEFAULT 'reminder' NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD COLUMN "escalated_on" date;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD COLUMN "liaison_id" uuid;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD COLUMN "leader_id" uuid;--> statement-breakpoint
ALTER TABLE "measure_comments" ADD CONSTRAINT "measure_comments_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_comments" ADD CONSTRAINT "measure_comments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_comments" ADD CONSTRAINT "measure_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_evidence" ADD CONSTRAINT "rectification_evidence_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "public"."rectifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_evidence" ADD CONSTRAINT "rectification_evidence_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_versions_report_idx" ON "report_versions" USING btree ("report_id");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_supersedes_id_measures_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_liaison_id_users_id_fk" FOREIGN KEY ("liaison_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_open_key_uq" ON "alerts" USING btree ("key") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "alerts_unit_idx" ON "alerts" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "measures_task_idx" ON "measures" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "milestones_task_idx" ON "milestones" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_uq" ON "progress_reports" USING btree ("task_id","unit_id","cycle_id");