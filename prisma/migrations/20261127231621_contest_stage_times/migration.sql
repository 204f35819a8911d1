-- AlterTable
ALTER TABLE "ContestStage" ADD COLUMN     "eventEndTime" TEXT,
ADD COLUMN     "eventStartTime" TEXT;
