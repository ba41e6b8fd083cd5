CREATE TYPE "public"."written_standard" AS ENUM('nb', 'nn');--> statement-breakpoint
CREATE TYPE "public"."unit_type" AS ENUM('kindergarten', 'school', 'health_station', 'school_health_service', 'ppt', 'child_welfare', 'specialist_health', 'nav', 'family_centre', 'other');--> statement-breakpoint
CREATE TABLE "municipality" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"written_standard" "written_standard" DEFAULT 'nb' NOT NULL,
	"branding" jsonb DEFAULT '{"accentColor":"#1f42aa"}'::jsonb NOT NULL,
	"logo" "bytea",
	"logo_mime" text,
	"settings" jsonb DEFAULT '{"consentAge":16,"consentValidityMonths":12,"attentionCategories":[],"evaluationPeriodDays":{"practical":21,"other":42}}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_slug_check" CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$'),
	CONSTRAINT "municipality_accent_color_check" CHECK (branding->>'accentColor' ~ '^#[0-9a-fA-F]{6}$'),
	CONSTRAINT "municipality_logo_check" CHECK ((logo is null and logo_mime is null) or (logo is not null and logo_mime in ('image/svg+xml', 'image/png')))
);
--> statement-breakpoint
CREATE TABLE "district" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "district_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "district_name_key" UNIQUE("municipality_id","name")
);
--> statement-breakpoint
CREATE TABLE "unit" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" "unit_type" NOT NULL,
	"children_served" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "unit_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "unit_name_key" UNIQUE("municipality_id","district_id","name"),
	CONSTRAINT "unit_children_served_check" CHECK (children_served >= 0)
);
--> statement-breakpoint
CREATE TABLE "district_leader" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "district_leader_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "district_leader_district_person_key" UNIQUE("municipality_id","district_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "guardianship" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"guardian_person_id" uuid NOT NULL,
	"child_person_id" uuid NOT NULL,
	CONSTRAINT "guardianship_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "guardianship_guardian_child_key" UNIQUE("municipality_id","guardian_person_id","child_person_id"),
	CONSTRAINT "guardianship_not_self_check" CHECK (guardian_person_id <> child_person_id)
);
--> statement-breakpoint
CREATE TABLE "municipality_admin" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "municipality_admin_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "municipality_admin_person_key" UNIQUE("municipality_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"national_id" char(11) NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "person_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "person_national_id_key" UNIQUE("municipality_id","national_id"),
	CONSTRAINT "person_national_id_check" CHECK (national_id ~ '^[0-9]{11}$')
);
--> statement-breakpoint
CREATE TABLE "staff_membership" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"can_hold" boolean DEFAULT false NOT NULL,
	"can_act" boolean DEFAULT false NOT NULL,
	"is_super_user" boolean DEFAULT false NOT NULL,
	"is_unit_leader" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "staff_membership_pkey" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "staff_membership_unit_person_key" UNIQUE("municipality_id","unit_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"municipality_id" uuid NOT NULL,
	"id" text NOT NULL,
	"secret_hash" "bytea" NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idp_sid" text,
	"id_token" text,
	CONSTRAINT "session_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_person_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "audit_event_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "district" ADD CONSTRAINT "district_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit" ADD CONSTRAINT "unit_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit" ADD CONSTRAINT "unit_district_fk" FOREIGN KEY ("municipality_id","district_id") REFERENCES "public"."district"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_leader" ADD CONSTRAINT "district_leader_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_leader" ADD CONSTRAINT "district_leader_district_fk" FOREIGN KEY ("municipality_id","district_id") REFERENCES "public"."district"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_leader" ADD CONSTRAINT "district_leader_person_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianship" ADD CONSTRAINT "guardianship_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianship" ADD CONSTRAINT "guardianship_guardian_fk" FOREIGN KEY ("municipality_id","guardian_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianship" ADD CONSTRAINT "guardianship_child_fk" FOREIGN KEY ("municipality_id","child_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_admin" ADD CONSTRAINT "municipality_admin_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_admin" ADD CONSTRAINT "municipality_admin_person_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_membership" ADD CONSTRAINT "staff_membership_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_membership" ADD CONSTRAINT "staff_membership_unit_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_membership" ADD CONSTRAINT "staff_membership_person_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_person_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "municipality_slug_key" ON "municipality" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "district_leader_person_idx" ON "district_leader" USING btree ("municipality_id","person_id");--> statement-breakpoint
CREATE INDEX "guardianship_child_idx" ON "guardianship" USING btree ("municipality_id","child_person_id");--> statement-breakpoint
CREATE INDEX "staff_membership_person_idx" ON "staff_membership" USING btree ("municipality_id","person_id");--> statement-breakpoint
CREATE INDEX "session_person_idx" ON "session" USING btree ("municipality_id","person_id");--> statement-breakpoint
CREATE INDEX "session_id_idx" ON "session" USING btree ("id");--> statement-breakpoint
CREATE INDEX "session_idp_sid_idx" ON "session" USING btree ("idp_sid");--> statement-breakpoint
CREATE INDEX "audit_event_at_idx" ON "audit_event" USING btree ("municipality_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("municipality_id","entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("municipality_id","actor_person_id","at");