import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { CertificationView } from '@livefair/protocol';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export function CertificationTags({ certifications }: { certifications: CertificationView[] }) {
  const { t } = useTranslation();
  if (certifications.length === 0) return null;
  return (
    <div className="lf-certs" aria-label={t('catalog.booth.certifications')}>
      {certifications.map((c, i) => {
        const lines = [
          c.number ? t('catalog.booth.certNumber', { number: c.number }) : '',
          c.issuer ? t('catalog.booth.certIssuer', { issuer: c.issuer }) : '',
          c.validUntil ? t('catalog.booth.certValidUntil', { date: c.validUntil }) : '',
        ].filter(Boolean);
        const tag = (
          <Tag key={`${c.name}-${i}`} color="green" variant="outlined" icon={<SafetyCertificateOutlined />}>
            {c.name}
          </Tag>
        );
        return lines.length ? (
          <Tooltip
            key={`${c.name}-${i}`}
            title={lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          >
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      })}
    </div>
  );
}
