CREATE TYPE "public"."evaluation_decision" AS ENUM('continue', 'change', 'end');--> statement-breakpoint
CREATE TYPE "public"."evaluation_outcome" AS ENUM('worked', 'partly', 'did_not_work');--> statement-breakpoint
CREATE TYPE "public"."log_status" AS ENUM('active', 'passive', 'deleted');--> statement-breakpoint
CREATE TYPE "public"."measure_responsible" AS ENUM('service', 'home', 'child');--> statement-breakpoint
CREATE TYPE "public"."measure_status" AS ENUM('active', 'ended', 'wrongly_registered');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('planned', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."note_kind" AS ENUM('private', 'log');--> statement-breakpoint
CREATE TABLE "stored_file" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"mime" text NOT NULL,
	"filename" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_file_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "stored_file_size_check" CHECK (byte_size > 0 and byte_size = octet_length(content))
);
--> statement-breakpoint
CREATE TABLE "access_grant" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attention_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"mentor" boolean DEFAULT false NOT NULL,
	"guardian_consent" text NOT NULL,
	"granted_by" uuid NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "access_grant_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "attention" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"maintaining_factors" text DEFAULT '' NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"signs_of_success" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"ended" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "attention_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "bright_spot" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"attention_id" uuid,
	"author_person_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bright_spot_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"consented_by" text NOT NULL,
	"by_youth" boolean DEFAULT false NOT NULL,
	"consented_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"services" "unit_type"[] NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "consent_period_check" CHECK (valid_until >= consented_on)
);
--> statement-breakpoint
CREATE TABLE "evaluation" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"outcome" "evaluation_outcome" NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"family_view" text DEFAULT '' NOT NULL,
	"decision" "evaluation_decision" NOT NULL,
	"meeting_id" uuid,
	"evaluated_by" uuid NOT NULL,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "evaluation_once_per_measure_key" UNIQUE("municipality_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "log" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"holder_person_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"status" "log_status" DEFAULT 'active' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"reopens_log_id" uuid,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "log_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "log_level_check" CHECK (level between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "measure" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"attention_id" uuid NOT NULL,
	"text" text NOT NULL,
	"responsible" "measure_responsible" NOT NULL,
	"actor_person_id" uuid,
	"start_date" date NOT NULL,
	"deadline" date NOT NULL,
	"step" integer DEFAULT 1 NOT NULL,
	"status" "measure_status" DEFAULT 'active' NOT NULL,
	"replaces_measure_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "measure_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "measure_one_responsible_check" CHECK ((responsible = 'service') = (actor_person_id is not null)),
	CONSTRAINT "measure_deadline_check" CHECK (deadline >= start_date),
	CONSTRAINT "measure_step_check" CHECK (step >= 1)
);
--> statement-breakpoint
CREATE TABLE "measure_event" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"before" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"after" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	"by_person_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_event_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"status" "meeting_status" DEFAULT 'planned' NOT NULL,
	"meeting_evaluation" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meeting_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "meeting_duration_check" CHECK (duration_minutes between 5 and 600)
);
--> statement-breakpoint
CREATE TABLE "meeting_attention" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"attention_id" uuid NOT NULL,
	CONSTRAINT "meeting_attention_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "meeting_attention_key" UNIQUE("municipality_id","meeting_id","attention_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_participant" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"email" text,
	CONSTRAINT "meeting_participant_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "note" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"kind" "note_kind" NOT NULL,
	"attention_id" uuid,
	"author_person_id" uuid NOT NULL,
	"text" text NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "note_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "note_log_note_on_attention_check" CHECK (kind = 'private' or attention_id is not null),
	CONSTRAINT "note_private_not_restricted_check" CHECK (kind = 'log' or not restricted)
);
--> statement-breakpoint
CREATE TABLE "note_attachment" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "note_attachment_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "mail_outbox_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_uploaded_by_fk" FOREIGN KEY ("municipality_id","uploaded_by") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grant" ADD CONSTRAINT "access_grant_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grant" ADD CONSTRAINT "access_grant_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_grant" ADD CONSTRAINT "access_grant_person_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attention" ADD CONSTRAINT "attention_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attention" ADD CONSTRAINT "attention_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bright_spot" ADD CONSTRAINT "bright_spot_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bright_spot" ADD CONSTRAINT "bright_spot_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bright_spot" ADD CONSTRAINT "bright_spot_attention_fk" FOREIGN KEY ("municipality_id","attention_id") REFERENCES "public"."attention"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_file_fk" FOREIGN KEY ("municipality_id","file_id") REFERENCES "public"."stored_file"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_measure_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log" ADD CONSTRAINT "log_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log" ADD CONSTRAINT "log_child_fk" FOREIGN KEY ("municipality_id","child_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log" ADD CONSTRAINT "log_holder_fk" FOREIGN KEY ("municipality_id","holder_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log" ADD CONSTRAINT "log_unit_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log" ADD CONSTRAINT "log_reopens_fk" FOREIGN KEY ("municipality_id","reopens_log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_attention_fk" FOREIGN KEY ("municipality_id","attention_id") REFERENCES "public"."attention"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_actor_fk" FOREIGN KEY ("municipality_id","actor_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_replaces_fk" FOREIGN KEY ("municipality_id","replaces_measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_event" ADD CONSTRAINT "measure_event_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_event" ADD CONSTRAINT "measure_event_measure_fk" FOREIGN KEY ("municipality_id","measure_id") REFERENCES "public"."measure"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attention" ADD CONSTRAINT "meeting_attention_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attention" ADD CONSTRAINT "meeting_attention_meeting_fk" FOREIGN KEY ("municipality_id","meeting_id") REFERENCES "public"."meeting"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attention" ADD CONSTRAINT "meeting_attention_attention_fk" FOREIGN KEY ("municipality_id","attention_id") REFERENCES "public"."attention"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_meeting_fk" FOREIGN KEY ("municipality_id","meeting_id") REFERENCES "public"."meeting"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_person_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note" ADD CONSTRAINT "note_attention_fk" FOREIGN KEY ("municipality_id","attention_id") REFERENCES "public"."attention"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_attachment" ADD CONSTRAINT "note_attachment_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_attachment" ADD CONSTRAINT "note_attachment_note_fk" FOREIGN KEY ("municipality_id","note_id") REFERENCES "public"."note"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_attachment" ADD CONSTRAINT "note_attachment_file_fk" FOREIGN KEY ("municipality_id","file_id") REFERENCES "public"."stored_file"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_grant_person_idx" ON "access_grant" USING btree ("municipality_id","person_id");--> statement-breakpoint
CREATE INDEX "access_grant_log_idx" ON "access_grant" USING btree ("municipality_id","log_id");--> statement-breakpoint
CREATE INDEX "attention_log_idx" ON "attention" USING btree ("municipality_id","log_id","position");--> statement-breakpoint
CREATE INDEX "bright_spot_log_idx" ON "bright_spot" USING btree ("municipality_id","log_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consent_log_idx" ON "consent" USING btree ("municipality_id","log_id","recorded_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "evaluation_log_idx" ON "evaluation" USING btree ("municipality_id","log_id");--> statement-breakpoint
CREATE UNIQUE INDEX "log_one_active_per_child_key" ON "log" USING btree ("municipality_id","child_person_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "log_holder_idx" ON "log" USING btree ("municipality_id","holder_person_id","status");--> statement-breakpoint
CREATE INDEX "log_unit_idx" ON "log" USING btree ("municipality_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "log_child_idx" ON "log" USING btree ("municipality_id","child_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_one_active_per_actor_key" ON "measure" USING btree ("municipality_id","attention_id","actor_person_id") WHERE status = 'active' and actor_person_id is not null;--> statement-breakpoint
CREATE INDEX "measure_attention_idx" ON "measure" USING btree ("municipality_id","attention_id","step");--> statement-breakpoint
CREATE INDEX "measure_log_idx" ON "measure" USING btree ("municipality_id","log_id");--> statement-breakpoint
CREATE INDEX "measure_actor_idx" ON "measure" USING btree ("municipality_id","actor_person_id");--> statement-breakpoint
CREATE INDEX "measure_event_measure_idx" ON "measure_event" USING btree ("municipality_id","measure_id","at");--> statement-breakpoint
CREATE INDEX "meeting_log_idx" ON "meeting" USING btree ("municipality_id","log_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_participant_meeting_idx" ON "meeting_participant" USING btree ("municipality_id","meeting_id");--> statement-breakpoint
CREATE INDEX "note_log_idx" ON "note" USING btree ("municipality_id","log_id","created_at");--> statement-breakpoint
CREATE INDEX "note_attachment_note_idx" ON "note_attachment" USING btree ("municipality_id","note_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_unsent_idx" ON "mail_outbox" USING btree ("municipality_id","created_at") WHERE sent_at is null;