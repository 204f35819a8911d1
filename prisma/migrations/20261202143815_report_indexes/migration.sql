-- CreateIndex
CREATE INDEX "Delivery_announcementId_personId_kind_status_idx" ON "Delivery"("announcementId", "personId", "kind", "status");

-- CreateIndex
CREATE INDEX "Delivery_createdAt_kind_status_personId_idx" ON "Delivery"("createdAt", "kind", "status", "personId");
