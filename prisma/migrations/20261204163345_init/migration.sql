-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "statusPageUrl" TEXT NOT NULL,
    "sourceFormat" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceState" (
    "serviceId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "officialState" TEXT NOT NULL,
    "signal" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "sourceUpdatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ServiceState_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "SourceState" (
    "serviceId" TEXT NOT NULL,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "lastAttemptAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "etag" TEXT,
    "lastModified" TEXT,
    "officialState" TEXT,
    "officialDescription" TEXT,
    "officialUpdatedAt" TIMESTAMPTZ(3),
    "lastErrorKind" TEXT,
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),

    CONSTRAINT "SourceState_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "Component" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "group" TEXT,
    "state" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Component_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "url" TEXT,
    "componentIds" TEXT[],
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),
    "scheduledFor" TIMESTAMPTZ(3),
    "scheduledUntil" TIMESTAMPTZ(3),
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentUpdate" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IncidentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateEvent" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "componentId" TEXT,
    "state" TEXT NOT NULL,
    "signal" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProbeSample" (
    "id" BIGSERIAL NOT NULL,
    "serviceId" TEXT NOT NULL,
    "probeId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "status" INTEGER,
    "latencyMs" INTEGER NOT NULL,
    "error" TEXT,

    CONSTRAINT "ProbeSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProbeState" (
    "serviceId" TEXT NOT NULL,
    "probeId" TEXT NOT NULL,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "consecutiveSuccesses" INTEGER NOT NULL DEFAULT 0,
    "failingSince" TIMESTAMPTZ(3),
    "suspectedSince" TIMESTAMPTZ(3),
    "lastAt" TIMESTAMPTZ(3) NOT NULL,
    "lastOk" BOOLEAN NOT NULL,
    "lastStatus" INTEGER,
    "lastLatencyMs" INTEGER NOT NULL,
    "lastError" TEXT,

    CONSTRAINT "ProbeState_pkey" PRIMARY KEY ("serviceId","probeId")
);

-- CreateTable
CREATE TABLE "UptimeRollup" (
    "serviceId" TEXT NOT NULL,
    "granularity" TEXT NOT NULL,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "operationalSec" INTEGER NOT NULL DEFAULT 0,
    "degradedSec" INTEGER NOT NULL DEFAULT 0,
    "outageSec" INTEGER NOT NULL DEFAULT 0,
    "maintenanceSec" INTEGER NOT NULL DEFAULT 0,
    "unknownSec" INTEGER NOT NULL DEFAULT 0,
    "incidents" INTEGER NOT NULL DEFAULT 0,
    "probeRuns" INTEGER NOT NULL DEFAULT 0,
    "probeOk" INTEGER NOT NULL DEFAULT 0,
    "latencySumMs" BIGINT NOT NULL DEFAULT 0,
    "latencyMaxMs" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UptimeRollup_pkey" PRIMARY KEY ("serviceId","granularity","periodStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "Service_slug_key" ON "Service"("slug");

-- CreateIndex
CREATE INDEX "SourceState_nextAttemptAt_idx" ON "SourceState"("nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Component_serviceId_upstreamId_key" ON "Component"("serviceId", "upstreamId");

-- CreateIndex
CREATE INDEX "Incident_serviceId_startedAt_idx" ON "Incident"("serviceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_serviceId_upstreamId_key" ON "Incident"("serviceId", "upstreamId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentUpdate_incidentId_at_status_key" ON "IncidentUpdate"("incidentId", "at", "status");

-- CreateIndex
CREATE INDEX "StateEvent_serviceId_startedAt_idx" ON "StateEvent"("serviceId", "startedAt");

-- CreateIndex
CREATE INDEX "StateEvent_serviceId_endedAt_idx" ON "StateEvent"("serviceId", "endedAt");

-- CreateIndex
CREATE INDEX "ProbeSample_serviceId_at_idx" ON "ProbeSample"("serviceId", "at");

-- CreateIndex
CREATE INDEX "ProbeSample_at_idx" ON "ProbeSample"("at");

-- AddForeignKey
ALTER TABLE "ServiceState" ADD CONSTRAINT "ServiceState_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceState" ADD CONSTRAINT "SourceState_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Component" ADD CONSTRAINT "Component_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentUpdate" ADD CONSTRAINT "IncidentUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateEvent" ADD CONSTRAINT "StateEvent_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProbeSample" ADD CONSTRAINT "ProbeSample_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProbeState" ADD CONSTRAINT "ProbeState_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UptimeRollup" ADD CONSTRAINT "UptimeRollup_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
