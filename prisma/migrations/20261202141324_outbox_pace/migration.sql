-- CreateTable
CREATE TABLE "OutboxPace" (
    "channel" TEXT NOT NULL,
    "nextAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "OutboxPace_pkey" PRIMARY KEY ("channel")
);
