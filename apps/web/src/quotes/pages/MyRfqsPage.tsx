import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';
import { RfqList } from '../RfqList';
import '../quotes.css';

/** /my/rfqs: the buyer's requests for quotation. */
export default function MyRfqsPage() {
  const { t } = useTranslation();
  return (
    <div className="lf-container">
      <PageTitle title={t('quotes.list.myTitle')} subtitle={t('quotes.list.mySubtitle')} />
      <RfqList side="buyer" path="/my/rfqs" />
    </div>
  );
}
