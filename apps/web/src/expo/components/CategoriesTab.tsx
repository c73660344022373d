import type { CategoryNodeView } from '@livefair/protocol';
import { App, Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi, type CategoryInput } from '../expoApi';

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function toCsv(nodes: CategoryNodeView[]): string {
  const rows = nodes.map((n) => [n.code, n.parentCode ?? '', n.nameZh, n.nameEn, String(n.ccc)].map(csvField).join(','));
  return ['code,parentCode,nameZh,nameEn,ccc', ...rows].join('\n');
}

function toJson(nodes: CategoryNodeView[]): string {
  return JSON.stringify(
    nodes.map(({ code, parentCode, nameZh, nameEn, ccc }) => ({ code, parentCode, nameZh, nameEn, ccc })),
    null,
    2,
  );
}

/** The expo's category tree: a table, and a CSV or JSON editor that replaces the tree whole. */
export function CategoriesTab({ expoId, readOnly }: { expoId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const { data, error, loading, reload } = useApi((s) => expoApi.categories(expoId, s), `categories:${expoId}`);
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [text, setText] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nodes = data ?? [];
  const editing = text !== null;

  const save = async () => {
    setSaving(true);
    try {
      let result: CategoryNodeView[];
      if (format === 'csv') result = await expoApi.importCategoriesCsv(expoId, text ?? '');
      else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text ?? '');
        } catch {
          parsed = null;
        }
        if (!Array.isArray(parsed)) {
          void message.error(t('expoConsole.categories.badJson'));
          return;
        }
        result = await expoApi.replaceCategories(expoId, parsed as CategoryInput[]);
      }
      void message.success(t('expoConsole.categories.imported', { count: result.length }));
      setText(null);
      reload();
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };

  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  return (
    <>
      <div className="lf-console-toolbar">
        <Typography.Text type="secondary">{t('expoConsole.categories.count', { count: nodes.length })}</Typography.Text>
        {readOnly || editing ? null : (
          <Button onClick={() => setText(format === 'csv' ? toCsv(nodes) : toJson(nodes))}>
            {t('expoConsole.categories.edit')}
          </Button>
        )}
      </div>
      {editing ? (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Segmented
            value={format}
            options={[
              { value: 'csv', label: 'CSV' },
              { value: 'json', label: 'JSON' },
            ]}
            onChange={(v) => {
              const next = v as 'csv' | 'json';
              setFormat(next);
              setText(next === 'csv' ? toCsv(nodes) : toJson(nodes));
            }}
          />
          <Typography.Text type="secondary">{t('expoConsole.categories.editHint')}</Typography.Text>
          <Input.TextArea
            value={text ?? ''}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 6, maxRows: 20 }}
            spellCheck={false}
            className="lf-mono"
            data-testid="category-editor"
          />
          <Space>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              {t('expoConsole.categories.import')}
            </Button>
            <Button onClick={() => setText(null)}>{t('expoConsole.cancel')}</Button>
          </Space>
        </Space>
      ) : null}
      <Table<CategoryNodeView>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={nodes}
        pagination={nodes.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('expoConsole.categories.empty') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('expoConsole.categories.code'), dataIndex: 'code' },
          { title: t('expoConsole.categories.parent'), dataIndex: 'parentCode', render: (v: string | null) => v ?? '—' },
          { title: t('expoConsole.categories.nameZh'), dataIndex: 'nameZh' },
          { title: t('expoConsole.categories.nameEn'), dataIndex: 'nameEn', responsive: ['sm'] },
          {
            title: t('expoConsole.categories.ccc'),
            key: 'ccc',
            render: (_: unknown, n) => (
              <>
                {n.ccc ? <Tag color="red">{t('expoConsole.categories.cccRequired')}</Tag> : null}
                {n.leaf ? <Tag>{t('expoConsole.categories.leaf')}</Tag> : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
