-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "digestMuted" BOOLEAN NOT NULL DEFAULT false;
