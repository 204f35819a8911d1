-- CreateEnum
CREATE TYPE "Role" AS ENUM ('docente', 'director', 'especialista_ugel', 'especialista_dre', 'admin');

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('inicial', 'primaria', 'secundaria', 'eba', 'ebe');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('telegram', 'slack', 'console');

-- CreateEnum
CREATE TYPE "RegistrationKind" AS ENUM ('buena_practica', 'proyecto_innovacion');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('enviada', 'observada', 'aceptada', 'ganadora', 'no_ganadora', 'retirada');

-- CreateEnum
CREATE TYPE "StageKind" AS ENUM ('inscripcion', 'ie', 'ugel', 'regional', 'macroregional', 'nacional', 'resultados', 'otro');

-- CreateEnum
CREATE TYPE "AtaMilestone" AS ENUM ('inicio', 'proceso', 'cierre');

-- CreateEnum
CREATE TYPE "AnnouncementStatus" AS ENUM ('borrador', 'programado', 'enviando', 'enviado', 'cancelado');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('asistire', 'no_podre');

-- CreateEnum
CREATE TYPE "DeliveryKind" AS ENUM ('reminder', 'ata', 'ata_resend', 'notice', 'system');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sending', 'sent', 'failed', 'unreachable', 'cancelled');

-- CreateTable
CREATE TABLE "Ugel" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "isDre" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Ugel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "displayName" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'es',
    "role" "Role",
    "ugelId" TEXT,
    "schoolId" INTEGER,
    "levels" "Level"[],
    "consentAt" TIMESTAMPTZ(3),
    "consentVersion" TEXT,
    "onboardedAt" TIMESTAMPTZ(3),
    "remindersMuted" BOOLEAN NOT NULL DEFAULT false,
    "reminderOffsets" INTEGER[] DEFAULT ARRAY[7, 3, 1, 0]::INTEGER[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelIdentity" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "channel" "Channel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "chatRef" TEXT,
    "unreachable" BOOLEAN NOT NULL DEFAULT false,
    "unreachableAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" SERIAL NOT NULL,
    "codigoModular" CHAR(7) NOT NULL,
    "name" TEXT NOT NULL,
    "ugelId" TEXT,
    "level" "Level",
    "area" TEXT,
    "modality" TEXT,
    "schoolType" TEXT,
    "district" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationEdition" (
    "kind" "RegistrationKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,
    "opensOn" DATE,
    "closesOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationEdition_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "RegistrationCategory" (
    "id" SERIAL NOT NULL,
    "kind" "RegistrationKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "practiceType" TEXT,
    "parentId" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "minYearsRunning" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "RegistrationCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "kind" "RegistrationKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'enviada',
    "ownerId" INTEGER NOT NULL,
    "ugelId" TEXT NOT NULL,
    "schoolId" INTEGER,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "categoryId" INTEGER,
    "answers" JSONB NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationMember" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "memberRole" TEXT NOT NULL,
    "names" TEXT NOT NULL,
    "surnames" TEXT NOT NULL,
    "dni" CHAR(8) NOT NULL,
    "condition" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegistrationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationAttachment" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "fileRef" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationStatusChange" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "fromStatus" "RegistrationStatus",
    "toStatus" "RegistrationStatus" NOT NULL,
    "comment" TEXT,
    "actorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationCounter" (
    "kind" "RegistrationKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegistrationCounter_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "Contest" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "aliases" TEXT[],
    "organizer" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "levels" "Level"[],
    "grades" TEXT,
    "categories" TEXT[],
    "basesUrl" TEXT,
    "notes" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "importedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestStage" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "kind" "StageKind" NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "registrationOpens" DATE,
    "registrationCloses" DATE,
    "eventStart" DATE,
    "eventEnd" DATE,
    "place" TEXT,

    CONSTRAINT "ContestStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "contestId" INTEGER,
    "muted" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AtaAnnouncement" (
    "id" SERIAL NOT NULL,
    "milestone" "AtaMilestone" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sessionAt" TIMESTAMPTZ(3),
    "sessionPlace" TEXT,
    "sessionLink" TEXT,
    "authorId" INTEGER NOT NULL,
    "audienceUgels" TEXT[],
    "audienceRoles" "Role"[],
    "audienceLevels" "Level"[],
    "audienceSchoolId" INTEGER,
    "status" "AnnouncementStatus" NOT NULL DEFAULT 'borrador',
    "scheduledFor" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "AtaAnnouncement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AtaAcknowledgement" (
    "id" SERIAL NOT NULL,
    "announcementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "receivedAt" TIMESTAMPTZ(3),
    "attendance" "Attendance",
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AtaAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "kind" "DeliveryKind" NOT NULL,
    "personId" INTEGER NOT NULL,
    "identityId" INTEGER,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "notBefore" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "externalRef" TEXT,
    "lastError" TEXT,
    "announcementId" INTEGER,
    "registrationId" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchedulerRun" (
    "job" TEXT NOT NULL,
    "runDate" DATE NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "detail" JSONB,

    CONSTRAINT "SchedulerRun_pkey" PRIMARY KEY ("job","runDate")
);

-- CreateTable
CREATE TABLE "ConversationDraft" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "formId" TEXT NOT NULL,
    "stepKey" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "context" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConversationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationState" (
    "personId" INTEGER NOT NULL,
    "flow" TEXT,
    "data" JSONB,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConversationState_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "channel" "Channel" NOT NULL,
    "updateId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("channel","updateId")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" SERIAL NOT NULL,
    "codeHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "ugelId" TEXT,
    "createdById" INTEGER,
    "createdByLabel" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "usedById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" SERIAL NOT NULL,
    "codeHash" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ugel_slug_key" ON "Ugel"("slug");

-- CreateIndex
CREATE INDEX "Person_ugelId_role_idx" ON "Person"("ugelId", "role");

-- CreateIndex
CREATE INDEX "ChannelIdentity_personId_idx" ON "ChannelIdentity"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelIdentity_channel_externalId_key" ON "ChannelIdentity"("channel", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "School_codigoModular_key" ON "School"("codigoModular");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationCategory_kind_year_code_key" ON "RegistrationCategory"("kind", "year", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_code_key" ON "Registration"("code");

-- CreateIndex
CREATE INDEX "Registration_ugelId_kind_year_status_idx" ON "Registration"("ugelId", "kind", "year", "status");

-- CreateIndex
CREATE INDEX "Registration_ownerId_idx" ON "Registration"("ownerId");

-- CreateIndex
CREATE INDEX "Registration_schoolId_year_idx" ON "Registration"("schoolId", "year");

-- CreateIndex
CREATE INDEX "RegistrationMember_registrationId_idx" ON "RegistrationMember"("registrationId");

-- CreateIndex
CREATE INDEX "RegistrationAttachment_registrationId_idx" ON "RegistrationAttachment"("registrationId");

-- CreateIndex
CREATE INDEX "RegistrationStatusChange_registrationId_idx" ON "RegistrationStatusChange"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Contest_slug_year_key" ON "Contest"("slug", "year");

-- CreateIndex
CREATE INDEX "ContestStage_contestId_idx" ON "ContestStage"("contestId");

-- CreateIndex
CREATE INDEX "ContestStage_registrationCloses_idx" ON "ContestStage"("registrationCloses");

-- CreateIndex
CREATE INDEX "ContestStage_eventStart_idx" ON "ContestStage"("eventStart");

-- CreateIndex
CREATE INDEX "Subscription_contestId_idx" ON "Subscription"("contestId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_personId_contestId_key" ON "Subscription"("personId", "contestId");

-- CreateIndex
CREATE INDEX "AtaAnnouncement_status_scheduledFor_idx" ON "AtaAnnouncement"("status", "scheduledFor");

-- CreateIndex
CREATE UNIQUE INDEX "AtaAcknowledgement_announcementId_personId_key" ON "AtaAcknowledgement"("announcementId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_idempotencyKey_key" ON "Delivery"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Delivery_status_notBefore_idx" ON "Delivery"("status", "notBefore");

-- CreateIndex
CREATE INDEX "Delivery_announcementId_status_idx" ON "Delivery"("announcementId", "status");

-- CreateIndex
CREATE INDEX "Delivery_personId_idx" ON "Delivery"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationDraft_personId_formId_key" ON "ConversationDraft"("personId", "formId");

-- CreateIndex
CREATE INDEX "ProcessedUpdate_createdAt_idx" ON "ProcessedUpdate"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_codeHash_key" ON "Invite"("codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "LinkCode_codeHash_key" ON "LinkCode"("codeHash");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_ugelId_fkey" FOREIGN KEY ("ugelId") REFERENCES "Ugel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelIdentity" ADD CONSTRAINT "ChannelIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_ugelId_fkey" FOREIGN KEY ("ugelId") REFERENCES "Ugel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationCategory" ADD CONSTRAINT "RegistrationCategory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "RegistrationCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_ugelId_fkey" FOREIGN KEY ("ugelId") REFERENCES "Ugel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationMember" ADD CONSTRAINT "RegistrationMember_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationAttachment" ADD CONSTRAINT "RegistrationAttachment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationStatusChange" ADD CONSTRAINT "RegistrationStatusChange_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationStatusChange" ADD CONSTRAINT "RegistrationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestStage" ADD CONSTRAINT "ContestStage_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AtaAnnouncement" ADD CONSTRAINT "AtaAnnouncement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AtaAnnouncement" ADD CONSTRAINT "AtaAnnouncement_audienceSchoolId_fkey" FOREIGN KEY ("audienceSchoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AtaAcknowledgement" ADD CONSTRAINT "AtaAcknowledgement_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "AtaAnnouncement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AtaAcknowledgement" ADD CONSTRAINT "AtaAcknowledgement_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChannelIdentity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "AtaAnnouncement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationDraft" ADD CONSTRAINT "ConversationDraft_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationState" ADD CONSTRAINT "ConversationState_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_ugelId_fkey" FOREIGN KEY ("ugelId") REFERENCES "Ugel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkCode" ADD CONSTRAINT "LinkCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
