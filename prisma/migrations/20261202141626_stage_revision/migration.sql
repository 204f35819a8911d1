-- AlterTable
ALTER TABLE "ContestStage" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;
