import { IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportView } from '@livefair/protocol';
import { Alert, Button, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const REQUIRED: ImportField[] = ['itemNo'];

/** 对应列: one select per field, preset from the server's guess or the enterprise's remembered mapping. */
export function MappingStep({ view, saving, onSave }: { view: ImportView; saving: boolean; onSave: (m: ImportMapping) => void }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<ImportMapping>(view.mapping ?? view.guessedMapping);
  const used = new Set(Object.values(mapping));
  const options = [
    { value: -1, label: t('catalogImport.map.none') },
    ...view.headers.map((h, i) => ({ value: i, label: h || `#${i + 1}` })),
  ];
  return (
    <div className="lf-import-step">
      <Alert
        type="info"
        showIcon
        message={t('catalogImport.map.intro')}
        description={t('catalogImport.map.headerRow', { row: view.headerRow })}
      />
      <Table<{ field: ImportField }>
        rowKey="field"
        size="small"
        pagination={false}
        className="lf-import-map"
        dataSource={IMPORT_FIELDS.map((field) => ({ field }))}
        columns={[
          {
            title: t('catalogImport.map.field'),
            key: 'field',
            render: (_: unknown, { field }) => (
              <span>
                {t(`catalogImport.fields.${field}`)}
                {REQUIRED.includes(field) ? <Tag className="lf-import-req">{t('catalogImport.map.required')}</Tag> : null}
              </span>
            ),
          },
          {
            title: t('catalogImport.map.column'),
            key: 'column',
            render: (_: unknown, { field }) => (
              <Select<number>
                className="lf-import-select"
                data-testid={`map-${field}`}
                value={mapping[field] ?? -1}
                onChange={(v) => setMapping((m) => ({ ...m, [field]: v < 0 ? undefined : v }))}
                options={options.map((o) => ({
                  ...o,
                  disabled: o.value >= 0 && used.has(o.value) && mapping[field] !== o.value,
                }))}
              />
            ),
          },
          {
            title: t('catalogImport.map.sample'),
            key: 'sample',
            responsive: ['md'],
            render: (_: unknown, { field }) => {
              const col = mapping[field];
              return col === undefined ? null : (
                <Typography.Text type="secondary" ellipsis className="lf-import-sample">
                  {view.sample
                    .map((r) => r[col])
                    .filter(Boolean)
                    .slice(0, 2)
                    .join(' · ')}
                </Typography.Text>
              );
            },
          },
        ]}
      />
      <div className="lf-import-actions">
        <Button
          type="primary"
          loading={saving}
          data-testid="save-mapping"
          onClick={() => onSave(Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== undefined)) as ImportMapping)}
        >
          {t('catalogImport.map.save')}
        </Button>
      </div>
    </div>
  );
}
