import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';
import { LeadList } from '../LeadList';
import '../leads.css';

/** /my/leads: inquiries buyers left at the exhibitor's enterprise's booths. */
export default function LeadsInboxPage() {
  const { t } = useTranslation();
  return (
    <div className="lf-container">
      <PageTitle title={t('leads.inbox.title')} subtitle={t('leads.inbox.subtitle')} />
      <Alert type="info" showIcon className="lf-leads-note" title={t('leads.vsRfq')} />
      <LeadList side="exhibitor" path="/my/leads" />
    </div>
  );
}
