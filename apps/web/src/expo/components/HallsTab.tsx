import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CategoryNodeView, HallConsoleView, HallMapView, SlotView } from '@livefair/protocol';
import { App, Button, Empty, Form, Input, InputNumber, Popconfirm, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { expoApi, type HallInput } from '../expoApi';
import { HallMapEditor } from './HallMapEditor';
import { firstFreePlace } from './slotClass';

function categoryOptions(nodes: CategoryNodeView[]) {
  return nodes.map((n) => ({ value: n.code, label: `${n.code} ${n.nameZh}` }));
}

function NewHallForm({
  expoId,
  categories,
  onCreated,
}: {
  expoId: string;
  categories: CategoryNodeView[];
  onCreated(h: HallConsoleView): void;
}) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [form] = Form.useForm<HallInput>();
  const submit = async (values: HallInput) => {
    try {
      onCreated(await expoApi.createHall(expoId, values));
      form.resetFields();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Form<HallInput>
      form={form}
      layout="inline"
      className="lf-console-toolbar"
      initialValues={{ gridCols: 12, gridRows: 8 }}
      onFinish={(v) => void submit(v)}
    >
      <Form.Item
        name="name"
        rules={[{ required: true, message: t('expoConsole.form.required', { field: t('expoConsole.halls.name') }) }]}
      >
        <Input placeholder={t('expoConsole.halls.name')} maxLength={128} />
      </Form.Item>
      <Form.Item name="categoryCode">
        <Select
          allowClear
          placeholder={t('expoConsole.halls.category')}
          options={categoryOptions(categories)}
          style={{ minWidth: 160 }}
        />
      </Form.Item>
      <Form.Item name="gridCols" label={t('expoConsole.halls.cols')}>
        <InputNumber min={1} max={60} />
      </Form.Item>
      <Form.Item name="gridRows" label={t('expoConsole.halls.rows')}>
        <InputNumber min={1} max={60} />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />}>
        {t('expoConsole.halls.newHall')}
      </Button>
    </Form>
  );
}

function HallPanel({ hall, readOnly }: { hall: HallConsoleView; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const { data, error, loading, reload } = useApi((s) => expoApi.hallMap(hall.id, s), `hall-map:${hall.id}`);
  const [map, setMap] = useState<HallMapView | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [slotForm] = Form.useForm<{ code: string; w: number; h: number }>();
  const current = map ?? data;
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (loading || !current) return <PageLoading />;
  const { gridCols: cols, gridRows: rows } = current.hall;
  const sel = current.slots.find((s) => s.id === selected) ?? null;

  const change = async (slot: SlotView, next: { x: number; y: number; w: number; h: number }) => {
    try {
      setMap(await expoApi.updateSlot(slot.id, next));
    } catch (err) {
      showError(err);
    }
  };
  const addSlot = async (v: { code: string; w: number; h: number }) => {
    const at = firstFreePlace(current.slots, cols, rows, v.w, v.h);
    if (!at) {
      void message.warning(t('expoConsole.halls.noRoom'));
      return;
    }
    try {
      setMap(await expoApi.createSlot(hall.id, { code: v.code, w: v.w, h: v.h, ...at }));
      slotForm.resetFields(['code']);
    } catch (err) {
      showError(err);
    }
  };
  const remove = async (slot: SlotView) => {
    try {
      setMap(await expoApi.deleteSlot(slot.id));
      setSelected(null);
      void message.success(t('expoConsole.halls.removed'));
    } catch (err) {
      showError(err);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('expoConsole.halls.grid', { cols, rows })}
        {current.hall.categoryCode ? ` · ${current.hall.categoryCode}` : ''}
      </Typography.Text>
      {readOnly ? null : (
        <>
          <Form
            form={slotForm}
            layout="inline"
            className="lf-console-toolbar"
            initialValues={{ w: 2, h: 2 }}
            onFinish={(v) => void addSlot(v)}
          >
            <Form.Item
              name="code"
              rules={[{ required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, message: t('expoConsole.halls.slotCode') }]}
            >
              <Input
                placeholder={t('expoConsole.halls.slotCode')}
                maxLength={16}
                style={{ width: 120 }}
                data-testid="slot-code"
              />
            </Form.Item>
            <Form.Item name="w" label={t('expoConsole.halls.width')}>
              <InputNumber min={1} max={cols} />
            </Form.Item>
            <Form.Item name="h" label={t('expoConsole.halls.height')}>
              <InputNumber min={1} max={rows} />
            </Form.Item>
            <Button htmlType="submit" icon={<PlusOutlined />}>
              {t('expoConsole.halls.addSlot')}
            </Button>
          </Form>
          <Typography.Text type="secondary">{t('expoConsole.halls.dragHint')}</Typography.Text>
        </>
      )}
      <HallMapEditor map={current} editable={!readOnly} selectedId={selected} onSelect={setSelected} onChange={change} />
      {sel ? (
        <Space wrap>
          <Typography.Text data-testid="slot-selected">
            {t('expoConsole.halls.selected', { code: sel.code, x: sel.x + 1, y: sel.y + 1, w: sel.w, h: sel.h })}
          </Typography.Text>
          {readOnly || sel.booth ? null : (
            <Popconfirm title={t('expoConsole.halls.removeSlot')} onConfirm={() => void remove(sel)}>
              <Button size="small" danger icon={<DeleteOutlined />}>
                {t('expoConsole.halls.removeSlot')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ) : null}
    </Space>
  );
}

/** Halls of the expo (new hall form) and, per hall, its map editor. */
export function HallsTab({ expoId, readOnly }: { expoId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const halls = useApi((s) => expoApi.halls(expoId, s), `halls:${expoId}`);
  const categories = useApi((s) => expoApi.categories(expoId, s), `categories:${expoId}`);
  if (halls.error) return <ApiErrorAlert error={halls.error} onRetry={halls.reload} />;
  if (halls.loading || !halls.data) return <PageLoading />;
  return (
    <>
      {readOnly ? null : (
        <NewHallForm
          expoId={expoId}
          categories={categories.data ?? []}
          onCreated={() => {
            void message.success(t('expoConsole.halls.created'));
            halls.reload();
          }}
        />
      )}
      {halls.data.length === 0 ? (
        <Empty description={t('expoConsole.halls.empty')} />
      ) : (
        <Tabs
          items={halls.data.map((h) => ({ key: h.id, label: h.name, children: <HallPanel hall={h} readOnly={readOnly} /> }))}
        />
      )}
    </>
  );
}
