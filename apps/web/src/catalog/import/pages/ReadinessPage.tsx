import type { PricingSettingsView, ReadinessItemView } from '@livefair/protocol';
import { App, Button, Collapse, Empty, Form, Input, InputNumber, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { useApi } from '../../../hooks/useApi';
import { useShowApiError } from '../../../hooks/useShowApiError';
import { formatFen } from '../../../utils/money';
import { importApi } from '../importApi';
import { ReadinessDrawer } from '../ReadinessDrawer';
import '../import.css';

const PAGE_SIZE = 20;
type Only = 'all' | 'ready' | 'blocked';
const HARD = new Set(['no-chinese-title', 'no-price', 'ccc-unconfirmed', 'ccc-missing']);

/** Percent fields of the form are basis points on the wire (13 % = 1300); the rate is x 10,000. */
interface SettingsForm {
  rate: number;
  vat: number;
  refund: number;
  wholesaleMargin: number;
  retailMargin: number;
  producerName: string;
  producerAddress: string;
}
const toForm = (s: PricingSettingsView): SettingsForm => ({
  rate: s.usdCnyRate4 / 10_000,
  vat: s.vatBp / 100,
  refund: s.exportRefundBp / 100,
  wholesaleMargin: s.wholesaleMarginBp / 100,
  retailMargin: s.retailMarginBp / 100,
  producerName: s.producerName,
  producerAddress: s.producerAddress,
});
const fromForm = (f: SettingsForm): PricingSettingsView => ({
  usdCnyRate4: Math.round(f.rate * 10_000),
  vatBp: Math.round(f.vat * 100),
  exportRefundBp: Math.round(f.refund * 100),
  wholesaleMarginBp: Math.round(f.wholesaleMargin * 100),
  retailMarginBp: Math.round(f.retailMargin * 100),
  producerName: f.producerName ?? '',
  producerAddress: f.producerAddress ?? '',
});

/** 内销就绪: proposals, checklist and blockers of imported products; accept lists a product on the booth. */
export default function ReadinessPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [only, setOnly] = useState<Only>('all');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ReadinessItemView | null>(null);
  const [version, setVersion] = useState(0);
  const list = useApi((signal) => importApi.readiness(page, PAGE_SIZE, only, signal), `readiness:${only}:${page}:${version}`);
  const report = useApi((signal) => importApi.report(signal), `readiness-report:${version}`);
  const settings = useApi((signal) => importApi.settings(signal), 'import-settings');
  const refresh = () => setVersion((v) => v + 1);

  const accept = async (item: ReadinessItemView) => {
    try {
      await importApi.accept(item.productId);
      message.success(t('catalogImport.readiness.acceptedToast'));
      refresh();
    } catch (err) {
      showError(err);
    }
  };

  const actions = (r: ReadinessItemView, where: 'table' | 'mobile') => (
    <Space direction="vertical" size={4}>
      {r.accepted ? <Tag color="green">{t('catalogImport.readiness.accepted')}</Tag> : null}
      <Space wrap size={4}>
        <Button
          size="small"
          onClick={() => setEditing(r)}
          data-testid={where === 'table' ? 'readiness-edit' : 'readiness-edit-mobile'}
        >
          {t('catalogImport.readiness.edit')}
        </Button>
        {!r.accepted ? (
          <Button
            size="small"
            type="primary"
            disabled={r.blockers.some((b) => HARD.has(b))}
            onClick={() => void accept(r)}
            data-testid={where === 'table' ? 'readiness-accept' : 'readiness-accept-mobile'}
          >
            {t('catalogImport.readiness.accept')}
          </Button>
        ) : null}
      </Space>
    </Space>
  );

  return (
    <div className="lf-container">
      <PageTitle
        title={t('catalogImport.readiness.title')}
        subtitle={t('catalogImport.readiness.subtitle')}
        extra={
          <Space wrap>
            <Link to="/my/imports">
              <Button>{t('catalogImport.readiness.importFirst')}</Button>
            </Link>
            <Button onClick={() => importApi.downloadReport().catch(showError)}>{t('catalogImport.readiness.exportCsv')}</Button>
          </Space>
        }
      />
      {settings.data ? (
        <Collapse
          className="lf-readiness-settings"
          items={[
            {
              key: 'settings',
              label: t('catalogImport.readiness.settings'),
              children: (
                <Form<SettingsForm>
                  layout="vertical"
                  initialValues={toForm(settings.data)}
                  className="lf-readiness-settings-form"
                  onFinish={(f) =>
                    importApi.saveSettings(fromForm(f)).then(() => {
                      message.success(t('catalogImport.readiness.saved'));
                      refresh();
                    }, showError)
                  }
                >
                  <Typography.Paragraph type="secondary">{t('catalogImport.readiness.settingsHint')}</Typography.Paragraph>
                  <div className="lf-readiness-grid">
                    <Form.Item name="rate" label={t('catalogImport.readiness.rate')} rules={[{ required: true }]}>
                      <InputNumber min={1} max={20} step={0.01} precision={4} />
                    </Form.Item>
                    <Form.Item name="vat" label={t('catalogImport.readiness.vat')} rules={[{ required: true }]}>
                      <InputNumber min={0} max={30} precision={2} />
                    </Form.Item>
                    <Form.Item name="refund" label={t('catalogImport.readiness.refund')} rules={[{ required: true }]}>
                      <InputNumber min={0} max={30} precision={2} />
                    </Form.Item>
                    <Form.Item
                      name="wholesaleMargin"
                      label={t('catalogImport.readiness.wholesaleMargin')}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={0} max={1000} precision={2} />
                    </Form.Item>
                    <Form.Item name="retailMargin" label={t('catalogImport.readiness.retailMargin')} rules={[{ required: true }]}>
                      <InputNumber min={0} max={1000} precision={2} />
                    </Form.Item>
                  </div>
                  <Form.Item name="producerName" label={t('catalogImport.readiness.producerName')}>
                    <Input maxLength={128} />
                  </Form.Item>
                  <Form.Item name="producerAddress" label={t('catalogImport.readiness.producerAddress')}>
                    <Input maxLength={256} />
                  </Form.Item>
                  <Button htmlType="submit" type="primary">
                    {t('catalogImport.readiness.save')}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      ) : null}
      <div className="lf-catalog-toolbar">
        <Segmented<Only>
          value={only}
          onChange={(v) => {
            setOnly(v);
            setPage(1);
          }}
          options={(['all', 'blocked', 'ready'] as const).map((o) => ({ value: o, label: t(`catalogImport.readiness.${o}`) }))}
        />
        {report.data ? (
          <Typography.Text data-testid="readiness-report">
            {t('catalogImport.readiness.report', { ready: report.data.ready, products: report.data.products })}
          </Typography.Text>
        ) : null}
      </div>
      {list.error ? <ApiErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<ReadinessItemView>
        rowKey="productId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('catalogImport.readiness.empty')} /> }}
        onRow={(r) => ({ 'data-testid': 'readiness-row', 'data-item-no': r.itemNo }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          {
            title: t('catalogImport.readiness.columns.product'),
            key: 'product',
            render: (_: unknown, r) => (
              <div className="lf-readiness-product">
                <strong>{r.name}</strong>
                <Typography.Text type="secondary" className="lf-readiness-sub">
                  {r.itemNo}
                  {r.hsCode ? ` · HS ${r.hsCode}` : ''}
                </Typography.Text>
                <div className="lf-readiness-tags">
                  {r.blockers
                    .filter((b) => b !== 'not-accepted')
                    .map((b) => (
                      <Tag key={b} color={HARD.has(b) ? 'error' : 'warning'}>
                        {t(`catalogImport.readiness.blockers.${b}`)}
                      </Tag>
                    ))}
                </div>
                <div className="lf-readiness-mobile">
                  <span>
                    {t('catalogImport.readiness.wholesale')}{' '}
                    {r.wholesaleFen === null ? '—' : <span className="lf-price">{formatFen(r.wholesaleFen)}</span>}
                    {' · '}
                    {t('catalogImport.readiness.retail')} {r.retailFen === null ? '—' : formatFen(r.retailFen)}
                  </span>
                  {actions(r, 'mobile')}
                </div>
              </div>
            ),
          },
          { title: t('catalogImport.readiness.columns.category'), dataIndex: 'category', responsive: ['md'] },
          {
            title: t('catalogImport.readiness.columns.prices'),
            key: 'prices',
            responsive: ['sm'],
            render: (_: unknown, r) => (
              <div className="lf-readiness-prices-cell">
                <div>
                  {t('catalogImport.readiness.wholesale')}{' '}
                  {r.wholesaleFen === null ? '—' : <span className="lf-price">{formatFen(r.wholesaleFen)}</span>}
                </div>
                <div>
                  {t('catalogImport.readiness.retail')} {r.retailFen === null ? '—' : formatFen(r.retailFen)}
                </div>
                {r.fobUsdCents !== null ? (
                  <Typography.Text type="secondary">
                    {t('catalogImport.readiness.fob')} US${(r.fobUsdCents / 100).toFixed(2)}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          },
          {
            title: t('catalogImport.readiness.columns.compare'),
            key: 'compare',
            responsive: ['lg'],
            render: (_: unknown, r) =>
              r.comparison ? (
                <div className="lf-readiness-compare">
                  <div>
                    {t('catalogImport.readiness.exportEarning')} {formatFen(r.comparison.exportEarningFen)}
                  </div>
                  <div>
                    {t('catalogImport.readiness.domesticNet')} {formatFen(r.comparison.domesticNetFen)}
                  </div>
                  <Typography.Text type="secondary">
                    {t('catalogImport.readiness.refundGivenUp')} {formatFen(r.comparison.refundGivenUpFen)}
                  </Typography.Text>
                </div>
              ) : (
                '—'
              ),
          },
          {
            title: t('catalogImport.readiness.columns.ccc'),
            dataIndex: 'ccc',
            responsive: ['sm'],
            render: (c: ReadinessItemView['ccc']) => (
              <Tag color={c === 'check' ? 'orange' : undefined}>{t(`catalogImport.readiness.ccc.${c}`)}</Tag>
            ),
          },
          {
            title: t('catalogImport.readiness.columns.status'),
            key: 'actions',
            responsive: ['sm'],
            render: (_: unknown, r) => actions(r, 'table'),
          },
        ]}
      />
      {editing ? (
        <ReadinessDrawer
          item={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('catalogImport.readiness.drawer.saved'));
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}
