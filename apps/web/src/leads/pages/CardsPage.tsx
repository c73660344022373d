import type { BusinessCardRequest, CardExchangeView } from '@livefair/protocol';
import { LEAD_LIMITS } from '@livefair/protocol';
import { App, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../../auth/useAuth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import { formatLocalTime } from '../format';
import { BusinessCardBox } from '../BusinessCardBox';
import { leadsApi } from '../leadsApi';
import '../leads.css';

const PHONE = /^\+?[0-9][0-9 ()-]{5,23}$/;
const WECHAT = /^[A-Za-z0-9_-]{5,32}$/;
const STATUS_COLOR = { pending: 'gold', accepted: 'green', declined: 'default' } as const;

function CardForm() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const [form] = Form.useForm<BusinessCardRequest>();
  const [saving, setSaving] = useState(false);
  const { data, error, loading, reload } = useApi((signal) => leadsApi.myCard(signal), 'my-card');
  useEffect(() => {
    if (!data) return;
    const c = data.card;
    form.setFieldsValue(
      c
        ? { name: c.name, title: c.title, company: c.company, phone: c.phone ?? '', email: c.email ?? '', wechat: c.wechat ?? '' }
        : { name: user?.displayName ?? '', email: user?.email ?? '' },
    );
  }, [data, form, user]);
  const save = async (v: BusinessCardRequest) => {
    const body = Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => typeof x === 'string' && x.trim() !== '')
        .map(([k, x]) => [k, (x as string).trim()]),
    ) as unknown as BusinessCardRequest;
    setSaving(true);
    try {
      await leadsApi.saveCard(body);
      void message.success(t('leads.cards.saved'));
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };
  if (error) return <ApiErrorAlert error={error} onRetry={reload} />;
  if (loading && !data) return <PageLoading />;
  return (
    <Form<BusinessCardRequest> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)}>
      <div className="lf-form-row">
        <Form.Item
          name="name"
          label={t('leads.cards.name')}
          rules={[{ required: true, whitespace: true, message: t('leads.cards.nameRequired') }]}
        >
          <Input maxLength={LEAD_LIMITS.nameChars} data-testid="card-name" />
        </Form.Item>
        <Form.Item name="title" label={t('leads.cards.jobTitle')}>
          <Input maxLength={LEAD_LIMITS.cardTitleChars} />
        </Form.Item>
      </div>
      <Form.Item name="company" label={t('leads.cards.company')}>
        <Input maxLength={LEAD_LIMITS.companyChars} />
      </Form.Item>
      <div className="lf-form-row">
        <Form.Item name="phone" label={t('leads.cards.phone')} rules={[{ pattern: PHONE, message: t('leads.ask.phoneInvalid') }]}>
          <Input inputMode="tel" maxLength={24} />
        </Form.Item>
        <Form.Item name="email" label={t('leads.cards.email')} rules={[{ type: 'email', message: t('leads.ask.emailInvalid') }]}>
          <Input inputMode="email" maxLength={254} />
        </Form.Item>
      </div>
      <Form.Item name="wechat" label={t('leads.cards.wechat')} rules={[{ pattern: WECHAT, message: t('leads.cards.wechat') }]}>
        <Input maxLength={LEAD_LIMITS.wechatChars} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="card-save">
        {t('leads.cards.save')}
      </Button>
    </Form>
  );
}

function ExchangeRow({ ex, staff, onAnswered }: { ex: CardExchangeView; staff: boolean; onAnswered: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useShowApiError();
  const [busy, setBusy] = useState<boolean | null>(null);
  const answer = async (accept: boolean) => {
    setBusy(accept);
    try {
      await leadsApi.answerCards(ex.id, accept);
      onAnswered();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  const other = staff ? ex.buyerCard : ex.staffCard;
  // Who answers: the booth's staff a buyer's request; the buyer an offer from the staff.
  const mineToAnswer = ex.status === 'pending' && (ex.initiatedBy === 'staff' ? !staff : staff);
  const offer = ex.initiatedBy === 'staff';
  const title = staff
    ? t(offer ? 'leads.cards.offeredTo' : 'leads.cards.from', { name: ex.buyerName, code: ex.boothCode })
    : t(offer ? 'leads.cards.offerFrom' : 'leads.cards.to', {
        enterprise: ex.enterpriseName,
        code: ex.boothCode,
        name: ex.staffName ?? '',
      });
  return (
    <List.Item data-testid="card-exchange" data-initiated-by={ex.initiatedBy}>
      <div className="lf-card-exchange">
        <Space wrap size={[8, 4]}>
          <Typography.Text strong>{title}</Typography.Text>
          <Tag color={STATUS_COLOR[ex.status]}>{t(`leads.cards.${ex.status}`)}</Tag>
          {offer ? <Tag>{t('leads.cards.offerTag')}</Tag> : null}
        </Space>
        <div className="lf-muted">{formatLocalTime(ex.createdAt, i18n.language)}</div>
        {other ? <BusinessCardBox card={other} /> : null}
        {mineToAnswer ? (
          <Space wrap>
            <Button type="primary" loading={busy === true} onClick={() => void answer(true)} data-testid="card-accept">
              {t('leads.cards.accept')}
            </Button>
            <Button loading={busy === false} onClick={() => void answer(false)} data-testid="card-decline">
              {t('leads.cards.decline')}
            </Button>
          </Space>
        ) : null}
        {ex.status === 'pending' && !mineToAnswer ? (
          <div className="lf-muted">{offer ? t('leads.cards.waitingBuyer') : t('leads.cards.waiting')}</div>
        ) : null}
      </div>
    </List.Item>
  );
}

/** /my/cards: the user's own card, and their card exchanges (a buyer's requests, or a booth staff's incoming ones). */
export default function CardsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const staff = user?.role === 'exhibitor';
  const { data, error, loading, reload } = useApi((signal) => leadsApi.exchanges(signal), 'card-exchanges');
  return (
    <div className="lf-container">
      <PageTitle title={t('leads.cards.title')} subtitle={t('leads.cards.subtitle')} />
      <div className="lf-card-grid">
        <Card title={t('leads.cards.mine')} size="small">
          <CardForm />
        </Card>
        <Card title={t('leads.cards.exchanges')} size="small">
          <Typography.Paragraph type="secondary">
            {staff ? t('leads.cards.hintStaff') : t('leads.cards.hintBuyer')}
          </Typography.Paragraph>
          {error ? <ApiErrorAlert error={error} onRetry={reload} /> : null}
          {loading && !data ? <PageLoading /> : null}
          {data && data.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.cards.noExchanges')} />
          ) : null}
          {data && data.length > 0 ? (
            <List dataSource={data} renderItem={(ex) => <ExchangeRow ex={ex} staff={staff} onAnswered={reload} />} />
          ) : null}
        </Card>
      </div>
    </div>
  );
}
