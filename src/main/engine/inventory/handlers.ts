import type { InventoryProcedureName } from '../../../shared/rpc/contracts/inventory'
import type { HandlerMap } from '../rpc/handler'
import { cancelStockDocument } from './cancel'
import { startCount } from './counts'
import {
  createStockDocument,
  deleteStockDraft,
  getStockDocument,
  listStockDocuments,
  updateStockDocument,
} from './documents'
import { postStockDocument, recordStockDocument } from './post'
import { inventorySettings, setInventorySettings } from './settings'
import { linesFromSource } from './sources'

export const inventoryHandlers: HandlerMap<InventoryProcedureName> = {
  'stockDocuments.list': (s, filter) => listStockDocuments(s.requireCompany(), filter),
  'stockDocuments.get': (s, { id }) => getStockDocument(s.requireCompany(), id),
  'stockDocuments.saveDraft': (s, { draftId, ...input }) =>
    draftId
      ? updateStockDocument(s.requireCompany(), draftId, input)
      : createStockDocument(s.requireCompany(), input),
  'stockDocuments.deleteDraft': (s, { id }) => {
    deleteStockDraft(s.requireCompany(), id)
    return { ok: true }
  },
  'stockDocuments.post': (s, { id, blanksAsZero }) =>
    postStockDocument(s.requireCompany(), id, blanksAsZero ? { blanksAsZero } : {}),
  'stockDocuments.record': (s, input) => recordStockDocument(s.requireCompany(), input),
  'stockDocuments.cancel': (s, { id, date }) => cancelStockDocument(s.requireCompany(), id, date),
  'stockDocuments.sourceLines': (s, { sourceDocumentId, type }) =>
    linesFromSource(s.requireCompany(), sourceDocumentId, type),
  'stockCounts.start': (s, input) => startCount(s.requireCompany(), input),
  'inventorySettings.get': (s) => inventorySettings(s.requireCompany()),
  'inventorySettings.set': (s, input) => setInventorySettings(s.requireCompany(), input),
}
