CREATE TYPE "public"."archive_reason" AS ENUM('yearly', 'change_of_service', 'closing', 'before_deletion', 'moving_away');--> statement-breakpoint
CREATE TYPE "public"."transfer_kind" AS ENUM('within_unit', 'to_unit', 'to_municipality');--> statement-breakpoint
CREATE TYPE "public"."transfer_status" AS ENUM('pending', 'accepted', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "archive_obligation" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"reason" "archive_reason" NOT NULL,
	"due_on" date NOT NULL,
	"file_id" uuid,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"archive_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "archive_obligation_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "deleted_log_trace" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "deleted_log_trace_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "deletion_request" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"answer" text,
	CONSTRAINT "deletion_request_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "transfer" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"kind" "transfer_kind" NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"from_holder_person_id" uuid NOT NULL,
	"to_unit_id" uuid,
	"to_person_id" uuid,
	"to_municipality" text,
	"reason" text NOT NULL,
	"guardian_consent" text,
	"attention_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" "transfer_status" DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"new_holder_person_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "transfer_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "log" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "archive_obligation" ADD CONSTRAINT "archive_obligation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_obligation" ADD CONSTRAINT "archive_obligation_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_obligation" ADD CONSTRAINT "archive_obligation_file_fk" FOREIGN KEY ("municipality_id","file_id") REFERENCES "public"."stored_file"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deleted_log_trace" ADD CONSTRAINT "deleted_log_trace_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deleted_log_trace" ADD CONSTRAINT "deleted_log_trace_unit_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deletion_request" ADD CONSTRAINT "deletion_request_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deletion_request" ADD CONSTRAINT "deletion_request_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_from_unit_fk" FOREIGN KEY ("municipality_id","from_unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_to_unit_fk" FOREIGN KEY ("municipality_id","to_unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_from_holder_fk" FOREIGN KEY ("municipality_id","from_holder_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_to_person_fk" FOREIGN KEY ("municipality_id","to_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "archive_obligation_log_idx" ON "archive_obligation" USING btree ("municipality_id","log_id");--> statement-breakpoint
CREATE INDEX "archive_obligation_due_idx" ON "archive_obligation" USING btree ("municipality_id","due_on") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "deleted_log_trace_unit_idx" ON "deleted_log_trace" USING btree ("municipality_id","unit_id");--> statement-breakpoint
CREATE INDEX "deletion_request_log_idx" ON "deletion_request" USING btree ("municipality_id","log_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_one_pending_per_log_key" ON "transfer" USING btree ("municipality_id","log_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "transfer_log_idx" ON "transfer" USING btree ("municipality_id","log_id","created_at");--> statement-breakpoint
CREATE INDEX "transfer_to_unit_idx" ON "transfer" USING btree ("municipality_id","to_unit_id","status");--> statement-breakpoint
CREATE INDEX "transfer_to_person_idx" ON "transfer" USING btree ("municipality_id","to_person_id","status");--> statement-breakpoint
CREATE INDEX "transfer_from_holder_idx" ON "transfer" USING btree ("municipality_id","from_holder_person_id","status");