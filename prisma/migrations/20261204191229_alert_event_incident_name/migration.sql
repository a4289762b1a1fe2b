-- AlterTable
ALTER TABLE "AlertEvent" ADD COLUMN     "incidentName" TEXT;
