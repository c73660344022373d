import type {
  ImportLimitsView,
  ImportMapping,
  ImportMode,
  ImportView,
  PreviewPage,
  PricingSettingsView,
  ReadinessItemView,
  ReadinessPage,
  ReadinessReportRow,
} from '@livefair/protocol';

import { api, apiDownload } from '../../api/client';

const id = (value: string) => encodeURIComponent(value);

export interface ReadinessEdit {
  name?: string;
  description?: string;
  category?: string;
  wholesaleFen?: number;
  retailFen?: number;
  ccc?: 'required' | 'not-required';
  certifications?: string[];
  labelsConfirmed?: string[];
}

/** The export-catalog import and readiness calls (docs/import.md). */
export const importApi = {
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.post<ImportView>('/my/imports', form);
  },
  limits: (signal?: AbortSignal) => api.get<ImportLimitsView>('/my/import-limits', signal),
  get: (importId: string, signal?: AbortSignal) => api.get<ImportView>(`/my/imports/${id(importId)}`, signal),
  saveMapping: (importId: string, mapping: ImportMapping) =>
    api.put<ImportView>(`/my/imports/${id(importId)}/mapping`, { mapping }),
  preview: (importId: string, page: number, pageSize: number, only: 'all' | 'problems', signal?: AbortSignal) =>
    api.get<PreviewPage>(`/my/imports/${id(importId)}/preview?page=${page}&pageSize=${pageSize}&only=${only}`, signal),
  run: (importId: string, mode: ImportMode) => api.post<ImportView>(`/my/imports/${id(importId)}/run`, { mode }),
  cancel: (importId: string) => api.post<ImportView>(`/my/imports/${id(importId)}/cancel`, {}),
  downloadBadRows: (importId: string) => apiDownload(`/my/imports/${id(importId)}/bad-rows.csv`, 'bad-rows.csv'),
  settings: (signal?: AbortSignal) => api.get<PricingSettingsView>('/my/import-settings', signal),
  saveSettings: (body: PricingSettingsView) => api.put<PricingSettingsView>('/my/import-settings', body),
  readiness: (page: number, pageSize: number, only: 'all' | 'ready' | 'blocked', signal?: AbortSignal) =>
    api.get<ReadinessPage>(`/my/readiness?page=${page}&pageSize=${pageSize}&only=${only}`, signal),
  report: (signal?: AbortSignal) => api.get<ReadinessReportRow>('/my/readiness/report', signal),
  downloadReport: () => apiDownload('/my/readiness/report.csv', 'readiness.csv'),
  edit: (productId: string, body: ReadinessEdit) => api.put<ReadinessItemView>(`/my/readiness/${id(productId)}`, body),
  accept: (productId: string) => api.post<ReadinessItemView>(`/my/readiness/${id(productId)}/accept`, {}),
};
