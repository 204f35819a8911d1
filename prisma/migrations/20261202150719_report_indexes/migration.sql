-- CreateIndex
CREATE INDEX "Delivery_announcementId_personId_kind_status_idx" ON "Delivery"("announcementId", "personId", "kind", "status");

-- CreateIndex
CREATE INDEX "Delivery_status_kind_createdAt_personId_idx" ON "Delivery"("status", "kind", "createdAt", "personId");
