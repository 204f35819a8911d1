-- AlterTable
ALTER TABLE "ConversationState" ADD COLUMN     "menu" JSONB;
