import { ArrowLeftOutlined } from '@ant-design/icons';
import type { BuyerLeadView, LeadDetailView, LeadEventView } from '@livefair/protocol';
import { Card, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoading } from '../../components/PageLoading';
import { PageTitle } from '../../components/PageTitle';
import { useApi } from '../../hooks/useApi';
import { formatLocalTime } from '../format';
import { CardOfferButton } from '../CardOfferButton';
import { LeadActions } from '../LeadActions';
import { LeadHistory } from '../LeadHistory';
import { LeadNotes } from '../LeadNotes';
import { LeadStatusTag } from '../LeadStatusTag';
import { LeadVisits } from '../../analytics/LeadVisits';
import { leadsApi } from '../leadsApi';
import '../leads.css';

type Side = 'buyer' | 'exhibitor';
type Loaded = (BuyerLeadView & { history: LeadEventView[] }) | LeadDetailView;

/** /my/leads/:id (the exhibitor: details, status steps, notes) and /my/booth-inquiries/:id (the buyer: details and status). */
export default function LeadPage({ side }: { side: Side }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [moved, setMoved] = useState<LeadDetailView | null>(null);
  const { data, error, loading, reload } = useApi<Loaded>(
    (signal) => (side === 'exhibitor' ? leadsApi.lead(id, signal) : leadsApi.myInquiry(id, signal)),
    `lead:${side}:${id}`,
  );
  const listPath = side === 'exhibitor' ? '/my/leads' : '/my/booth-inquiries';
  const back = (
    <Link to={listPath} className="lf-back-link">
      <ArrowLeftOutlined /> {side === 'exhibitor' ? t('leads.lead.back') : t('leads.lead.backMine')}
    </Link>
  );
  if (error)
    return (
      <div className="lf-container">
        {back}
        <ApiErrorAlert error={error} onRetry={reload} />
      </div>
    );
  if (loading || !data) return <PageLoading />;
  const lead: Loaded = moved && moved.id === data.id ? moved : data;
  const detail = side === 'exhibitor' ? (lead as LeadDetailView) : null;
  const dash = '—';

  const facts = [
    { key: 'booth', label: t('leads.lead.booth'), children: `${lead.boothCode} · ${lead.enterpriseName}` },
    { key: 'product', label: t('leads.lead.product'), children: lead.productName ?? t('leads.inbox.noProduct') },
    {
      key: 'qty',
      label: t('leads.lead.quantity'),
      children: lead.quantity !== null ? `${lead.quantity.toLocaleString(i18n.language)} ${lead.unit ?? ''}` : dash,
    },
    { key: 'created', label: t('leads.lead.created'), children: formatLocalTime(lead.createdAt, i18n.language) },
    ...(lead.lostReason ? [{ key: 'lost', label: t('leads.lead.lostReason'), children: lead.lostReason }] : []),
    ...(lead.rfqId
      ? [
          {
            key: 'rfq',
            label: t('leads.lead.rfq'),
            children: (
              <Link to={`${side === 'exhibitor' ? '/my/inquiries' : '/my/rfqs'}/${lead.rfqId}`}>{t('leads.lead.openRfq')}</Link>
            ),
          },
        ]
      : []),
  ];
  const contact = [
    { key: 'name', label: t('leads.lead.contactName'), children: lead.contact.name },
    { key: 'company', label: t('leads.lead.company'), children: lead.contact.company || dash },
    {
      key: 'phone',
      label: t('leads.lead.phone'),
      children: lead.contact.phone ? (
        <a href={`tel:${lead.contact.phone.replace(/[\s()-]/g, '')}`}>{lead.contact.phone}</a>
      ) : (
        dash
      ),
    },
    {
      key: 'email',
      label: t('leads.lead.email'),
      children: lead.contact.email ? <a href={`mailto:${lead.contact.email}`}>{lead.contact.email}</a> : dash,
    },
  ];

  return (
    <div className="lf-container" data-testid="lead-page">
      {back}
      <PageTitle
        title={
          <Space wrap size={[8, 4]}>
            <span>{side === 'exhibitor' ? lead.contact.name : lead.enterpriseName}</span>
            <LeadStatusTag status={lead.status} />
          </Space>
        }
        subtitle={
          side === 'exhibitor'
            ? [
                lead.contact.company,
                lead.buyerName !== lead.contact.name ? t('leads.lead.account', { name: lead.buyerName }) : '',
              ]
                .filter(Boolean)
                .join(' · ') || undefined
            : t('leads.inbox.boothCode', { code: lead.boothCode })
        }
      />
      <div className="lf-lead-layout">
        <div className="lf-lead-col lf-lead-main">
          <Card title={t('leads.lead.message')} size="small" className="lf-lead-message-card">
            <div className="lf-lead-message" data-testid="lead-message">
              {lead.message}
            </div>
          </Card>
          {detail ? (
            <Card title={t('leads.lead.notes')} size="small" className="lf-lead-notes-card">
              <LeadNotes lead={detail} onAdded={setMoved} />
            </Card>
          ) : null}
        </div>
        <div className="lf-lead-col lf-lead-side">
          {detail ? (
            <Card size="small" className="lf-lead-actions-card">
              <LeadActions lead={detail} onMoved={setMoved} />
            </Card>
          ) : null}
          {side === 'exhibitor' ? (
            <Card size="small" className="lf-lead-card-offer">
              <CardOfferButton leadId={id} />
            </Card>
          ) : null}
          <Card title={t('leads.lead.contact')} size="small" className="lf-lead-contact-card">
            <Descriptions size="small" column={1} items={contact} />
          </Card>
          <Card size="small" className="lf-lead-facts-card">
            <Descriptions size="small" column={1} items={facts} />
          </Card>
          <Card title={t('leads.lead.history')} size="small" className="lf-lead-history-card">
            <LeadHistory history={lead.history} />
          </Card>
          {side === 'exhibitor' ? <LeadVisits leadId={id} /> : null}
        </div>
      </div>
    </div>
  );
}
