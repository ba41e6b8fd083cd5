CREATE TABLE "operator_session" (
	"id" text PRIMARY KEY NOT NULL,
	"secret_hash" "bytea" NOT NULL,
	"operator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idp_sid" text,
	"id_token" text
);
--> statement-breakpoint
CREATE TABLE "platform_operator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"national_id" char(11) NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_operator_national_id_check" CHECK (national_id ~ '^[0-9]{11}$')
);
--> statement-breakpoint
DROP INDEX "audit_event_at_idx";--> statement-breakpoint
DROP INDEX "audit_event_actor_idx";--> statement-breakpoint
ALTER TABLE "staff_membership" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "staff_membership" ADD COLUMN "external" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "operator_session" ADD CONSTRAINT "operator_session_operator_id_platform_operator_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."platform_operator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "operator_session_operator_idx" ON "operator_session" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "operator_session_idp_sid_idx" ON "operator_session" USING btree ("idp_sid");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_operator_national_id_key" ON "platform_operator" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "audit_event_list_idx" ON "audit_event" USING btree ("municipality_id","at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "audit_event_actor_at_idx" ON "audit_event" USING btree ("municipality_id","actor_person_id","at" DESC NULLS LAST);