import { HeartFilled } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A heart that counts every tap at once (the LikeBatcher sends them in bunches). */
export function LikeButton({ count, onTap }: { count: number; onTap: () => void }) {
  const { t } = useTranslation();
  const [bump, setBump] = useState(0);
  return (
    <button
      type="button"
      className="lf-like"
      aria-label={t('live.like')}
      onClick={() => {
        setBump((n) => n + 1);
        onTap();
      }}
      data-testid="like-button"
    >
      <HeartFilled key={bump} className="lf-like-heart" />
      <span className="lf-like-count">{count.toLocaleString('zh-CN')}</span>
    </button>
  );
}
