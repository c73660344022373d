import {
  ArrowLeftOutlined,
  ArrowRightOutlined,
  DeleteOutlined,
  LoadingOutlined,
  PlusOutlined,
  StarOutlined,
} from '@ant-design/icons';
import { Button, Tag, Tooltip, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/ApiError';
import { useShowApiError } from '../../hooks/useShowApiError';
import { catalogApi } from '../catalogApi';

const MAX_IMAGES = 9;
const MAX_BYTES = 5 * 1024 * 1024;
const url = (key: string) => `/api/images/${encodeURIComponent(key)}`;

/**
 * The product's images as an ordered list of keys (a Form.Item value): upload (the server checks
 * the type from the bytes), make cover, move, remove. Removing only takes it off this product.
 */
export function ImagesField({ value = [], onChange }: { value?: string[]; onChange?: (keys: string[]) => void }) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [uploading, setUploading] = useState(0);
  const set = (keys: string[]) => onChange?.(keys);
  const move = (from: number, to: number) => {
    const next = [...value];
    const [k] = next.splice(from, 1);
    next.splice(to, 0, k);
    set(next);
  };
  let pending: string[] = value;

  return (
    <div className="lf-images-field">
      {value.map((key, i) => (
        <div key={key} className="lf-image-tile" data-testid="image-tile">
          <img src={url(key)} alt="" />
          {i === 0 ? (
            <Tag color="blue" className="lf-image-cover">
              {t('catalog.form.cover')}
            </Tag>
          ) : null}
          <div className="lf-image-tools">
            {i > 0 ? (
              <Tooltip title={t('catalog.form.setCover')}>
                <Button
                  size="small"
                  type="text"
                  icon={<StarOutlined />}
                  onClick={() => move(i, 0)}
                  aria-label={t('catalog.form.setCover')}
                />
              </Tooltip>
            ) : null}
            {i > 0 ? (
              <Button
                size="small"
                type="text"
                icon={<ArrowLeftOutlined />}
                onClick={() => move(i, i - 1)}
                aria-label={t('catalog.form.moveLeft')}
              />
            ) : null}
            {i < value.length - 1 ? (
              <Button
                size="small"
                type="text"
                icon={<ArrowRightOutlined />}
                onClick={() => move(i, i + 1)}
                aria-label={t('catalog.form.moveRight')}
              />
            ) : null}
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              onClick={() => set(value.filter((k) => k !== key))}
              aria-label={t('catalog.form.remove')}
            />
          </div>
        </div>
      ))}
      {value.length + uploading < MAX_IMAGES ? (
        <Upload
          accept="image/jpeg,image/png,image/webp"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_BYTES) {
              showError(new ApiError(413, { code: 'IMAGE_TOO_LARGE', message: 'An image may be at most 5 MB' }));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={async ({ file, onSuccess, onError }) => {
            setUploading((n) => n + 1);
            try {
              const image = await catalogApi.upload(file as File);
              // Several files may finish in any order: append to what is there by then.
              pending = pending.includes(image.key) ? pending : [...pending, image.key].slice(0, MAX_IMAGES);
              set(pending);
              onSuccess?.(image);
            } catch (err) {
              showError(err);
              onError?.(err as Error);
            } finally {
              setUploading((n) => n - 1);
            }
          }}
        >
          <button type="button" className="lf-image-add" data-testid="image-upload">
            {uploading ? <LoadingOutlined /> : <PlusOutlined />}
            <span>{uploading ? t('catalog.form.uploading') : t('catalog.form.upload')}</span>
          </button>
        </Upload>
      ) : null}
    </div>
  );
}
