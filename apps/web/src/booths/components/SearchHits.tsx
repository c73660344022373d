import { EnvironmentOutlined } from '@ant-design/icons';
import type { BoothSearchHit, ProductSearchHit } from '@livefair/protocol';
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { LiveStatusTag } from '../../components/LiveStatusTag';
import { productTitle } from '../../catalog/productText';
import { formatFen } from '../../utils/money';
import { useVocabulary } from '../useVocabulary';

export function BoothHits({ items }: { items: BoothSearchHit[] }) {
  const { t } = useTranslation();
  const vocab = useVocabulary();
  return (
    <Row gutter={[12, 12]}>
      {items.map((b) => (
        <Col key={b.id} xs={24} sm={12} lg={8}>
          <Link to={`/booths/${b.id}`} className="lf-card-link" data-testid="search-booth">
            <Card hoverable size="small" className={b.liveStatus === 'live' ? 'lf-search-hit lf-booth-live' : 'lf-search-hit'}>
              <Card.Meta
                avatar={
                  b.logo ? (
                    <img className="lf-search-hit-logo" src={b.logo.url} alt="" />
                  ) : (
                    <div className="lf-search-hit-logo">{b.enterprise.name.slice(0, 1)}</div>
                  )
                }
                title={b.enterprise.name}
                description={
                  <Space direction="vertical" size={4}>
                    <Space wrap size={[6, 4]}>
                      <LiveStatusTag status={b.liveStatus} />
                      <span>
                        {t('booth.code')} {b.code}
                      </span>
                      <span>
                        <EnvironmentOutlined /> {b.province ? `${vocab.province(b.province)} ${b.city}` : b.enterprise.city}
                      </span>
                    </Space>
                    {b.headline ? <Typography.Text type="secondary">{b.headline}</Typography.Text> : null}
                    {b.badges.length ? (
                      <Space wrap size={[4, 4]}>
                        {b.badges.map((x) => (
                          <Tag key={x} color="gold">
                            {vocab.badge(x)}
                          </Tag>
                        ))}
                      </Space>
                    ) : null}
                  </Space>
                }
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

export function ProductHits({ items }: { items: ProductSearchHit[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {items.map(({ product, booth }) => (
        <Col key={product.id} xs={12} sm={8} lg={6}>
          <Link to={`/booths/${booth.id}`} className="lf-card-link" data-testid="search-product">
            <Card
              hoverable
              size="small"
              cover={product.images[0] ? <img src={product.images[0].url} alt="" className="lf-search-cover" /> : undefined}
            >
              <Typography.Paragraph ellipsis={{ rows: 2 }} strong className="lf-search-product-title">
                {productTitle(product, i18n.language)}
              </Typography.Paragraph>
              {product.fromPriceFen !== null ? (
                <Typography.Text type="danger">
                  {t('booths.search.fromPrice', { price: formatFen(product.fromPriceFen) })}
                </Typography.Text>
              ) : null}
              <div className="lf-search-product-booth">
                <LiveStatusTag status={booth.liveStatus} />
                <Typography.Text type="secondary" ellipsis>
                  {booth.enterpriseName}
                </Typography.Text>
              </div>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
