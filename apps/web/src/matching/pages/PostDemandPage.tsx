import { CN_PROVINCES, type DemandWithSuggestions, type MatchVocabularyView } from '@livefair/protocol';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { currentLang } from '../../i18n';
import { parseYuan } from '../../quotes/format';
import { matchingApi } from '../matchingApi';
import { SuggestionCard } from '../SuggestionCard';
import '../matching.css';

interface FormValues {
  text: string;
  categoryCode?: string;
  quantity: number;
  unit: string;
  targetPrice?: string;
  deliveryProvince: string;
  deadline: Dayjs;
  certifications?: string[];
  flags?: string[];
}

const FLAGS = ['oem', 'sampleFirst', 'vatInvoice', 'prefersLocal'] as const;

/** /my/demands(/:id): the buyer posts a purchase need and sees the factories ranked for it, with the reasons. */
export default function PostDemandPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const showError = useShowApiError();
  const [form] = Form.useForm<FormValues>();
  const [posting, setPosting] = useState(false);
  const [version, setVersion] = useState(0);
  const vocab = useApi((signal) => matchingApi.vocabulary(signal), 'vocab');
  const mine = useApi((signal) => matchingApi.myDemands(signal), `mine:${version}`);
  const current = useApi((signal) => matchingApi.demand(id!, signal), id ? `demand:${id}:${version}` : null);
  const zh = currentLang() === 'zh-CN';
  const tree = useMemo(() => categoryTree(vocab.data, zh), [vocab.data, zh]);
  const nameOf = (code: string | null) => {
    const c = vocab.data?.categories.find((x) => x.code === code);
    return c ? (zh ? c.zh : c.en) : (code ?? '');
  };

  const submit = async (v: FormValues) => {
    setPosting(true);
    try {
      const target = v.targetPrice ? parseYuan(v.targetPrice) : null;
      const created = await matchingApi.createDemand({
        text: v.text,
        categoryCode: v.categoryCode || undefined,
        quantity: v.quantity,
        unit: v.unit,
        targetUnitPriceFen: target ?? undefined,
        deliveryProvince: v.deliveryProvince,
        deadline: v.deadline.endOf('day').toISOString(),
        certifications: v.certifications ?? [],
        ...Object.fromEntries(FLAGS.map((f) => [f, (v.flags ?? []).includes(f)])),
      });
      setVersion((n) => n + 1);
      navigate(`/my/demands/${created.id}`);
    } catch (err) {
      showError(err);
    } finally {
      setPosting(false);
    }
  };

  const demand: DemandWithSuggestions | undefined = current.data;
  return (
    <div className="lf-container">
      <PageTitle title={t('matching.post.title')} subtitle={t('matching.post.subtitle')} />
      <div className="lf-match-layout">
        <div>
          <Card size="small">
            <Form
              form={form}
              layout="vertical"
              className="lf-match-form"
              initialValues={{ unit: '个', deliveryProvince: '浙江', deadline: dayjs().add(30, 'day') }}
              onFinish={(v) => void submit(v)}
            >
              <Form.Item
                name="text"
                label={t('matching.post.text')}
                rules={[{ required: true, whitespace: true, message: t('matching.post.textRequired') }]}
              >
                <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('matching.post.textPlaceholder')} />
              </Form.Item>
              <Form.Item name="categoryCode" label={t('matching.post.category')}>
                <TreeSelect
                  treeData={tree}
                  allowClear
                  showSearch
                  treeNodeFilterProp="title"
                  placeholder={t('matching.post.categoryPlaceholder')}
                />
              </Form.Item>
              <div className="lf-match-row">
                <Form.Item
                  name="quantity"
                  label={t('matching.post.quantity')}
                  rules={[{ required: true, message: t('matching.post.quantityRequired') }]}
                >
                  <InputNumber min={1} max={10_000_000} precision={0} />
                </Form.Item>
                <Form.Item name="unit" label={t('matching.post.unit')} rules={[{ required: true }]}>
                  <Input maxLength={16} />
                </Form.Item>
              </div>
              <div className="lf-match-row">
                <Form.Item name="targetPrice" label={t('matching.post.targetPrice')}>
                  <InputNumber<string> stringMode min="0.01" max="10000000" precision={2} prefix="¥" />
                </Form.Item>
                <Form.Item
                  name="deliveryProvince"
                  label={t('matching.post.province')}
                  rules={[{ required: true, message: t('matching.post.provinceRequired') }]}
                >
                  <Select showSearch options={CN_PROVINCES.map((p) => ({ value: p, label: p }))} />
                </Form.Item>
              </div>
              <Form.Item
                name="deadline"
                label={t('matching.post.deadline')}
                rules={[{ required: true, message: t('matching.post.deadlineRequired') }]}
              >
                <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(365, 'day'))} />
              </Form.Item>
              <Form.Item name="certifications" label={t('matching.post.certifications')}>
                <Select
                  mode="multiple"
                  allowClear
                  options={(vocab.data?.certifications ?? []).map((c) => ({
                    value: c.code,
                    label: `${c.code} · ${zh ? c.zh : c.en}`,
                  }))}
                />
              </Form.Item>
              <Form.Item name="flags">
                <Checkbox.Group options={FLAGS.map((f) => ({ value: f, label: t(`matching.post.${f}`) }))} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={posting} block>
                {t('matching.post.submit')}
              </Button>
            </Form>
          </Card>
          <Card size="small" title={t('matching.post.mine')} className="lf-match-mine">
            <List
              size="small"
              dataSource={mine.data ?? []}
              locale={{ emptyText: t('matching.post.none') }}
              renderItem={(d) => (
                <List.Item onClick={() => navigate(`/my/demands/${d.id}`)} style={{ cursor: 'pointer' }}>
                  <Space size={6} style={{ minWidth: 0 }}>
                    <Tag color={d.status === 'open' ? 'green' : 'default'}>{t(`matching.post.${d.status}`)}</Tag>
                    <Typography.Text ellipsis style={{ maxWidth: 240 }} strong={d.id === id}>
                      {d.text}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </div>
        <div className={id ? 'lf-match-results-open' : undefined}>
          {current.error ? <ApiErrorAlert error={current.error} onRetry={current.reload} /> : null}
          {demand ? (
            <>
              <Space direction="vertical" size={4} style={{ marginBottom: 12, width: '100%' }}>
                <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere' }}>
                  {t('matching.results.title', { text: demand.text })}
                </Typography.Title>
                <Space wrap>
                  <Typography.Text type="secondary">
                    {demand.matchedCategory
                      ? t('matching.results.matchedCategory', { category: nameOf(demand.matchedCategory) })
                      : t('matching.results.unknownCategory')}
                  </Typography.Text>
                  {demand.status === 'open' ? (
                    <Button
                      size="small"
                      onClick={() => void matchingApi.close(demand.id).then(() => setVersion((n) => n + 1), showError)}
                    >
                      {t('matching.post.close')}
                    </Button>
                  ) : (
                    <Tag>{t('matching.post.closed')}</Tag>
                  )}
                </Space>
              </Space>
              {demand.suggestions.length === 0 ? <Empty description={t('matching.results.empty')} /> : null}
              {demand.suggestions.map((s) => (
                <SuggestionCard key={s.supplier.id} demandId={demand.id} s={s} onChanged={() => setVersion((n) => n + 1)} />
              ))}
            </>
          ) : !id ? (
            <Empty description={t('matching.post.subtitle')} />
          ) : null}
        </div>
      </div>
    </div>
  );
}

function categoryTree(vocab: MatchVocabularyView | undefined, zh: boolean) {
  const cats = vocab?.categories ?? [];
  return cats
    .filter((c) => c.parent === null)
    .map((root) => ({
      value: root.code,
      title: zh ? root.zh : root.en,
      children: cats.filter((c) => c.parent === root.code).map((c) => ({ value: c.code, title: zh ? c.zh : c.en })),
    }));
}
