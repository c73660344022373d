import { InboxOutlined } from '@ant-design/icons';
import type { ImportMapping, ImportMode, ImportView } from '@livefair/protocol';
import { App, Card, Grid, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../../components/PageTitle';
import { useApi } from '../../../hooks/useApi';
import { useShowApiError } from '../../../hooks/useShowApiError';
import { importApi } from '../importApi';
import { MappingStep } from '../MappingStep';
import { PreviewStep } from '../PreviewStep';
import { RunStep } from '../RunStep';
import '../import.css';

type Step = 'upload' | 'map' | 'preview' | 'run';
const STEPS: Step[] = ['upload', 'map', 'preview', 'run'];
const mbOf = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** 外贸目录导入: upload -> map columns -> preview every row -> queued import with progress. */
export default function ImportPage() {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [step, setStep] = useState<Step>('upload');
  const [view, setView] = useState<ImportView | null>(null);
  const [busy, setBusy] = useState(false);
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  // The server's bounds (IMPORT_MAX_MB, IMPORT_MAX_ROWS): shown, and a file over the size refused here.
  const limits = useApi((signal) => importApi.limits(signal), 'import-limits').data;

  const upload = async (file: File) => {
    if (limits && file.size > limits.maxFileBytes) {
      void message.error(t('catalogImport.upload.tooLarge', { size: mbOf(file.size), mb: mbOf(limits.maxFileBytes) }));
      return;
    }
    setBusy(true);
    try {
      setView(await importApi.upload(file));
      setStep('map');
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const saveMapping = async (mapping: ImportMapping) => {
    if (!view) return;
    setBusy(true);
    try {
      setView(await importApi.saveMapping(view.id, mapping));
      setStep('preview');
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const run = async (mode: ImportMode) => {
    if (!view) return;
    setBusy(true);
    try {
      setView(await importApi.run(view.id, mode));
      setStep('run');
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="lf-container">
      <PageTitle title={t('catalogImport.title')} subtitle={t('catalogImport.subtitle')} />
      <Card className="lf-import-card">
        <Steps
          className="lf-import-steps"
          size="small"
          responsive={false}
          labelPlacement={screens.sm === false ? 'vertical' : 'horizontal'}
          current={STEPS.indexOf(step)}
          items={STEPS.map((s) => ({ title: t(`catalogImport.steps.${s}`) }))}
        />
        {step === 'upload' ? (
          <Upload.Dragger
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={busy}
            data-testid="import-upload"
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{busy ? t('catalogImport.upload.uploading') : t('catalogImport.upload.drag')}</p>
            <p className="ant-upload-hint" data-testid="import-limits-hint">
              {limits
                ? t('catalogImport.upload.hint', {
                    mb: mbOf(limits.maxFileBytes),
                    rows: limits.maxRows.toLocaleString(),
                  })
                : t('catalogImport.upload.hintPlain')}
            </p>
          </Upload.Dragger>
        ) : null}
        {step === 'map' && view ? <MappingStep view={view} saving={busy} onSave={(m) => void saveMapping(m)} /> : null}
        {step === 'preview' && view ? (
          <PreviewStep importId={view.id} starting={busy} onBack={() => setStep('map')} onRun={(m) => void run(m)} />
        ) : null}
        {step === 'run' && view ? (
          <RunStep
            initial={view}
            onAgain={() => {
              setView(null);
              setStep('upload');
            }}
          />
        ) : null}
      </Card>
    </div>
  );
}
