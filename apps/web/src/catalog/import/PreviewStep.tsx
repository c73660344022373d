import type { ImportMode, PreviewRow } from '@livefair/protocol';
import { Button, Radio, Space, Statistic, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApi } from '../../hooks/useApi';
import { importApi } from './importApi';

const PAGE_SIZE = 20;
const usd = (cents: number | null) => (cents === null ? '' : `US$${(cents / 100).toFixed(2)}`);

/** 预览: every row as it would import, with its problems; then the mode and the start button. */
export function PreviewStep({
  importId,
  starting,
  onBack,
  onRun,
}: {
  importId: string;
  starting: boolean;
  onBack: () => void;
  onRun: (mode: ImportMode) => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [mode, setMode] = useState<ImportMode>('good-rows');
  const only = onlyProblems ? 'problems' : 'all';
  const { data, error, loading, reload } = useApi(
    (signal) => importApi.preview(importId, page, PAGE_SIZE, only, signal),
    `preview:${importId}:${page}:${only}`,
  );
  return (
    <div className="lf-import-step">
      {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
      <div className="lf-import-stats" data-testid="preview-summary">
        <Statistic title={t('catalogImport.preview.total', { count: data?.total ?? 0 })} value={data?.total ?? 0} />
        <Statistic title={t('catalogImport.preview.good')} value={data?.good ?? 0} valueStyle={{ color: '#389e0d' }} />
        <Statistic
          title={t('catalogImport.preview.bad')}
          value={data?.bad ?? 0}
          valueStyle={{ color: data?.bad ? '#cf1322' : undefined }}
        />
        <Statistic title={t('catalogImport.preview.creates')} value={data?.creates ?? 0} />
        <Statistic title={t('catalogImport.preview.updates')} value={data?.updates ?? 0} />
      </div>
      <Space className="lf-import-filter">
        <Switch
          checked={onlyProblems}
          onChange={(v) => {
            setOnlyProblems(v);
            setPage(1);
          }}
        />
        {t('catalogImport.preview.onlyProblems')}
      </Space>
      <Table<PreviewRow>
        rowKey="row"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ 'data-testid': 'preview-row', 'data-row': r.row }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: onlyProblems ? (data?.bad ?? 0) : (data?.total ?? 0),
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { title: t('catalogImport.preview.row'), dataIndex: 'row', width: 56, responsive: ['sm'] },
          { title: t('catalogImport.fields.itemNo'), dataIndex: 'itemNo' },
          {
            title: t('catalogImport.preview.name'),
            key: 'name',
            render: (_: unknown, r) => (
              <>
                <span className="lf-import-name">{r.name || r.nameEn}</span>
                {r.problems.length ? (
                  <div className="lf-import-problems lf-import-mobile">
                    {r.problems.map((p, i) => (
                      <span key={i} className="lf-import-problem">
                        {p.column}: {p.reason}
                      </span>
                    ))}
                  </div>
                ) : null}
              </>
            ),
          },
          { title: t('catalogImport.fields.hsCode'), dataIndex: 'hsCode', responsive: ['md'] },
          { title: t('catalogImport.fields.fobUsd'), dataIndex: 'fobUsdCents', align: 'right', render: usd, responsive: ['sm'] },
          {
            title: t('catalogImport.preview.problems'),
            key: 'problems',
            responsive: ['sm'],
            render: (_: unknown, r) =>
              r.problems.length ? (
                <div className="lf-import-problems">
                  {r.problems.map((p, i) => (
                    <div key={i}>
                      <Tag color="error">{p.column}</Tag>
                      {p.reason}
                    </div>
                  ))}
                </div>
              ) : (
                <Tag color={r.action === 'update' ? 'blue' : 'green'}>{t(`catalogImport.preview.action.${r.action}`)}</Tag>
              ),
          },
        ]}
      />
      <div className="lf-import-mode">
        <div className="lf-import-mode-label">{t('catalogImport.preview.mode')}</div>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)}>
          <Space direction="vertical">
            <Radio value="good-rows" data-testid="mode-good-rows">
              {t('catalogImport.preview.goodRows')}
            </Radio>
            <Radio value="all-or-nothing" data-testid="mode-all-or-nothing">
              {t('catalogImport.preview.allOrNothing')}
            </Radio>
          </Space>
        </Radio.Group>
      </div>
      <div className="lf-import-actions">
        <Button onClick={onBack}>{t('catalogImport.preview.back')}</Button>
        <Button
          type="primary"
          loading={starting}
          disabled={!data || data.good === 0}
          data-testid="run-import"
          onClick={() => onRun(mode)}
        >
          {t('catalogImport.preview.run')}
        </Button>
      </div>
    </div>
  );
}
