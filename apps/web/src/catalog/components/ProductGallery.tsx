import { PictureOutlined } from '@ant-design/icons';
import type { ImageRef } from '@livefair/protocol';
import { Image } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The product's pictures on its card: the chosen one large (tap to zoom), the others as thumbnails. */
export function ProductGallery({ images, alt }: { images: ImageRef[]; alt: string }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  if (images.length === 0) {
    return (
      <div className="lf-gallery-empty" aria-label={t('catalog.booth.noImage')}>
        <PictureOutlined />
      </div>
    );
  }
  const shown = images[Math.min(current, images.length - 1)];
  return (
    <div className="lf-gallery">
      <Image.PreviewGroup items={images.map((i) => i.url)} preview={{ current, onChange: setCurrent }}>
        <Image src={shown.url} alt={alt} className="lf-gallery-main" rootClassName="lf-gallery-main-wrap" />
      </Image.PreviewGroup>
      {images.length > 1 ? (
        <div className="lf-gallery-thumbs">
          {images.map((img, i) => (
            <button
              key={img.key}
              type="button"
              className={i === current ? 'lf-gallery-thumb lf-gallery-thumb-on' : 'lf-gallery-thumb'}
              onClick={() => setCurrent(i)}
              aria-label={`${alt} ${i + 1}`}
            >
              <img src={img.url} alt="" loading="lazy" />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
