CREATE TABLE "import_receipts" (
	"sha256" text NOT NULL,
	"scope_key" text NOT NULL,
	"attachment_id" uuid,
	"audit_seq" bigint NOT NULL,
	"rows" integer NOT NULL,
	"inputs" integer NOT NULL,
	"skipped_blank" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_receipts_sha256_scope_key_pk" PRIMARY KEY("sha256","scope_key")
);
--> statement-breakpoint
ALTER TABLE "indicator_status" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "import_receipts" ADD CONSTRAINT "import_receipts_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;